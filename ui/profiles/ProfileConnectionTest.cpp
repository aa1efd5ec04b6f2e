#include "ui/profiles/ProfileConnectionTest.h"

#include "core/profiles/Profile.h"
#include "ui/common/Announce.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/Icons.h"
#include "ui/common/RequestLifecycle.h"
#include "ui/common/RequestProgress.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace portone {

namespace {

enum ChannelColumn
{
    ChannelNameColumn,
    ChannelPgColumn,
    ChannelTypeColumn,
    ChannelModeColumn,
    ChannelKeyColumn,
    ChannelColumnCount
};

QString channelTypeText(const QString &type)
{
    if (type == u"certification")
        return ProfileConnectionTest::tr("Certification");
    if (type == u"api_payment")
        return ProfileConnectionTest::tr("API payment");
    if (type == u"payment")
        return ProfileConnectionTest::tr("Payment window");
    return type;
}

} // namespace

ProfileConnectionTest::ProfileConnectionTest(QWidget *parent)
    : QWidget(parent)
    , m_connection(&m_network, &m_clock)
    , m_testButton(new QPushButton(tr("Test connection"), this))
    , m_resultLabel(new QLabel(this))
    , m_requests(RequestLifecycle::forPanel(m_connection, this, QStringLiteral("connection")))
    , m_channelResultLabel(new QLabel(this))
    , m_channelTable(new QTableWidget(0, ChannelColumnCount, this))
{
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setIcon(appIcon(AppIcon::Refresh));
    m_testButton->setAccessibleName(tr("Test connection"));
    m_testButton->setAutoDefault(false);
    m_testButton->setToolTip(tr("Gets a token with the keys in the form, then lists the PG "
                                "channels of the account. Nothing is saved."));

    auto *intro = new QLabel(tr("Uses the imp_key, address and Tier in the form, and the secret "
                                "typed above, or the stored secret when the field is empty."),
                             this);
    intro->setWordWrap(true);
    intro->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    m_resultLabel->setObjectName(QStringLiteral("connectionResultLabel"));
    m_resultLabel->setAccessibleName(tr("Connection test result"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel->hide();

    m_requests->errorPanel()->setAccessibleName(tr("Connection test error"));

    m_channelResultLabel->setObjectName(QStringLiteral("channelResultLabel"));
    m_channelResultLabel->setAccessibleName(tr("Channel list result"));
    m_channelResultLabel->setWordWrap(true);
    m_channelResultLabel->setTextFormat(Qt::PlainText);
    m_channelResultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_channelResultLabel->hide();
    m_resultLabel->setTextFormat(Qt::PlainText);

    m_channelTable->setObjectName(QStringLiteral("channelTableWidget"));
    m_channelTable->setAccessibleName(tr("PG channels of the account"));
    m_channelTable->setHorizontalHeaderLabels(
        { tr("Channel"), tr("PG (pg_provider/pg_id)"), tr("Type"), tr("Mode"), tr("Channel key") });
    m_channelTable->horizontalHeader()->setStretchLastSection(true);
    m_channelTable->verticalHeader()->hide();
    m_channelTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_channelTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_channelTable->setMinimumHeight(240);
    m_channelTable->hide();

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_testButton);
    buttonRow->addWidget(m_requests->progress(), 1);
    buttonRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(buttonRow);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_requests->errorPanel());
    layout->addWidget(m_channelResultLabel);
    layout->addWidget(m_channelTable, 1);

    connect(m_testButton, &QPushButton::clicked, this, [this] {
        if (!isBusy())
            Q_EMIT testRequested();
    });
    connect(m_requests, &RequestLifecycle::busyChanged, this,
            [this](bool busy) { m_testButton->setEnabled(!busy); });
    connect(&m_connection, &Connection::tokenStateChanged, this, [this](const TokenState &state) {
        if (state.status == TokenState::Status::Valid && !m_tokenIssued)
            showTokenIssued();
    });
}

ProfileConnectionTest::~ProfileConnectionTest() = default;

void ProfileConnectionTest::start(const Profile &profile,
                                  std::unique_ptr<CredentialSource> credentials)
{
    if (isBusy())
        return;
    clear();
    m_connection.open(profile, std::move(credentials), clientSettings(profile));
    // The channel list asks for the token first: step 1 is reported as soon as it is issued.
    m_requests->run<QList<PgChannel>>(
        tr("Getting a token and the channel list from %1…").arg(profile.baseUrl.host()),
        [](PortOneClient &client, QObject *context, PortOneClient::Done<QList<PgChannel>> done) {
            return client.getPgChannels(context, std::move(done));
        },
        [this](const QList<PgChannel> &channels) { showChannels(channels); },
        [this](const ApiError &error) {
            showFailure(error);
            return true;
        });
}

void ProfileConnectionTest::showTokenIssued()
{
    m_tokenIssued = true;
    m_resultLabel->setText(tr("imp_key and imp_secret accepted (token issued)."));
    m_resultLabel->show();
    announceStatus(m_resultLabel, m_resultLabel->text());
}

// Which step failed decides where it is shown: before the token, the keys are in question;
// after it, only the channel list is.
void ProfileConnectionTest::showFailure(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Cancelled) {
        if (!m_tokenIssued)
            showProblem(tr("The connection test was cancelled."));
        else
            showChannelFailure(error);
        return;
    }
    if (m_tokenIssued) {
        showChannelFailure(error);
        return;
    }
    m_resultLabel->setText(error.kind == ApiError::Kind::Auth
                               ? tr("imp_key and imp_secret refused: no token was issued.")
                               : tr("No token was issued: the keys could not be checked."));
    m_resultLabel->show();
    announceStatus(m_resultLabel, m_resultLabel->text());
    m_requests->showError(error);
    Q_EMIT resultShown();
}

void ProfileConnectionTest::showChannelFailure(const ApiError &error)
{
    m_channelResultLabel->setText(
        error.kind == ApiError::Kind::Cancelled
            ? tr("Channel list (GET /users/pg): cancelled.")
            : tr("Channel list (GET /users/pg) not available: %1. The keys themselves were "
                 "accepted.")
                  .arg(error.summary()));
    m_channelResultLabel->show();
    announceStatus(m_channelResultLabel, m_channelResultLabel->text());
    Q_EMIT resultShown();
}

void ProfileConnectionTest::showProblem(const QString &text)
{
    clear();
    m_resultLabel->setText(text);
    m_resultLabel->show();
    announceAlert(m_resultLabel, text);
    Q_EMIT resultShown();
}

void ProfileConnectionTest::cancel()
{
    m_requests->cancel();
}

QWidget *ProfileConnectionTest::testButton() const
{
    return m_testButton;
}

bool ProfileConnectionTest::isBusy() const
{
    return m_requests->isBusy();
}

// A test still running is dropped: the form shows another profile now.
void ProfileConnectionTest::clear()
{
    m_requests->clear();
    m_tokenIssued = false;
    m_resultLabel->clear();
    m_resultLabel->hide();
    m_requests->errorPanel()->clear();
    m_channelResultLabel->clear();
    m_channelResultLabel->hide();
    m_channelTable->setRowCount(0);
    m_channelTable->hide();
}

void ProfileConnectionTest::showChannels(const QList<PgChannel> &channels)
{
    if (!m_tokenIssued) // the channels came: the token was issued (normally shown already)
        showTokenIssued();
    m_channelResultLabel->setText(tr("Channel list (GET /users/pg): %n PG channel(s) configured.",
                                     nullptr, int(channels.size())));
    m_channelResultLabel->show();
    announceStatus(m_channelResultLabel, m_channelResultLabel->text());
    m_channelTable->setRowCount(int(channels.size()));
    for (int row = 0; row < channels.size(); ++row) {
        const PgChannel &channel = channels.at(row);
        const QStringList cells { channel.channelName, channel.pgProvider + u'/' + channel.pgId,
                                  channelTypeText(channel.type),
                                  channel.sandbox ? tr("Test") : tr("Live"), channel.channelKey };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == ChannelTypeColumn)
                item->setToolTip(channel.type);
            m_channelTable->setItem(row, column, item);
        }
    }
    m_channelTable->resizeColumnsToContents();
    m_channelTable->show();
    Q_EMIT resultShown();
}

} // namespace portone
