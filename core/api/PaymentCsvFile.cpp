#include "core/api/PaymentCsvFile.h"

#include "core/util/Csv.h"

#include <QCoreApplication>

namespace portone {

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
                        csv::amountCell(p.amount),
                        csv::amountCell(p.cancelAmount),
                        p.currency,
                        p.payMethod,
                        p.pgProvider,
                        p.name,
                        p.cardName,
                        p.cardNumber,
                        p.bankName,
                        csv::timeCell(p.startedAt),
                        csv::timeCell(p.paidAt),
                        csv::timeCell(p.failedAt),
                        csv::timeCell(p.cancelledAt),
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
