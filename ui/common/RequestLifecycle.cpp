#include "ui/common/RequestLifecycle.h"

#include "ui/common/ErrorPanel.h"
#include "ui/common/FieldMessages.h"
#include "ui/common/RequestProgress.h"

#include <utility>

namespace portone {

RequestLifecycle::RequestLifecycle(Connection &connection, RequestProgress *progress,
                                   ErrorPanel *errorPanel, FieldMessages *fieldMessages,
                                   QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_progress(progress)
    , m_errorPanel(errorPanel)
    , m_fieldMessages(fieldMessages)
{ }

RequestLifecycle *RequestLifecycle::forPanel(Connection &connection, QWidget *panel,
                                             const QString &namePrefix,
                                             FieldMessages *fieldMessages)
{
    auto *progress = new RequestProgress(panel);
    auto *errorPanel = new ErrorPanel(panel);
    if (!namePrefix.isEmpty()) {
        progress->setObjectName(namePrefix + QStringLiteral("RequestProgress"));
        errorPanel->setObjectName(namePrefix + QStringLiteral("ErrorPanel"));
    }
    return new RequestLifecycle(connection, progress, errorPanel, fieldMessages, panel);
}

bool RequestLifecycle::isBusy() const
{
    return m_busy;
}

void RequestLifecycle::cancel()
{
    m_call.cancel();
}

void RequestLifecycle::clear()
{
    ++m_generation;
    CallHandle dropped = std::exchange(m_call, {});
    end();
    dropped.cancel();
    m_progress->clearNotice();
    m_errorPanel->clear();
}

void RequestLifecycle::showError(const ApiError &error)
{
    m_errorPanel->showError(error);
}

quint64 RequestLifecycle::begin()
{
    m_errorPanel->clear();
    return ++m_generation;
}

void RequestLifecycle::start(const QString &what, CallHandle call)
{
    m_call = call;
    m_progress->start(what, std::move(call));
    if (!m_busy) {
        m_busy = true;
        Q_EMIT busyChanged(true);
    }
}

void RequestLifecycle::end()
{
    if (!m_busy)
        return;
    m_busy = false;
    m_call = {};
    m_progress->finish();
    Q_EMIT busyChanged(false);
}

void RequestLifecycle::route(const ApiError &error, const Failure &onFailure)
{
    if (onFailure && onFailure(error))
        return;
    if (error.kind == ApiError::Kind::Validation && m_fieldMessages) {
        m_fieldMessages->show(error.fieldErrors);
        return;
    }
    if (error.kind == ApiError::Kind::Cancelled && !error.outcomeUnknown) {
        QString what = m_progress->text();
        if (what.endsWith(u'…')) // "Asking ……" reads as still going
            what.chop(1);
        m_progress->showNotice(tr("Cancelled: %1").arg(what));
        return;
    }
    m_errorPanel->showError(error);
}

} // namespace portone
