#pragma once

#include "core/api/CallHandle.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace portone {

// "Working…" with a busy bar and a Cancel button, for the one request a form has running.
// Hidden when idle. Cancel (or Esc through the main window) cancels the request.
class RequestProgress : public QWidget
{
    Q_OBJECT

public:
    explicit RequestProgress(QWidget *parent = nullptr);

    void start(const QString &what, CallHandle call);
    void finish();
    void cancel();
    bool isBusy() const;

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
