#pragma once

#include "core/result.h"
#include "domain/triageengine.h"
#include "io/callrowreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QString>

#include <memory>
#include <optional>

class QIODevice;

namespace rr {

// What the subcommands that read CAD exports share: messages, the rule set, the input file and the
// reporting of bad rows. Main thread of the command-line program.

// Writes one line for the user.
void say(QIODevice &err, const QString &message);
// Writes one line and flushes it at once: a pipe is fully buffered, and whoever waits for the line must get
// it.
void sayNow(QIODevice &out, const QString &message);

// Says "rightresponse-cli: MESSAGE" and returns exit status 2: `return unusable(io.err, r.error());`.
int unusable(QIODevice &err, const QString &message);

// The rule set of --rules FILE, or the built-in one for an empty path.
Result<std::shared_ptr<const RuleSet>> loadRules(const QString &rulesFile);
Result<std::unique_ptr<TriageEngine>> loadEngine(const QString &rulesFile);

// The input of a command that reads a CAD export: a file, or standard input for "-".
class ExportInput
{
public:
    // Opens the file and reads the header with the --map arguments (a failure is exit status 2).
    Result<void> open(const QString &path, const QStringList &maps, QIODevice &stdinDevice);
    CallRowReader &reader() { return *m_reader; }
    // "<stdin>" or the file's path, for messages.
    QString origin() const { return m_origin; }

private:
    QFile m_file;
    QString m_origin;
    std::optional<CallRowReader> m_reader;
};

// Reports rejected rows on standard error, "FILE: line 12: why", all of them up to a limit so that a file of
// nothing but bad rows does not flood the terminal.
class BadRowReporter
{
public:
    BadRowReporter(QIODevice &err, QString origin) : m_err(err), m_origin(std::move(origin)) {}
    void report(const RowError &error) { report(error.toString()); }
    // "data row 12: why" for a row refused after it was read, whose line is not known.
    void report(const QString &whereAndWhy);
    // "N more rejected rows not listed" when the limit was reached.
    void finish();

private:
    static constexpr qint64 MaxMessages = 1000;
    QIODevice &m_err;
    QString m_origin;
    qint64 m_reported = 0;
};

// "imported 250000 rows (41000 rows/s)" on standard error about once a second.
class ProgressLine
{
public:
    explicit ProgressLine(QIODevice &err);
    void update(qint64 rows);

private:
    QIODevice &m_err;
    QElapsedTimer m_clock;
    qint64 m_lastReport = 0;
};

} // namespace rr
