#include "../UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/common/Workspace.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QDateTimeEdit>
#include <QListWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace portone;
using namespace Qt::StringLiterals;

// Keyboard alone: from the navigation list, Tab reaches every enabled control of the visible
// workspace, in reading order (top to bottom, left to right within a row), and comes back to
// the navigation list: no control is skipped and focus is never trapped.
class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tabReachesEveryControlInOrder_data();
    void tabReachesEveryControlInOrder();
};

namespace {

QString describe(const QWidget *widget)
{
    return u"%1 \"%2\""_s.arg(QString::fromLatin1(widget->metaObject()->className()),
                              widget->objectName());
}

// A widget that takes focus from the Tab key, as the operator sees it now.
bool isTabStop(const QWidget *widget)
{
    return widget->isVisible() && widget->isEnabled()
        && (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !widget->focusProxy();
}

// Parts of other controls take focus through their owner (a spin box's line edit, a combo
// box's editor, a scroll area's viewport), and a tab bar with one tab has nothing to choose.
bool isOwnControl(const QWidget *widget, const QWidget *root)
{
    for (const QWidget *parent = widget->parentWidget(); parent && parent != root;
         parent = parent->parentWidget()) {
        if (parent->focusProxy() == widget || (parent->focusPolicy() & Qt::TabFocus))
            return false;
    }
    return true;
}

// The workspace's sections: the tab bar nearest to the page (a QTabWidget's, or a bare one).
QTabBar *sectionBar(QWidget *page)
{
    QTabBar *best = nullptr;
    int bestDepth = 1000;
    const auto bars = page->findChildren<QTabBar *>();
    for (QTabBar *bar : bars) {
        int depth = 0;
        for (QWidget *parent = bar->parentWidget(); parent && parent != page;
             parent = parent->parentWidget())
            ++depth;
        if (bar->count() > 1 && depth < bestDepth) {
            best = bar;
            bestDepth = depth;
        }
    }
    return best;
}

// Where the operator sees the widget: the part its parents do not clip away.
QRect globalRect(const QWidget *widget)
{
    const QRect seen = widget->visibleRegion().boundingRect();
    return QRect(widget->mapToGlobal(seen.topLeft()), seen.size());
}

} // namespace

void TestKeyboard::tabReachesEveryControlInOrder_data()
{
    QTest::addColumn<int>("workspace");
    QTest::addColumn<int>("section");
    // Every workspace, and every section (top-level tab) of it.
    const QList<std::pair<const char *, int>> pages { { "certification", 2 }, { "billing keys", 2 },
                                                      { "benepia", 2 },       { "payments", 2 },
                                                      { "schedules", 1 },     { "history", 1 } };
    for (int index = 0; index < pages.size(); ++index) {
        for (int section = 0; section < pages.at(index).second; ++section)
            QTest::addRow("%s %d", pages.at(index).first, section) << index << section;
    }
}

void TestKeyboard::tabReachesEveryControlInOrder()
{
    QFETCH(int, workspace);
    QFETCH(int, section);
    test::SandboxSessionFixture f;
    MainWindow window(f.session, f.settings);
    window.resize(1100, 760);
    window.show();
    window.showWorkspaces();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.selectWorkspace(workspace);
    Workspace *page = window.currentWorkspace();
    if (QTabBar *sections = sectionBar(page)) {
        QVERIFY(section < sections->count());
        sections->setCurrentIndex(section);
    }
    QTest::qWait(150); // layouts and the first requests (channel lists) settle
    auto *navigation = window.findChild<QListWidget *>(u"navigationListWidget"_s);
    navigation->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), navigation);

    QList<QWidget *> visited;
    for (int press = 0; press < 200; ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focused = QApplication::focusWidget();
        QVERIFY2(focused, "focus left the window");
        if (focused == navigation)
            break;
        // Tab walks the sections of a date edit (day, month, year) before it leaves it.
        if (!visited.isEmpty() && focused == visited.last()
            && qobject_cast<QDateTimeEdit *>(focused))
            continue;
        QVERIFY2(!visited.contains(focused),
                 qPrintable(u"focus trapped: %1 reached twice before the navigation list"_s.arg(
                     describe(focused))));
        visited << focused;
    }
    QVERIFY2(QApplication::focusWidget() == navigation,
             "Tab never came back to the navigation list");

    // Every control of the workspace was reached...
    QStringList missed;
    const auto widgets = page->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (isTabStop(widget) && isOwnControl(widget, page) && !visited.contains(widget)) {
            const auto *bar = qobject_cast<QTabBar *>(widget);
            if (!(bar && bar->count() < 2))
                missed << describe(widget);
        }
    }
    QVERIFY2(missed.isEmpty(), qPrintable(u"not reached by Tab: "_s + missed.join(u", "_s)));

    // ...in reading order: never back up to an earlier row, unless into a column to the right.
    QList<QWidget *> inPage;
    for (QWidget *widget : std::as_const(visited)) {
        if (page->isAncestorOf(widget))
            inPage << widget;
    }
    if (inPage.isEmpty())
        return; // a page with nothing to operate (History, announced)
    for (int i = 1; i < inPage.size(); ++i) {
        const QRect from = globalRect(inPage.at(i - 1));
        const QRect to = globalRect(inPage.at(i));
        const bool upwards = to.bottom() < from.top();
        const bool sameRowBackwards
            = to.top() < from.bottom() && to.bottom() > from.top() && to.right() < from.left();
        const bool intoRightColumn = to.left() >= from.right() - 2;
        QVERIFY2(!(upwards && !intoRightColumn) && !sameRowBackwards,
                 qPrintable(u"out of order: %1 at (%2,%3) then %4 at (%5,%6)"_s
                                .arg(describe(inPage.at(i - 1)))
                                .arg(from.left())
                                .arg(from.top())
                                .arg(describe(inPage.at(i)))
                                .arg(to.left())
                                .arg(to.top())));
    }
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
