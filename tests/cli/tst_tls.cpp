// TLS to a shared server, against a PostgreSQL cluster of the test's own that listens on 127.0.0.1 with a
// server certificate signed by a self-signed CA (made here with openssl): a member of staff connects with
// sslmode=verify-full and the CA file; a server whose certificate another CA signed is refused; an
// unencrypted connection over TCP is refused by the embedded cluster's pg_hba.conf; and `rightresponse-cli db
// status`, with the CA and the mode in the settings file, says the connection is encrypted and verified.

#include "privatecluster.h"
#include "store/connectionresolver.h"
#include "store/serveraccount.h"
#include "store/staffstore.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace rr;

namespace {

// Runs openssl with `args` in `dir`; empty on success, else its output.
QString openssl(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForStarted())
        return QStringLiteral("openssl not found (Debian package openssl)");
    p.waitForFinished(60000);
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return {};
    return QString::fromLocal8Bit(p.readAllStandardError());
}

QStringList ecKey(const QString &keyFile)
{
    return {QStringLiteral("-newkey"),
            QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:prime256v1"),
            QStringLiteral("-nodes"),
            QStringLiteral("-keyout"),
            keyFile};
}

// A self-signed CA: NAME.crt and NAME.key in `dir`.
QString makeCa(const QString &dir, const QString &name)
{
    return openssl(dir, QStringList{QStringLiteral("req"), QStringLiteral("-x509")} +
                            ecKey(name + QStringLiteral(".key")) +
                            QStringList{QStringLiteral("-out"), name + QStringLiteral(".crt"),
                                        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                                        QStringLiteral("/CN=RightResponse test CA %1").arg(name)});
}

} // namespace

class TstTls : public QObject
{
    Q_OBJECT
private:
    test::PrivateCluster m_cluster;
    QTemporaryDir m_certs;
    QString m_hostUri; // TCP to localhost, without sslmode

    QString ca(const char *name) const
    {
        return m_certs.filePath(QLatin1String(name) + QStringLiteral(".crt"));
    }
    std::unique_ptr<PgConnection> connect(const QString &extra, QString *error)
    {
        return PgConnection::open(m_hostUri + u' ' + extra, error, 5,
                                  PgLogin{QStringLiteral("TLS1"), QStringLiteral("tls-password")});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_certs.isValid());
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        const QString dir = m_certs.path();
        QVERIFY2((error = makeCa(dir, QStringLiteral("ca"))).isEmpty(), qPrintable(error));
        QVERIFY2((error = makeCa(dir, QStringLiteral("other"))).isEmpty(), qPrintable(error));
        QVERIFY2(
            (error = openssl(dir, QStringList{QStringLiteral("req")} + ecKey(QStringLiteral("server.key")) +
                                      QStringList{QStringLiteral("-out"), QStringLiteral("server.csr"),
                                                  QStringLiteral("-subj"), QStringLiteral("/CN=localhost")}))
                .isEmpty(),
            qPrintable(error));
        QFile ext(m_certs.filePath(QStringLiteral("server.ext")));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName = DNS:localhost, IP:127.0.0.1\n");
        ext.close();
        QVERIFY2(
            (error = openssl(
                 dir, {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                       QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
                       QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                       QStringLiteral("-out"), QStringLiteral("server.crt"), QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext")}))
                .isEmpty(),
            qPrintable(error));

        // The server's certificate and key in its data directory, owned by the server's account; TCP on
        // 127.0.0.1 with TLS, as an administrator sets it in postgresql.conf after RightResponse's include
        // line.
        const QString data = m_cluster.cluster().dataDir();
        const ServerAccount account = ServerAccount::forCurrentProcess();
        for (const char *name : {"server.crt", "server.key"}) {
            const QString target = data + u'/' + QLatin1String(name);
            QFile::remove(target);
            QVERIFY(QFile::copy(m_certs.filePath(QLatin1String(name)), target));
            QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
            QVERIFY2(account.giveOwnership(target, &error), qPrintable(error));
        }
        QFile conf(data + QStringLiteral("/postgresql.conf"));
        QVERIFY(conf.open(QIODevice::Append));
        conf.write("listen_addresses = '127.0.0.1'\nssl = on\nssl_cert_file = 'server.crt'\n"
                   "ssl_key_file = 'server.key'\n");
        conf.close();
        QVERIFY2(m_cluster.stop(&error), qPrintable(error));
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        m_hostUri =
            QStringLiteral("host=localhost port=%1 dbname=rightresponse").arg(m_cluster.cluster().port());

        auto owner = m_cluster.connect(&error);
        QVERIFY2(owner, qPrintable(error));
        const Result<void> added =
            StaffStore(*owner).add(QStringLiteral("TLS1"), QStringLiteral("Tess Ls"), StaffRole::Dispatcher,
                                   QStringLiteral("tls-password"));
        QVERIFY2(added.ok(), qPrintable(added.error()));
    }

    void verifiedConnection()
    {
        QString error;
        auto c = connect(QStringLiteral("sslmode=verify-full sslrootcert=") + ca("ca"), &error);
        QVERIFY2(c, qPrintable(error));
        const QString tls = tlsDescription(*c);
        QVERIFY2(tls.startsWith(QStringLiteral("on (TLS")), qPrintable(tls));
        QVERIFY2(tls.contains(QStringLiteral("host name verified (sslmode verify-full")), qPrintable(tls));
        QCOMPARE(c->userName(), QStringLiteral("TLS1"));
        // The local socket says so too.
        auto local = m_cluster.connect(&error);
        QVERIFY(local);
        QCOMPARE(tlsDescription(*local), QStringLiteral("off (Unix socket, this machine only)"));
    }

    void anotherCaIsRefused()
    {
        QString error;
        QVERIFY(!connect(QStringLiteral("sslmode=verify-full sslrootcert=") + ca("other"), &error));
        QVERIFY2(error.contains(QStringLiteral("certificate verify failed")), qPrintable(error));
    }

    void unencryptedTcpIsRefused()
    {
        QString error;
        QVERIFY(!connect(QStringLiteral("sslmode=disable"), &error));
        QVERIFY2(error.contains(QStringLiteral("no encryption")) || error.contains(QStringLiteral("rejects")),
                 qPrintable(error));
    }

    void commandLineTakesTheCaFromTheSettings()
    {
        QTemporaryDir home;
        QDir().mkpath(home.filePath(QStringLiteral("config/RightResponse")));
        QFile conf(home.filePath(QStringLiteral("config/RightResponse/rightresponse.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[database]\nsslmode=verify-full\nsslrootcert=" + QFile::encodeName(ca("ca")) + "\n");
        conf.close();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("tls-password"));
        env.remove(QStringLiteral("PGSSLMODE"));
        env.remove(QStringLiteral("PGSSLROOTCERT"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RR_CLI_PATH),
                {QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--db"),
                 m_hostUri + QStringLiteral(" user=TLS1")});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY2(out.contains("tls: on (TLS"), out.constData());
        QVERIFY2(out.contains("verify-full, CA " + QFile::encodeName(ca("ca"))), out.constData());

        // A CA file that is not there is said plainly, before any connection.
        conf.open(QIODevice::WriteOnly);
        conf.write("[database]\nsslmode=verify-full\nsslrootcert=/nonexistent/ca.crt\n");
        conf.close();
        p.start(QStringLiteral(RR_CLI_PATH),
                {QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--db"),
                 m_hostUri + QStringLiteral(" user=TLS1")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("cannot read the CA file /nonexistent/ca.crt"));
    }
};

QTEST_GUILESS_MAIN(TstTls)
#include "tst_tls.moc"
