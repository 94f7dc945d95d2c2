// UnitRecommender: nearest free unit of the suggested kind, the fallback kind with the reason when none is
// free, distance and ETA from straight-line distance and speed.

#include "domain/unitrecommender.h"

#include <QTest>

using namespace rr;

namespace {

Unit unit(const char *id, ResponseKind kind, UnitStatus status, double lat, double lon)
{
    return Unit{QString::fromUtf8(id), QString::fromUtf8(id), kind, status, lat, lon, {}};
}

QList<Unit> roster()
{
    return {unit("CRT-1", ResponseKind::Unarmed, UnitStatus::Available, 36.00, -78.90),
            unit("CRT-2", ResponseKind::Unarmed, UnitStatus::Available, 35.95, -78.95),
            unit("CRT-3", ResponseKind::Unarmed, UnitStatus::OnScene, 35.99, -78.90),
            unit("CO-1", ResponseKind::CoResponder, UnitStatus::Available, 36.02, -78.88),
            unit("P-1", ResponseKind::Police, UnitStatus::Available, 36.05, -78.85),
            unit("P-2", ResponseKind::Police, UnitStatus::EnRoute, 35.99, -78.90)};
}

Call callAt(double lat, double lon)
{
    Call c;
    c.id = QStringLiteral("C-1");
    c.latitude = lat;
    c.longitude = lon;
    return c;
}

QList<Unit> without(QList<Unit> units, ResponseKind kind)
{
    for (Unit &u : units)
        if (u.kind == kind)
            u.status = UnitStatus::Dispatched;
    return units;
}

} // namespace

class TstUnitRecommender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recommend_data()
    {
        QTest::addColumn<int>("suggested");
        QTest::addColumn<QList<Unit>>("units");
        QTest::addColumn<QString>("unitId");
        QTest::addColumn<bool>("fallback");
        QTest::addColumn<QString>("unserved");
        const QList<Unit> all = roster();
        QTest::newRow("nearest free unarmed") << int(ResponseKind::Unarmed) << all << "CRT-1" << false << "";
        QTest::newRow("busy unit skipped, even nearer")
            << int(ResponseKind::Unarmed) << all << "CRT-1" << false << "";
        QTest::newRow("co-responder") << int(ResponseKind::CoResponder) << all << "CO-1" << false << "";
        QTest::newRow("police: en route one skipped")
            << int(ResponseKind::Police) << all << "P-1" << false << "";
        QTest::newRow("no unarmed free -> co-responder")
            << int(ResponseKind::Unarmed) << without(all, ResponseKind::Unarmed) << "CO-1" << true
            << "no unarmed team free";
        QTest::newRow("no unarmed nor co -> police")
            << int(ResponseKind::Unarmed)
            << without(without(all, ResponseKind::Unarmed), ResponseKind::CoResponder) << "P-1" << true
            << "no unarmed team free";
        QTest::newRow("no police -> co-responder")
            << int(ResponseKind::Police) << without(all, ResponseKind::Police) << "CO-1" << true
            << "no police unit free";
        QTest::newRow("nothing free")
            << int(ResponseKind::CoResponder)
            << without(without(without(all, ResponseKind::Unarmed), ResponseKind::CoResponder),
                       ResponseKind::Police)
            << "" << false << "no co-responder team free";
    }
    void recommend()
    {
        QFETCH(int, suggested);
        QFETCH(QList<Unit>, units);
        QFETCH(QString, unitId);
        QFETCH(bool, fallback);
        QFETCH(QString, unserved);
        const Recommendation r =
            UnitRecommender().recommend(callAt(35.995, -78.901), ResponseKind(suggested), units);
        QCOMPARE(r.unit ? r.unit->id : QString(), unitId);
        QCOMPARE(r.fallback, fallback);
        QCOMPARE(r.unservedReason, unserved);
        QVERIFY(!r.text.isEmpty());
        if (fallback)
            QVERIFY2(r.text.contains(unserved), qPrintable(r.text));
    }

    void distanceAndEta()
    {
        // One degree of latitude is about 111 km.
        QVERIFY(qAbs(UnitRecommender::distanceKm(35.0, -78.9, 36.0, -78.9) - 111.2) < 0.5);
        const QList<Unit> units{unit("CRT-9", ResponseKind::Unarmed, UnitStatus::Available, 36.1, -78.9)};
        const Recommendation r =
            UnitRecommender(60.0).recommend(callAt(36.0, -78.9), ResponseKind::Unarmed, units);
        QVERIFY(r.distanceKm && qAbs(*r.distanceKm - 11.12) < 0.1);
        QCOMPARE(r.etaMinutes.value_or(-1), 11); // 11.1 km at 60 km/h
        QVERIFY(r.text.contains(QStringLiteral("11.1 km")));
    }

    void missingPositionsStillRecommend()
    {
        Call noWhere;
        noWhere.id = QStringLiteral("C-2");
        const Recommendation r = UnitRecommender().recommend(noWhere, ResponseKind::Unarmed, roster());
        QVERIFY(r.unit);
        QVERIFY(r.unit->kind == ResponseKind::Unarmed);
        QVERIFY(!r.distanceKm);
        QVERIFY(r.text.contains(QStringLiteral("no position")));
    }

    void statusNames()
    {
        for (int i = 0; i < UnitStatusCount; ++i) {
            QVERIFY(unitStatusFromString(toString(UnitStatus(i))) == UnitStatus(i));
            QVERIFY(unitStatusFromString(displayName(UnitStatus(i))) == UnitStatus(i));
        }
        QVERIFY(!unitStatusFromString(u"asleep"));
    }
};

QTEST_GUILESS_MAIN(TstUnitRecommender)
#include "tst_unitrecommender.moc"
