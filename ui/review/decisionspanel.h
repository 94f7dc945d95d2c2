#pragma once

#include "report/reportfigures.h"
#include "report/reportfilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace rr {

class DecisionListModel;

// The review's filter bar and decision list: period (this shift, last 24 h, 7 days, 30 days, custom),
// dispatcher, category, reason, direction and "overrides only"; the list sorted by raw values, newest first.
// Emits the filter whenever it changes and the decision a supervisor opens (Enter or double-click).
// GUI thread.
class DecisionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DecisionsPanel(DecisionListModel *model, QWidget *parent = nullptr);

    ReportFilter filter() const;
    bool overridesOnly() const;
    void setPeriod(ReportPeriod period);
    // The lists of the filter combos (the current choice is kept).
    void setChoices(const QStringList &dispatchers, const QStringList &categories);
    void setReasons(const QList<CountRow> &reasons);
    void setSummary(const QString &text);
    QTableView *view() const { return m_view; }
    qint64 currentDecision() const;
    void selectDecision(qint64 decisionId);

Q_SIGNALS:
    void filterChanged();
    void decisionOpened(qint64 decisionId);

private:
    void onPeriod();
    static void setItems(QComboBox *combo, const QString &any, const QStringList &values,
                         const QStringList &labels = {});

    DecisionListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_period;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QComboBox *m_dispatcher;
    QComboBox *m_category;
    QComboBox *m_reason;
    QComboBox *m_direction;
    QCheckBox *m_overridesOnly;
    QTableView *m_view;
    QLabel *m_summary;
    bool m_quiet = false;
};

} // namespace rr
