// Misspelt call types (issue 7): no single edit of a plainly police call type makes it eligible for the
// unarmed team, whether the edit gives a misspelling ("SHOTS FIRD") or another real word ("SHOUTS FIRED",
// "FALLING FOR HELP"); and misspellings of eligible call types are still recognised.
#include "calltypefiles.h"
#include "domain/rulesetloader.h"
#include "domain/triageengine.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace rr;

namespace {

// The call types of tests/data/calltypes/police-types.csv (city, call_type, call_code), header dropped.
QList<QStringList> policeTypes()
{
    return test::readCsvRows(QStringLiteral(RR_CALLTYPES_DIR "/police-types.csv"));
}

// Every string one edit from `type`: each letter deleted, replaced by A-Z, or swapped with the next
// character, and A-Z inserted at each place. Without `type` itself, each once.
QStringList oneEditFrom(const QString &type)
{
    QSet<QString> out;
    for (qsizetype i = 0; i <= type.size(); ++i)
        for (char16_t c = u'A'; c <= u'Z'; ++c) {
            out.insert(QString(type).insert(i, QChar(c)));
            if (i < type.size())
                out.insert(QString(type).replace(i, 1, QChar(c)));
        }
    for (qsizetype i = 0; i < type.size(); ++i) {
        out.insert(QString(type).remove(i, 1));
        if (i + 1 < type.size()) {
            QString swapped = type;
            std::swap(swapped[i], swapped[i + 1]);
            out.insert(swapped);
        }
    }
    out.remove(type);
    return out.values();
}

} // namespace

class TstMisspellings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noEditMakesAPoliceTypeUnarmed_data();
    void noEditMakesAPoliceTypeUnarmed();
    void misspeltCallTypes_data();
    void misspeltCallTypes();

private:
    std::unique_ptr<TriageEngine> m_engine;
};

void TstMisspellings::initTestCase()
{
    const auto loaded = RuleSetLoader::loadBuiltIn(QStringLiteral("default"));
    QVERIFY2(loaded, qPrintable(loaded.error()));
    m_engine = std::make_unique<TriageEngine>(loaded.value());
}

void TstMisspellings::noEditMakesAPoliceTypeUnarmed_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("code");
    const auto rows = policeTypes();
    QVERIFY(rows.size() >= 100);
    for (const QStringList &r : rows)
        QTest::addRow("%s: %s", qPrintable(r.value(0)), qPrintable(r.value(1))) << r.value(1) << r.value(2);
}

// One row per police type, all of its edits inside: ~700 triages a row, the whole table in about a second.
// Each edit is triaged without a code (the call type alone must be safe) and with the type's own code.
void TstMisspellings::noEditMakesAPoliceTypeUnarmed()
{
    QFETCH(QString, type);
    QFETCH(QString, code);
    QStringList unsafe;
    for (const QString &edited : oneEditFrom(type))
        for (const QString &withCode : {QString(), code}) {
            Call call;
            call.callType = edited;
            call.callCode = withCode;
            const Suggestion s = m_engine->triage(call);
            if (s.kind == ResponseKind::Unarmed)
                unsafe.append(QStringLiteral("%1 [%2] -> %3: %4")
                                  .arg(edited, withCode, s.category, s.reasons.value(0).text));
            if (withCode == code)
                break; // no code of its own: already triaged without one
        }
    QVERIFY2(unsafe.isEmpty(), qPrintable(unsafe.join(u'\n')));
}

void TstMisspellings::misspeltCallTypes_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("doubt"); // a doubt.misspelt reason, needs screening, confidence <= 0.3

    const auto row = [](const char *type, const char *code, const char *kind, bool doubt) {
        QTest::newRow(type) << QString::fromUtf8(type) << QString::fromUtf8(code) << QString::fromUtf8(kind)
                            << doubt;
    };
    // clang-format off
    // A real word one edit from a word of a police call type.
    row("SHOUTS FIRED",                   "",    "police",  true);
    row("SHOUTING",                       "",    "police",  true);
    row("FALLING FOR HELP",               "",    "police",  true);
    row("OFFICER WEEDS HELP",             "",    "police",  true);
    row("COVER TOW",                      "",    "police",  true);
    // Two words run together, a space swapped with a letter.
    row("BOMBGTHREAT, DESK CALL",         "",    "police",  true);
    row("OFFICE RDOWN",                   "",    "police",  true);
    // A misspelling that reads as a negation rules nothing out; one that reads as a term or its absence
    // leaves the risk unknown.
    row("NENERAL DISTURBANCE - ARMED",    "",    "police",  false);
    // Eligible call types as written stay eligible.
    row("TRAFFIC COLLISION - NON INJURY", "",    "unarmed", false);
    row("UNWANTED PERSON",                "",    "unarmed", false);
    row("WELFARE CHECK",                  "",    "unarmed", false);
    row("TRESPASING",                     "",    "unarmed", false);
    row("LOUD MUSIC",                     "",    "unarmed", false);
    // A code in the code field is exact.
    row("SHOUTING",                       "415", "unarmed", false);
    // clang-format on
}

void TstMisspellings::misspeltCallTypes()
{
    QFETCH(QString, type);
    QFETCH(QString, code);
    QFETCH(QString, kind);
    QFETCH(bool, doubt);
    Call call;
    call.callType = type;
    call.callCode = code;
    const Suggestion s = m_engine->triage(call);
    QStringList reasons;
    bool misspelt = false;
    for (const Reason &r : s.reasons) {
        reasons.append(r.text);
        misspelt = misspelt || r.ruleId == u"doubt.misspelt";
    }
    QVERIFY2(toString(s.kind) == kind, qPrintable(reasons.join(u'\n')));
    QVERIFY2(misspelt == doubt, qPrintable(reasons.join(u'\n')));
    if (doubt) {
        QVERIFY(s.needsScreening);
        QVERIFY(s.confidence <= 0.3);
    }
}

QTEST_GUILESS_MAIN(TstMisspellings)
#include "tst_misspellings.moc"
