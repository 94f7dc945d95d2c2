#pragma once

// The crash tests' helpers: a console probe process (consoleprobe.cpp) driven line by line, and the calls
// and units a test works on. Test thread only.

#include "domain/suggestion.h"
#include "domain/unit.h"
#include "store/callstore.h"
#include "store/pgconnection.h"
#include "store/unitstore.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>
#include <sys/types.h>

namespace rr::test {

class Probe
{
public:
    Probe() = default;
    Probe(const Probe &) = delete;
    Probe &operator=(const Probe &) = delete;
    ~Probe() { kill(); }

    bool start(const QString &uri, const QString &journal, const QString &workstation,
               const QStringList &extra = {})
    {
        m_lines.clear();
        m_buffer.clear();
        m_read = 0;
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(RR_PROBE_PATH),
                        QStringList{QStringLiteral("--db"), uri, QStringLiteral("--journal"), journal,
                                    QStringLiteral("--workstation"), workstation} +
                            extra);
        return m_process.waitForStarted(30000);
    }
    void send(const QByteArray &command)
    {
        m_process.write(command + '\n');
        m_process.waitForBytesWritten(5000);
    }
    // SIGKILL, as a power cut or the OOM killer would: no handler, no flush, no goodbye.
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(30000);
    }
    bool quit()
    {
        send("quit");
        return m_process.waitForFinished(30000) && m_process.exitStatus() == QProcess::NormalExit;
    }
    bool running() const { return m_process.state() != QProcess::NotRunning; }

    // Every line said so far.
    const QStringList &lines()
    {
        pump(0);
        return m_lines;
    }
    // Waits for the next line (after those already waited for) matching `pattern`; its match, or an invalid
    // one at the timeout.
    QRegularExpressionMatch waitFor(const QString &pattern, int timeoutMs = 60000)
    {
        const QRegularExpression re(QStringLiteral("^") + pattern + QStringLiteral("$"));
        const QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            for (; m_read < m_lines.size(); ++m_read) {
                const QRegularExpressionMatch m = re.match(m_lines.at(m_read));
                if (m.hasMatch()) {
                    ++m_read;
                    return m;
                }
            }
            if (deadline.hasExpired() || !running())
                return {};
            pump(int(qMin<qint64>(deadline.remainingTime(), 200)));
        }
    }
    // The calls the probe's queue shows as decided, asked now.
    QMap<QString, bool> view()
    {
        send("view");
        QMap<QString, bool> out;
        for (QRegularExpressionMatch m = waitFor(QStringLiteral("view (\\S+) ([01])|view-end"));
             m.hasMatch() && m.captured(0) != u"view-end";
             m = waitFor(QStringLiteral("view (\\S+) ([01])|view-end")))
            out.insert(m.captured(1), m.captured(2) == u"1");
        return out;
    }

private:
    void pump(int waitMs)
    {
        if (waitMs > 0 && m_process.bytesAvailable() == 0)
            m_process.waitForReadyRead(waitMs);
        m_buffer += m_process.readAllStandardOutput();
        for (qsizetype end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n')) {
            m_lines.append(QString::fromUtf8(m_buffer.left(end)));
            m_buffer.remove(0, end + 1);
        }
    }

    QProcess m_process;
    QByteArray m_buffer;
    QStringList m_lines;
    qsizetype m_read = 0;
};

// `count` calls "<prefix>-<n>" that an unarmed team takes (welfare checks with a position), and as many
// available unarmed units nearby, "<prefix>-U<n>": Enter on any call decides it and dispatches a unit.
inline QString seedCallsAndUnits(PgConnection &conn, const QString &prefix, int count)
{
    CallStore calls(conn);
    Suggestion s;
    s.kind = ResponseKind::Unarmed;
    s.category = QStringLiteral("welfare_check");
    s.confidence = 0.9;
    for (int i = 0; i < count; ++i) {
        Call c;
        c.id = QStringLiteral("%1-%2").arg(prefix).arg(i);
        c.callType = QStringLiteral("WELFARE CHECK");
        c.narrative = QStringLiteral("Man asleep in a doorway, breathing, no weapon seen");
        c.receivedAt = QDateTime::currentDateTimeUtc();
        c.latitude = 35.99 + i * 0.0001;
        c.longitude = -78.90;
        const auto r = calls.upsert(c, s);
        if (!r.ok)
            return r.error;
    }
    QList<Unit> units;
    for (int i = 0; i < count; ++i)
        units.append({QStringLiteral("%1-U%2").arg(prefix).arg(i), QStringLiteral("Team %1").arg(i),
                      ResponseKind::Unarmed, UnitStatus::Available, 35.99, -78.90, QString()});
    QString error;
    UnitStore(conn).saveRoster(units, &error);
    return error;
}

inline qint64 scalar(PgConnection &conn, const char *sql, const QList<PgParam> &params = {})
{
    const PgResult r = conn.exec(sql, params);
    return r.ok() && r.rows() == 1 ? r.integer(0, 0) : -1;
}

} // namespace rr::test
