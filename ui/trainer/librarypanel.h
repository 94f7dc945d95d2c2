#pragma once

#include "training/scenariostore.h"

#include <QWidget>

class QDateTimeEdit;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace rr {

// The training library: every scenario's latest version (name, calls, length, tags), and a new scenario made
// from the history of a period (de-identified on the way in). It asks; the window does. GUI thread.
class LibraryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryPanel(QWidget *parent = nullptr);

    void setScenarios(const QList<ScenarioSummary> &scenarios);
    QString selected() const;
    void select(const QString &name);
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void scenarioChosen(const QString &name);
    void createFromHistoryRequested(const QString &name, const QDateTime &from, const QDateTime &to);

private:
    QListWidget *m_list;
    QLineEdit *m_name;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QPushButton *m_create;
};

} // namespace rr
