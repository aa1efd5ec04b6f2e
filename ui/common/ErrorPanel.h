#pragma once

#include <QFrame>

class QLabel;

namespace portone {

struct ApiError;

// Shows one failed request: the HTTP status, PortOne's code, its message verbatim (usually
// Korean) and a plain explanation in the UI language. Hidden while there is nothing to show.
class ErrorPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorPanel(QWidget *parent = nullptr);

    void showError(const ApiError &error);
    void clear();

    QString statusText() const; // "HTTP 404 · code 1"
    QString messageText() const; // PortOne's message, verbatim
    QString explanationText() const;

private:
    QLabel *m_statusLabel;
    QLabel *m_messageLabel;
    QLabel *m_explanationLabel;
};

} // namespace portone
