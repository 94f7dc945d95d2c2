#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace rr {

// The interface language of both executables: the system locale's (QLocale::system()), or the one `--lang`
// names. The program's messages come from the catalogues compiled from resources/translations/*.ts and
// embedded as resources (:/i18n); Qt's own (standard buttons, the parser's messages) from Qt's translations
// directory when qt6-translations-l10n is installed. Main thread, once, before any window or message.

// The languages `--lang` accepts: "en" and "es".
QStringList uiLanguages();

// `--lang CODE` or `--lang=CODE` found in a command line (`args[0]` is the program).
struct LanguageArgument
{
    QString code;          // lower case; empty when --lang is not given
    QString error;         // non-empty: --lang without a value, or a language the program does not speak
    QStringList remaining; // the arguments without --lang and its value
};
LanguageArgument takeLanguageArgument(const QStringList &args);

// The locale of `code` ("es": Spanish as in the United States, "en": English); empty: QLocale::system().
QLocale uiLocale(const QString &code);

// Installs the program's catalogue for `locale` (else the English one, which only holds plural forms) and
// Qt's own for the same language, when found, into the running application, and makes `locale` the default
// one. Returns the file names loaded, e.g. {"rightresponse_es.qm", "qtbase_es.qm"}.
QStringList installTranslations(const QLocale &locale);

} // namespace rr
