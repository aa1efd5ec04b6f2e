#include "ui/common/ErrorPanel.h"

#include "core/api/ApiError.h"
#include "ui/common/Announce.h"

#include <QLabel>
#include <QVBoxLayout>

namespace portone {

ErrorPanel::ErrorPanel(QWidget *parent)
    : QFrame(parent)
    , m_statusLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_explanationLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("errorPanel"));
    setFrameShape(QFrame::StyledPanel);
    // By class, not by object name: the owners rename their panels (e.g. paymentErrorPanel).
    setStyleSheet(QStringLiteral("portone--ErrorPanel { background: #fdecea; border: 1px solid "
                                 "#e57373; border-radius: 4px; } portone--ErrorPanel QLabel { "
                                 "color: #5f2120; }"));
    setAccessibleName(tr("Request failed"));
    m_statusLabel->setObjectName(QStringLiteral("errorStatusLabel"));
    m_messageLabel->setObjectName(QStringLiteral("errorMessageLabel"));
    m_explanationLabel->setObjectName(QStringLiteral("errorExplanationLabel"));
    for (QLabel *label : { m_statusLabel, m_messageLabel, m_explanationLabel }) {
        // The server's words are shown as written: "<b>" in a message is text, not markup.
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont bold = m_messageLabel->font();
    bold.setBold(true);
    m_messageLabel->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_explanationLabel);
    hide();
}

void ErrorPanel::showError(const ApiError &error)
{
    QStringList status;
    if (error.httpStatus > 0)
        status << tr("HTTP %1").arg(error.httpStatus);
    if (error.code)
        status << tr("code %1").arg(*error.code);
    if (status.isEmpty())
        status << tr("No answer from PortOne");
    m_statusLabel->setText(status.join(QStringLiteral(" · ")));
    m_messageLabel->setText(error.message.isEmpty() ? error.detail : error.message);
    m_messageLabel->setVisible(!m_messageLabel->text().isEmpty());
    m_explanationLabel->setText(error.explanation());
    show();
    announceAlert(this,
                  m_statusLabel->text() + u' ' + m_messageLabel->text() + u' '
                      + m_explanationLabel->text());
}

void ErrorPanel::clear()
{
    m_statusLabel->clear();
    m_messageLabel->clear();
    m_explanationLabel->clear();
    hide();
}

QString ErrorPanel::statusText() const
{
    return m_statusLabel->text();
}
QString ErrorPanel::messageText() const
{
    return m_messageLabel->text();
}
QString ErrorPanel::explanationText() const
{
    return m_explanationLabel->text();
}

} // namespace portone
