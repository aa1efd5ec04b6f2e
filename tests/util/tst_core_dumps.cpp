// No core dump can write card numbers or secrets to disk: the desk disables them first thing.
#include "core/util/CoreDumps.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sys/prctl.h>
#include <sys/resource.h>

class TestCoreDumps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First: the app must not inherit this process's limit once it is disabled below.
    void theAppRunsWithoutCoreDumps();
    void disablingIsReadBack();
};

void TestCoreDumps::disablingIsReadBack()
{
    rlimit before {};
    QCOMPARE(getrlimit(RLIMIT_CORE, &before), 0);
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1); // a test process starts dumpable
    QVERIFY(!portone::coreDumpsDisabled());

    QVERIFY(portone::disableCoreDumps());
    QVERIFY(portone::coreDumpsDisabled());
    rlimit after {};
    QCOMPARE(getrlimit(RLIMIT_CORE, &after), 0);
    QCOMPARE(after.rlim_cur, rlim_t(0));
    QCOMPARE(after.rlim_max, rlim_t(0));
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
}

// The real binary, as started from the menu: its limits while it runs say "Max core file size
// 0 0". It inherits this process's limits, whose hard limit is not 0: the app sets it itself.
void TestCoreDumps::theAppRunsWithoutCoreDumps()
{
    rlimit inherited {};
    QCOMPARE(getrlimit(RLIMIT_CORE, &inherited), 0);
    if (inherited.rlim_max == 0)
        QSKIP("core dumps are already off for this process tree: the app's own setting cannot "
              "be told apart");
    const QString binary = qEnvironmentVariable("PORTONE_DESK_BINARY");
    QVERIFY2(QFile::exists(binary), qPrintable(binary));
    QTemporaryDir home;
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(environment);
    app.start(binary,
              { QStringLiteral("--sandbox"), QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY(app.waitForStarted());
    const QString limits = QStringLiteral("/proc/%1/limits").arg(app.processId());
    QByteArray line;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QFile file(limits);
            if (!file.open(QIODevice::ReadOnly))
                return false;
            const QList<QByteArray> lines = file.readAll().split('\n');
            for (const QByteArray &candidate : lines) {
                if (candidate.startsWith("Max core file size"))
                    line = candidate.simplified();
            }
            return line == "Max core file size 0 0 bytes";
        }(),
        5000);
    app.terminate();
    QVERIFY(app.waitForFinished(5000));
}

QTEST_GUILESS_MAIN(TestCoreDumps)
#include "tst_core_dumps.moc"
