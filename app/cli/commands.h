#pragma once

#include "clioptions.h"

class QIODevice;

namespace rr {

// The subcommands of rightresponse-cli. Each reads and writes the given devices and returns the exit status;
// messages for the user go to `err`. They run on the main thread of the command-line program.
int runTriage(const CliOptions &options, QIODevice &in, QIODevice &out, QIODevice &err);
int runGenerate(const CliOptions &options, QIODevice &out, QIODevice &err);

} // namespace rr
