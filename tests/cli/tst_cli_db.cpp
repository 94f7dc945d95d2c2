// End-to-end tests of rightresponse-cli's database commands: runs the real executable against a database of
// its own on the test cluster (ctest fixture rr_db) and, once, against the embedded cluster it starts itself.

#include "clusterdirectory.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace rr;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun finish(QProcess &p, int timeoutMs = 120000)
{
    p.waitForFinished(timeoutMs);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

CliRun run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(RR_CLI_PATH), args);
    if (!p.waitForStarted())
        return {};
    p.closeWriteChannel();
    return finish(p);
}

QList<QByteArray> lines(const QByteArray &text)
{
    QList<QByteArray> out = text.split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

QString sample(const char *name)
{
    return QStringLiteral(RR_SAMPLES_DIR "/") + QString::fromUtf8(name);
}

const QStringList kCityMap = {QStringLiteral("--map"), QStringLiteral("id=Event Number"),
                              QStringLiteral("--map"), QStringLiteral("received_at=Call_Received"),
                              QStringLiteral("--map"), QStringLiteral("call_type=Tencode Description"),
                              QStringLiteral("--map"), QStringLiteral("call_code=Tencode"),
                              QStringLiteral("--map"), QStringLiteral("lat=Latitude"),
                              QStringLiteral("--map"), QStringLiteral("lon=Longitude")};

// A libpq URI of a server that is not there: a socket directory that does not exist.
const QString kDeadUri = QStringLiteral("postgresql:///rightresponse?host=%2Fnonexistent%2Frr&port=1");

} // namespace

class TstCliDb : public QObject
{
    Q_OBJECT
private:
    test::TestDatabase m_db{QStringLiteral("clidb")};
    QTemporaryDir m_tmp;
    QString m_generated; // 300 generated calls, canonical CSV

    QStringList db() const { return {QStringLiteral("--db"), m_db.uri()}; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.ok(), qPrintable(m_db.error()));
        QVERIFY(m_tmp.isValid());
        const CliRun g = run({QStringLiteral("generate"), QStringLiteral("--calls"), QStringLiteral("300"),
                              QStringLiteral("--seed"), QStringLiteral("5")});
        QCOMPARE(g.exitCode, 0);
        m_generated = m_tmp.filePath(QStringLiteral("calls.csv"));
        QFile f(m_generated);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(g.out);
    }

    void unmigratedDatabaseIsRefusedThenMigrated()
    {
        const CliRun before = run(QStringList{QStringLiteral("import"), m_generated} + db());
        QCOMPARE(before.exitCode, 2);
        QVERIFY2(before.err.contains("db migrate"), before.err.constData());
        const CliRun m = run(QStringList{QStringLiteral("db"), QStringLiteral("migrate")} + db());
        QCOMPARE(m.exitCode, 0);
        QVERIFY2(m.out.contains("migrated from version 0"), m.out.constData());
        const CliRun again = run(QStringList{QStringLiteral("db"), QStringLiteral("migrate")} + db());
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("up to date"), again.out.constData());
    }

    void uriAndStatus()
    {
        const CliRun u = run(QStringList{QStringLiteral("db"), QStringLiteral("uri")} + db());
        QCOMPARE(u.exitCode, 0);
        QCOMPARE(u.out, m_db.uri().toUtf8() + '\n');
        const CliRun s = run(QStringList{QStringLiteral("db"), QStringLiteral("status")} + db());
        QCOMPARE(s.exitCode, 0);
        QVERIFY2(s.out.contains("database: --db on the command line"), s.out.constData());
        QVERIFY2(QRegularExpression(QStringLiteral("schema: version (\\d+), program \\1 \\(up to date\\)"))
                     .match(QString::fromUtf8(s.out))
                     .hasMatch(),
                 s.out.constData());
        // start and stop manage the embedded cluster only.
        const CliRun start = run(QStringList{QStringLiteral("db"), QStringLiteral("start")} + db());
        QCOMPARE(start.exitCode, 2);
        QVERIFY2(start.err.contains("embedded"), start.err.constData());
    }

    void importTwiceAddsNothingTheSecondTime()
    {
        const CliRun a = run(QStringList{QStringLiteral("import"), m_generated} + db());
        QCOMPARE(a.exitCode, 0);
        QVERIFY2(a.out.contains("300 rows read, 300 calls imported, 0 already stored, 0 rejected"),
                 a.out.constData());
        const CliRun b = run(QStringList{QStringLiteral("import"), m_generated} + db());
        QCOMPARE(b.exitCode, 0);
        QVERIFY2(b.out.contains("300 rows read, 0 calls imported, 300 already stored"), b.out.constData());
        auto c = m_db.connect();
        QVERIFY(c);
        QCOMPARE(c->exec("SELECT count(*) FROM live.calls").integer(0, 0), 300);
        QCOMPARE(c->exec("SELECT count(*) FROM live.suggestions").integer(0, 0), 300);
    }

    void importReportsBadRowsAsTriageDoes()
    {
        const CliRun r = run(QStringList{QStringLiteral("import")} + kCityMap +
                             QStringList{sample("city-export.csv")} + db());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("city-export.csv: line 11: unparseable received_at"), r.err.constData());
        QVERIFY(r.err.contains("line 17: expected 11 fields, found 6"));
        QVERIFY2(r.out.contains("15 rows read, 13 calls imported, 0 already stored, 2 rejected"),
                 r.out.constData());
        // A header without the mapped column is unusable before the database is touched.
        const CliRun bad = run(QStringList{QStringLiteral("import"), QStringLiteral("--map"),
                                           QStringLiteral("id=Nope"), sample("city-export.csv")} +
                               db());
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("Nope"));
    }

    void twoConsolesDecideTheSameCall()
    {
        // Both at once: exactly one wins, the other is told who did and when.
        QProcess first;
        QProcess second;
        first.start(QStringLiteral(RR_CLI_PATH),
                    QStringList{QStringLiteral("decide"), QStringLiteral("E24-100231"),
                                QStringLiteral("--dispatcher"), QStringLiteral("D17"),
                                QStringLiteral("--accept"), QStringLiteral("--workstation"),
                                QStringLiteral("WS-1")} +
                        db());
        second.start(QStringLiteral(RR_CLI_PATH),
                     QStringList{QStringLiteral("decide"), QStringLiteral("E24-100231"),
                                 QStringLiteral("--dispatcher"), QStringLiteral("D42"),
                                 QStringLiteral("--override"), QStringLiteral("police"),
                                 QStringLiteral("--reason"), QStringLiteral("safety_history"),
                                 QStringLiteral("--workstation"), QStringLiteral("WS-2")} +
                         db());
        const CliRun a = finish(first);
        const CliRun b = finish(second);
        QCOMPARE(QSet<int>({a.exitCode, b.exitCode}), QSet<int>({0, 3}));
        const CliRun &winner = a.exitCode == 0 ? a : b;
        const CliRun &loser = a.exitCode == 0 ? b : a;
        const QByteArray winnerId = a.exitCode == 0 ? "D17" : "D42";
        QVERIFY2(winner.out.contains("call E24-100231: ") && winner.out.contains(winnerId),
                 winner.out.constData());
        QVERIFY2(loser.err.contains("already decided by " + winnerId + " at "), loser.err.constData());

        // A third try later is refused the same way.
        const CliRun late = run(QStringList{QStringLiteral("decide"), QStringLiteral("E24-100231"),
                                            QStringLiteral("--dispatcher"), QStringLiteral("D99"),
                                            QStringLiteral("--accept")} +
                                db());
        QCOMPARE(late.exitCode, 3);
        QVERIFY2(late.err.contains("already decided by " + winnerId), late.err.constData());
    }

    void decideErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown call")
            << QStringList{QStringLiteral("decide"), QStringLiteral("NO-SUCH-CALL"),
                           QStringLiteral("--dispatcher"), QStringLiteral("D1"), QStringLiteral("--accept")}
            << QByteArray("no call NO-SUCH-CALL");
        QTest::newRow("unknown reason")
            << QStringList{QStringLiteral("decide"),       QStringLiteral("E24-100232"),
                           QStringLiteral("--dispatcher"), QStringLiteral("D1"),
                           QStringLiteral("--override"),   QStringLiteral("police"),
                           QStringLiteral("--reason"),     QStringLiteral("hunch")}
            << QByteArray("hunch");
        QTest::newRow("note required")
            << QStringList{QStringLiteral("decide"),       QStringLiteral("E24-100232"),
                           QStringLiteral("--dispatcher"), QStringLiteral("D1"),
                           QStringLiteral("--override"),   QStringLiteral("police"),
                           QStringLiteral("--reason"),     QStringLiteral("other")}
            << QByteArray("needs a note");
        QTest::newRow("override to the suggested kind")
            << QStringList{QStringLiteral("decide"),       QStringLiteral("E24-100232"),
                           QStringLiteral("--dispatcher"), QStringLiteral("D1"),
                           QStringLiteral("--override"),   QStringLiteral("unarmed"),
                           QStringLiteral("--reason"),     QStringLiteral("caller_request")}
            << QByteArray("another kind than the suggested unarmed");
        QTest::newRow("bad arguments") << QStringList{QStringLiteral("decide"), QStringLiteral("E24-100232"),
                                                      QStringLiteral("--dispatcher"), QStringLiteral("D1")}
                                       << QByteArray("--accept or --override");
    }
    void decideErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const CliRun r = run(args + db());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    void overrideWithNote()
    {
        const CliRun r = run(
            QStringList{QStringLiteral("decide"), QStringLiteral("E24-100233"),
                        QStringLiteral("--dispatcher"), QStringLiteral("D5"), QStringLiteral("--override"),
                        QStringLiteral("police"), QStringLiteral("--reason"), QStringLiteral("other"),
                        QStringLiteral("--note"), QStringLiteral("caller known to carry a knife")} +
            db());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("overridden to police by D5"), r.out.constData());
    }

    void callsListsSuggestionsAndDecisions()
    {
        const CliRun csv = run(QStringList{QStringLiteral("calls"), QStringLiteral("--open")} + db());
        QCOMPARE(csv.exitCode, 0);
        const auto rows = lines(csv.out);
        QCOMPARE(rows.value(0),
                 QByteArray("id,received_at,call_type,status,response,ems,category,decision,chosen,"
                            "dispatcher,decided_at,reason"));
        QCOMPARE(rows.size(), 1 + 313);
        QByteArray decided;
        QByteArray overridden;
        for (const QByteArray &row : rows) {
            if (row.startsWith("E24-100231,"))
                decided = row;
            if (row.startsWith("E24-100233,"))
                overridden = row;
        }
        QVERIFY2(decided.contains(",decided,") &&
                     (decided.contains(",accepted,") || decided.contains(",overridden,")),
                 decided.constData());
        QVERIFY2(overridden.contains(",decided,") && overridden.contains(",overridden,police,D5,") &&
                     overridden.endsWith(",other"),
                 overridden.constData());

        const CliRun json =
            run(QStringList{QStringLiteral("calls"), QStringLiteral("--format"), QStringLiteral("jsonl"),
                            QStringLiteral("--limit"), QStringLiteral("5000")} +
                db());
        QCOMPARE(json.exitCode, 0);
        int undecided = 0;
        bool sawOverride = false;
        for (const QByteArray &line : lines(json.out)) {
            QJsonParseError e{};
            const QJsonObject o = QJsonDocument::fromJson(line, &e).object();
            QVERIFY2(e.error == QJsonParseError::NoError, line.constData());
            QVERIFY(o.value(QStringLiteral("ems")).isBool());
            QVERIFY(!o.value(QStringLiteral("response")).toString().isEmpty());
            if (o.value(QStringLiteral("decision")).isNull())
                ++undecided;
            if (o.value(QStringLiteral("id")).toString() == u"E24-100233") {
                QCOMPARE(o.value(QStringLiteral("chosen")).toString(), QStringLiteral("police"));
                QCOMPARE(o.value(QStringLiteral("reason")).toString(), QStringLiteral("other"));
                sawOverride = true;
            }
        }
        QCOMPARE(undecided, 313 - 2);
        QVERIFY(sawOverride);

        const CliRun limited =
            run(QStringList{QStringLiteral("calls"), QStringLiteral("--limit"), QStringLiteral("10")} + db());
        QCOMPARE(limited.exitCode, 0);
        QCOMPARE(lines(limited.out).size(), 11);
        QVERIFY2(limited.err.contains("newest 10"), limited.err.constData());
    }

    void intakeStoresWhatTheSimulatorPosts()
    {
        const QString tokenFile = m_tmp.filePath(QStringLiteral("token"));
        QFile token(tokenFile);
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write("t0ken-for-the-test\n");
        token.close();
        QVERIFY(token.setPermissions(QFile::ReadOwner | QFile::WriteOwner)); // a secret: others may not read
        QProcess intake;
        intake.start(QStringLiteral(RR_CLI_PATH),
                     QStringList{QStringLiteral("intake"), QStringLiteral("--listen"),
                                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--token-file"), tokenFile} +
                         db());
        QVERIFY(intake.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(intake.canReadLine() || intake.state() == QProcess::NotRunning, 30000);
        const QByteArray listening = intake.readLine().trimmed();
        QVERIFY2(listening.startsWith("intake listening on http://127.0.0.1:"), listening.constData());
        const QString url = QString::fromUtf8(listening.mid(int(qstrlen("intake listening on "))));

        const CliRun sim =
            run({QStringLiteral("simulate"), QStringLiteral("--to"), url, QStringLiteral("--rate"),
                 QStringLiteral("3600"), QStringLiteral("--speed"), QStringLiteral("1000"),
                 QStringLiteral("--count"), QStringLiteral("7"), QStringLiteral("--seed"),
                 QStringLiteral("11"), QStringLiteral("--token-file"), tokenFile});
        QCOMPARE(sim.exitCode, 0);
        QVERIFY2(sim.out.contains("posted 7 calls"), sim.out.constData());
        // Without the token every post fails: exit 1.
        const CliRun refused =
            run({QStringLiteral("simulate"), QStringLiteral("--to"), url, QStringLiteral("--speed"),
                 QStringLiteral("1000"), QStringLiteral("--count"), QStringLiteral("2")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains("posted 0 calls") && refused.out.contains("2 failed"),
                 refused.out.constData());

        intake.terminate(); // SIGTERM
        const CliRun stopped = finish(intake, 30000);
        QCOMPARE(stopped.exitCode, 0);
        QVERIFY2(stopped.err.contains("intake stopped (SIGTERM): 7 calls stored, 2 requests rejected"),
                 stopped.err.constData());
        // Refused tokens are logged with the address, rate-limited: not one "rejected" line per attempt.
        QVERIFY2(stopped.err.contains("refused: 1 request with a missing or wrong token from 127.0.0.1"),
                 stopped.err.constData());
        QVERIFY2(!stopped.err.contains("HTTP 401"), stopped.err.constData());
        auto c = m_db.connect();
        QVERIFY(c);
        QCOMPARE(c->exec("SELECT count(*) FROM live.calls").integer(0, 0), 313 + 7);
    }

    void deadDatabaseExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("import") << QStringList{QStringLiteral("import"), sample("city-export.csv")} +
                                       kCityMap;
        QTest::newRow("decide") << QStringList{QStringLiteral("decide"), QStringLiteral("X"),
                                               QStringLiteral("--dispatcher"), QStringLiteral("D1"),
                                               QStringLiteral("--accept")};
        QTest::newRow("calls") << QStringList{QStringLiteral("calls")};
        QTest::newRow("db status") << QStringList{QStringLiteral("db"), QStringLiteral("status")};
        QTest::newRow("db migrate") << QStringList{QStringLiteral("db"), QStringLiteral("migrate")};
        QTest::newRow("intake") << QStringList{QStringLiteral("intake"), QStringLiteral("--listen"),
                                               QStringLiteral("127.0.0.1:0")};
    }
    void deadDatabaseExitsTwo()
    {
        QFETCH(QStringList, args);
        const CliRun r = run(args + QStringList{QStringLiteral("--db"), kDeadUri});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("cannot reach the database (--db on the command line)"), r.err.constData());
        // db uri only prints it.
        const CliRun u = run({QStringLiteral("db"), QStringLiteral("uri"), QStringLiteral("--db"), kDeadUri});
        QCOMPARE(u.exitCode, 0);
        QCOMPARE(u.out, kDeadUri.toUtf8() + '\n');
    }

    // The embedded default end to end: the program creates, starts, uses and stops its own cluster.
    void embeddedClusterEndToEnd()
    {
        test::ClusterDirectory dir(QStringLiteral("cli-embedded"));
        QVERIFY2(dir.isValid(), qPrintable(dir.error()));
        const QStringList embedded = {QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("pg"))};
        auto stop = qScopeGuard([&] {
            run(QStringList{QStringLiteral("db"), QStringLiteral("stop")} + embedded);
        });

        const CliRun notYet = run(QStringList{QStringLiteral("db"), QStringLiteral("status")} + embedded);
        QCOMPARE(notYet.exitCode, 2);
        QVERIFY2(notYet.out.contains("state: not initialised"), notYet.out.constData());

        const CliRun start = run(QStringList{QStringLiteral("db"), QStringLiteral("start")} + embedded);
        QCOMPARE(start.exitCode, 0);
        QVERIFY2(start.out.contains("state: running") && start.out.contains("up to date"),
                 start.out.constData());
        const CliRun uri = run(QStringList{QStringLiteral("db"), QStringLiteral("uri")} + embedded);
        QCOMPARE(uri.exitCode, 0);
        QVERIFY(uri.out.startsWith("postgresql:///rightresponse?host="));
        QVERIFY2(start.out.contains("uri: " + uri.out), start.out.constData());
        QCOMPARE(lines(uri.out).size(), 1);
        // psql "$(rightresponse-cli db uri)" works.
        QProcess psql;
        psql.start(QStringLiteral("psql"), {QString::fromUtf8(uri.out.trimmed()), QStringLiteral("-Atc"),
                                            QStringLiteral("SELECT 42")});
        if (psql.waitForStarted()) {
            const CliRun p = finish(psql);
            QCOMPARE(p.exitCode, 0);
            QCOMPARE(p.out, QByteArray("42\n"));
        }

        const CliRun imported = run(QStringList{QStringLiteral("import"), m_generated} + embedded);
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains("300 calls imported"), imported.out.constData());
        const CliRun calls = run(QStringList{QStringLiteral("calls")} + embedded);
        QCOMPARE(lines(calls.out).size(), 301);

        const CliRun stopped = run(QStringList{QStringLiteral("db"), QStringLiteral("stop")} + embedded);
        QCOMPARE(stopped.exitCode, 0);
        const CliRun after = run(QStringList{QStringLiteral("db"), QStringLiteral("status")} + embedded);
        QCOMPARE(after.exitCode, 2);
        QVERIFY2(after.out.contains("state: stopped"), after.out.constData());
        // A command that needs the database starts it again on demand.
        const CliRun again = run(
            QStringList{QStringLiteral("calls"), QStringLiteral("--limit"), QStringLiteral("1")} + embedded);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(lines(again.out).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TstCliDb)
#include "tst_cli_db.moc"
