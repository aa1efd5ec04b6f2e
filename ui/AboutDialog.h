#pragma once

#include <QDialog>

namespace portone {

class DeskSession;

// Help › About PortOne Desk: the icon, name and version (the CMake project version), the Qt
// run-time version, the licence and third-party licences, the PortOne API host of the active
// profile, and the homepage.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const DeskSession &session, QWidget *parent = nullptr);

    // "api.iamport.kr", "127.0.0.1:8080 (built-in Sandbox)", or "No profile active".
    static QString apiHostText(const DeskSession &session);
};

} // namespace portone
