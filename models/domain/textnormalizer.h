#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>

namespace rr {

// Folds free text to the small alphabet the phrase matcher runs on: ASCII letters lower-cased, digits kept,
// every other ASCII character a word break, clause punctuation (. ; ! ?) a clause mark, and any non-ASCII
// character one "other letter" symbol, so that words written with accents still form one word.
// Used both to compile rule phrases and to scan call text, so the two always agree.
namespace textnorm {

inline constexpr std::uint8_t Space = 0;
inline constexpr std::uint8_t Clause = 1;  // "|" in compiled phrases
inline constexpr std::uint8_t Other = 2;   // any non-ASCII character
inline constexpr std::uint8_t FirstDigit = 3;
inline constexpr std::uint8_t FirstLetter = FirstDigit + 10;
inline constexpr int AlphabetSize = FirstLetter + 26;

// The symbol for one UTF-16 code unit.
std::uint8_t symbolOf(char16_t c);

// Phrase text as rule authors write it ("check the welfare", "well ck", "5150", "threat*"): the same folding,
// with runs of breaks collapsed to one Space and no leading or trailing break. A trailing '*' is returned
// through `prefix` and not folded.
QString canonicalPhrase(QStringView phrase, bool *prefix = nullptr);

} // namespace textnorm
} // namespace rr
