#include "ui/StorageWarningLabel.h"

#include "ui/DeskSession.h"
#include "ui/common/Announce.h"

namespace portone {

StorageWarningLabel::StorageWarningLabel(DeskSession &session, QWidget *parent)
    : QLabel(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("storageWarningLabel"));
    setAccessibleName(tr("Storage warning"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #5f2120; "
                                 "font-weight: bold; padding: 2px 6px; }"));
    connect(&session, &DeskSession::storageProblemChanged, this, &StorageWarningLabel::refresh);
    refresh();
}

void StorageWarningLabel::refresh()
{
    const QString problem = m_session.storageProblem();
    setText(problem);
    setToolTip(problem);
    setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        announceAlert(this, problem);
}

} // namespace portone
