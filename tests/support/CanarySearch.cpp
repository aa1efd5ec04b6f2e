#include "tests/support/CanarySearch.h"

#include <QDirIterator>
#include <QFile>
#include <QUrl>

namespace portone::test {

QList<std::pair<QString, QByteArray>> byteForms(const QString &value)
{
    QList<std::pair<QString, QByteArray>> forms;
    forms.append({ QStringLiteral("utf-8"), value.toUtf8() });
    QByteArray utf16;
    for (const QChar ch : value) {
        utf16.append(char(ch.unicode() & 0xff));
        utf16.append(char(ch.unicode() >> 8));
    }
    forms.append({ QStringLiteral("utf-16le"), utf16 });
    const QByteArray percent = QUrl::toPercentEncoding(value);
    if (percent != value.toUtf8()) {
        forms.append({ QStringLiteral("percent-encoded"), percent });
        forms.append({ QStringLiteral("percent-encoded"), percent.toLower() });
    }
    return forms;
}

QList<CanaryHit> searchBytes(const QByteArray &data, const QList<Canary> &canaries,
                             const QString &where)
{
    QList<CanaryHit> hits;
    for (const Canary &canary : canaries) {
        for (const auto &[form, bytes] : byteForms(canary.value)) {
            if (!bytes.isEmpty() && data.contains(bytes))
                hits.append({ canary.name, where, form });
        }
    }
    return hits;
}

QList<CanaryHit> searchTree(const QString &root, const QList<Canary> &canaries,
                            QStringList *searchedFiles)
{
    QList<CanaryHit> hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            hits.append({ QStringLiteral("(unreadable file)"), path, QString() });
            continue;
        }
        searchedFiles->append(path);
        hits += searchBytes(file.readAll(), canaries, path);
    }
    return hits;
}

QString describe(const QList<CanaryHit> &hits)
{
    QStringList lines;
    for (const CanaryHit &hit : hits)
        lines << QStringLiteral("%1 in %2 (%3)").arg(hit.canary, hit.where, hit.form);
    return lines.join(u'\n');
}

} // namespace portone::test
