// QueueModel and QueueFilterModel: incremental updates (inserts, dataChanged, removes; reset only on resync),
// O(1) lookup by CAD id, stale versions ignored, default order and the dispatcher's filters.

#include "items/queuefiltermodel.h"
#include "items/queuemodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace rr;

namespace {

const QDateTime kNow(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

QueueEntry entry(const char *id, int priority, int minutesAgo, ResponseKind kind, const char *beat = "211",
                 qint64 version = 1)
{
    QueueEntry e;
    e.call.id = QString::fromUtf8(id);
    e.call.callType = QStringLiteral("WELFARE CHECK");
    e.call.priority = priority;
    e.call.receivedAt = kNow.addSecs(-60 * minutesAgo);
    e.call.beat = QString::fromUtf8(beat);
    e.suggestion.kind = kind;
    e.suggestion.category = QStringLiteral("welfare_check");
    e.version = version;
    return e;
}

QStringList order(const QAbstractItemModel &m)
{
    QStringList ids;
    for (int r = 0; r < m.rowCount(); ++r)
        ids << m.index(r, 0).data(QueueModel::CadIdRole).toString();
    return ids;
}

} // namespace

class TstQueueModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void incrementalUpdates()
    {
        QueueModel model;
        model.tick(kNow);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy arrived(&model, &QueueModel::callArrived);

        model.upsert(entry("A", 2, 5, ResponseKind::Unarmed));
        model.upsert(entry("B", 1, 3, ResponseKind::Police));
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(arrived.count(), 2);
        QCOMPARE(model.rowOf(QStringLiteral("B")), 1);

        QueueEntry decided = entry("A", 2, 5, ResponseKind::Unarmed, "211", 2);
        decided.decided = true;
        decided.chosenKind = ResponseKind::Unarmed;
        decided.decidedBy = QStringLiteral("D17");
        model.upsert(decided);
        QCOMPARE(inserted.count(), 2); // an update is not an insert
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.index(0, QueueModel::Status).data().toString().contains(QStringLiteral("D17")));

        // A late, older version changes nothing.
        model.upsert(entry("A", 2, 5, ResponseKind::Unarmed, "211", 1));
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.index(0, 0).data(QueueModel::DecidedRole).toBool());

        model.remove(QStringLiteral("A"));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("B")), 0);
        QCOMPARE(model.rowOf(QStringLiteral("A")), -1);
        model.remove(QStringLiteral("nope"));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(reset.count(), 0);

        // Only a full resync resets; a call first seen in a resync (it came in during an outage) is new.
        arrived.clear();
        model.resetTo({entry("B", 1, 3, ResponseKind::Police), entry("C", 3, 1, ResponseKind::Unarmed)});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("C")), 1);
        QCOMPARE(arrived.count(), 1);
        QCOMPARE(arrived.first().first().toString(), QStringLiteral("C"));
        QVERIFY(model.index(1, 0).data(QueueModel::NewRole).toBool());
    }

    void ageTicksOnItsColumnOnly()
    {
        QueueModel model;
        model.tick(kNow);
        model.upsert(entry("A", 2, 5, ResponseKind::Unarmed));
        QCOMPARE(model.index(0, QueueModel::Age).data().toString(), QStringLiteral("5:00"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.tick(kNow.addSecs(75));
        QCOMPARE(model.index(0, QueueModel::Age).data().toString(), QStringLiteral("6:15"));
        model.tick(kNow.addSecs(3 * 86400 + 5 * 3600));
        QCOMPARE(model.index(0, QueueModel::Age).data().toString(), QStringLiteral("3d 5h"));
        QVERIFY(changed.count() >= 1);
        for (const auto &args : changed)
            QCOMPARE(args.at(0).toModelIndex().column(), args.at(1).toModelIndex().column());
    }

    void newCallsAreMarkedInWordsNotOnlyColour()
    {
        QueueModel model;
        model.setNewForSeconds(20);
        model.tick(kNow);
        model.upsert(entry("A", 2, 0, ResponseKind::Unarmed));
        QCOMPARE(model.index(0, QueueModel::Status).data().toString(), QStringLiteral("NEW"));
        QVERIFY(model.index(0, 0).data(QueueModel::NewRole).toBool());
        model.tick(kNow.addSecs(30));
        QVERIFY(!model.index(0, 0).data(QueueModel::NewRole).toBool());
        QCOMPARE(model.index(0, QueueModel::Status).data().toString(), QStringLiteral("waiting"));
    }

    void needsScreeningIsMarkedInWords()
    {
        QueueModel model;
        model.tick(kNow);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QueueEntry e = entry("A", 2, 1, ResponseKind::Police);
        e.suggestion.needsScreening = true;
        model.upsert(e);
        const QModelIndex suggested = model.index(0, QueueModel::Suggested);
        QVERIFY2(suggested.data().toString().contains(QStringLiteral("SCREEN FIRST")),
                 qPrintable(suggested.data().toString()));
        QVERIFY(suggested.data().toString().contains(QStringLiteral("police")));
        QVERIFY(suggested.data(Qt::ToolTipRole).toString().contains(QStringLiteral("screening")));
        QVERIFY(suggested.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(model.index(0, 0).data(QueueModel::NeedsScreeningRole).toBool());

        // Screened: the call is triaged again without the mark, as one row update.
        e.suggestion.needsScreening = false;
        e.suggestion.kind = ResponseKind::Unarmed;
        model.upsert(e);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);
        QVERIFY(!model.index(0, 0).data(QueueModel::NeedsScreeningRole).toBool());
        QVERIFY(!suggested.data().toString().contains(QStringLiteral("SCREEN")));

        // Decided (an override): nothing left to screen for.
        e.suggestion.needsScreening = true;
        e.decided = true;
        model.upsert(e);
        QVERIFY(!model.index(0, 0).data(QueueModel::NeedsScreeningRole).toBool());
        QVERIFY(!suggested.data().toString().contains(QStringLiteral("SCREEN")));
    }

    void defaultOrderAndFilters()
    {
        QueueModel model;
        model.tick(kNow);
        QueueFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.useDefaultOrder();
        model.upsert(entry("low-old", 4, 30, ResponseKind::Unarmed, "211"));
        model.upsert(entry("urgent", 1, 1, ResponseKind::Police, "311"));
        model.upsert(entry("mid-new", 2, 2, ResponseKind::CoResponder, "211"));
        model.upsert(entry("mid-old", 2, 9, ResponseKind::Unarmed, "212"));
        QueueEntry done = entry("decided-urgent", 1, 20, ResponseKind::Police, "311", 2);
        done.decided = true;
        model.upsert(done);
        QCOMPARE(order(proxy),
                 (QStringList{QStringLiteral("urgent"), QStringLiteral("mid-old"), QStringLiteral("mid-new"),
                              QStringLiteral("low-old"), QStringLiteral("decided-urgent")}));
        proxy.setUndecidedOnly(true);
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setKind(ResponseKind::Unarmed);
        QCOMPARE(order(proxy), (QStringList{QStringLiteral("mid-old"), QStringLiteral("low-old")}));
        proxy.setBeat(QStringLiteral("212"));
        QCOMPARE(order(proxy), QStringList{QStringLiteral("mid-old")});
        proxy.setBeat({});
        proxy.setKind(std::nullopt);
        proxy.setUndecidedOnly(false);
        // A column's order uses raw values (P10 after P2), then back to the default.
        proxy.sort(QueueModel::Age, Qt::DescendingOrder);
        QCOMPARE(order(proxy).first(), QStringLiteral("low-old"));
        proxy.useDefaultOrder();
        QCOMPARE(order(proxy).first(), QStringLiteral("urgent"));
    }
};

QTEST_GUILESS_MAIN(TstQueueModel)
#include "tst_queuemodel.moc"
