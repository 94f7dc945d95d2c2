#include "csvwriter.h"

#include "utf8.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <QFileDevice>
#include <QIODevice>

#include <array>
#include <cstdint>
#include <cstring>

namespace rr {

namespace {

constexpr std::array<bool, 128> makeSpecial()
{
    std::array<bool, 128> t{};
    t[','] = t['"'] = t['\n'] = t['\r'] = true;
    return t;
}
constexpr std::array<bool, 128> kSpecial = makeSpecial();

template <typename Char> bool needsQuotes(const Char *s, qsizetype n)
{
    if (n == 0)
        return false;
    if (s[0] == ' ' || s[0] == '\t' || s[n - 1] == ' ' || s[n - 1] == '\t')
        return true;
    bool special = false;
    for (qsizetype i = 0; i < n; ++i)
        special |= s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r';
    return special;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *out) : m_out(out)
{
    m_buffer.resize(FlushThreshold + (qsizetype(16) << 10));
    m_data = m_buffer.data();
    m_capacity = m_buffer.size();
}

CsvWriter::~CsvWriter()
{
    flush();
}

void CsvWriter::separate()
{
    if (m_inRow) {
        *reserve(1) = ',';
        ++m_used;
    }
    m_inRow = true;
}

char *CsvWriter::makeRoom(qsizetype bytes)
{
    writeOut();
    if (bytes > m_capacity) {
        m_buffer.resize(bytes);
        m_data = m_buffer.data();
        m_capacity = m_buffer.size();
    }
    return m_data + m_used;
}

void CsvWriter::field(QStringView text)
{
    separate();
    const char16_t *s = text.utf16();
    const qsizetype n = text.size();
    char *const begin = reserve(n * 3 + 2); // a quote doubles to 2 bytes, any other unit is at most 3
    // One pass: encode unquoted and note whether the field needs quotes; most fields do not contain a quote
    // character, and those that need quoting then only shift by one byte.
    char *d = begin;
    bool special = n > 0 && (s[0] == u' ' || s[0] == u'\t' || s[n - 1] == u' ' || s[n - 1] == u'\t');
    bool quoteChar = false;
    for (qsizetype i = 0; i < n; ++i) {
#ifdef __SSE2__
        // Eight ASCII units at a time: narrow them and note commas, quotes and line breaks.
        while (n - i >= 8) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
            const __m128i zero = _mm_setzero_si128();
            const __m128i high = _mm_and_si128(v, _mm_set1_epi16(static_cast<short>(0xFF80)));
            if (_mm_movemask_epi8(_mm_cmpeq_epi16(high, zero)) != 0xFFFF)
                break;
            const __m128i quote = _mm_cmpeq_epi16(v, _mm_set1_epi16('"'));
            const __m128i other = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16(',')),
                                                            _mm_cmpeq_epi16(v, _mm_set1_epi16('\n'))),
                                               _mm_cmpeq_epi16(v, _mm_set1_epi16('\r')));
            const int quoteMask = _mm_movemask_epi8(quote);
            quoteChar |= quoteMask != 0;
            special |= (quoteMask | _mm_movemask_epi8(other)) != 0;
            _mm_storel_epi64(reinterpret_cast<__m128i *>(d), _mm_packus_epi16(v, v));
            d += 8;
            i += 8;
        }
        if (i >= n)
            break;
#endif
        const char16_t c = s[i];
        if (c < 0x80) {
            special |= kSpecial[c];
            quoteChar |= c == u'"';
            *d++ = static_cast<char>(c);
        } else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
            d = putUtf8(d, 0x10000 + ((char32_t(c) - 0xD800) << 10) + (s[i + 1] - 0xDC00));
            ++i;
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            d = putUtf8(d, 0xFFFD); // a lone surrogate has no UTF-8 form
        } else {
            d = putUtf8(d, c);
        }
    }
    if (!special) {
        m_used += d - begin;
        return;
    }
    const qsizetype encoded = d - begin;
    if (!quoteChar) {
        std::memmove(begin + 1, begin, std::size_t(encoded));
        begin[0] = '"';
        begin[encoded + 1] = '"';
        m_used += encoded + 2;
        return;
    }
    // Quotes inside: double each of them, working backwards in place (the buffer has room for n * 3 + 2).
    qsizetype quotes = 0;
    for (qsizetype i = 0; i < encoded; ++i)
        quotes += begin[i] == '"';
    char *out = begin + encoded + quotes + 1; // one past the last byte before the closing quote
    *out = '"';
    for (qsizetype i = encoded - 1; i >= 0; --i) {
        *--out = begin[i];
        if (begin[i] == '"')
            *--out = '"';
    }
    *--out = '"';
    m_used += encoded + quotes + 2;
}

void CsvWriter::field(QByteArrayView utf8)
{
    separate();
    const char *s = utf8.data();
    const qsizetype n = utf8.size();
    if (!needsQuotes(s, n)) {
        std::memcpy(reserve(n), s, static_cast<size_t>(n));
        m_used += n;
        return;
    }
    char *const begin = reserve(2 * n + 2);
    char *d = begin;
    *d++ = '"';
    for (qsizetype i = 0; i < n; ++i) {
        if (s[i] == '"')
            *d++ = '"';
        *d++ = s[i];
    }
    *d++ = '"';
    m_used += d - begin;
}

void CsvWriter::field(QLatin1StringView text)
{
    separate();
    const char *s = text.data();
    const qsizetype n = text.size();
    const bool quote = needsQuotes(s, n);
    char *const begin = reserve(2 * n + 2);
    char *d = begin;
    if (quote)
        *d++ = '"';
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == '"')
            *d++ = '"';
        d = putUtf8(d, c);
    }
    if (quote)
        *d++ = '"';
    m_used += d - begin;
}

void CsvWriter::endRow()
{
    *reserve(1) = '\n';
    ++m_used;
    m_inRow = false;
    if (m_used >= FlushThreshold)
        writeOut();
}

void CsvWriter::row(const QStringList &fields)
{
    for (const QString &f : fields)
        field(QStringView(f));
    endRow();
}

void CsvWriter::writeOut()
{
    if (m_used == 0)
        return;
    if (m_error.isEmpty()) {
        const qint64 written = m_out->write(m_data, m_used);
        if (written != m_used) {
            m_error = m_out->errorString();
            if (m_error.isEmpty())
                m_error = QStringLiteral("write error");
        }
    }
    m_used = 0;
}

bool CsvWriter::flush()
{
    writeOut();
    if (m_error.isEmpty()) {
        if (auto *file = qobject_cast<QFileDevice *>(m_out); file && !file->flush())
            m_error = file->errorString();
    }
    return m_error.isEmpty();
}

} // namespace rr
