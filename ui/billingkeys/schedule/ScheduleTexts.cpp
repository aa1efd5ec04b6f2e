#include "ui/billingkeys/schedule/ScheduleTexts.h"

#include "core/util/Redaction.h"
#include "ui/common/LocaleFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace portone {

namespace {

std::pair<QDateTime, QDateTime> firstAndLast(const ScheduleRequest &request)
{
    QList<QDateTime> times;
    for (const ScheduledPayment &payment : request.schedules)
        times << payment.scheduleAt;
    if (times.isEmpty())
        return {};
    const auto [first, last] = std::minmax_element(times.cbegin(), times.cend());
    return { *first, *last };
}

// Sensitive values masked (card data, when a request carries it); the rest as it is sent: the
// order name is not personal data, and the operator checks it here.
QJsonValue sensitiveMasked(const QString &field, const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            *it = sensitiveMasked(it.key(), *it);
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (QJsonValueRef item : array)
            item = sensitiveMasked(field, item);
        return array;
    }
    if (!field.isEmpty() && redaction::isSensitiveField(field))
        return value.isString() ? QJsonValue(redaction::maskValue(field, value.toString()))
                                : QJsonValue(redaction::placeholder());
    return value;
}

} // namespace

QString ScheduleTexts::koreanTime(const QDateTime &time)
{
    return time.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Seoul")))
        .toString(u"yyyy-MM-dd HH:mm 'KST'"_s);
}

QString ScheduleTexts::unixToolTip(const QDateTime &time)
{
    return tr("schedule_at %1 (UNIX seconds)").arg(time.toSecsSinceEpoch());
}

QString ScheduleTexts::preview(const ScheduleRequest &request)
{
    const QJsonObject body = sensitiveMasked({}, scheduleRequestBody(request)).toObject();
    return u"POST /subscribe/payments/schedule\n"_s
        + QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented));
}

QStringList ScheduleTexts::merchantUids(const ScheduleRequest &request)
{
    QStringList out;
    for (const ScheduledPayment &payment : request.schedules)
        out << payment.order.merchantUid;
    return out;
}

double ScheduleTexts::total(const ScheduleRequest &request)
{
    double sum = 0;
    for (const ScheduledPayment &payment : request.schedules)
        sum += payment.order.amount;
    return sum;
}

ConfirmationRequest ScheduleTexts::confirmation(const ScheduleRequest &request)
{
    const int count = int(request.schedules.size());
    const auto [first, last] = firstAndLast(request);
    ConfirmationRequest asked;
    asked.title = tr("Schedule %n payment(s) for %1", "", count).arg(request.customerUid);
    QStringList lines;
    lines << tr("Billing key (customer_uid): %1").arg(request.customerUid);
    lines << tr("Payments: %1").arg(count);
    lines << tr("Total: %1").arg(formatAmount(total(request), u"KRW"_s));
    lines << tr("First: %1").arg(koreanTime(first));
    lines << tr("Last: %1").arg(koreanTime(last));
    lines << QString();
    for (const ScheduledPayment &payment : request.schedules)
        lines << tr("• %1 · %2 · %3 (merchant_uid %4)")
                     .arg(koreanTime(payment.scheduleAt),
                          formatAmount(payment.order.amount, u"KRW"_s), payment.order.name,
                          payment.order.merchantUid);
    lines << QString();
    lines << tr("PortOne charges the card at each time by itself, unless the payment is "
                "cancelled before.");
    asked.text = lines.join(u'\n');
    asked.acceptText = tr("Schedule %n payment(s)", "", count);
    return asked;
}

QString ScheduleTexts::progress(const ScheduleRequest &request)
{
    return tr("Scheduling %n payment(s) for %1…", "", int(request.schedules.size()))
        .arg(request.customerUid);
}

QString ScheduleTexts::scheduled(const ScheduleRequest &request, const QList<Schedule> &created)
{
    const auto [first, last] = firstAndLast(request);
    return tr("Scheduled %n payment(s) for %1, %2 in total, from %3 to %4. The Schedules tab "
              "of the key shows them.",
              "", int(created.size()))
        .arg(request.customerUid, formatAmount(total(request), u"KRW"_s), koreanTime(first),
             koreanTime(last));
}

QString ScheduleTexts::unknown(const ScheduleRequest &request, const ApiError &error)
{
    return tr("<b>Outcome unknown</b> — the request to schedule %n payment(s) for %1 was sent, "
              "but no answer came (%2). Look the merchant_uids up before sending it again; "
              "sending the same ones again cannot schedule them twice.",
              "", int(request.schedules.size()))
        .arg(request.customerUid.toHtmlEscaped(), error.summary().toHtmlEscaped());
}

QString ScheduleTexts::settled(const ScheduleRequest &request, const QList<Schedule> &found,
                               const QStringList &missing)
{
    if (missing.isEmpty())
        return tr("PortOne has all %n payment(s): they were scheduled.", "", int(found.size()));
    if (found.isEmpty())
        return tr("PortOne has none of the %n payment(s): nothing was scheduled. You can send "
                  "the form again.",
                  "", int(request.schedules.size()));
    QStringList have;
    for (const Schedule &schedule : found)
        have << schedule.merchantUid;
    return tr("PortOne has %1 but not %2.").arg(have.join(u", "_s), missing.join(u", "_s));
}

QString ScheduleTexts::auditDetail(const ScheduleRequest &request)
{
    const auto [first, last] = firstAndLast(request);
    return u"%1 payment(s), %2 KRW in total, %3 to %4"_s.arg(request.schedules.size())
        .arg(total(request), 0, 'f', 0)
        .arg(koreanTime(first), koreanTime(last));
}

} // namespace portone
