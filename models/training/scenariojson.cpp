#include "scenariojson.h"

#include <QCoreApplication>

#include "io/calljson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <cmath>

namespace rr {

namespace {
// The catalogues' context of this file's texts (free functions have no tr() of their own).
struct ScenarioJsonText
{
    Q_DECLARE_TR_FUNCTIONS(rr::ScenarioJson)
};
} // namespace

namespace {

constexpr double kMaxOffsetMs = 7.0 * 24 * 3600 * 1000; // a week: longer is a mistake, not a scenario

QJsonObject keyToJson(const AnswerKey &key)
{
    QJsonArray alternatives;
    for (ResponseKind k : key.alternatives)
        alternatives.append(toString(k));
    return {{QStringLiteral("reference"), toString(key.reference)},
            {QStringLiteral("alternatives"), alternatives},
            {QStringLiteral("expect_override"), key.expectOverride},
            {QStringLiteral("expected_reason"), key.expectedReason},
            {QStringLiteral("source"), key.source}};
}

Result<ResponseKind> kindFrom(const QJsonValue &value, const QString &what)
{
    const std::optional<ResponseKind> kind =
        value.isString() ? responseKindFromString(value.toString()) : std::optional<ResponseKind>();
    if (!kind)
        return Failure{
            ScenarioJsonText::tr("%1 must be \"unarmed\", \"co_responder\" or \"police\"").arg(what)};
    return *kind;
}

Result<QString> optionalText(const QJsonObject &o, const QString &key, const QString &what)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString())
        return Failure{ScenarioJsonText::tr("%1 must be a string").arg(what)};
    return v.toString();
}

Result<AnswerKey> keyFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Failure{ScenarioJsonText::tr("\"key\" must be an object with a \"reference\"")};
    const QJsonObject o = value.toObject();
    AnswerKey key;
    const Result<ResponseKind> reference =
        kindFrom(o.value(QStringLiteral("reference")), QStringLiteral("key.reference"));
    if (!reference)
        return reference.failure();
    key.reference = *reference;
    const QJsonValue alternatives = o.value(QStringLiteral("alternatives"));
    if (!alternatives.isUndefined() && !alternatives.isNull() && !alternatives.isArray())
        return Failure{ScenarioJsonText::tr("key.alternatives must be a list of kinds")};
    for (const QJsonValue &a : alternatives.toArray()) {
        const Result<ResponseKind> kind = kindFrom(a, ScenarioJsonText::tr("each of key.alternatives"));
        if (!kind)
            return kind.failure();
        if (!key.alternatives.contains(*kind))
            key.alternatives.append(*kind);
    }
    const QJsonValue expect = o.value(QStringLiteral("expect_override"));
    if (!expect.isUndefined() && !expect.isNull() && !expect.isBool())
        return Failure{ScenarioJsonText::tr("key.expect_override must be true or false")};
    key.expectOverride = expect.toBool(false);
    const Result<QString> reason =
        optionalText(o, QStringLiteral("expected_reason"), QStringLiteral("key.expected_reason"));
    if (!reason)
        return reason.failure();
    key.expectedReason = reason->trimmed();
    const Result<QString> source = optionalText(o, QStringLiteral("source"), QStringLiteral("key.source"));
    if (!source)
        return source.failure();
    key.source = source->trimmed();
    return key;
}

Result<ScenarioCall> callFrom(const QJsonValue &value)
{
    if (!value.isObject())
        return Failure{ScenarioJsonText::tr("must be an object with \"offset_ms\", \"call\" and \"key\"")};
    const QJsonObject o = value.toObject();
    ScenarioCall sc;
    const QJsonValue offset = o.value(QStringLiteral("offset_ms"));
    const double ms = offset.toDouble(-1);
    if (!offset.isDouble() || ms < 0 || ms != std::floor(ms) || ms > kMaxOffsetMs)
        return Failure{
            ScenarioJsonText::tr("offset_ms must be a whole number of milliseconds from 0 to a week")};
    sc.offsetMs = qint64(ms);
    const QJsonValue call = o.value(QStringLiteral("call"));
    if (!call.isObject())
        return Failure{ScenarioJsonText::tr("\"call\" must be a call record (an object with an \"id\")")};
    std::variant<Call, FieldError> read = callFromJson(call.toObject());
    if (const FieldError *e = std::get_if<FieldError>(&read))
        return Failure{ScenarioJsonText::tr("call: %1").arg(e->message)};
    sc.call = std::get<Call>(std::move(read));
    const Result<AnswerKey> key = keyFromJson(o.value(QStringLiteral("key")));
    if (!key)
        return key.failure();
    sc.key = *key;
    return sc;
}

Result<void> readHeader(const QJsonObject &o, Scenario &s)
{
    const QJsonValue format = o.value(QStringLiteral("format"));
    if (format.isUndefined())
        return Failure{ScenarioJsonText::tr("no \"format\": this is not a RightResponse scenario file")};
    const double f = format.toDouble(-1);
    if (!format.isDouble() || f != std::floor(f) || f < 1)
        return Failure{
            ScenarioJsonText::tr("\"format\" must be a whole number from 1: this is not a RightResponse "
                                 "scenario file")};
    if (f > Scenario::kFormatVersion)
        return Failure{
            ScenarioJsonText::tr("the scenario is in format %1, newer than this program reads (format %2): "
                                 "update RightResponse to import it")
                .arg(f) // as written: a huge number does not fit an integer
                .arg(Scenario::kFormatVersion)};
    const Result<QString> name = optionalText(o, QStringLiteral("name"), QStringLiteral("\"name\""));
    if (!name)
        return name.failure();
    s.name = name->trimmed();
    const QJsonValue version = o.value(QStringLiteral("version"));
    const double v = version.toDouble(-1);
    if (!version.isUndefined() && (!version.isDouble() || v != std::floor(v) || v < 1 || v > 1e9))
        return Failure{ScenarioJsonText::tr("\"version\" must be a whole number from 1")};
    s.version = version.isUndefined() ? 1 : int(v);
    for (auto [key, target] : {std::pair{QStringLiteral("description"), &s.description},
                               std::pair{QStringLiteral("source"), &s.source},
                               std::pair{QStringLiteral("rules_version"), &s.rulesVersion}}) {
        const Result<QString> text = optionalText(o, key, u'"' + key + u'"');
        if (!text)
            return text.failure();
        *target = *text;
    }
    const QJsonValue tags = o.value(QStringLiteral("tags"));
    if (!tags.isUndefined() && !tags.isNull() && !tags.isArray())
        return Failure{ScenarioJsonText::tr("\"tags\" must be a list of strings")};
    for (const QJsonValue &t : tags.toArray()) {
        if (!t.isString() || t.toString().trimmed().isEmpty())
            return Failure{ScenarioJsonText::tr("each of \"tags\" must be a non-empty string")};
        if (!s.tags.contains(t.toString().trimmed()))
            s.tags << t.toString().trimmed();
    }
    return {};
}

} // namespace

QString ScenarioJson::nameProblem(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    if (valid.match(name).hasMatch())
        return {};
    return ScenarioJsonText::tr(
               "a scenario name is 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or "
               "a digit: '%1' is not")
        .arg(name);
}

Result<void> ScenarioJson::validate(const Scenario &s)
{
    if (const QString problem = nameProblem(s.name); !problem.isEmpty())
        return Failure{problem};
    if (s.version < 1)
        return Failure{ScenarioJsonText::tr("the version of a scenario is 1 or more")};
    if (s.calls.isEmpty())
        return Failure{ScenarioJsonText::tr("a scenario needs at least one call")};
    QSet<QString> ids;
    qint64 previous = 0;
    for (qsizetype i = 0; i < s.calls.size(); ++i) {
        const ScenarioCall &c = s.calls.at(i);
        const QString where = ScenarioJsonText::tr("call %1").arg(i + 1);
        if (c.call.id.trimmed().isEmpty())
            return Failure{where + ScenarioJsonText::tr(": the call has no id")};
        if (ids.contains(c.call.id))
            return Failure{where + ScenarioJsonText::tr(": the id %1 is used twice").arg(c.call.id)};
        ids.insert(c.call.id);
        if (c.offsetMs < previous)
            return Failure{where + ScenarioJsonText::tr(
                                       " (%1): its offset %2 ms comes before the previous call's %3 ms; "
                                       "calls are in the order they arrive")
                                       .arg(c.call.id)
                                       .arg(c.offsetMs)
                                       .arg(previous)};
        previous = c.offsetMs;
        if (c.key.alternatives.contains(c.key.reference))
            return Failure{
                where +
                ScenarioJsonText::tr(" (%1): the key's alternatives repeat its reference").arg(c.call.id)};
    }
    return {};
}

QByteArray ScenarioJson::toJson(const Scenario &s)
{
    QJsonArray calls;
    for (const ScenarioCall &c : s.calls)
        calls.append(QJsonObject{{QStringLiteral("offset_ms"), double(c.offsetMs)},
                                 {QStringLiteral("call"), callToJson(c.call)},
                                 {QStringLiteral("key"), keyToJson(c.key)}});
    QJsonArray tags;
    for (const QString &t : s.tags)
        tags.append(t);
    const QJsonObject o{{QStringLiteral("format"), Scenario::kFormatVersion},
                        {QStringLiteral("name"), s.name},
                        {QStringLiteral("version"), s.version},
                        {QStringLiteral("description"), s.description},
                        {QStringLiteral("tags"), tags},
                        {QStringLiteral("source"), s.source},
                        {QStringLiteral("rules_version"), s.rulesVersion},
                        {QStringLiteral("calls"), calls}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<Scenario> ScenarioJson::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Failure{ScenarioJsonText::tr("not a JSON document: %1 at byte %2")
                           .arg(error.errorString())
                           .arg(error.offset)};
    if (!document.isObject())
        return Failure{ScenarioJsonText::tr("a scenario file is one JSON object")};
    const QJsonObject o = document.object();
    Scenario s;
    if (Result<void> header = readHeader(o, s); !header)
        return header.failure();
    const QJsonValue calls = o.value(QStringLiteral("calls"));
    if (!calls.isArray())
        return Failure{ScenarioJsonText::tr("\"calls\" must be a list of calls")};
    const QJsonArray list = calls.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        Result<ScenarioCall> call = callFrom(list.at(i));
        if (!call)
            return Failure{ScenarioJsonText::tr("call %1: %2").arg(i + 1).arg(call.error())};
        s.calls.append(std::move(call).value());
    }
    if (Result<void> valid = validate(s); !valid)
        return valid.failure();
    return s;
}

Result<Scenario> ScenarioJson::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{ScenarioJsonText::tr("cannot read %1: %2").arg(path, file.errorString())};
    return fromJson(file.readAll()).prefixed(path + QStringLiteral(": "));
}

Result<void> ScenarioJson::writeFile(const QString &path, const Scenario &scenario)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(scenario)) < 0 || !file.commit())
        return Failure{ScenarioJsonText::tr("cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace rr
