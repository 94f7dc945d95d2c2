// Private directories and files, and secret files: made private, tightened, or refused with what to do.

#include "core/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace rr;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : mode_t(07777);
}

QString write(const QString &path, const QByteArray &data, mode_t mode)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return {};
    f.close();
    ::chmod(QFile::encodeName(path).constData(), mode);
    return path;
}

} // namespace

class TstPrivateFiles : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void newDirectoryIsPrivate()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("a/b/data"));
        const Result<QString> made = ensurePrivateDirectory(dir);
        QVERIFY2(made.ok(), qPrintable(made.error()));
        QVERIFY(made->isEmpty());
        QCOMPARE(modeOf(dir), mode_t(0700));
    }

    void looseDirectoryIsTightened_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("0755") << 0755;
        QTest::newRow("0750") << 0750;
        QTest::newRow("0777") << 0777;
        QTest::newRow("0701") << 0701;
    }
    void looseDirectoryIsTightened()
    {
        QFETCH(int, mode);
        const QString dir = m_tmp.filePath(QStringLiteral("loose-%1").arg(mode, 0, 8));
        QVERIFY(QDir().mkpath(dir));
        QCOMPARE(::chmod(QFile::encodeName(dir).constData(), mode_t(mode)), 0);
        const Result<QString> made = ensurePrivateDirectory(dir);
        QVERIFY2(made.ok(), qPrintable(made.error()));
        QVERIFY2(made->contains(dir) && made->contains(QStringLiteral("0700")), qPrintable(*made));
        QCOMPARE(modeOf(dir), mode_t(0700));
        // Already private: nothing to say.
        QVERIFY(ensurePrivateDirectory(dir)->isEmpty());
    }

    void fileInPlaceOfDirectoryIsRefused()
    {
        const QString path = write(m_tmp.filePath(QStringLiteral("plain")), "x", 0600);
        const Result<QString> made = ensurePrivateDirectory(path);
        QVERIFY(!made.ok());
        QVERIFY2(made.error().contains(QStringLiteral("not a directory")), qPrintable(made.error()));
    }

    void looseFileIsTightened()
    {
        const QString path = write(m_tmp.filePath(QStringLiteral("journal")), "{}\n", 0644);
        const Result<QString> tightened = ensurePrivateFile(path);
        QVERIFY2(tightened.ok(), qPrintable(tightened.error()));
        QVERIFY(!tightened->isEmpty());
        QCOMPARE(modeOf(path), mode_t(0600));
    }

    void privateSecretIsRead()
    {
        const QString path = write(m_tmp.filePath(QStringLiteral("token-ok")), "t0ken\n", 0600);
        const Result<QByteArray> secret = readSecretFile(path, QStringLiteral("the token file"));
        QVERIFY2(secret.ok(), qPrintable(secret.error()));
        QCOMPARE(secret.value(), QByteArray("t0ken\n"));
        // Read-only for the owner is private too; at most maxBytes are read.
        ::chmod(QFile::encodeName(path).constData(), 0400);
        QCOMPARE(readSecretFile(path, QStringLiteral("the token file"), 3).value(), QByteArray("t0k"));
    }

    void exposedSecretIsRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("group reads") << 0640;
        QTest::newRow("everyone reads") << 0644;
        QTest::newRow("others read") << 0604;
        QTest::newRow("group writes") << 0620;
        QTest::newRow("everything") << 0777;
    }
    void exposedSecretIsRefused()
    {
        QFETCH(int, mode);
        const QString path =
            write(m_tmp.filePath(QStringLiteral("token-%1").arg(mode, 0, 8)), "s3cret\n", mode_t(mode));
        const Result<QByteArray> secret = readSecretFile(path, QStringLiteral("the token file"));
        QVERIFY(!secret.ok());
        QVERIFY2(secret.error().contains(QStringLiteral("the token file %1").arg(path)),
                 qPrintable(secret.error()));
        QVERIFY2(secret.error().contains(QStringLiteral("chmod 600 %1").arg(path)),
                 qPrintable(secret.error()));
        QVERIFY2(!secret.error().contains(QStringLiteral("s3cret")), qPrintable(secret.error()));
        // Refused, not tightened: the owner must know the secret may have leaked.
        QCOMPARE(modeOf(path), mode_t(mode));
    }

    void missingOrNotAFileIsRefused()
    {
        const Result<QByteArray> missing =
            readSecretFile(m_tmp.filePath(QStringLiteral("absent")), QStringLiteral("the password file"));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().startsWith(QStringLiteral("cannot read the password file")),
                 qPrintable(missing.error()));
        const Result<QByteArray> dir = readSecretFile(m_tmp.path(), QStringLiteral("the TLS key"));
        QVERIFY(!dir.ok());
        QVERIFY2(dir.error().contains(QStringLiteral("not a regular file")), qPrintable(dir.error()));
    }
};

QTEST_GUILESS_MAIN(TstPrivateFiles)
#include "tst_privatefiles.moc"
