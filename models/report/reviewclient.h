#pragma once

#include "callstory.h"
#include "qasample.h"
#include "reportfigures.h"
#include "reportfilter.h"
#include "reportquery.h"
#include "reviewaccess.h"

#include "store/callstore.h"
#include "store/changefeed.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>

namespace rr {

class ReviewWorker;

// The review window's access to the database, for the GUI thread: every query runs on a worker thread with a
// connection of its own through ReportQuery (the layer `report` uses), and its result comes back as a signal
// on the GUI thread; a refresh reads the figures and the decision list at once, on two workers. The change
// feed keeps the open period live: a new decision that matches the filters is read and announced within a
// second, and the figures are read again shortly after any change.
class ReviewClient : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString uri; // empty: the embedded cluster in embeddedDataDir
        QString embeddedDataDir;
        PgLogin login; // a signed-in member of staff; empty: the connection string's user
        StoreSchema schema = StoreSchema::Live;
        int liveDebounceMs = 400; // figures are read again this long after the last change
    };

    explicit ReviewClient(Options options, QObject *parent = nullptr);
    ~ReviewClient() override;

    // Connects (starting the embedded cluster if needed), migrates and checks the login's role: opened().
    void start();
    // Reads every figure and the decision list for the filter: loaded().
    void refresh(const ReportFilter &filter, bool overridesOnly);
    void loadStory(qint64 decisionId);
    void annotate(const ReviewRequest &request);
    // Draws and records a QA sample of the filter's decisions: sampleDrawn().
    void drawSample(const ReportFilter &filter, quint64 seed, const QString &drawnBy);

    const ReportFilter &filter() const { return m_filter; }
    bool overridesOnly() const { return m_overridesOnly; }
    QString uri() const { return m_uri; }

Q_SIGNALS:
    // The database is open and the login's role known: access.allowed says whether it may review.
    void opened(const rr::ReviewAccess &access);
    void failed(const QString &message);
    // The figures and decisions of one refresh, with how long the queries took.
    void loaded(const rr::ReportFigures &figures, const QList<rr::DecisionRow> &decisions,
                const QStringList &dispatchers, const QStringList &categories, qint64 elapsedMs);
    void listsLoaded(const QList<rr::CountRow> &overrideReasons);
    // A decision stored (or reviewed) since the last refresh that matches the filter.
    void decisionArrived(const rr::DecisionRow &row);
    // The figures read again after changes, without the decision list.
    void figuresUpdated(const rr::ReportFigures &figures, qint64 elapsedMs);
    void storyLoaded(const rr::CallStory &story);
    void storyFailed(qint64 decisionId, const QString &message);
    void annotated(const rr::ReviewRequest &request, bool ok, const QString &message);
    void sampleDrawn(const rr::QaSample &sample, const QList<rr::SampleCandidate> &frame, qint64 recordId,
                     const QString &error);

private:
    template <typename Work> void post(Work &&work);
    void onChange(const Change &change);
    void refreshFigures();
    // Emits loaded() once both halves of the current refresh are in.
    void finishRefresh();

    // The halves of one refresh as they come in (figures and lists from one worker, the list from the other).
    struct Pending
    {
        quint64 generation = 0;
        std::optional<Result<ReportFigures>> figures;
        std::optional<Result<QList<DecisionRow>>> decisions;
        QStringList dispatchers;
        QStringList categories;
    };

    Options m_options;
    QThread m_thread;
    ReviewWorker *m_worker = nullptr; // lives on m_thread
    QThread m_listThread;
    ReviewWorker *m_listWorker = nullptr; // lives on m_listThread: the decision list of a refresh
    std::unique_ptr<ChangeFeed> m_feed;
    QString m_uri;
    ReportFilter m_filter;
    bool m_overridesOnly = true;
    bool m_live = false;      // the period ends now: live changes extend it
    quint64 m_generation = 0; // bumped by refresh(): older answers are dropped
    Pending m_pending;
    QElapsedTimer m_refreshClock;
    QTimer m_debounce;
};

} // namespace rr
