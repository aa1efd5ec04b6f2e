#include "core/util/Csv.h"

#include <QDate>
#include <QFile>
#include <QStringDecoder>
#include <array>
#include <cstdio>

namespace portone::csv {

namespace {

const QByteArray Utf8Bom = QByteArrayLiteral("\xEF\xBB\xBF");

// Whether writeCell puts an apostrophe before the cell: it starts with a character that makes
// a spreadsheet read it as a formula, maybe after apostrophes (so that readCell, which drops
// one, gives back a cell that itself starts with "'=").
bool needsGuard(QStringView cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == u'\'')
        ++i;
    if (i == cell.size())
        return false;
    const QChar first = cell.at(i);
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
        || first == u'\r';
}

} // namespace

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
        if (index < 0 || index >= row.size())
            continue;
        const QString cell = readCell(row.at(index)).trimmed();
        if (!cell.isEmpty())
            out << cell;
    }
    return out;
}

QString readCell(const QString &cell)
{
    if (cell.startsWith(u'\'') && needsGuard(QStringView(cell).mid(1)))
        return cell.mid(1);
    return cell;
}

ColumnImport importColumn(const QString &path, int index, bool firstRowIsHeader,
                          const ImportLimits &limits)
{
    ColumnImport result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problem = ColumnImport::Problem::Unreadable;
        result.detail = file.errorString();
        return result;
    }
    // One byte more than allowed tells a file at the limit from a larger one, whatever size()
    // says (a pipe or a file that grows).
    const QByteArray bytes = file.read(limits.maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        result.problem = ColumnImport::Problem::Unreadable;
        result.detail = file.errorString();
        return result;
    }
    if (bytes.size() > limits.maxBytes) {
        result.problem = ColumnImport::Problem::TooLarge;
        return result;
    }
    const QList<QStringList> rows = parse(bytes);
    if (rows.size() > limits.maxRows) {
        result.problem = ColumnImport::Problem::TooManyRows;
        return result;
    }
    result.values = column(rows, index, firstRowIsHeader ? 1 : 0);
    if (result.values.isEmpty())
        result.problem = ColumnImport::Problem::EmptyColumn;
    return result;
}

QString writeCell(const QString &cell)
{
    QString out = cell;
    if (needsGuard(out))
        out.prepend(u'\'');
    if (out.contains(u',') || out.contains(u'"') || out.contains(u'\n') || out.contains(u'\r')) {
        out.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        out = u'"' + out + u'"';
    }
    return out;
}

QByteArray byteOrderMark()
{
    return Utf8Bom;
}

QByteArray writeRow(const QStringList &row)
{
    QStringList cells;
    cells.reserve(row.size());
    for (const QString &cell : row)
        cells << writeCell(cell);
    QByteArray out = cells.join(u',').toUtf8();
    out += "\r\n";
    return out;
}

QByteArray write(const QList<QStringList> &rows)
{
    QByteArray out = Utf8Bom;
    for (const QStringList &row : rows)
        out += writeRow(row);
    return out;
}

// Written by hand (the same text as Qt::ISODate in UTC and jq's todate): an export writes four
// per row, and QDateTime::toString was much of a page's time.
QString timeCell(const QDateTime &time)
{
    constexpr qint64 DaySeconds = 24 * 60 * 60;
    constexpr qint64 UnixEpochJulianDay = 2440588;
    const qint64 seconds = time.isValid() ? time.toSecsSinceEpoch() : 0;
    if (seconds <= 0)
        return {};
    int year = 0;
    int month = 0;
    int day = 0;
    QDate::fromJulianDay(UnixEpochJulianDay + seconds / DaySeconds).getDate(&year, &month, &day);
    const int ofDay = int(seconds % DaySeconds);
    std::array<char, 80> text {}; // room for any int
    const int length = std::snprintf(text.data(), text.size(), "%04d-%02d-%02dT%02d:%02d:%02dZ",
                                     year, month, day, ofDay / 3600, ofDay / 60 % 60, ofDay % 60);
    return QString::fromLatin1(text.data(), length);
}

QString amountCell(double value)
{
    return QString::number(value, 'g', 15);
}

} // namespace portone::csv
