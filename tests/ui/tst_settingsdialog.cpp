// The console's settings dialog, driven with keys: an administrator sets the shared server, TLS verify-full
// and the CA file and the idle lock, which are saved to the settings file and read back by ConsoleSettings;
// verify-full without a readable CA file is said plainly and nothing is saved; anyone else sees the settings
// read-only.

#include "session/consolesettings.h"
#include "ui/settingsdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace rr;

class TstSettingsDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static SignedInUser user(StaffRole role)
    {
        SignedInUser u;
        u.login = QStringLiteral("U1");
        u.role = role;
        return u;
    }
    static void type(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void administratorSetsTlsAndLock()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("admin.conf")), QSettings::IniFormat);
        SettingsDialog dialog(user(StaffRole::Admin), settings);
        dialog.show();
        auto *uri = dialog.findChild<QLineEdit *>(QStringLiteral("databaseUri"));
        auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("sslMode"));
        auto *ca = dialog.findChild<QLineEdit *>(QStringLiteral("caFile"));
        auto *lock = dialog.findChild<QSpinBox *>(QStringLiteral("lockAfterMinutes"));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("settingsMessage"));
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveSettings"));
        QCOMPARE(lock->value(), ConsoleSettings::kDefaultLockAfterMinutes);

        type(uri, QStringLiteral("host=db.centre.example dbname=rightresponse"));
        mode->setFocus();
        QTest::keyClick(mode, Qt::Key_End); // the last, safest mode: verify-full
        QCOMPARE(mode->currentData().toString(), QStringLiteral("verify-full"));
        // verify-full without a CA file: refused, nothing saved.
        QTest::keyClick(save, Qt::Key_Space);
        QVERIFY2(message->text().contains(QStringLiteral("needs the CA file")), qPrintable(message->text()));
        QVERIFY(dialog.isVisible());
        QVERIFY(!settings.contains(QStringLiteral("database/uri")));
        type(ca, QStringLiteral("/nonexistent/ca.crt"));
        QTest::keyClick(save, Qt::Key_Space);
        QVERIFY2(message->text().contains(QStringLiteral("cannot read the CA file")),
                 qPrintable(message->text()));

        const QString caFile = m_dir.filePath(QStringLiteral("ca.crt"));
        QFile f(caFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("-----BEGIN CERTIFICATE-----\n");
        f.close();
        type(ca, caFile);
        lock->setFocus();
        lock->selectAll();
        QTest::keyClicks(lock, QStringLiteral("5"));
        QTest::keyClick(save, Qt::Key_Space);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.lockAfterMinutes(), 5);

        const ConsoleSettings saved = ConsoleSettings::load(settings);
        QCOMPARE(saved.database.uri, QStringLiteral("host=db.centre.example dbname=rightresponse"));
        QCOMPARE(saved.database.sslMode, QStringLiteral("verify-full"));
        QCOMPARE(saved.database.caFile, caFile);
        QCOMPARE(saved.lockAfterMinutes, 5);
    }

    void othersSeeItReadOnly_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("dispatcher") << int(StaffRole::Dispatcher);
        QTest::newRow("supervisor") << int(StaffRole::Supervisor);
        QTest::newRow("trainer") << int(StaffRole::Trainer);
    }
    void othersSeeItReadOnly()
    {
        QFETCH(int, role);
        QSettings settings(m_dir.filePath(QStringLiteral("other.conf")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("database/uri"), QStringLiteral("host=db"));
        SettingsDialog dialog(user(StaffRole(role)), settings);
        dialog.show();
        auto *uri = dialog.findChild<QLineEdit *>(QStringLiteral("databaseUri"));
        QCOMPARE(uri->text(), QStringLiteral("host=db"));
        QVERIFY(uri->isReadOnly());
        QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("sslMode"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveSettings"))->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("settingsMessage"))
                    ->text()
                    .contains(QStringLiteral("Only an administrator")));
    }
};

QTEST_MAIN(TstSettingsDialog)
#include "tst_settingsdialog.moc"
