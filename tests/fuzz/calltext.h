#pragma once

// Turns fuzz input into the text fields of a call, for the targets that read a call's free text (triage,
// de-identification). Text reaches them from CSV (valid UTF-8) and from JSON, whose \u escapes can carry any
// UTF-16 code unit, lone surrogates included: the first byte chooses between the two decodings.

#include "fuzztarget.h"

#include "domain/call.h"

namespace rr::fuzz {

// Input: a flags byte, two bytes of screening answers, then "call type\ncall code\naddress\nnarrative...".
inline Call callFromInput(const std::uint8_t *data, std::size_t size)
{
    Call call;
    call.id = QStringLiteral("FUZZ-1");
    if (size < 3)
        return call;
    const bool utf16 = data[0] & 1;
    unsigned answers = data[1] | (unsigned(data[2]) << 8);
    for (int s = 0; s < ScreenCount; ++s, answers /= 3)
        call.screening.answers[std::size_t(s)] = static_cast<Answer>(answers % 3);
    const char *text = reinterpret_cast<const char *>(data + 3);
    const qsizetype length = qsizetype(size - 3);
    const QString all = utf16 ? QString::fromUtf16(reinterpret_cast<const char16_t *>(text), length / 2)
                              : QString::fromUtf8(text, length);
    const QStringList lines = all.split(u'\n');
    call.callType = lines.value(0);
    call.callCode = lines.value(1);
    call.address = lines.value(2);
    call.narrative = lines.mid(3).join(u'\n');
    return call;
}

} // namespace rr::fuzz
