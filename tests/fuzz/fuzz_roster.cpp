// Fuzz target: a roster file of units ({"units": [...]}, rosterFromJson), which the console loads into an
// empty database.
//
// Checks besides "no crash": every unit read has an id and a kind's name.

#include "fuzztarget.h"

#include "store/unitstore.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QString error;
    const QList<rr::Unit> units = rr::rosterFromJson(rr::fuzz::bytes(data, size), &error);
    for (const rr::Unit &u : units) {
        FUZZ_CHECK(!u.id.isEmpty(), QStringLiteral("a unit without an id"));
        FUZZ_CHECK(!rr::toString(u.kind).isEmpty(), u.id);
    }
    return 0;
}
