#pragma once

#include <QCoreApplication>

#include "command.h"

namespace rr {

// `import`: loads a CAD export into the database, each call with its suggestion.
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rr::ImportCommand)

public:
    struct Options
    {
        QString rulesFile; // empty: the built-in rule set
        QStringList maps;  // FIELD=COLUMN
        DatabaseOptions database;
        QString input;         // a path, "-" for standard input
        int batchSize = 50000; // calls per transaction
    };

    ImportCommand();
    const Options &options() const { return m_options; }
    int run(CommandIo &io) override;

protected:
    void declare(QCommandLineParser &parser) const override;
    Result<void> read(const QCommandLineParser &parser) override;

private:
    Options m_options;
};

} // namespace rr
