#include "theme.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QPalette>
#include <QStyleFactory>

namespace rr {

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::Night:
        return QStringLiteral("night");
    case Theme::Day:
        return QStringLiteral("day");
    case Theme::HighContrast:
        return QStringLiteral("high-contrast");
    }
    return {};
}

std::optional<Theme> themeFromName(QStringView name)
{
    for (Theme t : {Theme::Night, Theme::Day, Theme::HighContrast})
        if (name.compare(themeName(t), Qt::CaseInsensitive) == 0)
            return t;
    return std::nullopt;
}

QStringList themeNames()
{
    return {themeName(Theme::Night), themeName(Theme::Day), themeName(Theme::HighContrast)};
}

void applyTheme(QApplication &app, Theme theme)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QFont font = app.font();
    font.setPointSizeF(std::max(font.pointSizeF(), 11.5));
    app.setFont(font);

    QPalette p;
    app.setStyleSheet(QString());
    if (theme == Theme::HighContrast) {
        // WCAG AAA contrast everywhere (white on black is 21:1, yellow on black 19.6:1), larger type, and a
        // focus frame nobody can miss.
        font.setPointSizeF(std::max(font.pointSizeF(), 13.0));
        font.setBold(true);
        app.setFont(font);
        const QColor black(0, 0, 0), white(0xff, 0xff, 0xff), yellow(0xff, 0xff, 0x00),
            cyan(0x00, 0xff, 0xff);
        for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase,
                                         QPalette::Button, QPalette::ToolTipBase})
            p.setColor(role, black);
        for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                                         QPalette::ToolTipText, QPalette::BrightText})
            p.setColor(role, white);
        p.setColor(QPalette::Highlight, yellow);
        p.setColor(QPalette::HighlightedText, black);
        p.setColor(QPalette::PlaceholderText, QColor(0xd0, 0xd0, 0xd0));
        p.setColor(QPalette::Link, cyan);
        p.setColor(QPalette::Light, white);
        p.setColor(QPalette::Mid, white);
        p.setColor(QPalette::Dark, white);
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xa0, 0xa0));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xa0, 0xa0, 0xa0));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa0, 0xa0));
        // The frame is always 3 px wide, so that moving the focus never moves the layout.
        app.setStyleSheet(QStringLiteral(
            "QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPushButton, QToolButton "
            "{ border: 3px solid #808080; }"
            "QPushButton, QToolButton { padding: 4px 10px; }"
            "QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, QAbstractItemView:focus, "
            "QTextEdit:focus, "
            "QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus "
            "{ border: 3px solid #ffff00; }"));
    } else if (theme == Theme::Night) {
        const QColor window(0x16, 0x1a, 0x20), base(0x0f, 0x12, 0x17), text(0xe8, 0xec, 0xf1);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, QColor(0x1b, 0x20, 0x27));
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, QColor(0x22, 0x28, 0x31));
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::ToolTipBase, QColor(0x22, 0x28, 0x31));
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::Highlight, QColor(0x2f, 0x5d, 0xa8));
        p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
        p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x93, 0x9e));
        p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6b, 0x73, 0x7d));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6b, 0x73, 0x7d));
    } else {
        const QColor text(0x10, 0x14, 0x1a);
        p.setColor(QPalette::Window, QColor(0xf2, 0xf4, 0xf7));
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
        p.setColor(QPalette::AlternateBase, QColor(0xee, 0xf1, 0xf5));
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, QColor(0xe4, 0xe8, 0xee));
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::Highlight, QColor(0x1f, 0x4e, 0x9c));
        p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    }
    app.setPalette(p);
    app.setProperty("rrTheme", themeName(theme));
}

QColor trainingColour()
{
    const bool day = qApp && qApp->property("rrTheme").toString() == u"day";
    return day ? QColor(0x6a, 0x2c, 0x91) : QColor(0x7b, 0x3f, 0xa8);
}

} // namespace rr
