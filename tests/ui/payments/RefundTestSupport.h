#pragma once

#include "core/api/PortOneClient.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/ResultView.h"
#include "ui/payments/PaymentsWorkspace.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

namespace portone::test {

using namespace Qt::StringLiterals;

// The Payments page on a sandbox session, driven as an operator refunds a payment.
struct RefundScreen
{
    RefundScreen()
        : workspace(f.session)
    {
        workspace.resize(1280, 800); // the size of the README's screenshots
        workspace.show();
    }

    template<typename T> T *find(const QString &name)
    {
        return child<T>(workspace, name.toLatin1().constData());
    }
    void click(const QString &button)
    {
        QTest::mouseClick(find<QPushButton>(button), Qt::LeftButton);
    }
    void type(const QString &edit, const QString &text)
    {
        auto *line = find<QLineEdit>(edit);
        line->clear();
        line->setFocus();
        bool ascii = true;
        for (const QChar c : text)
            ascii = ascii && c.unicode() < 128;
        if (ascii)
            QTest::keyClicks(line, text);
        else
            line->insert(text); // as an input method commits it
    }
    // Looks the payment up by imp_uid and waits for its detail.
    void lookUp(const QString &impUid)
    {
        auto *bar = find<QTabBar>(u"lookupModeTabBar"_s);
        bar->setCurrentIndex(0);
        type(u"impUidLineEdit"_s, impUid);
        click(u"lookupButton"_s);
        QTRY_COMPARE(detail()->value(u"imp_uid"_s), impUid);
    }
    // Opens the refund form of the payment shown.
    void openRefund()
    {
        auto *refund = find<QPushButton>(u"refundButton"_s);
        QTRY_VERIFY(refund->isEnabled());
        QTest::mouseClick(refund, Qt::LeftButton);
        QVERIFY(formOpen());
    }
    // A partial refund of amount (typed as given) with a reason, confirmed.
    void fillPartial(const QString &amount, const QString &reason)
    {
        auto *partial = find<QRadioButton>(u"partialRefundRadioButton"_s);
        // The form page is laid out once shown: wait until the button is where it is drawn.
        QTRY_VERIFY(!partial->visibleRegion().isEmpty());
        QTest::mouseClick(partial, Qt::LeftButton, {}, QPoint(8, partial->height() / 2));
        QVERIFY(partial->isChecked());
        type(u"refundAmountLineEdit"_s, amount);
        type(u"refundReasonLineEdit"_s, reason);
    }
    bool formOpen() { return find<QWidget>(u"refundFormPage"_s)->isVisible(); }
    bool idle() const { return !workspace.isBusy(); }
    ResultView *detail() { return find<ResultView>(u"resultView"_s); }
    QTableWidget *refunds() { return find<QTableWidget>(u"cancelHistoryTableWidget"_s); }
    ErrorPanel *refundErrors() { return find<ErrorPanel>(u"refundErrorPanel"_s); }
    QLabel *result() { return find<QLabel>(u"refundResultLabel"_s); }
    QString fieldMessage(const QString &field)
    {
        auto *label = find<QLabel>(field + u"MessageLabel"_s);
        return label->isVisible() ? label->text() : QString();
    }
    // The cancelPayment requests in the history, oldest first.
    QList<HistoryRecord> refundRequests()
    {
        QList<HistoryRecord> found = f.session.history().load();
        found.removeIf([](const HistoryRecord &r) { return r.operation != u"cancelPayment"_s; });
        return found;
    }
    // A refund made behind the form's back, straight through the client (someone else).
    Payment refundElsewhere(const QString &impUid, double amount, double checksum)
    {
        PaymentCancellation other;
        other.impUid = impUid;
        other.amount = amount;
        other.checksum = checksum;
        other.reason = u"다른 상담원의 환불"_s;
        std::optional<Result<Payment>> answer;
        f.session.client()->cancelPayment(other, &workspace,
                                          [&answer](Result<Payment> r) { answer = std::move(r); });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000) || !answer->ok())
            qFatal("the refund behind the form's back failed");
        return answer->value();
    }
    // With PORTONE_SHOT_DIR set: the page as it looks now, as <name>.png there.
    void shot(const QString &name)
    {
        if (const QString folder = qEnvironmentVariable("PORTONE_SHOT_DIR"); !folder.isEmpty()) {
            QTest::qWait(50); // pending layout requests settle first
            QVERIFY(workspace.grab().save(QDir(folder).filePath(name + u".png"_s)));
        }
    }

    SandboxSessionFixture f;
    PaymentsWorkspace workspace;
};

} // namespace portone::test
