#pragma once

#include "core/api/BillingKeyModels.h"

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;

namespace portone {

class OutcomeNotice;

class ResultView;
struct ResultRow;

// The right-hand side of the registration form: the "outcome unknown" notice with its one-click
// look-up, and the registered (or looked-up) key.
class RegisterOutcomeView : public QWidget
{
    Q_OBJECT
public:
    explicit RegisterOutcomeView(QWidget *parent = nullptr);

    void showKey(const QString &heading, const BillingKey &key);
    void showOutcomeUnknown(const QString &customerUid);
    void showNotFound(const QString &customerUid);
    void clear();
    void setLookUpEnabled(bool enabled);
    QString unknownCustomerUid() const { return m_unknownUid; }
    ResultView *resultView() const { return m_result; }

Q_SIGNALS:
    void lookUpRequested(const QString &customerUid);

private:
    OutcomeNotice *m_outcomeFrame;
    QLabel *m_outcomeLabel;
    QPushButton *m_lookUpButton;
    QLabel *m_headingLabel;
    QLabel *m_idleLabel; // what to do first, until there is an outcome
    ResultView *m_result;
    QString m_unknownUid;
};

// Every field of a billing key as rows, for either shape; card numbers as PortOne masked them.
QList<ResultRow> billingKeyRows(const BillingKey &key);
// One line naming the card(s) of a key: "BC카드 ************1238, registered 2024-01-01 10:00".
QString billingKeySummary(const BillingKey &key);

} // namespace portone
