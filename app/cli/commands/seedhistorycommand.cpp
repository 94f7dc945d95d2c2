#include "seedhistorycommand.h"

#include "clidatabase.h"
#include "commandsupport.h"
#include "report/historyseeder.h"
#include "store/pgconnection.h"

namespace rr {

namespace {

const TypedOption<int>
    kDays({QStringLiteral("days"),
           QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "Days of history, ending now (required).")),
           QStringLiteral("N")},
          &convert::positiveInt);
const TypedOption<double>
    kPerDay({QStringLiteral("calls-per-day"),
             QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "Average calls a day (default 350).")),
             QStringLiteral("X"), QStringLiteral("350")},
            &convert::positiveReal);

} // namespace

SeedHistoryCommand::SeedHistoryCommand()
    : Command(
          QStringLiteral("seed-history"),
          SeedHistoryCommand::tr("Fill the database with days of realistic decided calls"),
          SeedHistoryCommand::tr(
              "Fills the database with N days of generated calls, triaged, decided by twelve dispatchers\n"
              "(overrides around 10-15% with their reasons, some dispatchers overriding more), dispatched\n"
              "to the units of the roster and closed with an outcome (police backup after ~1% of unarmed\n"
              "dispatches). The same --seed gives the same history; seeding it twice adds nothing. The\n"
              "database needs a roster of units (the console's demo loads one)."))
{}

void SeedHistoryCommand::declare(QCommandLineParser &parser) const
{
    add(parser, kDays);
    add(parser, option::seed);
    add(parser, kPerDay);
    add(parser, option::rules);
    DatabaseOptions::addTo(parser);
}

Result<void> SeedHistoryCommand::read(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return Failure{SeedHistoryCommand::tr("seed-history takes no arguments")};
    if (!kDays.isSet(parser))
        return Failure{SeedHistoryCommand::tr("seed-history needs --days N")};
    const auto days = kDays.value(parser);
    if (!days)
        return days.failure();
    if (*days > 3660)
        return Failure{SeedHistoryCommand::tr("--days must be at most 3660, got %1").arg(*days)};
    const auto seed = option::seed.value(parser);
    if (!seed)
        return seed.failure();
    const auto perDay = kPerDay.value(parser);
    if (!perDay)
        return perDay.failure();
    const auto database = DatabaseOptions::read(parser);
    if (!database)
        return database.failure();
    m_options = {*days, *seed, *perDay, option::rules.value(parser), *database};
    return {};
}

int SeedHistoryCommand::run(CommandIo &io)
{
    const auto rules = loadRules(m_options.rules);
    if (!rules)
        return unusable(io.err, rules.error());
    CliDatabase database(m_options.database);
    const auto opened = database.open();
    if (!opened)
        return unusable(io.err, opened.error());
    HistoryOptions o;
    o.days = m_options.days;
    o.seed = m_options.seed;
    o.callsPerDay = m_options.callsPerDay;
    o.rules = *rules;
    HistorySeeder seeder(**opened);
    const auto stats = seeder.seed(o, [&io](qint64 done, qint64 expected) {
        sayNow(io.err,
               SeedHistoryCommand::tr("rightresponse-cli: %1 of about %2 calls").arg(done).arg(expected));
    });
    if (!stats)
        return unusable(io.err, stats.error());
    sayNow(
        io.out,
        SeedHistoryCommand::tr("%1 calls of %2 days stored (%3 overrides, %4 police backup requests)%5%6")
            .arg(stats->calls)
            .arg(o.days)
            .arg(stats->overrides)
            .arg(stats->backups)
            .arg(stats->skipped ? SeedHistoryCommand::tr("; %1 already there").arg(stats->skipped)
                                : QString(),
                 stats->bulk ? QString() : SeedHistoryCommand::tr("; logged row by row (not a superuser)")));
    return exitcode::Ok;
}

} // namespace rr
