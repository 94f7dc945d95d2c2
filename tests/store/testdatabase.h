#pragma once

// A fresh database on the test cluster of the rr_db fixture, for one test executable, dropped at the end.
// Database tests run in parallel on one cluster, so each works in a database of its own.

#include "clusterdirectory.h"
#include "store/localcluster.h"
#include "store/migrator.h"
#include "store/pgconnection.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace rr::test {

class TestDatabase
{
public:
    explicit TestDatabase(const QString &name)
        : m_name(QStringLiteral("rr_test_%1_%2").arg(name).arg(QCoreApplication::applicationPid()))
    {
        const QString dir = fixtureDataDir(&m_error);
        if (dir.isEmpty())
            return;
        m_adminUri = LocalCluster(dir).connectionUri();
        auto admin = PgConnection::open(m_adminUri, &m_error);
        if (!admin)
            return;
        admin->exec(("DROP DATABASE IF EXISTS " + PgConnection::quoteIdentifier(m_name)).constData());
        PgResult r = admin->exec(("CREATE DATABASE " + PgConnection::quoteIdentifier(m_name)).constData());
        if (!r.ok()) {
            m_error = r.error();
            return;
        }
        m_uri = uriFor(m_adminUri, m_name, {});
    }
    ~TestDatabase()
    {
        if (m_uri.isEmpty())
            return;
        QString ignored;
        if (auto admin = PgConnection::open(m_adminUri, &ignored))
            admin->exec(("DROP DATABASE IF EXISTS " + PgConnection::quoteIdentifier(m_name) + " WITH (FORCE)")
                            .constData());
    }

    bool ok() const { return !m_uri.isEmpty(); }
    QString error() const { return m_error; }
    QString uri() const { return m_uri; }
    // The same database as another login role, with its password: the embedded cluster asks every login but
    // the owner for one (scram-sha-256). Test logins are created WITH PASSWORD kTestPassword.
    static constexpr char kTestPassword[] = "test-password";
    QString uriAs(const QString &user, const QString &password = QString::fromLatin1(kTestPassword)) const
    {
        return uriFor(m_adminUri, m_name, user, password);
    }

    std::unique_ptr<PgConnection> connect(QString *error = nullptr) const
    {
        QString e;
        auto c = PgConnection::open(m_uri, &e);
        if (error)
            *error = e;
        return c;
    }
    // Connects and migrates; null with `error` set on failure.
    std::unique_ptr<PgConnection> migrated(QString *error) const
    {
        auto c = connect(error);
        if (!c)
            return c;
        if (const Result<Migrator::Migrated> m = Migrator::migrate(*c); !m) {
            *error = m.error();
            return nullptr;
        }
        return c;
    }

private:
    static QString uriFor(const QString &adminUri, const QString &db, const QString &user,
                          const QString &password = {})
    {
        // postgresql:///rightresponse?host=...&port=...&user=... -> same host and port, another database/user
        QUrl url(adminUri);
        url.setPath(QLatin1Char('/') + db);
        if (!user.isEmpty()) {
            QUrlQuery q(url);
            q.removeAllQueryItems(QStringLiteral("user"));
            q.addQueryItem(QStringLiteral("user"), user);
            if (!password.isEmpty())
                q.addQueryItem(QStringLiteral("password"), password);
            url.setQuery(q);
        }
        return url.toString();
    }

    QString m_name;
    QString m_adminUri;
    QString m_uri;
    QString m_error;
};

} // namespace rr::test
