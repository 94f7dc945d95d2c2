#pragma once

#include <QCoreApplication>

#include "command.h"

namespace rr {

class CliDatabase;

// `db`: starts, stops, migrates or describes the database in use.
class DbCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rr::DbCommand)

public:
    enum class Action
    {
        Start,
        Stop,
        Status,
        Migrate,
        Uri
    };
    struct Options
    {
        Action action = Action::Status;
        DatabaseOptions database;
    };

    DbCommand();
    const Options &options() const { return m_options; }
    int run(CommandIo &io) override;

protected:
    void declare(QCommandLineParser &parser) const override;
    Result<void> read(const QCommandLineParser &parser) override;

private:
    Options m_options;
};

} // namespace rr
