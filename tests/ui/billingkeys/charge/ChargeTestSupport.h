#pragma once

// A billing key's detail pane on a sandbox session, driven as an operator charges the key.
#include "core/api/PortOneClient.h"
#include "tests/support/Capture.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/billingkeys/detail/BillingKeyDetailPanel.h"
#include "ui/common/ErrorPanel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

namespace portone::test {

using namespace Qt::StringLiterals;

struct ChargeScreen
{
    // timeout: the client's for every request (from a fresh sandbox), or the profile's.
    explicit ChargeScreen(std::optional<std::chrono::milliseconds> timeout = std::nullopt)
    {
        if (timeout) {
            f.session.setRequestTimeout(*timeout);
            if (!f.session.startSandbox().isEmpty())
                qFatal("the sandbox did not start again");
        }
        panel = std::make_unique<BillingKeyDetailPanel>(f.session);
        panel->resize(900, 640);
        panel->show();
    }

    // A control of the charge form first (the Schedules tab has an outcome notice too), else of
    // the detail panel.
    template<typename T> T *find(const QString &name)
    {
        if (auto *pane = panel->findChild<QWidget *>(u"chargePane"_s))
            if (auto *inPane = pane->findChild<T *>(name))
                return inPane;
        return child<T>(*panel, name.toLatin1().constData());
    }
    void click(const QString &button)
    {
        QTest::mouseClick(find<QPushButton>(button), Qt::LeftButton);
    }
    void type(const QString &edit, const QString &text) { typeInto(find<QLineEdit>(edit), text); }
    // Looks the key up (which also gets a token) and opens its charge form.
    void openCharge(const QString &customerUid)
    {
        Capture<BillingKey> got;
        f.session.client()->getBillingKey(customerUid, panel.get(), got.callback());
        if (!got.wait() || !got.result().ok())
            qFatal("could not get %s", qPrintable(customerUid));
        panel->showKey(got.value());
        click(u"chargeBillingKeyButton"_s);
        QVERIFY(find<QWidget>(u"chargePane"_s)->isVisible());
    }
    void fill(const QString &amount, const QString &name)
    {
        type(u"chargeAmountLineEdit"_s, amount);
        type(u"chargeOrderNameLineEdit"_s, name);
    }
    bool idle() const { return !panel->isBusy(); }
    QString merchantUid() { return find<QLineEdit>(u"chargeMerchantUidLineEdit"_s)->text(); }
    QLabel *result() { return find<QLabel>(u"chargeResultLabel"_s); }
    QLabel *words() { return find<QLabel>(u"chargeAmountWordsLabel"_s); }
    ErrorPanel *errors() { return find<ErrorPanel>(u"chargeErrorPanel"_s); }
    QString fieldMessage(const QString &field)
    {
        auto *label = find<QLabel>(field + u"MessageLabel"_s);
        return label->isVisible() ? label->text() : QString();
    }
    // The requests of one operation in the history, oldest first.
    QList<HistoryRecord> requests(const QString &operation)
    {
        QList<HistoryRecord> found = f.session.history().load();
        found.removeIf([&operation](const HistoryRecord &r) { return r.operation != operation; });
        return found;
    }
    QList<HistoryRecord> chargeRequests() { return requests(u"again"_s); }
    void shot(const QString &name) { saveShot(*panel, name); }

    SandboxSessionFixture f;
    std::unique_ptr<BillingKeyDetailPanel> panel;
};

} // namespace portone::test
