#include "rulesetloader.h"

#include "phrasematcher.h"
#include "textnormalizer.h"

#include <QCoreApplication>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace rr {

namespace {
// The catalogues' context of this file's texts (free functions have no tr() of their own).
struct RuleSetLoaderText
{
    Q_DECLARE_TR_FUNCTIONS(rr::RuleSetLoader)
};
} // namespace

QString RuleSetError::toString() const
{
    QString out = file.isEmpty() ? QStringLiteral("rules") : file;
    if (!rule.isEmpty())
        out += RuleSetLoaderText::tr(": rule '%1'").arg(rule);
    if (!field.isEmpty())
        out +=
            (rule.isEmpty() ? RuleSetLoaderText::tr(": field '%1'") : RuleSetLoaderText::tr(", field '%1'"))
                .arg(field);
    return out + QStringLiteral(": ") + message;
}

namespace {

constexpr int kFormat = 1;
constexpr int kMaxExtendsDepth = 8;

// Thrown inside the loader only, caught at its public entry points (guarded()) and returned as a Failure.
struct LoadFailure
{
    RuleSetError error;
};

[[noreturn]] void fail(const QString &file, const QString &rule, const QString &field, const QString &message)
{
    throw LoadFailure{{file, rule, field, message}};
}

QByteArray readAll(const QString &path, const QString &origin)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(origin, {}, {}, RuleSetLoaderText::tr("cannot read: %1").arg(f.errorString()));
    return f.readAll();
}

QJsonObject parseObject(const QByteArray &json, const QString &origin)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        const int line = int(json.left(err.offset).count('\n')) + 1;
        fail(origin, {}, {},
             RuleSetLoaderText::tr("invalid JSON at line %1: %2").arg(line).arg(err.errorString()));
    }
    if (!doc.isObject())
        fail(origin, {}, {}, RuleSetLoaderText::tr("the top level must be a JSON object"));
    return doc.object();
}

// Merges arrays of {"id": ...} objects by id (fields of the overlay win), other values by replacement.
QJsonArray mergeById(const QJsonArray &base, const QJsonArray &overlay)
{
    QJsonArray out = base;
    for (const QJsonValue &v : overlay) {
        const QString id = v.toObject().value(u"id").toString();
        bool merged = false;
        for (qsizetype i = 0; i < out.size() && !id.isEmpty(); ++i) {
            QJsonObject existing = out.at(i).toObject();
            if (existing.value(u"id").toString() != id)
                continue;
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                existing.insert(it.key(), it.value());
            out.replace(i, existing);
            merged = true;
            break;
        }
        if (!merged)
            out.append(v);
    }
    return out;
}

QJsonObject mergeObjects(const QJsonObject &base, const QJsonObject &overlay)
{
    QJsonObject out = base;
    for (auto it = overlay.begin(); it != overlay.end(); ++it) {
        const QString key = it.key();
        if (key == u"extends")
            continue;
        const QJsonValue b = out.value(key);
        if ((key == u"categories" || key == u"disqualifiers") && b.isArray() && it->isArray())
            out.insert(key, mergeById(b.toArray(), it->toArray()));
        else if (b.isObject() && it->isObject())
            out.insert(key, mergeObjects(b.toObject(), it->toObject()));
        else
            out.insert(key, *it);
    }
    out.remove(u"extends");
    return out;
}

QJsonObject resolve(const QJsonObject &obj, const QString &origin, int depth);

QJsonObject loadBase(const QString &name, const QString &origin, int depth)
{
    if (depth > kMaxExtendsDepth)
        fail(origin, {}, QStringLiteral("extends"),
             RuleSetLoaderText::tr("too many levels of \"extends\" (a cycle?)"));
    QString path;
    if (name.endsWith(u".json")) {
        const QFileInfo here(origin);
        path = QFileInfo(name).isAbsolute() ? name : here.dir().filePath(name);
    } else {
        path = QStringLiteral(":/rules/%1.json").arg(name);
    }
    if (!QFile::exists(path))
        fail(origin, {}, QStringLiteral("extends"),
             RuleSetLoaderText::tr("no rule set named '%1'").arg(name));
    return resolve(parseObject(readAll(path, path), path), path, depth + 1);
}

QJsonObject resolve(const QJsonObject &obj, const QString &origin, int depth)
{
    const QJsonValue ext = obj.value(u"extends");
    if (ext.isUndefined())
        return obj;
    if (!ext.isString() || ext.toString().isEmpty())
        fail(origin, {}, QStringLiteral("extends"), RuleSetLoaderText::tr("expected the name of a rule set"));
    return mergeObjects(loadBase(ext.toString(), origin, depth), obj);
}

// Typed, validated reads of one JSON object; every failure names file, rule and field.
class Reader
{
public:
    Reader(QString file, QString rule, QJsonObject obj)
        : m_file(std::move(file)), m_rule(std::move(rule)), m_obj(std::move(obj))
    {}

    QString string(const char16_t *key, bool required, const QString &fallback = {}) const
    {
        const QJsonValue v = m_obj.value(QStringView(key));
        if (v.isUndefined()) {
            if (required)
                fail(m_file, m_rule, QString::fromUtf16(key), QStringLiteral("missing"));
            return fallback;
        }
        if (!v.isString())
            bad(key, RuleSetLoaderText::tr("expected a string"));
        return v.toString();
    }
    bool boolean(const char16_t *key, bool fallback) const
    {
        const QJsonValue v = m_obj.value(QStringView(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isBool())
            bad(key, RuleSetLoaderText::tr("expected true or false"));
        return v.toBool();
    }
    int integer(const char16_t *key, int fallback, int min, int max) const
    {
        const QJsonValue v = m_obj.value(QStringView(key));
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(-1e18);
        // The range first: converting a double outside int's range to int is undefined behaviour.
        if (!v.isDouble() || d < min || d > max || d != std::floor(d))
            bad(key, RuleSetLoaderText::tr("expected a whole number from %1 to %2").arg(min).arg(max));
        return int(d);
    }
    ResponseKind kind(const char16_t *key, bool required, ResponseKind fallback = ResponseKind::Police) const
    {
        const QString s = string(key, required);
        if (s.isEmpty() && !required)
            return fallback;
        const auto k = responseKindFromString(s);
        if (!k || s.contains(u'-'))
            bad(key, RuleSetLoaderText::tr("expected one of unarmed, co_responder, police, got '%1'").arg(s));
        return *k;
    }
    QStringList strings(const char16_t *key) const
    {
        const QJsonValue v = m_obj.value(QStringView(key));
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            bad(key, RuleSetLoaderText::tr("expected an array of strings"));
        QStringList out;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString() || a.at(i).toString().trimmed().isEmpty())
                bad(key, RuleSetLoaderText::tr("entry %1 must be a non-empty string").arg(i + 1));
            out.append(a.at(i).toString());
        }
        return out;
    }
    // Phrases must keep at least one letter or digit once folded ("--" would match nothing).
    QStringList phrases(const char16_t *key) const
    {
        const QStringList list = strings(key);
        for (const QString &p : list) {
            QString folded = textnorm::canonicalPhrase(p);
            folded.remove(u'|').remove(u' ');
            if (folded.isEmpty())
                bad(key, RuleSetLoaderText::tr("'%1' has no letter or digit to match").arg(p));
            checkGaps(key, p);
        }
        return list;
    }
    // Each lone '*' multiplies the phrase's variants by five (see PhraseMatcher::kMaxGaps).
    void checkGaps(const char16_t *key, const QString &phrase) const
    {
        if (PhraseMatcher::gapCount(phrase) > PhraseMatcher::kMaxGaps)
            bad(key, RuleSetLoaderText::tr("'%1' has more than %2 lone '*'")
                         .arg(phrase)
                         .arg(PhraseMatcher::kMaxGaps));
    }
    QStringList codes(const char16_t *key) const
    {
        const QStringList list = strings(key);
        QString folded;
        for (const QString &c : list) {
            textnorm::foldCode(c, folded);
            if (folded.isEmpty())
                bad(key, RuleSetLoaderText::tr("'%1' has no letter or digit to match").arg(c));
        }
        return list;
    }
    QJsonObject object(const char16_t *key) const
    {
        const QJsonValue v = m_obj.value(QStringView(key));
        if (v.isUndefined())
            return {};
        if (!v.isObject())
            bad(key, RuleSetLoaderText::tr("expected an object"));
        return v.toObject();
    }
    void onlyKeys(std::initializer_list<const char16_t *> allowed) const
    {
        for (auto it = m_obj.begin(); it != m_obj.end(); ++it) {
            bool ok = false;
            for (const char16_t *a : allowed)
                ok = ok || it.key() == QStringView(a);
            if (!ok)
                fail(m_file, m_rule, it.key(), RuleSetLoaderText::tr("unknown field (misspelt?)"));
        }
    }
    [[noreturn]] void bad(const char16_t *key, const QString &message) const
    {
        fail(m_file, m_rule, QString::fromUtf16(key), message);
    }
    const QString &file() const { return m_file; }
    const QString &rule() const { return m_rule; }

private:
    QString m_file;
    QString m_rule;
    QJsonObject m_obj;
};

QList<CategoryRule::Recategorise> screenMap(const Reader &r, const char16_t *key)
{
    QList<CategoryRule::Recategorise> out;
    const QJsonObject o = r.object(key);
    for (auto it = o.begin(); it != o.end(); ++it) {
        const auto screen = screenFromName(it.key());
        if (!screen)
            r.bad(key, RuleSetLoaderText::tr("'%1' is not a screening question").arg(it.key()));
        if (!it->isString())
            r.bad(key, RuleSetLoaderText::tr("'%1' must name a category").arg(it.key()));
        out.append({*screen, it->toString()});
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.screen < b.screen; });
    return out;
}

CategoryRule readCategory(const QString &file, const QJsonValue &v, int index)
{
    if (!v.isObject())
        fail(file, QStringLiteral("categories[%1]").arg(index + 1), {},
             RuleSetLoaderText::tr("expected an object"));
    const QJsonObject o = v.toObject();
    const QString id = o.value(u"id").toString();
    Reader r(file, id.isEmpty() ? QStringLiteral("categories[%1]").arg(index + 1) : id, o);
    r.onlyKeys({u"id", u"label", u"kind", u"ems", u"team", u"behavioural", u"precedence", u"codes",
                u"phrases", u"ifYes", u"ifNo", u"generic", u"clearedBy", u"activity", u"typePhrases"});
    CategoryRule c;
    c.id = r.string(u"id", true);
    c.label = r.string(u"label", true);
    c.kind = r.kind(u"kind", true);
    c.ems = r.boolean(u"ems", false);
    c.team = r.boolean(u"team", false);
    c.behavioural = r.boolean(u"behavioural", false);
    c.precedence = r.integer(u"precedence", 0, -1000, 1000);
    c.codes = r.codes(u"codes");
    c.phrases = r.phrases(u"phrases");
    c.ifYes = screenMap(r, u"ifYes");
    c.ifNo = screenMap(r, u"ifNo");
    c.generic = r.boolean(u"generic", false);
    c.clearedBy = r.phrases(u"clearedBy");
    c.typePhrases = r.phrases(u"typePhrases");
    c.activity = r.boolean(u"activity", false);
    return c;
}

DisqualifierRule readDisqualifier(const QString &file, const QJsonValue &v, int index)
{
    if (!v.isObject())
        fail(file, QStringLiteral("disqualifiers[%1]").arg(index + 1), {},
             RuleSetLoaderText::tr("expected an object"));
    const QJsonObject o = v.toObject();
    const QString id = o.value(u"id").toString();
    Reader r(file, id.isEmpty() ? QStringLiteral("disqualifiers[%1]").arg(index + 1) : id, o);
    r.onlyKeys({u"id", u"label", u"screen", u"kind", u"ems", u"terms", u"absent", u"except", u"context",
                u"contextCategories", u"escalate", u"escalateKind", u"absorbs", u"uncertain", u"uncertainTo",
                u"misspelt", u"others"});
    DisqualifierRule d;
    d.id = r.string(u"id", true);
    d.label = r.string(u"label", true);
    d.uncertain = r.boolean(u"uncertain", false);
    if (d.uncertain && o.contains(u"screen"))
        r.bad(u"screen", RuleSetLoaderText::tr("an uncertain rule has no screening question of its own"));
    d.hasScreen = !d.uncertain && o.contains(u"screen");
    if (d.hasScreen) {
        const QString screen = r.string(u"screen", true);
        const auto s = screenFromName(screen);
        if (!s)
            r.bad(u"screen", RuleSetLoaderText::tr(
                                 "'%1' is not a screening question (weapon, violence, injury, self_harm, "
                                 "domestic, crime_in_progress)")
                                 .arg(screen));
        d.screen = *s;
    }
    d.uncertainTo = r.string(u"uncertainTo", false);
    d.misspelt = r.boolean(u"misspelt", false);
    if (d.misspelt && d.uncertainTo.isEmpty())
        r.bad(u"misspelt",
              RuleSetLoaderText::tr("a misspelt term makes the risk unknown: name the rule in uncertainTo"));
    d.others = r.phrases(u"others");
    d.kind = r.kind(u"kind", true);
    d.ems = r.boolean(u"ems", false);
    d.terms = r.phrases(u"terms");
    if (d.terms.isEmpty())
        r.bad(u"terms", RuleSetLoaderText::tr("at least one term is needed"));
    d.absent = r.phrases(u"absent");
    d.except = r.phrases(u"except");
    d.context = r.phrases(u"context");
    d.contextCategories = r.strings(u"contextCategories");
    d.escalate = r.phrases(u"escalate");
    d.escalateKind = r.kind(u"escalateKind", false, ResponseKind::Police);
    d.absorbs = r.string(u"absorbs", false);
    return d;
}

std::optional<QTime> parseClock(QStringView s)
{
    if (s == u"24:00")
        return QTime(0, 0);
    const QTime t = QTime::fromString(s.toString(), u"HH:mm");
    return t.isValid() ? std::optional(t) : std::nullopt;
}

ServiceRules readService(const QString &file, const QJsonObject &service)
{
    ServiceRules out;
    Reader top(file, QStringLiteral("service"), service);
    top.onlyKeys({u"unarmed"});
    Reader r(file, QStringLiteral("service.unarmed"), top.object(u"unarmed"));
    r.onlyKeys({u"hours", u"beats", u"fallback"});
    for (const QString &h : r.strings(u"hours")) {
        const auto parts = QStringView(h).split(u'-');
        const auto from = parts.size() == 2 ? parseClock(parts[0].trimmed()) : std::nullopt;
        const auto to = parts.size() == 2 ? parseClock(parts[1].trimmed()) : std::nullopt;
        if (!from || !to || (*from == *to && parts[1].trimmed() != u"24:00"))
            r.bad(
                u"hours",
                RuleSetLoaderText::tr("'%1' is not a window like \"06:00-24:00\" or \"22:00-02:00\"").arg(h));
        ServiceWindow w;
        w.from = *from;
        w.to = *to;
        w.allDay = *from == QTime(0, 0) && parts[1].trimmed() == u"24:00";
        out.hours.append(w);
    }
    for (const QString &b : r.strings(u"beats"))
        out.beats.append(b.trimmed());
    out.fallback = r.kind(u"fallback", false, ResponseKind::CoResponder);
    if (out.fallback == ResponseKind::Unarmed)
        r.bad(u"fallback",
              RuleSetLoaderText::tr("the fallback when the unarmed team cannot go must not be unarmed"));
    return out;
}

void validateReferences(const QString &file, const RuleSet &rs)
{
    QSet<QString> ids;
    for (const CategoryRule &c : rs.categories) {
        if (ids.contains(c.id))
            fail(file, c.id, QStringLiteral("id"), RuleSetLoaderText::tr("category defined twice"));
        ids.insert(c.id);
        for (const auto *map : {&c.ifYes, &c.ifNo})
            for (const auto &re : *map)
                if (!rs.category(re.category))
                    fail(file, c.id, map == &c.ifYes ? QStringLiteral("ifYes") : QStringLiteral("ifNo"),
                         RuleSetLoaderText::tr("no category '%1'").arg(re.category));
    }
    QSet<QString> dids;
    for (const DisqualifierRule &d : rs.disqualifiers) {
        if (dids.contains(d.id))
            fail(file, d.id, QStringLiteral("id"), RuleSetLoaderText::tr("disqualifier defined twice"));
        dids.insert(d.id);
        for (const QString &c : d.contextCategories)
            if (!rs.category(c))
                fail(file, d.id, QStringLiteral("contextCategories"),
                     RuleSetLoaderText::tr("no category '%1'").arg(c));
        if (!d.absorbs.isEmpty() && rs.disqualifierIndex(d.absorbs) < 0)
            fail(file, d.id, QStringLiteral("absorbs"),
                 RuleSetLoaderText::tr("no disqualifier '%1'").arg(d.absorbs));
        if (!d.uncertainTo.isEmpty()) {
            const int to = rs.disqualifierIndex(d.uncertainTo);
            if (to < 0 || !rs.disqualifiers[to].uncertain)
                fail(file, d.id, QStringLiteral("uncertainTo"),
                     RuleSetLoaderText::tr("no uncertain disqualifier '%1'").arg(d.uncertainTo));
        }
    }
}

std::shared_ptr<const RuleSet> build(const QJsonObject &obj, const QString &file)
{
    Reader top(file, {}, obj);
    top.onlyKeys({u"format", u"name", u"description", u"categories", u"disqualifiers", u"negation",
                  u"service", u"doubt", u"codes", u"phrases", u"$comment"});
    if (!obj.value(u"format").isDouble() || obj.value(u"format").toDouble() != kFormat)
        top.bad(u"format", RuleSetLoaderText::tr("expected 1 (the rule-set format this program reads)"));

    auto rs = std::make_shared<RuleSet>();
    rs->name = top.string(u"name", true);
    rs->description = top.string(u"description", false);
    rs->source = file;

    const QJsonValue cats = obj.value(u"categories");
    if (!cats.isArray() || cats.toArray().isEmpty())
        top.bad(u"categories", RuleSetLoaderText::tr("expected a non-empty array of categories"));
    const QJsonArray ca = cats.toArray();
    for (qsizetype i = 0; i < ca.size(); ++i)
        rs->categories.append(readCategory(file, ca.at(i), int(i)));
    const QJsonValue dq = obj.value(u"disqualifiers");
    if (!dq.isUndefined() && !dq.isArray())
        top.bad(u"disqualifiers", RuleSetLoaderText::tr("expected an array"));
    const QJsonArray da = dq.toArray();
    for (qsizetype i = 0; i < da.size(); ++i)
        rs->disqualifiers.append(readDisqualifier(file, da.at(i), int(i)));
    rs->compile(); // category lookup for the checks below; compiled again once the extra codes are in
    validateReferences(file, *rs);

    // A city's own codes and wordings: {"codes": {"WELCK": "welfare_check"}, "phrases": {"well ck":
    // "welfare_check"}}
    for (const char16_t *key : {u"codes", u"phrases"}) {
        const QJsonObject extra = top.object(key);
        for (auto it = extra.begin(); it != extra.end(); ++it) {
            const QString cat = it->toString();
            const int idx = rs->categoryIndex(cat);
            if (idx < 0)
                fail(file, QString::fromUtf16(key), it.key(),
                     RuleSetLoaderText::tr("no category '%1'").arg(cat));
            if (QStringView(key) == u"codes") {
                // A city's code means what the city says, whatever category the base set gave it.
                QString folded;
                QString other;
                textnorm::foldCode(it.key(), folded);
                if (folded.isEmpty())
                    fail(file, QString::fromUtf16(key), it.key(),
                         RuleSetLoaderText::tr("the code has no letter or digit"));
                for (CategoryRule &c : rs->categories)
                    c.codes.removeIf([&](const QString &code) {
                        textnorm::foldCode(code, other);
                        return other == folded;
                    });
                rs->categories[idx].codes.append(it.key());
            } else {
                QString folded = textnorm::canonicalPhrase(it.key());
                if (folded.remove(u'|').remove(u' ').isEmpty())
                    fail(file, QString::fromUtf16(key), it.key(),
                         RuleSetLoaderText::tr("the phrase has no letter or digit"));
                if (PhraseMatcher::gapCount(it.key()) > PhraseMatcher::kMaxGaps)
                    fail(file, QString::fromUtf16(key), it.key(),
                         RuleSetLoaderText::tr("the phrase has more than %1 lone '*'")
                             .arg(PhraseMatcher::kMaxGaps));
                rs->categories[idx].phrases.append(it.key());
            }
        }
    }

    Reader neg(file, QStringLiteral("negation"), top.object(u"negation"));
    neg.onlyKeys({u"before", u"after", u"pseudo", u"breaks", u"uncertain", u"history", u"window",
                  u"afterWindow", u"historyWindow"});
    rs->negation.before = neg.phrases(u"before");
    rs->negation.after = neg.phrases(u"after");
    rs->negation.pseudo = neg.phrases(u"pseudo");
    rs->negation.breaks = neg.phrases(u"breaks");
    rs->negation.window = neg.integer(u"window", 3, 0, 10);
    rs->negation.afterWindow = neg.integer(u"afterWindow", 1, 0, 5);
    rs->negation.uncertain = neg.phrases(u"uncertain");
    rs->negation.history = neg.phrases(u"history");
    rs->negation.historyWindow = neg.integer(u"historyWindow", 6, 0, 20);

    rs->service = readService(file, top.object(u"service"));

    Reader doubt(file, QStringLiteral("doubt"), top.object(u"doubt"));
    doubt.onlyKeys({u"unknownKind", u"behaviouralKind", u"minNarrativeWords"});
    rs->doubt.unknownKind = doubt.kind(u"unknownKind", false, ResponseKind::CoResponder);
    rs->doubt.behaviouralKind = doubt.kind(u"behaviouralKind", false, ResponseKind::CoResponder);
    rs->doubt.minNarrativeWords = doubt.integer(u"minNarrativeWords", 5, 0, 100);

    rs->compile();
    const QByteArray canonical = QJsonDocument(obj).toJson(QJsonDocument::Compact);
    rs->version =
        QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex().left(12));
    return rs;
}

RuleSetResult guarded(const std::function<std::shared_ptr<const RuleSet>()> &work)
{
    try {
        return work();
    } catch (const LoadFailure &f) {
        return Failure{f.error.toString()};
    }
}

} // namespace

RuleSetResult RuleSetLoader::loadData(const QByteArray &json, const QString &origin)
{
    return guarded([&] { return build(resolve(parseObject(json, origin), origin, 0), origin); });
}

RuleSetResult RuleSetLoader::loadFile(const QString &path)
{
    return guarded([&] {
        const QByteArray data = readAll(path, path);
        return build(resolve(parseObject(data, path), path, 0), path);
    });
}

RuleSetResult RuleSetLoader::loadBuiltIn(const QString &name)
{
    return loadFile(QStringLiteral(":/rules/%1.json").arg(name));
}

} // namespace rr
