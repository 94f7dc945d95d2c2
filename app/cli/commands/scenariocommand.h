#pragma once

#include <QCoreApplication>

#include "command.h"

#include <QDateTime>

#include <optional>

namespace rr {

class ScenarioStore;
struct Scenario;

// `scenario`: the training library. `create` builds a scenario from historical calls (a CAD export with the
// same --map as `import`, or the stored calls of a period with their decisions), always de-identified, and
// stores it; `list`, `show` (each call with its offset, type, narrative and key), `export` (the JSON file
// that travels between centres) and `import` (de-identified again on the way in).
class ScenarioCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rr::ScenarioCommand)

public:
    enum class Action
    {
        Create,
        List,
        Show,
        Export,
        Import
    };
    struct Options
    {
        Action action = Action::List;
        QString name;     // create, show, export; import: --name (empty: the file's name)
        QString file;     // create --from FILE; import FILE ("-" for standard input)
        QStringList maps; // create --from FILE
        bool fromDatabase = false;
        QDateTime from; // create --from-db
        QDateTime to;
        QStringList tags;
        QString description;
        QString rulesFile;
        std::optional<int> version;               // show, export
        QString out;                              // export
        OutputFormat format = OutputFormat::Text; // list
        DatabaseOptions database;
    };

    ScenarioCommand();
    const Options &options() const { return m_options; }
    int run(CommandIo &io) override;

protected:
    void declare(QCommandLineParser &parser) const override;
    Result<void> read(const QCommandLineParser &parser) override;

private:
    Result<void> readCreate(const QCommandLineParser &parser, Options &o) const;
    int create(CommandIo &io);
    int list(ScenarioStore &store, CommandIo &io) const;
    int show(ScenarioStore &store, CommandIo &io) const;
    int exportTo(ScenarioStore &store, CommandIo &io) const;
    int import(ScenarioStore &store, CommandIo &io) const;

    Options m_options;
};

} // namespace rr
