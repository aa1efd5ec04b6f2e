#pragma once

#include "core/api/ApiError.h"
#include "core/profiles/Profile.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace portone {

class FieldMessages;
class KeychainBanner;

// The form of one merchant profile: name, live marker, imp_key, imp_secret (typed only; the
// stored secret is never read back into the field), Tier code, default channel keys, and under
// "Advanced" the API base URL and the two request timeouts. Messages appear under each field;
// what was typed is kept. A saved profile's secret belongs to its saved server: when the base
// URL points elsewhere, the form says next to the secret field that it must be typed again.
class ProfileEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileEditor(QWidget *parent = nullptr);

    void loadProfile(const Profile &profile);
    void startNew();
    // The form's values; id is the edited profile's (empty for a new one).
    Profile profile() const;
    QString editedId() const { return m_id; }
    void setEditedId(const QString &id);
    bool isNew() const { return m_id.isEmpty(); }

    QString typedSecret() const;
    void clearTypedSecret();
    // A saved profile whose base URL in the form is another server than the saved one; the
    // imp_secret field then says serverChangedText() until a secret is typed.
    bool serverChanged() const;
    static QString serverChangedText();

    void showErrors(const FieldErrors &errors);
    void setFieldMessage(const QString &field, const std::optional<QString> &message);
    QString fieldMessage(const QString &field) const;
    void setSecretStatus(const QString &text);
    QString secretStatus() const;
    KeychainBanner *keychainBanner() const { return m_banner; }
    // First and last inputs of the form, for the dialog's tab order.
    QWidget *firstInput() const;
    QWidget *lastInput() const;

Q_SIGNALS:
    void secretTypedChanged(bool hasTypedSecret);

private:
    void buildForm();
    void setTabOrder();
    QWidget *buildAdvanced();
    void recheck(const QString &field, bool onlyIfShown);
    void updateHeader();
    void setAdvancedVisible(bool visible);
    void updateServerNote();

    QString m_id;
    FieldMessages *m_messages;
    QLabel *m_headerLabel;
    QLabel *m_liveBandLabel;
    QLineEdit *m_nameEdit;
    QCheckBox *m_liveCheck;
    QCheckBox *m_readOnlyCheck;
    QLineEdit *m_impKeyEdit;
    QLineEdit *m_secretEdit;
    QLabel *m_secretStatusLabel;
    bool m_serverNoteShown = false; // the imp_secret message is the server note
    QUrl m_savedBaseUrl; // of the loaded saved profile
    KeychainBanner *m_banner;
    QLineEdit *m_tierEdit;
    QLineEdit *m_certificationChannelEdit;
    QLineEdit *m_billingChannelEdit;
    QLineEdit *m_benepiaChannelEdit;
    QToolButton *m_advancedButton;
    QWidget *m_advancedWidget = nullptr;
    QLineEdit *m_baseUrlEdit;
    QSpinBox *m_lookupTimeoutSpin;
    QSpinBox *m_pgTimeoutSpin;
};

} // namespace portone
