#include "core/history/JsonLines.h"

#include "core/history/DataFolder.h"

#include <QFile>
#include <QJsonDocument>

#ifdef Q_OS_UNIX
#    include <unistd.h>
#endif

namespace portone::jsonl {

namespace {

// The lines of `data`, numbered from 1 when `numbered` (else 0).
QList<Line> splitLines(const QByteArray &data, bool numbered)
{
    QList<Line> out;
    qsizetype start = 0;
    int number = 0;
    while (start < data.size()) {
        ++number;
        qsizetype end = data.indexOf('\n', start);
        const bool terminated = end >= 0;
        if (!terminated)
            end = data.size();
        Line line;
        line.number = numbered ? number : 0;
        line.bytes = data.mid(start, end - start);
        line.terminated = terminated;
        start = end + 1;
        if (line.bytes.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.bytes, &error);
        if (error.error == QJsonParseError::NoError && document.isObject())
            line.object = document.object();
        out.append(line);
    }
    return out;
}

} // namespace

QList<Line> readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return splitLines(file.readAll(), true);
}

QList<Line> readTail(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const qint64 size = file.size();
    if (size <= maxBytes)
        return splitLines(file.readAll(), true);
    if (!file.seek(size - maxBytes))
        return {};
    QByteArray data = file.read(maxBytes);
    const qsizetype firstEnd = data.indexOf('\n');
    if (firstEnd < 0)
        return {}; // the window lies inside one line
    data.remove(0, firstEnd + 1); // the first line began before the window
    return splitLines(data, false);
}

std::optional<QString> appendLine(const QString &path, const QByteArray &line,
                                  Durability durability)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered,
                   datafolder::OwnerOnly))
        return QStringLiteral("Cannot open %1: %2").arg(path, file.errorString());
    if (!datafolder::restrictToOwner(path))
        return QStringLiteral("Cannot make %1 private (mode 0600).").arg(path);
    QByteArray data;
    data.reserve(line.size() + 2);
    if (file.size() > 0) {
        char last = '\n';
        if (!file.seek(file.size() - 1) || !file.getChar(&last))
            return QStringLiteral("Cannot read %1: %2").arg(path, file.errorString());
        if (last != '\n')
            data += '\n';
    }
    data += line;
    data += '\n';
    // O_APPEND: the write goes to the end whatever the read position.
    const qint64 written = file.write(data);
    if (written != data.size() || !file.flush())
        return QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
#ifdef Q_OS_UNIX
    if (durability == Durability::Synced && ::fsync(file.handle()) != 0)
        return QStringLiteral("Cannot write %1 to the disk (fsync failed).").arg(path);
#else
    Q_UNUSED(durability)
#endif
    return std::nullopt;
}

} // namespace portone::jsonl
