#include "ui/Workspaces.h"

#include "ui/benepia/BenepiaWorkspace.h"
#include "ui/billingkeys/BillingKeysWorkspace.h"
#include "ui/certification/CertificationWorkspace.h"
#include "ui/common/Icons.h"
#include "ui/history/HistoryWorkspace.h"
#include "ui/payments/PaymentsWorkspace.h"

namespace portone {

namespace {

template<typename Page> WorkspaceEntry entry(QString title, AppIcon icon)
{
    return { std::move(title), appIcon(icon),
             [](DeskSession &session, QWidget *parent) -> Workspace * {
                 return new Page(session, parent);
             } };
}

} // namespace

// The titles are the pages' own title() strings, in the pages' translation contexts.
QList<WorkspaceEntry> workspaceEntries()
{
    return { entry<CertificationWorkspace>(CertificationWorkspace::tr("Certification"),
                                           AppIcon::Certification),
             entry<BillingKeysWorkspace>(BillingKeysWorkspace::tr("Billing keys"),
                                         AppIcon::BillingKeys),
             entry<BenepiaWorkspace>(BenepiaWorkspace::tr("Benepia"), AppIcon::Benepia),
             entry<PaymentsWorkspace>(PaymentsWorkspace::tr("Payments"), AppIcon::Payments),
             entry<HistoryWorkspace>(HistoryWorkspace::tr("History"), AppIcon::History) };
}

} // namespace portone
