// RFC 4180 reading and the writing of CSV files for spreadsheets.
#include "core/util/Csv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portone;

using Rows = QList<QStringList>;

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<Rows>("rows");
        QTest::newRow("plain") << "a,b\nc,d"_ba << Rows { { u"a"_s, u"b"_s }, { u"c"_s, u"d"_s } };
        QTest::newRow("crlf and trailing break")
            << "a,b\r\nc,d\r\n"_ba << Rows { { u"a"_s, u"b"_s }, { u"c"_s, u"d"_s } };
        QTest::newRow("bom") << "\xEF\xBB\xBF"
                                "customer_uid\ncustomer_1234"_ba
                             << Rows { { u"customer_uid"_s }, { u"customer_1234"_s } };
        QTest::newRow("quoted comma") << "\"a,b\",c"_ba << Rows { { u"a,b"_s, u"c"_s } };
        QTest::newRow("doubled quote")
            << "\"say \"\"hi\"\"\",x"_ba << Rows { { u"say \"hi\""_s, u"x"_s } };
        QTest::newRow("embedded line breaks")
            << "\"line1\r\nline2\",y\nz,w"_ba
            << Rows { { u"line1\r\nline2"_s, u"y"_s }, { u"z"_s, u"w"_s } };
        QTest::newRow("empty fields")
            << "a,,c,\n,"_ba << Rows { { u"a"_s, u""_s, u"c"_s, u""_s }, { u""_s, u""_s } };
        QTest::newRow("empty lines skipped")
            << "a\n\n\r\nb\n"_ba << Rows { { u"a"_s }, { u"b"_s } };
        QTest::newRow("korean utf-8")
            << "고객 한글/01,홍길동"_ba << Rows { { u"고객 한글/01"_s, u"홍길동"_s } };
        QTest::newRow("empty quoted field") << "\"\",b"_ba << Rows { { u""_s, u"b"_s } };
        QTest::newRow("unterminated quote runs to the end")
            << "\"a,b\nc"_ba << Rows { { u"a,b\nc"_s } };
        QTest::newRow("nothing") << QByteArray() << Rows {};
        QTest::newRow("only a bom") << "\xEF\xBB\xBF"_ba << Rows {};
    }
    void parse()
    {
        QFETCH(QByteArray, input);
        QFETCH(Rows, rows);
        QCOMPARE(csv::parse(input), rows);
    }

    void column()
    {
        const Rows rows = csv::parse("id,name\ncustomer_1\t,a\n,b\ncustomer_2\nx"_ba);
        QCOMPARE(csv::column(rows, 0, 1),
                 (QStringList { u"customer_1"_s, u"customer_2"_s, u"x"_s }));
        QCOMPARE(csv::column(rows, 1, 1), (QStringList { u"a"_s, u"b"_s }));
        QCOMPARE(csv::column(rows, 1, 0), (QStringList { u"name"_s, u"a"_s, u"b"_s }));
        QVERIFY(csv::column(rows, 5, 0).isEmpty());
    }

    void writeCell_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << u"customer_1234"_s << u"customer_1234"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("line break") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("formula =") << u"=1+1"_s << u"'=1+1"_s;
        QTest::newRow("formula +") << u"+82"_s << u"'+82"_s;
        QTest::newRow("formula -") << u"-5"_s << u"'-5"_s;
        QTest::newRow("formula @") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("formula with comma")
            << u"=HYPERLINK(\"x\",\"y\")"_s << u"\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""_s;
        QTest::newRow("minus inside") << u"a-b=c"_s << u"a-b=c"_s;
        QTest::newRow("apostrophe then formula") << u"'=1"_s << u"''=1"_s;
        QTest::newRow("apostrophe then text") << u"'abc"_s << u"'abc"_s;
        QTest::newRow("korean") << u"홍길동"_s << u"홍길동"_s;
    }
    void writeCell()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(csv::writeCell(cell), written);
    }

    void writeHasBomAndCrlf()
    {
        const QByteArray bytes
            = csv::write({ { u"customer_uid"_s, u"name"_s }, { u"고객 한글/01"_s, u"a,b"_s } });
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.mid(3), "customer_uid,name\r\n고객 한글/01,\"a,b\"\r\n"_ba);
    }

    void roundTrip()
    {
        const Rows rows { { u"id"_s, u"memo"_s }, { u"x"_s, u"multi\r\nline, \"quoted\""_s } };
        QCOMPARE(csv::parse(csv::write(rows)), rows);
    }

    // Our own export's formula guard is undone on import: an exported column imports to the
    // same ids.
    void exportedColumnImportsToTheSameValues()
    {
        const QStringList ids {
            u"=HYPERLINK(\"x\")"_s, u"-cust_01"_s, u"+8210"_s,        u"@home"_s,
            u"'quoted"_s,           u"'=1"_s,      u"customer_1234"_s
        };
        Rows rows { { u"customer_uid"_s } };
        for (const QString &id : ids)
            rows << QStringList { id };
        QCOMPARE(csv::column(csv::parse(csv::write(rows)), 0, 1), ids);
        QCOMPARE(csv::readCell(u"'=1"_s), u"=1"_s);
        QCOMPARE(csv::readCell(u"'\t1"_s), u"\t1"_s);
        QCOMPARE(csv::readCell(u"'1"_s), u"'1"_s); // not our guard: kept
        QCOMPARE(csv::readCell(u"'"_s), u"'"_s);
        QCOMPARE(csv::readCell(u"''=1"_s), u"'=1"_s); // one guard, one apostrophe
    }

    void importColumnWithinTheLimits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ids.csv"_s);
        const auto writeFile = [&path](const QByteArray &bytes) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        };
        const QByteArray bytes = "customer_uid\r\n'-a\r\nb\r\nc\r\n"_ba; // 4 rows
        QVERIFY(writeFile(bytes));
        csv::ImportLimits limits { bytes.size(), 4 };
        csv::ColumnImport read = csv::importColumn(path, 0, true, limits);
        QCOMPARE(read.problem, csv::ColumnImport::Problem::None);
        QCOMPARE(read.values, (QStringList { u"-a"_s, u"b"_s, u"c"_s }));

        limits.maxBytes = bytes.size() - 1;
        read = csv::importColumn(path, 0, true, limits);
        QCOMPARE(read.problem, csv::ColumnImport::Problem::TooLarge);
        QVERIFY(read.values.isEmpty());
        limits = { bytes.size(), 3 };
        QCOMPARE(csv::importColumn(path, 0, true, limits).problem,
                 csv::ColumnImport::Problem::TooManyRows);
        QCOMPARE(csv::importColumn(path, 1, true).problem, csv::ColumnImport::Problem::EmptyColumn);
        read = csv::importColumn(dir.filePath(u"missing.csv"_s), 0, true);
        QCOMPARE(read.problem, csv::ColumnImport::Problem::Unreadable);
        QVERIFY(!read.detail.isEmpty());
        QCOMPARE(csv::ImportLimits().maxBytes, 16 * 1024 * 1024);
        QCOMPARE(csv::ImportLimits().maxRows, 100'000);
    }

    // Found by fuzz_csv: only the file's own byte order mark is skipped, not a U+FEFF that
    // starts the first cell (QString::fromUtf8 would drop that one too).
    void roundTripKeepsALeadingZeroWidthNoBreakSpace()
    {
        const Rows rows { { u"\uFEFFcustomer_1234"_s, u"x"_s } };
        QCOMPARE(csv::parse(csv::write(rows)), rows);
        QCOMPARE(csv::parse("\xEF\xBB\xBF\xEF\xBB\xBF"
                            "a\n"_ba),
                 Rows({ { u"\uFEFFa"_s } }));
    }
};

QTEST_APPLESS_MAIN(TestCsv)
#include "tst_csv.moc"
