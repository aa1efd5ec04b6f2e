#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace portone {

struct SecretError;

// A yellow banner shown when the system keychain is not available or locked: says so plainly
// and offers to keep the typed secret for this session only (memory, never a file).
class KeychainBanner : public QFrame
{
    Q_OBJECT

public:
    explicit KeychainBanner(QWidget *parent = nullptr);

    // NoKeychain / Unavailable: the plain explanation and the "keep for this session" offer.
    void showUnavailable(const SecretError &error);
    // After "Keep for this session only" was used.
    void showKeptForSession();
    void setKeepEnabled(bool enabled);
    QString text() const;

    static bool isUnavailable(const SecretError &error);

Q_SIGNALS:
    void keepForSessionRequested();

private:
    QLabel *m_label;
    QPushButton *m_keepButton;
};

} // namespace portone
