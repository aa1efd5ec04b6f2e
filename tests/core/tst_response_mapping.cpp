// The outcome mapping, URL building and https rule of the request path, without a network.
#include "core/api/ApiCall.h"
#include "core/api/ApiTransport.h"
#include "core/api/JsonRead.h"
#include "core/api/ResponseMapping.h"
#include "core/api/SchedulePaging.h"

#include <QJsonDocument>
#include <QTest>

using namespace portone;
using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(portone::ApiError::Kind)

class TestResponseMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapping_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("networkError");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("changesState");
        QTest::addColumn<bool>("multiLookup");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("unknown");

        const QByteArray ok = R"({"code":0,"message":null,"response":{"a":1}})";
        const QByteArray notFound
            = u"{\"code\":-1,\"message\":\"존재하지 않는 결제정보입니다.\",\"response\":null}"_s
                  .toUtf8();
        const QByteArray refused
            = u"{\"code\":1,\"message\":\"카드번호가 올바르지 않습니다.\",\"response\":null}"_s
                  .toUtf8();
        const QByteArray gateway = R"({"statusCode":403,"message":"Forbidden resource"})";
        const int none = QNetworkReply::NoError;
        const int http = QNetworkReply::ContentNotFoundError;
        QTest::newRow("200 code 0") << 200 << none << ok << false << false << true << Kind::Parse
                                    << 0 << QString() << false;
        // Any 2xx with the envelope and code 0 is a success (a proxy's or a newer server's 201).
        QTest::newRow("201 code 0, state")
            << 201 << none << ok << true << false << true << Kind::Parse << 0 << QString() << false;
        QTest::newRow("202 code 0") << 202 << none << ok << false << false << true << Kind::Parse
                                    << 0 << QString() << false;
        QTest::newRow("207 code 0")
            << 207 << none << ok << false << true << true << Kind::Parse << 0 << QString() << false;
        // Some found, the rest failed: the records are kept with the code (issue 15, item 4).
        QTest::newRow("207 code 1 multi")
            << 207 << none
            << u"{\"code\":1,\"message\":\"일부 조회 실패\",\"response\":[{\"a\":1}]}"_s.toUtf8()
            << false << true << true << Kind::Parse << 1 << QString() << false;
        QTest::newRow("207 code 1 single")
            << 207 << none << refused << false << false << false << Kind::ApiCode << 1
            << u"카드번호가 올바르지 않습니다."_s << false;
        QTest::newRow("200 code 1")
            << 200 << none << refused << true << false << false << Kind::ApiCode << 1
            << u"카드번호가 올바르지 않습니다."_s << false;
        QTest::newRow("400 code 1")
            << 400 << int(QNetworkReply::ProtocolInvalidOperationError) << refused << true << false
            << false << Kind::ApiCode << 1 << u"카드번호가 올바르지 않습니다."_s << false;
        QTest::newRow("404 envelope")
            << 404 << http << notFound << false << false << false << Kind::NotFound << -1
            << u"존재하지 않는 결제정보입니다."_s << false;
        QTest::newRow("404 multi") << 404 << http << notFound << false << true << true
                                   << Kind::Parse << -1 << QString() << false;
        QTest::newRow("401 envelope")
            << 401 << int(QNetworkReply::AuthenticationRequiredError)
            << QByteArray(R"({"code":-1,"message":"Unauthorized","response":null})") << false
            << false << false << Kind::Auth << -1 << u"Unauthorized"_s << false;
        QTest::newRow("500 envelope, state")
            << 500 << int(QNetworkReply::InternalServerError) << refused << true << false << false
            << Kind::Server << 1 << u"카드번호가 올바르지 않습니다."_s << true;
        QTest::newRow("500 envelope, read")
            << 500 << int(QNetworkReply::InternalServerError) << refused << false << false << false
            << Kind::Server << 1 << u"카드번호가 올바르지 않습니다."_s << false;
        QTest::newRow("403 gateway")
            << 403 << int(QNetworkReply::ContentAccessDenied) << gateway << true << false << false
            << Kind::Auth << -100 << u"Forbidden resource"_s << false;
        QTest::newRow("502 gateway")
            << 502 << int(QNetworkReply::UnknownServerError)
            << QByteArray(R"({"statusCode":502,"message":"Bad Gateway"})") << true << false << false
            << Kind::Server << -100 << u"Bad Gateway"_s << true;
        // A 4xx that is not PortOne's envelope refuses the request: nothing was applied, and
        // the server's text is shown (issue 15: a 400 after a registration read as unknown).
        QTest::newRow("400 framework json, state")
            << 400 << int(QNetworkReply::ProtocolInvalidOperationError)
            << QByteArray(R"({"statusCode":400,"message":"Bad Request","error":"Bad Request"})")
            << true << false << false << Kind::Refused << -100 << u"Bad Request"_s << false;
        QTest::newRow("400 html, state")
            << 400 << int(QNetworkReply::ProtocolInvalidOperationError)
            << QByteArray("<html><head><title>400 Bad Request</title></head><body><center><h1>"
                          "400 Bad Request</h1></center><hr><center>nginx</center></body></html>")
            << true << false << false << Kind::Refused << -100 << u"400 Bad Request"_s << false;
        QTest::newRow("413 plain text, state")
            << 413 << int(QNetworkReply::UnknownContentError) << QByteArray("Payload Too Large\n")
            << true << false << false << Kind::Refused << -100 << u"Payload Too Large"_s << false;
        QTest::newRow("429 gateway, state")
            << 429 << int(QNetworkReply::UnknownContentError)
            << QByteArray(R"({"message":"Too Many Requests"})") << true << false << false
            << Kind::Refused << -100 << u"Too Many Requests"_s << false;
        QTest::newRow("200 html") << 200 << none << QByteArray("<html>oops</html>") << true << false
                                  << false << Kind::Parse << -100 << QString() << true;
        QTest::newRow("200 not envelope")
            << 200 << none << QByteArray(R"({"hello":1})") << false << false << false << Kind::Parse
            << -100 << QString() << false;
        QTest::newRow("dropped, state")
            << 0 << int(QNetworkReply::RemoteHostClosedError) << QByteArray() << true << false
            << false << Kind::Network << -100 << QString() << true;
        QTest::newRow("refused, state")
            << 0 << int(QNetworkReply::ConnectionRefusedError) << QByteArray() << true << false
            << false << Kind::Network << -100 << QString() << false;
        QTest::newRow("tls") << 0 << int(QNetworkReply::SslHandshakeFailedError) << QByteArray()
                             << true << false << false << Kind::Tls << -100 << QString() << false;
    }
    // A notice that names the unknown outcome itself quotes only the cause: the same words as
    // the explanation, for a connection that broke off after sending too (not "not reached").
    void causeIsTheExplanationWithoutItsAdvice()
    {
        ApiError dropped;
        dropped.kind = ApiError::Kind::Network;
        dropped.outcomeUnknown = true;
        QCOMPARE(dropped.cause(),
                 u"The connection to PortOne broke off before the whole answer "
                 "arrived"_s);
        QVERIFY(dropped.explanation().startsWith(dropped.cause() + u". The outcome is unknown"_s));
        ApiError timeout;
        timeout.kind = ApiError::Kind::Timeout;
        QCOMPARE(timeout.cause(), u"PortOne did not answer in time"_s);
        QCOMPARE(timeout.explanation(), timeout.cause() + u'.');
    }

    void refusalsSayNothingWasApplied()
    {
        ReplySnapshot reply;
        reply.httpStatus = 429;
        reply.error = QNetworkReply::UnknownContentError;
        reply.body = "rate limited";
        const ApiError tooMany = mapReply(reply, true, false).error();
        QCOMPARE(tooMany.kind, Kind::Refused);
        QVERIFY2(tooMany.explanation().startsWith(u"Too many requests"_s),
                 qPrintable(tooMany.explanation()));
        QVERIFY(!tooMany.explanation().contains(u"unknown"_s));
        reply.httpStatus = 400;
        reply.body = R"({"statusCode":400,"message":"Bad Request"})";
        const ApiError badRequest = mapReply(reply, true, false).error();
        QVERIFY2(badRequest.explanation().contains(u"Nothing was changed"_s),
                 qPrintable(badRequest.explanation()));
        QVERIFY(!badRequest.explanation().contains(u"internal error"_s));
        QCOMPARE(ApiError::kindName(badRequest.kind), u"refused"_s);
    }

    // Plain arrays: next page until one is short, empty or only repeats; page objects: `next`.
    void schedulePaging()
    {
        auto page = [](int first, int count) {
            SchedulePage p;
            for (int i = first; i < first + count; ++i) {
                Schedule schedule;
                schedule.customerUid = u"c"_s;
                schedule.merchantUid = QString::number(i);
                p.list.append(schedule);
            }
            return p;
        };
        SchedulePaging paging;
        QCOMPARE(paging.nextPage(page(0, 20), 1), 2);
        QCOMPARE(paging.nextPage(page(20, 20), 2), 3);
        QCOMPARE(paging.nextPage(page(40, 19), 3), 0); // short
        paging.reset();
        QCOMPARE(paging.nextPage(page(0, 3), 1), 0); // below the documented 20
        paging.reset();
        QCOMPARE(paging.nextPage(page(0, 50), 1), 2); // a server with longer pages
        QCOMPARE(paging.nextPage(page(50, 20), 2), 0);
        paging.reset();
        QCOMPARE(paging.nextPage(page(0, 20), 1), 2);
        QCOMPARE(paging.nextPage(page(0, 20), 2), 0); // `page` ignored: the same page again
        paging.reset();
        QCOMPARE(paging.nextPage(page(0, 0), 1), 0);
        SchedulePage object = page(0, 5);
        object.pagedObject = true;
        object.next = 2;
        QCOMPARE(paging.nextPage(object, 1), 2); // the page object's word counts
        object.next = 0;
        QCOMPARE(paging.nextPage(object, 2), 0);
    }

    void retryAfter()
    {
        QCOMPARE(retryAfterSeconds("120", {}), 120);
        QCOMPARE(retryAfterSeconds(" 0 ", {}), 0);
        QCOMPARE(retryAfterSeconds("-3", {}), std::nullopt);
        QCOMPARE(retryAfterSeconds({}, {}), std::nullopt);
        QCOMPARE(retryAfterSeconds("soon", {}), std::nullopt);
        // An HTTP date counts from the answer's Date (the server's clock), not from ours.
        QCOMPARE(
            retryAfterSeconds("Wed, 21 Oct 2015 07:28:30 GMT", "Wed, 21 Oct 2015 07:28:00 GMT"),
            30);
        QCOMPARE(retryAfterSeconds("Wed, 21 Oct 2015 07:28:30 GMT", {}), std::nullopt);
        ReplySnapshot reply;
        reply.httpStatus = 429;
        reply.error = QNetworkReply::UnknownContentError;
        reply.body = "slow down";
        reply.retryAfter = "7";
        QCOMPARE(mapReply(reply, false, false).error().retryAfterSeconds, 7);
    }

    void cutOffAnswer()
    {
        ReplySnapshot reply;
        reply.httpStatus = 200;
        reply.body
            = "{\"code\":0,\"message\":null,\"response\":{\"imp_"; // moc misreads a raw string with
                                                                   // an unclosed brace
        reply.declaredLength = reply.body.size() * 2; // Qt reported no error
        Result<RawResponse> result = mapReply(reply, true, false);
        QCOMPARE(result.error().kind, Kind::Network);
        QCOMPARE(result.error().httpStatus, 200);
        QVERIFY(result.error().outcomeUnknown);
        QVERIFY2(result.error().detail.contains(u"bytes"_s), qPrintable(result.error().detail));
        QVERIFY(result.error().explanation().contains(u"broke off"_s));

        reply.declaredLength = -1; // Qt reported the closed connection after the headers
        reply.error = QNetworkReply::RemoteHostClosedError;
        result = mapReply(reply, false, false);
        QCOMPARE(result.error().kind, Kind::Network);
        QCOMPARE(result.error().httpStatus, 200);
        QVERIFY(!result.error().outcomeUnknown);

        reply.error = QNetworkReply::NoError; // the whole answer
        reply.body = R"({"code":0,"message":null,"response":{}})";
        reply.declaredLength = reply.body.size();
        QVERIFY(mapReply(reply, true, false).ok());
    }

    void mapping()
    {
        QFETCH(int, status);
        QFETCH(int, networkError);
        QFETCH(QByteArray, body);
        QFETCH(bool, changesState);
        QFETCH(bool, multiLookup);
        QFETCH(bool, ok);
        QFETCH(Kind, kind);
        QFETCH(int, code);
        QFETCH(QString, message);
        QFETCH(bool, unknown);

        ReplySnapshot reply;
        reply.httpStatus = status;
        reply.error = QNetworkReply::NetworkError(networkError);
        reply.errorString = u"network says no"_s;
        reply.body = body;
        const Result<RawResponse> result = mapReply(reply, changesState, multiLookup);
        QCOMPARE(result.ok(), ok);
        if (ok) {
            QCOMPARE(result.value().httpStatus, status);
            QCOMPARE(result.value().code, code);
            return;
        }
        const ApiError &error = result.error();
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.code.value_or(-100), code);
        QCOMPARE(error.message, message);
        QCOMPARE(error.outcomeUnknown, unknown);
        QVERIFY(!error.summary().isEmpty());
    }

    void url_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << u"https://api.iamport.kr"_s << QStringList { u"users"_s, u"pg"_s }
                               << QByteArray("https://api.iamport.kr/users/pg");
        QTest::newRow("slash and space")
            << u"http://127.0.0.1:8080/"_s
            << QStringList { u"subscribe"_s, u"customers"_s, u"a/b c"_s }
            << QByteArray("http://127.0.0.1:8080/subscribe/customers/a%2Fb%20c");
        QTest::newRow("korean") << u"https://api.iamport.kr/v1"_s
                                << QStringList { u"payments"_s, u"고객"_s }
                                << QByteArray(
                                       "https://api.iamport.kr/v1/payments/%EA%B3%A0%EA%B0%9D");
    }
    void url()
    {
        QFETCH(QString, base);
        QFETCH(QStringList, path);
        QFETCH(QByteArray, expected);
        ApiRequest request;
        request.path = path;
        QCOMPARE(ApiCall::buildUrl(QUrl(base), request).toEncoded(), expected);
    }

    void query()
    {
        ApiRequest request;
        request.path = { u"subscribe"_s, u"customers"_s };
        request.query = { { u"customer_uid[]"_s, u"a&b"_s },
                          { u"customer_uid[]"_s, u"c+d"_s },
                          { u"extra[requester]"_s, u"관리자"_s } };
        const QUrl url = ApiCall::buildUrl(QUrl(u"https://api.iamport.kr"_s), request);
        QCOMPARE(
            url.query(QUrl::FullyEncoded),
            u"customer_uid%5B%5D=a%26b&customer_uid%5B%5D=c%2Bd&extra%5Brequester%5D=%EA%B4%80%EB%A6%AC%EC%9E%90"_s);
    }

    void httpsRule_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << u"https://api.iamport.kr"_s << true;
        QTest::newRow("http loopback") << u"http://127.0.0.1:1234"_s << true;
        QTest::newRow("http 127.8") << u"http://127.8.0.1:1234"_s << true;
        QTest::newRow("http localhost") << u"http://localhost:1234"_s << true;
        QTest::newRow("http ::1") << u"http://[::1]:1234"_s << true;
        QTest::newRow("http remote") << u"http://api.iamport.kr"_s << false;
        QTest::newRow("http lan") << u"http://192.168.0.10"_s << false;
        QTest::newRow("ftp") << u"ftp://127.0.0.1"_s << false;
    }
    void httpsRule()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(ApiTransport::transportProblem(QUrl(url)).isEmpty(), allowed);
        // A live profile: https only, loopback included.
        QCOMPARE(ApiTransport::transportProblem(QUrl(url), true).isEmpty(),
                 url.startsWith(u"https://"_s));
    }

    void userAgent()
    {
        const QByteArray agent = ApiTransport::defaultUserAgent();
        QVERIFY(agent.startsWith("PortOneDesk/" PORTONE_VERSION " Qt/"));
        QVERIFY(agent.endsWith(qVersion()));
    }

    // Found by fuzz_response: a number beyond qint64 (1e308 is valid JSON) was converted with
    // undefined behaviour; now it reads as missing.
    void integerOutOfRange()
    {
        const QJsonObject object
            = QJsonDocument::fromJson(R"({"huge":1e308,"tiny":-1e308,"text":"9e99","ok":"42"})")
                  .object();
        QCOMPARE(json::integer(object, QLatin1String("huge")), std::nullopt);
        QCOMPARE(json::integer(object, QLatin1String("tiny")), std::nullopt);
        QCOMPARE(json::integer(object, QLatin1String("text")), std::nullopt);
        QCOMPARE(json::integer(object, QLatin1String("ok")), std::optional<qint64>(42));
        QVERIFY(!json::time(object, QLatin1String("huge")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestResponseMapping)
#include "tst_response_mapping.moc"
