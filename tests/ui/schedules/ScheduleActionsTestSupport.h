#pragma once

// A customer's Schedules tab on the built-in sandbox, driven as an operator drives it: choose a
// range, Load, select rows, press an action, answer the confirmation (ScriptedPrompts).
#include "core/history/AuditEntry.h"
#include "tests/support/Capture.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/billingkeys/detail/BillingKeySchedulesTab.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/OutcomeNotice.h"
#include "ui/schedules/ScheduleActions.h"
#include "ui/schedules/ScheduleTableModel.h"

#include <QDateTimeEdit>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace portone::test {

struct SchedulesScreen
{
    SandboxSessionFixture f;
    BillingKeySchedulesTab tab { f.session };

    SchedulesScreen()
    {
        tab.resize(1100, 640);
        tab.show();
    }

    template<typename W> W *find(const QString &name)
    {
        W *widget = tab.findChild<W *>(name);
        if (!widget)
            qFatal("no %s", qPrintable(name));
        return widget;
    }
    QTableView *table() { return find<QTableView>(QStringLiteral("schedulesTableView")); }
    QPushButton *button(const QString &name) { return find<QPushButton>(name); }
    QLabel *result() { return find<QLabel>(QStringLiteral("scheduleActionResultLabel")); }
    OutcomeNotice *notice() { return find<OutcomeNotice>(QStringLiteral("scheduleOutcomeNotice")); }
    ErrorPanel *errorPanel()
    {
        return find<ErrorPanel>(QStringLiteral("scheduleActionErrorPanel"));
    }
    QDateTimeEdit *timeEdit() { return find<QDateTimeEdit>(QStringLiteral("newScheduleTimeEdit")); }

    // Shows the customer's schedules of [now + fromDays, now + toDays).
    void open(const QString &customerUid, int fromDays, int toDays)
    {
        tab.setCustomerUid(customerUid);
        const QDateTime now = QDateTime::currentDateTime();
        find<QDateTimeEdit>(QStringLiteral("scheduleFromDateTimeEdit"))
            ->setDateTime(now.addDays(fromDays));
        find<QDateTimeEdit>(QStringLiteral("scheduleToDateTimeEdit"))
            ->setDateTime(now.addDays(toDays));
        tab.load();
        QVERIFY(QTest::qWaitFor([this] { return !tab.isBusy(); }, 10000));
        QVERIFY(table()->model()->rowCount() > 0);
    }
    int row(const QString &merchantUid)
    {
        QAbstractItemModel *model = table()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(ScheduleTableModel::MerchantUidRole) == merchantUid)
                return r;
        }
        return -1;
    }
    QString cell(const QString &merchantUid, int column)
    {
        return table()->model()->index(row(merchantUid), column).data().toString();
    }
    void select(const QStringList &merchantUids)
    {
        table()->clearSelection();
        for (const QString &merchantUid : merchantUids) {
            const int r = row(merchantUid);
            if (r < 0)
                qFatal("no row %s", qPrintable(merchantUid));
            table()->selectionModel()->select(table()->model()->index(r, 0),
                                              QItemSelectionModel::Select
                                                  | QItemSelectionModel::Rows);
        }
    }
    void click(const QString &buttonName)
    {
        QPushButton *target = button(buttonName);
        QVERIFY2(target->isEnabled(), qPrintable(buttonName));
        QTest::mouseClick(target, Qt::LeftButton);
    }
    void waitIdle()
    {
        QVERIFY(QTest::qWaitFor([this] { return !tab.isBusy(); }, 10000));
    }

    // The schedule as the sandbox has it now.
    Schedule onServer(const QString &merchantUid)
    {
        Capture<Schedule> got;
        f.session.client()->getScheduleByMerchantUid(merchantUid, &tab, got.callback());
        if (!got.wait() || !got.result().ok())
            qFatal("could not look %s up", qPrintable(merchantUid));
        return got.value();
    }
    AuditEntry lastAudit() { return f.session.auditLog().entries().constLast(); }
    int auditCount() { return int(f.session.auditLog().entries().size()); }

    // PORTONE_SHOT_DIR=/tmp/shots saves what the operator sees (the tab, or a dialog).
    void shot(const QString &name, QWidget *widget = nullptr)
    {
        const QString dir = qEnvironmentVariable("PORTONE_SHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        (widget ? widget : &tab)->grab().save(dir + u'/' + name + QStringLiteral(".png"));
    }
};

} // namespace portone::test
