// `rightresponse-cli screen` end to end: runs the real executable against a database of its own on the test
// cluster (ctest fixture rr_db). Answers are stored with who, where and when, the call is triaged again and
// the new suggestion printed; a bad question or answer, or an unknown call, exits 2 naming it and stores
// nothing.

#include "domain/rulesetloader.h"
#include "domain/triageengine.h"
#include "store/callstore.h"
#include "testdatabase.h"

#include <QProcess>
#include <QTest>

using namespace rr;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(RR_CLI_PATH), args);
    if (!p.waitForStarted())
        return {};
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

class TstCliScreen : public QObject
{
    Q_OBJECT
private:
    test::TestDatabase m_db{QStringLiteral("cliscreen")};
    std::unique_ptr<PgConnection> m_conn;

    QStringList db() const { return {QStringLiteral("--db"), m_db.uri()}; }
    qint64 answers() { return m_conn->exec("SELECT count(*) FROM live.screening_answers").integer(0, 0); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.ok(), qPrintable(m_db.error()));
        QString error;
        m_conn = m_db.migrated(&error);
        QVERIFY2(m_conn, qPrintable(error));
        auto rules = RuleSetLoader::loadBuiltIn();
        QVERIFY(rules.ok());
        const TriageEngine engine(rules.value());
        for (const auto &[id, type, narrative] :
             {std::tuple{"E24-1", "WELFARE CHECK", "neighbour has not seen her in two days"},
              std::tuple{"E24-2", "NOISE COMPLAINT", "loud music from the apartment above"}}) {
            Call c;
            c.id = QString::fromUtf8(id);
            c.callType = QString::fromUtf8(type);
            c.narrative = QString::fromUtf8(narrative);
            c.receivedAt = QDateTime::currentDateTimeUtc();
            const auto r = CallStore(*m_conn).upsert(c, engine.triage(c));
            QVERIFY2(r.ok, qPrintable(r.error));
        }
    }

    void storesTheAnswersAndPrintsTheNewSuggestion()
    {
        const CliRun r =
            run(QStringList{QStringLiteral("screen"), QStringLiteral("E24-1"), QStringLiteral("--dispatcher"),
                            QStringLiteral("D17"), QStringLiteral("--workstation"), QStringLiteral("WS-9"),
                            QStringLiteral("weapon=yes")} +
                db());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("call E24-1: weapon=yes stored by D17 at "), r.out.constData());
        QVERIFY2(r.out.contains("\nsuggestion: police"), r.out.constData());
        QVERIFY2(r.out.contains("\n  - "), r.out.constData()); // the reasons, one a line
        PgResult row = m_conn->exec(
            "SELECT a.question, a.answer, a.dispatcher, a.workstation, a.suggestion_id = (SELECT max(id)"
            " FROM live.suggestions WHERE call_id = c.id) FROM live.screening_answers a JOIN live.calls c"
            " ON c.id = a.call_id WHERE c.cad_id = 'E24-1'");
        QCOMPARE(row.rows(), 1);
        QCOMPARE(QStringList({row.text(0, 0), row.text(0, 1), row.text(0, 2), row.text(0, 3)}).join(u'|'),
                 QStringLiteral("weapon|yes|D17|WS-9"));
        QVERIFY(row.boolean(0, 4));
        // Who: the event log names the dispatcher and the workstation.
        QCOMPARE(m_conn
                     ->exec("SELECT actor FROM live.event_log WHERE table_name = 'screening_answers'"
                            " ORDER BY id DESC LIMIT 1")
                     .text(0, 0),
                 QStringLiteral("D17@WS-9"));

        // Several answers at once; the latest per question wins over the earlier weapon=yes.
        const CliRun two = run(QStringList{QStringLiteral("screen"), QStringLiteral("E24-1"),
                                           QStringLiteral("--dispatcher"), QStringLiteral("D18"),
                                           QStringLiteral("weapon=no"), QStringLiteral("violence=no")} +
                               db());
        QVERIFY2(two.exitCode == 0, two.err.constData());
        QVERIFY2(two.out.contains("weapon=no violence=no stored by D18"), two.out.constData());
        QVERIFY2(two.out.contains("\nsuggestion: unarmed"), two.out.constData());
        QCOMPARE(answers(), 3);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        auto row = [](const char *tag, const QStringList &args, const char *mentions) {
            QTest::newRow(tag) << (QStringList{QStringLiteral("screen")} + args)
                               << QString::fromUtf8(mentions);
        };
        const QStringList d{QStringLiteral("--dispatcher"), QStringLiteral("D17")};
        row("unknown call", QStringList{QStringLiteral("NOPE"), QStringLiteral("weapon=no")} + d,
            "no call NOPE");
        row("unknown question", QStringList{QStringLiteral("E24-2"), QStringLiteral("weapons=no")} + d,
            "unknown screening question 'weapons'");
        row("bad answer", QStringList{QStringLiteral("E24-2"), QStringLiteral("violence=perhaps")} + d,
            "'perhaps' is not an answer to violence");
        row("good then bad",
            QStringList{QStringLiteral("E24-2"), QStringLiteral("weapon=no"), QStringLiteral("injury=lots")} +
                d,
            "'lots' is not an answer to injury");
        row("no answer", QStringList{QStringLiteral("E24-2")} + d, "at least one QUESTION=ANSWER");
        row("no dispatcher", {QStringLiteral("E24-2"), QStringLiteral("weapon=no")}, "--dispatcher");
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const qint64 before = answers();
        const CliRun r = run(args + db());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(answers(), before);
    }

    void helpNamesTheCommand()
    {
        const CliRun main = run({QStringLiteral("--help")});
        QVERIFY(main.out.contains("  screen "));
        const CliRun help = run({QStringLiteral("screen"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("screen [options] CALL_ID QUESTION=ANSWER..."), help.out.constData());
        QVERIFY(help.out.contains("--dispatcher"));
    }
};

QTEST_GUILESS_MAIN(TstCliScreen)
#include "tst_cli_screen.moc"
