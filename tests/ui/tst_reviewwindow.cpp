// The review window driven as a supervisor would, on a real database with seeded history: charts holding
// data, filters, a call's story, a review stored and shown live, a decision stored elsewhere appearing within
// a second, the QA sample, CSV and PDF exports (checked with pdfinfo, pdftoppm and pdftotext), both themes,
// and a dispatcher's login refused with the reason.

#include "items/decisionlistmodel.h"
#include "report/historyseeder.h"
#include "report/reviewclient.h"
#include "testdatabase.h"
#include "ui/review/annotationpanel.h"
#include "ui/review/chartwidget.h"
#include "ui/review/dashboardpanel.h"
#include "ui/review/decisionspanel.h"
#include "ui/review/reviewwindow.h"
#include "ui/review/samplepanel.h"
#include "ui/review/storypanel.h"
#include "ui/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rr;

class TestReviewWindow : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_db{QStringLiteral("reviewwindow")};
    std::unique_ptr<PgConnection> m_conn;
    std::unique_ptr<ReviewClient> m_client;
    std::unique_ptr<ReviewWindow> m_window;

    static QString run(const QString &program, const QStringList &args, int *status = nullptr)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(60000);
        if (status)
            *status = p.exitCode();
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.ok(), qPrintable(m_db.error()));
        QString error;
        m_conn = m_db.migrated(&error);
        QVERIFY2(m_conn, qPrintable(error));
        PgResult units =
            m_conn->exec("INSERT INTO live.units (id, name, kind) VALUES ('CRT-1', 'CRT 1', 'unarmed'), "
                         "('CO-1', 'CO 1', 'co_responder'), ('P-1', 'P 1', 'police')");
        QVERIFY2(units.ok(), qPrintable(units.error()));
        HistoryOptions o;
        o.days = 3;
        o.seed = 5;
        const auto seeded = HistorySeeder(*m_conn).seed(o);
        QVERIFY2(seeded.ok(), qPrintable(seeded.error()));

        ReviewClient::Options c;
        c.uri = m_db.uri();
        m_client = std::make_unique<ReviewClient>(c);
        m_window = std::make_unique<ReviewWindow>(m_client.get(), QStringLiteral("S1"));
        m_window->show();
        QSignalSpy refreshed(m_window.get(), &ReviewWindow::refreshed);
        m_client->start();
        QVERIFY(refreshed.wait(20000));
        // The last 7 days: the seeded history.
        auto *period = m_window->findChild<QComboBox *>(QStringLiteral("period"));
        period->setCurrentIndex(period->findData(int(ReportPeriod::Last7Days)));
        QVERIFY(refreshed.wait(20000));
    }

    void chartsHoldDataAndShowValuesOnHover()
    {
        DashboardPanel *dash = m_window->dashboard();
        QCOMPARE(dash->charts().size(), 8);
        for (ChartWidget *chart : dash->charts()) {
            QVERIFY2(!chart->spec().empty(), qPrintable(chart->spec().id));
            double sum = 0;
            for (const ChartSeries &s : chart->spec().series)
                for (double v : s.values)
                    sum += v;
            if (chart->spec().id != u"backup-rate") // a few days may hold no backup request
                QVERIFY2(sum > 0, qPrintable(chart->spec().id));
        }
        const ReportSummary &s = m_window->figures().summary;
        QVERIFY(s.decisions > 500);
        QVERIFY(dash->summaryText().contains(QString::number(s.decisions)));
        QVERIFY(dash->chart(QStringLiteral("eligible-served"))
                    ->spec()
                    .note.contains(u"100.0% of those not served"));
        // Hover over the first bar of the dispatcher chart: its figure, with n.
        m_window->tabs()->setCurrentIndex(1);
        ChartWidget *byDispatcher = dash->chart(QStringLiteral("override-by-dispatcher"));
        QTRY_VERIFY(byDispatcher->isVisible());
        QWidget *plot = byDispatcher->findChild<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(plot);
        // Move the mouse over the bars until one answers (the plot's margins depend on the fonts).
        for (int x = 10; x < plot->width() && !byDispatcher->hoverLine().contains(u"overridden"); x += 5)
            QTest::mouseMove(plot, QPoint(x, plot->height() / 2));
        QVERIFY2(byDispatcher->hoverLine().contains(u"decisions overridden"),
                 qPrintable(byDispatcher->hoverLine()));
        QVERIFY(byDispatcher->hoverText(0).contains(u"decisions overridden"));
        // PNG export of one chart.
        QTemporaryDir dir;
        QString error;
        const QString png = dir.filePath(QStringLiteral("chart.png"));
        QVERIFY2(byDispatcher->exportPng(png, &error, 800, 500), qPrintable(error));
        QImage image(png);
        QCOMPARE(image.size(), QSize(800, 500));
        m_window->tabs()->setCurrentIndex(0);
    }

    void filtersNarrowTheListAndTheFigures()
    {
        auto *dispatcher = m_window->findChild<QComboBox *>(QStringLiteral("dispatcherFilter"));
        QVERIFY(dispatcher->count() > 2);
        QSignalSpy refreshed(m_window.get(), &ReviewWindow::refreshed);
        dispatcher->setCurrentIndex(dispatcher->findData(QStringLiteral("D08")));
        QVERIFY(refreshed.wait(20000));
        QVERIFY(m_window->model()->rowCount() > 0);
        for (const DecisionRow &r : m_window->model()->rows()) {
            QCOMPARE(r.dispatcher, QStringLiteral("D08"));
            QVERIFY(!r.accepted); // overrides only
        }
        QCOMPARE(m_window->figures().summary.dispatchers, 1);
        QVERIFY2(m_window->lastRedrawMs() < 1000, qPrintable(QString::number(m_window->lastRedrawMs())));
        dispatcher->setCurrentIndex(0);
        QVERIFY(refreshed.wait(20000));
        auto *overridesOnly = m_window->findChild<QCheckBox *>(QStringLiteral("overridesOnly"));
        overridesOnly->setChecked(false);
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(qint64(m_window->model()->rowCount()), m_window->figures().summary.decisions);
        overridesOnly->setChecked(true);
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(qint64(m_window->model()->rowCount()), m_window->figures().summary.overrides);
    }

    void openAStoryAndReviewIt()
    {
        QTableView *view = m_window->findChild<QTableView *>(QStringLiteral("decisionList"));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_Home);
        const QModelIndex current = view->currentIndex();
        QVERIFY(current.isValid());
        const qint64 id = current.data(DecisionListModel::DecisionIdRole).toLongLong();
        const DecisionRow *row = m_window->model()->find(id);
        QVERIFY(row);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->story()->text().contains(row->cadId), 10000);
        QVERIFY(m_window->story()->text().contains(u"overridden"));
        QVERIFY(m_window->story()->text().contains(u"Timeline"));
        QVERIFY(m_window->story()->text().contains(u"Unit "));

        auto *verdict = m_window->findChild<QRadioButton *>(QStringLiteral("verdict_training_needed"));
        QTest::mouseClick(verdict, Qt::LeftButton);
        auto *comment = m_window->findChild<QLineEdit *>(QStringLiteral("reviewComment"));
        QTest::keyClicks(comment, QStringLiteral("Reason does not match the narrative"));
        QTest::keyClick(comment, Qt::Key_Return);
        auto *status = m_window->findChild<QLabel *>(QStringLiteral("reviewStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"saved"), 10000);
        // The list shows it reviewed, through the change feed.
        QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->find(id)->verdict, QStringLiteral("training_needed"),
                                  5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->story()->text().contains(u"Reason does not match"), 5000);
        PgResult r = m_conn->exec(
            "SELECT reviewer, comment FROM live.review_annotations WHERE decision_id = $1", {id});
        QCOMPARE(r.rows(), 1);
        QCOMPARE(r.text(0, 0), QStringLiteral("S1"));
    }

    void aNewOverrideAppearsWithinASecond()
    {
        PgResult call =
            m_conn->exec("INSERT INTO live.calls (cad_id, received_at, call_type) "
                         "VALUES ('LIVE-1', now() - interval '40 seconds', 'WELFARE CHECK') RETURNING id");
        QVERIFY2(call.ok(), qPrintable(call.error()));
        const qint64 before = m_window->figures().summary.overrides;
        QElapsedTimer clock;
        clock.start();
        PgResult d = m_conn->exec("INSERT INTO live.decisions (call_id, request_id, suggested_kind, "
                                  "chosen_kind, accepted, reason_code, "
                                  "dispatcher, workstation, seconds_from_receipt) VALUES ($1, "
                                  "gen_random_uuid(), 'unarmed', 'police', "
                                  "false, 'safety_history', 'D77', 'WS-9', 40) RETURNING id",
                                  {call.integer(0, 0)});
        QVERIFY2(d.ok(), qPrintable(d.error()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->find(d.integer(0, 0)) != nullptr, 1000);
        qInfo("new decision in the list after %lld ms", clock.elapsed());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->figures().summary.overrides, before + 1, 3000);
    }

    void drawASample()
    {
        m_window->tabs()->setCurrentIndex(2);
        auto *seed = m_window->findChild<QSpinBox *>(QStringLiteral("sampleSeed"));
        seed->setValue(1234);
        auto *draw = m_window->findChild<QPushButton *>(QStringLiteral("drawSample"));
        QTest::mouseClick(draw, Qt::LeftButton);
        auto *result = m_window->findChild<QLabel *>(QStringLiteral("sampleResult"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"Recorded as sample"), 10000);
        const QaSample first = m_window->sample()->sample();
        QVERIFY(first.decisionIds.size() >=
                qsizetype(std::ceil(0.02 * double(m_window->figures().summary.overrides))));
        QTest::mouseClick(draw, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->sample()->sample().decisionIds == first.decisionIds &&
                                     result->text().contains(u"#2"),
                                 10000);
        m_window->tabs()->setCurrentIndex(0);
    }

    void exportsCsvAndPdf()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY2(m_window->exportCsv(dir.path(), &error), qPrintable(error));
        const QStringList files = QDir(dir.path()).entryList({QStringLiteral("*.csv")});
        QVERIFY2(files.size() >= 11, qPrintable(files.join(u' ')));
        QVERIFY(std::any_of(files.cbegin(), files.cend(),
                            [](const QString &f) { return f.startsWith(u"override_list_"); }));

        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY2(m_window->exportPdf(pdf, &error), qPrintable(error));
        int status = -1;
        const QString info = run(QStringLiteral("pdfinfo"), {pdf}, &status);
        QCOMPARE(status, 0);
        const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
        const auto m = pages.match(info);
        QVERIFY2(m.hasMatch(), qPrintable(info));
        QVERIFY2(m.captured(1).toInt() >= 4, qPrintable(info)); // summary, two pages of charts, overrides
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"),
             QStringLiteral("2"), QStringLiteral("-l"), QStringLiteral("2"), pdf,
             dir.filePath(QStringLiteral("page"))},
            &status);
        QCOMPARE(status, 0);
        const QStringList rendered = QDir(dir.path()).entryList({QStringLiteral("page*.png")});
        QCOMPARE(rendered.size(), 1);
        QImage page(dir.filePath(rendered.first()));
        QVERIFY(!page.isNull());
        // A chart page is not blank.
        QSet<QRgb> colours;
        for (int y = 0; y < page.height(); y += 4)
            for (int x = 0; x < page.width(); x += 4)
                colours.insert(page.pixel(x, y));
        QVERIFY2(colours.size() > 5, qPrintable(QString::number(colours.size())));
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, &status);
        QCOMPARE(status, 0);
        QVERIFY(text.contains(u"RightResponse shift report"));
        QVERIFY(text.contains(u"override rate"));
        QVERIFY(text.contains(u"Overrides,"));
        QVERIFY(text.contains(u"LIVE-1"));
    }

    void bothThemes()
    {
        auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        applyTheme(*app, Theme::Day);
        QTRY_COMPARE(m_window->dashboard()->charts().first()->palette().color(QPalette::Base),
                     QColor(Qt::white));
        QVERIFY(!m_window->dashboard()->charts().first()->grab().isNull());
        applyTheme(*app, Theme::Night);
    }

    void aDispatcherIsToldWhyNot()
    {
        const QString login = QStringLiteral("disp_rw%1").arg(QCoreApplication::applicationPid());
        m_conn->exec(("DROP ROLE IF EXISTS " + PgConnection::quoteIdentifier(login)).constData());
        QVERIFY(m_conn
                    ->exec(("CREATE ROLE " + PgConnection::quoteIdentifier(login) +
                            " LOGIN PASSWORD 'test-password' IN ROLE rr_dispatcher")
                               .constData())
                    .ok());
        ReviewClient::Options c;
        c.uri = m_db.uriAs(login);
        {
            ReviewClient client(c);
            ReviewWindow window(&client, QStringLiteral("D01"));
            window.show();
            QSignalSpy opened(&client, &ReviewClient::opened);
            client.start();
            QVERIFY(opened.wait(20000));
            auto *refused = window.findChild<QLabel *>(QStringLiteral("accessRefused"));
            QTRY_VERIFY(refused->isVisible());
            QVERIFY2(refused->text().contains(u"for shift supervisors"), qPrintable(refused->text()));
            QVERIFY(refused->text().contains(u"dispatcher"));
            QCOMPARE(window.model()->rowCount(), 0);
        }
        m_conn->exec(("DROP ROLE " + PgConnection::quoteIdentifier(login)).constData());
    }

    // A supervisor's own login (as F9 opens it from the console): the window opens on the figures, without
    // any right to change the schema.
    void aSupervisorsLoginOpensIt()
    {
        const QString login = QStringLiteral("sup_rw%1").arg(QCoreApplication::applicationPid());
        m_conn->exec(("DROP ROLE IF EXISTS " + PgConnection::quoteIdentifier(login)).constData());
        QVERIFY(m_conn
                    ->exec(("CREATE ROLE " + PgConnection::quoteIdentifier(login) +
                            " LOGIN PASSWORD 'test-password' IN ROLE rr_supervisor")
                               .constData())
                    .ok());
        ReviewClient::Options c;
        c.uri = m_db.uri();
        c.login = PgLogin{login, QStringLiteral("test-password")};
        {
            ReviewClient client(c);
            ReviewWindow window(&client, login);
            window.show();
            QSignalSpy opened(&client, &ReviewClient::opened);
            QSignalSpy failed(&client, &ReviewClient::failed);
            client.start();
            QVERIFY2(opened.wait(20000),
                     failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
            QVERIFY(opened.first().first().value<ReviewAccess>().allowed);
            QTRY_VERIFY_WITH_TIMEOUT(window.model()->rowCount() > 0, 20000);
            QVERIFY(!window.findChild<QLabel *>(QStringLiteral("accessRefused"))->isVisible());
        }
        m_conn->exec(("DROP ROLE " + PgConnection::quoteIdentifier(login)).constData());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_client.reset();
    }
};

QTEST_MAIN(TestReviewWindow)
#include "tst_reviewwindow.moc"
