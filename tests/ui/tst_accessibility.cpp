#include "UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/profiles/ProfilesDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextEdit>

using namespace portone;

// A screen reader names a control by its accessible name, its text (buttons), or the label
// whose buddy it is. Every input, button and result view of every screen must have one.
class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mainWindowControlsAreNamed();
    void profilesDialogControlsAreNamed();
    void describedWhereUseful();

private:
    static QStringList unnamedControls(QWidget *root);
};

namespace {

bool isControl(const QWidget *widget)
{
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QAbstractButton *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget);
}

bool isPartOfControl(const QWidget *widget, const QWidget *root)
{
    for (const QWidget *parent = widget->parentWidget(); parent && parent != root;
         parent = parent->parentWidget()) {
        if (isControl(parent))
            return true;
    }
    return false;
}

} // namespace

QStringList TestAccessibility::unnamedControls(QWidget *root)
{
    QSet<const QWidget *> buddies;
    const auto labels = root->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->buddy())
            buddies.insert(label->buddy());
    }
    QStringList unnamed;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        // Parts of composite widgets (a line edit's clear button, a table's headers, a combo
        // box's popup list) are named by their owner; popups are other windows; "qt_" widgets
        // are Qt's own (tool bar and menu bar overflow buttons).
        if (widget->window() != root->window() || isPartOfControl(widget, root)
            || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        const bool control = isControl(widget);
        if (!control)
            continue;
        QString name = widget->accessibleName();
        if (const auto *button = qobject_cast<QAbstractButton *>(widget); name.isEmpty() && button)
            name = button->text();
        if (name.isEmpty() && buddies.contains(widget))
            name = QStringLiteral("buddy");
        if (name.trimmed().isEmpty())
            unnamed << QStringLiteral("%1 \"%2\" in %3")
                           .arg(QString::fromLatin1(widget->metaObject()->className()),
                                widget->objectName(),
                                widget->parentWidget() ? QString::fromLatin1(
                                    widget->parentWidget()->metaObject()->className())
                                                       : QString());
    }
    return unnamed;
}

void TestAccessibility::mainWindowControlsAreNamed()
{
    test::SandboxSessionFixture f;
    MainWindow window(f.session, f.settings);
    window.show();
    window.showWorkspaces();
    for (int index = 0; index < window.workspaceCount(); ++index)
        window.selectWorkspace(index); // pages are created when first shown
    const QStringList unnamed = unnamedControls(&window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
}

void TestAccessibility::profilesDialogControlsAreNamed()
{
    test::SandboxSessionFixture f;
    ProfilesDialog dialog(f.session);
    dialog.show();
    const QStringList unnamed = unnamedControls(&dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
}

// Descriptions: how to use the navigation, what a button does, what to do in an empty table,
// and the status labels a screen reader finds by a stable name.
void TestAccessibility::describedWhereUseful()
{
    test::SandboxSessionFixture f;
    MainWindow window(f.session, f.settings);
    window.show();
    window.showWorkspaces();
    for (int index = 0; index < window.workspaceCount(); ++index)
        window.selectWorkspace(index); // pages are created when first shown
    const QList<std::pair<QString, QString>> described {
        { QStringLiteral("navigationListWidget"), QStringLiteral("Ctrl+1") },
        { QStringLiteral("lookUpButton"), QStringLiteral("customer_uid") },
        { QStringLiteral("resultsTableView"), QStringLiteral("Look up") },
        { QStringLiteral("paymentsTableView"), QStringLiteral("Look up") },
    };
    for (const auto &[objectName, expected] : described) {
        const auto *widget = window.findChild<QWidget *>(objectName);
        QVERIFY2(widget, qPrintable(objectName));
        QVERIFY2(widget->accessibleDescription().contains(expected),
                 qPrintable(objectName + QStringLiteral(": ") + widget->accessibleDescription()));
    }
    // Status labels keep a stable name; what they say now is their description.
    const QList<std::pair<QString, QString>> statuses {
        { QStringLiteral("tokenStatusLabel"), QStringLiteral("Token status") },
        { QStringLiteral("lastRequestLabel"), QStringLiteral("Last request") },
        { QStringLiteral("lookupCountsLabel"), QStringLiteral("Found and missing counts") },
        { QStringLiteral("outcomeLabel"), QStringLiteral("Lookup outcome") },
    };
    for (const auto &[objectName, name] : statuses) {
        const auto *label = window.findChild<QLabel *>(objectName);
        QVERIFY2(label, qPrintable(objectName));
        QCOMPARE(label->accessibleName(), name);
    }
    QTRY_VERIFY(!window.findChild<QLabel *>(QStringLiteral("tokenStatusLabel"))
                     ->accessibleDescription()
                     .isEmpty());
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
