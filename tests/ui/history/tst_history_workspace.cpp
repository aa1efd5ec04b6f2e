// The History workspace on a sandbox session: the Requests tab (live rows, filters, detail,
// copy as curl, CSV export, loading many records without freezing) and the Audit log tab
// (verify the chain, then again after an entry was edited on disk; CSV export).
#include "core/api/PortOneClient.h"
#include "core/history/HistoryStore.h"
#include "tests/support/StallBudget.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/history/AuditLogTab.h"
#include "ui/history/HistoryRequestsTab.h"
#include "ui/history/HistoryTableModel.h"
#include "ui/history/HistoryWorkspace.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace portone;
using namespace portone::test;
using namespace Qt::StringLiterals;

namespace {

void shot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PORTONE_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50);
    widget->grab().save(dir + u"/history-"_s + name + u".png"_s);
}

struct Screen
{
    Screen()
        : workspace(f.session)
    {
        workspace.resize(1250, 760);
        workspace.show();
    }
    HistoryRequestsTab *requests() { return workspace.requestsTab(); }
    QAbstractItemModel *shown() { return requests()->table()->model(); }
    QString shownText(int row, int column) { return shown()->index(row, column).data().toString(); }
    void choose(const QString &comboName, const QString &data)
    {
        auto *combo = workspace.findChild<QComboBox *>(comboName);
        QVERIFY2(combo, qPrintable(comboName));
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data));
        combo->setCurrentIndex(index);
    }
    // Runs one client call and waits for its answer (ok or not).
    void call(const std::function<CallHandle(QObject *, std::function<void()>)> &send)
    {
        bool done = false;
        QObject context;
        send(&context, [&done] { done = true; });
        QVERIFY(QTest::qWaitFor([&done] { return done; }, 5000));
    }
    // Clicks an "Export CSV…" button, answering the file dialog with path (none: cancelled);
    // what was written there.
    QByteArray exported(const QString &buttonName, const std::optional<QString> &path)
    {
        f.prompts.savePaths = { path };
        auto *button = workspace.findChild<QPushButton *>(buttonName);
        if (!button)
            qFatal("no %s", qPrintable(buttonName));
        QTest::mouseClick(button, Qt::LeftButton);
        return path ? read(*path) : QByteArray();
    }
    QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    SandboxSessionFixture f;
    HistoryWorkspace workspace;
};

} // namespace

class TestHistoryWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestsFiltersDetailCurlAndCsv();
    void manyRecordsLoadWithoutFreezing();
    void auditChainVerifiesThenShowsAlteredEntry();
    void keyedLogShowsRemovedTail();
    void exportsAskForTheFileAndCancelWritesNothing();
};

void TestHistoryWorkspace::requestsFiltersDetailCurlAndCsv()
{
    Screen s;
    QTRY_VERIFY(!s.requests()->isLoading());
    QCOMPARE(s.shown()->rowCount(), 0);
    PortOneClient *client = s.f.session.client();
    // Rows appear live as requests are made: a certification, a billing key, a missing key
    // with a Korean customer_uid (404), a payment.
    s.call([client](QObject *c, auto done) {
        return client->getCertification(u"imv_900000000001"_s, c, [done](auto) { done(); });
    });
    s.call([client](QObject *c, auto done) {
        return client->getBillingKey(u"customer_1234"_s, c, [done](auto) { done(); });
    });
    s.call([client](QObject *c, auto done) {
        return client->getBillingKey(u"없는_고객"_s, c, [done](auto) { done(); });
    });
    s.call([client](QObject *c, auto done) {
        return client->getPayment(u"imp_nonexistent"_s, false, c, [done](auto) { done(); });
    });
    // getToken and the four calls.
    QTRY_COMPARE(s.shown()->rowCount(), 5);
    QCOMPARE(s.f.session.history().load().size(), 5);
    // Newest first.
    QCOMPARE(s.shownText(0, HistoryTableModel::Path), u"/payments/imp_nonexistent"_s);
    QStringList areas;
    for (int row = 0; row < 5; ++row)
        areas << s.shownText(row, HistoryTableModel::Area);
    QCOMPARE(areas.count(u"Access token"_s), 1); // getToken is recorded too
    QCOMPARE(s.shownText(0, HistoryTableModel::Profile), u"Sandbox"_s);
    shot(&s.workspace, u"requests"_s);

    s.choose(u"historyOutcomeComboBox"_s, u"failed"_s);
    QCOMPARE(s.shown()->rowCount(), 2);
    QCOMPARE(s.shownText(1, HistoryTableModel::Path), u"/subscribe/customers/없는_고객"_s);
    QCOMPARE(s.shownText(1, HistoryTableModel::HttpStatus), u"404"_s);
    s.choose(u"historyOutcomeComboBox"_s, QString());
    s.choose(u"historyAreaComboBox"_s, u"certification"_s);
    QCOMPARE(s.shown()->rowCount(), 1);
    s.choose(u"historyAreaComboBox"_s, QString());
    s.choose(u"historyProfileComboBox"_s, u"builtin-sandbox"_s);
    QCOMPARE(s.shown()->rowCount(), 5);
    auto *search = s.workspace.findChild<QLineEdit *>(u"historySearchLineEdit"_s);
    QTest::keyClicks(search, u"customer_1234"_s);
    QCOMPARE(s.shown()->rowCount(), 1);
    search->clear();
    auto *from = s.workspace.findChild<QDateEdit *>(u"historyFromDateEdit"_s);
    from->setDate(QDate::currentDate().addDays(1));
    QCOMPARE(s.shown()->rowCount(), 0);
    from->setDate(QDate::currentDate().addDays(-1));
    QCOMPARE(s.shown()->rowCount(), 5);

    // The detail of the billing-key look-up: the request as sent and the answer.
    s.requests()->table()->selectRow(2);
    const QString detail
        = s.workspace.findChild<QPlainTextEdit *>(u"historyDetailTextEdit"_s)->toPlainText();
    QVERIFY2(detail.startsWith(u"GET "_s + s.f.server().baseUrl().toString(QUrl::StripTrailingSlash)
                               + u"/subscribe/customers/customer_1234"_s),
             qPrintable(detail));
    QVERIFY(detail.contains(u"HTTP 200 · code 0"_s));
    QVERIFY(detail.contains(u"Outcome: OK"_s));
    shot(&s.workspace, u"requests-detail"_s);

    // Copy as curl: the token is a shell variable, never the token itself.
    QApplication::clipboard()->clear();
    QTest::mouseClick(s.workspace.findChild<QPushButton *>(u"copyCurlButton"_s), Qt::LeftButton);
    const QString command = QApplication::clipboard()->text();
    QVERIFY2(command.startsWith(u"curl"_s), qPrintable(command));
    QVERIFY(command.contains(u"$PORTONE_TOKEN"_s));
    QVERIFY(command.contains(u"customer_1234"_s));

    // CSV of the rows shown: BOM, Korean intact.
    QTemporaryDir out;
    const QString path = out.filePath(u"requests.csv"_s);
    const QByteArray csv = s.exported(u"exportHistoryButton"_s, path);
    QCOMPARE(s.workspace.findChild<QLabel *>(u"historyStatusLabel"_s)->text(),
             u"Exported to %1."_s.arg(path));
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.contains(u"/subscribe/customers/없는_고객"_s.toUtf8()));
    QCOMPARE(csv.count("\r\n"), 6); // header and five rows
}

void TestHistoryWorkspace::manyRecordsLoadWithoutFreezing()
{
    SandboxSessionFixture f;
    {
        HistoryRecord record;
        record.profileId = u"p1"_s;
        record.profileName = u"가맹점 A"_s;
        record.area = u"billing_keys"_s;
        record.operation = u"customer_view"_s;
        record.method = "GET";
        record.origin = u"https://api.iamport.kr"_s;
        record.httpStatus = 200;
        record.code = 0;
        for (int i = 0; i < 20000; ++i) {
            record.time = QDateTime::currentDateTimeUtc().addSecs(-i);
            record.path = u"/subscribe/customers/customer_%1"_s.arg(i);
            QVERIFY(f.session.history().append(record));
        }
    }
    HistoryWorkspace workspace(f.session);
    workspace.resize(1100, 700);
    // Longest gap between ticks of a 10 ms timer while the history loads.
    qint64 longestGap = 0;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, &ticker,
                     [&] { longestGap = qMax(longestGap, sinceTick.restart()); });
    QElapsedTimer loading;
    loading.start();
    sinceTick.start();
    ticker.start();
    workspace.show();
    QVERIFY(workspace.requestsTab()->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!workspace.requestsTab()->isLoading(), 30000);
    ticker.stop();
    QCOMPARE(workspace.requestsTab()->model()->rowCount(), 20000);
    qInfo("20000 records loaded in %lld ms; longest event-loop gap %lld ms", loading.elapsed(),
          longestGap);
    // The reading is off the GUI thread; what remains is putting the rows in the model.
    QVERIFY2(longestGap < stallBudgetMs(1500), qPrintable(QString::number(longestGap)));
}

void TestHistoryWorkspace::auditChainVerifiesThenShowsAlteredEntry()
{
    Screen s;
    s.f.session.recordAction(AuditAction::BillingKeyDeleted, { u"customer_1234"_s },
                             u"카드 분실 신고"_s, u"ok"_s);
    s.f.session.recordAction(AuditAction::PersonalDataRevealed, { u"imv_900000000001"_s },
                             u"고객 본인 확인 요청"_s, u"ok"_s, u"unique_key"_s);
    s.f.session.recordAction(AuditAction::BenepiaPaid, { u"imp_1"_s, u"desk_bnp_1"_s }, {},
                             u"unknown"_s, u"no answer · timeout"_s);
    s.workspace.tabs()->setCurrentIndex(1);
    AuditLogTab *audit = s.workspace.auditTab();
    QTRY_COMPARE(audit->table()->rowCount(), 3);
    QCOMPARE(audit->table()->item(0, 4)->text(), u"Benepia payment"_s);
    QCOMPARE(audit->table()->item(2, 6)->text(), u"카드 분실 신고"_s);
    QVERIFY(!audit->table()->item(0, 1)->text().isEmpty()); // the OS user

    QVERIFY(audit->verifyChain().intact);
    QVERIFY2(
        audit->verificationText().startsWith(u"The audit log is intact: 3 entries verified. "_s),
        qPrintable(audit->verificationText()));
    shot(&s.workspace, u"audit-intact"_s);

    QTemporaryDir out;
    const QByteArray csv = s.exported(u"exportAuditButton"_s, out.filePath(u"audit.csv"_s));
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.contains(u"고객 본인 확인 요청"_s.toUtf8()));

    // Someone edits the reason of the second entry in the file.
    const QString path = s.f.session.auditLog().filePath();
    QByteArray bytes = s.read(path);
    QVERIFY(bytes.contains(u"고객 본인 확인 요청"_s.toUtf8()));
    bytes.replace(u"고객 본인 확인 요청"_s.toUtf8(), u"정기 점검"_s.toUtf8());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();

    const AuditLog::Verification broken = audit->verifyChain();
    QVERIFY(!broken.intact);
    QCOMPARE(broken.brokenSequence, std::optional<qint64>(2));
    const QString text = audit->verificationText();
    QVERIFY2(text.startsWith(u"The audit log has been altered: entry 2 ("_s), qPrintable(text));
    QVERIFY(
        audit->findChild<QLabel *>(u"verifyResultLabel"_s)->styleSheet().contains(u"#fdecea"_s));
    shot(&s.workspace, u"audit-altered"_s);
}

void TestHistoryWorkspace::keyedLogShowsRemovedTail()
{
    Screen s;
    // The key comes from the test's keychain (or, without one, the log stays unkeyed and says so).
    AuditLog &log = s.f.session.auditLog();
    QTRY_VERIFY_WITH_TIMEOUT(log.keyState() != AuditLog::KeyState::Pending, 15000);
    for (int i = 1; i <= 3; ++i)
        QVERIFY(s.f.session.recordAction(AuditAction::BillingKeyDeleted,
                                         { u"customer_%1"_s.arg(i) }, u"카드 분실 신고"_s,
                                         u"ok"_s));
    s.workspace.tabs()->setCurrentIndex(1);
    AuditLogTab *audit = s.workspace.auditTab();
    QVERIFY(audit->verifyChain().intact);
    const QString keyed = log.keyState() == AuditLog::KeyState::Keyed
        ? u"Every entry carries the keychain key's HMAC and matches it."_s
        : u"The log is unkeyed ("_s;
    QVERIFY2(audit->verificationText().contains(keyed), qPrintable(audit->verificationText()));

    // Someone removes the last entry from the file: the anchor beside it tells.
    const QString path = log.filePath();
    QList<QByteArray> lines = s.read(path).split('\n');
    lines.removeLast(); // after the final '\n'
    lines.removeLast();
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(lines.join('\n') + '\n');
    file.close();
    const AuditLog::Verification broken = audit->verifyChain();
    QVERIFY(!broken.intact);
    QCOMPARE(broken.kind, AuditLog::Problem::TailMissing);
    const QString text = audit->verificationText();
    QVERIFY2(text.startsWith(u"The audit log has been altered: entries 3 to 3 are missing at its "
                             "end."_s),
             qPrintable(text));
}

// Both exports ask for the file through the prompts, offering a file name; cancelled, nothing
// is written and the tab says nothing.
void TestHistoryWorkspace::exportsAskForTheFileAndCancelWritesNothing()
{
    Screen s;
    PortOneClient *client = s.f.session.client();
    s.call([client](QObject *c, auto done) {
        return client->getBillingKey(u"customer_1234"_s, c, [done](auto) { done(); });
    });
    s.f.session.recordAction(AuditAction::BillingKeyDeleted, { u"customer_1234"_s },
                             u"카드 분실 신고"_s, u"ok"_s);
    QTRY_COMPARE(s.shown()->rowCount(), 2);
    auto *status = s.workspace.findChild<QLabel *>(u"historyStatusLabel"_s);
    const QString statusBefore = status->text();
    QTemporaryDir out;
    QVERIFY(s.exported(u"exportHistoryButton"_s, std::nullopt).isEmpty());
    s.workspace.tabs()->setCurrentIndex(1);
    QTRY_COMPARE(s.workspace.auditTab()->table()->rowCount(), 1);
    QVERIFY(s.exported(u"exportAuditButton"_s, std::nullopt).isEmpty());

    QCOMPARE(s.f.prompts.saveAsked.size(), 2);
    const FileRequest requests = s.f.prompts.saveAsked.at(0);
    QCOMPARE(requests.title, u"Export the request history"_s);
    QCOMPARE(requests.suggestedName, u"portone-requests.csv"_s);
    QCOMPARE(requests.filter, u"CSV files (*.csv)"_s);
    const FileRequest audit = s.f.prompts.saveAsked.at(1);
    QCOMPARE(audit.title, u"Export the audit log"_s);
    QCOMPARE(audit.suggestedName, u"portone-audit-log.csv"_s);
    QCOMPARE(audit.filter, u"CSV files (*.csv)"_s);
    QCOMPARE(status->text(), statusBefore);
    QVERIFY(!s.workspace.findChild<QLabel *>(u"verifyResultLabel"_s)->isVisible());
    QVERIFY(QDir(out.path()).isEmpty());
}

QTEST_MAIN(TestHistoryWorkspace)
#include "tst_history_workspace.moc"
