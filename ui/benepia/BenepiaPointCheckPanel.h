#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;

namespace portone {

class BenepiaAccountFields;
class DeskSession;
class FieldMessages;
class RequestLifecycle;

// Point check (POST /benepia/point): user id, password and channel in, the balance out,
// shown large so it can be read out to the customer.
class BenepiaPointCheckPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BenepiaPointCheckPanel(DeskSession &session, QWidget *parent = nullptr);

    void check();
    void cancel();
    bool isBusy() const;
    void reconnect(); // after the active profile changed

Q_SIGNALS:
    void balanceChecked(const QString &user, qint64 points);
    void busyChanged(bool busy);

private:
    void showBalance(const QString &user, qint64 points, const QDateTime &checkedAt);
    void updateButton();

    DeskSession &m_session;
    BenepiaAccountFields *m_account;
    FieldMessages *m_messages;
    QPushButton *m_checkButton;
    RequestLifecycle *m_requests;
    QLabel *m_balanceLabel;
    QLabel *m_balanceDetailsLabel;
};

} // namespace portone
