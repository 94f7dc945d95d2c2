#include "staffcommand.h"

#include "clidatabase.h"
#include "commandsupport.h"
#include "core/privatefiles.h"
#include "io/csvwriter.h"
#include "store/pgconnection.h"
#include "store/staffstore.h"

#include <QFile>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace rr {

namespace {

const PositionalArgument kAction{
    QStringLiteral("ACTION"),
    QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "add ID, list, set-role ID ROLE, disable ID, enable ID or "
                                                   "reset-password ID.")),
    QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "ACTION [ID] [ROLE]"))};
const TextOption kName({QStringLiteral("name"),
                        QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "add: the member of staff's name.")),
                        QStringLiteral("NAME")},
                       TextOption::Trim::Yes);
const TextOption
    kRole({QStringLiteral("role"),
           QStringLiteral(QT_TRANSLATE_NOOP("rr::Option",
                                            "add: dispatcher, supervisor, trainer, trainee or admin.")),
           QStringLiteral("ROLE")},
          TextOption::Trim::Yes);
const TextOption kPasswordFile(
    {QStringLiteral("password-file"),
     QStringLiteral(QT_TRANSLATE_NOOP("rr::Option",
                                      "add, reset-password: read the password from the first line of "
                                      "FILE instead of asking for it.")),
     QStringLiteral("FILE")});

const QList<std::pair<QString, StaffCommand::Action>> kActions = {
    {QStringLiteral("add"), StaffCommand::Action::Add},
    {QStringLiteral("list"), StaffCommand::Action::List},
    {QStringLiteral("set-role"), StaffCommand::Action::SetRole},
    {QStringLiteral("disable"), StaffCommand::Action::Disable},
    {QStringLiteral("enable"), StaffCommand::Action::Enable},
    {QStringLiteral("reset-password"), StaffCommand::Action::ResetPassword}};

Result<StaffRole> roleFrom(const QString &text)
{
    const std::optional<StaffRole> role = staffRoleFromString(text);
    if (!role)
        return Failure{
            StaffCommand::tr("unknown role '%1' (use dispatcher, supervisor, trainer, trainee or admin)")
                .arg(text)};
    return *role;
}

// The first line of FILE, without its line ending.
Result<QString> passwordFromFile(const QString &path)
{
    Result<QByteArray> read = readSecretFile(path, StaffCommand::tr("the password file"), 4096);
    if (!read)
        return read.failure();
    QByteArray line = read.value();
    if (const qsizetype end = line.indexOf('\n'); end >= 0)
        line.truncate(end + 1); // the first line
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    const QString password = QString::fromUtf8(line);
    line.fill('\0');
    if (password.isEmpty())
        return Failure{StaffCommand::tr("the password file %1 is empty").arg(path)};
    return password;
}

// Asks on the terminal with echo off; a line of input. Not from standard input: a password never comes
// from a pipe by accident.
Result<QString> askTerminal(int tty, const char *prompt)
{
    termios saved{};
    const bool isTerminal = ::tcgetattr(tty, &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(tty, TCSAFLUSH, &quiet);
    }
    (void)!::write(tty, prompt, qstrlen(prompt));
    QByteArray line;
    char c = 0;
    while (::read(tty, &c, 1) == 1 && c != '\n')
        line.append(c);
    if (isTerminal)
        ::tcsetattr(tty, TCSAFLUSH, &saved);
    (void)!::write(tty, "\n", 1);
    if (line.endsWith('\r'))
        line.chop(1);
    const QString password = QString::fromUtf8(line);
    line.fill('\0');
    return password;
}

Result<QString> askPassword(const QString &id)
{
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0)
        return Failure{StaffCommand::tr("no terminal to ask for the password: give --password-file FILE")};
    const QByteArray first = StaffCommand::tr("Password for %1: ").arg(id).toUtf8();
    const Result<QString> password = askTerminal(tty, first.constData());
    const Result<QString> again = askTerminal(tty, "Again: ");
    ::close(tty);
    if (!password || !again)
        return !password ? password.failure() : again.failure();
    if (*password != *again)
        return Failure{StaffCommand::tr("the two passwords differ; nothing was changed")};
    return *password;
}

QString activeText(bool active)
{
    return active ? QStringLiteral("yes") : StaffCommand::tr("no (disabled)");
}

} // namespace

StaffCommand::StaffCommand()
    : Command(
          QStringLiteral("staff"),
          StaffCommand::tr("Staff logins: add, list, set-role, disable, enable, reset-password"),
          StaffCommand::tr(
              "Manages the centre's staff. A member of staff is a database login in the group role of\n"
              "their role, with a SCRAM-SHA-256 password; the console signs them in with it, and the\n"
              "database stamps what they do with their ID.\n"
              "  staff add ID --name NAME --role dispatcher|supervisor|trainer|trainee|admin\n"
              "            [--password-file FILE]\n"
              "  staff list [--format text|csv|jsonl]\n"
              "  staff set-role ID ROLE\n"
              "  staff disable ID        (may not sign in any more; their history stays)\n"
              "  staff enable ID\n"
              "  staff reset-password ID [--password-file FILE]\n"
              "The password is asked twice on the terminal without echo, or read from the first line of\n"
              "--password-file; never from the command line. It is hashed here: the server never sees it.\n"
              "Only the database owner or an administrator (a member of rr_admin) may change staff; the\n"
              "database refuses anyone else, and logs every change."))
{}

void StaffCommand::declare(QCommandLineParser &parser) const
{
    add(parser, kName);
    add(parser, kRole);
    add(parser, kPasswordFile);
    add(parser, option::reportFormat);
    DatabaseOptions::addTo(parser);
    add(parser, kAction);
}

Result<void> StaffCommand::checkRaw(const QStringList &args) const
{
    for (const QString &a : args) {
        if (a == u"--password" || a.startsWith(u"--password="))
            return Failure{
                StaffCommand::tr("a password is never accepted on the command line (other users can "
                                 "read it in the process list): you are asked for it, or use "
                                 "--password-file FILE")};
    }
    return {};
}

Result<void> StaffCommand::read(const QCommandLineParser &parser)
{
    const QStringList pos = parser.positionalArguments();
    if (pos.isEmpty())
        return Failure{StaffCommand::tr("staff needs an action: add, list, set-role, disable, enable or "
                                        "reset-password")};
    Options o;
    const auto found =
        std::find_if(kActions.begin(), kActions.end(), [&](const auto &a) { return a.first == pos.first(); });
    if (found == kActions.end())
        return Failure{
            StaffCommand::tr("unknown staff action '%1' (use add, list, set-role, disable, enable or "
                             "reset-password)")
                .arg(pos.first())};
    o.action = found->second;
    const qsizetype wanted = o.action == Action::List ? 1 : o.action == Action::SetRole ? 3 : 2;
    if (pos.size() != wanted)
        return Failure{o.action == Action::List ? StaffCommand::tr("staff list takes no ID")
                       : o.action == Action::SetRole
                           ? StaffCommand::tr("staff set-role needs an ID and a ROLE")
                           : StaffCommand::tr("staff %1 needs one ID").arg(pos.first())};
    if (wanted > 1)
        o.id = pos.at(1).trimmed();
    if (o.action == Action::SetRole) {
        const Result<StaffRole> role = roleFrom(pos.at(2).trimmed());
        if (!role)
            return role.failure();
        o.role = *role;
    }
    o.name = kName.value(parser);
    o.passwordFile = kPasswordFile.value(parser);
    if (o.action == Action::Add) {
        if (o.name.isEmpty())
            return Failure{StaffCommand::tr("staff add needs --name NAME")};
        if (!kRole.isSet(parser))
            return Failure{StaffCommand::tr("staff add needs --role dispatcher|supervisor|trainer|admin")};
        const Result<StaffRole> role = roleFrom(kRole.value(parser));
        if (!role)
            return role.failure();
        o.role = *role;
    } else if (kName.isSet(parser) || kRole.isSet(parser)) {
        return Failure{
            StaffCommand::tr("--name and --role go with staff add (staff set-role ID ROLE changes a "
                             "role)")};
    }
    if (kPasswordFile.isSet(parser) && o.action != Action::Add && o.action != Action::ResetPassword)
        return Failure{StaffCommand::tr("--password-file goes with staff add and staff reset-password")};
    const Result<OutputFormat> format = option::reportFormat.value(parser);
    if (!format)
        return format.failure();
    o.format = *format;
    const Result<DatabaseOptions> database = DatabaseOptions::read(parser);
    if (!database)
        return database.failure();
    o.database = *database;
    m_options = std::move(o);
    return {};
}

int StaffCommand::run(CommandIo &io)
{
    const Options &o = m_options;
    Result<QString> password = QString();
    if (o.action == Action::Add || o.action == Action::ResetPassword) {
        // Asked before connecting: a typo in the password costs no connection, and no prompt waits on a lock.
        password = o.passwordFile.isEmpty() ? askPassword(o.id) : passwordFromFile(o.passwordFile);
        if (!password)
            return unusable(io.err, password.error());
    }
    CliDatabase database(o.database);
    const Result<std::unique_ptr<PgConnection>> opened = database.open();
    if (!opened)
        return unusable(io.err, opened.error());
    StaffStore staff(**opened);
    Result<void> done;
    QString message;
    switch (o.action) {
    case Action::List:
        return list(staff, io);
    case Action::Add:
        done = staff.add(o.id, o.name, *o.role, *password);
        message = StaffCommand::tr("added %1 (%2) as %3").arg(o.id, o.name, toString(*o.role));
        break;
    case Action::SetRole:
        done = staff.setRole(o.id, *o.role);
        message = StaffCommand::tr("%1 is now %2").arg(o.id, toString(*o.role));
        break;
    case Action::Disable:
        done = staff.setActive(o.id, false);
        message = StaffCommand::tr("%1 is disabled: they may not sign in").arg(o.id);
        break;
    case Action::Enable:
        done = staff.setActive(o.id, true);
        message = StaffCommand::tr("%1 is enabled: they may sign in").arg(o.id);
        break;
    case Action::ResetPassword:
        done = staff.resetPassword(o.id, *password);
        message = StaffCommand::tr("the password of %1 is reset").arg(o.id);
        break;
    }
    if (!done)
        return unusable(io.err, done.error());
    say(io.out, message);
    return exitcode::Ok;
}

int StaffCommand::list(StaffStore &staff, CommandIo &io) const
{
    const Result<QList<StaffMember>> members = staff.list();
    if (!members)
        return unusable(io.err, members.error());
    const auto when = [](const QDateTime &t) {
        return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    switch (m_options.format) {
    case OutputFormat::Text:
        for (const StaffMember &m : *members)
            say(io.out,
                StaffCommand::tr("%1  %2  %3  active: %4  added %5")
                    .arg(m.id.leftJustified(12), m.name.leftJustified(24), toString(m.role).leftJustified(10),
                         activeText(m.active), when(m.createdAt)));
        break;
    case OutputFormat::Csv: {
        CsvWriter csv(&io.out);
        csv.row({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("role"),
                 QStringLiteral("active"), QStringLiteral("added_at"), QStringLiteral("changed_at")});
        for (const StaffMember &m : *members)
            csv.row({m.id, m.name, toString(m.role),
                     m.active ? QStringLiteral("true") : QStringLiteral("false"),
                     m.createdAt.toString(Qt::ISODate), m.updatedAt.toString(Qt::ISODate)});
        break;
    }
    case OutputFormat::Jsonl:
        for (const StaffMember &m : *members) {
            const QJsonObject o{{QStringLiteral("id"), m.id},
                                {QStringLiteral("name"), m.name},
                                {QStringLiteral("role"), toString(m.role)},
                                {QStringLiteral("active"), m.active},
                                {QStringLiteral("added_at"), m.createdAt.toString(Qt::ISODate)},
                                {QStringLiteral("changed_at"), m.updatedAt.toString(Qt::ISODate)}};
            io.out.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        }
        break;
    }
    return exitcode::Ok;
}

} // namespace rr
