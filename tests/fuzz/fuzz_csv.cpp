// libFuzzer harness: CSV import (csv::parse and csv::column, as the billing-key id input reads
// a file) and the export writer on what was read. Invariant: writing what was read and reading
// it back gives the same rows, apart from the formula guard and rows that write as blank lines.
#include "core/util/Csv.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace portone;

namespace {

// What csv::write makes of a cell's text: a leading apostrophe when it starts like a formula.
QString guarded(const QString &cell)
{
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            return u'\'' + cell;
    }
    return cell;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QStringList> rows = csv::parse(input);
    for (int index = 0; index < 3; ++index) {
        static_cast<void>(csv::column(rows, index, 0));
        static_cast<void>(csv::column(rows, index, 1));
    }

    QList<QStringList> expected;
    for (const QStringList &row : rows) {
        if (!(row.size() == 1 && row.front().isEmpty()))
            expected.append(row);
    }
    const QList<QStringList> reread = csv::parse(csv::write(expected));
    if (reread.size() != expected.size())
        std::abort();
    for (qsizetype r = 0; r < reread.size(); ++r) {
        if (reread.at(r).size() != expected.at(r).size())
            std::abort();
        for (qsizetype c = 0; c < reread.at(r).size(); ++c) {
            if (reread.at(r).at(c) != guarded(expected.at(r).at(c)))
                std::abort();
        }
    }
    return 0;
}
