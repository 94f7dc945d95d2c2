// The console in Spanish, as `rightresponse --lang es` starts it: the language chosen from the command line,
// the program's and Qt's catalogues installed, then every window and dialog built. No text on screen may be
// an English source that the catalogue translates (a string set before the translators, or outside tr()),
// and no label or button may be narrower than its text (Spanish runs about a third longer than English).
// The real executable prints its help in Spanish and refuses a language it does not speak.

#include "items/decisionlistmodel.h"
#include "language.h"
#include "report/reviewclient.h"
#include "session/dispatchsession.h"
#include "session/signincontroller.h"
#include "store/storeclient.h"
#include "training/trainerclient.h"
#include "ui/consolewindow.h"
#include "ui/overridedialog.h"
#include "ui/queuepanel.h"
#include "ui/review/annotationpanel.h"
#include "ui/review/decisionspanel.h"
#include "ui/review/reviewwindow.h"
#include "ui/review/samplepanel.h"
#include "ui/settingsdialog.h"
#include "ui/signindialog.h"
#include "ui/trainer/keyeditorpanel.h"
#include "ui/trainer/librarypanel.h"
#include "ui/trainer/scorespanel.h"
#include "ui/trainer/sessionpanel.h"
#include "ui/trainer/traineespanel.h"
#include "ui/trainer/trainerwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace rr;

namespace {

// The English sources of the Spanish catalogue whose translation differs: what must not be on screen.
QSet<QString> englishSources()
{
    QSet<QString> out;
    QFile f(QStringLiteral(RR_TS_TRANSLATED));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString t = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!t.isEmpty() && t != source && !source.contains(u'%') && source.size() > 2)
                out.insert(source);
        }
    }
    return out;
}

// Every text a widget under `root` shows: labels, buttons, titles, tabs, placeholders, combo items, headers.
QStringList shownTexts(QWidget *root)
{
    QStringList out{root->windowTitle()};
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (auto *l = qobject_cast<QLabel *>(w))
            out << l->text();
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            out << b->text();
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            out << g->title();
        else if (auto *e = qobject_cast<QLineEdit *>(w))
            out << e->placeholderText();
        if (auto *c = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < c->count(); ++i)
                out << c->itemText(i);
        if (auto *t = qobject_cast<QTabWidget *>(w))
            for (int i = 0; i < t->count(); ++i)
                out << t->tabText(i);
        if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model())
            for (int c = 0; c < v->model()->columnCount(); ++c)
                out << v->model()->headerData(c, Qt::Horizontal).toString();
        out << w->toolTip() << w->accessibleName() << w->accessibleDescription();
    }
    for (QMenuBar *bar : root->findChildren<QMenuBar *>())
        for (QAction *menu : bar->actions()) {
            out << menu->text();
            if (menu->menu())
                for (QAction *a : menu->menu()->actions())
                    out << a->text();
        }
    out.removeAll(QString());
    return out;
}

// Labels (on one line) and buttons narrower than their text: the end of the text is cut off.
QStringList clipped(QWidget *root)
{
    QStringList out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        // A combo box's text cut short ("Todos los despac").
        if (auto *c = qobject_cast<QComboBox *>(w); c && !c->isEditable() && !c->currentText().isEmpty()) {
            QStyleOptionComboBox option;
            option.initFrom(c);
            const int room =
                c->style()
                    ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, c)
                    .width();
            if (c->fontMetrics().horizontalAdvance(c->currentText()) > room)
                out << QStringLiteral("%1 combo box \"%2\": %3 px of %4")
                           .arg(c->objectName(), c->currentText())
                           .arg(room)
                           .arg(c->fontMetrics().horizontalAdvance(c->currentText()));
        }
        // A placeholder ("todos los sectores") that does not fit its empty field.
        if (auto *e = qobject_cast<QLineEdit *>(w);
            e && e->text().isEmpty() && !e->placeholderText().isEmpty()) {
            const int room =
                e->contentsRect().width() - e->textMargins().left() - e->textMargins().right() - 8;
            if (e->fontMetrics().horizontalAdvance(e->placeholderText()) > room)
                out << QStringLiteral("%1 placeholder \"%2\": %3 px of %4")
                           .arg(e->objectName(), e->placeholderText())
                           .arg(room)
                           .arg(e->fontMetrics().horizontalAdvance(e->placeholderText()));
        }
        const auto *label = qobject_cast<QLabel *>(w);
        const bool oneLine = label && !label->wordWrap() && !label->text().isEmpty() && !label->pixmap();
        const bool button =
            qobject_cast<QAbstractButton *>(w) && !qobject_cast<QAbstractButton *>(w)->text().isEmpty();
        if ((oneLine || button) && w->width() < w->minimumSizeHint().width())
            out << QStringLiteral("%1 \"%2\": %3 px of %4")
                       .arg(w->objectName(),
                            label ? label->text() : qobject_cast<QAbstractButton *>(w)->text())
                       .arg(w->width())
                       .arg(w->minimumSizeHint().width());
    }
    return out;
}

} // namespace

class TstLanguage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QSet<QString> m_english;

    void verifySpanish(QWidget *root)
    {
        QStringList english;
        for (const QString &t : shownTexts(root))
            if (m_english.contains(t))
                english << t;
        QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("shown in English:\n") + english.join(u'\n')));
        const QStringList cut = clipped(root);
        QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("clipped:\n") + cut.join(u'\n')));
    }
    StoreClient::Options storeOptions(const QString &journal)
    {
        return StoreClient::Options{QStringLiteral("host=/nonexistent"),
                                    {},
                                    StoreSchema::Live,
                                    m_dir.filePath(journal),
                                    QStringLiteral("D1@test"),
                                    {},
                                    {}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        // What main() does with `rightresponse --lang es`.
        const LanguageArgument lang = takeLanguageArgument(
            {QStringLiteral("rightresponse"), QStringLiteral("--lang"), QStringLiteral("es")});
        QCOMPARE(lang.code, QStringLiteral("es"));
        const QStringList loaded = installTranslations(uiLocale(lang.code));
        QVERIFY2(loaded.contains(QStringLiteral("rightresponse_es.qm")), qPrintable(loaded.join(u',')));
        // Qt's own catalogue (qt6-translations-l10n, in packaging/debian-build-deps.txt): standard buttons.
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                          QStringLiteral("/qtbase_es.qm")))
            QVERIFY2(loaded.contains(QStringLiteral("qtbase_es.qm")), qPrintable(loaded.join(u',')));
        m_english = englishSources();
        QVERIFY(m_english.size() > 500);
    }

    void console()
    {
        StoreClient client(storeOptions(QStringLiteral("c.jsonl")));
        DispatchSession session(&client, QStringLiteral("D1"), QStringLiteral("WS-1"));
        ConsoleWindow window(&session, QStringLiteral("RightResponse"));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *undecided = window.findChild<QAbstractButton *>(QStringLiteral("undecidedOnly"));
        QVERIFY(undecided);
        QCOMPARE(undecided->text(), QStringLiteral("Solo sin decidir (&U)"));
        const QStringList texts = shownTexts(&window);
        QVERIFY2(texts.contains(QStringLiteral("Sugerido")), qPrintable(texts.join(u'|')));
        QVERIFY(texts.contains(QStringLiteral("Tablero de unidades")));
        verifySpanish(&window);
    }

    void signIn()
    {
        StoreClient client(storeOptions(QStringLiteral("s.jsonl")));
        DispatchSession session(&client, QStringLiteral("D1"), QStringLiteral("WS-1"));
        SignInController::Options o;
        o.demo = true;
        SignInController controller(&client, &session, o);
        SignInDialog dialog(&controller, SignInDialog::Mode::SignIn);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("RightResponse — iniciar sesión"));
        QVERIFY(shownTexts(&dialog).contains(QStringLiteral("Inicio de sesión de demo — DEMO")));
        verifySpanish(&dialog);
    }

    void overrideDialog()
    {
        OverrideDialog d(QStringLiteral("C-1"), ResponseKind::Unarmed, defaultOverrideReasons());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QCOMPARE(d.windowTitle(), QStringLiteral("Anular la llamada C-1"));
        // Qt's own standard button, from qtbase_es.qm when installed.
        const auto *box = d.findChild<QDialogButtonBox *>();
        QVERIFY(box);
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                          QStringLiteral("/qtbase_es.qm")))
            QCOMPARE(box->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancelar"));
        verifySpanish(&d);
    }

    void settingsDialog()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("s.conf")), QSettings::IniFormat);
        SignedInUser u;
        u.login = QStringLiteral("A1");
        u.role = StaffRole::Admin;
        SettingsDialog d(u, settings);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        verifySpanish(&d);
    }

    void reviewWindow()
    {
        ReviewClient::Options o;
        o.uri = QStringLiteral("host=/nonexistent");
        ReviewClient client(o);
        ReviewWindow w(&client, QStringLiteral("S1"));
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.tabs()->tabText(0), QStringLiteral("&Decisiones"));
        for (int i = 0; i < w.tabs()->count(); ++i) {
            w.tabs()->setCurrentIndex(i);
            verifySpanish(&w);
        }
    }

    // The windows' panels on their own, at the width they get beside their neighbours: the review and
    // trainer windows show them only once the database lets the login in.
    void panels_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("width");
        QTest::newRow("decisions") << 0 << 900;
        QTest::newRow("sample") << 1 << 900;
        QTest::newRow("annotation") << 2 << 420;
        QTest::newRow("session") << 3 << 900;
        QTest::newRow("key editor") << 4 << 900;
        QTest::newRow("library") << 5 << 320;
        QTest::newRow("trainees") << 6 << 900;
        QTest::newRow("scores") << 7 << 900;
    }
    void panels()
    {
        QFETCH(int, which);
        QFETCH(int, width);
        DecisionListModel model;
        std::unique_ptr<QWidget> panel;
        switch (which) {
        case 0:
            panel = std::make_unique<DecisionsPanel>(&model);
            break;
        case 1:
            panel = std::make_unique<SamplePanel>();
            break;
        case 2:
            panel = std::make_unique<AnnotationPanel>();
            break;
        case 3:
            panel = std::make_unique<SessionPanel>();
            break;
        case 4:
            panel = std::make_unique<KeyEditorPanel>();
            break;
        case 5:
            panel = std::make_unique<LibraryPanel>();
            break;
        case 6:
            panel = std::make_unique<TraineesPanel>();
            break;
        default:
            panel = std::make_unique<ScoresPanel>();
            break;
        }
        panel->resize(std::max(width, panel->minimumSizeHint().width()), 600);
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
        verifySpanish(panel.get());
    }

    void trainerWindow()
    {
        TrainerClient::Options o;
        o.uri = QStringLiteral("host=/nonexistent");
        TrainerClient client(o);
        TrainerWindow w(&client, nullptr);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (int i = 0; i < w.tabs()->count(); ++i) {
            w.tabs()->setCurrentIndex(i);
            verifySpanish(&w);
        }
    }

    // The executable itself: `--lang es` before the help is written, and an unknown language refused.
    void executable()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C")); // the error below in English
        env.remove(QStringLiteral("LANGUAGE"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RR_GUI_PATH),
                {QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString help = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(help.contains(QStringLiteral("Consola de despacho RightResponse.")), qPrintable(help));
        QVERIFY(help.contains(QStringLiteral("Idioma de la consola: es (español) o en (inglés)")));

        p.start(QStringLiteral(RR_GUI_PATH),
                {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput())
                    .contains(QStringLiteral("RightResponse dispatch console.")));

        p.start(QStringLiteral(RR_GUI_PATH), {QStringLiteral("--lang"), QStringLiteral("fr")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(p.readAllStandardError().contains("--lang must be one of en, es, got 'fr'"),
                 "no --lang error");
    }
};

QTEST_MAIN(TstLanguage)
#include "tst_language.moc"
