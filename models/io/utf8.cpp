#include "utf8.h"

#include <cstdint>
#include <cstring>

namespace rr {

bool assignUtf8(QString &out, QByteArrayView utf8)
{
    const qsizetype n = utf8.size();
    if (out.size() != n)
        out.resize(n); // UTF-16 never needs more units than UTF-8 has bytes; data() below detaches
    char16_t *d = reinterpret_cast<char16_t *>(out.data());
    const auto *s = reinterpret_cast<const unsigned char *>(utf8.data());
    qsizetype i = 0;
    qsizetype o = 0;
    while (i < n) {
        // ASCII, eight bytes at a time.
        while (n - i >= 8) {
            std::uint64_t block;
            std::memcpy(&block, s + i, 8);
            if (block & 0x8080808080808080ULL)
                break;
            for (int k = 0; k < 8; ++k)
                d[o + k] = s[i + k];
            i += 8;
            o += 8;
        }
        if (i == n)
            break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            d[o++] = c;
            ++i;
            continue;
        }
        char32_t cp = 0;
        int extra = 0;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            cp = c & 0x1F;
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            cp = c & 0x0F;
            extra = 2;
            if (c == 0xE0)
                lo = 0xA0; // no overlong forms
            else if (c == 0xED)
                hi = 0x9F; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            cp = c & 0x07;
            extra = 3;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F; // nothing above U+10FFFF
        } else {
            return false;
        }
        if (n - i <= extra)
            return false;
        const unsigned char c1 = s[i + 1];
        if (c1 < lo || c1 > hi)
            return false;
        cp = (cp << 6) | (c1 & 0x3F);
        for (int k = 2; k <= extra; ++k) {
            const unsigned char ck = s[i + k];
            if ((ck & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (ck & 0x3F);
        }
        i += extra + 1;
        if (cp >= 0x10000) {
            d[o++] = static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10));
            d[o++] = static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
            d[o++] = static_cast<char16_t>(cp);
        }
    }
    if (o != n)
        out.resize(o); // only non-ASCII text shrinks
    return true;
}

char *putUtf8(char *out, char32_t cp)
{
    if (cp < 0x80) {
        *out++ = static_cast<char>(cp);
    } else if (cp < 0x800) {
        *out++ = static_cast<char>(0xC0 | (cp >> 6));
        *out++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *out++ = static_cast<char>(0xE0 | (cp >> 12));
        *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *out++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        *out++ = static_cast<char>(0xF0 | (cp >> 18));
        *out++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *out++ = static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
}

QByteArrayView trimmedBytes(QByteArrayView bytes)
{
    const char *b = bytes.data();
    qsizetype begin = 0;
    qsizetype end = bytes.size();
    while (begin < end && (b[begin] == ' ' || b[begin] == '\t'))
        ++begin;
    while (end > begin && (b[end - 1] == ' ' || b[end - 1] == '\t'))
        --end;
    return bytes.sliced(begin, end - begin);
}

} // namespace rr
