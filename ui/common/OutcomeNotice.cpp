#include "ui/common/OutcomeNotice.h"

#include "ui/common/Announce.h"
#include "ui/common/Icons.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace portone {

OutcomeNotice::OutcomeNotice(const QString &lookUpText, QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_lookUpButton(new QPushButton(lookUpText, this))
{
    setObjectName(QStringLiteral("outcomeNoticeFrame"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(
        QStringLiteral("#outcomeNoticeFrame { background: #fff4e0; border: 1px solid #e0a040; }"));
    m_label->setObjectName(QStringLiteral("outcomeNoticeLabel"));
    m_label->setAccessibleName(tr("Outcome unknown"));
    // Its texts mark words in bold: every caller escapes what it inserts (toHtmlEscaped), the
    // ids the operator typed and any text from the server.
    m_label->setTextFormat(Qt::RichText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_lookUpButton, 0, Qt::AlignLeft);
    m_lookUpButton->setIcon(appIcon(AppIcon::LookUp));
    hide();
}

void OutcomeNotice::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    announceAlert(m_label, m_label->text());
}

} // namespace portone
