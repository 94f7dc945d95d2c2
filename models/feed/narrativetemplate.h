#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace rr {

class Random;

// The words a slot in a narrative template is filled from ("{m}" -> "W/M 40s", "older male", ...).
struct SlotTable
{
    QString name;
    std::vector<QString> values;
};

// One narrative sentence pattern, compiled once from text such as
//     "{who} reports {m} yelling at people {loc}.{-w}"
// into literal runs and slot references, so that expanding it is a handful of appends. A marker
// "{!x}" records that the text establishes a screening fact ("yes"), "{-x}" that it denies one ("no"),
// where x is one of w(eapon) v(iolence) i(njury) s(elf-harm) d(omestic) c(rime in progress); markers
// produce no text. Immutable after construction; shared read-only.
class NarrativeTemplate
{
public:
    // Unknown slot names and markers are programming errors in the built-in tables and abort in debug
    // builds (Q_ASSERT); in release they are copied through as literal text.
    NarrativeTemplate(QStringView text, const std::vector<SlotTable> &slotTables);

    void appendTo(QString &out, Random &random) const;

    // Screens (bit = int(rr::Screen)) that the text establishes or denies.
    unsigned yesMask() const { return m_yes; }
    unsigned noMask() const { return m_no; }

    // Index of a screen for its marker letter, or -1.
    static int screenForLetter(QChar letter);

private:
    struct Segment
    {
        QString literal;
        const std::vector<QString> *slot = nullptr; // when set, pick one of these instead of the literal
    };
    std::vector<Segment> m_segments;
    unsigned m_yes = 0;
    unsigned m_no = 0;
};

} // namespace rr
