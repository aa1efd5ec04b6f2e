#pragma once

#include "core/api/PortOneClient.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/ResultView.h"
#include "ui/payments/PaymentsWorkspace.h"

#include <QComboBox>
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
        workspace.resize(1280, 800);
        workspace.show();
    }

    template<typename T> T *find(const QString &name) const
    {
        T *found = workspace.findChild<T *>(name);
        if (!found)
            qFatal("no %s", qPrintable(name));
        return found;
    }
    void click(const QString &button) const
    {
        QTest::mouseClick(find<QPushButton>(button), Qt::LeftButton);
    }
    void type(const QString &edit, const QString &text) const
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
    void lookUp(const QString &impUid) const
    {
        auto *bar = find<QTabBar>(u"lookupModeTabBar"_s);
        bar->setCurrentIndex(0);
        type(u"impUidLineEdit"_s, impUid);
        click(u"lookupButton"_s);
        QTRY_COMPARE(detail()->value(u"imp_uid"_s), impUid);
    }
    // Opens the refund form of the payment shown.
    void openRefund() const
    {
        auto *refund = find<QPushButton>(u"refundButton"_s);
        QTRY_VERIFY(refund->isEnabled());
        QTest::mouseClick(refund, Qt::LeftButton);
        QVERIFY(formOpen());
    }
    // A partial refund of amount (typed as given) with a reason, confirmed.
    void fillPartial(const QString &amount, const QString &reason) const
    {
        auto *partial = find<QRadioButton>(u"partialRefundRadioButton"_s);
        // The form page is laid out once shown: wait until the button is where it is drawn.
        QTRY_VERIFY(!partial->visibleRegion().isEmpty());
        QTest::mouseClick(partial, Qt::LeftButton, {}, QPoint(8, partial->height() / 2));
        QVERIFY(partial->isChecked());
        type(u"refundAmountLineEdit"_s, amount);
        type(u"refundReasonLineEdit"_s, reason);
    }
    bool formOpen() const { return find<QWidget>(u"refundFormPage"_s)->isVisible(); }
    bool idle() const { return !workspace.isBusy(); }
    ResultView *detail() const { return find<ResultView>(u"resultView"_s); }
    QTableWidget *refunds() const { return find<QTableWidget>(u"cancelHistoryTableWidget"_s); }
    ErrorPanel *refundErrors() const { return find<ErrorPanel>(u"refundErrorPanel"_s); }
    QLabel *result() const { return find<QLabel>(u"refundResultLabel"_s); }
    QString fieldMessage(const QString &field) const
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
    void shot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("PORTONE_SHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(50); // let pending layout requests settle
        workspace.grab().save(dir + u"/"_s + name + u".png"_s);
    }

    SandboxSessionFixture f;
    PaymentsWorkspace workspace;
};

} // namespace portone::test
