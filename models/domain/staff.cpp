#include "staff.h"

#include <QCoreApplication>

namespace rr {

QString toString(StaffRole role)
{
    switch (role) {
    case StaffRole::Dispatcher:
        return QStringLiteral("dispatcher");
    case StaffRole::Supervisor:
        return QStringLiteral("supervisor");
    case StaffRole::Trainer:
        return QStringLiteral("trainer");
    case StaffRole::Trainee:
        return QStringLiteral("trainee");
    case StaffRole::Admin:
        break;
    }
    return QStringLiteral("admin");
}

std::optional<StaffRole> staffRoleFromString(QStringView text)
{
    for (StaffRole r : {StaffRole::Dispatcher, StaffRole::Supervisor, StaffRole::Trainer, StaffRole::Admin,
                        StaffRole::Trainee})
        if (text.compare(toString(r), Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

QString displayName(StaffRole role)
{
    switch (role) {
    case StaffRole::Dispatcher:
        return QCoreApplication::translate("rr::Staff", "Dispatcher");
    case StaffRole::Supervisor:
        return QCoreApplication::translate("rr::Staff", "Supervisor");
    case StaffRole::Trainer:
        return QCoreApplication::translate("rr::Staff", "Trainer");
    case StaffRole::Trainee:
        return QCoreApplication::translate("rr::Staff", "Trainee");
    case StaffRole::Admin:
        break;
    }
    return QCoreApplication::translate("rr::Staff", "Administrator");
}

QString SignedInUser::describe() const
{
    QStringList parts;
    if (!name.isEmpty())
        parts << name;
    if (demo)
        parts << QCoreApplication::translate("rr::Staff", "demo");
    else if (role)
        parts << toString(*role);
    else if (owner)
        parts << QCoreApplication::translate("rr::Staff", "database owner");
    return parts.isEmpty() ? login : QStringLiteral("%1 (%2)").arg(login, parts.join(QStringLiteral(", ")));
}

} // namespace rr
