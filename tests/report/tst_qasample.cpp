// The QA sample's rules: at least 2% at random, at least one per dispatcher, every flagged decision, and the
// same seed gives the same sample.

#include "report/qasample.h"

#include <QSet>
#include <QTest>

using namespace rr;

namespace {

// n decisions; dispatcher D0 has most of them, D1..D(k-1) one or two; every 97th is flagged.
QList<SampleCandidate> frame(int n, int dispatchers)
{
    QList<SampleCandidate> out;
    for (int i = 1; i <= n; ++i) {
        const int d = i % 50 == 0 ? (i / 50) % dispatchers : 0;
        out.append({qint64(i) * 3, QStringLiteral("D%1").arg(d),
                    i % 97 == 0 ? QStringLiteral("backup") : QString()});
    }
    return out;
}

} // namespace

class TestQaSample : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("dispatchers");
        QTest::addColumn<quint64>("seed");
        QTest::newRow("1000 calls, 8 dispatchers") << 1000 << 8 << quint64(1);
        QTest::newRow("10 calls, 1 dispatcher") << 10 << 1 << quint64(2);
        QTest::newRow("5000 calls, 20 dispatchers") << 5000 << 20 << quint64(99);
        QTest::newRow("one call") << 1 << 1 << quint64(3);
    }
    void rules()
    {
        QFETCH(int, n);
        QFETCH(int, dispatchers);
        QFETCH(quint64, seed);
        const QList<SampleCandidate> f = frame(n, dispatchers);
        const QaSample s = drawSample(f, seed);
        const QSet<qint64> picked(s.decisionIds.cbegin(), s.decisionIds.cend());
        QCOMPARE(picked.size(), s.decisionIds.size()); // no duplicates
        QVERIFY(s.random >= qint64(std::ceil(0.02 * n)));
        QVERIFY(s.decisionIds.size() >= qsizetype(std::ceil(0.02 * n)));
        QSet<QString> all, covered;
        for (const SampleCandidate &c : f) {
            all.insert(c.dispatcher);
            if (picked.contains(c.decisionId))
                covered.insert(c.dispatcher);
            if (!c.flag.isEmpty())
                QVERIFY2(picked.contains(c.decisionId), "every flagged decision is in the sample");
        }
        QCOMPARE(covered, all);
        QCOMPARE(s.random + s.perDispatcher + s.flagged, qint64(s.decisionIds.size()));
        QVERIFY(std::is_sorted(s.decisionIds.cbegin(), s.decisionIds.cend()));
    }

    void sameSeedSameSample()
    {
        QList<SampleCandidate> f = frame(3000, 12);
        const QaSample a = drawSample(f, 42);
        std::reverse(f.begin(), f.end()); // the order the frame was read in does not matter
        const QaSample b = drawSample(f, 42);
        QCOMPARE(a.decisionIds, b.decisionIds);
        QVERIFY(drawSample(f, 43).decisionIds != a.decisionIds);
        // A fixed seed's draw is fixed on every platform: the first picks of seed 42.
        QCOMPARE(a.decisionIds.size(), 60 + a.perDispatcher + a.flagged);
    }

    void emptyFrame()
    {
        const QaSample s = drawSample({}, 1);
        QVERIFY(s.decisionIds.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQaSample)
#include "tst_qasample.moc"
