// Copy as curl: shell quoting of awkward ids, and a real replay of recorded requests against the
// in-process sandbox with the token from the environment, compared with the client's answer.
#include "core/api/ApiCall.h"
#include "core/history/CurlCommand.h"
#include "core/profiles/Profile.h"
#include "tests/core/ClientFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace portone;
using namespace portone::test;
using namespace Qt::StringLiterals;

namespace {

QProcessEnvironment environmentWith(const QList<std::pair<QString, QString>> &variables)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : variables)
        env.insert(name, value);
    return env;
}

// The words the shell passes to curl, with curl replaced by a function that prints them.
QStringList curlArguments(const QString &command, const QProcessEnvironment &env)
{
    QProcess shell;
    shell.setProcessEnvironment(env);
    shell.start(
        u"sh"_s,
        { u"-c"_s, u"curl() { for a in \"$@\"; do printf '%s\\0' \"$a\"; done; }; "_s + command });
    if (!shell.waitForFinished(10000) || shell.exitCode() != 0)
        return {};
    QStringList words;
    const QList<QByteArray> parts = shell.readAllStandardOutput().split('\0');
    for (qsizetype i = 0; i + 1 < parts.size(); ++i)
        words << QString::fromUtf8(parts.at(i));
    return words;
}

QString valueAfter(const QStringList &words, const QString &option, const QString &prefix = {})
{
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        if (words.at(i) == option && words.at(i + 1).startsWith(prefix))
            return words.at(i + 1);
    }
    return {};
}

} // namespace

class TestCurlCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesAwkwardIds()
    {
        const QString id = u"a b'c\"d$e`f\\g 한글/h $(rm -rf x)"_s;
        ApiRequest request;
        request.path = { u"subscribe"_s, u"customers"_s, id };
        request.query = { { u"customer_uid[]"_s, id }, { u"otp"_s, u"[redacted]"_s } };
        const QUrl url = ApiCall::buildUrl(QUrl(u"https://api.iamport.kr"_s), request);

        HistoryRecord record;
        record.origin = u"https://api.iamport.kr"_s;
        record.operation = u"customer_view"_s;
        record.method = "DELETE";
        record.path = url.path(QUrl::PrettyDecoded);
        record.encodedPath = url.path(QUrl::FullyEncoded);
        record.query = request.query;
        record.tierCode = u"A'B"_s;
        QVERIFY(record.encodedPath.contains(u"%2F"_s));

        const QString command = curl::commandFor(record);
        QVERIFY(!command.contains(u'\n'));
        const QStringList words
            = curlArguments(command, environmentWith({ { u"PORTONE_TOKEN"_s, u"tok $en 'x'"_s } }));
        QVERIFY2(!words.isEmpty(), qPrintable(command));
        QCOMPARE(valueAfter(words, u"-X"_s), u"DELETE"_s);
        QCOMPARE(valueAfter(words, u"-H"_s, u"Authorization"_s), u"Authorization: tok $en 'x'"_s);
        QCOMPARE(valueAfter(words, u"-H"_s, u"Tier"_s), u"Tier: A'B"_s);
        QVERIFY(!words.contains(u"--data-raw"_s)); // DELETE sends no body

        QString target;
        for (const QString &word : words) {
            if (word.startsWith(u"https://"_s))
                target = word;
        }
        QCOMPARE(target.section(u'?', 0, 0), u"https://api.iamport.kr"_s + record.encodedPath);
        const QUrl parsed(target, QUrl::TolerantMode); // "<otp>" is literal
        QVERIFY(parsed.isValid());
        QCOMPARE(parsed.path(QUrl::FullyDecoded), u"/subscribe/customers/"_s + id);
        const auto items = QUrlQuery(parsed).queryItems(QUrl::FullyDecoded);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0), (std::pair { u"customer_uid[]"_s, id }));
        QCOMPARE(items.at(1),
                 (std::pair { u"otp"_s, u"<otp>"_s })); // a placeholder, not "[redacted]"
    }

    void bodyPlaceholders()
    {
        HistoryRecord record;
        record.origin = u"http://127.0.0.1:1"_s;
        record.operation = u"payBenepiaPoint"_s;
        record.method = "POST";
        record.encodedPath = u"/benepia/payment"_s;
        record.body
            = QJsonObject { { u"benepia_password"_s, u"[redacted]"_s },
                            { u"benepia_user"_s, u"b*****"_s },
                            { u"buyer_name"_s, u"홍*동"_s },
                            { u"name"_s, u"포인트 결제 'A'"_s },
                            { u"amount"_s, 1200 },
                            { u"notice_url"_s, QJsonArray { u"https://x/y?a=1&b='2'"_s } } };
        QCOMPARE(curl::placeholderFor(u"customer_uid[]"_s), u"<customer_uid>"_s);
        const QString command = curl::commandFor(record);
        const QStringList words = curlArguments(command, environmentWith({}));
        QVERIFY2(!words.isEmpty(), qPrintable(command));
        QCOMPARE(valueAfter(words, u"-H"_s, u"Content-Type"_s),
                 u"Content-Type: application/json"_s);
        const QJsonObject body
            = QJsonDocument::fromJson(valueAfter(words, u"--data-raw"_s).toUtf8()).object();
        QCOMPARE(body.value(u"benepia_password"_s).toString(), u"<benepia_password>"_s);
        QCOMPARE(body.value(u"benepia_user"_s).toString(), u"<benepia_user>"_s);
        QCOMPARE(body.value(u"buyer_name"_s).toString(), u"<buyer_name>"_s);
        QCOMPARE(body.value(u"amount"_s).toInt(), 1200);
        QCOMPARE(body.value(u"notice_url"_s).toArray().first().toString(),
                 u"https://x/y?a=1&b='2'"_s);
    }

    void replaysAgainstTheSandbox()
    {
        ClientFixture f;
        ClientSettings settings;
        settings.tierCode = sandbox::SandboxServer::tierCode();
        QVERIFY(f.start(settings));

        Capture<BillingKey> key;
        f.client->getBillingKey(u"고객 한글/01"_s, &f.context, key.callback());
        QVERIFY(key.wait());
        QVERIFY2(key.result().ok(), why(key).constData());
        Capture<PaymentBatch> batch;
        f.client->getPayments({ u"imp_200000000001"_s, u"imp_nope"_s },
                              { u"order_20240101_0003"_s }, &f.context, batch.callback());
        QVERIFY(batch.wait());
        QVERIFY2(batch.result().ok(), why(batch).constData());
        QCOMPARE(batch.value().httpStatus, 207);
        Capture<Payment> found;
        f.client->findPaymentByMerchantUid(u"order_retry_0001"_s, MerchantPaymentStatus::Any,
                                           PaymentSorting::StartedDesc, &f.context,
                                           found.callback());
        QVERIFY(found.wait());
        QVERIFY2(found.result().ok(), why(found).constData());
        PaymentStatusQuery search;
        search.status = PaymentStatusFilter::Failed;
        search.to = QDateTime::currentDateTimeUtc();
        search.from = search.to.addDays(-90);
        search.limit = 3;
        search.sorting = PaymentSorting::StartedAsc;
        Capture<PaymentPage> searched;
        f.client->getPaymentsByStatus(search, &f.context, searched.callback());
        QVERIFY(searched.wait());
        QVERIFY2(searched.result().ok(), why(searched).constData());
        QJsonArray searchedRaw;
        for (const Payment &payment : searched.value().list)
            searchedRaw.append(payment.raw);
        Capture<AccessToken> token;
        f.tokens->acquire(&f.context, token.callback());
        QVERIFY(token.wait());
        QVERIFY(token.result().ok());

        QJsonArray batchRaw;
        for (const Payment &payment : batch.value().found)
            batchRaw.append(payment.raw);
        const QList<std::pair<QString, QJsonValue>> expected {
            { u"customer_view"_s, key.value().raw },
            { u"getPaymentListByImpUid"_s, batchRaw },
            { u"getPaymentByMerchantUid"_s, found.value().raw },
            { u"getPaymentsByStatus"_s,
              QJsonObject { { u"total"_s, searched.value().total },
                            { u"previous"_s, 0 },
                            { u"next"_s, searched.value().next },
                            { u"list"_s, searchedRaw } } },
        };
        Profile profile;
        profile.name = u"Sandbox"_s;
        const QProcessEnvironment env = environmentWith(
            { { u"PORTONE_TOKEN"_s, token.value().token },
              { u"PORTONE_IMP_KEY"_s, sandbox::SandboxServer::defaultAccount().impKey },
              { u"PORTONE_IMP_SECRET"_s, sandbox::SandboxServer::defaultAccount().impSecret } });
        for (const auto &[operation, response] : expected) {
            const RequestTrace *trace = nullptr;
            for (const RequestTrace &t : std::as_const(f.traces)) {
                if (t.operation == operation)
                    trace = &t;
            }
            QVERIFY2(trace, qPrintable(operation));
            const HistoryRecord record = HistoryRecord::fromTrace(*trace, profile);
            const QJsonObject answer = replay(curl::commandFor(record), env);
            QCOMPARE(answer.value(u"code"_s).toInt(-99), 0);
            QCOMPARE(answer.value(u"response"_s), response);
        }

        // getToken: key and secret from the environment, never in the command itself.
        const RequestTrace *tokenTrace = nullptr;
        for (const RequestTrace &t : std::as_const(f.traces)) {
            if (t.operation == u"getToken"_s)
                tokenTrace = &t;
        }
        QVERIFY(tokenTrace);
        const QString tokenCommand
            = curl::commandFor(HistoryRecord::fromTrace(*tokenTrace, profile));
        QVERIFY(!tokenCommand.contains(sandbox::SandboxServer::defaultAccount().impSecret));
        const QJsonObject issued = replay(tokenCommand, env);
        QCOMPARE(issued.value(u"code"_s).toInt(-99), 0);
        QCOMPARE(issued.value(u"response"_s)[u"access_token"_s].toString(), token.value().token);
    }

    void stateChangingCommandHoldsPlaceholders()
    {
        ClientFixture f;
        QVERIFY(f.start());
        BillingKeyRegistration reg;
        reg.customerUid = u"desk_curl_01"_s;
        reg.channelKey = sandbox::SandboxServer::billingChannelKey();
        reg.cardNumber = u"4111-1122-2233-3321"_s;
        reg.expiry = u"2031-07"_s;
        reg.birth = u"870605"_s;
        reg.pwd2Digit = u"47"_s;
        reg.cvc = u"839"_s;
        Capture<BillingKey> saved;
        f.client->registerBillingKey(reg, &f.context, saved.callback());
        QVERIFY(saved.wait());
        QVERIFY2(saved.result().ok(), why(saved).constData());
        const RequestTrace trace = f.traces.last();
        QCOMPARE(trace.operation, u"customer_save"_s);
        const QString command = curl::commandFor(HistoryRecord::fromTrace(trace, Profile()));
        qInfo("%s", qPrintable(command));
        for (const char *field : { "card_number", "expiry", "birth", "pwd_2digit", "cvc" })
            QVERIFY2(command.contains(u"\"<%1>\""_s.arg(QLatin1String(field))),
                     qPrintable(command));
        const QString withoutPort = withoutLoopbackAddress(command); // the port may hold "3321"
        QVERIFY(!withoutPort.contains(u"4111"_s));
        QVERIFY(!withoutPort.contains(u"3321"_s));
        QVERIFY(!withoutPort.contains(u"2031-07"_s));
        QVERIFY(!withoutPort.contains(u"870605"_s));
        QVERIFY(!command.contains(u"[redacted]"_s));
        QVERIFY(command.contains(u"'Content-Type: application/json'"_s));
    }

    // The OTP request's personal fields, the first digit of the back half of the resident
    // registration number (gender_digit) among them, are placeholders in the copied command.
    void otpRequestCommandHidesPersonalFields()
    {
        ClientFixture f;
        QVERIFY(f.start());
        Capture<OtpRequestResult> sent;
        f.client->requestOtp(sandboxOtpRequest(u"010-9876-5432"_s, u"7"_s), &f.context,
                             sent.callback());
        QVERIFY(sent.wait());
        QVERIFY2(sent.result().ok(), why(sent).constData());
        const QString command
            = curl::commandFor(HistoryRecord::fromTrace(f.traces.last(), Profile()));
        for (const char *field : { "name", "phone", "birth", "gender_digit" })
            QVERIFY2(command.contains(u"\"<%1>\""_s.arg(QLatin1String(field))),
                     qPrintable(command));
        QVERIFY2(!command.contains(u"\"gender_digit\": \"7\""_s), qPrintable(command));
        QVERIFY(!withoutLoopbackAddress(command).contains(u"9876"_s));
        QVERIFY(!command.contains(u"홍길동"_s));
    }

private:
    static QString withoutLoopbackAddress(QString command)
    {
        return command.remove(QRegularExpression(u"127\\.0\\.0\\.1:\\d+"_s));
    }

    // Runs the command without blocking the event loop: the sandbox answers from this thread.
    QJsonObject replay(const QString &command, const QProcessEnvironment &env)
    {
        QProcess shell;
        shell.setProcessEnvironment(env);
        QSignalSpy finished(&shell, &QProcess::finished);
        shell.start(u"sh"_s, { u"-c"_s, command });
        if (!finished.wait(15000) || shell.exitCode() != 0) {
            qWarning("curl failed: %s\n%s", qPrintable(command),
                     shell.readAllStandardError().constData());
            return {};
        }
        return QJsonDocument::fromJson(shell.readAllStandardOutput()).object();
    }
};

QTEST_GUILESS_MAIN(TestCurlCommand)
#include "tst_curl_command.moc"
