// The default rule set on the call types of real US cities (tests/data/calltypes): plainly police call types
// get police, and each city's rows are recognised.
#include "calltypefiles.h"
#include "domain/rulesetloader.h"
#include "domain/triageengine.h"

#include <QFile>
#include <QTest>

using namespace rr;

namespace {

QString data(const char *name)
{
    return QStringLiteral(RR_CALLTYPES_DIR "/") + QLatin1String(name);
}

} // namespace

class TstCallTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void policeTypesGetPolice_data();
    void policeTypesGetPolice();
    void citiesAreRecognised_data();
    void citiesAreRecognised();

private:
    std::unique_ptr<TriageEngine> m_engine;
};

void TstCallTypes::initTestCase()
{
    const auto loaded = RuleSetLoader::loadBuiltIn(QStringLiteral("default"));
    QVERIFY2(loaded.ok(), "default rule set");
    m_engine = std::make_unique<TriageEngine>(loaded.value());
}

void TstCallTypes::policeTypesGetPolice_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("code");
    const auto rows = test::readCsvRows(data("police-types.csv"));
    QVERIFY(rows.size() >= 100);
    for (const QStringList &r : rows)
        QTest::addRow("%s: %s", qPrintable(r.value(0)), qPrintable(r.value(1))) << r.value(1) << r.value(2);
}

void TstCallTypes::policeTypesGetPolice()
{
    QFETCH(QString, type);
    QFETCH(QString, code);
    Call call;
    call.callType = type;
    call.callCode = code;
    const Suggestion s = m_engine->triage(call);
    QCOMPARE(toString(s.kind), toString(ResponseKind::Police));
    QVERIFY2(s.category != u"unknown", qPrintable(s.reasons.first().text));
}

void TstCallTypes::citiesAreRecognised_data()
{
    QTest::addColumn<QString>("file");
    for (const char *city : {"milwaukee.csv", "san-diego.csv", "berkeley.csv", "orlando.csv",
                             "minneapolis.csv", "seattle.csv", "richmond.csv", "new-orleans.csv",
                             "dallas.csv", "reno.csv", "st-louis.csv", "montgomery-county-pa.csv"})
        QTest::newRow(city) << data(city);
}

// At most 3% of a city's rows with a call type fall to "unknown" (weighted by how often each type occurs).
void TstCallTypes::citiesAreRecognised()
{
    QFETCH(QString, file);
    const auto rows = test::readCsvRows(file);
    QVERIFY(!rows.isEmpty());
    qint64 total = 0;
    qint64 unknown = 0;
    QStringList missed;
    for (const QStringList &r : rows) {
        Call call;
        call.callType = r.value(0);
        call.callCode = r.value(1);
        if (call.callType.trimmed().isEmpty() && call.callCode.trimmed().isEmpty())
            continue;
        const qint64 count = r.value(2).toLongLong();
        total += count;
        if (m_engine->triage(call).category == u"unknown") {
            unknown += count;
            missed.append(call.callType);
        }
    }
    QVERIFY(total > 0);
    if (total < 1000) // a handful of opaque codes with no description moves a tiny extract past 3%
        QVERIFY2(unknown * 100 <= total * 5, qPrintable(missed.join(QStringLiteral("; "))));
    else
        QVERIFY2(unknown * 100 <= total * 3, qPrintable(QStringLiteral("%1 of %2 rows unrecognised: %3")
                                                            .arg(unknown)
                                                            .arg(total)
                                                            .arg(missed.join(QStringLiteral("; ")))));
}

QTEST_GUILESS_MAIN(TstCallTypes)
#include "tst_calltypes.moc"
