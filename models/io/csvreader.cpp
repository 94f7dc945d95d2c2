#include "csvreader.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <QIODevice>

#include <algorithm>
#include <array>
#include <cstring>

namespace rr {

namespace {
// Bytes that end an unquoted field.
constexpr std::array<bool, 256> kFieldEnd = [] {
    std::array<bool, 256> t{};
    t[static_cast<unsigned char>(',')] = true;
    t[static_cast<unsigned char>('\n')] = true;
    t[static_cast<unsigned char>('\r')] = true;
    return t;
}();

// Where the unquoted field starting at p ends (a comma or a line break), or `end`. Sixteen bytes at a time
// where SSE2 is there (every x86-64): most of a row's bytes are in long narrative fields.
qsizetype unquotedFieldEnd(const char *b, qsizetype p, qsizetype end)
{
#ifdef __SSE2__
    const __m128i comma = _mm_set1_epi8(',');
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(b + p));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, lf)),
                                         _mm_cmpeq_epi8(v, cr));
        const int mask = _mm_movemask_epi8(hit);
        if (mask != 0)
            return p + __builtin_ctz(static_cast<unsigned>(mask));
        p += 16;
    }
#endif
    while (p < end && !kFieldEnd[static_cast<unsigned char>(b[p])])
        ++p;
    return p;
}
} // namespace

CsvReader::CsvReader(QIODevice *device, qsizetype chunkSize)
    : m_device(device), m_chunkSize(std::max<qsizetype>(chunkSize, 1))
{
    m_buf.resize(static_cast<size_t>(m_chunkSize));
}

void CsvReader::setMaxRecordSize(qsizetype bytes)
{
    m_maxRecordSize = std::max<qsizetype>(bytes, 16);
}

bool CsvReader::readRecord()
{
    m_fields.clear();
    if (!m_recordError.isEmpty())
        m_recordError.clear();
    if (!m_started)
        skipByteOrderMark();
    if (m_discarding && !discardRestOfLine())
        return false;
    for (;;) {
        if (m_failed)
            return false;
        if (m_pos == m_len) {
            if (m_eof)
                return false;
            fill();
            continue;
        }
        if (parse() == Parse::Done)
            break;
        if (m_len - m_pos >= m_maxRecordSize) {
            handleTooLong();
            break;
        }
        fill();
    }
    m_fields.reserve(m_spans.size());
    for (const Span &s : m_spans)
        m_fields.emplace_back((s.inScratch ? m_scratch.data() : m_buf.data()) + s.start, s.length);
    m_pos = m_nextPos;
    m_line = m_nextLine;
    return true;
}

CsvReader::Parse CsvReader::parse()
{
    m_spans.clear();
    m_scratch.clear();
    m_openQuote = -1;
    m_recordLine = m_line;
    const char *b = m_buf.data();
    const qsizetype end = m_len;
    qsizetype p = m_pos;
    qint64 line = m_line;
    for (;;) {
        if (p < end && b[p] == '"') {
            m_openQuote = p;
            m_openQuoteLine = line;
            const qsizetype contentStart = p + 1;
            qsizetype segmentStart = contentStart;
            qsizetype scratchStart = -1;
            p = contentStart;
            for (;;) {
                const void *hit = std::memchr(b + p, '"', static_cast<size_t>(end - p));
                if (!hit) {
                    if (!m_eof)
                        return Parse::NeedMore;
                    resyncUnterminated(true);
                    return Parse::Done;
                }
                const qsizetype q = static_cast<const char *>(hit) - b;
                line += std::count(b + p, b + q, '\n');
                if (q + 1 == end && !m_eof)
                    return Parse::NeedMore; // is it a doubled quote?
                if (q + 1 < end && b[q + 1] == '"') {
                    if (scratchStart < 0)
                        scratchStart = static_cast<qsizetype>(m_scratch.size());
                    m_scratch.append(b + segmentStart, static_cast<size_t>(q + 1 - segmentStart));
                    p = segmentStart = q + 2;
                    continue;
                }
                if (scratchStart < 0) {
                    m_spans.push_back({contentStart, q - contentStart, false});
                } else {
                    m_scratch.append(b + segmentStart, static_cast<size_t>(q - segmentStart));
                    m_spans.push_back(
                        {scratchStart, static_cast<qsizetype>(m_scratch.size()) - scratchStart, true});
                }
                p = q + 1;
                break;
            }
            m_openQuote = -1;
            if (p == end) { // only at the end of input, see above
                finishAtEnd(line);
                return Parse::Done;
            }
            if (b[p] == ',') {
                ++p;
                continue;
            }
            if (b[p] != '\n' && b[p] != '\r') {
                const qsizetype lineBreak = lineBreakFrom(p);
                if (lineBreak < 0 && !m_eof)
                    return Parse::NeedMore;
                m_recordError = QStringLiteral("unexpected characters after the closing quote of field %1")
                                    .arg(m_spans.size());
                if (lineBreak < 0) {
                    finishAtEnd(line);
                    return Parse::Done;
                }
                return endOfLine(lineBreak, line);
            }
        } else {
            const qsizetype start = p;
            p = unquotedFieldEnd(b, p, end);
            m_spans.push_back({start, p - start, false});
            if (p == end) {
                if (!m_eof)
                    return Parse::NeedMore;
                finishAtEnd(line);
                return Parse::Done;
            }
            if (b[p] == ',') {
                ++p;
                continue;
            }
        }
        return endOfLine(p, line);
    }
}

// b[p] is '\r' or '\n' outside quotes: the record ends here.
CsvReader::Parse CsvReader::endOfLine(qsizetype p, qint64 line)
{
    if (m_buf[static_cast<size_t>(p)] == '\r') {
        if (p + 1 == m_len) {
            if (!m_eof)
                return Parse::NeedMore; // CRLF split between two reads?
        } else if (m_buf[static_cast<size_t>(p + 1)] == '\n') {
            ++p;
        }
    }
    m_nextPos = p + 1;
    m_nextLine = line + 1;
    return Parse::Done;
}

void CsvReader::finishAtEnd(qint64 line)
{
    m_nextPos = m_len;
    m_nextLine = line;
}

// The quoted field opened at m_openQuote is never closed (at the end of input, or within the maximum record
// size). Rather than swallow the rest of the file, the record ends at the first line break after the
// opening quote and reading resumes on the next line.
void CsvReader::resyncUnterminated(bool atEndOfInput)
{
    const qsizetype lineBreak = lineBreakFrom(m_openQuote);
    const qsizetype fieldEnd = lineBreak < 0 ? m_len : lineBreak;
    m_spans.push_back({m_openQuote + 1, fieldEnd - m_openQuote - 1, false});
    m_recordError =
        atEndOfInput ? QStringLiteral("quoted field opened on line %1 is never closed").arg(m_openQuoteLine)
                     : QStringLiteral("quoted field opened on line %1 is not closed within %2 bytes")
                           .arg(m_openQuoteLine)
                           .arg(m_maxRecordSize);
    if (lineBreak < 0) {
        finishAtEnd(m_openQuoteLine);
        return;
    }
    qsizetype next = lineBreak + 1;
    if (m_buf[static_cast<size_t>(lineBreak)] == '\r' && next < m_len &&
        m_buf[static_cast<size_t>(next)] == '\n')
        ++next;
    m_nextPos = next;
    m_nextLine = m_openQuoteLine + 1;
}

void CsvReader::handleTooLong()
{
    if (m_openQuote >= 0 && lineBreakFrom(m_openQuote) >= 0) {
        resyncUnterminated(false);
        return;
    }
    // One physical line longer than the limit: report it and skip to its end. Line breaks already in the
    // buffer can only be inside earlier quoted fields of this record.
    m_spans.clear();
    m_recordError = QStringLiteral("record is longer than %1 bytes").arg(m_maxRecordSize);
    const char *b = m_buf.data();
    m_nextLine = m_line + std::count(b + m_pos, b + m_len, '\n');
    m_nextPos = m_len;
    m_discarding = true;
}

bool CsvReader::discardRestOfLine()
{
    for (;;) {
        if (m_failed)
            return false;
        if (m_pos == m_len) {
            if (m_eof) {
                m_discarding = false;
                return true;
            }
            fill();
            continue;
        }
        const qsizetype lineBreak = lineBreakFrom(m_pos);
        if (lineBreak < 0) {
            m_pos = m_len;
            continue;
        }
        if (m_buf[static_cast<size_t>(lineBreak)] == '\r' && lineBreak + 1 == m_len && !m_eof) {
            m_pos = lineBreak; // keep the CR until we know whether an LF follows
            fill();
            continue;
        }
        m_pos = lineBreak + 1;
        if (m_buf[static_cast<size_t>(lineBreak)] == '\r' && m_pos < m_len &&
            m_buf[static_cast<size_t>(m_pos)] == '\n')
            ++m_pos;
        ++m_line;
        m_discarding = false;
        return true;
    }
}

qsizetype CsvReader::lineBreakFrom(qsizetype from) const
{
    const char *b = m_buf.data();
    for (qsizetype p = from; p < m_len; ++p)
        if (b[p] == '\n' || b[p] == '\r')
            return p;
    return -1;
}

// Moves the unconsumed bytes to the front, grows the buffer if they fill it, and reads what fits.
void CsvReader::fill()
{
    if (m_pos > 0) {
        std::memmove(m_buf.data(), m_buf.data() + m_pos, static_cast<size_t>(m_len - m_pos));
        m_len -= m_pos;
        m_pos = 0;
    }
    if (m_len == static_cast<qsizetype>(m_buf.size()))
        m_buf.resize(m_buf.size() * 2);
    const qint64 want = std::min<qint64>(static_cast<qint64>(m_buf.size()) - m_len, m_chunkSize);
    const qint64 n = m_device->read(m_buf.data() + m_len, want);
    if (n < 0) {
        m_errorString = m_device->errorString();
        if (m_errorString.isEmpty())
            m_errorString = QStringLiteral("read error");
        m_failed = true;
        m_eof = true;
        return;
    }
    if (n == 0) {
        // A socket or process may simply have nothing yet; a file, pipe or buffer is at its end.
        if (m_device->isSequential() && m_device->waitForReadyRead(-1))
            return;
        m_eof = true;
        return;
    }
    m_len += static_cast<qsizetype>(n);
}

void CsvReader::skipByteOrderMark()
{
    m_started = true;
    while (m_len < 3 && !m_eof)
        fill();
    if (m_len >= 3 && std::memcmp(m_buf.data(), "\xEF\xBB\xBF", 3) == 0)
        m_pos = 3;
}

} // namespace rr
