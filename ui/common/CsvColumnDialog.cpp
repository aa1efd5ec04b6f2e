#include "ui/common/CsvColumnDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace portone {

CsvColumnDialog::CsvColumnDialog(const QStringList &firstRow, QWidget *parent)
    : QDialog(parent)
    , m_columnCombo(new QComboBox(this))
    , m_headerCheck(new QCheckBox(tr("The first row is a header"), this))
{
    setWindowTitle(tr("Import customer_uids from CSV"));
    m_columnCombo->setObjectName(QStringLiteral("csvColumnComboBox"));
    m_headerCheck->setObjectName(QStringLiteral("csvHeaderCheckBox"));
    m_columnCombo->setAccessibleName(tr("Column with the customer_uids"));
    m_headerCheck->setAccessibleName(m_headerCheck->text());
    m_headerCheck->setChecked(true);
    int guess = 0;
    for (qsizetype i = 0; i < firstRow.size(); ++i) {
        const QString cell = firstRow.at(i).trimmed();
        m_columnCombo->addItem(tr("Column %1: %2").arg(i + 1).arg(cell), int(i));
        if (cell.contains(QStringLiteral("customer_uid"), Qt::CaseInsensitive))
            guess = int(i);
    }
    m_columnCombo->setCurrentIndex(guess);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("importButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Column:"), m_columnCombo);
    form->addRow(QString(), m_headerCheck);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Which column holds the customer_uids?"), this));
    layout->addLayout(form);
    layout->addWidget(buttons);
}

int CsvColumnDialog::column() const
{
    return m_columnCombo->currentData().toInt();
}

bool CsvColumnDialog::firstRowIsHeader() const
{
    return m_headerCheck->isChecked();
}

} // namespace portone
