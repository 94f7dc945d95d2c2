// Tests of RuleSetLoader: the built-in sets load, a bad file gives an error that names its file, rule and
// field, "extends" merges by id, and the rules version follows the content. The format is docs/rules.md.

#include "domain/call.h"
#include "domain/responsekind.h"
#include "domain/ruleset.h"
#include "domain/rulesetloader.h"
#include "domain/triageengine.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTime>

#include <memory>
#include <variant>

using namespace rr;

namespace {

// The smallest rule set the loader accepts; rows of the bad-input table spoil one part of it.
const QByteArray kMinimal =
    QByteArrayLiteral(R"({"format":1,"name":"t","categories":[{"id":"x","label":"X","kind":"unarmed"}]})");

const QString kOrigin = QStringLiteral("city.json");

std::shared_ptr<const RuleSet> unwrap(const RuleSetResult &result, QString *error)
{
    *error = result.error();
    return result.valueOr(nullptr);
}

// The start of a failure's message that names file, rule and field: "city.json: rule 'x', field 'kind': ".
QString where(const QString &file, const QString &rule, const QString &field)
{
    return RuleSetError{file, rule, field, {}}.toString();
}

QString categoryForCode(const RuleSet &rules, QStringView code)
{
    const int idx = rules.categoryForCode(code);
    return idx < 0 ? QString() : rules.categories[idx].id;
}

// One row of the bad-input table: the JSON, and the rule, field and part of the message the error must have.
void bad(const char *tag, const QByteArray &json, const char *rule, const char *field, const char *message)
{
    QTest::newRow(tag) << json << QString::fromUtf8(rule) << QString::fromUtf8(field)
                       << QString::fromUtf8(message);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TstRuleSetLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInLoads();
    void exampleCityLoads();
    void exampleCityNarrowsTheTeam();
    void badInput_data();
    void badInput();
    void extendsCycle();
    void missingFile();
    void relativeExtendsFromAFile();
    void versionFollowsContent();
    void extendsOverridesOneFieldKeepsTheOthers();
    void cityCodeRemapsABaseCode();
    void phraseThatFoldsToNothingIsRefused();
    void threeGapsInAPhraseAreAccepted();
};

void TstRuleSetLoader::builtInLoads()
{
    QString error;
    const auto rules = unwrap(RuleSetLoader::loadBuiltIn(), &error);
    QVERIFY2(rules, qPrintable(error));
    QCOMPARE(rules->name, QStringLiteral("default"));
    QCOMPARE(rules->source, QStringLiteral(":/rules/default.json"));
    QVERIFY(rules->categories.size() >= 20);
    QVERIFY(rules->disqualifiers.size() >= 6);
    QVERIFY(rules->version.contains(QRegularExpression(QStringLiteral("^[0-9a-f]{12}$"))));
    QCOMPARE(categoryForCode(*rules, u"WELCK"), QStringLiteral("welfare_check"));
    QCOMPARE(categoryForCode(*rules, u"mva-pd"), QStringLiteral("minor_traffic")); // folded: case, '-'
    QVERIFY(rules->service.hours.isEmpty());
    QVERIFY(rules->service.beats.isEmpty());
    QCOMPARE(toString(rules->service.fallback), toString(ResponseKind::CoResponder));
    QCOMPARE(rules->negation.window, 4);
}

void TstRuleSetLoader::exampleCityLoads()
{
    QString error;
    const auto base = unwrap(RuleSetLoader::loadBuiltIn(), &error);
    QVERIFY2(base, qPrintable(error));
    const auto city = unwrap(RuleSetLoader::loadBuiltIn(QStringLiteral("example-city")), &error);
    QVERIFY2(city, qPrintable(error));
    QCOMPARE(city->name, QStringLiteral("example-city"));
    QVERIFY(city->version != base->version);
    QCOMPARE(city->categories.size(), base->categories.size());

    // The city's own codes, unknown to the default set, name the intended categories.
    const QList<std::pair<QString, QString>> cityCodes = {
        {QStringLiteral("WELCK2"), QStringLiteral("welfare_check")},
        {QStringLiteral("MHCRIS"), QStringLiteral("mental_health")},
        {QStringLiteral("SUIC-T"), QStringLiteral("suicide_threat")},
        {QStringLiteral("UNWNT"), QStringLiteral("trespass")},
        {QStringLiteral("PDACC"), QStringLiteral("minor_traffic")},
        {QStringLiteral("WELCK"), QStringLiteral("welfare_check")},
        {QStringLiteral("PSYCH"), QStringLiteral("mental_health")},
        {QStringLiteral("10-56"), QStringLiteral("suicide_threat")},
    };
    for (const auto &[code, category] : cityCodes)
        QCOMPARE(categoryForCode(*city, code), category);
    QCOMPARE(categoryForCode(*base, u"WELCK2"), QString());
    QCOMPARE(categoryForCode(*base, u"UNWNT"), QString());
    // Everything else is inherited.
    QCOMPARE(categoryForCode(*city, u"5150"), QStringLiteral("mental_health"));
    QVERIFY(city->category(u"welfare_check")->phrases.contains(QStringLiteral("well ck n urgent")));
    QVERIFY(city->category(u"welfare_check")->phrases.contains(QStringLiteral("check the welfare")));

    // Narrowed hours and beats; the fallback is inherited from the default set.
    QCOMPARE(city->service.hours.size(), 1);
    QCOMPARE(city->service.hours.first().text(), QStringLiteral("07:00-23:00"));
    QVERIFY(!city->service.hours.first().contains(QTime(6, 59)));
    QVERIFY(city->service.hours.first().contains(QTime(7, 0)));
    QVERIFY(city->service.hours.first().contains(QTime(22, 59)));
    QVERIFY(!city->service.hours.first().contains(QTime(23, 0)));
    const QStringList beats = {QStringLiteral("211"), QStringLiteral("212"), QStringLiteral("213"),
                               QStringLiteral("311"), QStringLiteral("312")};
    QCOMPARE(city->service.beats, beats);
    QCOMPARE(toString(city->service.fallback), toString(ResponseKind::CoResponder));
}

void TstRuleSetLoader::exampleCityNarrowsTheTeam()
{
    QString error;
    const auto city = unwrap(RuleSetLoader::loadBuiltIn(QStringLiteral("example-city")), &error);
    QVERIFY2(city, qPrintable(error));
    const TriageEngine engine(city);
    Call call;
    call.callCode = QStringLiteral("UNWNT");
    call.narrative = QStringLiteral("man refusing to leave the lobby, calm, no weapons seen");
    call.screening[Screen::Weapon] = Answer::No;
    call.screening[Screen::Violence] = Answer::No;
    call.beat = QStringLiteral("212");
    call.receivedAt = QDateTime(QDate(2024, 5, 14), QTime(12, 0));
    Suggestion s = engine.triage(call);
    QCOMPARE(s.category, QStringLiteral("trespass"));
    QCOMPARE(toString(s.kind), toString(ResponseKind::Unarmed));

    call.receivedAt = QDateTime(QDate(2024, 5, 14), QTime(23, 30));
    s = engine.triage(call);
    QCOMPARE(toString(s.kind), toString(ResponseKind::CoResponder));
    QCOMPARE(s.reasons.last().ruleId, QStringLiteral("service.hours"));

    call.receivedAt = QDateTime(QDate(2024, 5, 14), QTime(12, 0));
    call.beat = QStringLiteral("411");
    s = engine.triage(call);
    QCOMPARE(toString(s.kind), toString(ResponseKind::CoResponder));
    QCOMPARE(s.reasons.last().ruleId, QStringLiteral("service.area"));
}

void TstRuleSetLoader::badInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message"); // a part of the message

    // Category and disqualifier wrappers keep the rows short.
    const auto cat = [](const char *categoryBody, const char *extra = "") {
        return QByteArray(R"({"format":1,"name":"t","categories":[)") + categoryBody + "]" + extra + "}";
    };
    const auto disq = [&cat](const char *body) {
        return cat(R"({"id":"x","label":"X","kind":"unarmed"})",
                   QByteArray(R"(,"disqualifiers":[)" + QByteArray(body) + "]").constData());
    };
    const auto withMinimal = [](const char *extra) {
        QByteArray out = kMinimal;
        out.chop(1);
        return out + "," + extra + "}";
    };
    const QByteArray X = R"({"id":"x","label":"X","kind":"unarmed"})";
    const QByteArray G = R"("id":"gun","label":"Gun","screen":"weapon","kind":"police")";

    // clang-format off
    bad("invalid JSON", QByteArray("{\n  \"format\": 1,\n  \"name\": \"t\",\n  \"categories\": [ }\n}"), "", "", "invalid JSON at line 4");
    bad("not an object", QByteArray("[1, 2]"), "", "", "the top level must be a JSON object");
    bad("empty file", QByteArray(""), "", "", "invalid JSON at line 1");
    bad("format 2", QByteArray(R"({"format":2,"name":"t","categories":[{"id":"x","label":"X","kind":"unarmed"}]})"), "", "format", "expected 1");
    bad("format missing", QByteArray(R"({"name":"t","categories":[{"id":"x","label":"X","kind":"unarmed"}]})"), "", "format", "expected 1");
    bad("name missing", QByteArray(R"({"format":1,"categories":[{"id":"x","label":"X","kind":"unarmed"}]})"), "", "name", "missing");
    bad("name not a string", QByteArray(R"({"format":1,"name":3,"categories":[{"id":"x","label":"X","kind":"unarmed"}]})"), "", "name", "expected a string");
    bad("unknown top-level key", withMinimal(R"("categorys":[])"), "", "categorys", "unknown field");
    bad("no categories", QByteArray(R"({"format":1,"name":"t","categories":[]})"), "", "categories", "non-empty array");
    bad("category not an object", cat("3"), "categories[1]", "", "expected an object");
    bad("category without id", cat(R"({"label":"X","kind":"unarmed"})"), "categories[1]", "id", "missing");
    bad("second category without id", cat(R"({"id":"x","label":"X","kind":"unarmed"},{"label":"Y","kind":"police"})"), "categories[2]", "id", "missing");
    bad("category without label", cat(R"({"id":"x","kind":"unarmed"})"), "x", "label", "missing");
    bad("category without kind", cat(R"({"id":"x","label":"X"})"), "x", "kind", "missing");
    bad("kind misspelt", cat(R"({"id":"x","label":"X","kind":"polize"})"), "x", "kind", "expected one of unarmed, co_responder, police, got 'polize'");
    bad("kind with a hyphen", cat(R"({"id":"x","label":"X","kind":"co-responder"})"), "x", "kind", "got 'co-responder'");
    bad("category unknown field", cat(R"({"id":"x","label":"X","kind":"unarmed","phrase":["a"]})"), "x", "phrase", "unknown field (misspelt?)");
    bad("ems not a bool", cat(R"({"id":"x","label":"X","kind":"unarmed","ems":"yes"})"), "x", "ems", "expected true or false");
    bad("precedence out of range", cat(R"({"id":"x","label":"X","kind":"unarmed","precedence":5000})"), "x", "precedence", "whole number from -1000 to 1000");
    // UBSan in the ruleset fuzz target (corpus/ruleset/precedence-1e300.json): converted to int before the
    // range check.
    bad("precedence 1e300", cat(R"({"id":"x","label":"X","kind":"unarmed","precedence":1e300})"), "x", "precedence", "whole number from -1000 to 1000");
    bad("precedence -1e300", cat(R"({"id":"x","label":"X","kind":"unarmed","precedence":-1e300})"), "x", "precedence", "whole number from -1000 to 1000");
    bad("negation window 1e19", withMinimal(R"("negation":{"window":1e19})"), "negation", "window", "whole number from 0 to 10");
    bad("precedence fractional", cat(R"({"id":"x","label":"X","kind":"unarmed","precedence":1.5})"), "x", "precedence", "whole number");
    // The ruleset fuzz target (tests/fuzz/corpus/ruleset/many-gaps.json): each lone '*' multiplied the
    // phrase's variants by five, so a few of them made compiling take seconds, and a dozen gigabytes.
    bad("four gaps in a phrase", cat(R"({"id":"x","label":"X","kind":"unarmed","phrases":["a * b * c * d * e"]})"), "x", "phrases", "'a * b * c * d * e' has more than 3 lone '*'");
    bad("four gaps in a negation", withMinimal(R"("negation":{"after":["no * * * * one"]})"), "negation", "after", "has more than 3 lone '*'");
    bad("four gaps in a phrase map", cat(X.constData(), R"(,"phrases":{"a * b * c * d * e":"x"})"), "phrases", "a * b * c * d * e", "more than 3 lone '*'");
    bad("phrases not an array", cat(R"({"id":"x","label":"X","kind":"unarmed","phrases":"well ck"})"), "x", "phrases", "expected an array of strings");
    bad("empty phrase", cat(R"({"id":"x","label":"X","kind":"unarmed","phrases":["a","  "]})"), "x", "phrases", "entry 2 must be a non-empty string");
    bad("ifYes unknown category", cat(R"({"id":"x","label":"X","kind":"unarmed","ifYes":{"injury":"nope"}})"), "x", "ifYes", "no category 'nope'");
    bad("ifNo unknown category", cat(R"({"id":"x","label":"X","kind":"unarmed","ifNo":{"injury":"nope"}})"), "x", "ifNo", "no category 'nope'");
    bad("ifYes unknown screen", cat(R"({"id":"x","label":"X","kind":"unarmed","ifYes":{"injured":"x"}})"), "x", "ifYes", "'injured' is not a screening question");
    bad("duplicate category id", cat(R"({"id":"x","label":"X","kind":"unarmed"},{"id":"x","label":"X2","kind":"police"})"), "x", "id", "category defined twice");
    bad("codes map unknown category", cat(X.constData(), R"(,"codes":{"WELCK":"welfare"})"), "codes", "WELCK", "no category 'welfare'");
    bad("phrases map unknown category", cat(X.constData(), R"(,"phrases":{"well ck":"welfare"})"), "phrases", "well ck", "no category 'welfare'");
    bad("disqualifier unknown field", disq(("{" + G + R"(,"term":["gun"]})").constData()), "gun", "term", "unknown field (misspelt?)");
    bad("disqualifier bad screen", disq(R"({"id":"gun","label":"Gun","screen":"weapons","kind":"police","terms":["gun"]})"), "gun", "screen", "'weapons' is not a screening question");
    bad("disqualifier empty terms", disq(("{" + G + R"(,"terms":[]})").constData()), "gun", "terms", "at least one term is needed");
    bad("disqualifier no terms", disq(("{" + G + "}").constData()), "gun", "terms", "at least one term is needed");
    bad("disqualifier bad escalateKind", disq(("{" + G + R"(,"terms":["gun"],"escalateKind":"swat"})").constData()), "gun", "escalateKind", "got 'swat'");
    bad("disqualifier twice", disq(("{" + G + R"(,"terms":["gun"]},{)" + G + R"(,"terms":["rifle"]})").constData()), "gun", "id", "disqualifier defined twice");
    bad("contextCategories unknown", disq(("{" + G + R"(,"terms":["gun"],"contextCategories":["suicide"]})").constData()), "gun", "contextCategories", "no category 'suicide'");
    bad("absorbs unknown", disq(("{" + G + R"(,"terms":["gun"],"absorbs":"weapon"})").constData()), "gun", "absorbs", "no disqualifier 'weapon'");
    bad("negation window too big", withMinimal(R"("negation":{"window":11})"), "negation", "window", "whole number from 0 to 10");
    bad("negation unknown field", withMinimal(R"("negation":{"befor":["no"]})"), "negation", "befor", "unknown field");
    bad("service unknown field", withMinimal(R"("service":{"armed":{}})"), "service", "armed", "unknown field");
    bad("hours 25:00-06:00", withMinimal(R"("service":{"unarmed":{"hours":["25:00-06:00"]}})"), "service.unarmed", "hours", "'25:00-06:00' is not a window");
    bad("hours 6-9", withMinimal(R"("service":{"unarmed":{"hours":["6-9"]}})"), "service.unarmed", "hours", "'6-9' is not a window");
    bad("hours empty window", withMinimal(R"("service":{"unarmed":{"hours":["07:00-07:00"]}})"), "service.unarmed", "hours", "'07:00-07:00' is not a window");
    bad("fallback unarmed", withMinimal(R"("service":{"unarmed":{"fallback":"unarmed"}})"), "service.unarmed", "fallback", "must not be unarmed");
    bad("doubt unknownKind misspelt", withMinimal(R"("doubt":{"unknownKind":"polce"})"), "doubt", "unknownKind", "got 'polce'");
    bad("extends unknown set", withMinimal(R"("extends":"nosuch")"), "", "extends", "no rule set named 'nosuch'");
    bad("extends unknown file", withMinimal(R"("extends":"nosuch.json")"), "", "extends", "no rule set named 'nosuch.json'");
    bad("extends not a string", withMinimal(R"("extends":["default"])"), "", "extends", "expected the name of a rule set");
    // clang-format on
}

void TstRuleSetLoader::badInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, rule);
    QFETCH(QString, field);
    QFETCH(QString, message);

    const RuleSetResult result = RuleSetLoader::loadData(json, kOrigin);
    QVERIFY2(!result.ok(), "the loader accepted a bad rule set");
    const QString text = result.error();
    // The message names exactly the file, the rule and the field, then says what is wrong.
    const QString prefix = where(kOrigin, rule, field);
    QVERIFY2(text.startsWith(prefix), qPrintable(text + QStringLiteral(" / expected: ") + prefix));
    const QString said = text.mid(prefix.size());
    QVERIFY2(!said.startsWith(QStringLiteral("rule '")) && !said.startsWith(QStringLiteral("field '")),
             qPrintable(text)); // no rule or field where none is expected
    QVERIFY2(said.contains(message), qPrintable(text));
}

void TstRuleSetLoader::extendsCycle()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString a = dir.filePath(QStringLiteral("a.json"));
    const QString b = dir.filePath(QStringLiteral("b.json"));
    QVERIFY(writeFile(a, R"({"format":1,"name":"a","extends":"b.json"})"));
    QVERIFY(writeFile(b, R"({"format":1,"name":"b","extends":"a.json"})"));

    const RuleSetResult result = RuleSetLoader::loadFile(a);
    QVERIFY2(!result.ok(), "a cycle of \"extends\" was accepted");
    const QString text = result.error();
    QVERIFY2(text.startsWith(where(a, {}, QStringLiteral("extends"))) ||
                 text.startsWith(where(b, {}, QStringLiteral("extends"))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("cycle")), qPrintable(text));
}

void TstRuleSetLoader::missingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("nothing-here.json"));
    const RuleSetResult result = RuleSetLoader::loadFile(path);
    QVERIFY2(!result.ok(), "a missing file loaded");
    // No rule, no field: the file itself cannot be read.
    QVERIFY2(result.error().startsWith(where(path, {}, {}) + QStringLiteral("cannot read")),
             qPrintable(result.error()));

    const RuleSetResult builtIn = RuleSetLoader::loadBuiltIn(QStringLiteral("no-such-city"));
    QVERIFY(!builtIn.ok());
    QVERIFY2(builtIn.error().startsWith(where(QStringLiteral(":/rules/no-such-city.json"), {}, {})),
             qPrintable(builtIn.error()));
}

void TstRuleSetLoader::relativeExtendsFromAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("base.json")), kMinimal));
    const QString city = dir.filePath(QStringLiteral("city.json"));
    QVERIFY(writeFile(city, R"({"name":"city","extends":"base.json","codes":{"Z9":"x"}})"));
    QString error;
    const auto rules = unwrap(RuleSetLoader::loadFile(city), &error);
    QVERIFY2(rules, qPrintable(error));
    QCOMPARE(rules->name, QStringLiteral("city"));
    QCOMPARE(rules->source, city);
    QCOMPARE(categoryForCode(*rules, u"z9"), QStringLiteral("x"));

    // A validation error in what the base brought in is reported against the file being loaded.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("base.json")),
                      R"({"format":1,"name":"t","categories":[{"id":"x","label":"X","kind":"polize"}]})"));
    const RuleSetResult bad = RuleSetLoader::loadFile(city);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().startsWith(where(city, QStringLiteral("x"), QStringLiteral("kind"))),
             qPrintable(bad.error()));

    // A syntax error in the base names the base.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("base.json")), "{\"format\": 1,\n,}"));
    const RuleSetResult broken = RuleSetLoader::loadFile(city);
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().startsWith(where(dir.filePath(QStringLiteral("base.json")), {}, {})),
             qPrintable(broken.error()));
    QVERIFY(broken.error().contains(QStringLiteral("line 2")));
}

void TstRuleSetLoader::versionFollowsContent()
{
    const QByteArray one = R"({"format":1,"name":"t","categories":[{"id":"x","label":"X","kind":"unarmed",
                               "phrases":["well ck"]}]})";
    // Same content, other spacing and key order.
    const QByteArray same = R"({"categories":[{"phrases":["well ck"],"kind":"unarmed","label":"X","id":"x"}],
                                "name":"t",   "format":1})";
    const QByteArray changed = R"({"format":1,"name":"t","categories":[{"id":"x","label":"X","kind":"unarmed",
                                   "phrases":["well chk"]}]})";
    QString error;
    const auto a = unwrap(RuleSetLoader::loadData(one, QStringLiteral("a.json")), &error);
    QVERIFY2(a, qPrintable(error));
    const auto a2 = unwrap(RuleSetLoader::loadData(one, QStringLiteral("elsewhere.json")), &error);
    QVERIFY2(a2, qPrintable(error));
    const auto b = unwrap(RuleSetLoader::loadData(same, QStringLiteral("b.json")), &error);
    QVERIFY2(b, qPrintable(error));
    const auto c = unwrap(RuleSetLoader::loadData(changed, QStringLiteral("a.json")), &error);
    QVERIFY2(c, qPrintable(error));

    QVERIFY(a->version.contains(QRegularExpression(QStringLiteral("^[0-9a-f]{12}$"))));
    QCOMPARE(a2->version, a->version);
    QCOMPARE(b->version, a->version);
    QVERIFY(c->version != a->version);

    // The built-in set is stable from one load to the next.
    const auto d1 = unwrap(RuleSetLoader::loadBuiltIn(), &error);
    const auto d2 = unwrap(RuleSetLoader::loadBuiltIn(), &error);
    QVERIFY(d1 && d2);
    QCOMPARE(d1->version, d2->version);
}

void TstRuleSetLoader::extendsOverridesOneFieldKeepsTheOthers()
{
    QString error;
    const auto base = unwrap(RuleSetLoader::loadBuiltIn(), &error);
    QVERIFY2(base, qPrintable(error));
    const QByteArray json = R"({"name":"city","extends":"default",
        "categories":[{"id":"welfare_check","kind":"co_responder"},
                      {"id":"bike_theft","label":"Bicycle theft","kind":"unarmed","team":true,"codes":["BIKE"]}],
        "negation":{"window":2},
        "service":{"unarmed":{"beats":["1"]}}})";
    const auto city = unwrap(RuleSetLoader::loadData(json, QStringLiteral("city.json")), &error);
    QVERIFY2(city, qPrintable(error));

    const CategoryRule *before = base->category(u"welfare_check");
    const CategoryRule *after = city->category(u"welfare_check");
    QVERIFY(before && after);
    QCOMPARE(toString(after->kind), toString(ResponseKind::CoResponder));
    QCOMPARE(after->label, before->label);
    QCOMPARE(after->precedence, before->precedence);
    QCOMPARE(after->team, before->team);
    QCOMPARE(after->behavioural, before->behavioural);
    QCOMPARE(after->codes, before->codes);
    QCOMPARE(after->phrases, before->phrases);
    QCOMPARE(city->categoryIndex(u"welfare_check"), base->categoryIndex(u"welfare_check"));

    // A new id is appended; the other sections merge key by key.
    QCOMPARE(city->categories.size(), base->categories.size() + 1);
    QCOMPARE(city->categories.last().id, QStringLiteral("bike_theft"));
    QCOMPARE(categoryForCode(*city, u"BIKE"), QStringLiteral("bike_theft"));
    QCOMPARE(city->disqualifiers.size(), base->disqualifiers.size());
    QCOMPARE(city->negation.window, 2);
    QCOMPARE(city->negation.before, base->negation.before);
    QCOMPARE(city->service.beats, QStringList{QStringLiteral("1")});
    QCOMPARE(toString(city->service.fallback), toString(base->service.fallback));
    QCOMPARE(city->description, base->description);
    QCOMPARE(city->name, QStringLiteral("city"));
}

// The "codes" map should give a code to the named category even when the base gives it to another one.
void TstRuleSetLoader::cityCodeRemapsABaseCode()
{
    QString error;
    const QByteArray json =
        R"({"name":"city","extends":"default","codes":{"415":"noise","PD":"general_assistance"}})";
    const auto city = unwrap(RuleSetLoader::loadData(json, QStringLiteral("city.json")), &error);
    QVERIFY2(city, qPrintable(error));
    QCOMPARE(categoryForCode(*city, u"PD"), QStringLiteral("general_assistance"));
    QCOMPARE(categoryForCode(*city, u"415"), QStringLiteral("noise"));
}

void TstRuleSetLoader::phraseThatFoldsToNothingIsRefused()
{
    const QByteArray json =
        R"({"format":1,"name":"t","categories":[{"id":"x","label":"X","kind":"unarmed","codes":["--"],"phrases":["***"]}]})";
    const RuleSetResult result = RuleSetLoader::loadData(json, kOrigin);
    QVERIFY(!result.ok());
}

void TstRuleSetLoader::threeGapsInAPhraseAreAccepted()
{
    const QByteArray json =
        R"({"format":1,"name":"t","categories":[{"id":"x","label":"X","kind":"unarmed","phrases":["a * b * c * d"]}]})";
    const RuleSetResult result = RuleSetLoader::loadData(json, kOrigin);
    QVERIFY2(result.ok(), qPrintable(result.error()));
}

QTEST_GUILESS_MAIN(TstRuleSetLoader)
#include "tst_rulesetloader.moc"
