#pragma once

#include "core/api/ApiError.h"
#include "core/api/PaymentModels.h"

#include <QStringList>
#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTabBar;

namespace portone {

class FieldMessages;

// What the operator asked for, checked and ready to send.
struct PaymentLookup
{
    enum class Kind
    {
        ImpUid, // GET /payments/{imp_uid}
        MerchantUid, // GET /payments/find/{merchant_uid}[/{payment_status}]
        Multiple // GET /payments?imp_uid[]=… or merchant_uid[]=…
    };
    Kind kind = Kind::ImpUid;
    QString impUid;
    bool includeSandbox = false;
    QString merchantUid;
    MerchantPaymentStatus status = MerchantPaymentStatus::Any;
    std::optional<PaymentSorting> sorting;
    QStringList ids;
    bool idsAreMerchantUids = false;
};

// The three ways to look payments up, one tab each: by imp_uid, by merchant_uid (with status
// and sorting), or up to 100 ids pasted at once. Messages appear next to the fields; nothing
// typed is cleared on an error.
class PaymentLookupForm : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentLookupForm(QWidget *parent = nullptr);

    // The checked request, or nullopt after showing what to correct next to the fields.
    std::optional<PaymentLookup> lookup();
    void showFieldErrors(const FieldErrors &errors);
    void clearMessages();
    void setBusy(bool busy);
    void setClientAvailable(bool available);
    PaymentLookup::Kind currentKind() const;
    void focusCurrentInput();
    // The sortings the spec offers (-started first, PortOne's default), the value an int of
    // PaymentSorting; shared with the Search view.
    static void addSortings(QComboBox *combo);

Q_SIGNALS:
    void submitRequested();

private:
    QWidget *createImpUidPage();
    QWidget *createMerchantUidPage();
    QWidget *createMultiplePage();
    void fitPagesToCurrent();
    void updateIdCount();
    void updateButton();

    FieldMessages *m_messages;
    QTabBar *m_modeBar;
    QStackedWidget *m_pages;
    QLineEdit *m_impUidEdit;
    QCheckBox *m_includeSandboxCheck;
    QLineEdit *m_merchantUidEdit;
    QComboBox *m_statusCombo;
    QComboBox *m_sortingCombo;
    QRadioButton *m_impUidsRadio;
    QRadioButton *m_merchantUidsRadio;
    QPlainTextEdit *m_idsEdit;
    QLabel *m_idCountLabel;
    QPushButton *m_lookupButton;
    bool m_busy = false;
    bool m_clientAvailable = true;
};

} // namespace portone
