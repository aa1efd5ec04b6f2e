# Sourced by the curl sides of the benchmarks (curl-single-lookups.sh, curl-jq-export.sh):
# a private work folder removed on exit, and an access token fetched before the clock starts.
# Credentials: IMP_KEY / IMP_SECRET, by default the sandbox's (SandboxServer::defaultAccount()).
# Sets `work` and `token`; $1 is the caller's name for messages, $2 the base URL.
bench_name=$1
bench_base_url=$2
imp_key=${IMP_KEY:-sandbox_imp_key_0001}
imp_secret=${IMP_SECRET:-sandbox_imp_secret_0001_do_not_use_in_production}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 700 "$work"

token=$(curl -sS -X POST -H 'Content-Type: application/json' \
    --data-binary @- "$bench_base_url/users/getToken" <<JSON | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
{"imp_key":"$imp_key","imp_secret":"$imp_secret"}
JSON
)
if [[ -z $token ]]; then
    echo "$bench_name: no access token from $bench_base_url/users/getToken" >&2
    exit 1
fi
