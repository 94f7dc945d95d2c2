#include "kindstyle.h"

namespace rr {

QColor kindColor(ResponseKind kind)
{
    switch (kind) {
    case ResponseKind::Unarmed:
        return QColor(0x2e, 0xa8, 0x5f);
    case ResponseKind::CoResponder:
        return QColor(0xe0, 0x95, 0x1f);
    case ResponseKind::Police:
        return QColor(0x4a, 0x80, 0xe8);
    }
    return {};
}

QString kindSymbol(ResponseKind kind)
{
    switch (kind) {
    case ResponseKind::Unarmed:
        return QStringLiteral("\u25CF"); // filled circle
    case ResponseKind::CoResponder:
        return QStringLiteral("\u25D0"); // half circle
    case ResponseKind::Police:
        return QStringLiteral("\u25A0"); // square
    }
    return {};
}

} // namespace rr
