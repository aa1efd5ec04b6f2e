#include "ui/payments/MissingIdsPanel.h"

#include "ui/common/Icons.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace portone {

MissingIdsPanel::MissingIdsPanel(Reason reason, QWidget *parent)
    : QWidget(parent)
    , m_reason(reason)
    , m_titleLabel(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_copyButton(new QPushButton(tr("Copy list"), this))
{
    const bool notFound = reason == Reason::NotFound;
    const QString prefix = notFound ? QStringLiteral("notFound") : QStringLiteral("notLookedUp");
    setObjectName(notFound ? QStringLiteral("missingIdsPanel") : QStringLiteral("failedIdsPanel"));
    m_titleLabel->setObjectName(prefix + QStringLiteral("TitleLabel"));
    m_titleLabel->setStyleSheet(QStringLiteral("font-weight: bold; color: #b26a00;"));
    m_list->setObjectName(prefix + QStringLiteral("ListWidget"));
    m_list->setAccessibleName(notFound ? tr("Ids not found") : tr("Ids not looked up"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMaximumHeight(120);
    m_copyButton->setObjectName(notFound ? QStringLiteral("copyNotFoundButton")
                                         : QStringLiteral("copyNotLookedUpButton"));
    m_copyButton->setIcon(appIcon(AppIcon::Copy));
    m_copyButton->setAccessibleName(notFound ? tr("Copy the ids not found")
                                             : tr("Copy the ids not looked up"));
    m_copyButton->setToolTip(notFound ? tr("Copy the ids that were not found, one per line")
                                      : tr("Copy the ids PortOne did not look up, one per line"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_titleLabel, 1);
    header->addWidget(m_copyButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_list);

    connect(m_copyButton, &QPushButton::clicked, this, &MissingIdsPanel::copyIds);
    hide();
}

void MissingIdsPanel::setIds(const QStringList &ids)
{
    m_ids = ids;
    m_list->clear();
    m_list->addItems(ids);
    m_titleLabel->setText(
        m_reason == Reason::NotFound
            ? tr("Not found (%1)").arg(ids.size())
            : tr("Not looked up: PortOne reported a failure (%1)").arg(ids.size()));
    m_list->setAccessibleDescription(m_titleLabel->text());
    setVisible(!ids.isEmpty());
}

void MissingIdsPanel::copyIds()
{
    // Payment ids only: nothing sensitive.
    QApplication::clipboard()->setText(m_ids.join(u'\n'));
}

} // namespace portone
