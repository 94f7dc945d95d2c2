#pragma once

// What the training tests share: a scenario built in code, and staff logins unique to the run (roles are
// cluster-wide and database tests run in parallel on one cluster), dropped at the end.

#include "store/pgconnection.h"
#include "store/staffstore.h"
#include "testdatabase.h"
#include "training/scenario.h"

#include <QCoreApplication>
#include <QStringList>

namespace rr::test {

// `count` calls spread over `durationMs`, at uneven gaps (the first at 0, the last at durationMs), of kinds
// the rules answer differently.
inline Scenario makeScenario(const QString &name, int count, qint64 durationMs)
{
    static const char *const types[][2] = {
        {"WELFARE CHECK", "man sleeping in the bus shelter, not responding to the driver"},
        {"DISTURBANCE", "neighbours shouting, caller says one of them has a knife"},
        {"MENTAL HEALTH", "adult son is talking about hurting himself, no weapons in the home"},
        {"NOISE", "loud music from the house on the corner"},
        {"TRESPASS", "person refusing to leave the lobby, calm"},
    };
    Scenario s;
    s.name = name;
    s.version = 1;
    s.source = QStringLiteral("test");
    for (int i = 0; i < count; ++i) {
        ScenarioCall c;
        // Uneven gaps: i^1.5 scaled so that the last call is at durationMs.
        const double share = count == 1 ? 0 : std::pow(double(i) / (count - 1), 1.5);
        c.offsetMs = qint64(std::llround(share * double(durationMs)));
        c.call.id = QStringLiteral("%1-%2").arg(name).arg(i + 1, 3, 10, QLatin1Char('0'));
        c.call.callType = QString::fromLatin1(types[i % 5][0]);
        c.call.narrative = QString::fromLatin1(types[i % 5][1]);
        c.call.address = QStringLiteral("1400 BLOCK OF MAIN ST");
        c.call.priority = 2;
        s.calls.append(c);
    }
    return s;
}

// Staff logins of one test run.
class TestStaff
{
public:
    static constexpr char kPassword[] = "correct horse";

    TestStaff(PgConnection &owner, QString suffix) : m_owner(owner), m_suffix(std::move(suffix)) {}
    ~TestStaff()
    {
        for (const QString &login : std::as_const(m_logins))
            m_owner.exec(("DROP OWNED BY " + PgConnection::quoteIdentifier(login) + "; DROP ROLE IF EXISTS " +
                          PgConnection::quoteIdentifier(login))
                             .constData());
    }
    // "D101-<pid>", added with `role` (once).
    QString add(const char *base, StaffRole role)
    {
        const QString login = QStringLiteral("%1-%2").arg(QLatin1String(base), m_suffix);
        if (m_logins.contains(login))
            return login;
        const Result<void> added = StaffStore(m_owner).add(login, QStringLiteral("Test %1").arg(login), role,
                                                           QString::fromLatin1(kPassword));
        if (!added)
            qWarning("add %s: %s", qPrintable(login), qPrintable(added.error()));
        m_logins << login;
        return login;
    }
    std::unique_ptr<PgConnection> signIn(const QString &uri, const QString &login) const
    {
        QString error;
        auto c = PgConnection::open(uri, &error, 5, PgLogin{login, QString::fromLatin1(kPassword)});
        if (!c)
            qWarning("sign in %s: %s", qPrintable(login), qPrintable(error));
        return c;
    }

private:
    PgConnection &m_owner;
    QString m_suffix;
    QStringList m_logins;
};

} // namespace rr::test
