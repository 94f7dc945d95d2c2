#pragma once

// Reads a journal the way the console would at its next start, without changing it: the entries pending.

#include "store/offlinejournal.h"

#include <QTest>

namespace rr::test {

inline QList<JournalEntry> pendingEntries(const QString &path)
{
    OfflineJournal journal(path); // takes over the lock a killed process left
    QString error;
    if (!journal.open(&error)) {
        qWarning("cannot open the journal %s: %s", qPrintable(path), qPrintable(error));
        return {};
    }
    return journal.pending();
}

} // namespace rr::test
