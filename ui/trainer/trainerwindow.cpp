#include "trainerwindow.h"

#include "keyeditorpanel.h"
#include "librarypanel.h"
#include "scorespanel.h"
#include "sessionlistpanel.h"
#include "sessionpanel.h"
#include "traineespanel.h"
#include "training/sessiondriver.h"
#include "trainingpdf.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rr {

TrainerWindow::TrainerWindow(TrainerClient *client, std::shared_ptr<const TriageEngine> engine,
                             QWidget *parent)
    : QMainWindow(parent), m_client(client), m_engine(std::move(engine)), m_library(new LibraryPanel),
      m_key(new KeyEditorPanel), m_session(new SessionPanel), m_sessions(new SessionListPanel),
      m_scores(new ScoresPanel), m_tabs(new QTabWidget), m_banner(new QLabel), m_refused(new QLabel),
      m_saveKey(new QPushButton(tr("Save key as a &new version")))
{
    setObjectName(QStringLiteral("trainerWindow"));
    setWindowTitle(tr("RightResponse \u2014 TRAINING \u2014 trainer"));
    m_banner->setObjectName(QStringLiteral("trainingBanner"));
    m_banner->setText(
        tr("\u25B2 TRAINING \u2014 trainer's window: sessions run in sealed sandboxes, never on live calls"));
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #6a2c91; color: white; font-weight: bold; "
                                           "padding: 6px; }"));
    m_refused->setObjectName(QStringLiteral("accessRefused"));
    m_refused->setWordWrap(true);
    m_refused->hide();
    m_saveKey->setObjectName(QStringLiteral("saveKey"));
    m_saveKey->setAccessibleDescription(tr("Store the edited answer key as the scenario's next version"));
    m_saveKey->setEnabled(false);
    m_tabs->setObjectName(QStringLiteral("trainerTabs"));
    m_tabs->setAccessibleName(tr("Trainer"));
    m_tabs->setAccessibleDescription(tr("Answer key, session and scores"));

    auto *keyTab = new QWidget;
    auto *keyLayout = new QVBoxLayout(keyTab);
    keyLayout->addWidget(m_key, 1);
    auto *keyButtons = new QHBoxLayout;
    keyButtons->addStretch(1);
    keyButtons->addWidget(m_saveKey);
    keyLayout->addLayout(keyButtons);

    auto *scoresTab = new QWidget;
    auto *scoresLayout = new QVBoxLayout(scoresTab);
    auto *record = new QPushButton(tr("&Record scores"));
    record->setObjectName(QStringLiteral("recordScores"));
    record->setAccessibleDescription(tr("Store every trainee's score with the session (append-only)"));
    auto *pdf = new QPushButton(tr("Export &PDF\u2026"));
    pdf->setObjectName(QStringLiteral("exportTrainingPdf"));
    pdf->setAccessibleDescription(tr("Print the session's report: scores, charts and each trainee's calls"));
    auto *scoreButtons = new QHBoxLayout;
    scoreButtons->addWidget(record);
    scoreButtons->addWidget(pdf);
    scoreButtons->addStretch(1);
    scoresLayout->addLayout(scoreButtons);
    scoresLayout->addWidget(m_scores, 1);

    m_tabs->addTab(m_session, tr("&Session"));
    m_tabs->addTab(keyTab, tr("Answer &key"));
    m_tabs->addTab(scoresTab, tr("S&cores"));
    m_tabs->addTab(m_sessions, tr("&All sessions"));

    auto *split = new QSplitter;
    split->addWidget(m_library);
    split->addWidget(m_tabs);
    split->setStretchFactor(1, 4);
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_refused);
    layout->addWidget(split, 1);
    setCentralWidget(central);
    resize(1500, 950);

    connect(m_client, &TrainerClient::opened, this, &TrainerWindow::onOpened);
    connect(m_client, &TrainerClient::failed, this, [this](const QString &message) {
        m_refused->setText(tr("The trainer window cannot open the database: %1").arg(message));
        m_refused->show();
    });
    connect(m_client, &TrainerClient::problem, this, [this](const QString &message) {
        status(message);
        m_session->setMessage(message);
    });
    connect(m_client, &TrainerClient::scenariosListed, m_library, &LibraryPanel::setScenarios);
    connect(m_library, &LibraryPanel::scenarioChosen, this,
            [this](const QString &name) { m_client->loadScenario(name); });
    connect(m_library, &LibraryPanel::createFromHistoryRequested, this,
            [this](const QString &name, const QDateTime &from, const QDateTime &to) {
                if (name.isEmpty()) {
                    status(tr("Give the new scenario a name."));
                    return;
                }
                status(tr("Building %1 from the history\u2026").arg(name));
                m_client->createFromHistory(name, from, to, {QStringLiteral("source:history")});
            });
    connect(m_client, &TrainerClient::scenarioLoaded, this, [this](const Scenario &s) {
        if (m_driver)
            return; // a running session keeps its scenario on screen
        m_scenario = s;
        m_key->setScenario(s, m_reasons);
        m_session->setScenario(s);
    });
    connect(m_client, &TrainerClient::scenarioSaved, this, [this](const Scenario &s) {
        status(tr("Scenario %1 version %2 is in the library.").arg(s.name).arg(s.version));
        m_client->listScenarios();
        m_library->select(s.name);
        m_client->loadScenario(s.name);
    });
    connect(m_key, &KeyEditorPanel::modifiedChanged, m_saveKey, &QPushButton::setEnabled);
    connect(m_saveKey, &QPushButton::clicked, this,
            [this] { m_client->saveScenarioVersion(m_key->scenario()); });
    connect(m_session, &SessionPanel::startRequested, this, &TrainerWindow::startSession);
    connect(m_client, &TrainerClient::sessionsListed, m_sessions, &SessionListPanel::setSessions);
    connect(m_sessions, &SessionListPanel::refreshRequested, m_client, &TrainerClient::listSessions);
    connect(m_sessions, &SessionListPanel::followRequested, this, &TrainerWindow::follow);
    connect(m_sessions, &SessionListPanel::archiveRequested, m_client, &TrainerClient::archiveSession);
    connect(m_client, &TrainerClient::archived, this, [this](qint64 id, int dropped) {
        status(
            tr("Session %1 archived: %n sandbox(es) dropped; its scores and report stay.", nullptr, dropped)
                .arg(id));
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_sessions)
            m_client->listSessions();
    });
    connect(m_client, &TrainerClient::sessionCreated, this, &TrainerWindow::onSessionCreated);
    connect(m_client, &TrainerClient::progress, this, &TrainerWindow::onProgress);
    connect(m_session->trainees(), &TraineesPanel::traineeSelected, m_scores, &ScoresPanel::showTrainee);
    connect(record, &QPushButton::clicked, this, [this] {
        if (m_client->watched())
            m_client->recordScores(m_client->watched());
    });
    connect(m_client, &TrainerClient::recorded, this,
            [this](qint64 session, int added, const QList<ScoreHistoryPoint> &history) {
                m_history = history;
                m_scores->setScores(m_lastScores.header, m_lastScores.scores, m_history);
                status(tr("Session %1: %n score(s) recorded.", nullptr, added).arg(session));
            });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString suggested = trainingReportFileName(m_lastScores.header);
        const QString path = m_choose ? m_choose(tr("Export the training report"), suggested)
                                      : QFileDialog::getSaveFileName(this, tr("Export the training report"),
                                                                     suggested, tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!exportPdf(path, &error))
            status(error);
    });
    statusBar()->showMessage(tr("Connecting\u2026"));
}

TrainerWindow::~TrainerWindow() = default;

void TrainerWindow::status(const QString &text)
{
    statusBar()->showMessage(text);
}

void TrainerWindow::onOpened(const TrainerAccess &access, const QStringList &trainees,
                             const QStringList &reasons)
{
    if (!access.allowed) {
        m_refused->setText(access.message);
        m_refused->show();
        m_tabs->setEnabled(false);
        m_library->setEnabled(false);
        status(tr("Not a trainer: %1").arg(access.login));
        return;
    }
    m_reasons = reasons;
    m_session->setTrainees(trainees);
    status(tr("Signed in as %1 (%2)").arg(access.login, access.role));
    m_client->listScenarios();
    m_client->listSessions();
}

void TrainerWindow::follow(qint64 sessionId)
{
    m_tabs->setCurrentWidget(m_session);
    m_sessions->setFollowed(sessionId);
    if (m_client->watched() == sessionId)
        return;
    m_lastScores = {};
    m_client->watch(sessionId);
    if (!m_driver || m_driver->sessionId() != sessionId)
        m_session->setMessage(
            tr("Following session %1: its calls are released by the window or the command that "
               "started it (pause and resume there); its trainees and scores show here.")
                .arg(sessionId));
}

void TrainerWindow::startSession(const QStringList &trainees, double speed)
{
    if (m_scenario.calls.isEmpty() || m_driver)
        return;
    m_session->setMessage(tr("Making a sandbox for each trainee\u2026"));
    m_client->createSession(m_scenario, trainees, speed);
}

void TrainerWindow::onSessionCreated(const TrainingSession &session, const Scenario &scenario)
{
    SessionDriver::Options o;
    o.uri = m_client->uri();
    o.login = m_client->login();
    o.sessionId = session.id;
    o.scenario = scenario;
    o.speed = session.speed;
    o.engine = m_engine;
    m_driver = std::make_unique<SessionDriver>(o);
    connect(m_driver.get(), &SessionDriver::problem, this,
            [this](const QString &m) { m_session->setMessage(m); });
    connect(m_driver.get(), &SessionDriver::failed, this, [this](const QString &m) {
        m_session->setMessage(tr("The session could not start: %1").arg(m));
    });
    connect(m_driver.get(), &SessionDriver::finished, this, [this, id = session.id](SessionState state) {
        m_session->setMessage(tr("Session %1 %2: scores recorded.").arg(id).arg(toString(state)));
        m_client->recordScores(id);
        m_client->listSessions();
    });
    connect(m_session, &SessionPanel::pauseRequested, m_driver.get(), &SessionDriver::pause,
            Qt::UniqueConnection);
    connect(m_session, &SessionPanel::resumeRequested, m_driver.get(), &SessionDriver::resume,
            Qt::UniqueConnection);
    connect(m_session, &SessionPanel::stopRequested, m_driver.get(), &SessionDriver::stop,
            Qt::UniqueConnection);
    connect(m_session, &SessionPanel::speedRequested, m_driver.get(), [this](double speed) {
        if (auto r = m_driver->setSpeed(speed); !r)
            m_session->setMessage(r.error());
    });
    connect(m_session, &SessionPanel::jumpRequested, m_driver.get(), [this](int index) {
        if (auto r = m_driver->jumpTo(index); !r)
            m_session->setMessage(r.error());
    });
    m_session->setClock(m_driver->clock(), session);
    m_session->setMessage(
        tr("Session %1 started for %2.").arg(session.id).arg(session.trainees.join(QStringLiteral(", "))));
    m_driver->start();
    m_client->watch(session.id);
    m_sessions->setFollowed(session.id);
    m_client->listSessions();
    Q_EMIT sessionStarted(session.id);
}

void TrainerWindow::onProgress(const TrainingSession &session, const SessionScores &scores)
{
    m_lastScores = scores;
    const int released =
        std::max(session.released, m_driver && m_driver->sessionId() == session.id ? m_driver->stored() : 0);
    m_session->trainees()->setProgress(released, scores.scores);
    m_scores->setScores(scores.header, scores.scores, m_history);
    Q_EMIT progressShown();
}

bool TrainerWindow::exportPdf(const QString &path, QString *error)
{
    const Result<int> pages = writeTrainingReport(path, m_lastScores.header, m_lastScores.scores, m_history);
    if (!pages) {
        *error = pages.error();
        return false;
    }
    status(tr("%1: %n page(s)", nullptr, *pages).arg(path));
    return true;
}

} // namespace rr
