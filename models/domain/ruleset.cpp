#include "ruleset.h"

#include "textnormalizer.h"

namespace rr {

bool ServiceWindow::contains(QTime t) const
{
    if (allDay)
        return true;
    if (from < to)
        return t >= from && t < to;
    // Spans midnight ("22:00-02:00"), or ends at 24:00 (to == 00:00).
    return t >= from || t < to;
}

QString ServiceWindow::text() const
{
    if (allDay)
        return QStringLiteral("00:00-24:00");
    const QString end = to == QTime(0, 0) ? QStringLiteral("24:00") : to.toString(u"HH:mm");
    return from.toString(u"HH:mm") + u'-' + end;
}

const CategoryRule *RuleSet::category(QStringView id) const
{
    const int i = categoryIndex(id);
    return i < 0 ? nullptr : &categories[i];
}

int RuleSet::categoryIndex(QStringView id) const
{
    return m_categoryIndex.value(id.toString(), -1);
}

int RuleSet::disqualifierIndex(QStringView id) const
{
    for (int i = 0; i < disqualifiers.size(); ++i)
        if (disqualifiers[i].id == id)
            return i;
    return -1;
}

int RuleSet::categoryForCode(QStringView code) const
{
    if (code.isEmpty() || m_codes.isEmpty())
        return -1;
    thread_local QString folded; // reused: no allocation per call once warm
    textnorm::foldCode(code, folded);
    const int exact = m_codes.value(folded, -1);
    if (exact >= 0 || folded.isEmpty())
        return exact;
    // A code written with its law's name: "5150 WIC", "602 PC", "23152 VC", "11550 HS".
    const qsizetype space = folded.lastIndexOf(u' ');
    if (space < 0)
        return -1;
    const QStringView law = QStringView(folded).mid(space + 1);
    for (QStringView suffix : {u"pc", u"wic", u"vc", u"hs", u"bp", u"mc", u"ps", u"cc"})
        if (law == suffix) {
            folded.truncate(space); // the buffer is refilled by the next call
            return m_codes.value(folded, -1);
        }
    return -1;
}

void RuleSet::compile()
{
    m_matcher = PhraseMatcher();
    m_codes.clear();
    m_categoryIndex.clear();
    auto addAll = [this](const QStringList &phrases, PhraseRole role, int index) {
        for (const QString &p : phrases)
            m_matcher.add(p, phraseId(role, index));
    };
    for (int i = 0; i < categories.size(); ++i) {
        CategoryRule &c = categories[i];
        c.reasonId = QStringLiteral("category.") + c.id;
        m_categoryIndex.insert(c.id, i);
        addAll(c.phrases, PhraseRole::Category, i);
        addAll(c.clearedBy, PhraseRole::Cleared, i);
        addAll(c.typePhrases, PhraseRole::CategoryType, i);
        for (const QString &code : c.codes) {
            QString folded;
            textnorm::foldCode(code, folded);
            if (!folded.isEmpty())
                m_codes.insert(folded, i);
        }
    }
    for (int i = 0; i < disqualifiers.size(); ++i) {
        DisqualifierRule &d = disqualifiers[i];
        d.absentId = d.id + QStringLiteral(".absent");
        d.screeningId = d.id + QStringLiteral(".screening");
        addAll(d.terms, PhraseRole::Term, i);
        addAll(d.absent, PhraseRole::Absent, i);
        addAll(d.except, PhraseRole::Except, i);
        addAll(d.context, PhraseRole::Context, i);
        addAll(d.escalate, PhraseRole::Escalate, i);
        addAll(d.others, PhraseRole::Others, i);
    }
    addAll(negation.before, PhraseRole::NegBefore, 0);
    addAll(negation.after, PhraseRole::NegAfter, 0);
    addAll(negation.pseudo, PhraseRole::NegPseudo, 0);
    addAll(negation.breaks, PhraseRole::Break, 0);
    addAll(negation.uncertain, PhraseRole::Uncertain, 0);
    addAll(negation.history, PhraseRole::History, 0);
    m_matcher.add(u"|", phraseId(PhraseRole::Break, 0));
    m_matcher.build();
}

} // namespace rr
