#include "io/columnmapping.h"

#include <QTest>

using namespace rr;

class TestColumnMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names();
    void validArguments();
    void invalidArguments_data();
    void invalidArguments();
    void resolve_data();
    void resolve();
    void missingMappedColumn();
};

void TestColumnMapping::names()
{
    const QString expected =
        QStringLiteral("id,received_at,call_type,call_code,priority,narrative,address,lat,"
                       "lon,beat,weapon,violence,injury,self_harm,domestic,crime_in_progress");
    QCOMPARE(inputFieldNames().join(u','), expected);
    QCOMPARE(inputFieldNames().size(), InputFieldCount);
    for (int i = 0; i < InputFieldCount; ++i)
        QCOMPARE(inputFieldFromName(inputFieldNames().at(i)), std::optional(static_cast<InputField>(i)));
    QCOMPARE(inputFieldFromName(u" Self_Harm "), std::optional(InputField::SelfHarm));
    QCOMPARE(inputFieldFromName(u"selfharm"), std::nullopt);
}

void TestColumnMapping::validArguments()
{
    const auto result = ColumnMapping::fromArguments(
        {QStringLiteral("id=Event Number"), QStringLiteral(" Call_Type = Tencode Description "),
         QStringLiteral("received_at=Call_Received"), QStringLiteral("narrative=a=b")});
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const ColumnMapping &m = *result;
    QCOMPARE(m.columnFor(InputField::Id), QStringLiteral("Event Number"));
    QCOMPARE(m.columnFor(InputField::CallType), QStringLiteral("Tencode Description"));
    QCOMPARE(m.columnFor(InputField::ReceivedAt), QStringLiteral("Call_Received"));
    QCOMPARE(m.columnFor(InputField::Narrative), QStringLiteral("a=b"));
    QVERIFY(m.isMapped(InputField::Id));
    QVERIFY(!m.isMapped(InputField::Beat));
    QCOMPARE(m.columnFor(InputField::Beat), QString());
    QCOMPARE(m.effectiveColumn(InputField::Beat), QStringLiteral("beat"));
    QCOMPARE(m.effectiveColumn(InputField::Id), QStringLiteral("Event Number"));

    const auto none = ColumnMapping::fromArguments({});
    QVERIFY(none.ok());
    QVERIFY(!none->isMapped(InputField::Id));
}

void TestColumnMapping::invalidArguments_data()
{
    QTest::addColumn<QStringList>("maps");
    QTest::addColumn<QStringList>("mustContain");
    QTest::newRow("unknown field") << QStringList{QStringLiteral("colour=Red")}
                                   << QStringList{QStringLiteral("unknown field \"colour\""),
                                                  QStringLiteral("id, received_at, call_type"),
                                                  QStringLiteral("crime_in_progress")};
    QTest::newRow("missing =") << QStringList{QStringLiteral("id")}
                               << QStringList{QStringLiteral("\"id\" is not FIELD=COLUMN")};
    QTest::newRow("empty column") << QStringList{QStringLiteral("id=  ")}
                                  << QStringList{QStringLiteral("\"id=  \" names no column")};
    QTest::newRow("mapped twice") << QStringList{QStringLiteral("id=A"), QStringLiteral("ID=B")}
                                  << QStringList{QStringLiteral("\"id\" is mapped twice"),
                                                 QStringLiteral("\"A\""), QStringLiteral("\"B\"")};
}

void TestColumnMapping::invalidArguments()
{
    QFETCH(QStringList, maps);
    QFETCH(QStringList, mustContain);
    const auto result = ColumnMapping::fromArguments(maps);
    QVERIFY(!result.ok());
    const QString error = result.error();
    for (const QString &part : mustContain)
        QVERIFY2(error.contains(part), qPrintable(error));
}

void TestColumnMapping::resolve_data()
{
    QTest::addColumn<QStringList>("maps");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<qsizetype>>("expected"); // id, call_type, narrative, lat

    QTest::newRow("canonical") << QStringList{}
                               << QStringList{QStringLiteral("narrative"), QStringLiteral("id"),
                                              QStringLiteral("call_type")}
                               << QList<qsizetype>{1, 2, 0, -1};
    QTest::newRow("case and spaces") << QStringList{}
                                     << QStringList{QStringLiteral(" ID "), QStringLiteral("Call_Type"),
                                                    QStringLiteral("LAT")}
                                     << QList<qsizetype>{0, 1, -1, 2};
    QTest::newRow("mapped city names")
        << QStringList{QStringLiteral("id=Event Number"), QStringLiteral("call_type=Tencode Description")}
        << QStringList{QStringLiteral("Tencode"), QStringLiteral("event number"),
                       QStringLiteral(" Tencode Description"), QStringLiteral("id")}
        << QList<qsizetype>{1, 2, -1, -1};
    QTest::newRow("first duplicate wins")
        << QStringList{} << QStringList{QStringLiteral("id"), QStringLiteral("id")}
        << QList<qsizetype>{0, -1, -1, -1};
}

void TestColumnMapping::resolve()
{
    QFETCH(QStringList, maps);
    QFETCH(QStringList, header);
    QFETCH(QList<qsizetype>, expected);
    const auto mapping = ColumnMapping::fromArguments(maps).value();
    const auto result = mapping.resolve(header);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const ColumnIndexes &idx = *result;
    QCOMPARE(idx[int(InputField::Id)], expected[0]);
    QCOMPARE(idx[int(InputField::CallType)], expected[1]);
    QCOMPARE(idx[int(InputField::Narrative)], expected[2]);
    QCOMPARE(idx[int(InputField::Lat)], expected[3]);
}

void TestColumnMapping::missingMappedColumn()
{
    const auto mapping = ColumnMapping::fromArguments({QStringLiteral("id=Event No")}).value();
    const auto result = mapping.resolve({QStringLiteral("id"), QStringLiteral("Event Number")});
    QVERIFY(!result.ok());
    const QString error = result.error();
    QVERIFY2(error.contains(QStringLiteral("column \"Event No\" (mapped to id) is not in the header")),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("id, Event Number")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
