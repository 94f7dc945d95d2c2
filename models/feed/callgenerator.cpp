#include "callgenerator.h"

#include "scenariocatalog.h"

namespace rr {

namespace {

// Rates of the tricky features, in one place.
constexpr double UnknownTypeRate = 0.04;
constexpr double CodeRate = 0.6;          // a wording that has a code comes with it
constexpr double TypoRate = 0.12;         // a misspelt word in the call-taker's own sentence
constexpr double DisqualifierRate = 0.12; // of calls that look like unarmed-team calls
constexpr double EligibleNegationRate = 0.45;
constexpr double OtherNegationRate = 0.2;
constexpr double DetailRate = 0.3;
constexpr double ScreeningRate = 0.4;
constexpr double AnswerRate = 0.75;        // of the six questions, on a screened call
constexpr double ContradictionRate = 0.06; // of screened calls
constexpr double MissingCoordinatesRate = 0.03;
constexpr qsizetype FragmentRoom = 200; // add no further sentence past this length
constexpr qsizetype MinLength = 45;     // shorter narratives get a detail sentence

constexpr int LatMin = 35900000; // micro-degrees
constexpr int LatSpan = 180000;
constexpr int LonMin = -79000000;
constexpr int LonSpan = 200000;

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

void asciiUpper(QString &s)
{
    for (QChar &c : s) {
        if (c >= u'a' && c <= u'z')
            c = QChar(c.unicode() - 32);
    }
}

void asciiLower(QString &s)
{
    for (QChar &c : s) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + 32);
    }
}

// "WELFARE CHECK" -> "Welfare Check"
QString titleCase(const QString &s)
{
    QString out = s;
    bool start = true;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (isAsciiLetter(u)) {
            if (start && u >= u'a')
                c = QChar(u - 32);
            else if (!start && u <= u'Z')
                c = QChar(u + 32);
            start = false;
        } else {
            start = true;
        }
    }
    return out;
}

void setAnswer(std::array<Answer, ScreenCount> &truth, unsigned yes, unsigned no)
{
    for (int s = 0; s < ScreenCount; ++s) {
        if (yes & (1u << s))
            truth[std::size_t(s)] = Answer::Yes;
        else if ((no & (1u << s)) && truth[std::size_t(s)] != Answer::Yes)
            truth[std::size_t(s)] = Answer::No;
    }
}

} // namespace

CallGenerator::CallGenerator(GeneratorOptions options)
    : m_catalog(ScenarioCatalog::instance()), m_random(options.seed),
      m_arrivals(options.start, options.callsPerDay), m_idPrefix(options.idPrefix)
{
    m_buffer.reserve(512);
    for (int block = 1; block <= 49; ++block)
        m_blocks.push_back(QString::number(block * 100) + QStringLiteral(" BLOCK OF "));
    for (int district = 1; district <= 5; ++district) {
        for (int sector = 1; sector <= 3; ++sector) {
            for (int beat = 1; beat <= 5; ++beat)
                m_beats.push_back(QString::number(district * 100 + sector * 10 + beat));
        }
    }
}

Call CallGenerator::next()
{
    Call call;
    call.receivedAt = m_arrivals.next(m_random);
    const Scenario &scenario = m_catalog.pick(m_random);
    m_lastScenario = scenario.id;

    Truth truth{};
    bool disqualified = false;
    buildNarrative(scenario, truth, disqualified);
    call.narrative = QString(m_buffer.constData(), m_buffer.size()); // exact size, not the scratch capacity
    fillType(call, scenario);
    call.priority = priorityFor(scenario, disqualified);
    fillLocation(call);
    fillScreening(call, truth);
    call.id = nextId(call.receivedAt.date().year());
    return call;
}

void CallGenerator::buildNarrative(const Scenario &scenario, Truth &truth, bool &disqualified)
{
    m_buffer.clear();
    const NarrativeTemplate &main = scenario.narratives[m_random.below(quint32(scenario.narratives.size()))];
    main.appendTo(m_buffer, m_random);
    setAnswer(truth, main.yesMask(), main.noMask());
    if (m_buffer[0] >= u'a' && m_buffer[0] <= u'z') // "{m} sleeping ..." -> "A man sleeping ..."
        m_buffer[0] = QChar(m_buffer[0].unicode() - 32);
    if (m_random.chance(TypoRate))
        addTypo(0, m_buffer.size()); // only in the main sentence: fragments keep the words that matter intact

    const NarrativeTemplate *disqualifier = nullptr;
    if (scenario.eligible && m_random.chance(DisqualifierRate)) {
        const QChar letter = scenario.disqualifiers[m_random.below(quint32(scenario.disqualifiers.size()))];
        disqualifier = &m_catalog.disqualifier(NarrativeTemplate::screenForLetter(letter), m_random);
        setAnswer(truth, disqualifier->yesMask(), 0);
        disqualified = true;
    }
    const NarrativeTemplate *negation = nullptr;
    const double negationRate = scenario.eligible ? EligibleNegationRate : OtherNegationRate;
    if (!scenario.negations.isEmpty() && m_random.chance(negationRate)) {
        const QChar letter = scenario.negations[m_random.below(quint32(scenario.negations.size()))];
        const int screen = NarrativeTemplate::screenForLetter(letter);
        if (truth[std::size_t(screen)] != Answer::Yes) {
            negation = &m_catalog.negation(screen, m_random);
            setAnswer(truth, 0, negation->noMask());
        }
    }
    const NarrativeTemplate *first = negation;
    const NarrativeTemplate *second = disqualifier;
    if (first && second && m_random.chance(0.5))
        std::swap(first, second);
    for (const NarrativeTemplate *fragment : {first, second}) {
        if (fragment && m_buffer.size() < FragmentRoom) {
            m_buffer.append(u' ');
            fragment->appendTo(m_buffer, m_random);
        }
    }
    if ((m_random.chance(DetailRate) && m_buffer.size() < FragmentRoom) || m_buffer.size() < MinLength) {
        m_buffer.append(u' ');
        m_catalog.detail(m_random).appendTo(m_buffer, m_random);
    }

    const quint32 style = m_random.below(100);
    if (style < 30)
        asciiUpper(m_buffer); // many CAD systems keep narratives in capitals
    else if (style < 38)
        asciiLower(m_buffer);
}

// Misspells one word of at least five letters in [from, to): two letters swapped, one dropped or one doubled.
void CallGenerator::addTypo(qsizetype from, qsizetype to)
{
    if (to - from < 5)
        return;
    qsizetype pos = from + qsizetype(m_random.below(quint32(to - from)));
    for (int attempt = 0; attempt < 4; ++attempt) {
        while (pos < to && !isAsciiLetter(m_buffer[pos].unicode()))
            ++pos;
        qsizetype end = pos;
        while (end < to && isAsciiLetter(m_buffer[end].unicode()))
            ++end;
        while (pos > from && isAsciiLetter(m_buffer[pos - 1].unicode()))
            --pos;
        if (end - pos >= 5) {
            const qsizetype at = pos + 1 + qsizetype(m_random.below(quint32(end - pos - 3)));
            switch (m_random.below(3)) {
            case 0: {
                const QChar c = m_buffer[at];
                m_buffer[at] = m_buffer[at + 1];
                m_buffer[at + 1] = c;
                break;
            }
            case 1:
                m_buffer.remove(at, 1);
                break;
            default:
                m_buffer.insert(at, m_buffer[at]);
                break;
            }
            return;
        }
        pos = end < to ? end : from; // try the next word, wrapping round once
    }
}

void CallGenerator::fillType(Call &call, const Scenario &scenario)
{
    if (m_random.chance(UnknownTypeRate)) {
        const CallTypeVariant &unknown = m_catalog.unknownType(m_random);
        call.callType = unknown.type;
        call.callCode = unknown.code;
        return;
    }
    const CallTypeVariant &variant = m_catalog.pickType(scenario, m_random);
    call.callType = variant.type;
    if (!variant.code.isEmpty() && m_random.chance(CodeRate))
        call.callCode = variant.code;
    const quint32 style = m_random.below(100);
    if (style < 7)
        call.callType = titleCase(call.callType);
    else if (style < 10)
        asciiLower(call.callType);
}

int CallGenerator::priorityFor(const Scenario &scenario, bool disqualified)
{
    int priority = scenario.priority;
    const quint32 jitter = m_random.below(10);
    if (jitter == 0)
        --priority;
    else if (jitter <= 2)
        ++priority;
    if (disqualified && priority > 2)
        priority = 2;
    return priority < 1 ? 1 : (priority > 4 ? 4 : priority);
}

void CallGenerator::fillLocation(Call &call)
{
    const int dy = int(m_random.below(LatSpan + 1));
    const int dx = int(m_random.below(LonSpan + 1));
    const std::vector<QString> &streets = m_catalog.streets();
    const QString &street = streets[m_random.below(quint32(streets.size()))];
    if (m_random.below(100) < 6) {
        const QString &cross = streets[m_random.below(quint32(streets.size()))];
        call.address.reserve(street.size() + 3 + cross.size());
        call.address.append(street).append(u" & ").append(cross);
    } else {
        const QString &block = m_blocks[m_random.below(quint32(m_blocks.size()))];
        call.address.reserve(block.size() + street.size());
        call.address.append(block).append(street);
    }
    if (!m_random.chance(MissingCoordinatesRate)) {
        // Integer micro-degrees divided once: exactly the same double everywhere.
        call.latitude = double(LatMin + dy) / 1e6;
        call.longitude = double(LonMin + dx) / 1e6;
    }
    const int district = dx * 5 / (LonSpan + 1);    // 0..4
    const int sector = dy * 3 / (LatSpan + 1);      // 0..2
    const int beat = (dx * 25 / (LonSpan + 1)) % 5; // 0..4
    call.beat = m_beats[std::size_t((district * 3 + sector) * 5 + beat)];
}

void CallGenerator::fillScreening(Call &call, const Truth &truth)
{
    if (!m_random.chance(ScreeningRate))
        return;
    std::array<int, ScreenCount> answered{};
    int count = 0;
    for (int s = 0; s < ScreenCount; ++s) {
        if (!m_random.chance(AnswerRate))
            continue;
        Answer answer = truth[std::size_t(s)];
        if (answer == Answer::Unknown)
            answer = m_random.below(10) < 9 ? Answer::No : Answer::Unknown; // not mentioned: usually "no"
        if (answer == Answer::Unknown)
            continue;
        call.screening.answers[std::size_t(s)] = answer;
        answered[std::size_t(count++)] = s;
    }
    if (count > 0 && m_random.chance(ContradictionRate)) {
        Answer &flipped = call.screening.answers[std::size_t(answered[m_random.below(quint32(count))])];
        flipped = flipped == Answer::Yes ? Answer::No : Answer::Yes;
    }
}

QString CallGenerator::nextId(int year)
{
    if (!m_idPrefix.isEmpty()) {
        m_yearPrefix = m_idPrefix; // one sequence for the whole run
    } else if (year != m_year || m_yearPrefix.isEmpty()) {
        m_year = year;
        m_yearPrefix = QString::number(year) + u'-';
        m_sequence = 0;
    }
    ++m_sequence;
    char16_t digits[12];
    int n = 0;
    for (int value = m_sequence; value > 0 || n < 6; value /= 10)
        digits[n++] = char16_t(u'0' + value % 10);
    QString id;
    id.reserve(m_yearPrefix.size() + n);
    id.append(m_yearPrefix);
    while (n > 0)
        id.append(QChar(digits[--n]));
    return id;
}

} // namespace rr
