#include "calldetailview.h"

#include "items/kindstyle.h"

#include <algorithm>

namespace rr {

namespace {

// The text with each trigger of `field` wrapped in a highlight; triggers may overlap or nest.
QString markTriggers(const QString &text, const QList<Trigger> &triggers, CallField field)
{
    QList<Trigger> own;
    for (const Trigger &t : triggers)
        if (t.field == field && t.start >= 0 && t.start + t.length <= text.size())
            own.append(t);
    std::sort(own.begin(), own.end(), [](const Trigger &a, const Trigger &b) { return a.start < b.start; });
    QString out;
    int pos = 0;
    for (const Trigger &t : own) {
        if (t.start < pos)
            continue;
        out += text.mid(pos, t.start - pos).toHtmlEscaped();
        out += QStringLiteral(
                   "<span style='background:#b3261e;color:#ffffff;font-weight:bold' title='%1'>%2</span>")
                   .arg(t.ruleId.toHtmlEscaped(), text.mid(t.start, t.length).toHtmlEscaped());
        pos = t.start + t.length;
    }
    return out + text.mid(pos).toHtmlEscaped();
}

} // namespace

CallDetailView::CallDetailView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("callDetail"));
    setAccessibleName(tr("Call detail"));
    setAccessibleDescription(tr("The selected call: its text with the words that fired a rule marked, the "
                                "suggestion, its reasons and the unit to send"));
    setOpenLinks(false);
    clearCall();
}

void CallDetailView::clearCall()
{
    setHtml(tr("<p><i>Select a call to see the suggestion and its reasons.</i></p>"));
}

void CallDetailView::showCall(const Call &call, const Suggestion &suggestion)
{
    setHtml(html(call, suggestion));
}

void CallDetailView::showEntry(const QueueEntry &e)
{
    QString h = html(e.call, e.suggestion);
    QString unit;
    if (e.decided)
        unit = tr("<p><b>Decided:</b> %1 by %2 at %3</p>")
                   .arg(displayName(e.chosenKind), e.decidedBy.toHtmlEscaped(),
                        e.decidedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    unit += tr("<h3>Recommended unit</h3><p>%1</p>").arg(e.recommendation.text.toHtmlEscaped());
    // After the reasons: what to send, then the call's own text.
    const int at = h.indexOf(QStringLiteral("<h3>%1</h3>").arg(tr("Call type")));
    h.insert(at < 0 ? h.size() : at, unit);
    m_entryHtml = h;
    setHtml(h + tr("<h3>Earlier calls at this address</h3><p><i>loading…</i></p>"));
}

void CallDetailView::showHistory(const QList<StoredCall> &earlier)
{
    QString h = m_entryHtml + tr("<h3>Earlier calls at this address</h3>");
    if (earlier.isEmpty())
        h += tr("<p>None on record.</p>");
    for (const StoredCall &c : earlier)
        h += QStringLiteral("<p>%1 · %2 · %3%4</p>")
                 .arg(c.call.receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                      c.call.callType.toHtmlEscaped(),
                      c.suggestion ? displayName(c.suggestion->kind) : QString(),
                      c.decision ? tr(" → %1 by %2")
                                       .arg(displayName(c.decision->chosenKind),
                                            c.decision->dispatcher.toHtmlEscaped())
                                 : QString());
    setHtml(h);
}

QString CallDetailView::html(const Call &call, const Suggestion &s)
{
    QString h;
    h += QStringLiteral("<h2 style='margin:0'><span style='color:%1'>%2</span> %3%4</h2>")
             .arg(kindColor(s.kind).name(), kindSymbol(s.kind), displayName(s.kind).toUpper().toHtmlEscaped(),
                  s.ems ? tr(" + EMS") : QString());
    if (s.needsScreening)
        h += QStringLiteral("<p style='background:#8a3b12;color:#ffffff'><b>&#9888; %1</b> %2</p>")
                 .arg(tr("NEEDS SCREENING"),
                      tr("too little is known to trust this suggestion: ask the screening questions (Q) "
                         "before deciding, or override (O)"));
    h += QStringLiteral("<p>%1 &middot; %2 &middot; %3</p>")
             .arg(tr("Call %1").arg(call.id.toHtmlEscaped()), s.category.toHtmlEscaped(),
                  tr("confidence %1").arg(QString::number(s.confidence, 'f', 2)));
    h += QStringLiteral("<h3>%1</h3><ol>").arg(tr("Why"));
    for (const Reason &r : s.reasons)
        h += QStringLiteral("<li>%1 <span style='color:#888'>[%2]</span></li>")
                 .arg(r.text.toHtmlEscaped(), r.ruleId.toHtmlEscaped());
    h += QStringLiteral("</ol>");
    h += QStringLiteral("<h3>%1</h3><p><b>%2</b></p>")
             .arg(tr("Call type"), markTriggers(call.callType, s.triggers, CallField::CallType));
    h += QStringLiteral("<h3>%1</h3><p>%2</p>")
             .arg(tr("Narrative"), call.narrative.isEmpty()
                                       ? tr("<i>(none)</i>")
                                       : markTriggers(call.narrative, s.triggers, CallField::Narrative));
    h += QStringLiteral("<h3>%1</h3><p>%2%3</p>")
             .arg(tr("Location"), call.address.toHtmlEscaped(),
                  call.beat.isEmpty() ? QString() : tr(" &middot; beat %1").arg(call.beat.toHtmlEscaped()));
    h += QStringLiteral("<p style='color:#888'>%1</p>")
             .arg(tr("Rules version %1").arg(s.rulesVersion.toHtmlEscaped()));
    return h;
}

} // namespace rr
