#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace portone {

struct BillingKey;
struct BillingCard;
class ResultView;

// Every field of one billing key: the customer and card of a normal key, or the channel
// group of a super billing key with its succeeded channels (one card each) and failed channels
// (failure type in words and PortOne's message verbatim). The raw answer is shown redacted.
class BillingKeyFieldsView : public QWidget
{
    Q_OBJECT

public:
    explicit BillingKeyFieldsView(QWidget *parent = nullptr);

    void showKey(const BillingKey &key);
    void clear();

    ResultView *resultView() const { return m_resultView; }

    // "PG_PROVIDER" -> "Refused by the PG"; unknown codes as they came.
    static QString failureTypeText(const QString &type);
    // card_type in words: credit, check, gift or unknown (with the code when there is one).
    static QString cardTypeText(const BillingCard &card);

private:
    void fillSucceeded(const QList<BillingCard> &channels);

    ResultView *m_resultView;
    QLabel *m_succeededLabel;
    QTableWidget *m_succeededTable;
    QLabel *m_failedLabel;
    QTableWidget *m_failedTable;
};

} // namespace portone
