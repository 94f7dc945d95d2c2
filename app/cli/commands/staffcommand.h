#pragma once

#include <QCoreApplication>

#include "command.h"
#include "domain/staff.h"

#include <optional>

namespace rr {

// `staff`: the centre's staff: add a member of staff (a database login in their group role), list them,
// change their role, disable and enable them, reset their password. Passwords come from a prompt without
// echo or from --password-file, never from the command line. The database decides who may do it (the owner,
// or a member of rr_admin) and logs every change.
class StaffCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rr::StaffCommand)

public:
    enum class Action
    {
        Add,
        List,
        SetRole,
        Disable,
        Enable,
        ResetPassword
    };
    struct Options
    {
        Action action = Action::List;
        QString id;
        QString name;                             // add
        std::optional<StaffRole> role;            // add, set-role
        QString passwordFile;                     // add, reset-password; empty: ask on the terminal
        OutputFormat format = OutputFormat::Text; // list
        DatabaseOptions database;
    };

    StaffCommand();
    const Options &options() const { return m_options; }
    int run(CommandIo &io) override;

protected:
    void declare(QCommandLineParser &parser) const override;
    Result<void> read(const QCommandLineParser &parser) override;
    Result<void> checkRaw(const QStringList &args) const override;

private:
    int list(class StaffStore &staff, CommandIo &io) const;

    Options m_options;
};

} // namespace rr
