#pragma once

#include <QString>
#include <QStringList>
#include <optional>

class QWidget;

namespace portone {

// What an irreversible action asks before it is sent: the title names the action, the text
// says what will happen and names the ids/amounts involved.
struct ConfirmationRequest
{
    QString title;
    QString text;
    QString acceptText; // e.g. "Delete permanently", "Pay 5,000 points"
    QString rejectText = {}; // empty: "Cancel"
};

// A stronger confirmation for destructive actions on several things or on things with
// consequences (e.g. deleting billing keys with scheduled payments): the operator must type
// expectedText (a customer_uid, or the number of keys) and give a reason; optionally also the
// requester (Naver Pay's extra[requester]).
struct TypedConfirmationRequest
{
    QString title;
    QString text;
    QString expectedText; // what the operator must type, exactly
    QString acceptText;
    bool askRequester = false;
    // Non-empty: a check box with this text, unticked, offering a step to take first (e.g.
    // cancelling the scheduled payments listed before deleting the key).
    QString optionText = {};
};

// What the operator gave when they confirmed.
struct TypedConfirmation
{
    QString reason;
    QString requester; // empty unless asked (and given)
    bool optionChosen = false; // the check box of optionText was ticked
};

// What an action that is recorded with a reason asks first (revealing CI/DI, deleting a
// certification): the reason is required and goes to the audit log.
struct ReasonRequest
{
    QString title;
    QString text;
    QString acceptText; // e.g. "Reveal", "Delete permanently"
};

// A message the operator only acknowledges (a message box with OK).
struct Notice
{
    enum class Kind
    {
        Information,
        Warning,
        Critical
    };
    Kind kind;
    QString title;
    QString text;
};

// What a file dialog asks: its title, the file types offered (e.g. "CSV files (*.csv)"), and
// when saving, the file name offered.
struct FileRequest
{
    QString title;
    QString filter;
    QString suggestedName = {};
};

// Which column of a CSV file to import, and whether its first row is a header.
struct CsvColumnChoice
{
    int column = 0; // 0-based
    bool firstRowIsHeader = true;
};

// Every question the desk asks the operator and every message it shows in a box: confirmations,
// notices, file dialogs. The app uses DialogPrompts (modal dialogs); widget tests pass their
// own to answer without a modal loop and to see what was asked.
class Prompts
{
public:
    virtual ~Prompts() = default;
    virtual bool confirm(QWidget *parent, const ConfirmationRequest &request) = 0;
    // Empty when the operator declined.
    virtual std::optional<TypedConfirmation> confirmTyped(QWidget *parent,
                                                          const TypedConfirmationRequest &request)
        = 0;
    // The reason the operator gave (trimmed, never empty); empty when they declined.
    virtual std::optional<QString> askReason(QWidget *parent, const ReasonRequest &request) = 0;
    // Returns once the operator has acknowledged it.
    virtual void tell(QWidget *parent, const Notice &notice) = 0;
    // The file chosen; empty when the operator cancelled.
    virtual std::optional<QString> chooseFileToSave(QWidget *parent, const FileRequest &request)
        = 0;
    virtual std::optional<QString> chooseFileToOpen(QWidget *parent, const FileRequest &request)
        = 0;
    // firstRow: the cells of the file's first row, offered by number and text. Empty when the
    // operator cancelled.
    virtual std::optional<CsvColumnChoice> chooseCsvColumn(QWidget *parent,
                                                           const QStringList &firstRow)
        = 0;
};

class DialogPrompts final : public Prompts
{
public:
    bool confirm(QWidget *parent, const ConfirmationRequest &request) override;
    std::optional<TypedConfirmation> confirmTyped(QWidget *parent,
                                                  const TypedConfirmationRequest &request) override;
    std::optional<QString> askReason(QWidget *parent, const ReasonRequest &request) override;
    void tell(QWidget *parent, const Notice &notice) override;
    std::optional<QString> chooseFileToSave(QWidget *parent, const FileRequest &request) override;
    std::optional<QString> chooseFileToOpen(QWidget *parent, const FileRequest &request) override;
    std::optional<CsvColumnChoice> chooseCsvColumn(QWidget *parent,
                                                   const QStringList &firstRow) override;
};

} // namespace portone
