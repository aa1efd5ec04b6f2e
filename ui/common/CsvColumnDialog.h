#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;

namespace portone {

// Asks which column of a CSV file holds the customer_uids, showing the first row's cells
// (the header) and whether that first row is a header at all.
class CsvColumnDialog : public QDialog
{
    Q_OBJECT

public:
    CsvColumnDialog(const QStringList &firstRow, QWidget *parent = nullptr);

    int column() const;
    bool firstRowIsHeader() const;

private:
    QComboBox *m_columnCombo;
    QCheckBox *m_headerCheck;
};

} // namespace portone
