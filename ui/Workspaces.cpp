#include "ui/Workspaces.h"

#include "ui/benepia/BenepiaWorkspace.h"
#include "ui/billingkeys/BillingKeysWorkspace.h"
#include "ui/certification/CertificationWorkspace.h"
#include "ui/common/Icons.h"
#include "ui/history/HistoryWorkspace.h"
#include "ui/payments/PaymentsWorkspace.h"
#include "ui/schedules/SchedulesWorkspace.h"

namespace portone {

namespace {

template<typename Page> WorkspaceEntry entry(AppIcon icon)
{
    return { Page::pageTitle(), appIcon(icon),
             [](DeskSession &session, QWidget *parent) -> Workspace * {
                 return new Page(session, parent);
             } };
}

} // namespace

QList<WorkspaceEntry> workspaceEntries()
{
    return { entry<CertificationWorkspace>(AppIcon::Certification),
             entry<BillingKeysWorkspace>(AppIcon::BillingKeys),
             entry<BenepiaWorkspace>(AppIcon::Benepia),
             entry<PaymentsWorkspace>(AppIcon::Payments),
             entry<SchedulesWorkspace>(AppIcon::Schedules),
             entry<HistoryWorkspace>(AppIcon::History) };
}

} // namespace portone
