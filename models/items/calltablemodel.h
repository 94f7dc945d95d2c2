#pragma once

#include "domain/call.h"
#include "domain/suggestion.h"

#include <QAbstractTableModel>
#include <QList>

namespace rr {

// Calls with their suggestions, one row each, for the console's call table. Rows are only ever appended
// (beginInsertRows), never reset. Lives on the GUI thread.
class CallTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Received, Priority, CallType, Category, Response, Ems, Confidence, Location, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value for sorting (time, number, kind order)
        KindRole,                    // ResponseKind as int
        CallIdRole,
    };

    explicit CallTableModel(QObject *parent = nullptr);

    void append(const Call &call, const Suggestion &suggestion);
    void append(const QList<std::pair<Call, Suggestion>> &rows);

    const Call &call(int row) const { return m_rows.at(row).first; }
    const Suggestion &suggestion(int row) const { return m_rows.at(row).second; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Call &c, const Suggestion &s, int column) const;
    QVariant sortValue(const Call &c, const Suggestion &s, int column) const;

    QList<std::pair<Call, Suggestion>> m_rows;
};

// The colour and symbol of each kind; colour is never the only carrier of meaning (the word goes with it).
QColor kindColor(ResponseKind kind);
QString kindSymbol(ResponseKind kind);

} // namespace rr
