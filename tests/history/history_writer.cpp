// history_writer history|audit <folder or file> <bytes per record>
// Appends large records through HistoryStore (or entries through AuditLog) in a loop and prints
// each completed sequence number on its own line, until killed (tst_history_crash) or 400 done.
#include "core/history/AuditLog.h"
#include "core/history/HistoryStore.h"

#include <QCoreApplication>
#include <QStringList>
#include <cstdio>

using namespace portone;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    const bool audit = args.at(1) == u"audit"_s;
    const qsizetype size = args.at(3).toLongLong();
    HistoryStore::Options options;
    options.maxFileBytes = qint64(1) << 40; // no rotation during the test
    HistoryStore store(args.at(2), options);
    AuditLog log(args.at(2), u"writer"_s);
    for (int sequence = 1; sequence <= 400; ++sequence) {
        const QString filler = QString(size, QChar(u'가' + sequence % 100));
        bool ok = false;
        if (audit) {
            AuditEntry entry;
            entry.action = AuditAction::BillingKeyDeleted;
            entry.targets = { u"customer_%1"_s.arg(sequence) };
            entry.reason = u"#%1 "_s.arg(sequence) + filler;
            entry.outcome = u"ok"_s;
            ok = log.record(entry);
        } else {
            HistoryRecord record;
            record.time = QDateTime::currentDateTimeUtc();
            record.operation = u"customer_view"_s;
            record.method = "GET";
            record.path = u"/subscribe/customers/customer_%1"_s.arg(sequence);
            record.durationMs = sequence;
            record.message = u"#%1 "_s.arg(sequence) + filler;
            ok = store.append(record);
        }
        if (!ok) {
            std::fprintf(stderr, "%s\n", qPrintable(audit ? log.lastError() : store.lastError()));
            return 1;
        }
        std::printf("%d\n", sequence);
        std::fflush(stdout);
    }
    return 0;
}
