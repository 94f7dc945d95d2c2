#include "reviewclient.h"

#include "store/localcluster.h"
#include "store/migrator.h"
#include "store/pgconnection.h"

namespace rr {

// Owns the review's connection; lives on the client's worker thread.
class ReviewWorker : public QObject
{
public:
    explicit ReviewWorker(ReviewClient::Options options) : m_options(std::move(options)) {}

    QString open(QString *uri, ReviewAccess *access)
    {
        QString error;
        m_uri = m_options.uri;
        if (m_uri.isEmpty()) {
            LocalCluster cluster(m_options.embeddedDataDir);
            const Result<QString> started = cluster.start();
            if (!started)
                return started.error();
            m_uri = cluster.connectionUri();
        }
        m_conn = PgConnection::open(m_uri, &error, 5, m_options.login);
        if (!m_conn)
            return error;
        // Migrate first (a fresh embedded database has no roles yet); a login that may not migrate is told
        // about its role rather than about the migration.
        const Result<Migrator::Migrated> migrated = Migrator::migrate(*m_conn);
        *access = checkReviewAccess(*m_conn);
        if (access->allowed && !migrated)
            return migrated.error();
        *uri = m_uri;
        return {};
    }
    // A worker that did not open() the database connects to the one another worker opened.
    void useUri(const QString &uri) { m_uri = uri; }
    bool connected()
    {
        if (m_conn && m_conn->isOk())
            return true;
        if (m_uri.isEmpty())
            return false;
        QString error;
        m_conn = PgConnection::open(m_uri, &error, 2, m_options.login);
        return m_conn != nullptr;
    }
    ReportQuery query() { return ReportQuery(*m_conn, m_options.schema); }

private:
    ReviewClient::Options m_options;
    QString m_uri;
    std::unique_ptr<PgConnection> m_conn;
};

ReviewClient::ReviewClient(Options options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    m_worker = new ReviewWorker(m_options);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("review"));
    m_thread.start();
    m_listWorker = new ReviewWorker(m_options);
    m_listWorker->moveToThread(&m_listThread);
    connect(&m_listThread, &QThread::finished, m_listWorker, &QObject::deleteLater);
    m_listThread.setObjectName(QStringLiteral("review-list"));
    m_listThread.start();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(m_options.liveDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ReviewClient::refreshFigures);
}

ReviewClient::~ReviewClient()
{
    if (m_feed)
        m_feed->stop();
    QMetaObject::invokeMethod(
        m_worker, [t = &m_thread] { t->quit(); }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(
        m_listWorker, [t = &m_listThread] { t->quit(); }, Qt::QueuedConnection);
    m_thread.wait();
    m_listThread.wait();
}

template <typename Work> void ReviewClient::post(Work &&work)
{
    QMetaObject::invokeMethod(m_worker, std::forward<Work>(work), Qt::QueuedConnection);
}

void ReviewClient::start()
{
    post([this, w = m_worker] {
        QString uri;
        ReviewAccess access;
        const QString error = w->open(&uri, &access);
        QList<CountRow> reasons;
        if (error.isEmpty() && access.allowed)
            if (auto r = w->query().overrideReasonList())
                reasons = r.value();
        QMetaObject::invokeMethod(this, [this, error, uri, access, reasons] {
            if (!error.isEmpty()) {
                Q_EMIT failed(error);
                return;
            }
            m_uri = uri;
            QMetaObject::invokeMethod(
                m_listWorker, [w = m_listWorker, uri] { w->useUri(uri); }, Qt::QueuedConnection);
            Q_EMIT opened(access);
            if (!access.allowed)
                return;
            Q_EMIT listsLoaded(reasons);
            m_feed = std::make_unique<ChangeFeed>(uri, nullptr, m_options.login, m_options.schema.channel());
            connect(m_feed.get(), &ChangeFeed::changed, this, &ReviewClient::onChange);
            // After a reconnect, changes may have been missed: read everything again.
            connect(m_feed.get(), &ChangeFeed::listening, this, [this] {
                if (m_filter.from.isValid())
                    refresh(m_filter, m_overridesOnly);
            });
            m_feed->start();
        });
    });
}

void ReviewClient::refresh(const ReportFilter &filter, bool overridesOnly)
{
    m_filter = filter;
    m_overridesOnly = overridesOnly;
    m_live = qAbs(filter.to.secsTo(QDateTime::currentDateTime())) < 120;
    const quint64 generation = ++m_generation;
    m_pending = Pending{generation};
    m_refreshClock.start();
    // The figures and the decision list are read at the same time, each on its own connection.
    post([this, w = m_worker, filter, generation] {
        if (!w->connected()) {
            QMetaObject::invokeMethod(this, [this] { Q_EMIT failed(tr("The database is not reachable.")); });
            return;
        }
        ReportQuery q = w->query();
        auto figures = q.figures(filter);
        auto dispatchers = q.dispatchers(filter);
        auto categories = q.categories(filter);
        QMetaObject::invokeMethod(this, [=, this] {
            if (generation != m_pending.generation)
                return; // a newer filter was asked for meanwhile
            m_pending.figures = figures;
            m_pending.dispatchers = dispatchers ? dispatchers.value() : QStringList();
            m_pending.categories = categories ? categories.value() : QStringList();
            finishRefresh();
        });
    });
    QMetaObject::invokeMethod(
        m_listWorker,
        [this, w = m_listWorker, filter, overridesOnly, generation] {
            auto decisions = w->connected()
                                 ? w->query().decisions(filter, overridesOnly)
                                 : Result<QList<DecisionRow>>(Failure{tr("The database is not reachable.")});
            QMetaObject::invokeMethod(this, [=, this] {
                if (generation != m_pending.generation)
                    return;
                m_pending.decisions = decisions;
                finishRefresh();
            });
        },
        Qt::QueuedConnection);
}

void ReviewClient::finishRefresh()
{
    if (!m_pending.figures || !m_pending.decisions)
        return;
    const Pending done = std::exchange(m_pending, Pending{});
    if (!*done.figures || !*done.decisions) {
        Q_EMIT failed(*done.figures ? done.decisions->error() : done.figures->error());
        return;
    }
    Q_EMIT loaded(done.figures->value(), done.decisions->value(), done.dispatchers, done.categories,
                  m_refreshClock.elapsed());
}

void ReviewClient::refreshFigures()
{
    // A period that ended "now" when it was asked for (this shift, the last 24 h...) keeps ending now.
    if (m_live)
        m_filter.to = QDateTime::currentDateTime().addSecs(1);
    const ReportFilter filter = m_filter;
    const quint64 generation = m_generation;
    post([this, w = m_worker, filter, generation] {
        QElapsedTimer clock;
        clock.start();
        if (!w->connected())
            return;
        auto figures = w->query().figures(filter);
        const qint64 ms = clock.elapsed();
        QMetaObject::invokeMethod(this, [=, this] {
            if (generation == m_generation && figures)
                Q_EMIT figuresUpdated(figures.value(), ms);
        });
    });
}

void ReviewClient::onChange(const Change &change)
{
    if (change.schema != QString::fromLatin1(schemaName(m_options.schema)) || !m_filter.from.isValid())
        return;
    if (change.table == u"decisions" || change.table == u"review_annotations") {
        const bool review = change.table == u"review_annotations";
        const qint64 id = change.id.toLongLong();
        ReportFilter filter = m_filter;
        // A live period ends "now": a decision stored after the period was opened still belongs to it.
        if (m_live)
            filter.to = QDateTime::currentDateTime().addSecs(3600);
        const bool overridesOnly = m_overridesOnly;
        const quint64 generation = m_generation;
        post([this, w = m_worker, id, review, filter, overridesOnly, generation] {
            if (!w->connected())
                return;
            ReportQuery q = w->query();
            qint64 decisionId = id;
            if (review) {
                auto found = q.decisionOfReview(id);
                if (!found)
                    return;
                decisionId = found.value();
            }
            auto row = q.decision(decisionId, filter);
            if (!row || !row.value() || (overridesOnly && row.value()->accepted))
                return;
            const DecisionRow r = *row.value();
            QMetaObject::invokeMethod(this, [this, r, generation] {
                if (generation == m_generation)
                    Q_EMIT decisionArrived(r);
            });
        });
    }
    if (change.table == u"decisions" || change.table == u"outcomes" ||
        change.table == u"review_annotations" || change.op == u'B')
        m_debounce.start();
}

void ReviewClient::loadStory(qint64 decisionId)
{
    post([this, w = m_worker, decisionId] {
        if (!w->connected())
            return;
        auto story = w->query().story(decisionId);
        QMetaObject::invokeMethod(this, [this, story, decisionId] {
            if (story)
                Q_EMIT storyLoaded(story.value());
            else
                Q_EMIT storyFailed(decisionId, story.error());
        });
    });
}

void ReviewClient::annotate(const ReviewRequest &request)
{
    post([this, w = m_worker, request] {
        const bool up = w->connected();
        auto stored = up ? w->query().annotate(request) : Failure{tr("The database is not reachable.")};
        QMetaObject::invokeMethod(
            this, [this, request, stored] { Q_EMIT annotated(request, stored.ok(), stored.error()); });
    });
}

void ReviewClient::drawSample(const ReportFilter &filter, quint64 seed, const QString &drawnBy)
{
    post([this, w = m_worker, filter, seed, drawnBy] {
        if (!w->connected())
            return;
        ReportQuery q = w->query();
        auto frame = q.sampleFrame(filter);
        QaSample sample;
        qint64 recordId = 0;
        QString error;
        if (!frame) {
            error = frame.error();
        } else {
            sample = rr::drawSample(frame.value(), seed);
            auto recorded = q.recordSample(filter, seed, sample.decisionIds, drawnBy);
            if (recorded)
                recordId = recorded.value();
            else
                error = recorded.error();
        }
        const QList<SampleCandidate> candidates = frame ? frame.value() : QList<SampleCandidate>();
        QMetaObject::invokeMethod(this,
                                  [=, this] { Q_EMIT sampleDrawn(sample, candidates, recordId, error); });
    });
}

} // namespace rr
