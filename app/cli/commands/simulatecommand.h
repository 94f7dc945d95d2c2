#pragma once

#include <QCoreApplication>

#include "command.h"

#include <optional>

namespace rr {

// `simulate`: posts realistic synthetic calls to an intake service.
class SimulateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rr::SimulateCommand)

public:
    struct Options
    {
        QString target; // http://host:port
        std::optional<double> callsPerHour;
        std::optional<double> speed;
        qint64 count = 0; // 0: until interrupted
        quint64 seed = 1;
        bool seedSet = false;
        QString tokenFile; // the token itself never comes from the command line
    };

    SimulateCommand();
    const Options &options() const { return m_options; }
    int run(CommandIo &io) override;

protected:
    void declare(QCommandLineParser &parser) const override;
    Result<void> read(const QCommandLineParser &parser) override;
    Result<void> checkRaw(const QStringList &args) const override;

private:
    Options m_options;
};

} // namespace rr
