#include "generatecommand.h"

#include "commandsupport.h"
#include "feed/callgenerator.h"
#include "io/callcsv.h"
#include "io/csvwriter.h"

namespace rr {

namespace {

const TextOption kCalls({QStringLiteral("calls"),
                         QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "Number of calls to write.")),
                         QStringLiteral("N")});
const TextOption kStart(
    {QStringLiteral("start"),
     QStringLiteral(QT_TRANSLATE_NOOP("rr::Option",
                                      "Time of the first arrivals, ISO 8601 (default 2024-01-01T00:00).")),
     QStringLiteral("ISO8601")});

} // namespace

GenerateCommand::GenerateCommand()
    : Command(
          QStringLiteral("generate"), GenerateCommand::tr("Write realistic synthetic calls as canonical CSV"),
          GenerateCommand::tr(
              "Writes N realistic synthetic 911 calls as canonical CSV to standard output: a call-type mix "
              "and\n"
              "narratives modelled on published Durham figures, Poisson arrivals with a daily rhythm.\n"
              "The same seed always gives the same calls."))
{}

void GenerateCommand::declare(QCommandLineParser &parser) const
{
    add(parser, kCalls);
    add(parser, option::seed);
    add(parser, kStart);
}

Result<void> GenerateCommand::read(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return Failure{GenerateCommand::tr("generate takes no file argument")};
    if (kStart.isSet(parser)) {
        m_options.start = QDateTime::fromString(kStart.value(parser), Qt::ISODate);
        if (!m_options.start.isValid())
            return Failure{
                GenerateCommand::tr("--start must be an ISO 8601 time such as 2024-05-01T08:00, got '%1'")
                    .arg(kStart.value(parser))};
    }
    const Result<quint64> seed = option::seed.value(parser);
    if (!seed)
        return seed.failure();
    m_options.seed = *seed;
    bool ok = false;
    m_options.calls = kCalls.value(parser).toLongLong(&ok);
    if (!kCalls.isSet(parser) || !ok || m_options.calls < 0)
        return Failure{GenerateCommand::tr("--calls N is required (a whole number, 0 or more)")};
    return {};
}

int GenerateCommand::run(CommandIo &io)
{
    GeneratorOptions g;
    g.seed = m_options.seed;
    g.start = m_options.start;
    CallGenerator generator(g);
    CsvWriter csv(&io.out);
    csv.row(canonicalCallColumns());
    for (qint64 i = 0; i < m_options.calls; ++i)
        writeCall(csv, generator.next());
    if (!csv.flush()) {
        return unusable(io.err, GenerateCommand::tr("cannot write the output: %1").arg(csv.errorString()));
    }
    return exitcode::Ok;
}

} // namespace rr
