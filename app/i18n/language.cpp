#include "language.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace rr {

namespace {

// Loads `name`_<language> for `locale` from `directory` into a translator owned by the application.
QString install(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        delete translator;
        return {};
    }
    QCoreApplication::installTranslator(translator);
    return QFileInfo(translator->filePath()).fileName();
}

} // namespace

QStringList uiLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

LanguageArgument takeLanguageArgument(const QStringList &args)
{
    LanguageArgument found;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (i > 0 && (a == u"--lang" || a == u"-lang")) {
            if (i + 1 >= args.size()) {
                found.error = QStringLiteral("--lang needs a language: %1").arg(uiLanguages().join(u'|'));
                continue;
            }
            found.code = args.at(++i).trimmed().toLower();
        } else if (i > 0 && a.startsWith(u"--lang=")) {
            found.code = a.mid(7).trimmed().toLower();
        } else {
            found.remaining << a;
            continue;
        }
        if (!uiLanguages().contains(found.code))
            found.error = QStringLiteral("--lang must be one of %1, got '%2'")
                              .arg(uiLanguages().join(QStringLiteral(", ")), found.code);
    }
    return found;
}

QLocale uiLocale(const QString &code)
{
    if (code == u"es")
        return QLocale(QLocale::Spanish, QLocale::UnitedStates);
    if (code == u"en")
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale::system();
}

QStringList installTranslations(const QLocale &locale)
{
    QLocale::setDefault(locale);
    QStringList loaded;
    QString own = install(locale, QStringLiteral("rightresponse"), QStringLiteral(":/i18n"));
    if (own.isEmpty()) // a language we do not speak: English, whose catalogue holds the plural forms
        own = install(QLocale(QLocale::English), QStringLiteral("rightresponse"), QStringLiteral(":/i18n"));
    if (!own.isEmpty())
        loaded << own;
    const QString qt =
        install(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (!qt.isEmpty())
        loaded << qt;
    return loaded;
}

} // namespace rr
