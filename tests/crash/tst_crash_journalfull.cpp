// The offline journal's disk is full while the database is down: the console says so plainly ("NOT SAVED",
// the system's reason, the journal's path) and refuses the offline work, leaving the call undecided on
// screen, rather than showing it saved and losing it. Once the disk has room again, offline work is
// journalled and replayed when the database returns, exactly once.
//
// The disk: a 64 KiB tmpfs, mounted in a mount namespace of this test's own (unshare(CLONE_NEWNS), as root),
// so it vanishes with the test whatever happens. Where that is not allowed the probe runs under a file-size
// limit of 0 (setrlimit RLIMIT_FSIZE), lifted for "room again", and its writes fail with EFBIG ("File too
// large") instead: the test says which it used.

#include "offlinejournalcheck.h"
#include "privatecluster.h"
#include "probe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sched.h>
#include <sys/mount.h>

using namespace rr;

class TstCrashJournalFull : public QObject
{
    Q_OBJECT
    test::PrivateCluster m_cluster;
    QTemporaryDir m_tmp;
    QString m_disk; // where the journal lives
    bool m_tmpfs = false;

    // Fills the disk with a file until the system says it is full; false when it never does.
    bool fill(const QString &path)
    {
        QFile filler(path);
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return false;
        const QByteArray block(512, 'x');
        for (int i = 0; i < 100000; ++i)
            if (filler.write(block) != block.size())
                return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_disk = m_tmp.filePath(QStringLiteral("disk"));
        QVERIFY(QDir().mkpath(m_disk));
        m_tmpfs = ::unshare(CLONE_NEWNS) == 0 &&
                  ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0 &&
                  ::mount("rr-journal-disk", QFile::encodeName(m_disk).constData(), "tmpfs",
                          MS_NOSUID | MS_NODEV, "size=64k,mode=0700") == 0;
        qInfo("the journal's disk: %s", m_tmpfs ? "a 64 KiB tmpfs in a private mount namespace"
                                                : "a file-size limit on the probe (RLIMIT_FSIZE)");
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        auto conn = m_cluster.connect(&error);
        QVERIFY2(conn, qPrintable(error));
        QCOMPARE(test::seedCallsAndUnits(*conn, QStringLiteral("F"), 4), QString());
    }
    void cleanupTestCase()
    {
        if (m_tmpfs)
            ::umount2(QFile::encodeName(m_disk).constData(), MNT_DETACH);
    }

    void fullDiskRefusesOfflineWorkPlainly()
    {
        const QString journal = m_disk + QStringLiteral("/journal.jsonl");
        test::Probe console;
        QVERIFY(console.start(m_cluster.uri(), journal, QStringLiteral("WS-F")));
        QVERIFY(console.waitFor(QStringLiteral("snapshot 4 4")).hasMatch());
        QCOMPARE(QFileInfo(journal).size(), 0);

        // The disk is full (or the journal may not grow).
        const QString filler = m_disk + QStringLiteral("/filler");
        if (m_tmpfs)
            QVERIFY(fill(filler));
        else
            console.send("fsize 0");

        // Online, a decision is still stored (the database has it), and the console warns that nothing could
        // be saved offline now.
        console.send("accept F-0");
        QVERIFY(console.waitFor(QStringLiteral("journal-failed The offline journal cannot be written.*"))
                    .hasMatch());
        QVERIFY(console.waitFor(QStringLiteral("stored F-0 \\S+")).hasMatch());

        QString error;
        QVERIFY2(m_cluster.stop(&error), qPrintable(error));

        // Offline and the disk full: refused, plainly, and shown as not decided.
        console.send("accept F-1");
        QVERIFY(console.waitFor(QStringLiteral("message 1 Call F-1 not decided: NOT SAVED.*")).hasMatch());
        const QRegularExpressionMatch refused = console.waitFor(QStringLiteral("failed F-1 (.*)"));
        QVERIFY2(refused.hasMatch(), qPrintable(console.lines().join(u'\n')));
        const QString why = refused.captured(1);
        QVERIFY2(why.startsWith(QStringLiteral("NOT SAVED")) && why.contains(journal) &&
                     why.contains(m_tmpfs ? QStringLiteral("No space left on device")
                                          : QStringLiteral("File too large")),
                 qPrintable(why));
        QCOMPARE(console.view().value(QStringLiteral("F-1")), false);
        // New offline work stays refused: another decision, a unit's status.
        console.send("accept F-2");
        QVERIFY(console.waitFor(QStringLiteral("failed F-2 NOT SAVED.*")).hasMatch());
        console.send("unit F-U3 out_of_service");
        QVERIFY(console.waitFor(QStringLiteral("unit F-U3 refused NOT SAVED.*")).hasMatch());
        QVERIFY(!console.lines().join(u'\n').contains(QStringLiteral("queued ")));
        QCOMPARE(QFileInfo(journal).size(), 0); // nothing half-written left behind

        // Room again: offline work is journalled.
        if (m_tmpfs)
            QVERIFY(QFile::remove(filler));
        else
            console.send("fsize unlimited");
        console.send("accept F-3");
        QVERIFY2(console.waitFor(QStringLiteral("queued F-3 \\S+")).hasMatch(),
                 qPrintable(console.lines().join(u'\n')));

        // The database returns: the journalled decision is stored once; the refused ones were never stored.
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        QVERIFY(console.waitFor(QStringLiteral("replayed 1"), 90000).hasMatch());
        auto conn = m_cluster.connect(&error);
        QVERIFY2(conn, qPrintable(error));
        const char *decided = "SELECT count(*) FROM live.decisions d JOIN live.calls c ON c.id = d.call_id"
                              " WHERE c.cad_id = $1";
        QCOMPARE(test::scalar(*conn, decided, {QStringLiteral("F-0")}), 1);
        QCOMPARE(test::scalar(*conn, decided, {QStringLiteral("F-1")}), 0);
        QCOMPARE(test::scalar(*conn, decided, {QStringLiteral("F-2")}), 0);
        QCOMPARE(test::scalar(*conn, decided, {QStringLiteral("F-3")}), 1);
        QVERIFY(console.quit());
        QVERIFY(test::pendingEntries(journal).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstCrashJournalFull)
#include "tst_crash_journalfull.moc"
