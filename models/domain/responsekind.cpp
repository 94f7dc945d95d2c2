#include "responsekind.h"

#include <QCoreApplication>

namespace rr {

QString toString(ResponseKind kind)
{
    switch (kind) {
    case ResponseKind::Unarmed:
        return QStringLiteral("unarmed");
    case ResponseKind::CoResponder:
        return QStringLiteral("co_responder");
    case ResponseKind::Police:
        return QStringLiteral("police");
    }
    return {};
}

std::optional<ResponseKind> responseKindFromString(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.compare(u"unarmed", Qt::CaseInsensitive) == 0)
        return ResponseKind::Unarmed;
    if (t.compare(u"co_responder", Qt::CaseInsensitive) == 0 ||
        t.compare(u"co-responder", Qt::CaseInsensitive) == 0)
        return ResponseKind::CoResponder;
    if (t.compare(u"police", Qt::CaseInsensitive) == 0)
        return ResponseKind::Police;
    return std::nullopt;
}

QString englishName(ResponseKind kind)
{
    switch (kind) {
    case ResponseKind::Unarmed:
        return QStringLiteral("unarmed");
    case ResponseKind::CoResponder:
        return QStringLiteral("co-responder");
    case ResponseKind::Police:
        return QStringLiteral("police");
    }
    return {};
}

QString displayName(ResponseKind kind)
{
    switch (kind) {
    case ResponseKind::Unarmed:
        return QCoreApplication::translate("rr::ResponseKind", "unarmed");
    case ResponseKind::CoResponder:
        return QCoreApplication::translate("rr::ResponseKind", "co-responder");
    case ResponseKind::Police:
        return QCoreApplication::translate("rr::ResponseKind", "police");
    }
    return {};
}

} // namespace rr
