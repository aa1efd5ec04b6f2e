#include "ui/billingkeys/edit/DeletionText.h"

#include "ui/common/ResultView.h"

#include <QCoreApplication>
#include <QLocale>

namespace portone {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("portone::BillingKeyDeletion", text);
}

QString amountText(const Schedule &schedule)
{
    const QString number = QLocale().toString(schedule.amount, 'f',
                                              schedule.amount == qint64(schedule.amount) ? 0 : 2);
    return schedule.currency.isEmpty() ? number : number + u' ' + schedule.currency;
}

} // namespace

QStringList deletionPgProviders(const BillingKey &key)
{
    if (const auto *normal = std::get_if<NormalBillingKey>(&key.shape))
        return { normal->card.pgProvider };
    QStringList providers;
    for (const BillingCard &card : std::get<SuperBillingKey>(key.shape).succeededChannels)
        providers << card.pgProvider;
    return providers;
}

TypedConfirmationRequest typedDeletionRequest(const DeletionPlan &plan)
{
    TypedConfirmationRequest request;
    const bool one = plan.keys.size() == 1;
    request.title = one ? tr("Delete the billing key %1").arg(plan.keys.first().customerUid)
                        : tr("Delete %1 billing keys").arg(plan.keys.size());
    request.expectedText = one ? plan.keys.first().customerUid : QString::number(plan.keys.size());
    request.acceptText
        = one ? tr("Delete permanently") : tr("Delete %1 keys permanently").arg(plan.keys.size());
    QStringList lines;
    lines << (one ? tr("This permanently deletes the billing key below. It cannot be undone.")
                  : tr("This permanently deletes the %1 billing keys below, one at a time. It "
                       "cannot be undone.")
                        .arg(plan.keys.size()));
    lines << QString();
    int scheduledCount = 0;
    for (const DeletionPlan::Key &key : plan.keys) {
        lines << (key.pgProvider.isEmpty() ? tr("• %1").arg(key.customerUid)
                                           : tr("• %1 (%2)").arg(key.customerUid, key.pgProvider));
        for (const Schedule &schedule : key.scheduled) {
            lines << tr("    scheduled %1 · %2 · %3 (merchant_uid %4)")
                         .arg(displayTime(schedule.scheduleAt), amountText(schedule), schedule.name,
                              schedule.merchantUid);
        }
        scheduledCount += int(key.scheduled.size());
    }
    lines << QString();
    lines << (scheduledCount == 0
                  ? tr("No scheduled payments were found in the coming 3 months.")
                  : tr("%1 scheduled payment(s) in the coming 3 months are listed above; they "
                       "will fail once the key is gone.")
                        .arg(scheduledCount));
    lines << (one ? tr("Type the customer_uid to confirm, and give a reason.")
                  : tr("Type the number of keys (%1) to confirm, and give a reason.")
                        .arg(plan.keys.size()));
    request.text = lines.join(u'\n');
    return request;
}

} // namespace portone
