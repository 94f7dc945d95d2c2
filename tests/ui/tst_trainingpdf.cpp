// The trainer's charts and the printed training report, on scores made in the test (no database): the chart
// figures, and a PDF checked with pdfinfo and pdftotext (poppler-utils).
#include "training/trainingscorer.h"
#include "ui/trainer/trainingcharts.h"
#include "ui/trainer/trainingpdf.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace rr;

namespace {

QString run(const QString &program, const QStringList &args, int *status)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    *status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput());
}

Scenario scenario(int calls)
{
    Scenario s;
    s.name = QStringLiteral("night-shift");
    for (int i = 0; i < calls; ++i) {
        ScenarioCall c;
        c.call.id = QStringLiteral("S-%1").arg(i + 1);
        c.key.reference = i % 3 == 0 ? ResponseKind::Police : ResponseKind::Unarmed;
        s.calls << c;
    }
    return s;
}

QList<TraineeDecision> decisions(const Scenario &s, int unsafeEvery)
{
    const QDateTime t0(QDate(2026, 11, 1), QTime(22, 0), QTimeZone::utc());
    QList<TraineeDecision> out;
    for (qsizetype i = 0; i < s.calls.size(); ++i) {
        TraineeDecision d;
        d.cadId = s.calls[i].call.id;
        d.chosen = (unsafeEvery && i % unsafeEvery == 0) ? ResponseKind::Unarmed : s.calls[i].key.reference;
        d.overridden = false;
        d.receivedAt = t0;
        d.decidedAt = t0.addSecs(20 + 10 * i);
        out << d;
    }
    return out;
}

} // namespace

class TestTrainingPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chartsCarryTheScores()
    {
        const Scenario s = scenario(6);
        const QHash<QString, QString> cats{{QStringLiteral("S-1"), QStringLiteral("weapons")},
                                           {QStringLiteral("S-2"), QStringLiteral("welfare_check")}};
        const TraineeScore a = TrainingScorer::score(QStringLiteral("D101"), s, decisions(s, 0), cats);
        const TraineeScore b = TrainingScorer::score(QStringLiteral("D102"), s, decisions(s, 3), cats);
        ScoreHistoryPoint p1{QStringLiteral("D101"),
                             QStringLiteral("3"),
                             QStringLiteral("x"),
                             QDateTime(QDate(2026, 10, 1), QTime(9, 0), QTimeZone::utc()),
                             55.0,
                             1};
        ScoreHistoryPoint p0{QStringLiteral("D101"),
                             QStringLiteral("1"),
                             QStringLiteral("x"),
                             QDateTime(QDate(2026, 9, 1), QTime(9, 0), QTimeZone::utc()),
                             40.0,
                             2};
        const QList<ChartSpec> charts = trainingCharts({a, b}, {p1, p0});
        QCOMPARE(charts.size(), 4);
        QCOMPARE(charts[0].id, QStringLiteral("training-score"));
        QCOMPARE(charts[0].categories, (QStringList{QStringLiteral("D101"), QStringLiteral("D102")}));
        QCOMPARE(charts[0].series[0].values[0], a.percent());
        QVERIFY(charts[0].series[0].values[1] < charts[0].series[0].values[0]);
        QVERIFY(charts[0].labels[1].contains(u"2 unsafe"));
        QCOMPARE(charts[1].id, QStringLiteral("training-accuracy"));
        QCOMPARE(charts[1].series.size(), 2);
        QVERIFY(charts[1].series[0].pattern != charts[1].series[1].pattern);
        QCOMPARE(charts[2].reference.value_or(0), 60.0);
        QCOMPARE(charts[2].series[0].values[0], a.meanSeconds);
        QCOMPARE(charts[3].id, QStringLiteral("training-progress-D101"));
        QCOMPARE(charts[3].series[0].values, (QList<double>{40.0, 55.0})); // oldest first
    }

    void printsEachTraineesReport()
    {
        const Scenario s = scenario(40); // long enough that a trainee's calls run over a page
        const QList<TraineeScore> scores{TrainingScorer::score(QStringLiteral("D101"), s, decisions(s, 0)),
                                         TrainingScorer::score(QStringLiteral("D102"), s, decisions(s, 3))};
        TrainingReportHeader h;
        h.sessionId = QStringLiteral("12");
        h.scenarioName = s.name;
        h.scenarioVersion = 1;
        h.speed = 2;
        h.startedAt = QDateTime::currentDateTime();
        QTemporaryDir dir;
        const QString path = dir.filePath(trainingReportFileName(h));
        QCOMPARE(trainingReportFileName(h), QStringLiteral("training-report_session-12.pdf"));
        const Result<int> pages = writeTrainingReport(path, h, scores);
        QVERIFY2(pages.ok(), qPrintable(pages.ok() ? QString() : pages.failure().message));

        int status = -1;
        const QString info = run(QStringLiteral("pdfinfo"), {path}, &status);
        QCOMPARE(status, 0);
        const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY2(m.hasMatch(), qPrintable(info));
        QCOMPARE(m.captured(1).toInt(), *pages);
        QVERIFY2(*pages >= 4, qPrintable(info)); // summary, charts, one or more pages per trainee
        const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}, &status);
        QCOMPARE(status, 0);
        QVERIFY(text.contains(u"training report: session 12"));
        QVERIFY(text.contains(u"mean seconds"));
        // The charts' page (drawn as images) is not blank.
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"),
             QStringLiteral("2"), QStringLiteral("-l"), QStringLiteral("2"), path,
             dir.filePath(QStringLiteral("page"))},
            &status);
        QCOMPARE(status, 0);
        const QStringList rendered = QDir(dir.path()).entryList({QStringLiteral("page*.png")});
        QCOMPARE(rendered.size(), 1);
        const QImage page(dir.filePath(rendered.first()));
        QSet<QRgb> colours;
        for (int y = 0; y < page.height(); y += 4)
            for (int x = 0; x < page.width(); x += 4)
                colours.insert(page.pixel(x, y));
        QVERIFY2(colours.size() > 5, qPrintable(QString::number(colours.size())));
        QVERIFY(text.contains(QStringLiteral("D102: %1%").arg(scores[1].percent(), 0, 'f', 1)));
        QVERIFY(text.contains(u"UNSAFE"));
        QVERIFY(text.contains(u"S-40"));
    }

    void refusesAnUnwritablePath()
    {
        const Result<int> r = writeTrainingReport(QStringLiteral("/nonexistent-dir/x.pdf"), {}, {});
        QVERIFY(!r.ok());
        QVERIFY(r.failure().message.contains(u"/nonexistent-dir/x.pdf"));
    }
};

QTEST_MAIN(TestTrainingPdf)
#include "tst_trainingpdf.moc"
