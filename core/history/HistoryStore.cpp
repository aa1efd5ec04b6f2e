#include "core/history/HistoryStore.h"

#include "core/history/DataFolder.h"
#include "core/history/JsonLines.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <algorithm>

namespace portone {

namespace {

const QString FilePrefix = QStringLiteral("history-");
const QString FileSuffix = QStringLiteral(".jsonl");

QStringList historyFiles(const QString &directory)
{
    QStringList names
        = QDir(directory).entryList({ FilePrefix + u'*' + FileSuffix }, QDir::Files, QDir::Name);
    for (QString &name : names)
        name = QDir(directory).filePath(name);
    return names;
}

// The records of one file, in file order; `broken` counts the lines that could not be read.
QList<HistoryRecord> readFile(const QString &path, int &broken)
{
    QList<HistoryRecord> out;
    const QList<jsonl::Line> lines = jsonl::readLines(path);
    for (const jsonl::Line &line : lines) {
        std::optional<HistoryRecord> record;
        if (line.object)
            record = HistoryRecord::fromJson(*line.object);
        if (record)
            out.append(*record);
        else
            ++broken;
    }
    return out;
}

} // namespace

HistoryStore::HistoryStore(QString directory, QObject *parent)
    : HistoryStore(std::move(directory), Options(), parent)
{ }

HistoryStore::HistoryStore(QString directory, const Options &options, QObject *parent)
    : QObject(parent)
    , m_directory(std::move(directory))
    , m_options(options)
{
    m_options.retentionDays = std::max(1, m_options.retentionDays);
}

void HistoryStore::setRetentionDays(int days)
{
    m_options.retentionDays = std::max(1, days);
}

bool HistoryStore::append(const HistoryRecord &record)
{
    if (const std::optional<QString> problem = datafolder::prepare(m_directory)) {
        m_lastError = *problem;
        return false;
    }
    if (m_currentFile.isEmpty() || !QFileInfo::exists(m_currentFile)) {
        const QStringList files = historyFiles(m_directory);
        m_currentFile = files.isEmpty() ? QString() : files.last();
    }
    if (m_currentFile.isEmpty() || QFileInfo(m_currentFile).size() >= m_options.maxFileBytes) {
        QDateTime stamp = now();
        QString name;
        do {
            name = QDir(m_directory)
                       .filePath(FilePrefix + stamp.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))
                                 + FileSuffix);
            stamp = stamp.addMSecs(1); // keeps names unique and in creation order
        } while (QFileInfo::exists(name));
        m_currentFile = name;
    }
    const QByteArray line = QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact);
    if (const auto error = jsonl::appendLine(m_currentFile, line)) {
        m_lastError = *error;
        return false;
    }
    m_lastError.clear();
    Q_EMIT recordAppended(record);
    return true;
}

QDateTime HistoryStore::now() const
{
    return m_options.clock ? m_options.clock->now() : SystemClock().now();
}

void HistoryStore::prune()
{
    prune(now());
}

QList<HistoryRecord> HistoryStore::load() const
{
    m_skippedLines = 0;
    const QDateTime oldest = now().addDays(-qint64(m_options.retentionDays));
    QList<HistoryRecord> out;
    const QStringList files = historyFiles(m_directory);
    for (const QString &path : files) {
        const QList<HistoryRecord> records = readFile(path, m_skippedLines);
        for (const HistoryRecord &record : records) {
            if (record.time >= oldest)
                out.append(record);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const HistoryRecord &a, const HistoryRecord &b) {
        return a.time < b.time;
    });
    return out;
}

void HistoryStore::prune(const QDateTime &now)
{
    const QDateTime oldest = now.toUTC().addDays(-qint64(m_options.retentionDays));
    const QStringList files = historyFiles(m_directory);
    for (const QString &path : files) {
        if (path == m_currentFile && QFileInfo(path).size() == 0)
            continue; // just started, nothing in it yet
        int broken = 0;
        const QList<HistoryRecord> records = readFile(path, broken);
        QDateTime newest;
        for (const HistoryRecord &record : records) {
            if (!newest.isValid() || record.time > newest)
                newest = record.time;
        }
        if (!newest.isValid()) // nothing readable: judge by when the file was last written
            newest = QFileInfo(path).lastModified().toUTC();
        if (newest < oldest && QFile::remove(path) && path == m_currentFile)
            m_currentFile.clear();
    }
}

} // namespace portone
