#!/usr/bin/env bash
# Takes the README's screenshots of a built portone-desk on the built-in sandbox, in Korean and
# in English:
#   packaging/take-screenshots.sh [build dir] [output dir]
# - every workspace as it opens, in a real window under Xvfb (<workspace>-<language>.png);
# - the desk at work (tour-<story>-<language>.png): the stories of tests/ui/tst_desk_tour.cpp,
#   which drives the real window and saves it at each step (a bulk look-up with found and
#   missing rows and a detail open, an OTP waiting for its code, a registration result, a
#   Benepia balance, a payment found, its request open in the history, and the deletion
#   confirmation listing the key's schedules);
# - a refund form and a refunded payment's detail (tests/ui/payments/tst_payment_refunds).
# - a billing key's charge form, a paid charge and a declined card
#   (tests/ui/billingkeys/charge/tst_billing_key_charge).
# - the payment search with a year of results (payment-search-<language>.png), from
#   tests/ui/payments/tst_payment_search_view;
# - a billing key's Schedules tab with rows selected and its actions, and the confirmation of
#   "Cancel selected" (schedule-actions-*, schedule-cancel-confirmation-*), from
#   tests/ui/schedules/tst_schedule_actions;
# - the Schedules workspace listing every customer's schedules (schedules-<language>.png), from
#   tests/ui/schedules/tst_schedules_workspace;
# - the schedule form with two rows (schedule-form-<language>.png), from
#   tests/ui/billingkeys/schedule/tst_schedule_payments.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}
out=${2:-$root/docs/screenshots}
mkdir -p "$out"

shoot_language() { # <ko|en>
    local lang=$1 home
    home=$(mktemp -d)
    env -u QT_QPA_PLATFORM HOME="$home" XDG_CONFIG_HOME="$home/.config" \
        XDG_DATA_HOME="$home/.local/share" xvfb-run -a -s "-screen 0 1280x860x24" bash -c '
        set -euo pipefail
        app=$1 lang=$2 out=$3
        "$app" --lang "$lang" &   # a fresh HOME: the first-start welcome page
        pid=$!
        window=$(xdotool search --sync --onlyvisible --name "PortOne Desk" | head -1)
        xdotool windowsize "$window" 1200 800
        sleep 1.5
        maim -u -i "$window" "$out/welcome-$lang.png"
        kill "$pid"; wait "$pid" || true
        "$app" --sandbox --lang "$lang" &
        pid=$!
        window=$(xdotool search --sync --onlyvisible --name "PortOne Desk" | head -1)
        xdotool windowsize "$window" 1200 800
        xdotool windowfocus --sync "$window"
        sleep 1.5
        shot() { sleep 0.8; maim -u -i "$window" "$out/$1-$lang.png"; }
        xdotool key ctrl+1; shot certification
        xdotool key ctrl+2; shot billing-keys
        xdotool key ctrl+3; shot benepia
        xdotool key ctrl+4; shot payments
        xdotool key ctrl+6; shot history
        kill "$pid"; wait "$pid" || true
    ' bash "$build/app/portone-desk" "$lang" "$out"
    rm -rf "$home"
}

shoot_language ko
shoot_language en

home=$(mktemp -d)
runtime=$(mktemp -d)
chmod 700 "$runtime"
HOME="$home" XDG_RUNTIME_DIR="$runtime" XDG_CONFIG_HOME="$home/.config" \
    XDG_DATA_HOME="$home/.local/share" QT_QPA_PLATFORM=offscreen PORTONE_TOUR_DIR="$out" \
    "$build/tests/ui/tst_desk_tour" >"$home/tour.log" 2>&1 || {
    cat "$home/tour.log" >&2
    exit 1
}
# A refund form and a refunded payment's detail (refund-form-*, refund-detail-*).
HOME="$home" XDG_RUNTIME_DIR="$runtime" XDG_CONFIG_HOME="$home/.config" \
    XDG_DATA_HOME="$home/.local/share" QT_QPA_PLATFORM=offscreen PORTONE_SHOT_DIR="$out" \
    "$build/tests/ui/payments/tst_payment_refunds" partialRefundsThenAStaleChecksum \
    vbankRefundWithoutAccountIsRefusedInTheForm >"$home/refunds.log" 2>&1 || {
    cat "$home/refunds.log" >&2
    exit 1
}
# A widget suite that saves its screens under PORTONE_SHOT_DIR: shoot_suite <log> <suite> [tests…]
shoot_suite() {
    local log=$home/$1
    shift
    HOME="$home" XDG_RUNTIME_DIR="$runtime" QT_QPA_PLATFORM=offscreen PORTONE_SHOT_DIR="$out" \
        "$@" >"$log" 2>&1 || {
        cat "$log" >&2
        exit 1
    }
}
# The payment search with a year of results (payment-search-{ko,en}.png).
shoot_suite search.log "$build/tests/ui/payments/tst_payment_search_view" \
    fillsAsPagesArriveKorean fillsAsPagesArriveEnglish
# A billing key's charge form, a paid charge and a declined card (charge-{form,paid,declined}-*).
shoot_suite charge.log "$build/tests/ui/billingkeys/charge/tst_billing_key_charge" \
    paidChargeShowsImpUid declinedCardShowsPortOnesReason
# A customer's Schedules tab with its actions, and a cancel confirmation.
shoot_suite schedules.log "$build/tests/ui/schedules/tst_schedule_actions" screenshots
# The Schedules workspace listing every customer's schedules (schedules-{ko,en}.png).
shoot_suite schedules-view.log "$build/tests/ui/schedules/tst_schedules_workspace" \
    listsEveryCustomerKorean listsEveryCustomerEnglish
# The schedule form with two rows and its preview (schedule-form-{ko,en}.png).
shoot_suite schedule.log "$build/tests/ui/billingkeys/schedule/tst_schedule_payments" \
    twoRowsCreateTwoSchedules
rm -rf "$home" "$runtime"
ls "$out"
