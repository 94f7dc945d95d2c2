#include "consolesettings.h"

#include <QCoreApplication>

#include <QSettings>

namespace rr {

namespace {
// The catalogues' context of this file's texts (free functions have no tr() of their own).
struct ConsoleSettingsText
{
    Q_DECLARE_TR_FUNCTIONS(rr::ConsoleSettings)
};
} // namespace

namespace {
const QString kLockAfter = QStringLiteral("signin/lockAfterMinutes");
}

ConsoleSettings ConsoleSettings::load(const QSettings &settings)
{
    ConsoleSettings c;
    c.database = DatabaseSettings::load(settings);
    bool ok = false;
    const int minutes = settings.value(kLockAfter, kDefaultLockAfterMinutes).toInt(&ok);
    c.lockAfterMinutes = ok && minutes >= 0 ? minutes : kDefaultLockAfterMinutes;
    return c;
}

void ConsoleSettings::save(QSettings &settings) const
{
    database.save(settings);
    settings.setValue(kLockAfter, lockAfterMinutes);
}

Result<void> ConsoleSettings::check() const
{
    if (lockAfterMinutes < 0 || lockAfterMinutes > 24 * 60)
        return Failure{ConsoleSettingsText::tr("lock after: 0 (never) to 1440 minutes")};
    return database.check();
}

} // namespace rr
