#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace portone::test {

// One secret to look for, under a name for the report.
struct Canary
{
    QString name;
    QString value;
};

// Where a canary was found.
struct CanaryHit
{
    QString canary;
    QString where; // a file path, or "clipboard #n"
    QString form; // "utf-8", "utf-16le" or "percent-encoded"
};

// The byte forms a text can take on disk or in transit: UTF-8, UTF-16LE and percent-encoded
// (upper- and lower-case hex).
QList<std::pair<QString, QByteArray>> byteForms(const QString &value);

// Every occurrence of every canary, in any of its byte forms, in data.
QList<CanaryHit> searchBytes(const QByteArray &data, const QList<Canary> &canaries,
                             const QString &where);

// Every regular file under root (hidden ones included, symlinks not followed), searched.
QList<CanaryHit> searchTree(const QString &root, const QList<Canary> &canaries,
                            QStringList *searchedFiles);

// One line a hit: "<canary> in <where> (<form>)", for a failure message.
QString describe(const QList<CanaryHit> &hits);

} // namespace portone::test
