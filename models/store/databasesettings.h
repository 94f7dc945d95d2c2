#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

class QSettings;

namespace rr {

// Where a workstation's programs find the shared database and how they reach it, as the settings file keeps
// it (keys database/uri, database/sslmode, database/sslrootcert; see connectionresolver.h for the order in
// which the URI is chosen). Written by an administrator from the console's settings dialog, read by the
// console and the command line. Plain value, any thread (QSettings itself is not shared between threads).
struct DatabaseSettings
{
    QString uri;     // a libpq URI or connection string; empty: the embedded cluster
    QString sslMode; // libpq's sslmode; empty: libpq's default (prefer)
    QString caFile;  // the CA that signed the server's certificate (sslrootcert)

    static DatabaseSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    // A Failure names what is wrong: an unknown mode, a CA file that cannot be read, verify-ca/verify-full
    // without a CA file.
    Result<void> check() const;

    // libpq's modes, the safest last.
    static QStringList sslModes();
};

} // namespace rr
