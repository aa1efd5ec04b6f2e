#pragma once

#include "core/api/ApiError.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <optional>

class QLabel;
class QWidget;
class QFormLayout;

namespace portone {

// Puts each field's message right under its input, keyed by the API parameter name that the
// core rules report ("card_number", "phone", ...). Inputs keep what the operator typed.
class FieldMessages : public QObject
{
    Q_OBJECT

public:
    explicit FieldMessages(QObject *parent = nullptr);

    // Adds "label: input [extra]" to the form, with an optional note and a hidden message
    // label beneath, and returns the message label. The input's accessible name is the label
    // text; an input narrower than the row stays at the left.
    QLabel *addRow(QFormLayout *form, const QString &field, const QString &label, QWidget *input,
                   QWidget *extra = nullptr, QLabel *note = nullptr);
    // For inputs laid out by hand.
    void add(const QString &field, QWidget *input, QLabel *messageLabel);

    void show(const FieldErrors &errors); // clears the others; focuses the first failing input
    void set(const QString &field, const std::optional<QString> &message);
    void clear();
    bool isEmpty() const;
    QString message(const QString &field) const;

    static QLabel *makeMessageLabel(QWidget *parent);

private:
    struct Entry
    {
        QPointer<QWidget> input;
        QPointer<QLabel> label;
    };
    QHash<QString, Entry> m_entries;
    QStringList m_order;
};

} // namespace portone
