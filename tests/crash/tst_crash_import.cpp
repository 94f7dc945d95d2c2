// SIGKILL `rightresponse-cli import` in the middle of a batch of a large generated export; a second run of
// the same file stores every row exactly once (each call once, with one suggestion), the batches committed
// before the kill included.

#include "probe.h"
#include "testdatabase.h"

#include <QFile>
#include <QTemporaryDir>

using namespace rr;

namespace {

constexpr int kRows = 40000;
constexpr int kBatch = 2000;

int runCli(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(RR_CLI_PATH), args);
    if (!p.waitForStarted())
        return -1;
    p.closeWriteChannel();
    p.waitForFinished(300000);
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

class TstCrashImport : public QObject
{
    Q_OBJECT
    test::TestDatabase m_db{QStringLiteral("crashimport")};
    std::unique_ptr<PgConnection> m_conn;
    QTemporaryDir m_tmp;
    QString m_csv;

    QStringList db() const { return {QStringLiteral("--db"), m_db.uri()}; }
    qint64 calls() { return test::scalar(*m_conn, "SELECT count(*) FROM live.calls"); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.ok(), qPrintable(m_db.error()));
        QVERIFY(m_tmp.isValid());
        QString error;
        m_conn = m_db.migrated(&error);
        QVERIFY2(m_conn, qPrintable(error));
        QByteArray csv;
        QCOMPARE(runCli({QStringLiteral("generate"), QStringLiteral("--calls"), QString::number(kRows),
                         QStringLiteral("--seed"), QStringLiteral("12")},
                        &csv),
                 0);
        QCOMPARE(csv.count('\n'), kRows + 1);
        m_csv = m_tmp.filePath(QStringLiteral("export.csv"));
        QFile f(m_csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(csv), csv.size());
    }

    void killedMidBatchThenRunAgain()
    {
        const QStringList import = QStringList{QStringLiteral("import"), QStringLiteral("--batch-size"),
                                               QString::number(kBatch), m_csv} +
                                   db();
        QProcess first;
        first.start(QStringLiteral(RR_CLI_PATH), import);
        QVERIFY(first.waitForStarted());
        first.closeWriteChannel();
        // At least one batch committed and the import still going: the next batch is being written.
        QTRY_VERIFY_WITH_TIMEOUT(calls() >= kBatch || first.state() == QProcess::NotRunning, 120000);
        ::kill(pid_t(first.processId()), SIGKILL);
        QVERIFY(first.waitForFinished(30000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit); // killed, not finished
        // The server may still be finishing the dead client's last statement: wait until its backend is gone.
        QTRY_COMPARE_WITH_TIMEOUT(test::scalar(*m_conn,
                                               "SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                               "current_database() AND pid <> pg_backend_pid()"),
                                  0, 30000);
        const qint64 atKill = calls();
        QVERIFY2(atKill >= kBatch && atKill < kRows, qPrintable(QString::number(atKill)));
        QCOMPARE(atKill % kBatch, 0); // whole batches only: the one being written went with the process

        QByteArray out, err;
        QCOMPARE(runCli(import, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("%1 calls imported, %2 already stored")
                                  .arg(kRows - atKill)
                                  .arg(atKill)
                                  .toUtf8()),
                 out.constData());
        QCOMPARE(calls(), qint64(kRows));
        QCOMPARE(test::scalar(*m_conn, "SELECT count(DISTINCT cad_id) FROM live.calls"), qint64(kRows));
        QCOMPARE(test::scalar(*m_conn, "SELECT count(*) FROM live.calls c WHERE (SELECT count(*) FROM "
                                       "live.suggestions s WHERE s.call_id = c.id) <> 1"),
                 0);
        // The same as one clean run would store: every id of the file, 2024-000001 onwards.
        QCOMPARE(test::scalar(*m_conn,
                              "SELECT count(*) FROM live.calls WHERE cad_id BETWEEN '2024-000001' AND $1",
                              {QStringLiteral("2024-%1").arg(kRows, 6, 10, QLatin1Char('0'))}),
                 qint64(kRows));
        // And a third run adds nothing.
        QCOMPARE(runCli(import, &out, &err), 0);
        QCOMPARE(calls(), qint64(kRows));
    }
};

QTEST_GUILESS_MAIN(TstCrashImport)
#include "tst_crash_import.moc"
