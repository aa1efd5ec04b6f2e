// OTP request/confirm (SMS and APP), lookups, deletion and strict parameters.
#include "SandboxTestClient.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portone::sandbox;
using namespace portone::sandbox::testing;

class TstSandboxCertification : public QObject
{
    Q_OBJECT

private:
    FreshSandbox m_sandbox;

    static QJsonObject validRequest()
    {
        return { { u"name"_s, u"홍길동"_s },
                 { u"phone"_s, u"010-1234-5678"_s },
                 { u"birth"_s, u"900101"_s },
                 { u"gender_digit"_s, u"1"_s },
                 { u"carrier"_s, u"SKT"_s },
                 { u"is_mvno"_s, false },
                 { u"company"_s, u"포트원데스크"_s },
                 { u"merchant_uid"_s, u"cert_0001"_s },
                 { u"channel_key"_s, SandboxServer::certificationChannelKey() } };
    }
    QString request(const QJsonObject &body)
    {
        const HttpResult r = m_sandbox.client->postJson("/certifications/otp/request", body);
        return r.object().value(u"imp_uid"_s).toString();
    }

private Q_SLOTS:
    void init() { QVERIFY(m_sandbox.start()); }
    void cleanup() { m_sandbox.stop(); }

    void smsFlow()
    {
        QSignalSpy spy(m_sandbox.server.get(), &SandboxServer::otpIssued);
        const HttpResult r
            = m_sandbox.client->postJson("/certifications/otp/request", validRequest());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.code(), 0);
        const QString impUid = r.object().value(u"imp_uid"_s).toString();
        QVERIFY(QRegularExpression(u"^imv_[0-9]{12}$"_s).match(impUid).hasMatch());
        QVERIFY(!r.body.contains(m_sandbox.server->otpFor(impUid).toLatin1()));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), impUid);
        const QString otp = spy.at(0).at(1).toString();
        QCOMPARE(otp.size(), 6);
        QCOMPARE(m_sandbox.server->otpFor(impUid), otp);
        const HttpResult peek
            = m_sandbox.client->control("GET", "/__sandbox/otp/" + impUid.toLatin1());
        QCOMPARE(peek.object().value(u"otp"_s).toString(), otp);

        const HttpResult pending = m_sandbox.client->get("/certifications/" + impUid.toLatin1());
        QCOMPARE(pending.status, 200);
        QCOMPARE(pending.object().value(u"certified"_s).toBool(), false);
        QVERIFY(pending.object().value(u"unique_key"_s).isNull());

        const QByteArray confirmPath = "/certifications/otp/confirm/" + impUid.toLatin1();
        HttpResult c = m_sandbox.client->postJson(confirmPath, {});
        QCOMPARE(c.status, 400);
        QVERIFY(c.message().startsWith(u"otp 파라미터는 필수입니다."_s));
        const QString wrong = otp == u"000000"_s ? u"111111"_s : u"000000"_s;
        c = m_sandbox.client->postJson(confirmPath, { { u"otp"_s, wrong } });
        QCOMPARE(c.status, 400);
        QCOMPARE(c.message(), u"인증번호가 일치하지 않습니다. 다시 확인해주세요."_s);
        c = m_sandbox.client->postForm(confirmPath, "otp=" + otp.toLatin1());
        QCOMPARE(c.status, 200);
        const QJsonObject a = c.object();
        QCOMPARE(a.value(u"certified"_s).toBool(), true);
        QCOMPARE(a.value(u"imp_uid"_s).toString(), impUid);
        QCOMPARE(a.value(u"merchant_uid"_s).toString(), u"cert_0001"_s);
        QCOMPARE(a.value(u"name"_s).toString(), u"홍길동"_s);
        QCOMPARE(a.value(u"phone"_s).toString(), u"01012345678"_s);
        QCOMPARE(a.value(u"birthday"_s).toString(), u"1990-01-01"_s);
        QCOMPARE(a.value(u"gender"_s).toString(), u"male"_s);
        QCOMPARE(a.value(u"foreigner"_s).toBool(), false);
        QCOMPARE(a.value(u"carrier"_s).toString(), u"SKT"_s);
        QCOMPARE(a.value(u"pg_provider"_s).toString(), u"danal"_s);
        QCOMPARE(a.value(u"unique_key"_s).toString().size(), 88);
        QVERIFY(a.value(u"certified_at"_s).toInteger() > 0);
        c = m_sandbox.client->postJson(confirmPath, { { u"otp"_s, otp } });
        QCOMPARE(c.status, 400);
        QCOMPARE(c.message(), u"이미 인증처리가 완료된 건입니다."_s);
        QCOMPARE(m_sandbox.client->get("/certifications/" + impUid.toLatin1()).object(), a);
    }

    void genderAndForeigner_data()
    {
        QTest::addColumn<QString>("digit");
        QTest::addColumn<QString>("birth");
        QTest::addColumn<QString>("gender");
        QTest::addColumn<QString>("birthday");
        QTest::addColumn<bool>("foreigner");
        QTest::newRow("2 female 1900s")
            << u"2"_s << u"85.12.31"_s << u"female"_s << u"1985-12-31"_s << false;
        QTest::newRow("3 male 2000s")
            << u"3"_s << u"030405"_s << u"male"_s << u"2003-04-05"_s << false;
        QTest::newRow("6 foreign female")
            << u"6"_s << u"991231"_s << u"female"_s << u"1999-12-31"_s << true;
        QTest::newRow("7 foreign male")
            << u"7"_s << u"010101"_s << u"male"_s << u"2001-01-01"_s << true;
    }
    void genderAndForeigner()
    {
        QFETCH(QString, digit);
        QFETCH(QString, birth);
        QFETCH(QString, gender);
        QFETCH(QString, birthday);
        QFETCH(bool, foreigner);
        QJsonObject body = validRequest();
        body.insert(u"gender_digit"_s, digit);
        body.insert(u"birth"_s, birth);
        body.insert(u"is_mvno"_s, true);
        const QString impUid = request(body);
        QVERIFY(!impUid.isEmpty());
        const HttpResult c
            = m_sandbox.client->postJson("/certifications/otp/confirm/" + impUid.toLatin1(),
                                         { { u"otp"_s, m_sandbox.server->otpFor(impUid) } });
        QCOMPARE(c.object().value(u"gender"_s).toString(), gender);
        QCOMPARE(c.object().value(u"birthday"_s).toString(), birthday);
        QCOMPARE(c.object().value(u"foreigner"_s).toBool(), foreigner);
        QCOMPARE(c.object().value(u"carrier"_s).toString(), u"SKT_MVNO"_s);
    }

    void appMode()
    {
        QJsonObject body = validRequest();
        body.insert(u"channel_key"_s, SandboxServer::certificationAppChannelKey());
        body.insert(u"verification_method"_s, u"APP"_s);
        body.insert(u"bypass"_s, u"{\"kcp_v2\":{\"cert_type\":\"01\"}}"_s);
        QSignalSpy spy(m_sandbox.server.get(), &SandboxServer::otpIssued);
        const QString impUid = request(body);
        QVERIFY(!impUid.isEmpty());
        QCOMPARE(spy.count(), 0);
        QVERIFY(m_sandbox.server->otpFor(impUid).isEmpty());
        const HttpResult c
            = m_sandbox.client->postJson("/certifications/otp/confirm/" + impUid.toLatin1(), {});
        QCOMPARE(c.status, 200);
        QCOMPARE(c.object().value(u"pg_provider"_s).toString(), u"kcp_v2"_s);
        QCOMPARE(c.object().value(u"certified"_s).toBool(), true);
        // APP only exists on kcp_v2.
        body.insert(u"channel_key"_s, SandboxServer::certificationChannelKey());
        const HttpResult bad = m_sandbox.client->postJson("/certifications/otp/request", body);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.message(), u"verification_method APP 은 kcp_v2 채널에서만 지원됩니다."_s);
    }

    void formBody()
    {
        const QByteArray form = "name=%ED%99%8D+%EA%B8%B8%EB%8F%99&phone=01012345678&birth=900101"
                                "&gender_digit=1&carrier=KT&channel_key="
            + SandboxServer::certificationChannelKey().toLatin1();
        const HttpResult r = m_sandbox.client->postForm("/certifications/otp/request", form);
        QCOMPARE(r.status, 200);
        const QString impUid = r.object().value(u"imp_uid"_s).toString();
        const HttpResult c
            = m_sandbox.client->postForm("/certifications/otp/confirm/" + impUid.toLatin1(),
                                         "otp=" + m_sandbox.server->otpFor(impUid).toLatin1());
        QCOMPARE(c.object().value(u"name"_s).toString(), u"홍 길동"_s);
        QCOMPARE(c.object().value(u"carrier"_s).toString(), u"KT"_s);
    }

    void strictRequest_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value"); // Undefined: remove the field
        QTest::addColumn<QString>("message");
        const QJsonValue drop(QJsonValue::Undefined);
        for (const QString &f : { u"name"_s, u"phone"_s, u"birth"_s, u"gender_digit"_s,
                                  u"carrier"_s, u"channel_key"_s })
            QTest::addRow("missing %s", qPrintable(f))
                << f << drop << f + u" 파라미터는 필수입니다."_s;
        QTest::newRow("carrier enum") << u"carrier"_s << QJsonValue(u"SKB"_s)
                                      << u"carrier 는 SKT, KT, LGT 중 하나여야 합니다."_s;
        QTest::newRow("method enum") << u"verification_method"_s << QJsonValue(u"EMAIL"_s)
                                     << u"verification_method 는 SMS, APP 중 하나여야 합니다."_s;
        QTest::newRow("is_mvno bool") << u"is_mvno"_s << QJsonValue(u"maybe"_s)
                                      << u"is_mvno 는 true 또는 false 여야 합니다."_s;
        QTest::newRow("bypass not json") << u"bypass"_s << QJsonValue(u"{oops"_s)
                                         << u"bypass 는 JSON 객체 형식의 문자열이어야 합니다."_s;
        QTest::newRow("bypass object") << u"bypass"_s << QJsonValue(QJsonObject { { u"a"_s, 1 } })
                                       << u"bypass 는 JSON 객체 형식의 문자열이어야 합니다."_s;
        QTest::newRow("birth date") << u"birth"_s << QJsonValue(u"901399"_s)
                                    << u"birth 는 YYMMDD 형식의 6자리 생년월일이어야 합니다."_s;
        QTest::newRow("unknown channel")
            << u"channel_key"_s << QJsonValue(u"channel-key-nope"_s)
            << u"본인인증 채널을 찾을 수 없습니다. (channel_key: channel-key-nope)"_s;
        QTest::newRow("billing channel")
            << u"channel_key"_s << QJsonValue(SandboxServer::billingChannelKey())
            << u"본인인증 채널을 찾을 수 없습니다. (channel_key: channel-key-sbx-nice)"_s;
    }
    void strictRequest()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        QJsonObject body = validRequest();
        if (value.isUndefined())
            body.remove(field);
        else
            body.insert(field, value);
        const HttpResult r = m_sandbox.client->postJson("/certifications/otp/request", body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), 1);
        QCOMPARE(r.message(), message);
        QVERIFY(r.response().isNull());
    }

    void unknownImpUid()
    {
        const HttpResult c = m_sandbox.client->postJson(
            "/certifications/otp/confirm/imv_000000000404", { { u"otp"_s, u"123456"_s } });
        QCOMPARE(c.status, 404);
        QCOMPARE(c.message(), u"imp_uid 에 해당하는 본인인증 요청건이 존재하지 않습니다."_s);
        QCOMPARE(m_sandbox.client->get("/certifications/imv_000000000404").status, 404);
        QCOMPARE(m_sandbox.client->del("/certifications/imv_000000000404").status, 404);
    }

    void seededAndDelete()
    {
        const HttpResult r = m_sandbox.client->get("/certifications/imv_900000000001");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"name"_s).toString(), u"홍길동"_s);
        QCOMPARE(r.object().value(u"certified"_s).toBool(), true);
        const HttpResult d = m_sandbox.client->del("/certifications/imv_900000000001");
        QCOMPARE(d.status, 200);
        QCOMPARE(d.object(), r.object());
        const HttpResult gone = m_sandbox.client->get("/certifications/imv_900000000001");
        QCOMPARE(gone.status, 404);
        QCOMPARE(gone.message(), u"본인인증결과를 찾을 수 없습니다."_s);
    }
};

QTEST_GUILESS_MAIN(TstSandboxCertification)
#include "tst_sandbox_certification.moc"
