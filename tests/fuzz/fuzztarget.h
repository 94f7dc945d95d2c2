#pragma once

// What every fuzz target (tests/fuzz/fuzz_*.cpp) shares: the libFuzzer entry points, and FUZZ_CHECK for the
// properties a target checks besides "no crash". The same target is linked either with libFuzzer (preset
// fuzz) or with replay.cpp, which runs it over its committed corpus as a ctest test (label fuzz).

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Runs one input. A target may also define extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv),
// which runs once before the first input.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace rr::fuzz {

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

[[noreturn]] inline void failed(const char *condition, const char *file, int line, const QString &detail)
{
    QString shown; // control characters (a NUL would end the line) and lone surrogates escaped
    for (QChar c : detail)
        shown += c.unicode() < 0x20 || c.isSurrogate()
                     ? QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QChar(u'0'))
                     : QString(c);
    std::fprintf(stderr, "%s:%d: FUZZ_CHECK(%s) failed%s%s\n", file, line, condition,
                 detail.isEmpty() ? "" : ": ", shown.toUtf8().constData());
    std::abort(); // libFuzzer saves the input as a crash
}

} // namespace rr::fuzz

// A property of the code under test; a failure aborts, so libFuzzer keeps the input.
#define FUZZ_CHECK(condition, detail)                                                                        \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            ::rr::fuzz::failed(#condition, __FILE__, __LINE__, (detail));                                    \
    } while (false)
