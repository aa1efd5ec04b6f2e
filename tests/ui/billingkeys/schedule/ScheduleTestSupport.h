#pragma once

// The billing-key detail pane on a sandbox session, driven as an operator schedules payments.
#include "core/api/PortOneClient.h"
#include "tests/support/Capture.h"
#include "tests/ui/UiTestSupport.h"
#include "tests/ui/billingkeys/BillingKeysTestSupport.h"
#include "ui/billingkeys/detail/BillingKeyDetailPanel.h"
#include "ui/billingkeys/schedule/ScheduleForm.h"
#include "ui/billingkeys/schedule/ScheduleRowsEditor.h"

#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

namespace portone::test {

using namespace Qt::StringLiterals;

// The rows of a data function: Korean, then English.
inline void addLanguages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ko") << u"ko"_s;
    QTest::newRow("en") << u"en"_s;
}

struct ScheduleScreen
{
    ScheduleScreen() { start(); }

    // Shows the pane on the session's current client (again after a new profile activation).
    void start()
    {
        panel.resize(1000, 720);
        panel.show();
        QObject::connect(f.session.client(), &PortOneClient::requestFinished, &panel,
                         [this](const RequestTrace &trace) { traces << trace; });
    }
    BillingKey fetch(const QString &uid) { return fetchBillingKey(f.session, &panel, uid); }
    // The key's detail, then "Schedule payments…": the form's window.
    ScheduleForm *open(const QString &uid)
    {
        panel.showKey(fetch(uid));
        QTest::mouseClick(button(u"schedulePaymentsButton"_s, &panel), Qt::LeftButton);
        form = panel.findChild<ScheduleForm *>();
        if (!form || !form->isVisible())
            qFatal("the schedule form did not open");
        return form;
    }
    QPushButton *button(const QString &name, QWidget *root = nullptr)
    {
        return child<QPushButton>(root ? *root : *form, name.toLatin1().constData());
    }
    void click(const QString &name) { QTest::mouseClick(button(name), Qt::LeftButton); }
    ScheduleRowsEditor *rows() { return form->rows(); }
    void type(QLineEdit *line, const QString &text)
    {
        line->setFocus();
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Delete);
        const bool ascii
            = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 128; });
        if (ascii)
            QTest::keyClicks(line, text);
        else
            line->insert(text); // as an input method commits it
        QTest::keyClick(line, Qt::Key_Return); // editing finished: the amount is formatted
    }
    // Row `row`: amount and order name typed; time and merchant_uid as generated.
    void fill(int row, const QString &amount, const QString &name)
    {
        type(rows()->amountEdit(row), amount);
        type(rows()->nameEdit(row), name);
    }
    QLabel *message(const QString &field)
    {
        return child<QLabel>(*form, (field + u"MessageLabel"_s).toLatin1().constData());
    }
    QLabel *result() { return child<QLabel>(*form, "scheduleResultLabel"); }
    QPlainTextEdit *preview() { return child<QPlainTextEdit>(*form, "schedulePreviewTextEdit"); }
    bool idle() const { return form && !form->isBusy(); }
    int sent(const QString &operation) const
    {
        return int(std::count_if(traces.cbegin(), traces.cend(),
                                 [&](const RequestTrace &t) { return t.operation == operation; }));
    }
    // PortOne's schedule of that merchant_uid, or nullopt when it has none (404).
    std::optional<Schedule> schedule(const QString &merchantUid)
    {
        Capture<Schedule> got;
        f.session.client()->getScheduleByMerchantUid(merchantUid, &panel, got.callback());
        if (!got.wait() || !got.result().ok())
            return std::nullopt;
        return got.value();
    }
    // PORTONE_SHOT_DIR=/tmp/shots saves the form as the operator sees it.
    void shot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("PORTONE_SHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QTest::qWait(150); // pending layouts and the first paint
        form->grab().save(dir + u"/"_s + name + u".png"_s);
    }

    SandboxSessionFixture f;
    QList<RequestTrace> traces; // before the panel: a request it cancels when it goes is traced
    BillingKeyDetailPanel panel { f.session };
    ScheduleForm *form = nullptr;
};

} // namespace portone::test
