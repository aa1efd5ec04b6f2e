#include "core/history/JsonLines.h"

#include <QFile>
#include <QJsonDocument>

namespace portone::jsonl {

QList<Line> readLines(const QString &path)
{
    QList<Line> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QByteArray data = file.readAll();
    qsizetype start = 0;
    int number = 0;
    while (start < data.size()) {
        ++number;
        qsizetype end = data.indexOf('\n', start);
        const bool terminated = end >= 0;
        if (!terminated)
            end = data.size();
        Line line;
        line.number = number;
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

std::optional<QString> appendLine(const QString &path, const QByteArray &line)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered))
        return QStringLiteral("Cannot open %1: %2").arg(path, file.errorString());
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
    return std::nullopt;
}

} // namespace portone::jsonl
