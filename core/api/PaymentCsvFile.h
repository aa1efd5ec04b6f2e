#pragma once

#include "core/api/PaymentModels.h"

#include <QFile>
#include <QString>
#include <QStringList>

namespace portone {

// A CSV file of payments written page by page as a search delivers them, so that a large
// export never holds more than one page in memory. UTF-8 with a byte order mark, CRLF, the
// formula guard of csv::writeCell. Buyer name, email, phone, address and postcode are written
// only when asked for.
//
// While it is being written the file is named as incomplete (incompletePath()): only finish()
// of a complete export gives it the name chosen, so a file cut short by Cancel, a failure or a
// crash says so in its name.
class PaymentCsvFile
{
public:
    static QStringList header(bool includePersonal);
    static QStringList row(const Payment &payment, bool includePersonal);
    // "payments.csv" -> "payments-incomplete.csv" (a name without ".csv" gets the mark at the end).
    static QString incompletePath(const QString &path);

    // Starts the file (byte order mark and header) at incompletePath(path). False, with
    // errorString(), when it cannot be written.
    bool open(const QString &path, bool includePersonal);
    // Appends the payments and flushes them to the file.
    bool append(const QList<Payment> &payments);
    // Closes the file; a complete one is renamed to the path chosen (replacing a file there).
    bool finish(bool complete);

    QString path() const; // where the file is now: incompletePath() until a complete finish()
    qint64 rows() const { return m_rows; }
    QString errorString() const { return m_error; }

private:
    QFile m_file;
    QString m_chosenPath;
    bool m_includePersonal = false;
    qint64 m_rows = 0;
    QString m_error;
};

} // namespace portone
