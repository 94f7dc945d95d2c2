#include "callcsv.h"

#include "cadtime.h"
#include "columnmapping.h"
#include "csvwriter.h"

#include <charconv>

namespace rr {

namespace {

void writeNumber(CsvWriter &writer, const std::optional<double> &value)
{
    if (!value) {
        writer.field(QByteArrayView());
        return;
    }
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, *value, std::chars_format::fixed, 6);
    writer.field(QByteArrayView(buffer, result.ptr - buffer));
}

void writeInteger(CsvWriter &writer, const std::optional<int> &value)
{
    if (!value) {
        writer.field(QByteArrayView());
        return;
    }
    char buffer[16];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, *value);
    writer.field(QByteArrayView(buffer, result.ptr - buffer));
}

QByteArrayView answerText(Answer answer)
{
    switch (answer) {
    case Answer::Yes:
        return "yes";
    case Answer::No:
        return "no";
    case Answer::Unknown:
        break;
    }
    return {};
}

} // namespace

QStringList canonicalCallColumns()
{
    return inputFieldNames();
}

void writeCall(CsvWriter &writer, const Call &call)
{
    char time[MaxCadDateTimeLength];
    writer.field(QStringView(call.id));
    writer.field(QByteArrayView(time, formatCadDateTime(call.receivedAt, time)));
    writer.field(QStringView(call.callType));
    writer.field(QStringView(call.callCode));
    writeInteger(writer, call.priority);
    writer.field(QStringView(call.narrative));
    writer.field(QStringView(call.address));
    writeNumber(writer, call.latitude);
    writeNumber(writer, call.longitude);
    writer.field(QStringView(call.beat));
    for (Answer answer : call.screening.answers)
        writer.field(answerText(answer));
    writer.endRow();
}

} // namespace rr
