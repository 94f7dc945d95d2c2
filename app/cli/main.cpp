// rightresponse-cli: triage CAD exports, measure a rule set on labelled calls, generate synthetic calls, load
// calls into the database, screen and decide on them, list them and manage the database, from the command
// line. The subcommands are in commands/, registered in command.cpp.

#include "command.h"
#include "commands/reportcommand.h"
#include "io/cadtime.h"
#include "language.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <memory>

#ifdef RR_REPORT_PDF
#include "commands/trainingcommand.h"
#include "ui/review/shiftreport.h"
#include "ui/trainer/trainingpdf.h"

#include <QApplication>

namespace {

// `report --format pdf` draws charts with widgets: it needs a QApplication (offscreen when there is no
// display).
bool wantsPdf(int argc, char *argv[])
{
    bool report = false, pdf = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView a(argv[i]);
        report = report || a == "report";
        pdf =
            pdf || a == "--format=pdf" || (a == "pdf" && i > 1 && QByteArrayView(argv[i - 1]) == "--format");
    }
    return report && pdf;
}

} // namespace
#endif

int main(int argc, char *argv[])
{
    // CAD exports give local times without an offset; with TZ unset every conversion re-reads /etc/localtime,
    // which makes a large import several times slower. Pin the zone once, before any thread starts.
    rr::pinLocalTimeZone();
    std::unique_ptr<QCoreApplication> app;
#ifdef RR_REPORT_PDF
    if (wantsPdf(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
        rr::ReportCommand::setPdfWriter([](const QString &path, const rr::ReportFilter &filter,
                                           const rr::ReportFigures &figures,
                                           const QList<rr::DecisionRow> &overrides) {
            return rr::writeShiftReport(path, filter, figures, overrides);
        });
        rr::TrainingCommand::setPdfWriter(&rr::writeTrainingReport);
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rightresponse-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RR_VERSION));

    QFile in;
    QFile out;
    QFile err;
    in.open(stdin, QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    rr::CommandIo io{in, out, err};
    // --lang es|en, anywhere on the line, else the system locale's language: before any message.
    const rr::LanguageArgument lang = rr::takeLanguageArgument(QCoreApplication::arguments());
    rr::installTranslations(rr::uiLocale(lang.error.isEmpty() ? lang.code : QString()));
    if (!lang.error.isEmpty()) {
        err.write(QStringLiteral("rightresponse-cli: %1\n").arg(lang.error).toUtf8());
        return rr::exitcode::Usage;
    }
    return rr::runCommandLine(lang.remaining, io);
}
