#pragma once

#include <QSet>
#include <QString>

namespace rr::deidwords {

// The word lists the de-identifier reads names by (docs/training.md, "De-identification"). Every word is
// lower-case; a caller looks a word up lower-cased. Built once on first use; read-only and safe to share
// between threads afterwards.

// Words that are never part of a person's name: function words, pronouns, common verbs, CAD abbreviations
// ("adv", "sts", "unk", "req"), days, months, numbers in words and the cue words themselves.
const QSet<QString> &stopWords();
// Ordinary words (nouns, adjectives) that are not part of a name: with stopWords and surnameWords, the
// dictionary a capitalised pair is checked against.
const QSet<QString> &commonWords();
// Surnames that are also words, but seldom in a narrative ("smith", "baker", "taylor"): a name after a cue.
const QSet<QString> &surnameWords();
// Surnames that are everyday words of a description ("white", "young", "king", "park"): a name only right
// after a given name or a title ("JOHN WHITE", "Mr. Young"), a word elsewhere ("subj white male").
const QSet<QString> &descriptiveSurnames();
// Common given names that are not also everyday words: a name wherever they stand.
const QSet<QString> &givenNames();
// Given names that are also everyday words ("will", "mark", "may", "rose"): a name only after a cue or
// followed by a surname.
const QSet<QString> &ambiguousGivenNames();
// Titles before a name: "mr", "mrs", "ms", "dr", "ofc", "sgt"...
const QSet<QString> &titles();
// Words that say a name follows whatever its case: "named", "aka"; "name is" and "identified as" are
// recognised by the de-identifier itself.
const QSet<QString> &namingCues();
// People a narrative names: "caller", "rp", "subj", "suspect", "victim", "son", "wife", "neighbor"...
const QSet<QString> &personCues();
// Street-type words that end a street name: "st", "ave", "rd", "blvd"...
const QSet<QString> &streetSuffixes();
// Words that end the name of a place or business: "hospital", "park", "mall", "walmart"...
const QSet<QString> &placeWords();
// Vehicle makes and models ("Dodge Charger", "Honda Civic"): never a person's name.
const QSet<QString> &vehicleMakes();
const QSet<QString> &vehicleModels();
// Name suffixes: "jr", "sr", "ii", "iii", "iv".
const QSet<QString> &nameSuffixes();
// Compass words before a street name: "n", "s", "e", "w", "ne", "north"...
const QSet<QString> &directions();

} // namespace rr::deidwords
