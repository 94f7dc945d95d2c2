#include "commandsupport.h"

#include "command.h"
#include "domain/rulesetloader.h"

#include <QFileDevice>
#include <QIODevice>

namespace rr {

void say(QIODevice &err, const QString &message)
{
    err.write(message.toUtf8());
    err.write("\n");
}

void sayNow(QIODevice &out, const QString &message)
{
    say(out, message);
    if (auto *file = qobject_cast<QFileDevice *>(&out))
        file->flush();
}

int unusable(QIODevice &err, const QString &message)
{
    say(err, QStringLiteral("rightresponse-cli: %1").arg(message));
    return exitcode::Usage;
}

Result<std::shared_ptr<const RuleSet>> loadRules(const QString &rulesFile)
{
    return rulesFile.isEmpty() ? RuleSetLoader::loadBuiltIn() : RuleSetLoader::loadFile(rulesFile);
}

Result<std::unique_ptr<TriageEngine>> loadEngine(const QString &rulesFile)
{
    Result<std::shared_ptr<const RuleSet>> rules = loadRules(rulesFile);
    if (!rules)
        return rules.failure();
    return std::make_unique<TriageEngine>(std::move(rules).value());
}

Result<void> ExportInput::open(const QString &path, const QStringList &maps, QIODevice &stdinDevice)
{
    Result<ColumnMapping> mapping = ColumnMapping::fromArguments(maps);
    if (!mapping)
        return std::move(mapping).prefixed(QStringLiteral("--map: ")).failure();
    QIODevice *input = &stdinDevice;
    m_origin = QStringLiteral("<stdin>");
    if (path != u"-") {
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::ReadOnly))
            return Failure{Command::tr("cannot read %1: %2").arg(path, m_file.errorString())};
        input = &m_file;
        m_origin = path;
    }
    m_reader.emplace(input, std::move(mapping).value());
    return m_reader->open().prefixed(m_origin + QStringLiteral(": "));
}

void BadRowReporter::report(const QString &whereAndWhy)
{
    if (m_reported++ < MaxMessages)
        say(m_err, QStringLiteral("%1: %2").arg(m_origin, whereAndWhy));
}

void BadRowReporter::finish()
{
    if (m_reported > MaxMessages)
        say(m_err,
            Command::tr("%1: %2 more rejected rows not listed").arg(m_origin).arg(m_reported - MaxMessages));
}

ProgressLine::ProgressLine(QIODevice &err) : m_err(err)
{
    m_clock.start();
}

void ProgressLine::update(qint64 rows)
{
    const qint64 ms = m_clock.elapsed();
    if (ms - m_lastReport < 1000)
        return;
    m_lastReport = ms;
    say(m_err, Command::tr("imported %1 rows (%2 rows/s)").arg(rows).arg(rows * 1000 / qMax<qint64>(1, ms)));
}

} // namespace rr
