#pragma once

#include "core/api/PaymentCsvFile.h"
#include "core/api/PaymentSearch.h"

#include <QObject>

namespace portone {

// A payment search written to a CSV file page by page as the pages arrive (PaymentCsvFile):
// the Search view's "Export to CSV…" and the export benchmark run this.
class PaymentExport : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        PaymentSearch::End end = PaymentSearch::End::Finished;
        bool complete = false; // every payment found is in the file, under the name chosen
        QString path; // the file as it is now (marked incomplete unless complete)
        qint64 rows = 0; // payments written
        std::optional<ApiError> failure; // the request that failed
        QString writeProblem; // the file could not be written (the search was then stopped)
    };

    explicit PaymentExport(PortOneClient *client, QObject *parent = nullptr);

    // False, nothing sent, when the file cannot be created (see openProblem()).
    bool start(const PaymentSearchCriteria &criteria, const QString &path, bool includePersonal);
    void cancel();
    bool isRunning() const;
    QString openProblem() const;
    const PaymentSearch &search() const { return m_search; }

Q_SIGNALS:
    // written: payments in the file; expected: as PaymentSearch::progressChanged.
    void progressChanged(qint64 written, int expected);
    void finished(const portone::PaymentExport::Outcome &outcome);

private:
    void writePage(const QList<Payment> &payments);
    void onSearchFinished(PaymentSearch::End end);

    PaymentSearch m_search;
    PaymentCsvFile m_file;
    QString m_writeProblem;
};

} // namespace portone
