#include "ui/common/Announce.h"

#include <QAccessible>
#include <QTextDocumentFragment>
#include <QWidget>

namespace portone {

namespace {

QString plainText(const QString &text)
{
    return text.contains(u'<') ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

void describe(QWidget *widget, const QString &text)
{
    widget->setAccessibleDescription(plainText(text));
    QAccessibleEvent described(widget, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&described);
    QAccessibleEvent named(widget, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&named);
}

} // namespace

void announceStatus(QWidget *widget, const QString &text)
{
    if (widget)
        describe(widget, text);
}

void announceAlert(QWidget *widget, const QString &text)
{
    if (!widget)
        return;
    describe(widget, text);
    QAccessibleEvent alert(widget, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

} // namespace portone
