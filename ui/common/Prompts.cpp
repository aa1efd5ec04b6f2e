#include "ui/common/Prompts.h"

#include "ui/common/CsvColumnDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QVBoxLayout>

namespace portone {

namespace {

// The text of a confirmation, which may list every schedule of several billing keys: up to
// two fifths of the screen's height it shows whole, beyond that it scrolls inside the dialog,
// so the dialog and its buttons always fit the screen.
QScrollArea *confirmationText(const QString &text, const QString &objectName, QWidget *dialog)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *area = new QScrollArea(dialog);
    area->setObjectName(objectName + QStringLiteral("ScrollArea"));
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidget(label);
    const int textWidth = 480;
    label->setMinimumWidth(textWidth - area->verticalScrollBar()->sizeHint().width());
    const int cap = dialog->screen()->availableGeometry().height() * 2 / 5;
    area->setMinimumSize(textWidth, qMin(label->heightForWidth(label->minimumWidth()), cap));
    return area;
}

// The modal dialog behind DialogPrompts::confirm: a warning, what will happen, and the
// action's own button beside Cancel, which is the default (Enter alone never confirms).
class ConfirmationDialog final : public QDialog
{
public:
    ConfirmationDialog(const ConfirmationRequest &request, QWidget *parent)
        : QDialog(parent)
    {
        setWindowTitle(request.title);
        setObjectName(QStringLiteral("confirmationDialog"));
        auto *icon = new QLabel(this);
        const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
        icon->setPixmap(style()
                            ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                            .pixmap(iconSize, iconSize));
        icon->setAlignment(Qt::AlignTop);
        auto *row = new QHBoxLayout;
        row->addWidget(icon);
        row->addWidget(
            confirmationText(request.text, QStringLiteral("confirmationTextLabel"), this), 1);
        auto *buttons = new QDialogButtonBox(this);
        m_accept = buttons->addButton(request.acceptText, QDialogButtonBox::DestructiveRole);
        m_accept->setObjectName(QStringLiteral("acceptButton"));
        m_accept->setAutoDefault(false);
        QPushButton *cancel = request.rejectText.isEmpty()
            ? buttons->addButton(QDialogButtonBox::Cancel)
            : buttons->addButton(request.rejectText, QDialogButtonBox::RejectRole);
        cancel->setObjectName(QStringLiteral("cancelButton"));
        cancel->setDefault(true);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(row, 1);
        layout->addWidget(buttons);
        connect(m_accept, &QPushButton::clicked, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    }

private:
    QPushButton *m_accept = nullptr;
};

} // namespace

bool DialogPrompts::confirm(QWidget *parent, const ConfirmationRequest &request)
{
    ConfirmationDialog dialog(request, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace portone

namespace portone {

namespace {

// The modal dialog behind DialogPrompts::confirmTyped: the accept button stays disabled until
// the typed text equals the expected text and a reason is given.
class TypedConfirmationDialog final : public QDialog
{
public:
    TypedConfirmationDialog(const TypedConfirmationRequest &request, QWidget *parent)
        : QDialog(parent)
        , m_expected(request.expectedText)
    {
        setWindowTitle(request.title);
        setObjectName(QStringLiteral("typedConfirmationDialog"));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(
            confirmationText(request.text, QStringLiteral("confirmationTextLabel"), this), 1);

        auto *form = new QFormLayout;
        m_typed = new QLineEdit(this);
        m_typed->setObjectName(QStringLiteral("typedTextLineEdit"));
        auto *typedLabel = new QLabel(
            QCoreApplication::translate("TypedConfirmationDialog", "Type %1 to confirm:")
                .arg(request.expectedText),
            this);
        typedLabel->setBuddy(m_typed);
        typedLabel->setWordWrap(true);
        m_typed->setAccessibleName(typedLabel->text());
        // The instruction names an id that may be long: it spans the whole dialog width.
        form->addRow(typedLabel);
        form->addRow(m_typed);

        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("reasonLineEdit"));
        const QString reasonText
            = QCoreApplication::translate("TypedConfirmationDialog", "Reason (reason):");
        m_reason->setAccessibleName(reasonText);
        form->addRow(reasonText, m_reason);

        if (request.askRequester) {
            m_requester = new QComboBox(this);
            m_requester->setObjectName(QStringLiteral("requesterComboBox"));
            m_requester->addItem(
                QCoreApplication::translate("TypedConfirmationDialog", "Not given"), QString());
            m_requester->addItem(
                QCoreApplication::translate("TypedConfirmationDialog", "Customer (customer)"),
                QStringLiteral("customer"));
            m_requester->addItem(
                QCoreApplication::translate("TypedConfirmationDialog", "Admin (admin)"),
                QStringLiteral("admin"));
            const QString requesterText = QCoreApplication::translate(
                "TypedConfirmationDialog", "Requester (extra[requester], Naver Pay):");
            m_requester->setAccessibleName(requesterText);
            form->addRow(requesterText, m_requester);
        }
        layout->addLayout(form);
        if (!request.optionText.isEmpty()) {
            m_option = new QCheckBox(request.optionText, this);
            m_option->setObjectName(QStringLiteral("confirmationOptionCheckBox"));
            layout->addWidget(m_option);
        }

        auto *buttons = new QDialogButtonBox(this);
        m_accept = buttons->addButton(request.acceptText, QDialogButtonBox::AcceptRole);
        m_accept->setObjectName(QStringLiteral("acceptButton"));
        m_accept->setAccessibleName(request.acceptText);
        m_accept->setAutoDefault(false);
        QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
        cancel->setObjectName(QStringLiteral("cancelButton"));
        cancel->setDefault(true);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_typed, &QLineEdit::textChanged, this, [this] { updateAccept(); });
        connect(m_reason, &QLineEdit::textChanged, this, [this] { updateAccept(); });
        updateAccept();
    }

    TypedConfirmation answer() const
    {
        TypedConfirmation confirmation;
        confirmation.reason = m_reason->text().trimmed();
        if (m_requester)
            confirmation.requester = m_requester->currentData().toString();
        confirmation.optionChosen = m_option && m_option->isChecked();
        return confirmation;
    }

    void accept() override
    {
        if (m_accept->isEnabled())
            QDialog::accept();
    }

private:
    void updateAccept()
    {
        m_accept->setEnabled(m_typed->text() == m_expected
                             && !m_reason->text().trimmed().isEmpty());
    }

    QString m_expected;
    QLineEdit *m_typed = nullptr;
    QLineEdit *m_reason = nullptr;
    QComboBox *m_requester = nullptr;
    QCheckBox *m_option = nullptr;
    QPushButton *m_accept = nullptr;
};

} // namespace

std::optional<TypedConfirmation>
DialogPrompts::confirmTyped(QWidget *parent, const TypedConfirmationRequest &request)
{
    TypedConfirmationDialog dialog(request, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.answer();
}

} // namespace portone

namespace portone {

namespace {

// The modal dialog behind DialogPrompts::askReason: accept stays disabled until a reason is
// typed.
class ReasonDialog final : public QDialog
{
public:
    ReasonDialog(const ReasonRequest &request, QWidget *parent)
        : QDialog(parent)
    {
        setWindowTitle(request.title);
        setObjectName(QStringLiteral("reasonDialog"));
        auto *layout = new QVBoxLayout(this);
        auto *text = new QLabel(request.text, this);
        text->setObjectName(QStringLiteral("reasonTextLabel"));
        text->setWordWrap(true);
        layout->addWidget(text);
        auto *form = new QFormLayout;
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("reasonLineEdit"));
        const QString reasonText
            = QCoreApplication::translate("ReasonDialog", "Reason (recorded in the audit log):");
        m_reason->setAccessibleName(reasonText);
        form->addRow(reasonText, m_reason);
        layout->addLayout(form);
        auto *buttons = new QDialogButtonBox(this);
        m_accept = buttons->addButton(request.acceptText, QDialogButtonBox::AcceptRole);
        m_accept->setObjectName(QStringLiteral("acceptButton"));
        m_accept->setAutoDefault(false);
        QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
        cancel->setObjectName(QStringLiteral("cancelButton"));
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_reason, &QLineEdit::textChanged, this,
                [this] { m_accept->setEnabled(!reason().isEmpty()); });
        m_accept->setEnabled(false);
        resize(480, sizeHint().height());
    }

    QString reason() const { return m_reason->text().trimmed(); }

    void accept() override
    {
        if (m_accept->isEnabled())
            QDialog::accept();
    }

private:
    QLineEdit *m_reason = nullptr;
    QPushButton *m_accept = nullptr;
};

} // namespace

std::optional<QString> DialogPrompts::askReason(QWidget *parent, const ReasonRequest &request)
{
    ReasonDialog dialog(request, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.reason().isEmpty())
        return std::nullopt;
    return dialog.reason();
}

} // namespace portone

namespace portone {

void DialogPrompts::tell(QWidget *parent, const Notice &notice)
{
    switch (notice.kind) {
    case Notice::Kind::Information:
        QMessageBox::information(parent, notice.title, notice.text);
        return;
    case Notice::Kind::Warning:
        QMessageBox::warning(parent, notice.title, notice.text);
        return;
    case Notice::Kind::Critical:
        QMessageBox::critical(parent, notice.title, notice.text);
        return;
    }
}

namespace {

std::optional<QString> chosen(const QString &path)
{
    return path.isEmpty() ? std::nullopt : std::optional<QString>(path);
}

} // namespace

std::optional<QString> DialogPrompts::chooseFileToSave(QWidget *parent, const FileRequest &request)
{
    return chosen(
        QFileDialog::getSaveFileName(parent, request.title, request.suggestedName, request.filter));
}

std::optional<QString> DialogPrompts::chooseFileToOpen(QWidget *parent, const FileRequest &request)
{
    return chosen(
        QFileDialog::getOpenFileName(parent, request.title, request.suggestedName, request.filter));
}

std::optional<CsvColumnChoice> DialogPrompts::chooseCsvColumn(QWidget *parent,
                                                              const QStringList &firstRow)
{
    CsvColumnDialog dialog(firstRow, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return CsvColumnChoice { dialog.column(), dialog.firstRowIsHeader() };
}

} // namespace portone
