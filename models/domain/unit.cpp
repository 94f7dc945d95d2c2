#include "unit.h"

#include <QCoreApplication>

#include <array>

namespace rr {

namespace {
constexpr std::array<const char16_t *, UnitStatusCount> kNames = {
    u"available", u"dispatched", u"en_route", u"on_scene", u"out_of_service", u"off_shift"};
constexpr std::array<const char16_t *, UnitStatusCount> kWords = {
    u"available", u"dispatched", u"en route", u"on scene", u"out of service", u"off shift"};
// What the console shows: the same words, translated.
constexpr std::array<const char *, UnitStatusCount> kShown = {
    QT_TRANSLATE_NOOP("rr::UnitStatus", "available"),      QT_TRANSLATE_NOOP("rr::UnitStatus", "dispatched"),
    QT_TRANSLATE_NOOP("rr::UnitStatus", "en route"),       QT_TRANSLATE_NOOP("rr::UnitStatus", "on scene"),
    QT_TRANSLATE_NOOP("rr::UnitStatus", "out of service"), QT_TRANSLATE_NOOP("rr::UnitStatus", "off shift")};
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
    return QCoreApplication::translate("rr::UnitStatus", kShown[std::size_t(status)]);
}

} // namespace rr
