#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace rr {

// Files and directories that hold what only their owner may read: the offline journal (decisions, screening
// answers), the data directories, and secrets (tokens, passwords, private keys). Policy:
// - a private directory is made 0700, and an existing one with looser permissions is tightened to 0700
//   (refused, with a message, only when that cannot be done);
// - a private file is created 0600, and an existing one tightened likewise;
// - a secret file that its group or others may read or write is refused, never tightened: the secret may
//   already have leaked, and the owner should know (the message names the file and says `chmod 600`).
// Blocking file-system calls: any thread but the GUI thread (they are quick, but not bounded on a network
// file system).

// Makes `dir` (and its missing parents) and leaves it mode 0700. The value is a note for the user when an
// existing directory was tightened ("tightened ... from 0755 to 0700"), else empty.
Result<QString> ensurePrivateDirectory(const QString &dir);

// Leaves the existing file `path` mode 0600 when group or others had any access. A note as above.
Result<QString> ensurePrivateFile(const QString &path);

// Reads a secret file of at most `maxBytes` (a token, a password, a private key). Refused when it is not a
// regular file, or when its group or others have any access to it. `what` names it in messages ("the token
// file"). The permission check and the read use one open file, so the file cannot be swapped in between.
Result<QByteArray> readSecretFile(const QString &path, const QString &what, qint64 maxBytes = 64 * 1024);

} // namespace rr
