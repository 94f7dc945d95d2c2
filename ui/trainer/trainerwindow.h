#pragma once

#include "training/trainerclient.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;

namespace rr {

class KeyEditorPanel;
class LibraryPanel;
class ScoresPanel;
class SessionDriver;
class SessionListPanel;
class SessionPanel;
class TriageEngine;

// The trainers' window (`rightresponse --trainer`), composed of panels: the training library (and a new
// scenario from the history), the answer key of the chosen scenario (saved as a new version), the session
// (trainees, speed, start, pause, resume, jump; every trainee live) and the scores (charts, each trainee's
// calls, recorded append-only, exported as PDF and CSV). A TRAINING banner is always on screen. Reads and
// writes through TrainerClient (a worker thread); the session's release clock runs here, its database work on
// the driver's own thread. GUI thread.
class TrainerWindow : public QMainWindow
{
    Q_OBJECT
public:
    TrainerWindow(TrainerClient *client, std::shared_ptr<const TriageEngine> engine,
                  QWidget *parent = nullptr);
    ~TrainerWindow() override;

    using FileChooser = std::function<QString(const QString &title, const QString &suggested)>;
    void setFileChooser(FileChooser chooser) { m_choose = std::move(chooser); }

    LibraryPanel *library() const { return m_library; }
    KeyEditorPanel *keyEditor() const { return m_key; }
    SessionPanel *session() const { return m_session; }
    SessionListPanel *sessions() const { return m_sessions; }
    ScoresPanel *scores() const { return m_scores; }
    QTabWidget *tabs() const { return m_tabs; }
    SessionDriver *driver() const { return m_driver.get(); }
    const Scenario &scenario() const { return m_scenario; }
    const SessionScores &lastScores() const { return m_lastScores; }
    bool exportPdf(const QString &path, QString *error);

Q_SIGNALS:
    void progressShown(); // every live update drawn (tests)
    void sessionStarted(qint64 sessionId);

private:
    void onOpened(const TrainerAccess &access, const QStringList &trainees, const QStringList &reasons);
    void startSession(const QStringList &trainees, double speed);
    void onSessionCreated(const TrainingSession &session, const Scenario &scenario);
    void onProgress(const TrainingSession &session, const SessionScores &scores);
    // Shows this session's trainees live and scores it, whoever started it.
    void follow(qint64 sessionId);
    void status(const QString &text);

    TrainerClient *m_client;
    std::shared_ptr<const TriageEngine> m_engine;
    std::unique_ptr<SessionDriver> m_driver;
    Scenario m_scenario;
    QStringList m_reasons;
    SessionScores m_lastScores;
    QList<ScoreHistoryPoint> m_history;
    LibraryPanel *m_library;
    KeyEditorPanel *m_key;
    SessionPanel *m_session;
    SessionListPanel *m_sessions;
    ScoresPanel *m_scores;
    QTabWidget *m_tabs;
    QLabel *m_banner;
    QLabel *m_refused;
    QPushButton *m_saveKey;
    FileChooser m_choose;
};

} // namespace rr
