// Every window and dialog, walked through QAccessible the way a screen reader sees it: each widget a user can
// reach has an accessible name and description, and in each dialog and panel the Tab order follows the
// reading order (top to bottom, then left to right).
#include "models/session/dispatchsession.h"
#include "models/session/signincontroller.h"
#include "report/reviewclient.h"
#include "store/storeclient.h"
#include "ui/consolewindow.h"
#include "ui/overridedialog.h"
#include "ui/queuepanel.h"
#include "ui/review/annotationpanel.h"
#include "ui/review/decisionspanel.h"
#include "ui/review/reviewwindow.h"
#include "ui/review/samplepanel.h"
#include "ui/settingsdialog.h"
#include "ui/signindialog.h"
#include "ui/theme.h"
#include "ui/trainer/trainerwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace rr;

namespace {

// Widgets a user can reach with the keyboard, or that say something (labels with text). Parts of Qt's own
// composite widgets (a combo box's line edit, a table's scroll bars and header) are named by their owner.
bool mustBeNamed(const QWidget *w)
{
    if (w->objectName().startsWith(QStringLiteral("qt_")) || qobject_cast<const QScrollBar *>(w) ||
        qobject_cast<const QHeaderView *>(w))
        return false;
    for (const QObject *p = w->parent(); p; p = p->parent())
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p) ||
            qobject_cast<const QTabBar *>(p) || (qobject_cast<const QAbstractItemView *>(p) && p != w))
            return false;
    if (const auto *label = qobject_cast<const QLabel *>(w))
        return !label->text().isEmpty();
    return w->focusPolicy() != Qt::NoFocus;
}

QStringList unnamed(QWidget *root)
{
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        if (!mustBeNamed(w))
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a) {
            out << QStringLiteral("%1 (%2): no accessible interface")
                       .arg(w->objectName(), QLatin1String(w->metaObject()->className()));
            continue;
        }
        const QString name = a->text(QAccessible::Name).trimmed();
        const QString description = a->text(QAccessible::Description).trimmed();
        const bool label = qobject_cast<QLabel *>(w);
        if (name.isEmpty() || (!label && description.isEmpty()))
            out << QStringLiteral("%1 (%2, parent %3): %4")
                       .arg(w->objectName(), QLatin1String(w->metaObject()->className()),
                            QLatin1String(w->parentWidget() ? w->parentWidget()->metaObject()->className()
                                                            : "-"),
                            name.isEmpty() ? QStringLiteral("no name") : QStringLiteral("no description"));
    }
    return out;
}

// The widgets Tab reaches inside `root`, in Tab order.
QList<QWidget *> tabOrder(QWidget *root)
{
    QList<QWidget *> out;
    for (QWidget *w = root->nextInFocusChain(); w && w != root; w = w->nextInFocusChain()) {
        if (root->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
            mustBeNamed(w) && !out.contains(w))
            out << w;
        if (out.size() > 500)
            break;
    }
    return out;
}

// Pairs of neighbours in Tab order where the second comes before the first in reading order: above it, or
// on the same line and to its left.
QStringList outOfReadingOrder(QWidget *root)
{
    QStringList out;
    const QList<QWidget *> order = tabOrder(root);
    for (qsizetype i = 1; i < order.size(); ++i) {
        const QRect a(order[i - 1]->mapTo(root, QPoint(0, 0)), order[i - 1]->size());
        const QRect b(order[i]->mapTo(root, QPoint(0, 0)), order[i]->size());
        const bool sameLine = b.center().y() >= a.top() && b.center().y() <= a.bottom();
        const bool before = sameLine ? b.left() < a.left() : b.bottom() < a.top();
        if (before)
            out << QStringLiteral("%1 %2 then %3 %4")
                       .arg(QLatin1String(order[i - 1]->metaObject()->className()),
                            order[i - 1]->objectName(), QLatin1String(order[i]->metaObject()->className()),
                            order[i]->objectName());
    }
    return out;
}

// WCAG 2 contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static void verifyNamed(QWidget *root)
    {
        const QStringList missing = unnamed(root);
        for (const QString &m : missing)
            qWarning("unnamed: %s", qPrintable(m));
        QVERIFY2(missing.isEmpty(), qPrintable(QString::number(missing.size()) + QStringLiteral(" unnamed")));
    }
    static void verifyReadingOrder(QWidget *root)
    {
        QVERIFY(QTest::qWaitForWindowExposed(root->window()));
        const QStringList wrong = outOfReadingOrder(root);
        for (const QString &w : wrong)
            qWarning("Tab order: %s", qPrintable(w));
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(QString::number(wrong.size()) + QStringLiteral(" out of reading order")));
    }

private Q_SLOTS:
    void themesHaveEnoughContrast_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<double>("minimum");
        // WCAG AA (4.5:1) for the everyday themes, AAA (7:1) for the high-contrast one.
        QTest::newRow("night") << QStringLiteral("night") << 4.5;
        QTest::newRow("day") << QStringLiteral("day") << 4.5;
        QTest::newRow("high-contrast") << QStringLiteral("high-contrast") << 7.0;
    }
    void themesHaveEnoughContrast()
    {
        QFETCH(QString, theme);
        QFETCH(double, minimum);
        auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        const std::optional<Theme> t = themeFromName(theme);
        QVERIFY(t);
        QCOMPARE(themeName(*t), theme);
        applyTheme(*app, *t);
        const QPalette p = app->palette();
        const QList<std::pair<QPalette::ColorRole, QPalette::ColorRole>> pairs{
            {QPalette::WindowText, QPalette::Window},
            {QPalette::Text, QPalette::Base},
            {QPalette::ButtonText, QPalette::Button},
            {QPalette::HighlightedText, QPalette::Highlight},
            {QPalette::Text, QPalette::AlternateBase}};
        for (const auto &[fg, bg] : pairs) {
            const double ratio = contrast(p.color(fg), p.color(bg));
            QVERIFY2(ratio >= minimum, qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                                      .arg(theme, p.color(fg).name(), p.color(bg).name())
                                                      .arg(ratio, 0, 'f', 1)));
        }
        QCOMPARE(app->property("rrTheme").toString(), theme);
        applyTheme(*app, Theme::Night);
    }
    void console()
    {
        StoreClient client(StoreClient::Options{QStringLiteral("host=/nonexistent"),
                                                {},
                                                StoreSchema::Live,
                                                m_dir.filePath(QStringLiteral("j.jsonl")),
                                                QStringLiteral("D1@test"),
                                                {},
                                                {}});
        DispatchSession session(&client, QStringLiteral("D1"), QStringLiteral("WS-1"));
        ConsoleWindow window(&session, QStringLiteral("console"));
        window.show();
        verifyNamed(&window);
        verifyReadingOrder(window.queuePanel());
    }
    void signIn()
    {
        StoreClient client(StoreClient::Options{QStringLiteral("host=/nonexistent"),
                                                {},
                                                StoreSchema::Live,
                                                m_dir.filePath(QStringLiteral("k.jsonl")),
                                                QStringLiteral("D1@test"),
                                                {},
                                                {}});
        DispatchSession session(&client, QStringLiteral("D1"), QStringLiteral("WS-1"));
        SignInController::Options o;
        o.demo = true;
        SignInController controller(&client, &session, o);
        SignInDialog dialog(&controller, SignInDialog::Mode::SignIn);
        dialog.show();
        verifyNamed(&dialog);
        verifyReadingOrder(&dialog);
    }
    void overrideDialog()
    {
        OverrideDialog d(QStringLiteral("C-1"), ResponseKind::Unarmed, defaultOverrideReasons());
        d.show();
        verifyNamed(&d);
        verifyReadingOrder(&d);
    }
    void settingsDialog()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("s.conf")), QSettings::IniFormat);
        SignedInUser u;
        u.login = QStringLiteral("A1");
        u.role = StaffRole::Admin;
        SettingsDialog d(u, settings);
        d.show();
        verifyNamed(&d);
        verifyReadingOrder(&d);
    }
    void trainerWindow()
    {
        TrainerClient::Options o;
        o.uri = QStringLiteral("host=/nonexistent");
        TrainerClient client(o);
        TrainerWindow w(&client, nullptr);
        w.show();
        verifyNamed(&w);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (int i = 0; i < w.tabs()->count(); ++i) {
            w.tabs()->setCurrentIndex(i);
            verifyReadingOrder(w.tabs()->widget(i));
        }
    }
    void reviewWindow()
    {
        ReviewClient::Options o;
        o.uri = QStringLiteral("host=/nonexistent");
        ReviewClient client(o);
        ReviewWindow w(&client, QStringLiteral("S1"));
        w.show();
        verifyNamed(&w);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (int i = 0; i < w.tabs()->count(); ++i) {
            w.tabs()->setCurrentIndex(i);
            verifyReadingOrder(w.tabs()->widget(i));
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
