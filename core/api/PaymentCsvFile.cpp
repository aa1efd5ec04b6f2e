#include "core/api/PaymentCsvFile.h"

#include "core/util/Csv.h"

#include <QCoreApplication>
#include <QDate>
#include <array>
#include <cstdio>

namespace portone {

namespace {

// "2024-01-31T09:05:00Z", as QDateTime's Qt::ISODate in UTC and jq's todate write it; empty
// for no time. Written by hand: four per row, QDateTime::toString was much of a page's time.
QString csvTime(const QDateTime &time)
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

QString csvAmount(double value)
{
    return QString::number(value, 'g', 15); // 12000, 0.5: as jq and the JSON answer write them
}

} // namespace

QStringList PaymentCsvFile::header(bool includePersonal)
{
    QStringList header {
        QStringLiteral("imp_uid"),       QStringLiteral("merchant_uid"),
        QStringLiteral("status"),        QStringLiteral("amount"),
        QStringLiteral("cancel_amount"), QStringLiteral("currency"),
        QStringLiteral("pay_method"),    QStringLiteral("pg_provider"),
        QStringLiteral("name"),          QStringLiteral("card_name"),
        QStringLiteral("card_number"),   QStringLiteral("bank_name"),
        QStringLiteral("started_at"),    QStringLiteral("paid_at"),
        QStringLiteral("failed_at"),     QStringLiteral("cancelled_at"),
        QStringLiteral("fail_reason"),   QStringLiteral("cancel_reason"),
    };
    if (includePersonal)
        header << QStringLiteral("buyer_name") << QStringLiteral("buyer_email")
               << QStringLiteral("buyer_tel") << QStringLiteral("buyer_addr")
               << QStringLiteral("buyer_postcode");
    return header;
}

QStringList PaymentCsvFile::row(const Payment &p, bool includePersonal)
{
    QStringList cells { p.impUid,
                        p.merchantUid,
                        p.status,
                        csvAmount(p.amount),
                        csvAmount(p.cancelAmount),
                        p.currency,
                        p.payMethod,
                        p.pgProvider,
                        p.name,
                        p.cardName,
                        p.cardNumber,
                        p.bankName,
                        csvTime(p.startedAt),
                        csvTime(p.paidAt),
                        csvTime(p.failedAt),
                        csvTime(p.cancelledAt),
                        p.failReason,
                        p.cancelReason };
    if (includePersonal)
        cells << p.buyerName << p.buyerEmail << p.buyerTel << p.buyerAddr << p.buyerPostcode;
    return cells;
}

QString PaymentCsvFile::incompletePath(const QString &path)
{
    const QString suffix = QStringLiteral(".csv");
    if (path.endsWith(suffix, Qt::CaseInsensitive))
        return path.chopped(suffix.size()) + QStringLiteral("-incomplete") + path.right(4);
    return path + QStringLiteral("-incomplete");
}

bool PaymentCsvFile::open(const QString &path, bool includePersonal)
{
    m_chosenPath = path;
    m_includePersonal = includePersonal;
    m_rows = 0;
    m_error.clear();
    m_file.setFileName(incompletePath(path));
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = m_file.errorString();
        return false;
    }
    return append({});
}

bool PaymentCsvFile::append(const QList<Payment> &payments)
{
    QByteArray out;
    if (m_file.pos() == 0)
        out = csv::byteOrderMark() + csv::writeRow(header(m_includePersonal));
    for (const Payment &payment : payments)
        out += csv::writeRow(row(payment, m_includePersonal));
    if (m_file.write(out) != out.size() || !m_file.flush()) {
        m_error = m_file.errorString();
        return false;
    }
    m_rows += payments.size();
    return true;
}

bool PaymentCsvFile::finish(bool complete)
{
    m_file.close();
    if (m_file.error() != QFileDevice::NoError && m_error.isEmpty())
        m_error = m_file.errorString();
    if (!complete || !m_error.isEmpty())
        return m_error.isEmpty();
    if (QFile::exists(m_chosenPath) && !QFile::remove(m_chosenPath)) {
        m_error = QCoreApplication::translate("portone::PaymentCsvFile", "Could not replace %1.")
                      .arg(m_chosenPath);
        return false;
    }
    if (!m_file.rename(m_chosenPath)) {
        m_error = m_file.errorString();
        return false;
    }
    return true;
}

QString PaymentCsvFile::path() const
{
    return m_file.fileName();
}

} // namespace portone
