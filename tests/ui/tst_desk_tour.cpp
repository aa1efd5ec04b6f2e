#include "UiTestSupport.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/billingkeys/BillingKeysWorkspace.h"
#include "ui/billingkeys/edit/BillingKeyRegisterForm.h"
#include "ui/common/ChannelPicker.h"
#include "ui/common/LocaleFormat.h"
#include "ui/common/Workspace.h"
#include "ui/history/HistoryRequestsTab.h"
#include "ui/history/HistoryWorkspace.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDir>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace portone;
using namespace Qt::StringLiterals;

// The desk doing its job, story by story, in Korean and English, in the real window against the
// built-in sandbox: each story must reach the state an operator would see. With
// PORTONE_TOUR_DIR set, each state is also saved as <story>-<language>.png there, which is how
// the README's screenshots are made (packaging/take-screenshots.sh).
class TestDeskTour : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void bulkLookupWithFoundAndMissingRows_data() { languages(); }
    void bulkLookupWithFoundAndMissingRows();
    void otpWaitingForItsCode_data() { languages(); }
    void otpWaitingForItsCode();
    void registrationResult_data() { languages(); }
    void registrationResult();
    void benepiaBalance_data() { languages(); }
    void benepiaBalance();
    void paymentFoundAndItsRequestInHistory_data() { languages(); }
    void paymentFoundAndItsRequestInHistory();
    void deletionConfirmationListsSchedules_data() { languages(); }
    void deletionConfirmationListsSchedules();

private:
    static void languages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ko") << u"ko"_s;
        QTest::newRow("en") << u"en"_s;
    }
};

namespace {

// One story: the window in the chosen language on a fresh sandbox session.
struct Tour
{
    explicit Tour(const QString &chosen)
        : language(chosen)
        , translated(test::translatedInto(chosen))
    {
        QLocale::setDefault(uiLocale(language, QLocale::system()));
        window = std::make_unique<MainWindow>(f.session, f.settings);
        window->resize(1200, 760);
        window->show();
        window->showWorkspaces();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("the window was not shown");
    }
    ~Tour() { window.reset(); }
    Tour(const Tour &) = delete;
    Tour &operator=(const Tour &) = delete;

    Workspace *open(int index)
    {
        window->selectWorkspace(index);
        return window->currentWorkspace();
    }
    template<typename T> T *find(const QString &name, QWidget *root = nullptr)
    {
        T *widget = (root ? root : window.get())->findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    // Typed as an operator types: key by key, Hangul as committed input-method text.
    void type(const QString &name, const QString &text, QWidget *root = nullptr)
    {
        auto *line = find<QLineEdit>(name, root);
        line->setFocus();
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Delete);
        if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c < u'\x80'; })) {
            QTest::keyClicks(line, text);
        } else {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, text);
            QApplication::sendEvent(line, &press);
        }
    }
    void click(const QString &name, QWidget *root = nullptr)
    {
        QTest::mouseClick(find<QPushButton>(name, root), Qt::LeftButton);
    }
    void shoot(const QString &story, QWidget *what = nullptr)
    {
        const QString dir = qEnvironmentVariable("PORTONE_TOUR_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(150); // pending layouts and the first paint of new widgets
        (what ? what : window.get())
            ->grab()
            .save(QDir(dir).filePath(u"%1-%2.png"_s.arg(story, language)));
    }

    QString language;
    // Before the session: the built-in profile takes its name in the chosen language.
    decltype(test::translatedInto(QString())) translated;
    test::SandboxSessionFixture f;
    std::unique_ptr<MainWindow> window;
};

} // namespace

void TestDeskTour::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestDeskTour::bulkLookupWithFoundAndMissingRows()
{
    QFETCH(QString, language);
    Tour tour(language);
    Workspace *page = tour.open(1);
    // Pasted from a spreadsheet column, as operators do.
    auto *ids = tour.find<QPlainTextEdit>(u"customerUidsTextEdit"_s, page);
    QApplication::clipboard()->setText(u"customer_1234\ncustomer_5678\nsuper_customer_0001\n"
                                       u"customer_kim\ncustomer_closed_2023\ncustomer_typo_5687"_s);
    ids->setFocus();
    QTest::keyClick(ids, Qt::Key_V, Qt::ControlModifier);
    tour.click(u"lookUpButton"_s, page);
    auto *table = tour.find<QTableView>(u"resultsTableView"_s, page);
    QTRY_COMPARE(table->model()->rowCount(), 6);
    QTRY_VERIFY(!page->isBusy());
    table->selectRow(0);
    auto *title = tour.find<QLabel>(u"billingKeyTitleLabel"_s, page);
    QTRY_VERIFY2(title->text().contains(u"customer_"_s), qPrintable(title->text()));
    tour.shoot(u"tour-bulk-lookup"_s);
}

void TestDeskTour::otpWaitingForItsCode()
{
    QFETCH(QString, language);
    Tour tour(language);
    Workspace *page = tour.open(0);
    QTRY_VERIFY(tour.find<ChannelPicker>(u"channelComboBox"_s, page)->count() > 0);
    tour.type(u"nameLineEdit"_s, u"홍길동"_s, page);
    tour.type(u"phoneLineEdit"_s, u"010-1234-5678"_s, page);
    tour.type(u"birthLineEdit"_s, u"900101"_s, page);
    tour.type(u"genderDigitLineEdit"_s, u"1"_s, page);
    tour.click(u"requestOtpButton"_s, page);
    QTRY_VERIFY(tour.find<QLineEdit>(u"otpLineEdit"_s, page)->isVisible());
    QVERIFY(!tour.find<QLabel>(u"countdownLabel"_s, page)->text().isEmpty());
    tour.shoot(u"tour-otp-waiting"_s);
}

void TestDeskTour::registrationResult()
{
    QFETCH(QString, language);
    Tour tour(language);
    auto *page = qobject_cast<BillingKeysWorkspace *>(tour.open(1));
    QVERIFY(page);
    tour.find<QTabWidget>(u"billingKeysTabWidget"_s, page)->setCurrentIndex(1);
    BillingKeyRegisterForm *form = page->registerForm();
    QTRY_VERIFY(tour.find<ChannelPicker>(u"channelPickerComboBox"_s, form)->count() > 0);
    tour.type(u"customerUidLineEdit"_s, u"customer_park_2026"_s, form);
    tour.type(u"cardNumberLineEdit"_s, u"4111111111111111"_s, form);
    tour.type(u"expiryLineEdit"_s, u"2030-12"_s, form);
    tour.type(u"birthLineEdit"_s, u"900101"_s, form);
    tour.type(u"pwd2DigitLineEdit"_s, u"12"_s, form);
    tour.type(u"customerNameLineEdit"_s, u"박지훈"_s, form);
    QSignalSpy registered(form, &BillingKeyRegisterForm::registered);
    tour.click(u"registerButton"_s, form);
    QTRY_COMPARE(registered.size(), 1);
    QTRY_VERIFY(!tour.find<QLabel>(u"resultHeadingLabel"_s, form)->text().isEmpty());
    tour.shoot(u"tour-registration"_s);
}

void TestDeskTour::benepiaBalance()
{
    QFETCH(QString, language);
    Tour tour(language);
    Workspace *page = tour.open(2);
    QTRY_VERIFY(!tour.find<ChannelPicker>(u"checkChannelComboBox"_s, page)->channelKey().isEmpty());
    tour.type(u"checkUserLineEdit"_s, u"benepia_test"_s, page);
    tour.type(u"checkPasswordLineEdit"_s, u"benepia1234"_s, page);
    tour.click(u"checkPointsButton"_s, page);
    QTRY_COMPARE(tour.find<QLabel>(u"balanceLabel"_s, page)->text(), u"50,000 P"_s);
    tour.shoot(u"tour-benepia-balance"_s);
}

void TestDeskTour::paymentFoundAndItsRequestInHistory()
{
    QFETCH(QString, language);
    Tour tour(language);
    Workspace *page = tour.open(3);
    tour.type(u"impUidLineEdit"_s, u"imp_200000000001"_s, page);
    tour.click(u"lookupButton"_s, page);
    auto *table = tour.find<QTableView>(u"paymentsTableView"_s, page);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QTRY_VERIFY(!page->isBusy());
    QVERIFY(tour.find<QLabel>(u"outcomeLabel"_s, page)->text().contains(u"imp_200000000001"_s));
    tour.shoot(u"tour-payment-found"_s);

    auto *history = qobject_cast<HistoryWorkspace *>(tour.open(5));
    QVERIFY(history);
    QTableView *requests = history->requestsTab()->table();
    QTRY_VERIFY(requests->model()->rowCount() >= 2); // the channel list and the look-up
    int lookupRow = -1;
    for (int row = 0; row < requests->model()->rowCount() && lookupRow < 0; ++row) {
        for (int column = 0; column < requests->model()->columnCount(); ++column) {
            if (requests->model()->index(row, column).data().toString().contains(u"/payments"_s))
                lookupRow = row;
        }
    }
    QVERIFY(lookupRow >= 0);
    requests->selectRow(lookupRow);
    tour.shoot(u"tour-history-request"_s);
}

void TestDeskTour::deletionConfirmationListsSchedules()
{
    QFETCH(QString, language);
    Tour tour(language);
    tour.f.session.setPrompts(nullptr); // the real dialog, inspected and closed below
    Workspace *page = tour.open(1);
    QTest::keyClicks(tour.find<QPlainTextEdit>(u"customerUidsTextEdit"_s, page),
                     u"customer_1234"_s);
    tour.click(u"lookUpButton"_s, page);
    auto *table = tour.find<QTableView>(u"resultsTableView"_s, page);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QTRY_VERIFY(!page->isBusy());
    table->selectRow(0);

    test::NextDialog confirmation(
        [&tour](QDialog *dialog) { tour.shoot(u"tour-deletion-confirmation"_s, dialog); });
    tour.click(u"deleteBillingKeyButton"_s, page);
    QTRY_VERIFY_WITH_TIMEOUT(!confirmation.texts.isEmpty(), 10000);
    const QString asked = confirmation.texts;
    QVERIFY2(asked.contains(u"customer_1234"_s), qPrintable(asked));
    QVERIFY2(asked.contains(u"sched_customer_1234_"_s), qPrintable(asked)); // its schedules
    QTRY_VERIFY(!page->isBusy());
}

QTEST_MAIN(TestDeskTour)
#include "tst_desk_tour.moc"
