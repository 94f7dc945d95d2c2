// Fuzz target: the intake's call record, the body of POST /v1/calls (callFromJson).
//
// Checks besides "no crash": a refusal has a status of 400 or 422 and a message; an accepted call has an id
// and is written back by callToJson to a record that callFromJson reads to an equal call.

#include "fuzztarget.h"

#include "io/calljson.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::variant<rr::Call, rr::FieldError> read = rr::callFromJson(rr::fuzz::bytes(data, size));
    if (const auto *error = std::get_if<rr::FieldError>(&read)) {
        FUZZ_CHECK(error->httpStatus == 400 || error->httpStatus == 422,
                   QStringLiteral("status %1").arg(error->httpStatus));
        FUZZ_CHECK(!error->message.isEmpty(), QStringLiteral("a refusal without a message"));
        return 0;
    }
    const rr::Call &call = std::get<rr::Call>(read);
    FUZZ_CHECK(!call.id.isEmpty(), QStringLiteral("a call without an id was accepted"));

    const QJsonObject written = rr::callToJson(call);
    const std::variant<rr::Call, rr::FieldError> again = rr::callFromJson(written);
    const QString text = QString::fromUtf8(QJsonDocument(written).toJson(QJsonDocument::Compact));
    FUZZ_CHECK(std::holds_alternative<rr::Call>(again),
               text + QStringLiteral(" refused: ") + std::get<rr::FieldError>(again).message);
    FUZZ_CHECK(std::get<rr::Call>(again) == call, QStringLiteral("read back differently: ") + text);
    // And through the bytes a sender would post.
    const std::variant<rr::Call, rr::FieldError> posted =
        rr::callFromJson(QJsonDocument(written).toJson(QJsonDocument::Compact));
    FUZZ_CHECK(std::holds_alternative<rr::Call>(posted) && std::get<rr::Call>(posted) == call,
               QStringLiteral("posted back differently: ") + text);
    return 0;
}
