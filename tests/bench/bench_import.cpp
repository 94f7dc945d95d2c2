// Benchmark of `rightresponse-cli import` against PostgreSQL's own bulk load.
// Usage: bench_import CLI [--calls N] [--runs R] [--no-row-logging-run]
// Starts a private PostgreSQL cluster in a temporary directory, writes N generated calls (default 1,000,000)
// as canonical CSV, and the same rows as a CSV that `\copy` accepts (every text quoted so that an empty one
// is '' and not NULL, empty screening answers as "unknown"). Then, each into a fresh migrated database:
//   \copy    psql -c "\copy live.calls(...) FROM 'file' CSV HEADER"  (the calls only, no triage, no
//            suggestions; the triggers log every row)
//   import   rightresponse-cli import FILE --db URI  (triage + calls + suggestions, as a superuser: one
//            event-log row and one notification per 50,000-row batch)
//   import, row logging   the same as a login in rr_intake only, whose imports are logged row by row
// and prints wall time, rows/s, the child's peak RSS and the ratio to \copy. Target: import <= 1.5 x \copy.

#include "clusterdirectory.h"
#include "feed/callgenerator.h"
#include "io/cadtime.h"
#include "io/callcsv.h"
#include "io/csvwriter.h"
#include "store/localcluster.h"
#include "store/migrator.h"
#include "store/pgconnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

using namespace rr;

namespace {

struct Run
{
    double seconds = 0;
    long maxRssKb = 0;
    int status = -1;
    QByteArray err;
};

// Runs a program with stdout to /dev/null and stderr to a file; wall time and the child's own peak RSS.
Run runChild(const QList<QByteArray> &args, const QString &errFile)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    const QByteArray errPath = QFile::encodeName(errFile);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errPath.constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    std::vector<char *> argv;
    for (const QByteArray &a : args)
        argv.push_back(const_cast<char *>(a.constData()));
    argv.push_back(nullptr);
    Run run;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
        std::perror("posix_spawn");
        return run;
    }
    struct rusage usage
    {
    };
    int status = 0;
    wait4(pid, &status, 0, &usage);
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.maxRssKb = usage.ru_maxrss;
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    posix_spawn_file_actions_destroy(&actions);
    QFile e(errFile);
    if (e.open(QIODevice::ReadOnly))
        run.err = e.readAll();
    return run;
}

void writeQuoted(QByteArray &row, QStringView text)
{
    row += '"';
    row += text.toUtf8().replace('"', "\"\"");
    row += '"';
}

// The same calls in a form `\copy ... CSV` stores as the import does.
bool writeFiles(qint64 calls, const QString &canonical, const QString &forCopy)
{
    QFile a(canonical);
    QFile b(forCopy);
    if (!a.open(QIODevice::WriteOnly) || !b.open(QIODevice::WriteOnly))
        return false;
    CallGenerator generator({1, {}, 350.0, {}});
    CsvWriter csv(&a);
    csv.row(canonicalCallColumns());
    QByteArray row;
    b.write(canonicalCallColumns().join(u',').toUtf8() + '\n');
    for (qint64 i = 0; i < calls; ++i) {
        const Call c = generator.next();
        writeCall(csv, c);
        row.clear();
        writeQuoted(row, c.id);
        row += ',' + formatCadDateTime(c.receivedAt) + ',';
        writeQuoted(row, c.callType);
        row += ',';
        writeQuoted(row, c.callCode);
        row += ',' + (c.priority ? QByteArray::number(*c.priority) : QByteArray()) + ',';
        writeQuoted(row, c.narrative);
        row += ',';
        writeQuoted(row, c.address);
        row += ',' + (c.latitude ? QByteArray::number(*c.latitude, 'f', 6) : QByteArray());
        row += ',' + (c.longitude ? QByteArray::number(*c.longitude, 'f', 6) : QByteArray()) + ',';
        writeQuoted(row, c.beat);
        for (Answer answer : c.screening.answers)
            row += ',' + toString(answer).toUtf8();
        row += '\n';
        b.write(row);
    }
    return csv.flush() && b.flush();
}

QString databaseUri(const QString &clusterUri, const QString &database, const QString &user = {})
{
    QUrl url(clusterUri);
    url.setPath(QLatin1Char('/') + database);
    if (!user.isEmpty()) {
        QUrlQuery q(url);
        q.removeAllQueryItems(QStringLiteral("user"));
        q.addQueryItem(QStringLiteral("user"), user);
        // Logins other than the owner give a password on the embedded cluster (scram-sha-256).
        q.addQueryItem(QStringLiteral("password"), QStringLiteral("bench-import"));
        url.setQuery(q);
    }
    return url.toString();
}

// A fresh, migrated database; empty on failure (said on stderr).
QString freshDatabase(PgConnection &admin, const QString &clusterUri, const QString &name)
{
    admin.exec(
        ("DROP DATABASE IF EXISTS " + PgConnection::quoteIdentifier(name) + " WITH (FORCE)").constData());
    PgResult created = admin.exec(("CREATE DATABASE " + PgConnection::quoteIdentifier(name)).constData());
    QString error;
    const QString uri = databaseUri(clusterUri, name);
    auto c = created.ok() ? PgConnection::open(uri, &error) : nullptr;
    const Result<Migrator::Migrated> m = c ? Migrator::migrate(*c) : Failure{};
    if (!m) {
        std::fprintf(stderr, "cannot prepare database %s: %s\n", qPrintable(name),
                     qPrintable(created.ok() ? (c ? m.error() : error) : created.error()));
        return {};
    }
    c->exec("CHECKPOINT");
    return uri;
}

struct Counts
{
    qint64 calls = -1;
    qint64 suggestions = -1;
    qint64 log = -1;
};

Counts counts(const QString &uri)
{
    Counts n;
    QString error;
    if (auto c = PgConnection::open(uri, &error)) {
        PgResult r =
            c->exec("SELECT (SELECT count(*) FROM live.calls), (SELECT count(*) FROM live.suggestions),"
                    " (SELECT count(*) FROM live.event_log)");
        if (r.ok()) {
            n.calls = r.integer(0, 0);
            n.suggestions = r.integer(0, 1);
            n.log = r.integer(0, 2);
        }
    }
    return n;
}

void print(const char *what, const Run &r, qint64 rows, double copySeconds, const Counts &n)
{
    std::printf("%-24s %8.2f s %10.0f rows/s %8.1f MB RSS %6.2f x \\copy   calls %lld, suggestions %lld, "
                "event-log rows %lld%s\n",
                what, r.seconds, double(rows) / r.seconds, double(r.maxRssKb) / 1024.0,
                copySeconds > 0 ? r.seconds / copySeconds : 1.0, static_cast<long long>(n.calls),
                static_cast<long long>(n.suggestions), static_cast<long long>(n.log),
                r.status == 0 ? "" : "   FAILED");
    if (r.status != 0)
        std::fprintf(stderr, "%s", r.err.right(2000).constData());
}

} // namespace

int main(int argc, char *argv[])
{
    rr::pinLocalTimeZone();
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_import CLI [--calls N] [--runs R] [--no-row-logging-run]\n");
        return 2;
    }
    const QByteArray cli = QFile::encodeName(args.at(1));
    qint64 calls = 1000000;
    int runs = 1;
    bool rowLoggingRun = true;
    for (int i = 2; i < args.size(); ++i) {
        if (args.at(i) == u"--calls" && i + 1 < args.size())
            calls = args.at(++i).toLongLong();
        else if (args.at(i) == u"--runs" && i + 1 < args.size())
            runs = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == u"--no-row-logging-run")
            rowLoggingRun = false;
    }

    test::ClusterDirectory tmp(QStringLiteral("bench-import"));
    if (!tmp.isValid()) {
        std::fprintf(stderr, "%s\n", qPrintable(tmp.error()));
        return 1;
    }
    LocalCluster cluster(tmp.filePath(QStringLiteral("pg")));
    const Result<QString> started = cluster.start();
    if (!started.ok()) {
        std::fprintf(stderr, "cannot start the cluster: %s\n", qPrintable(started.error()));
        return 1;
    }
    auto stop = [&] { (void)cluster.stop(); }; // best effort, on the way out
    QString error;
    auto admin = PgConnection::open(cluster.connectionUri(), &error);
    if (!admin) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        stop();
        return 1;
    }

    const QString canonical = tmp.filePath(QStringLiteral("calls.csv"));
    const QString forCopy = tmp.filePath(QStringLiteral("calls-copy.csv"));
    QElapsedTimer gen;
    gen.start();
    if (!writeFiles(calls, canonical, forCopy)) {
        std::fprintf(stderr, "cannot write the files\n");
        stop();
        return 1;
    }
    std::printf("%lld calls, %.0f MB of CSV, generated in %.1f s; cluster %s\n",
                static_cast<long long>(calls), double(QFileInfo(canonical).size()) / 1e6,
                double(gen.elapsed()) / 1000.0, qPrintable(cluster.dataDir()));
    std::fflush(stdout);

    const QString login = QStringLiteral("bench_intake");
    const QString errFile = tmp.filePath(QStringLiteral("stderr.txt"));
    for (int run = 0; run < runs; ++run) {
        const QString copyUri = freshDatabase(*admin, cluster.connectionUri(), QStringLiteral("bench_copy"));
        if (copyUri.isEmpty())
            break;
        const QByteArray copyCommand =
            "\\copy live.calls(cad_id, received_at, call_type, call_code, priority, narrative, address, "
            "latitude, "
            "longitude, beat, weapon, violence, injury, self_harm, domestic, crime_in_progress) FROM '" +
            QFile::encodeName(forCopy) + "' CSV HEADER";
        const Run copy =
            runChild({"psql", copyUri.toUtf8(), "-v", "ON_ERROR_STOP=1", "-c", copyCommand}, errFile);
        print("\\copy (calls only)", copy, calls, 0, counts(copyUri));

        const QString importUri =
            freshDatabase(*admin, cluster.connectionUri(), QStringLiteral("bench_import"));
        if (importUri.isEmpty())
            break;
        const Run imported =
            runChild({cli, "import", QFile::encodeName(canonical), "--db", importUri.toUtf8()}, errFile);
        print("import (summary log)", imported, calls, copy.seconds, counts(importUri));

        if (rowLoggingRun) {
            const QString rowsUri =
                freshDatabase(*admin, cluster.connectionUri(), QStringLiteral("bench_import_rows"));
            if (rowsUri.isEmpty())
                break;
            admin->exec(("DROP ROLE IF EXISTS " + PgConnection::quoteIdentifier(login)).constData());
            admin->exec(("CREATE ROLE " + PgConnection::quoteIdentifier(login) +
                         " LOGIN PASSWORD 'bench-import' IN ROLE rr_intake")
                            .constData());
            const Run rows = runChild(
                {cli, "import", QFile::encodeName(canonical), "--db",
                 databaseUri(cluster.connectionUri(), QStringLiteral("bench_import_rows"), login).toUtf8()},
                errFile);
            print("import (row logging)", rows, calls, copy.seconds, counts(rowsUri));
            admin->exec(("DROP DATABASE bench_import_rows WITH (FORCE)"));
            admin->exec(("DROP ROLE " + PgConnection::quoteIdentifier(login)).constData());
        }
        std::fflush(stdout);
    }
    admin.reset();
    stop();
    return 0;
}
