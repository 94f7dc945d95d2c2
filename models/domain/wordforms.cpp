#include "wordforms.h"

#include <libstemmer.h>

#include <memory>
#include <unordered_map>

namespace rr::wordforms {

namespace {

struct StemmerDeleter
{
    void operator()(sb_stemmer *s) const { sb_stemmer_delete(s); }
};

std::string stem(std::string_view word)
{
    // The Snowball stemmer keeps state between calls: one per thread.
    thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(sb_stemmer_new("english", "UTF_8"));
    if (!stemmer)
        return std::string(word);
    const sb_symbol *out =
        sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol *>(word.data()), int(word.size()));
    if (!out)
        return std::string(word);
    return std::string(reinterpret_cast<const char *>(out), std::size_t(sb_stemmer_length(stemmer.get())));
}

// Irregular forms whose stem is not the stem of their base word, and words kept whole because their stem
// would merge two meanings that the rules must tell apart. Base "" means: keep the word as it is.
struct Form
{
    const char *word;
    const char *base;
};
constexpr Form kForms[] = {
    // Irregular verbs that tell violence, crime or injury.
    {"threw", "throw"},
    {"thrown", "throw"},
    {"fought", "fight"},
    {"broke", "break"},
    {"broken", "break"},
    {"shot", "shoot"},
    {"shots", "shoot"},
    {"struck", "strike"},
    {"swung", "swing"},
    {"stole", "steal"},
    {"stolen", "steal"},
    {"beaten", "beat"},
    {"bit", "bite"},
    {"bitten", "bite"},
    {"spat", "spit"},
    {"fled", "flee"},
    {"hid", "hide"},
    {"hidden", "hide"},
    {"held", "hold"},
    {"took", "take"},
    {"taken", "take"},
    {"caught", "catch"},
    {"fell", "fall"},
    {"fallen", "fall"},
    {"bled", "bleed"},
    {"drove", "drive"},
    {"driven", "drive"},
    {"ran", "run"},
    {"slid", "slide"},
    {"stuck", "stick"},
    {"tore", "tear"},
    {"torn", "tear"},
    {"shook", "shake"},
    {"shaken", "shake"},
    {"dug", "dig"},
    {"blew", "blow"},
    {"blown", "blow"},
    {"froze", "freeze"},
    {"frozen", "freeze"},
    {"overdosed", "overdose"},
    {"sought", "seek"},
    {"bought", "buy"},
    {"brought", "bring"},
    {"kept", "keep"},
    {"slept", "sleep"},
    {"left", ""},
    {"found", ""},
    {"lost", "lose"},
    {"wore", "wear"},
    {"worn", "wear"},
    {"hung", "hang"},
    {"snuck", "sneak"},
    {"crept", "creep"},
    {"knelt", "kneel"},
    {"ate", "eat"},
    {"eaten", "eat"},
    // Short verbs the length rule below would keep whole, although their other forms are stemmed
    // ("trying" and "tried" to "tri").
    {"try", "try"},
    {"cry", "cry"},
    {"pry", "pry"},
    {"fly", "fly"},
    {"dry", "dry"},
    {"spy", "spy"},
    // Irregular plurals.
    {"men", "man"},
    {"women", "woman"},
    {"children", "child"},
    {"knives", "knife"},
    {"people", "person"},
    {"teeth", "tooth"},
    {"feet", "foot"},
    {"mice", "mouse"},
    {"wolves", "wolf"},
    {"lives", "life"},
    {"wives", "wife"},
    {"thieves", "thief"},
    {"injury", "injure"},
    {"injuries", "injure"},
    // Kept whole: their stems would merge meanings ("armed" with "arm", "fired" from a job with "fire").
    {"armed", ""},
    {"fired", ""},
    {"firing", ""},
    {"parked", ""},
    {"parking", ""},
    {"dating", ""},
    {"stabled", ""},
    {"news", ""},
    {"dying", "die"},
    {"ems", ""},
    {"hospital", ""},
    {"hospitalized", ""},
};

const std::unordered_map<std::string_view, std::string> &forms()
{
    static const std::unordered_map<std::string_view, std::string> table = [] {
        std::unordered_map<std::string_view, std::string> t;
        for (const Form &f : kForms)
            t.emplace(f.word, *f.base ? stem(f.base) : std::string(f.word));
        return t;
    }();
    return table;
}

bool plainWord(std::string_view word)
{
    for (char c : word)
        if (c < 'a' || c > 'z')
            return false;
    return true;
}

} // namespace

std::string normalForm(std::string_view folded)
{
    const auto &table = forms();
    if (const auto it = table.find(folded); it != table.end())
        return it->second;
    if (folded.size() <= 3 || !plainWord(folded))
        return std::string(folded);
    return stem(folded);
}

} // namespace rr::wordforms
