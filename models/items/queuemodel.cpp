#include "queuemodel.h"

#include "kindstyle.h"

#include <QColor>
#include <QFont>

namespace rr {

QueueModel::QueueModel(QObject *parent) : QAbstractTableModel(parent), m_now(QDateTime::currentDateTimeUtc())
{}

void QueueModel::resetTo(const QList<QueueEntry> &entries)
{
    // A resync after an outage: calls this console had not seen are new to the dispatcher, and known ones
    // keep the moment they first appeared.
    const bool first = !m_loaded && m_entries.isEmpty();
    QStringList arrived;
    QList<QueueEntry> next = entries;
    for (QueueEntry &e : next) {
        if (const QueueEntry *old = find(e.call.id)) {
            e.arrivedAt = old->arrivedAt;
        } else if (!e.arrivedAt.isValid()) {
            e.arrivedAt = first ? QDateTime() : m_now;
            if (!first && !e.decided)
                arrived << e.call.id;
        }
    }
    beginResetModel();
    m_entries = std::move(next);
    m_rows.clear();
    for (int i = 0; i < m_entries.size(); ++i)
        m_rows.insert(m_entries[i].call.id, i);
    m_loaded = true;
    endResetModel();
    for (const QString &id : arrived)
        Q_EMIT callArrived(id);
}

const QueueEntry *QueueModel::find(const QString &cadId) const
{
    const int row = rowOf(cadId);
    return row < 0 ? nullptr : &m_entries[row];
}

void QueueModel::upsert(const QueueEntry &entry)
{
    const int row = rowOf(entry.call.id);
    if (row < 0) {
        QueueEntry e = entry;
        if (!e.arrivedAt.isValid())
            e.arrivedAt = m_now;
        const int at = int(m_entries.size());
        beginInsertRows({}, at, at);
        m_entries.append(e);
        m_rows.insert(e.call.id, at);
        endInsertRows();
        Q_EMIT callArrived(e.call.id);
        return;
    }
    QueueEntry &old = m_entries[row];
    if (entry.version > 0 && old.version > 0 && entry.version < old.version)
        return; // an older version arriving late: the row already shows newer data
    const QDateTime arrived = old.arrivedAt;
    old = entry;
    old.arrivedAt = arrived;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void QueueModel::remove(const QString &cadId)
{
    const int row = rowOf(cadId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    m_rows.remove(cadId);
    for (int i = row; i < m_entries.size(); ++i)
        m_rows[m_entries[i].call.id] = i;
    endRemoveRows();
}

void QueueModel::tick(const QDateTime &now)
{
    m_now = now;
    if (m_entries.isEmpty())
        return;
    // Ages tick and the "new" highlight fades: the age and status columns only, display roles only.
    Q_EMIT dataChanged(index(0, Age), index(int(m_entries.size()) - 1, Age), {Qt::DisplayRole, SortRole});
    Q_EMIT dataChanged(index(0, Status), index(int(m_entries.size()) - 1, Status),
                       {Qt::DisplayRole, Qt::FontRole, NewRole});
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 QueueModel::ageSeconds(const QueueEntry &e) const
{
    const QDateTime since = e.call.receivedAt.isValid() ? e.call.receivedAt : e.arrivedAt;
    return since.isValid() ? std::max<qint64>(0, since.secsTo(m_now)) : 0;
}

bool QueueModel::isNew(const QueueEntry &e) const
{
    return !e.decided && e.arrivedAt.isValid() && e.arrivedAt.secsTo(m_now) < m_newForSeconds;
}

QVariant QueueModel::display(const QueueEntry &e, int column) const
{
    switch (column) {
    case Priority:
        return e.call.priority ? QStringLiteral("P%1").arg(*e.call.priority) : QStringLiteral("\u2013");
    case Age: {
        const qint64 s = ageSeconds(e);
        if (s >= 86400)
            return QStringLiteral("%1d %2h").arg(s / 86400).arg((s % 86400) / 3600);
        if (s >= 3600)
            return QStringLiteral("%1h %2m").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    case CallType:
        return e.call.callCode.isEmpty() ? e.call.callType
                                         : QStringLiteral("%1 (%2)").arg(e.call.callType, e.call.callCode);
    case Category:
        return QString(e.suggestion.category).replace(u'_', u' ');
    case Location:
        return e.call.beat.isEmpty() ? e.call.address
                                     : QStringLiteral("%1 \u00B7 %2").arg(e.call.address, e.call.beat);
    case Suggested:
        // Undecided and unscreened: the dispatcher must see, in words, that this suggestion is not ready.
        if (e.suggestion.needsScreening && !e.decided)
            return tr("%1 %2 \u00B7 SCREEN FIRST")
                .arg(kindSymbol(e.suggestion.kind), displayName(e.suggestion.kind));
        return kindSymbol(e.suggestion.kind) + u' ' + displayName(e.suggestion.kind);
    case Ems:
        return e.suggestion.ems ? tr("EMS") : QString();
    case Unit:
        return e.recommendation.unit
                   ? e.recommendation.unit->id + (e.recommendation.etaMinutes
                                                      ? tr(" ~%1 min").arg(*e.recommendation.etaMinutes)
                                                      : QString())
                   : tr("none free");
    case Status:
        if (e.decided)
            return tr("%1 %2 by %3").arg(kindSymbol(e.chosenKind), displayName(e.chosenKind), e.decidedBy);
        return isNew(e) ? tr("NEW") : tr("waiting");
    default:
        return {};
    }
}

QVariant QueueModel::sortValue(const QueueEntry &e, int column) const
{
    switch (column) {
    case Priority:
        return e.call.priority.value_or(99);
    case Age:
        return ageSeconds(e);
    case Suggested:
        return int(e.suggestion.kind);
    case Ems:
        return e.suggestion.ems;
    case Unit:
        return e.recommendation.etaMinutes.value_or(100000);
    case Status:
        return e.decided ? 1 : 0;
    default:
        return display(e, column);
    }
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || index.column() >= ColumnCount)
        return {};
    const QueueEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Suggested && e.suggestion.needsScreening && !e.decided)
            return tr("Needs screening: ask the screening questions (Q) before deciding");
        if (index.column() == Suggested && !e.suggestion.reasons.isEmpty())
            return e.suggestion.reasons.first().text;
        if (index.column() == Unit)
            return e.recommendation.text;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Suggested)
            return kindColor(e.suggestion.kind);
        return {};
    case Qt::FontRole:
        if (isNew(e) || (index.column() == Priority && e.call.priority.value_or(99) <= 1) ||
            (index.column() == Suggested && e.suggestion.needsScreening && !e.decided)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case SortRole:
        return sortValue(e, index.column());
    case CadIdRole:
        return e.call.id;
    case KindRole:
        return int(e.suggestion.kind);
    case DecidedRole:
        return e.decided;
    case PriorityRole:
        return e.call.priority.value_or(99);
    case ReceivedRole:
        return e.call.receivedAt;
    case BeatRole:
        return e.call.beat;
    case NewRole:
        return isNew(e);
    case NeedsScreeningRole:
        return e.suggestion.needsScreening && !e.decided;
    case DefaultOrderRole: {
        // Undecided first, then priority (1 most urgent), then the longest waiting.
        const qint64 waited = std::min<qint64>(ageSeconds(e), 9'999'999);
        return qlonglong((e.decided ? 1LL : 0LL) * 1'000'000'000'000LL +
                         qint64(std::min(e.call.priority.value_or(99), 99)) * 10'000'000'000LL +
                         (9'999'999 - waited));
    }
    default:
        return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Priority:
        return tr("Pri");
    case Age:
        return tr("Age");
    case CallType:
        return tr("Call type");
    case Category:
        return tr("Category");
    case Location:
        return tr("Location \u00B7 beat");
    case Suggested:
        return tr("Suggested");
    case Ems:
        return tr("EMS");
    case Unit:
        return tr("Unit");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace rr
