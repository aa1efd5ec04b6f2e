#pragma once

#include <QByteArray>
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
// (1 to skip a header row).
QStringList column(const QList<QStringList> &rows, int index, int firstRow = 0);

// One cell as written: formula-injection guard first (see writeCell), then quoted when it
// contains a comma, a quote or a line break.
QString writeCell(const QString &cell);

// UTF-8 with a byte order mark (so that Excel opens Korean text correctly), CRLF row ends.
// Formula-injection guard: a cell starting with '=', '+', '-' or '@' (or a tab or carriage
// return) gets a leading apostrophe, so that a spreadsheet shows it as text instead of
// evaluating it (e.g. a customer name "=HYPERLINK(…)").
QByteArray write(const QList<QStringList> &rows);

} // namespace portone::csv
