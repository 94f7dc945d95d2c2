#pragma once

#include <QCoreApplication>

#include "command.h"

namespace rr {

// `calls`: lists the stored calls with their suggestion and decision.
class CallsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rr::CallsCommand)

public:
    struct Options
    {
        bool openOnly = false;
        OutputFormat format = OutputFormat::Csv;
        int limit = 100000;
        DatabaseOptions database;
    };

    CallsCommand();
    const Options &options() const { return m_options; }
    int run(CommandIo &io) override;

protected:
    void declare(QCommandLineParser &parser) const override;
    Result<void> read(const QCommandLineParser &parser) override;

private:
    Options m_options;
};

} // namespace rr
