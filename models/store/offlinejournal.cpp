#include "offlinejournal.h"

#include "core/privatefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace rr {

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// A new or renamed directory entry is durable only once the directory itself is synced.
bool syncDirectory(const QString &dir, QString *error)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        if (error)
            *error = QCoreApplication::translate("OfflineJournal", "cannot sync the directory %1: %2")
                         .arg(dir, systemError());
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    ::close(fd);
    return true;
}

QString text(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toString();
}

std::optional<JournalKind> kindFromString(const QString &s)
{
    if (s == u"decision")
        return JournalKind::Decision;
    if (s == u"unit_status")
        return JournalKind::UnitStatus;
    if (s == u"screening")
        return JournalKind::Screening;
    return std::nullopt;
}

std::optional<JournalResult> resultFromString(const QString &s)
{
    if (s == u"stored")
        return JournalResult::Stored;
    if (s == u"already_decided")
        return JournalResult::AlreadyDecided;
    if (s == u"rejected")
        return JournalResult::Rejected;
    return std::nullopt;
}

QByteArray entryLine(const JournalEntry &e)
{
    const QJsonObject o{{QStringLiteral("seq"), e.seq},
                        {QStringLiteral("kind"), toString(e.kind)},
                        {QStringLiteral("request_id"), e.requestId.toString(QUuid::WithoutBraces)},
                        {QStringLiteral("payload"), e.payload},
                        {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)}};
    QJsonObject line = o;
    if (!e.login.isEmpty())
        line.insert(QStringLiteral("login"), e.login);
    return QJsonDocument(line).toJson(QJsonDocument::Compact);
}

} // namespace

QString toString(JournalKind kind)
{
    switch (kind) {
    case JournalKind::Decision:
        return QStringLiteral("decision");
    case JournalKind::UnitStatus:
        return QStringLiteral("unit_status");
    case JournalKind::Screening:
        break;
    }
    return QStringLiteral("screening");
}

QString toString(JournalResult result)
{
    switch (result) {
    case JournalResult::Stored:
        return QStringLiteral("stored");
    case JournalResult::AlreadyDecided:
        return QStringLiteral("already_decided");
    case JournalResult::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

QJsonObject toJson(const DecisionRequest &r)
{
    return {
        {QStringLiteral("request_id"), r.requestId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("cad_id"), r.cadId},
        {QStringLiteral("accepted"), r.accepted},
        {QStringLiteral("chosen_kind"), r.chosenKind ? QJsonValue(toString(*r.chosenKind)) : QJsonValue()},
        {QStringLiteral("reason_code"), r.reasonCode},
        {QStringLiteral("note"), r.note},
        {QStringLiteral("unit_id"), r.unitId},
        {QStringLiteral("unserved_reason"), r.unservedReason},
        {QStringLiteral("dispatcher"), r.dispatcher},
        {QStringLiteral("workstation"), r.workstation},
        {QStringLiteral("expected_suggestion_id"),
         r.expectedSuggestionId ? QJsonValue(*r.expectedSuggestionId) : QJsonValue()},
        {QStringLiteral("expected_screening_id"),
         r.expectedScreeningId.isNull() ? QJsonValue()
                                        : QJsonValue(r.expectedScreeningId.toString(QUuid::WithoutBraces))}};
}

std::optional<DecisionRequest> decisionFromJson(const QJsonObject &o)
{
    DecisionRequest r;
    r.requestId = QUuid::fromString(text(o, "request_id"));
    r.cadId = text(o, "cad_id");
    const QJsonValue accepted = o.value(QLatin1String("accepted"));
    if (r.requestId.isNull() || r.cadId.isEmpty() || !accepted.isBool())
        return std::nullopt;
    r.accepted = accepted.toBool();
    const QJsonValue kind = o.value(QLatin1String("chosen_kind"));
    if (kind.isString()) {
        r.chosenKind = responseKindFromString(kind.toString());
        if (!r.chosenKind)
            return std::nullopt;
    } else if (!kind.isNull() && !kind.isUndefined()) {
        return std::nullopt;
    }
    r.reasonCode = text(o, "reason_code");
    r.note = text(o, "note");
    r.unitId = text(o, "unit_id");
    r.unservedReason = text(o, "unserved_reason");
    r.dispatcher = text(o, "dispatcher");
    r.workstation = text(o, "workstation");
    const QJsonValue expected = o.value(QLatin1String("expected_suggestion_id"));
    if (expected.isDouble())
        r.expectedSuggestionId = expected.toInteger();
    r.expectedScreeningId = QUuid::fromString(text(o, "expected_screening_id"));
    return r;
}

QJsonObject toJson(const UnitStatusRequest &r)
{
    QJsonObject o{{QStringLiteral("request_id"), r.requestId.toString(QUuid::WithoutBraces)},
                  {QStringLiteral("unit_id"), r.unitId},
                  {QStringLiteral("status"), r.status},
                  {QStringLiteral("dispatcher"), r.dispatcher},
                  {QStringLiteral("workstation"), r.workstation}};
    if (!r.cadId.isEmpty())
        o.insert(QStringLiteral("call_id"), r.cadId);
    return o;
}

std::optional<UnitStatusRequest> unitStatusFromJson(const QJsonObject &o)
{
    UnitStatusRequest r;
    r.requestId = QUuid::fromString(text(o, "request_id"));
    r.unitId = text(o, "unit_id");
    r.status = text(o, "status");
    if (r.requestId.isNull() || r.unitId.isEmpty() || r.status.isEmpty())
        return std::nullopt;
    r.cadId = text(o, "call_id");
    r.dispatcher = text(o, "dispatcher");
    r.workstation = text(o, "workstation");
    return r;
}

QJsonObject toJson(const ScreeningRequest &r)
{
    QJsonObject answers;
    for (const ScreeningAnswer &a : r.answers)
        answers.insert(screenName(a.question), toString(a.answer));
    return {{QStringLiteral("request_id"), r.requestId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("cad_id"), r.cadId},
            {QStringLiteral("answers"), answers},
            {QStringLiteral("dispatcher"), r.dispatcher},
            {QStringLiteral("workstation"), r.workstation}};
}

std::optional<ScreeningRequest> screeningFromJson(const QJsonObject &o)
{
    ScreeningRequest r;
    r.requestId = QUuid::fromString(text(o, "request_id"));
    r.cadId = text(o, "cad_id");
    const QJsonValue answers = o.value(QLatin1String("answers"));
    if (r.requestId.isNull() || r.cadId.isEmpty() || !answers.isObject())
        return std::nullopt;
    const QJsonObject a = answers.toObject();
    for (auto it = a.begin(); it != a.end(); ++it) {
        const std::optional<Screen> question = screenFromName(it.key());
        const std::optional<Answer> answer = it.value().isString() && !it.value().toString().isEmpty()
                                                 ? answerFromString(it.value().toString())
                                                 : std::nullopt;
        if (!question || !answer)
            return std::nullopt;
        r.answers.append({*question, *answer});
    }
    r.answers = latestPerQuestion(r.answers); // question order
    r.dispatcher = text(o, "dispatcher");
    r.workstation = text(o, "workstation");
    return r;
}

OfflineJournal::OfflineJournal(QString path) : m_path(std::move(path)) {}

OfflineJournal::~OfflineJournal() = default;

bool OfflineJournal::open(QString *error)
{
    if (isOpen())
        return true;
    const QString dir = QFileInfo(m_path).absolutePath();
    // A directory made here is private (0700); an existing one is the caller's choice (it may be shared).
    if (!QFileInfo::exists(dir)) {
        if (const Result<QString> made = ensurePrivateDirectory(dir); !made) {
            if (error)
                *error = tr("cannot create the journal directory %1: %2").arg(dir, made.error());
            return false;
        }
    }
    // Two consoles appending to one journal would interleave their sequence numbers: one process at a time.
    // A lock left by a killed console names a dead process and is taken over.
    auto lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        if (error)
            *error = tr("the offline journal %1 is in use by another program (pid %2)").arg(m_path).arg(pid);
        return false;
    }
    m_lock = std::move(lock);
    m_warnings.clear();
    m_pending.clear();
    m_done.clear();
    m_nextSeq = 1;
    const bool existed = QFileInfo::exists(m_path);
    bool ok = (!existed || readExisting(error)) && openForAppend(error);
    if (ok && !existed)
        ok = syncDirectory(dir, error);
    if (!ok) {
        m_file.close();
        m_lock.reset();
    }
    return ok;
}

bool OfflineJournal::openForAppend(QString *error)
{
    m_file.setFileName(m_path);
    // Created 0600: decisions and screening answers are for their owner only. Unbuffered: a write that fails
    // (a full disk) leaves nothing in a buffer that a later flush would glue onto the file.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered,
                     QFile::ReadOwner | QFile::WriteOwner)) {
        if (error)
            *error = tr("cannot open the offline journal %1: %2").arg(m_path, m_file.errorString());
        return false;
    }
    // An existing journal with looser permissions (an older version, a copied file) is tightened.
    if (const Result<QString> tightened = ensurePrivateFile(m_path); !tightened) {
        if (error)
            *error = tightened.error();
        m_file.close();
        return false;
    } else if (!tightened->isEmpty()) {
        m_warnings.append(*tightened);
    }
    if (::fsync(m_file.handle()) != 0) {
        if (error)
            *error = tr("cannot sync the offline journal %1: %2").arg(m_path, systemError());
        m_file.close();
        return false;
    }
    return true;
}

bool OfflineJournal::readExisting(QString *error)
{
    QFile in(m_path);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read the offline journal %1: %2").arg(m_path, in.errorString());
        return false;
    }
    const QByteArray all = in.readAll();
    in.close();
    qsizetype pos = 0;
    qsizetype lineNumber = 0;
    qsizetype keep = all.size(); // bytes of the file worth keeping
    while (pos < all.size()) {
        const qsizetype end = all.indexOf('\n', pos);
        ++lineNumber;
        if (end < 0) {
            // Each entry is written with its newline in one write: a line without one was cut short by a
            // crash (or is a run of zeros a file system left after a power cut).
            keep = pos;
            m_warnings.append(tr("line %1 of the offline journal was incomplete (the program stopped "
                                 "while writing it) and was ignored")
                                  .arg(lineNumber));
            break;
        }
        const QByteArray line = all.mid(pos, end - pos);
        if (!line.trimmed().isEmpty() && !readLine(line, lineNumber))
            m_warnings.append(tr("line %1 of the offline journal is unreadable and was skipped: %2")
                                  .arg(lineNumber)
                                  .arg(QString::fromUtf8(line.left(120))));
        pos = end + 1;
    }
    // Cut the torn tail off, or the next entry would be glued onto it.
    if (keep < all.size() && !QFile::resize(m_path, keep)) {
        if (error)
            *error = tr("cannot repair the offline journal %1").arg(m_path);
        return false;
    }
    return true;
}

bool OfflineJournal::readLine(const QByteArray &line, qsizetype lineNumber)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    if (o.contains(QLatin1String("done"))) {
        const qint64 seq = o.value(QLatin1String("done")).toInteger(-1);
        const std::optional<JournalResult> result = resultFromString(text(o, "result"));
        if (seq <= 0 || !result)
            return false;
        if (!m_pending.remove(seq))
            m_warnings.append(
                tr("line %1 of the offline journal completes an unknown entry %2").arg(lineNumber).arg(seq));
        m_done.insert(seq, *result);
        return true;
    }
    JournalEntry e;
    e.seq = o.value(QLatin1String("seq")).toInteger(-1);
    const std::optional<JournalKind> kind = kindFromString(text(o, "kind"));
    e.requestId = QUuid::fromString(text(o, "request_id"));
    const QJsonValue payload = o.value(QLatin1String("payload"));
    e.at = QDateTime::fromString(text(o, "at"), Qt::ISODateWithMs);
    e.login = text(o, "login");
    if (e.seq <= 0 || !kind || !payload.isObject())
        return false;
    e.kind = *kind;
    e.payload = payload.toObject();
    if (m_pending.contains(e.seq) || m_done.contains(e.seq)) {
        m_warnings.append(
            tr("line %1 of the offline journal repeats entry %2 and was skipped").arg(lineNumber).arg(e.seq));
        return true;
    }
    m_pending.insert(e.seq, e);
    m_nextSeq = qMax(m_nextSeq, e.seq + 1);
    return true;
}

bool OfflineJournal::writeLine(const QByteArray &line, QString *error)
{
    if (!isOpen()) {
        if (error)
            *error = tr("the offline journal is not open");
        return false;
    }
    const qint64 before = m_file.size();
    const QByteArray data = line + '\n';
    errno = 0;
    if (m_file.write(data) != data.size() || ::fsync(m_file.handle()) != 0) {
        const QString why = errno != 0 ? systemError() : m_file.errorString();
        if (error)
            *error = tr("cannot write the offline journal %1: %2").arg(m_path, why);
        m_file.resize(before); // no half line for the next entry to be glued onto
        m_file.unsetError();
        return false;
    }
    return true;
}

std::optional<qint64> OfflineJournal::append(JournalKind kind, const QUuid &requestId,
                                             const QJsonObject &payload, QString *error)
{
    JournalEntry e{m_nextSeq, kind, requestId, payload, QDateTime::currentDateTimeUtc(), m_login};
    if (!writeLine(entryLine(e), error))
        return std::nullopt;
    m_pending.insert(e.seq, e);
    ++m_nextSeq;
    return e.seq;
}

std::optional<qint64> OfflineJournal::append(const DecisionRequest &request, QString *error)
{
    return append(JournalKind::Decision, request.requestId, toJson(request), error);
}

std::optional<qint64> OfflineJournal::append(const UnitStatusRequest &request, QString *error)
{
    return append(JournalKind::UnitStatus, request.requestId, toJson(request), error);
}

std::optional<qint64> OfflineJournal::append(const ScreeningRequest &request, QString *error)
{
    return append(JournalKind::Screening, request.requestId, toJson(request), error);
}

bool OfflineJournal::markDone(qint64 seq, JournalResult result, const QString &message, QString *error)
{
    if (!m_pending.contains(seq)) {
        if (error)
            *error = tr("the offline journal has no pending entry %1").arg(seq);
        return false;
    }
    const QJsonObject o{{QStringLiteral("done"), seq},
                        {QStringLiteral("result"), toString(result)},
                        {QStringLiteral("message"), message}};
    if (!writeLine(QJsonDocument(o).toJson(QJsonDocument::Compact), error))
        return false;
    m_pending.remove(seq);
    m_done.insert(seq, result);
    // Every decision passes through the journal (written ahead): with nothing pending, a long one is emptied
    // so that it does not grow through a shift. A crash in between leaves it whole, every entry done.
    if (m_pending.isEmpty() && m_file.size() > kEmptyWhenDoneAbove) {
        if (!m_file.resize(0) || ::fsync(m_file.handle()) != 0)
            m_warnings.append(
                tr("the offline journal %1 could not be emptied: %2").arg(m_path, systemError()));
        else
            m_done.clear();
    }
    return true;
}

QList<JournalEntry> OfflineJournal::pending() const
{
    return m_pending.values();
}

std::optional<JournalResult> OfflineJournal::result(qint64 seq) const
{
    auto it = m_done.find(seq);
    return it == m_done.end() ? std::nullopt : std::optional<JournalResult>(*it);
}

bool OfflineJournal::compact(QString *error)
{
    if (!isOpen()) {
        if (error)
            *error = tr("the offline journal is not open");
        return false;
    }
    QSaveFile out(m_path); // written beside, synced and renamed over the journal: all or nothing
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("cannot rewrite the offline journal %1: %2").arg(m_path, out.errorString());
        return false;
    }
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    for (const JournalEntry &e : m_pending)
        out.write(entryLine(e) + '\n');
    if (!out.commit()) {
        if (error)
            *error = tr("cannot rewrite the offline journal %1: %2").arg(m_path, out.errorString());
        return false;
    }
    m_file.close(); // it still refers to the replaced file
    m_done.clear();
    return syncDirectory(QFileInfo(m_path).absolutePath(), error) && openForAppend(error);
}

JournalReplayer::JournalReplayer(OfflineJournal &journal, CallStore &calls, UnitStatusHook unitStatus,
                                 ScreeningHook screening)
    : m_journal(journal), m_calls(calls), m_unitStatus(std::move(unitStatus)),
      m_screening(std::move(screening))
{
    if (!m_unitStatus) {
        m_unitStatus = [](const UnitStatusRequest &) {
            return ReplayResult{ReplayResult::Status::Deferred,
                                tr("replaying unit status changes is not supported yet")};
        };
    }
}

ReplayReport JournalReplayer::replay()
{
    ReplayReport report;
    bool deferUnitStatuses = false; // once one is deferred, later ones wait too: their order matters
    for (const JournalEntry &entry : m_journal.pending()) {
        if (!m_login.isEmpty() && !entry.login.isEmpty() && entry.login != m_login) {
            // Replayed under this login, the database would stamp another operator's decision with it.
            ++report.waitingForLogin[entry.login];
            continue;
        }
        bool go = true;
        switch (entry.kind) {
        case JournalKind::Decision:
            go = replayDecision(entry, report);
            break;
        case JournalKind::UnitStatus:
            go = replayUnitStatus(entry, report, deferUnitStatuses);
            break;
        case JournalKind::Screening:
            go = replayScreening(entry, report);
            break;
        }
        if (!go)
            break;
    }
    report.remaining = int(m_journal.pending().size());
    return report;
}

bool JournalReplayer::finish(const JournalEntry &entry, JournalResult result, const QString &message,
                             ReplayReport &report)
{
    QString error;
    if (m_journal.markDone(entry.seq, result, message, &error))
        return true;
    report.interrupted = true; // the journal itself failed: stop, the entry stays pending
    report.error = error;
    return false;
}

bool JournalReplayer::replayDecision(const JournalEntry &entry, ReplayReport &report)
{
    auto done = [&](JournalResult result, const QString &message) {
        return finish(entry, result, message, report);
    };
    const std::optional<DecisionRequest> request = decisionFromJson(entry.payload);
    if (!request) {
        const QString message = tr("journal entry %1 is not a readable decision").arg(entry.seq);
        report.warnings.append(message);
        return done(JournalResult::Rejected, message);
    }
    const DecideOutcome outcome = m_calls.decide(*request);
    switch (outcome.status) {
    case DecideOutcome::Status::Stored:
        ++report.stored;
        return done(JournalResult::Stored, outcome.message);
    case DecideOutcome::Status::AlreadyDecided:
        report.conflicts.append({*request, outcome.decision, JournalResult::AlreadyDecided, outcome.message});
        return done(JournalResult::AlreadyDecided, outcome.message);
    case DecideOutcome::Status::UnknownCall:
    case DecideOutcome::Status::Invalid:
        report.conflicts.append({*request, {}, JournalResult::Rejected, outcome.message});
        return done(JournalResult::Rejected, outcome.message);
    case DecideOutcome::Status::Failed:
        break;
    }
    report.interrupted = true;
    report.error = outcome.message;
    return false;
}

bool JournalReplayer::replayUnitStatus(const JournalEntry &entry, ReplayReport &report, bool &deferRest)
{
    auto done = [&](JournalResult result, const QString &message) {
        return finish(entry, result, message, report);
    };
    const std::optional<UnitStatusRequest> request = unitStatusFromJson(entry.payload);
    if (!request) {
        const QString message = tr("journal entry %1 is not a readable unit status change").arg(entry.seq);
        report.warnings.append(message);
        return done(JournalResult::Rejected, message);
    }
    if (deferRest) {
        report.warnings.append(tr("unit %1 status %2 kept for later").arg(request->unitId, request->status));
        return true;
    }
    const ReplayResult result = m_unitStatus(*request);
    switch (result.status) {
    case ReplayResult::Status::Stored:
        ++report.stored;
        return done(JournalResult::Stored, result.message);
    case ReplayResult::Status::Rejected:
        report.rejectedUnitStatuses.append({*request, result.message});
        return done(JournalResult::Rejected, result.message);
    case ReplayResult::Status::Deferred:
        deferRest = true;
        report.warnings.append(
            tr("unit %1 status %2 kept for later: %3").arg(request->unitId, request->status, result.message));
        return true;
    case ReplayResult::Status::Failed:
        break;
    }
    report.interrupted = true;
    report.error = result.message;
    return false;
}

} // namespace rr

namespace rr {

bool JournalReplayer::replayScreening(const JournalEntry &entry, ReplayReport &report)
{
    const std::optional<ScreeningRequest> request = screeningFromJson(entry.payload);
    if (!request) {
        const QString message = tr("journal entry %1 is not readable screening answers").arg(entry.seq);
        report.warnings.append(message);
        return finish(entry, JournalResult::Rejected, message, report);
    }
    if (!m_screening) {
        report.warnings.append(tr("screening answers for call %1 kept for later: replaying them is not "
                                  "supported here")
                                   .arg(request->cadId));
        return true;
    }
    const ScreenOutcome outcome = m_screening(*request);
    switch (outcome.status) {
    case ScreenOutcome::Status::Stored:
        ++report.stored;
        return finish(entry, JournalResult::Stored, outcome.message, report);
    case ScreenOutcome::Status::UnknownCall:
    case ScreenOutcome::Status::Invalid:
        report.rejectedScreenings.append({*request, outcome.message});
        return finish(entry, JournalResult::Rejected, outcome.message, report);
    case ScreenOutcome::Status::Failed:
        break;
    }
    report.interrupted = true;
    report.error = outcome.message;
    return false;
}

} // namespace rr
