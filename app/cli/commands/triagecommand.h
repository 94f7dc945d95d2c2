#pragma once

#include <QCoreApplication>

#include "command.h"

namespace rr {

// `triage`: reads a CAD export and writes one suggestion per call, streaming. The example to follow for a new
// subcommand (docs/cli.md, "Adding a subcommand").
class TriageCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rr::TriageCommand)

public:
    struct Options
    {
        QString rulesFile; // empty: the built-in rule set
        QStringList maps;  // FIELD=COLUMN
        OutputFormat format = OutputFormat::Csv;
        QString input = QStringLiteral("-"); // a path, "-" for standard input
    };

    TriageCommand();
    const Options &options() const { return m_options; }
    int run(CommandIo &io) override;

protected:
    void declare(QCommandLineParser &parser) const override;
    Result<void> read(const QCommandLineParser &parser) override;

private:
    Options m_options;
};

} // namespace rr
