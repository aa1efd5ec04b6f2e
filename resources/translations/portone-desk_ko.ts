<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason (recorded in the audit log):</source>
        <translation>사유 (감사 로그에 기록됩니다):</translation>
    </message>
</context>
<context>
    <name>TypedConfirmationDialog</name>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>확인하려면 %1을(를) 입력하세요:</translation>
    </message>
    <message>
        <source>Reason (reason):</source>
        <translation>삭제 사유 (reason):</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>지정 안 함</translation>
    </message>
    <message>
        <source>Customer (customer)</source>
        <translation>고객 (customer)</translation>
    </message>
    <message>
        <source>Admin (admin)</source>
        <translation>관리자 (admin)</translation>
    </message>
    <message>
        <source>Requester (extra[requester], Naver Pay):</source>
        <translation>요청자 (extra[requester], 네이버페이):</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>이름이 “%1”인 프로필이 없습니다.</translation>
    </message>
</context>
<context>
    <name>portone::AboutDialog</name>
    <message>
        <source>No profile active</source>
        <translation>활성 프로필 없음</translation>
    </message>
    <message>
        <source>%1 (built-in Sandbox)</source>
        <translation>%1 (내장 샌드박스)</translation>
    </message>
    <message>
        <source>%1 (profile “%2”, live account)</source>
        <translation>%1 (프로필 “%2”, 실결제 계정)</translation>
    </message>
    <message>
        <source>%1 (profile “%2”, test account)</source>
        <translation>%1 (프로필 “%2”, 테스트 계정)</translation>
    </message>
    <message>
        <source>About PortOne Desk</source>
        <translation>PortOne Desk 정보</translation>
    </message>
    <message>
        <source>PortOne Desk icon</source>
        <translation>PortOne Desk 아이콘</translation>
    </message>
    <message>
        <source>PortOne Desk</source>
        <translation>PortOne Desk</translation>
    </message>
    <message>
        <source>Desktop console for the PortOne V1 REST API.</source>
        <translation>PortOne V1 REST API를 위한 데스크톱 콘솔입니다.</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>홈페이지</translation>
    </message>
    <message>
        <source>PortOne Desk is proprietary software; all rights reserved. It uses Qt %1 under the LGPL-3.0 and QtKeychain under the BSD-3-Clause licence. Its icons were drawn for PortOne Desk and are under its licence.</source>
        <translation>PortOne Desk는 독점 소프트웨어이며 모든 권리를 보유합니다. LGPL-3.0 라이선스의 Qt %1과 BSD-3-Clause 라이선스의 QtKeychain을 사용합니다. 아이콘은 PortOne Desk를 위해 그려졌으며 PortOne Desk의 라이선스를 따릅니다.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>버전:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (빌드 시 %2)</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt 버전</translation>
    </message>
    <message>
        <source>PortOne API:</source>
        <translation>PortOne API:</translation>
    </message>
    <message>
        <source>PortOne API host in use</source>
        <translation>사용 중인 PortOne API 호스트</translation>
    </message>
    <message>
        <source>Homepage:</source>
        <translation>홈페이지:</translation>
    </message>
</context>
<context>
    <name>portone::ApiError</name>
    <message>
        <source>The answer was larger than this program accepts, so it was stopped and not read.</source>
        <translation>응답이 이 프로그램이 받는 크기보다 커서 중단했고 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>PortOne looked up only some of the ids; its message says why. The ones it found are shown; the others may exist.</source>
        <translation>포트원이 일부 ID만 조회했습니다. 이유는 포트원 메시지를 확인하세요. 찾은 항목은 표시되며, 나머지도 존재할 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: the server asks to slow down. Nothing was applied; try again in %n second(s).</source>
        <translation>
            <numerusform>요청이 너무 많습니다. 서버가 속도를 늦추라고 요청했습니다. 아무것도 적용되지 않았습니다. %n초 후에 다시 시도하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request was refused before anything was applied (by PortOne or by a gateway in front of it); the server&apos;s text is shown. Nothing was changed.</source>
        <translation>요청이 적용되기 전에 거부되었습니다(포트원 또는 그 앞의 게이트웨이가 거부). 서버가 보낸 문구를 함께 표시합니다. 변경된 것은 없습니다.</translation>
    </message>
    <message>
        <source>Too many requests: the server asks to slow down. Nothing was applied; try again in a moment.</source>
        <translation>요청이 너무 많습니다. 서버가 요청 속도를 늦추라고 합니다. 아무것도 적용되지 않았으니 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The PortOne server could not be reached. Check the network and the API address.</source>
        <translation>포트원 서버에 연결할 수 없습니다. 네트워크와 API 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>PortOne did not answer in time.</source>
        <translation>포트원이 제한 시간 안에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate was not accepted. Nothing was sent.</source>
        <translation>보안 연결에 실패했습니다. 서버 인증서를 신뢰할 수 없어 아무것도 전송하지 않았습니다.</translation>
    </message>
    <message>
        <source>PortOne found nothing with this id, or this account has no access to it.</source>
        <translation>포트원에서 이 ID로 찾은 항목이 없거나, 이 계정에 조회 권한이 없습니다.</translation>
    </message>
    <message>
        <source>The PortOne server reported an internal error.</source>
        <translation>포트원 서버에서 내부 오류가 발생했습니다.</translation>
    </message>
    <message>
        <source>PortOne refused the request; its message says why.</source>
        <translation>포트원이 요청을 거부했습니다. 사유는 응답 메시지를 확인하세요.</translation>
    </message>
    <message>
        <source>PortOne&apos;s answer could not be read.</source>
        <translation>포트원의 응답을 해석할 수 없습니다.</translation>
    </message>
    <message>
        <source>Some fields need correcting before the request can be sent. Nothing was sent.</source>
        <translation>요청을 보내려면 일부 항목을 수정해야 합니다. 아무것도 전송하지 않았습니다.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
    <message>
        <source>This profile is read-only: actions that change anything are disabled. Nothing was sent.</source>
        <translation>이 프로필은 조회 전용입니다. 변경하는 작업은 사용할 수 없으며, 아무것도 전송되지 않았습니다.</translation>
    </message>
    <message>
        <source>The outcome is unknown: the change may or may not have been applied. Look it up before trying again; it was not resent.</source>
        <translation>처리 결과를 알 수 없습니다. 변경이 반영되었을 수도, 반영되지 않았을 수도 있습니다. 다시 시도하기 전에 먼저 조회하세요. 요청은 재전송되지 않았습니다.</translation>
    </message>
    <message>
        <source>The connection to PortOne broke off before the whole answer arrived.</source>
        <translation>포트원의 응답을 끝까지 받기 전에 연결이 끊겼습니다.</translation>
    </message>
    <message>
        <source>PortOne refused the API keys or the access token, so nothing was applied. Check imp_key and imp_secret of this profile, and its Tier code if it acts for a sub-merchant.</source>
        <translation>포트원이 API 키 또는 액세스 토큰을 거부했으므로 아무것도 적용되지 않았습니다. 이 프로필의 imp_key와 imp_secret을 확인하고, 하위 상점을 대신하는 경우 Tier 코드도 확인하세요.</translation>
    </message>
</context>
<context>
    <name>portone::AuditLogTab</name>
    <message>
        <source>the keychain has not answered yet</source>
        <translation>키체인이 아직 응답하지 않음</translation>
    </message>
    <message>
        <source>The record of the audit log&apos;s end (the anchor file beside it) is missing, so the log&apos;s end cannot be confirmed: entries may have been removed.</source>
        <translation>감사 로그의 끝을 기록한 파일(옆에 있는 앵커 파일)이 없어 로그의 끝을 확인할 수 없습니다: 항목이 지워졌을 수 있습니다.</translation>
    </message>
    <message>
        <source>The record of the audit log&apos;s end (the anchor file beside it) has been altered: it does not carry the keychain key&apos;s signature.</source>
        <translation>감사 로그의 끝을 기록한 파일(옆에 있는 앵커 파일)이 변경되었습니다: 키체인 키의 서명이 맞지 않습니다.</translation>
    </message>
    <message>
        <source>The log is unkeyed, legacy: its %1 entries were written before it was keyed.</source>
        <translation>키가 없는 이전 형식의 로그입니다: 항목 %1개가 로그에 키가 적용되기 전에 기록되었습니다.</translation>
    </message>
    <message>
        <source>The log is unkeyed (%1): only its hash chain was checked, so a chain rewritten from the start would not be noticed.</source>
        <translation>이 로그에는 키가 없습니다(%1): 해시 체인만 확인했으므로 처음부터 다시 쓴 체인은 알아챌 수 없습니다.</translation>
    </message>
    <message>
        <source>The audit log has been replaced: its entry %1 is not the entry recorded with that number. Another log file was put in its place.</source>
        <translation>감사 로그가 바뀌었습니다: %1번 항목이 그 번호로 기록된 항목이 아닙니다. 다른 로그 파일이 그 자리에 놓였습니다.</translation>
    </message>
    <message>
        <source>The audit log has been altered: entries %1 to %2 are missing at its end. Its end was removed, or the file was replaced by an older copy. The %3 entries before them are intact.</source>
        <translation>감사 로그가 변경되었습니다: 끝부분의 항목 %1~%2번이 없습니다. 끝부분이 지워졌거나 파일이 예전 사본으로 바뀌었습니다. 그 앞의 항목 %3개는 온전합니다.</translation>
    </message>
    <message>
        <source>The audit log has been altered: %1 does not carry the keychain key&apos;s HMAC. It was rewritten by someone without the key. The entries before it (%2) are intact.</source>
        <translation>감사 로그가 변경되었습니다: %1에 키체인 키의 HMAC이 맞지 않습니다. 키가 없는 누군가가 다시 썼습니다. 그 앞의 항목(%2개)은 온전합니다.</translation>
    </message>
    <message>
        <source>The audit log forked: %1 continues the same entry as the one before it (two windows wrote at once). The entries before it (%2) are intact.</source>
        <translation>감사 로그가 갈라졌습니다: %1이(가) 바로 앞 항목과 같은 항목에 이어집니다(두 창이 동시에 기록함). 그 앞의 항목(%2개)은 온전합니다.</translation>
    </message>
    <message>
        <source>The audit log file is missing: %1 entries had been recorded in it. It was deleted or moved.</source>
        <translation>감사 로그 파일이 없습니다: 이 파일에는 항목 %1개가 기록되어 있었습니다. 삭제되었거나 옮겨졌습니다.</translation>
    </message>
    <message>
        <source>Every entry carries the keychain key&apos;s HMAC and matches it.</source>
        <translation>모든 항목에 키체인 키의 HMAC이 있고 일치합니다.</translation>
    </message>
    <message>
        <source>%1 entries carry the keychain key&apos;s HMAC and match it; %2 were written without it (before the log was keyed, or while the keychain was unavailable).</source>
        <translation>항목 %1개는 키체인 키의 HMAC이 있고 일치합니다. %2개는 키 없이 기록되었습니다(로그에 키가 적용되기 전이거나 키체인을 쓸 수 없던 동안).</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>체인 검증</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>Every state-changing action, every CI/DI reveal and every profile change, with the reason given. Each entry is chained to the one before it by a hash, so an edited or removed entry is detected.</source>
        <translation>상태를 바꾸는 모든 작업, 모든 CI/DI 표시, 모든 프로필 변경이 입력한 사유와 함께 기록됩니다. 각 항목은 해시로 이전 항목과 연결되어 있어 수정되거나 삭제된 항목을 찾아냅니다.</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>감사 로그 항목</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>OS 사용자</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>상세</translation>
    </message>
    <message>
        <source>Verify the audit log&apos;s hash chain</source>
        <translation>감사 로그의 해시 체인 검증</translation>
    </message>
    <message>
        <source>Export the audit log to CSV</source>
        <translation>감사 로그를 CSV로 내보내기</translation>
    </message>
    <message>
        <source>entry %1 (%2)</source>
        <translation>%1번 항목(%2)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1번째 줄</translation>
    </message>
    <message>
        <source>The audit log has been altered: %1 does not match the entries before it. It was edited, removed or reordered after it was written. The entries before it (%2) are intact.</source>
        <translation>감사 로그가 변경되었습니다: %1이(가) 이전 항목과 맞지 않습니다. 기록된 뒤에 수정, 삭제 또는 순서 변경이 있었습니다. 그 앞의 항목(%2개)은 온전합니다.</translation>
    </message>
    <message>
        <source>The last entry was interrupted by a crash while it was written (an incomplete line at the end of the file). The %1 entries before it are intact.</source>
        <translation>마지막 항목은 기록 중 비정상 종료로 중단되었습니다(파일 끝의 불완전한 줄). 그 앞의 항목 %1개는 온전합니다.</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries verified.</source>
        <translation>감사 로그가 온전합니다: 항목 %1개를 검증했습니다.</translation>
    </message>
    <message>
        <source>%1 earlier writes were cut short by a crash; the chain continues after them.</source>
        <translation>이전 기록 %1건이 비정상 종료로 중간에 끊겼지만, 체인은 그 뒤로 이어집니다.</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>검증 결과</translation>
    </message>
    <message>
        <source>The audit log has been altered</source>
        <translation>감사 로그가 변경되었습니다</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓰지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>감사 로그 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1(으)로 내보냈습니다.</translation>
    </message>
</context>
<context>
    <name>portone::BenepiaAccountFields</name>
    <message>
        <source>The customer&apos;s Benepia login id</source>
        <translation>고객의 베네피아 로그인 아이디</translation>
    </message>
    <message>
        <source>Not stored; cleared after each request</source>
        <translation>저장되지 않으며 요청할 때마다 지워집니다</translation>
    </message>
    <message>
        <source>The channel list could not be loaded (%1). Type the Benepia channel_key instead.</source>
        <translation>채널 목록을 불러오지 못했습니다(%1). 베네피아 채널 키(channel_key)를 직접 입력하세요.</translation>
    </message>
    <message>
        <source>Benepia user id:</source>
        <translation>베네피아 아이디:</translation>
    </message>
    <message>
        <source>Benepia password:</source>
        <translation>베네피아 비밀번호:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>채널:</translation>
    </message>
</context>
<context>
    <name>portone::BenepiaPaymentFields</name>
    <message>
        <source>&quot;%1&quot; is not a web address; enter one http(s):// address per line.</source>
        <translation>&quot;%1&quot;은(는) 웹 주소가 아닙니다. 한 줄에 http(s):// 주소를 하나씩 입력하세요.</translation>
    </message>
    <message>
        <source>Member code:</source>
        <translation>회원사 코드:</translation>
    </message>
    <message>
        <source>The merchant&apos;s Benepia member code</source>
        <translation>고객사의 베네피아 회원사 코드</translation>
    </message>
    <message>
        <source>⚠ No member code: this payment will be processed as a TEST payment.</source>
        <translation>⚠ 회원사 코드 없음: 이 결제는 테스트 결제로 처리됩니다.</translation>
    </message>
    <message>
        <source>merchant_uid (order number):</source>
        <translation>고객사 주문번호 (merchant_uid):</translation>
    </message>
    <message>
        <source>Amount (points):</source>
        <translation>결제 금액 (포인트):</translation>
    </message>
    <message>
        <source>e.g. 5,000</source>
        <translation>예: 5,000</translation>
    </message>
    <message>
        <source>Order name:</source>
        <translation>주문명:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Buyer (optional)&lt;/b&gt;</source>
        <translation>&lt;b&gt;구매자 (선택)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Buyer name:</source>
        <translation>구매자 이름:</translation>
    </message>
    <message>
        <source>Buyer email:</source>
        <translation>구매자 이메일:</translation>
    </message>
    <message>
        <source>Buyer phone:</source>
        <translation>구매자 전화번호:</translation>
    </message>
    <message>
        <source>Buyer address:</source>
        <translation>구매자 주소:</translation>
    </message>
    <message>
        <source>Buyer postcode:</source>
        <translation>구매자 우편번호:</translation>
    </message>
    <message>
        <source>Notice URLs:</source>
        <translation>웹훅 URL:</translation>
    </message>
    <message>
        <source>One https:// address per line (optional)</source>
        <translation>한 줄에 https:// 주소 하나씩 (선택)</translation>
    </message>
    <message>
        <source>Custom data:</source>
        <translation>추가 정보:</translation>
    </message>
    <message>
        <source>Stored with the payment as given (optional)</source>
        <translation>입력한 그대로 결제 건에 저장됩니다 (선택)</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>최대 %n자까지 입력할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last checked balance of %1: %2 P</source>
        <translation>%1의 마지막 조회 잔액: %2 P</translation>
    </message>
    <message>
        <source>Enter the amount in points.</source>
        <translation>결제할 포인트를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter a whole number of points, e.g. 5,000.</source>
        <translation>포인트는 정수로 입력하세요(예: 5,000).</translation>
    </message>
    <message>
        <source>%1 P is more than the last checked balance of %2 (%3 P); the payment would be refused.</source>
        <translation>%1 P는 %2의 마지막 조회 잔액(%3 P)보다 많아 결제가 거절됩니다.</translation>
    </message>
</context>
<context>
    <name>portone::BenepiaPaymentForm</name>
    <message>
        <source>Pay with points…</source>
        <translation>포인트로 결제…</translation>
    </message>
    <message>
        <source>Look up this merchant_uid</source>
        <translation>이 고객사 주문번호(merchant_uid) 조회</translation>
    </message>
    <message>
        <source>Pay with points</source>
        <translation>포인트로 결제</translation>
    </message>
    <message>
        <source>Look up the payment by merchant_uid</source>
        <translation>고객사 주문번호(merchant_uid)로 결제 조회</translation>
    </message>
    <message>
        <source>Paying %1 P from %2 (merchant_uid %3)…</source>
        <translation>%2 계정에서 %1 P 결제 중 (merchant_uid %3)…</translation>
    </message>
    <message>
        <source>Pay %1 P from the Benepia account %2?</source>
        <translation>베네피아 계정 %2에서 %1 P를 결제할까요?</translation>
    </message>
    <message>
        <source>Order name: %1</source>
        <translation>주문명: %1</translation>
    </message>
    <message>
        <source>merchant_uid: %1</source>
        <translation>고객사 주문번호 (merchant_uid): %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>채널: %1</translation>
    </message>
    <message>
        <source>No member code was entered: this will be processed as a TEST payment.</source>
        <translation>회원사 코드를 입력하지 않았습니다. 테스트 결제로 처리됩니다.</translation>
    </message>
    <message>
        <source>Member code: %1</source>
        <translation>회원사 코드: %1</translation>
    </message>
    <message>
        <source>Pay with Benepia points</source>
        <translation>베네피아 포인트로 결제</translation>
    </message>
    <message>
        <source>Pay %1 P</source>
        <translation>%1 P 결제</translation>
    </message>
    <message>
        <source>Paid — test payment</source>
        <translation>결제완료 — 테스트 결제</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>결제완료</translation>
    </message>
    <message>
        <source>&lt;b&gt;Outcome unknown&lt;/b&gt; — the payment may or may not have gone through. The same merchant_uid &lt;b&gt;%1&lt;/b&gt; is kept, so a retry cannot pay twice: PortOne refuses a merchant_uid that was already paid. Look the payment up first.</source>
        <translation>&lt;b&gt;결과 알 수 없음&lt;/b&gt; — 결제가 처리되었는지 확인할 수 없습니다. 같은 고객사 주문번호(merchant_uid) &lt;b&gt;%1&lt;/b&gt;을(를) 유지하므로 다시 시도해도 이중 결제되지 않습니다. 포트원은 이미 결제된 merchant_uid를 거부합니다. 먼저 결제를 조회하세요.</translation>
    </message>
    <message>
        <source>Found: merchant_uid %1 was paid</source>
        <translation>조회 결과: merchant_uid %1은(는) 결제완료 상태입니다</translation>
    </message>
    <message>
        <source>Found: merchant_uid %1 is not paid</source>
        <translation>조회 결과: merchant_uid %1은(는) 결제되지 않았습니다</translation>
    </message>
    <message>
        <source>merchant_uid %1 is not paid (status: %2). Paying again with the same merchant_uid is safe.</source>
        <translation>merchant_uid %1은(는) 결제되지 않았습니다(상태: %2). 같은 merchant_uid로 다시 결제해도 안전합니다.</translation>
    </message>
    <message>
        <source>No payment with merchant_uid %1 was found. Paying again with the same merchant_uid is safe.</source>
        <translation>merchant_uid가 %1인 결제를 찾지 못했습니다. 같은 merchant_uid로 다시 결제해도 안전합니다.</translation>
    </message>
    <message>
        <source>Looking up merchant_uid %1…</source>
        <translation>고객사 주문번호(merchant_uid) %1 조회 중…</translation>
    </message>
</context>
<context>
    <name>portone::BenepiaPaymentResult</name>
    <message>
        <source>Paid (paid)</source>
        <translation>결제완료 (paid)</translation>
    </message>
    <message>
        <source>Not paid yet (ready)</source>
        <translation>미결제 (ready)</translation>
    </message>
    <message>
        <source>Failed (failed)</source>
        <translation>결제실패 (failed)</translation>
    </message>
    <message>
        <source>Cancelled (cancelled)</source>
        <translation>결제취소 (cancelled)</translation>
    </message>
    <message>
        <source>No payment yet. The result of a payment appears here.</source>
        <translation>아직 결제가 없습니다. 결제 결과가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Payment result</source>
        <translation>결제 결과</translation>
    </message>
    <message>
        <source>Receipt link</source>
        <translation>영수증 링크</translation>
    </message>
    <message>
        <source>imp_uid</source>
        <translation>포트원 거래고유번호 (imp_uid)</translation>
    </message>
    <message>
        <source>merchant_uid</source>
        <translation>고객사 주문번호 (merchant_uid)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>결제 금액</translation>
    </message>
    <message>
        <source>%1 P</source>
        <translation>%1 P</translation>
    </message>
    <message>
        <source>Order name</source>
        <translation>주문명</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>결제 완료 시각</translation>
    </message>
    <message>
        <source>Test payment</source>
        <translation>테스트 결제</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>PG</source>
        <translation>PG사</translation>
    </message>
    <message>
        <source>Receipt URL</source>
        <translation>영수증 URL</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Open the receipt</source>
        <translation>영수증 열기</translation>
    </message>
</context>
<context>
    <name>portone::BenepiaPointCheckPanel</name>
    <message>
        <source>Check points</source>
        <translation>포인트 조회</translation>
    </message>
    <message>
        <source>Asks Benepia for the customer&apos;s current point balance. The password is sent once and never stored.</source>
        <translation>베네피아에 고객의 현재 포인트 잔액을 조회합니다. 비밀번호는 한 번만 전송되며 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>Point balance</source>
        <translation>포인트 잔액</translation>
    </message>
    <message>
        <source>Balance details</source>
        <translation>잔액 상세</translation>
    </message>
    <message>
        <source>No balance checked yet.</source>
        <translation>아직 조회한 잔액이 없습니다.</translation>
    </message>
    <message>
        <source>Asking Benepia for the balance of %1…</source>
        <translation>베네피아에서 %1의 잔액을 조회하는 중…</translation>
    </message>
    <message>
        <source>%1 P</source>
        <translation>%1 P</translation>
    </message>
    <message>
        <source>Balance of %1, checked at %2</source>
        <translation>%1의 잔액 (%2 조회)</translation>
    </message>
    <message>
        <source>No balance: the check failed.</source>
        <translation>잔액 없음: 조회에 실패했습니다.</translation>
    </message>
</context>
<context>
    <name>portone::BenepiaWorkspace</name>
    <message>
        <source>&lt;h2&gt;Benepia points&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;베네피아 포인트&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Point balance</source>
        <translation>포인트 잔액</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>포인트 결제</translation>
    </message>
    <message>
        <source>Benepia</source>
        <translation>베네피아</translation>
    </message>
</context>
<context>
    <name>portone::BillingKeyBatchLookup</name>
    <message>
        <source>No active connection profile.</source>
        <translation>사용 중인 연결 프로필이 없습니다.</translation>
    </message>
</context>
<context>
    <name>portone::BillingKeyDeletion</name>
    <message>
        <source>Checking that %1 is gone…</source>
        <translation>%1 삭제 여부 확인 중…</translation>
    </message>
    <message>
        <source>Nothing was deleted: no profile is active.</source>
        <translation>사용 중인 프로필이 없어 아무것도 삭제하지 않았습니다.</translation>
    </message>
    <message>
        <source>The profile changed; nothing was deleted.</source>
        <translation>프로필이 바뀌어 아무것도 삭제하지 않았습니다.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 조회 중…</translation>
    </message>
    <message>
        <source>Could not look up %1 before deleting: %2</source>
        <translation>삭제 전에 %1을(를) 조회하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Could not check the scheduled payments of %1: %2</source>
        <translation>%1의 결제 예약을 확인하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was deleted.</source>
        <translation>확인하지 않아 아무것도 삭제하지 않았습니다.</translation>
    </message>
    <message>
        <source>The profile changed; the remaining keys were not deleted.</source>
        <translation>프로필이 바뀌어 남은 빌링키는 삭제하지 않았습니다.</translation>
    </message>
    <message>
        <source>Deleting %1 (%2 of %3)…</source>
        <translation>%1 삭제 중 (%3개 중 %2번째)…</translation>
    </message>
    <message>
        <source>Outcome unknown for %1 — look it up before retrying (%2).</source>
        <translation>%1: 결과 알 수 없음 — 다시 시도하기 전에 먼저 조회하세요 (%2).</translation>
    </message>
    <message>
        <source>Deleting %1 failed: %2</source>
        <translation>%1 삭제 실패: %2</translation>
    </message>
    <message>
        <source>The profile changed before %1 could be re-checked.</source>
        <translation>%1을(를) 다시 확인하기 전에 프로필이 바뀌었습니다.</translation>
    </message>
    <message>
        <source>%1 was deleted but a look-up still finds it.</source>
        <translation>%1을(를) 삭제했지만 조회하면 아직 나옵니다.</translation>
    </message>
    <message>
        <source>%1: deleted, gone (404).</source>
        <translation>%1: 삭제됨, 조회되지 않음 (404).</translation>
    </message>
    <message>
        <source>%1: deleted; the re-check failed: %2</source>
        <translation>%1: 삭제됨. 다시 확인하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Deleted %1 of %2 billing keys.</source>
        <translation>빌링키 %2개 중 %1개를 삭제했습니다.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>중단됨: %1</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>삭제되지 않음: %1</translation>
    </message>
    <message>
        <source>Delete the billing key %1</source>
        <translation>빌링키 %1 삭제</translation>
    </message>
    <message>
        <source>Delete %1 billing keys</source>
        <translation>빌링키 %1개 삭제</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>영구 삭제</translation>
    </message>
    <message>
        <source>Delete %1 keys permanently</source>
        <translation>빌링키 %1개 영구 삭제</translation>
    </message>
    <message>
        <source>This permanently deletes the billing key below. It cannot be undone.</source>
        <translation>아래 빌링키를 영구 삭제합니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>This permanently deletes the %1 billing keys below, one at a time. It cannot be undone.</source>
        <translation>아래 빌링키 %1개를 하나씩 차례로 영구 삭제합니다. 되돌릴 수 없습니다.</translation>
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
        <translation>확인을 위해 customer_uid를 입력하고 삭제 사유를 적으세요.</translation>
    </message>
    <message>
        <source>Type the number of keys (%1) to confirm, and give a reason.</source>
        <translation>확인을 위해 빌링키 개수(%1)를 입력하고 삭제 사유를 적으세요.</translation>
    </message>
    <message>
        <source>Checking scheduled payments of %1 (period %2 of %3)…</source>
        <translation>%1의 결제 예약 확인 중(기간 %2/%3)…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelling %n scheduled payment(s) of %1…</source>
        <translation>
            <numerusform>%1의 결제 예약 %n건 취소 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>PortOne did not cancel %1 of %2, so it was not deleted.</source>
        <translation>포트원이 %2의 결제 예약 %1을(를) 취소하지 않아 빌링키를 삭제하지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n scheduled payment(s) cancelled.</source>
        <translation>
            <numerusform>%1: 결제 예약 %n건을 취소했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is unknown whether the scheduled payments of %1 were cancelled (%2), so it was not deleted. Look its schedules up before trying again.</source>
        <translation>%1의 결제 예약이 취소되었는지 알 수 없어(%2) 빌링키를 삭제하지 않았습니다. 다시 시도하기 전에 예약을 조회하세요.</translation>
    </message>
    <message>
        <source>The scheduled payments of %1 could not be cancelled, so it was not deleted: %2</source>
        <translation>%1의 결제 예약을 취소하지 못해 빌링키를 삭제하지 않았습니다: %2</translation>
    </message>
    <message>
        <source>    scheduled %1 · %2 · %3
        (merchant_uid %4)</source>
        <translation>    결제 예약 %1 · %2 · %3
        (고객사 주문번호 %4)</translation>
    </message>
    <message>
        <source>No scheduled payments were found up to %1.</source>
        <translation>%1까지 결제 예약이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled payment(s) up to %1 are listed above; they will fail once the key is gone, unless you cancel them first.</source>
        <translation>
            <numerusform>%1까지의 결제 예약 %n건이 위에 있습니다. 먼저 취소하지 않으면 빌링키가 삭제된 뒤 결제에 실패합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel these %n scheduled payment(s) first (if that fails, nothing is deleted)</source>
        <translation>
            <numerusform>이 결제 예약 %n건을 먼저 취소(취소에 실패하면 아무것도 삭제하지 않음)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portone::BillingKeyDetailPanel</name>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Delete this billing key</source>
        <translation>이 빌링키 삭제</translation>
    </message>
    <message>
        <source>Delete this billing key (asks first)</source>
        <translation>이 빌링키 삭제 (삭제 전에 확인)</translation>
    </message>
    <message>
        <source>Billing key details</source>
        <translation>빌링키 상세</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>상세</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>결제 내역</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>결제 예약</translation>
    </message>
    <message>
        <source>Super billing key %1</source>
        <translation>슈퍼 빌링키 %1</translation>
    </message>
    <message>
        <source>Billing key %1</source>
        <translation>빌링키 %1</translation>
    </message>
    <message>
        <source>Select a billing key to see its details.</source>
        <translation>빌링키를 선택하면 상세 정보가 표시됩니다.</translation>
    </message>
    <message>
        <source>Charge now…</source>
        <translation>지금 결제…</translation>
    </message>
    <message>
        <source>Charge this billing key now</source>
        <translation>이 빌링키로 지금 결제</translation>
    </message>
    <message>
        <source>Charge this billing key now (asks first)</source>
        <translation>이 빌링키로 지금 결제 (결제 전에 확인)</translation>
    </message>
    <message>
        <source>Schedule payments…</source>
        <translation>결제 예약…</translation>
    </message>
    <message>
        <source>Schedule payments with this billing key (asks first)</source>
        <translation>이 빌링키로 결제를 예약합니다(먼저 확인합니다)</translation>
    </message>
</context>
<context>
    <name>portone::BillingKeyFieldsView</name>
    <message>
        <source>code %1</source>
        <translation>코드 %1</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (코드 %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Channels with a billing key&lt;/b&gt;</source>
        <translation>&lt;b&gt;빌링키가 발급된 채널&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Channels with a billing key</source>
        <translation>빌링키가 발급된 채널</translation>
    </message>
    <message>
        <source>PG</source>
        <translation>PG사</translation>
    </message>
    <message>
        <source>MID (pg_id)</source>
        <translation>MID (상점 아이디, pg_id)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>카드사</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>카드번호</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>등록 시각</translation>
    </message>
    <message>
        <source>&lt;b&gt;Channels that failed&lt;/b&gt;</source>
        <translation>&lt;b&gt;발급에 실패한 채널&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Channels that failed</source>
        <translation>발급에 실패한 채널</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>실패 유형</translation>
    </message>
    <message>
        <source>PortOne message</source>
        <translation>포트원 메시지</translation>
    </message>
    <message>
        <source>Billing key details</source>
        <translation>빌링키 상세</translation>
    </message>
    <message>
        <source>Invalid request (INVALID_REQUEST)</source>
        <translation>잘못된 요청 (INVALID_REQUEST)</translation>
    </message>
    <message>
        <source>Refused by the PG (PG_PROVIDER)</source>
        <translation>PG사에서 거절 (PG_PROVIDER)</translation>
    </message>
    <message>
        <source>PortOne could not save it (DB_FAILED)</source>
        <translation>포트원 저장 실패 (DB_FAILED)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>신용</translation>
    </message>
    <message>
        <source>Check (debit)</source>
        <translation>체크</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>기프트</translation>
    </message>
    <message>
        <source>Unknown (card_type %1)</source>
        <translation>알 수 없음 (card_type %1)</translation>
    </message>
    <message>
        <source>customer_id (member id)</source>
        <translation>고객 회원 아이디 (customer_id)</translation>
    </message>
    <message>
        <source>Card number (masked)</source>
        <translation>카드번호 (마스킹됨)</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>카드 유형</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>발급사</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>발행사</translation>
    </message>
    <message>
        <source>Test channel</source>
        <translation>테스트 채널</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>수정 시각</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Super billing key (one key for a channel group)</source>
        <translation>슈퍼 빌링키 (채널 그룹 전체에 빌링키 하나)</translation>
    </message>
    <message>
        <source>Channel group id</source>
        <translation>채널 그룹 아이디</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>%1 with a billing key, %2 failed</source>
        <translation>발급 %1개, 실패 %2개</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>고객 이름</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>고객 전화번호</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>고객 이메일</translation>
    </message>
    <message>
        <source>Customer address</source>
        <translation>고객 주소</translation>
    </message>
    <message>
        <source>Customer postcode</source>
        <translation>고객 우편번호</translation>
    </message>
    <message>
        <source>&lt;b&gt;Channels that failed:&lt;/b&gt; none</source>
        <translation>&lt;b&gt;발급에 실패한 채널:&lt;/b&gt; 없음</translation>
    </message>
</context>
<context>
    <name>portone::BillingKeyIdInput</name>
    <message>
        <source>Reading the file…</source>
        <translation>파일을 읽는 중…</translation>
    </message>
    <message>
        <source>%1 has more than %L2 rows, the most PortOne Desk imports at once. Split it into smaller files.</source>
        <translation>%1 파일의 행이 %L2개를 넘습니다. PortOne Desk가 한 번에 가져올 수 있는 최대 행 수입니다. 파일을 나누어 가져오세요.</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most PortOne Desk imports at once. Split it into smaller files.</source>
        <translation>%1 파일이 %2보다 큽니다. PortOne Desk가 한 번에 가져올 수 있는 최대 크기입니다. 파일을 나누어 가져오세요.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV 가져오기…</translation>
    </message>
    <message>
        <source>customer_uids to look up</source>
        <translation>조회할 customer_uid 목록</translation>
    </message>
    <message>
        <source>One customer_uid per line, or separated by commas or tabs (paste a spreadsheet column)</source>
        <translation>한 줄에 customer_uid 하나씩, 또는 쉼표나 탭으로 구분해 입력하세요 (스프레드시트 열을 붙여 넣을 수 있습니다)</translation>
    </message>
    <message>
        <source>Import customer_uids from a CSV file</source>
        <translation>CSV 파일에서 customer_uid 가져오기</translation>
    </message>
    <message>
        <source>Number of customer_uids</source>
        <translation>customer_uid 개수</translation>
    </message>
    <message numerus="yes">
        <source>%n customer_uid(s)</source>
        <translation>
            <numerusform>customer_uid %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) removed</source>
        <translation>
            <numerusform>중복 %n개 제거됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1을(를) 읽지 못했습니다: %2</translation>
    </message>
    <message>
        <source>The chosen column of %1 holds no customer_uids.</source>
        <translation>%1의 선택한 열에 customer_uid가 없습니다.</translation>
    </message>
    <message>
        <source>Import customer_uids</source>
        <translation>customer_uid 가져오기</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 파일 (*.csv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1이(가) 비어 있습니다.</translation>
    </message>
</context>
<context>
    <name>portone::BillingKeyLookupPanel</name>
    <message numerus="yes">
        <source>%v / %m · PortOne asked to slow down (HTTP 429): resuming in %n second(s)…</source>
        <translation>
            <numerusform>%v / %m · 포트원이 요청 속도를 늦추라고 했습니다(HTTP 429). %n초 후에 다시 이어서 조회합니다…</numerusform>
        </translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>조회</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancel the look-up</source>
        <translation>조회 취소</translation>
    </message>
    <message>
        <source>Look-up progress</source>
        <translation>조회 진행률</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Found and missing counts</source>
        <translation>조회됨·찾지 못함 건수</translation>
    </message>
    <message>
        <source>customer_uids:</source>
        <translation>customer_uid 목록:</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(취소됨)</translation>
    </message>
    <message>
        <source>Found: %1 · Not found or no access: %2 · Failed: %3</source>
        <translation>조회됨: %1 · 없음 또는 권한 없음: %2 · 조회 실패: %3</translation>
    </message>
    <message>
        <source>Look up billing keys</source>
        <translation>빌링키 조회</translation>
    </message>
    <message>
        <source>Looks up every customer_uid in the field above (Enter)</source>
        <translation>위 입력란의 customer_uid를 모두 조회합니다 (Enter)</translation>
    </message>
</context>
<context>
    <name>portone::BillingKeyPaymentsTab</name>
    <message>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>Previous page of payments</source>
        <translation>결제 내역 이전 페이지</translation>
    </message>
    <message>
        <source>Next page of payments</source>
        <translation>결제 내역 다음 페이지</translation>
    </message>
    <message>
        <source>Payments with this billing key</source>
        <translation>이 빌링키로 결제된 내역</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>결제 완료 시각</translation>
    </message>
    <message>
        <source>Order name</source>
        <translation>주문명</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>아직 불러오지 않음</translation>
    </message>
    <message>
        <source>Cancelled; page %1 was not loaded.</source>
        <translation>취소되어 %1페이지를 불러오지 않았습니다.</translation>
    </message>
    <message>
        <source>Loading page %1 of the payments…</source>
        <translation>결제 내역 %1페이지 불러오는 중…</translation>
    </message>
    <message>
        <source>No payments with this billing key.</source>
        <translation>이 빌링키로 결제된 내역이 없습니다.</translation>
    </message>
    <message>
        <source>Page %1 · total %2</source>
        <translation>%1페이지 · 전체 %2건</translation>
    </message>
</context>
<context>
    <name>portone::BillingKeyRegisterForm</name>
    <message>
        <source>Register billing key…</source>
        <translation>빌링키 등록…</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>카드 정보</translation>
    </message>
    <message>
        <source>Customer (optional)</source>
        <translation>고객 정보 (선택)</translation>
    </message>
    <message>
        <source>Register billing key</source>
        <translation>빌링키 등록</translation>
    </message>
    <message>
        <source>Checking whether %1 already has a billing key…</source>
        <translation>%1에 이미 빌링키가 있는지 확인 중…</translation>
    </message>
    <message>
        <source>customer_uid %1 already has a billing key:

%2

Registering again REPLACES it at PortOne, but does NOT revoke the old key at the PG. Payments and schedules on %1 will use the new card.</source>
        <translation>customer_uid %1에는 이미 빌링키가 있습니다:

%2

다시 등록하면 포트원에서는 기존 빌링키가 새 카드로 대체되지만, PG사의 기존 빌링키는 해지되지 않습니다. 이후 %1의 결제와 결제 예약에는 새 카드가 사용됩니다.</translation>
    </message>
    <message>
        <source>Replace the billing key of %1?</source>
        <translation>%1의 빌링키를 대체할까요?</translation>
    </message>
    <message>
        <source>Replace the billing key</source>
        <translation>빌링키 대체</translation>
    </message>
    <message>
        <source>Registering a billing key for %1…</source>
        <translation>%1의 빌링키 등록 중…</translation>
    </message>
    <message>
        <source>Registered — super billing key</source>
        <translation>등록됨 — 슈퍼 빌링키</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>등록됨</translation>
    </message>
    <message>
        <source>Found — check its registered and updated times</source>
        <translation>조회됨 — 등록 시각과 수정 시각을 확인하세요</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 조회 중…</translation>
    </message>
</context>
<context>
    <name>portone::BillingKeyResultsModel</name>
    <message>
        <source>credit</source>
        <translation>신용</translation>
    </message>
    <message>
        <source>check</source>
        <translation>체크</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>기프트</translation>
    </message>
    <message>
        <source>found</source>
        <translation>조회됨</translation>
    </message>
    <message>
        <source>not found or no access</source>
        <translation>없음 또는 권한 없음</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>조회 실패</translation>
    </message>
    <message numerus="yes">
        <source>super (%n channels)</source>
        <translation>
            <numerusform>슈퍼 (채널 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>customer_uid</source>
        <translation>customer_uid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>조회 상태</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>카드사명</translation>
    </message>
    <message>
        <source>Card number (masked)</source>
        <translation>카드번호 (마스킹됨)</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>카드 유형</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>발급사</translation>
    </message>
    <message>
        <source>PG provider / MID</source>
        <translation>PG사 / MID</translation>
    </message>
    <message>
        <source>Test channel</source>
        <translation>테스트 채널</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>고객 이름</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>등록 시각</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>수정 시각</translation>
    </message>
</context>
<context>
    <name>portone::BillingKeyResultsView</name>
    <message>
        <source>&lt;b&gt;Outcome unknown&lt;/b&gt; — the deletion of billing key &lt;b&gt;%1&lt;/b&gt; was sent, but its answer never arrived: the key may or may not be gone. Look it up before deleting it again.</source>
        <translation>&lt;b&gt;결과 알 수 없음&lt;/b&gt; — 빌링키 &lt;b&gt;%1&lt;/b&gt; 삭제 요청은 보냈지만 응답을 받지 못했습니다. 빌링키가 삭제되었을 수도, 아닐 수도 있습니다. 다시 삭제하기 전에 먼저 조회해 보세요.</translation>
    </message>
    <message>
        <source>Look up this customer_uid</source>
        <translation>이 customer_uid 조회</translation>
    </message>
    <message>
        <source>Retry the missing</source>
        <translation>찾지 못한 항목 다시 조회</translation>
    </message>
    <message>
        <source>Include personal data</source>
        <translation>개인정보 포함</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>Delete selected…</source>
        <translation>선택 항목 삭제…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>조회됨</translation>
    </message>
    <message>
        <source>Not found or no access</source>
        <translation>없음 또는 권한 없음</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>조회 실패</translation>
    </message>
    <message>
        <source>Look up the not found and failed customer_uids again</source>
        <translation>찾지 못했거나 조회에 실패한 customer_uid를 다시 조회합니다</translation>
    </message>
    <message>
        <source>Also export customer name, phone, email, address and postcode</source>
        <translation>고객 이름, 전화번호, 이메일, 주소, 우편번호도 함께 내보냅니다</translation>
    </message>
    <message>
        <source>Deletion result</source>
        <translation>삭제 결과</translation>
    </message>
    <message>
        <source>Look-up results</source>
        <translation>조회 결과</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>표시:</translation>
    </message>
    <message>
        <source>Deleting %1 of %2: %3</source>
        <translation>%2개 중 %1번째 삭제 중: %3</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓰지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Export billing keys</source>
        <translation>빌링키 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <source>No billing keys looked up yet. Paste or type customer_uids above (one per line), or import a CSV file, then press Look up.</source>
        <translation>아직 조회한 빌링키가 없습니다. 위 입력란에 customer_uid를 붙여넣거나 입력하거나(한 줄에 하나씩) CSV 파일을 가져온 다음 조회를 누르세요.</translation>
    </message>
</context>
<context>
    <name>portone::BillingKeySchedulesTab</name>
    <message>
        <source>Scheduled</source>
        <translation>예약됨</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>실행됨</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>불러오기</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Load the scheduled payments</source>
        <translation>결제 예약 불러오기</translation>
    </message>
    <message>
        <source>Ranges longer than 3 months are loaded as several requests, one after another.</source>
        <translation>3개월보다 긴 기간은 여러 번의 요청으로 나누어 차례로 불러옵니다.</translation>
    </message>
    <message>
        <source>Schedules summary</source>
        <translation>결제 예약 요약</translation>
    </message>
    <message>
        <source>Scheduled payments</source>
        <translation>결제 예약 목록</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>시작:</translation>
    </message>
    <message>
        <source>To (exclusive):</source>
        <translation>종료 (미포함):</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>예약 상태:</translation>
    </message>
    <message>
        <source>Choose a range and press Load.</source>
        <translation>기간을 선택하고 불러오기를 누르세요.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>종료 시각은 시작 시각보다 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>Choose a range of at most 24 months (%1 requests would be needed).</source>
        <translation>최대 24개월 이내의 기간을 선택하세요 (현재 기간은 요청 %1번이 필요합니다).</translation>
    </message>
    <message>
        <source>Cancelled at window %1 of %2; nothing shown.</source>
        <translation>구간 %2개 중 %1번째에서 취소되어 아무것도 표시하지 않습니다.</translation>
    </message>
    <message>
        <source>Window %1 of %2 failed; nothing shown.</source>
        <translation>구간 %2개 중 %1번째 조회에 실패하여 아무것도 표시하지 않습니다.</translation>
    </message>
    <message>
        <source>Window %1 of %2: loading schedules…</source>
        <translation>구간 %1/%2: 결제 예약 불러오는 중…</translation>
    </message>
    <message>
        <source>Window %1 of %2: loading schedules (page %3)…</source>
        <translation>구간 %1/%2: 결제 예약 불러오는 중 (%3페이지)…</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>요청 1번</translation>
    </message>
    <message>
        <source>%1 requests (3 months each at most)</source>
        <translation>요청 %1번 (요청당 최대 3개월)</translation>
    </message>
    <message>
        <source>No scheduled payments in this range (%1).</source>
        <translation>이 기간에는 결제 예약이 없습니다 (%1).</translation>
    </message>
    <message>
        <source>%1 scheduled payments, sorted by time (%2).</source>
        <translation>결제 예약 %1건, 예약 시각순 정렬 (%2).</translation>
    </message>
</context>
<context>
    <name>portone::BillingKeysWorkspace</name>
    <message>
        <source>Look up</source>
        <translation>조회</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>등록</translation>
    </message>
    <message>
        <source>Billing keys</source>
        <translation>빌링키</translation>
    </message>
</context>
<context>
    <name>portone::CancelHistoryTable</name>
    <message>
        <source>Receipt</source>
        <translation>영수증</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Refunds of this payment</source>
        <translation>이 결제의 환불 내역</translation>
    </message>
    <message>
        <source>Refunded at</source>
        <translation>환불 시각</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(사유 없음)</translation>
    </message>
</context>
<context>
    <name>portone::CardFields</name>
    <message>
        <source>Digits only, e.g. 4111 1111 1111 1111</source>
        <translation>숫자만 입력 (예: 4111 1111 1111 1111)</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>YYMMDD, or a 10-digit business number</source>
        <translation>YYMMDD 또는 사업자등록번호 10자리</translation>
    </message>
    <message>
        <source>Month…</source>
        <translation>월 선택…</translation>
    </message>
    <message>
        <source>Pick the expiry month</source>
        <translation>유효기간 월 선택</translation>
    </message>
    <message>
        <source>Card number (card_number):</source>
        <translation>카드번호 (card_number):</translation>
    </message>
    <message>
        <source>Expiry (expiry, YYYY-MM):</source>
        <translation>유효기간 (expiry, YYYY-MM):</translation>
    </message>
    <message>
        <source>Expiry (expiry, YYYY-MM)</source>
        <translation>유효기간 (expiry, YYYY-MM)</translation>
    </message>
    <message>
        <source>Birth (birth):</source>
        <translation>생년월일 (birth):</translation>
    </message>
    <message>
        <source>6-digit date of birth, or the 10-digit business registration number for a corporate card.</source>
        <translation>생년월일 6자리, 법인카드는 사업자등록번호 10자리를 입력하세요.</translation>
    </message>
    <message>
        <source>Card password, first 2 digits (pwd_2digit):</source>
        <translation>카드 비밀번호 앞 2자리 (pwd_2digit):</translation>
    </message>
    <message>
        <source>CVC (cvc):</source>
        <translation>CVC (cvc):</translation>
    </message>
    <message>
        <source>Needed only by some PGs.</source>
        <translation>일부 PG사에서만 필요합니다.</translation>
    </message>
</context>
<context>
    <name>portone::CertificationLookupPanel</name>
    <message>
        <source>Look up</source>
        <translation>조회</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Look up a certification result by its imp_uid, or delete it from PortOne.</source>
        <translation>포트원 인증 고유번호(imp_uid)로 본인인증 결과를 조회하거나 포트원에서 삭제합니다.</translation>
    </message>
    <message>
        <source>imp_uid:</source>
        <translation>포트원 인증 고유번호 (imp_uid):</translation>
    </message>
    <message>
        <source>Look up the certification</source>
        <translation>본인인증 결과 조회</translation>
    </message>
    <message>
        <source>Delete the certification permanently</source>
        <translation>본인인증 결과 영구 삭제</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 조회 중…</translation>
    </message>
    <message>
        <source>Delete certification %1?</source>
        <translation>본인인증 결과 %1을(를) 삭제할까요?</translation>
    </message>
    <message>
        <source>The certification result %1 will be erased from PortOne permanently. It cannot be restored; the customer would have to certify again.</source>
        <translation>본인인증 결과 %1이(가) 포트원에서 영구 삭제됩니다. 복구할 수 없으며, 고객은 본인인증을 다시 받아야 합니다.</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>영구 삭제</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 삭제 중…</translation>
    </message>
    <message>
        <source>Certification %1 was deleted from PortOne.</source>
        <translation>본인인증 결과 %1을(를) 포트원에서 삭제했습니다.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1 may or may not have been deleted. Look it up before trying again.</source>
        <translation>결과 알 수 없음: %1이(가) 삭제되었는지 확인할 수 없습니다. 다시 시도하기 전에 먼저 조회하세요.</translation>
    </message>
</context>
<context>
    <name>portone::CertificationResultPanel</name>
    <message>
        <source>Not revealed: the audit log could not be written, and every reveal must be recorded there. %1</source>
        <translation>표시하지 않았습니다: 감사 로그에 기록할 수 없습니다. CI/DI 표시는 모두 감사 로그에 기록되어야 합니다. %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>남성</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>여성</translation>
    </message>
    <message>
        <source>Reveal CI/DI</source>
        <translation>CI/DI 보기</translation>
    </message>
    <message>
        <source>Certification result</source>
        <translation>본인인증 결과</translation>
    </message>
    <message>
        <source>Reveal CI and DI</source>
        <translation>CI와 DI 보기</translation>
    </message>
    <message>
        <source>Shows the customer&apos;s CI (unique_key) and DI (unique_in_site). Each reveal is recorded.</source>
        <translation>고객의 CI(unique_key)와 DI(unique_in_site)를 표시합니다. 표시할 때마다 기록이 남습니다.</translation>
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
        <translation>•••••• 숨김 (&quot;CI/DI 보기&quot;를 누르세요)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>휴대폰 번호</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>통신사</translation>
    </message>
    <message>
        <source>Foreigner</source>
        <translation>외국인 여부</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>인증 완료 여부</translation>
    </message>
    <message>
        <source>Certified at</source>
        <translation>인증 시각</translation>
    </message>
    <message>
        <source>PG provider (pg_provider)</source>
        <translation>PG사 (pg_provider)</translation>
    </message>
    <message>
        <source>PG transaction id (pg_tid)</source>
        <translation>PG사 거래번호 (pg_tid)</translation>
    </message>
    <message>
        <source>imp_uid</source>
        <translation>포트원 인증 고유번호 (imp_uid)</translation>
    </message>
    <message>
        <source>merchant_uid (order number)</source>
        <translation>고객사 주문번호 (merchant_uid)</translation>
    </message>
    <message>
        <source>CI/DI shown</source>
        <translation>CI/DI 표시됨</translation>
    </message>
    <message>
        <source>Reveal the CI/DI of %1?</source>
        <translation>%1의 CI/DI를 표시할까요?</translation>
    </message>
    <message>
        <source>The customer&apos;s CI (unique_key) and DI (unique_in_site) of %1 will be shown. Each reveal is recorded in the audit log with your reason.</source>
        <translation>%1 고객의 CI(unique_key)와 DI(unique_in_site)가 표시됩니다. 표시할 때마다 입력한 사유와 함께 감사 로그에 기록됩니다.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>표시</translation>
    </message>
</context>
<context>
    <name>portone::CertificationWorkspace</name>
    <message>
        <source>Start a new certification</source>
        <translation>새 본인인증 시작</translation>
    </message>
    <message>
        <source>OTP certification</source>
        <translation>OTP 본인인증</translation>
    </message>
    <message>
        <source>Look up or delete</source>
        <translation>조회 및 삭제</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>본인인증</translation>
    </message>
    <message>
        <source>1 Request</source>
        <translation>1 요청</translation>
    </message>
    <message>
        <source>2 Confirm</source>
        <translation>2 확인</translation>
    </message>
    <message>
        <source>3 Result</source>
        <translation>3 결과</translation>
    </message>
    <message>
        <source>Step %1 of 3: %2</source>
        <translation>3단계 중 %1단계: %2</translation>
    </message>
    <message>
        <source>Asking the customer&apos;s app for approval…</source>
        <translation>고객의 앱에 승인을 요청하는 중…</translation>
    </message>
    <message>
        <source>Asking PortOne to send the code…</source>
        <translation>포트원에 인증번호 발송을 요청하는 중…</translation>
    </message>
    <message>
        <source>Confirming %1…</source>
        <translation>%1 확인 중…</translation>
    </message>
</context>
<context>
    <name>portone::ChannelPicker</name>
    <message>
        <source>Pick a channel or type a channel_key</source>
        <translation>채널을 선택하거나 채널 키(channel_key)를 입력하세요</translation>
    </message>
    <message>
        <source>test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>live</source>
        <translation>실연동</translation>
    </message>
</context>
<context>
    <name>portone::ChargeFields</name>
    <message>
        <source>Enter a whole number of won, e.g. 12,000.</source>
        <translation>원 단위의 정수로 입력하십시오. 예: 12,000</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <source>Make a new merchant_uid from the current time</source>
        <translation>현재 시각으로 새 merchant_uid를 만듭니다</translation>
    </message>
    <message>
        <source>merchant_uid (order number):</source>
        <translation>고객사 주문번호 (merchant_uid):</translation>
    </message>
    <message>
        <source>e.g. 12,000</source>
        <translation>예: 12,000</translation>
    </message>
    <message>
        <source>Amount (KRW):</source>
        <translation>금액(원):</translation>
    </message>
    <message>
        <source>What the customer pays for, e.g. 3월 정기구독</source>
        <translation>결제 항목, 예: 3월 정기구독</translation>
    </message>
    <message>
        <source>Order name:</source>
        <translation>주문명:</translation>
    </message>
    <message>
        <source>Optional: the tax-free part of the amount</source>
        <translation>선택: 금액 중 면세 금액</translation>
    </message>
    <message>
        <source>Tax-free amount:</source>
        <translation>면세 금액:</translation>
    </message>
    <message>
        <source>Lump sum</source>
        <translation>일시불</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n개월</numerusform>
        </translation>
    </message>
    <message>
        <source>Installments:</source>
        <translation>할부:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>채널:</translation>
    </message>
    <message>
        <source>Any channel of group %1 (PortOne chooses)</source>
        <translation>그룹 %1의 채널 중 포트원이 선택</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>최대 %n자까지 입력할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>the billing key&apos;s own, %1</source>
        <translation>빌링키를 발급한 채널, %1</translation>
    </message>
    <message>
        <source>any channel of group %1, chosen by PortOne</source>
        <translation>그룹 %1의 채널 중 포트원이 선택한 채널</translation>
    </message>
    <message>
        <source>Installments from %1</source>
        <translation>할부는 %1부터 가능합니다.</translation>
    </message>
    <message>
        <source>Enter the amount in won.</source>
        <translation>금액을 원 단위로 입력하십시오.</translation>
    </message>
    <message>
        <source>Kept while the last charge&apos;s outcome is unknown: a retry with the same merchant_uid cannot charge twice.</source>
        <translation>직전 결제의 결과를 알 수 없는 동안 유지됩니다. 같은 merchant_uid로 다시 시도하면 두 번 결제되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>portone::ChargePane</name>
    <message>
        <source>Look up this merchant_uid</source>
        <translation>이 고객사 주문번호(merchant_uid) 조회</translation>
    </message>
    <message>
        <source>Charge…</source>
        <translation>결제…</translation>
    </message>
    <message>
        <source>Back to the details</source>
        <translation>상세로 돌아가기</translation>
    </message>
    <message>
        <source>Look up the charge by merchant_uid</source>
        <translation>merchant_uid로 결제 조회</translation>
    </message>
    <message>
        <source>Charge result</source>
        <translation>결제 결과</translation>
    </message>
    <message>
        <source>Charge the billing key</source>
        <translation>빌링키로 결제</translation>
    </message>
    <message>
        <source>Charge now: %1 · %2</source>
        <translation>지금 결제: %1 · %2</translation>
    </message>
    <message>
        <source>Look up merchant_uid %1</source>
        <translation>merchant_uid %1 조회</translation>
    </message>
    <message>
        <source>Looking up merchant_uid %1…</source>
        <translation>merchant_uid %1 조회 중…</translation>
    </message>
</context>
<context>
    <name>portone::ChargeTexts</name>
    <message>
        <source>no card on record</source>
        <translation>등록된 카드 없음</translation>
    </message>
    <message>
        <source>card number not shown</source>
        <translation>카드번호 없음</translation>
    </message>
    <message>
        <source>Charge %1 to %2 now?</source>
        <translation>%2 빌링키로 %1을 지금 결제하시겠습니까?</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation>카드: %1</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>금액: %1</translation>
    </message>
    <message>
        <source>Of which tax-free: %1</source>
        <translation>그중 면세: %1</translation>
    </message>
    <message numerus="yes">
        <source>Installments: %n months</source>
        <translation>
            <numerusform>할부: %n개월</numerusform>
        </translation>
    </message>
    <message>
        <source>Installments: lump sum</source>
        <translation>할부: 일시불</translation>
    </message>
    <message>
        <source>Order name: %1</source>
        <translation>주문명: %1</translation>
    </message>
    <message>
        <source>merchant_uid: %1</source>
        <translation>고객사 주문번호(merchant_uid): %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>채널: %1</translation>
    </message>
    <message>
        <source>The card is charged at once; only a refund can undo it.</source>
        <translation>카드에서 즉시 결제되며, 환불로만 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Charge a billing key</source>
        <translation>빌링키로 결제</translation>
    </message>
    <message>
        <source>Charge %1</source>
        <translation>%1 결제</translation>
    </message>
    <message>
        <source>Charging %1 to %2 (merchant_uid %3)…</source>
        <translation>%2 빌링키로 %1 결제 중(merchant_uid %3)…</translation>
    </message>
    <message>
        <source>Paid: %1 was charged to %2.</source>
        <translation>결제 완료: %2 빌링키로 %1이 결제되었습니다.</translation>
    </message>
    <message>
        <source>imp_uid %1 · merchant_uid %2</source>
        <translation>imp_uid %1 · merchant_uid %2</translation>
    </message>
    <message>
        <source>Receipt: %1</source>
        <translation>영수증: %1</translation>
    </message>
    <message>
        <source>Declined: the card company refused the charge of %1; nothing was charged.</source>
        <translation>승인 거절: 카드사가 %1 결제를 거절했습니다. 결제되지 않았습니다.</translation>
    </message>
    <message>
        <source>PortOne&apos;s reason: %1</source>
        <translation>포트원이 알려 준 사유: %1</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(사유 없음)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not settled&lt;/b&gt; — PortOne answered, but the payment&apos;s status is &quot;%1&quot;, neither paid nor failed. Look merchant_uid %2 up before charging again.</source>
        <translation>&lt;b&gt;결과 미확정&lt;/b&gt; — 포트원이 응답했지만 결제 상태가 &quot;%1&quot;(으)로, 결제 완료도 실패도 아닙니다. 다시 결제하기 전에 merchant_uid %2을(를) 조회하십시오.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Outcome unknown&lt;/b&gt; — the charge of %1 to %2 may or may not have gone through (%3). Its merchant_uid &lt;b&gt;%4&lt;/b&gt; is kept: charging again from this form sends the same one, which PortOne refuses if the first charge was paid. Look it up first.</source>
        <translation>&lt;b&gt;결과 알 수 없음&lt;/b&gt; — %2 빌링키로 %1 결제가 처리되었는지 알 수 없습니다(%3). 고객사 주문번호(merchant_uid) &lt;b&gt;%4&lt;/b&gt;을(를) 유지합니다. 이 양식에서 다시 결제하면 같은 merchant_uid가 전송되므로, 첫 결제가 완료되었다면 포트원이 거절합니다. 먼저 조회하십시오.</translation>
    </message>
    <message>
        <source>No payment with merchant_uid %1 was found: nothing was charged. Charging again with the same merchant_uid is safe.</source>
        <translation>merchant_uid %1인 결제가 없습니다. 결제되지 않았습니다. 같은 merchant_uid로 다시 결제해도 안전합니다.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;It was sent with the profile &lt;b&gt;%1&lt;/b&gt;: switch back to it to look it up.</source>
        <translation>&lt;br&gt;&lt;br&gt;이 청구는 &lt;b&gt;%1&lt;/b&gt; 프로필로 보냈습니다. 조회하려면 이 프로필로 다시 전환하세요.</translation>
    </message>
</context>
<context>
    <name>portone::CsvColumnDialog</name>
    <message>
        <source>The first row is a header</source>
        <translation>첫 행은 머리글</translation>
    </message>
    <message>
        <source>Import customer_uids from CSV</source>
        <translation>CSV에서 customer_uid 가져오기</translation>
    </message>
    <message>
        <source>Column with the customer_uids</source>
        <translation>customer_uid가 있는 열</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>%1열: %2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Column:</source>
        <translation>열:</translation>
    </message>
    <message>
        <source>Which column holds the customer_uids?</source>
        <translation>customer_uid는 어느 열에 있나요?</translation>
    </message>
</context>
<context>
    <name>portone::CustomerFields</name>
    <message>
        <source>The merchant&apos;s id for this billing key</source>
        <translation>고객사가 이 빌링키에 붙이는 식별자</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Generate a customer_uid</source>
        <translation>customer_uid 생성</translation>
    </message>
    <message>
        <source>customer_uid:</source>
        <translation>customer_uid (빌링키 식별자):</translation>
    </message>
    <message>
        <source>Channel (channel_key):</source>
        <translation>채널 (channel_key):</translation>
    </message>
    <message>
        <source>Channel group (channel_group_id):</source>
        <translation>채널 그룹 (스마트 라우팅, channel_group_id):</translation>
    </message>
    <message>
        <source>Optional: issues a super billing key across a smart-routing group</source>
        <translation>선택 사항: 스마트 라우팅 채널 그룹 전체에 쓰는 슈퍼 빌링키를 발급합니다</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>고급</translation>
    </message>
    <message>
        <source>pg (deprecated):</source>
        <translation>pg (지원 중단 예정):</translation>
    </message>
    <message>
        <source>Only for merchants that still use pg instead of channel_key</source>
        <translation>channel_key 대신 아직 pg를 쓰는 고객사만 사용</translation>
    </message>
    <message>
        <source>Customer id (customer_id):</source>
        <translation>고객 회원 아이디 (customer_id):</translation>
    </message>
    <message>
        <source>Customer name:</source>
        <translation>고객 이름:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>전화번호:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>이메일:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>주소:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>우편번호:</translation>
    </message>
</context>
<context>
    <name>portone::DataFolder</name>
    <message>
        <source>The data folder %1 is not a folder.</source>
        <translation>데이터 폴더 %1이(가) 폴더가 아닙니다.</translation>
    </message>
    <message>
        <source>The data folder %1 is a symbolic link. PortOne Desk keeps its history and audit log only in a real folder of your own: replace the link with a folder and start again.</source>
        <translation>데이터 폴더 %1이(가) 심볼릭 링크입니다. PortOne Desk는 요청 기록과 감사 로그를 본인 소유의 실제 폴더에만 둡니다: 링크를 폴더로 바꾼 뒤 다시 시작하세요.</translation>
    </message>
    <message>
        <source>The data folder %1 could not be made private (mode 0700).</source>
        <translation>데이터 폴더 %1을(를) 본인만 쓸 수 있게(모드 0700) 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>The data folder %1 could not be created.</source>
        <translation>데이터 폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The data folder %1 belongs to another user account. PortOne Desk keeps its history and audit log only in a folder of your own: remove it or give it to your account, and start again.</source>
        <translation>데이터 폴더 %1의 소유자가 다른 사용자 계정입니다. PortOne Desk는 요청 기록과 감사 로그를 본인 소유의 폴더에만 둡니다: 폴더를 지우거나 소유자를 본인 계정으로 바꾼 뒤 다시 시작하세요.</translation>
    </message>
</context>
<context>
    <name>portone::DeskSession</name>
    <message>
        <source>This build of PortOne Desk has no built-in sandbox.</source>
        <translation>이 PortOne Desk 빌드에는 내장 샌드박스가 없습니다.</translation>
    </message>
    <message>
        <source>Wait for the answer</source>
        <translation>응답 기다리기</translation>
    </message>
    <message>
        <source>Go on without the answer</source>
        <translation>응답 없이 계속</translation>
    </message>
    <message>
        <source>, and </source>
        <translation>, 그리고 </translation>
    </message>
    <message>
        <source>%1 is waiting for PortOne&apos;s answer on the profile “%2”.

Wait for the answer, or go on without it: the desk then stops waiting, and the outcome stays unknown until you look it up (it is recorded as unknown in the history and the audit log).</source>
        <translation>%1이(가) 프로필 “%2”에서 포트원의 응답을 기다리고 있습니다.

응답을 기다리거나, 기다리지 않고 계속할 수 있습니다. 계속하면 더 이상 응답을 기다리지 않으며, 조회해 보기 전까지 결과는 알 수 없는 상태로 남습니다(기록과 감사 로그에 &apos;결과 알 수 없음&apos;으로 기록됩니다).</translation>
    </message>
    <message>
        <source>Waiting for PortOne</source>
        <translation>포트원 응답 대기 중</translation>
    </message>
    <message>
        <source>The request history could not be written (%1).</source>
        <translation>요청 기록을 저장할 수 없습니다(%1).</translation>
    </message>
    <message>
        <source>The audit log could not be written (%1). Revealing CI/DI is refused until it can be.</source>
        <translation>감사 로그에 기록할 수 없습니다(%1). 기록할 수 있을 때까지 CI/DI를 표시하지 않습니다.</translation>
    </message>
    <message>
        <source>The built-in sandbox could not listen on 127.0.0.1.</source>
        <translation>내장 샌드박스를 127.0.0.1에서 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>샌드박스</translation>
    </message>
</context>
<context>
    <name>portone::ErrorPanel</name>
    <message>
        <source>Request failed</source>
        <translation>요청 실패</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>코드 %1</translation>
    </message>
    <message>
        <source>No answer from PortOne</source>
        <translation>포트원 응답 없음</translation>
    </message>
</context>
<context>
    <name>portone::HistoryRequestsTab</name>
    <message>
        <source>Copy as curl</source>
        <translation>curl로 복사</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>모든 프로필</translation>
    </message>
    <message>
        <source>All workspaces</source>
        <translation>모든 작업 영역</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>모든 결과</translation>
    </message>
    <message>
        <source>imp_uid, customer_uid, merchant_uid, path, parameter…</source>
        <translation>imp_uid, customer_uid, merchant_uid, 경로, 파라미터…</translation>
    </message>
    <message>
        <source>Recorded requests</source>
        <translation>기록된 요청</translation>
    </message>
    <message>
        <source>Request detail</source>
        <translation>요청 상세</translation>
    </message>
    <message>
        <source>Select a request to see what was sent (masked) and what PortOne answered.</source>
        <translation>요청을 선택하면 보낸 내용(마스킹됨)과 포트원의 응답을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Copies a curl command that repeats this request, with $PORTONE_TOKEN and placeholders instead of secrets.</source>
        <translation>이 요청을 다시 보내는 curl 명령을 복사합니다. 토큰은 $PORTONE_TOKEN, 민감한 값은 자리표시자로 바뀝니다.</translation>
    </message>
    <message>
        <source>Export the requests shown to CSV</source>
        <translation>표시된 요청을 CSV로 내보내기</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>프로필:</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>작업 영역:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>결과:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>시작:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>종료:</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>검색:</translation>
    </message>
    <message>
        <source>Search ids, path and parameters</source>
        <translation>ID, 경로, 파라미터 검색</translation>
    </message>
    <message>
        <source>Keep the request history for:</source>
        <translation>요청 내역 보관 기간:</translation>
    </message>
    <message>
        <source>Loading the request history…</source>
        <translation>요청 내역을 불러오는 중…</translation>
    </message>
    <message>
        <source>%1 of %2 requests shown</source>
        <translation>요청 %2건 중 %1건 표시</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓰지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Export the request history</source>
        <translation>요청 내역 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1(으)로 내보냈습니다.</translation>
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
        <translation>시각</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>메서드</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
</context>
<context>
    <name>portone::HistoryText</name>
    <message>
        <source>Certification</source>
        <translation>본인인증</translation>
    </message>
    <message>
        <source>Billing keys</source>
        <translation>빌링키</translation>
    </message>
    <message>
        <source>Benepia</source>
        <translation>베네피아</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>결제 조회</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>액세스 토큰</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>기준 정보</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>결과 불명</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>OTP requested</source>
        <translation>OTP 요청</translation>
    </message>
    <message>
        <source>OTP confirmed</source>
        <translation>OTP 확인</translation>
    </message>
    <message>
        <source>Certification deleted</source>
        <translation>본인인증 삭제</translation>
    </message>
    <message>
        <source>CI/DI revealed</source>
        <translation>CI/DI 표시</translation>
    </message>
    <message>
        <source>Billing key registered</source>
        <translation>빌링키 등록</translation>
    </message>
    <message>
        <source>Billing key deleted</source>
        <translation>빌링키 삭제</translation>
    </message>
    <message>
        <source>Benepia payment</source>
        <translation>베네피아 결제</translation>
    </message>
    <message>
        <source>Profile added</source>
        <translation>프로필 추가</translation>
    </message>
    <message>
        <source>Profile edited</source>
        <translation>프로필 수정</translation>
    </message>
    <message>
        <source>Profile deleted</source>
        <translation>프로필 삭제</translation>
    </message>
    <message>
        <source>Secret replaced</source>
        <translation>시크릿 교체</translation>
    </message>
    <message>
        <source>%1 (LIVE)</source>
        <translation>%1 (실운영)</translation>
    </message>
    <message>
        <source>Time: %1 (UTC %2)</source>
        <translation>시각: %1 (UTC %2)</translation>
    </message>
    <message>
        <source>Profile: %1 · Tier: %2</source>
        <translation>프로필: %1 · Tier: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Operation: %1 (%2)</source>
        <translation>작업: %1 (%2)</translation>
    </message>
    <message>
        <source>Query (masked):</source>
        <translation>쿼리 (마스킹됨):</translation>
    </message>
    <message>
        <source>Body (masked):</source>
        <translation>본문 (마스킹됨):</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>응답:</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>응답 없음</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>코드 %1</translation>
    </message>
    <message>
        <source>Duration: %1 ms · Outcome: %2</source>
        <translation>소요 시간: %1 ms · 결과: %2</translation>
    </message>
    <message>
        <source>Payment refunded</source>
        <translation>결제 환불</translation>
    </message>
    <message>
        <source>Billing key charged</source>
        <translation>빌링키 결제</translation>
    </message>
    <message>
        <source>Payments scheduled</source>
        <translation>결제 예약</translation>
    </message>
    <message>
        <source>Schedules cancelled</source>
        <translation>결제 예약 취소</translation>
    </message>
    <message>
        <source>All schedules of a customer cancelled</source>
        <translation>고객의 결제 예약 전체 취소</translation>
    </message>
    <message>
        <source>Schedule time changed</source>
        <translation>결제 예약 시각 변경</translation>
    </message>
    <message>
        <source>Failed schedule retried</source>
        <translation>실패한 예약 결제 재결제</translation>
    </message>
    <message>
        <source>Failed schedule rescheduled</source>
        <translation>실패한 예약 결제 다시 예약</translation>
    </message>
</context>
<context>
    <name>portone::HistoryWorkspace</name>
    <message>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>감사 로그</translation>
    </message>
    <message>
        <source>History</source>
        <translation>내역</translation>
    </message>
</context>
<context>
    <name>portone::KeychainBanner</name>
    <message>
        <source>Keep for this session only</source>
        <translation>이번 세션 동안만 보관</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>키체인 상태</translation>
    </message>
    <message>
        <source>Keep the secret for this session only</source>
        <translation>시크릿을 이번 세션 동안만 보관</translation>
    </message>
    <message>
        <source>The secret stays in memory until PortOne Desk closes. It is never written to a file.</source>
        <translation>시크릿은 PortOne Desk를 종료할 때까지 메모리에만 보관되며, 파일에는 기록되지 않습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The system keychain is not available.&lt;/b&gt; The secret can be kept for this session only; it will be forgotten when PortOne Desk closes.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</source>
        <translation>&lt;b&gt;시스템 키체인을 사용할 수 없습니다.&lt;/b&gt; 시크릿을 이번 세션 동안만 보관할 수 있으며, PortOne Desk를 종료하면 지워집니다.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>The secret is kept for this session only. It will be forgotten when PortOne Desk closes; save it again once the keychain is available.</source>
        <translation>시크릿을 이번 세션 동안만 보관합니다. PortOne Desk를 종료하면 지워지므로, 키체인을 사용할 수 있게 되면 다시 저장하세요.</translation>
    </message>
</context>
<context>
    <name>portone::MainWindow</name>
    <message>
        <source>LIVE ACCOUNT — requests here move real money and real customer data</source>
        <translation>실연동 계정 — 여기서 보내는 요청은 실제 결제 금액과 실제 고객 정보를 처리합니다</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>작업 공간</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>프로필(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>한국어 (Korean)</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The new language applies the next time PortOne Desk starts.</source>
        <translation>변경한 언어는 PortOne Desk를 다음에 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>샌드박스</translation>
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
        <translation>성공</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>결과 알 수 없음</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>응답 없음</translation>
    </message>
    <message>
        <source>Last request: %1 %2 — %3 (%4, %5 ms)</source>
        <translation>마지막 요청: %1 %2 — %3 (%4, %5ms)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>Copy last request as &amp;curl</source>
        <translation>마지막 요청을 curl로 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copies a curl command that repeats the last request, with $PORTONE_TOKEN and placeholders instead of secrets.</source>
        <translation>마지막 요청을 다시 보내는 curl 명령을 복사합니다. 토큰은 $PORTONE_TOKEN, 민감한 값은 자리표시자로 바뀝니다.</translation>
    </message>
    <message>
        <source>Copied a curl command for the last request (the token is $PORTONE_TOKEN; secrets are placeholders).</source>
        <translation>마지막 요청의 curl 명령을 복사했습니다(토큰은 $PORTONE_TOKEN, 민감한 값은 자리표시자).</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>마지막 요청</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About PortOne Desk</source>
        <translation>PortOne Desk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>Choose a workspace: Ctrl+1 to Ctrl+6</source>
        <translation>작업 공간 선택: Ctrl+1 ~ Ctrl+6</translation>
    </message>
</context>
<context>
    <name>portone::MissingIdsPanel</name>
    <message>
        <source>Not looked up: PortOne reported a failure (%1)</source>
        <translation>조회되지 않음: 포트원이 실패를 알렸습니다 (%1)</translation>
    </message>
    <message>
        <source>Copy the ids PortOne did not look up, one per line</source>
        <translation>포트원이 조회하지 못한 ID를 한 줄에 하나씩 복사합니다</translation>
    </message>
    <message>
        <source>Copy the ids not looked up</source>
        <translation>조회되지 않은 ID 복사</translation>
    </message>
    <message>
        <source>Ids not looked up</source>
        <translation>조회되지 않은 ID</translation>
    </message>
    <message>
        <source>Copy list</source>
        <translation>목록 복사</translation>
    </message>
    <message>
        <source>Ids not found</source>
        <translation>찾지 못한 ID</translation>
    </message>
    <message>
        <source>Copy the ids not found</source>
        <translation>찾지 못한 ID 복사</translation>
    </message>
    <message>
        <source>Copy the ids that were not found, one per line</source>
        <translation>찾지 못한 ID를 한 줄에 하나씩 복사합니다</translation>
    </message>
    <message>
        <source>Not found (%1)</source>
        <translation>찾지 못함 (%1)</translation>
    </message>
</context>
<context>
    <name>portone::OtpConfirmPanel</name>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Request again</source>
        <translation>다시 요청</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>imp_uid</source>
        <translation>포트원 인증 고유번호 (imp_uid)</translation>
    </message>
    <message>
        <source>Copy imp_uid</source>
        <translation>imp_uid 복사</translation>
    </message>
    <message>
        <source>imp_uid:</source>
        <translation>포트원 인증 고유번호 (imp_uid):</translation>
    </message>
    <message>
        <source>Code from the text message (OTP):</source>
        <translation>문자 메시지의 인증번호 (OTP):</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>남은 시간</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>남은 시간:</translation>
    </message>
    <message>
        <source>Confirm the certification</source>
        <translation>본인인증 확인</translation>
    </message>
    <message>
        <source>Request a new code</source>
        <translation>인증번호 다시 요청</translation>
    </message>
    <message>
        <source>Sends a new request with the same details and a new merchant_uid</source>
        <translation>같은 정보와 새 고객사 주문번호(merchant_uid)로 다시 요청합니다</translation>
    </message>
    <message>
        <source>Cancel and go back to the request form</source>
        <translation>취소하고 요청 화면으로 돌아가기</translation>
    </message>
    <message>
        <source>PortOne asked the customer&apos;s carrier app for approval. When the customer has approved it in the app, press Confirm. The request expires in 3 minutes.</source>
        <translation>포트원이 고객의 통신사 앱에 승인을 요청했습니다. 고객이 앱에서 승인하면 확인을 누르세요. 요청은 3분 후 만료됩니다.</translation>
    </message>
    <message>
        <source>PortOne sent a code by text message to the customer&apos;s phone. Ask for it and type it below; the code expires in 3 minutes.</source>
        <translation>포트원이 고객의 휴대폰으로 문자 메시지 인증번호를 보냈습니다. 고객에게 번호를 받아 아래에 입력하세요. 인증번호는 3분 후 만료됩니다.</translation>
    </message>
    <message>
        <source>Time is up: the code has probably expired. Press &quot;Request again&quot; if confirming fails.</source>
        <translation>시간이 지났습니다. 인증번호가 만료되었을 수 있습니다. 확인에 실패하면 &quot;다시 요청&quot;을 누르세요.</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>%1:%2 남음</translation>
    </message>
</context>
<context>
    <name>portone::OtpRequestForm</name>
    <message>
        <source>MVNO (budget carrier)</source>
        <translation>알뜰폰</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새로 생성</translation>
    </message>
    <message>
        <source>Request OTP</source>
        <translation>인증번호 요청</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>010-1234-5678 (any separators)</source>
        <translation>010-1234-5678 (구분 기호 자유)</translation>
    </message>
    <message>
        <source>Mobile phone:</source>
        <translation>휴대폰 번호:</translation>
    </message>
    <message>
        <source>YYMMDD</source>
        <translation>YYMMDD</translation>
    </message>
    <message>
        <source>Date of birth (YYMMDD):</source>
        <translation>생년월일 (YYMMDD):</translation>
    </message>
    <message>
        <source>First digit of the resident number&apos;s second half. 1/2: Korean born before 2000 (male/female) · 3/4: Korean born from 2000 · 5/6: foreigner born before 2000 · 7/8: foreigner born from 2000</source>
        <translation>주민등록번호 뒷자리 첫 번째 숫자입니다. 1/2: 2000년 이전 출생 내국인(남/여) · 3/4: 2000년 이후 출생 내국인 · 5/6: 2000년 이전 출생 외국인 · 7/8: 2000년 이후 출생 외국인</translation>
    </message>
    <message>
        <source>Gender digit:</source>
        <translation>성별구분코드:</translation>
    </message>
    <message>
        <source>Check when the phone is on a budget carrier (알뜰폰) that uses the chosen carrier&apos;s network.</source>
        <translation>선택한 통신사의 망을 쓰는 알뜰폰이면 선택하세요.</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>통신사:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>Company (shown to the customer):</source>
        <translation>회사명 (고객에게 표시):</translation>
    </message>
    <message>
        <source>New merchant_uid</source>
        <translation>새 고객사 주문번호(merchant_uid)</translation>
    </message>
    <message>
        <source>Generate a new unique merchant_uid</source>
        <translation>고유한 고객사 주문번호(merchant_uid)를 새로 생성합니다</translation>
    </message>
    <message>
        <source>merchant_uid (order number):</source>
        <translation>고객사 주문번호 (merchant_uid):</translation>
    </message>
    <message>
        <source>Channel (channel_key):</source>
        <translation>채널 (channel_key):</translation>
    </message>
    <message>
        <source>SMS: the customer reads out the code from the text message</source>
        <translation>SMS: 고객이 문자 메시지의 인증번호를 불러 줌</translation>
    </message>
    <message>
        <source>APP: the customer approves in the carrier&apos;s app</source>
        <translation>APP: 고객이 통신사 앱에서 승인</translation>
    </message>
    <message>
        <source>Verification method:</source>
        <translation>인증 방식:</translation>
    </message>
    <message>
        <source>Optional JSON object, e.g. {&quot;key&quot;: &quot;value&quot;}</source>
        <translation>선택 사항. JSON 객체 (예: {&quot;key&quot;: &quot;value&quot;})</translation>
    </message>
    <message>
        <source>bypass (JSON):</source>
        <translation>bypass (JSON):</translation>
    </message>
    <message>
        <source>No code to type: the customer approves the request in the app, then you press Confirm. Only some channels support APP (e.g. KCP v2).</source>
        <translation>입력할 인증번호가 없습니다. 고객이 앱에서 요청을 승인하면 확인을 누르세요. APP 방식은 일부 채널(예: KCP v2)만 지원합니다.</translation>
    </message>
    <message>
        <source>PortOne sends a code by text message; the customer reads it out to you.</source>
        <translation>포트원이 문자 메시지로 인증번호를 보내면, 고객이 그 번호를 불러 줍니다.</translation>
    </message>
</context>
<context>
    <name>portone::OutcomeNotice</name>
    <message>
        <source>Outcome unknown</source>
        <translation>결과 알 수 없음</translation>
    </message>
</context>
<context>
    <name>portone::PaymentCsvFile</name>
    <message>
        <source>Could not replace %1.</source>
        <translation>%1 파일을 바꿀 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>portone::PaymentDetailPanel</name>
    <message>
        <source>&lt;b&gt;Payment details&lt;/b&gt;</source>
        <translation>&lt;b&gt;결제 상세&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a payment in the table to see its details.</source>
        <translation>표에서 결제 건을 선택하면 상세 정보가 표시됩니다.</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>결제 상세</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>영수증</translation>
    </message>
    <message>
        <source>Receipt: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>영수증: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Receipt: none</source>
        <translation>영수증: 없음</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>환불…</translation>
    </message>
    <message>
        <source>Refund this payment</source>
        <translation>이 결제 환불</translation>
    </message>
    <message>
        <source>Select a payment first.</source>
        <translation>먼저 결제 건을 선택하세요.</translation>
    </message>
    <message>
        <source>This profile is read-only (look-ups only): refunds are disabled.</source>
        <translation>읽기 전용 프로필입니다(조회만 가능). 환불할 수 없습니다.</translation>
    </message>
    <message>
        <source>Only a paid payment can be refunded; this one is %1.</source>
        <translation>결제 완료된 건만 환불할 수 있습니다. 이 결제는 %1 상태입니다.</translation>
    </message>
    <message>
        <source>Nothing is left to refund.</source>
        <translation>환불할 잔액이 없습니다.</translation>
    </message>
    <message>
        <source>Refund all or part of the %1 left on this payment.</source>
        <translation>이 결제에 남은 %1의 전부 또는 일부를 환불합니다.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Refunds&lt;/b&gt; (%n)</source>
        <translation>
            <numerusform>&lt;b&gt;환불 내역&lt;/b&gt; (%n건)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portone::PaymentDetailRows</name>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>카드사</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>카드번호</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>할부</translation>
    </message>
    <message>
        <source>Lump sum</source>
        <translation>일시불</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n개월</numerusform>
        </translation>
    </message>
    <message>
        <source>Approval number</source>
        <translation>승인번호</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>은행</translation>
    </message>
    <message>
        <source>Virtual account bank</source>
        <translation>가상계좌 은행</translation>
    </message>
    <message>
        <source>Virtual account number</source>
        <translation>가상계좌 번호</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>예금주</translation>
    </message>
    <message>
        <source>Deposit deadline</source>
        <translation>입금 기한</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>발급 시각</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>구매자</translation>
    </message>
    <message>
        <source>Buyer email</source>
        <translation>구매자 이메일</translation>
    </message>
    <message>
        <source>Buyer phone</source>
        <translation>구매자 전화번호</translation>
    </message>
    <message>
        <source>Buyer address</source>
        <translation>구매자 주소</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Order name</source>
        <translation>주문명</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>결제 금액</translation>
    </message>
    <message>
        <source>Refunded amount</source>
        <translation>환불된 금액</translation>
    </message>
    <message>
        <source>Refundable balance</source>
        <translation>환불 가능 잔액</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>결제 수단</translation>
    </message>
    <message>
        <source>PG</source>
        <translation>PG사</translation>
    </message>
    <message>
        <source>PG tid</source>
        <translation>PG사 거래번호</translation>
    </message>
    <message>
        <source>Escrow</source>
        <translation>에스크로</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>결제 요청 시각</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>결제 완료 시각</translation>
    </message>
    <message>
        <source>Failed at</source>
        <translation>결제 실패 시각</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>실패 사유</translation>
    </message>
    <message>
        <source>Cancelled at</source>
        <translation>결제 취소 시각</translation>
    </message>
    <message>
        <source>Cancellation reason</source>
        <translation>취소 사유</translation>
    </message>
    <message>
        <source>Cash receipt issued</source>
        <translation>현금영수증 발급</translation>
    </message>
    <message>
        <source>Custom data</source>
        <translation>추가 정보(custom_data)</translation>
    </message>
    <message>
        <source>Test payment</source>
        <translation>테스트 결제</translation>
    </message>
</context>
<context>
    <name>portone::PaymentLookupForm</name>
    <message>
        <source>&amp;Look up</source>
        <translation>조회(&amp;L)</translation>
    </message>
    <message>
        <source>Look up by</source>
        <translation>조회 기준</translation>
    </message>
    <message>
        <source>By imp_uid</source>
        <translation>거래고유번호 (imp_uid)</translation>
    </message>
    <message>
        <source>By merchant_uid</source>
        <translation>고객사 주문번호 (merchant_uid)</translation>
    </message>
    <message>
        <source>Several ids</source>
        <translation>여러 ID</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>조회</translation>
    </message>
    <message>
        <source>Look up (Enter)</source>
        <translation>조회 (Enter)</translation>
    </message>
    <message>
        <source>imp_uid (PortOne payment id):</source>
        <translation>포트원 거래고유번호 (imp_uid):</translation>
    </message>
    <message>
        <source>Include test payments (include_sandbox)</source>
        <translation>테스트 결제 포함 (include_sandbox)</translation>
    </message>
    <message>
        <source>Include test payments</source>
        <translation>테스트 결제 포함</translation>
    </message>
    <message>
        <source>Payments made through a test channel are found only when this is ticked. PortOne offers this option for the imp_uid lookup only.</source>
        <translation>테스트 채널로 결제된 건은 이 항목을 선택해야 조회됩니다. 포트원은 이 옵션을 imp_uid 조회에만 제공합니다.</translation>
    </message>
    <message>
        <source>merchant_uid (order number):</source>
        <translation>고객사 주문번호 (merchant_uid):</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Not paid (ready)</source>
        <translation>미결제 (ready)</translation>
    </message>
    <message>
        <source>Paid (paid)</source>
        <translation>결제완료 (paid)</translation>
    </message>
    <message>
        <source>Failed (failed)</source>
        <translation>결제실패 (failed)</translation>
    </message>
    <message>
        <source>Cancelled (cancelled)</source>
        <translation>결제취소 (cancelled)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>When several payments share the merchant_uid, PortOne returns the first one in this order.</source>
        <translation>같은 고객사 주문번호(merchant_uid)로 된 결제 건이 여러 개이면, 포트원은 이 순서로 정렬한 첫 번째 건을 돌려줍니다.</translation>
    </message>
    <message>
        <source>Newest started first (-started)</source>
        <translation>결제 요청 최신순 (-started)</translation>
    </message>
    <message>
        <source>Oldest started first (started)</source>
        <translation>결제 요청 오래된순 (started)</translation>
    </message>
    <message>
        <source>Newest paid first (-paid)</source>
        <translation>결제 완료 최신순 (-paid)</translation>
    </message>
    <message>
        <source>Oldest paid first (paid)</source>
        <translation>결제 완료 오래된순 (paid)</translation>
    </message>
    <message>
        <source>Newest updated first (-updated)</source>
        <translation>최종 변경 최신순 (-updated)</translation>
    </message>
    <message>
        <source>Oldest updated first (updated)</source>
        <translation>최종 변경 오래된순 (updated)</translation>
    </message>
    <message>
        <source>Sorting:</source>
        <translation>정렬:</translation>
    </message>
    <message>
        <source>imp_uid</source>
        <translation>포트원 거래고유번호 (imp_uid)</translation>
    </message>
    <message>
        <source>The ids are imp_uids</source>
        <translation>ID가 포트원 거래고유번호(imp_uid)임</translation>
    </message>
    <message>
        <source>merchant_uid (order number)</source>
        <translation>고객사 주문번호 (merchant_uid)</translation>
    </message>
    <message>
        <source>The ids are merchant_uids</source>
        <translation>ID가 고객사 주문번호(merchant_uid)임</translation>
    </message>
    <message>
        <source>The ids are:</source>
        <translation>ID 종류:</translation>
    </message>
    <message>
        <source>Paste up to %1 ids: one per line, or separated by commas or spaces.</source>
        <translation>ID를 최대 %1개까지 붙여 넣으세요. 한 줄에 하나씩 넣거나 쉼표 또는 공백으로 구분합니다.</translation>
    </message>
    <message>
        <source>Ctrl+Enter looks them up</source>
        <translation>Ctrl+Enter로 조회합니다</translation>
    </message>
    <message>
        <source>Ids:</source>
        <translation>ID 목록:</translation>
    </message>
    <message>
        <source>Number of ids</source>
        <translation>ID 개수</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) will be looked up.</source>
        <translation>
            <numerusform>ID %n개를 조회합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ids: at most %2 can be looked up at once. Remove %3.</source>
        <translation>ID %1개: 한 번에 최대 %2개까지 조회할 수 있습니다. %3개를 지우세요.</translation>
    </message>
    <message>
        <source>Paste at least one id.</source>
        <translation>ID를 하나 이상 붙여 넣으세요.</translation>
    </message>
</context>
<context>
    <name>portone::PaymentSearch</name>
    <message>
        <source>Choose a start and an end date, the end after the start.</source>
        <translation>시작일과 종료일을 고르십시오. 종료일은 시작일 이후여야 합니다.</translation>
    </message>
    <message>
        <source>A page holds 1 to %1 payments.</source>
        <translation>한 페이지에는 결제 1건부터 %1건까지 담을 수 있습니다.</translation>
    </message>
    <message>
        <source>No active connection profile.</source>
        <translation>활성 연결 프로필이 없습니다.</translation>
    </message>
</context>
<context>
    <name>portone::PaymentSearchForm</name>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>All statuses (all)</source>
        <translation>모든 상태 (all)</translation>
    </message>
    <message>
        <source>Not paid (ready)</source>
        <translation>미결제 (ready)</translation>
    </message>
    <message>
        <source>Paid (paid)</source>
        <translation>결제완료 (paid)</translation>
    </message>
    <message>
        <source>Cancelled (cancelled)</source>
        <translation>결제취소 (cancelled)</translation>
    </message>
    <message>
        <source>Failed (failed)</source>
        <translation>결제실패 (failed)</translation>
    </message>
    <message>
        <source>PortOne matches the range against the time of each payment&apos;s status: started for ready, paid, cancelled or failed.</source>
        <translation>포트원은 각 결제건의 상태 시각으로 기간을 비교합니다. ready는 결제 시작 시각, paid·cancelled·failed는 각각 결제완료·취소·실패 시각입니다.</translation>
    </message>
    <message>
        <source>From (first day)</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>To (last day)</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Whole days, both included. Any length: PortOne is asked 90 days at a time.</source>
        <translation>시작일과 종료일을 모두 포함한 하루 단위입니다. 기간에 제한은 없으며, 포트원에는 90일씩 나누어 조회합니다.</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>기간:</translation>
    </message>
    <message>
        <source>Sorting:</source>
        <translation>정렬:</translation>
    </message>
    <message>
        <source>The last day must be on or after the first day.</source>
        <translation>종료일은 시작일과 같거나 그 이후여야 합니다.</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>시간대:</translation>
    </message>
</context>
<context>
    <name>portone::PaymentSearchView</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Include personal data (buyer name, email, phone, address)</source>
        <translation>개인정보 포함 (구매자 이름, 이메일, 전화번호, 주소)</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <source>Cancel the search or export</source>
        <translation>검색 또는 내보내기 취소</translation>
    </message>
    <message>
        <source>Search progress</source>
        <translation>검색 진행률</translation>
    </message>
    <message>
        <source>Payments found so far</source>
        <translation>지금까지 찾은 결제건</translation>
    </message>
    <message>
        <source>Search outcome</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>Runs this search again straight into a CSV file, page by page: every payment found, not only those in the table.</source>
        <translation>이 검색을 다시 실행해 페이지마다 바로 CSV 파일에 씁니다. 표에 보이는 결제건만이 아니라 찾은 결제건 전부를 씁니다.</translation>
    </message>
    <message>
        <source>Payments found by the search</source>
        <translation>검색으로 찾은 결제건</translation>
    </message>
    <message>
        <source>No search yet. Choose a status and the days, then press Search.</source>
        <translation>아직 검색하지 않았습니다. 상태와 기간을 고른 뒤 검색을 누르십시오.</translation>
    </message>
    <message>
        <source>Export payments</source>
        <translation>결제건 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 파일에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 파일로 내보내는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) so far</source>
        <translation>
            <numerusform>지금까지 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n payment(s)</source>
        <translation>
            <numerusform>%1 / %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n payment(s).</source>
        <translation>
            <numerusform>결제 %n건을 찾았습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search cancelled after %n payment(s); those are shown.</source>
        <translation>
            <numerusform>결제 %n건을 받은 뒤 검색을 취소했습니다. 받은 결제건은 표에 남아 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search stopped on the error above after %n payment(s); those are shown.</source>
        <translation>
            <numerusform>결제 %n건을 받은 뒤 위의 오류로 검색이 중단되었습니다. 받은 결제건은 표에 남아 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The table shows the first %1; export to CSV for all of them.</source>
        <translation>표에는 처음 %1건만 표시합니다. 전부 보려면 CSV로 내보내십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Export complete: %n payment(s) in %1.</source>
        <translation>
            <numerusform>내보내기 완료: 결제 %n건을 %1에 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>내보내기를 취소했습니다.</translation>
    </message>
    <message>
        <source>Export stopped on the error above.</source>
        <translation>위의 오류로 내보내기가 중단되었습니다.</translation>
    </message>
    <message>
        <source>Export stopped: the file could not be written (%1).</source>
        <translation>파일에 쓸 수 없어 내보내기가 중단되었습니다 (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The file is INCOMPLETE: %1 holds only the first %n payment(s).</source>
        <translation>
            <numerusform>파일이 완전하지 않습니다: %1에는 앞의 결제 %n건만 들어 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile is active. Choose a profile to search payments.</source>
        <translation>활성 프로필이 없습니다. 결제건을 검색하려면 프로필을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>portone::PaymentTableModel</name>
    <message>
        <source>Not paid</source>
        <translation>미결제</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>결제완료</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>결제취소</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>결제실패</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>실시간 계좌이체</translation>
    </message>
    <message>
        <source>Virtual account</source>
        <translation>가상계좌</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>휴대폰 소액결제</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>포인트</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>상태 값(status): %1</translation>
    </message>
    <message>
        <source>pay_method: %1</source>
        <translation>결제 수단 값(pay_method): %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>결제 수단</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>카드 번호</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>구매자</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>결제 완료 시각</translation>
    </message>
    <message>
        <source>Failed at</source>
        <translation>결제 실패 시각</translation>
    </message>
    <message>
        <source>Cancelled at</source>
        <translation>결제 취소 시각</translation>
    </message>
    <message>
        <source>merchant_uid (order number)</source>
        <translation>고객사 주문번호 (merchant_uid)</translation>
    </message>
</context>
<context>
    <name>portone::PaymentsWorkspace</name>
    <message>
        <source>Found %1 of %2 payments; PortOne could not look up %3 (listed below, with its message above): they may exist.</source>
        <translation>결제 %2건 중 %1건을 찾았습니다. 포트원이 %3건을 조회하지 못했습니다(아래 목록, 포트원 메시지는 위에 있습니다). 이 결제들은 존재할 수도 있습니다.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Payments&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;결제 조회&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Look up payments to answer a customer: by imp_uid, by merchant_uid (order number), or up to %1 ids at once.</source>
        <translation>고객 문의에 답할 수 있도록 결제 건을 조회합니다. 포트원 거래고유번호(imp_uid)나 고객사 주문번호(merchant_uid)로 조회하거나, 최대 %1개의 ID를 한 번에 조회할 수 있습니다.</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>안내</translation>
    </message>
    <message>
        <source>Test payments are excluded from this lookup unless &quot;Include test payments&quot; is ticked. Tick it and look up again if this may be a test payment.</source>
        <translation>&quot;테스트 결제 포함&quot;을 선택하지 않으면 테스트 결제는 조회되지 않습니다. 테스트 결제일 수 있다면 이 항목을 선택하고 다시 조회하세요.</translation>
    </message>
    <message>
        <source>Lookup outcome</source>
        <translation>조회 결과</translation>
    </message>
    <message>
        <source>Payments found</source>
        <translation>조회된 결제</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>결제 조회</translation>
    </message>
    <message>
        <source>No profile is active. Choose a profile to look up payments.</source>
        <translation>사용 중인 프로필이 없습니다. 결제를 조회하려면 프로필을 선택하세요.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 조회 중…</translation>
    </message>
    <message>
        <source>Looking up merchant_uid %1…</source>
        <translation>고객사 주문번호(merchant_uid) %1 조회 중…</translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n payment(s)…</source>
        <translation>
            <numerusform>결제 %n건 조회 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Found payment %1.</source>
        <translation>결제를 찾았습니다: %1.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n id(s) was found.</source>
        <translation>
            <numerusform>ID %n개 중 찾은 결제가 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found %1 of %2 payments; %3 not found (listed below).</source>
        <translation>결제 %2건 중 %1건을 찾았습니다. %3건은 찾지 못했습니다(아래 목록 참고).</translation>
    </message>
    <message numerus="yes">
        <source>Found %n payment(s).</source>
        <translation>
            <numerusform>결제 %n건을 찾았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lookup cancelled. Nothing was changed.</source>
        <translation>조회가 취소되었습니다. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <source>No payments looked up yet. Type an imp_uid above, or choose By merchant_uid or Several ids, then press Look up.</source>
        <translation>아직 조회한 결제가 없습니다. 위에 imp_uid를 입력하거나 merchant_uid로 조회 또는 여러 ID 조회를 선택한 다음 조회를 누르세요.</translation>
    </message>
    <message>
        <source>All payments of this merchant_uid</source>
        <translation>이 merchant_uid의 모든 결제건</translation>
    </message>
    <message>
        <source>Every payment made with this order number (retries, failures, refunds), newest first (GET /payments/findAll).</source>
        <translation>이 주문번호로 시도한 모든 결제건(재시도, 실패, 환불 포함)을 최근 순으로 봅니다 (GET /payments/findAll).</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>조회</translation>
    </message>
    <message>
        <source>Search by status and date</source>
        <translation>상태·기간으로 검색</translation>
    </message>
    <message>
        <source>Looking up every payment of merchant_uid %1…</source>
        <translation>merchant_uid %1의 모든 결제건을 조회하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>merchant_uid %1 has %n payment(s).</source>
        <translation>
            <numerusform>merchant_uid %1의 결제건은 %n건입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n are shown.</source>
        <translation>
            <numerusform>처음 %n건을 표시합니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portone::PortOneClient</name>
    <message>
        <source>A full refund (%1)</source>
        <translation>전액 환불(%1)</translation>
    </message>
    <message>
        <source>A partial refund of %L1 (%2)</source>
        <translation>%L1원 부분 환불(%2)</translation>
    </message>
    <message>
        <source>A Benepia payment of %L1 P (merchant_uid %2)</source>
        <translation>베네피아 %L1 P 결제(merchant_uid %2)</translation>
    </message>
    <message>
        <source>The deletion of certification %1</source>
        <translation>본인인증 %1 삭제</translation>
    </message>
    <message>
        <source>An OTP confirmation of imp_uid %1</source>
        <translation>imp_uid %1의 OTP 확인</translation>
    </message>
    <message>
        <source>An OTP request (a text message to the customer)</source>
        <translation>OTP 요청(고객에게 보내는 문자 메시지)</translation>
    </message>
    <message>
        <source>The deletion of billing key %1</source>
        <translation>빌링키 %1 삭제</translation>
    </message>
    <message>
        <source>A billing-key registration for customer_uid %1</source>
        <translation>customer_uid %1의 빌링키 등록</translation>
    </message>
    <message>
        <source>The page number starts at 1.</source>
        <translation>페이지 번호는 1부터 시작합니다.</translation>
    </message>
    <message>
        <source>billing key %1</source>
        <translation>빌링키 %1</translation>
    </message>
    <message>
        <source>A charge of %1 to billing key %2 (merchant_uid %3)</source>
        <translation>빌링키 %2로 %1원 결제(merchant_uid %3)</translation>
    </message>
    <message>
        <source>Scheduling %1 payment(s) of billing key %2, %3 in total (merchant_uid %4)</source>
        <translation>빌링키 %2의 결제 %1건 예약, 합계 %3원(merchant_uid %4)</translation>
    </message>
    <message>
        <source>Cancelling the scheduled payments merchant_uid %1</source>
        <translation>예약 결제 취소(merchant_uid %1)</translation>
    </message>
    <message>
        <source>Cancelling the scheduled payments merchant_uid %1 of billing key %2</source>
        <translation>빌링키 %2의 예약 결제 취소(merchant_uid %1)</translation>
    </message>
    <message>
        <source>Cancelling every scheduled payment of billing key %1</source>
        <translation>빌링키 %1의 예약 결제 전체 취소</translation>
    </message>
    <message>
        <source>Moving the scheduled payment %1 to %2</source>
        <translation>예약 결제 %1의 예약 시각을 %2(으)로 변경</translation>
    </message>
    <message>
        <source>Scheduling the failed payment %1 again for %2</source>
        <translation>실패한 결제 %1을(를) %2에 다시 예약</translation>
    </message>
    <message>
        <source>Charging the failed scheduled payment %1 now</source>
        <translation>실패한 예약 결제 %1 즉시 재결제</translation>
    </message>
    <message>
        <source>A full refund of %L1 (%2)</source>
        <translation>%L1원 전액 환불(%2)</translation>
    </message>
</context>
<context>
    <name>portone::ProfileConnectionTest</name>
    <message>
        <source>Channel list (GET /users/pg) not available: %1. The keys themselves were accepted.</source>
        <translation>채널 목록(GET /users/pg)을 가져올 수 없습니다: %1. 키 자체는 승인되었습니다.</translation>
    </message>
    <message>
        <source>Channel list (GET /users/pg): cancelled.</source>
        <translation>채널 목록(GET /users/pg): 취소되었습니다.</translation>
    </message>
    <message>
        <source>No token was issued: the keys could not be checked.</source>
        <translation>토큰이 발급되지 않았습니다. 키를 확인하지 못했습니다.</translation>
    </message>
    <message>
        <source>imp_key and imp_secret refused: no token was issued.</source>
        <translation>imp_key와 imp_secret이 거부되었습니다. 토큰이 발급되지 않았습니다.</translation>
    </message>
    <message>
        <source>imp_key and imp_secret accepted (token issued).</source>
        <translation>imp_key와 imp_secret이 승인되었습니다(토큰 발급됨).</translation>
    </message>
    <message>
        <source>Channel list result</source>
        <translation>채널 목록 결과</translation>
    </message>
    <message>
        <source>Gets a token with the keys in the form, then lists the PG channels of the account. Nothing is saved.</source>
        <translation>양식의 키로 토큰을 발급받은 다음 계정의 PG사 채널을 조회합니다. 아무것도 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>본인인증</translation>
    </message>
    <message>
        <source>API payment</source>
        <translation>API 결제</translation>
    </message>
    <message>
        <source>Payment window</source>
        <translation>결제창</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>Uses the imp_key, address and Tier in the form, and the secret typed above, or the stored secret when the field is empty.</source>
        <translation>입력한 REST API 키(imp_key), 주소, 하위 상점(Tier)과 위에 입력한 시크릿을 사용합니다. 시크릿 칸이 비어 있으면 저장된 시크릿을 사용합니다.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>연결 테스트 결과</translation>
    </message>
    <message>
        <source>Connection test error</source>
        <translation>연결 테스트 오류</translation>
    </message>
    <message>
        <source>PG channels of the account</source>
        <translation>계정의 PG사 채널</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>PG (pg_provider/pg_id)</source>
        <translation>PG사 (pg_provider/pg_id)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>Channel key</source>
        <translation>채널 키</translation>
    </message>
    <message>
        <source>Getting a token and the channel list from %1…</source>
        <translation>%1에서 토큰과 채널 목록을 받는 중…</translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation>연결 테스트가 취소되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Channel list (GET /users/pg): %n PG channel(s) configured.</source>
        <translation>
            <numerusform>채널 목록(GET /users/pg): PG사 채널 %n개가 설정되어 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>실연동</translation>
    </message>
</context>
<context>
    <name>portone::ProfileEditor</name>
    <message>
        <source>How long to wait for an answer. Registering a billing key and paying wait on a card company or PG and get the longer time; everything else the look-up time.</source>
        <translation>응답을 기다리는 시간입니다. 빌링키 등록과 결제는 카드사나 PG를 기다리므로 더 긴 시간을 쓰고, 나머지 요청은 조회 제한 시간을 씁니다.</translation>
    </message>
    <message>
        <source>Card company or PG timeout in seconds</source>
        <translation>카드사 또는 PG 제한 시간(초)</translation>
    </message>
    <message>
        <source>Look-up timeout in seconds</source>
        <translation>조회 제한 시간(초)</translation>
    </message>
    <message>
        <source>Card company / PG timeout:</source>
        <translation>카드사/PG 제한 시간:</translation>
    </message>
    <message>
        <source>Look-up timeout:</source>
        <translation>조회 제한 시간:</translation>
    </message>
    <message>
        <source>The API address is not the saved one: type the imp_secret again. The stored secret is only sent to the address it was saved with.</source>
        <translation>API 주소가 저장된 주소와 다릅니다. imp_secret을 다시 입력하세요. 저장된 시크릿은 함께 저장된 주소로만 보냅니다.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 초</translation>
    </message>
    <message>
        <source>Live account (real money)</source>
        <translation>실연동 계정 (실제 결제)</translation>
    </message>
    <message>
        <source>Live account marker</source>
        <translation>실연동 계정 표시</translation>
    </message>
    <message>
        <source>LIVE ACCOUNT: requests made with this profile move real money.</source>
        <translation>실연동 계정: 이 프로필로 보내는 요청은 실제 돈을 처리합니다.</translation>
    </message>
    <message>
        <source>e.g. My shop (live)</source>
        <translation>예: 내 상점 (실연동)</translation>
    </message>
    <message>
        <source>From the PortOne admin console</source>
        <translation>포트원 관리자 콘솔에서 확인</translation>
    </message>
    <message>
        <source>Stored secret</source>
        <translation>저장된 시크릿</translation>
    </message>
    <message>
        <source>Agencies only, e.g. A1B</source>
        <translation>에이전시 전용, 예: A1B</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>프로필 이름:</translation>
    </message>
    <message>
        <source>REST API key (imp_key):</source>
        <translation>REST API 키 (imp_key):</translation>
    </message>
    <message>
        <source>REST API secret (imp_secret):</source>
        <translation>REST API 시크릿 (imp_secret):</translation>
    </message>
    <message>
        <source>Tier code:</source>
        <translation>하위 상점(Tier) 코드:</translation>
    </message>
    <message>
        <source>Default channels (optional)</source>
        <translation>기본 채널 (선택)</translation>
    </message>
    <message>
        <source>Certification channel_key:</source>
        <translation>본인인증 채널 키 (channel_key):</translation>
    </message>
    <message>
        <source>Billing key channel_key:</source>
        <translation>빌링키 채널 키 (channel_key):</translation>
    </message>
    <message>
        <source>Benepia channel_key:</source>
        <translation>베네피아 채널 키 (channel_key):</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>고급</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>고급 설정 보기</translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation>API 기본 URL:</translation>
    </message>
    <message>
        <source>Leave as https://api.iamport.kr unless told otherwise. Plain http is allowed only for this computer (a local sandbox).</source>
        <translation>별도 안내가 없으면 https://api.iamport.kr 그대로 두세요. 암호화되지 않은 http는 이 컴퓨터(로컬 샌드박스)에만 허용됩니다.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>필수</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>비워 두면 저장된 시크릿을 그대로 씁니다</translation>
    </message>
    <message>
        <source>No secret stored yet.</source>
        <translation>아직 저장된 시크릿이 없습니다.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>새 프로필</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>프로필 편집</translation>
    </message>
    <message>
        <source>Read-only: look-ups only</source>
        <translation>읽기 전용: 조회만 가능</translation>
    </message>
    <message>
        <source>Sending OTPs, registering or deleting billing keys, deleting certifications and paying are disabled with this profile.</source>
        <translation>이 프로필로는 OTP 발송, 빌링키 등록·삭제, 본인인증 삭제, 결제를 할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>portone::ProfileSwitcher</name>
    <message>
        <source>Manage profiles…</source>
        <translation>프로필 관리…</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>사용 중인 프로필</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>프로필:</translation>
    </message>
    <message>
        <source>Sandbox (built-in, no keys)</source>
        <translation>샌드박스 (내장, API 키 불필요)</translation>
    </message>
    <message>
        <source>%1 (live)</source>
        <translation>%1 (실연동)</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>프로필 없음</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>실연동</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>Live account: real payments</source>
        <translation>실연동 계정: 실제 결제</translation>
    </message>
    <message>
        <source>Test account</source>
        <translation>테스트 계정</translation>
    </message>
    <message>
        <source>No Tier</source>
        <translation>하위 상점(Tier) 없음</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>하위 상점(Tier) %1</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>Read-only profile: look-ups only</source>
        <translation>읽기 전용 프로필: 조회만 가능</translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation> · 읽기 전용</translation>
    </message>
</context>
<context>
    <name>portone::ProfilesDialog</name>
    <message>
        <source>Type the imp_secret to test this address: the stored secret is only sent to the saved address.</source>
        <translation>이 주소를 테스트하려면 imp_secret을 입력하세요. 저장된 시크릿은 저장된 주소로만 보냅니다.</translation>
    </message>
    <message>
        <source>Save the profile with its new API address first.</source>
        <translation>새 API 주소로 프로필을 먼저 저장하세요.</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>실연동</translation>
    </message>
    <message>
        <source>test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>하위 상점(Tier) %1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Another profile already has this name.</source>
        <translation>같은 이름의 프로필이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Enter the REST API secret (imp_secret) from the PortOne admin console.</source>
        <translation>포트원 관리자 콘솔에서 발급받은 REST API 시크릿(imp_secret)을 입력하세요.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation>저장하지 않았습니다. 표시된 항목을 수정하세요.</translation>
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation>“%1” 프로필을 저장했습니다.</translation>
    </message>
    <message>
        <source>Saving the secret in the system keychain…</source>
        <translation>시스템 키체인에 시크릿을 저장하는 중…</translation>
    </message>
    <message>
        <source>A secret is stored in the keychain.</source>
        <translation>키체인에 시크릿이 저장되어 있습니다.</translation>
    </message>
    <message>
        <source>Profile “%1” saved; its secret is stored in the system keychain.</source>
        <translation>“%1” 프로필을 저장했습니다. 시크릿은 시스템 키체인에 저장되었습니다.</translation>
    </message>
    <message>
        <source>Profile “%1” saved without its secret: the keychain is not available.</source>
        <translation>“%1” 프로필을 시크릿 없이 저장했습니다. 키체인을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Profile “%1” saved, but its secret could not be stored.</source>
        <translation>“%1” 프로필을 저장했지만 시크릿은 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>Secret kept for this session only (not in the keychain).</source>
        <translation>시크릿을 이번 세션 동안만 보관합니다 (키체인에 저장되지 않음).</translation>
    </message>
    <message>
        <source>The secret is kept in memory until PortOne Desk closes.</source>
        <translation>시크릿은 PortOne Desk를 종료할 때까지 메모리에 보관됩니다.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>프로필 삭제</translation>
    </message>
    <message>
        <source>Delete the profile “%1” (imp_key %2)? Its imp_secret is erased from the system keychain. This cannot be undone.</source>
        <translation>“%1” 프로필(imp_key %2)을 삭제할까요? 시스템 키체인에 저장된 REST API 시크릿(imp_secret)도 지워지며, 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Erasing the secret from the keychain…</source>
        <translation>키체인에서 시크릿을 지우는 중…</translation>
    </message>
    <message>
        <source>Profile “%1” deleted, but its keychain secret could not be erased: %2</source>
        <translation>“%1” 프로필을 삭제했지만 키체인의 시크릿은 지우지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Profile “%1” deleted; its keychain secret was erased.</source>
        <translation>“%1” 프로필을 삭제했고 키체인의 시크릿도 지웠습니다.</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>먼저 표시된 항목을 수정하세요.</translation>
    </message>
    <message>
        <source>Type the imp_secret to test a profile that is not saved yet.</source>
        <translation>저장하지 않은 프로필을 테스트하려면 REST API 시크릿(imp_secret)을 입력하세요.</translation>
    </message>
    <message>
        <source>There is no secret to test with yet.</source>
        <translation>테스트에 사용할 시크릿이 아직 없습니다.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>키체인을 확인하는 중…</translation>
    </message>
    <message>
        <source>No secret stored.</source>
        <translation>저장된 시크릿이 없습니다.</translation>
    </message>
    <message>
        <source>Unknown: the keychain could not be read.</source>
        <translation>알 수 없음: 키체인을 읽지 못했습니다.</translation>
    </message>
    <message>
        <source>The secret could not be stored: %1</source>
        <translation>시크릿을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Merchant profiles</source>
        <translation>고객사 프로필</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>저장된 프로필</translation>
    </message>
    <message>
        <source>Add a new profile</source>
        <translation>새 프로필 추가</translation>
    </message>
    <message>
        <source>Clears the form for a new profile</source>
        <translation>새 프로필을 입력할 수 있도록 양식을 비웁니다</translation>
    </message>
    <message>
        <source>Delete the selected profile</source>
        <translation>선택한 프로필 삭제</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>프로필 저장</translation>
    </message>
    <message>
        <source>Keychain operation in progress</source>
        <translation>키체인 작업 진행 중</translation>
    </message>
    <message>
        <source>Profile status</source>
        <translation>프로필 상태</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved profiles&lt;/b&gt;</source>
        <translation>&lt;b&gt;저장된 프로필&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No saved profiles yet. Fill in the form on the right and press Save.</source>
        <translation>저장된 프로필이 없습니다. 오른쪽 양식을 채우고 저장을 누르세요.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection&lt;/b&gt;</source>
        <translation>&lt;b&gt;연결&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>portone::ReadOnlyNotice</name>
    <message>
        <source>Read-only profile</source>
        <translation>읽기 전용 프로필</translation>
    </message>
    <message>
        <source>Read-only profile: look-ups only. Sending, registering, deleting and paying are disabled.</source>
        <translation>읽기 전용 프로필: 조회만 가능합니다. 발송, 등록, 삭제, 결제는 할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>portone::RefundFields</name>
    <message>
        <source>Partial refund</source>
        <translation>부분 환불</translation>
    </message>
    <message>
        <source>Refund account (virtual account payment)</source>
        <translation>환불 계좌 (가상계좌 결제)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>e.g. the customer changed their mind</source>
        <translation>예: 고객 단순 변심</translation>
    </message>
    <message>
        <source>digits; hyphens allowed</source>
        <translation>숫자 (하이픈 허용)</translation>
    </message>
    <message>
        <source>optional, e.g. 010-1234-5678</source>
        <translation>선택, 예: 010-1234-5678</translation>
    </message>
    <message>
        <source>Refund:</source>
        <translation>환불 범위:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>환불 금액:</translation>
    </message>
    <message>
        <source>Tax-free part:</source>
        <translation>면세 금액:</translation>
    </message>
    <message>
        <source>VAT part:</source>
        <translation>부가세:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>환불 사유:</translation>
    </message>
    <message>
        <source>Account holder:</source>
        <translation>예금주:</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>은행:</translation>
    </message>
    <message>
        <source>Account number:</source>
        <translation>계좌번호:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>연락처:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refund %1&lt;/b&gt; · %2&lt;br&gt;Paid %3 · already refunded %4 · &lt;b&gt;refundable now %5&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 환불&lt;/b&gt; · %2&lt;br&gt;결제 %3 · 환불된 금액 %4 · &lt;b&gt;지금 환불 가능 %5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>고객: %1</translation>
    </message>
    <message>
        <source>Everything left: %1</source>
        <translation>남은 금액 전부: %1</translation>
    </message>
    <message>
        <source>%1 needs the tax-free part when the payment was (partly) tax-free.</source>
        <translation>%1에서는 면세 결제(일부 면세 포함)를 환불할 때 면세 금액을 꼭 입력해야 합니다.</translation>
    </message>
    <message>
        <source>Only if part of the payment was tax-free; empty counts as 0.</source>
        <translation>결제에 면세 금액이 있었을 때만 입력합니다. 비워 두면 0원으로 처리됩니다.</translation>
    </message>
    <message>
        <source>Required by %1 if VAT was set at payment; otherwise leave it empty.</source>
        <translation>결제할 때 부가세를 지정했다면 %1에서는 필수입니다. 아니면 비워 두세요.</translation>
    </message>
    <message>
        <source>Only if VAT was set at payment.</source>
        <translation>결제할 때 부가세를 지정했을 때만 입력합니다.</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s bank</source>
        <translation>고객의 은행을 선택하세요</translation>
    </message>
    <message>
        <source>Enter a whole amount in won, e.g. 3,000.</source>
        <translation>원 단위 정수로 입력하세요. 예: 3,000</translation>
    </message>
    <message>
        <source>Enter the amount to refund.</source>
        <translation>환불할 금액을 입력하세요.</translation>
    </message>
    <message>
        <source>The amount must be more than 0.</source>
        <translation>금액은 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>Enter the reason for the refund: it is kept with the payment.</source>
        <translation>환불 사유를 입력하세요. 결제 건에 함께 기록됩니다.</translation>
    </message>
    <message>
        <source>The VAT part cannot exceed the refund amount.</source>
        <translation>부가세는 환불 금액보다 클 수 없습니다.</translation>
    </message>
    <message>
        <source>The tax-free part cannot exceed the refund amount.</source>
        <translation>면세 금액은 환불 금액보다 클 수 없습니다.</translation>
    </message>
    <message>
        <source>The bank list has not loaded; close the form and open it again.</source>
        <translation>은행 목록을 불러오지 못했습니다. 양식을 닫았다가 다시 여세요.</translation>
    </message>
    <message>
        <source>An account number has 6 to 20 digits (hyphens allowed).</source>
        <translation>계좌번호는 6~20자리 숫자입니다(하이픈 허용).</translation>
    </message>
    <message>
        <source>Refund everything left</source>
        <translation>남은 금액 전부 환불</translation>
    </message>
</context>
<context>
    <name>portone::RefundPane</name>
    <message>
        <source>Look the payment up</source>
        <translation>결제 조회</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>환불…</translation>
    </message>
    <message>
        <source>Back to the details</source>
        <translation>상세로 돌아가기</translation>
    </message>
    <message>
        <source>Refund result</source>
        <translation>환불 결과</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>Loading the list of banks…</source>
        <translation>은행 목록을 불러오는 중…</translation>
    </message>
    <message>
        <source>Look up %1</source>
        <translation>%1 조회</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 조회 중…</translation>
    </message>
</context>
<context>
    <name>portone::RefundTexts</name>
    <message>
        <source>the customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Refund %1 to %2?</source>
        <translation>%2님에게 %1을 환불할까요?</translation>
    </message>
    <message>
        <source>Payment: %1 (imp_uid %2)</source>
        <translation>결제: %1 (imp_uid %2)</translation>
    </message>
    <message>
        <source>Original amount: %1</source>
        <translation>원래 결제 금액: %1</translation>
    </message>
    <message>
        <source>Already refunded: %1</source>
        <translation>이미 환불된 금액: %1</translation>
    </message>
    <message>
        <source>Refunded now: %1</source>
        <translation>이번 환불 금액: %1</translation>
    </message>
    <message>
        <source>Remaining after this refund: %1</source>
        <translation>이번 환불 후 남는 금액: %1</translation>
    </message>
    <message>
        <source>Of which tax-free: %1</source>
        <translation>그중 면세: %1</translation>
    </message>
    <message>
        <source>Of which VAT: %1</source>
        <translation>그중 부가세: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>사유: %1</translation>
    </message>
    <message>
        <source>To the account %1 at %2, holder %3</source>
        <translation>환불 계좌: %2 %1, 예금주 %3</translation>
    </message>
    <message>
        <source>A refund cannot be undone.</source>
        <translation>환불은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Refund a payment</source>
        <translation>결제 환불</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>%1 환불</translation>
    </message>
    <message>
        <source>Refunding %1 on %2…</source>
        <translation>%2에서 %1 환불 중…</translation>
    </message>
    <message>
        <source>PortOne answered without an error, but %1 shows no new refund: check its refunds below before doing anything else.</source>
        <translation>포트원이 오류 없이 응답했지만 %1에 새 환불이 보이지 않습니다. 다른 작업을 하기 전에 아래 환불 내역을 확인하세요.</translation>
    </message>
    <message>
        <source>Refunded %1 on %2: the payment is now fully refunded.</source>
        <translation>%2에서 %1을 환불했습니다. 이 결제는 이제 전액 환불되었습니다.</translation>
    </message>
    <message>
        <source>Refunded %1 on %2; %3 remains refundable.</source>
        <translation>%2에서 %1을 환불했습니다. 환불 가능한 잔액은 %3입니다.</translation>
    </message>
    <message>
        <source>PortOne refused the refund: nothing was refunded.</source>
        <translation>포트원이 환불을 거절했습니다. 환불된 금액은 없습니다.</translation>
    </message>
    <message>
        <source>The balance you saw (%1) is no longer PortOne&apos;s: someone else may have refunded this payment meanwhile. Its current refunds are shown below; check them before refunding again.</source>
        <translation>보고 계시던 잔액(%1)이 포트원의 현재 잔액과 다릅니다. 그사이 다른 사람이 이 결제를 환불했을 수 있습니다. 현재 환불 내역이 아래에 표시되니, 다시 환불하기 전에 확인하세요.</translation>
    </message>
    <message>
        <source>The payment as PortOne has it now is shown below.</source>
        <translation>포트원에 기록된 현재 결제 정보가 아래에 표시됩니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Outcome unknown&lt;/b&gt; — the refund of %1 on %2 may or may not have been made (%3). Look the payment up: its refunds say whether it went through. Refunding again from this form sends the same checksum (%4), so PortOne refuses it if the first refund was made.</source>
        <translation>&lt;b&gt;결과 알 수 없음&lt;/b&gt; — %2의 %1 환불이 처리되었는지 알 수 없습니다(%3). 결제를 조회하면 환불 내역으로 처리 여부를 확인할 수 있습니다. 이 양식에서 다시 환불하면 같은 checksum(%4)이 전송되므로, 첫 환불이 처리되었다면 포트원이 거절합니다.</translation>
    </message>
    <message>
        <source>The refund went through: %1 was refunded; %2 remains refundable.</source>
        <translation>환불이 처리되었습니다. %1이 환불되었고 환불 가능한 잔액은 %2입니다.</translation>
    </message>
    <message>
        <source>The refund of %1 was not made: the refundable balance is still %2.</source>
        <translation>%1 환불은 처리되지 않았습니다. 환불 가능한 잔액은 그대로 %2입니다.</translation>
    </message>
</context>
<context>
    <name>portone::RegisterOutcomeView</name>
    <message>
        <source>Credit</source>
        <translation>신용</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>체크</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>기프트</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>PG provider</source>
        <translation>PG사</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>카드사</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>카드번호</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>카드 유형</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>발급사</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>등록 시각</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>수정 시각</translation>
    </message>
    <message>
        <source>customer_uid</source>
        <translation>customer_uid</translation>
    </message>
    <message>
        <source>Test channel</source>
        <translation>테스트 채널</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Channel group</source>
        <translation>채널 그룹</translation>
    </message>
    <message>
        <source>Succeeded %1 · </source>
        <translation>성공 %1 · </translation>
    </message>
    <message>
        <source>Failed %1</source>
        <translation>실패 %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3 — %4</source>
        <translation>%1 (%2): %3 — %4</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>고객 회원 아이디</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>고객 이름</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <source>%1 %2 (%3), registered %4</source>
        <translation>%1 %2 (%3), 등록 시각 %4</translation>
    </message>
    <message>
        <source>Super billing key of channel group %1</source>
        <translation>채널 그룹 %1의 슈퍼 빌링키</translation>
    </message>
    <message>
        <source>Look it up</source>
        <translation>조회하기</translation>
    </message>
    <message>
        <source>Look up the billing key</source>
        <translation>빌링키 조회</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Registered billing key</source>
        <translation>등록된 빌링키</translation>
    </message>
    <message>
        <source>&lt;b&gt;Outcome unknown&lt;/b&gt; — the billing key for &lt;b&gt;%1&lt;/b&gt; may or may not have been registered. Look it up before retrying; the card details were wiped and are not sent again.</source>
        <translation>&lt;b&gt;결과 알 수 없음&lt;/b&gt; — &lt;b&gt;%1&lt;/b&gt;의 빌링키가 등록되었는지 확인할 수 없습니다. 다시 시도하기 전에 먼저 조회하세요. 입력한 카드 정보는 지워졌으며 다시 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>No billing key is registered for &lt;b&gt;%1&lt;/b&gt;: the registration did not happen. You can register again.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;에 등록된 빌링키가 없습니다. 등록이 이루어지지 않았으므로 다시 등록해도 됩니다.</translation>
    </message>
    <message>
        <source>No billing key registered yet. Enter the customer_uid, pick the channel and type the card details, then press Register billing key. The result appears here.</source>
        <translation>아직 등록한 빌링키가 없습니다. customer_uid를 입력하고 채널을 고른 뒤 카드 정보를 입력하고 빌링키 등록을 누르세요. 결과가 여기에 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>portone::RequestLifecycle</name>
    <message>
        <source>Cancelled: %1</source>
        <translation>취소됨: %1</translation>
    </message>
</context>
<context>
    <name>portone::RequestProgress</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>요청 처리 중</translation>
    </message>
    <message>
        <source>Cancel the running request</source>
        <translation>진행 중인 요청 취소</translation>
    </message>
    <message>
        <source>Cancel the running request (Esc)</source>
        <translation>진행 중인 요청 취소 (Esc)</translation>
    </message>
    <message>
        <source>Request progress</source>
        <translation>요청 진행 상황</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>완료: %1</translation>
    </message>
</context>
<context>
    <name>portone::ResultView</name>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Raw answer (masked)</source>
        <translation>원본 응답 (마스킹됨)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>상세</translation>
    </message>
    <message>
        <source>Raw JSON (masked)</source>
        <translation>원본 JSON (마스킹됨)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 복사</translation>
    </message>
</context>
<context>
    <name>portone::ScheduleActionTexts</name>
    <message>
        <source>• and %1 more</source>
        <translation>• 외 %1건</translation>
    </message>
    <message>
        <source>%1 (%2 KST)</source>
        <translation>%1 (한국 시각 %2)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (merchant_uid %4)</source>
        <translation>%1 · %2 · %3 (merchant_uid %4)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 (merchant_uid %5)</source>
        <translation>%1 · %2 · %3 · %4 (merchant_uid %5)</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled payment(s) of %1 will be cancelled: PortOne will not charge them. Only these are cancelled; other schedules stay as they are.</source>
        <translation>
            <numerusform>%1의 결제 예약 %n건을 취소합니다. 포트원은 이 결제를 청구하지 않습니다. 이 결제 예약만 취소되고 다른 예약은 그대로 남습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total not charged: %1</source>
        <translation>청구되지 않는 합계: %1</translation>
    </message>
    <message>
        <source>A cancelled schedule cannot be restored; it can only be scheduled again.</source>
        <translation>취소한 결제 예약은 되돌릴 수 없으며, 다시 예약만 할 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n scheduled payment(s)</source>
        <translation>
            <numerusform>결제 예약 %n건 취소</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n payment(s)</source>
        <translation>
            <numerusform>%n건 취소</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>유지하기</translation>
    </message>
    <message>
        <source>Cancel every scheduled payment of %1</source>
        <translation>%1의 결제 예약 전체 취소</translation>
    </message>
    <message>
        <source>PortOne will cancel EVERY payment still scheduled for the billing key %1, also those outside the range shown in the table.</source>
        <translation>포트원이 빌링키 %1에 아직 남아 있는 결제 예약을 모두 취소합니다. 표에 보이는 기간 밖의 예약도 포함됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled payment(s) were found just now (every 3-month window up to %1), %2 in total:</source>
        <translation>
            <numerusform>방금 결제 예약 %n건을 찾았습니다(%1까지 3개월 구간마다 조회). 합계 %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>To confirm, type the number of payments that will be cancelled (%1) and give a reason.</source>
        <translation>확인하려면 취소될 결제 예약 건수(%1)를 입력하고 사유를 적으세요.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel all %n</source>
        <translation>
            <numerusform>%n건 모두 취소</numerusform>
        </translation>
    </message>
    <message>
        <source>The scheduled payment of %1 (%2, merchant_uid %3) will be charged at another time.</source>
        <translation>%1의 결제 예약(%2, merchant_uid %3)을 다른 시각에 결제하도록 변경합니다.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>현재: %1</translation>
    </message>
    <message>
        <source>New time: %1</source>
        <translation>새 시각: %1</translation>
    </message>
    <message>
        <source>UNIX seconds sent: %1</source>
        <translation>보내는 UNIX 초: %1</translation>
    </message>
    <message>
        <source>Change the time of a scheduled payment</source>
        <translation>결제 예약 시각 변경</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>시각 변경</translation>
    </message>
    <message>
        <source>Keep the time</source>
        <translation>시각 유지</translation>
    </message>
    <message>
        <source>%1 will be charged NOW to the card of the billing key %2 (merchant_uid %3, %4).</source>
        <translation>빌링키 %2의 카드로 %1을(를) 지금 바로 결제합니다(merchant_uid %3, %4).</translation>
    </message>
    <message>
        <source>It failed before: %1</source>
        <translation>이전 실패 사유: %1</translation>
    </message>
    <message>
        <source>It was cancelled before it ran.</source>
        <translation>실행되기 전에 취소된 예약입니다.</translation>
    </message>
    <message>
        <source>If the answer is lost, look the schedule up before anything else: it is never sent again by itself.</source>
        <translation>응답을 받지 못하면 다른 작업 전에 먼저 결제 예약을 조회하세요. 요청은 자동으로 다시 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Charge a failed scheduled payment now</source>
        <translation>실패한 예약 결제 즉시 재결제</translation>
    </message>
    <message>
        <source>Charge %1 now</source>
        <translation>%1 지금 결제</translation>
    </message>
    <message>
        <source>Do not charge</source>
        <translation>결제하지 않기</translation>
    </message>
    <message>
        <source>The payment of %1 (%2, merchant_uid %3) will be scheduled again: PortOne will charge it at %4.</source>
        <translation>%1의 결제(%2, merchant_uid %3)를 다시 예약합니다. 포트원이 %4에 결제합니다.</translation>
    </message>
    <message>
        <source>Schedule a failed payment again</source>
        <translation>실패한 결제 다시 예약</translation>
    </message>
    <message>
        <source>Schedule again</source>
        <translation>다시 예약</translation>
    </message>
    <message>
        <source>Do not schedule</source>
        <translation>예약하지 않기</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n scheduled payment(s) (%1): they will not be charged.</source>
        <translation>
            <numerusform>결제 예약 %n건(%1)을 취소했습니다. 이 결제는 청구되지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The payment merchant_uid %1 is now scheduled for %2.</source>
        <translation>결제 merchant_uid %1의 예약 시각이 %2(으)로 변경되었습니다.</translation>
    </message>
    <message>
        <source>The payment merchant_uid %1 is scheduled again for %2.</source>
        <translation>결제 merchant_uid %1이(가) %2에 다시 예약되었습니다.</translation>
    </message>
    <message>
        <source>Paid: %1 was charged (merchant_uid %2, imp_uid %3).</source>
        <translation>결제 완료: %1이(가) 결제되었습니다(merchant_uid %2, imp_uid %3).</translation>
    </message>
    <message>
        <source>Declined by the card company: nothing was charged (merchant_uid %1). PortOne&apos;s reason: %2</source>
        <translation>카드사가 승인을 거절했습니다. 결제된 금액은 없습니다(merchant_uid %1). 포트원이 알려 준 사유: %2</translation>
    </message>
    <message>
        <source>PortOne answered, but the payment&apos;s status is &quot;%1&quot;, not paid: look the schedule up before doing anything else (merchant_uid %2).</source>
        <translation>포트원이 응답했지만 결제 상태가 결제 완료가 아닌 &quot;%1&quot;입니다. 다른 작업 전에 먼저 결제 예약을 조회하세요(merchant_uid %2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Outcome unknown&lt;/b&gt; — %1 may or may not have been done: the answer was lost. Look the schedule(s) up (merchant_uid %2) before doing anything else; nothing is sent again by itself.</source>
        <translation>&lt;b&gt;결과 알 수 없음&lt;/b&gt; — 응답을 받지 못해 %1이(가) 처리되었는지 알 수 없습니다. 다른 작업 전에 먼저 결제 예약을 조회하세요(merchant_uid %2). 요청은 자동으로 다시 보내지 않습니다.</translation>
    </message>
    <message>
        <source>merchant_uid %1: %2, %3</source>
        <translation>merchant_uid %1: %2, %3</translation>
    </message>
    <message>
        <source>, payment %1</source>
        <translation>, 결제 %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>portone::ScheduleActions</name>
    <message>
        <source>Look the schedules up</source>
        <translation>결제 예약 조회</translation>
    </message>
    <message>
        <source>Cancel selected…</source>
        <translation>선택한 예약 취소…</translation>
    </message>
    <message>
        <source>Change time…</source>
        <translation>시각 변경…</translation>
    </message>
    <message>
        <source>Retry now…</source>
        <translation>지금 재결제…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>다시 예약…</translation>
    </message>
    <message>
        <source>Cancel every schedule of this customer…</source>
        <translation>이 고객의 예약 전체 취소…</translation>
    </message>
    <message>
        <source>Result of the schedule action</source>
        <translation>결제 예약 작업 결과</translation>
    </message>
    <message>
        <source>The new time, in this computer&apos;s time zone (%1)</source>
        <translation>새 시각, 이 컴퓨터의 시간대 기준(%1)</translation>
    </message>
    <message>
        <source>Cancel the selected scheduled payments (only those)</source>
        <translation>선택한 결제 예약만 취소합니다</translation>
    </message>
    <message>
        <source>Cancel every payment still scheduled for this billing key, in any range</source>
        <translation>기간과 관계없이 이 빌링키에 남아 있는 결제 예약을 모두 취소합니다</translation>
    </message>
    <message>
        <source>Charge a failed or cancelled scheduled payment now</source>
        <translation>실패했거나 취소된 예약 결제를 지금 결제합니다</translation>
    </message>
    <message>
        <source>Schedule a failed or cancelled payment again</source>
        <translation>실패했거나 취소된 결제를 다시 예약합니다</translation>
    </message>
    <message>
        <source>Select scheduled payments to cancel them, or one to change its time; select a failed or cancelled one to retry or reschedule it.</source>
        <translation>취소할 결제 예약을 선택하거나, 시각을 바꿀 예약 하나를 선택하세요. 실패했거나 취소된 예약을 선택하면 재결제하거나 다시 예약할 수 있습니다.</translation>
    </message>
    <message>
        <source>New time:</source>
        <translation>새 시각:</translation>
    </message>
    <message>
        <source>New time</source>
        <translation>새 시각</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n selected…</source>
        <translation>
            <numerusform>선택한 %n건 취소…</numerusform>
        </translation>
    </message>
    <message>
        <source>The outcome of the last action on the selection is unknown: look the schedules up first.</source>
        <translation>선택한 예약에 대한 마지막 작업의 결과를 알 수 없습니다. 먼저 결제 예약을 조회하세요.</translation>
    </message>
    <message>
        <source>Only payments still scheduled can be cancelled: the selection also holds executed or cancelled ones.</source>
        <translation>아직 예약 상태인 결제만 취소할 수 있습니다. 선택한 항목에 실행되었거나 취소된 예약이 있습니다.</translation>
    </message>
    <message>
        <source>Choose a time in the future (it is %1 now).</source>
        <translation>미래의 시각을 선택하세요(지금은 %1입니다).</translation>
    </message>
    <message numerus="yes">
        <source>the cancellation of %n scheduled payment(s)</source>
        <translation>
            <numerusform>결제 예약 %n건 취소</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelling %n scheduled payment(s)…</source>
        <translation>
            <numerusform>결제 예약 %n건 취소 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding every schedule of %1: window %2 of %3…</source>
        <translation>%1의 결제 예약 모두 찾는 중: 구간 %2/%3…</translation>
    </message>
    <message>
        <source>No payment is scheduled for %1 (searched up to %2): nothing to cancel.</source>
        <translation>%1에 예약된 결제가 없습니다(%2까지 조회). 취소할 예약이 없습니다.</translation>
    </message>
    <message>
        <source>the cancellation of every schedule of %1</source>
        <translation>%1의 결제 예약 전체 취소</translation>
    </message>
    <message>
        <source>Cancelling every scheduled payment of %1…</source>
        <translation>%1의 결제 예약 전체 취소 중…</translation>
    </message>
    <message>
        <source>the change of time of %1</source>
        <translation>%1의 예약 시각 변경</translation>
    </message>
    <message>
        <source>Changing the time of %1…</source>
        <translation>%1의 예약 시각 변경 중…</translation>
    </message>
    <message>
        <source>scheduling %1 again</source>
        <translation>%1 다시 예약</translation>
    </message>
    <message>
        <source>Scheduling %1 again…</source>
        <translation>%1 다시 예약 중…</translation>
    </message>
    <message>
        <source>the charge of %1 now</source>
        <translation>%1 즉시 결제</translation>
    </message>
    <message>
        <source>Charging %1 now…</source>
        <translation>%1 결제 중…</translation>
    </message>
    <message>
        <source>Looking up merchant_uid %1…</source>
        <translation>merchant_uid %1 조회 중…</translation>
    </message>
    <message>
        <source>As PortOne has them now:</source>
        <translation>포트원의 현재 상태:</translation>
    </message>
</context>
<context>
    <name>portone::ScheduleForm</name>
    <message>
        <source>Add a payment</source>
        <translation>결제 추가</translation>
    </message>
    <message>
        <source>Look the merchant_uids up</source>
        <translation>merchant_uid로 조회</translation>
    </message>
    <message>
        <source>Scheduling result</source>
        <translation>예약 결과</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>예약…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Preview of the request</source>
        <translation>요청 미리보기</translation>
    </message>
    <message>
        <source>Schedule the payments</source>
        <translation>결제 예약</translation>
    </message>
    <message>
        <source>What will be sent (card data masked, if any):</source>
        <translation>보낼 요청 본문(카드 정보가 있으면 가려서 표시):</translation>
    </message>
    <message>
        <source>Schedule payments — %1</source>
        <translation>결제 예약 — %1</translation>
    </message>
    <message>
        <source>Scheduled payments for the billing key %1</source>
        <translation>빌링키 %1의 결제 예약</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 조회 중…</translation>
    </message>
</context>
<context>
    <name>portone::ScheduleRangeForm</name>
    <message>
        <source>Load</source>
        <translation>불러오기</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Scheduled (scheduled)</source>
        <translation>예약됨 (scheduled)</translation>
    </message>
    <message>
        <source>Executed (executed)</source>
        <translation>실행됨 (executed)</translation>
    </message>
    <message>
        <source>Revoked (revoked)</source>
        <translation>취소됨 (revoked)</translation>
    </message>
    <message>
        <source>Load the scheduled payments</source>
        <translation>예약 결제 불러오기</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>첫째 날</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>마지막 날</translation>
    </message>
    <message>
        <source>Whole days, both included, by the time each payment is scheduled for. Any length: PortOne is asked 3 months at a time.</source>
        <translation>하루 단위이며 시작일과 종료일을 모두 포함하고, 각 결제의 예약 시각을 기준으로 합니다. 기간에 제한은 없으며 포트원에는 3개월씩 나누어 요청합니다.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>기간:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>시간대:</translation>
    </message>
    <message>
        <source>The last day must be on or after the first day.</source>
        <translation>마지막 날은 첫째 날과 같거나 그 이후여야 합니다.</translation>
    </message>
</context>
<context>
    <name>portone::ScheduleRowsEditor</name>
    <message>
        <source>Date and time (your time zone)</source>
        <translation>날짜와 시각(내 시간대)</translation>
    </message>
    <message>
        <source>Korean time</source>
        <translation>한국 시각</translation>
    </message>
    <message>
        <source>Amount (KRW)</source>
        <translation>금액(원)</translation>
    </message>
    <message>
        <source>Order name (name)</source>
        <translation>주문명(name)</translation>
    </message>
    <message>
        <source>Remove this payment</source>
        <translation>이 결제 빼기</translation>
    </message>
    <message>
        <source>Payment %1: date and time</source>
        <translation>결제 %1: 날짜와 시각</translation>
    </message>
    <message>
        <source>Payment %1: amount in won</source>
        <translation>결제 %1: 금액(원)</translation>
    </message>
    <message>
        <source>Payment %1: order name</source>
        <translation>결제 %1: 주문명</translation>
    </message>
    <message>
        <source>Payment %1: merchant_uid</source>
        <translation>결제 %1: merchant_uid</translation>
    </message>
    <message>
        <source>Remove payment %1</source>
        <translation>결제 %1 빼기</translation>
    </message>
    <message>
        <source>Enter a whole amount in won, e.g. 9,900.</source>
        <translation>원 단위 정수로 입력하세요(예: 9,900).</translation>
    </message>
</context>
<context>
    <name>portone::ScheduleSearch</name>
    <message>
        <source>Choose a range whose end is after its start.</source>
        <translation>끝이 시작보다 뒤인 기간을 선택하십시오.</translation>
    </message>
    <message>
        <source>A page holds 1 to 1000 schedules.</source>
        <translation>한 페이지에는 예약 결제를 1건에서 1,000건까지 담을 수 있습니다.</translation>
    </message>
    <message>
        <source>No active connection profile.</source>
        <translation>활성화된 연결 프로필이 없습니다.</translation>
    </message>
</context>
<context>
    <name>portone::ScheduleTableModel</name>
    <message>
        <source>Scheduled</source>
        <translation>예약됨</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>실행됨</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Scheduled at</source>
        <translation>예약 시각</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>예약 상태</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Order name</source>
        <translation>주문명</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>결제 상태</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>실패 사유</translation>
    </message>
</context>
<context>
    <name>portone::ScheduleTexts</name>
    <message>
        <source>schedule_at %1 (UNIX seconds)</source>
        <translation>schedule_at %1 (UNIX 초)</translation>
    </message>
    <message numerus="yes">
        <source>Schedule %n payment(s) for %1</source>
        <translation>
            <numerusform>%1 빌링키로 결제 %n건 예약</numerusform>
        </translation>
    </message>
    <message>
        <source>Billing key (customer_uid): %1</source>
        <translation>빌링키(customer_uid): %1</translation>
    </message>
    <message>
        <source>Payments: %1</source>
        <translation>결제 건수: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>합계: %1</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>첫 결제: %1</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>마지막 결제: %1</translation>
    </message>
    <message>
        <source>• %1 · %2 · %3 (merchant_uid %4)</source>
        <translation>• %1 · %2 · %3 (merchant_uid %4)</translation>
    </message>
    <message>
        <source>PortOne charges the card at each time by itself, unless the payment is cancelled before.</source>
        <translation>그 전에 예약을 취소하지 않으면 포트원이 각 시각에 자동으로 카드 결제를 요청합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Schedule %n payment(s)</source>
        <translation>
            <numerusform>결제 %n건 예약</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scheduling %n payment(s) for %1…</source>
        <translation>
            <numerusform>%1 빌링키로 결제 %n건을 예약하는 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scheduled %n payment(s) for %1, %2 in total, from %3 to %4. The Schedules tab of the key shows them.</source>
        <translation>
            <numerusform>%1 빌링키로 결제 %n건을 예약했습니다(합계 %2, %3부터 %4까지). 빌링키의 예약 탭에서 확인할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Outcome unknown&lt;/b&gt; — the request to schedule %n payment(s) for %1 was sent, but no answer came (%2). Look the merchant_uids up before sending it again; sending the same ones again cannot schedule them twice.</source>
        <translation>
            <numerusform>&lt;b&gt;결과 알 수 없음&lt;/b&gt; — %1 빌링키의 결제 %n건 예약 요청을 보냈지만 응답을 받지 못했습니다(%2). 다시 보내기 전에 merchant_uid로 먼저 조회하세요. 같은 merchant_uid로 다시 보내도 두 번 예약되지 않습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PortOne has all %n payment(s): they were scheduled.</source>
        <translation>
            <numerusform>포트원에 결제 %n건이 모두 있습니다. 예약되었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PortOne has none of the %n payment(s): nothing was scheduled. You can send the form again.</source>
        <translation>
            <numerusform>포트원에 결제 %n건 중 어느 것도 없습니다. 예약되지 않았습니다. 양식을 다시 보내도 됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>PortOne has %1 but not %2.</source>
        <translation>포트원에 %1은(는) 있지만 %2은(는) 없습니다.</translation>
    </message>
</context>
<context>
    <name>portone::SchedulesWorkspace</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <source>Include personal data</source>
        <translation>개인정보 포함</translation>
    </message>
    <message>
        <source>Cancel the listing</source>
        <translation>불러오기 취소</translation>
    </message>
    <message>
        <source>Listing progress</source>
        <translation>불러오기 진행 상황</translation>
    </message>
    <message>
        <source>Schedules listed so far</source>
        <translation>지금까지 불러온 예약 결제</translation>
    </message>
    <message>
        <source>Listing outcome</source>
        <translation>불러오기 결과</translation>
    </message>
    <message>
        <source>Scheduled payments of every customer</source>
        <translation>모든 고객의 예약 결제</translation>
    </message>
    <message>
        <source>Writes the listed schedules, in the table&apos;s order, to a CSV file.</source>
        <translation>표에 나열된 예약 결제를 표의 순서대로 CSV 파일에 씁니다.</translation>
    </message>
    <message>
        <source>Also export customer_id and the buyer&apos;s name, email, phone, address and postcode</source>
        <translation>customer_id와 구매자 이름, 이메일, 전화번호, 주소, 우편번호도 내보냅니다</translation>
    </message>
    <message>
        <source>Nothing listed yet. Choose the days and a status, then press Load.</source>
        <translation>아직 불러온 내역이 없습니다. 기간과 상태를 선택한 뒤 불러오기를 누르십시오.</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>예약 결제</translation>
    </message>
    <message numerus="yes">
        <source>%n schedule(s) so far</source>
        <translation>
            <numerusform>지금까지 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Window %1 of %2 (3 months each)</source>
        <translation>%2개 구간 중 %1번째 (구간당 3개월)</translation>
    </message>
    <message numerus="yes">
        <source>%n schedule(s)</source>
        <translation>
            <numerusform>%n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n schedule(s).</source>
        <translation>
            <numerusform>예약 결제 %n건을 찾았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The listing stopped at %1 schedules, the most the table holds; choose fewer days or a status for the rest.</source>
        <translation>표에 담을 수 있는 최대치인 예약 결제 %1건에서 불러오기를 멈췄습니다. 나머지는 기간을 줄이거나 상태를 선택해 불러오십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Listing cancelled after %n schedule(s); those are shown.</source>
        <translation>
            <numerusform>예약 결제 %n건을 불러온 뒤 취소했습니다. 불러온 예약 결제만 표시합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The listing stopped on the error above after %n schedule(s); those are shown.</source>
        <translation>
            <numerusform>예약 결제 %n건을 불러온 뒤 위의 오류로 멈췄습니다. 불러온 예약 결제만 표시합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>An export of them is marked incomplete.</source>
        <translation>내보내는 파일에는 미완료 표시가 붙습니다.</translation>
    </message>
    <message>
        <source>Export schedules</source>
        <translation>예약 결제 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 파일을 쓰지 못했습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n schedule(s) to %1.</source>
        <translation>
            <numerusform>예약 결제 %n건을 %1 파일로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The listing was not complete: %1 holds only the %n schedule(s) listed, and its name says it is INCOMPLETE.</source>
        <translation>
            <numerusform>불러오기가 끝나지 않았습니다. %1 파일에는 불러온 예약 결제 %n건만 들어 있으며, 파일 이름에 미완료(INCOMPLETE) 표시가 붙어 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile is active. Choose a profile to list schedules.</source>
        <translation>활성화된 프로필이 없습니다. 예약 결제를 불러오려면 프로필을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>portone::StorageWarningLabel</name>
    <message>
        <source>Storage warning</source>
        <translation>저장 경고</translation>
    </message>
</context>
<context>
    <name>portone::StoredSecretCredentialSource</name>
    <message>
        <source>The keychain is no longer available.</source>
        <translation>키체인을 더 이상 사용할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>portone::TimeZoneCombo</name>
    <message>
        <source>Korea (KST, UTC+9)</source>
        <translation>한국 (KST, UTC+9)</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone</source>
        <translation>이 컴퓨터의 시간대</translation>
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
        <translation>토큰: 아직 없음</translation>
    </message>
    <message>
        <source>Token: refreshing…</source>
        <translation>토큰: 갱신 중…</translation>
    </message>
    <message>
        <source>Token: failed — %1</source>
        <translation>토큰: 발급 실패 — %1</translation>
    </message>
    <message>
        <source>Token: valid until %1 (%2:%3 left)</source>
        <translation>토큰: %1까지 유효 (%2:%3 남음)</translation>
    </message>
    <message>
        <source>Token status</source>
        <translation>토큰 상태</translation>
    </message>
    <message>
        <source>Token: valid until %1</source>
        <translation>토큰: %1까지 유효</translation>
    </message>
</context>
<context>
    <name>portone::WelcomePage</name>
    <message>
        <source>Try the built-in Sandbox</source>
        <translation>내장 샌드박스 사용해 보기</translation>
    </message>
    <message>
        <source>Add a merchant profile</source>
        <translation>고객사 프로필 추가</translation>
    </message>
    <message>
        <source>Welcome to PortOne Desk</source>
        <translation>PortOne Desk에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Run OTP identity certifications, look up, register and delete billing keys (with their payments and schedules), check and spend Benepia points, and look up payments through the PortOne V1 REST API, without writing code. Every request is kept in a masked history and every change in an audit log.</source>
        <translation>코드를 작성하지 않고도 포트원 V1 REST API로 OTP 본인인증, 빌링키 조회·등록·삭제(결제 내역과 예약 결제 포함), 베네피아 포인트 조회·결제, 결제 조회를 처리할 수 있습니다. 모든 요청은 민감한 값을 가린 내역으로, 모든 변경은 감사 로그로 남습니다.</translation>
    </message>
    <message>
        <source>A local PortOne emulator with test data. No keys needed, and nothing leaves this computer.</source>
        <translation>테스트 데이터가 들어 있는 로컬 포트원 에뮬레이터입니다. API 키가 필요 없으며, 어떤 데이터도 이 컴퓨터 밖으로 나가지 않습니다.</translation>
    </message>
    <message>
        <source>Use your imp_key and imp_secret from the PortOne admin console. The secret is stored in the system keychain.</source>
        <translation>포트원 관리자 콘솔의 REST API 키(imp_key)와 REST API 시크릿(imp_secret)을 사용합니다. 시크릿은 시스템 키체인에 저장됩니다.</translation>
    </message>
</context>
<context>
    <name>portone::profiles</name>
    <message>
        <source>Enter a number of seconds from %1 to %2.</source>
        <translation>%1초에서 %2초 사이로 입력하세요.</translation>
    </message>
    <message>
        <source>A live profile must use https://. Plain http is only for a local test sandbox: untick “Live account” to use this address.</source>
        <translation>실연동 프로필은 https://를 써야 합니다. 일반 http는 로컬 테스트 샌드박스 전용입니다. 이 주소를 쓰려면 “실연동 계정”을 해제하세요.</translation>
    </message>
    <message>
        <source>This merchant profile no longer exists; choose another one.</source>
        <translation>이 고객사 프로필은 더 이상 없습니다. 다른 프로필을 선택하세요.</translation>
    </message>
    <message>
        <source>The saved API secret is empty; enter it again.</source>
        <translation>저장된 REST API 시크릿이 비어 있습니다. 다시 입력하세요.</translation>
    </message>
    <message>
        <source>Enter a name for this profile.</source>
        <translation>프로필 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the REST API key (imp_key) from the PortOne console.</source>
        <translation>포트원 관리자 콘솔에서 발급받은 REST API 키(imp_key)를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter a full address, for example https://api.iamport.kr.</source>
        <translation>전체 주소를 입력하세요(예: https://api.iamport.kr).</translation>
    </message>
    <message>
        <source>The address must start with https:// (plain http is allowed only for this computer).</source>
        <translation>주소는 https://로 시작해야 합니다(암호화되지 않은 http는 이 컴퓨터 주소에만 허용됩니다).</translation>
    </message>
    <message>
        <source>This profile already exists.</source>
        <translation>이미 있는 프로필입니다.</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>이 프로필은 더 이상 없습니다.</translation>
    </message>
</context>
<context>
    <name>portone::rules</name>
    <message>
        <source>Payments can be searched at most %1 days at a time; shorten the range.</source>
        <translation>결제는 한 번에 최대 %1일까지 조회할 수 있습니다. 기간을 줄이세요.</translation>
    </message>
    <message>
        <source>The tax-free part cannot exceed the refund amount.</source>
        <translation>면세 금액은 환불 금액보다 클 수 없습니다.</translation>
    </message>
    <message>
        <source>More than the cancellable balance (%L1).</source>
        <translation>취소 가능 잔액(%L1원)보다 많습니다.</translation>
    </message>
    <message>
        <source>Look the payment up first: a refund sends the cancellable balance it was based on.</source>
        <translation>먼저 결제를 조회하세요. 환불 요청에는 조회한 취소 가능 잔액이 함께 전송됩니다.</translation>
    </message>
    <message>
        <source>Enter the imp_uid or the merchant_uid of the payment.</source>
        <translation>결제의 imp_uid 또는 merchant_uid를 입력하세요.</translation>
    </message>
    <message>
        <source>Between 1 and %1 per page.</source>
        <translation>페이지당 1건에서 %1건까지 조회할 수 있습니다.</translation>
    </message>
    <message>
        <source>Enter 0 or more.</source>
        <translation>0 이상으로 입력하세요.</translation>
    </message>
    <message>
        <source>%1 ids: at most %2 can be looked up in one request.</source>
        <translation>ID %1개: 한 번에 최대 %2개까지 조회할 수 있습니다.</translation>
    </message>
    <message>
        <source>&quot;.&quot; and &quot;..&quot; cannot be used as an ID.</source>
        <translation>&quot;.&quot;과 &quot;..&quot;은 ID로 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>필수 항목입니다.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>최대 %1자까지 입력할 수 있습니다(현재 %2자).</translation>
    </message>
    <message>
        <source>Enter the card number: 13 to 19 digits.</source>
        <translation>카드 번호를 입력하세요: 13~19자리 숫자.</translation>
    </message>
    <message>
        <source>This card number fails the check-digit test; check for a typo.</source>
        <translation>카드 번호 검증(체크 디지트)에 실패했습니다. 오타가 없는지 확인하세요.</translation>
    </message>
    <message>
        <source>Enter the expiry as YYYY-MM, for example 2028-04.</source>
        <translation>유효기간을 YYYY-MM 형식으로 입력하세요(예: 2028-04).</translation>
    </message>
    <message>
        <source>The expiry month must be between 01 and 12.</source>
        <translation>유효기간의 월은 01~12 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The expiry year must be between 2000 and 2099.</source>
        <translation>유효기간의 연도는 2000~2099 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Enter the date of birth as YYMMDD (6 digits), or for a corporate card the 10-digit business registration number.</source>
        <translation>생년월일 6자리(YYMMDD)를 입력하세요. 법인카드는 사업자등록번호 10자리를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the first 2 digits of the card password.</source>
        <translation>카드 비밀번호 앞 2자리를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the CVC: 3 or 4 digits.</source>
        <translation>CVC를 입력하세요: 3자리 또는 4자리 숫자.</translation>
    </message>
    <message>
        <source>Enter a real date of birth as YYMMDD, for example 900131.</source>
        <translation>실제 생년월일을 YYMMDD 형식으로 입력하세요(예: 900131).</translation>
    </message>
    <message>
        <source>Enter one digit from 1 to 8: the first digit of the back part of the resident registration number.</source>
        <translation>주민등록번호 뒷자리 첫 번째 숫자(1~8 중 한 자리)를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the phone number: 9 to 11 digits starting with 0 (- . and spaces allowed).</source>
        <translation>전화번호를 입력하세요: 0으로 시작하는 9~11자리 숫자(-, . 및 공백 허용).</translation>
    </message>
    <message>
        <source>Enter the code from the text message (digits only).</source>
        <translation>문자 메시지로 받은 인증번호를 숫자로만 입력하세요.</translation>
    </message>
    <message>
        <source>The tier code is exactly 3 capital letters or digits, for example A01.</source>
        <translation>하위 상점(Tier) 코드는 영문 대문자 또는 숫자 3자리입니다(예: A01).</translation>
    </message>
    <message>
        <source>Enter an amount greater than 0.</source>
        <translation>0보다 큰 금액을 입력하세요.</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1 (at character %2).</source>
        <translation>올바른 JSON이 아닙니다: %1 (%2번째 문자).</translation>
    </message>
    <message>
        <source>Enter a JSON object, for example {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation>JSON 객체를 입력하세요(예: {&quot;key&quot;: &quot;value&quot;}).</translation>
    </message>
    <message>
        <source>Choose the carrier: SKT, KT or LGT.</source>
        <translation>통신사를 선택하세요: SKT, KT, LGT.</translation>
    </message>
    <message>
        <source>Choose the verification method: SMS or APP.</source>
        <translation>인증 방식을 선택하세요: SMS 또는 APP.</translation>
    </message>
    <message>
        <source>Choose the status: scheduled, executed or revoked.</source>
        <translation>상태를 선택하세요: scheduled(예약), executed(실행), revoked(취소).</translation>
    </message>
    <message>
        <source>Enter an ID.</source>
        <translation>ID를 입력하세요.</translation>
    </message>
    <message>
        <source>The ID contains a control character (such as a line break).</source>
        <translation>ID에 제어 문자(줄바꿈 등)가 들어 있습니다.</translation>
    </message>
    <message>
        <source>Choose a channel (channel_key), or enter the older pg value.</source>
        <translation>채널(channel_key)을 선택하거나 이전 방식의 pg 값을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter a start time.</source>
        <translation>시작 시각을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter an end time.</source>
        <translation>종료 시각을 입력하세요.</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>종료 시각은 시작 시각보다 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>Schedules can be searched at most 3 months at a time; shorten the range.</source>
        <translation>예약 결제는 한 번에 최대 3개월까지 조회할 수 있습니다. 기간을 줄이세요.</translation>
    </message>
    <message>
        <source>Pages start at 1.</source>
        <translation>페이지는 1부터 시작합니다.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>다음 중 하나를 사용하세요: %1.</translation>
    </message>
    <message>
        <source>Cannot exceed the amount (%L1).</source>
        <translation>결제 금액(%L1)을 넘을 수 없습니다.</translation>
    </message>
    <message>
        <source>Installments are 2 months or more (0: lump sum).</source>
        <translation>할부는 2개월 이상이어야 합니다(0: 일시불).</translation>
    </message>
    <message>
        <source>Installments need an amount of at least %L1.</source>
        <translation>할부는 결제 금액이 %L1원 이상일 때만 가능합니다.</translation>
    </message>
    <message>
        <source>A three-letter currency code, such as KRW or USD.</source>
        <translation>KRW, USD 같은 세 글자 통화 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter a date and time.</source>
        <translation>날짜와 시각을 입력하세요.</translation>
    </message>
    <message>
        <source>Choose a time in the future (now: %1 UTC).</source>
        <translation>현재 이후의 시각을 선택하세요(현재: %1 UTC).</translation>
    </message>
    <message>
        <source>Enter 1 or more.</source>
        <translation>1 이상으로 입력하세요.</translation>
    </message>
    <message>
        <source>Add at least one payment.</source>
        <translation>결제를 한 건 이상 추가하세요.</translation>
    </message>
    <message>
        <source>Each payment needs its own merchant_uid; %1 is used twice.</source>
        <translation>결제마다 merchant_uid가 달라야 합니다. %1이(가) 두 번 사용되었습니다.</translation>
    </message>
    <message>
        <source>Choose the scheduled payments to cancel.</source>
        <translation>취소할 예약 결제를 선택하세요.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1이(가) 두 번 들어 있습니다.</translation>
    </message>
</context>
<context>
    <name>portone::secrets</name>
    <message>
        <source>The keychain did not answer within %1 s; it may be locked. Unlock it and try again.</source>
        <translation>키체인이 %1초 안에 응답하지 않았습니다. 잠겨 있을 수 있으니 잠금을 해제한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>No API secret is saved for this profile.</source>
        <translation>이 프로필에 저장된 REST API 시크릿이 없습니다.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>키체인 접근이 거부되었습니다.</translation>
    </message>
    <message>
        <source>The keychain is locked or has no default keyring. Unlock it (or create the login keyring) and try again.</source>
        <translation>키체인이 잠겨 있거나 기본 키링이 없습니다. 잠금을 해제하거나 로그인 키링을 만든 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>키체인에서 오류가 발생했습니다.</translation>
    </message>
    <message>
        <source>No keychain is available (the Secret Service is not running). You can keep the secret for this session only; it will not be saved.</source>
        <translation>사용할 수 있는 시스템 키체인이 없습니다(Secret Service가 실행되고 있지 않음). 시크릿을 이번 세션 동안만 보관할 수 있으며, 저장되지는 않습니다.</translation>
    </message>
</context>
</TS>
