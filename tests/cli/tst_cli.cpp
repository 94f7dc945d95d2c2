// End-to-end tests of rightresponse-cli: runs the executable on files and standard input and checks what it
// writes and its exit status.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// `locale`: the LC_ALL the program runs with (its system locale); C unless a test says otherwise.
Result run(const QStringList &args, const QByteArray &stdinData = {},
           const QString &locale = QStringLiteral("C"))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.remove(QStringLiteral("LANGUAGE"));
    p.setProcessEnvironment(env);
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

QString testData(const char *name)
{
    return QStringLiteral(RR_TEST_DATA_DIR "/") + QString::fromUtf8(name);
}

// A city's own column names for tests/data/evaluate-city.csv, labels included.
const QStringList kLabelledCityMap = {
    QStringLiteral("--map"), QStringLiteral("id=Event Number"),
    QStringLiteral("--map"), QStringLiteral("received_at=Call_Received"),
    QStringLiteral("--map"), QStringLiteral("call_type=Tencode Description"),
    QStringLiteral("--map"), QStringLiteral("call_code=Tencode"),
    QStringLiteral("--map"), QStringLiteral("expected=Reviewer Label"),
    QStringLiteral("--map"), QStringLiteral("expected_ems=Needs Medic")};

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &data)
{
    const QString path = dir.filePath(QString::fromUtf8(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return {};
    return path;
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

    void evaluateReportsTheFigures()
    {
        // tests/data/evaluate-sample.csv: 11 calls the default rules judge plainly, labelled so that 7 are
        // right and 4 are missed (one of each kind of miss), and 2 rows with a bad label.
        const Result r =
            run({QStringLiteral("evaluate"), QStringLiteral("--labels"), testData("evaluate-sample.csv")});
        QCOMPARE(r.exitCode, 1); // one unsafe suggestion
        const QList<QByteArray> out = lines(r.out);
        const auto has = [&](const char *line) {
            if (!out.contains(QByteArray(line)))
                qWarning().noquote() << r.out;
            return out.contains(QByteArray(line));
        };
        QVERIFY(has("Rows                    13  11 evaluated, 2 bad rows counted as misses"));
        QVERIFY(has("Correct                  7  6 misses: 4 listed below, 2 bad rows"));
        QVERIFY(has("Accuracy           53.84 %  7 of 13"));
        QVERIFY(has("Unsafe                   1  labelled police only, suggested unarmed"));
        QVERIFY(has("Over-policed             1  labelled unarmed only, suggested police"));
        QVERIFY(has("EMS disagreements        1  of 5 rows with expected_ems"));
        // S04 is labelled unarmed/co_responder: right either way, it counts under the kind suggested.
        const bool s04Unarmed = out.contains("  unarmed                    5             0             1") &&
                                out.contains("  co_responder               0             1             1");
        const bool s04CoResponder =
            out.contains("  unarmed                    4             0             1") &&
            out.contains("  co_responder               0             2             1");
        QVERIFY2(s04Unarmed || s04CoResponder, r.out.constData());
        QVERIFY(has("  police                     1             0             2"));
        QVERIFY(has("  line 9  S08  NOISE COMPLAINT (NOISE)"));
        QVERIFY(has("    expected police; suggested unarmed  [UNSAFE]"));
        QVERIFY(has("  line 10  S09  ALARM (ALARM)"));
        QVERIFY(has("    expected unarmed; suggested police  [over-policed]"));
        QVERIFY(has("    expected co_responder; suggested police"));
        QVERIFY(has("    EMS expected yes; suggested no  [EMS]"));
        QVERIFY(has("FAIL: 1 unsafe suggestion"));
        // Each bad row on standard error with its line, and in the report.
        QVERIFY2(r.err.contains("evaluate-sample.csv: line 13: expected: unknown kind \"polise\""),
                 r.err.constData());
        QVERIFY2(
            r.err.contains("evaluate-sample.csv: line 14: expected_ems: \"maybe\" is not yes, no or empty"),
            r.err.constData());
        QVERIFY(
            has("  line 13: expected: unknown kind \"polise\" in \"polise\" (use unarmed, co_responder or "
                "police; acceptable kinds separated by /)"));
    }

    void evaluateCityColumnsThroughMap_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("verdict");
        QTest::newRow("no minimum") << QStringList{} << 0 << QByteArray("PASS: no unsafe suggestion");
        QTest::newRow("minimum met") << QStringList{QStringLiteral("--min-accuracy"), QStringLiteral("0.8")}
                                     << 0
                                     << QByteArray(
                                            "PASS: no unsafe suggestion, accuracy 83.33 % at least 80.00 %");
        QTest::newRow("minimum exactly met")
            << QStringList{QStringLiteral("--min-accuracy=0.8333333333333334")} << 0 << QByteArray("PASS");
        QTest::newRow("minimum missed")
            << QStringList{QStringLiteral("--min-accuracy"), QStringLiteral("0.9")} << 1
            << QByteArray("FAIL: accuracy 83.33 % below the minimum 90.00 %");
    }
    void evaluateCityColumnsThroughMap()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, verdict);
        const Result r = run(QStringList{QStringLiteral("evaluate"), QStringLiteral("--labels"),
                                         testData("evaluate-city.csv")} +
                             kLabelledCityMap + extra);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY2(r.out.contains("Rows                     6  6 evaluated, no bad rows\n"), r.out.constData());
        QVERIFY(r.out.contains("Over-policed             1"));
        QVERIFY(r.out.contains("EMS disagreements        0  of 5 rows with expected_ems"));
        QVERIFY(r.out.contains("  line 6  C24-000105  Alarm (ALARM)\n"));
        QVERIFY2(lines(r.out).last().startsWith(verdict), r.out.constData());
    }

    void evaluateScriptFormats()
    {
        const QStringList args = QStringList{QStringLiteral("evaluate"), QStringLiteral("--labels"),
                                             testData("evaluate-city.csv")} +
                                 kLabelledCityMap;
        const Result jsonl = run(args + QStringList{QStringLiteral("--format"), QStringLiteral("jsonl")});
        QCOMPARE(jsonl.exitCode, 0);
        const QList<QByteArray> records = lines(jsonl.out);
        QCOMPARE(records.size(), 2); // one miss, the summary
        const QJsonObject miss = QJsonDocument::fromJson(records.first()).object();
        QCOMPARE(miss[u"record"].toString(), QStringLiteral("miss"));
        QCOMPARE(miss[u"id"].toString(), QStringLiteral("C24-000105"));
        QCOMPARE(miss[u"problem"].toArray().first().toString(), QStringLiteral("over_policed"));
        const QJsonObject summary = QJsonDocument::fromJson(records.last()).object();
        QCOMPARE(summary[u"record"].toString(), QStringLiteral("summary"));
        QCOMPARE(summary[u"rows"].toInteger(), 6);
        QCOMPARE(summary[u"correct"].toInteger(), 5);
        QCOMPARE(summary[u"unsafe"].toInteger(), 0);
        QCOMPARE(summary[u"over_policed"].toInteger(), 1);
        QCOMPARE(summary[u"passed"].toBool(), true);

        const Result csv = run(args + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> rows = lines(csv.out);
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows[0].startsWith("record,line,id,call_type,"));
        QVERIFY(rows[1].startsWith("miss,6,C24-000105,Alarm,ALARM,unarmed,no,police,no,over_policed,alarm,"));
        const QList<QByteArray> header = rows[0].split(',');
        const QList<QByteArray> last = rows[2].split(',');
        QCOMPARE(last.size(), header.size());
        QCOMPARE(last.value(0), QByteArray("summary"));
        QCOMPARE(last.value(header.indexOf("rows")), QByteArray("6"));
        QCOMPARE(last.value(header.indexOf("correct")), QByteArray("5"));
        QCOMPARE(last.value(header.indexOf("unsafe")), QByteArray("0"));
        QCOMPARE(last.value(header.indexOf("passed")), QByteArray("true"));
    }

    void evaluateFromStdin()
    {
        const QByteArray input = "id,call_type,narrative,expected\n"
                                 "A1,SHOTS FIRED,shots heard,police\n"
                                 "A2,NOISE COMPLAINT,loud music,unarmed/co_responder\n";
        const Result r = run({QStringLiteral("evaluate"), QStringLiteral("--labels"), QStringLiteral("-"),
                              QStringLiteral("--min-accuracy"), QStringLiteral("1")},
                             input);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("Evaluation of <stdin>\n"), r.out.constData());
        QVERIFY(r.out.contains("Accuracy          100.00 %  2 of 2; minimum 100.00 %"));
    }

    void evaluateInvocationErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("message");
        const QString sampleFile = testData("evaluate-sample.csv");
        const auto labels = [](const QString &file) {
            return QStringList{QStringLiteral("evaluate"), QStringLiteral("--labels"), file};
        };
        QTest::newRow("no --labels") << QStringList{QStringLiteral("evaluate")} << QByteArray()
                                     << QByteArray("--labels FILE is required");
        QTest::newRow("file missing") << labels(QStringLiteral("/nonexistent/labels.csv")) << QByteArray()
                                      << QByteArray("cannot read /nonexistent/labels.csv");
        QTest::newRow("no expected column")
            << labels(QStringLiteral("-")) << QByteArray("id,call_type\nA1,NOISE\n")
            << QByteArray("no \"expected\" column");
        QTest::newRow("city file without --map of expected")
            << labels(testData("evaluate-city.csv")) +
                   QStringList{QStringLiteral("--map"), QStringLiteral("id=Event Number")}
            << QByteArray() << QByteArray("no \"expected\" column");
        QTest::newRow("mapped expected column absent")
            << labels(sampleFile) + QStringList{QStringLiteral("--map"), QStringLiteral("expected=Label")}
            << QByteArray() << QByteArray("column \"Label\" (mapped to expected)");
        QTest::newRow("expected mapped twice")
            << labels(sampleFile) + QStringList{QStringLiteral("--map"), QStringLiteral("expected=why"),
                                                QStringLiteral("--map"), QStringLiteral("expected=id")}
            << QByteArray() << QByteArray("mapped twice");
        QTest::newRow("unknown field in map")
            << labels(sampleFile) + QStringList{QStringLiteral("--map"), QStringLiteral("colour=why")}
            << QByteArray() << QByteArray("colour");
        QTest::newRow("rules missing")
            << labels(sampleFile) +
                   QStringList{QStringLiteral("--rules"), QStringLiteral("/nonexistent/r.json")}
            << QByteArray() << QByteArray("/nonexistent/r.json");
        QTest::newRow("bad minimum") << labels(sampleFile) + QStringList{QStringLiteral("--min-accuracy"),
                                                                         QStringLiteral("97")}
                                     << QByteArray()
                                     << QByteArray("--min-accuracy must be a fraction from 0 to 1");
        QTest::newRow("bad format") << labels(sampleFile) +
                                           QStringList{QStringLiteral("--format"), QStringLiteral("xml")}
                                    << QByteArray() << QByteArray("use text, csv or jsonl");
        QTest::newRow("header only") << labels(QStringLiteral("-")) << QByteArray("id,call_type,expected\n")
                                     << QByteArray("no labelled rows");
        QTest::newRow("empty input") << labels(QStringLiteral("-")) << QByteArray()
                                     << QByteArray("the input is empty");
    }
    void evaluateInvocationErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, message);
        const Result r = run(args, input);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY2(r.out.isEmpty(), r.out.constData());
    }

    void evaluateNeverCrashesOnBadRows()
    {
        // Every row is bad in its own way; all are reported with their line, counted, and the run ends.
        QTemporaryDir dir;
        const QString path = writeFile(dir, "bad.csv",
                                       "id,call_type,priority,expected,expected_ems\n"
                                       "B1,NOISE,3,unarmed/swat,\n"
                                       "B2,NOISE,3,/,\n"
                                       "B3,NOISE,urgent,unarmed,\n"
                                       "B4,NOISE,3\n"
                                       "B5,NOISE,3,unarmed,sometimes\n"
                                       "B6,NOISE,3,\"never closed,\n");
        QVERIFY(!path.isEmpty());
        const Result r = run({QStringLiteral("evaluate"), QStringLiteral("--labels"), path,
                              QStringLiteral("--format"), QStringLiteral("jsonl")});
        QCOMPARE(r.exitCode, 0); // no unsafe suggestion, and no minimum asked
        const QJsonObject summary = QJsonDocument::fromJson(lines(r.out).last()).object();
        QCOMPARE(summary[u"rows"].toInteger(), 6);
        QCOMPARE(summary[u"bad_rows"].toInteger(), 6);
        QCOMPARE(summary[u"accuracy"].toDouble(), 0.0);
        for (const char *line :
             {"line 2: expected: unknown kind \"swat\"", "line 3: expected: unknown kind \"\"",
              "line 4: unparseable priority", "line 5: expected 5 fields, found 3",
              "line 6: expected_ems: \"sometimes\"", "line 7: "})
            QVERIFY2(r.err.contains(line), line);
        const Result strict = run({QStringLiteral("evaluate"), QStringLiteral("--labels"), path,
                                   QStringLiteral("--min-accuracy"), QStringLiteral("0.5")});
        QCOMPARE(strict.exitCode, 1);
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
             {"triage", "evaluate", "generate", "import", "decide", "calls", "db", "intake", "simulate"}) {
            const Result h = run({QString::fromUtf8(cmd), QStringLiteral("--help")});
            QCOMPARE(h.exitCode, 0);
            QVERIFY2(h.out.contains(cmd), h.out.constData());
        }
        const Result intake = run({QStringLiteral("intake"), QStringLiteral("--help")});
        for (const char *option :
             {"--idle-timeout", "--max-connections", "--max-connections-per-client", "--allow-no-token"})
            QVERIFY2(intake.out.contains(option), option);
    }

    // Without a token, an address other than loopback is refused before anything starts (no database needed).
    void intakeRefusesNoTokenBeyondLoopback()
    {
        const Result r =
            run({QStringLiteral("intake"), QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"),
                 QStringLiteral("--db"), QStringLiteral("postgresql://nobody@127.0.0.1:1/none")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("without a token") && r.err.contains("--allow-no-token"), r.err.constData());
    }

    // A token file its group or others may read is refused before anything listens: the message names the
    // file and the fix. The same for `simulate`, which sends the token.
    void exposedTokenFileIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString token = writeFile(dir, "token", "s3cret-token\n");
        QVERIFY(QFile::setPermissions(token, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        const QStringList nowhere = {QStringLiteral("--db"),
                                     QStringLiteral("postgresql://nobody@127.0.0.1:1/none")};
        for (const QStringList &args :
             {QStringList{QStringLiteral("intake"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--token-file"), token} +
                  nowhere,
              QStringList{QStringLiteral("simulate"), QStringLiteral("--to"),
                          QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--count"),
                          QStringLiteral("1"), QStringLiteral("--token-file"), token}}) {
            const Result r = run(args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(token.toUtf8()) && r.err.contains("chmod 600"), r.err.constData());
            QVERIFY2(!r.err.contains("s3cret"), r.err.constData());
        }
    }

    // The messages follow the system locale, or --lang (anywhere on the line); the machine formats do not.
    void language()
    {
        const QString missing = QStringLiteral("/nonexistent/calls.csv");
        const Result es =
            run({QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("triage"), missing});
        QCOMPARE(es.exitCode, 2);
        QVERIFY2(es.err.contains("no se puede leer /nonexistent/calls.csv"), es.err.constData());
        const Result en = run({QStringLiteral("triage"), missing});
        QVERIFY2(en.err.contains("cannot read /nonexistent/calls.csv"), en.err.constData());

        // The system locale Spanish: Spanish without --lang, English with --lang en.
        const QString spanish = QStringLiteral("es_US.UTF-8");
        QVERIFY(
            run({QStringLiteral("--help")}, {}, spanish).out.startsWith("Uso: rightresponse-cli COMANDO"));
        QVERIFY(run({QStringLiteral("--help"), QStringLiteral("--lang=en")}, {}, spanish)
                    .out.startsWith("Usage: rightresponse-cli COMMAND"));
        const Result help = run({QStringLiteral("triage"), QStringLiteral("--help"), QStringLiteral("--lang"),
                                 QStringLiteral("es")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("Formato de salida: csv (por omisión) o jsonl."), help.out.constData());
        QVERIFY(help.out.contains("triage [opciones]") || help.out.contains("triage [options]"));

        const Result fr = run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("generate")});
        QCOMPARE(fr.exitCode, 2);
        QVERIFY2(fr.err.contains("--lang must be one of en, es, got 'fr'"), fr.err.constData());

        // The CSV is the same in any language: column names, values and the engine's reasons.
        const QByteArray input = "id,call_type,narrative\nE1,WELFARE CHECK,asleep in a doorway\n";
        const Result csvEs = run(
            {QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("triage"), QStringLiteral("-")},
            input);
        const Result csvEn = run({QStringLiteral("triage"), QStringLiteral("-")}, input);
        QCOMPARE(csvEs.exitCode, 0);
        QCOMPARE(csvEs.out, csvEn.out);
        QVERIFY(csvEs.out.startsWith("id,response,ems,confidence,category,reasons"));
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
