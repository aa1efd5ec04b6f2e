#include "ui/common/FieldMessages.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace portone {

FieldMessages::FieldMessages(QObject *parent)
    : QObject(parent)
{ }

QLabel *FieldMessages::makeMessageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->hide();
    return label;
}

QLabel *FieldMessages::addRow(QFormLayout *form, const QString &field, const QString &label,
                              QWidget *input, QWidget *extra, QLabel *note)
{
    auto *cell = new QWidget(form->parentWidget());
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *line = new QHBoxLayout;
    line->addWidget(input, 1);
    if (input->maximumWidth() < QWIDGETSIZE_MAX)
        line->addStretch(1);
    if (extra)
        line->addWidget(extra);
    column->addLayout(line);
    if (note)
        column->addWidget(note);
    QLabel *message = makeMessageLabel(cell);
    message->setObjectName(field + QStringLiteral("MessageLabel"));
    column->addWidget(message);

    auto *caption = new QLabel(label, form->parentWidget());
    caption->setBuddy(input);
    form->addRow(caption, cell);
    QString accessible = label;
    accessible.remove(u'&');
    if (accessible.endsWith(u':'))
        accessible.chop(1);
    input->setAccessibleName(accessible);
    add(field, input, message);
    return message;
}

void FieldMessages::add(const QString &field, QWidget *input, QLabel *messageLabel)
{
    if (!m_entries.contains(field))
        m_order << field;
    m_entries.insert(field, Entry { input, messageLabel });
}

void FieldMessages::set(const QString &field, const std::optional<QString> &message)
{
    const auto it = m_entries.constFind(field);
    if (it == m_entries.constEnd() || !it->label)
        return;
    it->label->setText(message.value_or(QString()));
    it->label->setVisible(message.has_value());
    if (it->input)
        it->input->setAccessibleDescription(message.value_or(QString()));
}

void FieldMessages::show(const FieldErrors &errors)
{
    clear();
    for (const FieldError &error : errors) {
        const QString current = message(error.field);
        set(error.field, current.isEmpty() ? error.message : current + u'\n' + error.message);
    }
    for (const QString &field : std::as_const(m_order)) {
        if (!message(field).isEmpty() && m_entries.value(field).input) {
            m_entries.value(field).input->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
}

void FieldMessages::clear()
{
    for (const QString &field : std::as_const(m_order))
        set(field, std::nullopt);
}

bool FieldMessages::isEmpty() const
{
    for (const QString &field : m_order) {
        if (!message(field).isEmpty())
            return false;
    }
    return true;
}

QString FieldMessages::message(const QString &field) const
{
    const auto it = m_entries.constFind(field);
    return it != m_entries.constEnd() && it->label && !it->label->isHidden() ? it->label->text()
                                                                             : QString();
}

} // namespace portone
