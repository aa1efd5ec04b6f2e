// The billing-key workspace beyond the look-up itself: CSV import with a chosen column, CSV
// export with and without personal data, deleting selected rows, and a registered key
// appearing in the table.
#include "BillingKeysTestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/billingkeys/BillingKeyIdInput.h"
#include "ui/billingkeys/BillingKeyResultsModel.h"
#include "ui/billingkeys/edit/BillingKeyRegisterForm.h"
#include "ui/common/CsvColumnDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace portone;
using namespace portone::test;

class TestBillingKeysWorkspace : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxSessionFixture> f;
    std::unique_ptr<BillingKeysWorkspace> w;
    QTemporaryDir dir;

    void lookUpText(const QString &text, int expectedRows)
    {
        pasteIds(*w, text);
        clickLookUp(*w);
        QTRY_COMPARE(visibleRows(*w), expectedRows);
        QTRY_VERIFY(!w->lookupPanel()->isLookupRunning());
    }
    // "Export CSV…", answering the file dialog with a file in the test folder.
    QByteArray exported(const QString &name)
    {
        const QString path = dir.filePath(name);
        f->prompts.savePaths = { path };
        QTest::mouseClick(child<QPushButton>(*w, "exportCsvButton"), Qt::LeftButton);
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // "Import CSV…", answering the file dialog with path and the column dialog with column.
    void clickImport(const QString &path, int column, bool header)
    {
        f->prompts.openPaths = { path };
        f->prompts.columnAnswers = { CsvColumnChoice { column, header } };
        QTest::mouseClick(child<QPushButton>(*w, "importCsvButton"), Qt::LeftButton);
    }

    // Imports and waits: the failure sentence, or empty once the ids were added.
    QString importAndWait(const QString &path, int column, bool header = true)
    {
        BillingKeyIdInput *input = w->lookupPanel()->idInput();
        QSignalSpy finished(input, &BillingKeyIdInput::importFinished);
        QSignalSpy failed(input, &BillingKeyIdInput::importFailed);
        clickImport(path, column, header);
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 20000))
            return u"no answer"_s;
        return failed.isEmpty() ? QString() : failed.at(0).at(0).toString();
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }
    static QByteArray idRows(int count)
    {
        QByteArray out;
        for (int i = 1; i <= count; ++i)
            out += "cust_" + QByteArray::number(i) + "\r\n";
        return out;
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<SandboxSessionFixture>();
        w = std::make_unique<BillingKeysWorkspace>(f->session);
        w->resize(1200, 800);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    }
    void cleanup()
    {
        w.reset();
        f.reset();
    }

    void csvImportWithChosenColumn()
    {
        const QString path = dir.filePath(u"ids.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Excel's export: BOM, CRLF, a quoted cell with a comma, a blank cell, a duplicate.
        file.write("\xEF\xBB\xBF"
                   "name,customer_uid,memo\r\n"
                   "\"Kim, Minjun\",customer_1234,a\r\n"
                   "Lee,customer_5678,\r\n"
                   "Nobody,,b\r\n"
                   "Ghost,ghost_0001,c\r\n"
                   "Again,customer_1234,d\r\n"
                   "Hong,고객 한글/01,e\r\n"_ba);
        file.close();
        QCOMPARE(importAndWait(path, 1), QString());
        QCOMPARE(w->lookupPanel()->idInput()->ids(),
                 (QStringList { u"customer_1234"_s, u"customer_5678"_s, u"ghost_0001"_s,
                                u"고객 한글/01"_s }));
        QVERIFY(child<QLabel>(*w, "idCountLabel")->text().startsWith(u"4 customer_uid"_s));
        QVERIFY(child<QLabel>(*w, "idCountLabel")->text().contains(u"1 duplicate"_s));
        clickLookUp(*w);
        QTRY_COMPARE(visibleRows(*w), 4);
        QTRY_VERIFY(!w->isBusy());
        const QStringList statuses = columnTexts(*w, BillingKeyResultsModel::StatusColumn);
        QCOMPARE(statuses.at(rowOf(*w, u"ghost_0001"_s)), u"not found or no access"_s);
        QCOMPARE(statuses.at(rowOf(*w, u"고객 한글/01"_s)), u"found"_s);
        QVERIFY(importAndWait(dir.filePath(u"none.csv"_s), 0).startsWith(u"Could not read"_s));
    }

    // The file is read on a worker thread and its ids added a few thousand per turn of the
    // event loop: the call returns at once, and the window keeps handling events meanwhile.
    void csvImportDoesNotBlockTheWindow()
    {
        const QString path = writeFile(u"many.csv"_s, idRows(100'000));
        BillingKeyIdInput *input = w->lookupPanel()->idInput();
        input->setIds({ u"typed_before"_s });
        auto *lookUp = child<QPushButton>(*w, "lookUpButton");
        QVERIFY(lookUp->isEnabled());
        QSignalSpy finished(input, &BillingKeyIdInput::importFinished);
        int turns = 0;
        QTimer everyTurn;
        connect(&everyTurn, &QTimer::timeout, this, [&] { turns += finished.isEmpty() ? 1 : 0; });
        everyTurn.start(0);
        clickImport(path, 0, false);
        QVERIFY(input->isImporting());
        QVERIFY(!child<QPushButton>(*w, "importCsvButton")->isEnabled());
        QVERIFY(!lookUp->isEnabled()); // nothing half-imported is looked up
        QVERIFY(child<QPlainTextEdit>(*w, "customerUidsTextEdit")->isReadOnly());
        QCOMPARE(child<QLabel>(*w, "idCountLabel")->text(), u"Reading the file…"_s);
        QVERIFY(finished.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY2(turns >= 50, qPrintable(QString::number(turns))); // 100,000 ids in 50 parts
        QCOMPARE(finished.at(0).at(0).toInt(), 100'000);
        QVERIFY(!input->isImporting());
        QVERIFY(child<QPushButton>(*w, "importCsvButton")->isEnabled());
        QVERIFY(lookUp->isEnabled());
        const QStringList ids = input->ids();
        QCOMPARE(ids.size(), 100'001);
        QCOMPARE(ids.first(), u"typed_before"_s);
        QCOMPARE(ids.at(1), u"cust_1"_s);
        QCOMPARE(ids.last(), u"cust_100000"_s);
        QVERIFY2(child<QLabel>(*w, "idCountLabel")->text().startsWith(u"100001 customer_uid"_s),
                 qPrintable(child<QLabel>(*w, "idCountLabel")->text()));
    }

    // Over the limits: nothing imported, a sentence that names the limit.
    void csvImportLimitsAreNamed()
    {
        BillingKeyIdInput *input = w->lookupPanel()->idInput();
        QCOMPARE(importAndWait(writeFile(u"rows.csv"_s, idRows(100'001)), 0, false),
                 dir.filePath(u"rows.csv"_s)
                     + u" has more than 100,000 rows, the most PortOne Desk imports at once. "
                       "Split it into smaller files."_s);
        QByteArray big(16 * 1024 * 1024 + 1, 'a');
        QCOMPARE(importAndWait(writeFile(u"big.csv"_s, big), 0),
                 dir.filePath(u"big.csv"_s)
                     + u" is larger than 16 MiB, the most PortOne Desk imports at once. Split it "
                       "into smaller files."_s);
        QVERIFY(input->ids().isEmpty());
        QCOMPARE(importAndWait(writeFile(u"fits.csv"_s, idRows(100'000)), 0, false), QString());
        QCOMPARE(input->ids().size(), 100'000);
    }

    // Our export guards cells against formulas with an apostrophe; importing the file again
    // gives the same customer_uids.
    void exportedCsvImportsToTheSameIds()
    {
        const QStringList ids { u"=SUM(1)"_s, u"-cust_echo"_s, u"@home"_s, u"customer_1234"_s };
        lookUpText(ids.join(u'\n'), 4);
        const QByteArray bytes = exported(u"export.csv"_s);
        QVERIFY2(bytes.contains("'=SUM(1)"), bytes.constData());
        w->lookupPanel()->idInput()->setIds({});
        QCOMPARE(importAndWait(dir.filePath(u"export.csv"_s), 0), QString());
        QStringList imported = w->lookupPanel()->idInput()->ids();
        imported.sort();
        QStringList sent = ids;
        sent.sort();
        QCOMPARE(imported, sent); // the export lists found keys first
    }

    // The file and the column are asked through the prompts; cancelling either imports nothing.
    void csvImportAsksForTheFileAndTheColumn()
    {
        BillingKeyIdInput *input = w->lookupPanel()->idInput();
        auto *import = child<QPushButton>(*w, "importCsvButton");
        QTest::mouseClick(import, Qt::LeftButton); // the file dialog cancelled
        QCOMPARE(f->prompts.openAsked.size(), 1);
        const FileRequest asked = f->prompts.openAsked.first();
        QCOMPARE(asked.title, u"Import customer_uids"_s);
        QCOMPARE(asked.filter, u"CSV files (*.csv *.txt);;All files (*)"_s);
        QVERIFY(f->prompts.columnsAsked.isEmpty());
        QVERIFY(!input->isImporting());
        QVERIFY(import->isEnabled());

        const QString path
            = writeFile(u"two.csv"_s, "name,customer_uid\r\nKim,customer_1234\r\n"_ba);
        f->prompts.openPaths = { path }; // the column dialog cancelled
        QTest::mouseClick(import, Qt::LeftButton);
        QTRY_COMPARE(f->prompts.columnsAsked.size(), 1);
        QCOMPARE(f->prompts.columnsAsked.first(), (QStringList { u"name"_s, u"customer_uid"_s }));
        QTRY_VERIFY(import->isEnabled());
        QVERIFY(input->ids().isEmpty());

        QCOMPARE(importAndWait(path, 1), QString());
        QCOMPARE(input->ids(), QStringList { u"customer_1234"_s });
    }

    void columnDialogOffersTheHeaderCells()
    {
        CsvColumnDialog dialog({ u"name"_s, u"Customer_UID"_s, u"memo"_s });
        auto *combo = child<QComboBox>(dialog, "csvColumnComboBox");
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->itemText(2), u"Column 3: memo"_s);
        QCOMPARE(dialog.column(), 1); // the customer_uid column is preselected
        QVERIFY(dialog.firstRowIsHeader());
        combo->setCurrentIndex(2);
        QTest::mouseClick(child<QCheckBox>(dialog, "csvHeaderCheckBox"), Qt::LeftButton);
        QCOMPARE(dialog.column(), 2);
        QVERIFY(!dialog.firstRowIsHeader());
    }

    // The file is asked through the prompts with the suggested name; cancelling writes nothing.
    void csvExportAsksForTheFile()
    {
        lookUpText(u"customer_1234"_s, 1);
        auto *summary = child<QLabel>(*w, "deletionSummaryLabel");
        const QString summaryBefore = summary->text();
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
        QTest::mouseClick(child<QPushButton>(*w, "exportCsvButton"), Qt::LeftButton); // cancelled
        QCOMPARE(f->prompts.saveAsked.size(), 1);
        const FileRequest asked = f->prompts.saveAsked.first();
        QCOMPARE(asked.title, u"Export billing keys"_s);
        QCOMPARE(asked.filter, u"CSV files (*.csv)"_s);
        QCOMPARE(asked.suggestedName, u"billing-keys.csv"_s);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
        QCOMPARE(summary->text(), summaryBefore);

        QVERIFY(exported(u"keys.csv"_s).contains("customer_1234"));
        QCOMPARE(child<QLabel>(*w, "deletionSummaryLabel")->text(),
                 u"Exported to %1."_s.arg(dir.filePath(u"keys.csv"_s)));
    }

    void csvExportLeavesPersonalDataOutUnlessTicked()
    {
        lookUpText(u"customer_1234\nnope_1\n=cmd|' /C calc'!A0"_s, 3);
        const QByteArray plain = exported(u"plain.csv"_s);
        QVERIFY(plain.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = plain.mid(3).split('\n');
        QCOMPARE(lines.first(),
                 "customer_uid,status,card_name,card_number,card_type,"
                 "card_issuer_name,pg_provider,pg_id,sandbox,channel_group_id,"
                 "inserted,updated\r"_ba);
        QVERIFY(!plain.contains("customer_name"));
        QVERIFY(!plain.contains("김민준"));
        QVERIFY(plain.contains("\r\ncustomer_1234,found,"));
        QVERIFY(plain.contains("************1238"));
        QVERIFY(plain.contains("\r\nnope_1,missing,"));
        QVERIFY(plain.contains("\r\n'=cmd|' /C calc'!A0,missing")); // formula guard

        QTest::mouseClick(child<QCheckBox>(*w, "includePersonalCheckBox"), Qt::LeftButton);
        const QByteArray personal = exported(u"personal.csv"_s);
        QVERIFY(personal.startsWith("\xEF\xBB\xBF"));
        QVERIFY(personal.split('\n').first().endsWith(
            ",customer_name,customer_tel,customer_email,customer_addr,customer_postcode\r"));
        QVERIFY(personal.contains("김민준"));
    }

    void deleteSelectedMarksTheRowNotFound()
    {
        lookUpText(u"customer_5678\ncustomer_kim"_s, 2);
        resultsTable(*w)->selectRow(rowOf(*w, u"customer_5678"_s));
        auto *deleteButton = child<QPushButton>(*w, "deleteSelectedButton");
        QVERIFY(deleteButton->isEnabled());
        f->prompts.typedAnswers << TypedConfirmation { u"card replaced"_s, {} };
        f->prompts.answers << true << true;
        QTest::mouseClick(deleteButton, Qt::LeftButton);
        const int row = rowOf(*w, u"customer_5678"_s);
        QTRY_COMPARE_WITH_TIMEOUT(columnTexts(*w, BillingKeyResultsModel::StatusColumn).at(row),
                                  u"not found or no access"_s, 10000);
        QCOMPARE(f->prompts.typedAsked.size(), 1);
        QVERIFY(f->prompts.typedAsked.first().text.contains(u"customer_5678"_s)
                || f->prompts.typedAsked.first().expectedText == u"customer_5678"_s);
        QCOMPARE(
            columnTexts(*w, BillingKeyResultsModel::StatusColumn).at(rowOf(*w, u"customer_kim"_s)),
            u"found"_s);
        QVERIFY(child<QLabel>(*w, "deletionSummaryLabel")->isVisible());
    }

    void deleteFromTheDetailPane()
    {
        lookUpText(u"customer_kim"_s, 1);
        resultsTable(*w)->selectRow(0);
        QCOMPARE(child<QLabel>(*w, "billingKeyTitleLabel")->text().contains(u"customer_kim"_s),
                 true);
        f->prompts.typedAnswers << TypedConfirmation { u"closed account"_s, {} };
        f->prompts.answers << true << true;
        QTest::mouseClick(child<QPushButton>(*w, "deleteBillingKeyButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(columnTexts(*w, BillingKeyResultsModel::StatusColumn).at(0),
                                  u"not found or no access"_s, 10000);
        QCOMPARE(f->prompts.typedAsked.size(), 1);
    }

    void declinedDeletionKeepsTheKey()
    {
        lookUpText(u"customer_kim"_s, 1);
        resultsTable(*w)->selectRow(0);
        QTest::mouseClick(child<QPushButton>(*w, "deleteSelectedButton"), Qt::LeftButton);
        QTRY_VERIFY(!w->isBusy());
        QTest::qWait(200);
        QCOMPARE(columnTexts(*w, BillingKeyResultsModel::StatusColumn).at(0), u"found"_s);
    }

    void registeredKeyAppearsInTheTable()
    {
        lookUpText(u"customer_1234"_s, 1);
        auto *tabs = child<QTabWidget>(*w, "billingKeysTabWidget");
        tabs->setCurrentIndex(1);
        auto *form = child<BillingKeyRegisterForm>(*w, "billingKeyRegisterForm");
        QTRY_VERIFY(form->findChild<QComboBox *>(u"channelPickerComboBox"_s)->count() > 0);
        auto type = [&](const char *name, const QString &text) {
            auto *edit = child<QLineEdit>(*form, name);
            edit->clear();
            QTest::keyClicks(edit, text);
        };
        type("customerUidLineEdit", u"desk_new_0001"_s);
        type("cardNumberLineEdit", u"4111111111111111"_s);
        type("expiryLineEdit", u"2030-12"_s);
        type("birthLineEdit", u"900101"_s);
        type("pwd2DigitLineEdit", u"12"_s);
        f->prompts.answers << true;
        QTest::mouseClick(child<QPushButton>(*form, "registerButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(visibleRows(*w), 2, 10000);
        const int row = rowOf(*w, u"desk_new_0001"_s);
        QVERIFY(row >= 0);
        QCOMPARE(columnTexts(*w, BillingKeyResultsModel::StatusColumn).at(row), u"found"_s);
        QVERIFY(
            columnTexts(*w, BillingKeyResultsModel::CardNumberColumn).at(row).endsWith(u"1111"_s));
        if (qEnvironmentVariableIsSet("BK_SHOTS"))
            w->grab().save(u"/tmp/shots/billingkeys-register.png"_s);
    }
};

QTEST_MAIN(TestBillingKeysWorkspace)
#include "tst_billing_keys_workspace.moc"
