#include "core/profiles/Profile.h"
#include "ui/DeskSession.h"
#include "ui/profiles/ProfileConnectionTest.h"
#include "ui/profiles/ProfileEditor.h"
#include "ui/profiles/ProfilesDialog.h"
#include "ui/profiles/StoredSecretCredentialSource.h"

#include <QScrollArea>

namespace portone {

// "Test connection" of the form as it is, and which secret it may use: the one typed, or the
// stored one, but only for the address the profile was saved with.

void ProfilesDialog::testConnection()
{
    if (m_connectionTest->isBusy())
        return;
    const Profile profile = m_editor->profile();
    FieldErrors errors;
    const FieldErrors all = validate(profile);
    for (const FieldError &error : all) {
        if (error.field != u"name")
            errors.append(error);
    }
    if (!errors.isEmpty()) {
        m_editor->showErrors(errors);
        m_connectionTest->showProblem(tr("Correct the marked fields first."));
        return;
    }
    const QString secret = m_editor->typedSecret();
    m_scrollArea->ensureWidgetVisible(m_connectionTest);
    if (!secret.isEmpty()) {
        m_connectionTest->start(
            profile,
            std::make_unique<FixedCredentialSource>(ApiCredentials { profile.impKey, secret }));
    } else if (m_editor->serverChanged()) {
        m_connectionTest->showProblem(
            tr("Type the imp_secret to test this address: the stored secret is only sent to the "
               "saved address."));
    } else if (!profile.id.isEmpty()) {
        m_connectionTest->start(profile,
                                std::make_unique<StoredSecretCredentialSource>(
                                    profile.impKey, profile.id, m_session.secrets()));
    } else {
        m_editor->setFieldMessage(QStringLiteral("imp_secret"),
                                  tr("Type the imp_secret to test a profile that is not saved "
                                     "yet."));
        m_connectionTest->showProblem(tr("There is no secret to test with yet."));
    }
}

} // namespace portone
