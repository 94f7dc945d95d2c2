// Tests of textnorm: the folding that both rule phrases and call text go through before matching.

#include "domain/textnormalizer.h"

#include <QTest>

using namespace rr;

class TstTextNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void symbolOf_data();
    void symbolOf();
    void canonicalPhrase_data();
    void canonicalPhrase();
};

void TstTextNormalizer::symbolOf_data()
{
    QTest::addColumn<int>("ch");
    QTest::addColumn<int>("symbol");

    QTest::newRow("a") << int(u'a') << int(textnorm::FirstLetter);
    QTest::newRow("A folds to a") << int(u'A') << int(textnorm::FirstLetter);
    QTest::newRow("z") << int(u'z') << int(textnorm::FirstLetter + 25);
    QTest::newRow("Z folds to z") << int(u'Z') << int(textnorm::FirstLetter + 25);
    QTest::newRow("0") << int(u'0') << int(textnorm::FirstDigit);
    QTest::newRow("9") << int(u'9') << int(textnorm::FirstDigit + 9);
    QTest::newRow("space") << int(u' ') << int(textnorm::Space);
    QTest::newRow("tab") << int(u'\t') << int(textnorm::Space);
    QTest::newRow("hyphen") << int(u'-') << int(textnorm::Space);
    QTest::newRow("apostrophe") << int(u'\'') << int(textnorm::Space);
    QTest::newRow("underscore") << int(u'_') << int(textnorm::Space);
    QTest::newRow("slash") << int(u'/') << int(textnorm::Space);
    QTest::newRow("colon") << int(u':') << int(textnorm::Space);
    QTest::newRow("asterisk") << int(u'*') << int(textnorm::Space);
    QTest::newRow("full stop") << int(u'.') << int(textnorm::Clause);
    QTest::newRow("semicolon") << int(u';') << int(textnorm::Clause);
    QTest::newRow("exclamation") << int(u'!') << int(textnorm::Clause);
    QTest::newRow("question") << int(u'?') << int(textnorm::Clause);
    QTest::newRow("comma") << int(u',') << int(textnorm::Clause);
    QTest::newRow("bar") << int(u'|') << int(textnorm::Clause);
    QTest::newRow("newline") << int(u'\n') << int(textnorm::Clause);
    QTest::newRow("e acute") << int(u'\u00e9') << int(textnorm::Other);
    QTest::newRow("no-break space") << int(u'\u00a0') << int(textnorm::Space);
    QTest::newRow("em dash") << int(u'\u2014') << int(textnorm::Space);
    QTest::newRow("curly apostrophe") << int(u'\u2019') << int(textnorm::Space);
    QTest::newRow("accented letter") << int(u'\u00e9') << int(textnorm::Other);
    QTest::newRow("high surrogate") << 0xd83d << int(textnorm::Other);
}

void TstTextNormalizer::symbolOf()
{
    QFETCH(int, ch);
    QFETCH(int, symbol);
    QCOMPARE(int(textnorm::symbolOf(char16_t(ch))), symbol);
}

void TstTextNormalizer::canonicalPhrase_data()
{
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<bool>("prefix");

    const auto row = [](const char *tag, const char *phrase, const char *canonical, bool prefix) {
        QTest::newRow(tag) << QString::fromUtf8(phrase) << QString::fromUtf8(canonical) << prefix;
    };
    row("lower case kept", "check the welfare", "check the welfare", false);
    row("case folded", "CHECK The Welfare", "check the welfare", false);
    row("runs of spaces", "  well   ck  ", "well ck", false);
    row("punctuation is a break", "Well Ck N-Urgent", "well ck n urgent", false);
    row("underscore and slash", "welfare_check/now", "welfare check now", false);
    row("apostrophe", "hasn't", "hasn t", false);
    row("digits", "5150", "5150", false);
    row("code with hyphen", "10-56", "10 56", false);
    row("code with dot", "273.5", "273 | 5", false);
    row("trailing star is a prefix", "threat*", "threat", true);
    row("star after spaces", "  suicid*  ", "suicid", true);
    row("star inside is a break", "x*y", "x y", false);
    row("clause mark", "no |", "no |", false);
    row("clause mark without space", "no|", "no |", false);
    row("full stop is a clause mark", "Weapon: none.", "weapon none |", false);
    row("comma is a clause mark", "no,", "no |", false);
    row("lone clause mark", "|", "|", false);
    row("non-ASCII is one other letter", "caf\u00e9", "caf\u00b7", false);
    row("empty", "", "", false);
    row("only spaces", "   ", "", false);
    row("only punctuation", "--", "", false);
    row("only stars", "***", "", true);
}

void TstTextNormalizer::canonicalPhrase()
{
    QFETCH(QString, phrase);
    QFETCH(QString, canonical);
    QFETCH(bool, prefix);
    bool isPrefix = !prefix;
    QCOMPARE(textnorm::canonicalPhrase(phrase, &isPrefix), canonical);
    QCOMPARE(isPrefix, prefix);
    // Folding is idempotent and the prefix pointer is optional.
    QCOMPARE(textnorm::canonicalPhrase(canonical), canonical);
}

QTEST_GUILESS_MAIN(TstTextNormalizer)
#include "tst_textnormalizer.moc"
