#pragma once

// Helpers for the billing-key workspace tests: find its widgets, paste ids, read the table.
#include "core/api/PortOneClient.h"
#include "tests/support/Capture.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/billingkeys/BillingKeyIdInput.h"
#include "ui/billingkeys/BillingKeyLookupPanel.h"
#include "ui/billingkeys/BillingKeyResultsView.h"
#include "ui/billingkeys/BillingKeysWorkspace.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTest>

namespace portone::test {

// What an operator does: copy a column from a spreadsheet, click the field, Ctrl+V.
inline void pasteIds(QWidget &root, const QString &text)
{
    auto *edit = child<QPlainTextEdit>(root, "customerUidsTextEdit");
    QApplication::clipboard()->setText(text);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
}

inline QTableView *resultsTable(QWidget &root)
{
    return child<QTableView>(root, "resultsTableView");
}

inline int visibleRows(QWidget &root)
{
    return resultsTable(root)->model()->rowCount();
}

// The visible text of every row in one column, in table order.
inline QStringList columnTexts(QWidget &root, int column)
{
    QAbstractItemModel *model = resultsTable(root)->model();
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, column).data().toString();
    return out;
}

// The table row showing this customer_uid, or -1.
inline int rowOf(QWidget &root, const QString &customerUid)
{
    return int(columnTexts(root, 0).indexOf(customerUid));
}

// The billing key as the active profile has it (the test ends when it cannot be had).
inline BillingKey fetchBillingKey(DeskSession &session, QObject *context, const QString &uid)
{
    Capture<BillingKey> got;
    session.client()->getBillingKey(uid, context, got.callback());
    if (!got.wait() || !got.result().ok())
        qFatal("could not get %s", qPrintable(uid));
    return got.value();
}

inline void clickLookUp(QWidget &root)
{
    auto *button = child<QPushButton>(root, "lookUpButton");
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace portone::test
