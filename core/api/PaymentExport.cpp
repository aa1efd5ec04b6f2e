#include "core/api/PaymentExport.h"

namespace portone {

PaymentExport::PaymentExport(PortOneClient *client, QObject *parent)
    : QObject(parent)
    , m_search(client)
{
    connect(&m_search, &PaymentSearch::pageArrived, this, &PaymentExport::writePage);
    connect(&m_search, &PaymentSearch::progressChanged, this,
            [this](int, int expected) { Q_EMIT progressChanged(m_file.rows(), expected); });
    connect(&m_search, &PaymentSearch::finished, this, &PaymentExport::onSearchFinished);
}

bool PaymentExport::start(const PaymentSearchCriteria &criteria, const QString &path,
                          bool includePersonal)
{
    if (m_search.isRunning())
        return false;
    m_writeProblem.clear();
    if (!m_file.open(path, includePersonal))
        return false;
    PaymentSearchCriteria typedOnly = criteria;
    typedOnly.keepRawJson = false;
    m_search.start(typedOnly);
    return true;
}

void PaymentExport::writePage(const QList<Payment> &payments)
{
    if (!m_file.append(payments)) {
        m_writeProblem = m_file.errorString();
        m_search.cancel();
    }
}

void PaymentExport::onSearchFinished(PaymentSearch::End end)
{
    const bool complete = end == PaymentSearch::End::Finished && m_writeProblem.isEmpty();
    if (!m_file.finish(complete) && m_writeProblem.isEmpty())
        m_writeProblem = m_file.errorString();
    Outcome outcome;
    outcome.end = end;
    outcome.complete = complete && m_writeProblem.isEmpty();
    outcome.path = m_file.path();
    outcome.rows = m_file.rows();
    outcome.failure = m_search.failure();
    outcome.writeProblem = m_writeProblem;
    Q_EMIT finished(outcome);
}

void PaymentExport::cancel()
{
    m_search.cancel();
}

bool PaymentExport::isRunning() const
{
    return m_search.isRunning();
}

QString PaymentExport::openProblem() const
{
    return m_file.errorString();
}

} // namespace portone
