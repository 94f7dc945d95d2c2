#include "commands.h"

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

} // namespace

int runCalls(const CliOptions &options, QIODevice &out, QIODevice &err)
{
    CliDatabase database(options);
    const std::unique_ptr<PgConnection> connection = database.open(err);
    if (!connection)
        return exitcode::Usage;
    QString error;
    const QList<StoredCall> calls = CallStore(*connection).list(options.openOnly, &error, options.limit);
    if (!error.isEmpty()) {
        say(err, QStringLiteral("rightresponse-cli: %1").arg(error));
        return exitcode::Usage;
    }
    CsvWriter csv(&out);
    if (options.format == OutputFormat::Csv)
        csv.row(kColumns);
    for (const StoredCall &c : calls) {
        const QStringList v = values(c);
        if (options.format == OutputFormat::Csv) {
            csv.row(v);
            continue;
        }
        // The same keys; null for what is missing (id, call_type and status are always there), ems a boolean.
        QJsonObject o;
        for (qsizetype i = 0; i < kColumns.size(); ++i) {
            if (v[i].isEmpty() && i != 0 && i != 2 && i != 3)
                o.insert(kColumns[i], QJsonValue());
            else if (kColumns[i] == u"ems")
                o.insert(kColumns[i], v[i] == u"true");
            else
                o.insert(kColumns[i], v[i]);
        }
        csv.flush();
        out.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    }
    if (!csv.flush()) {
        say(err, QStringLiteral("rightresponse-cli: cannot write the output: %1").arg(csv.errorString()));
        return exitcode::Usage;
    }
    if (calls.size() >= options.limit)
        say(err, QStringLiteral("rightresponse-cli: showing the newest %1 calls only (--limit N for more)")
                     .arg(options.limit));
    return exitcode::Ok;
}

} // namespace rr
