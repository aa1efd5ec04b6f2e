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

MissingIdsPanel::MissingIdsPanel(QWidget *parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_copyButton(new QPushButton(tr("Copy list"), this))
{
    setObjectName(QStringLiteral("missingIdsPanel"));
    m_titleLabel->setObjectName(QStringLiteral("notFoundTitleLabel"));
    m_titleLabel->setStyleSheet(QStringLiteral("font-weight: bold; color: #b26a00;"));
    m_list->setObjectName(QStringLiteral("notFoundListWidget"));
    m_list->setAccessibleName(tr("Ids not found"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMaximumHeight(120);
    m_copyButton->setObjectName(QStringLiteral("copyNotFoundButton"));
    m_copyButton->setIcon(appIcon(AppIcon::Copy));
    m_copyButton->setAccessibleName(tr("Copy the ids not found"));
    m_copyButton->setToolTip(tr("Copy the ids that were not found, one per line"));

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
    m_titleLabel->setText(tr("Not found (%1)").arg(ids.size()));
    m_list->setAccessibleDescription(m_titleLabel->text());
    setVisible(!ids.isEmpty());
}

void MissingIdsPanel::copyIds()
{
    // Payment ids only: nothing sensitive.
    QApplication::clipboard()->setText(m_ids.join(u'\n'));
}

} // namespace portone
