// Result<T>: a value or a message for the user, the one error convention of every layer.

#include "core/result.h"

#include <QTest>

#include <memory>

using namespace rr;

namespace {

Result<int> parsePositive(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n <= 0)
        return Failure{QStringLiteral("'%1' is not a number greater than 0").arg(text)};
    return n;
}

Result<void> check(bool good)
{
    if (!good)
        return Failure{QStringLiteral("not good")};
    return {};
}

// A failure passed on through a Result of another type keeps its message.
Result<QString> describe(const QString &text)
{
    const Result<int> n = parsePositive(text);
    if (!n)
        return n.failure();
    return QStringLiteral("%1 items").arg(*n);
}

} // namespace

class TstResult : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valueOrFailure_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("number") << QStringLiteral("12") << true << 12 << QString();
        QTest::newRow("zero") << QStringLiteral("0") << false << -1
                              << QStringLiteral("'0' is not a number greater than 0");
        QTest::newRow("word") << QStringLiteral("many") << false << -1
                              << QStringLiteral("'many' is not a number greater than 0");
    }
    void valueOrFailure()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(int, value);
        QFETCH(QString, error);
        const Result<int> r = parsePositive(text);
        QCOMPARE(r.ok(), ok);
        QCOMPARE(bool(r), ok);
        QCOMPARE(r.error(), error);
        QCOMPARE(r.valueOr(-1), value);
        if (ok) {
            QCOMPARE(*r, value);
            QCOMPARE(r.value(), value);
        }
    }
    void voidResult()
    {
        const Result<void> good = check(true);
        QVERIFY(good.ok());
        QVERIFY(good.error().isEmpty());
        const Result<void> bad = check(false);
        QVERIFY(!bad);
        QCOMPARE(bad.error(), QStringLiteral("not good"));
        QCOMPARE(bad.failure().message, QStringLiteral("not good"));
    }
    void failurePassesThroughOtherTypes()
    {
        QCOMPARE(describe(QStringLiteral("3")).value(), QStringLiteral("3 items"));
        const Result<QString> bad = describe(QStringLiteral("x"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error(), QStringLiteral("'x' is not a number greater than 0"));
    }
    void prefixed()
    {
        QCOMPARE(parsePositive(QStringLiteral("x")).prefixed(QStringLiteral("--limit: ")).error(),
                 QStringLiteral("--limit: 'x' is not a number greater than 0"));
        QCOMPARE(parsePositive(QStringLiteral("4")).prefixed(QStringLiteral("--limit: ")).value(), 4);
        QCOMPARE(check(false).prefixed(QStringLiteral("a: ")).error(), QStringLiteral("a: not good"));
        QVERIFY(check(true).prefixed(QStringLiteral("a: ")).ok());
    }
    void moveOnlyValue()
    {
        Result<std::unique_ptr<int>> r = std::make_unique<int>(7);
        QVERIFY(r.ok());
        QCOMPARE(*r.value(), 7);
        const std::unique_ptr<int> taken = std::move(r).value();
        QCOMPARE(*taken, 7);
        const Result<std::unique_ptr<int>> none = Failure{QStringLiteral("gone")};
        QCOMPARE(none.error(), QStringLiteral("gone"));
        // valueOr moves the value out of a temporary.
        QCOMPARE(*Result<std::unique_ptr<int>>(std::make_unique<int>(8)).valueOr(nullptr), 8);
        QVERIFY(!Result<std::unique_ptr<int>>(Failure{}).valueOr(nullptr));
    }
    void convertingConstruction()
    {
        // A value that T is built from: a QLatin1String into a Result<QString>.
        const Result<QString> r = QLatin1String("plain");
        QCOMPARE(r.value(), QStringLiteral("plain"));
        // An empty message is still a failure: success is never told by an empty string.
        const Result<QString> empty = Failure{};
        QVERIFY(!empty.ok());
    }
};

QTEST_GUILESS_MAIN(TstResult)
#include "tst_result.moc"
