// The seeded test data of SandboxServer: the ids tests and the UI rely on, and the runs of data
// added on request.
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxState.h"

using namespace Qt::StringLiterals;

namespace portone::sandbox {

void SandboxServer::addScheduleSeries(const QString &customerUid, const QString &merchantUidPrefix,
                                      const QDateTime &first, int count, std::chrono::seconds step)
{
    portone::sandbox::addScheduleSeries(m_state->data, customerUid, merchantUidPrefix,
                                        first.toSecsSinceEpoch(), count, step.count());
}

void SandboxServer::seedBenchmarkPayments(int count)
{
    portone::sandbox::seedBenchmarkPayments(m_state->data, count, m_state->now());
}

int SandboxServer::seedBenchmarkBillingKeys(int count)
{
    return portone::sandbox::seedBenchmarkBillingKeys(m_state->data, count, m_state->now());
}
QString SandboxServer::certificationChannelKey()
{
    return u"channel-key-sbx-cert-danal"_s;
}
QString SandboxServer::certificationAppChannelKey()
{
    return u"channel-key-sbx-cert-kcpv2"_s;
}
QString SandboxServer::billingChannelKey()
{
    return u"channel-key-sbx-nice"_s;
}
QString SandboxServer::benepiaChannelKey()
{
    return u"channel-key-sbx-benepia"_s;
}
QString SandboxServer::channelGroupId()
{
    return u"group_sbx_01"_s;
}
QString SandboxServer::tierCode()
{
    return u"ABC"_s;
}

QString SandboxServer::apiCodeErrorMessage()
{
    return u"카드정보 인증에 실패하였습니다. (F112) 유효하지않은 카드번호를 입력하셨습니다."_s;
}

QString SandboxServer::declinedCustomerUid()
{
    return u"customer_declined_01"_s;
}

QString SandboxServer::declineReason()
{
    return u"[NICE] 카드사 승인거절: 한도초과 또는 잔액부족으로 승인이 거절되었습니다. (테스트 카드)"_s;
}

} // namespace portone::sandbox
