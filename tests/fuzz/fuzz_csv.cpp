// libFuzzer harness: CSV import (csv::parse and csv::column, as the billing-key id input reads
// a file) and the export writer on what was read. Invariant: writing what was read and reading
// it back gives the same rows once readCell undoes the formula guard, apart from rows that
// write as blank lines.
#include "core/util/Csv.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace portone;

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
            if (csv::readCell(reread.at(r).at(c)) != expected.at(r).at(c))
                std::abort();
        }
    }
    return 0;
}
