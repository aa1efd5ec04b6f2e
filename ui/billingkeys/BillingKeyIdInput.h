#pragma once

#include "core/util/Csv.h"

#include <QStringList>
#include <QWidget>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace portone {

class DeskSession;

// The customer_uids to look up: typed or pasted (one per line, or separated by commas or
// tabs, as copied from a spreadsheet), or imported from a column of a CSV file. Duplicates are
// removed and blanks ignored; the count is shown before anything is sent.
class BillingKeyIdInput : public QWidget
{
    Q_OBJECT

public:
    // session: its prompts ask for the file to import and the column to use.
    explicit BillingKeyIdInput(DeskSession &session, QWidget *parent = nullptr);

    // The ids in the order given, without blanks and duplicates.
    QStringList ids() const;
    void setIds(const QStringList &ids);
    static QStringList parseIds(const QString &text, int *duplicates = nullptr);

    bool isImporting() const { return m_importing; }
    const csv::ImportLimits &importLimits() const { return m_limits; }
    void setImportLimits(const csv::ImportLimits &limits) { m_limits = limits; }
    // The sentence for a failed import of path under these limits.
    static QString importProblemText(const csv::ColumnImport &import, const QString &path,
                                     const csv::ImportLimits &limits);

Q_SIGNALS:
    void idsChanged(int count);
    void importFinished(int added);
    void importFailed(const QString &message);

private:
    // "Import CSV…": asks for the file, reads its first row (off the GUI thread), then asks
    // for the column to use.
    void chooseCsvFile();
    // Adds the ids of one column of a CSV file (column: 0-based; the first row is a header
    // when firstRowIsHeader). The file is read on a worker thread, within the import limits;
    // then importFinished(ids added) or importFailed(sentence). Leading apostrophes that our
    // own CSV export put before "=+-@" are dropped (csv::readCell).
    void importCsv(const QString &path, int column, bool firstRowIsHeader);
    void updateCount();
    void setImporting(bool importing);
    void appendImported(const std::shared_ptr<const QStringList> &ids, qsizetype from);
    void fail(const QString &message);

    DeskSession &m_session;
    QPlainTextEdit *m_idsEdit;
    QPushButton *m_importButton;
    QLabel *m_countLabel;
    csv::ImportLimits m_limits;
    bool m_importing = false;
};

} // namespace portone
