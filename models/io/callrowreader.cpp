#include "callrowreader.h"

#include <QCoreApplication>

#include "cadtime.h"
#include "utf8.h"

#include <charconv>
#include <cmath>

namespace rr {

namespace {
// The catalogues' context of this file's texts (free functions have no tr() of their own).
struct CallRowReaderText
{
    Q_DECLARE_TR_FUNCTIONS(rr::CallRowReader)
};
} // namespace

namespace {

bool allEmpty(const std::vector<QByteArrayView> &fields)
{
    for (QByteArrayView f : fields)
        if (!f.isEmpty())
            return false;
    return true;
}

// The value as it appears in a message: quoted, at most 40 characters.
QString quoted(QByteArrayView value)
{
    constexpr qsizetype maxChars = 40;
    QString text = QString::fromUtf8(value);
    if (text.size() > maxChars)
        text = text.left(maxChars) + u'\x2026';
    return u'"' + text + u'"';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool startsWithCaseInsensitive(QByteArrayView text, QByteArrayView lowerPrefix)
{
    if (text.size() < lowerPrefix.size())
        return false;
    for (qsizetype i = 0; i < lowerPrefix.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + ('a' - 'A'));
        if (c != lowerPrefix[i])
            return false;
    }
    return true;
}

// "3", "P1", "p2", "Priority 3", "PRI 2", "P-1". value is trimmed and not empty.
std::optional<int> parsePriority(QByteArrayView value)
{
    qsizetype i = 0;
    if (startsWithCaseInsensitive(value, "priority"))
        i = 8;
    else if (startsWithCaseInsensitive(value, "pri"))
        i = 3;
    else if (startsWithCaseInsensitive(value, "p"))
        i = 1;
    while (i > 0 && i < value.size() && (value[i] == ' ' || value[i] == '-' || value[i] == ':'))
        ++i;
    const qsizetype digitsStart = i;
    int result = 0;
    for (; i < value.size() && isDigit(value[i]); ++i) {
        if (i - digitsStart >= 6)
            return std::nullopt;
        result = result * 10 + (value[i] - '0');
    }
    if (i == digitsStart || i != value.size())
        return std::nullopt;
    return result;
}

// A plain decimal ("35.983926", "-78.9687") with at most 15 significant digits, read exactly: its digits
// and its power of ten are both exact doubles, so one division rounds as std::from_chars does (Clinger's
// fast path). Empty for anything else.
std::optional<double> parsePlainDecimal(const char *begin, const char *end)
{
    static constexpr double kPowers[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                         1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    const bool negative = begin < end && *begin == '-';
    const char *p = begin + (negative ? 1 : 0);
    std::uint64_t digits = 0;
    int count = 0;
    int fraction = -1; // digits after the point, once there is one
    for (; p < end; ++p) {
        if (*p >= '0' && *p <= '9') {
            digits = digits * 10 + std::uint64_t(*p - '0');
            if (++count > 15)
                return std::nullopt;
            if (fraction >= 0)
                ++fraction;
        } else if (*p == '.' && fraction < 0) {
            fraction = 0;
        } else {
            return std::nullopt;
        }
    }
    if (count == 0)
        return std::nullopt;
    const double magnitude = double(digits) / kPowers[fraction < 0 ? 0 : fraction];
    return negative ? -magnitude : magnitude;
}

// A finite decimal number, optionally signed; value is trimmed and not empty.
std::optional<double> parseNumber(QByteArrayView value)
{
    const char *begin = value.data();
    const char *end = begin + value.size();
    if (begin < end && *begin == '+')
        ++begin;
    if (const std::optional<double> plain = parsePlainDecimal(begin, end))
        return plain;
    double result = 0.0;
    const auto [ptr, ec] = std::from_chars(begin, end, result);
    if (ec != std::errc() || ptr != end || !std::isfinite(result))
        return std::nullopt;
    return result;
}

// answerFromString, without building a QString for the common short ASCII answers.
std::optional<Answer> parseAnswer(QByteArrayView value)
{
    if (value.isEmpty())
        return Answer::Unknown;
    char16_t buffer[24];
    if (value.size() <= qsizetype(std::size(buffer))) {
        bool ascii = true;
        for (qsizetype i = 0; i < value.size(); ++i) {
            const auto c = static_cast<unsigned char>(value[i]);
            ascii = ascii && c < 0x80;
            buffer[i] = c;
        }
        if (ascii) {
            // The common spellings without answerFromString's dozen case-insensitive comparisons.
            const auto is = [&](QByteArrayView word) {
                if (value.size() != word.size())
                    return false;
                for (qsizetype i = 0; i < word.size(); ++i)
                    if ((buffer[i] | 0x20) != word[i])
                        return false;
                return true;
            };
            if (is("yes"))
                return Answer::Yes;
            if (is("no"))
                return Answer::No;
            if (is("unknown"))
                return Answer::Unknown;
            return answerFromString(QStringView(buffer, value.size()));
        }
    }
    return answerFromString(QString::fromUtf8(value));
}

constexpr std::array kTextFields = {InputField::Id,        InputField::CallType, InputField::CallCode,
                                    InputField::Narrative, InputField::Address,  InputField::Beat};

QString &textMember(Call &call, InputField field)
{
    switch (field) {
    case InputField::Id:
        return call.id;
    case InputField::CallType:
        return call.callType;
    case InputField::CallCode:
        return call.callCode;
    case InputField::Narrative:
        return call.narrative;
    case InputField::Address:
        return call.address;
    default:
        return call.beat;
    }
}

} // namespace

CallRowReader::CallRowReader(QIODevice *device, ColumnMapping mapping, qsizetype chunkSize)
    : m_reader(device, chunkSize), m_mapping(std::move(mapping))
{
    m_columns.fill(-1);
}

Result<void> CallRowReader::open()
{
    m_open = false;
    do {
        if (!m_reader.readRecord()) {
            if (!m_reader.errorString().isEmpty())
                return Failure{
                    CallRowReaderText::tr("cannot read the input: %1").arg(m_reader.errorString())};
            return Failure{CallRowReaderText::tr("the input is empty: expected a header row")};
        }
    } while (allEmpty(m_reader.fields()));
    if (!m_reader.recordError().isEmpty())
        return Failure{CallRowReaderText::tr("line %1: malformed header: %2")
                           .arg(m_reader.recordLine())
                           .arg(m_reader.recordError())};

    m_header.clear();
    for (QByteArrayView f : m_reader.fields())
        m_header.append(QString::fromUtf8(trimmedBytes(f)));
    const Result<ColumnIndexes> resolved = m_mapping.resolve(m_header);
    if (!resolved)
        return resolved.failure();
    m_columns = *resolved;

    const QString columns = m_header.join(QStringLiteral(", "));
    if (m_columns[static_cast<int>(InputField::Id)] < 0)
        return Failure{CallRowReaderText::tr(
                           "the header has no \"id\" column (map one with id=COLUMN); its columns are: %1")
                           .arg(columns)};
    if (m_columns[static_cast<int>(InputField::CallType)] < 0 &&
        m_columns[static_cast<int>(InputField::CallCode)] < 0 &&
        m_columns[static_cast<int>(InputField::Narrative)] < 0)
        return Failure{CallRowReaderText::tr(
                           "the header has none of the columns call_type, call_code and narrative (map at "
                           "least one, e.g. call_type=COLUMN); its columns are: %1")
                           .arg(columns)};
    m_open = true;
    return {};
}

CallRowReader::Status CallRowReader::next(Call &call, RowError &error)
{
    if (!m_open)
        return Status::End;
    for (;;) {
        if (!m_reader.readRecord()) {
            if (m_reader.errorString().isEmpty())
                return Status::End;
            error.line = m_reader.recordLine();
            error.message = CallRowReaderText::tr("cannot read the input: %1").arg(m_reader.errorString());
            return Status::ReadError;
        }
        const std::vector<QByteArrayView> &fields = m_reader.fields();
        QString message;
        if (!m_reader.recordError().isEmpty()) {
            message = m_reader.recordError();
        } else {
            if (allEmpty(fields))
                continue;
            if (qsizetype(fields.size()) != m_header.size())
                message = CallRowReaderText::tr("expected %1 fields, found %2")
                              .arg(m_header.size())
                              .arg(fields.size());
            else
                message = fillCall(fields, call);
        }
        ++m_rowsRead;
        if (message.isEmpty())
            return Status::Row;
        ++m_rowsRejected;
        error.line = m_reader.recordLine();
        error.message = std::move(message);
        return Status::BadRow;
    }
}

QString CallRowReader::fillCall(const std::vector<QByteArrayView> &fields, Call &call) const
{
    const auto column = [&](InputField f) -> std::optional<QByteArrayView> {
        const qsizetype index = m_columns[static_cast<int>(f)];
        if (index < 0)
            return std::nullopt;
        return trimmedBytes(fields[static_cast<size_t>(index)]);
    };

    for (InputField f : kTextFields) {
        QString &target = textMember(call, f);
        const std::optional<QByteArrayView> value = column(f);
        if (!value)
            target.resize(0);
        else if (!assignUtf8(target, *value))
            return CallRowReaderText::tr("invalid UTF-8 in %1").arg(label(f));
    }
    if (call.id.isEmpty())
        return CallRowReaderText::tr("empty %1").arg(label(InputField::Id));

    if (const auto value = column(InputField::ReceivedAt); value && !value->isEmpty()) {
        std::optional<QDateTime> time = parseCadDateTime(*value);
        if (!time)
            return CallRowReaderText::tr("unparseable %1 %2")
                .arg(label(InputField::ReceivedAt), quoted(*value));
        call.receivedAt = std::move(*time);
    } else {
        call.receivedAt = QDateTime();
    }

    call.priority.reset();
    if (const auto value = column(InputField::Priority); value && !value->isEmpty()) {
        call.priority = parsePriority(*value);
        if (!call.priority)
            return CallRowReaderText::tr("unparseable %1 %2")
                .arg(label(InputField::Priority), quoted(*value));
    }

    struct Coordinate
    {
        InputField field;
        std::optional<double> &target;
        double limit;
    };
    for (const Coordinate &c : {Coordinate{InputField::Lat, call.latitude, 90.0},
                                Coordinate{InputField::Lon, call.longitude, 180.0}}) {
        c.target.reset();
        const auto value = column(c.field);
        if (!value || value->isEmpty())
            continue;
        c.target = parseNumber(*value);
        if (!c.target)
            return CallRowReaderText::tr("unparseable %1 %2").arg(label(c.field), quoted(*value));
        if (*c.target < -c.limit || *c.target > c.limit)
            return CallRowReaderText::tr("%1 %2 is outside -%3..%3")
                .arg(label(c.field), quoted(*value))
                .arg(c.limit);
    }

    for (int s = 0; s < ScreenCount; ++s) {
        const auto field = static_cast<InputField>(static_cast<int>(InputField::Weapon) + s);
        const auto value = column(field);
        if (!value) {
            call.screening.answers[s] = Answer::Unknown;
            continue;
        }
        const std::optional<Answer> answer = parseAnswer(*value);
        if (!answer)
            return CallRowReaderText::tr("%1 must be yes, no, unknown or empty, not %2")
                .arg(label(field), quoted(*value));
        call.screening.answers[s] = *answer;
    }
    return {};
}

// "narrative", or "narrative (column \"Comments\")" when the export names it differently.
QString CallRowReader::label(InputField field) const
{
    const QString name = inputFieldName(field);
    const qsizetype index = m_columns[static_cast<int>(field)];
    if (index < 0 || m_header.at(index).compare(name, Qt::CaseInsensitive) == 0)
        return name;
    return CallRowReaderText::tr("%1 (column \"%2\")").arg(name, m_header.at(index));
}

} // namespace rr
