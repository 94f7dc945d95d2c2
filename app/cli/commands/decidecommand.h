#pragma once

#include <QCoreApplication>

#include "command.h"
#include "domain/responsekind.h"

#include <optional>

namespace rr {

// `decide`: stores a dispatcher's decision on a call, accepting its suggestion or overriding it.
class DecideCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rr::DecideCommand)

public:
    struct Options
    {
        QString callId;
        QString dispatcher;
        bool accept = false;                      // --accept; else an override
        std::optional<ResponseKind> overrideKind; // --override KIND
        QString reasonCode;
        QString note;
        QString workstation; // empty: the machine's host name
        DatabaseOptions database;
    };

    DecideCommand();
    const Options &options() const { return m_options; }
    int run(CommandIo &io) override;

protected:
    void declare(QCommandLineParser &parser) const override;
    Result<void> read(const QCommandLineParser &parser) override;

private:
    Options m_options;
};

} // namespace rr
