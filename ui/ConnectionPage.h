#pragma once

#include "core/api/CallHandle.h"
#include "core/api/ReferenceModels.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace portone {

class DeskSession;
struct ApiError;

// The connection overview of the active profile: its API address, and the PG channels that
// GET /users/pg answers with its keys — the proof that the keys work.
class ConnectionPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionPage(DeskSession &session, QWidget *parent = nullptr);

    void checkConnection();
    void cancel();
    bool isBusy() const;

private:
    void showProfile();
    void setBusy(bool busy);
    void showChannels(const QList<PgChannel> &channels);
    void showError(const ApiError &error);

    DeskSession &m_session;
    CallHandle m_call;
    QLabel *m_addressLabel;
    QLabel *m_resultLabel;
    QProgressBar *m_progress;
    QPushButton *m_checkButton;
    QPushButton *m_cancelButton;
    QTableWidget *m_channelTable;
};

} // namespace portone
