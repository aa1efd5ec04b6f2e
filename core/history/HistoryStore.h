#pragma once

#include "core/history/HistoryRecord.h"
#include "core/util/Clock.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace portone {

// The request history on disk: append-only JSON Lines files in one folder (the app passes
// QStandardPaths::AppLocalDataLocation + "/history", tests a temporary folder).
//
// Why JSON Lines and not SQLite: a record is written with a single append of one complete
// line, so a crash mid-write can at worst leave one truncated last line, which the reader skips
// and the next append starts after (it never glues onto a broken line); earlier records are
// never rewritten. It needs no extra Qt module or driver, and the files can be read by people
// and by grep when a support case is investigated.
//
// Files: "history-<yyyyMMdd-HHmmss-zzz>.jsonl"; a new file is started when the current one
// reaches maxFileBytes. Retention: files whose newest record is older than retentionDays are
// deleted, and records older than that are not returned by load().
class HistoryStore : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        qint64 maxFileBytes = 4 * 1024 * 1024;
        int retentionDays = 90;
        const Clock *clock = nullptr; // "now" for file names and retention; null: system time
    };

    explicit HistoryStore(QString directory, QObject *parent = nullptr);
    HistoryStore(QString directory, const Options &options, QObject *parent = nullptr);

    QString directory() const { return m_directory; }
    const Options &options() const { return m_options; }
    void setRetentionDays(int days); // at least 1

    // Appends one record (one line, one write, flushed). False if the disk refused; the reason
    // is in lastError(). Emits recordAppended on success.
    bool append(const HistoryRecord &record);
    QString lastError() const { return m_lastError; }

    // Every record within retention, oldest first. Broken lines (a write interrupted by a crash,
    // or edited by hand) are skipped and counted in skippedLines().
    QList<HistoryRecord> load() const;
    int skippedLines() const { return m_skippedLines; }

    // Deletes files that hold only records older than the retention (relative to `now`).
    // Not called by append(): the app calls it at start-up (and may call it daily).
    void prune();
    void prune(const QDateTime &now);

Q_SIGNALS:
    void recordAppended(const portone::HistoryRecord &record);

private:
    QDateTime now() const;

    QString m_directory;
    Options m_options;
    QString m_lastError;
    mutable int m_skippedLines = 0;
    QString m_currentFile;
};

} // namespace portone
