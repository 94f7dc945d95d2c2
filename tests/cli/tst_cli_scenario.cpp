// `rightresponse-cli scenario` end to end: runs the real executable against a database of its own on the test
// cluster (ctest fixture rr_db). A scenario is created from a CAD export (de-identified, relative timing, a
// row without a time reported with its line, exit 1) and from stored calls with their decisions (the
// override's kind and reason in the key), listed, shown, exported and imported again under another name; a
// file of a newer format and a dispatcher's login are refused. Parsing is checked on the command object
// itself.

#include "commands/scenariocommand.h"
#include "store/pgconnection.h"
#include "store/staffstore.h"
#include "testdatabase.h"
#include "training/scenariojson.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rr;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args)
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

QStringList L(std::initializer_list<const char *> args)
{
    QStringList out;
    for (const char *a : args)
        out << QString::fromUtf8(a);
    return out;
}

const QByteArray kExport =
    "Event Number,Call_Received,Tencode Description,Narrative,Location\n"
    "E1,05/14/2024 08:12:09 AM,WELFARE CHECK,caller Maria Lopez at 919-555-0142 says her "
    "father John Smith is confused,1412 MAIN ST APT 3\n"
    "E2,05/14/2024 08:14:19 AM,SUICIDE THREAT,RP ADV HER SON DESHAWN HAS A GUN,220 E "
    "PETTIGREW ST\n"
    "E3,,NOISE,loud music,\n"
    "E4,05/14/2024 08:19:09 AM,PANHANDLING,man asking drivers for money,MAIN ST / 5TH AV\n";

} // namespace

class TstCliScenario : public QObject
{
    Q_OBJECT
private:
    test::TestDatabase m_db{QStringLiteral("cliscenario")};
    QTemporaryDir m_tmp;
    std::unique_ptr<PgConnection> m_owner;
    QStringList m_logins;

    QStringList db() const { return {QStringLiteral("--db"), m_db.uri()}; }
    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(data);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(m_db.ok(), qPrintable(m_db.error()));
        QString error;
        m_owner = m_db.migrated(&error);
        QVERIFY2(m_owner, qPrintable(error));
    }
    void cleanupTestCase()
    {
        if (!m_owner)
            return;
        for (const QString &login : std::as_const(m_logins))
            m_owner->exec(("DROP ROLE IF EXISTS " + PgConnection::quoteIdentifier(login)).constData());
    }

    void parses_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error"); // empty: parses
        QTest::newRow("create from a file")
            << L({"create", "night", "--from", "x.csv", "--map", "id=Event", "--tag", "difficulty:easy"})
            << QString();
        QTest::newRow("create from the database")
            << L({"create", "night", "--from-db", "--from", "2026-11-01", "--to", "2026-11-02T06:00"})
            << QString();
        QTest::newRow("list") << L({"list", "--format", "csv"}) << QString();
        QTest::newRow("show a version") << L({"show", "night", "--version", "2"}) << QString();
        QTest::newRow("export") << L({"export", "night", "--out", "n.json"}) << QString();
        QTest::newRow("import under a name") << L({"import", "n.json", "--name", "other"}) << QString();
        QTest::newRow("no action") << QStringList() << QStringLiteral("needs an action");
        QTest::newRow("unknown action")
            << L({"delete", "x"}) << QStringLiteral("unknown scenario action 'delete'");
        QTest::newRow("create without a source")
            << L({"create", "night"}) << QStringLiteral("needs --from FILE");
        QTest::newRow("from-db without --to")
            << L({"create", "night", "--from-db", "--from", "2026-11-01"}) << QStringLiteral("needs --to");
        QTest::newRow("from-db with a bad time")
            << L({"create", "night", "--from-db", "--from", "yesterday", "--to", "2026-11-02"})
            << QStringLiteral("--from must be an ISO 8601 time");
        QTest::newRow("from-db backwards")
            << L({"create", "night", "--from-db", "--from", "2026-11-03", "--to", "2026-11-02"})
            << QStringLiteral("--from must be before --to");
        QTest::newRow("map with from-db") << L({"create", "night", "--from-db", "--from", "2026-11-01",
                                                "--to", "2026-11-02", "--map", "id=X"})
                                          << QStringLiteral("--map goes with --from FILE");
        QTest::newRow("to without from-db") << L({"create", "night", "--from", "x.csv", "--to", "2026-11-02"})
                                            << QStringLiteral("--to goes with");
        QTest::newRow("bad map") << L({"create", "night", "--from", "x.csv", "--map", "colour=X"})
                                 << QStringLiteral("unknown field");
        QTest::newRow("bad name") << L({"create", "night shift", "--from", "x.csv"})
                                  << QStringLiteral("'night shift' is not");
        QTest::newRow("tag without create")
            << L({"show", "night", "--tag", "x"}) << QStringLiteral("--tag goes with scenario create");
        QTest::newRow("version zero") << L({"show", "night", "--version", "0"})
                                      << QStringLiteral("--version must be a number greater than 0");
        QTest::newRow("version with list")
            << L({"list", "--version", "2"}) << QStringLiteral("--version goes with");
        QTest::newRow("out with show")
            << L({"show", "night", "--out", "x"}) << QStringLiteral("--out goes with scenario export");
        QTest::newRow("show without a name") << L({"show"}) << QStringLiteral("scenario show needs one NAME");
    }
    void parses()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        ScenarioCommand command;
        const Result<Command::Parsed> parsed = command.parse(QStringList{QStringLiteral("scenario")} + args);
        if (error.isEmpty()) {
            QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        } else {
            QVERIFY(!parsed.ok());
            QVERIFY2(parsed.error().contains(error), qPrintable(parsed.error()));
        }
    }

    void createShowExportImport()
    {
        const QString csv = write(QStringLiteral("export.csv"), kExport);
        const Run created =
            cli(QStringList{QStringLiteral("scenario"), QStringLiteral("create"), QStringLiteral("morning"),
                            QStringLiteral("--from"), csv, QStringLiteral("--map"),
                            QStringLiteral("id=Event Number"), QStringLiteral("--map"),
                            QStringLiteral("received_at=Call_Received"), QStringLiteral("--map"),
                            QStringLiteral("call_type=Tencode Description"), QStringLiteral("--map"),
                            QStringLiteral("address=Location"), QStringLiteral("--tag"),
                            QStringLiteral("difficulty:easy"), QStringLiteral("--description"),
                            QStringLiteral("Three calls")} +
                db());
        // The call without a time is reported by its line, and the status says a row was left out.
        QCOMPARE(created.exitCode, 1);
        QVERIFY2(created.err.contains("export.csv: line 4: call E3 has no received time"),
                 created.err.constData());
        QVERIFY2(created.out.startsWith("scenario morning (version 1): 3 calls over 07:00"),
                 created.out.constData());

        const Run shown = cli(L({"scenario", "show", "morning"}) + db());
        QCOMPARE(shown.exitCode, 0);
        const QString text = QString::fromUtf8(shown.out);
        QVERIFY2(text.contains(QStringLiteral("+00:00   T001  WELFARE CHECK  1400 BLOCK OF MAIN ST")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("caller [NAME] at [PHONE] says her father [NAME] is confused")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("+02:10   T002  SUICIDE THREAT  200 BLOCK OF E PETTIGREW ST")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("RP ADV HER SON [NAME] HAS A GUN")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("key: police [suggestion]")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Lopez")) && !text.contains(QStringLiteral("DESHAWN")) &&
                     !text.contains(QStringLiteral("1412")),
                 qPrintable(text));

        const Run listed = cli(L({"scenario", "list"}) + db());
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains("morning") && listed.out.contains("difficulty:easy"),
                 listed.out.constData());

        const QString file = m_tmp.filePath(QStringLiteral("morning.json"));
        const Run exported = cli(QStringList{QStringLiteral("scenario"), QStringLiteral("export"),
                                             QStringLiteral("morning"), QStringLiteral("--out"), file} +
                                 db());
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const Result<Scenario> original = ScenarioJson::readFile(file);
        QVERIFY2(original.ok(), qPrintable(original.error()));

        // The same name again is refused; under another name it comes back equal.
        const Run twice = cli(QStringList{QStringLiteral("scenario"), QStringLiteral("import"), file} + db());
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains("already in the library (version 1)"), twice.err.constData());
        const Run imported = cli(QStringList{QStringLiteral("scenario"), QStringLiteral("import"), file,
                                             QStringLiteral("--name"), QStringLiteral("morning-copy")} +
                                 db());
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY2(imported.out.contains("de-identification changed 0 calls"), imported.out.constData());
        const Run again = cli(L({"scenario", "export", "morning-copy"}) + db());
        const Result<Scenario> copy = ScenarioJson::fromJson(again.out);
        QVERIFY2(copy.ok(), qPrintable(copy.error()));
        QCOMPARE(copy->name, QStringLiteral("morning-copy"));
        QVERIFY(copy->calls == original->calls);
        QCOMPARE(copy->tags, original->tags);
    }

    void importDeidentifiesAndRefusesANewerFormat()
    {
        Scenario s;
        s.name = QStringLiteral("from-elsewhere");
        ScenarioCall c;
        c.call.id = QStringLiteral("X1");
        c.call.narrative = QStringLiteral("caller Tanisha Boyd says her boyfriend has a knife");
        c.call.address = QStringLiteral("1412 MAIN ST");
        c.key.reference = ResponseKind::Police;
        s.calls = {c};
        const QString file = write(QStringLiteral("elsewhere.json"), ScenarioJson::toJson(s));
        const Run imported =
            cli(QStringList{QStringLiteral("scenario"), QStringLiteral("import"), file} + db());
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY2(imported.out.contains("de-identification changed 1 call"), imported.out.constData());
        const Run shown = cli(L({"scenario", "show", "from-elsewhere"}) + db());
        QVERIFY2(shown.out.contains("caller [NAME] says her boyfriend has a knife"), shown.out.constData());

        QByteArray newer = ScenarioJson::toJson(s);
        newer.replace("\"format\": 1", "\"format\": 2");
        const QString newerFile = write(QStringLiteral("newer.json"), newer);
        const Run refused = cli(QStringList{QStringLiteral("scenario"), QStringLiteral("import"), newerFile,
                                            QStringLiteral("--name"), QStringLiteral("newer")} +
                                db());
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(
            refused.err.contains("the scenario is in format 2, newer than this program reads (format 1)"),
            refused.err.constData());
    }

    void createFromStoredCallsWithTheirDecisions()
    {
        const QString csv = write(QStringLiteral("calls.csv"),
                                  "id,received_at,call_type,narrative,address\n"
                                  "H1,2026-11-30T02:00:00Z,WELFARE CHECK,Mr. Jones has not been seen in two "
                                  "days,1412 MAIN ST\n"
                                  "H2,2026-11-30T02:01:30Z,NOISE,loud music next door,\n"
                                  "H3,2026-11-30T05:00:00Z,NOISE,outside the period,\n");
        QCOMPARE(cli(QStringList{QStringLiteral("import"), csv} + db()).exitCode, 0);
        const Run decided = cli(
            L({"decide", "H1", "--dispatcher", "D17", "--override", "police", "--reason", "safety_history"}) +
            db());
        QVERIFY2(decided.exitCode == 0, decided.err.constData());
        const Run created = cli(L({"scenario", "create", "history", "--from-db", "--from",
                                   "2026-11-30T01:00:00Z", "--to", "2026-11-30T03:00:00Z"}) +
                                db());
        QVERIFY2(created.exitCode == 0, created.err.constData());
        QVERIFY2(created.out.contains("2 calls over 01:30, keys from 1 decision and 1 suggestion"),
                 created.out.constData());
        const Run shown = cli(L({"scenario", "show", "history"}) + db());
        const QString text = QString::fromUtf8(shown.out);
        QVERIFY2(text.contains(QStringLiteral("Mr. [NAME] has not been seen in two days")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("key: police, override: safety_history [history]")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("+01:30   T002  NOISE")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("source: database 2026-11-30T01:00:00Z..2026-11-30T03:00:00Z")),
                 qPrintable(text));
    }

    // A trainee is a dispatcher: the library, keys included, is closed to them.
    void dispatcherRefused()
    {
        const QString login = QStringLiteral("D-scn-%1").arg(QCoreApplication::applicationPid());
        m_logins << login;
        QVERIFY(StaffStore(*m_owner)
                    .add(login, QStringLiteral("Trainee"), StaffRole::Dispatcher,
                         QString::fromLatin1(test::TestDatabase::kTestPassword))
                    .ok());
        const Run listed = cli(QStringList{QStringLiteral("scenario"), QStringLiteral("list"),
                                           QStringLiteral("--db"), m_db.uriAs(login)});
        QCOMPARE(listed.exitCode, 2);
        QVERIFY2(
            listed.err.contains("the training library is for trainers, supervisors and administrators; " +
                                login.toUtf8() + " may not read it"),
            listed.err.constData());
        const Run shown =
            cli(QStringList{QStringLiteral("scenario"), QStringLiteral("show"), QStringLiteral("morning"),
                            QStringLiteral("--db"), m_db.uriAs(login)});
        QCOMPARE(shown.exitCode, 2);
        QVERIFY(shown.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstCliScenario)
#include "tst_cli_scenario.moc"
