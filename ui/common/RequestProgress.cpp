#include "ui/common/RequestProgress.h"

#include "ui/common/Announce.h"
#include "ui/common/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <utility>

namespace portone {

RequestProgress::RequestProgress(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("requestProgress"));
    m_label->setObjectName(QStringLiteral("progressLabel"));
    m_label->setAccessibleName(tr("Request progress"));
    // A long text (an amount, a name and a merchant_uid) wraps within the form's width
    // instead of widening the form, and with it the window.
    m_label->setTextFormat(Qt::PlainText); // it names what the operator typed
    m_label->setWordWrap(true);
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_label->setMinimumWidth(120);
    m_cancelButton->setIcon(appIcon(AppIcon::Cancel));
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_cancelButton->setObjectName(QStringLiteral("cancelRequestButton"));
    m_bar->setRange(0, 0); // busy: a request's duration is unknown
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Request in progress"));
    m_cancelButton->setAccessibleName(tr("Cancel the running request"));
    m_cancelButton->setToolTip(tr("Cancel the running request (Esc)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_cancelButton);
    connect(m_cancelButton, &QPushButton::clicked, this, &RequestProgress::cancel);
    hide();
}

void RequestProgress::start(const QString &what, CallHandle call)
{
    m_call = std::move(call);
    m_label->setText(what);
    m_label->setToolTip(what);
    m_busy = true;
    m_bar->show();
    m_cancelButton->show();
    show();
    announceStatus(m_label, what);
    Q_EMIT busyChanged(true);
}

void RequestProgress::finish()
{
    if (!m_busy)
        return;
    m_busy = false;
    m_call = {};
    hide();
    announceStatus(m_label, tr("Finished: %1").arg(m_label->text()));
    Q_EMIT busyChanged(false);
}

void RequestProgress::cancel()
{
    m_call.cancel();
}

bool RequestProgress::isBusy() const
{
    return m_busy;
}

QString RequestProgress::text() const
{
    return m_label->toolTip();
}

void RequestProgress::showNotice(const QString &notice)
{
    if (m_busy)
        return;
    m_bar->hide();
    m_cancelButton->hide();
    m_label->setText(notice);
    show();
    announceStatus(m_label, notice);
}

void RequestProgress::clearNotice()
{
    if (!m_busy)
        hide();
}

} // namespace portone
