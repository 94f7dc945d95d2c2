#include "deidentifier.h"

#include "deidentifierwords.h"
#include "domain/ruleset.h"
#include "domain/wordforms.h"

#include <QRegularExpression>

#include <cctype>
#include <cmath>
#include <functional>
#include <vector>

namespace rr {

namespace {

using namespace deidwords;

constexpr auto kCase = QRegularExpression::CaseInsensitiveOption;

QString str(const char16_t *text)
{
    return QString::fromUtf16(text);
}

// Replaces every match of `re` in `text` by what `replace` makes of it; a match for which it returns a null
// QString is left as it is, and the search goes on from the character after the match's start, so that a
// rejected match never hides one that starts inside it.
QString replaceEach(const QString &text, const QRegularExpression &re,
                    const std::function<QString(const QRegularExpressionMatch &)> &replace)
{
    QString out;
    qsizetype copied = 0;
    qsizetype from = 0;
    while (from <= text.size()) {
        const QRegularExpressionMatch m = re.match(text, from);
        if (!m.hasMatch())
            break;
        const QString replacement = replace(m);
        if (replacement.isNull() || m.capturedLength() == 0) {
            from = m.capturedStart() + 1;
            continue;
        }
        out += QStringView(text).mid(copied, m.capturedStart() - copied);
        out += replacement;
        copied = from = m.capturedEnd();
    }
    out += QStringView(text).mid(copied);
    return out;
}

// "BLOCK OF" in the case of the text around it.
QString blockOf(QStringView context)
{
    for (QChar c : context)
        if (c.isLower())
            return QStringLiteral("block of");
    return QStringLiteral("BLOCK OF");
}

QString blockNumber(QStringView houseNumber)
{
    return QString::number(houseNumber.toLongLong() / 100 * 100);
}

// A calendar date with its year, in the forms CAD text uses: 01/02/1980, 1-2-80, 1980-01-02, Jan 2, 1980,
// 2 January 1980.
const QString kDatePattern = QStringLiteral(
    R"((?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|(?:19|20)\d{2}-\d{1,2}-\d{1,2})"
    R"(|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
    R"(|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}))");

const QString kStreetSuffixPattern = QStringLiteral(
    "st|street|ave|av|avenue|rd|road|dr|drive|ln|lane|blvd|boulevard|ct|court|cir|circle|pl|way|hwy|highway|"
    "pkwy|parkway|pky|ter|terrace|trl|trail|sq|loop|pike|expy|fwy|freeway|plz|aly|xing|tpke|cres|cv");

// What de-identification replaces by pattern, in order: e-mail first (it contains digits and dots), then
// social security numbers, dates of birth and other dates, phone numbers, VINs and plates.
struct Patterns
{
    QRegularExpression email{QStringLiteral(R"([A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,})"), kCase};
    QRegularExpression ssn{QStringLiteral(R"((?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-]))")};
    QRegularExpression birth{
        QStringLiteral(R"(\b(dob|d\.o\.b\.?|date of birth|birth ?date|bday|born(?: on)?))"
                       R"(\s*[:#-]?\s*(%1|\d{8})(?![\w/-]))")
            .arg(kDatePattern),
        kCase};
    QRegularExpression date{QStringLiteral(R"((?<![\w/.-])(%1)(?![\w/-]))").arg(kDatePattern), kCase};
    QRegularExpression phone{
        QStringLiteral(R"((?<![\w-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s*|\d{3}[\s.-])\d{3})"
                       R"([\s.-]\d{4}(?![\w-])|(?<![\w-])(?:\+?1)?[2-9]\d{9}(?![\w-]))"
                       R"(|(?<![\w.-])[2-9]\d{2}-\d{4}(?![\w-])(?!\s*(?:hrs?|hours)\b))"),
        kCase};
    QRegularExpression vin{QStringLiteral(R"(\b(vin)\b[\s:#]*[A-HJ-NPR-Z0-9]{17}\b)"), kCase};
    QRegularExpression plateCue{
        QStringLiteral(R"(\b(?:license plate|licence plate|plates?|tags?|licen[sc]e|lic|lp|registration|reg))"
                       R"(\b[.:#\s-]*(?:(?:number|num|no)\b[.:#\s-]*)?(?:([A-Z]{2})[\s/-]+)?)"
                       R"(([A-Z0-9]{1,4}[\s-][A-Z0-9]{1,4}|[A-Z0-9]{4,8})\b)"),
        kCase};
    QRegularExpression bareplate{QStringLiteral(R"(\b([A-Z]{3})-?(\d{4})\b)")};
    QRegularExpression streetAddress{
        QStringLiteral(
            R"((?<![\w#/.,-])(\d{1,6}+)(?:-?[A-Z]\b)?(?:\s+1/2)?\s+(?!block\b|blk\b))"
            R"(((?:(?:[NSEW]|NE|NW|SE|SW|north|south|east|west)\.?\s+)?(?:[A-Za-z0-9'.-]+\s+){0,4}?))"
            R"((%1)\b\.?)")
            .arg(kStreetSuffixPattern),
        kCase};
    QRegularExpression apartment{
        QStringLiteral(R"(\b(apt|apartment)(?![a-z])\.?\s*#?\s*(\d+[A-Z]?|[A-Z]\d*|\d+-\d+)(?![\w-]))"),
        kCase};
    // Address fields.
    QRegularExpression houseNumber{
        QStringLiteral(R"(^(\s*)(\d{1,6}+)(?!(?:st|nd|rd|th)\b)(?:-?[A-Z0-9]{1,4}\b)?(?:\s+1/2)?\s+)"),
        kCase};
    QRegularExpression blockWord{QStringLiteral(R"(^(\s*)(\d{1,6})\s+(block|blk)\b)"), kCase};
    QRegularExpression unitDesignator{
        QStringLiteral(
            R"([,\s]*\b(?:apt|apartment|unit|ste|suite|rm|room|lot|trlr|bldg)\b\.?\s*#?\s*[A-Z0-9-]+\b)"
            R"(|[,\s]*#\s*[A-Z0-9-]+\b)"),
        kCase};
    QRegularExpression intersection{QStringLiteral(R"(\s*(?:(?<!\d)/|/(?!\d)|&|@|\band\b)\s*)"), kCase};
};

const Patterns &patterns()
{
    static const Patterns p;
    return p;
}

bool validDate(const QRegularExpressionMatch &m, int group)
{
    // 10-50 codes and 24-100231 event numbers have no year; a numeric date must also have a month and a day
    // in range in either order (US or day-first).
    static const QRegularExpression numeric(QStringLiteral(R"(^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$)"));
    const QRegularExpressionMatch n = numeric.match(m.captured(group));
    if (!n.hasMatch())
        return true;
    const int a = n.captured(1).toInt();
    const int b = n.captured(2).toInt();
    return a >= 1 && b >= 1 && ((a <= 12 && b <= 31) || (b <= 12 && a <= 31));
}

bool hasDigitAndLetter(QStringView s)
{
    bool digit = false;
    bool letter = false;
    for (QChar c : s) {
        digit = digit || c.isDigit();
        letter = letter || c.isLetter();
    }
    return digit && letter;
}

const QSet<QString> &stateCodes()
{
    static const QSet<QString> codes = [] {
        QSet<QString> s;
        for (const QString &c :
             QStringLiteral("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI "
                            "MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT "
                            "VA WA WV WI WY PR")
                 .split(u' '))
            s.insert(c);
        return s;
    }();
    return codes;
}

QString plate(const QRegularExpressionMatch &m)
{
    const QString state = m.captured(1);
    const QString token = m.captured(2);
    if (!state.isEmpty() && !stateCodes().contains(state.toUpper()))
        return {};
    QString compact = token;
    compact.remove(QRegularExpression(QStringLiteral(R"([\s-])")));
    if (compact.size() < 4 || compact.size() > 8 || !hasDigitAndLetter(compact))
        return {};
    // "tag 2 mos": with a space inside, the part after it must hold a digit as plates do.
    if (token.contains(u' ') && !token.section(u' ', -1).contains(QRegularExpression(QStringLiteral("\\d"))))
        return {};
    return m.captured(0).left(m.capturedStart(2) - m.capturedStart(0)) + str(Deidentifier::kPlate);
}

QString streetAddress(const QRegularExpressionMatch &m, const QString &subject)
{
    // The words between the number and the street type must read as a street name: "3 subjects on Main
    // St" is a count, "45 yo male on Main St" an age.
    const QStringList words =
        m.captured(2).split(QRegularExpression(QStringLiteral(R"(\s+)")), Qt::SkipEmptyParts);
    const QString suffix = m.captured(3).toLower();
    // "5900 HWY 55" is a house on a highway; "NC 55 HWY" and "US 70" are the highway's own number.
    static const QRegularExpression routeBefore(
        QStringLiteral(R"(\b(?:nc|us|sr|i|state|route|rte|rt|hwy|highway)\s*$)"), kCase);
    static const QRegularExpression routeNumberAfter(QStringLiteral(R"(^\s+\d)"));
    if (routeBefore.match(QStringView(subject).left(m.capturedStart(1))).hasMatch())
        return {};
    if (words.isEmpty() && ((suffix != u"hwy" && suffix != u"highway") ||
                            !routeNumberAfter.match(QStringView(subject).mid(m.capturedEnd())).hasMatch()))
        return {};
    static const QRegularExpression ordinal(QStringLiteral(R"(^\d+(st|nd|rd|th)$)"), kCase);
    for (const QString &w : words) {
        QString lower = w.toLower();
        lower.remove(u'.');
        if (directions().contains(lower))
            continue;
        if (stopWords().contains(lower) || (commonWords().contains(lower) && !placeWords().contains(lower)))
            return {};
        if (w.front().isDigit() && !ordinal.match(w).hasMatch())
            return {};
    }
    const QString rest = m.captured(0).mid(m.capturedStart(2) - m.capturedStart(0));
    return blockNumber(m.captured(1)) + u' ' + blockOf(m.captured(0)) + u' ' + rest;
}

// ---- Names ----------------------------------------------------------------------------------------------

struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString base;  // the word without a possessive 's
    QString lower; // base, lower-cased
    bool possessive = false;
    bool placeholder = false; // [NAME], [PHONE]...
    bool alpha = false;       // letters, with ' or - inside
    bool title = false;       // Capitalised: "Maria", "McDonald", "O'Brien"
    bool ruleWord = false;    // the rule set knows it
    bool street = false;      // part of a street name
    bool place = false;       // part of a place or business name
    bool name = false;
    bool joinComma = false; // "Last, First": the comma after this token joins the two
};

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019);
}

std::vector<Token> tokenize(const QString &text)
{
    std::vector<Token> tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (text.at(i) == u'[') {
            const qsizetype close = text.indexOf(u']', i);
            if (close > i && close - i <= 12) {
                Token t;
                t.start = i;
                t.end = close + 1;
                t.placeholder = true;
                tokens.push_back(t);
                i = close + 1;
                continue;
            }
        }
        if (!text.at(i).isLetterOrNumber()) {
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        while (i < n && (text.at(i).isLetterOrNumber() ||
                         ((isApostrophe(text.at(i)) || text.at(i) == u'-') && i + 1 < n &&
                          text.at(i + 1).isLetterOrNumber() && text.at(i - 1).isLetterOrNumber())))
            ++i;
        t.end = i;
        t.base = text.mid(t.start, t.end - t.start);
        if (t.base.size() > 2 && isApostrophe(t.base.at(t.base.size() - 2)) &&
            t.base.back().toLower() == u's') {
            t.possessive = true;
            t.base.chop(2);
        }
        t.lower = t.base.toLower();
        t.alpha = !t.base.isEmpty() && t.base.front().isLetter() && t.base.back().isLetter();
        for (QChar c : std::as_const(t.base))
            if (!c.isLetter() && !isApostrophe(c) && c != u'-')
                t.alpha = false;
        bool lowerSeen = false;
        for (qsizetype k = 1; k < t.base.size(); ++k)
            lowerSeen = lowerSeen || t.base.at(k).isLower();
        t.title = t.alpha && t.base.front().isUpper() && lowerSeen;
        tokens.push_back(t);
    }
    return tokens;
}

// Finds the people's names in one text, by the cues of a CAD narrative (docs/training.md): titles, "named"
// and "name is", person and relation words before a name, "Last, First", known given names, Capitalised
// pairs that are no dictionary, street or place words, and "X's".
class NameReader
{
public:
    NameReader(const QString &text, const std::function<bool(const QString &)> &ruleWord)
        : m_text(text), m_tokens(tokenize(text))
    {
        qsizetype letters = 0;
        qsizetype lower = 0;
        for (QChar c : text) {
            letters += c.isLetter();
            lower += c.isLower();
        }
        // Under a fifth lower-case: a CAD system's capitals. Or nearly every word Capitalised, as call types
        // are ("Trespass in Boarded Dwell"): capitals say nothing about names there either.
        int words = 0;
        int upperInitial = 0;
        for (Token &t : m_tokens) {
            if (!t.placeholder && t.alpha)
                t.ruleWord = ruleWord(t.base);
            if (t.alpha && t.base.size() >= 2) {
                ++words;
                upperInitial += t.base.front().isUpper();
            }
        }
        m_caps = lower * 5 < letters || (words >= 3 && upperInitial * 5 >= words * 4);
    }

    QString result()
    {
        markStreets();
        markPlaces();
        for (qsizetype i = 0; i < size(); ++i) {
            honorific(i);
            naming(i);
            person(i);
            lastFirst(i);
            givenName(i);
            possessive(i);
        }
        if (!m_caps)
            capitalisedPairs();
        return rewrite();
    }

private:
    qsizetype size() const { return qsizetype(m_tokens.size()); }
    Token &at(qsizetype i) { return m_tokens[std::size_t(i)]; }
    bool valid(qsizetype i) const { return i >= 0 && i < size(); }
    // The text between token i and the next.
    QStringView gapAfter(qsizetype i) const
    {
        const Token &t = m_tokens[std::size_t(i)];
        const qsizetype end = i + 1 < size() ? m_tokens[std::size_t(i + 1)].start : m_text.size();
        return QStringView(m_text).mid(t.end, end - t.end);
    }
    bool spaceAfter(qsizetype i) const { return valid(i + 1) && gapAfter(i).trimmed().isEmpty(); }
    // Only spaces, a period of an initial or an abbreviation, a colon or a comma: still one phrase.
    bool softGapAfter(qsizetype i) const
    {
        if (!valid(i + 1))
            return false;
        const QString g = gapAfter(i).trimmed().toString();
        return g.isEmpty() || g == u"." || g == u":" || g == u"," || g == u"-" || g == u".:";
    }

    bool stop(const Token &t) const
    {
        return stopWords().contains(t.lower) || titles().contains(t.lower) ||
               personCues().contains(t.lower) || namingCues().contains(t.lower);
    }
    // A word of the dictionary, surnames that are words included: no evidence of a name on its own.
    bool common(const Token &t) const
    {
        return commonWords().contains(t.lower) || surnameWords().contains(t.lower) ||
               descriptiveSurnames().contains(t.lower);
    }
    // Could be a surname after a cue: not an everyday word ("RP SMITH", not "subj white male").
    bool surnameAfterCue(const Token &t) const
    {
        return candidate(t) && shaped(t) && !commonWords().contains(t.lower) &&
               !descriptiveSurnames().contains(t.lower) && !placeWords().contains(t.lower);
    }
    bool given(const Token &t) const
    {
        return givenNames().contains(t.lower) && !ambiguousGivenNames().contains(t.lower);
    }
    bool ambiguousGiven(const Token &t) const { return ambiguousGivenNames().contains(t.lower); }
    // Could be (part of) a name at all: letters, not a word triage or the lists know as something else.
    bool candidate(const Token &t) const
    {
        return t.alpha && !t.placeholder && !t.ruleWord && !t.street && !t.place && t.base.size() >= 2 &&
               !stop(t) && !nameSuffixes().contains(t.lower) && !directions().contains(t.lower);
    }
    // Written as a name is in this text: Capitalised in ordinary text, anything in capitals.
    bool shaped(const Token &t) const { return m_caps || t.title; }
    // A name by its own evidence: no dictionary word.
    bool unknownWord(const Token &t) const
    {
        return candidate(t) && shaped(t) && !common(t) && !placeWords().contains(t.lower);
    }
    // Shaped like a surname whatever the dictionary says: "O'Brien", "D'Angelo", "McKoy", "MacLeod".
    static bool surnameShaped(const Token &t)
    {
        static const QRegularExpression shape(QStringLiteral("^(?:[OD]['\u2019][A-Z]|Ma?c[A-Z])[a-z]"));
        return t.alpha && shape.match(t.base).hasMatch();
    }
    bool initialAt(qsizetype i) const
    {
        const Token &t = m_tokens[std::size_t(i)];
        return t.alpha && t.base.size() == 1 && t.base.front().isUpper() && valid(i + 1) &&
               gapAfter(i).trimmed() == u".";
    }

    void markStreets();
    void markPlaces();
    void honorific(qsizetype i);
    void naming(qsizetype i);
    void person(qsizetype i);
    void lastFirst(qsizetype i);
    void givenName(qsizetype i);
    void possessive(qsizetype i);
    void capitalisedPairs();
    // Marks token i a name and the surname, initials and suffix that follow it.
    void markFrom(qsizetype i);
    bool isStreetDr(qsizetype i) const;
    QString rewrite() const;

    const QString &m_text;
    std::vector<Token> m_tokens;
    bool m_caps = false;
};

bool NameReader::isStreetDr(qsizetype i) const
{
    // "Riverside Dr" is a street; "Dr Jones" and "called Dr. Jones" a doctor.
    if (i == 0 || !spaceAfter(i - 1))
        return false;
    const Token &before = m_tokens[std::size_t(i - 1)];
    // A placeholder ("APT [#] ST") has no text: neither a word nor a house number.
    return (before.alpha || (!before.lower.isEmpty() && before.lower.back().isDigit())) && !stop(before);
}

void NameReader::markStreets()
{
    for (qsizetype i = 1; i < size(); ++i) {
        const Token &suffix = at(i);
        if (!streetSuffixes().contains(suffix.lower) || suffix.placeholder)
            continue;
        if ((suffix.lower == u"dr" || suffix.lower == u"st") && !isStreetDr(i))
            continue;
        qsizetype k = i - 1;
        int count = 0;
        while (k >= 0 && count < 4 && softGapAfter(k) && gapAfter(k).trimmed() != u"," &&
               !at(k).placeholder &&
               (!stop(at(k)) || directions().contains(at(k).lower) || nameSuffixes().contains(at(k).lower)) &&
               !at(k).possessive) {
            at(k).street = true;
            --k;
            ++count;
        }
        if (count > 0)
            at(i).street = true;
    }
}

void NameReader::markPlaces()
{
    // Vehicles: "Dodge Charger", "silver Honda Civic", "Altima".
    for (qsizetype i = 0; i < size(); ++i) {
        if (vehicleModels().contains(at(i).lower))
            at(i).place = true;
        if (!vehicleMakes().contains(at(i).lower))
            continue;
        at(i).place = true;
        for (qsizetype k = i + 1; k < size() && k <= i + 2 && spaceAfter(k - 1) && !stop(at(k)); ++k)
            at(k).place = true;
    }
    for (qsizetype i = 0; i < size(); ++i) {
        if (!placeWords().contains(at(i).lower))
            continue;
        at(i).place = true;
        for (qsizetype k = i - 1, count = 0; k >= 0 && count < 3 && spaceAfter(k); --k, ++count) {
            if (!at(k).alpha || stop(at(k)) || !shaped(at(k)))
                break;
            at(k).place = true;
        }
    }
}

void NameReader::markFrom(qsizetype i)
{
    at(i).name = true;
    if (at(i).possessive)
        return;
    for (qsizetype k = i + 1, extra = 0; valid(k) && extra < 3; ++k, ++extra) {
        // Only spaces between the parts of a name, or the period of an initial ("J. Smith").
        const QStringView gap = gapAfter(k - 1).trimmed();
        if (!gap.isEmpty() && !(gap == u"." && initialAt(k - 1)))
            break;
        Token &t = at(k);
        const bool suffix = nameSuffixes().contains(t.lower);
        const bool initial = initialAt(k);
        // A surname: Capitalised in ordinary text ("John White"); in capitals no everyday word but a
        // surname that is one ("JOHN WHITE", not "JOHN FRONT DOOR").
        const bool surname = candidate(t) && !placeWords().contains(t.lower) &&
                             (m_caps ? !commonWords().contains(t.lower) : t.title);
        // A listed surname right after a name is a name even when the rules know the word by its stem
        // ("JANE DOE": "doe" is the stem of "does").
        const bool listedSurname =
            t.ruleWord && surnameWords().contains(t.lower) && shaped(t) && !stop(t) && !t.possessive;
        if (!(suffix || initial || surname || listedSurname))
            break;
        t.name = true;
        if (t.possessive)
            break;
    }
}

void NameReader::honorific(qsizetype i)
{
    const Token &t = at(i);
    if (!titles().contains(t.lower) || t.possessive || !softGapAfter(i))
        return;
    if (t.lower == u"dr" && isStreetDr(i))
        return;
    const qsizetype next = i + 1;
    const Token &n = at(next);
    // After a title anything but an everyday word is a name, whatever its case ("Mrs. jones", "Mr White",
    // not "dr office").
    if ((candidate(n) && !commonWords().contains(n.lower)) || initialAt(next))
        markFrom(next);
}

void NameReader::naming(qsizetype i)
{
    const Token &t = at(i);
    qsizetype next = -1;
    if (namingCues().contains(t.lower) && !t.possessive) {
        next = i + 1;
    } else if (t.lower == u"name" || t.lower == u"names") {
        const QString gap = valid(i + 1) ? gapAfter(i).trimmed().toString() : QString();
        if (t.possessive || gap == u":" || gap == u"-")
            next = i + 1;
        else if (valid(i + 1) && spaceAfter(i) &&
                 (at(i + 1).lower == u"is" || at(i + 1).lower == u"was" || at(i + 1).lower == u"are" ||
                  at(i + 1).lower == u"of"))
            next = i + 2;
    } else if ((t.lower == u"identified" || t.lower == u"known" || t.lower == u"ided" ||
                t.lower == u"id'd") &&
               valid(i + 1) && at(i + 1).lower == u"as") {
        next = i + 2;
    } else if (t.lower == u"goes" && valid(i + 1) && at(i + 1).lower == u"by") {
        next = i + 2;
    }
    if (!valid(next) || !softGapAfter(next - 1))
        return;
    // "named" vouches for what follows, in any case: "a male named tony".
    if (candidate(at(next)) && (!common(at(next)) || shaped(at(next))))
        markFrom(next);
}

void NameReader::person(qsizetype i)
{
    const Token &t = at(i);
    if (!personCues().contains(t.lower) || t.possessive || !valid(i + 1))
        return;
    // "subj: Maria", and the period of an abbreviation ("Sgt. O'Brien"), not of a sentence ("his daughter.
    // Isolating in her room").
    static const QSet<QString> abbreviations = {
        QStringLiteral("sgt"),  QStringLiteral("ofc"),  QStringLiteral("ofcr"), QStringLiteral("det"),
        QStringLiteral("lt"),   QStringLiteral("capt"), QStringLiteral("cpl"),  QStringLiteral("dep"),
        QStringLiteral("tpr"),  QStringLiteral("mgr"),  QStringLiteral("comp"), QStringLiteral("compl"),
        QStringLiteral("subj"), QStringLiteral("susp"), QStringLiteral("vict"), QStringLiteral("vic"),
        QStringLiteral("juv"),  QStringLiteral("pt"),   QStringLiteral("wit")};
    const QString gap = gapAfter(i).trimmed().toString();
    if (!gap.isEmpty() && gap != u"," && gap != u":" && gap != u"-" &&
        !(gap == u"." && abbreviations.contains(t.lower)))
        return;
    qsizetype next = i + 1;
    // "caller is John Smith", "suspect was Mike"
    if ((at(next).lower == u"is" || at(next).lower == u"was") && valid(next + 1) && spaceAfter(next))
        next = next + 1;
    const Token &n = at(next);
    // In capitals, only a known name after "RP:" or "SUBJECT -" ("MENTAL SUBJECT - TDO / ECO" is no name),
    // and a word of three letters, or one that reads as a verb, only when it is a known name ("RP LEE", not
    // "SUSP PKG", "SUBJ HAING CHEST PAIN"). After the period of an abbreviation, a known name, a surname's
    // shape or a pair ("Sgt. O'Brien", not "the subj. Ongoing issue").
    const bool verbLike = n.lower.endsWith(u"ing") || n.lower.endsWith(u"ed");
    const bool strict = m_caps && (!gap.isEmpty() || n.base.size() <= 3 || verbLike);
    const bool knownName = given(n) || surnameWords().contains(n.lower);
    if (gap == u"." && !knownName && !surnameShaped(n) &&
        !(valid(next + 1) && spaceAfter(next) && surnameAfterCue(at(next + 1))))
        return;
    if ((surnameAfterCue(n) && (!strict || knownName)) || (given(n) && shaped(n) && candidate(n)) ||
        (!m_caps && n.title && ambiguousGiven(n) && candidate(n)) ||
        (ambiguousGiven(n) && shaped(n) && candidate(n) && valid(next + 1) && spaceAfter(next) &&
         unknownWord(at(next + 1))))
        markFrom(next);
}

void NameReader::lastFirst(qsizetype i)
{
    if (!valid(i + 1) || gapAfter(i).trimmed() != u",")
        return;
    const Token &last = at(i);
    const Token &first = at(i + 1);
    if (!candidate(last) || !shaped(last) || commonWords().contains(last.lower) || !candidate(first) ||
        !shaped(first) || !given(first))
        return;
    at(i).name = true;
    at(i).joinComma = true;
    markFrom(i + 1);
}

void NameReader::givenName(qsizetype i)
{
    const Token &t = at(i);
    if (!candidate(t) || !shaped(t))
        return;
    if (given(t)) {
        markFrom(i);
    } else if (ambiguousGiven(t) && valid(i + 1) && spaceAfter(i) && unknownWord(at(i + 1)) &&
               !given(at(i + 1))) {
        markFrom(i);
    }
}

void NameReader::possessive(qsizetype i)
{
    const Token &t = at(i);
    if (t.possessive && surnameAfterCue(t) && !ambiguousGiven(t))
        at(i).name = true;
}

void NameReader::capitalisedPairs()
{
    // Two or more Capitalised words in a row, none a word of the dictionary, a street or a place, one at
    // least no surname that is a word either: "Tanisha Boyd", "Lashay Smith". A sentence's first word is
    // Capitalised anyway, so it must pass the same test.
    for (qsizetype i = 0; i + 1 < size(); ++i) {
        qsizetype k = i;
        bool unknown = false;
        while (valid(k) && at(k).title && surnameAfterCue(at(k)) && (k == i || spaceAfter(k - 1))) {
            unknown = unknown || unknownWord(at(k));
            ++k;
        }
        if (k - i >= 2 && unknown)
            for (qsizetype j = i; j < k; ++j)
                at(j).name = true;
        i = std::max(i, k - 1);
    }
}

QString NameReader::rewrite() const
{
    QString out;
    qsizetype copied = 0;
    for (qsizetype i = 0; i < size(); ++i) {
        if (!m_tokens[std::size_t(i)].name)
            continue;
        qsizetype last = i;
        while (valid(last + 1) && m_tokens[std::size_t(last + 1)].name &&
               !m_tokens[std::size_t(last)].possessive &&
               (spaceAfter(last) || m_tokens[std::size_t(last)].joinComma || initialAt(last)))
            ++last;
        const Token &first = m_tokens[std::size_t(i)];
        const Token &end = m_tokens[std::size_t(last)];
        out += QStringView(m_text).mid(copied, first.start - copied);
        out += str(Deidentifier::kName);
        if (end.possessive)
            out += QStringView(m_text).mid(end.end - 2, 2);
        copied = end.end;
        i = last;
    }
    out += QStringView(m_text).mid(copied);
    return out;
}

} // namespace

Deidentifier::Deidentifier(std::shared_ptr<const RuleSet> rules) : m_rules(std::move(rules)) {}

bool Deidentifier::isRuleWord(const QString &word) const
{
    if (!m_rules)
        return false;
    // The matcher reads folded words: ASCII letters lower-cased, digits; anything else breaks words.
    std::string folded;
    std::vector<int> tokens;
    const auto known = [&] {
        if (folded.size() < 2)
            return false;
        m_rules->matcher().tokensOf(folded, wordforms::normalForm(folded), PhraseMatcher::Mode::FuzzyLong,
                                    tokens);
        return !tokens.empty();
    };
    for (QChar c : word) {
        const char16_t u = c.unicode();
        if (u < 128 && std::isalnum(int(u))) {
            folded.push_back(char(std::tolower(int(u))));
        } else if (u >= 128) {
            folded.push_back('_');
        } else {
            if (known())
                return true;
            folded.clear();
        }
    }
    return known();
}

QString Deidentifier::patterns(const QString &input) const
{
    const Patterns &p = rr::patterns();
    QString t = input;
    t.replace(p.email, str(kEmail));
    t.replace(p.ssn, str(kSsn));
    t = replaceEach(t, p.birth, [](const QRegularExpressionMatch &m) {
        if (!validDate(m, 2))
            return QString();
        return m.captured(0).left(m.capturedStart(2) - m.capturedStart(0)) + str(kBirthDate);
    });
    t = replaceEach(
        t, p.date, [](const QRegularExpressionMatch &m) { return validDate(m, 1) ? str(kDate) : QString(); });
    t.replace(p.phone, str(kPhone));
    t.replace(p.vin, QStringLiteral("\\1 ") + str(kVin));
    t = replaceEach(t, p.plateCue, &plate);
    t = replaceEach(t, p.bareplate, [](const QRegularExpressionMatch &m) {
        const QString letters = m.captured(1).toLower();
        if (stopWords().contains(letters) || commonWords().contains(letters) ||
            streetSuffixes().contains(letters) || placeWords().contains(letters))
            return QString();
        return str(kPlate);
    });
    t = replaceEach(t, p.streetAddress,
                    [&t](const QRegularExpressionMatch &m) { return streetAddress(m, t); });
    t = replaceEach(t, p.apartment, [](const QRegularExpressionMatch &m) {
        // "apt 3B", "APT C"; not "the apartment a man ran from".
        const QString unit = m.captured(2);
        if (!unit.contains(QRegularExpression(QStringLiteral("\\d"))) && !unit.front().isUpper())
            return QString();
        return m.captured(1) + u' ' + str(kApartment);
    });
    return t;
}

QString Deidentifier::names(const QString &text) const
{
    NameReader reader(text, [this](const QString &w) { return isRuleWord(w); });
    return reader.result();
}

QString Deidentifier::text(const QString &text) const
{
    if (text.isEmpty())
        return text;
    // A replacement changes how the rest reads: with a name gone, "John,Pma Jo" is no longer nearly all
    // Capitalised words (a call type's style, where capitals say nothing), and "Pma Jo" reads as a name. So
    // the passes repeat until nothing more changes, which makes de-identifying idempotent. Each pass only
    // replaces words, so this ends; the bound is a guard.
    QString out = names(patterns(text));
    for (int pass = 0; pass < 8; ++pass) {
        QString again = names(patterns(out));
        if (again == out)
            break;
        out = std::move(again);
    }
    return out;
}

QString Deidentifier::address(const QString &address) const
{
    // As text(): a pass can make a new part ("ROX0043/52" becomes "[PLATE]/52", and "52" a house number on
    // the other side of an intersection), so the passes repeat until nothing more changes.
    QString out = addressOnce(address);
    for (int pass = 0; pass < 8; ++pass) {
        QString again = addressOnce(out);
        if (again == out)
            break;
        out = std::move(again);
    }
    return out;
}

QString Deidentifier::addressOnce(const QString &address) const
{
    if (address.trimmed().isEmpty())
        return address;
    const Patterns &p = rr::patterns();
    // Each street of an intersection on its own ("MAIN ST / 5TH AV" stays as it is).
    QStringList parts;
    QStringList separators;
    qsizetype from = 0;
    for (auto it = p.intersection.globalMatch(address); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        parts << address.mid(from, m.capturedStart() - from);
        separators << m.captured(0);
        from = m.capturedEnd();
    }
    parts << address.mid(from);
    QString out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString part = parts.at(i);
        part.remove(p.unitDesignator);
        if (const QRegularExpressionMatch b = p.blockWord.match(part); b.hasMatch()) {
            part = b.captured(1) + blockNumber(b.captured(2)) + part.mid(b.capturedEnd(2));
        } else if (const QRegularExpressionMatch h = p.houseNumber.match(part); h.hasMatch()) {
            part = h.captured(1) + blockNumber(h.captured(2)) + u' ' + blockOf(part) + u' ' +
                   part.mid(h.capturedEnd());
        }
        out += part;
        if (i < separators.size())
            out += separators.at(i);
    }
    return text(out);
}

std::optional<double> Deidentifier::coarsen(const std::optional<double> &degrees)
{
    if (!degrees)
        return std::nullopt;
    return std::round(*degrees * 1000.0) / 1000.0;
}

Call Deidentifier::call(const Call &c) const
{
    Call out = c;
    out.callType = text(c.callType);
    out.callCode = text(c.callCode);
    out.narrative = text(c.narrative);
    out.address = address(c.address);
    out.beat = text(c.beat);
    out.latitude = coarsen(c.latitude);
    out.longitude = coarsen(c.longitude);
    return out;
}

} // namespace rr
