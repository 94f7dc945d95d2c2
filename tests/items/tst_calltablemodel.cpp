// CallTableModel: rows appended with inserts (never resets), raw sort values, kind shown by word and symbol.

#include "items/calltablemodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace rr;

namespace {

std::pair<Call, Suggestion> row(const char *id, ResponseKind kind, int priority, int minute)
{
    Call c;
    c.id = QString::fromUtf8(id);
    c.callType = QStringLiteral("WELFARE CHECK");
    c.priority = priority;
    c.receivedAt = QDateTime(QDate(2024, 5, 1), QTime(10, minute));
    c.address = QStringLiteral("100 BLOCK OF MAIN ST");
    c.beat = QStringLiteral("211");
    Suggestion s;
    s.kind = kind;
    s.category = QStringLiteral("welfare_check");
    s.confidence = 0.9;
    s.reasons.append({QStringLiteral("category.welfare_check"), QStringLiteral("Welfare check")});
    return {c, s};
}

} // namespace

class TstCallTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendsWithInsertsNotResets()
    {
        CallTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.append(row("A", ResponseKind::Unarmed, 3, 1).first, row("A", ResponseKind::Unarmed, 3, 1).second);
        model.append({row("B", ResponseKind::Police, 1, 2), row("C", ResponseKind::CoResponder, 2, 3)});
        model.append(QList<std::pair<Call, Suggestion>>{});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 1);
        QCOMPARE(inserted.at(1).at(2).toInt(), 2);
        QCOMPARE(reset.count(), 0);
    }

    void kindIsWordSymbolAndColour()
    {
        CallTableModel model;
        model.append({row("A", ResponseKind::Unarmed, 3, 1), row("B", ResponseKind::Police, 1, 2)});
        const QModelIndex a = model.index(0, CallTableModel::Response);
        const QModelIndex b = model.index(1, CallTableModel::Response);
        QVERIFY(a.data().toString().contains(QStringLiteral("unarmed")));
        QVERIFY(b.data().toString().contains(QStringLiteral("police")));
        QVERIFY(a.data().toString().at(0) != b.data().toString().at(0)); // symbols differ, not only colours
        QVERIFY(a.data(Qt::ForegroundRole).value<QColor>() != b.data(Qt::ForegroundRole).value<QColor>());
        QCOMPARE(a.data(CallTableModel::KindRole).toInt(), int(ResponseKind::Unarmed));
        QCOMPARE(b.data(CallTableModel::CallIdRole).toString(), QStringLiteral("B"));
    }

    void sortRoleIsRawValue()
    {
        CallTableModel model;
        model.append({row("A", ResponseKind::Unarmed, 3, 1), row("B", ResponseKind::Police, 10, 2)});
        // Display text "10" sorts before "3"; the raw value must not.
        QVERIFY(model.index(1, CallTableModel::Priority).data(CallTableModel::SortRole).toInt() >
                model.index(0, CallTableModel::Priority).data(CallTableModel::SortRole).toInt());
        QVERIFY(model.index(0, CallTableModel::Received).data(CallTableModel::SortRole).toDateTime() <
                model.index(1, CallTableModel::Received).data(CallTableModel::SortRole).toDateTime());
        QCOMPARE(model.index(1, CallTableModel::Response).data(CallTableModel::SortRole).toInt(), int(ResponseKind::Police));
    }
};

QTEST_GUILESS_MAIN(TstCallTableModel)
#include "tst_calltablemodel.moc"
