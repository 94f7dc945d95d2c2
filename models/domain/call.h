#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace rr {

// A call-taker's explicit answer to one screening question. An explicit answer always wins over what the
// narrative seems to say.
enum class Answer
{
    Unknown,
    Yes,
    No
};

// Parses "yes"/"no"/"unknown"/"" (and y/n/true/false/1/0, any case). Empty and "unknown" give Unknown;
// anything else gives nullopt so that the reader can reject the row with a clear message.
std::optional<Answer> answerFromString(QStringView text);
QString toString(Answer answer);

// The screening questions a call-taker may have asked. Their order is the order of the canonical CSV columns.
enum class Screen
{
    Weapon,
    Violence,
    Injury,
    SelfHarm,
    Domestic,
    CrimeInProgress
};
inline constexpr int ScreenCount = 6;
// Canonical field names: "weapon", "violence", "injury", "self_harm", "domestic", "crime_in_progress".
QString screenName(Screen screen);
std::optional<Screen> screenFromName(QStringView name);

struct Screening
{
    std::array<Answer, ScreenCount> answers{};

    Answer operator[](Screen s) const { return answers[static_cast<int>(s)]; }
    Answer &operator[](Screen s) { return answers[static_cast<int>(s)]; }
    bool anyAnswered() const;
    friend bool operator==(const Screening &, const Screening &) = default;
};

// One call for service as the CAD system knows it. A plain value: copyable, comparable, no behaviour.
struct Call
{
    QString id;           // CAD event number, unique per city
    QDateTime receivedAt; // invalid when the export has no time
    QString callType;     // the call-type description ("WELFARE CHECK", "Well Ck N-Urgent")
    QString callCode;     // the call-type code ("WELCK", "5150", "415"), may be empty
    std::optional<int> priority;
    QString narrative; // the call-taker's free text
    QString address;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString beat;
    Screening screening;

    friend bool operator==(const Call &, const Call &) = default;
};

} // namespace rr
