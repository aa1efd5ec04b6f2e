#pragma once

#include "core/api/CertificationModels.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace portone {

class DeskSession;
class ResultView;

// One certification result as the operator reads it out: name, birthday, phone, carrier, ...
// CI (unique_key) and DI (unique_in_site) stay masked until "Reveal CI/DI" is pressed, and are
// never copyable; the raw JSON tab is redacted by ResultView. Revealing asks a reason, which goes
// to the audit log with the imp_uid; when that entry cannot be written, nothing is revealed.
class CertificationResultPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CertificationResultPanel(DeskSession &session, QWidget *parent = nullptr);

    void showCertification(const Certification &certification); // CI/DI masked again
    void clear();
    bool isEmpty() const { return m_certification.impUid.isEmpty(); }
    bool isPersonalDataShown() const { return m_revealed; }
    ResultView *view() const { return m_view; }

    // Row labels, for the view and for tests.
    static QString ciLabel();
    static QString diLabel();

Q_SIGNALS:
    // field: the API name, "unique_key" or "unique_in_site". After the audit entry is written.
    void personalDataRevealed(const QString &impUid, const QString &field);

private:
    void reveal();
    void fillRows();

    DeskSession &m_session;
    Certification m_certification;
    bool m_revealed = false;
    ResultView *m_view;
    QPushButton *m_revealButton;
    QLabel *m_revealRefused; // why the last reveal was refused (the audit entry failed)
};

} // namespace portone
