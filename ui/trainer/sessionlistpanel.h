#pragma once

#include "training/sessionstore.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace rr {

// Every training session of the centre, newest first: its scenario, state, calls released, trainees, who
// started it and when. The trainer follows one (Enter, a double click or "Follow"): the window then shows its
// trainees live and scores it, whichever window or command started it; "Archive" drops an ended session's
// sandboxes (its scores and report stay). It asks; the window does (followRequested, refreshRequested,
// archiveRequested). GUI thread.
class SessionListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SessionListPanel(QWidget *parent = nullptr);

    void setSessions(const QList<TrainingSession> &sessions);
    // The session the list shows as followed (bold); 0: none.
    void setFollowed(qint64 sessionId);
    qint64 selectedSession() const;
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void followRequested(qint64 sessionId);
    void refreshRequested();
    void archiveRequested(qint64 sessionId);

private:
    void followSelected();
    void updateButtons();

    QTableWidget *m_table;
    QPushButton *m_follow;
    QPushButton *m_refresh;
    QPushButton *m_archive;
    qint64 m_followed = 0;
    QList<TrainingSession> m_list;
};

} // namespace rr
