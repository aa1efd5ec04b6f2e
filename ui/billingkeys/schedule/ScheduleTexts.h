#pragma once

#include "core/api/ApiError.h"
#include "core/api/PaymentModels.h"
#include "core/api/SubscriptionModels.h"
#include "ui/common/Prompts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace portone {

// The words of scheduling payments for a billing key: the times as PortOne runs them (Korean
// time), the preview of the request, the confirmation and what an answer means.
class ScheduleTexts
{
    Q_DECLARE_TR_FUNCTIONS(portone::ScheduleTexts)

public:
    static QString koreanTime(const QDateTime &time); // "2026-12-06 09:00 KST"
    static QString unixToolTip(const QDateTime &time); // "schedule_at 1796… (UNIX seconds)"
    // The body that will be sent, indented, every sensitive value masked.
    static QString preview(const ScheduleRequest &request);
    static ConfirmationRequest confirmation(const ScheduleRequest &request);
    static QString progress(const ScheduleRequest &request);
    static QString scheduled(const ScheduleRequest &request, const QList<Schedule> &created);
    // Rich text for OutcomeNotice (what it inserts is escaped).
    static QString unknown(const ScheduleRequest &request, const ApiError &error);
    // After the look-up of every merchant_uid: found, the schedules PortOne has; missing, the
    // merchant_uids it does not know.
    static QString settled(const ScheduleRequest &request, const QList<Schedule> &found,
                           const QStringList &missing);
    // The audit entry's detail: how many, the total and the first and last time.
    static QString auditDetail(const ScheduleRequest &request);
    static QStringList merchantUids(const ScheduleRequest &request);
    static double total(const ScheduleRequest &request);
};

} // namespace portone
