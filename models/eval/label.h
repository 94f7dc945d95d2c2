#pragma once

#include "core/result.h"
#include "domain/responsekind.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace rr {

// What the person who labelled a call says the right response is: one or more acceptable kinds, in the
// order written (the first is the labeller's main answer), and optionally whether Fire/EMS should go too.
// A plain value; any thread.
struct Label
{
    QList<ResponseKind> kinds; // acceptable kinds: not empty, no duplicates, in the order written
    std::optional<bool> ems;   // nullopt: the EMS flag is not checked

    bool accepts(ResponseKind kind) const { return kinds.contains(kind); }
    // True when kind is the one and only acceptable kind.
    bool isOnly(ResponseKind kind) const { return kinds.size() == 1 && kinds.constFirst() == kind; }
    // The kinds as a label is written: "unarmed/co_responder".
    QString kindsText() const;

    friend bool operator==(const Label &, const Label &) = default;
};

// Parses the `expected` column: one kind ("police") or acceptable kinds separated by '/'
// ("unarmed/co_responder"); case-insensitive, spaces around a kind ignored, "co-responder" accepted, a
// repeated kind kept once. An error is a sentence for the user that names the offending value.
Result<QList<ResponseKind>> parseExpectedKinds(QStringView text);

// Parses the `expected_ems` column: yes or no (also y/n/true/false/1/0, any case) is checked; empty or
// "unknown" is not checked (nullopt inside). An error names the value.
Result<std::optional<bool>> parseExpectedEms(QStringView text);

} // namespace rr
