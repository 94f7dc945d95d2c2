// The translation catalogues (resources/translations) against the code: lupdate, run on a copy of each with
// the build's own list of sources and options, must find every string of the code already there and
// translated, and nothing that the code no longer has; every translation keeps its source's placeholders
// (%1, %n), so that no figure goes missing in Spanish; the compiled catalogues are embedded and load.

#include "language.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace rr;

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // of the translation: "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList translations; // one, or one per plural form
    QString where() const { return context + QStringLiteral(": \"") + source + u'"'; }
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + f.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&f);
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}};
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"translation") {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus)
                m.translations << xml.readElementText();
            else
                messages << m; // the numerusforms follow
            if (!m.numerus)
                messages << m;
        } else if (name == u"numerusform" && !messages.isEmpty()) {
            messages.last().translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return messages;
}

// "%1", "%2", "%n" ... as a sorted list (a placeholder used twice counts twice).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(L?[0-9]{1,2}|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        found << m.captured(0);
    found.sort();
    return found;
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

    // Runs lupdate as the build does on a copy of `committed`, then reads the copy.
    QList<Message> updatedCopy(const QString &committed, const QStringList &extraOptions)
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QFileInfo(committed).fileName());
        if (!QFile::copy(committed, copy)) {
            qWarning("cannot copy %s", qPrintable(committed));
            return {};
        }
        QProcess lupdate;
        QStringList args = QStringLiteral(RR_LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts);
        args << extraOptions << QStringLiteral("@" RR_LUPDATE_LIST) << QStringLiteral("-ts") << copy;
        lupdate.start(QStringLiteral(RR_LUPDATE), args);
        if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
            qWarning("lupdate failed: %s", lupdate.readAllStandardError().constData());
            return {};
        }
        // lupdate warns about a tr() it cannot place (a class without Q_OBJECT, a free function): those
        // strings would never be translated.
        const QString warnings =
            QString::fromUtf8(lupdate.readAllStandardError() + lupdate.readAllStandardOutput());
        for (const QString &line : warnings.split(u'\n')) {
            if (line.contains(QStringLiteral(": ")) && !line.startsWith(u' ') &&
                !line.startsWith(QStringLiteral("Updating")) && !line.startsWith(QStringLiteral("Stripping")))
                m_lupdateWarnings << line;
        }
        QString error;
        const QList<Message> messages = readCatalogue(copy, &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return messages;
    }

    QStringList m_lupdateWarnings;

private Q_SLOTS:
    // Spanish: every string of the code is in the catalogue, translated; none the code has dropped.
    void spanishIsCompleteAndCurrent()
    {
        const QList<Message> messages = updatedCopy(QStringLiteral(RR_TS_TRANSLATED), {});
        QVERIFY2(messages.size() > 500, "lupdate found too few strings: is the list of sources right?");
        QStringList problems;
        for (const Message &m : messages) {
            if (m.type == u"unfinished" && m.translations.join(QString()).isEmpty())
                problems << QStringLiteral("not translated (new?): ") + m.where();
            else if (m.type == u"unfinished")
                problems << QStringLiteral("unfinished: ") + m.where();
            else if (m.type == u"vanished" || m.type == u"obsolete")
                problems << QStringLiteral("no longer in the code: ") + m.where();
            else if (m.translations.contains(QString()))
                problems << QStringLiteral("empty translation: ") + m.where();
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 messages need work (cmake --build --preset dev --target "
                                           "update_translations, then translate):\n")
                                .arg(problems.size())
                                .arg(messages.size()) +
                            problems.join(u'\n')));
        QVERIFY2(m_lupdateWarnings.isEmpty(), qPrintable(m_lupdateWarnings.join(u'\n')));
    }

    // English is the source language: its catalogue only holds the plural forms ("1 call", "2 calls").
    void englishPluralsAreComplete()
    {
        const QList<Message> messages =
            updatedCopy(QStringLiteral(RR_TS_PLURALS), {QStringLiteral("-pluralonly")});
        QVERIFY2(!messages.isEmpty(), "no plural forms found");
        QStringList problems;
        for (const Message &m : messages) {
            if (!m.type.isEmpty() || m.translations.size() != 2 || m.translations.contains(QString()))
                problems << m.where();
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("plural forms missing:\n") + problems.join(u'\n')));
    }

    // A translation that drops or adds a %1 shows the wrong figure, or none.
    void placeholdersAreKept()
    {
        for (const QString &path : {QStringLiteral(RR_TS_TRANSLATED), QStringLiteral(RR_TS_PLURALS)}) {
            QString error;
            const QList<Message> messages = readCatalogue(path, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QStringList problems;
            for (const Message &m : messages) {
                QStringList expected = placeholders(m.source);
                if (m.numerus)
                    expected.removeAll(QStringLiteral("%n")); // "una llamada": the singular may spell it out
                for (const QString &t : m.translations) {
                    if (t.isEmpty())
                        continue;
                    QStringList got = placeholders(t);
                    if (m.numerus)
                        got.removeAll(QStringLiteral("%n"));
                    if (got != expected)
                        problems << m.where() + QStringLiteral(" -> \"") + t + u'"';
                }
                if (m.numerus && !m.translations.isEmpty() && !m.translations.last().contains(u"%n"))
                    problems << m.where() + QStringLiteral(": the plural form must show %n");
            }
            QVERIFY2(problems.isEmpty(),
                     qPrintable(path + QStringLiteral(": placeholders differ:\n") + problems.join(u'\n')));
        }
    }

    // The compiled catalogues are in the executables' resources and load for their locale.
    void embeddedCataloguesLoad()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/rightresponse_es.qm")));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/rightresponse_en.qm")));
        const QStringList loaded = installTranslations(uiLocale(QStringLiteral("es")));
        QVERIFY2(loaded.contains(QStringLiteral("rightresponse_es.qm")), qPrintable(loaded.join(u',')));
        QCOMPARE(QCoreApplication::translate("rr::ConsoleOptions", "Workstation name."),
                 QStringLiteral("Nombre de la estación de trabajo."));
    }

    void languageArgument()
    {
        const LanguageArgument a =
            takeLanguageArgument({QStringLiteral("rightresponse-cli"), QStringLiteral("calls"),
                                  QStringLiteral("--lang"), QStringLiteral("ES"), QStringLiteral("--open")});
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QCOMPARE(a.code, QStringLiteral("es"));
        QCOMPARE(a.remaining, QStringList({QStringLiteral("rightresponse-cli"), QStringLiteral("calls"),
                                           QStringLiteral("--open")}));
        QCOMPARE(takeLanguageArgument({QStringLiteral("x"), QStringLiteral("--lang=en")}).code,
                 QStringLiteral("en"));
        QVERIFY(takeLanguageArgument({QStringLiteral("x")}).code.isEmpty());
        const LanguageArgument bad = takeLanguageArgument({QStringLiteral("x"), QStringLiteral("--lang=fr")});
        QVERIFY(bad.error.contains(QStringLiteral("'fr'")));
        QVERIFY(!takeLanguageArgument({QStringLiteral("x"), QStringLiteral("--lang")}).error.isEmpty());
        QCOMPARE(uiLocale(QStringLiteral("es")).language(), QLocale::Spanish);
        QCOMPARE(uiLocale(QString()), QLocale::system());
    }
};

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
