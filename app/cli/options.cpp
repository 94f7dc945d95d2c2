#include "options.h"

#include <cmath>

namespace rr {

namespace {

QCommandLineOption withDescription(const QCommandLineOption &spec, const QString &description)
{
    QCommandLineOption copy(spec.names(), description, spec.valueName(), spec.defaultValues().value(0));
    copy.setFlags(spec.flags());
    return copy;
}

Result<OutputFormat> csvOrJsonl(const QString &flag, const QString &text)
{
    const QString format = text.toLower();
    if (format == u"csv")
        return OutputFormat::Csv;
    if (format == u"jsonl")
        return OutputFormat::Jsonl;
    return Failure{Option::tr("unknown %1 '%2' (use csv or jsonl)").arg(flag, format)};
}

Result<OutputFormat> textCsvOrJsonl(const QString &flag, const QString &text)
{
    if (text.toLower() == u"text")
        return OutputFormat::Text;
    Result<OutputFormat> other = csvOrJsonl(flag, text);
    if (!other)
        return Failure{Option::tr("unknown %1 '%2' (use text, csv or jsonl)").arg(flag, text.toLower())};
    return other;
}

} // namespace

QCommandLineOption Option::translated(const QCommandLineOption &spec)
{
    return withDescription(
        spec, QCoreApplication::translate("rr::Option", spec.description().toUtf8().constData()));
}

TextOption TextOption::describedAs(const QString &description) const
{
    return TextOption(withDescription(m_spec, description), m_trim);
}

ListOption ListOption::describedAs(const QString &description) const
{
    return ListOption(withDescription(m_spec, description));
}

namespace {

const TextOption
    kDb({QStringLiteral("db"),
         QStringLiteral(QT_TRANSLATE_NOOP(
             "rr::Option", "The database: a libpq connection string or URI (default: RIGHTRESPONSE_DB, "
                           "libpq's PG* variables, the settings, else the embedded cluster).")),
         QStringLiteral("URI")});
const TextOption kDataDir(
    {QStringLiteral("data-dir"),
     QStringLiteral(QT_TRANSLATE_NOOP("rr::Option",
                                      "Use the embedded cluster in DIR (default: RIGHTRESPONSE_DATA_DIR, "
                                      "else a per-user directory).")),
     QStringLiteral("DIR")});

} // namespace

void DatabaseOptions::addTo(QCommandLineParser &p)
{
    p.addOption(kDb.spec());
    p.addOption(kDataDir.spec());
}

Result<DatabaseOptions> DatabaseOptions::read(const QCommandLineParser &p)
{
    DatabaseOptions d{kDb.value(p), kDataDir.value(p)};
    if (kDb.isSet(p) && d.uri.trimmed().isEmpty())
        return Failure{Option::tr("--db needs a connection string or URI")};
    if (kDataDir.isSet(p) && d.dataDir.trimmed().isEmpty())
        return Failure{Option::tr("--data-dir needs a directory")};
    if (!d.uri.isEmpty() && !d.dataDir.isEmpty())
        return Failure{
            Option::tr("--db and --data-dir exclude each other: --data-dir names the embedded cluster")};
    return d;
}

namespace option {

const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                              QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "Show this help.")));

const TextOption rules(
    {QStringLiteral("rules"),
     QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "Rule set JSON file (default: the built-in rule set).")),
     QStringLiteral("FILE")});

const ListOption map(
    {QStringLiteral("map"),
     QStringLiteral(QT_TRANSLATE_NOOP("rr::Option",
                                      "Name the export's column for a canonical field, e.g. --map id=\"Event "
                                      "Number\". Repeatable.")),
     QStringLiteral("FIELD=COLUMN")});

const TypedOption<OutputFormat>
    format({QStringLiteral("format"),
            QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "Output format: csv (default) or jsonl.")),
            QStringLiteral("csv|jsonl"), QStringLiteral("csv")},
           &csvOrJsonl);

const TypedOption<OutputFormat> reportFormat(
    {QStringLiteral("format"),
     QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "Output format: text (default), csv or jsonl.")),
     QStringLiteral("text|csv|jsonl"), QStringLiteral("text")},
    &textCsvOrJsonl);

const TypedOption<quint64> seed({QStringLiteral("seed"),
                                 QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "Random seed (default 1).")),
                                 QStringLiteral("S"), QStringLiteral("1")},
                                &convert::wholeNumber);

const TextOption
    dispatcher({QStringLiteral("dispatcher"),
                QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "The dispatcher's id (required).")),
                QStringLiteral("ID")},
               TextOption::Trim::Yes);

const TextOption workstation(
    {QStringLiteral("workstation"),
     QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "The console's name (default: this host's name).")),
     QStringLiteral("NAME")},
    TextOption::Trim::Yes);

const TextOption tokenFile({QStringLiteral("token-file"),
                            QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "File holding the bearer token.")),
                            QStringLiteral("FILE")});

const TextOption
    out({QStringLiteral("out"),
         QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "Write to FILE instead of standard output.")),
         QStringLiteral("FILE")});

Result<void> refuseTokenArgument(const QStringList &args)
{
    for (const QString &a : args) {
        if (a == u"--token" || a.startsWith(u"--token="))
            return Failure{Option::tr("the token is never accepted on the command line (other users can "
                                      "read it in the process list): use --token-file FILE or "
                                      "RIGHTRESPONSE_INTAKE_TOKEN")};
    }
    return {};
}

} // namespace option

namespace positional {
const PositionalArgument callId{QStringLiteral("CALL_ID"),
                                QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "The call's CAD id."))};
} // namespace positional

namespace convert {

Result<quint64> wholeNumber(const QString &flag, const QString &text)
{
    bool ok = false;
    const quint64 n = text.toULongLong(&ok);
    if (!ok)
        return Failure{Option::tr("%1 must be a whole number 0 or more, got '%2'").arg(flag, text)};
    return n;
}

namespace {
Failure notPositive(const QString &flag, const QString &text)
{
    return Failure{Option::tr("%1 must be a number greater than 0, got '%2'").arg(flag, text)};
}
} // namespace

Result<int> positiveInt(const QString &flag, const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n <= 0)
        return notPositive(flag, text);
    return n;
}

Result<qint64> positiveCount(const QString &flag, const QString &text)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n <= 0)
        return notPositive(flag, text);
    return n;
}

Result<double> positiveReal(const QString &flag, const QString &text)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !(v > 0) || !std::isfinite(v))
        return notPositive(flag, text);
    return v;
}

Result<double> fraction(const QString &flag, const QString &text)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !(v >= 0.0 && v <= 1.0))
        return Failure{Option::tr("%1 must be a fraction from 0 to 1, e.g. 0.97, got '%2'").arg(flag, text)};
    return v;
}

Result<QDateTime> isoTime(const QString &flag, const QString &text)
{
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!t.isValid())
        t = QDateTime(QDate::fromString(text.trimmed(), Qt::ISODate), QTime(0, 0));
    if (!t.isValid())
        return Failure{Option::tr("%1 must be an ISO 8601 time such as 2026-11-30T07:00 or "
                                  "2026-11-30T07:00:00-05:00, got '%2'")
                           .arg(flag, text)};
    return t;
}

} // namespace convert

} // namespace rr
