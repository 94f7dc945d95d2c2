#include "simulator.h"

#include "callgenerator.h"
#include "io/calljson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <cmath>

namespace rr {

namespace {
constexpr int kTransferTimeoutMs = 30000;

// The intake's {"error": ...} sentence, or the start of whatever else it answered.
QString errorText(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString error = object.value(QStringLiteral("error")).toString();
    if (error.isEmpty())
        return QString::fromUtf8(body.left(200)).trimmed();
    const QString field = object.value(QStringLiteral("field")).toString();
    return field.isEmpty() ? error : QStringLiteral("%1 (field %2)").arg(error, field);
}
} // namespace

Simulator::Simulator(SimulatorOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_network(new QNetworkAccessManager(this)),
      m_timer(new QTimer(this))
{
    if (!std::isfinite(m_options.speed) || m_options.speed <= 0)
        m_options.speed = 1.0;
    m_options.concurrency = std::max(1, m_options.concurrency);
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &Simulator::pump);
}

Simulator::~Simulator() = default;

void Simulator::start()
{
    if (m_running)
        return;
    m_running = true;
    m_finished = false;
    const QDateTime now = QDateTime::currentDateTime();
    m_generator = std::make_unique<CallGenerator>(
        GeneratorOptions{m_options.seed, now, m_options.callsPerHour * 24,
                         m_options.idPrefix.isEmpty()
                             ? QStringLiteral("SIM-%1-").arg(now.toString(QStringLiteral("yyMMddHHmmss")))
                             : m_options.idPrefix});
    m_lastGenerated = now;
    m_nextDueMs = 0;
    m_clock.start();
    scheduleNextDue();
    pump();
}

void Simulator::stop()
{
    m_running = false;
    m_timer->stop();
    finishIfDone();
}

void Simulator::scheduleNextDue()
{
    m_next = m_generator->next();
    m_nextDueMs += double(m_lastGenerated.msecsTo(m_next.receivedAt)) / m_options.speed;
    m_lastGenerated = m_next.receivedAt;
}

void Simulator::pump()
{
    while (m_running && m_inFlight < m_options.concurrency) {
        if (m_options.count >= 0 && m_sent >= m_options.count) {
            m_running = false;
            break;
        }
        const double nowMs = double(m_clock.nsecsElapsed()) / 1e6;
        if (nowMs < m_nextDueMs) {
            m_timer->start(int(std::min(std::ceil(m_nextDueMs - nowMs), 24.0 * 3600 * 1000)));
            return;
        }
        send();
    }
    finishIfDone();
}

void Simulator::send()
{
    Call call = m_next;
    QDateTime now = QDateTime::currentDateTime();
    call.receivedAt = now.toOffsetFromUtc(now.offsetFromUtc()); // written with its offset, unambiguous
    const QByteArray body = QJsonDocument(callToJson(call)).toJson(QJsonDocument::Compact);

    QNetworkRequest request(m_options.target);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_options.token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_options.token);
    request.setTransferTimeout(kTransferTimeoutMs);
    QNetworkReply *reply = m_network->post(request, body);
    const QString id = call.id;
    connect(reply, &QNetworkReply::finished, this, [this, reply, id] { onReply(reply, id); });
    ++m_inFlight;
    ++m_sent;
    scheduleNextDue();
}

void Simulator::onReply(QNetworkReply *reply, const QString &cadId)
{
    reply->deleteLater();
    --m_inFlight;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300) {
        ++m_posted;
        Q_EMIT posted(cadId, status);
    } else {
        ++m_failed;
        Q_EMIT failed(cadId, status > 0
                                 ? QStringLiteral("HTTP %1: %2").arg(status).arg(errorText(reply->readAll()))
                                 : reply->errorString());
    }
    pump();
}

void Simulator::finishIfDone()
{
    if (m_running || m_inFlight > 0 || m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(m_posted, m_failed);
}

} // namespace rr
