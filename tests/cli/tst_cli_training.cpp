// `rightresponse-cli training` end to end: runs the real executable against a database of its own on the test
// cluster (ctest fixture rr_db). `training start` with a scenario file creates the session and a sandbox per
// trainee, prints each trainee's console command, releases every call in the foreground and ends; `training
// list` shows it finished; SIGINT stops a session early (recorded as stopped); a login that is not a trainee,
// a missing file and a speed out of range are refused with a clear message. Parsing is checked on the command
// object itself.

#include "../training/trainingfixture.h"
#include "commands/trainingcommand.h"
#include "io/calljson.h"
#include "store/callstore.h"
#include "training/scenariojson.h"
#include "training/sessionstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <unistd.h>

using namespace rr;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run finish(QProcess &p)
{
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

Run cli(const QStringList &args)
{
    QProcess p;
    p.setChildProcessModifier([] { ::setsid(); });
    p.start(QStringLiteral(RR_CLI_PATH), args);
    if (!p.waitForStarted())
        return {};
    p.closeWriteChannel();
    return finish(p);
}

// A scenario file in the form `training start` reads (`scenario export`).
QString writeScenario(const QString &path, const Scenario &s)
{
    return ScenarioJson::writeFile(path, s) ? path : QString();
}

} // namespace

class TstCliTraining : public QObject
{
    Q_OBJECT
private:
    test::TestDatabase m_db{QStringLiteral("clitraining")};
    QTemporaryDir m_tmp;
    std::unique_ptr<PgConnection> m_owner;
    std::unique_ptr<test::TestStaff> m_staff;
    QString m_a, m_b, m_dispatcher;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.ok(), qPrintable(m_db.error()));
        QString error;
        m_owner = m_db.migrated(&error);
        QVERIFY2(m_owner, qPrintable(error));
        m_staff =
            std::make_unique<test::TestStaff>(*m_owner, QString::number(QCoreApplication::applicationPid()));
        m_a = m_staff->add("D101", StaffRole::Trainee);
        m_b = m_staff->add("D102", StaffRole::Trainee);
        m_dispatcher = m_staff->add("D17", StaffRole::Dispatcher);
    }
    void cleanupTestCase() { m_staff.reset(); }

    void parsing()
    {
        TrainingCommand start;
        QVERIFY(start
                    .parse({QStringLiteral("training"), QStringLiteral("start"), QStringLiteral("s.json"),
                            QStringLiteral("--trainees"), QStringLiteral("D101, D102"),
                            QStringLiteral("--speed"), QStringLiteral("2")})
                    .ok());
        QVERIFY(start.options().action == TrainingCommand::Action::Start);
        QCOMPARE(start.options().scenario, QStringLiteral("s.json"));
        QCOMPARE(start.options().trainees, (QStringList{QStringLiteral("D101"), QStringLiteral("D102")}));
        QCOMPARE(start.options().speed, 2.0);
        TrainingCommand list;
        QVERIFY(list.parse({QStringLiteral("training"), QStringLiteral("list")}).ok());
        QVERIFY(list.options().action == TrainingCommand::Action::List);

        const QList<std::pair<QStringList, QString>> bad = {
            {{QStringLiteral("training")}, QStringLiteral("start or list")},
            {{QStringLiteral("training"), QStringLiteral("go")}, QStringLiteral("unknown training action")},
            {{QStringLiteral("training"), QStringLiteral("start"), QStringLiteral("s.json")},
             QStringLiteral("--trainees")},
            {{QStringLiteral("training"), QStringLiteral("start"), QStringLiteral("s.json"),
              QStringLiteral("--trainees"), QStringLiteral("D1"), QStringLiteral("--speed"),
              QStringLiteral("9")},
             QStringLiteral("--speed")},
            {{QStringLiteral("training"), QStringLiteral("start"), QStringLiteral("s.json"),
              QStringLiteral("--trainees"), QStringLiteral("D1"), QStringLiteral("--delay"),
              QStringLiteral("-1")},
             QStringLiteral("--delay")},
        };
        for (const auto &[args, mentions] : bad) {
            TrainingCommand c;
            const Result<Command::Parsed> r = c.parse(args);
            QVERIFY2(!r.ok(), qPrintable(args.join(u' ')));
            QVERIFY2(r.error().contains(mentions), qPrintable(r.error()));
        }
    }

    void startReleasesEveryCallAndLists()
    {
        const Scenario s = test::makeScenario(QStringLiteral("cli"), 4, 600);
        const QString file = writeScenario(m_tmp.filePath(QStringLiteral("cli.json")), s);
        const Run r = cli({QStringLiteral("training"), QStringLiteral("start"), file,
                           QStringLiteral("--trainees"), m_a + u',' + m_b, QStringLiteral("--speed"),
                           QStringLiteral("4"), QStringLiteral("--db"), m_db.uri()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("training session ")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("rightresponse --training --session ")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("--dispatcher %1").arg(m_b)), qPrintable(out));
        QCOMPARE(out.count(QStringLiteral("released to 2 sandbox(es)")), 4);
        QVERIFY2(out.contains(QStringLiteral("finished: 4 of 4 calls released")), qPrintable(out));
        // Both sandboxes have the calls; live has none.
        PgResult sandboxes = m_owner->exec("SELECT schema_name FROM trainer.session_trainees ORDER BY 1");
        QCOMPARE(sandboxes.rows(), 2);
        for (int i = 0; i < 2; ++i) {
            QString error;
            QCOMPARE(CallStore(*m_owner, StoreSchema::sandbox(sandboxes.text(i, 0)).value())
                         .list(false, &error)
                         .size(),
                     4);
        }
        QCOMPARE(m_owner->exec("SELECT count(*) FROM live.calls").integer(0, 0), 0);

        const Run l = cli({QStringLiteral("training"), QStringLiteral("list"), QStringLiteral("--format"),
                           QStringLiteral("jsonl"), QStringLiteral("--db"), m_db.uri()});
        QCOMPARE(l.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(l.out.split('\n').first()).object();
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("finished"));
        QCOMPARE(o.value(QStringLiteral("released")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("trainees")).toArray().size(), 2);

        // The library has the file's scenario now; starting it by name replays the same version.
        const Run byName = cli({QStringLiteral("training"), QStringLiteral("start"), QStringLiteral("cli"),
                                QStringLiteral("--trainees"), m_a, QStringLiteral("--speed"),
                                QStringLiteral("8"), QStringLiteral("--db"), m_db.uri()});
        QVERIFY2(byName.exitCode == 0, byName.err.constData());
        QVERIFY2(byName.out.contains("scenario cli v1"), byName.out.constData());

        // The report scores each trainee of the first session (nobody decided: every call "not decided"),
        // records the scores, and says the same again without adding rows.
        const qint64 session = o.value(QStringLiteral("id")).toInteger();
        const QString id = QString::number(session);
        const Run report =
            cli({QStringLiteral("training"), QStringLiteral("report"), id, QStringLiteral("--format"),
                 QStringLiteral("csv"), QStringLiteral("--db"), m_db.uri()});
        QVERIFY2(report.exitCode == 0, report.err.constData());
        QVERIFY2(report.out.contains(QStringLiteral("trainees,%1,0.0%").arg(m_a).toUtf8()),
                 report.out.constData());
        QVERIFY2(report.out.contains(QStringLiteral("trainees,%1,").arg(m_b).toUtf8()),
                 report.out.constData());
        QCOMPARE(report.out.count("not decided"), 8);
        QCOMPARE(m_owner->exec("SELECT count(*) FROM trainer.scores WHERE session_id = $1", {session})
                     .integer(0, 0),
                 2);
        const Run again = cli({QStringLiteral("training"), QStringLiteral("report"), id,
                               QStringLiteral("--trainee"), m_b, QStringLiteral("--db"), m_db.uri()});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY(again.out.contains(m_b.toUtf8()));
        QVERIFY(!again.out.contains(m_a.toUtf8()));
        QCOMPARE(m_owner->exec("SELECT count(*) FROM trainer.scores WHERE session_id = $1", {session})
                     .integer(0, 0),
                 2);
        const Run unknown = cli({QStringLiteral("training"), QStringLiteral("report"),
                                 QStringLiteral("999999"), QStringLiteral("--db"), m_db.uri()});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(!unknown.err.isEmpty());
    }

    void interruptStopsTheSession()
    {
        Scenario s = test::makeScenario(QStringLiteral("int"), 3, 120000); // two minutes: never reached
        const QString file = writeScenario(m_tmp.filePath(QStringLiteral("int.json")), s);
        QProcess p;
        p.setChildProcessModifier([] { ::setsid(); });
        p.start(QStringLiteral(RR_CLI_PATH),
                {QStringLiteral("training"), QStringLiteral("start"), file, QStringLiteral("--trainees"), m_a,
                 QStringLiteral("--db"), m_db.uri()});
        QVERIFY(p.waitForStarted());
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += p.readAllStandardOutput()).contains("1/3"), 20000);
        ::kill(pid_t(p.processId()), SIGINT);
        const Run r = finish(p);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2((seen + r.out).contains("stopped: 1 of 3 calls released"), (seen + r.out).constData());
        QCOMPARE(m_owner->exec("SELECT state FROM trainer.sessions ORDER BY id DESC LIMIT 1").text(0, 0),
                 QStringLiteral("stopped"));
    }

    void refusals()
    {
        const Scenario s = test::makeScenario(QStringLiteral("bad"), 2, 100);
        const QString file = writeScenario(m_tmp.filePath(QStringLiteral("bad.json")), s);
        const Run notTrainee =
            cli({QStringLiteral("training"), QStringLiteral("start"), file, QStringLiteral("--trainees"),
                 m_dispatcher, QStringLiteral("--db"), m_db.uri()});
        QCOMPARE(notTrainee.exitCode, 2);
        QVERIFY2(notTrainee.err.contains("not an active trainee"), notTrainee.err.constData());
        const Run missing = cli({QStringLiteral("training"), QStringLiteral("start"),
                                 m_tmp.filePath(QStringLiteral("none.json")), QStringLiteral("--trainees"),
                                 m_a, QStringLiteral("--db"), m_db.uri()});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("no scenario file"), missing.err.constData());
        // A dispatcher's own login may not start a session.
        const Run dispatcher =
            cli({QStringLiteral("training"), QStringLiteral("start"), file, QStringLiteral("--trainees"), m_a,
                 QStringLiteral("--db"),
                 m_db.uriAs(m_dispatcher, QString::fromLatin1(test::TestStaff::kPassword))});
        QCOMPARE(dispatcher.exitCode, 2);
        QVERIFY2(dispatcher.err.contains("trainer"), dispatcher.err.constData());
    }
    // `training archive`: an ended session's sandboxes are dropped, its scores and report stay exactly as
    // they were (made from the calls and decisions kept with the session); a session that has not ended, or
    // is archived already, is refused.
    void archiveKeepsTheReportAndDropsTheSandboxes()
    {
        const Scenario s = test::makeScenario(QStringLiteral("arc"), 3, 300);
        const QString file = writeScenario(m_tmp.filePath(QStringLiteral("arc.json")), s);
        const Run started = cli({QStringLiteral("training"), QStringLiteral("start"), file,
                                 QStringLiteral("--trainees"), m_a + u',' + m_b, QStringLiteral("--speed"),
                                 QStringLiteral("8"), QStringLiteral("--db"), m_db.uri()});
        QVERIFY2(started.exitCode == 0, started.err.constData());
        const qint64 session =
            m_owner->exec("SELECT max(id) FROM trainer.sessions WHERE scenario_name = 'arc'").integer(0, 0);
        // m_a decides the first call in their sandbox: overrides to unarmed, with a reason.
        {
            auto conn = m_staff->signIn(m_db.uri(), m_a);
            QVERIFY(conn);
            const Result<StoreSchema> sandbox = TrainingSessionStore(*conn).sandboxOf(session);
            QVERIFY(sandbox);
            DecisionRequest r;
            r.requestId = QUuid::createUuid();
            r.cadId = s.calls[1].call.id;
            r.accepted = false;
            r.chosenKind = ResponseKind::Unarmed;
            r.reasonCode = QStringLiteral("new_information");
            r.note = QStringLiteral("trainee");
            r.dispatcher = m_a;
            QCOMPARE(CallStore(*conn, *sandbox).decide(r).status, DecideOutcome::Status::Stored);
        }
        const QStringList reportArgs{QStringLiteral("training"),
                                     QStringLiteral("report"),
                                     QString::number(session),
                                     QStringLiteral("--format"),
                                     QStringLiteral("csv"),
                                     QStringLiteral("--db"),
                                     m_db.uri()};
        const Run before = cli(reportArgs);
        QVERIFY2(before.exitCode == 0, before.err.constData());
        QCOMPARE(before.out.count("not decided"), 5);

        const QStringList archiveArgs{QStringLiteral("training"), QStringLiteral("archive"),
                                      QString::number(session), QStringLiteral("--db"), m_db.uri()};
        const Run archived = cli(archiveArgs);
        QVERIFY2(archived.exitCode == 0, archived.err.constData());
        QVERIFY2(archived.out.contains("2 sandbox(es) dropped"), archived.out.constData());
        QCOMPARE(m_owner
                     ->exec("SELECT count(*) FROM pg_namespace n JOIN trainer.session_trainees t ON "
                            "t.schema_name = n.nspname WHERE t.session_id = $1",
                            {session})
                     .integer(0, 0),
                 0);
        QCOMPARE(m_owner->exec("SELECT count(*) FROM trainer.archived_calls WHERE session_id = $1", {session})
                     .integer(0, 0),
                 6);
        const Run after = cli(reportArgs);
        QVERIFY2(after.exitCode == 0, after.err.constData());
        QCOMPARE(after.out, before.out);
        const Run list =
            cli({QStringLiteral("training"), QStringLiteral("list"), QStringLiteral("--db"), m_db.uri()});
        QVERIFY2(list.out.contains("finished,archived"), list.out.constData());

        const Run twice = cli(archiveArgs);
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains("archived already"), twice.err.constData());
        // A session that has not run yet keeps its sandboxes.
        const Result<TrainingSession> ready = TrainingSessionStore(*m_owner).create(s, {m_a}, 1);
        QVERIFY2(ready, qPrintable(ready ? QString() : ready.error()));
        const Run notEnded = cli({QStringLiteral("training"), QStringLiteral("archive"),
                                  QString::number(ready->id), QStringLiteral("--db"), m_db.uri()});
        QCOMPARE(notEnded.exitCode, 2);
        QVERIFY2(notEnded.err.contains("is ready"), notEnded.err.constData());
        // A dispatcher may not archive.
        const Run dispatcher =
            cli({QStringLiteral("training"), QStringLiteral("archive"), QString::number(ready->id),
                 QStringLiteral("--db"),
                 m_db.uriAs(m_dispatcher, QString::fromLatin1(test::TestStaff::kPassword))});
        QCOMPARE(dispatcher.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TstCliTraining)
#include "tst_cli_training.moc"
