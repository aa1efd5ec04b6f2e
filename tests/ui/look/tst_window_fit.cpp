#include "../UiTestSupport.h"
#include "ui/AboutDialog.h"
#include "ui/MainWindow.h"
#include "ui/common/CsvColumnDialog.h"
#include "ui/common/Prompts.h"
#include "ui/common/Workspace.h"
#include "ui/profiles/ProfilesDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QScrollArea>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace portone;
using namespace Qt::StringLiterals;

// The screens operators have: an office laptop at 1366×768 (100 % and 125 % scaling) and a
// projector at 1280×720. What a window may use is the screen in logical pixels less a panel and
// a title bar (70 px). Every workspace, with every tab, and every dialog must fit: the window
// is not forced larger than that, and no button, field or one-line label is cut or squeezed.
namespace {
void addScreens(); // the three screens, in Korean and English
} // namespace

class TestWindowFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void mainWindowFits_data() { addScreens(); }
    void mainWindowFits();
    void dialogsFit_data() { addScreens(); }
    void dialogsFit();
};

namespace {

constexpr int PanelAndTitleBar = 70;

QSize usable(int width, int height, double scale)
{
    return { int(width / scale), int(height / scale) - PanelAndTitleBar };
}

void addScreens()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<QString>("language");
    for (const QString &language : { u"ko"_s, u"en"_s }) {
        QTest::newRow(qPrintable(u"1366x768 100% "_s + language))
            << usable(1366, 768, 1.0) << language;
        QTest::newRow(qPrintable(u"1366x768 125% "_s + language))
            << usable(1366, 768, 1.25) << language;
        QTest::newRow(qPrintable(u"1280x720 100% "_s + language))
            << usable(1280, 720, 1.0) << language;
    }
}

QString describe(const QWidget *widget)
{
    return u"%1 \"%2\""_s.arg(QString::fromLatin1(widget->metaObject()->className()),
                              widget->objectName());
}

// Widgets the operator reads or presses, visible at this moment, outside scroll areas (those
// are reached by scrolling) and item views.
QList<QWidget *> visibleControls(QWidget *root)
{
    QList<QWidget *> controls;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || widget->objectName().startsWith(u"qt_"_s))
            continue;
        bool scrolled = false;
        for (QWidget *parent = widget->parentWidget(); parent && parent != root;
             parent = parent->parentWidget())
            scrolled = scrolled || qobject_cast<QScrollArea *>(parent)
                || qobject_cast<QAbstractItemView *>(parent);
        if (scrolled)
            continue;
        const auto *label = qobject_cast<QLabel *>(widget);
        if (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QLineEdit *>(widget) || (label && !label->wordWrap()))
            controls << widget;
    }
    return controls;
}

// Fails (and says where) when a control of `root` lies outside it or is squeezed below the size
// it needs, or a form that scrolls down only cuts its fields on the right.
void checkControls(QWidget *root, const QString &where)
{
    // A text set a moment ago (the token's status, when the token arrives) has asked for a new
    // layout that has not run yet: run it, and judge the layout the operator will see.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    for (QWidget *control : visibleControls(root)) {
        const QSize need = qobject_cast<QAbstractButton *>(control) ? control->sizeHint()
                                                                    : control->minimumSizeHint();
        QVERIFY2(control->width() >= need.width() && control->height() >= need.height(),
                 qPrintable(u"%1: %2 is %3×%4, needs %5×%6"_s.arg(where, describe(control))
                                .arg(control->width())
                                .arg(control->height())
                                .arg(need.width())
                                .arg(need.height())));
        const QRect inRoot(control->mapTo(root, QPoint(0, 0)), control->size());
        QVERIFY2(root->rect().contains(inRoot),
                 qPrintable(
                     u"%1: %2 lies outside, at %3,%4 %5×%6 in %7×%8"_s.arg(where, describe(control))
                         .arg(inRoot.x())
                         .arg(inRoot.y())
                         .arg(inRoot.width())
                         .arg(inRoot.height())
                         .arg(root->width())
                         .arg(root->height())));
    }
    const auto scrollAreas = root->findChildren<QScrollArea *>();
    for (QScrollArea *area : scrollAreas) {
        if (!area->isVisibleTo(root) || !area->widget()
            || area->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff)
            continue;
        QVERIFY2(area->widget()->minimumSizeHint().width() <= area->viewport()->width(),
                 qPrintable(where + u": fields cut on the right in "_s + describe(area)));
    }
}

// What makes a window that tall (or wide): the chain of children whose minimum height (or
// width) is the largest, from the window down, so a failure names the widget to make smaller.
QString largestMinimumChain(QWidget *widget, bool byHeight)
{
    QStringList chain;
    for (int depth = 0; widget && depth < 12; ++depth) {
        const QSize minimum = widget->minimumSize().expandedTo(widget->minimumSizeHint());
        chain << u"%1 %2×%3"_s.arg(describe(widget)).arg(minimum.width()).arg(minimum.height());
        QWidget *largest = nullptr;
        int largestArea = -1;
        const auto children = widget->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
        for (QWidget *child : children) {
            if (!child->isVisibleTo(widget) || child->isWindow())
                continue;
            const QSize size = child->minimumSize().expandedTo(child->minimumSizeHint());
            const int measure = byHeight ? size.height() : size.width();
            if (measure > largestArea) {
                largestArea = measure;
                largest = child;
            }
        }
        widget = largest;
    }
    return chain.join(u"\n  > "_s);
}

bool fits(QSize size, QSize screen)
{
    return size.width() <= screen.width() && size.height() <= screen.height();
}

QString sizeText(QSize size)
{
    return u"%1×%2"_s.arg(size.width()).arg(size.height());
}

// A top-level window or dialog on that screen: it can be made that small, it opens no larger
// than the screen it is on, and at the screen's size nothing is cut.
void checkTopLevel(QWidget *window, QSize screen, const QString &where)
{
    const QSize smallest = window->minimumSize().expandedTo(window->minimumSizeHint());
    QVERIFY2(fits(smallest, screen),
             qPrintable(u"%1 needs at least %2, the screen has %3:\n  > %4"_s.arg(
                 where, sizeText(smallest), sizeText(screen),
                 largestMinimumChain(window, smallest.height() > screen.height()))));
    const QSize available = window->screen()->availableGeometry().size();
    QVERIFY2(fits(window->size(), available.expandedTo(screen)),
             qPrintable(u"%1 opens at %2 on a %3 screen"_s.arg(where, sizeText(window->size()),
                                                               sizeText(available))));
    window->resize(window->size().boundedTo(screen));
    QTest::qWait(20); // layout requests, and texts set while they ran
    QVERIFY2(fits(window->size(), screen),
             qPrintable(
                 u"%1 stays at %2 on %3"_s.arg(where, sizeText(window->size()), sizeText(screen))));
    checkControls(window, where + u" at "_s + sizeText(window->size()));
    const QString shots = qEnvironmentVariable("PORTONE_LOOK_SCREENSHOTS");
    if (!shots.isEmpty() && window->inherits("QDialog"))
        window->grab().save(
            QDir(shots).filePath(u"fit-%1-%2.png"_s.arg(sizeText(screen), window->objectName())));
}

// Runs `inspect` on the next modal dialog while it is open, then closes it.
void whileModal(const std::function<void(QWidget *)> &inspect)
{
    QTimer::singleShot(0, qApp, [inspect] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        inspect(dialog);
        if (auto *modal = qobject_cast<QDialog *>(dialog))
            modal->reject();
        else
            dialog->close();
    });
}

// The longest confirmation the desk shows: three billing keys with a year of schedules each.
TypedConfirmationRequest longDeletionRequest()
{
    TypedConfirmationRequest request;
    request.title = u"Delete 3 billing keys"_s;
    QStringList lines { u"This permanently deletes the 3 billing keys below, one at a time."_s };
    for (int key = 1; key <= 3; ++key) {
        lines << u"• customer_%1 (nice_v2)"_s.arg(key);
        for (int month = 1; month <= 12; ++month)
            lines << u"    scheduled 2027-%1-25 09:00 · 12,000원 · 월 구독료 (merchant_uid "
                     u"subscription-customer_%2-2027-%1)"_s.arg(month, 2, 10, QChar(u'0'))
                         .arg(key);
    }
    lines << u"Type the number of keys (3) to confirm, and give a reason."_s;
    request.text = lines.join(u'\n');
    request.expectedText = u"3"_s;
    request.acceptText = u"Delete 3 keys permanently"_s;
    request.askRequester = true;
    return request;
}

// The main window on a sandbox session, in that language, at the size of that screen.
struct ScreenWindow
{
    ScreenWindow(QSize screen, const QString &language)
        : translated(test::translatedInto(language))
    {
        window.resize(screen);
        window.show();
    }
    decltype(test::translatedInto(QString())) translated; // before the session: its names
    test::SandboxSessionFixture f;
    MainWindow window { f.session, f.settings };
};

} // namespace

void TestWindowFit::init()
{
    QCoreApplication::processEvents();
}

void TestWindowFit::mainWindowFits()
{
    QFETCH(QSize, screen);
    QFETCH(QString, language);
    ScreenWindow s(screen, language);
    MainWindow &window = s.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showWelcome();
    QCoreApplication::processEvents();
    checkTopLevel(&window, screen, u"welcome page"_s);

    window.showWorkspaces();
    const QString shots = qEnvironmentVariable("PORTONE_LOOK_SCREENSHOTS");
    for (int index = 0; index < window.workspaceCount(); ++index) {
        window.selectWorkspace(index);
        Workspace *page = window.currentWorkspace();
        const auto tabs = page->findChildren<QTabWidget *>();
        QTabWidget *sections = tabs.isEmpty() ? nullptr : tabs.first();
        const int sectionCount = sections ? sections->count() : 1;
        for (int section = 0; section < sectionCount; ++section) {
            if (sections)
                sections->setCurrentIndex(section);
            QCoreApplication::processEvents();
            const QString where = u"%1 / section %2"_s.arg(page->title()).arg(section);
            checkTopLevel(&window, screen, where);
            if (QTest::currentTestFailed())
                return;
            // The page itself: nothing cut or squeezed, never wider than the window; on the
            // smallest screen it may scroll down, elsewhere it fits without scrolling.
            checkControls(page, where);
            if (QTest::currentTestFailed())
                return;
            const auto *frame = qobject_cast<QScrollArea *>(page->parentWidget()->parentWidget());
            QVERIFY2(frame, qPrintable(where + u": the page is not in its scroll area"_s));
            const QSize pageNeeds = page->minimumSize().expandedTo(page->minimumSizeHint());
            QVERIFY2(pageNeeds.width() <= frame->viewport()->width(),
                     qPrintable(u"%1 needs %2 px across, has %3:\n  > %4"_s.arg(where)
                                    .arg(pageNeeds.width())
                                    .arg(frame->viewport()->width())
                                    .arg(largestMinimumChain(page, false))));
            if (screen.height() >= 650)
                QVERIFY2(pageNeeds.height() <= frame->viewport()->height(),
                         qPrintable(u"%1 needs %2 px down, has %3:\n  > %4"_s.arg(where)
                                        .arg(pageNeeds.height())
                                        .arg(frame->viewport()->height())
                                        .arg(largestMinimumChain(page, true))));
            if (!shots.isEmpty())
                window.grab().save(QDir(shots).filePath(u"fit-%1-%2-%3-%4.png"_s.arg(
                    sizeText(screen), language, page->objectName(), QString::number(section))));
        }
    }
}

void TestWindowFit::dialogsFit()
{
    QFETCH(QSize, screen);
    QFETCH(QString, language);
    ScreenWindow s(screen, language);
    MainWindow &window = s.window;
    test::SandboxSessionFixture &f = s.f;
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    {
        ProfilesDialog profiles(f.session, &window);
        profiles.startNewProfile();
        profiles.show();
        QVERIFY(QTest::qWaitForWindowExposed(&profiles));
        checkTopLevel(&profiles, screen, u"profiles dialog"_s);
    }
    {
        AboutDialog about(f.session, &window);
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        checkTopLevel(&about, screen, u"about dialog"_s);
    }
    {
        CsvColumnDialog columns({ u"customer_uid"_s, u"name"_s, u"email"_s, u"phone"_s }, &window);
        columns.show();
        QVERIFY(QTest::qWaitForWindowExposed(&columns));
        checkTopLevel(&columns, screen, u"CSV column dialog"_s);
    }

    DialogPrompts prompts;
    bool inspected = false;
    whileModal([&](QWidget *dialog) {
        checkTopLevel(dialog, screen, u"typed deletion confirmation"_s);
        inspected = true;
    });
    QVERIFY(!prompts.confirmTyped(&window, longDeletionRequest()));
    QVERIFY(inspected);

    inspected = false;
    whileModal([&](QWidget *dialog) {
        checkTopLevel(dialog, screen, u"confirmation"_s);
        inspected = true;
    });
    const TypedConfirmationRequest deletion = longDeletionRequest();
    QVERIFY(!prompts.confirm(&window, { deletion.title, deletion.text, deletion.acceptText }));
    QVERIFY(inspected);

    inspected = false;
    whileModal([&](QWidget *dialog) {
        checkTopLevel(dialog, screen, u"reason dialog"_s);
        inspected = true;
    });
    QVERIFY(!prompts.askReason(&window,
                               { u"Reveal CI and DI"_s,
                                 u"The CI and DI of imp_123456789012 are personal "
                                 u"data. Say why you need them."_s,
                                 u"Reveal"_s }));
    QVERIFY(inspected);
}

QTEST_MAIN(TestWindowFit)
#include "tst_window_fit.moc"
