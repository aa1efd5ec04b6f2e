#!/usr/bin/env bash
# The curl side of the bulk look-up benchmark: N single GET /subscribe/customers/{uid} with
# curl --parallel --parallel-max 16 against a running portone-sandbox, for the same ids as
# bench_billing_key_lookup (even positions bench_cust_NNNNNN exist when the sandbox runs with
# --seed-billing-keys N/2, odd positions bench_missing_NNNNNN do not).
#   tests/bench/curl-single-lookups.sh BASE_URL N
# Credentials: IMP_KEY / IMP_SECRET, by default the sandbox's (SandboxServer::defaultAccount()).
# The token is fetched before the clock starts, as in bench_billing_key_lookup.
set -euo pipefail

if [[ $# -ne 2 || ! $2 =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 BASE_URL N" >&2
    exit 2
fi
base_url=${1%/}
count=$2
# shellcheck source=tests/bench/bench-curl-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench-curl-common.sh" curl-single-lookups "$base_url"

config=$work/lookups.curlrc
{
    echo "header = \"Authorization: Bearer $token\""
    printf '%s\n' 'write-out = "%{http_code}\n"' # curl expands the \n
    for ((i = 0; i < count; i++)); do
        if ((i % 2 == 0)); then prefix=bench_cust_; else prefix=bench_missing_; fi
        printf 'url = "%s/subscribe/customers/%s%06d"\noutput = "/dev/null"\n' \
            "$base_url" "$prefix" $((i / 2 + 1))
    done
} >"$config"

# Peak RSS from GNU time (Debian package "time"); without it only the wall time is measured.
measure=()
[[ -x /usr/bin/time ]] && measure=(/usr/bin/time -f '%M' -o "$work/rss")
start_ns=$(date +%s%N)
"${measure[@]}" curl --silent --no-progress-meter --parallel --parallel-max 16 -K "$config" \
    >"$work/codes" 2>"$work/errors" || {
    echo "curl-single-lookups: curl failed:" >&2
    tail -n 20 "$work/errors" >&2
    exit 1
}
end_ns=$(date +%s%N)

found=$(grep -c '^200$' "$work/codes" || true)
missing=$(grep -c '^404$' "$work/codes" || true)
answered=$(wc -l <"$work/codes")
echo "curl-single-lookups against $base_url"
echo "  path: curl $(curl --version | head -n1 | cut -d' ' -f2) --parallel --parallel-max 16, one GET /subscribe/customers/{uid} per id"
echo "customer_uids: $count ($(((count + 1) / 2)) expected found, $((count / 2)) expected missing)"
echo "wall_ms: $(((end_ns - start_ns) / 1000000))"
echo "requests: $answered"
echo "found: $found"
echo "missing: $missing"
echo "other: $((answered - found - missing))"
if [[ -s $work/rss ]]; then
    echo "peak_rss_kib: $(tail -n1 "$work/rss")"
else
    echo "peak_rss_kib: n/a (install GNU time)"
fi
