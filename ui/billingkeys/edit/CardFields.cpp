#include "ui/billingkeys/edit/CardFields.h"

#include "core/util/Clock.h"
#include "core/validation/InputRules.h"
#include "ui/common/CopyProtectedLineEdit.h"
#include "ui/common/FieldMessages.h"

#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

namespace portone {

namespace {

QString cardNumberField()
{
    return QStringLiteral("card_number");
}

// "4111111111111111" -> "4111 1111 1111 1111"
QString groupedInFours(const QString &digits)
{
    QString grouped;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            grouped += u' ';
        grouped += digits.at(i);
    }
    return grouped;
}

// Shown as typed but never copied (see CopyProtectedLineEdit), or password echo.
enum class Echo
{
    ShownNotCopied,
    Password,
};

QLineEdit *makeEdit(QWidget *parent, const QString &objectName, int maxLength, Echo echo)
{
    QLineEdit *edit
        = echo == Echo::ShownNotCopied ? new CopyProtectedLineEdit(parent) : new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    if (echo == Echo::Password)
        edit->setEchoMode(QLineEdit::Password); // QLineEdit never copies a password field
    edit->setContextMenuPolicy(Qt::NoContextMenu);
    return edit;
}

QLabel *noteLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(mid);"));
    return label;
}

void clearEdit(QLineEdit *edit)
{
    edit->setModified(false);
    // setText() resets the undo history, so nothing typed can be brought back with Ctrl+Z.
    edit->setText(QString());
}

} // namespace

CardFields::CardFields(const Clock &clock, QWidget *parent, FieldMessages *messages)
    : QObject(parent)
    , m_clock(clock)
    , m_parent(parent)
    , m_messages(messages)
    , m_cardNumberEdit(
          makeEdit(parent, QStringLiteral("cardNumberLineEdit"), 23, Echo::ShownNotCopied))
    , m_expiryEdit(makeEdit(parent, QStringLiteral("expiryLineEdit"), 7, Echo::ShownNotCopied))
    , m_expiryPickerButton(new QToolButton(parent))
    , m_expiryRow(new QWidget(parent))
    , m_birthEdit(makeEdit(parent, QStringLiteral("birthLineEdit"), 10, Echo::Password))
    , m_pwd2DigitEdit(makeEdit(parent, QStringLiteral("pwd2DigitLineEdit"), 2, Echo::Password))
    , m_cvcEdit(makeEdit(parent, QStringLiteral("cvcLineEdit"), 4, Echo::Password))
{
    m_cardNumberEdit->setPlaceholderText(tr("Digits only, e.g. 4111 1111 1111 1111"));
    m_cardNumberEdit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData
                                          | Qt::ImhNoPredictiveText);
    m_expiryEdit->setPlaceholderText(tr("YYYY-MM"));
    m_expiryEdit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_birthEdit->setPlaceholderText(tr("YYMMDD, or a 10-digit business number"));
    m_pwd2DigitEdit->setFixedWidth(m_pwd2DigitEdit->fontMetrics().horizontalAdvance(u'0') * 6);
    m_cvcEdit->setFixedWidth(m_cvcEdit->fontMetrics().horizontalAdvance(u'0') * 8);

    m_expiryPickerButton->setObjectName(QStringLiteral("expiryPickerButton"));
    m_expiryPickerButton->setText(tr("Month…"));
    m_expiryPickerButton->setAccessibleName(tr("Pick the expiry month"));
    m_expiryPickerButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_expiryPickerButton);
    const QDate today = m_clock.now().toLocalTime().date();
    for (int year = today.year(); year <= today.year() + 10; ++year) {
        QMenu *yearMenu = menu->addMenu(QString::number(year));
        for (int month = 1; month <= 12; ++month) {
            if (year == today.year() && month < today.month())
                continue;
            QAction *action = yearMenu->addAction(
                QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0')));
            connect(action, &QAction::triggered, this,
                    [this, year, month] { pickMonth(year, month); });
        }
    }
    m_expiryPickerButton->setMenu(menu);
    auto *expiryLayout = new QHBoxLayout(m_expiryRow);
    expiryLayout->setContentsMargins(0, 0, 0, 0);
    expiryLayout->addWidget(m_expiryEdit);
    expiryLayout->addWidget(m_expiryPickerButton);
    expiryLayout->addStretch();
    m_expiryRow->setFocusProxy(m_expiryEdit);
    m_expiryEdit->setFixedWidth(m_expiryEdit->fontMetrics().horizontalAdvance(u'0') * 12);

    connect(m_cardNumberEdit, &QLineEdit::textEdited, this, &CardFields::reformatCardNumber);
    const auto live = [this](QLineEdit *edit, const QString &field, auto check) {
        connect(edit, &QLineEdit::textChanged, this, [this, edit, field, check] {
            // Only complain once the operator has typed something that cannot be right.
            const QString text = edit->text();
            m_messages->set(field, text.isEmpty() ? std::nullopt : check(text));
        });
    };
    live(m_cardNumberEdit, cardNumberField(), [](const QString &text) {
        const QString digits = rules::digitsOnly(text);
        // Still typing: only a wrong checksum at full length is worth saying.
        if (digits.size() < 13)
            return std::optional<QString>();
        return rules::cardNumber(text);
    });
    live(m_expiryEdit, QStringLiteral("expiry"), [](const QString &text) {
        return text.size() < 7 ? std::optional<QString>() : rules::cardExpiry(text);
    });
    live(m_birthEdit, QStringLiteral("birth"), [](const QString &text) {
        return text.size() < 6 ? std::optional<QString>() : rules::cardBirth(text);
    });
    live(m_pwd2DigitEdit, QStringLiteral("pwd_2digit"), [](const QString &text) {
        return text.size() < 2 ? std::optional<QString>() : rules::pwd2Digit(text);
    });
    live(m_cvcEdit, QStringLiteral("cvc"), [](const QString &text) {
        return text.size() < 3 ? std::optional<QString>() : rules::cvc(text);
    });
}

void CardFields::addRows(QFormLayout *form)
{
    m_messages->addRow(form, cardNumberField(), tr("Card number (card_number):"), m_cardNumberEdit);
    m_messages->addRow(form, QStringLiteral("expiry"), tr("Expiry (expiry, YYYY-MM):"),
                       m_expiryRow);
    m_expiryEdit->setAccessibleName(tr("Expiry (expiry, YYYY-MM)"));
    m_messages->addRow(form, QStringLiteral("birth"), tr("Birth (birth):"), m_birthEdit, nullptr,
                       noteLabel(tr("6-digit date of birth, or the 10-digit business "
                                    "registration number for a corporate card."),
                                 QStringLiteral("birthNoteLabel"), m_parent));
    m_messages->addRow(form, QStringLiteral("pwd_2digit"),
                       tr("Card password, first 2 digits (pwd_2digit):"), m_pwd2DigitEdit);
    m_messages->addRow(
        form, QStringLiteral("cvc"), tr("CVC (cvc):"), m_cvcEdit, nullptr,
        noteLabel(tr("Needed only by some PGs."), QStringLiteral("cvcNoteLabel"), m_parent));
}

void CardFields::reformatCardNumber()
{
    const QString text = m_cardNumberEdit->text();
    const int cursor = m_cardNumberEdit->cursorPosition();
    // Keep the cursor after the same number of digits.
    const int digitsBeforeCursor = int(rules::digitsOnly(text.left(cursor)).size());
    const QString grouped = groupedInFours(rules::digitsOnly(text).left(19));
    if (grouped != text) {
        m_cardNumberEdit->setText(grouped);
        int position
            = digitsBeforeCursor + (digitsBeforeCursor > 0 ? (digitsBeforeCursor - 1) / 4 : 0);
        if (digitsBeforeCursor > 0 && digitsBeforeCursor % 4 == 0
            && digitsBeforeCursor < rules::digitsOnly(grouped).size())
            position += 1;
        m_cardNumberEdit->setCursorPosition(qMin(position, int(grouped.size())));
    }
}

void CardFields::pickMonth(int year, int month)
{
    m_expiryEdit->setText(QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0')));
    m_expiryEdit->setFocus();
}

void CardFields::fill(BillingKeyRegistration &registration) const
{
    registration.cardNumber = rules::digitsOnly(m_cardNumberEdit->text());
    registration.expiry = m_expiryEdit->text().trimmed();
    registration.birth = m_birthEdit->text().trimmed();
    registration.pwd2Digit = m_pwd2DigitEdit->text().trimmed();
    registration.cvc = m_cvcEdit->text().trimmed();
}

void CardFields::clearInputs()
{
    for (QLineEdit *edit :
         { m_cardNumberEdit, m_expiryEdit, m_birthEdit, m_pwd2DigitEdit, m_cvcEdit })
        clearEdit(edit);
    for (const char *field : { "card_number", "expiry", "birth", "pwd_2digit", "cvc" })
        m_messages->set(QString::fromLatin1(field), std::nullopt);
}

QList<QWidget *> CardFields::inputs() const
{
    return { m_cardNumberEdit, m_expiryEdit,    m_expiryPickerButton,
             m_birthEdit,      m_pwd2DigitEdit, m_cvcEdit };
}

} // namespace portone
