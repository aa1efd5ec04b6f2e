// The card number and expiry a merchant types never leave their fields: no copy or cut by any
// shortcut, no context menu, no drag, and never the X11 primary selection; the other card and
// account secrets are password fields, which Qt never copies. The primary selection exists only
// on a real X display: CTest runs this suite once offscreen and once under Xvfb (xcb) with
// PORTONE_REQUIRE_SELECTION set, where the selection cases must run.
#include "core/util/Clock.h"
#include "ui/benepia/BenepiaAccountFields.h"
#include "ui/billingkeys/edit/CardFields.h"
#include "ui/certification/OtpConfirmPanel.h"
#include "ui/common/FieldMessages.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QLineEdit>
#include <QTest>

using namespace portone;

namespace {

const QString Before = QStringLiteral("what the operator copied before");

struct CardForm
{
    CardForm()
        : messages(&host)
        , card(clock, &host, &messages)
    {
        card.addRows(new QFormLayout(&host));
        host.show();
    }
    QLineEdit *edit(const QString &name) const
    {
        auto *found = host.findChild<QLineEdit *>(name);
        if (!found)
            qFatal("no %s", qPrintable(name));
        return found;
    }
    SystemClock clock;
    QWidget host;
    FieldMessages messages;
    CardFields card;
};

QLineEdit *typed(CardForm &form, const QString &name, const QString &text)
{
    QLineEdit *edit = form.edit(name);
    edit->setFocus();
    QTest::keyClicks(edit, text);
    return edit;
}

} // namespace

class TestCardFieldClipboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QGuiApplication::clipboard()->setText(Before); }

    void shortcutsNeverCopy_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QKeyCombination>("keys");
        const QList<std::pair<const char *, QKeyCombination>> shortcuts {
            { "Ctrl+C", Qt::ControlModifier | Qt::Key_C },
            { "Ctrl+X", Qt::ControlModifier | Qt::Key_X },
            { "Shift+Del", Qt::ShiftModifier | Qt::Key_Delete },
            { "Ctrl+Insert", Qt::ControlModifier | Qt::Key_Insert },
        };
        for (const auto &[name, keys] : shortcuts) {
            QTest::addRow("card number %s", name) << QStringLiteral("cardNumberLineEdit")
                                                  << QStringLiteral("4111111111111111") << keys;
            QTest::addRow("expiry %s", name)
                << QStringLiteral("expiryLineEdit") << QStringLiteral("2030-12") << keys;
        }
    }
    void shortcutsNeverCopy()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QKeyCombination, keys);
        CardForm form;
        QLineEdit *edit = typed(form, field, text);
        const QString shown = edit->text();
        QVERIFY(!shown.isEmpty());
        edit->selectAll();
        QTest::keyClick(edit, keys.key(), keys.keyboardModifiers());
        QCOMPARE(QGuiApplication::clipboard()->text(), Before);
        QCOMPARE(edit->text(), shown); // a cut does nothing either
    }

    void noContextMenuNoDrag()
    {
        CardForm form;
        for (const char *name : { "cardNumberLineEdit", "expiryLineEdit" }) {
            QLineEdit *edit = form.edit(QString::fromLatin1(name));
            QCOMPARE(edit->contextMenuPolicy(), Qt::NoContextMenu);
            QVERIFY(!edit->dragEnabled());
            QCOMPARE(edit->echoMode(), QLineEdit::Normal); // read back by the operator
        }
    }

    void deletingToTheEndCopiesNothing()
    {
        // Ctrl+K and Ctrl+U (X11 key bindings) delete and copy at once: here they only delete.
        CardForm form;
        QLineEdit *edit = typed(form, QStringLiteral("cardNumberLineEdit"), QStringLiteral("4111"));
        edit->setCursorPosition(2);
        QKeyEvent deleteToEnd(QEvent::KeyPress, Qt::Key_K, Qt::ControlModifier);
        QKeyEvent deleteLine(QEvent::KeyPress, Qt::Key_U, Qt::ControlModifier);
        const bool bound = deleteToEnd.matches(QKeySequence::DeleteEndOfLine)
            || deleteLine.matches(QKeySequence::DeleteCompleteLine);
        if (!bound)
            QSKIP("this platform's key bindings have no line-deleting keys");
        QTest::keyClick(edit, Qt::Key_K, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_U, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), Before);
        QVERIFY(edit->text().size() < 4);
    }

    void selectingNeverFillsThePrimarySelection()
    {
        QClipboard *clipboard = QGuiApplication::clipboard();
        if (!clipboard->supportsSelection()) {
            if (qEnvironmentVariableIsSet("PORTONE_REQUIRE_SELECTION"))
                QFAIL("no primary selection on this platform, but it is required here");
            QSKIP("no primary selection on this platform (the Xvfb run checks it)");
        }
        clipboard->setText(Before, QClipboard::Selection);
        CardForm form;
        QVERIFY(QTest::qWaitForWindowExposed(&form.host));
        for (const char *name : { "cardNumberLineEdit", "expiryLineEdit" }) {
            QLineEdit *edit = typed(form, QString::fromLatin1(name),
                                    name[0] == 'c' ? QStringLiteral("4111111111111111")
                                                   : QStringLiteral("2030-12"));
            // Keyboard: Shift+Home, Shift+Left, Ctrl+A.
            QTest::keyClick(edit, Qt::Key_Home, Qt::ShiftModifier);
            QVERIFY(edit->hasSelectedText());
            QCOMPARE(clipboard->text(QClipboard::Selection), Before);
            QTest::keyClick(edit, Qt::Key_End);
            QTest::keyClick(edit, Qt::Key_Left, Qt::ShiftModifier);
            QCOMPARE(clipboard->text(QClipboard::Selection), Before);
            QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
            QVERIFY(edit->hasSelectedText());
            QCOMPARE(clipboard->text(QClipboard::Selection), Before);
            // Mouse: a double click selects a word, the release would publish it.
            const QPoint middle = edit->rect().center();
            QTest::mouseDClick(edit, Qt::LeftButton, {}, middle);
            QTest::mouseRelease(edit, Qt::LeftButton, {}, middle);
            QCOMPARE(clipboard->text(QClipboard::Selection), Before);
            // A drag from the start to the end.
            QTest::mousePress(edit, Qt::LeftButton, {}, QPoint(2, middle.y()));
            QTest::mouseMove(edit, QPoint(edit->width() - 2, middle.y()));
            QTest::mouseRelease(edit, Qt::LeftButton, {}, QPoint(edit->width() - 2, middle.y()));
            QCOMPARE(clipboard->text(QClipboard::Selection), Before);
        }
    }

    void otherSecretsArePasswordFields()
    {
        CardForm form;
        for (const char *name : { "birthLineEdit", "pwd2DigitLineEdit", "cvcLineEdit" }) {
            QLineEdit *edit = typed(form, QString::fromLatin1(name), QStringLiteral("12"));
            QCOMPARE(edit->echoMode(), QLineEdit::Password);
            edit->selectAll();
            QTest::keyClick(edit, Qt::Key_C, Qt::ControlModifier);
            QCOMPARE(QGuiApplication::clipboard()->text(), Before);
        }
        QWidget benepiaHost;
        BenepiaAccountFields benepia(QStringLiteral("check"), &benepiaHost);
        QCOMPARE(benepia.passwordEdit()->echoMode(), QLineEdit::Password);
        SystemClock clock;
        OtpConfirmPanel otp(clock);
        auto *otpEdit = otp.findChild<QLineEdit *>(QStringLiteral("otpLineEdit"));
        QVERIFY(otpEdit);
        QCOMPARE(otpEdit->echoMode(), QLineEdit::PasswordEchoOnEdit); // masked once typed
    }
};

QTEST_MAIN(TestCardFieldClipboard)
#include "tst_card_field_clipboard.moc"
