#include "ui/Workspaces.h"

#include "ui/benepia/BenepiaWorkspace.h"
#include "ui/billingkeys/BillingKeysWorkspace.h"
#include "ui/certification/CertificationWorkspace.h"
#include "ui/common/Icons.h"
#include "ui/history/HistoryWorkspace.h"
#include "ui/payments/PaymentsWorkspace.h"

namespace portone {

QList<Workspace *> createWorkspaces(DeskSession &session, QWidget *parent)
{
    return { new CertificationWorkspace(session, parent), new BillingKeysWorkspace(session, parent),
             new BenepiaWorkspace(session, parent), new PaymentsWorkspace(session, parent),
             new HistoryWorkspace(session, parent) };
}

QIcon workspaceIcon(int index)
{
    static constexpr AppIcon icons[] = { AppIcon::Certification, AppIcon::BillingKeys,
                                         AppIcon::Benepia, AppIcon::Payments, AppIcon::History };
    return index >= 0 && index < int(std::size(icons)) ? appIcon(icons[index]) : QIcon();
}

} // namespace portone
