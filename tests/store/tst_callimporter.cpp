// CallImporter against a real PostgreSQL database: a generated export imported through COPY gives one call
// and one suggestion per row, a second import adds nothing, bad rows are counted and the good ones kept,
// values survive the COPY encoding exactly, and the audit trail gets one summary row per batch for an
// administrator but one row per change for anyone else.

#include "domain/rulesetloader.h"
#include "domain/triageengine.h"
#include "feed/callgenerator.h"
#include "io/callcsv.h"
#include "io/callrowreader.h"
#include "io/csvwriter.h"
#include "store/callimporter.h"
#include "store/callstore.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTest>

#include <libpq-fe.h>

using namespace rr;

namespace {

QByteArray generatedCsv(int count, quint64 seed)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CallGenerator generator({seed, {}, 350.0, {}});
        CsvWriter csv(&buffer);
        csv.row(canonicalCallColumns());
        for (int i = 0; i < count; ++i)
            writeCall(csv, generator.next());
    }
    return buffer.data();
}

struct ImportRun
{
    CallImporter::Stats stats;
    QList<RowError> badRows;
    QString error;
    bool summaryLogging = false;
};

ImportRun import(PgConnection &connection, const TriageEngine &engine, QIODevice &input,
                 const QStringList &maps = {}, qsizetype batchSize = CallImporter::DefaultBatchSize,
                 StoreSchema schema = StoreSchema::Live)
{
    ImportRun run;
    CallRowReader reader(&input, ColumnMapping::fromArguments(maps).value());
    if (const Result<void> opened = reader.open(); !opened) {
        run.error = opened.error();
        return run;
    }
    CallImporter importer(connection, schema);
    importer.setBatchSize(batchSize);
    importer.setSource(QStringLiteral("test.csv"));
    Call call;
    RowError bad;
    for (;;) {
        const CallRowReader::Status status = reader.next(call, bad);
        if (status == CallRowReader::Status::End)
            break;
        if (status == CallRowReader::Status::BadRow) {
            run.badRows.append(bad);
            importer.addRejected();
            continue;
        }
        if (status == CallRowReader::Status::ReadError ||
            importer.add(call, engine.triage(call)) == CallImporter::AddResult::Failed) {
            run.error = status == CallRowReader::Status::ReadError ? bad.toString() : importer.error();
            return run;
        }
    }
    if (!importer.finish())
        run.error = importer.error();
    run.stats = importer.stats();
    run.summaryLogging = importer.summaryLogging();
    return run;
}

qint64 count(PgConnection &c, const char *sql)
{
    PgResult r = c.exec(sql);
    return r.ok() ? r.integer(0, 0) : -1;
}

} // namespace

class TstCallImporter : public QObject
{
    Q_OBJECT
private:
    test::TestDatabase m_db{QStringLiteral("callimporter")};
    std::unique_ptr<PgConnection> m_conn;
    std::unique_ptr<TriageEngine> m_engine;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.ok(), qPrintable(m_db.error()));
        QString error;
        m_conn = m_db.migrated(&error);
        QVERIFY2(m_conn, qPrintable(error));
        auto rules = RuleSetLoader::loadBuiltIn();
        QVERIFY(rules.ok());
        m_engine = std::make_unique<TriageEngine>(rules.value());
    }

    void generatedFileTwice()
    {
        constexpr int n = 1234;
        const QByteArray csv = generatedCsv(n, 7);
        auto listener = m_db.connect();
        QVERIFY(listener && listener->exec("LISTEN rr_changes").ok());
        const qint64 logBefore = count(*m_conn, "SELECT count(*) FROM live.event_log");

        QBuffer first;
        first.setData(csv);
        first.open(QIODevice::ReadOnly);
        const ImportRun a = import(*m_conn, *m_engine, first, {}, 500); // three batches: 500, 500, 234
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QCOMPARE(a.stats.read, n);
        QCOMPARE(a.stats.inserted, n);
        QCOMPARE(a.stats.rejected, 0);
        QCOMPARE(a.stats.skippedExisting, 0);
        QVERIFY(a.summaryLogging); // the test cluster's user is a superuser
        QCOMPARE(count(*m_conn, "SELECT count(*) FROM live.calls"), n);
        QCOMPARE(count(*m_conn, "SELECT count(*) FROM live.suggestions"), n);
        QCOMPARE(count(*m_conn, "SELECT count(DISTINCT call_id) FROM live.suggestions"), n);
        // Ids follow the file's order.
        QCOMPARE(m_conn->exec("SELECT cad_id FROM live.calls ORDER BY id LIMIT 1").text(0, 0),
                 QStringLiteral("2024-000001"));

        // One summary row and one notification per batch, nothing per row.
        PgResult log =
            m_conn->exec("SELECT operation, data FROM live.event_log WHERE id > $1 ORDER BY id", {logBefore});
        QCOMPARE(log.rows(), 3);
        qint64 logged = 0;
        for (int i = 0; i < log.rows(); ++i) {
            QCOMPARE(log.text(i, 0), QStringLiteral("BULK INSERT"));
            const QJsonObject data = QJsonDocument::fromJson(log.bytes(i, 1)).object();
            QCOMPARE(data.value(QStringLiteral("source")).toString(), QStringLiteral("test.csv"));
            logged += data.value(QStringLiteral("calls")).toInteger();
        }
        QCOMPARE(logged, n);
        int notifications = 0;
        QTRY_COMPARE_WITH_TIMEOUT(
            [&] {
                listener->exec("SELECT 1");
                while (PGnotify *note = PQnotifies(listener->raw())) {
                    const QJsonObject o = QJsonDocument::fromJson(note->extra).object();
                    if (o.value(QStringLiteral("op")).toString() == u"B" &&
                        o.value(QStringLiteral("t")).toString() == u"calls")
                        ++notifications;
                    else
                        notifications += 1000; // a per-row notification: wrong
                    PQfreemem(note);
                }
                return notifications;
            }(),
            3, 5000);

        // The same file again adds nothing: no call, no suggestion, no log row.
        QBuffer second;
        second.setData(csv);
        second.open(QIODevice::ReadOnly);
        const ImportRun b = import(*m_conn, *m_engine, second, {}, 500);
        QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
        QCOMPARE(b.stats.inserted, 0);
        QCOMPARE(b.stats.skippedExisting, n);
        QCOMPARE(count(*m_conn, "SELECT count(*) FROM live.calls"), n);
        QCOMPARE(count(*m_conn, "SELECT count(*) FROM live.suggestions"), n);
        QCOMPARE(count(*m_conn, "SELECT count(*) FROM live.event_log") - logBefore, 3);
        // The training schema is another world.
        QCOMPARE(count(*m_conn, "SELECT count(*) FROM training.calls"), 0);
    }

    void valuesSurviveTheCopyEncoding()
    {
        Call c;
        c.id = QStringLiteral("ENC-1");
        c.receivedAt = QDateTime(QDate(2024, 5, 1), QTime(13, 45, 7, 123), Qt::OffsetFromUTC, -4 * 3600);
        c.callType = QStringLiteral("WELFARE\tCHECK");
        c.callCode = QStringLiteral("WELCK\\1");
        c.priority = 3;
        c.narrative =
            QStringLiteral("Daughter says: \"mum\" isn't answering,\nno weapons\r\n— café ünïcode 🚑 \\N");
        c.address = QStringLiteral("1200 BLOCK OF N ROXBORO ST");
        c.latitude = 36.007123;
        c.longitude = -78.898654;
        c.beat = QStringLiteral("212");
        c.screening[Screen::Weapon] = Answer::No;
        c.screening[Screen::SelfHarm] = Answer::Yes;
        Call bare;
        bare.id = QStringLiteral("ENC-2"); // no time, priority or coordinates: NULLs
        bare.callType = QStringLiteral("MISC");
        Call early = bare;
        early.id = QStringLiteral("ENC-3");
        early.receivedAt =
            QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC); // before the epoch

        CallImporter importer(*m_conn);
        for (const Call &call : {c, bare, early})
            QCOMPARE(int(importer.add(call, m_engine->triage(call))), int(CallImporter::AddResult::Added));
        QVERIFY2(importer.finish(), qPrintable(importer.error()));
        QCOMPARE(importer.stats().inserted, 3);

        CallStore store(*m_conn);
        for (const Call &call : {c, bare, early}) {
            QString error;
            const std::optional<StoredCall> stored = store.find(call.id, &error);
            QVERIFY2(stored, qPrintable(error));
            QCOMPARE(stored->call.id, call.id);
            QCOMPARE(stored->call.callType, call.callType);
            QCOMPARE(stored->call.callCode, call.callCode);
            QCOMPARE(stored->call.narrative, call.narrative);
            QCOMPARE(stored->call.priority, call.priority);
            QCOMPARE(stored->call.latitude, call.latitude);
            QCOMPARE(stored->call.longitude, call.longitude);
            QCOMPARE(stored->call.screening, call.screening);
            QCOMPARE(stored->call.receivedAt.isValid(), call.receivedAt.isValid());
            if (call.receivedAt.isValid())
                QCOMPARE(stored->call.receivedAt.toMSecsSinceEpoch(), call.receivedAt.toMSecsSinceEpoch());
            QVERIFY(stored->suggestion);
            const Suggestion expected = m_engine->triage(call);
            QCOMPARE(toString(stored->suggestion->kind), toString(expected.kind));
            QCOMPARE(stored->suggestion->category, expected.category);
            QCOMPARE(stored->suggestion->reasons, expected.reasons);
            QCOMPARE(stored->suggestion->triggers, expected.triggers);
            QCOMPARE(stored->suggestion->rulesVersion, expected.rulesVersion);
            QCOMPARE(float(stored->suggestion->confidence), float(expected.confidence));
        }
    }

    void badRowsAreCountedAndGoodOnesKept()
    {
        QBuffer input;
        input.setData("id,received_at,call_type,narrative,lat,lon,weapon\n"
                      "BAD-1,2024-05-01T10:00:00Z,NOISE,loud music,35.9,-78.9,no\n"
                      "BAD-2,not a time,NOISE,loud music,35.9,-78.9,no\n"
                      "BAD-3,2024-05-01T10:01:00Z,NOISE,too,few\n"
                      "BAD-4,2024-05-01T10:02:00Z,NOISE,latitude out of range,95,-78.9,\n"
                      "BAD-5,2024-05-01T10:03:00Z,WELFARE CHECK,\"two\nlines\",35.9,-78.9,maybe\n"
                      "BAD-1,2024-05-01T10:04:00Z,NOISE,the same id again,35.9,-78.9,no\n"
                      "BAD-6,2024-05-01T10:05:00Z,NOISE,fine,35.9,-78.9,\n");
        input.open(QIODevice::ReadOnly);
        const ImportRun run = import(*m_conn, *m_engine, input);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(run.stats.read, 7);
        QCOMPARE(run.stats.rejected, 4);
        QCOMPARE(run.stats.inserted, 2);
        QCOMPARE(run.stats.skippedExisting, 1); // BAD-1 repeated in the file: the first one wins
        QCOMPARE(run.badRows.size(), 4);
        QList<qint64> lines;
        for (const RowError &e : run.badRows)
            lines.append(e.line);
        QCOMPARE(lines, (QList<qint64>{3, 4, 5, 6}));
        QCOMPARE(count(*m_conn, "SELECT count(*) FROM live.calls WHERE cad_id LIKE 'BAD-%'"), 2);
        QCOMPARE(m_conn->exec("SELECT narrative FROM live.calls WHERE cad_id = 'BAD-1'").text(0, 0),
                 QStringLiteral("loud music"));
    }

    void refusedRowDoesNotSpoilItsBatch()
    {
        Call nul;
        nul.id = QStringLiteral("NUL-1");
        nul.narrative = QStringLiteral("a NUL") + QChar(u'\0') + QStringLiteral("here");
        Call good;
        good.id = QStringLiteral("NUL-2");
        CallImporter importer(*m_conn);
        QCOMPARE(int(importer.add(nul, m_engine->triage(nul))), int(CallImporter::AddResult::Rejected));
        QVERIFY(importer.rejection().contains(QStringLiteral("narrative")));
        QCOMPARE(int(importer.add(good, m_engine->triage(good))), int(CallImporter::AddResult::Added));
        QVERIFY2(importer.finish(), qPrintable(importer.error()));
        QCOMPARE(importer.stats().rejected, 1);
        QCOMPARE(importer.stats().inserted, 1);
        QCOMPARE(count(*m_conn, "SELECT count(*) FROM live.calls WHERE cad_id LIKE 'NUL-%'"), 1);
    }

    void citySampleThroughMap()
    {
        QFile file(QStringLiteral(RR_SAMPLES_DIR "/city-export.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ImportRun run =
            import(*m_conn, *m_engine, file,
                   {QStringLiteral("id=Event Number"), QStringLiteral("received_at=Call_Received"),
                    QStringLiteral("call_type=Tencode Description"), QStringLiteral("call_code=Tencode"),
                    QStringLiteral("lat=Latitude"), QStringLiteral("lon=Longitude")},
                   CallImporter::DefaultBatchSize, StoreSchema::Training);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(run.stats.read, 15);
        QCOMPARE(run.stats.rejected, 2);
        QCOMPARE(run.stats.inserted, 13);
        QCOMPARE(run.badRows.value(0).line, 11);
        QCOMPARE(run.badRows.value(1).line, 17);
        QCOMPARE(count(*m_conn, "SELECT count(*) FROM training.calls"), 13);
        QCOMPARE(count(*m_conn, "SELECT count(*) FROM live.calls WHERE cad_id LIKE 'E24-%'"), 0);
        PgResult shots =
            m_conn->exec("SELECT s.kind, s.category FROM training.calls c JOIN training.suggestions s"
                         " ON s.call_id = c.id WHERE c.cad_id = 'E24-100242'");
        QCOMPARE(shots.rows(), 1);
        QCOMPARE(shots.text(0, 0), QStringLiteral("police"));
        QCOMPARE(shots.text(0, 1), QStringLiteral("shots_fired"));
    }

    // Only administrators may skip the per-row audit: the intake role is logged row by row, whatever it sets.
    void othersAreLoggedRowByRow_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("summary");
        QTest::newRow("intake") << QStringLiteral("rr_intake") << false;
        QTest::newRow("admin") << QStringLiteral("rr_admin") << true;
    }
    void othersAreLoggedRowByRow()
    {
        QFETCH(QString, role);
        QFETCH(bool, summary);
        const QString login = QStringLiteral("imp_%1_%2").arg(role).arg(QCoreApplication::applicationPid());
        const QByteArray quoted = PgConnection::quoteIdentifier(login);
        m_conn->exec(("DROP ROLE IF EXISTS " + quoted).constData());
        QVERIFY(m_conn
                    ->exec(("CREATE ROLE " + quoted + " LOGIN PASSWORD 'test-password' IN ROLE " +
                            role.toLatin1())
                               .constData())
                    .ok());
        auto cleanup = qScopeGuard([&] {
            m_conn->exec(("DROP OWNED BY " + quoted).constData());
            m_conn->exec(("DROP ROLE " + quoted).constData());
        });
        {
            QString error;
            auto c = PgConnection::open(m_db.uriAs(login), &error);
            QVERIFY2(c, qPrintable(error));
            const qint64 before = count(*m_conn, "SELECT coalesce(max(id), 0) FROM live.event_log");
            QBuffer input;
            input.setData(generatedCsv(20, 99).replace("\n2024-", "\nROLE-" + role.toLatin1() + "-"));
            input.open(QIODevice::ReadOnly);
            const ImportRun run = import(*c, *m_engine, input);
            QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
            QCOMPARE(run.stats.inserted, 20);
            QCOMPARE(run.summaryLogging, summary);
            PgResult log = m_conn->exec(
                "SELECT count(*) FILTER (WHERE operation = 'BULK INSERT'),"
                " count(*) FILTER (WHERE operation = 'INSERT') FROM live.event_log WHERE id > $1",
                {before});
            QCOMPARE(log.integer(0, 0), summary ? 1 : 0);
            QCOMPARE(log.integer(0, 1), summary ? 0 : 40); // 20 calls + 20 suggestions

            // Setting the flag by hand changes nothing for a non-administrator.
            const qint64 mid = count(*m_conn, "SELECT max(id) FROM live.event_log");
            QVERIFY(c->begin());
            QVERIFY(c->exec("SET LOCAL rr.bulk = 'on'").ok());
            QVERIFY(c->exec("INSERT INTO live.calls (cad_id) VALUES ($1)", {QStringLiteral("FLAG-") + role})
                        .ok());
            QVERIFY(c->commit());
            QCOMPARE(count(*m_conn, QByteArray("SELECT count(*) FROM live.event_log WHERE id > " +
                                               QByteArray::number(mid))
                                        .constData()),
                     summary ? 0 : 1);
            // Nor may a non-administrator write a summary.
            QCOMPARE(c->exec("SELECT live.log_bulk_import(1, 1, 1, 'x')").ok(), summary);
        }
    }
};

QTEST_GUILESS_MAIN(TstCallImporter)
#include "tst_callimporter.moc"
