// Fuzz target: the de-identifier (Deidentifier), which takes the people out of historical calls' free text
// and addresses before they become training scenarios, with the built-in rule set's words protected.
//
// Checks besides "no crash": de-identifying is idempotent (a second pass changes nothing more), as its
// documentation promises, for free text, addresses and whole calls.

#include "calltext.h"

#include "domain/rulesetloader.h"
#include "training/deidentifier.h"

namespace {

// Built once, before the first input: compiling the built-in rule set takes longer than one input may.
const rr::Deidentifier *deidentifier = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    deidentifier = new rr::Deidentifier(*rr::RuleSetLoader::loadBuiltIn());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const rr::Call call = rr::fuzz::callFromInput(data, size);

    const QString text = deidentifier->text(call.narrative);
    const QString text2 = deidentifier->text(text);
    FUZZ_CHECK(text2 == text, QStringLiteral("\"%1\" -> \"%2\" -> \"%3\"").arg(call.narrative, text, text2));
    const QString address = deidentifier->address(call.address);
    const QString address2 = deidentifier->address(address);
    FUZZ_CHECK(address2 == address,
               QStringLiteral("\"%1\" -> \"%2\" -> \"%3\"").arg(call.address, address, address2));
    const rr::Call once = deidentifier->call(call);
    FUZZ_CHECK(deidentifier->call(once) == once, QStringLiteral("a call changes on a second pass"));
    return 0;
}
