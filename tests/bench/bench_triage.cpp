// Benchmark of `rightresponse-cli triage`: CSV in, CSV out, on generated calls.
// Usage: bench_triage CLI [--calls N] [--runs R] [--keep FILE] [--unique-narratives]
// Writes N generated calls (default 1,000,000) to a temporary file, then runs the CLI R times (default 5) on
// it with one core, output to /dev/null, and prints wall time, user CPU, calls/s and peak RSS of each run and
// the medians. User CPU and peak RSS come from wait4()'s rusage of the child, so they are the CLI's own; user
// CPU is the fairer figure on a machine that other work shares.
// The generated narratives repeat, as a CAD export's do (the same alarm text, an empty narrative); with
// --unique-narratives every narrative ends with a reference number of its own ("Ref 123."), so that no
// narrative is seen twice and nothing read from a whole narrative can be reused.

#include "feed/callgenerator.h"
#include "io/callcsv.h"
#include "io/csvwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <sched.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace {

struct Run
{
    double seconds = 0;
    double userSeconds = 0;
    long maxRssKb = 0;
    int status = -1;
};

Run runCli(const QByteArray &cli, const QByteArray &input)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    const char *argv[] = {cli.constData(), "triage", input.constData(), nullptr};
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    Run run;
    if (posix_spawn(&pid, cli.constData(), &actions, nullptr, const_cast<char **>(argv), environ) != 0) {
        std::perror("posix_spawn");
        return run;
    }
    struct rusage usage
    {
    };
    int status = 0;
    wait4(pid, &status, 0, &usage);
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.userSeconds = double(usage.ru_utime.tv_sec) + double(usage.ru_utime.tv_usec) / 1e6;
    run.maxRssKb = usage.ru_maxrss;
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    posix_spawn_file_actions_destroy(&actions);
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr,
                     "usage: bench_triage CLI [--calls N] [--runs R] [--keep FILE] [--unique-narratives]\n");
        return 2;
    }
    const QByteArray cli = args[1].toLocal8Bit();
    qint64 calls = 1000000;
    int runs = 5;
    QString keep;
    bool unique = false;
    for (int i = 2; i < args.size(); ++i) {
        if (args[i] == u"--unique-narratives")
            unique = true;
        else if (i + 1 == args.size())
            break;
        else if (args[i] == u"--calls")
            calls = args[++i].toLongLong();
        else if (args[i] == u"--runs")
            runs = args[++i].toInt();
        else if (args[i] == u"--keep")
            keep = args[++i];
    }

    // One core, as the target says; the child inherits the affinity.
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(0, &one);
    sched_setaffinity(0, sizeof one, &one);

    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("calls.csv")) : keep;
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 2;
        }
        QElapsedTimer t;
        t.start();
        rr::CallGenerator gen(rr::GeneratorOptions{7, {}, 350.0, {}});
        rr::CsvWriter w(&f);
        w.row(rr::canonicalCallColumns());
        for (qint64 i = 0; i < calls; ++i) {
            rr::Call call = gen.next();
            if (unique) {
                if (!call.narrative.isEmpty())
                    call.narrative += u' ';
                call.narrative += QStringLiteral("Ref %1.").arg(i + 1);
            }
            rr::writeCall(w, call);
        }
        w.flush();
        std::printf("generated %lld calls (%.1f MB%s) in %.2f s\n", static_cast<long long>(calls),
                    double(f.size()) / 1e6, unique ? ", every narrative unique" : "",
                    double(t.nsecsElapsed()) / 1e9);
    }

    std::vector<Run> results;
    for (int r = 0; r < runs; ++r) {
        const Run run = runCli(cli, path.toLocal8Bit());
        if (run.status != 0) {
            std::fprintf(stderr, "run %d: the CLI exited with status %d\n", r + 1, run.status);
            return 1;
        }
        std::printf("run %d: %.3f s wall, %.3f s user, %.0f calls/s, peak RSS %.1f MB\n", r + 1, run.seconds,
                    run.userSeconds, double(calls) / run.seconds, double(run.maxRssKb) / 1024.0);
        results.push_back(run);
    }
    std::sort(results.begin(), results.end(),
              [](const Run &a, const Run &b) { return a.seconds < b.seconds; });
    const Run &median = results[results.size() / 2];
    std::vector<double> user;
    for (const Run &r : results)
        user.push_back(r.userSeconds);
    std::sort(user.begin(), user.end());
    long maxRss = 0;
    for (const Run &r : results)
        maxRss = std::max(maxRss, r.maxRssKb);
    std::printf(
        "median: %.3f s wall, %.3f s user CPU for %lld calls = %.0f calls/s on one core; peak RSS (max "
        "of runs) %.1f MB\n",
        median.seconds, user[user.size() / 2], static_cast<long long>(calls), double(calls) / median.seconds,
        double(maxRss) / 1024.0);
    std::printf("targets: <= 2.000 s for 1,000,000 calls, peak RSS < 50 MB\n");
    return 0;
}
