#pragma once

#include <QCoreApplication>

#include "command.h"
#include "commands/reportcommand.h"
#include "core/result.h"
#include "training/trainingreport.h"

#include <functional>

namespace rr {

// `training`: training sessions. `training start SCENARIO --trainees D101,D102 [--speed X]` creates a session
// with one sandbox per trainee, prints the console command line of each, then releases the scenario's calls
// in the foreground at their original relative times divided by the speed, until the last one (Ctrl+C stops
// the session: what was released stays). `training list` lists the sessions. `training report SESSION` scores
// every trainee from their sandbox against the scenario's answer key, records the scores (append-only) and
// prints them with each trainee's history (text, CSV, JSON lines or the PDF). `training archive SESSION`
// records an ended session's scores and drops its sandboxes, keeping what its scores and report are made of.
class TrainingCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rr::TrainingCommand)

public:
    enum class Action
    {
        Start,
        List,
        Report,
        Archive
    };
    struct Options
    {
        Action action = Action::List;
        QString scenario;        // start: a scenario file (JSON); later also a library name
        QStringList trainees;    // start
        double speed = 1;        // start
        double delaySeconds = 0; // start: wait this long before the first call (trainees open their consoles)
        QString rules;           // start: the rule set that makes the released calls' suggestions
        OutputFormat format = OutputFormat::Text;                         // list
        qint64 sessionId = 0;                                             // report, archive
        ReportCommand::Format reportFormat = ReportCommand::Format::Text; // report
        QString out;                                                      // report: empty: standard output
        QString trainee;                                                  // report: only this trainee
        DatabaseOptions database;
    };

    TrainingCommand();
    // Writes the PDF training report (ui/trainer/trainingpdf.h): set by main() when the program is built with
    // the GUI libraries; without it --format pdf is refused.
    using PdfWriter = std::function<Result<int>(const QString &path, const TrainingReportHeader &header,
                                                const QList<TraineeScore> &scores,
                                                const QList<ScoreHistoryPoint> &history)>;
    static void setPdfWriter(PdfWriter writer);
    const Options &options() const { return m_options; }
    int run(CommandIo &io) override;

protected:
    void declare(QCommandLineParser &parser) const override;
    Result<void> read(const QCommandLineParser &parser) override;

private:
    int start(CommandIo &io);
    int list(CommandIo &io);
    int report(CommandIo &io);
    int archive(CommandIo &io);

    Options m_options;
};

} // namespace rr
