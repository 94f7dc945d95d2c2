#include "call.h"

namespace rr {

namespace {
constexpr std::array<const char16_t *, ScreenCount> kScreenNames = {
    u"weapon", u"violence", u"injury", u"self_harm", u"domestic", u"crime_in_progress"};
}

std::optional<Answer> answerFromString(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty() || t.compare(u"unknown", Qt::CaseInsensitive) == 0 || t == u"?" ||
        t.compare(u"u", Qt::CaseInsensitive) == 0)
        return Answer::Unknown;
    for (const char16_t *yes : {u"yes", u"y", u"true", u"1"})
        if (t.compare(QStringView(yes), Qt::CaseInsensitive) == 0)
            return Answer::Yes;
    for (const char16_t *no : {u"no", u"n", u"false", u"0"})
        if (t.compare(QStringView(no), Qt::CaseInsensitive) == 0)
            return Answer::No;
    return std::nullopt;
}

QString toString(Answer answer)
{
    switch (answer) {
    case Answer::Yes:
        return QStringLiteral("yes");
    case Answer::No:
        return QStringLiteral("no");
    case Answer::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString screenName(Screen screen)
{
    return QString::fromUtf16(kScreenNames[static_cast<int>(screen)]);
}

std::optional<Screen> screenFromName(QStringView name)
{
    for (int i = 0; i < ScreenCount; ++i)
        if (name == QStringView(kScreenNames[i]))
            return static_cast<Screen>(i);
    return std::nullopt;
}

bool Screening::anyAnswered() const
{
    for (Answer a : answers)
        if (a != Answer::Unknown)
            return true;
    return false;
}

} // namespace rr
