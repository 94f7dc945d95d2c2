// The override dialog from the keyboard alone: kind with 1/2/3, reason with the arrows, note; OK only when
// the choice is complete ("other" needs a note; the suggested kind cannot be chosen).

#include "ui/overridedialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace rr;

class TstOverrideDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keyboardOnly()
    {
        OverrideDialog d(QStringLiteral("C-1"), ResponseKind::Unarmed, defaultOverrideReasons());
        d.show();
        auto *reasons = d.findChild<QListWidget *>(QStringLiteral("reasonList"));
        auto *note = d.findChild<QLineEdit *>(QStringLiteral("note"));
        QPushButton *ok = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no reason yet
        QVERIFY(!d.findChild<QRadioButton *>(QStringLiteral("kind_unarmed"))->isEnabled());
        QTest::keyClick(reasons, Qt::Key_1); // the suggested kind: refused
        QVERIFY(d.kind() != ResponseKind::Unarmed);
        QTest::keyClick(reasons, Qt::Key_2);
        QVERIFY(d.kind() == ResponseKind::CoResponder);
        QTest::keyClick(reasons, Qt::Key_Down);
        QCOMPARE(d.reasonCode(), QStringLiteral("new_information"));
        QVERIFY(ok->isEnabled());
        QTest::keyClick(reasons, Qt::Key_End); // "other" needs a note
        QCOMPARE(d.reasonCode(), QStringLiteral("other"));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(note, QStringLiteral("caller is the subject's guardian"));
        QVERIFY(ok->isEnabled());
        QTest::keyClick(note, Qt::Key_Return);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(d.note(), QStringLiteral("caller is the subject's guardian"));
    }
};

QTEST_MAIN(TstOverrideDialog)
#include "tst_overridedialog.moc"
