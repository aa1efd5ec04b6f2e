#include "ui/Workspaces.h"

#include "ui/ComingSoonPage.h"
#include "ui/benepia/BenepiaWorkspace.h"
#include "ui/billingkeys/BillingKeysWorkspace.h"
#include "ui/certification/CertificationWorkspace.h"
#include "ui/common/Icons.h"
#include "ui/payments/PaymentsWorkspace.h"

namespace portone {

QList<Workspace *> createWorkspaces(DeskSession &session, QWidget *parent)
{
    auto *billingKeys = new BillingKeysWorkspace(session, parent);
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

QIcon workspaceIcon(int index)
{
    static constexpr AppIcon icons[] = { AppIcon::Certification, AppIcon::BillingKeys,
                                         AppIcon::Benepia, AppIcon::Payments, AppIcon::History };
    return index >= 0 && index < int(std::size(icons)) ? appIcon(icons[index]) : QIcon();
}

} // namespace portone
