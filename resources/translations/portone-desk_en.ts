<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason (recorded in the audit log):</source>
        <translation>Reason (recorded in the audit log):</translation>
    </message>
</context>
<context>
    <name>TypedConfirmationDialog</name>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Type %1 to confirm:</translation>
    </message>
    <message>
        <source>Reason (reason):</source>
        <translation>Reason (reason):</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Customer (customer)</source>
        <translation>Customer (customer)</translation>
    </message>
    <message>
        <source>Admin (admin)</source>
        <translation>Admin (admin)</translation>
    </message>
    <message>
        <source>Requester (extra[requester], Naver Pay):</source>
        <translation>Requester (extra[requester], Naver Pay):</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>There is no profile named “%1”.</translation>
    </message>
</context>
<context>
    <name>portone::AboutDialog</name>
    <message>
        <source>No profile active</source>
        <translation>No profile active</translation>
    </message>
    <message>
        <source>%1 (built-in Sandbox)</source>
        <translation>%1 (built-in Sandbox)</translation>
    </message>
    <message>
        <source>%1 (profile “%2”, live account)</source>
        <translation>%1 (profile “%2”, live account)</translation>
    </message>
    <message>
        <source>%1 (profile “%2”, test account)</source>
        <translation>%1 (profile “%2”, test account)</translation>
    </message>
    <message>
        <source>About PortOne Desk</source>
        <translation>About PortOne Desk</translation>
    </message>
    <message>
        <source>PortOne Desk icon</source>
        <translation>PortOne Desk icon</translation>
    </message>
    <message>
        <source>PortOne Desk</source>
        <translation>PortOne Desk</translation>
    </message>
    <message>
        <source>Desktop console for the PortOne V1 REST API.</source>
        <translation>Desktop console for the PortOne V1 REST API.</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>Homepage</translation>
    </message>
    <message>
        <source>PortOne Desk is proprietary software; all rights reserved. It uses Qt %1 under the LGPL-3.0 and QtKeychain under the BSD-3-Clause licence. Its icons were drawn for PortOne Desk and are under its licence.</source>
        <translation>PortOne Desk is proprietary software; all rights reserved. It uses Qt %1 under the LGPL-3.0 and QtKeychain under the BSD-3-Clause licence. Its icons were drawn for PortOne Desk and are under its licence.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (built with %2)</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt version</translation>
    </message>
    <message>
        <source>PortOne API:</source>
        <translation>PortOne API:</translation>
    </message>
    <message>
        <source>PortOne API host in use</source>
        <translation>PortOne API host in use</translation>
    </message>
    <message>
        <source>Homepage:</source>
        <translation>Homepage:</translation>
    </message>
</context>
<context>
    <name>portone::ApiError</name>
    <message>
        <source>The answer was larger than this program accepts, so it was stopped and not read.</source>
        <translation>The answer was larger than this program accepts, so it was stopped and not read.</translation>
    </message>
    <message>
        <source>PortOne looked up only some of the ids; its message says why. The ones it found are shown; the others may exist.</source>
        <translation>PortOne looked up only some of the ids; its message says why. The ones it found are shown; the others may exist.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: the server asks to slow down. Nothing was applied; try again in %n second(s).</source>
        <translation>
            <numerusform>Too many requests: the server asks to slow down. Nothing was applied; try again in %n second.</numerusform>
            <numerusform>Too many requests: the server asks to slow down. Nothing was applied; try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request was refused before anything was applied (by PortOne or by a gateway in front of it); the server&apos;s text is shown. Nothing was changed.</source>
        <translation>The request was refused before anything was applied (by PortOne or by a gateway in front of it); the server&apos;s text is shown. Nothing was changed.</translation>
    </message>
    <message>
        <source>Too many requests: the server asks to slow down. Nothing was applied; try again in a moment.</source>
        <translation>Too many requests: the server asks to slow down. Nothing was applied; try again in a moment.</translation>
    </message>
    <message>
        <source>The PortOne server could not be reached. Check the network and the API address.</source>
        <translation>The PortOne server could not be reached. Check the network and the API address.</translation>
    </message>
    <message>
        <source>PortOne did not answer in time.</source>
        <translation>PortOne did not answer in time.</translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate was not accepted. Nothing was sent.</source>
        <translation>The secure connection failed: the server&apos;s certificate was not accepted. Nothing was sent.</translation>
    </message>
    <message>
        <source>PortOne found nothing with this id, or this account has no access to it.</source>
        <translation>PortOne found nothing with this id, or this account has no access to it.</translation>
    </message>
    <message>
        <source>The PortOne server reported an internal error.</source>
        <translation>The PortOne server reported an internal error.</translation>
    </message>
    <message>
        <source>PortOne refused the request; its message says why.</source>
        <translation>PortOne refused the request; its message says why.</translation>
    </message>
    <message>
        <source>PortOne&apos;s answer could not be read.</source>
        <translation>PortOne&apos;s answer could not be read.</translation>
    </message>
    <message>
        <source>Some fields need correcting before the request can be sent. Nothing was sent.</source>
        <translation>Some fields need correcting before the request can be sent. Nothing was sent.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>This profile is read-only: actions that change anything are disabled. Nothing was sent.</source>
        <translation>This profile is read-only: actions that change anything are disabled. Nothing was sent.</translation>
    </message>
    <message>
        <source>The outcome is unknown: the change may or may not have been applied. Look it up before trying again; it was not resent.</source>
        <translation>The outcome is unknown: the change may or may not have been applied. Look it up before trying again; it was not resent.</translation>
    </message>
    <message>
        <source>The connection to PortOne broke off before the whole answer arrived.</source>
        <translation>The connection to PortOne broke off before the whole answer arrived.</translation>
    </message>
    <message>
        <source>PortOne refused the API keys or the access token, so nothing was applied. Check imp_key and imp_secret of this profile, and its Tier code if it acts for a sub-merchant.</source>
        <translation>PortOne refused the API keys or the access token, so nothing was applied. Check imp_key and imp_secret of this profile, and its Tier code if it acts for a sub-merchant.</translation>
    </message>
</context>
<context>
    <name>portone::AuditLogTab</name>
    <message>
        <source>the keychain has not answered yet</source>
        <translation>the keychain has not answered yet</translation>
    </message>
    <message>
        <source>The record of the audit log&apos;s end (the anchor file beside it) is missing, so the log&apos;s end cannot be confirmed: entries may have been removed.</source>
        <translation>The record of the audit log&apos;s end (the anchor file beside it) is missing, so the log&apos;s end cannot be confirmed: entries may have been removed.</translation>
    </message>
    <message>
        <source>The record of the audit log&apos;s end (the anchor file beside it) has been altered: it does not carry the keychain key&apos;s signature.</source>
        <translation>The record of the audit log&apos;s end (the anchor file beside it) has been altered: it does not carry the keychain key&apos;s signature.</translation>
    </message>
    <message>
        <source>The log is unkeyed, legacy: its %1 entries were written before it was keyed.</source>
        <translation>The log is unkeyed, legacy: its %1 entries were written before it was keyed.</translation>
    </message>
    <message>
        <source>The log is unkeyed (%1): only its hash chain was checked, so a chain rewritten from the start would not be noticed.</source>
        <translation>The log is unkeyed (%1): only its hash chain was checked, so a chain rewritten from the start would not be noticed.</translation>
    </message>
    <message>
        <source>The audit log has been replaced: its entry %1 is not the entry recorded with that number. Another log file was put in its place.</source>
        <translation>The audit log has been replaced: its entry %1 is not the entry recorded with that number. Another log file was put in its place.</translation>
    </message>
    <message>
        <source>The audit log has been altered: entries %1 to %2 are missing at its end. Its end was removed, or the file was replaced by an older copy. The %3 entries before them are intact.</source>
        <translation>The audit log has been altered: entries %1 to %2 are missing at its end. Its end was removed, or the file was replaced by an older copy. The %3 entries before them are intact.</translation>
    </message>
    <message>
        <source>The audit log has been altered: %1 does not carry the keychain key&apos;s HMAC. It was rewritten by someone without the key. The entries before it (%2) are intact.</source>
        <translation>The audit log has been altered: %1 does not carry the keychain key&apos;s HMAC. It was rewritten by someone without the key. The entries before it (%2) are intact.</translation>
    </message>
    <message>
        <source>The audit log forked: %1 continues the same entry as the one before it (two windows wrote at once). The entries before it (%2) are intact.</source>
        <translation>The audit log forked: %1 continues the same entry as the one before it (two windows wrote at once). The entries before it (%2) are intact.</translation>
    </message>
    <message>
        <source>The audit log file is missing: %1 entries had been recorded in it. It was deleted or moved.</source>
        <translation>The audit log file is missing: %1 entries had been recorded in it. It was deleted or moved.</translation>
    </message>
    <message>
        <source>Every entry carries the keychain key&apos;s HMAC and matches it.</source>
        <translation>Every entry carries the keychain key&apos;s HMAC and matches it.</translation>
    </message>
    <message>
        <source>%1 entries carry the keychain key&apos;s HMAC and match it; %2 were written without it (before the log was keyed, or while the keychain was unavailable).</source>
        <translation>%1 entries carry the keychain key&apos;s HMAC and match it; %2 were written without it (before the log was keyed, or while the keychain was unavailable).</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Every state-changing action, every CI/DI reveal and every profile change, with the reason given. Each entry is chained to the one before it by a hash, so an edited or removed entry is detected.</source>
        <translation>Every state-changing action, every CI/DI reveal and every profile change, with the reason given. Each entry is chained to the one before it by a hash, so an edited or removed entry is detected.</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Audit log entries</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>OS user</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Verify the audit log&apos;s hash chain</source>
        <translation>Verify the audit log&apos;s hash chain</translation>
    </message>
    <message>
        <source>Export the audit log to CSV</source>
        <translation>Export the audit log to CSV</translation>
    </message>
    <message>
        <source>entry %1 (%2)</source>
        <translation>entry %1 (%2)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>The audit log has been altered: %1 does not match the entries before it. It was edited, removed or reordered after it was written. The entries before it (%2) are intact.</source>
        <translation>The audit log has been altered: %1 does not match the entries before it. It was edited, removed or reordered after it was written. The entries before it (%2) are intact.</translation>
    </message>
    <message>
        <source>The last entry was interrupted by a crash while it was written (an incomplete line at the end of the file). The %1 entries before it are intact.</source>
        <translation>The last entry was interrupted by a crash while it was written (an incomplete line at the end of the file). The %1 entries before it are intact.</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries verified.</source>
        <translation>The audit log is intact: %1 entries verified.</translation>
    </message>
    <message>
        <source>%1 earlier writes were cut short by a crash; the chain continues after them.</source>
        <translation>%1 earlier writes were cut short by a crash; the chain continues after them.</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Verification result</translation>
    </message>
    <message>
        <source>The audit log has been altered</source>
        <translation>The audit log has been altered</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
</context>
<context>
    <name>portone::BenepiaAccountFields</name>
    <message>
        <source>The customer&apos;s Benepia login id</source>
        <translation>The customer&apos;s Benepia login id</translation>
    </message>
    <message>
        <source>Not stored; cleared after each request</source>
        <translation>Not stored; cleared after each request</translation>
    </message>
    <message>
        <source>The channel list could not be loaded (%1). Type the Benepia channel_key instead.</source>
        <translation>The channel list could not be loaded (%1). Type the Benepia channel_key instead.</translation>
    </message>
    <message>
        <source>Benepia user id:</source>
        <translation>Benepia user id:</translation>
    </message>
    <message>
        <source>Benepia password:</source>
        <translation>Benepia password:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
</context>
<context>
    <name>portone::BenepiaPaymentFields</name>
    <message>
        <source>&quot;%1&quot; is not a web address; enter one http(s):// address per line.</source>
        <translation>&quot;%1&quot; is not a web address; enter one http(s):// address per line.</translation>
    </message>
    <message>
        <source>Member code:</source>
        <translation>Member code:</translation>
    </message>
    <message>
        <source>The merchant&apos;s Benepia member code</source>
        <translation>The merchant&apos;s Benepia member code</translation>
    </message>
    <message>
        <source>⚠ No member code: this payment will be processed as a TEST payment.</source>
        <translation>⚠ No member code: this payment will be processed as a TEST payment.</translation>
    </message>
    <message>
        <source>merchant_uid (order number):</source>
        <translation>merchant_uid (order number):</translation>
    </message>
    <message>
        <source>Amount (points):</source>
        <translation>Amount (points):</translation>
    </message>
    <message>
        <source>e.g. 5,000</source>
        <translation>e.g. 5,000</translation>
    </message>
    <message>
        <source>Order name:</source>
        <translation>Order name:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Buyer (optional)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Buyer (optional)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Buyer name:</source>
        <translation>Buyer name:</translation>
    </message>
    <message>
        <source>Buyer email:</source>
        <translation>Buyer email:</translation>
    </message>
    <message>
        <source>Buyer phone:</source>
        <translation>Buyer phone:</translation>
    </message>
    <message>
        <source>Buyer address:</source>
        <translation>Buyer address:</translation>
    </message>
    <message>
        <source>Buyer postcode:</source>
        <translation>Buyer postcode:</translation>
    </message>
    <message>
        <source>Notice URLs:</source>
        <translation>Notice URLs:</translation>
    </message>
    <message>
        <source>One https:// address per line (optional)</source>
        <translation>One https:// address per line (optional)</translation>
    </message>
    <message>
        <source>Custom data:</source>
        <translation>Custom data:</translation>
    </message>
    <message>
        <source>Stored with the payment as given (optional)</source>
        <translation>Stored with the payment as given (optional)</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>At most %n character.</numerusform>
            <numerusform>At most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last checked balance of %1: %2 P</source>
        <translation>Last checked balance of %1: %2 P</translation>
    </message>
    <message>
        <source>Enter the amount in points.</source>
        <translation>Enter the amount in points.</translation>
    </message>
    <message>
        <source>Enter a whole number of points, e.g. 5,000.</source>
        <translation>Enter a whole number of points, e.g. 5,000.</translation>
    </message>
    <message>
        <source>%1 P is more than the last checked balance of %2 (%3 P); the payment would be refused.</source>
        <translation>%1 P is more than the last checked balance of %2 (%3 P); the payment would be refused.</translation>
    </message>
</context>
<context>
    <name>portone::BenepiaPaymentForm</name>
    <message>
        <source>Pay with points…</source>
        <translation>Pay with points…</translation>
    </message>
    <message>
        <source>Look up this merchant_uid</source>
        <translation>Look up this merchant_uid</translation>
    </message>
    <message>
        <source>Pay with points</source>
        <translation>Pay with points</translation>
    </message>
    <message>
        <source>Look up the payment by merchant_uid</source>
        <translation>Look up the payment by merchant_uid</translation>
    </message>
    <message>
        <source>Paying %1 P from %2 (merchant_uid %3)…</source>
        <translation>Paying %1 P from %2 (merchant_uid %3)…</translation>
    </message>
    <message>
        <source>Pay %1 P from the Benepia account %2?</source>
        <translation>Pay %1 P from the Benepia account %2?</translation>
    </message>
    <message>
        <source>Order name: %1</source>
        <translation>Order name: %1</translation>
    </message>
    <message>
        <source>merchant_uid: %1</source>
        <translation>merchant_uid: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Channel: %1</translation>
    </message>
    <message>
        <source>No member code was entered: this will be processed as a TEST payment.</source>
        <translation>No member code was entered: this will be processed as a TEST payment.</translation>
    </message>
    <message>
        <source>Member code: %1</source>
        <translation>Member code: %1</translation>
    </message>
    <message>
        <source>Pay with Benepia points</source>
        <translation>Pay with Benepia points</translation>
    </message>
    <message>
        <source>Pay %1 P</source>
        <translation>Pay %1 P</translation>
    </message>
    <message>
        <source>Paid — test payment</source>
        <translation>Paid — test payment</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>&lt;b&gt;Outcome unknown&lt;/b&gt; — the payment may or may not have gone through. The same merchant_uid &lt;b&gt;%1&lt;/b&gt; is kept, so a retry cannot pay twice: PortOne refuses a merchant_uid that was already paid. Look the payment up first.</source>
        <translation>&lt;b&gt;Outcome unknown&lt;/b&gt; — the payment may or may not have gone through. The same merchant_uid &lt;b&gt;%1&lt;/b&gt; is kept, so a retry cannot pay twice: PortOne refuses a merchant_uid that was already paid. Look the payment up first.</translation>
    </message>
    <message>
        <source>Found: merchant_uid %1 was paid</source>
        <translation>Found: merchant_uid %1 was paid</translation>
    </message>
    <message>
        <source>Found: merchant_uid %1 is not paid</source>
        <translation>Found: merchant_uid %1 is not paid</translation>
    </message>
    <message>
        <source>merchant_uid %1 is not paid (status: %2). Paying again with the same merchant_uid is safe.</source>
        <translation>merchant_uid %1 is not paid (status: %2). Paying again with the same merchant_uid is safe.</translation>
    </message>
    <message>
        <source>No payment with merchant_uid %1 was found. Paying again with the same merchant_uid is safe.</source>
        <translation>No payment with merchant_uid %1 was found. Paying again with the same merchant_uid is safe.</translation>
    </message>
    <message>
        <source>Looking up merchant_uid %1…</source>
        <translation>Looking up merchant_uid %1…</translation>
    </message>
</context>
<context>
    <name>portone::BenepiaPaymentResult</name>
    <message>
        <source>Paid (paid)</source>
        <translation>Paid (paid)</translation>
    </message>
    <message>
        <source>Not paid yet (ready)</source>
        <translation>Not paid yet (ready)</translation>
    </message>
    <message>
        <source>Failed (failed)</source>
        <translation>Failed (failed)</translation>
    </message>
    <message>
        <source>Cancelled (cancelled)</source>
        <translation>Cancelled (cancelled)</translation>
    </message>
    <message>
        <source>No payment yet. The result of a payment appears here.</source>
        <translation>No payment yet. The result of a payment appears here.</translation>
    </message>
    <message>
        <source>Payment result</source>
        <translation>Payment result</translation>
    </message>
    <message>
        <source>Receipt link</source>
        <translation>Receipt link</translation>
    </message>
    <message>
        <source>imp_uid</source>
        <translation>imp_uid</translation>
    </message>
    <message>
        <source>merchant_uid</source>
        <translation>merchant_uid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>%1 P</source>
        <translation>%1 P</translation>
    </message>
    <message>
        <source>Order name</source>
        <translation>Order name</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <source>Test payment</source>
        <translation>Test payment</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>PG</source>
        <translation>PG</translation>
    </message>
    <message>
        <source>Receipt URL</source>
        <translation>Receipt URL</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Open the receipt</source>
        <translation>Open the receipt</translation>
    </message>
</context>
<context>
    <name>portone::BenepiaPointCheckPanel</name>
    <message>
        <source>Check points</source>
        <translation>Check points</translation>
    </message>
    <message>
        <source>Asks Benepia for the customer&apos;s current point balance. The password is sent once and never stored.</source>
        <translation>Asks Benepia for the customer&apos;s current point balance. The password is sent once and never stored.</translation>
    </message>
    <message>
        <source>Point balance</source>
        <translation>Point balance</translation>
    </message>
    <message>
        <source>Balance details</source>
        <translation>Balance details</translation>
    </message>
    <message>
        <source>No balance checked yet.</source>
        <translation>No balance checked yet.</translation>
    </message>
    <message>
        <source>Asking Benepia for the balance of %1…</source>
        <translation>Asking Benepia for the balance of %1…</translation>
    </message>
    <message>
        <source>%1 P</source>
        <translation>%1 P</translation>
    </message>
    <message>
        <source>Balance of %1, checked at %2</source>
        <translation>Balance of %1, checked at %2</translation>
    </message>
    <message>
        <source>No balance: the check failed.</source>
        <translation>No balance: the check failed.</translation>
    </message>
</context>
<context>
    <name>portone::BenepiaWorkspace</name>
    <message>
        <source>&lt;h2&gt;Benepia points&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Benepia points&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Point balance</source>
        <translation>Point balance</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Benepia</source>
        <translation>Benepia</translation>
    </message>
</context>
<context>
    <name>portone::BillingKeyBatchLookup</name>
    <message>
        <source>No active connection profile.</source>
        <translation>No active connection profile.</translation>
    </message>
</context>
<context>
    <name>portone::BillingKeyDeletion</name>
    <message>
        <source>Checking that %1 is gone…</source>
        <translation>Checking that %1 is gone…</translation>
    </message>
    <message>
        <source>Nothing was deleted: no profile is active.</source>
        <translation>Nothing was deleted: no profile is active.</translation>
    </message>
    <message>
        <source>The profile changed; nothing was deleted.</source>
        <translation>The profile changed; nothing was deleted.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Looking up %1…</translation>
    </message>
    <message>
        <source>Could not look up %1 before deleting: %2</source>
        <translation>Could not look up %1 before deleting: %2</translation>
    </message>
    <message>
        <source>Could not check the scheduled payments of %1: %2</source>
        <translation>Could not check the scheduled payments of %1: %2</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was deleted.</source>
        <translation>Not confirmed; nothing was deleted.</translation>
    </message>
    <message>
        <source>The profile changed; the remaining keys were not deleted.</source>
        <translation>The profile changed; the remaining keys were not deleted.</translation>
    </message>
    <message>
        <source>Deleting %1 (%2 of %3)…</source>
        <translation>Deleting %1 (%2 of %3)…</translation>
    </message>
    <message>
        <source>Outcome unknown for %1 — look it up before retrying (%2).</source>
        <translation>Outcome unknown for %1 — look it up before retrying (%2).</translation>
    </message>
    <message>
        <source>Deleting %1 failed: %2</source>
        <translation>Deleting %1 failed: %2</translation>
    </message>
    <message>
        <source>The profile changed before %1 could be re-checked.</source>
        <translation>The profile changed before %1 could be re-checked.</translation>
    </message>
    <message>
        <source>%1 was deleted but a look-up still finds it.</source>
        <translation>%1 was deleted but a look-up still finds it.</translation>
    </message>
    <message>
        <source>%1: deleted, gone (404).</source>
        <translation>%1: deleted, gone (404).</translation>
    </message>
    <message>
        <source>%1: deleted; the re-check failed: %2</source>
        <translation>%1: deleted; the re-check failed: %2</translation>
    </message>
    <message>
        <source>Deleted %1 of %2 billing keys.</source>
        <translation>Deleted %1 of %2 billing keys.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Stopped: %1</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Not deleted: %1</translation>
    </message>
    <message>
        <source>Delete the billing key %1</source>
        <translation>Delete the billing key %1</translation>
    </message>
    <message>
        <source>Delete %1 billing keys</source>
        <translation>Delete %1 billing keys</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Delete permanently</translation>
    </message>
    <message>
        <source>Delete %1 keys permanently</source>
        <translation>Delete %1 keys permanently</translation>
    </message>
    <message>
        <source>This permanently deletes the billing key below. It cannot be undone.</source>
        <translation>This permanently deletes the billing key below. It cannot be undone.</translation>
    </message>
    <message>
        <source>This permanently deletes the %1 billing keys below, one at a time. It cannot be undone.</source>
        <translation>This permanently deletes the %1 billing keys below, one at a time. It cannot be undone.</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <source>Type the customer_uid to confirm, and give a reason.</source>
        <translation>Type the customer_uid to confirm, and give a reason.</translation>
    </message>
    <message>
        <source>Type the number of keys (%1) to confirm, and give a reason.</source>
        <translation>Type the number of keys (%1) to confirm, and give a reason.</translation>
    </message>
    <message>
        <source>Checking scheduled payments of %1 (period %2 of %3)…</source>
        <translation>Checking scheduled payments of %1 (period %2 of %3)…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelling %n scheduled payment(s) of %1…</source>
        <translation>
            <numerusform>Cancelling %n scheduled payment of %1…</numerusform>
            <numerusform>Cancelling %n scheduled payments of %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>PortOne did not cancel %1 of %2, so it was not deleted.</source>
        <translation>PortOne did not cancel %1 of %2, so it was not deleted.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n scheduled payment(s) cancelled.</source>
        <translation>
            <numerusform>%1: %n scheduled payment cancelled.</numerusform>
            <numerusform>%1: %n scheduled payments cancelled.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is unknown whether the scheduled payments of %1 were cancelled (%2), so it was not deleted. Look its schedules up before trying again.</source>
        <translation>It is unknown whether the scheduled payments of %1 were cancelled (%2), so it was not deleted. Look its schedules up before trying again.</translation>
    </message>
    <message>
        <source>The scheduled payments of %1 could not be cancelled, so it was not deleted: %2</source>
        <translation>The scheduled payments of %1 could not be cancelled, so it was not deleted: %2</translation>
    </message>
    <message>
        <source>    scheduled %1 · %2 · %3
        (merchant_uid %4)</source>
        <translation>    scheduled %1 · %2 · %3
        (merchant_uid %4)</translation>
    </message>
    <message>
        <source>No scheduled payments were found up to %1.</source>
        <translation>No scheduled payments were found up to %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled payment(s) up to %1 are listed above; they will fail once the key is gone, unless you cancel them first.</source>
        <translation>
            <numerusform>%n scheduled payment up to %1 is listed above; it will fail once the key is gone, unless you cancel it first.</numerusform>
            <numerusform>%n scheduled payments up to %1 are listed above; they will fail once the key is gone, unless you cancel them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel these %n scheduled payment(s) first (if that fails, nothing is deleted)</source>
        <translation>
            <numerusform>Cancel this scheduled payment first (if that fails, nothing is deleted)</numerusform>
            <numerusform>Cancel these %n scheduled payments first (if that fails, nothing is deleted)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portone::BillingKeyDetailPanel</name>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Delete this billing key</source>
        <translation>Delete this billing key</translation>
    </message>
    <message>
        <source>Delete this billing key (asks first)</source>
        <translation>Delete this billing key (asks first)</translation>
    </message>
    <message>
        <source>Billing key details</source>
        <translation>Billing key details</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Schedules</translation>
    </message>
    <message>
        <source>Super billing key %1</source>
        <translation>Super billing key %1</translation>
    </message>
    <message>
        <source>Billing key %1</source>
        <translation>Billing key %1</translation>
    </message>
    <message>
        <source>Select a billing key to see its details.</source>
        <translation>Select a billing key to see its details.</translation>
    </message>
    <message>
        <source>Charge now…</source>
        <translation>Charge now…</translation>
    </message>
    <message>
        <source>Charge this billing key now</source>
        <translation>Charge this billing key now</translation>
    </message>
    <message>
        <source>Charge this billing key now (asks first)</source>
        <translation>Charge this billing key now (asks first)</translation>
    </message>
    <message>
        <source>Schedule payments…</source>
        <translation>Schedule payments…</translation>
    </message>
    <message>
        <source>Schedule payments with this billing key (asks first)</source>
        <translation>Schedule payments with this billing key (asks first)</translation>
    </message>
</context>
<context>
    <name>portone::BillingKeyFieldsView</name>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Channels with a billing key&lt;/b&gt;</source>
        <translation>&lt;b&gt;Channels with a billing key&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Channels with a billing key</source>
        <translation>Channels with a billing key</translation>
    </message>
    <message>
        <source>PG</source>
        <translation>PG</translation>
    </message>
    <message>
        <source>MID (pg_id)</source>
        <translation>MID (pg_id)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>&lt;b&gt;Channels that failed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Channels that failed&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Channels that failed</source>
        <translation>Channels that failed</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
    <message>
        <source>PortOne message</source>
        <translation>PortOne message</translation>
    </message>
    <message>
        <source>Billing key details</source>
        <translation>Billing key details</translation>
    </message>
    <message>
        <source>Invalid request (INVALID_REQUEST)</source>
        <translation>Invalid request (INVALID_REQUEST)</translation>
    </message>
    <message>
        <source>Refused by the PG (PG_PROVIDER)</source>
        <translation>Refused by the PG (PG_PROVIDER)</translation>
    </message>
    <message>
        <source>PortOne could not save it (DB_FAILED)</source>
        <translation>PortOne could not save it (DB_FAILED)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Check (debit)</source>
        <translation>Check (debit)</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <source>Unknown (card_type %1)</source>
        <translation>Unknown (card_type %1)</translation>
    </message>
    <message>
        <source>customer_id (member id)</source>
        <translation>customer_id (member id)</translation>
    </message>
    <message>
        <source>Card number (masked)</source>
        <translation>Card number (masked)</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>Card type</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Test channel</source>
        <translation>Test channel</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Super billing key (one key for a channel group)</source>
        <translation>Super billing key (one key for a channel group)</translation>
    </message>
    <message>
        <source>Channel group id</source>
        <translation>Channel group id</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>%1 with a billing key, %2 failed</source>
        <translation>%1 with a billing key, %2 failed</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>Customer phone</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>Customer email</translation>
    </message>
    <message>
        <source>Customer address</source>
        <translation>Customer address</translation>
    </message>
    <message>
        <source>Customer postcode</source>
        <translation>Customer postcode</translation>
    </message>
    <message>
        <source>&lt;b&gt;Channels that failed:&lt;/b&gt; none</source>
        <translation>&lt;b&gt;Channels that failed:&lt;/b&gt; none</translation>
    </message>
</context>
<context>
    <name>portone::BillingKeyIdInput</name>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>%1 has more than %L2 rows, the most PortOne Desk imports at once. Split it into smaller files.</source>
        <translation>%1 has more than %L2 rows, the most PortOne Desk imports at once. Split it into smaller files.</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most PortOne Desk imports at once. Split it into smaller files.</source>
        <translation>%1 is larger than %2, the most PortOne Desk imports at once. Split it into smaller files.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>customer_uids to look up</source>
        <translation>customer_uids to look up</translation>
    </message>
    <message>
        <source>One customer_uid per line, or separated by commas or tabs (paste a spreadsheet column)</source>
        <translation>One customer_uid per line, or separated by commas or tabs (paste a spreadsheet column)</translation>
    </message>
    <message>
        <source>Import customer_uids from a CSV file</source>
        <translation>Import customer_uids from a CSV file</translation>
    </message>
    <message>
        <source>Number of customer_uids</source>
        <translation>Number of customer_uids</translation>
    </message>
    <message numerus="yes">
        <source>%n customer_uid(s)</source>
        <translation>
            <numerusform>%n customer_uid</numerusform>
            <numerusform>%n customer_uids</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) removed</source>
        <translation>
            <numerusform>%n duplicate removed</numerusform>
            <numerusform>%n duplicates removed</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>The chosen column of %1 holds no customer_uids.</source>
        <translation>The chosen column of %1 holds no customer_uids.</translation>
    </message>
    <message>
        <source>Import customer_uids</source>
        <translation>Import customer_uids</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
</context>
<context>
    <name>portone::BillingKeyLookupPanel</name>
    <message numerus="yes">
        <source>%v / %m · PortOne asked to slow down (HTTP 429): resuming in %n second(s)…</source>
        <translation>
            <numerusform>%v / %m · PortOne asked to slow down (HTTP 429): resuming in %n second…</numerusform>
            <numerusform>%v / %m · PortOne asked to slow down (HTTP 429): resuming in %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the look-up</source>
        <translation>Cancel the look-up</translation>
    </message>
    <message>
        <source>Look-up progress</source>
        <translation>Look-up progress</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Found and missing counts</source>
        <translation>Found and missing counts</translation>
    </message>
    <message>
        <source>customer_uids:</source>
        <translation>customer_uids:</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(cancelled)</translation>
    </message>
    <message>
        <source>Found: %1 · Not found or no access: %2 · Failed: %3</source>
        <translation>Found: %1 · Not found or no access: %2 · Failed: %3</translation>
    </message>
    <message>
        <source>Look up billing keys</source>
        <translation>Look up billing keys</translation>
    </message>
    <message>
        <source>Looks up every customer_uid in the field above (Enter)</source>
        <translation>Looks up every customer_uid in the field above (Enter)</translation>
    </message>
</context>
<context>
    <name>portone::BillingKeyPaymentsTab</name>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Previous page of payments</source>
        <translation>Previous page of payments</translation>
    </message>
    <message>
        <source>Next page of payments</source>
        <translation>Next page of payments</translation>
    </message>
    <message>
        <source>Payments with this billing key</source>
        <translation>Payments with this billing key</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <source>Order name</source>
        <translation>Order name</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>Not loaded yet</translation>
    </message>
    <message>
        <source>Cancelled; page %1 was not loaded.</source>
        <translation>Cancelled; page %1 was not loaded.</translation>
    </message>
    <message>
        <source>Loading page %1 of the payments…</source>
        <translation>Loading page %1 of the payments…</translation>
    </message>
    <message>
        <source>No payments with this billing key.</source>
        <translation>No payments with this billing key.</translation>
    </message>
    <message>
        <source>Page %1 · total %2</source>
        <translation>Page %1 · total %2</translation>
    </message>
</context>
<context>
    <name>portone::BillingKeyRegisterForm</name>
    <message>
        <source>Register billing key…</source>
        <translation>Register billing key…</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Customer (optional)</source>
        <translation>Customer (optional)</translation>
    </message>
    <message>
        <source>Register billing key</source>
        <translation>Register billing key</translation>
    </message>
    <message>
        <source>Checking whether %1 already has a billing key…</source>
        <translation>Checking whether %1 already has a billing key…</translation>
    </message>
    <message>
        <source>customer_uid %1 already has a billing key:

%2

Registering again REPLACES it at PortOne, but does NOT revoke the old key at the PG. Payments and schedules on %1 will use the new card.</source>
        <translation>customer_uid %1 already has a billing key:

%2

Registering again REPLACES it at PortOne, but does NOT revoke the old key at the PG. Payments and schedules on %1 will use the new card.</translation>
    </message>
    <message>
        <source>Replace the billing key of %1?</source>
        <translation>Replace the billing key of %1?</translation>
    </message>
    <message>
        <source>Replace the billing key</source>
        <translation>Replace the billing key</translation>
    </message>
    <message>
        <source>Registering a billing key for %1…</source>
        <translation>Registering a billing key for %1…</translation>
    </message>
    <message>
        <source>Registered — super billing key</source>
        <translation>Registered — super billing key</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Found — check its registered and updated times</source>
        <translation>Found — check its registered and updated times</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Looking up %1…</translation>
    </message>
</context>
<context>
    <name>portone::BillingKeyResultsModel</name>
    <message>
        <source>credit</source>
        <translation>credit</translation>
    </message>
    <message>
        <source>check</source>
        <translation>check</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>gift</translation>
    </message>
    <message>
        <source>found</source>
        <translation>found</translation>
    </message>
    <message>
        <source>not found or no access</source>
        <translation>not found or no access</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message numerus="yes">
        <source>super (%n channels)</source>
        <translation>
            <numerusform>super (%n channel)</numerusform>
            <numerusform>super (%n channels)</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>customer_uid</source>
        <translation>customer_uid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>Card name</translation>
    </message>
    <message>
        <source>Card number (masked)</source>
        <translation>Card number (masked)</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>Card type</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>PG provider / MID</source>
        <translation>PG provider / MID</translation>
    </message>
    <message>
        <source>Test channel</source>
        <translation>Test channel</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>portone::BillingKeyResultsView</name>
    <message>
        <source>&lt;b&gt;Outcome unknown&lt;/b&gt; — the deletion of billing key &lt;b&gt;%1&lt;/b&gt; was sent, but its answer never arrived: the key may or may not be gone. Look it up before deleting it again.</source>
        <translation>&lt;b&gt;Outcome unknown&lt;/b&gt; — the deletion of billing key &lt;b&gt;%1&lt;/b&gt; was sent, but its answer never arrived: the key may or may not be gone. Look it up before deleting it again.</translation>
    </message>
    <message>
        <source>Look up this customer_uid</source>
        <translation>Look up this customer_uid</translation>
    </message>
    <message>
        <source>Retry the missing</source>
        <translation>Retry the missing</translation>
    </message>
    <message>
        <source>Include personal data</source>
        <translation>Include personal data</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Delete selected…</source>
        <translation>Delete selected…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Not found or no access</source>
        <translation>Not found or no access</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Look up the not found and failed customer_uids again</source>
        <translation>Look up the not found and failed customer_uids again</translation>
    </message>
    <message>
        <source>Also export customer name, phone, email, address and postcode</source>
        <translation>Also export customer name, phone, email, address and postcode</translation>
    </message>
    <message>
        <source>Deletion result</source>
        <translation>Deletion result</translation>
    </message>
    <message>
        <source>Look-up results</source>
        <translation>Look-up results</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Deleting %1 of %2: %3</source>
        <translation>Deleting %1 of %2: %3</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Export billing keys</source>
        <translation>Export billing keys</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>No billing keys looked up yet. Paste or type customer_uids above (one per line), or import a CSV file, then press Look up.</source>
        <translation>No billing keys looked up yet. Paste or type customer_uids above (one per line), or import a CSV file, then press Look up.</translation>
    </message>
</context>
<context>
    <name>portone::BillingKeySchedulesTab</name>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Executed</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Load the scheduled payments</source>
        <translation>Load the scheduled payments</translation>
    </message>
    <message>
        <source>Ranges longer than 3 months are loaded as several requests, one after another.</source>
        <translation>Ranges longer than 3 months are loaded as several requests, one after another.</translation>
    </message>
    <message>
        <source>Schedules summary</source>
        <translation>Schedules summary</translation>
    </message>
    <message>
        <source>Scheduled payments</source>
        <translation>Scheduled payments</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To (exclusive):</source>
        <translation>To (exclusive):</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Choose a range and press Load.</source>
        <translation>Choose a range and press Load.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>The end must be after the start.</translation>
    </message>
    <message>
        <source>Choose a range of at most 24 months (%1 requests would be needed).</source>
        <translation>Choose a range of at most 24 months (%1 requests would be needed).</translation>
    </message>
    <message>
        <source>Cancelled at window %1 of %2; nothing shown.</source>
        <translation>Cancelled at window %1 of %2; nothing shown.</translation>
    </message>
    <message>
        <source>Window %1 of %2 failed; nothing shown.</source>
        <translation>Window %1 of %2 failed; nothing shown.</translation>
    </message>
    <message>
        <source>Window %1 of %2: loading schedules…</source>
        <translation>Window %1 of %2: loading schedules…</translation>
    </message>
    <message>
        <source>Window %1 of %2: loading schedules (page %3)…</source>
        <translation>Window %1 of %2: loading schedules (page %3)…</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 request</translation>
    </message>
    <message>
        <source>%1 requests (3 months each at most)</source>
        <translation>%1 requests (3 months each at most)</translation>
    </message>
    <message>
        <source>No scheduled payments in this range (%1).</source>
        <translation>No scheduled payments in this range (%1).</translation>
    </message>
    <message>
        <source>%1 scheduled payments, sorted by time (%2).</source>
        <translation>%1 scheduled payments, sorted by time (%2).</translation>
    </message>
</context>
<context>
    <name>portone::BillingKeysWorkspace</name>
    <message>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Billing keys</source>
        <translation>Billing keys</translation>
    </message>
</context>
<context>
    <name>portone::CancelHistoryTable</name>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Refunds of this payment</source>
        <translation>Refunds of this payment</translation>
    </message>
    <message>
        <source>Refunded at</source>
        <translation>Refunded at</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(no reason given)</translation>
    </message>
</context>
<context>
    <name>portone::CardFields</name>
    <message>
        <source>Digits only, e.g. 4111 1111 1111 1111</source>
        <translation>Digits only, e.g. 4111 1111 1111 1111</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>YYMMDD, or a 10-digit business number</source>
        <translation>YYMMDD, or a 10-digit business number</translation>
    </message>
    <message>
        <source>Month…</source>
        <translation>Month…</translation>
    </message>
    <message>
        <source>Pick the expiry month</source>
        <translation>Pick the expiry month</translation>
    </message>
    <message>
        <source>Card number (card_number):</source>
        <translation>Card number (card_number):</translation>
    </message>
    <message>
        <source>Expiry (expiry, YYYY-MM):</source>
        <translation>Expiry (expiry, YYYY-MM):</translation>
    </message>
    <message>
        <source>Expiry (expiry, YYYY-MM)</source>
        <translation>Expiry (expiry, YYYY-MM)</translation>
    </message>
    <message>
        <source>Birth (birth):</source>
        <translation>Birth (birth):</translation>
    </message>
    <message>
        <source>6-digit date of birth, or the 10-digit business registration number for a corporate card.</source>
        <translation>6-digit date of birth, or the 10-digit business registration number for a corporate card.</translation>
    </message>
    <message>
        <source>Card password, first 2 digits (pwd_2digit):</source>
        <translation>Card password, first 2 digits (pwd_2digit):</translation>
    </message>
    <message>
        <source>CVC (cvc):</source>
        <translation>CVC (cvc):</translation>
    </message>
    <message>
        <source>Needed only by some PGs.</source>
        <translation>Needed only by some PGs.</translation>
    </message>
</context>
<context>
    <name>portone::CertificationLookupPanel</name>
    <message>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Look up a certification result by its imp_uid, or delete it from PortOne.</source>
        <translation>Look up a certification result by its imp_uid, or delete it from PortOne.</translation>
    </message>
    <message>
        <source>imp_uid:</source>
        <translation>imp_uid:</translation>
    </message>
    <message>
        <source>Look up the certification</source>
        <translation>Look up the certification</translation>
    </message>
    <message>
        <source>Delete the certification permanently</source>
        <translation>Delete the certification permanently</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Looking up %1…</translation>
    </message>
    <message>
        <source>Delete certification %1?</source>
        <translation>Delete certification %1?</translation>
    </message>
    <message>
        <source>The certification result %1 will be erased from PortOne permanently. It cannot be restored; the customer would have to certify again.</source>
        <translation>The certification result %1 will be erased from PortOne permanently. It cannot be restored; the customer would have to certify again.</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Delete permanently</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>Deleting %1…</translation>
    </message>
    <message>
        <source>Certification %1 was deleted from PortOne.</source>
        <translation>Certification %1 was deleted from PortOne.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1 may or may not have been deleted. Look it up before trying again.</source>
        <translation>Outcome unknown: %1 may or may not have been deleted. Look it up before trying again.</translation>
    </message>
</context>
<context>
    <name>portone::CertificationResultPanel</name>
    <message>
        <source>Not revealed: the audit log could not be written, and every reveal must be recorded there. %1</source>
        <translation>Not revealed: the audit log could not be written, and every reveal must be recorded there. %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Reveal CI/DI</source>
        <translation>Reveal CI/DI</translation>
    </message>
    <message>
        <source>Certification result</source>
        <translation>Certification result</translation>
    </message>
    <message>
        <source>Reveal CI and DI</source>
        <translation>Reveal CI and DI</translation>
    </message>
    <message>
        <source>Shows the customer&apos;s CI (unique_key) and DI (unique_in_site). Each reveal is recorded.</source>
        <translation>Shows the customer&apos;s CI (unique_key) and DI (unique_in_site). Each reveal is recorded.</translation>
    </message>
    <message>
        <source>CI (unique_key)</source>
        <translation>CI (unique_key)</translation>
    </message>
    <message>
        <source>DI (unique_in_site)</source>
        <translation>DI (unique_in_site)</translation>
    </message>
    <message>
        <source>•••••• hidden (press &quot;Reveal CI/DI&quot;)</source>
        <translation>•••••• hidden (press &quot;Reveal CI/DI&quot;)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Foreigner</source>
        <translation>Foreigner</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certified</translation>
    </message>
    <message>
        <source>Certified at</source>
        <translation>Certified at</translation>
    </message>
    <message>
        <source>PG provider (pg_provider)</source>
        <translation>PG provider (pg_provider)</translation>
    </message>
    <message>
        <source>PG transaction id (pg_tid)</source>
        <translation>PG transaction id (pg_tid)</translation>
    </message>
    <message>
        <source>imp_uid</source>
        <translation>imp_uid</translation>
    </message>
    <message>
        <source>merchant_uid (order number)</source>
        <translation>merchant_uid (order number)</translation>
    </message>
    <message>
        <source>CI/DI shown</source>
        <translation>CI/DI shown</translation>
    </message>
    <message>
        <source>Reveal the CI/DI of %1?</source>
        <translation>Reveal the CI/DI of %1?</translation>
    </message>
    <message>
        <source>The customer&apos;s CI (unique_key) and DI (unique_in_site) of %1 will be shown. Each reveal is recorded in the audit log with your reason.</source>
        <translation>The customer&apos;s CI (unique_key) and DI (unique_in_site) of %1 will be shown. Each reveal is recorded in the audit log with your reason.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
</context>
<context>
    <name>portone::CertificationWorkspace</name>
    <message>
        <source>Start a new certification</source>
        <translation>Start a new certification</translation>
    </message>
    <message>
        <source>OTP certification</source>
        <translation>OTP certification</translation>
    </message>
    <message>
        <source>Look up or delete</source>
        <translation>Look up or delete</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>1 Request</source>
        <translation>1 Request</translation>
    </message>
    <message>
        <source>2 Confirm</source>
        <translation>2 Confirm</translation>
    </message>
    <message>
        <source>3 Result</source>
        <translation>3 Result</translation>
    </message>
    <message>
        <source>Step %1 of 3: %2</source>
        <translation>Step %1 of 3: %2</translation>
    </message>
    <message>
        <source>Asking the customer&apos;s app for approval…</source>
        <translation>Asking the customer&apos;s app for approval…</translation>
    </message>
    <message>
        <source>Asking PortOne to send the code…</source>
        <translation>Asking PortOne to send the code…</translation>
    </message>
    <message>
        <source>Confirming %1…</source>
        <translation>Confirming %1…</translation>
    </message>
</context>
<context>
    <name>portone::ChannelPicker</name>
    <message>
        <source>Pick a channel or type a channel_key</source>
        <translation>Pick a channel or type a channel_key</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
</context>
<context>
    <name>portone::ChargeFields</name>
    <message>
        <source>Enter a whole number of won, e.g. 12,000.</source>
        <translation>Enter a whole number of won, e.g. 12,000.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Make a new merchant_uid from the current time</source>
        <translation>Make a new merchant_uid from the current time</translation>
    </message>
    <message>
        <source>merchant_uid (order number):</source>
        <translation>merchant_uid (order number):</translation>
    </message>
    <message>
        <source>e.g. 12,000</source>
        <translation>e.g. 12,000</translation>
    </message>
    <message>
        <source>Amount (KRW):</source>
        <translation>Amount (KRW):</translation>
    </message>
    <message>
        <source>What the customer pays for, e.g. 3월 정기구독</source>
        <translation>What the customer pays for, e.g. 3월 정기구독</translation>
    </message>
    <message>
        <source>Order name:</source>
        <translation>Order name:</translation>
    </message>
    <message>
        <source>Optional: the tax-free part of the amount</source>
        <translation>Optional: the tax-free part of the amount</translation>
    </message>
    <message>
        <source>Tax-free amount:</source>
        <translation>Tax-free amount:</translation>
    </message>
    <message>
        <source>Lump sum</source>
        <translation>Lump sum</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n months</numerusform>
            <numerusform>Too many requests: the server asks to slow down. Nothing was applied; try again in %n second.</numerusform>
        </translation>
    </message>
    <message>
        <source>Installments:</source>
        <translation>Installments:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Any channel of group %1 (PortOne chooses)</source>
        <translation>Any channel of group %1 (PortOne chooses)</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>At most %n characters.</numerusform>
            <numerusform>At most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>the billing key&apos;s own, %1</source>
        <translation>the billing key&apos;s own, %1</translation>
    </message>
    <message>
        <source>any channel of group %1, chosen by PortOne</source>
        <translation>any channel of group %1, chosen by PortOne</translation>
    </message>
    <message>
        <source>Installments from %1</source>
        <translation>Installments from %1</translation>
    </message>
    <message>
        <source>Enter the amount in won.</source>
        <translation>Enter the amount in won.</translation>
    </message>
    <message>
        <source>Kept while the last charge&apos;s outcome is unknown: a retry with the same merchant_uid cannot charge twice.</source>
        <translation>Kept while the last charge&apos;s outcome is unknown: a retry with the same merchant_uid cannot charge twice.</translation>
    </message>
</context>
<context>
    <name>portone::ChargePane</name>
    <message>
        <source>Look up this merchant_uid</source>
        <translation>Look up this merchant_uid</translation>
    </message>
    <message>
        <source>Charge…</source>
        <translation>Charge…</translation>
    </message>
    <message>
        <source>Back to the details</source>
        <translation>Back to the details</translation>
    </message>
    <message>
        <source>Look up the charge by merchant_uid</source>
        <translation>Look up the charge by merchant_uid</translation>
    </message>
    <message>
        <source>Charge result</source>
        <translation>Charge result</translation>
    </message>
    <message>
        <source>Charge the billing key</source>
        <translation>Charge the billing key</translation>
    </message>
    <message>
        <source>Charge now: %1 · %2</source>
        <translation>Charge now: %1 · %2</translation>
    </message>
    <message>
        <source>Look up merchant_uid %1</source>
        <translation>Look up merchant_uid %1</translation>
    </message>
    <message>
        <source>Looking up merchant_uid %1…</source>
        <translation>Looking up merchant_uid %1…</translation>
    </message>
</context>
<context>
    <name>portone::ChargeTexts</name>
    <message>
        <source>no card on record</source>
        <translation>no card on record</translation>
    </message>
    <message>
        <source>card number not shown</source>
        <translation>card number not shown</translation>
    </message>
    <message>
        <source>Charge %1 to %2 now?</source>
        <translation>Charge %1 to %2 now?</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation>Card: %1</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Amount: %1</translation>
    </message>
    <message>
        <source>Of which tax-free: %1</source>
        <translation>Of which tax-free: %1</translation>
    </message>
    <message numerus="yes">
        <source>Installments: %n months</source>
        <translation>
            <numerusform>Installments: %n months</numerusform>
            <numerusform>Installments: %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Installments: lump sum</source>
        <translation>Installments: lump sum</translation>
    </message>
    <message>
        <source>Order name: %1</source>
        <translation>Order name: %1</translation>
    </message>
    <message>
        <source>merchant_uid: %1</source>
        <translation>merchant_uid: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Channel: %1</translation>
    </message>
    <message>
        <source>The card is charged at once; only a refund can undo it.</source>
        <translation>The card is charged at once; only a refund can undo it.</translation>
    </message>
    <message>
        <source>Charge a billing key</source>
        <translation>Charge a billing key</translation>
    </message>
    <message>
        <source>Charge %1</source>
        <translation>Charge %1</translation>
    </message>
    <message>
        <source>Charging %1 to %2 (merchant_uid %3)…</source>
        <translation>Charging %1 to %2 (merchant_uid %3)…</translation>
    </message>
    <message>
        <source>Paid: %1 was charged to %2.</source>
        <translation>Paid: %1 was charged to %2.</translation>
    </message>
    <message>
        <source>imp_uid %1 · merchant_uid %2</source>
        <translation>imp_uid %1 · merchant_uid %2</translation>
    </message>
    <message>
        <source>Receipt: %1</source>
        <translation>Receipt: %1</translation>
    </message>
    <message>
        <source>Declined: the card company refused the charge of %1; nothing was charged.</source>
        <translation>Declined: the card company refused the charge of %1; nothing was charged.</translation>
    </message>
    <message>
        <source>PortOne&apos;s reason: %1</source>
        <translation>PortOne&apos;s reason: %1</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(none given)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not settled&lt;/b&gt; — PortOne answered, but the payment&apos;s status is &quot;%1&quot;, neither paid nor failed. Look merchant_uid %2 up before charging again.</source>
        <translation>&lt;b&gt;Not settled&lt;/b&gt; — PortOne answered, but the payment&apos;s status is &quot;%1&quot;, neither paid nor failed. Look merchant_uid %2 up before charging again.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Outcome unknown&lt;/b&gt; — the charge of %1 to %2 may or may not have gone through (%3). Its merchant_uid &lt;b&gt;%4&lt;/b&gt; is kept: charging again from this form sends the same one, which PortOne refuses if the first charge was paid. Look it up first.</source>
        <translation>&lt;b&gt;Outcome unknown&lt;/b&gt; — the charge of %1 to %2 may or may not have gone through (%3). Its merchant_uid &lt;b&gt;%4&lt;/b&gt; is kept: charging again from this form sends the same one, which PortOne refuses if the first charge was paid. Look it up first.</translation>
    </message>
    <message>
        <source>No payment with merchant_uid %1 was found: nothing was charged. Charging again with the same merchant_uid is safe.</source>
        <translation>No payment with merchant_uid %1 was found: nothing was charged. Charging again with the same merchant_uid is safe.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;It was sent with the profile &lt;b&gt;%1&lt;/b&gt;: switch back to it to look it up.</source>
        <translation>&lt;br&gt;&lt;br&gt;It was sent with the profile &lt;b&gt;%1&lt;/b&gt;: switch back to it to look it up.</translation>
    </message>
</context>
<context>
    <name>portone::CsvColumnDialog</name>
    <message>
        <source>The first row is a header</source>
        <translation>The first row is a header</translation>
    </message>
    <message>
        <source>Import customer_uids from CSV</source>
        <translation>Import customer_uids from CSV</translation>
    </message>
    <message>
        <source>Column with the customer_uids</source>
        <translation>Column with the customer_uids</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Column %1: %2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Column:</source>
        <translation>Column:</translation>
    </message>
    <message>
        <source>Which column holds the customer_uids?</source>
        <translation>Which column holds the customer_uids?</translation>
    </message>
</context>
<context>
    <name>portone::CustomerFields</name>
    <message>
        <source>The merchant&apos;s id for this billing key</source>
        <translation>The merchant&apos;s id for this billing key</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>Generate a customer_uid</source>
        <translation>Generate a customer_uid</translation>
    </message>
    <message>
        <source>customer_uid:</source>
        <translation>customer_uid:</translation>
    </message>
    <message>
        <source>Channel (channel_key):</source>
        <translation>Channel (channel_key):</translation>
    </message>
    <message>
        <source>Channel group (channel_group_id):</source>
        <translation>Channel group (channel_group_id):</translation>
    </message>
    <message>
        <source>Optional: issues a super billing key across a smart-routing group</source>
        <translation>Optional: issues a super billing key across a smart-routing group</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>pg (deprecated):</source>
        <translation>pg (deprecated):</translation>
    </message>
    <message>
        <source>Only for merchants that still use pg instead of channel_key</source>
        <translation>Only for merchants that still use pg instead of channel_key</translation>
    </message>
    <message>
        <source>Customer id (customer_id):</source>
        <translation>Customer id (customer_id):</translation>
    </message>
    <message>
        <source>Customer name:</source>
        <translation>Customer name:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Postcode:</translation>
    </message>
</context>
<context>
    <name>portone::DataFolder</name>
    <message>
        <source>The data folder %1 is not a folder.</source>
        <translation>The data folder %1 is not a folder.</translation>
    </message>
    <message>
        <source>The data folder %1 is a symbolic link. PortOne Desk keeps its history and audit log only in a real folder of your own: replace the link with a folder and start again.</source>
        <translation>The data folder %1 is a symbolic link. PortOne Desk keeps its history and audit log only in a real folder of your own: replace the link with a folder and start again.</translation>
    </message>
    <message>
        <source>The data folder %1 could not be made private (mode 0700).</source>
        <translation>The data folder %1 could not be made private (mode 0700).</translation>
    </message>
    <message>
        <source>The data folder %1 could not be created.</source>
        <translation>The data folder %1 could not be created.</translation>
    </message>
    <message>
        <source>The data folder %1 belongs to another user account. PortOne Desk keeps its history and audit log only in a folder of your own: remove it or give it to your account, and start again.</source>
        <translation>The data folder %1 belongs to another user account. PortOne Desk keeps its history and audit log only in a folder of your own: remove it or give it to your account, and start again.</translation>
    </message>
</context>
<context>
    <name>portone::DeskSession</name>
    <message>
        <source>This build of PortOne Desk has no built-in sandbox.</source>
        <translation>This build of PortOne Desk has no built-in sandbox.</translation>
    </message>
    <message>
        <source>Wait for the answer</source>
        <translation>Wait for the answer</translation>
    </message>
    <message>
        <source>Go on without the answer</source>
        <translation>Go on without the answer</translation>
    </message>
    <message>
        <source>, and </source>
        <translation>, and </translation>
    </message>
    <message>
        <source>%1 is waiting for PortOne&apos;s answer on the profile “%2”.

Wait for the answer, or go on without it: the desk then stops waiting, and the outcome stays unknown until you look it up (it is recorded as unknown in the history and the audit log).</source>
        <translation>%1 is waiting for PortOne&apos;s answer on the profile “%2”.

Wait for the answer, or go on without it: the desk then stops waiting, and the outcome stays unknown until you look it up (it is recorded as unknown in the history and the audit log).</translation>
    </message>
    <message>
        <source>Waiting for PortOne</source>
        <translation>Waiting for PortOne</translation>
    </message>
    <message>
        <source>The request history could not be written (%1).</source>
        <translation>The request history could not be written (%1).</translation>
    </message>
    <message>
        <source>The audit log could not be written (%1). Revealing CI/DI is refused until it can be.</source>
        <translation>The audit log could not be written (%1). Revealing CI/DI is refused until it can be.</translation>
    </message>
    <message>
        <source>The built-in sandbox could not listen on 127.0.0.1.</source>
        <translation>The built-in sandbox could not listen on 127.0.0.1.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
</context>
<context>
    <name>portone::ErrorPanel</name>
    <message>
        <source>Request failed</source>
        <translation>Request failed</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source>No answer from PortOne</source>
        <translation>No answer from PortOne</translation>
    </message>
</context>
<context>
    <name>portone::HistoryRequestsTab</name>
    <message>
        <source>Copy as curl</source>
        <translation>Copy as curl</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>All profiles</translation>
    </message>
    <message>
        <source>All workspaces</source>
        <translation>All workspaces</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <source>imp_uid, customer_uid, merchant_uid, path, parameter…</source>
        <translation>imp_uid, customer_uid, merchant_uid, path, parameter…</translation>
    </message>
    <message>
        <source>Recorded requests</source>
        <translation>Recorded requests</translation>
    </message>
    <message>
        <source>Request detail</source>
        <translation>Request detail</translation>
    </message>
    <message>
        <source>Select a request to see what was sent (masked) and what PortOne answered.</source>
        <translation>Select a request to see what was sent (masked) and what PortOne answered.</translation>
    </message>
    <message>
        <source>Copies a curl command that repeats this request, with $PORTONE_TOKEN and placeholders instead of secrets.</source>
        <translation>Copies a curl command that repeats this request, with $PORTONE_TOKEN and placeholders instead of secrets.</translation>
    </message>
    <message>
        <source>Export the requests shown to CSV</source>
        <translation>Export the requests shown to CSV</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Workspace:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <source>Search ids, path and parameters</source>
        <translation>Search ids, path and parameters</translation>
    </message>
    <message>
        <source>Keep the request history for:</source>
        <translation>Keep the request history for:</translation>
    </message>
    <message>
        <source>Loading the request history…</source>
        <translation>Loading the request history…</translation>
    </message>
    <message>
        <source>%1 of %2 requests shown</source>
        <translation>%1 of %2 requests shown</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Export the request history</source>
        <translation>Export the request history</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
</context>
<context>
    <name>portone::HistoryTableModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>portone::HistoryText</name>
    <message>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>Billing keys</source>
        <translation>Billing keys</translation>
    </message>
    <message>
        <source>Benepia</source>
        <translation>Benepia</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Reference data</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>OTP requested</source>
        <translation>OTP requested</translation>
    </message>
    <message>
        <source>OTP confirmed</source>
        <translation>OTP confirmed</translation>
    </message>
    <message>
        <source>Certification deleted</source>
        <translation>Certification deleted</translation>
    </message>
    <message>
        <source>CI/DI revealed</source>
        <translation>CI/DI revealed</translation>
    </message>
    <message>
        <source>Billing key registered</source>
        <translation>Billing key registered</translation>
    </message>
    <message>
        <source>Billing key deleted</source>
        <translation>Billing key deleted</translation>
    </message>
    <message>
        <source>Benepia payment</source>
        <translation>Benepia payment</translation>
    </message>
    <message>
        <source>Profile added</source>
        <translation>Profile added</translation>
    </message>
    <message>
        <source>Profile edited</source>
        <translation>Profile edited</translation>
    </message>
    <message>
        <source>Profile deleted</source>
        <translation>Profile deleted</translation>
    </message>
    <message>
        <source>Secret replaced</source>
        <translation>Secret replaced</translation>
    </message>
    <message>
        <source>%1 (LIVE)</source>
        <translation>%1 (LIVE)</translation>
    </message>
    <message>
        <source>Time: %1 (UTC %2)</source>
        <translation>Time: %1 (UTC %2)</translation>
    </message>
    <message>
        <source>Profile: %1 · Tier: %2</source>
        <translation>Profile: %1 · Tier: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Operation: %1 (%2)</source>
        <translation>Operation: %1 (%2)</translation>
    </message>
    <message>
        <source>Query (masked):</source>
        <translation>Query (masked):</translation>
    </message>
    <message>
        <source>Body (masked):</source>
        <translation>Body (masked):</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Response:</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source>Duration: %1 ms · Outcome: %2</source>
        <translation>Duration: %1 ms · Outcome: %2</translation>
    </message>
    <message>
        <source>Payment refunded</source>
        <translation>Payment refunded</translation>
    </message>
    <message>
        <source>Billing key charged</source>
        <translation>Billing key charged</translation>
    </message>
    <message>
        <source>Payments scheduled</source>
        <translation>Payments scheduled</translation>
    </message>
    <message>
        <source>Schedules cancelled</source>
        <translation>Schedules cancelled</translation>
    </message>
    <message>
        <source>All schedules of a customer cancelled</source>
        <translation>All schedules of a customer cancelled</translation>
    </message>
    <message>
        <source>Schedule time changed</source>
        <translation>Schedule time changed</translation>
    </message>
    <message>
        <source>Failed schedule retried</source>
        <translation>Failed schedule retried</translation>
    </message>
    <message>
        <source>Failed schedule rescheduled</source>
        <translation>Failed schedule rescheduled</translation>
    </message>
</context>
<context>
    <name>portone::HistoryWorkspace</name>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>portone::KeychainBanner</name>
    <message>
        <source>Keep for this session only</source>
        <translation>Keep for this session only</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>Keychain status</translation>
    </message>
    <message>
        <source>Keep the secret for this session only</source>
        <translation>Keep the secret for this session only</translation>
    </message>
    <message>
        <source>The secret stays in memory until PortOne Desk closes. It is never written to a file.</source>
        <translation>The secret stays in memory until PortOne Desk closes. It is never written to a file.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The system keychain is not available.&lt;/b&gt; The secret can be kept for this session only; it will be forgotten when PortOne Desk closes.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</source>
        <translation>&lt;b&gt;The system keychain is not available.&lt;/b&gt; The secret can be kept for this session only; it will be forgotten when PortOne Desk closes.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>The secret is kept for this session only. It will be forgotten when PortOne Desk closes; save it again once the keychain is available.</source>
        <translation>The secret is kept for this session only. It will be forgotten when PortOne Desk closes; save it again once the keychain is available.</translation>
    </message>
</context>
<context>
    <name>portone::MainWindow</name>
    <message>
        <source>LIVE ACCOUNT — requests here move real money and real customer data</source>
        <translation>LIVE ACCOUNT — requests here move real money and real customer data</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Workspaces</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profiles…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>한국어 (Korean)</source>
        <translation>한국어 (Korean)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language applies the next time PortOne Desk starts.</source>
        <translation>The new language applies the next time PortOne Desk starts.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>%1 — PortOne Desk</source>
        <translation>%1 — PortOne Desk</translation>
    </message>
    <message>
        <source>PortOne Desk</source>
        <translation>PortOne Desk</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>outcome unknown</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>Last request: %1 %2 — %3 (%4, %5 ms)</source>
        <translation>Last request: %1 %2 — %3 (%4, %5 ms)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Copy last request as &amp;curl</source>
        <translation>Copy last request as &amp;curl</translation>
    </message>
    <message>
        <source>Copies a curl command that repeats the last request, with $PORTONE_TOKEN and placeholders instead of secrets.</source>
        <translation>Copies a curl command that repeats the last request, with $PORTONE_TOKEN and placeholders instead of secrets.</translation>
    </message>
    <message>
        <source>Copied a curl command for the last request (the token is $PORTONE_TOKEN; secrets are placeholders).</source>
        <translation>Copied a curl command for the last request (the token is $PORTONE_TOKEN; secrets are placeholders).</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Last request</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About PortOne Desk</source>
        <translation>&amp;About PortOne Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Choose a workspace: Ctrl+1 to Ctrl+6</source>
        <translation>Choose a workspace: Ctrl+1 to Ctrl+6</translation>
    </message>
</context>
<context>
    <name>portone::MissingIdsPanel</name>
    <message>
        <source>Not looked up: PortOne reported a failure (%1)</source>
        <translation>Not looked up: PortOne reported a failure (%1)</translation>
    </message>
    <message>
        <source>Copy the ids PortOne did not look up, one per line</source>
        <translation>Copy the ids PortOne did not look up, one per line</translation>
    </message>
    <message>
        <source>Copy the ids not looked up</source>
        <translation>Copy the ids not looked up</translation>
    </message>
    <message>
        <source>Ids not looked up</source>
        <translation>Ids not looked up</translation>
    </message>
    <message>
        <source>Copy list</source>
        <translation>Copy list</translation>
    </message>
    <message>
        <source>Ids not found</source>
        <translation>Ids not found</translation>
    </message>
    <message>
        <source>Copy the ids not found</source>
        <translation>Copy the ids not found</translation>
    </message>
    <message>
        <source>Copy the ids that were not found, one per line</source>
        <translation>Copy the ids that were not found, one per line</translation>
    </message>
    <message>
        <source>Not found (%1)</source>
        <translation>Not found (%1)</translation>
    </message>
</context>
<context>
    <name>portone::OtpConfirmPanel</name>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Request again</source>
        <translation>Request again</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>imp_uid</source>
        <translation>imp_uid</translation>
    </message>
    <message>
        <source>Copy imp_uid</source>
        <translation>Copy imp_uid</translation>
    </message>
    <message>
        <source>imp_uid:</source>
        <translation>imp_uid:</translation>
    </message>
    <message>
        <source>Code from the text message (OTP):</source>
        <translation>Code from the text message (OTP):</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Time left:</translation>
    </message>
    <message>
        <source>Confirm the certification</source>
        <translation>Confirm the certification</translation>
    </message>
    <message>
        <source>Request a new code</source>
        <translation>Request a new code</translation>
    </message>
    <message>
        <source>Sends a new request with the same details and a new merchant_uid</source>
        <translation>Sends a new request with the same details and a new merchant_uid</translation>
    </message>
    <message>
        <source>Cancel and go back to the request form</source>
        <translation>Cancel and go back to the request form</translation>
    </message>
    <message>
        <source>PortOne asked the customer&apos;s carrier app for approval. When the customer has approved it in the app, press Confirm. The request expires in 3 minutes.</source>
        <translation>PortOne asked the customer&apos;s carrier app for approval. When the customer has approved it in the app, press Confirm. The request expires in 3 minutes.</translation>
    </message>
    <message>
        <source>PortOne sent a code by text message to the customer&apos;s phone. Ask for it and type it below; the code expires in 3 minutes.</source>
        <translation>PortOne sent a code by text message to the customer&apos;s phone. Ask for it and type it below; the code expires in 3 minutes.</translation>
    </message>
    <message>
        <source>Time is up: the code has probably expired. Press &quot;Request again&quot; if confirming fails.</source>
        <translation>Time is up: the code has probably expired. Press &quot;Request again&quot; if confirming fails.</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>%1:%2 left</translation>
    </message>
</context>
<context>
    <name>portone::OtpRequestForm</name>
    <message>
        <source>MVNO (budget carrier)</source>
        <translation>MVNO (budget carrier)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Request OTP</source>
        <translation>Request OTP</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>010-1234-5678 (any separators)</source>
        <translation>010-1234-5678 (any separators)</translation>
    </message>
    <message>
        <source>Mobile phone:</source>
        <translation>Mobile phone:</translation>
    </message>
    <message>
        <source>YYMMDD</source>
        <translation>YYMMDD</translation>
    </message>
    <message>
        <source>Date of birth (YYMMDD):</source>
        <translation>Date of birth (YYMMDD):</translation>
    </message>
    <message>
        <source>First digit of the resident number&apos;s second half. 1/2: Korean born before 2000 (male/female) · 3/4: Korean born from 2000 · 5/6: foreigner born before 2000 · 7/8: foreigner born from 2000</source>
        <translation>First digit of the resident number&apos;s second half. 1/2: Korean born before 2000 (male/female) · 3/4: Korean born from 2000 · 5/6: foreigner born before 2000 · 7/8: foreigner born from 2000</translation>
    </message>
    <message>
        <source>Gender digit:</source>
        <translation>Gender digit:</translation>
    </message>
    <message>
        <source>Check when the phone is on a budget carrier (알뜰폰) that uses the chosen carrier&apos;s network.</source>
        <translation>Check when the phone is on a budget carrier (알뜰폰) that uses the chosen carrier&apos;s network.</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>Carrier:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Company (shown to the customer):</source>
        <translation>Company (shown to the customer):</translation>
    </message>
    <message>
        <source>New merchant_uid</source>
        <translation>New merchant_uid</translation>
    </message>
    <message>
        <source>Generate a new unique merchant_uid</source>
        <translation>Generate a new unique merchant_uid</translation>
    </message>
    <message>
        <source>merchant_uid (order number):</source>
        <translation>merchant_uid (order number):</translation>
    </message>
    <message>
        <source>Channel (channel_key):</source>
        <translation>Channel (channel_key):</translation>
    </message>
    <message>
        <source>SMS: the customer reads out the code from the text message</source>
        <translation>SMS: the customer reads out the code from the text message</translation>
    </message>
    <message>
        <source>APP: the customer approves in the carrier&apos;s app</source>
        <translation>APP: the customer approves in the carrier&apos;s app</translation>
    </message>
    <message>
        <source>Verification method:</source>
        <translation>Verification method:</translation>
    </message>
    <message>
        <source>Optional JSON object, e.g. {&quot;key&quot;: &quot;value&quot;}</source>
        <translation>Optional JSON object, e.g. {&quot;key&quot;: &quot;value&quot;}</translation>
    </message>
    <message>
        <source>bypass (JSON):</source>
        <translation>bypass (JSON):</translation>
    </message>
    <message>
        <source>No code to type: the customer approves the request in the app, then you press Confirm. Only some channels support APP (e.g. KCP v2).</source>
        <translation>No code to type: the customer approves the request in the app, then you press Confirm. Only some channels support APP (e.g. KCP v2).</translation>
    </message>
    <message>
        <source>PortOne sends a code by text message; the customer reads it out to you.</source>
        <translation>PortOne sends a code by text message; the customer reads it out to you.</translation>
    </message>
</context>
<context>
    <name>portone::OutcomeNotice</name>
    <message>
        <source>Outcome unknown</source>
        <translation>Outcome unknown</translation>
    </message>
</context>
<context>
    <name>portone::PaymentCsvFile</name>
    <message>
        <source>Could not replace %1.</source>
        <translation>Could not replace %1.</translation>
    </message>
</context>
<context>
    <name>portone::PaymentDetailPanel</name>
    <message>
        <source>&lt;b&gt;Payment details&lt;/b&gt;</source>
        <translation>&lt;b&gt;Payment details&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a payment in the table to see its details.</source>
        <translation>Select a payment in the table to see its details.</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Payment details</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Receipt: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Receipt: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Receipt: none</source>
        <translation>Receipt: none</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Refund…</translation>
    </message>
    <message>
        <source>Refund this payment</source>
        <translation>Refund this payment</translation>
    </message>
    <message>
        <source>Select a payment first.</source>
        <translation>Select a payment first.</translation>
    </message>
    <message>
        <source>This profile is read-only (look-ups only): refunds are disabled.</source>
        <translation>This profile is read-only (look-ups only): refunds are disabled.</translation>
    </message>
    <message>
        <source>Only a paid payment can be refunded; this one is %1.</source>
        <translation>Only a paid payment can be refunded; this one is %1.</translation>
    </message>
    <message>
        <source>Nothing is left to refund.</source>
        <translation>Nothing is left to refund.</translation>
    </message>
    <message>
        <source>Refund all or part of the %1 left on this payment.</source>
        <translation>Refund all or part of the %1 left on this payment.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Refunds&lt;/b&gt; (%n)</source>
        <translation>
            <numerusform>&lt;b&gt;Refunds&lt;/b&gt; (%n)</numerusform>
            <numerusform>&lt;b&gt;Refunds&lt;/b&gt; (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portone::PaymentDetailRows</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>Installments</translation>
    </message>
    <message>
        <source>Lump sum</source>
        <translation>Lump sum</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Approval number</source>
        <translation>Approval number</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Virtual account bank</source>
        <translation>Virtual account bank</translation>
    </message>
    <message>
        <source>Virtual account number</source>
        <translation>Virtual account number</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <source>Deposit deadline</source>
        <translation>Deposit deadline</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Buyer email</source>
        <translation>Buyer email</translation>
    </message>
    <message>
        <source>Buyer phone</source>
        <translation>Buyer phone</translation>
    </message>
    <message>
        <source>Buyer address</source>
        <translation>Buyer address</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Order name</source>
        <translation>Order name</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Refunded amount</source>
        <translation>Refunded amount</translation>
    </message>
    <message>
        <source>Refundable balance</source>
        <translation>Refundable balance</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>PG</source>
        <translation>PG</translation>
    </message>
    <message>
        <source>PG tid</source>
        <translation>PG tid</translation>
    </message>
    <message>
        <source>Escrow</source>
        <translation>Escrow</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Started at</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <source>Failed at</source>
        <translation>Failed at</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Failure reason</translation>
    </message>
    <message>
        <source>Cancelled at</source>
        <translation>Cancelled at</translation>
    </message>
    <message>
        <source>Cancellation reason</source>
        <translation>Cancellation reason</translation>
    </message>
    <message>
        <source>Cash receipt issued</source>
        <translation>Cash receipt issued</translation>
    </message>
    <message>
        <source>Custom data</source>
        <translation>Custom data</translation>
    </message>
    <message>
        <source>Test payment</source>
        <translation>Test payment</translation>
    </message>
</context>
<context>
    <name>portone::PaymentLookupForm</name>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Look up</translation>
    </message>
    <message>
        <source>Look up by</source>
        <translation>Look up by</translation>
    </message>
    <message>
        <source>By imp_uid</source>
        <translation>By imp_uid</translation>
    </message>
    <message>
        <source>By merchant_uid</source>
        <translation>By merchant_uid</translation>
    </message>
    <message>
        <source>Several ids</source>
        <translation>Several ids</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>Look up (Enter)</source>
        <translation>Look up (Enter)</translation>
    </message>
    <message>
        <source>imp_uid (PortOne payment id):</source>
        <translation>imp_uid (PortOne payment id):</translation>
    </message>
    <message>
        <source>Include test payments (include_sandbox)</source>
        <translation>Include test payments (include_sandbox)</translation>
    </message>
    <message>
        <source>Include test payments</source>
        <translation>Include test payments</translation>
    </message>
    <message>
        <source>Payments made through a test channel are found only when this is ticked. PortOne offers this option for the imp_uid lookup only.</source>
        <translation>Payments made through a test channel are found only when this is ticked. PortOne offers this option for the imp_uid lookup only.</translation>
    </message>
    <message>
        <source>merchant_uid (order number):</source>
        <translation>merchant_uid (order number):</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Not paid (ready)</source>
        <translation>Not paid (ready)</translation>
    </message>
    <message>
        <source>Paid (paid)</source>
        <translation>Paid (paid)</translation>
    </message>
    <message>
        <source>Failed (failed)</source>
        <translation>Failed (failed)</translation>
    </message>
    <message>
        <source>Cancelled (cancelled)</source>
        <translation>Cancelled (cancelled)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>When several payments share the merchant_uid, PortOne returns the first one in this order.</source>
        <translation>When several payments share the merchant_uid, PortOne returns the first one in this order.</translation>
    </message>
    <message>
        <source>Newest started first (-started)</source>
        <translation>Newest started first (-started)</translation>
    </message>
    <message>
        <source>Oldest started first (started)</source>
        <translation>Oldest started first (started)</translation>
    </message>
    <message>
        <source>Newest paid first (-paid)</source>
        <translation>Newest paid first (-paid)</translation>
    </message>
    <message>
        <source>Oldest paid first (paid)</source>
        <translation>Oldest paid first (paid)</translation>
    </message>
    <message>
        <source>Newest updated first (-updated)</source>
        <translation>Newest updated first (-updated)</translation>
    </message>
    <message>
        <source>Oldest updated first (updated)</source>
        <translation>Oldest updated first (updated)</translation>
    </message>
    <message>
        <source>Sorting:</source>
        <translation>Sorting:</translation>
    </message>
    <message>
        <source>imp_uid</source>
        <translation>imp_uid</translation>
    </message>
    <message>
        <source>The ids are imp_uids</source>
        <translation>The ids are imp_uids</translation>
    </message>
    <message>
        <source>merchant_uid (order number)</source>
        <translation>merchant_uid (order number)</translation>
    </message>
    <message>
        <source>The ids are merchant_uids</source>
        <translation>The ids are merchant_uids</translation>
    </message>
    <message>
        <source>The ids are:</source>
        <translation>The ids are:</translation>
    </message>
    <message>
        <source>Paste up to %1 ids: one per line, or separated by commas or spaces.</source>
        <translation>Paste up to %1 ids: one per line, or separated by commas or spaces.</translation>
    </message>
    <message>
        <source>Ctrl+Enter looks them up</source>
        <translation>Ctrl+Enter looks them up</translation>
    </message>
    <message>
        <source>Ids:</source>
        <translation>Ids:</translation>
    </message>
    <message>
        <source>Number of ids</source>
        <translation>Number of ids</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) will be looked up.</source>
        <translation>
            <numerusform>%n id will be looked up.</numerusform>
            <numerusform>%n ids will be looked up.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ids: at most %2 can be looked up at once. Remove %3.</source>
        <translation>%1 ids: at most %2 can be looked up at once. Remove %3.</translation>
    </message>
    <message>
        <source>Paste at least one id.</source>
        <translation>Paste at least one id.</translation>
    </message>
</context>
<context>
    <name>portone::PaymentSearch</name>
    <message>
        <source>Choose a start and an end date, the end after the start.</source>
        <translation>Choose a start and an end date, the end after the start.</translation>
    </message>
    <message>
        <source>A page holds 1 to %1 payments.</source>
        <translation>A page holds 1 to %1 payments.</translation>
    </message>
    <message>
        <source>No active connection profile.</source>
        <translation>No active connection profile.</translation>
    </message>
</context>
<context>
    <name>portone::PaymentSearchForm</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>All statuses (all)</source>
        <translation>All statuses (all)</translation>
    </message>
    <message>
        <source>Not paid (ready)</source>
        <translation>Not paid (ready)</translation>
    </message>
    <message>
        <source>Paid (paid)</source>
        <translation>Paid (paid)</translation>
    </message>
    <message>
        <source>Cancelled (cancelled)</source>
        <translation>Cancelled (cancelled)</translation>
    </message>
    <message>
        <source>Failed (failed)</source>
        <translation>Failed (failed)</translation>
    </message>
    <message>
        <source>PortOne matches the range against the time of each payment&apos;s status: started for ready, paid, cancelled or failed.</source>
        <translation>PortOne matches the range against the time of each payment&apos;s status: started for ready, paid, cancelled or failed.</translation>
    </message>
    <message>
        <source>From (first day)</source>
        <translation>From (first day)</translation>
    </message>
    <message>
        <source>To (last day)</source>
        <translation>To (last day)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Whole days, both included. Any length: PortOne is asked 90 days at a time.</source>
        <translation>Whole days, both included. Any length: PortOne is asked 90 days at a time.</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Days:</translation>
    </message>
    <message>
        <source>Sorting:</source>
        <translation>Sorting:</translation>
    </message>
    <message>
        <source>The last day must be on or after the first day.</source>
        <translation>The last day must be on or after the first day.</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Time zone:</translation>
    </message>
</context>
<context>
    <name>portone::PaymentSearchView</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Include personal data (buyer name, email, phone, address)</source>
        <translation>Include personal data (buyer name, email, phone, address)</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Export to CSV…</translation>
    </message>
    <message>
        <source>Cancel the search or export</source>
        <translation>Cancel the search or export</translation>
    </message>
    <message>
        <source>Search progress</source>
        <translation>Search progress</translation>
    </message>
    <message>
        <source>Payments found so far</source>
        <translation>Payments found so far</translation>
    </message>
    <message>
        <source>Search outcome</source>
        <translation>Search outcome</translation>
    </message>
    <message>
        <source>Runs this search again straight into a CSV file, page by page: every payment found, not only those in the table.</source>
        <translation>Runs this search again straight into a CSV file, page by page: every payment found, not only those in the table.</translation>
    </message>
    <message>
        <source>Payments found by the search</source>
        <translation>Payments found by the search</translation>
    </message>
    <message>
        <source>No search yet. Choose a status and the days, then press Search.</source>
        <translation>No search yet. Choose a status and the days, then press Search.</translation>
    </message>
    <message>
        <source>Export payments</source>
        <translation>Export payments</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) so far</source>
        <translation>
            <numerusform>%n payment so far</numerusform>
            <numerusform>%n payments so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n payment(s)</source>
        <translation>
            <numerusform>%1 of %n payment</numerusform>
            <numerusform>%1 of %n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n payment(s).</source>
        <translation>
            <numerusform>Found %n payment.</numerusform>
            <numerusform>Found %n payments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search cancelled after %n payment(s); those are shown.</source>
        <translation>
            <numerusform>Search cancelled after %n payment; it is shown.</numerusform>
            <numerusform>Search cancelled after %n payments; those are shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search stopped on the error above after %n payment(s); those are shown.</source>
        <translation>
            <numerusform>The search stopped on the error above after %n payment; it is shown.</numerusform>
            <numerusform>The search stopped on the error above after %n payments; those are shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>The table shows the first %1; export to CSV for all of them.</source>
        <translation>The table shows the first %1; export to CSV for all of them.</translation>
    </message>
    <message numerus="yes">
        <source>Export complete: %n payment(s) in %1.</source>
        <translation>
            <numerusform>Export complete: %n payment in %1.</numerusform>
            <numerusform>Export complete: %n payments in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <source>Export stopped on the error above.</source>
        <translation>Export stopped on the error above.</translation>
    </message>
    <message>
        <source>Export stopped: the file could not be written (%1).</source>
        <translation>Export stopped: the file could not be written (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The file is INCOMPLETE: %1 holds only the first %n payment(s).</source>
        <translation>
            <numerusform>The file is INCOMPLETE: %1 holds only the first %n payment.</numerusform>
            <numerusform>The file is INCOMPLETE: %1 holds only the first %n payments.</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile is active. Choose a profile to search payments.</source>
        <translation>No profile is active. Choose a profile to search payments.</translation>
    </message>
</context>
<context>
    <name>portone::PaymentTableModel</name>
    <message>
        <source>Not paid</source>
        <translation>Not paid</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Virtual account</source>
        <translation>Virtual account</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>status: %1</translation>
    </message>
    <message>
        <source>pay_method: %1</source>
        <translation>pay_method: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <source>Failed at</source>
        <translation>Failed at</translation>
    </message>
    <message>
        <source>Cancelled at</source>
        <translation>Cancelled at</translation>
    </message>
    <message>
        <source>merchant_uid (order number)</source>
        <translation>merchant_uid (order number)</translation>
    </message>
</context>
<context>
    <name>portone::PaymentsWorkspace</name>
    <message>
        <source>Found %1 of %2 payments; PortOne could not look up %3 (listed below, with its message above): they may exist.</source>
        <translation>Found %1 of %2 payments; PortOne could not look up %3 (listed below, with its message above): they may exist.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Payments&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Payments&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Look up payments to answer a customer: by imp_uid, by merchant_uid (order number), or up to %1 ids at once.</source>
        <translation>Look up payments to answer a customer: by imp_uid, by merchant_uid (order number), or up to %1 ids at once.</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hint</translation>
    </message>
    <message>
        <source>Test payments are excluded from this lookup unless &quot;Include test payments&quot; is ticked. Tick it and look up again if this may be a test payment.</source>
        <translation>Test payments are excluded from this lookup unless &quot;Include test payments&quot; is ticked. Tick it and look up again if this may be a test payment.</translation>
    </message>
    <message>
        <source>Lookup outcome</source>
        <translation>Lookup outcome</translation>
    </message>
    <message>
        <source>Payments found</source>
        <translation>Payments found</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>No profile is active. Choose a profile to look up payments.</source>
        <translation>No profile is active. Choose a profile to look up payments.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Looking up %1…</translation>
    </message>
    <message>
        <source>Looking up merchant_uid %1…</source>
        <translation>Looking up merchant_uid %1…</translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n payment(s)…</source>
        <translation>
            <numerusform>Looking up %n payment…</numerusform>
            <numerusform>Looking up %n payments…</numerusform>
        </translation>
    </message>
    <message>
        <source>Found payment %1.</source>
        <translation>Found payment %1.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n id(s) was found.</source>
        <translation>
            <numerusform>The %n id was not found.</numerusform>
            <numerusform>None of the %n ids was found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found %1 of %2 payments; %3 not found (listed below).</source>
        <translation>Found %1 of %2 payments; %3 not found (listed below).</translation>
    </message>
    <message numerus="yes">
        <source>Found %n payment(s).</source>
        <translation>
            <numerusform>Found %n payment.</numerusform>
            <numerusform>Found %n payments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lookup cancelled. Nothing was changed.</source>
        <translation>Lookup cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <source>No payments looked up yet. Type an imp_uid above, or choose By merchant_uid or Several ids, then press Look up.</source>
        <translation>No payments looked up yet. Type an imp_uid above, or choose By merchant_uid or Several ids, then press Look up.</translation>
    </message>
    <message>
        <source>All payments of this merchant_uid</source>
        <translation>All payments of this merchant_uid</translation>
    </message>
    <message>
        <source>Every payment made with this order number (retries, failures, refunds), newest first (GET /payments/findAll).</source>
        <translation>Every payment made with this order number (retries, failures, refunds), newest first (GET /payments/findAll).</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>Search by status and date</source>
        <translation>Search by status and date</translation>
    </message>
    <message>
        <source>Looking up every payment of merchant_uid %1…</source>
        <translation>Looking up every payment of merchant_uid %1…</translation>
    </message>
    <message numerus="yes">
        <source>merchant_uid %1 has %n payment(s).</source>
        <translation>
            <numerusform>merchant_uid %1 has %n payment.</numerusform>
            <numerusform>merchant_uid %1 has %n payments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n are shown.</source>
        <translation>
            <numerusform>The first %n is shown.</numerusform>
            <numerusform>The first %n are shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portone::PortOneClient</name>
    <message>
        <source>A full refund (%1)</source>
        <translation>A full refund (%1)</translation>
    </message>
    <message>
        <source>A partial refund of %L1 (%2)</source>
        <translation>A partial refund of %L1 (%2)</translation>
    </message>
    <message>
        <source>A Benepia payment of %L1 P (merchant_uid %2)</source>
        <translation>A Benepia payment of %L1 P (merchant_uid %2)</translation>
    </message>
    <message>
        <source>The deletion of certification %1</source>
        <translation>The deletion of certification %1</translation>
    </message>
    <message>
        <source>An OTP confirmation of imp_uid %1</source>
        <translation>An OTP confirmation of imp_uid %1</translation>
    </message>
    <message>
        <source>An OTP request (a text message to the customer)</source>
        <translation>An OTP request (a text message to the customer)</translation>
    </message>
    <message>
        <source>The deletion of billing key %1</source>
        <translation>The deletion of billing key %1</translation>
    </message>
    <message>
        <source>A billing-key registration for customer_uid %1</source>
        <translation>A billing-key registration for customer_uid %1</translation>
    </message>
    <message>
        <source>The page number starts at 1.</source>
        <translation>The page number starts at 1.</translation>
    </message>
    <message>
        <source>billing key %1</source>
        <translation>billing key %1</translation>
    </message>
    <message>
        <source>A charge of %1 to billing key %2 (merchant_uid %3)</source>
        <translation>A charge of %1 to billing key %2 (merchant_uid %3)</translation>
    </message>
    <message>
        <source>Scheduling %1 payment(s) of billing key %2, %3 in total (merchant_uid %4)</source>
        <translation>Scheduling %1 payment(s) of billing key %2, %3 in total (merchant_uid %4)</translation>
    </message>
    <message>
        <source>Cancelling the scheduled payments merchant_uid %1</source>
        <translation>Cancelling the scheduled payments merchant_uid %1</translation>
    </message>
    <message>
        <source>Cancelling the scheduled payments merchant_uid %1 of billing key %2</source>
        <translation>Cancelling the scheduled payments merchant_uid %1 of billing key %2</translation>
    </message>
    <message>
        <source>Cancelling every scheduled payment of billing key %1</source>
        <translation>Cancelling every scheduled payment of billing key %1</translation>
    </message>
    <message>
        <source>Moving the scheduled payment %1 to %2</source>
        <translation>Moving the scheduled payment %1 to %2</translation>
    </message>
    <message>
        <source>Scheduling the failed payment %1 again for %2</source>
        <translation>Scheduling the failed payment %1 again for %2</translation>
    </message>
    <message>
        <source>Charging the failed scheduled payment %1 now</source>
        <translation>Charging the failed scheduled payment %1 now</translation>
    </message>
    <message>
        <source>A full refund of %L1 (%2)</source>
        <translation>A full refund of %L1 (%2)</translation>
    </message>
</context>
<context>
    <name>portone::ProfileConnectionTest</name>
    <message>
        <source>Channel list (GET /users/pg) not available: %1. The keys themselves were accepted.</source>
        <translation>Channel list (GET /users/pg) not available: %1. The keys themselves were accepted.</translation>
    </message>
    <message>
        <source>Channel list (GET /users/pg): cancelled.</source>
        <translation>Channel list (GET /users/pg): cancelled.</translation>
    </message>
    <message>
        <source>No token was issued: the keys could not be checked.</source>
        <translation>No token was issued: the keys could not be checked.</translation>
    </message>
    <message>
        <source>imp_key and imp_secret refused: no token was issued.</source>
        <translation>imp_key and imp_secret refused: no token was issued.</translation>
    </message>
    <message>
        <source>imp_key and imp_secret accepted (token issued).</source>
        <translation>imp_key and imp_secret accepted (token issued).</translation>
    </message>
    <message>
        <source>Channel list result</source>
        <translation>Channel list result</translation>
    </message>
    <message>
        <source>Gets a token with the keys in the form, then lists the PG channels of the account. Nothing is saved.</source>
        <translation>Gets a token with the keys in the form, then lists the PG channels of the account. Nothing is saved.</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>API payment</source>
        <translation>API payment</translation>
    </message>
    <message>
        <source>Payment window</source>
        <translation>Payment window</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Uses the imp_key, address and Tier in the form, and the secret typed above, or the stored secret when the field is empty.</source>
        <translation>Uses the imp_key, address and Tier in the form, and the secret typed above, or the stored secret when the field is empty.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Connection test result</translation>
    </message>
    <message>
        <source>Connection test error</source>
        <translation>Connection test error</translation>
    </message>
    <message>
        <source>PG channels of the account</source>
        <translation>PG channels of the account</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>PG (pg_provider/pg_id)</source>
        <translation>PG (pg_provider/pg_id)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Channel key</source>
        <translation>Channel key</translation>
    </message>
    <message>
        <source>Getting a token and the channel list from %1…</source>
        <translation>Getting a token and the channel list from %1…</translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation>The connection test was cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>Channel list (GET /users/pg): %n PG channel(s) configured.</source>
        <translation>
            <numerusform>Channel list (GET /users/pg): %n PG channel configured.</numerusform>
            <numerusform>Channel list (GET /users/pg): %n PG channels configured.</numerusform>
        </translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
</context>
<context>
    <name>portone::ProfileEditor</name>
    <message>
        <source>How long to wait for an answer. Registering a billing key and paying wait on a card company or PG and get the longer time; everything else the look-up time.</source>
        <translation>How long to wait for an answer. Registering a billing key and paying wait on a card company or PG and get the longer time; everything else the look-up time.</translation>
    </message>
    <message>
        <source>Card company or PG timeout in seconds</source>
        <translation>Card company or PG timeout in seconds</translation>
    </message>
    <message>
        <source>Look-up timeout in seconds</source>
        <translation>Look-up timeout in seconds</translation>
    </message>
    <message>
        <source>Card company / PG timeout:</source>
        <translation>Card company / PG timeout:</translation>
    </message>
    <message>
        <source>Look-up timeout:</source>
        <translation>Look-up timeout:</translation>
    </message>
    <message>
        <source>The API address is not the saved one: type the imp_secret again. The stored secret is only sent to the address it was saved with.</source>
        <translation>The API address is not the saved one: type the imp_secret again. The stored secret is only sent to the address it was saved with.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Live account (real money)</source>
        <translation>Live account (real money)</translation>
    </message>
    <message>
        <source>Live account marker</source>
        <translation>Live account marker</translation>
    </message>
    <message>
        <source>LIVE ACCOUNT: requests made with this profile move real money.</source>
        <translation>LIVE ACCOUNT: requests made with this profile move real money.</translation>
    </message>
    <message>
        <source>e.g. My shop (live)</source>
        <translation>e.g. My shop (live)</translation>
    </message>
    <message>
        <source>From the PortOne admin console</source>
        <translation>From the PortOne admin console</translation>
    </message>
    <message>
        <source>Stored secret</source>
        <translation>Stored secret</translation>
    </message>
    <message>
        <source>Agencies only, e.g. A1B</source>
        <translation>Agencies only, e.g. A1B</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Profile name:</translation>
    </message>
    <message>
        <source>REST API key (imp_key):</source>
        <translation>REST API key (imp_key):</translation>
    </message>
    <message>
        <source>REST API secret (imp_secret):</source>
        <translation>REST API secret (imp_secret):</translation>
    </message>
    <message>
        <source>Tier code:</source>
        <translation>Tier code:</translation>
    </message>
    <message>
        <source>Default channels (optional)</source>
        <translation>Default channels (optional)</translation>
    </message>
    <message>
        <source>Certification channel_key:</source>
        <translation>Certification channel_key:</translation>
    </message>
    <message>
        <source>Billing key channel_key:</source>
        <translation>Billing key channel_key:</translation>
    </message>
    <message>
        <source>Benepia channel_key:</source>
        <translation>Benepia channel_key:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Show advanced settings</translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation>API base URL:</translation>
    </message>
    <message>
        <source>Leave as https://api.iamport.kr unless told otherwise. Plain http is allowed only for this computer (a local sandbox).</source>
        <translation>Leave as https://api.iamport.kr unless told otherwise. Plain http is allowed only for this computer (a local sandbox).</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>Leave empty to keep the stored secret</translation>
    </message>
    <message>
        <source>No secret stored yet.</source>
        <translation>No secret stored yet.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Edit profile</translation>
    </message>
    <message>
        <source>Read-only: look-ups only</source>
        <translation>Read-only: look-ups only</translation>
    </message>
    <message>
        <source>Sending OTPs, registering or deleting billing keys, deleting certifications and paying are disabled with this profile.</source>
        <translation>Sending OTPs, registering or deleting billing keys, deleting certifications and paying are disabled with this profile.</translation>
    </message>
</context>
<context>
    <name>portone::ProfileSwitcher</name>
    <message>
        <source>Manage profiles…</source>
        <translation>Manage profiles…</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>Active profile</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>Sandbox (built-in, no keys)</source>
        <translation>Sandbox (built-in, no keys)</translation>
    </message>
    <message>
        <source>%1 (live)</source>
        <translation>%1 (live)</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>No profile</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>Live account: real payments</source>
        <translation>Live account: real payments</translation>
    </message>
    <message>
        <source>Test account</source>
        <translation>Test account</translation>
    </message>
    <message>
        <source>No Tier</source>
        <translation>No Tier</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>READ-ONLY</translation>
    </message>
    <message>
        <source>Read-only profile: look-ups only</source>
        <translation>Read-only profile: look-ups only</translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation> · read-only</translation>
    </message>
</context>
<context>
    <name>portone::ProfilesDialog</name>
    <message>
        <source>Type the imp_secret to test this address: the stored secret is only sent to the saved address.</source>
        <translation>Type the imp_secret to test this address: the stored secret is only sent to the saved address.</translation>
    </message>
    <message>
        <source>Save the profile with its new API address first.</source>
        <translation>Save the profile with its new API address first.</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Another profile already has this name.</source>
        <translation>Another profile already has this name.</translation>
    </message>
    <message>
        <source>Enter the REST API secret (imp_secret) from the PortOne admin console.</source>
        <translation>Enter the REST API secret (imp_secret) from the PortOne admin console.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation>Not saved: correct the marked fields.</translation>
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation>Profile “%1” saved.</translation>
    </message>
    <message>
        <source>Saving the secret in the system keychain…</source>
        <translation>Saving the secret in the system keychain…</translation>
    </message>
    <message>
        <source>A secret is stored in the keychain.</source>
        <translation>A secret is stored in the keychain.</translation>
    </message>
    <message>
        <source>Profile “%1” saved; its secret is stored in the system keychain.</source>
        <translation>Profile “%1” saved; its secret is stored in the system keychain.</translation>
    </message>
    <message>
        <source>Profile “%1” saved without its secret: the keychain is not available.</source>
        <translation>Profile “%1” saved without its secret: the keychain is not available.</translation>
    </message>
    <message>
        <source>Profile “%1” saved, but its secret could not be stored.</source>
        <translation>Profile “%1” saved, but its secret could not be stored.</translation>
    </message>
    <message>
        <source>Secret kept for this session only (not in the keychain).</source>
        <translation>Secret kept for this session only (not in the keychain).</translation>
    </message>
    <message>
        <source>The secret is kept in memory until PortOne Desk closes.</source>
        <translation>The secret is kept in memory until PortOne Desk closes.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Delete profile</translation>
    </message>
    <message>
        <source>Delete the profile “%1” (imp_key %2)? Its imp_secret is erased from the system keychain. This cannot be undone.</source>
        <translation>Delete the profile “%1” (imp_key %2)? Its imp_secret is erased from the system keychain. This cannot be undone.</translation>
    </message>
    <message>
        <source>Erasing the secret from the keychain…</source>
        <translation>Erasing the secret from the keychain…</translation>
    </message>
    <message>
        <source>Profile “%1” deleted, but its keychain secret could not be erased: %2</source>
        <translation>Profile “%1” deleted, but its keychain secret could not be erased: %2</translation>
    </message>
    <message>
        <source>Profile “%1” deleted; its keychain secret was erased.</source>
        <translation>Profile “%1” deleted; its keychain secret was erased.</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Correct the marked fields first.</translation>
    </message>
    <message>
        <source>Type the imp_secret to test a profile that is not saved yet.</source>
        <translation>Type the imp_secret to test a profile that is not saved yet.</translation>
    </message>
    <message>
        <source>There is no secret to test with yet.</source>
        <translation>There is no secret to test with yet.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Checking the keychain…</translation>
    </message>
    <message>
        <source>No secret stored.</source>
        <translation>No secret stored.</translation>
    </message>
    <message>
        <source>Unknown: the keychain could not be read.</source>
        <translation>Unknown: the keychain could not be read.</translation>
    </message>
    <message>
        <source>The secret could not be stored: %1</source>
        <translation>The secret could not be stored: %1</translation>
    </message>
    <message>
        <source>Merchant profiles</source>
        <translation>Merchant profiles</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Saved profiles</translation>
    </message>
    <message>
        <source>Add a new profile</source>
        <translation>Add a new profile</translation>
    </message>
    <message>
        <source>Clears the form for a new profile</source>
        <translation>Clears the form for a new profile</translation>
    </message>
    <message>
        <source>Delete the selected profile</source>
        <translation>Delete the selected profile</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Save the profile</translation>
    </message>
    <message>
        <source>Keychain operation in progress</source>
        <translation>Keychain operation in progress</translation>
    </message>
    <message>
        <source>Profile status</source>
        <translation>Profile status</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved profiles&lt;/b&gt;</source>
        <translation>&lt;b&gt;Saved profiles&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No saved profiles yet. Fill in the form on the right and press Save.</source>
        <translation>No saved profiles yet. Fill in the form on the right and press Save.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection&lt;/b&gt;</source>
        <translation>&lt;b&gt;Connection&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>portone::ReadOnlyNotice</name>
    <message>
        <source>Read-only profile</source>
        <translation>Read-only profile</translation>
    </message>
    <message>
        <source>Read-only profile: look-ups only. Sending, registering, deleting and paying are disabled.</source>
        <translation>Read-only profile: look-ups only. Sending, registering, deleting and paying are disabled.</translation>
    </message>
</context>
<context>
    <name>portone::RefundFields</name>
    <message>
        <source>Partial refund</source>
        <translation>Partial refund</translation>
    </message>
    <message>
        <source>Refund account (virtual account payment)</source>
        <translation>Refund account (virtual account payment)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>e.g. the customer changed their mind</source>
        <translation>e.g. the customer changed their mind</translation>
    </message>
    <message>
        <source>digits; hyphens allowed</source>
        <translation>digits; hyphens allowed</translation>
    </message>
    <message>
        <source>optional, e.g. 010-1234-5678</source>
        <translation>optional, e.g. 010-1234-5678</translation>
    </message>
    <message>
        <source>Refund:</source>
        <translation>Refund:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>Tax-free part:</source>
        <translation>Tax-free part:</translation>
    </message>
    <message>
        <source>VAT part:</source>
        <translation>VAT part:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Account holder:</source>
        <translation>Account holder:</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Bank:</translation>
    </message>
    <message>
        <source>Account number:</source>
        <translation>Account number:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refund %1&lt;/b&gt; · %2&lt;br&gt;Paid %3 · already refunded %4 · &lt;b&gt;refundable now %5&lt;/b&gt;</source>
        <translation>&lt;b&gt;Refund %1&lt;/b&gt; · %2&lt;br&gt;Paid %3 · already refunded %4 · &lt;b&gt;refundable now %5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <source>Everything left: %1</source>
        <translation>Everything left: %1</translation>
    </message>
    <message>
        <source>%1 needs the tax-free part when the payment was (partly) tax-free.</source>
        <translation>%1 needs the tax-free part when the payment was (partly) tax-free.</translation>
    </message>
    <message>
        <source>Only if part of the payment was tax-free; empty counts as 0.</source>
        <translation>Only if part of the payment was tax-free; empty counts as 0.</translation>
    </message>
    <message>
        <source>Required by %1 if VAT was set at payment; otherwise leave it empty.</source>
        <translation>Required by %1 if VAT was set at payment; otherwise leave it empty.</translation>
    </message>
    <message>
        <source>Only if VAT was set at payment.</source>
        <translation>Only if VAT was set at payment.</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s bank</source>
        <translation>Choose the customer&apos;s bank</translation>
    </message>
    <message>
        <source>Enter a whole amount in won, e.g. 3,000.</source>
        <translation>Enter a whole amount in won, e.g. 3,000.</translation>
    </message>
    <message>
        <source>Enter the amount to refund.</source>
        <translation>Enter the amount to refund.</translation>
    </message>
    <message>
        <source>The amount must be more than 0.</source>
        <translation>The amount must be more than 0.</translation>
    </message>
    <message>
        <source>Enter the reason for the refund: it is kept with the payment.</source>
        <translation>Enter the reason for the refund: it is kept with the payment.</translation>
    </message>
    <message>
        <source>The VAT part cannot exceed the refund amount.</source>
        <translation>The VAT part cannot exceed the refund amount.</translation>
    </message>
    <message>
        <source>The tax-free part cannot exceed the refund amount.</source>
        <translation>The tax-free part cannot exceed the refund amount.</translation>
    </message>
    <message>
        <source>The bank list has not loaded; close the form and open it again.</source>
        <translation>The bank list has not loaded; close the form and open it again.</translation>
    </message>
    <message>
        <source>An account number has 6 to 20 digits (hyphens allowed).</source>
        <translation>An account number has 6 to 20 digits (hyphens allowed).</translation>
    </message>
    <message>
        <source>Refund everything left</source>
        <translation>Refund everything left</translation>
    </message>
</context>
<context>
    <name>portone::RefundPane</name>
    <message>
        <source>Look the payment up</source>
        <translation>Look the payment up</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Refund…</translation>
    </message>
    <message>
        <source>Back to the details</source>
        <translation>Back to the details</translation>
    </message>
    <message>
        <source>Refund result</source>
        <translation>Refund result</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Loading the list of banks…</source>
        <translation>Loading the list of banks…</translation>
    </message>
    <message>
        <source>Look up %1</source>
        <translation>Look up %1</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Looking up %1…</translation>
    </message>
</context>
<context>
    <name>portone::RefundTexts</name>
    <message>
        <source>the customer</source>
        <translation>the customer</translation>
    </message>
    <message>
        <source>Refund %1 to %2?</source>
        <translation>Refund %1 to %2?</translation>
    </message>
    <message>
        <source>Payment: %1 (imp_uid %2)</source>
        <translation>Payment: %1 (imp_uid %2)</translation>
    </message>
    <message>
        <source>Original amount: %1</source>
        <translation>Original amount: %1</translation>
    </message>
    <message>
        <source>Already refunded: %1</source>
        <translation>Already refunded: %1</translation>
    </message>
    <message>
        <source>Refunded now: %1</source>
        <translation>Refunded now: %1</translation>
    </message>
    <message>
        <source>Remaining after this refund: %1</source>
        <translation>Remaining after this refund: %1</translation>
    </message>
    <message>
        <source>Of which tax-free: %1</source>
        <translation>Of which tax-free: %1</translation>
    </message>
    <message>
        <source>Of which VAT: %1</source>
        <translation>Of which VAT: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>To the account %1 at %2, holder %3</source>
        <translation>To the account %1 at %2, holder %3</translation>
    </message>
    <message>
        <source>A refund cannot be undone.</source>
        <translation>A refund cannot be undone.</translation>
    </message>
    <message>
        <source>Refund a payment</source>
        <translation>Refund a payment</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>Refund %1</translation>
    </message>
    <message>
        <source>Refunding %1 on %2…</source>
        <translation>Refunding %1 on %2…</translation>
    </message>
    <message>
        <source>PortOne answered without an error, but %1 shows no new refund: check its refunds below before doing anything else.</source>
        <translation>PortOne answered without an error, but %1 shows no new refund: check its refunds below before doing anything else.</translation>
    </message>
    <message>
        <source>Refunded %1 on %2: the payment is now fully refunded.</source>
        <translation>Refunded %1 on %2: the payment is now fully refunded.</translation>
    </message>
    <message>
        <source>Refunded %1 on %2; %3 remains refundable.</source>
        <translation>Refunded %1 on %2; %3 remains refundable.</translation>
    </message>
    <message>
        <source>PortOne refused the refund: nothing was refunded.</source>
        <translation>PortOne refused the refund: nothing was refunded.</translation>
    </message>
    <message>
        <source>The balance you saw (%1) is no longer PortOne&apos;s: someone else may have refunded this payment meanwhile. Its current refunds are shown below; check them before refunding again.</source>
        <translation>The balance you saw (%1) is no longer PortOne&apos;s: someone else may have refunded this payment meanwhile. Its current refunds are shown below; check them before refunding again.</translation>
    </message>
    <message>
        <source>The payment as PortOne has it now is shown below.</source>
        <translation>The payment as PortOne has it now is shown below.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Outcome unknown&lt;/b&gt; — the refund of %1 on %2 may or may not have been made (%3). Look the payment up: its refunds say whether it went through. Refunding again from this form sends the same checksum (%4), so PortOne refuses it if the first refund was made.</source>
        <translation>&lt;b&gt;Outcome unknown&lt;/b&gt; — the refund of %1 on %2 may or may not have been made (%3). Look the payment up: its refunds say whether it went through. Refunding again from this form sends the same checksum (%4), so PortOne refuses it if the first refund was made.</translation>
    </message>
    <message>
        <source>The refund went through: %1 was refunded; %2 remains refundable.</source>
        <translation>The refund went through: %1 was refunded; %2 remains refundable.</translation>
    </message>
    <message>
        <source>The refund of %1 was not made: the refundable balance is still %2.</source>
        <translation>The refund of %1 was not made: the refundable balance is still %2.</translation>
    </message>
</context>
<context>
    <name>portone::RegisterOutcomeView</name>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>PG provider</source>
        <translation>PG provider</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>Card type</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>customer_uid</source>
        <translation>customer_uid</translation>
    </message>
    <message>
        <source>Test channel</source>
        <translation>Test channel</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Channel group</source>
        <translation>Channel group</translation>
    </message>
    <message>
        <source>Succeeded %1 · </source>
        <translation>Succeeded %1 · </translation>
    </message>
    <message>
        <source>Failed %1</source>
        <translation>Failed %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3 — %4</source>
        <translation>%1 (%2): %3 — %4</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Customer id</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>%1 %2 (%3), registered %4</source>
        <translation>%1 %2 (%3), registered %4</translation>
    </message>
    <message>
        <source>Super billing key of channel group %1</source>
        <translation>Super billing key of channel group %1</translation>
    </message>
    <message>
        <source>Look it up</source>
        <translation>Look it up</translation>
    </message>
    <message>
        <source>Look up the billing key</source>
        <translation>Look up the billing key</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Registered billing key</source>
        <translation>Registered billing key</translation>
    </message>
    <message>
        <source>&lt;b&gt;Outcome unknown&lt;/b&gt; — the billing key for &lt;b&gt;%1&lt;/b&gt; may or may not have been registered. Look it up before retrying; the card details were wiped and are not sent again.</source>
        <translation>&lt;b&gt;Outcome unknown&lt;/b&gt; — the billing key for &lt;b&gt;%1&lt;/b&gt; may or may not have been registered. Look it up before retrying; the card details were wiped and are not sent again.</translation>
    </message>
    <message>
        <source>No billing key is registered for &lt;b&gt;%1&lt;/b&gt;: the registration did not happen. You can register again.</source>
        <translation>No billing key is registered for &lt;b&gt;%1&lt;/b&gt;: the registration did not happen. You can register again.</translation>
    </message>
    <message>
        <source>No billing key registered yet. Enter the customer_uid, pick the channel and type the card details, then press Register billing key. The result appears here.</source>
        <translation>No billing key registered yet. Enter the customer_uid, pick the channel and type the card details, then press Register billing key. The result appears here.</translation>
    </message>
</context>
<context>
    <name>portone::RequestLifecycle</name>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
</context>
<context>
    <name>portone::RequestProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Request in progress</translation>
    </message>
    <message>
        <source>Cancel the running request</source>
        <translation>Cancel the running request</translation>
    </message>
    <message>
        <source>Cancel the running request (Esc)</source>
        <translation>Cancel the running request (Esc)</translation>
    </message>
    <message>
        <source>Request progress</source>
        <translation>Request progress</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Finished: %1</translation>
    </message>
</context>
<context>
    <name>portone::ResultView</name>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Raw answer (masked)</source>
        <translation>Raw answer (masked)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Raw JSON (masked)</source>
        <translation>Raw JSON (masked)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copy %1</translation>
    </message>
</context>
<context>
    <name>portone::ScheduleActionTexts</name>
    <message>
        <source>• and %1 more</source>
        <translation>• and %1 more</translation>
    </message>
    <message>
        <source>%1 (%2 KST)</source>
        <translation>%1 (%2 KST)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 (merchant_uid %5)</source>
        <translation>%1 · %2 · %3 · %4 (merchant_uid %5)</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled payment(s) of %1 will be cancelled: PortOne will not charge them. Only these are cancelled; other schedules stay as they are.</source>
        <translation>
            <numerusform>%n scheduled payment(s) of %1 will be cancelled: PortOne will not charge them. Only these are cancelled; other schedules stay as they are.</numerusform>
            <numerusform>&lt;b&gt;Refunds&lt;/b&gt; (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Total not charged: %1</source>
        <translation>Total not charged: %1</translation>
    </message>
    <message>
        <source>A cancelled schedule cannot be restored; it can only be scheduled again.</source>
        <translation>A cancelled schedule cannot be restored; it can only be scheduled again.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n scheduled payment(s)</source>
        <translation>
            <numerusform>Cancel %n scheduled payment(s)</numerusform>
            <numerusform>Cancel %n scheduled payment(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n payment(s)</source>
        <translation>
            <numerusform>Cancel %n payment(s)</numerusform>
            <numerusform>Cancel %n payment(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Keep them</translation>
    </message>
    <message>
        <source>Cancel every scheduled payment of %1</source>
        <translation>Cancel every scheduled payment of %1</translation>
    </message>
    <message>
        <source>PortOne will cancel EVERY payment still scheduled for the billing key %1, also those outside the range shown in the table.</source>
        <translation>PortOne will cancel EVERY payment still scheduled for the billing key %1, also those outside the range shown in the table.</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled payment(s) were found just now (every 3-month window up to %1), %2 in total:</source>
        <translation>
            <numerusform>%n scheduled payment(s) were found just now (every 3-month window up to %1), %2 in total:</numerusform>
            <numerusform>%n scheduled payment(s) were found just now (every 3-month window up to %1), %2 in total:</numerusform>
        </translation>
    </message>
    <message>
        <source>To confirm, type the number of payments that will be cancelled (%1) and give a reason.</source>
        <translation>To confirm, type the number of payments that will be cancelled (%1) and give a reason.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel all %n</source>
        <translation>
            <numerusform>Cancel all %n</numerusform>
            <numerusform>Cancel all %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The scheduled payment of %1 (%2, merchant_uid %3) will be charged at another time.</source>
        <translation>The scheduled payment of %1 (%2, merchant_uid %3) will be charged at another time.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <source>New time: %1</source>
        <translation>New time: %1</translation>
    </message>
    <message>
        <source>UNIX seconds sent: %1</source>
        <translation>UNIX seconds sent: %1</translation>
    </message>
    <message>
        <source>Change the time of a scheduled payment</source>
        <translation>Change the time of a scheduled payment</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>Change the time</translation>
    </message>
    <message>
        <source>Keep the time</source>
        <translation>Keep the time</translation>
    </message>
    <message>
        <source>%1 will be charged NOW to the card of the billing key %2 (merchant_uid %3, %4).</source>
        <translation>%1 will be charged NOW to the card of the billing key %2 (merchant_uid %3, %4).</translation>
    </message>
    <message>
        <source>It failed before: %1</source>
        <translation>It failed before: %1</translation>
    </message>
    <message>
        <source>It was cancelled before it ran.</source>
        <translation>It was cancelled before it ran.</translation>
    </message>
    <message>
        <source>If the answer is lost, look the schedule up before anything else: it is never sent again by itself.</source>
        <translation>If the answer is lost, look the schedule up before anything else: it is never sent again by itself.</translation>
    </message>
    <message>
        <source>Charge a failed scheduled payment now</source>
        <translation>Charge a failed scheduled payment now</translation>
    </message>
    <message>
        <source>Charge %1 now</source>
        <translation>Charge %1 now</translation>
    </message>
    <message>
        <source>Do not charge</source>
        <translation>Do not charge</translation>
    </message>
    <message>
        <source>The payment of %1 (%2, merchant_uid %3) will be scheduled again: PortOne will charge it at %4.</source>
        <translation>The payment of %1 (%2, merchant_uid %3) will be scheduled again: PortOne will charge it at %4.</translation>
    </message>
    <message>
        <source>Schedule a failed payment again</source>
        <translation>Schedule a failed payment again</translation>
    </message>
    <message>
        <source>Schedule again</source>
        <translation>Schedule again</translation>
    </message>
    <message>
        <source>Do not schedule</source>
        <translation>Do not schedule</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n scheduled payment(s) (%1): they will not be charged.</source>
        <translation>
            <numerusform>Cancelled %n scheduled payment(s) (%1): they will not be charged.</numerusform>
            <numerusform>Cancelled %n scheduled payment(s) (%1): they will not be charged.</numerusform>
        </translation>
    </message>
    <message>
        <source>The payment merchant_uid %1 is now scheduled for %2.</source>
        <translation>The payment merchant_uid %1 is now scheduled for %2.</translation>
    </message>
    <message>
        <source>The payment merchant_uid %1 is scheduled again for %2.</source>
        <translation>The payment merchant_uid %1 is scheduled again for %2.</translation>
    </message>
    <message>
        <source>Paid: %1 was charged (merchant_uid %2, imp_uid %3).</source>
        <translation>Paid: %1 was charged (merchant_uid %2, imp_uid %3).</translation>
    </message>
    <message>
        <source>Declined by the card company: nothing was charged (merchant_uid %1). PortOne&apos;s reason: %2</source>
        <translation>Declined by the card company: nothing was charged (merchant_uid %1). PortOne&apos;s reason: %2</translation>
    </message>
    <message>
        <source>PortOne answered, but the payment&apos;s status is &quot;%1&quot;, not paid: look the schedule up before doing anything else (merchant_uid %2).</source>
        <translation>PortOne answered, but the payment&apos;s status is &quot;%1&quot;, not paid: look the schedule up before doing anything else (merchant_uid %2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Outcome unknown&lt;/b&gt; — %1 may or may not have been done: the answer was lost. Look the schedule(s) up (merchant_uid %2) before doing anything else; nothing is sent again by itself.</source>
        <translation>&lt;b&gt;Outcome unknown&lt;/b&gt; — %1 may or may not have been done: the answer was lost. Look the schedule(s) up (merchant_uid %2) before doing anything else; nothing is sent again by itself.</translation>
    </message>
    <message>
        <source>merchant_uid %1: %2, %3</source>
        <translation>merchant_uid %1: %2, %3</translation>
    </message>
    <message>
        <source>, payment %1</source>
        <translation>, payment %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (merchant_uid %4)</source>
        <translation>%1 · %2 · %3 (merchant_uid %4)</translation>
    </message>
</context>
<context>
    <name>portone::ScheduleActions</name>
    <message>
        <source>Look the schedules up</source>
        <translation>Look the schedules up</translation>
    </message>
    <message>
        <source>Cancel selected…</source>
        <translation>Cancel selected…</translation>
    </message>
    <message>
        <source>Change time…</source>
        <translation>Change time…</translation>
    </message>
    <message>
        <source>Retry now…</source>
        <translation>Retry now…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Reschedule…</translation>
    </message>
    <message>
        <source>Cancel every schedule of this customer…</source>
        <translation>Cancel every schedule of this customer…</translation>
    </message>
    <message>
        <source>Result of the schedule action</source>
        <translation>Result of the schedule action</translation>
    </message>
    <message>
        <source>The new time, in this computer&apos;s time zone (%1)</source>
        <translation>The new time, in this computer&apos;s time zone (%1)</translation>
    </message>
    <message>
        <source>Cancel the selected scheduled payments (only those)</source>
        <translation>Cancel the selected scheduled payments (only those)</translation>
    </message>
    <message>
        <source>Cancel every payment still scheduled for this billing key, in any range</source>
        <translation>Cancel every payment still scheduled for this billing key, in any range</translation>
    </message>
    <message>
        <source>Charge a failed or cancelled scheduled payment now</source>
        <translation>Charge a failed or cancelled scheduled payment now</translation>
    </message>
    <message>
        <source>Schedule a failed or cancelled payment again</source>
        <translation>Schedule a failed or cancelled payment again</translation>
    </message>
    <message>
        <source>New time:</source>
        <translation>New time:</translation>
    </message>
    <message>
        <source>New time</source>
        <translation>New time</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n selected…</source>
        <translation>
            <numerusform>Cancel %n selected…</numerusform>
            <numerusform>Cancel %n selected…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select scheduled payments to cancel them, or one to change its time; select a failed or cancelled one to retry or reschedule it.</source>
        <translation>Select scheduled payments to cancel them, or one to change its time; select a failed or cancelled one to retry or reschedule it.</translation>
    </message>
    <message>
        <source>The outcome of the last action on the selection is unknown: look the schedules up first.</source>
        <translation>The outcome of the last action on the selection is unknown: look the schedules up first.</translation>
    </message>
    <message>
        <source>Only payments still scheduled can be cancelled: the selection also holds executed or cancelled ones.</source>
        <translation>Only payments still scheduled can be cancelled: the selection also holds executed or cancelled ones.</translation>
    </message>
    <message>
        <source>Choose a time in the future (it is %1 now).</source>
        <translation>Choose a time in the future (it is %1 now).</translation>
    </message>
    <message numerus="yes">
        <source>the cancellation of %n scheduled payment(s)</source>
        <translation>
            <numerusform>the cancellation of %n scheduled payment(s)</numerusform>
            <numerusform>the cancellation of %n scheduled payment(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelling %n scheduled payment(s)…</source>
        <translation>
            <numerusform>Cancelling %n scheduled payment(s)…</numerusform>
            <numerusform>Cancelling %n scheduled payment(s)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding every schedule of %1: window %2 of %3…</source>
        <translation>Finding every schedule of %1: window %2 of %3…</translation>
    </message>
    <message>
        <source>No payment is scheduled for %1 (searched up to %2): nothing to cancel.</source>
        <translation>No payment is scheduled for %1 (searched up to %2): nothing to cancel.</translation>
    </message>
    <message>
        <source>the cancellation of every schedule of %1</source>
        <translation>the cancellation of every schedule of %1</translation>
    </message>
    <message>
        <source>Cancelling every scheduled payment of %1…</source>
        <translation>Cancelling every scheduled payment of %1…</translation>
    </message>
    <message>
        <source>the change of time of %1</source>
        <translation>the change of time of %1</translation>
    </message>
    <message>
        <source>Changing the time of %1…</source>
        <translation>Changing the time of %1…</translation>
    </message>
    <message>
        <source>scheduling %1 again</source>
        <translation>scheduling %1 again</translation>
    </message>
    <message>
        <source>Scheduling %1 again…</source>
        <translation>Scheduling %1 again…</translation>
    </message>
    <message>
        <source>the charge of %1 now</source>
        <translation>the charge of %1 now</translation>
    </message>
    <message>
        <source>Charging %1 now…</source>
        <translation>Charging %1 now…</translation>
    </message>
    <message>
        <source>Looking up merchant_uid %1…</source>
        <translation>Looking up merchant_uid %1…</translation>
    </message>
    <message>
        <source>As PortOne has them now:</source>
        <translation>As PortOne has them now:</translation>
    </message>
</context>
<context>
    <name>portone::ScheduleForm</name>
    <message>
        <source>Add a payment</source>
        <translation>Add a payment</translation>
    </message>
    <message>
        <source>Look the merchant_uids up</source>
        <translation>Look the merchant_uids up</translation>
    </message>
    <message>
        <source>Scheduling result</source>
        <translation>Scheduling result</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Schedule…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Preview of the request</source>
        <translation>Preview of the request</translation>
    </message>
    <message>
        <source>Schedule the payments</source>
        <translation>Schedule the payments</translation>
    </message>
    <message>
        <source>What will be sent (card data masked, if any):</source>
        <translation>What will be sent (card data masked, if any):</translation>
    </message>
    <message>
        <source>Schedule payments — %1</source>
        <translation>Schedule payments — %1</translation>
    </message>
    <message>
        <source>Scheduled payments for the billing key %1</source>
        <translation>Scheduled payments for the billing key %1</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Looking up %1…</translation>
    </message>
</context>
<context>
    <name>portone::ScheduleRangeForm</name>
    <message>
        <source>Load</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Scheduled (scheduled)</source>
        <translation>Scheduled (scheduled)</translation>
    </message>
    <message>
        <source>Executed (executed)</source>
        <translation>Executed (executed)</translation>
    </message>
    <message>
        <source>Revoked (revoked)</source>
        <translation>Revoked (revoked)</translation>
    </message>
    <message>
        <source>Load the scheduled payments</source>
        <translation>Load the scheduled payments</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Whole days, both included, by the time each payment is scheduled for. Any length: PortOne is asked 3 months at a time.</source>
        <translation>Whole days, both included, by the time each payment is scheduled for. Any length: PortOne is asked 3 months at a time.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Days:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <source>The last day must be on or after the first day.</source>
        <translation>The last day must be on or after the first day.</translation>
    </message>
</context>
<context>
    <name>portone::ScheduleRowsEditor</name>
    <message>
        <source>Date and time (your time zone)</source>
        <translation>Date and time (your time zone)</translation>
    </message>
    <message>
        <source>Korean time</source>
        <translation>Korean time</translation>
    </message>
    <message>
        <source>Amount (KRW)</source>
        <translation>Amount (KRW)</translation>
    </message>
    <message>
        <source>Order name (name)</source>
        <translation>Order name (name)</translation>
    </message>
    <message>
        <source>Remove this payment</source>
        <translation>Remove this payment</translation>
    </message>
    <message>
        <source>Payment %1: date and time</source>
        <translation>Payment %1: date and time</translation>
    </message>
    <message>
        <source>Payment %1: amount in won</source>
        <translation>Payment %1: amount in won</translation>
    </message>
    <message>
        <source>Payment %1: order name</source>
        <translation>Payment %1: order name</translation>
    </message>
    <message>
        <source>Payment %1: merchant_uid</source>
        <translation>Payment %1: merchant_uid</translation>
    </message>
    <message>
        <source>Remove payment %1</source>
        <translation>Remove payment %1</translation>
    </message>
    <message>
        <source>Enter a whole amount in won, e.g. 9,900.</source>
        <translation>Enter a whole amount in won, e.g. 9,900.</translation>
    </message>
</context>
<context>
    <name>portone::ScheduleSearch</name>
    <message>
        <source>Choose a range whose end is after its start.</source>
        <translation>Choose a range whose end is after its start.</translation>
    </message>
    <message>
        <source>A page holds 1 to 1000 schedules.</source>
        <translation>A page holds 1 to 1000 schedules.</translation>
    </message>
    <message>
        <source>No active connection profile.</source>
        <translation>No active connection profile.</translation>
    </message>
</context>
<context>
    <name>portone::ScheduleTableModel</name>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Executed</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Scheduled at</source>
        <translation>Scheduled at</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Order name</source>
        <translation>Order name</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Payment status</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Failure reason</translation>
    </message>
</context>
<context>
    <name>portone::ScheduleTexts</name>
    <message>
        <source>schedule_at %1 (UNIX seconds)</source>
        <translation>schedule_at %1 (UNIX seconds)</translation>
    </message>
    <message numerus="yes">
        <source>Schedule %n payment(s) for %1</source>
        <translation>
            <numerusform>Schedule %n payment for %1</numerusform>
            <numerusform>Schedule %n payments for %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Billing key (customer_uid): %1</source>
        <translation>Billing key (customer_uid): %1</translation>
    </message>
    <message>
        <source>Payments: %1</source>
        <translation>Payments: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>First: %1</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>Last: %1</translation>
    </message>
    <message>
        <source>• %1 · %2 · %3 (merchant_uid %4)</source>
        <translation>• %1 · %2 · %3 (merchant_uid %4)</translation>
    </message>
    <message>
        <source>PortOne charges the card at each time by itself, unless the payment is cancelled before.</source>
        <translation>PortOne charges the card at each time by itself, unless the payment is cancelled before.</translation>
    </message>
    <message numerus="yes">
        <source>Schedule %n payment(s)</source>
        <translation>
            <numerusform>Schedule %n payment</numerusform>
            <numerusform>Schedule %n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scheduling %n payment(s) for %1…</source>
        <translation>
            <numerusform>Scheduling %n payment for %1…</numerusform>
            <numerusform>Scheduling %n payments for %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scheduled %n payment(s) for %1, %2 in total, from %3 to %4. The Schedules tab of the key shows them.</source>
        <translation>
            <numerusform>Scheduled %n payment for %1, %2 in total, from %3 to %4. The Schedules tab of the key shows it.</numerusform>
            <numerusform>Scheduled %n payments for %1, %2 in total, from %3 to %4. The Schedules tab of the key shows them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Outcome unknown&lt;/b&gt; — the request to schedule %n payment(s) for %1 was sent, but no answer came (%2). Look the merchant_uids up before sending it again; sending the same ones again cannot schedule them twice.</source>
        <translation>
            <numerusform>&lt;b&gt;Outcome unknown&lt;/b&gt; — the request to schedule %n payment for %1 was sent, but no answer came (%2). Look its merchant_uid up before sending it again; sending the same one again cannot schedule it twice.</numerusform>
            <numerusform>&lt;b&gt;Outcome unknown&lt;/b&gt; — the request to schedule %n payments for %1 was sent, but no answer came (%2). Look the merchant_uids up before sending it again; sending the same ones again cannot schedule them twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PortOne has all %n payment(s): they were scheduled.</source>
        <translation>
            <numerusform>PortOne has the payment: it was scheduled.</numerusform>
            <numerusform>PortOne has all %n payments: they were scheduled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PortOne has none of the %n payment(s): nothing was scheduled. You can send the form again.</source>
        <translation>
            <numerusform>PortOne does not have the payment: nothing was scheduled. You can send the form again.</numerusform>
            <numerusform>PortOne has none of the %n payments: nothing was scheduled. You can send the form again.</numerusform>
        </translation>
    </message>
    <message>
        <source>PortOne has %1 but not %2.</source>
        <translation>PortOne has %1 but not %2.</translation>
    </message>
</context>
<context>
    <name>portone::SchedulesWorkspace</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Include personal data</source>
        <translation>Include personal data</translation>
    </message>
    <message>
        <source>Cancel the listing</source>
        <translation>Cancel the listing</translation>
    </message>
    <message>
        <source>Listing progress</source>
        <translation>Listing progress</translation>
    </message>
    <message>
        <source>Schedules listed so far</source>
        <translation>Schedules listed so far</translation>
    </message>
    <message>
        <source>Listing outcome</source>
        <translation>Listing outcome</translation>
    </message>
    <message>
        <source>Writes the listed schedules, in the table&apos;s order, to a CSV file.</source>
        <translation>Writes the listed schedules, in the table&apos;s order, to a CSV file.</translation>
    </message>
    <message>
        <source>Also export customer_id and the buyer&apos;s name, email, phone, address and postcode</source>
        <translation>Also export customer_id and the buyer&apos;s name, email, phone, address and postcode</translation>
    </message>
    <message>
        <source>Scheduled payments of every customer</source>
        <translation>Scheduled payments of every customer</translation>
    </message>
    <message>
        <source>Nothing listed yet. Choose the days and a status, then press Load.</source>
        <translation>Nothing listed yet. Choose the days and a status, then press Load.</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Schedules</translation>
    </message>
    <message numerus="yes">
        <source>%n schedule(s) so far</source>
        <translation>
            <numerusform>%n schedule so far</numerusform>
            <numerusform>%n schedules so far</numerusform>
        </translation>
    </message>
    <message>
        <source>Window %1 of %2 (3 months each)</source>
        <translation>Window %1 of %2 (3 months each)</translation>
    </message>
    <message numerus="yes">
        <source>%n schedule(s)</source>
        <translation>
            <numerusform>%n schedule</numerusform>
            <numerusform>%n schedules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n schedule(s).</source>
        <translation>
            <numerusform>Found %n schedule.</numerusform>
            <numerusform>Found %n schedules.</numerusform>
        </translation>
    </message>
    <message>
        <source>The listing stopped at %1 schedules, the most the table holds; choose fewer days or a status for the rest.</source>
        <translation>The listing stopped at %1 schedules, the most the table holds; choose fewer days or a status for the rest.</translation>
    </message>
    <message numerus="yes">
        <source>Listing cancelled after %n schedule(s); those are shown.</source>
        <translation>
            <numerusform>Listing cancelled after %n schedule; it is shown.</numerusform>
            <numerusform>Listing cancelled after %n schedules; those are shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The listing stopped on the error above after %n schedule(s); those are shown.</source>
        <translation>
            <numerusform>The listing stopped on the error above after %n schedule; it is shown.</numerusform>
            <numerusform>The listing stopped on the error above after %n schedules; those are shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>An export of them is marked incomplete.</source>
        <translation>An export of them is marked incomplete.</translation>
    </message>
    <message>
        <source>Export schedules</source>
        <translation>Export schedules</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n schedule(s) to %1.</source>
        <translation>
            <numerusform>Exported %n schedule to %1.</numerusform>
            <numerusform>Exported %n schedules to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The listing was not complete: %1 holds only the %n schedule(s) listed, and its name says it is INCOMPLETE.</source>
        <translation>
            <numerusform>The listing was not complete: %1 holds only the %n schedule listed, and its name says it is INCOMPLETE.</numerusform>
            <numerusform>The listing was not complete: %1 holds only the %n schedules listed, and its name says it is INCOMPLETE.</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile is active. Choose a profile to list schedules.</source>
        <translation>No profile is active. Choose a profile to list schedules.</translation>
    </message>
</context>
<context>
    <name>portone::StorageWarningLabel</name>
    <message>
        <source>Storage warning</source>
        <translation>Storage warning</translation>
    </message>
</context>
<context>
    <name>portone::StoredSecretCredentialSource</name>
    <message>
        <source>The keychain is no longer available.</source>
        <translation>The keychain is no longer available.</translation>
    </message>
</context>
<context>
    <name>portone::TimeZoneCombo</name>
    <message>
        <source>Korea (KST, UTC+9)</source>
        <translation>Korea (KST, UTC+9)</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone</source>
        <translation>This computer&apos;s time zone</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
</context>
<context>
    <name>portone::TokenStatusLabel</name>
    <message>
        <source>Token: none yet</source>
        <translation>Token: none yet</translation>
    </message>
    <message>
        <source>Token: refreshing…</source>
        <translation>Token: refreshing…</translation>
    </message>
    <message>
        <source>Token: failed — %1</source>
        <translation>Token: failed — %1</translation>
    </message>
    <message>
        <source>Token: valid until %1 (%2:%3 left)</source>
        <translation>Token: valid until %1 (%2:%3 left)</translation>
    </message>
    <message>
        <source>Token status</source>
        <translation>Token status</translation>
    </message>
    <message>
        <source>Token: valid until %1</source>
        <translation>Token: valid until %1</translation>
    </message>
</context>
<context>
    <name>portone::WelcomePage</name>
    <message>
        <source>Try the built-in Sandbox</source>
        <translation>Try the built-in Sandbox</translation>
    </message>
    <message>
        <source>Add a merchant profile</source>
        <translation>Add a merchant profile</translation>
    </message>
    <message>
        <source>Welcome to PortOne Desk</source>
        <translation>Welcome to PortOne Desk</translation>
    </message>
    <message>
        <source>Run OTP identity certifications, look up, register and delete billing keys (with their payments and schedules), check and spend Benepia points, and look up payments through the PortOne V1 REST API, without writing code. Every request is kept in a masked history and every change in an audit log.</source>
        <translation>Run OTP identity certifications, look up, register and delete billing keys (with their payments and schedules), check and spend Benepia points, and look up payments through the PortOne V1 REST API, without writing code. Every request is kept in a masked history and every change in an audit log.</translation>
    </message>
    <message>
        <source>A local PortOne emulator with test data. No keys needed, and nothing leaves this computer.</source>
        <translation>A local PortOne emulator with test data. No keys needed, and nothing leaves this computer.</translation>
    </message>
    <message>
        <source>Use your imp_key and imp_secret from the PortOne admin console. The secret is stored in the system keychain.</source>
        <translation>Use your imp_key and imp_secret from the PortOne admin console. The secret is stored in the system keychain.</translation>
    </message>
</context>
<context>
    <name>portone::profiles</name>
    <message>
        <source>Enter a number of seconds from %1 to %2.</source>
        <translation>Enter a number of seconds from %1 to %2.</translation>
    </message>
    <message>
        <source>A live profile must use https://. Plain http is only for a local test sandbox: untick “Live account” to use this address.</source>
        <translation>A live profile must use https://. Plain http is only for a local test sandbox: untick “Live account” to use this address.</translation>
    </message>
    <message>
        <source>This merchant profile no longer exists; choose another one.</source>
        <translation>This merchant profile no longer exists; choose another one.</translation>
    </message>
    <message>
        <source>The saved API secret is empty; enter it again.</source>
        <translation>The saved API secret is empty; enter it again.</translation>
    </message>
    <message>
        <source>Enter a name for this profile.</source>
        <translation>Enter a name for this profile.</translation>
    </message>
    <message>
        <source>Enter the REST API key (imp_key) from the PortOne console.</source>
        <translation>Enter the REST API key (imp_key) from the PortOne console.</translation>
    </message>
    <message>
        <source>Enter a full address, for example https://api.iamport.kr.</source>
        <translation>Enter a full address, for example https://api.iamport.kr.</translation>
    </message>
    <message>
        <source>The address must start with https:// (plain http is allowed only for this computer).</source>
        <translation>The address must start with https:// (plain http is allowed only for this computer).</translation>
    </message>
    <message>
        <source>This profile already exists.</source>
        <translation>This profile already exists.</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>This profile no longer exists.</translation>
    </message>
</context>
<context>
    <name>portone::rules</name>
    <message>
        <source>Payments can be searched at most %1 days at a time; shorten the range.</source>
        <translation>Payments can be searched at most %1 days at a time; shorten the range.</translation>
    </message>
    <message>
        <source>The tax-free part cannot exceed the refund amount.</source>
        <translation>The tax-free part cannot exceed the refund amount.</translation>
    </message>
    <message>
        <source>More than the cancellable balance (%L1).</source>
        <translation>More than the cancellable balance (%L1).</translation>
    </message>
    <message>
        <source>Look the payment up first: a refund sends the cancellable balance it was based on.</source>
        <translation>Look the payment up first: a refund sends the cancellable balance it was based on.</translation>
    </message>
    <message>
        <source>Enter the imp_uid or the merchant_uid of the payment.</source>
        <translation>Enter the imp_uid or the merchant_uid of the payment.</translation>
    </message>
    <message>
        <source>Between 1 and %1 per page.</source>
        <translation>Between 1 and %1 per page.</translation>
    </message>
    <message>
        <source>Enter 0 or more.</source>
        <translation>Enter 0 or more.</translation>
    </message>
    <message>
        <source>%1 ids: at most %2 can be looked up in one request.</source>
        <translation>%1 ids: at most %2 can be looked up in one request.</translation>
    </message>
    <message>
        <source>&quot;.&quot; and &quot;..&quot; cannot be used as an ID.</source>
        <translation>&quot;.&quot; and &quot;..&quot; cannot be used as an ID.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>At most %1 characters (now %2).</translation>
    </message>
    <message>
        <source>Enter the card number: 13 to 19 digits.</source>
        <translation>Enter the card number: 13 to 19 digits.</translation>
    </message>
    <message>
        <source>This card number fails the check-digit test; check for a typo.</source>
        <translation>This card number fails the check-digit test; check for a typo.</translation>
    </message>
    <message>
        <source>Enter the expiry as YYYY-MM, for example 2028-04.</source>
        <translation>Enter the expiry as YYYY-MM, for example 2028-04.</translation>
    </message>
    <message>
        <source>The expiry month must be between 01 and 12.</source>
        <translation>The expiry month must be between 01 and 12.</translation>
    </message>
    <message>
        <source>The expiry year must be between 2000 and 2099.</source>
        <translation>The expiry year must be between 2000 and 2099.</translation>
    </message>
    <message>
        <source>Enter the date of birth as YYMMDD (6 digits), or for a corporate card the 10-digit business registration number.</source>
        <translation>Enter the date of birth as YYMMDD (6 digits), or for a corporate card the 10-digit business registration number.</translation>
    </message>
    <message>
        <source>Enter the first 2 digits of the card password.</source>
        <translation>Enter the first 2 digits of the card password.</translation>
    </message>
    <message>
        <source>Enter the CVC: 3 or 4 digits.</source>
        <translation>Enter the CVC: 3 or 4 digits.</translation>
    </message>
    <message>
        <source>Enter a real date of birth as YYMMDD, for example 900131.</source>
        <translation>Enter a real date of birth as YYMMDD, for example 900131.</translation>
    </message>
    <message>
        <source>Enter one digit from 1 to 8: the first digit of the back part of the resident registration number.</source>
        <translation>Enter one digit from 1 to 8: the first digit of the back part of the resident registration number.</translation>
    </message>
    <message>
        <source>Enter the phone number: 9 to 11 digits starting with 0 (- . and spaces allowed).</source>
        <translation>Enter the phone number: 9 to 11 digits starting with 0 (- . and spaces allowed).</translation>
    </message>
    <message>
        <source>Enter the code from the text message (digits only).</source>
        <translation>Enter the code from the text message (digits only).</translation>
    </message>
    <message>
        <source>The tier code is exactly 3 capital letters or digits, for example A01.</source>
        <translation>The tier code is exactly 3 capital letters or digits, for example A01.</translation>
    </message>
    <message>
        <source>Enter an amount greater than 0.</source>
        <translation>Enter an amount greater than 0.</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1 (at character %2).</source>
        <translation>This is not valid JSON: %1 (at character %2).</translation>
    </message>
    <message>
        <source>Enter a JSON object, for example {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation>Enter a JSON object, for example {&quot;key&quot;: &quot;value&quot;}.</translation>
    </message>
    <message>
        <source>Choose the carrier: SKT, KT or LGT.</source>
        <translation>Choose the carrier: SKT, KT or LGT.</translation>
    </message>
    <message>
        <source>Choose the verification method: SMS or APP.</source>
        <translation>Choose the verification method: SMS or APP.</translation>
    </message>
    <message>
        <source>Choose the status: scheduled, executed or revoked.</source>
        <translation>Choose the status: scheduled, executed or revoked.</translation>
    </message>
    <message>
        <source>Enter an ID.</source>
        <translation>Enter an ID.</translation>
    </message>
    <message>
        <source>The ID contains a control character (such as a line break).</source>
        <translation>The ID contains a control character (such as a line break).</translation>
    </message>
    <message>
        <source>Choose a channel (channel_key), or enter the older pg value.</source>
        <translation>Choose a channel (channel_key), or enter the older pg value.</translation>
    </message>
    <message>
        <source>Enter a start time.</source>
        <translation>Enter a start time.</translation>
    </message>
    <message>
        <source>Enter an end time.</source>
        <translation>Enter an end time.</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
    <message>
        <source>Schedules can be searched at most 3 months at a time; shorten the range.</source>
        <translation>Schedules can be searched at most 3 months at a time; shorten the range.</translation>
    </message>
    <message>
        <source>Pages start at 1.</source>
        <translation>Pages start at 1.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Use one of: %1.</translation>
    </message>
    <message>
        <source>Cannot exceed the amount (%L1).</source>
        <translation>Cannot exceed the amount (%L1).</translation>
    </message>
    <message>
        <source>Installments are 2 months or more (0: lump sum).</source>
        <translation>Installments are 2 months or more (0: lump sum).</translation>
    </message>
    <message>
        <source>Installments need an amount of at least %L1.</source>
        <translation>Installments need an amount of at least %L1.</translation>
    </message>
    <message>
        <source>A three-letter currency code, such as KRW or USD.</source>
        <translation>A three-letter currency code, such as KRW or USD.</translation>
    </message>
    <message>
        <source>Enter a date and time.</source>
        <translation>Enter a date and time.</translation>
    </message>
    <message>
        <source>Choose a time in the future (now: %1 UTC).</source>
        <translation>Choose a time in the future (now: %1 UTC).</translation>
    </message>
    <message>
        <source>Enter 1 or more.</source>
        <translation>Enter 1 or more.</translation>
    </message>
    <message>
        <source>Add at least one payment.</source>
        <translation>Add at least one payment.</translation>
    </message>
    <message>
        <source>Each payment needs its own merchant_uid; %1 is used twice.</source>
        <translation>Each payment needs its own merchant_uid; %1 is used twice.</translation>
    </message>
    <message>
        <source>Choose the scheduled payments to cancel.</source>
        <translation>Choose the scheduled payments to cancel.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 is listed twice.</translation>
    </message>
</context>
<context>
    <name>portone::secrets</name>
    <message>
        <source>The keychain did not answer within %1 s; it may be locked. Unlock it and try again.</source>
        <translation>The keychain did not answer within %1 s; it may be locked. Unlock it and try again.</translation>
    </message>
    <message>
        <source>No API secret is saved for this profile.</source>
        <translation>No API secret is saved for this profile.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>Access to the keychain was refused.</translation>
    </message>
    <message>
        <source>The keychain is locked or has no default keyring. Unlock it (or create the login keyring) and try again.</source>
        <translation>The keychain is locked or has no default keyring. Unlock it (or create the login keyring) and try again.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>The keychain reported an error.</translation>
    </message>
    <message>
        <source>No keychain is available (the Secret Service is not running). You can keep the secret for this session only; it will not be saved.</source>
        <translation>No keychain is available (the Secret Service is not running). You can keep the secret for this session only; it will not be saved.</translation>
    </message>
</context>
</TS>
