#pragma once

#include "sandbox/SandboxServer.h"
#include "ui/DeskSession.h"
#include "ui/common/Confirmer.h"

#include <QList>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace portone::test {

// Answers confirmations without a modal dialog and remembers what was asked.
class ScriptedConfirmer final : public Confirmer
{
public:
    bool confirm(QWidget *, const ConfirmationRequest &request) override
    {
        asked << request;
        return answers.isEmpty() ? false : answers.takeFirst();
    }
    QList<bool> answers; // next answers; "no" once empty
    QList<ConfirmationRequest> asked; // every request, in order
};

// A DeskSession on a throwaway settings file with the built-in sandbox active, as after
// "Try the built-in Sandbox". The keychain service name is private to the test process.
struct SandboxSessionFixture
{
    SandboxSessionFixture()
        : settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
        , session(settings,
                  QStringLiteral("PortOne Desk UI test %1").arg(QCoreApplication::applicationPid()))
    {
        session.setConfirmer(&confirmer);
        const QString problem = session.startSandbox();
        if (!problem.isEmpty())
            qFatal("sandbox: %s", qPrintable(problem));
    }
    sandbox::SandboxServer &server() { return *session.sandboxServer(); }

    QTemporaryDir dir;
    QSettings settings;
    ScriptedConfirmer confirmer;
    DeskSession session;
};

} // namespace portone::test
