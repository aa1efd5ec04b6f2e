#pragma once

// The representative action of every workspace that the UI half of the fault matrix drives.
#include "tests/faults/FaultEndpoints.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/common/Workspace.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QList>
#include <QMap>
#include <QPlainTextEdit>
#include <QTest>
#include <functional>
#include <memory>

namespace portone::test {

struct Screen
{
    SandboxSessionFixture f;
    std::unique_ptr<Workspace> workspace;

    // name, or "scope/name" when several widgets share a name (e.g. "errorPanel").
    template<typename T = QWidget> T *find(const QString &name)
    {
        QWidget *scope = workspace.get();
        const qsizetype slash = name.indexOf(u'/');
        if (slash > 0)
            scope = workspace->findChild<QWidget *>(name.left(slash));
        T *widget = scope ? scope->findChild<T *>(name.mid(slash + 1)) : nullptr;
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    void type(const QString &name, const QString &text)
    {
        auto *edit = find<QLineEdit>(name);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        // Committed text, as from a keyboard or an input method (Hangul).
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, text);
        QApplication::sendEvent(edit, &press);
    }
    void typePlain(const QString &name, const QString &text)
    {
        auto *edit = find<QPlainTextEdit>(name);
        edit->setFocus();
        edit->clear();
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(edit, Qt::Key_Return);
            QTest::keyClicks(edit, lines.at(i));
        }
    }
    // What the operator has typed: every line and text edit, by object name.
    QMap<QString, QString> typed()
    {
        QMap<QString, QString> texts;
        for (QLineEdit *edit : workspace->findChildren<QLineEdit *>()) {
            if (!edit->objectName().isEmpty() && !edit->isReadOnly())
                texts.insert(edit->objectName(), edit->text());
        }
        for (QPlainTextEdit *edit : workspace->findChildren<QPlainTextEdit *>()) {
            if (!edit->objectName().isEmpty() && !edit->isReadOnly())
                texts.insert(edit->objectName(), edit->toPlainText());
        }
        return texts;
    }
    int receivedCalls() { return f.server().requestCount() - f.server().tokenRequestCount(); }
    // With PORTONE_SHOTS_DIR set, saves what the operator sees (to look at the error panels).
    void shot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("PORTONE_SHOTS_DIR");
        if (dir.isEmpty())
            return;
        waitFor([] { return false; }, 50); // let deferred layout run, as it does on screen
        QString file = QStringLiteral("fault-") + name + QStringLiteral(".png");
        file.replace(u' ', u'-');
        workspace->grab().save(dir + u'/' + file);
    }
};

struct UiAction
{
    QString name;
    bool changesState = false;
    QString faultedMethod; // the method of the faulted call (its look-ups before still answer)
    std::function<std::unique_ptr<Workspace>(DeskSession &)> make;
    std::function<void(Screen &)> ready; // wait for channel lists, choose the tab
    std::function<void(Screen &)> fill; // everything the form needs
    std::function<void(Screen &)> refill; // what the app wiped after a send (may be empty)
    QString button;
    QString errorPanel;
    std::function<bool(Screen &)> succeeded;
    QStringList wipedOnPurpose; // fields the app clears after a send, by design
};

// Certification OTP request, billing-key look-up and registration, Benepia payment, payment
// look-up and search, each with valid input for the seeded sandbox.
QList<UiAction> uiActions();

} // namespace portone::test
