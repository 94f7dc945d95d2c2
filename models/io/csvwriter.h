#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QStringView>

class QIODevice;

namespace rr {

// Appends RFC 4180 rows (UTF-8, LF line ends) to an internal buffer and writes it to the device whenever
// it passes 64 KiB and on flush(): a few thousand device writes for a million rows, with a buffer small
// enough to stay in the processor's cache beside the triage engine's tables. A field is quoted only when it
// must be: a comma, quote, CR or LF, or a space or tab at either end. Lives on the thread that writes; not
// thread-safe.
class CsvWriter
{
public:
    static constexpr qsizetype FlushThreshold = qsizetype(64) << 10;

    // The device must be open for writing and outlive the writer.
    explicit CsvWriter(QIODevice *out);
    // Flushes what is still buffered.
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void field(QStringView text);
    void field(QByteArrayView utf8);
    void field(QLatin1StringView text);
    void endRow();
    // A whole row, e.g. a header.
    void row(const QStringList &fields);

    // Writes everything buffered to the device (and the device's own buffer to the OS). False on a write
    // error, which errorString() then describes; the first error sticks.
    bool flush();
    QString errorString() const { return m_error; }

private:
    // Room for bytes more at m_data + m_used, writing the buffer out first if needed.
    char *reserve(qsizetype bytes)
    {
        return m_used + bytes <= m_capacity ? m_data + m_used : makeRoom(bytes);
    }
    char *makeRoom(qsizetype bytes);
    void separate();
    void writeOut();

    QIODevice *m_out;
    QByteArray m_buffer;
    char *m_data = nullptr; // m_buffer.data(), cached: QByteArray::data() checks for sharing on each call
    qsizetype m_capacity = 0;
    qsizetype m_used = 0;
    bool m_inRow = false;
    QString m_error;
};

} // namespace rr
