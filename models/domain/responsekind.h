#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace rr {

// The three responses RightResponse can suggest, ordered from least to most police presence, so that
// "the stronger of two kinds" is simply the larger value.
enum class ResponseKind
{
    Unarmed = 0,     // community response team (clinician + peer support + EMT) or a clinician by phone
    CoResponder = 1, // clinician paired with a crisis-trained officer
    Police = 2,
};

// Wire names: exactly "unarmed", "co_responder", "police".
QString toString(ResponseKind kind);
std::optional<ResponseKind> responseKindFromString(QStringView text);
// The plain words a dispatcher reads: "unarmed", "co-responder", "police".
QString displayName(ResponseKind kind);
// The same words untranslated ("co-responder"), for what is stored and for the reports' data (CSV, JSON).
QString englishName(ResponseKind kind);

constexpr ResponseKind strongest(ResponseKind a, ResponseKind b)
{
    return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

} // namespace rr
