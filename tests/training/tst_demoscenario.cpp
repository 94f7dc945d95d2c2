// The scenario `rightresponse --demo` ships: it loads, holds about thirty varied calls over about ten minutes
// with tags, is already de-identified, and its key agrees with the triage engine on every call but those
// where it expects the suggestion to be overridden (and there are some).

#include "domain/rulesetloader.h"
#include "domain/triageengine.h"
#include "training/deidentifier.h"
#include "training/demoscenario.h"
#include "training/scenariojson.h"

#include <QSet>
#include <QTest>

using namespace rr;

class TstDemoScenario : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loads()
    {
        const Result<Scenario> s = demoScenario();
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QVERIFY(ScenarioJson::validate(*s).ok());
        QVERIFY(s->calls.size() >= 25 && s->calls.size() <= 35);
        QVERIFY(s->durationMs() >= 8 * 60 * 1000 && s->durationMs() <= 12 * 60 * 1000);
        QVERIFY(!s->description.isEmpty());
        QVERIFY(s->tags.contains(QStringLiteral("difficulty:medium")));
        QSet<QString> types;
        for (const ScenarioCall &c : s->calls)
            types.insert(c.call.callType);
        QVERIFY2(types.size() >= 20, "varied call types");
    }

    void keyAgreesWithTheRulesExceptWhereItExpectsAnOverride()
    {
        auto rules = RuleSetLoader::loadBuiltIn();
        QVERIFY2(rules.ok(), qPrintable(rules.error()));
        const TriageEngine engine(rules.value());
        const Result<Scenario> s = demoScenario();
        QVERIFY(s.ok());
        int overrides = 0;
        QSet<ResponseKind> references;
        for (const ScenarioCall &c : s->calls) {
            const ResponseKind suggested = engine.triage(c.call).kind;
            references.insert(c.key.reference);
            QVERIFY2(!c.key.alternatives.contains(c.key.reference), qPrintable(c.call.id));
            if (c.key.expectOverride) {
                ++overrides;
                QVERIFY2(c.key.reference != suggested, qPrintable(c.call.id));
                QVERIFY2(!c.key.expectedReason.isEmpty(), qPrintable(c.call.id));
            } else {
                QVERIFY2(c.key.reference == suggested,
                         qPrintable(QStringLiteral("%1: key %2, rules %3")
                                        .arg(c.call.id, toString(c.key.reference), toString(suggested))));
            }
        }
        QVERIFY(overrides >= 1 && overrides <= 3);
        QCOMPARE(references.size(), 3); // unarmed, co-responder and police all appear
    }

    void alreadyDeidentified()
    {
        auto rules = RuleSetLoader::loadBuiltIn();
        QVERIFY(rules.ok());
        const Deidentifier d(rules.value());
        const Result<Scenario> s = demoScenario();
        QVERIFY(s.ok());
        for (const ScenarioCall &c : s->calls)
            QVERIFY2(d.call(c.call) == c.call, qPrintable(c.call.id));
    }
};

QTEST_GUILESS_MAIN(TstDemoScenario)
#include "tst_demoscenario.moc"
