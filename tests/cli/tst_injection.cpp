// SQL built from user input is always bound, never spliced: hostile text (quotes, a statement that drops a
// table, backslashes, dollar quotes, format specifiers, unicode, very long strings; NUL where it can be sent)
// goes through every command-line option and intake field that reaches SQL. Afterwards every table is still
// there, nothing else changed, and the text was stored exactly as given where it is stored. Runs the real
// rightresponse-cli (import, decide, screen, calls, report, staff, intake) against a database of its own.

#include "testdatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
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

// Text an attacker would try. None has leading or trailing spaces: fields are trimmed on the way in.
QStringList hostile()
{
    return {QStringLiteral("'; DROP TABLE live.calls; --"),
            QStringLiteral("Robert'); DROP TABLE live.decisions; --"),
            QStringLiteral("\" OR \"1\"=\"1\" --"),
            QStringLiteral("back\\slash \\' \\\\ \\N \\x00 E'\\047' end"),
            QStringLiteral("$1 $$ $q$ %s %I %L {s} :name ? ;; COMMIT; ROLLBACK"),
            QStringLiteral("x' || (SELECT pg_sleep(5)) || '"),
            QStringLiteral("Zo\u00eb \u540d\u524d \U0001F691 \u202Eevil\u202C \u03A9 \u00A0nbsp"),
            QStringLiteral("line one\nline two\ttab\r\ncrlf"),
            QStringLiteral("'; DROP TABLE live.calls; --").repeated(400)}; // 11,200 characters
}

// For the checks that something is refused: fewer runs, the same kinds of text.
QStringList refusals()
{
    const QStringList h = hostile();
    return {h[0], h[3], h[4], h[6], h.last()};
}

// The trimmed form the product stores (a value keeps its inner whitespace, loses the outer).
QString stored(const QString &s)
{
    return s.trimmed();
}

QByteArray csvField(const QString &s)
{
    QString q = s;
    q.replace(u'"', QStringLiteral("\"\""));
    return '"' + q.toUtf8() + '"';
}

const char *const kTables[] = {"live.calls",
                               "live.suggestions",
                               "live.decisions",
                               "live.units",
                               "live.unit_status_history",
                               "live.outcomes",
                               "live.event_log",
                               "live.override_reasons",
                               "live.outcome_codes",
                               "live.screening_answers",
                               "staff.members",
                               "training.calls",
                               "training.decisions",
                               "public.rr_schema_migrations"};

} // namespace

class TstInjection : public QObject
{
    Q_OBJECT
    test::TestDatabase m_db{QStringLiteral("injection")};
    std::unique_ptr<PgConnection> m_conn;
    QTemporaryDir m_tmp;
    qint64 m_reasons = 0;
    qint64 m_roles = 0;
    // Roles are cluster-wide and other tests add and drop logins on the same cluster meanwhile: count the
    // group roles, the superusers and this test's own logins.
    static constexpr char kRoleCount[] =
        "SELECT count(*) FROM pg_roles WHERE rolname LIKE 'rr\\_%' OR rolname LIKE 'inj-%' OR rolsuper";

    QStringList db() const { return {QStringLiteral("--db"), m_db.uri()}; }
    // Call ids by purpose: the hostile text itself (its first 200 characters, a btree key's size is bounded).
    static QString callId(const char *purpose, int i, const QString &h)
    {
        QString id = QStringLiteral("INJ-%1-%2-").arg(QLatin1String(purpose)).arg(i) + h.left(200);
        if (qstrcmp(purpose, "screen") == 0) // `screen` reads an argument with '=' as QUESTION=ANSWER
            id.replace(u'=', u'~');
        return id;
    }
    qint64 count(const char *sql, const QList<PgParam> &params = {})
    {
        const PgResult r = m_conn->exec(sql, params);
        return r.ok() && r.rows() == 1 ? r.integer(0, 0) : -1;
    }
    QString text(const char *sql, const QList<PgParam> &params)
    {
        const PgResult r = m_conn->exec(sql, params);
        return r.ok() && r.rows() == 1 ? r.text(0, 0)
                                       : QStringLiteral("<%1 rows: %2>").arg(r.rows()).arg(r.error());
    }
    QString secretFile(const QByteArray &content)
    {
        static int n = 0;
        const QString path = m_tmp.filePath(QStringLiteral("secret%1").arg(++n));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content + '\n');
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    // Every table is there and the lists nobody here may change are as they were.
    void checkIntact()
    {
        for (const char *table : kTables)
            QVERIFY2(m_conn->exec("SELECT to_regclass($1) IS NOT NULL", {table}).boolean(0, 0), table);
        QCOMPARE(count("SELECT count(*) FROM live.override_reasons"), m_reasons);
        QCOMPARE(count(kRoleCount), m_roles);
        QVERIFY(count("SELECT count(*) FROM live.calls WHERE cad_id LIKE 'CANARY-%'") == 3);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.ok(), qPrintable(m_db.error()));
        QVERIFY(m_tmp.isValid());
        QString error;
        m_conn = m_db.migrated(&error);
        QVERIFY2(m_conn, qPrintable(error));
        const QString canaries = m_tmp.filePath(QStringLiteral("canaries.csv"));
        QFile f(canaries);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,received_at,call_type,narrative\n"
                "CANARY-1,2024-05-01T10:00:00Z,WELFARE CHECK,Man asleep in a doorway\n"
                "CANARY-2,2024-05-01T10:01:00Z,NOISE,Loud music\n"
                "CANARY-3,2024-05-01T10:02:00Z,TRESPASS,Person in the lobby\n");
        f.close();
        QCOMPARE(cli(QStringList{QStringLiteral("import"), canaries} + db()).exitCode, 0);
        m_reasons = count("SELECT count(*) FROM live.override_reasons");
        m_roles = count(kRoleCount);
        QVERIFY(m_reasons > 0);
    }

    // Every text column of a CAD export, through COPY: stored verbatim.
    void importCsvFields()
    {
        const QStringList h = hostile();
        QByteArray csv = "id,received_at,call_type,call_code,priority,narrative,address,beat\n";
        for (const char *purpose : {"import", "decide", "screen"})
            for (int i = 0; i < h.size(); ++i)
                csv += csvField(callId(purpose, i, h[i])) + ",2024-05-01T11:00:00Z," + csvField(h[i]) + ',' +
                       csvField(h[i]) + ",3," + csvField(h[i]) + ',' + csvField(h[i]) + ',' + csvField(h[i]) +
                       '\n';
        const QString path = m_tmp.filePath(QStringLiteral("hostile.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        const Run r = cli(QStringList{QStringLiteral("import"), path} + db());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        checkIntact();
        for (int i = 0; i < h.size(); ++i) {
            const QString id = callId("import", i, h[i]);
            const PgResult row = m_conn->exec("SELECT call_type, call_code, narrative, address, beat"
                                              " FROM live.calls WHERE cad_id = $1",
                                              {id});
            QVERIFY2(row.ok() && row.rows() == 1, qPrintable(id));
            for (int column = 0; column < row.columns(); ++column)
                QCOMPARE(row.text(0, column), stored(h[i]));
        }
    }

    // A NUL byte cannot be stored in PostgreSQL text: the row is refused with a message, the others stored.
    void importRefusesNulPlainly()
    {
        const QString path = m_tmp.filePath(QStringLiteral("nul.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            QByteArray("id,received_at,call_type,narrative\n"
                       "INJ-NUL-1,2024-05-01T12:00:00Z,WELFARE,before\0after'; DROP TABLE live.calls; --\n"
                       "INJ-NUL-2,2024-05-01T12:01:00Z,WELFARE,plain\n",
                       qsizetype(strlen("id,received_at,call_type,narrative\n"
                                        "INJ-NUL-1,2024-05-01T12:00:00Z,WELFARE,before")) +
                           1 +
                           qsizetype(strlen("after'; DROP TABLE live.calls; --\n"
                                            "INJ-NUL-2,2024-05-01T12:01:00Z,WELFARE,plain\n"))));
        f.close();
        const Run r = cli(QStringList{QStringLiteral("import"), path} + db());
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        checkIntact();
        QCOMPARE(count("SELECT count(*) FROM live.calls WHERE cad_id = 'INJ-NUL-2'"), 1);
        // Either refused with a message, or stored without the NUL; never cut short silently.
        if (r.exitCode == 1) {
            QVERIFY2(r.err.contains("NUL"), r.err.constData());
            QCOMPARE(count("SELECT count(*) FROM live.calls WHERE cad_id = 'INJ-NUL-1'"), 0);
        } else {
            QVERIFY(text("SELECT narrative FROM live.calls WHERE cad_id = $1", {"INJ-NUL-1"})
                        .contains(QStringLiteral("after")));
        }
    }

    // decide: the call id, --dispatcher, --workstation and --note are stored verbatim; --reason and
    // --override are checked against their lists.
    void decideOptions()
    {
        const QStringList h = hostile();
        for (int i = 0; i < h.size(); ++i) {
            const QString id = callId("decide", i, h[i]);
            const Run r = cli(QStringList{QStringLiteral("decide"), id, QStringLiteral("--dispatcher"), h[i],
                                          QStringLiteral("--workstation"), h[i], QStringLiteral("--override"),
                                          QStringLiteral("unarmed"), QStringLiteral("--reason"),
                                          QStringLiteral("other"), QStringLiteral("--note"), h[i]} +
                              db());
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const PgResult row =
                m_conn->exec("SELECT d.dispatcher, d.workstation, d.note FROM live.decisions d"
                             " JOIN live.calls c ON c.id = d.call_id WHERE c.cad_id = $1",
                             {id});
            QVERIFY2(row.ok() && row.rows() == 1, qPrintable(id));
            QCOMPARE(row.text(0, 0), stored(h[i]));
            QCOMPARE(row.text(0, 1), stored(h[i]));
            QCOMPARE(row.text(0, 2), stored(h[i]));
        }
        const qint64 decisions = count("SELECT count(*) FROM live.decisions");
        for (const QString &x : refusals()) {
            // A call id nobody has: unknown, nothing stored.
            Run r = cli(QStringList{QStringLiteral("decide"), x, QStringLiteral("--dispatcher"),
                                    QStringLiteral("D1"), QStringLiteral("--accept")} +
                        db());
            QCOMPARE(r.exitCode, 2);
            // A reason or a kind from no list: refused.
            r = cli(QStringList{QStringLiteral("decide"), QStringLiteral("CANARY-1"),
                                QStringLiteral("--dispatcher"), QStringLiteral("D1"),
                                QStringLiteral("--override"), QStringLiteral("police"),
                                QStringLiteral("--reason"), x} +
                    db());
            QCOMPARE(r.exitCode, 2);
            r = cli(QStringList{QStringLiteral("decide"), QStringLiteral("CANARY-1"),
                                QStringLiteral("--dispatcher"), QStringLiteral("D1"),
                                QStringLiteral("--override"), x, QStringLiteral("--reason"),
                                QStringLiteral("other"), QStringLiteral("--note"), x} +
                    db());
            QCOMPARE(r.exitCode, 2);
        }
        QCOMPARE(count("SELECT count(*) FROM live.decisions"), decisions);
        checkIntact();
    }

    // screen: the call id, --dispatcher and --workstation; QUESTION=ANSWER is checked against its lists.
    void screenArguments()
    {
        const QStringList h = hostile();
        for (int i = 0; i < h.size(); ++i) {
            const QString id = callId("screen", i, h[i]);
            const Run r =
                cli(QStringList{QStringLiteral("screen"), id, QStringLiteral("weapon=no"),
                                QStringLiteral("--dispatcher"), h[i], QStringLiteral("--workstation"), h[i]} +
                    db());
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const PgResult row =
                m_conn->exec("SELECT s.dispatcher, s.workstation FROM live.screening_answers s"
                             " JOIN live.calls c ON c.id = s.call_id WHERE c.cad_id = $1",
                             {id});
            QVERIFY2(row.ok() && row.rows() == 1, qPrintable(id));
            QCOMPARE(row.text(0, 0), stored(h[i]));
            QCOMPARE(row.text(0, 1), stored(h[i]));
        }
        const qint64 answers = count("SELECT count(*) FROM live.screening_answers");
        for (const QString &x : refusals()) {
            QCOMPARE(cli(QStringList{QStringLiteral("screen"), x, QStringLiteral("weapon=no"),
                                     QStringLiteral("--dispatcher"), QStringLiteral("D1")} +
                         db())
                         .exitCode,
                     2);
            QCOMPARE(cli(QStringList{QStringLiteral("screen"), QStringLiteral("CANARY-2"),
                                     QStringLiteral("weapon=") + x, QStringLiteral("--dispatcher"),
                                     QStringLiteral("D1")} +
                         db())
                         .exitCode,
                     2);
            QCOMPARE(cli(QStringList{QStringLiteral("screen"), QStringLiteral("CANARY-2"),
                                     x + QStringLiteral("=yes"), QStringLiteral("--dispatcher"),
                                     QStringLiteral("D1")} +
                         db())
                         .exitCode,
                     2);
        }
        QCOMPARE(count("SELECT count(*) FROM live.screening_answers"), answers);
        checkIntact();
    }

    // calls and report: filters are bound (a hostile dispatcher finds exactly that dispatcher's decision).
    void callsAndReportFilters()
    {
        const QStringList h = hostile();
        const Run list = cli(
            QStringList{QStringLiteral("calls"), QStringLiteral("--format"), QStringLiteral("jsonl")} + db());
        QVERIFY2(list.exitCode == 0, list.err.constData());
        int found = 0;
        for (const QByteArray &line : list.out.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            for (int i = 0; i < h.size(); ++i) {
                if (o.value(QStringLiteral("id")).toString() == callId("import", i, h[i])) {
                    QCOMPARE(o.value(QStringLiteral("call_type")).toString(), stored(h[i]));
                    ++found;
                }
            }
        }
        QCOMPARE(found, h.size());
        for (const QString &x : refusals()) {
            QCOMPARE(cli(QStringList{QStringLiteral("calls"), QStringLiteral("--limit"), x} + db()).exitCode,
                     2);
            QCOMPARE(cli(QStringList{QStringLiteral("calls"), QStringLiteral("--format"), x} + db()).exitCode,
                     2);
            for (const char *option : {"--from", "--to", "--section", "--direction", "--format", "--seed"})
                QCOMPARE(cli(QStringList{QStringLiteral("report"), QString::fromLatin1(option), x} + db())
                             .exitCode,
                         2);
        }
        const QString from = QStringLiteral("2000-01-01T00:00:00Z");
        for (int i = 0; i < h.size(); ++i) {
            const Run r = cli(QStringList{QStringLiteral("report"), QStringLiteral("--from"), from,
                                          QStringLiteral("--section"), QStringLiteral("summary"),
                                          QStringLiteral("--format"), QStringLiteral("jsonl"),
                                          QStringLiteral("--dispatcher"), h[i]} +
                              db());
            QVERIFY2(r.exitCode == 0, r.err.constData());
            // Exactly the one decision that dispatcher made: the filter matched the text as given.
            QVERIFY2(r.out.contains("{\"figure\":\"decisions\",\"table\":\"summary\",\"value\":\"1\"}"),
                     r.out.left(400).constData());
            const Run filtered =
                cli(QStringList{QStringLiteral("report"), QStringLiteral("--from"), from,
                                QStringLiteral("--format"), QStringLiteral("csv"),
                                QStringLiteral("--category"), h[i], QStringLiteral("--reason"), h[i]} +
                    db());
            QVERIFY2(filtered.exitCode == 0, filtered.err.constData());
        }
        checkIntact();
    }

    // staff: an ID is checked by the database (a role name never comes from SQL text), the name stored
    // verbatim, the password hashed here (whatever it holds).
    void staffArguments()
    {
        const QStringList h = hostile();
        const QString password = secretFile("'; DROP ROLE postgres; ALTER ROLE x SUPERUSER; --");
        for (const QString &x : refusals()) {
            for (const QStringList &action :
                 {QStringList{QStringLiteral("add"), x, QStringLiteral("--name"), QStringLiteral("N"),
                              QStringLiteral("--role"), QStringLiteral("dispatcher"),
                              QStringLiteral("--password-file"), password},
                  QStringList{QStringLiteral("set-role"), x, QStringLiteral("admin")},
                  QStringList{QStringLiteral("set-role"), QStringLiteral("nobody"), x},
                  QStringList{QStringLiteral("disable"), x}, QStringList{QStringLiteral("enable"), x},
                  QStringList{QStringLiteral("reset-password"), x, QStringLiteral("--password-file"),
                              password},
                  QStringList{QStringLiteral("add"), QStringLiteral("inj-role"), QStringLiteral("--name"),
                              QStringLiteral("N"), QStringLiteral("--role"), x,
                              QStringLiteral("--password-file"), password}}) {
                const Run r = cli(QStringList{QStringLiteral("staff")} + action + db());
                QVERIFY2(r.exitCode == 2, qPrintable(action.join(u' ').left(200)));
            }
        }
        checkIntact();
        // A real member of staff with a hostile name and password.
        const QString login = QStringLiteral("inj-%1").arg(QCoreApplication::applicationPid());
        for (int i = 0; i < h.size(); ++i) {
            const QString id = login + QString::number(i);
            const Run r =
                cli(QStringList{QStringLiteral("staff"), QStringLiteral("add"), id, QStringLiteral("--name"),
                                h[i], QStringLiteral("--role"), QStringLiteral("dispatcher"),
                                QStringLiteral("--password-file"), password} +
                    db());
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(text("SELECT name FROM staff.members WHERE login = $1", {id}), stored(h[i]));
            QString error;
            QVERIFY2(PgConnection::open(
                         m_db.uri(), &error, 5,
                         PgLogin{id, QStringLiteral("'; DROP ROLE postgres; ALTER ROLE x SUPERUSER; --")}),
                     qPrintable(error));
        }
        m_roles += h.size();
        QCOMPARE(count("SELECT count(*) FROM pg_roles WHERE rolsuper AND rolname LIKE 'inj-%'"), 0);
        checkIntact();
    }

    // The intake: every text field of a posted call, stored verbatim; a NUL is refused with 422.
    void intakeJsonFields()
    {
        QProcess intake;
        intake.start(
            QStringLiteral(RR_CLI_PATH),
            QStringList{QStringLiteral("intake"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} +
                db());
        QVERIFY(intake.waitForStarted());
        QByteArray said;
        QRegularExpressionMatch port;
        QTRY_VERIFY_WITH_TIMEOUT(
            (said += intake.readAllStandardOutput(),
             port = QRegularExpression(QStringLiteral("listening on http://[^:]+:(\\d+)"))
                        .match(QString::fromUtf8(said)),
             port.hasMatch() || intake.state() == QProcess::NotRunning),
            60000);
        QVERIFY2(port.hasMatch(), intake.readAllStandardError().constData());
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/v1/calls").arg(port.captured(1)));
        QNetworkAccessManager network;
        const auto post = [&](const QJsonObject &call) {
            QNetworkRequest r(url);
            r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            QNetworkReply *reply = network.post(r, QJsonDocument(call).toJson(QJsonDocument::Compact));
            QSignalSpy done(reply, &QNetworkReply::finished);
            if (!reply->isFinished())
                done.wait(20000);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            return status;
        };
        const QStringList h = hostile();
        for (int i = 0; i < h.size(); ++i) {
            const QString id = callId("intake", i, h[i]);
            const QJsonObject call{{QStringLiteral("id"), id},
                                   {QStringLiteral("received_at"), QStringLiteral("2024-05-01T13:00:00Z")},
                                   {QStringLiteral("call_type"), h[i]},
                                   {QStringLiteral("call_code"), h[i]},
                                   {QStringLiteral("narrative"), h[i]},
                                   {QStringLiteral("address"), h[i]},
                                   {QStringLiteral("beat"), h[i]}};
            QCOMPARE(post(call), 201);
            const PgResult row = m_conn->exec("SELECT call_type, call_code, narrative, address, beat"
                                              " FROM live.calls WHERE cad_id = $1",
                                              {id});
            QVERIFY2(row.ok() && row.rows() == 1, qPrintable(id));
            for (int column = 0; column < row.columns(); ++column)
                QCOMPARE(row.text(0, column), stored(h[i]));
        }
        QCOMPARE(post({{QStringLiteral("id"), QStringLiteral("INJ-intake-nul")},
                       {QStringLiteral("narrative"),
                        QStringLiteral("before") + QChar(u'\0') + QStringLiteral("after")}}),
                 422);
        QCOMPARE(count("SELECT count(*) FROM live.calls WHERE cad_id = 'INJ-intake-nul'"), 0);
        intake.terminate();
        QVERIFY(intake.waitForFinished(30000));
        checkIntact();
    }
};

QTEST_GUILESS_MAIN(TstInjection)
#include "tst_injection.moc"
