#pragma once

#include "core/api/ApiError.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace portone {

class Clock;
class FieldMessages;

// Step 2 of the OTP certification: the imp_uid PortOne returned, the code from the text
// message the customer reads out (no code in APP mode), and the time left before the code expires.
class OtpConfirmPanel : public QWidget
{
    Q_OBJECT

public:
    QPushButton *confirmButton() const { return m_confirmButton; }
    QPushButton *requestAgainButton() const { return m_requestAgainButton; }
    // PortOne's V1 API does not state how long an OTP stays valid. Carriers' SMS/PASS
    // certification codes commonly expire after 3 minutes, so the count-down assumes 180
    // seconds for both SMS and APP; when it runs out we only warn (confirming stays possible,
    // PortOne's answer decides).
    static constexpr int CodeValiditySeconds = 180;

    explicit OtpConfirmPanel(const Clock &clock, QWidget *parent = nullptr);

    void start(const QString &impUid, bool appMode); // a fresh request: code empty, clock reset
    void stop(); // count-down off, code cleared
    QString impUid() const { return m_impUid; }
    bool appMode() const { return m_appMode; }
    int secondsLeft() const;

    // Checks the typed code (message under the field); true when it can be sent.
    bool checkOtp();
    // The typed code, cleared from the field: a sensitive value is not kept after use.
    QString takeOtp();
    void showFieldErrors(const FieldErrors &errors);
    void retypeOtp(); // after a wrong code: focus the empty field
    void setBusy(bool busy);

Q_SIGNALS:
    void confirmRequested();
    void requestAgainRequested();
    void cancelRequested();

private:
    void updateCountdown();

    const Clock &m_clock;
    QString m_impUid;
    bool m_appMode = false;
    QDateTime m_deadline;
    QTimer m_tick;
    FieldMessages *m_messages;
    QLineEdit *m_impUidEdit;
    QPushButton *m_copyImpUidButton;
    QLabel *m_instructionLabel;
    QLabel *m_otpCaption = nullptr; // the form row's caption and cell, hidden in APP mode
    QWidget *m_otpCell = nullptr;
    QLineEdit *m_otpEdit;
    QLabel *m_countdownLabel;
    QPushButton *m_confirmButton;
    QPushButton *m_requestAgainButton;
    QPushButton *m_cancelButton;
};

} // namespace portone
