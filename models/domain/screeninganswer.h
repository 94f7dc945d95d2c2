#pragma once

#include "call.h"

#include <QDateTime>
#include <QString>

namespace rr {

// One answer to one screening question, as a dispatcher gives it.
struct ScreeningAnswer
{
    Screen question = Screen::Weapon;
    Answer answer = Answer::Unknown;

    friend bool operator==(const ScreeningAnswer &, const ScreeningAnswer &) = default;
};

// An answer as it was recorded: who gave it, at which workstation, and when.
struct ScreeningRecord
{
    Screen question = Screen::Weapon;
    Answer answer = Answer::Unknown;
    QString dispatcher;
    QString workstation;
    QDateTime answeredAt;

    friend bool operator==(const ScreeningRecord &, const ScreeningRecord &) = default;
};

} // namespace rr
