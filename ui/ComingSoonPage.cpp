#include "ui/ComingSoonPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace portone {

ComingSoonPage::ComingSoonPage(DeskSession &session, QString title, QString summary,
                               QStringList plans, QWidget *parent)
    : Workspace(session, parent)
    , m_title(std::move(title))
{
    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(m_title.toHtmlEscaped()), this);
    auto *badge = new QLabel(tr("Coming in a next version of PortOne Desk"), this);
    badge->setStyleSheet(QStringLiteral("color: #6d4c41; font-weight: bold;"));
    auto *text = new QLabel(summary, this);
    text->setWordWrap(true);
    QString items;
    for (const QString &plan : std::as_const(plans))
        items += QStringLiteral("<li>%1</li>").arg(plan.toHtmlEscaped());
    auto *list = new QLabel(QStringLiteral("<ul>%1</ul>").arg(items), this);
    list->setWordWrap(true);
    list->setAccessibleName(tr("Planned features"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(heading);
    layout->addWidget(badge);
    layout->addWidget(text);
    layout->addWidget(list);
    layout->addStretch();
}

} // namespace portone
