#include "databasesettings.h"

#include <QCoreApplication>

#include "connectionresolver.h"

#include <QFileInfo>
#include <QSettings>

namespace rr {

namespace {
// The catalogues' context of this file's texts (free functions have no tr() of their own).
struct DatabaseSettingsText
{
    Q_DECLARE_TR_FUNCTIONS(rr::DatabaseSettings)
};
} // namespace

QStringList DatabaseSettings::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

DatabaseSettings DatabaseSettings::load(const QSettings &settings)
{
    DatabaseSettings d;
    d.uri = settings.value(QLatin1String(kDatabaseUriSetting)).toString().trimmed();
    d.sslMode = settings.value(QLatin1String(kSslModeSetting)).toString().trimmed();
    d.caFile = settings.value(QLatin1String(kSslRootCertSetting)).toString().trimmed();
    return d;
}

void DatabaseSettings::save(QSettings &settings) const
{
    const auto put = [&settings](const char *key, const QString &value) {
        if (value.trimmed().isEmpty())
            settings.remove(QLatin1String(key));
        else
            settings.setValue(QLatin1String(key), value.trimmed());
    };
    put(kDatabaseUriSetting, uri);
    put(kSslModeSetting, sslMode);
    put(kSslRootCertSetting, caFile);
}

Result<void> DatabaseSettings::check() const
{
    if (!sslMode.isEmpty() && !sslModes().contains(sslMode))
        return Failure{
            DatabaseSettingsText::tr("settings %1: unknown sslmode '%2' (use %3)")
                .arg(QLatin1String(kSslModeSetting), sslMode, sslModes().join(QStringLiteral(", ")))};
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        return Failure{DatabaseSettingsText::tr("settings %1: cannot read the CA file %2")
                           .arg(QLatin1String(kSslRootCertSetting), caFile)};
    if (sslMode.startsWith(u"verify") && caFile.isEmpty())
        return Failure{
            DatabaseSettingsText::tr("settings %1: sslmode %2 needs the CA file that signed the server's "
                                     "certificate (%3)")
                .arg(QLatin1String(kSslModeSetting), sslMode, QLatin1String(kSslRootCertSetting))};
    return {};
}

} // namespace rr
