#include "theme.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QPalette>
#include <QStyleFactory>

namespace rr {

void applyTheme(QApplication &app, Theme theme)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QFont font = app.font();
    font.setPointSizeF(std::max(font.pointSizeF(), 11.5));
    app.setFont(font);

    QPalette p;
    if (theme == Theme::Night) {
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
    app.setProperty("rrTheme", theme == Theme::Night ? QStringLiteral("night") : QStringLiteral("day"));
}

QColor trainingColour()
{
    const bool day = qApp && qApp->property("rrTheme").toString() == u"day";
    return day ? QColor(0x6a, 0x2c, 0x91) : QColor(0x7b, 0x3f, 0xa8);
}

} // namespace rr
