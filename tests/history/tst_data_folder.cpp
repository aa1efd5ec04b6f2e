// The data folder is private: created 0700, history files and the settings file 0600; a folder
// that is a symbolic link or belongs to another account is refused with a sentence.
#include "core/history/DataFolder.h"
#include "core/history/HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace portone;
using namespace Qt::StringLiterals;

namespace {

int modeOf(const QString &path)
{
    struct stat status
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 07777);
}

} // namespace

class TestDataFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { dir = std::make_unique<QTemporaryDir>(); }
    void cleanup() { dir.reset(); }

    void createdPrivate()
    {
        const QString path = dir->filePath(u"share/portone-desk"_s);
        QCOMPARE(datafolder::prepare(path), std::nullopt);
        QCOMPARE(modeOf(path), 0700);
        // An existing folder that others could read is narrowed.
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0755) == 0);
        QCOMPARE(datafolder::prepare(path), std::nullopt);
        QCOMPARE(modeOf(path), 0700);
    }

    void symbolicLinkRefused()
    {
        const QString target = dir->filePath(u"elsewhere"_s);
        QVERIFY(QDir().mkpath(target));
        const int targetMode = modeOf(target);
        const QString link = dir->filePath(u"portone-desk"_s);
        QVERIFY(QFile::link(target, link));
        const std::optional<QString> problem = datafolder::prepare(link);
        QVERIFY(problem);
        QVERIFY2(problem->contains(u"symbolic link"_s), qPrintable(*problem));
        QVERIFY(problem->contains(link));
        QCOMPARE(modeOf(target), targetMode); // left alone
    }

    void fileInItsPlaceRefused()
    {
        const QString path = dir->filePath(u"portone-desk"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(datafolder::prepare(path));
    }

    void otherAccountsFolderRefused()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to give a folder to another account");
        const QString path = dir->filePath(u"portone-desk"_s);
        QVERIFY(QDir().mkpath(path));
        QVERIFY(::chown(QFile::encodeName(path).constData(), 65534, 65534) == 0);
        const int mode = modeOf(path);
        const std::optional<QString> problem = datafolder::prepare(path);
        QVERIFY(problem);
        QVERIFY2(problem->contains(u"another user account"_s), qPrintable(*problem));
        QCOMPARE(modeOf(path), mode); // left alone
    }

    void historyFilesPrivate()
    {
        const QString folder = dir->filePath(u"history"_s);
        QCOMPARE(datafolder::prepare(folder), std::nullopt);
        HistoryStore store(folder);
        HistoryRecord record;
        record.time = QDateTime::currentDateTimeUtc();
        record.operation = u"customer_view"_s;
        QVERIFY(store.append(record));
        const QStringList files = QDir(folder).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        const QString file = QDir(folder).filePath(files.first());
        QCOMPARE(modeOf(file), 0600);
        QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
        QVERIFY(store.append(record));
        QCOMPARE(modeOf(file), 0600);
    }

    void settingsFilePrivate()
    {
        const QString path = dir->filePath(u"config/PortOneDesk/portone-desk.conf"_s);
        QVERIFY(datafolder::makePrivateFile(path));
        QCOMPARE(modeOf(path), 0600);
        {
            QSettings settings(path, QSettings::NativeFormat);
            settings.setValue(u"app/language"_s, u"ko"_s);
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
        }
        QCOMPARE(modeOf(path), 0600); // rewritten, still private
        QCOMPARE(QSettings(path, QSettings::NativeFormat).value(u"app/language"_s), u"ko"_s);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        QVERIFY(datafolder::makePrivateFile(path));
        QCOMPARE(modeOf(path), 0600);
    }

private:
    std::unique_ptr<QTemporaryDir> dir;
};

QTEST_GUILESS_MAIN(TestDataFolder)
#include "tst_data_folder.moc"
