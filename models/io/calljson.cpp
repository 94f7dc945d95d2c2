#include "calljson.h"

#include "cadtime.h"
#include "columnmapping.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace rr {

namespace {

constexpr int kMalformed = 400;
constexpr int kInvalid = 422;
constexpr double kMaxPriority = 999999.0;

FieldError invalid(InputField field, const QString &message)
{
    return {kInvalid, inputFieldName(field), message};
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

bool isAbsent(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined();
}

// A trimmed string, or "" for null/absent; an error for any other type or a NUL character.
std::optional<FieldError> readText(const QJsonObject &object, InputField field, QString &out)
{
    const QJsonValue value = object.value(inputFieldName(field));
    if (isAbsent(value)) {
        out.clear();
        return std::nullopt;
    }
    if (!value.isString())
        return invalid(
            field, QStringLiteral("%1 must be a string, not %2").arg(inputFieldName(field), typeName(value)));
    out = value.toString().trimmed();
    if (out.contains(QChar(u'\0')))
        return invalid(field,
                       QStringLiteral("%1 must not contain a NUL character").arg(inputFieldName(field)));
    return std::nullopt;
}

std::optional<FieldError> readTime(const QJsonObject &object, QDateTime &out)
{
    out = QDateTime();
    const QJsonValue value = object.value(inputFieldName(InputField::ReceivedAt));
    if (isAbsent(value))
        return std::nullopt;
    if (!value.isString())
        return invalid(InputField::ReceivedAt,
                       QStringLiteral("received_at must be a string, not %1").arg(typeName(value)));
    const QByteArray text = value.toString().toUtf8();
    if (text.trimmed().isEmpty())
        return std::nullopt;
    std::optional<QDateTime> time = parseCadDateTime(text);
    if (!time)
        return invalid(InputField::ReceivedAt,
                       QStringLiteral("received_at \"%1\" is not a date and time such as 2024-05-01T13:45:00")
                           .arg(value.toString()));
    out = std::move(*time);
    return std::nullopt;
}

std::optional<FieldError> readPriority(const QJsonObject &object, std::optional<int> &out)
{
    out.reset();
    const QJsonValue value = object.value(inputFieldName(InputField::Priority));
    if (isAbsent(value))
        return std::nullopt;
    const double d = value.toDouble();
    if (!value.isDouble() || d != std::floor(d) || d < 0 || d > kMaxPriority)
        return invalid(InputField::Priority,
                       QStringLiteral("priority must be a whole number from 0 to 999999, not %1")
                           .arg(value.isDouble() ? QString::number(d) : typeName(value)));
    out = static_cast<int>(d);
    return std::nullopt;
}

std::optional<FieldError> readCoordinate(const QJsonObject &object, InputField field, double limit,
                                         std::optional<double> &out)
{
    out.reset();
    const QString name = inputFieldName(field);
    const QJsonValue value = object.value(name);
    if (isAbsent(value))
        return std::nullopt;
    if (!value.isDouble())
        return invalid(field, QStringLiteral("%1 must be a number, not %2").arg(name, typeName(value)));
    const double d = value.toDouble();
    if (!std::isfinite(d) || d < -limit || d > limit)
        return invalid(field,
                       QStringLiteral("%1 %2 is outside -%3..%3").arg(name, QString::number(d)).arg(limit));
    out = d;
    return std::nullopt;
}

std::optional<FieldError> readAnswer(const QJsonObject &object, InputField field, Answer &out)
{
    out = Answer::Unknown;
    const QString name = inputFieldName(field);
    const QJsonValue value = object.value(name);
    if (isAbsent(value))
        return std::nullopt;
    if (value.isBool()) {
        out = value.toBool() ? Answer::Yes : Answer::No;
        return std::nullopt;
    }
    const std::optional<Answer> answer =
        value.isString() ? answerFromString(value.toString()) : std::optional<Answer>();
    if (!answer)
        return invalid(field,
                       QStringLiteral("%1 must be \"yes\", \"no\", \"unknown\" or null, not %2")
                           .arg(name, value.isString() ? u'"' + value.toString() + u'"' : typeName(value)));
    out = *answer;
    return std::nullopt;
}

std::optional<FieldError> readCall(const QJsonObject &object, Call &call)
{
    const QJsonValue id = object.value(inputFieldName(InputField::Id));
    if (isAbsent(id))
        return invalid(InputField::Id, QStringLiteral("id (the CAD event number) is required"));
    if (auto e = readText(object, InputField::Id, call.id))
        return e;
    if (call.id.isEmpty())
        return invalid(InputField::Id, QStringLiteral("id (the CAD event number) must not be empty"));

    if (auto e = readTime(object, call.receivedAt))
        return e;
    const struct
    {
        InputField field;
        QString &target;
    } texts[] = {{InputField::CallType, call.callType},
                 {InputField::CallCode, call.callCode},
                 {InputField::Narrative, call.narrative},
                 {InputField::Address, call.address},
                 {InputField::Beat, call.beat}};
    for (const auto &t : texts)
        if (auto e = readText(object, t.field, t.target))
            return e;
    if (auto e = readPriority(object, call.priority))
        return e;
    if (auto e = readCoordinate(object, InputField::Lat, 90.0, call.latitude))
        return e;
    if (auto e = readCoordinate(object, InputField::Lon, 180.0, call.longitude))
        return e;
    for (int s = 0; s < ScreenCount; ++s) {
        const auto field = static_cast<InputField>(static_cast<int>(InputField::Weapon) + s);
        if (auto e = readAnswer(object, field, call.screening.answers[std::size_t(s)]))
            return e;
    }
    return std::nullopt;
}

QJsonValue optionalValue(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

std::variant<Call, FieldError> callFromJson(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return FieldError{kMalformed, QString(),
                          QStringLiteral("malformed JSON at byte %1: %2")
                              .arg(parseError.offset)
                              .arg(parseError.errorString())};
    if (!document.isObject())
        return FieldError{kMalformed, QString(),
                          QStringLiteral("the body must be a JSON object (one call record)")};
    return callFromJson(document.object());
}

std::variant<Call, FieldError> callFromJson(const QJsonObject &object)
{
    Call call;
    if (auto e = readCall(object, call))
        return *e;
    return call;
}

QJsonObject callToJson(const Call &call)
{
    QJsonObject o;
    const auto name = [](InputField f) { return inputFieldName(f); };
    o.insert(name(InputField::Id), call.id);
    o.insert(name(InputField::ReceivedAt),
             call.receivedAt.isValid() ? QJsonValue(QString::fromLatin1(formatCadDateTime(call.receivedAt)))
                                       : QJsonValue(QJsonValue::Null));
    o.insert(name(InputField::CallType), call.callType);
    o.insert(name(InputField::CallCode), call.callCode);
    o.insert(name(InputField::Priority),
             call.priority ? QJsonValue(*call.priority) : QJsonValue(QJsonValue::Null));
    o.insert(name(InputField::Narrative), call.narrative);
    o.insert(name(InputField::Address), call.address);
    o.insert(name(InputField::Lat), optionalValue(call.latitude));
    o.insert(name(InputField::Lon), optionalValue(call.longitude));
    o.insert(name(InputField::Beat), call.beat);
    for (int s = 0; s < ScreenCount; ++s)
        o.insert(screenName(static_cast<Screen>(s)), toString(call.screening.answers[std::size_t(s)]));
    return o;
}

} // namespace rr
