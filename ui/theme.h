#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

class QApplication;
class QColor;

namespace rr {

// The console's looks: a dark night-shift theme and a light day theme, both with large type, and a
// high-contrast theme (white and yellow on black, thick focus frame) for low vision. Applied to the whole
// application; GUI thread.
enum class Theme
{
    Night,
    Day,
    HighContrast
};

// "night", "day", "high-contrast": the names --theme takes and the settings store.
QString themeName(Theme theme);
std::optional<Theme> themeFromName(QStringView name);
QStringList themeNames();

void applyTheme(QApplication &app, Theme theme);

// The colour that says TRAINING (the banner of a training console), in the applied theme: a purple that is
// neither a status colour of the queue nor the connection banner's green, amber or red.
QColor trainingColour();

} // namespace rr
