#include "core/util/ScheduleWindows.h"

#include <QTest>
#include <QTimeZone>

using namespace portone;

namespace {

QDateTime utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

using Windows = QList<std::pair<QDateTime, QDateTime>>;

} // namespace

class TestScheduleWindows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<Windows>("expected");

        QTest::newRow("one day") << utc(2024, 1, 1) << utc(2024, 1, 2)
                                 << Windows { { utc(2024, 1, 1), utc(2024, 1, 2) } };
        QTest::newRow("exactly 3 months is one window")
            << utc(2024, 1, 15, 9) << utc(2024, 4, 15, 9)
            << Windows { { utc(2024, 1, 15, 9), utc(2024, 4, 15, 9) } };
        QTest::newRow("3 months and a second is two")
            << utc(2024, 1, 15, 9) << utc(2024, 4, 15, 9).addSecs(1)
            << Windows { { utc(2024, 1, 15, 9), utc(2024, 4, 15, 9) },
                         { utc(2024, 4, 15, 9), utc(2024, 4, 15, 9).addSecs(1) } };
        QTest::newRow("7 months is three") << utc(2024, 2, 10) << utc(2024, 9, 10)
                                           << Windows { { utc(2024, 2, 10), utc(2024, 5, 10) },
                                                        { utc(2024, 5, 10), utc(2024, 8, 10) },
                                                        { utc(2024, 8, 10), utc(2024, 9, 10) } };
        QTest::newRow("6 months is exactly two")
            << utc(2024, 3, 1) << utc(2024, 9, 1)
            << Windows { { utc(2024, 3, 1), utc(2024, 6, 1) },
                         { utc(2024, 6, 1), utc(2024, 9, 1) } };
        // Nov 30 + 3 months is clamped to Feb 28; the next window starts there, not Feb 30.
        QTest::newRow("month end clamps and chains")
            << utc(2022, 11, 30, 12) << utc(2023, 6, 30, 12)
            << Windows { { utc(2022, 11, 30, 12), utc(2023, 2, 28, 12) },
                         { utc(2023, 2, 28, 12), utc(2023, 5, 28, 12) },
                         { utc(2023, 5, 28, 12), utc(2023, 6, 30, 12) } };
        QTest::newRow("leap day") << utc(2023, 11, 29) << utc(2024, 3, 1)
                                  << Windows { { utc(2023, 11, 29), utc(2024, 2, 29) },
                                               { utc(2024, 2, 29), utc(2024, 3, 1) } };
        QTest::newRow("year boundary") << utc(2024, 12, 20) << utc(2025, 4, 1)
                                       << Windows { { utc(2024, 12, 20), utc(2025, 3, 20) },
                                                    { utc(2025, 3, 20), utc(2025, 4, 1) } };
        // Local KST input: the limit is counted in UTC like the server does.
        const QTimeZone kst(9 * 3600);
        QTest::newRow("offset input in UTC")
            << QDateTime(QDate(2024, 5, 1), QTime(5, 0), kst)
            << QDateTime(QDate(2024, 8, 1), QTime(5, 0), kst)
            << Windows { { utc(2024, 4, 30, 20), utc(2024, 7, 30, 20) },
                         { utc(2024, 7, 30, 20), utc(2024, 7, 31, 20) } };
        QTest::newRow("empty range") << utc(2024, 1, 1) << utc(2024, 1, 1) << Windows {};
        QTest::newRow("reversed range") << utc(2024, 2, 1) << utc(2024, 1, 1) << Windows {};
        QTest::newRow("invalid from") << QDateTime() << utc(2024, 1, 1) << Windows {};
    }

    void split()
    {
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(Windows, expected);
        const Windows windows = splitScheduleRange(from, to);
        QCOMPARE(windows.size(), expected.size());
        for (qsizetype i = 0; i < windows.size(); ++i) {
            QCOMPARE(windows.at(i).first, expected.at(i).first);
            QCOMPARE(windows.at(i).second, expected.at(i).second);
        }
    }

    // Properties over many ranges: consecutive, covering, each within the server's limit.
    void windowsAreConsecutiveAndWithinLimit()
    {
        const QDateTime base = utc(2023, 1, 31, 23, 30);
        for (int startDay = 0; startDay < 400; startDay += 7) {
            for (int lengthDays : { 1, 89, 92, 200, 370, 731 }) {
                const QDateTime from = base.addDays(startDay);
                const QDateTime to = from.addDays(lengthDays);
                const Windows windows = splitScheduleRange(from, to);
                QVERIFY(!windows.isEmpty());
                QCOMPARE(windows.first().first, from);
                QCOMPARE(windows.last().second, to);
                for (qsizetype i = 0; i < windows.size(); ++i) {
                    QVERIFY(windows.at(i).first < windows.at(i).second);
                    QVERIFY(windows.at(i).second <= windows.at(i).first.addMonths(3));
                    if (i > 0)
                        QCOMPARE(windows.at(i).first, windows.at(i - 1).second);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestScheduleWindows)
#include "tst_schedule_windows.moc"
