#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <cstdint>

namespace rr {

// Folds free text to the small alphabet the phrase matcher runs on: ASCII letters lower-cased, digits kept,
// clause punctuation (. , ; ! ? | and line breaks) a clause mark, every other ASCII character and the common
// Unicode spaces, dashes and quotes a word break, and any other non-ASCII character one "other letter"
// symbol, so that words written with accents still form one word.
// Used both to compile rule phrases and to scan call text, so the two always agree.
namespace textnorm {

inline constexpr std::uint8_t Space = 0;
inline constexpr std::uint8_t Clause = 1; // "|" in compiled phrases
inline constexpr std::uint8_t Other = 2;  // any non-ASCII character
inline constexpr std::uint8_t FirstDigit = 3;
inline constexpr std::uint8_t FirstLetter = FirstDigit + 10;
inline constexpr int AlphabetSize = FirstLetter + 26;

namespace detail {
constexpr std::array<std::uint8_t, 128> makeTable()
{
    std::array<std::uint8_t, 128> t{};
    for (int c = 0; c < 128; ++c) {
        if (c >= '0' && c <= '9')
            t[c] = std::uint8_t(FirstDigit + (c - '0'));
        else if (c >= 'a' && c <= 'z')
            t[c] = std::uint8_t(FirstLetter + (c - 'a'));
        else if (c >= 'A' && c <= 'Z')
            t[c] = std::uint8_t(FirstLetter + (c - 'A'));
        else if (c == '.' || c == ';' || c == '!' || c == '?' || c == ',' || c == '|' || c == '\n')
            t[c] = Clause;
        else
            t[c] = Space;
    }
    return t;
}
inline constexpr std::array<std::uint8_t, 128> kSymbols = makeTable();
} // namespace detail

// The symbol of a non-ASCII UTF-16 code unit (out of line: rare in CAD text).
std::uint8_t symbolOfNonAscii(char16_t c);

// The symbol for one UTF-16 code unit.
inline std::uint8_t symbolOf(char16_t c)
{
    if (c < 128) [[likely]]
        return detail::kSymbols[c];
    return symbolOfNonAscii(c);
}

// A call-type code folded for exact comparison: letters lower-cased, digits kept, every run of anything else
// one space, no leading or trailing space ("10-56" -> "10 56", "WELCK" -> "welck"). Writes into `out`.
void foldCode(QStringView code, QString &out);

// Phrase text as rule authors write it ("check the welfare", "well ck", "5150", "threat*"): the same folding,
// with runs of breaks collapsed to one Space and no leading or trailing break. A trailing '*' is returned
// through `prefix` and not folded.
QString canonicalPhrase(QStringView phrase, bool *prefix = nullptr);

} // namespace textnorm
} // namespace rr
