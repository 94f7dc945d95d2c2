// Fuzz target: the intake's own reading of HTTP/1.1 request framing (RequestFramer), which refuses a request
// by its headers before Qt HttpServer reads its body: Content-Length, Transfer-Encoding, header size.
//
// Input: the first byte chooses how the rest is cut into reads; the rest is what a client sends.
// Checks besides "no crash": the verdict does not depend on how the bytes are cut into reads; a refusal is
// one of 400, 411, 413 and 431, with a message.

#include "fuzztarget.h"

#include "feed/intakeconnections.h"

namespace {

constexpr qint64 kMaxHeader = 512;
constexpr qint64 kMaxBody = 256;

// The first refusal, or 0, feeding `bytes` in reads of the given sizes (cycled).
rr::RequestFramer::Verdict frame(QByteArrayView bytes, const QList<qsizetype> &cuts)
{
    rr::RequestFramer framer(kMaxHeader, kMaxBody);
    qsizetype next = 0;
    while (!bytes.isEmpty()) {
        const qsizetype n = std::min(bytes.size(), std::max<qsizetype>(cuts.at(next++ % cuts.size()), 1));
        rr::RequestFramer::Verdict v = framer.feed(bytes.first(n));
        if (v.status != 0)
            return v;
        bytes = bytes.sliced(n);
    }
    return {};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t seed = data[0];
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const rr::RequestFramer::Verdict whole = frame(bytes, {bytes.size()});
    if (whole.status != 0) {
        FUZZ_CHECK(whole.status == 400 || whole.status == 411 || whole.status == 413 || whole.status == 431,
                   QStringLiteral("status %1").arg(whole.status));
        FUZZ_CHECK(!whole.message.isEmpty(), QStringLiteral("a refusal without a message"));
    }
    const QList<QList<qsizetype>> cuttings{{1}, {seed % 7 + 1, seed % 3 + 1, seed + 1}, {seed + 1}};
    for (const QList<qsizetype> &cuts : cuttings) {
        const rr::RequestFramer::Verdict v = frame(bytes, cuts);
        FUZZ_CHECK(
            v.status == whole.status && v.field == whole.field,
            QStringLiteral("%1 in reads of %2, %3 in one").arg(v.status).arg(cuts.first()).arg(whole.status));
    }
    return 0;
}
