#pragma once

#include "training/scenario.h"

#include <QStringList>
#include <QWidget>

class QTableWidget;
class QLabel;

namespace rr {

// The answer key of a scenario, editable by the trainer: per call its offset, call type and (de-identified)
// narrative, the reference response, the alternatives also accepted, whether the suggestion should be
// overridden and the expected override reason. scenario() gives the edited scenario; the caller stores it as
// a new version. GUI thread.
class KeyEditorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit KeyEditorPanel(QWidget *parent = nullptr);

    // reasons: the override reason codes from the database, offered for "expected reason".
    void setScenario(const Scenario &scenario, const QStringList &reasons);
    Scenario scenario() const;
    bool isModified() const { return m_modified; }
    void setModified(bool modified);
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void modifiedChanged(bool modified);

private:
    void markModified();

    Scenario m_scenario;
    QStringList m_reasons;
    QTableWidget *m_table;
    QLabel *m_title;
    bool m_modified = false;
};

} // namespace rr
