#pragma once

#include <QByteArrayView>
#include <QString>

#include <string>
#include <vector>

class QIODevice;

namespace rr {

// Streaming RFC 4180 reader for CAD exports of any size: reads the device in fixed-size chunks, never the
// whole file, and hands out each record as views of raw UTF-8 bytes without a heap allocation per field.
// Accepts a UTF-8 byte-order mark, LF, CRLF or lone CR line ends, quoted fields with commas, doubled quotes
// and line breaks (kept verbatim), and quotes inside unquoted fields (kept verbatim). A malformed record is
// still returned, with recordError() set, so that the caller can report it by line and go on; the reader
// then resynchronises on the next physical line. Lives on the thread that reads; not thread-safe.
class CsvReader
{
public:
    // Small enough to stay in the processor's cache beside the caller's own tables (see CsvWriter).
    static constexpr qsizetype DefaultChunkSize = qsizetype(64) << 10;
    static constexpr qsizetype DefaultMaxRecordSize = qsizetype(4) << 20;

    // The device must be open for reading and outlive the reader. chunkSize is the size of one read (tests
    // use tiny chunks to cross chunk boundaries everywhere).
    explicit CsvReader(QIODevice *device, qsizetype chunkSize = DefaultChunkSize);

    // A record longer than this (typically an unterminated quote) is reported as malformed instead of
    // being buffered whole: this bounds the reader's memory.
    void setMaxRecordSize(qsizetype bytes);

    // Reads the next record. False at the end of input, or on a device error (see errorString()).
    bool readRecord();
    // Raw UTF-8 of each field of the current record, unquoted and unescaped. Valid until the next
    // readRecord(). An empty line is one empty field.
    const std::vector<QByteArrayView> &fields() const { return m_fields; }
    // 1-based physical line on which the current record starts.
    qint64 recordLine() const { return m_recordLine; }
    // Non-empty when the current record is malformed: an unterminated quote, characters after a closing
    // quote, or a record longer than the maximum record size.
    QString recordError() const { return m_recordError; }
    // The device's read error, empty if none.
    QString errorString() const { return m_errorString; }

private:
    enum class Parse
    {
        Done,
        NeedMore
    };
    struct Span
    {
        qsizetype start;
        qsizetype length;
        bool inScratch;
    };

    Parse parse();
    Parse endOfLine(qsizetype p, qint64 line);
    void finishAtEnd(qint64 line);
    void resyncUnterminated(bool atEndOfInput);
    void handleTooLong();
    bool discardRestOfLine();
    qsizetype lineBreakFrom(qsizetype from) const;
    void fill();
    void skipByteOrderMark();

    QIODevice *m_device;
    qsizetype m_chunkSize;
    qsizetype m_maxRecordSize = DefaultMaxRecordSize;

    std::vector<char> m_buf; // m_buf[m_pos, m_len) is read but not yet consumed
    qsizetype m_pos = 0;
    qsizetype m_len = 0;
    qint64 m_line = 1; // physical line at m_pos
    bool m_eof = false;
    bool m_failed = false;
    bool m_started = false;
    bool m_discarding = false; // skipping the rest of an over-long line

    // The record being parsed: spans into m_buf or m_scratch, turned into views once the record is complete
    // (m_scratch may reallocate while later fields are unescaped).
    std::vector<Span> m_spans;
    std::string m_scratch;
    std::vector<QByteArrayView> m_fields;
    qsizetype m_openQuote = -1; // position of the opening quote of an unfinished quoted field
    qint64 m_openQuoteLine = 0;
    qsizetype m_nextPos = 0;
    qint64 m_nextLine = 1;

    qint64 m_recordLine = 0;
    QString m_recordError;
    QString m_errorString;
};

} // namespace rr
