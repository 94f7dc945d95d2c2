#pragma once

#include "report/reviewclient.h"

#include <QMainWindow>

#include <functional>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace rr {

class AnnotationPanel;
class ChartWidget;
class DashboardPanel;
class DecisionListModel;
class DecisionsPanel;
class SamplePanel;
class StoryPanel;

// The shift supervisors' review window, composed of panels: the decision list with its filters, the open
// call's story with the review annotation, the dashboard of charts, and the QA sample; exports of every
// table as CSV, of each chart as PNG and of the shift report as PDF. Reads everything through ReviewClient
// (the report query layer, on a worker thread). A login that may not review sees why, and nothing else.
// GUI thread.
class ReviewWindow : public QMainWindow
{
    Q_OBJECT
public:
    ReviewWindow(ReviewClient *client, QString reviewer, QWidget *parent = nullptr);
    ~ReviewWindow() override;

    // Test seam for the file dialogs: (title, suggested path, directory wanted) -> chosen path, empty:
    // cancel.
    using FileChooser = std::function<QString(const QString &, const QString &, bool)>;
    void setFileChooser(FileChooser chooser) { m_choose = std::move(chooser); }

    DecisionsPanel *decisions() const { return m_decisions; }
    DashboardPanel *dashboard() const { return m_dashboard; }
    StoryPanel *story() const { return m_story; }
    AnnotationPanel *annotation() const { return m_annotation; }
    SamplePanel *sample() const { return m_sample; }
    DecisionListModel *model() const { return m_model; }
    QTabWidget *tabs() const { return m_tabs; }
    const ReportFigures &figures() const { return m_figures; }
    // How long the last figures took: the queries, and the queries and the redraw.
    qint64 lastQueryMs() const { return m_queryMs; }
    qint64 lastRedrawMs() const { return m_redrawMs; }

    // Reads the figures and the list again for the current filters.
    void refresh() { requestRefresh(); }
    bool exportCsv(const QString &directory, QString *error);
    bool exportPdf(const QString &path, QString *error);

Q_SIGNALS:
    // Every refresh shown (figures and list), for tests and benchmarks.
    void refreshed();
    void figuresShown();

private:
    void buildActions();
    void onOpened(const ReviewAccess &access);
    void onLoaded(const ReportFigures &figures, const QList<DecisionRow> &rows,
                  const QStringList &dispatchers, const QStringList &categories, qint64 ms);
    void onFigures(const ReportFigures &figures, qint64 ms);
    void requestRefresh();
    void openDecision(qint64 decisionId);
    void exportChart(ChartWidget *chart);
    void chooseCsv();
    void choosePdf();
    void updateListSummary();
    QString choose(const QString &title, const QString &suggested, bool directory);

    ReviewClient *m_client;
    QString m_reviewer;
    DecisionListModel *m_model;
    QStackedWidget *m_stack;
    QLabel *m_refused;
    QTabWidget *m_tabs;
    DecisionsPanel *m_decisions;
    StoryPanel *m_story;
    AnnotationPanel *m_annotation;
    DashboardPanel *m_dashboard;
    SamplePanel *m_sample;
    QLabel *m_status;
    ReportFigures m_figures;
    qint64 m_openDecision = 0;
    qint64 m_queryMs = 0;
    qint64 m_redrawMs = 0;
    bool m_allowed = false;
    FileChooser m_choose;
};

} // namespace rr
