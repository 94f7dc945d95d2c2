// Fuzz target: the offline journal reader (OfflineJournal::open on an existing file), which reads back what
// a console wrote before a crash, a kill or a power cut: torn lines, runs of zeros, repeated entries. The
// pending entries' payloads are then decoded as the replay decodes them.
//
// Checks besides "no crash": the pending entries have positive sequence numbers; rewriting the journal
// (compact()) and opening it again gives the same pending entries.

#include "fuzztarget.h"

#include "store/offlinejournal.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace {

// On tmpfs when there is one: every input is written, read, synced and rewritten.
QString journalPath()
{
    static const QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                       ? QStringLiteral("/dev/shm/rr-fuzz-journal-XXXXXX")
                                       : QDir::tempPath() + QStringLiteral("/rr-fuzz-journal-XXXXXX"));
    if (!dir.isValid())
        rr::fuzz::failed("dir.isValid()", __FILE__, __LINE__, dir.errorString());
    return dir.filePath(QStringLiteral("journal.jsonl"));
}

QString describe(const rr::JournalEntry &e)
{
    return QStringLiteral("seq %1 %2 %3 at %4 by %5")
        .arg(e.seq)
        .arg(rr::toString(e.kind), e.requestId.toString(), e.at.toString(Qt::ISODateWithMs), e.login);
}

bool same(const rr::JournalEntry &a, const rr::JournalEntry &b)
{
    return a.seq == b.seq && a.kind == b.kind && a.requestId == b.requestId && a.payload == b.payload &&
           a.at == b.at && a.login == b.login;
}

void decode(const rr::JournalEntry &e)
{
    switch (e.kind) {
    case rr::JournalKind::Decision:
        if (const auto r = rr::decisionFromJson(e.payload))
            FUZZ_CHECK(!r->cadId.isEmpty() && !r->requestId.isNull(), describe(e));
        break;
    case rr::JournalKind::UnitStatus:
        if (const auto r = rr::unitStatusFromJson(e.payload))
            FUZZ_CHECK(!r->unitId.isEmpty() && !r->requestId.isNull(), describe(e));
        break;
    case rr::JournalKind::Screening:
        if (const auto r = rr::screeningFromJson(e.payload))
            FUZZ_CHECK(!r->cadId.isEmpty() && !r->requestId.isNull(), describe(e));
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = journalPath();
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            f.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            rr::fuzz::failed("write", __FILE__, __LINE__, f.errorString());
    }
    QList<rr::JournalEntry> first;
    {
        rr::OfflineJournal journal(path);
        QString error;
        FUZZ_CHECK(journal.open(&error), error);
        first = journal.pending();
        for (const rr::JournalEntry &e : first) {
            FUZZ_CHECK(e.seq > 0, describe(e));
            decode(e);
        }
        FUZZ_CHECK(journal.compact(&error), error);
    }
    rr::OfflineJournal again(path);
    QString error;
    FUZZ_CHECK(again.open(&error), error);
    const QList<rr::JournalEntry> second = again.pending();
    FUZZ_CHECK(second.size() == first.size(),
               QStringLiteral("%1 pending, %2 after compact()").arg(first.size()).arg(second.size()));
    for (qsizetype i = 0; i < first.size(); ++i)
        FUZZ_CHECK(same(first[i], second[i]),
                   describe(first[i]) + QStringLiteral(" became ") + describe(second[i]));
    return 0;
}
