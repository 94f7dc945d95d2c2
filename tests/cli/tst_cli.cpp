// End-to-end tests of rightresponse-cli: runs the executable on files and standard input and checks what it
// writes and its exit status.

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Result run(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.start(QStringLiteral(RR_CLI_PATH), args);
    if (!p.waitForStarted())
        return {};
    p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString sample(const char *name)
{
    return QStringLiteral(RR_SAMPLES_DIR "/") + QString::fromUtf8(name);
}

QList<QByteArray> lines(const QByteArray &text)
{
    QList<QByteArray> out = text.split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

const QStringList kCityMap = {QStringLiteral("--map"), QStringLiteral("id=Event Number"),
                              QStringLiteral("--map"), QStringLiteral("received_at=Call_Received"),
                              QStringLiteral("--map"), QStringLiteral("call_type=Tencode Description"),
                              QStringLiteral("--map"), QStringLiteral("call_code=Tencode"),
                              QStringLiteral("--map"), QStringLiteral("lat=Latitude"),
                              QStringLiteral("--map"), QStringLiteral("lon=Longitude")};

} // namespace

class TstCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void canonicalCsvFromStdin()
    {
        const QByteArray input =
            "id,call_type,narrative,weapon\r\n"
            "A1,WELFARE CHECK,\"Neighbour asks us to check on her, \"\"no weapons\"\", lives alone\",\r\n"
            "A2,WELFARE CHECK,has a knife,\r\n"
            "A3,MISC,\"multi\nline, no info\",no\r\n";
        const Result r = run({QStringLiteral("triage"), QStringLiteral("-")}, input);
        QCOMPARE(r.exitCode, 0);
        const auto out = lines(r.out);
        QCOMPARE(out.size(), 4);
        QCOMPARE(out[0], QByteArray("id,response,ems,confidence,category,reasons"));
        QVERIFY2(out[1].startsWith("A1,unarmed,false,0.9"), out[1].constData());
        QVERIFY2(out[2].startsWith("A2,police,false,"), out[2].constData());
        QVERIFY2(out[3].startsWith("A3,police,false,0.30,generic,"), out[3].constData()); // the rule of doubt
        QVERIFY(r.err.isEmpty());
    }

    void cityExportThroughMap()
    {
        Result r =
            run(QStringList{QStringLiteral("triage")} + kCityMap + QStringList{sample("city-export.csv")});
        QCOMPARE(r.exitCode, 1); // the sample has two bad rows on purpose
        const auto out = lines(r.out);
        QCOMPARE(out.size(), 1 + 13);
        QVERIFY(std::any_of(out.begin(), out.end(), [](const QByteArray &l) {
            return l.startsWith(
                "E24-100242,police,false,0.90,shots_fired,Shots fired (code 'SHOTS') \xe2\x86\x92 police | ");
        }));
        QVERIFY(r.err.contains("line 11: unparseable received_at"));
        QVERIFY(r.err.contains("line 17: expected 11 fields, found 6"));
        QVERIFY(r.err.contains("2 of 15 rows rejected, 13 triaged"));
        // Every good row is written, in input order, with a valid response.
        QVERIFY(out[1].startsWith("E24-100231,unarmed,"));
        QVERIFY(out[5].startsWith("E24-100235,police,"));
        for (int i = 1; i < out.size(); ++i) {
            const QByteArray response = out[i].split(',').value(1);
            QVERIFY2(response == "unarmed" || response == "co_responder" || response == "police",
                     out[i].constData());
        }
    }

    void jsonlCarriesTriggers()
    {
        const Result r =
            run(QStringList{QStringLiteral("triage"), QStringLiteral("--format"), QStringLiteral("jsonl")} +
                kCityMap + QStringList{sample("city-export.csv")});
        QCOMPARE(r.exitCode, 1);
        const auto out = lines(r.out);
        QCOMPARE(out.size(), 13);
        bool sawTrigger = false;
        for (const QByteArray &line : out) {
            QJsonParseError e{};
            const QJsonObject o = QJsonDocument::fromJson(line, &e).object();
            QVERIFY2(e.error == QJsonParseError::NoError, line.constData());
            QVERIFY(o.contains(QStringLiteral("rules_version")));
            QVERIFY(o.value(QStringLiteral("reasons")).isArray());
            if (o.value(QStringLiteral("id")).toString() == u"E24-100236") {
                const QJsonObject t = o.value(QStringLiteral("triggers")).toArray().first().toObject();
                QCOMPARE(t.value(QStringLiteral("rule")).toString(), QStringLiteral("self_harm"));
                QCOMPARE(t.value(QStringLiteral("text")).toString(), QStringLiteral("bottle of pills"));
                sawTrigger = true;
            }
        }
        QVERIFY(sawTrigger);
    }

    void invocationErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("missing mapped column")
            << QStringList{QStringLiteral("triage"), QStringLiteral("--map"), QStringLiteral("id=Event Nr"),
                           sample("city-export.csv")}
            << QByteArray("column \"Event Nr\"");
        QTest::newRow("unknown field in map")
            << QStringList{QStringLiteral("triage"), QStringLiteral("--map"),
                           QStringLiteral("colour=Tencode"), sample("city-export.csv")}
            << QByteArray("colour");
        QTest::newRow("file missing")
            << QStringList{QStringLiteral("triage"), QStringLiteral("/nonexistent/calls.csv")}
            << QByteArray("cannot read /nonexistent/calls.csv");
        QTest::newRow("rules missing")
            << QStringList{QStringLiteral("triage"), QStringLiteral("--rules"),
                           QStringLiteral("/nonexistent/r.json"), sample("city-export.csv")}
            << QByteArray("/nonexistent/r.json");
        QTest::newRow("no id column")
            << QStringList{QStringLiteral("triage"), sample("city-export.csv")} << QByteArray("id");
        QTest::newRow("bad command") << QStringList{QStringLiteral("triages")}
                                     << QByteArray("unknown command");
    }
    void invocationErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Result r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void badRulesFileNamesTheField()
    {
        QTemporaryDir dir;
        const QString rules = dir.filePath(QStringLiteral("bad.json"));
        QFile f(rules);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"format":1,"name":"bad","extends":"default","categories":[{"id":"noise","kind":"polize"}]})");
        f.close();
        const Result r =
            run({QStringLiteral("triage"), QStringLiteral("--rules"), rules}, "id,call_type\n1,NOISE\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("bad.json") && r.err.contains("'noise'") && r.err.contains("'kind'"),
                 r.err.constData());
    }

    void generateIsDeterministicAndTriageable()
    {
        const Result a = run({QStringLiteral("generate"), QStringLiteral("--calls"), QStringLiteral("2000"),
                              QStringLiteral("--seed"), QStringLiteral("42")});
        const Result b = run({QStringLiteral("generate"), QStringLiteral("--calls"), QStringLiteral("2000"),
                              QStringLiteral("--seed"), QStringLiteral("42")});
        const Result c = run({QStringLiteral("generate"), QStringLiteral("--calls"), QStringLiteral("2000"),
                              QStringLiteral("--seed"), QStringLiteral("43")});
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(a.out, b.out);
        QVERIFY(a.out != c.out);
        const Result t = run({QStringLiteral("triage")}, a.out);
        QCOMPARE(t.exitCode, 0);
        QCOMPARE(lines(t.out).size(), 2001);
        QSet<QByteArray> kinds;
        for (const QByteArray &l : lines(t.out).mid(1))
            kinds.insert(l.split(',').value(1));
        QCOMPARE(kinds, (QSet<QByteArray>{"unarmed", "co_responder", "police"}));
    }

    void helpAndVersion()
    {
        const Result v = run({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith("rightresponse-cli "));
        for (const char *cmd :
             {"triage", "generate", "import", "decide", "calls", "db", "intake", "simulate"}) {
            const Result h = run({QString::fromUtf8(cmd), QStringLiteral("--help")});
            QCOMPARE(h.exitCode, 0);
            QVERIFY2(h.out.contains(cmd), h.out.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
