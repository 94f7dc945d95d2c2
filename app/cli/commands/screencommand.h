#pragma once

#include <QCoreApplication>

#include "command.h"
#include "domain/screeninganswer.h"

#include <QList>

namespace rr {

// `screen`: stores answers to a call's screening questions and triages the call again.
class ScreenCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rr::ScreenCommand)

public:
    struct Options
    {
        QString callId;
        QString dispatcher;
        QString workstation;            // empty: the machine's host name
        QString rulesFile;              // empty: the built-in rule set
        QList<ScreeningAnswer> answers; // QUESTION=ANSWER in the order given, each question once
        DatabaseOptions database;
    };

    ScreenCommand();
    const Options &options() const { return m_options; }
    int run(CommandIo &io) override;

    // "weapon=no", "self_harm=yes" (or self-harm): one answer, or what is wrong with it.
    static Result<ScreeningAnswer> answerFrom(const QString &text);

protected:
    void declare(QCommandLineParser &parser) const override;
    Result<void> read(const QCommandLineParser &parser) override;

private:
    Options m_options;
};

} // namespace rr
