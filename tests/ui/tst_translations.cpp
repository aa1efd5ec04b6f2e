#include <QFile>
#include <QHash>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

// Every user-visible string is translated in both catalogues, and the catalogues hold every
// string the sources have now (a fresh lupdate run, made by CTest before this test, is the
// reference). Paths come from the environment: FRESH_TS, KO_TS, EN_TS.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsComplete_data();
    void catalogueIsComplete();

private:
    struct Message
    {
        QString context;
        QString source;
        bool finished = false;
    };
    static QList<Message> read(const QString &path);
};

QList<TestTranslations::Message> TestTranslations::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name" && !inMessage) {
                context = xml.readElementText();
            } else if (name == u"message") {
                inMessage = true;
                current = Message { context, {}, true };
            } else if (name == u"source" && inMessage) {
                current.source = xml.readElementText();
            } else if (name == u"translation" && inMessage) {
                const auto type = xml.attributes().value(QStringLiteral("type"));
                if (!type.isEmpty())
                    current.finished = false;
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (text.trimmed().isEmpty())
                    current.finished = false;
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            inMessage = false;
            messages << current;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("Korean") << qEnvironmentVariable("KO_TS");
    QTest::newRow("English") << qEnvironmentVariable("EN_TS");
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, path);
    const QList<Message> fresh = read(qEnvironmentVariable("FRESH_TS"));
    QVERIFY2(fresh.size() > 100, "the fresh lupdate run found too few strings");
    QSet<QString> present;
    QStringList unfinished;
    for (const Message &message : read(path)) {
        present.insert(message.context + u'\x1f' + message.source);
        if (!message.finished)
            unfinished << message.context + QStringLiteral(": ") + message.source;
    }
    QStringList missing;
    for (const Message &message : fresh) {
        if (!present.contains(message.context + u'\x1f' + message.source))
            missing << message.context + QStringLiteral(": ") + message.source;
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 string(s) not in the catalogue (run the "
                                       "update_translations target):\n")
                            .arg(missing.size())
                        + missing.mid(0, 20).join(u'\n')));
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(QStringLiteral("%1 untranslated string(s):\n").arg(unfinished.size())
                        + unfinished.mid(0, 20).join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
