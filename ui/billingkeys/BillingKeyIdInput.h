#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace portone {

// The customer_uids to look up: typed or pasted (one per line, or separated by commas or
// tabs, as copied from a spreadsheet), or imported from a column of a CSV file. Duplicates are
// removed and blanks ignored; the count is shown before anything is sent.
class BillingKeyIdInput : public QWidget
{
    Q_OBJECT

public:
    explicit BillingKeyIdInput(QWidget *parent = nullptr);

    // The ids in the order given, without blanks and duplicates.
    QStringList ids() const;
    void setIds(const QStringList &ids);
    static QStringList parseIds(const QString &text, int *duplicates = nullptr);

    // Adds the ids of one column of a CSV file (column: 0-based; the first row is a header
    // when firstRowIsHeader). Returns an error sentence, or an empty string on success.
    QString importCsv(const QString &path, int column, bool firstRowIsHeader = true);
    // "Import CSV…": a file dialog, then the column to use.
    void chooseCsvFile();

Q_SIGNALS:
    void idsChanged(int count);
    void importFailed(const QString &message);

private:
    void updateCount();

    QPlainTextEdit *m_idsEdit;
    QPushButton *m_importButton;
    QLabel *m_countLabel;
};

} // namespace portone
