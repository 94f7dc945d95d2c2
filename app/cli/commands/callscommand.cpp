#include "callscommand.h"

#include "clidatabase.h"
#include "commandsupport.h"
#include "io/csvwriter.h"
#include "store/callstore.h"
#include "store/pgconnection.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

namespace rr {

namespace {

const FlagOption kOpen({QStringLiteral("open"),
                        QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "Only calls that are not closed."))});
const TypedOption<int>
    kLimit({QStringLiteral("limit"),
            QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "At most N calls, the newest (default 100000).")),
            QStringLiteral("N"), QStringLiteral("100000")},
           &convert::positiveInt);

const QStringList kColumns = {
    QStringLiteral("id"),         QStringLiteral("received_at"), QStringLiteral("call_type"),
    QStringLiteral("status"),     QStringLiteral("response"),    QStringLiteral("ems"),
    QStringLiteral("category"),   QStringLiteral("decision"),    QStringLiteral("chosen"),
    QStringLiteral("dispatcher"), QStringLiteral("decided_at"),  QStringLiteral("reason")};

// ISO 8601 in the local zone with its offset, "2024-05-01T13:45:00-04:00"; empty when invalid.
QString localTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

// The values of the columns above, in order; empty strings where there is no suggestion or decision.
QStringList values(const StoredCall &c)
{
    const std::optional<Suggestion> &s = c.suggestion;
    const std::optional<DecisionRecord> &d = c.decision;
    return {c.call.id,
            localTime(c.call.receivedAt),
            c.call.callType,
            c.status,
            s ? toString(s->kind) : QString(),
            s ? (s->ems ? QStringLiteral("true") : QStringLiteral("false")) : QString(),
            s ? s->category : QString(),
            d ? (d->accepted ? QStringLiteral("accepted") : QStringLiteral("overridden")) : QString(),
            d ? toString(d->chosenKind) : QString(),
            d ? d->dispatcher : QString(),
            d ? localTime(d->decidedAt) : QString(),
            d ? d->reasonCode : QString()};
}

// The same keys as the CSV columns; null for what is missing (id, call_type and status are always there), ems
// a boolean.
QByteArray jsonLine(const QStringList &v)
{
    QJsonObject o;
    for (qsizetype i = 0; i < kColumns.size(); ++i) {
        if (v[i].isEmpty() && i != 0 && i != 2 && i != 3)
            o.insert(kColumns[i], QJsonValue());
        else if (kColumns[i] == u"ems")
            o.insert(kColumns[i], v[i] == u"true");
        else
            o.insert(kColumns[i], v[i]);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

CallsCommand::CallsCommand()
    : Command(QStringLiteral("calls"),
              CallsCommand::tr("List the stored calls with their suggestion and decision"),
              CallsCommand::tr(
                  "Lists the stored calls, newest first, with their current suggestion and their decision.\n"
                  "CSV columns: id,received_at,call_type,status,response,ems,category,decision,chosen,"
                  "dispatcher,\n"
                  "decided_at,reason (decision is accepted, overridden or empty)."))
{}

void CallsCommand::declare(QCommandLineParser &parser) const
{
    add(parser, kOpen);
    add(parser, option::format);
    add(parser, kLimit);
    DatabaseOptions::addTo(parser);
}

Result<void> CallsCommand::read(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return Failure{CallsCommand::tr("calls takes no arguments")};
    const Result<int> limit = kLimit.value(parser);
    if (!limit)
        return limit.failure();
    const Result<OutputFormat> format = option::format.value(parser);
    if (!format)
        return format.failure();
    const Result<DatabaseOptions> database = DatabaseOptions::read(parser);
    if (!database)
        return database.failure();
    m_options = {kOpen.value(parser), *format, *limit, *database};
    return {};
}

int CallsCommand::run(CommandIo &io)
{
    CliDatabase database(m_options.database);
    const Result<std::unique_ptr<PgConnection>> opened = database.open();
    if (!opened)
        return unusable(io.err, opened.error());
    PgConnection &connection = **opened;
    QString error;
    const QList<StoredCall> calls = CallStore(connection).list(m_options.openOnly, &error, m_options.limit);
    if (!error.isEmpty()) {
        return unusable(io.err, error);
    }
    CsvWriter csv(&io.out);
    if (m_options.format == OutputFormat::Csv)
        csv.row(kColumns);
    for (const StoredCall &c : calls) {
        if (m_options.format == OutputFormat::Csv) {
            csv.row(values(c));
        } else {
            csv.flush();
            io.out.write(jsonLine(values(c)));
        }
    }
    if (!csv.flush()) {
        return unusable(io.err, CallsCommand::tr("cannot write the output: %1").arg(csv.errorString()));
    }
    if (calls.size() >= m_options.limit)
        say(io.err,
            CallsCommand::tr("rightresponse-cli: showing the newest %n call(s) only (--limit N for more)",
                             nullptr, m_options.limit));
    return exitcode::Ok;
}

} // namespace rr
