// The intake's connection-level defences without a network: the request framing that refuses a request by
// its headers (fed whole and byte by byte), and the connection caps.

#include "feed/intakeconnections.h"

#include <QTest>

using namespace rr;

class TestIntakeConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framer_data();
    void framer();
    void framerFollowsKeepAliveRequests();
    void limitsPerClientAndTotal();
    void mappedAddressIsTheIpv4Client();
    void describedForTheLog();
};

void TestIntakeConnections::framer_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status"); // 0: not refused
    QTest::addColumn<QString>("field");

    const QByteArray post = "POST /v1/calls HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n";
    QTest::newRow("small body") << post + "Content-Length: 10\r\n\r\n0123456789" << 0 << QString();
    QTest::newRow("at the limit") << post + "Content-Length: 1000\r\n\r\n" << 0 << QString();
    QTest::newRow("over the limit, no body yet") << post + "Content-Length: 1001\r\n\r\n"
                                                 << 413 << QStringLiteral("body");
    QTest::newRow("huge") << post + "content-length: 99999999999\r\n\r\n" << 413 << QStringLiteral("body");
    QTest::newRow("lf only") << QByteArray("POST / HTTP/1.1\nContent-Length: 5000\n\n") << 413
                             << QStringLiteral("body");
    QTest::newRow("negative") << post + "Content-Length: -5\r\n\r\n"
                              << 400 << QStringLiteral("Content-Length");
    QTest::newRow("overflow") << post + "Content-Length: 99999999999999999999\r\n\r\n"
                              << 400 << QStringLiteral("Content-Length");
    QTest::newRow("two values") << post + "Content-Length: 5\r\nContent-Length: 6\r\n\r\n"
                                << 400 << QStringLiteral("Content-Length");
    QTest::newRow("chunked") << post + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"
                             << 411 << QStringLiteral("Content-Length");
    QTest::newRow("headers without end") << post + "X-Pad: " + QByteArray(3000, 'p') << 431 << QString();
    QTest::newRow("headers under the cap") << "GET / HTTP/1.1\r\nX-Pad: " + QByteArray(1500, 'p') + "\r\n\r\n"
                                           << 0 << QString();
    QTest::newRow("no length") << QByteArray("GET /v1/health HTTP/1.1\r\n\r\n") << 0 << QString();
    QTest::newRow("blank lines first") << QByteArray("\r\n\r\n\r\n") << 0 << QString();
}

void TestIntakeConnections::framer()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(QString, field);
    // Whole, then byte by byte (a slow client): the same verdict.
    for (const bool slowly : {false, true}) {
        RequestFramer framer(2048, 1000);
        RequestFramer::Verdict verdict;
        if (slowly) {
            for (qsizetype i = 0; i < bytes.size() && verdict.status == 0; ++i)
                verdict = framer.feed(QByteArrayView(bytes).sliced(i, 1));
        } else {
            verdict = framer.feed(bytes);
        }
        QCOMPARE(verdict.status, status);
        QCOMPARE(verdict.field, field);
        QCOMPARE(verdict.message.isEmpty(), status == 0);
    }
}

// The second request of a keep-alive connection is judged by its own headers, not taken for body bytes.
void TestIntakeConnections::framerFollowsKeepAliveRequests()
{
    RequestFramer framer(2048, 100);
    const QByteArray first = "POST /v1/calls HTTP/1.1\r\nContent-Length: 12\r\n\r\n{\"id\":\"E1\"} ";
    QCOMPARE(framer.feed(first.left(30)).status, 0);
    QCOMPARE(framer.feed(first.mid(30)).status, 0);
    // A body that looks like headers is body all the same.
    QCOMPARE(framer.feed("POST /v1/calls HTTP/1.1\r\nContent-Length: 20\r\n\r\nContent-Length: 9999").status,
             0);
    const RequestFramer::Verdict third =
        framer.feed("POST /v1/calls HTTP/1.1\r\nContent-Length: 101\r\n\r\n");
    QCOMPARE(third.status, 413);
}

void TestIntakeConnections::limitsPerClientAndTotal()
{
    ConnectionLimits limits(5, 3);
    const QHostAddress a(QStringLiteral("10.0.0.1"));
    const QHostAddress b(QStringLiteral("10.0.0.2"));
    const QHostAddress c(QStringLiteral("10.0.0.3"));
    IntakeRefusal why{};
    for (int i = 0; i < 3; ++i)
        QVERIFY(limits.tryAcquire(a, &why));
    QVERIFY(!limits.tryAcquire(a, &why));
    QCOMPARE(why, IntakeRefusal::TooManyFromClient);
    QVERIFY(limits.tryAcquire(b, &why));
    QVERIFY(limits.tryAcquire(b, &why));
    QVERIFY(!limits.tryAcquire(c, &why));
    QCOMPARE(why, IntakeRefusal::TooManyOpen);
    QCOMPARE(limits.open(), 5);
    QCOMPARE(limits.openFrom(a), 3);
    QCOMPARE(limits.openFrom(c), 0);
    limits.release(a);
    QVERIFY(limits.tryAcquire(c, &why));
    QVERIFY(!limits.tryAcquire(a, &why));
    for (int i = 0; i < 2; ++i)
        limits.release(a);
    limits.release(b);
    limits.release(b);
    limits.release(c);
    limits.release(c); // not held: ignored
    QCOMPARE(limits.open(), 0);
}

void TestIntakeConnections::mappedAddressIsTheIpv4Client()
{
    QCOMPARE(clientAddress(QHostAddress(QStringLiteral("::ffff:10.1.2.3"))),
             QHostAddress(QStringLiteral("10.1.2.3")));
    QCOMPARE(clientAddress(QHostAddress(QStringLiteral("::1"))), QHostAddress(QStringLiteral("::1")));
    QCOMPARE(clientAddress(QHostAddress(QStringLiteral("127.0.0.1"))),
             QHostAddress(QStringLiteral("127.0.0.1")));
}

void TestIntakeConnections::describedForTheLog()
{
    QCOMPARE(describe(IntakeRefusal::WrongToken, 1),
             QStringLiteral("1 request with a missing or wrong token"));
    QCOMPARE(describe(IntakeRefusal::TooManyFromClient, 844),
             QStringLiteral("844 connections over the cap per client address"));
}

QTEST_GUILESS_MAIN(TestIntakeConnections)
#include "tst_intakeconnections.moc"
