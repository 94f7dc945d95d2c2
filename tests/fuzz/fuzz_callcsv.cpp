// Fuzz target: a CAD-export CSV read into calls through a column mapping, as `import`, `triage` and
// `evaluate` read one (CsvReader, ColumnMapping, CallRowReader, and LabelColumns with LabelledCallReader).
//
// Input: option lines, then the CSV. An option line is "map FIELD=COLUMN" (a --map argument, call or label
// field), "chunk N" (the reader's chunk size, 1..4096) or "max N" (its maximum record size, 1..65536); the
// first line that is none of these starts the CSV.
//
// Checks besides "no crash": the records do not depend on the chunk size (when no record reaches the
// maximum size), line numbers never go back, every bad row has a reason and the row counts add up.

#include "fuzztarget.h"

#include "eval/labelcolumns.h"
#include "eval/labelledcallreader.h"
#include "io/callrowreader.h"

#include <QBuffer>

#include <algorithm>
#include <vector>

namespace {

struct Options
{
    QStringList maps;
    qsizetype chunk = 64;
    qsizetype maxRecord = 16384;
};

// Splits the option lines off the front of the input.
Options readOptions(QByteArray &input)
{
    Options o;
    while (true) {
        const qsizetype end = input.indexOf('\n');
        const QByteArray line = input.left(end < 0 ? input.size() : end);
        if (line.startsWith("map "))
            o.maps.append(QString::fromUtf8(line.mid(4)));
        else if (line.startsWith("chunk "))
            o.chunk = std::clamp<qsizetype>(line.mid(6).toInt(), 1, 4096);
        else if (line.startsWith("max "))
            o.maxRecord = std::clamp<qsizetype>(line.mid(4).toInt(), 1, 65536);
        else
            break;
        input.remove(0, end < 0 ? input.size() : end + 1);
    }
    return o;
}

struct Record
{
    QList<QByteArray> fields;
    qint64 line = 0;
    QString error;

    friend bool operator==(const Record &, const Record &) = default;
};

QString describe(const Record &r)
{
    QString out = QStringLiteral("line %1 [%2]").arg(r.line).arg(r.error);
    for (const QByteArray &f : r.fields)
        out += QStringLiteral(" |") + QString::fromUtf8(f.toPercentEncoding());
    return out;
}

std::vector<Record> readRecords(QByteArray input, qsizetype chunk, qsizetype maxRecord)
{
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    rr::CsvReader reader(&buffer, chunk);
    reader.setMaxRecordSize(maxRecord);
    std::vector<Record> out;
    while (reader.readRecord()) {
        Record r{{}, reader.recordLine(), reader.recordError()};
        for (QByteArrayView f : reader.fields())
            r.fields.append(f.toByteArray());
        FUZZ_CHECK(out.empty() || r.line > out.back().line,
                   QStringLiteral("line %1 after line %2").arg(r.line).arg(out.back().line));
        out.push_back(std::move(r));
    }
    FUZZ_CHECK(reader.errorString().isEmpty(), reader.errorString());
    return out;
}

void compareChunkings(const QByteArray &input, qsizetype chunk)
{
    const std::vector<Record> small = readRecords(input, chunk, rr::CsvReader::DefaultMaxRecordSize);
    // One read of the whole input (the default 1 MiB chunk would only cost a large allocation per run).
    const std::vector<Record> whole =
        readRecords(input, std::max<qsizetype>(input.size(), 1), rr::CsvReader::DefaultMaxRecordSize);
    FUZZ_CHECK(small.size() == whole.size(), QStringLiteral("%1 records in chunks of %2, %3 in one")
                                                 .arg(small.size())
                                                 .arg(chunk)
                                                 .arg(whole.size()));
    for (std::size_t i = 0; i < small.size(); ++i)
        FUZZ_CHECK(small[i] == whole[i], QStringLiteral("record %1: %2 in chunks of %3, %4 in one")
                                             .arg(i)
                                             .arg(describe(small[i]))
                                             .arg(chunk)
                                             .arg(describe(whole[i])));
}

void readCalls(rr::CallRowReader &reader)
{
    rr::Call call;
    rr::RowError error;
    qint64 rows = 0;
    for (;;) {
        const rr::CallRowReader::Status status = reader.next(call, error);
        if (status == rr::CallRowReader::Status::End || status == rr::CallRowReader::Status::ReadError)
            break;
        ++rows;
        if (status == rr::CallRowReader::Status::Row)
            FUZZ_CHECK(!call.id.isEmpty(), QStringLiteral("a row without an id was accepted"));
        else
            FUZZ_CHECK(!error.message.isEmpty(), QStringLiteral("a bad row without a reason"));
    }
    FUZZ_CHECK(reader.rowsRead() == rows,
               QStringLiteral("rows read %1, counted %2").arg(reader.rowsRead()).arg(rows));
}

void readLabelled(rr::CallRowReader &calls, const rr::LabelColumns &columns)
{
    rr::LabelledCallReader reader(calls, columns);
    if (!reader.open()) {
        readCalls(calls); // no label columns: the file is read as plain calls
        return;
    }
    rr::LabelledCall row;
    rr::RowError error;
    for (;;) {
        const auto status = reader.next(row, error);
        if (status == rr::CallRowReader::Status::End || status == rr::CallRowReader::Status::ReadError)
            break;
        if (status == rr::CallRowReader::Status::BadRow)
            FUZZ_CHECK(!error.message.isEmpty(), QStringLiteral("a bad labelled row without a reason"));
    }
    FUZZ_CHECK(reader.rowsRejected() <= reader.rowsRead(), QStringLiteral("more rows rejected than read"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray input = rr::fuzz::bytes(data, size);
    const Options options = readOptions(input);

    const rr::Result<rr::LabelColumns::Split> split = rr::LabelColumns::fromArguments(options.maps);
    if (!split)
        return 0;
    const rr::Result<rr::ColumnMapping> mapping = rr::ColumnMapping::fromArguments(split->callMaps);
    if (!mapping)
        return 0;

    compareChunkings(input, options.chunk);
    readRecords(input, options.chunk, options.maxRecord); // over-long records: no crash, lines in order

    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    rr::CallRowReader reader(&buffer, *mapping, options.chunk);
    if (!reader.open())
        return 0;
    readLabelled(reader, split->labels);
    return 0;
}
