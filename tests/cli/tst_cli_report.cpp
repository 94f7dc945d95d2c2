// `seed-history` and `report` end to end, and the promise of the review: the figures `report` prints are
// exactly those the review window reads (through ReviewClient, the window's access to the query layer).

#include "report/reporttables.h"
#include "report/reviewclient.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rr;

class TestCliReport : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_db{QStringLiteral("clireport")};
    std::unique_ptr<PgConnection> m_conn;

    struct Run
    {
        int status = -1;
        QByteArray out;
        QString err;
    };
    static Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(RR_CLI_PATH), args);
        Run r;
        if (!p.waitForFinished(120000))
            return r;
        r.status = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    static QString iso(const QDateTime &t) { return t.toUTC().toString(Qt::ISODate); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.ok(), qPrintable(m_db.error()));
        QString error;
        m_conn = m_db.migrated(&error);
        QVERIFY2(m_conn, qPrintable(error));
        QVERIFY(m_conn
                    ->exec("INSERT INTO live.units (id, name, kind) VALUES ('CRT-1', 'CRT 1', 'unarmed'), "
                           "('CO-1', 'CO 1', 'co_responder'), ('P-1', 'P 1', 'police')")
                    .ok());
    }

    void seedHistory()
    {
        const Run r =
            cli({QStringLiteral("seed-history"), QStringLiteral("--days"), QStringLiteral("4"),
                 QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--db"), m_db.uri()});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(QString::fromUtf8(r.out).contains(u"calls of 4 days stored"), r.out.constData());
        const Run again =
            cli({QStringLiteral("seed-history"), QStringLiteral("--days"), QStringLiteral("4"),
                 QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--db"), m_db.uri()});
        QCOMPARE(again.status, 0);
        QVERIFY2(QString::fromUtf8(again.out).startsWith(u"0 calls"), again.out.constData());
    }

    void badInvocations_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("from") << QStringList{QStringLiteral("report"), QStringLiteral("--from"),
                                             QStringLiteral("yesterday")}
                              << "--from must be an ISO 8601 time";
        QTest::newRow("order") << QStringList{QStringLiteral("report"), QStringLiteral("--from"),
                                              QStringLiteral("2026-02-02"), QStringLiteral("--to"),
                                              QStringLiteral("2026-02-01")}
                               << "--from must be before --to";
        QTest::newRow("section") << QStringList{QStringLiteral("report"), QStringLiteral("--section"),
                                                QStringLiteral("misc")}
                                 << "--section must be one of";
        QTest::newRow("format") << QStringList{QStringLiteral("report"), QStringLiteral("--format"),
                                               QStringLiteral("xls")}
                                << "--format must be text, csv, jsonl or pdf";
        QTest::newRow("direction") << QStringList{QStringLiteral("report"), QStringLiteral("--direction"),
                                                  QStringLiteral("up")}
                                   << "--direction must be toward or away";
        QTest::newRow("days") << QStringList{QStringLiteral("seed-history")} << "needs --days N";
        QTest::newRow("days 0") << QStringList{QStringLiteral("seed-history"), QStringLiteral("--days"),
                                               QStringLiteral("0")}
                                << "--days must be";
    }
    void badInvocations()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void reportEqualsTheWindow()
    {
        ReportFilter f;
        f.to = QDateTime::currentDateTimeUtc().addSecs(60);
        f.to.setTime(QTime(f.to.time().hour(), f.to.time().minute()));
        f.from = f.to.addDays(-3);
        const quint64 seed = 77;

        // The window's side: what ReviewClient hands the review window.
        ReviewClient::Options o;
        o.uri = m_db.uri();
        ReviewClient client(o);
        QSignalSpy opened(&client, &ReviewClient::opened);
        client.start();
        QVERIFY(opened.wait(20000));
        QVERIFY(opened.first().first().value<ReviewAccess>().allowed);
        ReportFigures figures;
        QList<DecisionRow> decisions;
        bool loaded = false;
        connect(&client, &ReviewClient::loaded, this,
                [&](const ReportFigures &fig, const QList<DecisionRow> &rows, const QStringList &,
                    const QStringList &, qint64) {
                    figures = fig;
                    decisions = rows;
                    loaded = true;
                });
        client.refresh(f, true);
        QTRY_VERIFY_WITH_TIMEOUT(loaded, 20000);
        QaSample sample;
        QList<SampleCandidate> frame;
        bool drawn = false;
        connect(&client, &ReviewClient::sampleDrawn, this,
                [&](const QaSample &s, const QList<SampleCandidate> &fr, qint64, const QString &) {
                    sample = s;
                    frame = fr;
                    drawn = true;
                });
        client.drawSample(f, seed, QStringLiteral("S1"));
        QTRY_VERIFY_WITH_TIMEOUT(drawn, 20000);
        QVERIFY(figures.summary.decisions > 500);
        QBuffer window;
        window.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(writeJsonLines(
            &window, reportTables(QStringLiteral("all"), figures, decisions, sample, frame), &error));

        // The command line's side.
        const Run r =
            cli({QStringLiteral("report"), QStringLiteral("--db"), m_db.uri(), QStringLiteral("--from"),
                 iso(f.from), QStringLiteral("--to"), iso(f.to), QStringLiteral("--format"),
                 QStringLiteral("jsonl"), QStringLiteral("--seed"), QString::number(seed)});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(r.out.count('\n'), window.data().count('\n'));
        QCOMPARE(r.out, window.data());
        QVERIFY(r.out.contains("\"table\":\"sample\""));

        // Sections and filters narrow the same way.
        const Run one =
            cli({QStringLiteral("report"), QStringLiteral("--db"), m_db.uri(), QStringLiteral("--from"),
                 iso(f.from), QStringLiteral("--to"), iso(f.to), QStringLiteral("--section"),
                 QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("csv"),
                 QStringLiteral("--dispatcher"), QStringLiteral("D08")});
        QCOMPARE(one.status, 0);
        QVERIFY2(one.out.startsWith("table,figure,value\nsummary,decisions,"), one.out.constData());
        QVERIFY(one.out.contains("summary,dispatchers,1\n"));
    }

    void aDispatcherIsRefused()
    {
        const QString login = QStringLiteral("disp_cr%1").arg(QCoreApplication::applicationPid());
        m_conn->exec(("DROP ROLE IF EXISTS " + PgConnection::quoteIdentifier(login)).constData());
        QVERIFY(m_conn
                    ->exec(("CREATE ROLE " + PgConnection::quoteIdentifier(login) +
                            " LOGIN PASSWORD 'test-password' IN ROLE rr_dispatcher")
                               .constData())
                    .ok());
        const Run r = cli({QStringLiteral("report"), QStringLiteral("--db"), m_db.uriAs(login)});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(u"for shift supervisors"), qPrintable(r.err));
        m_conn->exec(("DROP ROLE " + PgConnection::quoteIdentifier(login)).constData());
    }

    void pdfReport()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("shift.pdf"));
        const Run r = cli({QStringLiteral("report"), QStringLiteral("--db"), m_db.uri(),
                           QStringLiteral("--from"), iso(QDateTime::currentDateTimeUtc().addDays(-2)),
                           QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.waitForFinished(30000));
        const QString text = QString::fromUtf8(info.readAllStandardOutput());
        const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(text);
        QVERIFY2(m.hasMatch() && m.captured(1).toInt() >= 4, qPrintable(text));
        QProcess words;
        words.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(words.waitForFinished(30000));
        QVERIFY(words.readAllStandardOutput().contains("RightResponse shift report"));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
