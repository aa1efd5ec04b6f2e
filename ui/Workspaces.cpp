#include "ui/Workspaces.h"

#include "ui/ComingSoonPage.h"
#include "ui/benepia/BenepiaWorkspace.h"
#include "ui/certification/CertificationWorkspace.h"
#include "ui/payments/PaymentsWorkspace.h"

namespace portone {

QList<Workspace *> createWorkspaces(DeskSession &session, QWidget *parent)
{
    auto *billingKeys = new ComingSoonPage(
        session, ComingSoonPage::tr("Billing keys"),
        ComingSoonPage::tr("Look up, register and delete the stored cards behind subscriptions "
                           "(빌링키), safely: PortOne's web console has no screen for this."),
        { ComingSoonPage::tr("Look up one customer_uid or thousands at once, pasted or from a "
                             "CSV file, with found / not found counts"),
          ComingSoonPage::tr("Register a card (normal or super billing key) with every field "
                             "checked before sending"),
          ComingSoonPage::tr("Delete with a confirmation that shows the key's scheduled "
                             "payments first"),
          ComingSoonPage::tr("Payments and schedules of each key; export to CSV") },
        parent);
    auto *history = new ComingSoonPage(
        session, ComingSoonPage::tr("History"),
        ComingSoonPage::tr("A record of every request and every operator action, with "
                           "sensitive values masked, so the merchant can say who did what, "
                           "when, and what PortOne answered."),
        { ComingSoonPage::tr("Every request: time, profile, Tier, path, masked parameters, "
                             "HTTP status, PortOne code and message"),
          ComingSoonPage::tr("A tamper-evident audit log of state-changing actions"),
          ComingSoonPage::tr("Copy as curl, with placeholders instead of secrets"),
          ComingSoonPage::tr("Filters and export to CSV") },
        parent);
    return { new CertificationWorkspace(session, parent), billingKeys,
             new BenepiaWorkspace(session, parent), new PaymentsWorkspace(session, parent),
             history };
}

} // namespace portone
