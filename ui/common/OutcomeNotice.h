#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace portone {

// The amber notice shown when a state-changing request's outcome is unknown: what happened,
// and one button that looks the result up (never one that sends again). Hidden until shown.
class OutcomeNotice : public QFrame
{
    Q_OBJECT

public:
    OutcomeNotice(const QString &lookUpText, QWidget *parent = nullptr);

    QLabel *label() const { return m_label; }
    QPushButton *lookUpButton() const { return m_lookUpButton; }

protected:
    // The notice appears after its text is set: it is raised to assistive technology then.
    void showEvent(QShowEvent *event) override;

private:
    QLabel *m_label;
    QPushButton *m_lookUpButton;
};

} // namespace portone
