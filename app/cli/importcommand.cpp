#include "commands.h"

#include "clidatabase.h"
#include "commandsupport.h"
#include "store/callimporter.h"
#include "store/pgconnection.h"

#include <QFileInfo>
#include <QIODevice>

namespace rr {

int runImport(const CliOptions &options, QIODevice &in, QIODevice &out, QIODevice &err)
{
    const std::unique_ptr<TriageEngine> engine = loadEngine(options, err);
    if (!engine)
        return exitcode::Usage;
    ExportInput input;
    if (!input.open(options, in, err))
        return exitcode::Usage;
    CliDatabase database(options);
    const std::unique_ptr<PgConnection> connection = database.open(err);
    if (!connection)
        return exitcode::Usage;

    CallImporter importer(*connection);
    importer.setSource(options.input == u"-" ? input.origin() : QFileInfo(options.input).fileName());
    CallRowReader &reader = input.reader();
    BadRowReporter badRows(err, input.origin());
    ProgressLine progress(err);
    Call call;
    RowError rowError;
    for (;;) {
        const CallRowReader::Status status = reader.next(call, rowError);
        if (status == CallRowReader::Status::End)
            break;
        if (status == CallRowReader::Status::ReadError) {
            say(err, QStringLiteral("rightresponse-cli: %1: %2 (%3 calls imported before)")
                         .arg(input.origin(), rowError.toString())
                         .arg(importer.stats().inserted));
            return exitcode::Usage;
        }
        if (status == CallRowReader::Status::BadRow) {
            badRows.report(rowError);
            importer.addRejected();
        } else {
            switch (importer.add(call, engine->triage(call))) {
            case CallImporter::AddResult::Added:
                break;
            case CallImporter::AddResult::Rejected:
                badRows.report(
                    QStringLiteral("data row %1: %2").arg(importer.stats().read).arg(importer.rejection()));
                break;
            case CallImporter::AddResult::Failed:
                say(err,
                    QStringLiteral("rightresponse-cli: the import stopped: %1 (%2 calls imported before)")
                        .arg(importer.error())
                        .arg(importer.stats().inserted));
                return exitcode::Usage;
            }
        }
        if ((importer.stats().read & 0xfff) == 0)
            progress.update(importer.stats().read);
    }
    if (!importer.finish()) {
        say(err, QStringLiteral("rightresponse-cli: the import stopped: %1 (%2 calls imported before)")
                     .arg(importer.error())
                     .arg(importer.stats().inserted));
        return exitcode::Usage;
    }
    const CallImporter::Stats &stats = importer.stats();
    badRows.finish();
    out.write(QStringLiteral("%1: %2 rows read, %3 calls imported, %4 already stored, %5 rejected\n")
                  .arg(input.origin())
                  .arg(stats.read)
                  .arg(stats.inserted)
                  .arg(stats.skippedExisting)
                  .arg(stats.rejected)
                  .toUtf8());
    return stats.rejected > 0 ? exitcode::SomeRowsRejected : exitcode::Ok;
}

} // namespace rr
