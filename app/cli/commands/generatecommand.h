#pragma once

#include <QCoreApplication>

#include "command.h"

#include <QDateTime>

namespace rr {

// `generate`: writes realistic synthetic calls as canonical CSV.
class GenerateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rr::GenerateCommand)

public:
    struct Options
    {
        qint64 calls = 0;
        quint64 seed = 1;
        QDateTime start; // invalid: the generator's default
    };

    GenerateCommand();
    const Options &options() const { return m_options; }
    int run(CommandIo &io) override;

protected:
    void declare(QCommandLineParser &parser) const override;
    Result<void> read(const QCommandLineParser &parser) override;

private:
    Options m_options;
};

} // namespace rr
