#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// JSON Lines files shared by HistoryStore and AuditLog. Internal to core/history.
namespace portone::jsonl {

struct Line
{
    int number = 0; // 1-based line number in the file; 0 when read from the tail only
    QByteArray bytes; // without the '\n'
    std::optional<QJsonObject> object; // empty when the line is not one JSON object
    bool terminated = true; // false for a last line without '\n' (a write cut short)
};

// Every non-empty line of the file, in order (an absent file has none).
QList<Line> readLines(const QString &path);
// The complete lines within the last `maxBytes` of the file (all of them for a smaller file).
QList<Line> readTail(const QString &path, qint64 maxBytes);

enum class Durability
{
    Flushed, // handed to the operating system
    Synced, // and on the disk (fsync) before appendLine returns
};

// Appends `line` + '\n' with a single write and flushes it. When the file does not end with
// '\n' (an earlier write was cut short), a '\n' is written first in the same write, so the
// new line never glues onto the broken one. A new file is created 0600, and an existing one is
// narrowed to 0600. Returns the error text, or nothing on success.
std::optional<QString> appendLine(const QString &path, const QByteArray &line,
                                  Durability durability = Durability::Flushed);

} // namespace portone::jsonl
