#pragma once

#include <QCoreApplication>

#include "command.h"

namespace rr {

// `seed-history`: fills the database with days of realistic decided calls (models/report/historyseeder.h),
// so that the review window and `report` have a past to show.
class SeedHistoryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rr::SeedHistoryCommand)

public:
    struct Options
    {
        int days = 0;
        quint64 seed = 1;
        double callsPerDay = 350.0;
        QString rules;
        DatabaseOptions database;
    };

    SeedHistoryCommand();
    const Options &options() const { return m_options; }
    int run(CommandIo &io) override;

protected:
    void declare(QCommandLineParser &parser) const override;
    Result<void> read(const QCommandLineParser &parser) override;

private:
    Options m_options;
};

} // namespace rr
