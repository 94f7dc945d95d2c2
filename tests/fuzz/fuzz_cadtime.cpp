// Fuzz target: the CAD time parser (parseCadDateTime), which reads received_at in CSV exports and in the
// intake's JSON.
//
// Checks besides "no crash": a parsed time is valid, and formatCadDateTime writes it in a form that
// parseCadDateTime reads back to the same moment with the same kind of zone. Runs in a zone with daylight
// saving time (America/New_York), so that the skipped and repeated local hours are exercised.

#include "fuzztarget.h"

#include "io/cadtime.h"

#include <cstdlib>
#include <ctime>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    setenv("TZ", "America/New_York", 1);
    tzset();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<QDateTime> parsed = rr::parseCadDateTime(text);
    if (!parsed)
        return 0;
    FUZZ_CHECK(parsed->isValid(), QStringLiteral("an invalid time was accepted"));

    const QByteArray written = rr::formatCadDateTime(*parsed);
    char buffer[rr::MaxCadDateTimeLength];
    const int length = rr::formatCadDateTime(*parsed, buffer);
    FUZZ_CHECK(length > 0 && length <= rr::MaxCadDateTimeLength, QStringLiteral("length %1").arg(length));
    FUZZ_CHECK(QByteArrayView(buffer, length) == written,
               QString::fromLatin1(written) + QStringLiteral(" and ") +
                   QString::fromLatin1(QByteArray(buffer, length)));

    const std::optional<QDateTime> again = rr::parseCadDateTime(written);
    const QString detail = QString::fromLatin1(text.toByteArray().toPercentEncoding()) +
                           QStringLiteral(" -> ") + QString::fromLatin1(written);
    FUZZ_CHECK(again.has_value(), detail + QStringLiteral(" is not read back"));
    FUZZ_CHECK(*again == *parsed,
               detail + QStringLiteral(" is read back as ") + again->toString(Qt::ISODateWithMs));
    FUZZ_CHECK(again->timeSpec() == parsed->timeSpec() && again->offsetFromUtc() == parsed->offsetFromUtc(),
               detail + QStringLiteral(" changes its zone"));
    return 0;
}
