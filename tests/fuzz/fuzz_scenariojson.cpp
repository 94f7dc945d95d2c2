// Fuzz target: a training scenario file (`scenario import FILE`, ScenarioJson::fromJson), which travels
// between centres, with the call records of the intake inside it.
//
// Checks besides "no crash": a refusal has a message; an accepted scenario is valid, and toJson() writes it
// in a form that fromJson() reads back to an equal scenario.

#include "fuzztarget.h"

#include "training/scenariojson.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const rr::Result<rr::Scenario> read = rr::ScenarioJson::fromJson(rr::fuzz::bytes(data, size));
    if (!read) {
        FUZZ_CHECK(!read.error().isEmpty(), QStringLiteral("a refusal without a message"));
        return 0;
    }
    const rr::Result<void> valid = rr::ScenarioJson::validate(*read);
    FUZZ_CHECK(valid.ok(), valid.error());
    const QByteArray written = rr::ScenarioJson::toJson(*read);
    const rr::Result<rr::Scenario> again = rr::ScenarioJson::fromJson(written);
    FUZZ_CHECK(again.ok(), again.error() + QStringLiteral(": ") + QString::fromUtf8(written));
    FUZZ_CHECK(*again == *read, QStringLiteral("read back differently: ") + QString::fromUtf8(written));
    return 0;
}
