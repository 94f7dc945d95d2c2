#pragma once

#include "core/result.h"
#include "store/databasesettings.h"

class QSettings;

namespace rr {

// The console's settings, typed, over the settings file (QSettings "RightResponse"/"rightresponse"):
//   database/uri, database/sslmode, database/sslrootcert   the shared server and TLS (DatabaseSettings)
//   signin/lockAfterMinutes                                lock after this many idle minutes (0: never)
// An administrator changes them in the settings dialog. Plain value; GUI thread.
struct ConsoleSettings
{
    static constexpr int kDefaultLockAfterMinutes = 10;

    DatabaseSettings database;
    int lockAfterMinutes = kDefaultLockAfterMinutes;

    static ConsoleSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    Result<void> check() const;
};

} // namespace rr
