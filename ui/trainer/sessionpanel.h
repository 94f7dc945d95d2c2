#pragma once

#include "training/scenario.h"
#include "training/sessionstore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace rr {

class ReleaseClock;
class TraineesPanel;

// Runs a training session: the trainees to train (checked in a list of the centre's trainee logins), the
// speed, start, pause and resume, a jump to a call, where the session is, the command line of each trainee's
// console, and every trainee live (TraineesPanel). It asks; the window does (startRequested...). GUI thread.
class SessionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SessionPanel(QWidget *parent = nullptr);

    void setTrainees(const QStringList &logins);
    void setScenario(const Scenario &scenario);
    // A session is running on this clock (nullptr: none; the controls go back to "start").
    void setClock(ReleaseClock *clock, const TrainingSession &session);
    void setMessage(const QString &text);
    QStringList checkedTrainees() const;
    double speed() const;
    TraineesPanel *trainees() const { return m_live; }

Q_SIGNALS:
    void startRequested(const QStringList &trainees, double speed);
    void pauseRequested();
    void resumeRequested();
    void speedRequested(double speed);
    void jumpRequested(int index);
    void stopRequested();

private:
    void updateControls();
    void updatePosition();

    Scenario m_scenario;
    ReleaseClock *m_clock = nullptr;
    TrainingSession m_session;
    QListWidget *m_traineeList;
    QComboBox *m_speed;
    QPushButton *m_start;
    QPushButton *m_pause;
    QPushButton *m_stop;
    QSpinBox *m_jumpTo;
    QPushButton *m_jump;
    QLabel *m_position;
    QLabel *m_consoles;
    QLabel *m_message;
    TraineesPanel *m_live;
};

} // namespace rr
