#include "commands.h"

#include "feed/callgenerator.h"
#include "io/callcsv.h"
#include "io/csvwriter.h"

#include <QIODevice>

namespace rr {

int runGenerate(const CliOptions &options, QIODevice &out, QIODevice &err)
{
    GeneratorOptions g;
    g.seed = options.seed;
    g.start = options.start;
    CallGenerator generator(g);
    CsvWriter csv(&out);
    csv.row(canonicalCallColumns());
    for (qint64 i = 0; i < options.calls; ++i)
        writeCall(csv, generator.next());
    if (!csv.flush()) {
        err.write(QStringLiteral("rightresponse-cli: cannot write the output: %1\n")
                      .arg(csv.errorString())
                      .toUtf8());
        return exitcode::Usage;
    }
    return exitcode::Ok;
}

} // namespace rr
