#pragma once

#include <string>
#include <string_view>

namespace rr::wordforms {

// The normal form of one folded word (lower-case ASCII letters and digits, '_' for any other letter): the
// word's Snowball English stem ("fighting" -> "fight", "threats" -> "threat"), after an irregular form is
// mapped to its base ("threw" -> "throw", "fought" -> "fight", "shot" -> "shoot") and with a few words kept
// whole where the stem would merge two meanings ("armed" is not "arm", "fired" is not "fire"). Words of three
// letters or fewer, and words with digits or other letters, are their own normal form.
// Rule phrases and call text both go through it, so "swung a bottle" matches the rule term "swing".
// Thread-safe: each thread keeps its own stemmer.
std::string normalForm(std::string_view folded);

} // namespace rr::wordforms
