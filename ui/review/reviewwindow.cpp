#include "reviewwindow.h"

#include <QCoreApplication>

#include "annotationpanel.h"
#include "chartwidget.h"
#include "dashboardpanel.h"
#include "decisionspanel.h"
#include "items/decisionlistmodel.h"
#include "report/reporttables.h"
#include "samplepanel.h"
#include "shiftreport.h"
#include "storypanel.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

ReviewWindow::ReviewWindow(ReviewClient *client, QString reviewer, QWidget *parent)
    : QMainWindow(parent), m_client(client), m_reviewer(std::move(reviewer)),
      m_model(new DecisionListModel(this)), m_stack(new QStackedWidget(this)), m_refused(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_decisions(new DecisionsPanel(m_model, this)),
      m_story(new StoryPanel(this)), m_annotation(new AnnotationPanel(this)),
      m_dashboard(new DashboardPanel(this)), m_sample(new SamplePanel(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewWindow"));
    setWindowTitle(tr("RightResponse \u2014 Shift review \u2014 %1").arg(m_reviewer));
    m_refused->setObjectName(QStringLiteral("accessRefused"));
    m_refused->setWordWrap(true);
    m_refused->setAlignment(Qt::AlignCenter);
    m_refused->setMargin(40);
    m_refused->setText(tr("Opening the review\u2026"));

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_story);
    right->addWidget(m_annotation);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 0);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_decisions);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_tabs->setAccessibleName(tr("Review"));
    m_tabs->setAccessibleDescription(tr("Decisions, dashboard and QA sample"));
    m_tabs->addTab(split, tr("&Decisions"));
    m_tabs->addTab(m_dashboard, tr("Da&shboard"));
    m_tabs->addTab(m_sample, tr("&QA sample"));
    m_stack->addWidget(m_refused);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);
    m_status->setObjectName(QStringLiteral("reviewStatusBar"));
    statusBar()->addWidget(m_status, 1);
    buildActions();

    connect(m_client, &ReviewClient::opened, this, &ReviewWindow::onOpened);
    connect(m_client, &ReviewClient::failed, this, [this](const QString &message) {
        if (!m_allowed) {
            m_refused->setText(tr("The review could not open the database:\n%1").arg(message));
            return;
        }
        m_status->setText(tr("\u2716 %1").arg(message));
    });
    connect(m_client, &ReviewClient::listsLoaded, this, [this](QList<CountRow> reasons) {
        // A shipped label in the interface language (the catalogue's rr::CodeLabel); a centre's own as
        // written.
        for (CountRow &r : reasons)
            r.label = QCoreApplication::translate("rr::CodeLabel", r.label.toUtf8().constData());
        m_decisions->setReasons(reasons);
        QHash<QString, QString> labels;
        for (const CountRow &r : reasons)
            labels.insert(r.code, r.label);
        m_model->setReasonLabels(labels);
    });
    connect(m_client, &ReviewClient::loaded, this, &ReviewWindow::onLoaded);
    connect(m_client, &ReviewClient::figuresUpdated, this, &ReviewWindow::onFigures);
    connect(m_client, &ReviewClient::decisionArrived, this, [this](const DecisionRow &row) {
        m_model->upsert(row);
        updateListSummary();
    });
    connect(m_client, &ReviewClient::storyLoaded, this, [this](const CallStory &story) {
        if (story.call.decision && story.call.decision->id == m_openDecision)
            m_story->showStory(story);
    });
    connect(m_client, &ReviewClient::storyFailed, this,
            [this](qint64, const QString &message) { m_story->showMessage(message); });
    connect(m_client, &ReviewClient::annotated, this,
            [this](const ReviewRequest &q, bool ok, const QString &message) {
                if (q.decisionId == m_annotation->decision())
                    m_annotation->showResult(ok, message);
                if (ok && q.decisionId == m_openDecision)
                    m_client->loadStory(q.decisionId);
            });
    connect(m_client, &ReviewClient::sampleDrawn, m_sample, &SamplePanel::showSample);
    connect(m_decisions, &DecisionsPanel::filterChanged, this, &ReviewWindow::requestRefresh);
    connect(m_decisions, &DecisionsPanel::decisionOpened, this, &ReviewWindow::openDecision);
    connect(m_sample, &SamplePanel::decisionOpened, this, [this](qint64 id) {
        m_tabs->setCurrentIndex(0);
        m_decisions->selectDecision(id);
        openDecision(id);
    });
    connect(m_sample, &SamplePanel::drawRequested, this,
            [this](quint64 seed) { m_client->drawSample(m_decisions->filter(), seed, m_reviewer); });
    connect(m_annotation, &AnnotationPanel::reviewRequested, this,
            [this](qint64 id, const QString &verdict, const QString &comment) {
                m_client->annotate({id, verdict, comment, m_reviewer});
            });
    connect(m_dashboard, &DashboardPanel::exportRequested, this, &ReviewWindow::exportChart);
    resize(1500, 900);
}

ReviewWindow::~ReviewWindow() = default;

void ReviewWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&Review"));
    auto add = [&](const QString &text, const QKeySequence &key, const char *name, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        file->addAction(a);
        addAction(a);
        return a;
    };
    add(tr("&Refresh"), QKeySequence(Qt::Key_F5), "refreshAction", [this] { requestRefresh(); });
    add(tr("Export tables as &CSV\u2026"), QKeySequence(Qt::CTRL | Qt::Key_E), "exportCsvAction",
        [this] { chooseCsv(); });
    add(tr("Export shift report as &PDF\u2026"), QKeySequence(Qt::CTRL | Qt::Key_P), "exportPdfAction",
        [this] { choosePdf(); });
    file->addSeparator();
    add(tr("&Close"), QKeySequence(Qt::CTRL | Qt::Key_W), "closeAction", [this] { close(); });
}

void ReviewWindow::onOpened(const ReviewAccess &access)
{
    m_allowed = access.allowed;
    if (!access.allowed) {
        m_refused->setText(access.message);
        m_stack->setCurrentWidget(m_refused);
        m_status->setText(
            tr("Signed in to the database as %1 (%2): review not allowed").arg(access.login, access.role));
        return;
    }
    m_stack->setCurrentWidget(m_tabs);
    m_status->setText(
        tr("Reviewer %1 \u2014 database login %2 (%3)").arg(m_reviewer, access.login, access.role));
    requestRefresh();
}

void ReviewWindow::requestRefresh()
{
    if (!m_allowed)
        return;
    m_client->refresh(m_decisions->filter(), m_decisions->overridesOnly());
}

void ReviewWindow::onLoaded(const ReportFigures &figures, const QList<DecisionRow> &rows,
                            const QStringList &dispatchers, const QStringList &categories, qint64 ms)
{
    QElapsedTimer clock;
    clock.start();
    m_model->resetTo(rows);
    m_decisions->setChoices(dispatchers, categories);
    m_figures = figures;
    m_dashboard->setFigures(figures);
    m_queryMs = ms;
    m_redrawMs = ms + clock.elapsed();
    updateListSummary();
    if (m_openDecision && !m_model->find(m_openDecision)) {
        m_openDecision = 0;
        m_annotation->setDecision(0, {});
        m_story->showMessage(tr("Open a decision (Enter or a click) to read its call's whole story."));
    }
    Q_EMIT refreshed();
    Q_EMIT figuresShown();
}

void ReviewWindow::onFigures(const ReportFigures &figures, qint64 ms)
{
    QElapsedTimer clock;
    clock.start();
    m_figures = figures;
    m_dashboard->setFigures(figures);
    m_queryMs = ms;
    m_redrawMs = ms + clock.elapsed();
    updateListSummary();
    Q_EMIT figuresShown();
}

void ReviewWindow::updateListSummary()
{
    const ReportSummary &s = m_figures.summary;
    const ReportFilter f = m_client->filter();
    m_decisions->setSummary(
        tr("%1 \u2014 %2 shown (%3 reviewed) \u00B7 %4 decisions, %5 overrides (%6) in the "
           "period \u00B7 figures in %7 ms")
            .arg(periodTitle(f))
            .arg(m_model->rowCount())
            .arg(m_model->reviewedCount())
            .arg(s.decisions)
            .arg(s.overrides)
            .arg(formatRate(s.overrideRate()))
            .arg(m_redrawMs));
}

void ReviewWindow::openDecision(qint64 decisionId)
{
    if (!decisionId || decisionId == m_openDecision)
        return;
    m_openDecision = decisionId;
    const DecisionRow *row = m_model->find(decisionId);
    m_annotation->setDecision(
        decisionId, row ? tr("%1 (%2, %3)")
                              .arg(row->cadId, row->dispatcher,
                                   row->decidedAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm")))
                        : tr("decision %1").arg(decisionId));
    m_story->showMessage(tr("Loading\u2026"));
    m_client->loadStory(decisionId);
}

QString ReviewWindow::choose(const QString &title, const QString &suggested, bool directory)
{
    if (m_choose)
        return m_choose(title, suggested, directory);
    return directory ? QFileDialog::getExistingDirectory(this, title, suggested)
                     : QFileDialog::getSaveFileName(this, title, suggested);
}

void ReviewWindow::exportChart(ChartWidget *chart)
{
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        choose(tr("Export chart as PNG"),
               QDir(docs).filePath(
                   QStringLiteral("%1_%2.png").arg(chart->spec().id, periodFileStem(m_client->filter()))),
               false);
    if (path.isEmpty())
        return;
    QString error;
    m_status->setText(chart->exportPng(path, &error) ? tr("Chart written to %1").arg(path) : error);
}

bool ReviewWindow::exportCsv(const QString &directory, QString *error)
{
    QList<DecisionRow> overrides;
    for (const DecisionRow &r : m_model->rows())
        if (!r.accepted)
            overrides.append(r);
    std::sort(overrides.begin(), overrides.end(),
              [](const DecisionRow &a, const DecisionRow &b) { return a.decidedAt > b.decidedAt; });
    const QList<ReportTable> tables =
        reportTables(QStringLiteral("all"), m_figures, overrides, m_sample->sample(), m_sample->frame());
    const QString stem = periodFileStem(m_client->filter());
    for (const ReportTable &t : tables) {
        QSaveFile f(QDir(directory).filePath(QStringLiteral("%1_%2.csv").arg(t.name, stem)));
        if (!f.open(QIODevice::WriteOnly) || !writeTableCsv(&f, t, error) || !f.commit()) {
            if (error->isEmpty())
                *error = f.errorString();
            return false;
        }
    }
    return true;
}

bool ReviewWindow::exportPdf(const QString &path, QString *error)
{
    QList<DecisionRow> overrides;
    for (const DecisionRow &r : m_model->rows())
        if (!r.accepted)
            overrides.append(r);
    std::sort(overrides.begin(), overrides.end(),
              [](const DecisionRow &a, const DecisionRow &b) { return a.decidedAt > b.decidedAt; });
    const auto pages = writeShiftReport(path, m_client->filter(), m_figures, overrides, m_reviewer);
    if (!pages)
        *error = pages.error();
    return pages.ok();
}

void ReviewWindow::chooseCsv()
{
    const QString dir = choose(tr("Export every table as CSV into"),
                               QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), true);
    if (dir.isEmpty())
        return;
    QString error;
    m_status->setText(exportCsv(dir, &error) ? tr("Tables written to %1").arg(dir)
                                             : tr("\u2716 %1").arg(error));
}

void ReviewWindow::choosePdf()
{
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = choose(tr("Export the shift report as PDF"),
                                QDir(docs).filePath(shiftReportFileName(m_client->filter())), false);
    if (path.isEmpty())
        return;
    QString error;
    m_status->setText(exportPdf(path, &error) ? tr("Shift report written to %1").arg(path)
                                              : tr("\u2716 %1").arg(error));
}

} // namespace rr
