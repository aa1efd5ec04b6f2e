#!/usr/bin/env bash
# The script a support engineer would write instead of the desk's export, for the export
# benchmark: the same GET /payments/status/all pages as bench_payment_export (90-day windows,
# limit 1000), fetched with curl --parallel, piped to jq producing the same CSV columns (UTF-8
# with a byte order mark, the formula guard; without personal data).
#   tests/bench/curl-jq-export.sh BASE_URL FROM TO OUT.csv      (FROM, TO: UNIX seconds)
# Credentials: IMP_KEY / IMP_SECRET, by default the sandbox's (SandboxServer::defaultAccount()).
# The token is fetched before the clock starts, as in bench_payment_export.
set -euo pipefail

if [[ $# -ne 4 || ! $2 =~ ^[0-9]+$ || ! $3 =~ ^[0-9]+$ ]]; then
    echo "usage: $0 BASE_URL FROM TO OUT.csv" >&2
    exit 2
fi
base_url=${1%/}
from=$2
to=$3
out=$4
limit=1000
span=$((90 * 24 * 60 * 60))
# shellcheck source=tests/bench/bench-curl-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench-curl-common.sh" curl-jq-export "$base_url"

# Newest window first, as the desk hands pages over for PortOne's default -started.
windows=()
for ((start = from; start <= to; start += span)); do
    end=$((start + span - 1 < to ? start + span - 1 : to))
    windows=("$start:$end" "${windows[@]}")
done

page_entry() { # <window index> <page>
    local range=${windows[$1]}
    printf 'url = "%s/payments/status/all?page=%d&limit=%d&from=%s&to=%s"\noutput = "%s/w%02d-p%06d.json"\n' \
        "$base_url" "$2" "$limit" "${range%%:*}" "${range##*:}" "$work" "$1" "$2"
}

jq_program='
def time: if . == null or . == 0 then "" else todate end;
def guard: if type == "string" and test("^'"'"'*[=+\\-@\t\r]") then "'"'"'" + . else . end;
.response.list[]
| [.imp_uid, .merchant_uid, .status, .amount, .cancel_amount, .currency, .pay_method,
   .pg_provider, .name, .card_name, .card_number, .bank_name, (.started_at | time),
   (.paid_at | time), (.failed_at | time), (.cancelled_at | time), .fail_reason,
   .cancel_reason]
| map(if . == null then "" else guard end) | @csv'

measure=()
[[ -x /usr/bin/time ]] && measure=(/usr/bin/time -a -f '%M' -o "$work/rss")
start_ns=$(date +%s%N)
{
    echo "header = \"Authorization: Bearer $token\""
    for ((w = 0; w < ${#windows[@]}; w++)); do page_entry "$w" 1; done
} >"$work/first.curlrc"
"${measure[@]}" curl --silent --show-error --fail --parallel --parallel-max 16 \
    -K "$work/first.curlrc" 2>>"$work/errors" || { tail -n 20 "$work/errors" >&2; exit 1; }
{
    echo "header = \"Authorization: Bearer $token\""
    for ((w = 0; w < ${#windows[@]}; w++)); do
        total=$(jq '.response.total' "$(printf '%s/w%02d-p%06d.json' "$work" "$w" 1)")
        for ((page = 2; (page - 1) * limit < total; page++)); do page_entry "$w" "$page"; done
    done
} >"$work/rest.curlrc"
requests=$((${#windows[@]} + $(grep -c '^url' "$work/rest.curlrc" || true)))
if grep -q '^url' "$work/rest.curlrc"; then
    "${measure[@]}" curl --silent --show-error --fail --parallel --parallel-max 16 \
        -K "$work/rest.curlrc" 2>>"$work/errors" || { tail -n 20 "$work/errors" >&2; exit 1; }
fi
{
    printf '\xEF\xBB\xBF'
    echo 'imp_uid,merchant_uid,status,amount,cancel_amount,currency,pay_method,pg_provider,name,card_name,card_number,bank_name,started_at,paid_at,failed_at,cancelled_at,fail_reason,cancel_reason'
    "${measure[@]}" jq -r "$jq_program" "$work"/w*-p*.json
} >"$out"
end_ns=$(date +%s%N)

echo "curl-jq-export against $base_url"
echo "  path: curl $(curl --version | head -n1 | cut -d' ' -f2) --parallel --parallel-max 16 | $(jq --version)"
echo "wall_ms: $(((end_ns - start_ns) / 1000000))"
echo "requests: $requests"
echo "rows: $(($(wc -l <"$out") - 1))"
if [[ -s $work/rss ]]; then
    echo "peak_rss_kib: $(sort -n "$work/rss" | tail -n1)"
else
    echo "peak_rss_kib: n/a (install GNU time)"
fi
