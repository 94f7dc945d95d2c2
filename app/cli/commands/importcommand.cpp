#include "importcommand.h"

#include "clidatabase.h"
#include "commandsupport.h"
#include "store/callimporter.h"
#include "store/pgconnection.h"

#include <QFileInfo>
#include <QIODevice>

namespace rr {

namespace {

const PositionalArgument kFile{
    QStringLiteral("FILE"),
    QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "CSV file to load; - for standard input.")),
    QStringLiteral("FILE|-")};

int stopped(QIODevice &err, const QString &why, const CallImporter &importer)
{
    return unusable(
        err, ImportCommand::tr("%1 (%n call(s) imported before)", nullptr, int(importer.stats().inserted))
                 .arg(why));
}

// Reads every row into the importer; exit status 2 after saying why when the import stopped.
int importRows(ExportInput &input, const TriageEngine &engine, CallImporter &importer,
               BadRowReporter &badRows, QIODevice &err)
{
    CallRowReader &reader = input.reader();
    ProgressLine progress(err);
    Call call;
    RowError rowError;
    for (;;) {
        const CallRowReader::Status status = reader.next(call, rowError);
        if (status == CallRowReader::Status::End)
            break;
        if (status == CallRowReader::Status::ReadError)
            return stopped(err, QStringLiteral("%1: %2").arg(input.origin(), rowError.toString()), importer);
        if (status == CallRowReader::Status::BadRow) {
            badRows.report(rowError);
            importer.addRejected();
        } else {
            switch (importer.add(call, engine.triage(call))) {
            case CallImporter::AddResult::Added:
                break;
            case CallImporter::AddResult::Rejected:
                badRows.report(ImportCommand::tr("data row %1: %2")
                                   .arg(importer.stats().read)
                                   .arg(importer.rejection()));
                break;
            case CallImporter::AddResult::Failed:
                return stopped(err, ImportCommand::tr("the import stopped: %1").arg(importer.error()),
                               importer);
            }
        }
        if ((importer.stats().read & 0xfff) == 0)
            progress.update(importer.stats().read);
    }
    return exitcode::Ok;
}

// Rows per transaction: an import killed midway keeps the batches committed before, and a second run of
// the same file stores the rest (ids already stored are skipped).
const TypedOption<int>
    kBatchSize({QStringLiteral("batch-size"),
                QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "Calls per transaction (default 50000).")),
                QStringLiteral("N"), QString::number(CallImporter::DefaultBatchSize)},
               &convert::positiveInt);

} // namespace

ImportCommand::ImportCommand()
    : Command(QStringLiteral("import"),
              ImportCommand::tr("Load a CAD export into the database, each call with its suggestion"),
              ImportCommand::tr(
                  "Loads a CAD export (the same CSV and --map as triage) into the database, each call with "
                  "its\n"
                  "suggestion. Calls whose id is already stored are skipped: importing a file twice adds "
                  "nothing.\n"
                  "Bad rows are reported on standard error with their line number and skipped; progress is "
                  "shown on\n"
                  "standard error every second."))
{}

void ImportCommand::declare(QCommandLineParser &parser) const
{
    add(parser, option::rules);
    add(parser, option::map);
    add(parser, kBatchSize);
    DatabaseOptions::addTo(parser);
    add(parser, kFile);
}

Result<void> ImportCommand::read(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return Failure{
            ImportCommand::tr("import reads one file (- for standard input); got %1").arg(files.size())};
    const Result<DatabaseOptions> database = DatabaseOptions::read(parser);
    if (!database)
        return database.failure();
    const Result<int> batchSize = kBatchSize.value(parser);
    if (!batchSize)
        return batchSize.failure();
    m_options = {option::rules.value(parser), option::map.values(parser), *database, files.first(),
                 *batchSize};
    return {};
}

int ImportCommand::run(CommandIo &io)
{
    const Result<std::unique_ptr<TriageEngine>> loaded = loadEngine(m_options.rulesFile);
    if (!loaded)
        return unusable(io.err, loaded.error());
    const TriageEngine &engine = **loaded;
    ExportInput input;
    if (Result<void> read = input.open(m_options.input, m_options.maps, io.in); !read)
        return unusable(io.err, read.error());
    CliDatabase database(m_options.database);
    const Result<std::unique_ptr<PgConnection>> opened = database.open();
    if (!opened)
        return unusable(io.err, opened.error());
    PgConnection &connection = **opened;

    CallImporter importer(connection);
    importer.setBatchSize(m_options.batchSize);
    importer.setSource(m_options.input == u"-" ? input.origin() : QFileInfo(m_options.input).fileName());
    BadRowReporter badRows(io.err, input.origin());
    if (const int status = importRows(input, engine, importer, badRows, io.err); status != exitcode::Ok)
        return status;
    if (!importer.finish())
        return stopped(io.err, ImportCommand::tr("the import stopped: %1").arg(importer.error()), importer);
    const CallImporter::Stats &stats = importer.stats();
    badRows.finish();
    io.out.write(ImportCommand::tr("%1: %2 rows read, %3 calls imported, %4 already stored, %5 rejected\n")
                     .arg(input.origin())
                     .arg(stats.read)
                     .arg(stats.inserted)
                     .arg(stats.skippedExisting)
                     .arg(stats.rejected)
                     .toUtf8());
    return stats.rejected > 0 ? exitcode::SomeRowsRejected : exitcode::Ok;
}

} // namespace rr
