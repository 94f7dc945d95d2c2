#pragma once

#include "core/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace rr {

// The options of rightresponse-cli, each declared once as a typed object (the idea of qBittorrent's
// cmdoptions.cpp) and added by every command that takes it. QCommandLineParser parses; each option reads and
// checks its own value, so that a command's read() is a list of `option.value(parser)` calls. Main thread.

// An option with its names, help line, value name and default: what QCommandLineParser needs.
class Option
{
    Q_DECLARE_TR_FUNCTIONS(rr::Option)

public:
    // The description is English, marked with QT_TRANSLATE_NOOP("rr::Option", ...): options are made before
    // the translators are installed, so spec() translates it.
    explicit Option(QCommandLineOption spec) : m_spec(std::move(spec)) {}

    // The option with its description in the interface language, for QCommandLineParser::addOption().
    QCommandLineOption spec() const { return translated(m_spec); }
    static QCommandLineOption translated(const QCommandLineOption &spec);
    // "--rules", for messages.
    QString flag() const { return QStringLiteral("--") + m_spec.names().constLast(); }
    bool isSet(const QCommandLineParser &p) const { return p.isSet(m_spec); }
    // The text given, or the default.
    QString text(const QCommandLineParser &p) const { return p.value(m_spec); }

protected:
    QCommandLineOption m_spec;
};

// An option whose value is kept as written (a path, a URL, a note), or trimmed (an id or a name).
class TextOption : public Option
{
public:
    enum class Trim
    {
        No,
        Yes
    };
    TextOption(QCommandLineOption spec, Trim trim = Trim::No) : Option(std::move(spec)), m_trim(trim) {}
    QString value(const QCommandLineParser &p) const
    {
        return m_trim == Trim::Yes ? text(p).trimmed() : text(p);
    }
    // The same option with another help line, for a command where it means a little more.
    TextOption describedAs(const QString &description) const;

private:
    Trim m_trim;
};

// An option given any number of times (--map), in the order given.
class ListOption : public Option
{
public:
    using Option::Option;
    QStringList values(const QCommandLineParser &p) const { return p.values(m_spec); }
    ListOption describedAs(const QString &description) const;
};

// An option without a value (--open, --accept).
class FlagOption : public Option
{
public:
    using Option::Option;
    bool value(const QCommandLineParser &p) const { return isSet(p); }
};

// An option whose text is converted and checked: a number, a format. The failure names the option and what
// it got, e.g. "--limit must be a number greater than 0, got '0'".
template <typename T> class TypedOption : public Option
{
public:
    using Convert = Result<T> (*)(const QString &flag, const QString &text);
    TypedOption(QCommandLineOption spec, Convert convert) : Option(std::move(spec)), m_convert(convert) {}

    // The value given, or converted from the default.
    Result<T> value(const QCommandLineParser &p) const { return m_convert(flag(), text(p)); }
    // The value given; nullopt when the option is not set.
    Result<std::optional<T>> ifSet(const QCommandLineParser &p) const
    {
        if (!isSet(p))
            return std::optional<T>();
        Result<T> v = value(p);
        if (!v)
            return v.failure();
        return std::optional<T>(std::move(v).value());
    }

private:
    Convert m_convert;
};

// A positional argument's help: its name, description and how the usage line writes it.
struct PositionalArgument
{
    // description: English, marked with QT_TRANSLATE_NOOP("rr::Option", ...); Command::add() translates it.
    QString name;
    QString description;
    QString syntax = {}; // empty: the name
};

enum class OutputFormat
{
    Csv,
    Jsonl,
    Text // evaluate only
};

// --db URI and --data-dir DIR, which exclude each other: where the database is (see rr::resolveConnection).
struct DatabaseOptions
{
    QString uri;     // --db: a libpq connection string or URI
    QString dataDir; // --data-dir: the embedded cluster's directory

    static void addTo(QCommandLineParser &p);
    static Result<DatabaseOptions> read(const QCommandLineParser &p);
};

// The options used by several commands, declared once.
namespace option {
extern const QCommandLineOption help;                // -h, --help
extern const TextOption rules;                       // --rules FILE
extern const ListOption map;                         // --map FIELD=COLUMN, repeatable
extern const TypedOption<OutputFormat> format;       // csv (default) or jsonl
extern const TypedOption<OutputFormat> reportFormat; // text (default), csv or jsonl
extern const TypedOption<quint64> seed;              // --seed S, default 1
extern const TextOption dispatcher;                  // --dispatcher ID
extern const TextOption workstation;                 // --workstation NAME
extern const TextOption tokenFile;                   // --token-file FILE
extern const TextOption out;                         // --out FILE, else standard output

// Refuses `--token` and `--token=...` before parsing: a secret on the command line is in the process list.
Result<void> refuseTokenArgument(const QStringList &args);
} // namespace option

namespace positional {
extern const PositionalArgument callId; // CALL_ID
} // namespace positional

// Conversions that options and commands share; each failure names `flag` and the text it got.
namespace convert {
Result<quint64> wholeNumber(const QString &flag, const QString &text);  // 0 or more
Result<int> positiveInt(const QString &flag, const QString &text);      // 1 or more
Result<qint64> positiveCount(const QString &flag, const QString &text); // 1 or more
Result<double> positiveReal(const QString &flag, const QString &text);  // finite, > 0
Result<double> fraction(const QString &flag, const QString &text);      // 0 to 1
// ISO 8601 with or without a time and an offset: 2026-11-30, 2026-11-30T07:00, 2026-11-30T07:00:00-05:00.
Result<QDateTime> isoTime(const QString &flag, const QString &text);
} // namespace convert

} // namespace rr
