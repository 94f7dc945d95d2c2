#pragma once

#include "domain/call.h"

#include <QString>

#include <memory>
#include <optional>

namespace rr {

class RuleSet;

// Takes the people out of a call before it goes into a training scenario: names, phone numbers, e-mail
// addresses, dates of birth (and any other calendar date), social security numbers, vehicle plates and VINs
// are replaced by a bracketed word ("[NAME]", "[PHONE]"...), house numbers become their block ("1412 MAIN ST"
// -> "1400 BLOCK OF MAIN ST"; intersections stay), apartment numbers go, and coordinates are rounded to
// about a block. What triage reads survives: a word the rule set's phrase matcher knows (exactly, by its
// stem, or as a misspelling) is never replaced, nor are times ("2130 hrs"), counts ("3 subjects"), ages
// ("45 yo"), codes ("10-4") and unit ids. The rules and their limits are in docs/training.md.
// Pure and deterministic, and idempotent (de-identifying twice changes nothing more); read-only after
// construction, so one instance may serve several threads.
class Deidentifier
{
public:
    // The replacements, as they appear in the text.
    static constexpr char16_t kName[] = u"[NAME]";
    static constexpr char16_t kPhone[] = u"[PHONE]";
    static constexpr char16_t kEmail[] = u"[EMAIL]";
    static constexpr char16_t kBirthDate[] = u"[DOB]";
    static constexpr char16_t kDate[] = u"[DATE]";
    static constexpr char16_t kPlate[] = u"[PLATE]";
    static constexpr char16_t kVin[] = u"[VIN]";
    static constexpr char16_t kSsn[] = u"[SSN]";
    static constexpr char16_t kApartment[] = u"[#]";

    // With `rules`, the words its phrases use are protected (see above); without, only the built-in lists.
    explicit Deidentifier(std::shared_ptr<const RuleSet> rules = nullptr);

    // Every field of the call: the call type, code, narrative and beat as free text, the address by
    // address(), the coordinates rounded. The id and the time are left to the caller (the scenario builder
    // numbers the calls afresh and keeps only their offsets).
    Call call(const Call &call) const;
    // Free text: a narrative, a call type.
    QString text(const QString &text) const;
    // An address: the house number becomes its block, unit designators go ("APT 3B", "#12"); then text().
    QString address(const QString &address) const;
    // Degrees rounded to three decimals (about 110 m north-south): a block, not a house.
    static std::optional<double> coarsen(const std::optional<double> &degrees);

private:
    QString patterns(const QString &text) const;
    QString names(const QString &text) const;
    QString addressOnce(const QString &address) const;
    bool isRuleWord(const QString &word) const;

    std::shared_ptr<const RuleSet> m_rules;
};

} // namespace rr
