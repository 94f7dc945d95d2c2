// The intake service over real HTTP against a real PostgreSQL database: upsert by CAD id, re-triage on
// update, every error status with the field named, authentication, health, a database that is missing and
// then comes, a connection that drops, and a flood of garbage that must not bring the server down.

#include "../store/testdatabase.h"
#include "domain/rulesetloader.h"
#include "feed/intakeserver.h"
#include "io/calljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>

using namespace rr;

namespace {

struct HttpAnswer
{
    int status = 0; // 0: no HTTP answer
    QJsonObject json;
    QByteArray raw;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray allow;
    QByteArray contentType;
};

QByteArray callBody(const QString &id,
                    const QString &narrative = QStringLiteral("Caller asks for a welfare check on "
                                                              "her elderly neighbour, no answer "
                                                              "at the door"))
{
    Call c;
    c.id = id;
    c.receivedAt = QDateTime::currentDateTimeUtc();
    c.callType = QStringLiteral("WELFARE CHECK");
    c.callCode = QStringLiteral("WELCK");
    c.priority = 3;
    c.narrative = narrative;
    c.address = QStringLiteral("1200 BLOCK OF MAIN ST");
    c.latitude = 35.99;
    c.longitude = -78.9;
    c.beat = QStringLiteral("213");
    return QJsonDocument(callToJson(c)).toJson(QJsonDocument::Compact);
}

} // namespace

class TestIntakeServer : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_db{QStringLiteral("intake")};
    std::unique_ptr<PgConnection> m_conn;
    std::unique_ptr<IntakeServer> m_server;
    QNetworkAccessManager m_network;

    QUrl url(quint16 port, const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
    }

    HttpAnswer request(const QUrl &target, const QByteArray &verb, const QByteArray &body,
                       const QByteArray &contentType = QByteArrayLiteral("application/json"),
                       const QByteArray &authorization = {})
    {
        QNetworkRequest r(target);
        if (!contentType.isEmpty())
            r.setRawHeader("Content-Type", contentType);
        if (!authorization.isEmpty())
            r.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = m_network.sendCustomRequest(r, verb, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        HttpAnswer a;
        if (!reply->isFinished() && !done.wait(20000)) {
            reply->abort();
            reply->deleteLater();
            return a;
        }
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.raw = reply->readAll();
        a.json = QJsonDocument::fromJson(a.raw).object();
        a.error = reply->error();
        a.allow = reply->rawHeader("Allow");
        a.contentType = reply->rawHeader("Content-Type");
        reply->deleteLater();
        return a;
    }
    HttpAnswer post(const QByteArray &body,
                    const QByteArray &contentType = QByteArrayLiteral("application/json"))
    {
        return request(url(m_server->port(), QStringLiteral("/v1/calls")), "POST", body, contentType);
    }
    qint64 count(const char *sql, const QString &cadId)
    {
        PgResult r = m_conn->exec(sql, {cadId});
        if (!r.ok())
            qWarning("%s", qPrintable(r.error()));
        return r.ok() ? r.integer(0, 0) : -1;
    }
    qint64 callRows(const QString &cadId)
    {
        return count("SELECT count(*) FROM live.calls WHERE cad_id = $1", cadId);
    }
    qint64 suggestionRows(const QString &cadId)
    {
        return count("SELECT count(*) FROM live.suggestions s JOIN live.calls c ON c.id = s.call_id"
                     " WHERE c.cad_id = $1",
                     cadId);
    }

private Q_SLOTS:
    void initTestCase();
    void createsThenResendIsIdempotent();
    void updateTriagesAgain();
    void trainingSchemaKeepsApart();
    void concurrentPostsAllStored_data();
    void concurrentPostsAllStored();
    void errors_data();
    void errors();
    void acceptsUtf8Charset();
    void tokenRequired_data();
    void tokenRequired();
    void tokenFromFileOrEnvironment();
    void health();
    void unavailableDatabaseThenRecovery();
    void reconnectsAfterConnectionLoss();
    void mutatedBodiesNeverFailTheServer();
    void garbageFloodDoesNotCrash();
    void listenFailureIsAnError();
};

void TestIntakeServer::initTestCase()
{
    QVERIFY2(m_db.ok(), qPrintable(m_db.error()));
    QString error;
    m_conn = m_db.migrated(&error);
    QVERIFY2(m_conn, qPrintable(error));
    IntakeOptions o;
    o.port = 0;
    o.dbUri = m_db.uri();
    m_server = std::make_unique<IntakeServer>(o);
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY(m_server->port() != 0);
}

void TestIntakeServer::createsThenResendIsIdempotent()
{
    QSignalSpy stored(m_server.get(), &IntakeServer::callStored);
    const QByteArray body = callBody(QStringLiteral("2024-000001"));
    const HttpAnswer first = post(body);
    QCOMPARE(first.status, 201);
    QVERIFY(first.contentType.startsWith("application/json"));
    QCOMPARE(first.json.value(QStringLiteral("id")).toString(), QStringLiteral("2024-000001"));
    QCOMPARE(first.json.value(QStringLiteral("created")).toBool(), true);
    const QJsonObject suggestion = first.json.value(QStringLiteral("suggestion")).toObject();
    QCOMPARE(suggestion.value(QStringLiteral("response")).toString(), QStringLiteral("unarmed"));
    QVERIFY(suggestion.value(QStringLiteral("confidence")).toDouble() > 0);
    QCOMPARE(suggestion.value(QStringLiteral("category")).toString(), QStringLiteral("welfare_check"));
    QVERIFY(!suggestion.value(QStringLiteral("reasons")).toArray().isEmpty());
    QVERIFY(suggestion.value(QStringLiteral("ems")).isBool());

    const HttpAnswer again = post(body);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value(QStringLiteral("created")).toBool(), false);
    QCOMPARE(again.json.value(QStringLiteral("changed")).toBool(), false);
    QCOMPARE(callRows(QStringLiteral("2024-000001")), 1);
    QCOMPARE(suggestionRows(QStringLiteral("2024-000001")), 1);

    QTRY_COMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0), (QVariantList{QStringLiteral("2024-000001"), true, false}));
    QCOMPARE(stored.at(1), (QVariantList{QStringLiteral("2024-000001"), false, false}));
}

void TestIntakeServer::updateTriagesAgain()
{
    const QString id = QStringLiteral("2024-000002");
    QCOMPARE(post(callBody(id)).status, 201);
    const HttpAnswer updated = post(
        callBody(id, QStringLiteral("Caller says her neighbour is waving a knife at people in the street")));
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json.value(QStringLiteral("created")).toBool(), false);
    QCOMPARE(updated.json.value(QStringLiteral("changed")).toBool(), true);
    QCOMPARE(updated.json.value(QStringLiteral("suggestion"))
                 .toObject()
                 .value(QStringLiteral("response"))
                 .toString(),
             QStringLiteral("police"));
    QCOMPARE(callRows(id), 1);
    QCOMPARE(suggestionRows(id), 2);
    PgResult r = m_conn->exec("SELECT s.kind FROM live.suggestions s JOIN live.calls c ON c.id = s.call_id"
                              " WHERE c.cad_id = $1 ORDER BY s.id",
                              {id});
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r.text(0, 0), QStringLiteral("unarmed"));
    QCOMPARE(r.text(1, 0), QStringLiteral("police"));
}

void TestIntakeServer::trainingSchemaKeepsApart()
{
    IntakeOptions o;
    o.port = 0;
    o.dbUri = m_db.uri();
    o.schema = StoreSchema::Training;
    IntakeServer training(o);
    QString error;
    QVERIFY2(training.start(&error), qPrintable(error));
    const QString id = QStringLiteral("TRAIN-1");
    QCOMPARE(request(url(training.port(), QStringLiteral("/v1/calls")), "POST", callBody(id)).status, 201);
    QCOMPARE(count("SELECT count(*) FROM training.calls WHERE cad_id = $1", id), 1);
    QCOMPARE(callRows(id), 0);
}

void TestIntakeServer::concurrentPostsAllStored_data()
{
    QTest::addColumn<int>("workers");
    QTest::newRow("one worker") << 1;
    QTest::newRow("three workers") << 3;
}

// Many requests in flight at once over several connections: each one answered 201 and stored once.
void TestIntakeServer::concurrentPostsAllStored()
{
    QFETCH(int, workers);
    IntakeOptions o;
    o.port = 0;
    o.dbUri = m_db.uri();
    o.workers = workers;
    IntakeServer server(o);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QString prefix = QStringLiteral("PAR%1-").arg(workers);
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 60; ++i) {
        QNetworkRequest r(url(server.port(), QStringLiteral("/v1/calls")));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        replies.append(m_network.post(r, callBody(prefix + QString::number(i))));
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }),
        60000);
    for (QNetworkReply *reply : std::as_const(replies)) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        reply->deleteLater();
    }
    QCOMPARE(count("SELECT count(*) FROM live.calls WHERE cad_id LIKE $1 || '%'", prefix), 60);
}

void TestIntakeServer::errors_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field"); // "" when the answer names none

    const QString calls = QStringLiteral("/v1/calls");
    const QByteArray json = QByteArrayLiteral("application/json");
    const QByteArray good = callBody(QStringLiteral("2024-000099"));
    QTest::newRow("400 malformed") << QByteArray("POST") << calls << json << QByteArray("{\"id\": ") << 400
                                   << QStringLiteral("body");
    QTest::newRow("400 array") << QByteArray("POST") << calls << json << QByteArray("[1,2]") << 400
                               << QStringLiteral("body");
    QTest::newRow("400 empty") << QByteArray("POST") << calls << json << QByteArray() << 400
                               << QStringLiteral("body");
    QTest::newRow("422 no id") << QByteArray("POST") << calls << json << QByteArray(R"({"narrative":"x"})")
                               << 422 << QStringLiteral("id");
    QTest::newRow("422 priority") << QByteArray("POST") << calls << json
                                  << QByteArray(R"({"id":"E1","priority":"high"})") << 422
                                  << QStringLiteral("priority");
    QTest::newRow("422 time") << QByteArray("POST") << calls << json
                              << QByteArray(R"({"id":"E1","received_at":"soon"})") << 422
                              << QStringLiteral("received_at");
    QTest::newRow("422 lat") << QByteArray("POST") << calls << json << QByteArray(R"({"id":"E1","lat":95})")
                             << 422 << QStringLiteral("lat");
    QTest::newRow("422 weapon") << QByteArray("POST") << calls << json
                                << QByteArray(R"({"id":"E1","weapon":"maybe"})") << 422
                                << QStringLiteral("weapon");
    QTest::newRow("413 too big") << QByteArray("POST") << calls << json
                                 << QByteArray(R"({"id":"E1","narrative":")") + QByteArray(70 * 1024, 'a') +
                                        "\"}"
                                 << 413 << QStringLiteral("body");
    QTest::newRow("415 text/plain") << QByteArray("POST") << calls << QByteArray("text/plain") << good << 415
                                    << QStringLiteral("Content-Type");
    QTest::newRow("415 form") << QByteArray("POST") << calls
                              << QByteArray("application/x-www-form-urlencoded") << good << 415
                              << QStringLiteral("Content-Type");
    QTest::newRow("415 latin1") << QByteArray("POST") << calls
                                << QByteArray("application/json; charset=iso-8859-1") << good << 415
                                << QStringLiteral("Content-Type");
    QTest::newRow("404 path") << QByteArray("POST") << QStringLiteral("/v1/call") << json << good << 404
                              << QString();
    QTest::newRow("404 root") << QByteArray("GET") << QStringLiteral("/") << json << QByteArray() << 404
                              << QString();
    QTest::newRow("404 deeper") << QByteArray("GET") << QStringLiteral("/v1/calls/2024-1") << json
                                << QByteArray() << 404 << QString();
    QTest::newRow("405 GET calls") << QByteArray("GET") << calls << json << QByteArray() << 405 << QString();
    QTest::newRow("405 PUT calls") << QByteArray("PUT") << calls << json << good << 405 << QString();
    QTest::newRow("405 DELETE calls")
        << QByteArray("DELETE") << calls << json << QByteArray() << 405 << QString();
    QTest::newRow("405 POST health") << QByteArray("POST") << QStringLiteral("/v1/health") << json << good
                                     << 405 << QString();
}

void TestIntakeServer::errors()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);

    QSignalSpy rejected(m_server.get(), &IntakeServer::rejected);
    const HttpAnswer a = request(url(m_server->port(), path), verb, body, contentType);
    QCOMPARE(a.status, status);
    QVERIFY2(!a.json.value(QStringLiteral("error")).toString().isEmpty(), a.raw.constData());
    QCOMPARE(a.json.value(QStringLiteral("field")).toString(), field);
    if (status == 405)
        QVERIFY(a.allow == "POST" || a.allow == "GET");
    QTRY_COMPARE(rejected.size(), 1);
    QCOMPARE(rejected.at(0).at(0).toInt(), status);
    QCOMPARE(callRows(QStringLiteral("E1")), 0);
}

void TestIntakeServer::acceptsUtf8Charset()
{
    const HttpAnswer a = post(callBody(QStringLiteral("2024-000003")), "Application/JSON; Charset=\"UTF-8\"");
    QCOMPARE(a.status, 201);
}

void TestIntakeServer::tokenRequired_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::newRow("missing") << QByteArray() << 401;
    QTest::newRow("wrong") << QByteArray("Bearer s3cret-nope") << 401;
    QTest::newRow("prefix of it") << QByteArray("Bearer s3cr") << 401;
    QTest::newRow("no scheme") << QByteArray("s3cret") << 401;
    QTest::newRow("basic") << QByteArray("Basic czNjcmV0") << 401;
    QTest::newRow("right") << QByteArray("Bearer s3cret") << 201;
    QTest::newRow("scheme in lower case") << QByteArray("bearer  s3cret ") << 200; // the same call again
}

void TestIntakeServer::tokenRequired()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    static std::unique_ptr<IntakeServer> guarded;
    if (!guarded) {
        IntakeOptions o;
        o.port = 0;
        o.dbUri = m_db.uri();
        o.token = "s3cret";
        guarded = std::make_unique<IntakeServer>(o);
        QString error;
        QVERIFY2(guarded->start(&error), qPrintable(error));
    }
    const HttpAnswer a = request(url(guarded->port(), QStringLiteral("/v1/calls")), "POST",
                                 callBody(QStringLiteral("AUTH-1")), "application/json", authorization);
    QCOMPARE(a.status, status);
    if (status == 401)
        QCOMPARE(a.json.value(QStringLiteral("field")).toString(), QStringLiteral("Authorization"));
    // Health needs no token.
    QCOMPARE(request(url(guarded->port(), QStringLiteral("/v1/health")), "GET", {}).status, 200);
}

void TestIntakeServer::tokenFromFileOrEnvironment()
{
    qputenv("RIGHTRESPONSE_INTAKE_TOKEN", "  from-env \n");
    QString error;
    QCOMPARE(loadIntakeToken(QString(), &error), QByteArray("from-env"));
    QVERIFY(error.isEmpty());

    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("from-file\n");
    file.flush();
    QCOMPARE(loadIntakeToken(file.fileName(), &error), QByteArray("from-file"));
    QVERIFY(error.isEmpty());

    QCOMPARE(loadIntakeToken(file.fileName() + QStringLiteral(".missing"), &error), QByteArray());
    QVERIFY(error.contains(QStringLiteral("cannot read")));

    QTemporaryFile blank;
    QVERIFY(blank.open());
    blank.write(" \n");
    blank.flush();
    error.clear();
    QCOMPARE(loadIntakeToken(blank.fileName(), &error), QByteArray());
    QVERIFY(error.contains(QStringLiteral("empty")));

    qunsetenv("RIGHTRESPONSE_INTAKE_TOKEN");
    error.clear();
    QCOMPARE(loadIntakeToken(QString(), &error), QByteArray());
    QVERIFY(error.isEmpty());
}

void TestIntakeServer::health()
{
    const HttpAnswer a = request(url(m_server->port(), QStringLiteral("/v1/health")), "GET", {});
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(a.json.value(QStringLiteral("database")).toString(), QStringLiteral("ok"));
    QCOMPARE(a.json.value(QStringLiteral("schema")).toString(), QStringLiteral("live"));
    const auto rules = RuleSetLoader::loadBuiltIn();
    QVERIFY(rules.ok());
    QCOMPARE(a.json.value(QStringLiteral("rules_version")).toString(), rules.value()->version);
}

// The intake starts while its database does not exist yet: 503 and "unavailable", never a crash; once the
// database exists, the next request connects and stores.
void TestIntakeServer::unavailableDatabaseThenRecovery()
{
    const QString lateName = QStringLiteral("late_intake");
    QUrl lateUri(m_db.uri());
    lateUri.setPath(QStringLiteral("/rr_test_%1_%2").arg(lateName).arg(QCoreApplication::applicationPid()));

    IntakeOptions o;
    o.port = 0;
    o.dbUri = lateUri.toString();
    IntakeServer server(o);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QSignalSpy rejected(&server, &IntakeServer::rejected);

    const QUrl calls = url(server.port(), QStringLiteral("/v1/calls"));
    const HttpAnswer down = request(calls, "POST", callBody(QStringLiteral("LATE-1")));
    QCOMPARE(down.status, 503);
    QCOMPARE(down.json.value(QStringLiteral("error")).toString(), QStringLiteral("database unavailable"));
    QVERIFY(down.json.value(QStringLiteral("detail")).toString().contains(lateUri.path().mid(1)));
    QTRY_COMPARE(rejected.size(), 1);
    QCOMPARE(rejected.at(0).at(0).toInt(), 503);
    const HttpAnswer downHealth = request(url(server.port(), QStringLiteral("/v1/health")), "GET", {});
    QCOMPARE(downHealth.status, 200);
    QCOMPARE(downHealth.json.value(QStringLiteral("database")).toString(), QStringLiteral("unavailable"));
    // Bad input is still judged without a database.
    QCOMPARE(request(calls, "POST", "{").status, 400);

    test::TestDatabase late(lateName);
    QVERIFY2(late.ok(), qPrintable(late.error()));
    QCOMPARE(late.uri(), lateUri.toString());
    auto lateConn = late.migrated(&error);
    QVERIFY2(lateConn, qPrintable(error));

    QCOMPARE(request(calls, "POST", callBody(QStringLiteral("LATE-1"))).status, 201);
    QCOMPARE(request(url(server.port(), QStringLiteral("/v1/health")), "GET", {})
                 .json.value(QStringLiteral("database"))
                 .toString(),
             QStringLiteral("ok"));
    PgResult r = lateConn->exec("SELECT count(*) FROM live.calls WHERE cad_id = 'LATE-1'");
    QCOMPARE(r.integer(0, 0), 1);
}

// The database server drops the intake's connection (restart, failover, an administrator): the next call
// is stored on a fresh connection without the client seeing an error.
void TestIntakeServer::reconnectsAfterConnectionLoss()
{
    QCOMPARE(post(callBody(QStringLiteral("DROP-1"))).status, 201);
    QString error;
    auto admin = m_db.connect(&error);
    QVERIFY2(admin, qPrintable(error));
    const qint64 ownPid = m_conn->exec("SELECT pg_backend_pid()").integer(0, 0);
    PgResult killed =
        admin->exec("SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    " AND pid <> $1::int) t",
                    {ownPid});
    QVERIFY2(killed.ok(), qPrintable(killed.error()));
    QVERIFY(killed.integer(0, 0) >= 1);
    QCOMPARE(post(callBody(QStringLiteral("DROP-2"))).status, 201);
    QCOMPARE(callRows(QStringLiteral("DROP-2")), 1);
}

// Valid bodies with bytes flipped, cut short or duplicated: every answer is a success or a 4xx, never a 5xx
// or silence.
void TestIntakeServer::mutatedBodiesNeverFailTheServer()
{
    QRandomGenerator random(20240501);
    const QByteArray base = callBody(QStringLiteral("FUZZ-1"));
    for (int i = 0; i < 150; ++i) {
        QByteArray body = base;
        const int edits = 1 + random.bounded(4);
        for (int e = 0; e < edits; ++e) {
            const int at = random.bounded(int(body.size()));
            switch (random.bounded(4)) {
            case 0:
                body[at] = char(random.bounded(256));
                break;
            case 1:
                body.truncate(at);
                break;
            case 2:
                body.insert(at, body.mid(random.bounded(int(body.size())), 8));
                break;
            default:
                body.insert(at, "\\u0000\"\xc3(");
                break;
            }
            if (body.isEmpty())
                body = "x";
        }
        const HttpAnswer a = post(body);
        QVERIFY2(
            a.status == 200 || a.status == 201 || a.status == 400 || a.status == 422,
            qPrintable(QStringLiteral("HTTP %1 for %2: %3")
                           .arg(a.status)
                           .arg(QString::fromLatin1(body.toPercentEncoding()), QString::fromUtf8(a.raw))));
    }
}

// Raw garbage on raw sockets: random bytes, a huge header, unknown methods, half requests. The server must
// survive every one and go on serving.
void TestIntakeServer::garbageFloodDoesNotCrash()
{
    QRandomGenerator random(7);
    QList<QByteArray> payloads;
    for (int i = 0; i < 40; ++i) {
        QByteArray bytes(1 + random.bounded(4096), Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(256));
        payloads.append(bytes);
    }
    // Well-formed enough to deserve an answer: the start of the status line expected.
    const QList<std::pair<QByteArray, QByteArray>> answered = {
        {"POST /v1/calls HTTP/1.1\r\nHost: x\r\nX-Huge: " + QByteArray(256 * 1024, 'h') + "\r\n\r\n",
         "HTTP/1.1 415"},
        {"GET /v1/health HTTP/1.1\r\n" + QByteArray(20000, 'a') + ": b\r\n\r\n", "HTTP/1.1 200"},
        {"BREW /v1/calls HTTP/1.1\r\nHost: x\r\n\r\n", "HTTP/1.1 4"},
        {"FOO / HTTP/1.1\r\n\r\n", "HTTP/1.1 404"},
        {"GET / HTTP/9.9\r\n\r\n", "HTTP/1.1 404"},
        {"POST /v1/calls HTTP/1.1\r\nContent-Length: -5\r\n\r\n", "HTTP/1.1 4"},
        {"POST /v1/calls HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n", "HTTP/1.1 4"},
        {"GET /" + QByteArray(100000, 'p') + " HTTP/1.1\r\n\r\n", "HTTP/1.1 404"},
    };
    for (const auto &a : answered)
        payloads << a.first;
    payloads
        << "POST /v1/calls HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\nabc"
        << "POST /v1/calls HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 40\r\n\r\n{\"id\":"
        << "\r\n\r\n\r\n"
        << QByteArray(64 * 1024, '\0');

    // Asynchronous, so that the server's event loop (this thread's) runs while the garbage arrives.
    QList<QTcpSocket *> sockets;
    for (const QByteArray &payload : std::as_const(payloads)) {
        auto *socket = new QTcpSocket(this);
        socket->connectToHost(QHostAddress::LocalHost, m_server->port());
        socket->write(payload); // buffered until connected
        sockets.append(socket);
    }
    const auto settled = [&] {
        for (QTcpSocket *socket : std::as_const(sockets))
            if (socket->state() != QAbstractSocket::UnconnectedState && socket->bytesToWrite() > 0)
                return false;
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 20000);
    for (qsizetype i = 0; i < answered.size(); ++i) {
        QTcpSocket *socket = sockets.at(40 + i);
        const QByteArray expected = answered.at(i).second;
        QTRY_VERIFY2_WITH_TIMEOUT(socket->bytesAvailable() >= expected.size(), expected.constData(), 10000);
        QCOMPARE(socket->peek(expected.size()), expected);
    }
    // Whatever happened to those connections, the server still answers properly.
    QCOMPARE(request(url(m_server->port(), QStringLiteral("/v1/health")), "GET", {}).status, 200);
    QCOMPARE(post(callBody(QStringLiteral("AFTER-FLOOD"))).status, 201);
    for (QTcpSocket *socket : std::as_const(sockets)) {
        socket->abort();
        delete socket;
    }
    QCOMPARE(post(callBody(QStringLiteral("AFTER-FLOOD"))).status, 200);
}

void TestIntakeServer::listenFailureIsAnError()
{
    IntakeOptions o;
    o.port = m_server->port(); // taken
    o.dbUri = m_db.uri();
    IntakeServer second(o);
    QString error;
    QVERIFY(!second.start(&error));
    QVERIFY2(error.contains(QString::number(o.port)), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestIntakeServer)
#include "tst_intakeserver.moc"
