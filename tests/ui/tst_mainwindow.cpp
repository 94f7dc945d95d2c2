// The console window driven from the keyboard: calls appear, moving the selection shows that call's
// suggestion, reasons and highlighted trigger words.

#include "domain/rulesetloader.h"
#include "domain/triageengine.h"
#include "items/calltablemodel.h"
#include "ui/calldetailview.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QTableView>
#include <QTest>

using namespace rr;

class TstMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keyboardSelectionShowsReasons()
    {
        auto loaded = RuleSetLoader::loadBuiltIn();
        QVERIFY(std::holds_alternative<std::shared_ptr<const RuleSet>>(loaded));
        TriageEngine engine(std::get<std::shared_ptr<const RuleSet>>(loaded));

        CallTableModel model;
        MainWindow window(&model);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        Call knife;
        knife.id = QStringLiteral("K1");
        knife.callType = QStringLiteral("MENTAL PERSON");
        knife.narrative = QStringLiteral("Subject is holding a Knife and yelling");
        knife.receivedAt = QDateTime(QDate(2024, 5, 1), QTime(10, 0));
        Call welfare;
        welfare.id = QStringLiteral("W1");
        welfare.callType = QStringLiteral("WELFARE CHECK");
        welfare.narrative = QStringLiteral("Neighbour has not seen her in two days, no weapons");
        welfare.receivedAt = QDateTime(QDate(2024, 5, 1), QTime(10, 5));
        model.append({{knife, engine.triage(knife)}, {welfare, engine.triage(welfare)}});

        auto *table = window.findChild<QTableView *>(QStringLiteral("callTable"));
        auto *detail = window.findChild<CallDetailView *>(QStringLiteral("callDetail"));
        QVERIFY(table && detail);
        // Newest first: the welfare check is selected first.
        QTRY_VERIFY(table->currentIndex().isValid());
        QTRY_VERIFY(detail->toPlainText().contains(QStringLiteral("UNARMED")));
        QVERIFY(detail->toPlainText().contains(QStringLiteral("Welfare check")));

        table->setFocus();
        QTest::keyClick(table, Qt::Key_Down);
        QTRY_VERIFY(detail->toPlainText().contains(QStringLiteral("POLICE")));
        QVERIFY(detail->toPlainText().contains(QStringLiteral("Weapon")));
        // The trigger word is highlighted in the narrative as written.
        QVERIFY(detail->toHtml().contains(QStringLiteral(">Knife<")));
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
