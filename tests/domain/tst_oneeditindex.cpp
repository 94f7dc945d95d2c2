// Tests of withinOneEdit and OneEditIndex: the edit table, and agreement of the index with comparing a word
// to every known word.

#include "domain/oneeditindex.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <string>
#include <vector>

using namespace rr;

class TstOneEditIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withinOneEdit_data();
    void withinOneEdit();
    void findsWordsOneEditAway();
    void agreesWithComparingEveryWord();
};

void TstOneEditIndex::withinOneEdit_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("near");
    // clang-format off
    QTest::newRow("equal")                 << "trespass"    << "trespass"    << true;
    QTest::newRow("deletion")              << "trespasing"  << "trespassing" << true;
    QTest::newRow("insertion")             << "shouts"      << "shots"       << true;
    QTest::newRow("substitution")          << "disturbence" << "disturbance" << true;
    QTest::newRow("swap of neighbours")    << "shooitng"    << "shooting"    << true;
    QTest::newRow("first letter")          << "harmed"      << "armed"       << true;
    QTest::newRow("two edits")             << "welfair"     << "welfare"     << false;
    QTest::newRow("two substitutions")     << "abcd"        << "axcy"        << false;
    QTest::newRow("swap not neighbours")   << "abcde"       << "adcbe"       << false;
    QTest::newRow("two deletions")         << "shooting"    << "shoot"       << false;
    QTest::newRow("rotation")              << "abc"         << "bca"         << false;
    QTest::newRow("empty and one")         << ""            << "a"           << true;
    QTest::newRow("empty and two")         << ""            << "ab"          << false;
    // clang-format on
}

void TstOneEditIndex::withinOneEdit()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, near);
    const std::string x = a.toStdString();
    const std::string y = b.toStdString();
    QCOMPARE(rr::withinOneEdit(x, y), near);
    QCOMPARE(rr::withinOneEdit(y, x), near);
}

void TstOneEditIndex::findsWordsOneEditAway()
{
    OneEditIndex index;
    QCOMPARE(index.add("shots"), 0);
    QCOMPARE(index.add("shout"), 1);
    QCOMPARE(index.add("shoot"), 2);
    QCOMPARE(index.add("shots"), 0); // once
    QCOMPARE(index.add("arm"), 3);
    QCOMPARE(index.size(), 4);

    std::vector<int> found;
    index.find("shouts", 5, found);
    QCOMPARE(found, (std::vector<int>{0, 1}));
    found.clear();
    index.find("shoot", 5, found);
    QCOMPARE(found, (std::vector<int>{1, 2})); // itself, and "shout"
    found.clear();
    index.find("harm", 5, found);
    QVERIFY(found.empty()); // "arm" is shorter than five letters
    index.find("harm", 3, found);
    QCOMPARE(found, (std::vector<int>{3}));
    found = {7};
    index.find("xyz", 1, found); // appends, keeps what was there
    QCOMPARE(found, (std::vector<int>{7}));
}

void TstOneEditIndex::agreesWithComparingEveryWord()
{
    QRandomGenerator rng(7);
    // A small alphabet, so that many words are one edit apart.
    const auto word = [&rng] {
        std::string w;
        const int len = int(rng.bounded(1, 9));
        for (int i = 0; i < len; ++i)
            w.push_back(char('a' + rng.bounded(4)));
        return w;
    };
    OneEditIndex index;
    std::vector<std::string> known;
    for (int i = 0; i < 400; ++i) {
        const std::string w = word();
        if (std::find(known.begin(), known.end(), w) == known.end())
            known.push_back(w);
        QCOMPARE(index.add(w), int(std::find(known.begin(), known.end(), w) - known.begin()));
    }
    for (int i = 0; i < 2000; ++i) {
        const std::string w = word();
        const std::size_t least = rng.bounded(1, 6);
        std::vector<int> expected;
        for (std::size_t k = 0; k < known.size(); ++k)
            if (known[k].size() >= least && rr::withinOneEdit(w, known[k]))
                expected.push_back(int(k));
        std::vector<int> found;
        index.find(w, least, found);
        QVERIFY2(found == expected, w.c_str());
    }
}

QTEST_GUILESS_MAIN(TstOneEditIndex)
#include "tst_oneeditindex.moc"
