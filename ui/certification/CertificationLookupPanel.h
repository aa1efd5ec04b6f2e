#pragma once

#include "core/api/CertificationModels.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace portone {

class CertificationResultPanel;
class DeskSession;
class FieldMessages;
class RequestLifecycle;
struct ApiError;

// Looks up one certification by imp_uid (GET /certifications/{imp_uid}) and deletes one
// (DELETE, after a confirmation naming the imp_uid: the record is erased from PortOne).
class CertificationLookupPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CertificationLookupPanel(DeskSession &session, QWidget *parent = nullptr);

    void lookUp();
    void deleteCertification();
    void cancel();
    bool isBusy() const;
    void setImpUid(const QString &impUid);
    void reset(); // profile switched: nothing of the previous account stays on screen

Q_SIGNALS:
    void personalDataRevealed(const QString &impUid, const QString &field);

private:
    bool checkImpUid();
    bool onDeleted(const QString &impUid, const QString &reason, const ApiError *error);

    DeskSession &m_session;
    FieldMessages *m_messages;
    QLineEdit *m_impUidEdit;
    QPushButton *m_lookUpButton;
    QPushButton *m_deleteButton;
    RequestLifecycle *m_requests;
    QLabel *m_statusLabel;
    CertificationResultPanel *m_resultPanel;
};

} // namespace portone
