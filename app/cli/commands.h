#pragma once

#include "clioptions.h"

class QIODevice;

namespace rr {

// The subcommands of rightresponse-cli. Each reads and writes the given devices and returns the exit status;
// messages for the user go to `err`. They run on the main thread of the command-line program.
int runTriage(const CliOptions &options, QIODevice &in, QIODevice &out, QIODevice &err);
int runGenerate(const CliOptions &options, QIODevice &out, QIODevice &err);
int runImport(const CliOptions &options, QIODevice &in, QIODevice &out, QIODevice &err);
int runDecide(const CliOptions &options, QIODevice &out, QIODevice &err);
int runScreen(const CliOptions &options, QIODevice &out, QIODevice &err);
int runCalls(const CliOptions &options, QIODevice &out, QIODevice &err);
int runDb(const CliOptions &options, QIODevice &out, QIODevice &err);
int runEvaluate(const CliOptions &options, QIODevice &in, QIODevice &out, QIODevice &err);
// These two run an event loop until done (simulate) or until SIGINT/SIGTERM (intake).
int runIntake(const CliOptions &options, QIODevice &out, QIODevice &err);
int runSimulate(const CliOptions &options, QIODevice &out, QIODevice &err);

} // namespace rr
