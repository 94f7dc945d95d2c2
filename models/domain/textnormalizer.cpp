#include "textnormalizer.h"

namespace rr::textnorm {

namespace {

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

std::uint8_t symbolOfNonAscii(char16_t c)
{
    // No-break and typographic spaces, dashes, curly quotes, bullets; the ellipsis ends a clause.
    if (c == 0x00A0 || (c >= 0x2000 && c <= 0x201F) || c == 0x2022 || c == 0x202F || c == 0x205F ||
        c == 0x3000 || c == 0x00AB || c == 0x00BB)
        return Space;
    if (c == 0x2026)
        return Clause;
    return Other;
}

void foldCode(QStringView code, QString &out)
{
    out.resize(code.size()); // never longer than the code; written in place, no reallocation once warm
    QChar *d = out.data();
    qsizetype n = 0;
    bool pendingSpace = false;
    for (QChar ch : code) {
        const std::uint8_t sym = symbolOf(ch.unicode());
        if (sym == Space || sym == Clause) {
            pendingSpace = n > 0;
            continue;
        }
        if (pendingSpace)
            d[n++] = u' ';
        pendingSpace = false;
        d[n++] = sym == Other ? ch : charOf(sym);
    }
    out.resize(n);
}

QString canonicalPhrase(QStringView phrase, bool *prefix)
{
    QStringView p = phrase.trimmed();
    const bool isPrefix = p.endsWith(u'*');
    if (isPrefix)
        p.chop(1);
    if (prefix)
        *prefix = isPrefix;
    // Words and clause marks, each one token, joined by single spaces: "No, he" -> "no | he".
    QString out;
    out.reserve(p.size() + 4);
    bool inWord = false;
    for (QChar ch : p) {
        const std::uint8_t sym = symbolOf(ch.unicode());
        if (sym == Space) {
            inWord = false;
            continue;
        }
        if (sym == Clause) {
            if (!out.endsWith(u'|')) {
                if (!out.isEmpty())
                    out.append(u' ');
                out.append(u'|');
            }
            inWord = false;
            continue;
        }
        if (!inWord && !out.isEmpty())
            out.append(u' ');
        inWord = true;
        out.append(charOf(sym));
    }
    return out;
}

} // namespace rr::textnorm
