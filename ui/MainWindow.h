#pragma once

#include <QMainWindow>

class QLabel;

namespace portone {

class ConnectionPage;
class DeskSession;
class TokenStatusLabel;
struct RequestTrace;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(DeskSession &session, QWidget *parent = nullptr);

    ConnectionPage *connectionPage() const { return m_connectionPage; }

private:
    void showProfile();
    void showRequestOutcome(const RequestTrace &trace);

    DeskSession &m_session;
    ConnectionPage *m_connectionPage;
    QLabel *m_profileLabel;
    QLabel *m_modeLabel;
    QLabel *m_tierLabel;
    TokenStatusLabel *m_tokenLabel;
    QLabel *m_lastRequestLabel;
};

} // namespace portone
