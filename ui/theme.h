#pragma once

class QApplication;

namespace rr {

// The console's two looks: a dark night-shift theme and a light day theme, both high-contrast with large
// type. Applied to the whole application; GUI thread.
enum class Theme
{
    Night,
    Day
};

void applyTheme(QApplication &app, Theme theme);

} // namespace rr
