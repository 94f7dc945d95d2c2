#include "decisionlistmodel.h"

#include "kindstyle.h"

#include <QBrush>

namespace rr {

namespace {

QString kindText(const QString &wire)
{
    const auto kind = responseKindFromString(wire);
    return kind ? kindSymbol(*kind) + u' ' + displayName(*kind) : wire;
}

} // namespace

DecisionListModel::DecisionListModel(QObject *parent) : QAbstractTableModel(parent) {}

void DecisionListModel::resetTo(const QList<DecisionRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_index.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows[i].decisionId, i);
    endResetModel();
}

bool DecisionListModel::upsert(const DecisionRow &row)
{
    if (const auto it = m_index.constFind(row.decisionId); it != m_index.cend()) {
        if (m_rows[*it] == row)
            return false;
        m_rows[*it] = row;
        Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
        return true;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(row);
    m_index.insert(row.decisionId, at);
    endInsertRows();
    return true;
}

const DecisionRow *DecisionListModel::find(qint64 decisionId) const
{
    const auto it = m_index.constFind(decisionId);
    return it == m_index.cend() ? nullptr : &m_rows[*it];
}

qsizetype DecisionListModel::reviewedCount() const
{
    return std::count_if(m_rows.cbegin(), m_rows.cend(),
                         [](const DecisionRow &r) { return !r.verdict.isEmpty(); });
}

void DecisionListModel::setReasonLabels(const QHash<QString, QString> &labels)
{
    m_reasonLabels = labels;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Reason), index(int(m_rows.size()) - 1, Reason), {Qt::DisplayRole});
}

int DecisionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DecisionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DecisionListModel::directionText(int direction)
{
    return direction > 0   ? tr("\u25B2 toward police")
           : direction < 0 ? tr("\u25BC away from police")
                           : QString();
}

QString DecisionListModel::verdictText(const QString &verdict)
{
    if (verdict == u"appropriate")
        return tr("\u2714 appropriate");
    if (verdict == u"not_appropriate")
        return tr("\u2716 not appropriate");
    if (verdict == u"training_needed")
        return tr("\u270E training needed");
    return tr("\u2014 not reviewed");
}

QVariant DecisionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DecisionRow &r = m_rows[index.row()];
    if (role == DecisionIdRole)
        return r.decisionId;
    if (role == ReviewedRole)
        return !r.verdict.isEmpty();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case Time:
            return sort ? QVariant(r.decidedAt.toMSecsSinceEpoch())
                        : QVariant(r.decidedAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm")));
        case Call:
            return r.cadId;
        case Dispatcher:
            return r.dispatcher;
        case Workstation:
            return r.workstation;
        case CallType:
            return r.callType;
        case Category:
            return r.category;
        case Decision:
            if (r.accepted)
                return sort ? QVariant(QStringLiteral("0") + r.chosenKind)
                            : QVariant(tr("accepted %1").arg(kindText(r.chosenKind)));
            return sort ? QVariant(QStringLiteral("1") + r.suggestedKind + r.chosenKind)
                        : QVariant(tr("%1 \u2192 %2").arg(kindText(r.suggestedKind), kindText(r.chosenKind)));
        case Direction:
            return sort ? QVariant(r.direction)
                        : QVariant(r.accepted ? tr("accepted") : directionText(r.direction));
        case Reason:
            return m_reasonLabels.value(r.reasonCode, r.reasonCode);
        case Note:
            return r.note;
        case Seconds:
            if (sort)
                return r.seconds.value_or(-1);
            return r.seconds ? QVariant(QString::number(*r.seconds, 'f', 1)) : QVariant();
        case Review:
            if (role == Qt::ToolTipRole && !r.verdict.isEmpty())
                return tr("%1 by %2 at %3")
                    .arg(verdictText(r.verdict), r.reviewer,
                         r.reviewedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            return sort ? QVariant(r.verdict) : QVariant(verdictText(r.verdict));
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Direction && r.direction < 0)
        return QBrush(QColor(0xe0, 0x95, 0x1f));
    return {};
}

QVariant DecisionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Decided");
    case Call:
        return tr("Call");
    case Dispatcher:
        return tr("Dispatcher");
    case Workstation:
        return tr("Workstation");
    case CallType:
        return tr("Call type");
    case Category:
        return tr("Category");
    case Decision:
        return tr("Suggested \u2192 chosen");
    case Direction:
        return tr("Override");
    case Reason:
        return tr("Reason");
    case Note:
        return tr("Note");
    case Seconds:
        return tr("Seconds");
    case Review:
        return tr("Review");
    }
    return {};
}

} // namespace rr
