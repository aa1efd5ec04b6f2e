#pragma once

#include "core/api/PaymentModels.h"
#include "core/api/SubscriptionModels.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace portone {

class DeskSession;
class OutcomeNotice;
class RequestLifecycle;
class ScheduleRowsEditor;
struct ApiError;

// The window that schedules payments for one billing key (POST /subscribe/payments/schedule):
// the rows (ScheduleRowsEditor), a preview of exactly the body that will be sent, the checks of
// the spec before anything is sent (next to the field that is wrong), a confirmation naming the
// customer, the number of payments, the total and the first and last time, then one request
// (never sent twice by a double click, never again by itself), an audit entry for every answer,
// a refusal in the error panel and an unknown outcome with the look-up by merchant_uid that
// settles it. Disabled for a read-only profile.
class ScheduleForm : public QWidget
{
    Q_OBJECT

public:
    ScheduleForm(DeskSession &session, QWidget *parent);

    // Shows the form for this key; a form still busy or holding an unknown outcome of another
    // key is only raised.
    void openFor(const QString &customerUid);
    QString customerUid() const { return m_customerUid; }
    bool isBusy() const;
    void cancel();

    void send(); // checks, confirms, sends
    void lookUpUnknown(); // the notice's look-up
    ScheduleRowsEditor *rows() const { return m_rows; }

Q_SIGNALS:
    // PortOne has these schedules of the key now (after an answer or a look-up).
    void scheduled(const QString &customerUid);

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    ScheduleRequest request() const;
    bool confirm(const ScheduleRequest &request);
    bool failed(const ScheduleRequest &request, const ApiError &error);
    void lookUpNext(const ScheduleRequest &request, qsizetype index, const QList<Schedule> &found,
                    const QStringList &missing);
    void showResult(const QString &text);
    void updatePreview();
    void updateButtons();

    DeskSession &m_session;
    QString m_customerUid;
    RequestLifecycle *m_requests;
    QLabel *m_titleLabel;
    ScheduleRowsEditor *m_rows;
    QPushButton *m_addButton;
    QPlainTextEdit *m_preview;
    OutcomeNotice *m_outcomeNotice;
    QLabel *m_resultLabel;
    QPushButton *m_sendButton;
    QPushButton *m_closeButton;
    std::optional<ScheduleRequest> m_unknown; // the request whose outcome is unknown
    bool m_confirming = false; // the confirmation is open: a second click sends nothing
};

} // namespace portone
