#include "core/util/Csv.h"

#include <QStringDecoder>

namespace portone::csv {

namespace {
const QByteArray Utf8Bom = QByteArrayLiteral("\xEF\xBB\xBF");
}

QList<QStringList> parse(const QByteArray &utf8)
{
    // One byte order mark is skipped; QString::fromUtf8 would drop a second one too (a first
    // cell that starts with U+FEFF), so decode with the mark kept.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    const QString text = decoder.decode(utf8.startsWith(Utf8Bom) ? utf8.mid(3) : utf8);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false; // inside a quoted field
    bool fieldStarted = false; // the current row has content (a field or a separator)

    auto endField = [&] {
        row << field;
        field.clear();
    };
    auto endRow = [&] {
        if (fieldStarted) {
            endField();
            rows << row;
        }
        row.clear();
        fieldStarted = false;
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            endField();
            fieldStarted = true;
        } else if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n') {
            // CRLF: handled by the LF.
        } else if (c == u'\n' || c == u'\r') {
            endRow();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    endRow();
    return rows;
}

QStringList column(const QList<QStringList> &rows, int index, int firstRow)
{
    QStringList out;
    for (qsizetype r = firstRow; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        if (index >= 0 && index < row.size() && !row.at(index).trimmed().isEmpty())
            out << row.at(index).trimmed();
    }
    return out;
}

QString writeCell(const QString &cell)
{
    QString out = cell;
    if (!out.isEmpty()) {
        const QChar first = out.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            out.prepend(u'\'');
    }
    if (out.contains(u',') || out.contains(u'"') || out.contains(u'\n') || out.contains(u'\r')) {
        out.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        out = u'"' + out + u'"';
    }
    return out;
}

QByteArray write(const QList<QStringList> &rows)
{
    QByteArray out = Utf8Bom;
    for (const QStringList &row : rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QString &cell : row)
            cells << writeCell(cell);
        out += cells.join(u',').toUtf8();
        out += "\r\n";
    }
    return out;
}

} // namespace portone::csv
