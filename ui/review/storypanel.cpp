#include "storypanel.h"

#include "items/kindstyle.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace rr {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString kind(ResponseKind k)
{
    return kindSymbol(k) + u' ' + displayName(k);
}

} // namespace

StoryPanel::StoryPanel(QWidget *parent) : QWidget(parent), m_browser(new QTextBrowser(this))
{
    m_browser->setObjectName(QStringLiteral("story"));
    m_browser->setAccessibleName(tr("Call story"));
    m_browser->setAccessibleDescription(
        tr("The call, every suggestion, the decision, unit history, outcome and event log"));
    m_browser->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    showMessage(tr("Open a decision (Enter or a click) to read its call's whole story."));
}

void StoryPanel::showMessage(const QString &text)
{
    m_browser->setPlainText(text);
}

QString StoryPanel::text() const
{
    return m_browser->toPlainText();
}

void StoryPanel::showStory(const CallStory &story)
{
    m_browser->setHtml(html(story));
}

QString StoryPanel::html(const CallStory &s)
{
    const Call &c = s.call.call;
    QString h;
    h += QStringLiteral("<h3>%1 \u2014 %2 %3</h3>").arg(esc(c.id), esc(c.callType), esc(c.callCode));
    h += tr("<p>Received %1 \u00B7 priority %2 \u00B7 %3 \u00B7 beat %4</p>")
             .arg(when(c.receivedAt), c.priority ? QString::number(*c.priority) : QStringLiteral("?"),
                  esc(c.address), esc(c.beat));
    h += QStringLiteral("<p><i>%1</i></p>").arg(esc(c.narrative));
    h += tr("<h4>Suggestions (%1)</h4><ol>").arg(s.suggestions.size());
    for (const SuggestionVersion &v : s.suggestions) {
        h += tr("<li>%1: <b>%2</b>%3, %4, confidence %5<ul>")
                 .arg(when(v.at), kind(v.suggestion.kind), v.suggestion.ems ? tr(" + EMS") : QString(),
                      esc(v.suggestion.category))
                 .arg(v.suggestion.confidence, 0, 'f', 2);
        for (const Reason &r : v.suggestion.reasons)
            h += QStringLiteral("<li>%1</li>").arg(esc(r.text));
        for (const Trigger &t : v.suggestion.triggers)
            h += tr("<li>trigger <b>%1</b>: \u201c%2\u201d</li>").arg(esc(t.ruleId), esc(t.text));
        h += QStringLiteral("</ul></li>");
    }
    h += QStringLiteral("</ol>");
    if (!s.answers.isEmpty()) {
        h += tr("<h4>Screening answers</h4><ul>");
        for (const ScreeningRecord &a : s.answers)
            h += QStringLiteral("<li>%1 %2 = <b>%3</b> (%4)</li>")
                     .arg(when(a.answeredAt), screenName(a.question), toString(a.answer), esc(a.dispatcher));
        h += QStringLiteral("</ul>");
    }
    if (const auto &d = s.call.decision) {
        h += tr("<h4>Decision</h4><p>%1 by <b>%2</b> at %3, %4: ")
                 .arg(when(d->decidedAt), esc(d->dispatcher), esc(d->workstation),
                      d->secondsFromReceipt ? tr("%1 s after receipt").arg(*d->secondsFromReceipt, 0, 'f', 1)
                                            : tr("no receipt time"));
        h += d->accepted ? tr("accepted <b>%1</b>").arg(kind(d->chosenKind))
                         : tr("<b>overridden</b> %1 \u2192 <b>%2</b>, reason <b>%3</b>")
                               .arg(kind(d->suggestedKind), kind(d->chosenKind), esc(d->reasonCode));
        if (!d->note.isEmpty())
            h += tr(", note \u201c%1\u201d").arg(esc(d->note));
        if (!d->unitId.isEmpty())
            h += tr("; unit %1").arg(esc(d->unitId));
        if (!d->unservedReason.isEmpty())
            h += tr("; not served as suggested: %1").arg(esc(d->unservedReason));
        h += QStringLiteral("</p>");
    }
    if (!s.outcomes.isEmpty()) {
        h += tr("<h4>Outcome</h4><ul>");
        for (const OutcomeEntry &o : s.outcomes)
            h += QStringLiteral("<li>%1 <b>%2</b> %3 (%4)</li>")
                     .arg(when(o.at), esc(o.outcome), esc(o.note), esc(o.by));
        h += QStringLiteral("</ul>");
    }
    if (!s.reviews.isEmpty()) {
        h += tr("<h4>Reviews</h4><ul>");
        for (const ReviewEntry &r : s.reviews)
            h += tr("<li>%1 <b>%2</b> by %3 (login %4) %5</li>")
                     .arg(when(r.at), esc(r.verdict), esc(r.reviewer), esc(r.login), esc(r.comment));
        h += QStringLiteral("</ul>");
    }
    h += tr("<h4>Timeline</h4><table cellspacing=4>");
    for (const StoryEvent &e : s.timeline())
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                 .arg(when(e.at), esc(e.actor), esc(e.what));
    h += QStringLiteral("</table>");
    h += tr("<h4>Event log (%n row(s))</h4><table cellspacing=4>", nullptr, int(s.eventLog.size()));
    for (const StoryEvent &e : s.eventLog)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                 .arg(when(e.at), esc(e.actor), esc(e.what));
    h += QStringLiteral("</table>");
    if (s.eventLog.isEmpty())
        h += tr("<p>No per-row audit rows: this call was loaded in bulk (history).</p>");
    return h;
}

} // namespace rr
