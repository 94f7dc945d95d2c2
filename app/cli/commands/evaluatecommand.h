#pragma once

#include <QCoreApplication>

#include "command.h"

#include <optional>

namespace rr {

// `evaluate`: measures a rule set on labelled calls (accuracy, confusion matrix, unsafe suggestions).
class EvaluateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rr::EvaluateCommand)

public:
    struct Options
    {
        QString input;     // --labels: a path, "-" for standard input
        QString rulesFile; // empty: the built-in rule set
        QStringList maps;  // FIELD=COLUMN, label columns included
        OutputFormat format = OutputFormat::Text;
        std::optional<double> minAccuracy; // 0..1
    };

    EvaluateCommand();
    const Options &options() const { return m_options; }
    int run(CommandIo &io) override;

protected:
    void declare(QCommandLineParser &parser) const override;
    Result<void> read(const QCommandLineParser &parser) override;

private:
    Options m_options;
};

} // namespace rr
