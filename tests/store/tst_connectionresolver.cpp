// Which database a program chooses: --db, --data-dir, RIGHTRESPONSE_DB, libpq's PG* variables, the settings,
// else the embedded cluster. No database needed.

#include "store/connectionresolver.h"
#include "store/localcluster.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace rr;
using Source = ConnectionChoice::Source;

namespace {
const char *const kVariables[] = {
    "RIGHTRESPONSE_DB", "RIGHTRESPONSE_DATA_DIR", "PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE",
    "PGSERVICE"};
}

class TstConnectionResolver : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void init()
    {
        for (const char *name : kVariables)
            qunsetenv(name);
    }
    void cleanupTestCase() { init(); }

    void resolve_data()
    {
        QTest::addColumn<QString>("db");
        QTest::addColumn<QString>("dataDir");
        QTest::addColumn<QStringList>("environment"); // NAME=VALUE
        QTest::addColumn<QString>("settingsUri");
        QTest::addColumn<int>("source");
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("expectedDataDir"); // "default": LocalCluster::defaultDataDir()

        const QString dbUri = QStringLiteral("postgresql://db.example/rr");
        const QString envUri = QStringLiteral("host=env.example dbname=rr");
        const QString setUri = QStringLiteral("postgresql://settings.example/rr");
        const QStringList everything = {QStringLiteral("RIGHTRESPONSE_DB=") + envUri,
                                        QStringLiteral("PGHOST=pg.example"),
                                        QStringLiteral("RIGHTRESPONSE_DATA_DIR=/srv/rr")};
        auto row = [](const char *tag) -> QTestData & { return QTest::newRow(tag); };
        row("nothing: embedded default") << QString() << QString() << QStringList() << QString()
                                         << int(Source::Embedded) << QString() << QStringLiteral("default");
        row("--db beats everything") << dbUri << QString() << everything << setUri << int(Source::CommandLine)
                                     << dbUri << QString();
        row("--data-dir beats the environment")
            << QString() << QStringLiteral("/tmp/x/pg") << everything << setUri << int(Source::Embedded)
            << QString() << QStringLiteral("/tmp/x/pg");
        row("RIGHTRESPONSE_DB beats PG* and settings") << QString() << QString() << everything << setUri
                                                       << int(Source::Environment) << envUri << QString();
        for (const char *pg : {"PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE", "PGSERVICE"}) {
            QTest::addRow("%s beats settings", pg)
                << QString() << QString() << QStringList{QLatin1String(pg) + QStringLiteral("=x")} << setUri
                << int(Source::LibpqEnvironment) << QString() << QString();
        }
        row("PGUSER alone is not a choice")
            << QString() << QString() << QStringList{QStringLiteral("PGUSER=someone")} << setUri
            << int(Source::Settings) << setUri << QString();
        row("empty PGHOST is not set")
            << QString() << QString() << QStringList{QStringLiteral("PGHOST=")} << QString()
            << int(Source::Embedded) << QString() << QStringLiteral("default");
        row("settings beat the embedded default") << QString() << QString() << QStringList() << setUri
                                                  << int(Source::Settings) << setUri << QString();
        row("RIGHTRESPONSE_DATA_DIR moves the embedded default")
            << QString() << QString() << QStringList{QStringLiteral("RIGHTRESPONSE_DATA_DIR=/srv/rr")}
            << QString() << int(Source::Embedded) << QString() << QStringLiteral("/srv/rr");
        row("blank settings value is ignored")
            << QString() << QString() << QStringList() << QStringLiteral("  ") << int(Source::Embedded)
            << QString() << QStringLiteral("default");
    }
    void resolve()
    {
        QFETCH(QString, db);
        QFETCH(QString, dataDir);
        QFETCH(QStringList, environment);
        QFETCH(QString, settingsUri);
        QFETCH(int, source);
        QFETCH(QString, uri);
        QFETCH(QString, expectedDataDir);

        for (const QString &assignment : environment) {
            const qsizetype eq = assignment.indexOf(u'=');
            QVERIFY(qputenv(assignment.left(eq).toLatin1().constData(), assignment.mid(eq + 1).toUtf8()));
        }
        QVERIFY(m_dir.isValid());
        QSettings settings(
            m_dir.filePath(QStringLiteral("%1.ini").arg(QString::fromLatin1(QTest::currentDataTag()))),
            QSettings::IniFormat);
        if (!settingsUri.isEmpty())
            settings.setValue(QLatin1String(kDatabaseUriSetting), settingsUri);

        const ConnectionChoice c = resolveConnection(db, dataDir, &settings);
        QCOMPARE(int(c.source), source);
        QCOMPARE(c.uri, uri);
        QCOMPARE(c.dataDir, expectedDataDir == u"default" ? LocalCluster::defaultDataDir() : expectedDataDir);
        QVERIFY(!c.describe().isEmpty());
        QCOMPARE(c.isEmbedded(), source == int(Source::Embedded));
    }

    void noSettingsObject()
    {
        const ConnectionChoice c = resolveConnection({}, {}, nullptr);
        QCOMPARE(c.source, Source::Embedded);
    }

    void describeNamesTheOrigin()
    {
        QVERIFY(qputenv("PGHOST", "pg.example"));
        QVERIFY(qputenv("PGPORT", "5432"));
        const ConnectionChoice pg = resolveConnection({}, {}, nullptr);
        QCOMPARE(pg.describe(), QStringLiteral("libpq environment (PGHOST, PGPORT)"));
        QCOMPARE(resolveConnection(QStringLiteral("x"), {}, nullptr).describe(),
                 QStringLiteral("--db on the command line"));
        QCOMPARE(resolveConnection({}, QStringLiteral("/d"), nullptr).describe(),
                 QStringLiteral("embedded cluster in /d"));
        QCOMPARE(libpqEnvironmentVariables(),
                 (QStringList{QStringLiteral("PGHOST"), QStringLiteral("PGPORT")}));
    }
};

QTEST_GUILESS_MAIN(TstConnectionResolver)
#include "tst_connectionresolver.moc"
