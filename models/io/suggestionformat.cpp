#include "suggestionformat.h"

#include "csvwriter.h"
#include "utf8.h"

#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>

namespace rr {

namespace {

QByteArrayView responseText(ResponseKind kind)
{
    switch (kind) {
    case ResponseKind::Unarmed:
        return "unarmed";
    case ResponseKind::CoResponder:
        return "co_responder";
    case ResponseKind::Police:
        break;
    }
    return "police";
}

// Writes one JSON line straight into a QByteArray sized once for the worst case: QJsonDocument would build
// a whole object tree per line, and small appends each check capacity and sharing.
class JsonLine
{
public:
    explicit JsonLine(qsizetype maxBytes)
    {
        m_out.resize(maxBytes);
        m_begin = m_d = m_out.data();
    }

    JsonLine &key(QByteArrayView name)
    {
        comma();
        *m_d++ = '"';
        put(name);
        *m_d++ = '"';
        *m_d++ = ':';
        m_needComma = false;
        return *this;
    }
    JsonLine &open(char bracket)
    {
        comma();
        *m_d++ = bracket;
        m_needComma = false;
        return *this;
    }
    JsonLine &close(char bracket)
    {
        *m_d++ = bracket;
        m_needComma = true;
        return *this;
    }
    // A string known to need no escaping.
    JsonLine &plainString(QByteArrayView ascii)
    {
        *m_d++ = '"';
        put(ascii);
        *m_d++ = '"';
        m_needComma = true;
        return *this;
    }
    JsonLine &string(QStringView text);
    JsonLine &number(double value);
    JsonLine &integer(qint64 value);
    JsonLine &boolean(bool value)
    {
        put(value ? QByteArrayView("true") : QByteArrayView("false"));
        m_needComma = true;
        return *this;
    }
    QByteArray take()
    {
        *m_d++ = '\n';
        m_out.resize(m_d - m_begin);
        return std::move(m_out);
    }

    // Bytes a string of n UTF-16 units can take: \u00XX is the longest form of one unit, plus quotes.
    static qsizetype maxString(qsizetype n) { return 6 * n + 2; }
    static constexpr qsizetype MaxNumber = 32;

private:
    void comma()
    {
        if (m_needComma)
            *m_d++ = ',';
    }
    void put(QByteArrayView bytes)
    {
        std::memcpy(m_d, bytes.data(), static_cast<size_t>(bytes.size()));
        m_d += bytes.size();
    }

    QByteArray m_out;
    char *m_begin = nullptr;
    char *m_d = nullptr;
    bool m_needComma = false;
};

JsonLine &JsonLine::string(QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    char *d = m_d;
    *d++ = '"';
    const char16_t *s = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i];
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            *d++ = static_cast<char>(c);
            continue;
        }
        if (c == '"' || c == '\\') {
            *d++ = '\\';
            *d++ = static_cast<char>(c);
        } else if (c == '\n') {
            *d++ = '\\';
            *d++ = 'n';
        } else if (c == '\r') {
            *d++ = '\\';
            *d++ = 'r';
        } else if (c == '\t') {
            *d++ = '\\';
            *d++ = 't';
        } else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
            d = putUtf8(d, 0x10000 + ((char32_t(c) - 0xD800) << 10) + (s[i + 1] - 0xDC00));
            ++i;
        } else if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF)) {
            *d++ = '\\';
            *d++ = 'u';
            *d++ = hex[(c >> 12) & 0xF];
            *d++ = hex[(c >> 8) & 0xF];
            *d++ = hex[(c >> 4) & 0xF];
            *d++ = hex[c & 0xF];
        } else {
            d = putUtf8(d, c);
        }
    }
    *d++ = '"';
    m_d = d;
    m_needComma = true;
    return *this;
}

JsonLine &JsonLine::number(double value)
{
    if (!std::isfinite(value))
        put("null"); // JSON has no NaN or infinity
    else
        m_d = std::to_chars(m_d, m_d + MaxNumber, value).ptr;
    m_needComma = true;
    return *this;
}

JsonLine &JsonLine::integer(qint64 value)
{
    m_d = std::to_chars(m_d, m_d + MaxNumber, value).ptr;
    m_needComma = true;
    return *this;
}

// A confidence with two decimals ("0.85"). The engine gives a handful of distinct values, so the text of
// each is kept per thread, in a small table by the value's bits, instead of formatted on every row.
QByteArrayView confidenceText(double value)
{
    struct Slot
    {
        std::uint64_t bits = 0;
        bool used = false;
        std::uint8_t length = 0;
        char text[32]; // ample for a confidence
    };
    thread_local std::array<Slot, 64> table;
    const auto bits = std::bit_cast<std::uint64_t>(value);
    Slot &slot = table[(bits * 0x9E3779B97F4A7C15ull) >> 58];
    if (!slot.used || slot.bits != bits) {
        const auto result =
            std::to_chars(slot.text, slot.text + sizeof slot.text, value, std::chars_format::fixed, 2);
        slot.length = std::uint8_t(result.ptr - slot.text);
        slot.bits = bits;
        slot.used = true;
    }
    return QByteArrayView(slot.text, slot.length);
}

} // namespace

QStringList triageCsvColumns()
{
    return {QStringLiteral("id"),         QStringLiteral("response"), QStringLiteral("ems"),
            QStringLiteral("confidence"), QStringLiteral("category"), QStringLiteral("reasons")};
}

void writeTriageCsv(CsvWriter &writer, const QString &callId, const Suggestion &suggestion)
{
    writer.field(QStringView(callId));
    writer.field(responseText(suggestion.kind));
    writer.field(suggestion.ems ? QByteArrayView("true") : QByteArrayView("false"));
    writer.field(confidenceText(std::isfinite(suggestion.confidence) ? suggestion.confidence : 0.0));
    writer.field(QStringView(suggestion.category));
    if (suggestion.reasons.size() == 1) {
        writer.field(QStringView(suggestion.reasons.constFirst().text));
    } else {
        thread_local QString joined; // reused: no allocation per row once warm
        joined.resize(0);
        for (qsizetype i = 0; i < suggestion.reasons.size(); ++i) {
            if (i > 0)
                joined.append(QLatin1StringView(" | "));
            joined.append(suggestion.reasons.at(i).text);
        }
        writer.field(QStringView(joined));
    }
    writer.endRow();
}

QByteArray triageJsonLine(const QString &callId, const Suggestion &suggestion)
{
    // Keys, punctuation and numbers fit in 256 bytes per line and 128 per reason or trigger.
    qsizetype maxBytes = 256 + JsonLine::maxString(callId.size()) +
                         JsonLine::maxString(suggestion.category.size()) +
                         JsonLine::maxString(suggestion.rulesVersion.size());
    for (const Reason &r : suggestion.reasons)
        maxBytes += 128 + JsonLine::maxString(r.ruleId.size()) + JsonLine::maxString(r.text.size());
    for (const Trigger &t : suggestion.triggers)
        maxBytes += 128 + JsonLine::maxString(t.ruleId.size()) + JsonLine::maxString(t.text.size());
    JsonLine json(maxBytes);
    json.open('{');
    json.key("id").string(callId);
    json.key("response").plainString(responseText(suggestion.kind));
    json.key("ems").boolean(suggestion.ems);
    json.key("confidence").number(suggestion.confidence);
    json.key("category").string(suggestion.category);
    json.key("reasons").open('[');
    for (const Reason &r : suggestion.reasons) {
        json.open('{');
        json.key("rule").string(r.ruleId);
        json.key("text").string(r.text);
        json.close('}');
    }
    json.close(']');
    json.key("triggers").open('[');
    for (const Trigger &t : suggestion.triggers) {
        json.open('{');
        json.key("rule").string(t.ruleId);
        json.key("field").plainString(t.field == CallField::CallType ? "call_type" : "narrative");
        json.key("start").integer(t.start);
        json.key("length").integer(t.length);
        json.key("text").string(t.text);
        json.close('}');
    }
    json.close(']');
    json.key("rules_version").string(suggestion.rulesVersion);
    json.close('}');
    return json.take();
}

} // namespace rr
