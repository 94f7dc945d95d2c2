#pragma once

#include "domain/responsekind.h"

#include <QColor>
#include <QString>

namespace rr {

// The colour and symbol of each kind, the same in every view. Colour is never the only carrier of meaning:
// views show the symbol and the word with it.
QColor kindColor(ResponseKind kind);
QString kindSymbol(ResponseKind kind);

} // namespace rr
