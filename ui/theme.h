#pragma once

class QApplication;
class QColor;

namespace rr {

// The console's two looks: a dark night-shift theme and a light day theme, both high-contrast with large
// type. Applied to the whole application; GUI thread.
enum class Theme
{
    Night,
    Day
};

void applyTheme(QApplication &app, Theme theme);

// The colour that says TRAINING (the banner of a training console), in the applied theme: a purple that is
// neither a status colour of the queue nor the connection banner's green, amber or red.
QColor trainingColour();

} // namespace rr
