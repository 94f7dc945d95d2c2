// `rightresponse-cli staff` end to end: runs the real executable against a database of its own on the test
// cluster (ctest fixture rr_db). The owner adds, lists, changes, disables, enables and resets staff,
// passwords from --password-file (never the command line); the new login signs in with its password; a
// dispatcher who tries is refused by the database; bad invocations exit 2 naming what is wrong. Parsing is
// checked on the command object itself.

#include "commands/staffcommand.h"
#include "store/pgconnection.h"
#include "testdatabase.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace rr;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString str(const char *text)
{
    return QString::fromUtf8(text);
}
QString str(const QString &text)
{
    return text;
}
// A list of arguments from literals and strings.
template <typename... A> QStringList L(const A &...a)
{
    return {str(a)...};
}

// Runs the program in a session of its own: without a controlling terminal, as under CI, also when the tests
// run from a terminal (a prompt for a password would otherwise wait on it).
Run cli(const QStringList &args)
{
    QProcess p;
    p.setChildProcessModifier([] { ::setsid(); });
    p.start(QStringLiteral(RR_CLI_PATH), args);
    if (!p.waitForStarted())
        return {};
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

class TstCliStaff : public QObject
{
    Q_OBJECT
private:
    test::TestDatabase m_db{QStringLiteral("clistaff")};
    QTemporaryDir m_tmp;
    std::unique_ptr<PgConnection> m_owner;
    QStringList m_logins;

    QString id(const char *base)
    {
        const QString login =
            QStringLiteral("%1-%2").arg(QLatin1String(base)).arg(QCoreApplication::applicationPid());
        if (!m_logins.contains(login))
            m_logins << login;
        return login;
    }
    QString passwordFile(const QByteArray &password)
    {
        static int n = 0;
        const QString path = m_tmp.filePath(QStringLiteral("pw%1").arg(++n));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(password + '\n');
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // a secret: others may not read it
        return path;
    }
    QStringList db() const { return {QStringLiteral("--db"), m_db.uri()}; }
    bool signsIn(const QString &login, const QString &password)
    {
        QString error;
        return bool(PgConnection::open(m_db.uri(), &error, 5, PgLogin{login, password}));
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
        QTest::newRow("add") << L("add", "D17", "--name", "Dana Reyes", "--role", "dispatcher") << QString();
        QTest::newRow("add without role") << L("add", "D17", "--name", "Dana") << QStringLiteral("--role");
        QTest::newRow("add without name") << L("add", "D17", "--role", "admin") << QStringLiteral("--name");
        QTest::newRow("unknown role")
            << L("add", "D17", "--name", "D", "--role", "chief") << QStringLiteral("unknown role 'chief'");
        QTest::newRow("password on the command line")
            << L("add", "D17", "--name", "D", "--role", "admin", "--password", "x")
            << QStringLiteral("never accepted on the command line");
        QTest::newRow("password= on the command line")
            << L("reset-password", "D17", "--password=x")
            << QStringLiteral("never accepted on the command line");
        QTest::newRow("list") << L("list", "--format", "csv") << QString();
        QTest::newRow("list with an id") << L("list", "D17") << QStringLiteral("takes no ID");
        QTest::newRow("set-role") << L("set-role", "D17", "supervisor") << QString();
        QTest::newRow("set-role without role") << L("set-role", "D17") << QStringLiteral("ROLE");
        QTest::newRow("disable") << L("disable", "D17") << QString();
        QTest::newRow("enable without id") << L("enable") << QStringLiteral("needs one ID");
        QTest::newRow("no action") << L() << QStringLiteral("needs an action");
        QTest::newRow("unknown action") << L("fire", "D17") << QStringLiteral("unknown staff action");
        QTest::newRow("role outside add")
            << L("disable", "D17", "--role", "admin") << QStringLiteral("go with staff add");
    }
    void parses()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        StaffCommand command;
        const Result<Command::Parsed> parsed = command.parse(L(QStringLiteral("staff")) + args);
        if (error.isEmpty()) {
            QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        } else {
            QVERIFY(!parsed.ok());
            QVERIFY2(parsed.error().contains(error), qPrintable(parsed.error()));
        }
    }

    void ownerManagesStaffEndToEnd()
    {
        const QString d = id("CD1");
        Run r = cli(L("staff", "add", d, "--name", "Dana Reyes", "--role", "dispatcher", "--password-file",
                      passwordFile("first-password")) +
                    db());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), QStringLiteral("added %1 (Dana Reyes) as dispatcher").arg(d).toUtf8());
        QVERIFY(signsIn(d, QStringLiteral("first-password")));

        r = cli(L("staff", "list", "--format", "csv") + db());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.startsWith("id,name,role,active,added_at,changed_at\n"));
        QVERIFY2(r.out.contains((d + QStringLiteral(",Dana Reyes,dispatcher,true,")).toUtf8()),
                 r.out.constData());

        r = cli(L("staff", "set-role", d, "supervisor") + db());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(m_owner->exec("SELECT pg_has_role($1, 'rr_supervisor', 'MEMBER')", {d}).boolean(0, 0));

        r = cli(L("staff", "disable", d) + db());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!signsIn(d, QStringLiteral("first-password")));
        r = cli(L("staff", "list") + db());
        QVERIFY2(r.out.contains("no (disabled)"), r.out.constData());
        r = cli(L("staff", "enable", d) + db());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(signsIn(d, QStringLiteral("first-password")));

        r = cli(L("staff", "reset-password", d, "--password-file", passwordFile("second-password")) + db());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!signsIn(d, QStringLiteral("first-password")));
        QVERIFY(signsIn(d, QStringLiteral("second-password")));

        // The event log has each change; no password went anywhere near it.
        PgResult log =
            m_owner->exec("SELECT count(*), bool_or(data::text ~ 'password|SCRAM') FROM live.event_log"
                          " WHERE table_name = 'staff' AND row_id = $1",
                          {d});
        QCOMPARE(log.integer(0, 0), 5);
        QVERIFY(!log.boolean(0, 1));
    }

    void refusedPlainly()
    {
        // Without a terminal and without --password-file, no password is read from standard input.
        Run r = cli(L("staff", "add", id("CD2"), "--name", "N", "--role", "dispatcher") + db());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--password-file"), r.err.constData());
        // A short password is refused before anything is stored.
        r = cli(L("staff", "add", id("CD2"), "--name", "N", "--role", "dispatcher", "--password-file",
                  passwordFile("short")) +
                db());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("at least 8 characters"), r.err.constData());
        QCOMPARE(m_owner->exec("SELECT count(*) FROM pg_roles WHERE rolname = $1", {id("CD2")}).integer(0, 0),
                 0);
        // A password file its group or others may read is refused, naming the file and the fix.
        const QString exposed = passwordFile("readable-by-all");
        QVERIFY(QFile::setPermissions(exposed, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                                   QFile::ReadOther));
        r = cli(
            L("staff", "add", id("CD2"), "--name", "N", "--role", "dispatcher", "--password-file", exposed) +
            db());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(exposed.toUtf8()) && r.err.contains("chmod 600"), r.err.constData());
        QCOMPARE(m_owner->exec("SELECT count(*) FROM pg_roles WHERE rolname = $1", {id("CD2")}).integer(0, 0),
                 0);
        // Unknown member of staff.
        r = cli(L("staff", "disable", QStringLiteral("nobody-at-all")) + db());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no member of staff"), r.err.constData());

        // A dispatcher signed in with their own login is refused by the database.
        const QString d = id("CD3");
        QVERIFY(cli(L("staff", "add", d, "--name", "Dispatcher", "--role", "dispatcher", "--password-file",
                      passwordFile("dispatcher-pass")) +
                    db())
                    .exitCode == 0);
        r = cli(L("staff", "add", id("CD4"), "--name", "Accomplice", "--role", "admin", "--password-file",
                  passwordFile("accomplice-pass"), "--db", m_db.uriAs(d, QStringLiteral("dispatcher-pass"))));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("only an administrator"), r.err.constData());
        QCOMPARE(m_owner->exec("SELECT count(*) FROM pg_roles WHERE rolname = $1", {id("CD4")}).integer(0, 0),
                 0);
        r = cli(L("staff", "set-role", d, "admin", "--db", m_db.uriAs(d, QStringLiteral("dispatcher-pass"))));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!m_owner->exec("SELECT pg_has_role($1, 'rr_admin', 'MEMBER')", {d}).boolean(0, 0));
    }
};

QTEST_GUILESS_MAIN(TstCliStaff)
#include "tst_cli_staff.moc"
