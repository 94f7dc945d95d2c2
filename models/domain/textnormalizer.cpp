#include "textnormalizer.h"

#include <array>

namespace rr::textnorm {

namespace {

constexpr std::array<std::uint8_t, 128> makeTable()
{
    std::array<std::uint8_t, 128> t{};
    for (int c = 0; c < 128; ++c) {
        if (c >= '0' && c <= '9')
            t[c] = std::uint8_t(FirstDigit + (c - '0'));
        else if (c >= 'a' && c <= 'z')
            t[c] = std::uint8_t(FirstLetter + (c - 'a'));
        else if (c >= 'A' && c <= 'Z')
            t[c] = std::uint8_t(FirstLetter + (c - 'A'));
        else if (c == '.' || c == ';' || c == '!' || c == '?' || c == ',' || c == '|' || c == '\n')
            t[c] = Clause;
        else
            t[c] = Space;
    }
    return t;
}

constexpr auto kTable = makeTable();

QChar charOf(std::uint8_t sym)
{
    if (sym == Space)
        return u' ';
    if (sym == Clause)
        return u'|';
    if (sym == Other)
        return QChar(0x00B7);
    if (sym < FirstLetter)
        return QChar(u'0' + (sym - FirstDigit));
    return QChar(u'a' + (sym - FirstLetter));
}

} // namespace

std::uint8_t symbolOf(char16_t c)
{
    return c < 128 ? kTable[c] : Other;
}

QString canonicalPhrase(QStringView phrase, bool *prefix)
{
    QStringView p = phrase.trimmed();
    bool isPrefix = false;
    if (p.endsWith(u'*')) {
        isPrefix = true;
        p.chop(1);
    }
    QString out;
    out.reserve(p.size());
    bool pendingSpace = false;
    for (QChar ch : p) {
        const std::uint8_t sym = symbolOf(ch.unicode());
        if (sym == Space) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace && !out.endsWith(u'|') && sym != Clause)
            out.append(u' ');
        if (sym == Clause && out.endsWith(u' '))
            out.chop(1);
        pendingSpace = false;
        if (sym == Clause) {
            if (!out.isEmpty() && !out.endsWith(u'|'))
                out.append(u' ');
            out.append(u'|');
            pendingSpace = true;
            continue;
        }
        out.append(charOf(sym));
    }
    if (prefix)
        *prefix = isPrefix;
    return out.trimmed();
}

} // namespace rr::textnorm
