// Tests of PhraseMatcher: word boundaries, prefixes, punctuation and case folding, clause marks, offsets into
// the text as written, and agreement with a naive search over thousands of phrases.

#include "domain/phrasematcher.h"
#include "domain/textnormalizer.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <tuple>
#include <vector>

using namespace rr;

namespace {

std::vector<PhraseHit> scanAll(const PhraseMatcher &m, const QString &text, int *words = nullptr)
{
    std::vector<PhraseHit> hits;
    const int n = m.scan(text, hits);
    if (words)
        *words = n;
    return hits;
}

PhraseMatcher matcherOf(const QStringList &phrases)
{
    PhraseMatcher m;
    for (int i = 0; i < phrases.size(); ++i)
        m.add(phrases[i], i);
    m.build();
    return m;
}

// "id@start+length" for each hit, in scan order, for readable failures.
QString describe(const std::vector<PhraseHit> &hits)
{
    QStringList out;
    for (const PhraseHit &h : hits)
        out << QStringLiteral("%1@%2+%3[w%4-%5]")
                   .arg(h.phraseId)
                   .arg(h.start)
                   .arg(h.end - h.start)
                   .arg(h.firstWord)
                   .arg(h.lastWord);
    return out.join(u' ');
}

using HitKey = std::tuple<int, int, int, int, int>; // id, firstWord, lastWord, start, end

HitKey keyOf(const PhraseHit &h)
{
    return {h.phraseId, h.firstWord, h.lastWord, h.start, h.end};
}

// A naive model of the matcher, written from its contract rather than its code: the text is cut into tokens
// (words of letters, digits and non-ASCII characters; a clause mark for . , ; ! ? | and new line, never two
// in a row nor at the start, and one closing the text), and each phrase is compared token by token.
struct Token
{
    QString text; // lower case; "|" for a clause mark
    int start;
    int end;
};

std::vector<Token> tokenize(const QString &text)
{
    std::vector<Token> out;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        const QChar c = text[i];
        const bool clause = QStringLiteral(".,;!?|\n").contains(c);
        const bool wordChar = c.unicode() >= 128 || (c.unicode() < 128 && c.isLetterOrNumber());
        if (clause) {
            if (!out.empty() && out.back().text != u"|")
                out.push_back({QStringLiteral("|"), i, i + 1});
            ++i;
        } else if (wordChar) {
            int j = i;
            while (j < n &&
                   (text[j].unicode() >= 128 || (text[j].unicode() < 128 && text[j].isLetterOrNumber())))
                ++j;
            QString w = text.mid(i, j - i).toLower();
            for (QChar &ch : w)
                if (ch.unicode() >= 128)
                    ch = QChar(0x00B7);
            out.push_back({w, i, j});
            i = j;
        } else {
            ++i;
        }
    }
    if (!out.empty() && out.back().text != u"|")
        out.push_back({QStringLiteral("|"), n, n});
    return out;
}

std::vector<HitKey> naiveSearch(const QStringList &phrases, const QString &text)
{
    const std::vector<Token> tokens = tokenize(text);
    std::vector<HitKey> out;
    for (int id = 0; id < phrases.size(); ++id) {
        bool prefix = false;
        const QStringList parts =
            textnorm::canonicalPhrase(phrases[id], &prefix).split(u' ', Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        for (std::size_t at = 0; at + std::size_t(parts.size()) <= tokens.size(); ++at) {
            bool ok = true;
            for (int k = 0; k < parts.size() && ok; ++k) {
                const QString &t = tokens[at + std::size_t(k)].text;
                ok = (prefix && k == parts.size() - 1) ? t.startsWith(parts[k]) : t == parts[k];
            }
            if (ok) {
                const std::size_t last = at + std::size_t(parts.size()) - 1;
                out.emplace_back(id, int(at), int(last), tokens[at].start, tokens[last].end);
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TstPhraseMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void clauseMarksAndWordIndices();
    void offsetsMapBackToTheText_data();
    void offsetsMapBackToTheText();
    void overlappingPhrasesAreAllReported();
    void hitsAreOrderedByEnd();
    void emptyAndPunctuationOnlyText();
    void phraseThatFoldsToNothingIsRefused();
    void notBuiltFindsNothing();
    void clauseMarkInsideAPhrase();
    void manyPhrasesAgreeWithNaiveSearch();
    void alternativeReadings_data();
    void alternativeReadings();
    void misspeltWordsAreMarked();
};

void TstPhraseMatcher::matches_data()
{
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("found"); // the words of the first hit as written, "" for none

    const auto row = [](const char *tag, const char *phrase, const char *text, int count, const char *found) {
        QTest::newRow(tag) << QString::fromUtf8(phrase) << QString::fromUtf8(text) << count
                           << QString::fromUtf8(found);
    };
    // clang-format off
    row("whole word",                  "armed",            "man armed with bat",       1, "armed");
    row("not inside a word",           "armed",            "he is unarmed",            0, "");
    row("not the start of a word",     "armed",            "armedx",                   0, "");
    row("word before punctuation",     "armed",            "armed.",                   1, "armed");
    row("twice",                       "armed",            "armed, armed",             2, "armed");
    row("prefix matches a longer word","threat*",          "he is threatening her",    1, "threatening");
    row("prefix matches the word",     "threat*",          "a threat",                 1, "threat");
    row("prefix only at word start",   "threat*",          "nonthreatening",           0, "");
    row("no prefix without star",      "threat",           "threatening",              0, "");
    row("case folded",                 "welfare check",    "WELFARE CHECK",            1, "WELFARE CHECK");
    row("phrase case folded",          "WELFARE Check",    "welfare check",            1, "welfare check");
    row("across punctuation",          "well ck n urgent", "Well Ck N-Urgent",         1, "Well Ck N-Urgent");
    row("across runs of breaks",       "well ck n urgent", "well -- ck/n___urgent",    1, "well -- ck/n___urgent");
    row("phrase with punctuation",     "Well Ck N-Urgent", "well ck n urgent",         1, "well ck n urgent");
    row("not across a clause mark",    "well ck",          "well. ck",                 0, "");
    row("not across a comma",          "well ck",          "well, ck",                 0, "");
    row("apostrophe",                  "won't",            "he won t leave",           1, "won t");
    row("digits",                      "10 56",            "code 10-56 now",           1, "10-56");
    row("digits are word letters",     "10",               "1056",                     0, "");
    row("accented word",               "caf\u00e9",        "at the CAF\u00c9 now",     1, "CAF\u00c9");
    row("accent is a letter",          "caf",              "caf\u00e9",                0, "");
    row("after-cue at the end",        "none |",           "Weapon: none",             1, "none");
    row("after-cue before a stop",     "none |",           "weapon none. calm",        1, "none.");
    row("after-cue not mid-clause",    "none |",           "none of them",             0, "");
    // clang-format on
}

void TstPhraseMatcher::matches()
{
    QFETCH(QString, phrase);
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(QString, found);

    const PhraseMatcher m = matcherOf({phrase});
    const std::vector<PhraseHit> hits = scanAll(m, text);
    QVERIFY2(int(hits.size()) == count, qPrintable(describe(hits)));
    if (count > 0) {
        QCOMPARE(hits.front().phraseId, 0);
        QCOMPARE(text.mid(hits.front().start, hits.front().end - hits.front().start), found);
    }
}

void TstPhraseMatcher::clauseMarksAndWordIndices()
{
    // Words: no(0) weapons(1) .(2) he(3) is(4) calm(5) end-of-text clause(6).
    const PhraseMatcher m =
        matcherOf({QStringLiteral("no"), QStringLiteral("weapons"), QStringLiteral("weapons |"),
                   QStringLiteral("calm |"), QStringLiteral("he is calm")});
    const QString text = QStringLiteral("no weapons. he is calm");
    int words = -1;
    const std::vector<PhraseHit> hits = scanAll(m, text, &words);
    QCOMPARE(words, 5); // clause marks are not words
    std::vector<HitKey> got;
    for (const PhraseHit &h : hits)
        got.push_back(keyOf(h));
    std::sort(got.begin(), got.end());
    const std::vector<HitKey> expected = {
        {0, 0, 0, 0, 2},   // "no"
        {1, 1, 1, 3, 10},  // "weapons"
        {2, 1, 2, 3, 11},  // "weapons." (the clause mark is the full stop)
        {3, 5, 6, 18, 22}, // "calm" and the end of the text
        {4, 3, 5, 12, 22}, // "he is calm"
    };
    QVERIFY2(got == expected, qPrintable(describe(hits)));

    // A run of clause marks is one mark; leading marks are none.
    const PhraseMatcher w = matcherOf({QStringLiteral("he")});
    const std::vector<PhraseHit> h2 = scanAll(w, QStringLiteral("... ; he"), &words);
    QCOMPARE(words, 1);
    QCOMPARE(int(h2.size()), 1);
    QCOMPARE(h2.front().firstWord, 0);
    const std::vector<PhraseHit> h3 = scanAll(w, QStringLiteral("a.;!? ,he"));
    QCOMPARE(int(h3.size()), 1);
    QCOMPARE(h3.front().firstWord, 2); // a(0) |(1) he(2)
}

void TstPhraseMatcher::offsetsMapBackToTheText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ascii") << QStringLiteral("he has a knife") << QStringLiteral("knife");
    QTest::newRow("accents before") << QStringLiteral("Se\u00f1ora Jos\u00e9 says: knife")
                                    << QStringLiteral("knife");
    QTest::newRow("emoji before (surrogate pair)")
        << QStringLiteral("caller \U0001F62D \U0001F62D says knife!") << QStringLiteral("knife");
    QTest::newRow("CJK before") << QStringLiteral("\u4f60\u597d, knife") << QStringLiteral("knife");
    QTest::newRow("upper case") << QStringLiteral("\u00c9l tiene un KNIFE") << QStringLiteral("KNIFE");
}

void TstPhraseMatcher::offsetsMapBackToTheText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const PhraseMatcher m = matcherOf({QStringLiteral("knife")});
    const std::vector<PhraseHit> hits = scanAll(m, text);
    QCOMPARE(int(hits.size()), 1);
    QCOMPARE(hits.front().start, int(text.indexOf(expected)));
    QCOMPARE(text.mid(hits.front().start, hits.front().end - hits.front().start), expected);
}

void TstPhraseMatcher::overlappingPhrasesAreAllReported()
{
    const PhraseMatcher m =
        matcherOf({QStringLiteral("well ck"), QStringLiteral("ck n urgent"), QStringLiteral("pills"),
                   QStringLiteral("bottle of pills"), QStringLiteral("well ck n urgent")});
    const QString text = QStringLiteral("Well Ck N-Urgent; bottle of pills");
    const std::vector<PhraseHit> hits = scanAll(m, text);
    std::vector<HitKey> got;
    for (const PhraseHit &h : hits)
        got.push_back(keyOf(h));
    std::sort(got.begin(), got.end());
    // Well(0) Ck(1) N(2) Urgent(3) ;(4) bottle(5) of(6) pills(7)
    const std::vector<HitKey> expected = {
        {0, 0, 1, 0, 7}, {1, 1, 3, 5, 16}, {2, 7, 7, 28, 33}, {3, 5, 7, 18, 33}, {4, 0, 3, 0, 16},
    };
    QVERIFY2(got == expected, qPrintable(describe(hits)));

    // The same phrase under two ids is reported for both.
    PhraseMatcher twice;
    twice.add(u"gun", 7);
    twice.add(u"GUN", 8);
    twice.build();
    const std::vector<PhraseHit> h2 = scanAll(twice, QStringLiteral("a gun"));
    QCOMPARE(int(h2.size()), 2);
    QCOMPARE(h2[0].phraseId + h2[1].phraseId, 15);
}

void TstPhraseMatcher::hitsAreOrderedByEnd()
{
    const PhraseMatcher m = matcherOf({QStringLiteral("a b c"), QStringLiteral("b"), QStringLiteral("c*"),
                                       QStringLiteral("c |"), QStringLiteral("a")});
    const std::vector<PhraseHit> hits = scanAll(m, QStringLiteral("a b cde. a b c"));
    QVERIFY(hits.size() >= 8);
    for (std::size_t i = 1; i < hits.size(); ++i) {
        QVERIFY2(hits[i - 1].end <= hits[i].end, qPrintable(describe(hits)));
        QVERIFY2(hits[i - 1].lastWord <= hits[i].lastWord, qPrintable(describe(hits)));
    }
}

void TstPhraseMatcher::emptyAndPunctuationOnlyText()
{
    const PhraseMatcher m = matcherOf({QStringLiteral("no |"), QStringLiteral("|"), QStringLiteral("x")});
    std::vector<PhraseHit> hits(3); // cleared by scan
    QCOMPARE(m.scan(QString(), hits), 0);
    QVERIFY(hits.empty());
    QCOMPARE(m.scan(QStringLiteral(""), hits), 0);
    QVERIFY(hits.empty());
    QCOMPARE(m.scan(QStringLiteral("... ,;!? -- // |"), hits), 0);
    QVERIFY2(hits.empty(), qPrintable(describe(hits)));
    QCOMPARE(m.scan(QStringLiteral("   \t  "), hits), 0);
    QVERIFY(hits.empty());
}

void TstPhraseMatcher::phraseThatFoldsToNothingIsRefused()
{
    PhraseMatcher m;
    QVERIFY(!m.add(u"", 1));
    QVERIFY(!m.add(u"   ", 2));
    QVERIFY(!m.add(u"***", 3));
    QVERIFY(!m.add(u" - / _ ", 4));
    QVERIFY(m.add(u"ok", 5));
    m.build();
    const std::vector<PhraseHit> hits = scanAll(m, QStringLiteral("ok - *** _"));
    QCOMPARE(int(hits.size()), 1);
    QCOMPARE(hits.front().phraseId, 5);
}

void TstPhraseMatcher::notBuiltFindsNothing()
{
    PhraseMatcher m;
    m.add(u"gun", 1);
    QCOMPARE(int(scanAll(m, QStringLiteral("a gun")).size()), 0);
    m.build();
    QCOMPARE(int(scanAll(m, QStringLiteral("a gun")).size()), 1);
    m.add(u"knife", 2); // adding after build() needs another build()
    QCOMPARE(int(scanAll(m, QStringLiteral("a knife")).size()), 0);
    m.build();
    QCOMPARE(int(scanAll(m, QStringLiteral("a knife, a gun")).size()), 2);
}

// A clause mark followed by more words ("end | start") should match across a full stop, as "no |" does at
// the end of a phrase.
void TstPhraseMatcher::clauseMarkInsideAPhrase()
{
    const PhraseMatcher m = matcherOf({QStringLiteral("calm | no")});
    QCOMPARE(int(scanAll(m, QStringLiteral("he is calm. no weapons")).size()), 1);
}

void TstPhraseMatcher::manyPhrasesAgreeWithNaiveSearch()
{
    QRandomGenerator rng(20240514);
    const auto word = [&rng](int minLen, int maxLen) {
        QString w;
        const int len = int(rng.bounded(minLen, maxLen + 1));
        for (int i = 0; i < len; ++i)
            w.append(QChar(u'a' + int(rng.bounded(26))));
        return w;
    };
    // Short words so that phrases share prefixes and overlap in the text.
    QStringList vocabulary;
    for (int i = 0; i < 3000; ++i)
        vocabulary << word(2, 6);

    QStringList phrases;
    for (int i = 0; i < 5000; ++i) {
        const int kind = int(rng.bounded(10));
        const QString &w = vocabulary[int(rng.bounded(vocabulary.size()))];
        if (kind < 6) {
            phrases << w;
        } else if (kind < 8) {
            phrases << w + u' ' + vocabulary[int(rng.bounded(vocabulary.size()))];
        } else if (kind < 9) {
            phrases << w.left(2) + u'*';
        } else {
            phrases << w + QStringLiteral(" |");
        }
    }
    PhraseMatcher m;
    for (int i = 0; i < phrases.size(); ++i)
        QVERIFY(m.add(phrases[i], i));
    m.build();

    const QStringList separators = {QStringLiteral(" "),   QStringLiteral(" "),  QStringLiteral(" "),
                                    QStringLiteral("-"),   QStringLiteral(", "), QStringLiteral(". "),
                                    QStringLiteral(" / "), QStringLiteral("\n")};
    QString text;
    for (int i = 0; i < 4000; ++i) {
        QString w = rng.bounded(3) == 0 ? word(1, 7) : vocabulary[int(rng.bounded(vocabulary.size()))];
        if (rng.bounded(5) == 0)
            w = w.toUpper();
        if (rng.bounded(50) == 0)
            w += QChar(0x00E9);
        text += w + separators[int(rng.bounded(separators.size()))];
    }

    std::vector<PhraseHit> hits;
    m.scan(text, hits);
    std::vector<HitKey> got;
    for (const PhraseHit &h : hits)
        got.push_back(keyOf(h));
    std::sort(got.begin(), got.end());
    const std::vector<HitKey> expected = naiveSearch(phrases, text);
    QVERIFY2(expected.size() > 2000, "the random text should hit many phrases");
    QCOMPARE(got.size(), expected.size());
    QVERIFY(got == expected);
}

void TstPhraseMatcher::alternativeReadings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("hits");         // phrase ids found as written, in order
    QTest::addColumn<QString>("alternatives"); // phrase ids found with one edit undone, sorted
    // Phrases: 0 "shots fired", 1 "shout", 2 "calling for help", 3 "fall", 4 "bomb threat", 5 "cover now",
    // 6 "tow", 7 "never".
    // clang-format off
    QTest::newRow("as written")          << "shots fired"      << "0"   << "1"; // "shoot" / "shout"
    QTest::newRow("a real word misread") << "shouts fired"     << "1"   << "0";
    QTest::newRow("two phrases near")    << "falling for help" << "3"   << "2";
    QTest::newRow("a short word")        << "cover tow"        << "6"   << "5";
    QTest::newRow("run together")        << "bombgthreat"      << ""    << "4";
    QTest::newRow("space deleted")       << "bombthreat"       << ""    << "4";
    QTest::newRow("nothing near")        << "loud music"       << ""    << "";
    // clang-format on
}

void TstPhraseMatcher::alternativeReadings()
{
    QFETCH(QString, text);
    QFETCH(QString, hits);
    QFETCH(QString, alternatives);
    const PhraseMatcher m =
        matcherOf({QStringLiteral("shots fired"), QStringLiteral("shout"), QStringLiteral("calling for help"),
                   QStringLiteral("fall"), QStringLiteral("bomb threat"), QStringLiteral("cover now"),
                   QStringLiteral("tow"), QStringLiteral("never")});
    std::vector<PhraseHit> found;
    std::vector<PhraseHit> others;
    m.scan(text, found, PhraseMatcher::Mode::Fuzzy, &others);
    auto ids = [](const std::vector<PhraseHit> &list, bool sorted) {
        QStringList out;
        for (const PhraseHit &h : list)
            if (!out.contains(QString::number(h.phraseId)))
                out.append(QString::number(h.phraseId));
        if (sorted)
            out.sort();
        return out.join(u' ');
    };
    QCOMPARE(ids(found, false), hits);
    QCOMPARE(ids(others, true), alternatives);
    // Asking for the alternatives does not change the hits.
    std::vector<PhraseHit> alone;
    m.scan(text, alone, PhraseMatcher::Mode::Fuzzy);
    QCOMPARE(ids(alone, false), hits);
    // Other modes have no alternative readings.
    m.scan(text, alone, PhraseMatcher::Mode::Exact, &others);
    QVERIFY(others.empty());
}

void TstPhraseMatcher::misspeltWordsAreMarked()
{
    const PhraseMatcher m = matcherOf({QStringLiteral("never"), QStringLiteral("trespass")});
    std::vector<PhraseHit> hits;
    m.scan(QStringLiteral("never trespasing"), hits, PhraseMatcher::Mode::Fuzzy);
    QCOMPARE(int(hits.size()), 2);
    QVERIFY(!hits[0].misread); // "never" as written
    QVERIFY(hits[1].misread);  // "trespasing" for "trespass"
    m.scan(QStringLiteral("nevr trespass"), hits, PhraseMatcher::Mode::Fuzzy);
    QCOMPARE(int(hits.size()), 1); // "nevr" is too short for a misspelling
    QVERIFY(!hits[0].misread);
}

QTEST_GUILESS_MAIN(TstPhraseMatcher)
#include "tst_phrasematcher.moc"
