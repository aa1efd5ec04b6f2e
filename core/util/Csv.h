#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace portone::csv {

// RFC 4180 reading: quoted fields with embedded commas, quotes ("") and line breaks; LF or
// CRLF row ends; a leading UTF-8 byte order mark is skipped. Empty lines are skipped. Whether
// the first row is a header is up to the caller. Lenient: a quote inside an unquoted field is
// kept literally, and an unterminated quoted field runs to the end of the text.
QList<QStringList> parse(const QByteArray &utf8);

// The cells of one column (rows too short give nothing), without blanks; from row `firstRow`
// (1 to skip a header row). Each cell as readCell() gives it, trimmed.
QStringList column(const QList<QStringList> &rows, int index, int firstRow = 0);

// A cell as it was before writeCell's formula guard: the apostrophe the guard puts before a
// leading '=', '+', '-', '@', tab or carriage return (or before apostrophes followed by one)
// is dropped, so that a file we exported imports to the same values. Any other cell, such as
// "'quoted", is unchanged.
QString readCell(const QString &cell);

// How large a file importColumn() reads.
struct ImportLimits
{
    qint64 maxBytes = 16 * 1024 * 1024;
    qsizetype maxRows = 100'000; // the header row included
};

// One column of a CSV file on disk, or why not. Blocking: run it off the GUI thread.
struct ColumnImport
{
    enum class Problem
    {
        None,
        Unreadable, // could not be opened or read; see detail
        TooLarge, // more than ImportLimits::maxBytes
        TooManyRows, // more than ImportLimits::maxRows
        EmptyColumn, // the column holds no value
    };
    Problem problem = Problem::None;
    QString detail; // the system's reason, for Unreadable
    QStringList values; // the column's cells (see column()), in file order
};
ColumnImport importColumn(const QString &path, int index, bool firstRowIsHeader,
                          const ImportLimits &limits = {});

// One cell as written: formula-injection guard first (see writeCell), then quoted when it
// contains a comma, a quote or a line break.
QString writeCell(const QString &cell);

// UTF-8 with a byte order mark (so that Excel opens Korean text correctly), CRLF row ends.
// Formula-injection guard: a cell starting with '=', '+', '-' or '@' (or a tab or carriage
// return), also after apostrophes, gets a leading apostrophe, so that a spreadsheet shows it as
// text instead of evaluating it (e.g. a customer name "=HYPERLINK(…)"); readCell undoes it.
QByteArray write(const QList<QStringList> &rows);

// The pieces of write() for a file written a few rows at a time: the byte order mark that
// starts it, then each row (cells as writeCell gives them, CRLF at the end).
QByteArray byteOrderMark();
QByteArray writeRow(const QStringList &row);

// The cells of exported API values: a time in UTC, ISO 8601 (empty when unset or 0), and an
// amount as the JSON answer writes it (12000, 0.5).
QString timeCell(const QDateTime &time);
QString amountCell(double value);

} // namespace portone::csv
