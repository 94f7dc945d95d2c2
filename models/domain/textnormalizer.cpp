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
