#include "unit.h"

#include <array>

namespace rr {

namespace {
constexpr std::array<const char16_t *, UnitStatusCount> kNames = {
    u"available", u"dispatched", u"en_route", u"on_scene", u"out_of_service", u"off_shift"};
constexpr std::array<const char16_t *, UnitStatusCount> kWords = {
    u"available", u"dispatched", u"en route", u"on scene", u"out of service", u"off shift"};
} // namespace

QString toString(UnitStatus status)
{
    return QString::fromUtf16(kNames[std::size_t(status)]);
}

std::optional<UnitStatus> unitStatusFromString(QStringView text)
{
    const QStringView t = text.trimmed();
    for (int i = 0; i < UnitStatusCount; ++i)
        if (t.compare(QStringView(kNames[std::size_t(i)]), Qt::CaseInsensitive) == 0 ||
            t.compare(QStringView(kWords[std::size_t(i)]), Qt::CaseInsensitive) == 0)
            return UnitStatus(i);
    return std::nullopt;
}

QString displayName(UnitStatus status)
{
    return QString::fromUtf16(kWords[std::size_t(status)]);
}

} // namespace rr
