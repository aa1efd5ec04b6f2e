#include "ui/billingkeys/edit/DeletionText.h"

#include "ui/common/LocaleFormat.h"
#include "ui/common/ResultView.h"

#include <QCoreApplication>

namespace portone {

namespace {

// The dialog's words belong to BillingKeyDeletion. The context is written out at each call:
// lupdate reads literal translate() calls only, and files them under exactly that context.

QString amountText(const Schedule &schedule)
{
    return formatAmount(schedule.amount, schedule.currency);
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
    request.title = one
        ? QCoreApplication::translate("portone::BillingKeyDeletion", "Delete the billing key %1")
              .arg(plan.keys.first().customerUid)
        : QCoreApplication::translate("portone::BillingKeyDeletion", "Delete %1 billing keys")
              .arg(plan.keys.size());
    request.expectedText = one ? plan.keys.first().customerUid : QString::number(plan.keys.size());
    request.acceptText = one
        ? QCoreApplication::translate("portone::BillingKeyDeletion", "Delete permanently")
        : QCoreApplication::translate("portone::BillingKeyDeletion", "Delete %1 keys permanently")
              .arg(plan.keys.size());
    QStringList lines;
    lines << (one ? QCoreApplication::translate(
                  "portone::BillingKeyDeletion",
                  "This permanently deletes the billing key below. It cannot be undone.")
                  : QCoreApplication::translate(
                        "portone::BillingKeyDeletion",
                        "This permanently deletes the %1 billing keys below, one at a time. It "
                        "cannot be undone.")
                        .arg(plan.keys.size()));
    lines << QString();
    int scheduledCount = 0;
    for (const DeletionPlan::Key &key : plan.keys) {
        lines << (key.pgProvider.isEmpty()
                      ? QCoreApplication::translate("portone::BillingKeyDeletion", "• %1")
                            .arg(key.customerUid)
                      : QCoreApplication::translate("portone::BillingKeyDeletion", "• %1 (%2)")
                            .arg(key.customerUid, key.pgProvider));
        for (const Schedule &schedule : key.scheduled) {
            lines << QCoreApplication::translate(
                         "portone::BillingKeyDeletion",
                         "    scheduled %1 · %2 · %3\n        (merchant_uid %4)")
                         .arg(displayTime(schedule.scheduleAt), amountText(schedule), schedule.name,
                              schedule.merchantUid);
        }
        scheduledCount += int(key.scheduled.size());
    }
    lines << QString();
    const QString until = plan.horizon.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
    lines << (scheduledCount == 0
                  ? QCoreApplication::translate("portone::BillingKeyDeletion",
                                                "No scheduled payments were found up to %1.")
                        .arg(until)
                  : QCoreApplication::translate(
                        "portone::BillingKeyDeletion",
                        "%n scheduled payment(s) up to %1 are listed above; they will fail once "
                        "the key is gone, unless you cancel them first.",
                        "", scheduledCount)
                        .arg(until));
    if (scheduledCount > 0)
        request.optionText = QCoreApplication::translate(
            "portone::BillingKeyDeletion",
            "Cancel these %n scheduled payment(s) first (if that fails, nothing is deleted)", "",
            scheduledCount);
    lines << (one ? QCoreApplication::translate(
                  "portone::BillingKeyDeletion",
                  "Type the customer_uid to confirm, and give a reason.")
                  : QCoreApplication::translate(
                        "portone::BillingKeyDeletion",
                        "Type the number of keys (%1) to confirm, and give a reason.")
                        .arg(plan.keys.size()));
    request.text = lines.join(u'\n');
    return request;
}

} // namespace portone
