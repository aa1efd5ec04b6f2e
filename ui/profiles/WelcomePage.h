#pragma once

#include <QWidget>

class QPushButton;

namespace portone {

// The first-start page: what PortOne Desk is, and two ways in: the built-in Sandbox (no keys
// needed) or a merchant profile (keys from the PortOne admin console, kept in the keychain).
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void sandboxRequested();
    void addProfileRequested();

private:
    QWidget *makeChoice(QPushButton *button, const QString &explanation);

    QPushButton *m_sandboxButton;
    QPushButton *m_addProfileButton;
};

} // namespace portone
