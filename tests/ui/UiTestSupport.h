#pragma once

#include "app/BuiltInSandbox.h"
#include "sandbox/SandboxServer.h"
#include "ui/DeskSession.h"
#include "ui/Language.h"
#include "ui/common/Prompts.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QLabel>
#include <QList>
#include <QScopeGuard>
#include <QSettings>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

namespace portone::test {

// The widget of that object name under root; a missing one ends the test run.
template<typename T> T *child(QWidget &root, const char *name)
{
    T *found = root.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no %s", name);
    return found;
}

// Answers every prompt without a modal dialog, as scripted, and remembers what was asked.
class ScriptedPrompts final : public Prompts
{
public:
    bool confirm(QWidget *, const ConfirmationRequest &request) override
    {
        asked << request;
        return answers.isEmpty() ? false : answers.takeFirst();
    }
    std::optional<TypedConfirmation> confirmTyped(QWidget *,
                                                  const TypedConfirmationRequest &request) override
    {
        typedAsked << request;
        if (typedAnswers.isEmpty())
            return std::nullopt;
        std::optional<TypedConfirmation> answer = typedAnswers.takeFirst();
        const QString typed = typedTexts.isEmpty() ? request.expectedText : typedTexts.takeFirst();
        // The dialog keeps its accept button disabled until the typed text matches.
        if (typed != request.expectedText)
            return std::nullopt;
        return answer;
    }
    std::optional<QString> askReason(QWidget *, const ReasonRequest &request) override
    {
        reasonAsked << request;
        if (reasonAnswers.isEmpty())
            return std::nullopt;
        const std::optional<QString> answer = reasonAnswers.takeFirst();
        // The dialog keeps its accept button disabled until a reason is typed.
        if (answer && answer->trimmed().isEmpty())
            return std::nullopt;
        return answer ? std::optional<QString>(answer->trimmed()) : std::nullopt;
    }
    QList<bool> answers; // next answers; "no" once empty
    QList<ConfirmationRequest> asked; // every request, in order
    // Typed confirmations: the next answers (nullopt = declined; declined once empty), and
    // optionally what the operator types (a mismatch with expectedText means declined, as
    // the dialog keeps its accept button disabled).
    QList<std::optional<TypedConfirmation>> typedAnswers;
    QStringList typedTexts;
    QList<TypedConfirmationRequest> typedAsked;
    // Reasons: the next answers (nullopt = declined; declined once empty).
    QList<std::optional<QString>> reasonAnswers;
    QList<ReasonRequest> reasonAsked;

    void tell(QWidget *, const Notice &notice) override { told << notice; }
    std::optional<QString> chooseFileToSave(QWidget *, const FileRequest &request) override
    {
        saveAsked << request;
        return savePaths.isEmpty() ? std::nullopt : savePaths.takeFirst();
    }
    std::optional<QString> chooseFileToOpen(QWidget *, const FileRequest &request) override
    {
        openAsked << request;
        return openPaths.isEmpty() ? std::nullopt : openPaths.takeFirst();
    }
    std::optional<CsvColumnChoice> chooseCsvColumn(QWidget *, const QStringList &firstRow) override
    {
        columnsAsked << firstRow;
        return columnAnswers.isEmpty() ? std::nullopt : columnAnswers.takeFirst();
    }
    QList<Notice> told; // every notice, acknowledged at once
    // Files: the next answers (nullopt = cancelled; cancelled once empty).
    QList<std::optional<QString>> savePaths;
    QList<FileRequest> saveAsked;
    QList<std::optional<QString>> openPaths;
    QList<FileRequest> openAsked;
    // CSV columns: the next answers (nullopt = cancelled; cancelled once empty), and the first
    // rows offered.
    QList<std::optional<CsvColumnChoice>> columnAnswers;
    QList<QStringList> columnsAsked;
};

// A DeskSession on a throwaway settings file with the built-in sandbox active, as after
// "Try the built-in Sandbox". The keychain service name is private to the test process.
struct SandboxSessionFixture
{
    SandboxSessionFixture()
        : settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
        , session(settings, dir.filePath(QStringLiteral("data")), &builtInSandbox,
                  QStringLiteral("PortOne Desk UI test %1").arg(QCoreApplication::applicationPid()))
    {
        session.setPrompts(&prompts);
        const QString problem = session.startSandbox();
        if (!problem.isEmpty())
            qFatal("sandbox: %s", qPrintable(problem));
        if (backend.listen() == 0)
            qFatal("the second sandbox could not listen");
    }
    // The session's built-in sandbox (only while the Sandbox profile is active).
    sandbox::SandboxServer &server()
    {
        if (!builtInSandbox.server())
            qFatal("the built-in sandbox is stopped: the Sandbox profile is not active");
        return *builtInSandbox.server();
    }

    // A second sandbox standing in for a merchant's server, for saved profiles: the built-in
    // one stops when the window leaves the Sandbox profile.
    sandbox::SandboxServer backend;

    // Saves a read-only profile ("look-ups only") on the second sandbox and makes it active.
    bool activateReadOnlyProfile()
    {
        Profile support;
        support.name = QStringLiteral("고객지원 (read-only)");
        support.impKey = sandbox::SandboxServer::defaultAccount().impKey;
        support.baseUrl = backend.baseUrl();
        support.readOnly = true;
        if (!session.profiles().add(support).isEmpty())
            return false;
        session.secrets().setSessionOnlySecret(support.id,
                                               sandbox::SandboxServer::defaultAccount().impSecret);
        return session.activateProfile(support.id);
    }

    QTemporaryDir dir;
    QSettings settings;
    ScriptedPrompts prompts;
    BuiltInSandbox builtInSandbox; // the app's launcher, as main() hands it in
    DeskSession session;
};

// The next modal dialog, as the real DialogPrompts shows it (session.setPrompts(nullptr)): once
// it is up, `inspect` sees it (e.g. to take its picture), its labels' texts are kept, and it is
// rejected. Create it before the click that opens the dialog.
class NextDialog : public QObject
{
public:
    explicit NextDialog(std::function<void(QDialog *)> inspect = {})
        : m_inspect(std::move(inspect))
    {
        m_poll.setInterval(20);
        connect(&m_poll, &QTimer::timeout, this, [this] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            m_poll.stop();
            const auto labels = dialog->findChildren<QLabel *>();
            for (const QLabel *label : labels)
                texts += label->text() + u'\n';
            if (m_inspect)
                m_inspect(dialog);
            dialog->reject();
        });
        m_poll.start();
    }
    QString texts; // empty until the dialog was seen

private:
    std::function<void(QDialog *)> m_inspect;
    QTimer m_poll;
};

// Installs the catalogues of a language (ours and Qt's) for one test; when the returned guard
// goes, every translator is removed and the next tests run in English again.
[[nodiscard]] inline auto translatedInto(const QString &language)
{
    if (!installTranslations(*QCoreApplication::instance(), language))
        QTest::qFail("the application's catalogue did not load", __FILE__, __LINE__);
    return qScopeGuard([] {
        const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    });
}

} // namespace portone::test
