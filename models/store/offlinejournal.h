#pragma once

#include "callstore.h"
#include "screeningstore.h"
#include "unitstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QLockFile>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace rr {

// Journal payloads: every field of the request, so a replay is the very request that was made.
QJsonObject toJson(const DecisionRequest &request);
std::optional<DecisionRequest> decisionFromJson(const QJsonObject &json);
QJsonObject toJson(const UnitStatusRequest &request);
std::optional<UnitStatusRequest> unitStatusFromJson(const QJsonObject &json);
QJsonObject toJson(const ScreeningRequest &request);
std::optional<ScreeningRequest> screeningFromJson(const QJsonObject &json);

enum class JournalKind
{
    Decision,
    UnitStatus,
    Screening
};
// How a journalled request ended: stored, lost a race to another console, or refused by the database.
enum class JournalResult
{
    Stored,
    AlreadyDecided,
    Rejected
};
QString toString(JournalKind kind);     // "decision", "unit_status", "screening"
QString toString(JournalResult result); // "stored", "already_decided", "rejected"

struct JournalEntry
{
    qint64 seq = 0;
    JournalKind kind = JournalKind::Decision;
    QUuid requestId;
    QJsonObject payload;
    QDateTime at;
    // The database login the request was made under (the signed-in member of staff); empty in journals
    // written before sign-in existed, or before the console had ever connected.
    QString login;
};

// The offline journal: while the database is unreachable, decisions, screening answers and unit status
// changes are written
// here, and replayed in order when it returns. A local file of JSON lines, each line written and fsync'd
// before append() returns, so an entry survives a crash or a kill of the console:
//   {"seq":1,"kind":"decision","request_id":"...","payload":{...},"at":"2024-05-01T14:02:11.123Z",
//    "login":"D17"}
//   {"done":1,"result":"stored","message":"decision stored"}
// A crash in the middle of a write leaves a torn last line: open() drops it, cuts it off the file, and says
// so in warnings(). One process at a time: open() takes a lock file next to the journal. The file is private
// to its owner: created 0600 (a directory made for it 0700), an existing one tightened to 0600. A write
// that fails (the disk is full) is cut off the file again and reported: the caller must not count the entry
// as saved.
//
// Blocking file I/O with fsync: use it on the store worker thread (with the CallStore), never the GUI thread.
class OfflineJournal
{
    Q_DECLARE_TR_FUNCTIONS(OfflineJournal)

public:
    explicit OfflineJournal(QString path);
    ~OfflineJournal();
    OfflineJournal(const OfflineJournal &) = delete;
    OfflineJournal &operator=(const OfflineJournal &) = delete;

    // Creates the file (and its directory) or reads it. False with `error` set when it cannot be used.
    bool open(QString *error);
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_path; }
    // What open() had to repair or skip, for the log: "the last line was incomplete (a crash while writing)".
    QStringList warnings() const { return m_warnings; }

    // The login entries appended from now on are made under (the signed-in member of staff).
    void setLogin(const QString &login) { m_login = login; }
    QString login() const { return m_login; }

    // Appends an entry and fsyncs it; its seq, or nullopt with `error` set.
    std::optional<qint64> append(JournalKind kind, const QUuid &requestId, const QJsonObject &payload,
                                 QString *error);
    std::optional<qint64> append(const DecisionRequest &request, QString *error);
    std::optional<qint64> append(const UnitStatusRequest &request, QString *error);
    std::optional<qint64> append(const ScreeningRequest &request, QString *error);
    // Records how entry `seq` ended; fsync'd. False for an unknown or already completed seq.
    bool markDone(qint64 seq, JournalResult result, const QString &message, QString *error);

    // The entries not done yet, in the order they were appended.
    QList<JournalEntry> pending() const;
    bool isEmpty() const { return m_pending.isEmpty(); }
    // How a completed entry ended, if it is still in the file.
    std::optional<JournalResult> result(qint64 seq) const;

    // Rewrites the file atomically (QSaveFile) with the pending entries only; with nothing pending that is an
    // empty file. Call it after a replay.
    bool compact(QString *error);

    // With nothing pending, markDone() empties a journal longer than this.
    static constexpr qint64 kEmptyWhenDoneAbove = 256 * 1024;

private:
    bool openForAppend(QString *error);
    bool writeLine(const QByteArray &line, QString *error);
    bool readExisting(QString *error);
    bool readLine(const QByteArray &line, qsizetype lineNumber);

    QString m_path;
    QFile m_file;
    std::unique_ptr<QLockFile> m_lock;
    QStringList m_warnings;
    QMap<qint64, JournalEntry> m_pending; // ordered by seq
    QMap<qint64, JournalResult> m_done;
    qint64 m_nextSeq = 1;
    QString m_login;
};

// What a replay hook says about one unit status change.
struct ReplayResult
{
    enum class Status
    {
        Stored,   // applied (also when it had been applied before: request ids make it idempotent)
        Rejected, // refused for good: reported to the user, then done
        Deferred, // cannot be applied yet (no unit store): stays pending, and so do later unit statuses
        Failed,   // the database is gone again: stop the replay here
    };
    Status status = Status::Deferred;
    QString message;
};

// A journalled decision that did not become the call's decision: another console decided first (`winner`
// is that decision), or the database refused it (result Rejected, `winner` empty). Shown to the user.
struct JournalConflict
{
    DecisionRequest request;
    DecisionRecord winner;
    JournalResult result = JournalResult::AlreadyDecided;
    QString message;
};

struct UnitStatusRejection
{
    UnitStatusRequest request;
    QString message;
};

// Screening answers the database refused for good (the call was closed meanwhile, or is unknown). Shown.
struct ScreeningRejection
{
    ScreeningRequest request;
    QString message;
};

struct ReplayReport
{
    int stored = 0;           // entries done as stored in this replay
    int remaining = 0;        // entries still pending afterwards
    bool interrupted = false; // stopped by a failure: `error` says why, the rest stays pending
    QString error;
    QList<JournalConflict> conflicts; // never silently dropped: each needs the user's attention
    QList<UnitStatusRejection> rejectedUnitStatuses;
    QList<ScreeningRejection> rejectedScreenings;
    QStringList warnings; // entries deferred or unreadable
    // Entries made under another login than the replaying connection's: refused, kept pending until that
    // login signs in again (the database would stamp them with the wrong operator). Count per login.
    QMap<QString, int> waitingForLogin;
};

// Replays a journal's pending entries in order, each exactly once: decisions through a CallStore (request
// ids make a replay of an already stored request a no-op that reports Stored, so an entry whose "done" line
// was lost in a crash is not stored twice), unit status changes and screening answers through hooks (the
// screening needs the triage engine). Screening answers replay before the decisions made after them, so a
// decision bound to the suggestion they produced finds it. Runs on the store worker thread, blocking.
class JournalReplayer
{
    Q_DECLARE_TR_FUNCTIONS(JournalReplayer)

public:
    using UnitStatusHook = std::function<ReplayResult(const UnitStatusRequest &)>;
    using ScreeningHook = std::function<ScreenOutcome(const ScreeningRequest &)>;

    // Without a hook, unit status (or screening) entries are deferred ("not supported yet") and stay pending.
    JournalReplayer(OfflineJournal &journal, CallStore &calls, UnitStatusHook unitStatus = {},
                    ScreeningHook screening = {});
    // The login of the connection that replays: an entry made under another login is not replayed (it stays
    // pending, counted in ReplayReport::waitingForLogin). Empty: every entry is replayed.
    void setLogin(const QString &login) { m_login = login; }

    ReplayReport replay();

private:
    // Records how an entry ended; false (and the report interrupted) when the journal cannot be written.
    bool finish(const JournalEntry &entry, JournalResult result, const QString &message,
                ReplayReport &report);
    bool replayDecision(const JournalEntry &entry, ReplayReport &report);
    bool replayUnitStatus(const JournalEntry &entry, ReplayReport &report, bool &deferRest);
    bool replayScreening(const JournalEntry &entry, ReplayReport &report);

    OfflineJournal &m_journal;
    CallStore &m_calls;
    UnitStatusHook m_unitStatus;
    ScreeningHook m_screening;
    QString m_login;
};

} // namespace rr
