#include "ui/ConnectionPage.h"

#include "core/api/PortOneClient.h"
#include "ui/DeskSession.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace portone {

namespace {

QString channelTypeText(const QString &type)
{
    if (type == u"certification")
        return ConnectionPage::tr("Certification");
    if (type == u"api_payment")
        return ConnectionPage::tr("API payment (billing keys)");
    if (type == u"payment")
        return ConnectionPage::tr("Payment window");
    return type;
}

} // namespace

ConnectionPage::ConnectionPage(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_addressLabel(new QLabel(this))
    , m_resultLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_checkButton(new QPushButton(tr("Check connection"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_channelTable(new QTableWidget(0, 5, this))
{
    auto *title = new QLabel(tr("<h2>Connection</h2>"), this);
    auto *intro = new QLabel(tr("PortOne Desk gets an access token with this profile's keys and "
                                "lists the PG channels configured for the account."),
                             this);
    intro->setWordWrap(true);

    m_addressLabel->setObjectName(QStringLiteral("addressLabel"));
    m_addressLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout;
    form->addRow(tr("API address:"), m_addressLabel);

    m_checkButton->setObjectName(QStringLiteral("checkConnectionButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_progress->setObjectName(QStringLiteral("busyProgressBar"));
    m_progress->setRange(0, 0); // busy: the duration of a request is unknown
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_progress);
    buttons->addStretch();

    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_channelTable->setObjectName(QStringLiteral("channelTableWidget"));
    m_channelTable->setHorizontalHeaderLabels(
        { tr("Channel"), tr("PG"), tr("Type"), tr("Mode"), tr("Channel key") });
    m_channelTable->horizontalHeader()->setStretchLastSection(true);
    m_channelTable->verticalHeader()->hide();
    m_channelTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_channelTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_channelTable->setSortingEnabled(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_channelTable, 1);

    connect(m_checkButton, &QPushButton::clicked, this, &ConnectionPage::checkConnection);
    connect(m_cancelButton, &QPushButton::clicked, this, &ConnectionPage::cancel);
    connect(&m_session, &DeskSession::activeProfileChanged, this, &ConnectionPage::showProfile);
    setBusy(false);
    showProfile();
}

void ConnectionPage::showProfile()
{
    m_addressLabel->setText(m_session.hasActiveProfile()
                                ? m_session.activeProfile().baseUrl.toString()
                                : tr("No profile is active."));
    m_channelTable->setRowCount(0);
    m_resultLabel->clear();
}

bool ConnectionPage::isBusy() const
{
    return m_call.isRunning();
}

void ConnectionPage::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_checkButton->setEnabled(!busy && m_session.hasActiveProfile());
}

void ConnectionPage::checkConnection()
{
    if (!m_session.hasActiveProfile() || isBusy())
        return;
    setBusy(true);
    m_resultLabel->setText(tr("Asking PortOne for the channel list…"));
    m_call = m_session.client()->getPgChannels(this, [this](Result<QList<PgChannel>> result) {
        setBusy(false);
        if (result.ok())
            showChannels(result.value());
        else
            showError(result.error());
    });
}

void ConnectionPage::cancel()
{
    m_call.cancel();
}

void ConnectionPage::showChannels(const QList<PgChannel> &channels)
{
    m_resultLabel->setText(
        tr("Connected. %n channel(s) configured.", nullptr, int(channels.size())));
    m_channelTable->setSortingEnabled(false);
    m_channelTable->setRowCount(int(channels.size()));
    for (int row = 0; row < channels.size(); ++row) {
        const PgChannel &channel = channels.at(row);
        const QStringList cells { channel.channelName, channel.pgProvider + u'/' + channel.pgId,
                                  channelTypeText(channel.type),
                                  channel.sandbox ? tr("Test") : tr("Live"), channel.channelKey };
        for (int column = 0; column < cells.size(); ++column)
            m_channelTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_channelTable->setSortingEnabled(true);
    m_channelTable->resizeColumnsToContents();
}

void ConnectionPage::showError(const ApiError &error)
{
    m_resultLabel->setText(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(error.summary().toHtmlEscaped(), error.explanation().toHtmlEscaped()));
}

} // namespace portone
