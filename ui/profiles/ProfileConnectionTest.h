#pragma once

#include "core/api/ReferenceModels.h"
#include "core/api/Result.h"
#include "core/connection/Connection.h"
#include "core/util/Clock.h"

#include <QNetworkAccessManager>
#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace portone {

class RequestLifecycle;
struct ApiError;

// "Test connection" of the profile being edited, in two steps reported apart: a token with the
// form's keys ("accepted", or the refusal with status, code and message), then the PG channels
// from GET /users/pg on a line of their own, so that a server without that route does not make
// valid keys look rejected. It opens its own Connection for the edited, unsaved profile on its
// own network manager, so the main window's active profile is never disturbed.
class ProfileConnectionTest : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileConnectionTest(QWidget *parent = nullptr);
    ~ProfileConnectionTest() override;

    // Runs the test with the profile's base URL and Tier and the given credentials.
    void start(const Profile &profile, std::unique_ptr<CredentialSource> credentials);
    // Shows why the test cannot run (e.g. no secret to test with).
    void showProblem(const QString &text);
    void cancel();
    bool isBusy() const;
    void clear();
    QWidget *testButton() const;

Q_SIGNALS:
    // The operator pressed "Test connection"; the owner answers with start() or showProblem().
    void testRequested();
    // A result (channels, an error or a problem) is now shown.
    void resultShown();

private:
    void showFailure(const ApiError &error);
    void showTokenIssued();
    void showChannels(const QList<PgChannel> &channels);
    void showChannelFailure(const ApiError &error);

    QNetworkAccessManager m_network;
    SystemClock m_clock;
    Connection m_connection; // after the network manager and the clock it uses
    QPushButton *m_testButton;
    QLabel *m_resultLabel; // step 1: the token
    RequestLifecycle *m_requests;
    QLabel *m_channelResultLabel; // step 2: GET /users/pg
    bool m_tokenIssued = false;
    QTableWidget *m_channelTable;
};

} // namespace portone
