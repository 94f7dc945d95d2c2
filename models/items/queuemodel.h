#pragma once

#include "domain/call.h"
#include "domain/screeninganswer.h"
#include "domain/suggestion.h"
#include "domain/unitrecommender.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QUuid>

#include <optional>

namespace rr {

// One row of the live queue: a call, its current suggestion, its decision if any, and the unit recommended.
struct QueueEntry
{
    Call call;
    Suggestion suggestion;
    qint64 suggestionId = 0; // the row of the suggestion shown, so that a decision binds to it
    QString status = QStringLiteral("open"); // open, decided, closed
    qint64 version = 0;
    bool decided = false;
    ResponseKind chosenKind = ResponseKind::Police;
    QString decidedBy;
    QDateTime decidedAt;
    Recommendation recommendation;
    QDateTime arrivedAt; // when this console first saw it (for the "new" highlight)
    // Screening: call.screening is the call's current screening (the CAD's answers and every answer given
    // since); screeningAnswers says who gave each stored answer and when.
    QList<ScreeningRecord> screeningAnswers;
    // Answers given while the database was unreachable: in the offline journal, stored when it returns. The
    // suggestion shown meanwhile is this console's own triage with them, and a decision made now binds to the
    // suggestion that the last of those requests (offlineScreeningId) will store.
    QList<ScreeningAnswer> offlineAnswers;
    QUuid offlineScreeningId;
    // Answers that were neither stored nor journalled: kept on screen so that they can be given again.
    QList<ScreeningAnswer> refusedAnswers;
};

// The live call queue shared by every console: open calls, updated incrementally from the store's snapshot
// and change feed (inserts, dataChanged with roles, removes; a reset only on a full resync). Rows are found
// by CAD id in O(1). Sorting and filtering are the proxy's job (QueueFilterModel); this model keeps arrival
// order. Lives on the GUI thread.
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Priority,
        Age,
        CallType,
        Category,
        Location,
        Suggested,
        Ems,
        Unit,
        Status,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value per column
        CadIdRole,
        KindRole,           // suggested ResponseKind as int
        DecidedRole,        // bool
        PriorityRole,       // int, 99 when none
        ReceivedRole,       // QDateTime
        BeatRole,           // QString
        NewRole,            // bool: arrived in the last `newForSeconds`
        DefaultOrderRole,   // composite key: undecided first, then priority, then age
        NeedsScreeningRole, // bool: the suggestion asks for the screening questions before a decision
    };

    explicit QueueModel(QObject *parent = nullptr);

    // A full resync: replaces everything (the only reset).
    void resetTo(const QList<QueueEntry> &entries);
    // Inserts a new call, or updates the row of a known one (only if `version` is newer, unless version <=
    // 0).
    void upsert(const QueueEntry &entry);
    void remove(const QString &cadId);
    // Moves "now" on: ages and the new-call highlight change (dataChanged on the Age column only).
    void tick(const QDateTime &now);

    int rowOf(const QString &cadId) const { return m_rows.value(cadId, -1); }
    const QueueEntry &entry(int row) const { return m_entries.at(row); }
    const QueueEntry *find(const QString &cadId) const;
    QList<QueueEntry> entries() const { return m_entries; }
    void setNewForSeconds(int seconds) { m_newForSeconds = seconds; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void callArrived(const QString &cadId); // a call this console had not seen before

private:
    QVariant display(const QueueEntry &e, int column) const;
    QVariant sortValue(const QueueEntry &e, int column) const;
    qint64 ageSeconds(const QueueEntry &e) const;
    bool isNew(const QueueEntry &e) const;

    QList<QueueEntry> m_entries;
    QHash<QString, int> m_rows; // CAD id -> row
    QDateTime m_now;
    int m_newForSeconds = 20;
    bool m_loaded = false; // a first snapshot is the backlog, not new calls
};

} // namespace rr
