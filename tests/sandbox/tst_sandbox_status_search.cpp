// GET /payments/status over a benchmark series: every page is a slice of one correctly sorted
// list, and a change between two page requests (a refund, a look-up, a new series) shows on the
// next page. The sandbox indexes and caches to answer fast; these are the ways that could break.
#include "SandboxTestClient.h"
#include "sandbox/CompactJsonWriter.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portone::sandbox;
using namespace portone::sandbox::testing;

namespace {

constexpr qint64 Day = 24 * 60 * 60;
constexpr int SeriesCount = 2000;

const QStringList Sortings { u"-started"_s, u"started"_s,  u"-paid"_s,
                             u"paid"_s,     u"-updated"_s, u"updated"_s };
const QStringList Statuses { u"ready"_s, u"paid"_s, u"cancelled"_s, u"failed"_s };

qint64 sortKey(const QJsonObject &p, const QString &field)
{
    const qint64 started = p.value(u"started_at"_s).toInteger();
    const qint64 paid = p.value(u"paid_at"_s).toInteger();
    if (field == u"paid"_s)
        return paid;
    if (field == u"updated"_s)
        return std::max({ started, paid, p.value(u"failed_at"_s).toInteger(),
                          p.value(u"cancelled_at"_s).toInteger() });
    return started;
}

qint64 statusTime(const QJsonObject &p)
{
    const QString status = p.value(u"status"_s).toString();
    if (status == u"ready"_s)
        return p.value(u"started_at"_s).toInteger();
    return p.value(status == u"paid"_s ? u"paid_at"_s : status + u"_at"_s).toInteger();
}

bool isSeries(const QJsonObject &p)
{
    return p.value(u"imp_uid"_s).toString().startsWith(u"imp_7"_s);
}

QStringList impUids(const QList<QJsonObject> &payments)
{
    QStringList ids;
    for (const QJsonObject &p : payments)
        ids << p.value(u"imp_uid"_s).toString();
    return ids;
}

} // namespace

class TstSandboxStatusSearch : public QObject
{
    Q_OBJECT

private:
    FreshSandbox m_sandbox;
    qint64 m_now = 0;

    QByteArray query(const QString &status, const QString &sorting, int page, int limit,
                     qint64 from, qint64 to) const
    {
        return "/payments/status/" + status.toLatin1() + "?sorting=" + sorting.toLatin1()
            + "&page=" + QByteArray::number(page) + "&limit=" + QByteArray::number(limit)
            + "&from=" + QByteArray::number(from) + "&to=" + QByteArray::number(to);
    }
    // The last 90 days.
    QByteArray query(const QString &status, const QString &sorting, int page, int limit) const
    {
        return query(status, sorting, page, limit, m_now - 90 * Day, m_now);
    }
    QList<QJsonObject> list(const HttpResult &r)
    {
        QList<QJsonObject> payments;
        for (const QJsonValue &p : r.object().value(u"list"_s).toArray())
            payments << p.toObject();
        return payments;
    }
    // Every page of a search of the last 90 days, in order; total checked on each page.
    QList<QJsonObject> everyPage(const QString &status, const QString &sorting, int limit)
    {
        QList<QJsonObject> all;
        int total = -1;
        for (int page = 1; page != 0;) {
            const HttpResult r = m_sandbox.client->get(query(status, sorting, page, limit));
            if (r.status != 200)
                return {};
            if (total >= 0 && r.object().value(u"total"_s).toInt() != total)
                return {};
            total = r.object().value(u"total"_s).toInt();
            all << list(r);
            page = r.object().value(u"next"_s).toInt();
        }
        return all.size() == total ? all : QList<QJsonObject> {};
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_sandbox.start());
        m_sandbox.server->seedBenchmarkPayments(SeriesCount);
        m_now = QDateTime::currentSecsSinceEpoch();
    }
    void cleanup() { m_sandbox.stop(); }

    void pagesAreSlicesOfOneSortedList_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("sorting");
        for (const QString &status : QStringList { u"all"_s } + Statuses) {
            for (const QString &sorting : Sortings)
                QTest::addRow("%s %s", qPrintable(status), qPrintable(sorting))
                    << status << sorting;
        }
    }
    void pagesAreSlicesOfOneSortedList()
    {
        QFETCH(QString, status);
        QFETCH(QString, sorting);
        const QList<QJsonObject> whole = everyPage(status, sorting, 1000);
        QVERIFY(whole.size() > 20);
        QCOMPARE(impUids(everyPage(status, sorting, 97)), impUids(whole));

        const bool descending = sorting.startsWith(u'-');
        const QString field = descending ? sorting.mid(1) : sorting;
        QSet<QString> seen;
        for (qsizetype i = 0; i < whole.size(); ++i) {
            const QJsonObject &p = whole.at(i);
            QVERIFY(status == u"all"_s || p.value(u"status"_s).toString() == status);
            QVERIFY(statusTime(p) >= m_now - 90 * Day && statusTime(p) <= m_now);
            QVERIFY(!seen.contains(p.value(u"imp_uid"_s).toString()));
            seen.insert(p.value(u"imp_uid"_s).toString());
            if (i == 0)
                continue;
            const QJsonObject &before = whole.at(i - 1);
            const qint64 a = sortKey(before, field);
            const qint64 b = sortKey(p, field);
            QVERIFY2(descending ? a >= b : a <= b, qPrintable(p.value(u"imp_uid"_s).toString()));
            // Equal keys: stored payments first, then the series by index.
            if (a == b && isSeries(before))
                QVERIFY(isSeries(p)
                        && before.value(u"imp_uid"_s).toString()
                            < p.value(u"imp_uid"_s).toString());
        }
    }

    void statusesPartitionAll()
    {
        QSet<QString> byStatus;
        int found = 0;
        for (const QString &status : Statuses) {
            const QStringList ids = impUids(everyPage(status, u"paid"_s, 1000));
            found += int(ids.size());
            byStatus.unite(QSet<QString>(ids.cbegin(), ids.cend()));
        }
        const QStringList all = impUids(everyPage(u"all"_s, u"-updated"_s, 1000));
        QCOMPARE(found, all.size());
        QCOMPARE(byStatus, QSet<QString>(all.cbegin(), all.cend()));
    }

    void refundBetweenTwoPagesShowsOnTheNext()
    {
        const HttpResult page2 = m_sandbox.client->get(query(u"paid"_s, u"-started"_s, 2, 50));
        const HttpResult page3 = m_sandbox.client->get(query(u"paid"_s, u"-started"_s, 3, 50));
        const int total = page2.object().value(u"total"_s).toInt();
        QList<QJsonObject> expected = list(page2);
        const auto series
            = std::find_if(expected.cbegin(), expected.cend(), [](const QJsonObject &p) {
                  return isSeries(p) && p.value(u"pay_method"_s) == u"card"_s;
              });
        QVERIFY(series != expected.cend());
        const QString impUid = series->value(u"imp_uid"_s).toString();
        const double amount = series->value(u"amount"_s).toDouble();
        const QJsonValue startedAt = series->value(u"started_at"_s);
        QCOMPARE(
            m_sandbox.client->postJson("/payments/cancel", refundBody(impUid, 0, amount)).code(),
            0);

        // Gone from the paid payments: the next one moves up from page 3.
        expected.removeAt(series - expected.cbegin());
        expected << list(page3).first();
        HttpResult r = m_sandbox.client->get(query(u"paid"_s, u"-started"_s, 2, 50));
        QCOMPARE(r.object().value(u"total"_s).toInt(), total - 1);
        QCOMPARE(impUids(list(r)), impUids(expected));
        // Among the cancelled ones, as the one updated last.
        r = m_sandbox.client->get(query(u"cancelled"_s, u"-updated"_s, 1, 5));
        const QJsonObject first = list(r).first();
        QCOMPARE(first.value(u"imp_uid"_s).toString(), impUid);
        QCOMPARE(first.value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(first.value(u"cancel_amount"_s).toDouble(), amount);
        // In its place among all payments, with its new status.
        bool shown = false;
        for (const QJsonObject &p : everyPage(u"all"_s, u"-started"_s, 200)) {
            if (p.value(u"imp_uid"_s).toString() == impUid) {
                QCOMPARE(p.value(u"status"_s).toString(), u"cancelled"_s);
                QCOMPARE(p.value(u"started_at"_s), startedAt);
                shown = true;
            }
        }
        QVERIFY(shown);
    }

    void partialRefundOfAStoredPaymentShowsOnTheNextPage()
    {
        const QByteArray search = query(u"all"_s, u"-started"_s, 1, 1000, m_now - 30 * Day, m_now);
        const QStringList before = impUids(list(m_sandbox.client->get(search)));
        QVERIFY(before.contains(u"imp_200000000003"_s)); // trans, paid, 35,000
        QCOMPARE(m_sandbox.client
                     ->postJson("/payments/cancel", refundBody(u"imp_200000000003"_s, 5000, 35000))
                     .code(),
                 0);
        const QList<QJsonObject> after = list(m_sandbox.client->get(search));
        QCOMPARE(impUids(after), before);
        const QJsonObject p = after.at(before.indexOf(u"imp_200000000003"_s));
        QCOMPARE(p.value(u"status"_s).toString(), u"paid"_s);
        QCOMPARE(p.value(u"cancel_amount"_s).toDouble(), 5000.0);
    }

    void lookingUpASeriesPaymentKeepsTheAnswer()
    {
        const QByteArray search = query(u"all"_s, u"-started"_s, 1, 1000);
        const HttpResult before = m_sandbox.client->get(search);
        const QString impUid = list(before).at(40).value(u"imp_uid"_s).toString();
        QVERIFY(impUid.startsWith(u"imp_7"_s));
        QCOMPARE(m_sandbox.client->get("/payments/" + impUid.toLatin1()).status, 200);
        QCOMPARE(m_sandbox.client->get(search).body, before.body);
    }

    void aNewSeriesReplacesTheOld()
    {
        const QByteArray search = query(u"all"_s, u"started"_s, 1, 1000);
        const int seriesTotal = m_sandbox.client->get(search).object().value(u"total"_s).toInt();
        m_sandbox.server->seedBenchmarkPayments(SeriesCount / 2);
        const int halfTotal = m_sandbox.client->get(search).object().value(u"total"_s).toInt();
        m_sandbox.server->seedBenchmarkPayments(0);
        const int seededOnly = m_sandbox.client->get(search).object().value(u"total"_s).toInt();
        QVERIFY(seededOnly > 0);
        QVERIFY2(std::abs(2 * (halfTotal - seededOnly) - (seriesTotal - seededOnly)) <= 2,
                 qPrintable(u"%1 %2 %3"_s.arg(seriesTotal).arg(halfTotal).arg(seededOnly)));
    }

    // The writer behind the pages writes what QJsonDocument writes.
    void writerWritesAsQJsonDocument()
    {
        const QString tricky = u"따옴표\" 역슬래시\\ /\b\f\n\r\t\x01\x1f 😀 "_s + QChar(0xd800)
            + u" 끝"_s + QChar(0xdc00);
        CompactJsonWriter writer;
        writer.string("z"_L1, tricky);
        writer.stringOrNull("empty"_L1, QString());
        writer.number("amount"_L1, 9900);
        writer.number("half"_L1, 0.5);
        writer.number("huge"_L1, 1e21);
        writer.integer("at"_L1, -1790000000123);
        writer.boolean("b"_L1, true);
        writer.written("list"_L1, "[]");
        const QJsonObject expected { { u"z"_s, tricky },      { u"empty"_s, QJsonValue() },
                                     { u"amount"_s, 9900.0 }, { u"half"_s, 0.5 },
                                     { u"huge"_s, 1e21 },     { u"at"_s, qint64(-1790000000123) },
                                     { u"b"_s, true },        { u"list"_s, QJsonArray() } };
        QCOMPARE(writer.take(), QJsonDocument(expected).toJson(QJsonDocument::Compact));
    }
};

QTEST_GUILESS_MAIN(TstSandboxStatusSearch)
#include "tst_sandbox_status_search.moc"
