#include "ui/common/ReadOnlyNotice.h"

#include "ui/DeskSession.h"

#include <QHBoxLayout>
#include <QLayout>

namespace portone {

ReadOnlyNotice::ReadOnlyNotice(DeskSession &session, QWidget *parent)
    : QLabel(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("readOnlyNoticeLabel"));
    setText(reasonText());
    setAccessibleName(tr("Read-only profile"));
    setWordWrap(true);
    setStyleSheet(QStringLiteral("QLabel { background: #eef2f7; border: 1px solid #90a4ae; "
                                 "border-radius: 3px; padding: 4px; color: #263238; }"));
    connect(&session, &DeskSession::activeProfileChanged, this, &ReadOnlyNotice::refresh);
    refresh();
}

QString ReadOnlyNotice::reasonText()
{
    return tr("Read-only profile: look-ups only. Sending, registering, deleting and paying are "
              "disabled.");
}

QWidget *ReadOnlyNotice::guard(QWidget *control)
{
    QWidget *owner = control->parentWidget() ? control->parentWidget() : parentWidget();
    auto *container = new QWidget(owner);
    container->setObjectName(QStringLiteral("readOnlyGuard"));
    if (QLayout *ownerLayout = owner->layout())
        delete ownerLayout->replaceWidget(control, container);
    auto *layout = new QHBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(control);
    m_containers << container;
    refresh();
    return container;
}

void ReadOnlyNotice::refresh()
{
    const bool readOnly = m_session.hasActiveProfile() && !m_session.allowsChanges();
    setVisible(readOnly);
    for (const QPointer<QWidget> &container : std::as_const(m_containers)) {
        if (container)
            container->setEnabled(!readOnly);
    }
}

} // namespace portone
