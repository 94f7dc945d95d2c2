// The console's command line: options into ConsoleOptions, with clear errors for bad values.

#include "consoleoptions.h"

#include <QTest>

using namespace rr;

class TstConsoleOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults()
    {
        const ConsoleOptions o = parseConsoleArguments({QStringLiteral("rightresponse")});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QVERIFY(!o.demo && !o.training);
        QCOMPARE(o.theme, QStringLiteral("night"));
        QCOMPARE(o.demoRate, 360.0);
        QVERIFY(!o.review);
        QVERIFY(!o.trace);
        QCOMPARE(o.demoHistoryDays, 30);
        QCOMPARE(o.session, qint64(0));
    }
    void trainingSession()
    {
        const ConsoleOptions o = parseConsoleArguments(
            {QStringLiteral("rightresponse"), QStringLiteral("--training"), QStringLiteral("--session"),
             QStringLiteral("12"), QStringLiteral("--dispatcher"), QStringLiteral("D101")});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QVERIFY(o.training);
        QCOMPARE(o.session, qint64(12));
        QCOMPARE(o.dispatcher, QStringLiteral("D101"));
    }
    void review()
    {
        const ConsoleOptions o = parseConsoleArguments(
            {QStringLiteral("rightresponse"), QStringLiteral("--review"), QStringLiteral("--demo"),
             QStringLiteral("--demo-history"), QStringLiteral("0")});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QVERIFY(o.review && o.demo);
        QCOMPARE(o.demoHistoryDays, 0);
    }
    void everything()
    {
        const ConsoleOptions o = parseConsoleArguments(
            {QStringLiteral("rightresponse"), QStringLiteral("--demo"), QStringLiteral("--db"),
             QStringLiteral("postgresql:///x"), QStringLiteral("--dispatcher"), QStringLiteral(" D17 "),
             QStringLiteral("--workstation"), QStringLiteral("WS-3"), QStringLiteral("--theme"),
             QStringLiteral("DAY"), QStringLiteral("--training"), QStringLiteral("--demo-rate"),
             QStringLiteral("1200"), QStringLiteral("--demo-speed"), QStringLiteral("10"),
             QStringLiteral("--trace")});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QVERIFY(o.demo && o.training && o.trace);
        QCOMPARE(o.db, QStringLiteral("postgresql:///x"));
        QCOMPARE(o.dispatcher, QStringLiteral("D17"));
        QCOMPARE(o.workstation, QStringLiteral("WS-3"));
        QCOMPARE(o.theme, QStringLiteral("day"));
        QCOMPARE(o.demoRate, 1200.0);
        QVERIFY(parseConsoleArguments({QStringLiteral("rightresponse"), QStringLiteral("--theme"),
                                       QStringLiteral("high-contrast")})
                    .error.isEmpty());
        QCOMPARE(o.demoSpeed, 10.0);
    }
    void sessionTakenByQtComesBack()
    {
        const QStringList raw{QStringLiteral("rightresponse"), QStringLiteral("--training"),
                              QStringLiteral("--session"),     QStringLiteral("7"),
                              QStringLiteral("--dispatcher"),  QStringLiteral("D101")};
        // What QApplication::arguments() leaves: Qt took "--session 7" for X11 session management.
        const QStringList left{QStringLiteral("rightresponse"), QStringLiteral("--training"),
                               QStringLiteral("--dispatcher"), QStringLiteral("D101")};
        const ConsoleOptions o = parseConsoleArguments(withSessionArgument(raw, left));
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.session, qint64(7));
        // Left alone when Qt left it, and when there is none.
        QCOMPARE(withSessionArgument(raw, raw), raw);
        QCOMPARE(withSessionArgument(left, left), left);
    }
    void titles()
    {
        SignedInUser d;
        d.login = QStringLiteral("D17");
        d.role = StaffRole::Dispatcher;
        ConsoleOptions live;
        QCOMPARE(consoleTitle(d, live), QStringLiteral("RightResponse \u2014 D17 (dispatcher)"));
        ConsoleOptions training;
        training.training = true;
        QVERIFY(consoleTitle(d, training).endsWith(QStringLiteral("TRAINING")));
        SignedInUser t;
        t.login = QStringLiteral("D101");
        t.role = StaffRole::Trainee;
        training.session = 7;
        QVERIFY(consoleTitle(t, training).startsWith(QStringLiteral("TRAINING \u2014 session 7")));
        QVERIFY(trainingBannerText(training, QStringLiteral("D101"), QStringLiteral("trn_7_d101"))
                    .contains(QStringLiteral("D101's sandbox (trn_7_d101)")));
    }
    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("theme") << QStringList{QStringLiteral("--theme"), QStringLiteral("pink")}
                               << QStringLiteral("--theme");
        QTest::newRow("rate") << QStringList{QStringLiteral("--demo-rate"), QStringLiteral("-4")}
                              << QStringLiteral("--demo-rate");
        QTest::newRow("speed") << QStringList{QStringLiteral("--demo-speed"), QStringLiteral("fast")}
                               << QStringLiteral("--demo-speed");
        QTest::newRow("history") << QStringList{QStringLiteral("--demo-history"), QStringLiteral("-1")}
                                 << QStringLiteral("--demo-history");
        QTest::newRow("unknown") << QStringList{QStringLiteral("--frobnicate")}
                                 << QStringLiteral("frobnicate");
        QTest::newRow("session without --training")
            << QStringList{QStringLiteral("--session"), QStringLiteral("3")} << QStringLiteral("--training");
        QTest::newRow("session not a number")
            << QStringList{QStringLiteral("--training"), QStringLiteral("--session"), QStringLiteral("x")}
            << QStringLiteral("--session");
        QTest::newRow("session zero")
            << QStringList{QStringLiteral("--training"), QStringLiteral("--session"), QStringLiteral("0")}
            << QStringLiteral("--session");
        QTest::newRow("stray") << QStringList{QStringLiteral("file.csv")} << QStringLiteral("file.csv");
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        args.prepend(QStringLiteral("rightresponse"));
        const ConsoleOptions o = parseConsoleArguments(args);
        QVERIFY2(o.error.contains(mentions), qPrintable(o.error));
    }
};

QTEST_GUILESS_MAIN(TstConsoleOptions)
#include "tst_consoleoptions.moc"
