#pragma once

// Acts on a ProfilesDialog like an operator: finds controls by object name, types, clicks.
#include "core/profiles/ProfileStore.h"
#include "core/profiles/SecretStore.h"
#include "ui/DeskSession.h"
#include "ui/profiles/ProfilesDialog.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

namespace portone::test {

inline const QString SandboxImpKey = QStringLiteral("sandbox_imp_key_0001");
inline const QString SandboxSecret
    = QStringLiteral("sandbox_imp_secret_0001_do_not_use_in_production");
constexpr int KeychainWait = 15000;

// Empty when the Secret Service answers (the README's test command provides one); otherwise
// why not.
inline QString keychainProblem()
{
    SecretStore probe(
        QStringLiteral("PortOne Desk UI probe %1").arg(QCoreApplication::applicationPid()));
    std::optional<SecretResult<bool>> answer;
    probe.hasSecret(QStringLiteral("probe"), nullptr,
                    [&answer](const SecretResult<bool> &r) { answer.emplace(r); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, KeychainWait))
        return QStringLiteral("The Secret Service did not answer.");
    if (answer->ok())
        return {};
    return QStringLiteral("No usable Secret Service (%1); run inside dbus-run-session with an "
                          "unlocked gnome-keyring.")
        .arg(answer->error().text());
}

struct ProfilesDialogDriver
{
    ProfilesDialog &dialog;

    template<typename T> T *get(const char *objectName) const
    {
        auto *widget = dialog.findChild<T *>(QString::fromLatin1(objectName));
        if (!widget)
            qFatal("no widget %s", objectName);
        return widget;
    }
    QLineEdit *edit(const char *objectName) const { return get<QLineEdit>(objectName); }
    QString labelText(const char *objectName) const { return get<QLabel>(objectName)->text(); }
    bool labelShown(const char *objectName) const { return !get<QLabel>(objectName)->isHidden(); }
    void click(const char *objectName) const
    {
        QTest::mouseClick(get<QAbstractButton>(objectName), Qt::LeftButton);
    }
    // Clicks a check box on its indicator, where an operator clicks.
    void toggle(const char *objectName) const
    {
        auto *box = get<QCheckBox>(objectName);
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
    }
    void retype(const char *objectName, const QString &text) const
    {
        QLineEdit *line = edit(objectName);
        line->setFocus();
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Delete);
        QTest::keyClicks(line, text);
    }
    void showAdvanced() const
    {
        auto *toggle = get<QToolButton>("advancedToolButton");
        if (!toggle->isChecked())
            QTest::mouseClick(toggle, Qt::LeftButton);
    }
    // A new profile's form, filled as an operator would; does not press Save.
    void fillNew(const QString &name, const QString &impKey, const QString &secret,
                 const QString &baseUrl) const
    {
        click("addProfileButton");
        retype("nameLineEdit", name);
        retype("impKeyLineEdit", impKey);
        retype("impSecretLineEdit", secret);
        showAdvanced();
        retype("baseUrlLineEdit", baseUrl);
    }
    // Adds a profile through the form and waits until its secret is stored; returns its id.
    QString addSaved(DeskSession &session, const QString &name, const QUrl &baseUrl) const
    {
        fillNew(name, SandboxImpKey, SandboxSecret, baseUrl.toString());
        click("saveProfileButton");
        if (!QTest::qWaitFor(
                [this] { return secretStatus() == u"A secret is stored in the keychain."; },
                KeychainWait))
            qWarning("secret not stored: %s / %s", qPrintable(status()),
                     qPrintable(labelText("imp_secretMessageLabel")));
        const auto saved = session.profiles().findByName(name);
        return saved ? saved->id : QString();
    }
    QString secretStatus() const { return labelText("secretStatusLabel"); }
    QString status() const { return labelText("statusLabel"); }
    QListWidget *list() const { return get<QListWidget>("profileListWidget"); }
    QTableWidget *channels() const { return get<QTableWidget>("channelTableWidget"); }
    void select(const QString &name) const
    {
        const auto items = list()->findItems(name, Qt::MatchStartsWith);
        if (items.isEmpty())
            qFatal("no profile %s in the list", qPrintable(name));
        list()->setCurrentItem(items.first());
    }
    // PORTONE_SHOTS_DIR set: saves a picture of the dialog there (for looking at the layout).
    void shoot(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("PORTONE_SHOTS_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(50); // let pending layouts and scrolling settle
        dialog.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }
};

} // namespace portone::test
