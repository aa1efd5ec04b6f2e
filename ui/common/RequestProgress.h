#pragma once

#include "core/api/CallHandle.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace portone {

// "Working…" with a busy bar and a Cancel button, for the one request a form has running.
// Hidden when idle, or showing a short notice about the last one. Cancel (or Esc through the main
// window) cancels the request.
class RequestProgress : public QWidget
{
    Q_OBJECT

public:
    explicit RequestProgress(QWidget *parent = nullptr);

    void start(const QString &what, CallHandle call);
    void finish();
    void cancel();
    bool isBusy() const;
    QString text() const; // what the running (or last) request was doing
    // After a request ended without a result worth a panel (cancelled): a short line without
    // the bar, until the next start() or clearNotice().
    void showNotice(const QString &notice);
    void clearNotice();

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    CallHandle m_call;
    bool m_busy = false;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancelButton;
};

} // namespace portone
