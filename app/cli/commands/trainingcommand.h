#pragma once

#include "command.h"

namespace rr {

// `training`: training sessions. `training start SCENARIO --trainees D101,D102 [--speed X]` creates a session
// with one sandbox per trainee, prints the console command line of each, then releases the scenario's calls
// in the foreground at their original relative times divided by the speed, until the last one (Ctrl+C stops
// the session: what was released stays). `training list` lists the sessions.
class TrainingCommand : public Command
{
public:
    enum class Action
    {
        Start,
        List
    };
    struct Options
    {
        Action action = Action::List;
        QString scenario;        // start: a scenario file (JSON); later also a library name
        QStringList trainees;    // start
        double speed = 1;        // start
        double delaySeconds = 0; // start: wait this long before the first call (trainees open their consoles)
        QString rules;           // start: the rule set that makes the released calls' suggestions
        OutputFormat format = OutputFormat::Text; // list
        DatabaseOptions database;
    };

    TrainingCommand();
    const Options &options() const { return m_options; }
    int run(CommandIo &io) override;

protected:
    void declare(QCommandLineParser &parser) const override;
    Result<void> read(const QCommandLineParser &parser) override;

private:
    int start(CommandIo &io);
    int list(CommandIo &io);

    Options m_options;
};

} // namespace rr
