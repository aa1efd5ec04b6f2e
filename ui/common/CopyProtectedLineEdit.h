#pragma once

#include <QLineEdit>

namespace portone {

// A line edit whose typed value can be seen and edited but never leaves it: no context menu, no
// drag, no copy or cut by any shortcut (Ctrl+C, Ctrl+X, Shift+Del, Ctrl+Insert, and the X11
// line-deleting Ctrl+K / Ctrl+U, which copy what they delete), and never the X11 primary
// selection, which QLineEdit fills after a mouse or keyboard selection. For the card number and
// expiry, which the operator must read back; the other card values use password echo instead.
// Pasting into the field still works.
class CopyProtectedLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit CopyProtectedLineEdit(QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    bool handleWithoutCopying(QKeyEvent *event);
};

} // namespace portone
