// Fuzz target: the payload of a change notification (ChangeFeed::parsePayload). The tables' triggers write
// it, but any login that can connect may NOTIFY the channel with text of its own, and every console parses
// what arrives.
//
// Checks besides "no crash": a refusal says why; an accepted change has a schema, a table, an id, one of the
// operations I, U, D and B, and a version of -1 or from 0 to 2^53.

#include "fuzztarget.h"

#include "store/changefeed.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QString error;
    const std::optional<rr::Change> change =
        rr::ChangeFeed::parsePayload(rr::fuzz::bytes(data, size), &error);
    if (!change) {
        FUZZ_CHECK(!error.isEmpty(), QStringLiteral("a refusal without a reason"));
        return 0;
    }
    FUZZ_CHECK(!change->schema.isEmpty() && !change->table.isEmpty() && !change->id.isEmpty(), change->key());
    FUZZ_CHECK(QStringView(u"IUDB").contains(change->op), change->key());
    FUZZ_CHECK(change->version >= -1 && change->version <= (qint64(1) << 53),
               QStringLiteral("version %1").arg(change->version));
    return 0;
}
