#pragma once

#include <QCoreApplication>

#include "command.h"

namespace rr {

// `intake`: receives calls over HTTP, triages and stores them, until SIGINT or SIGTERM.
class IntakeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rr::IntakeCommand)

public:
    struct Options
    {
        QString listenAddress; // "127.0.0.1", "::1", "localhost"
        quint16 listenPort = 0;
        QString tokenFile;          // the token itself never comes from the command line
        QString rulesFile;          // empty: the built-in rule set
        QString tlsCertificateFile; // with tlsKeyFile: HTTPS
        QString tlsKeyFile;
        bool allowNoToken = false;      // listen beyond loopback without a token (warned about)
        double idleTimeoutSeconds = 10; // a request must arrive whole within this
        int maxConnections = 1024;
        int maxConnectionsPerClient = 256;
        DatabaseOptions database;
    };

    IntakeCommand();
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
