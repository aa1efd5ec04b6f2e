#!/usr/bin/env bash
# Captures real answers of a running portone-sandbox as seeds for fuzz_response:
#   tests/fuzz/capture-corpus.sh BASE_URL
# Each seed is one header byte (the HTTP status as an index into fuzz_response.cpp's Statuses,
# +0x80 for a multi-lookup, +0x40 for a state-changing request) followed by the body as sent.
set -euo pipefail

base_url=${1:?usage: capture-corpus.sh BASE_URL}
out=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/corpus/fuzz_response
mkdir -p "$out"
statuses=(0 200 201 207 400 401 403 404 409 500 502 504)

token=$(curl -sS -X POST -H 'Content-Type: application/json' \
    -d '{"imp_key":"sandbox_imp_key_0001","imp_secret":"sandbox_imp_secret_0001_do_not_use_in_production"}' \
    "$base_url/users/getToken" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')

capture() { # <name> <flags: 0, 128 multi, 64 changes state> <curl args...>
    local name=$1 flags=$2 body status index
    shift 2
    body=$(mktemp)
    status=$(curl -sS -o "$body" -w '%{http_code}' -H "Authorization: Bearer $token" "$@")
    for index in "${!statuses[@]}"; do
        [[ ${statuses[$index]} == "$status" ]] && break
    done
    [[ ${statuses[$index]} == "$status" ]] || index=1
    {
        printf "\\$(printf '%03o' $((index + flags)))"
        cat "$body"
    } >"$out/$name"
    rm -f "$body"
}

capture get-token 64 -X POST -H 'Content-Type: application/json' \
    -d '{"imp_key":"sandbox_imp_key_0001","imp_secret":"sandbox_imp_secret_0001_do_not_use_in_production"}' \
    "$base_url/users/getToken"
capture get-token-wrong 64 -X POST -H 'Content-Type: application/json' \
    -d '{"imp_key":"nope","imp_secret":"nope"}' "$base_url/users/getToken"
capture pg-channels 0 "$base_url/users/pg"
capture cards 0 "$base_url/cards"
capture banks 0 "$base_url/banks"
capture tier-missing 0 "$base_url/tiers/ZZZ"
capture billing-key 0 "$base_url/subscribe/customers/customer_1234"
capture billing-key-missing 0 "$base_url/subscribe/customers/nobody"
capture billing-keys-207 128 -G --data-urlencode 'customer_uid[]=customer_1234' \
    --data-urlencode 'customer_uid[]=nobody' "$base_url/subscribe/customers"
capture billing-keys-404 128 -G --data-urlencode 'customer_uid[]=nobody' \
    "$base_url/subscribe/customers"
capture schedules 0 -G --data-urlencode 'from=1700000000' --data-urlencode 'to=1900000000' \
    "$base_url/subscribe/customers/customer_1234/schedules"
capture customer-payments 0 "$base_url/subscribe/customers/customer_1234/payments"
capture payments-missing 128 -G --data-urlencode 'imp_uid[]=imp_000000000000' \
    "$base_url/payments"
capture payment-missing 0 "$base_url/payments/imp_000000000000"
capture certification-missing 0 "$base_url/certifications/imp_000000000000"
capture otp-request-invalid 64 -X POST -H 'Content-Type: application/json' -d '{}' \
    "$base_url/certifications/otp/request"
capture register-invalid 64 -X POST -H 'Content-Type: application/json' -d '{}' \
    "$base_url/subscribe/customers/fuzz_seed_01"
capture unauthorized 0 -H 'Authorization: Bearer wrong' "$base_url/users/pg"
ls "$out" | wc -l
