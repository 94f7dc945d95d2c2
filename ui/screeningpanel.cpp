#include "screeningpanel.h"

#include <QApplication>
#include <QButtonGroup>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace rr {

namespace {

constexpr Answer kAnswers[] = {Answer::Yes, Answer::No, Answer::Unknown};

std::optional<Screen> questionForKey(int key)
{
    for (int i = 0; i < ScreenCount; ++i)
        if (key == ScreeningPanel::letter(Screen(i)).unicode())
            return Screen(i);
    return std::nullopt;
}

QString answerWord(Answer a)
{
    switch (a) {
    case Answer::Yes:
        return ScreeningPanel::tr("YES");
    case Answer::No:
        return ScreeningPanel::tr("NO");
    case Answer::Unknown:
        break;
    }
    return ScreeningPanel::tr("UNKNOWN");
}

// A one-line label that shows as much of its text as fits, with an ellipsis, and all of it as its tooltip.
class ElidedLabel : public QLabel
{
public:
    QSize minimumSizeHint() const override { return {0, QLabel::minimumSizeHint().height()}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        const QRect r = contentsRect();
        style()->drawItemText(&p, r, int(alignment()), palette(), isEnabled(),
                              fontMetrics().elidedText(text(), Qt::ElideRight, r.width()), foregroundRole());
    }
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::ToolTip)
            setToolTip(text());
        return QLabel::event(e);
    }
};

template <typename List> const auto *findQuestion(const List &list, Screen q)
{
    for (const auto &a : list)
        if (a.question == q)
            return &a;
    return static_cast<decltype(&list.front())>(nullptr);
}

} // namespace

QChar ScreeningPanel::letter(Screen question)
{
    switch (question) {
    case Screen::Weapon:
        return u'W';
    case Screen::Violence:
        return u'V';
    case Screen::Injury:
        return u'I';
    case Screen::SelfHarm:
        return u'S';
    case Screen::Domestic:
        return u'D';
    case Screen::CrimeInProgress:
        break;
    }
    return u'C';
}

QString ScreeningPanel::label(Screen question)
{
    switch (question) {
    case Screen::Weapon:
        return tr("Weapon");
    case Screen::Violence:
        return tr("Violence");
    case Screen::Injury:
        return tr("Injury");
    case Screen::SelfHarm:
        return tr("Self-harm");
    case Screen::Domestic:
        return tr("Domestic");
    case Screen::CrimeInProgress:
        break;
    }
    return tr("Crime in progress");
}

QString ScreeningPanel::question(Screen question)
{
    switch (question) {
    case Screen::Weapon:
        return tr("Is a weapon present or mentioned?");
    case Screen::Violence:
        return tr("Is there violence in progress, or a threat to others?");
    case Screen::Injury:
        return tr("Is someone seriously injured, or is it a medical emergency?");
    case Screen::SelfHarm:
        return tr("Is there imminent self-harm, with the means at hand?");
    case Screen::Domestic:
        return tr("Is it domestic violence?");
    case Screen::CrimeInProgress:
        break;
    }
    return tr("Is a crime in progress, or a suspect on scene?");
}

ScreeningPanel::ScreeningPanel(QWidget *parent)
    : QFrame(parent), m_title(new QLabel), m_needsScreening(new QLabel)
{
    setObjectName(QStringLiteral("screeningPanel"));
    setAccessibleName(tr("Screening questions"));
    setAccessibleDescription(
        tr("The questions to ask the caller; each answer is stored and the suggestion is made again"));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::ClickFocus);
    setProperty("active", false);
    // The theme's highlight colour marks keyboard screening (the title says it in words as well) and the
    // button of each answer given (the status beside it says it in words).
    setStyleSheet(QStringLiteral(
        "QFrame#screeningPanel[active=\"true\"] { border: 2px solid palette(highlight); }"
        "QLabel#needsScreening { background: #8a3b12; color: white; font-weight: bold;"
        " padding: 3px 6px; }"
        "QToolButton { padding: 1px 8px; border: 1px solid palette(mid); border-radius: 3px;"
        " background: palette(button); }"
        "QToolButton:hover { border-color: palette(highlight); }"
        "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
        " font-weight: bold; }"));
    m_title->setObjectName(QStringLiteral("screeningTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true); // a long prompt wraps rather than widening the whole column
    m_needsScreening->setObjectName(QStringLiteral("needsScreening"));
    m_needsScreening->setText(
        tr("\u26A0 NEEDS SCREENING \u2014 ask these questions before deciding (or override with O)"));
    m_needsScreening->setWordWrap(true);
    m_needsScreening->hide();

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    for (int i = 0; i < ScreenCount; ++i) {
        const Screen q = Screen(i);
        const QString name = screenName(q);
        Row &row = m_rows[std::size_t(i)];
        row.marker = new QLabel;
        row.marker->setFixedWidth(14);
        row.name = new QLabel(QStringLiteral("<b>[%1]</b> %2").arg(letter(q), label(q).toHtmlEscaped()));
        row.name->setObjectName(QStringLiteral("screenLabel_") + name);
        row.name->setToolTip(question(q));
        row.buttons = new QButtonGroup(this);
        row.buttons->setExclusive(false); // an unasked question has no button down
        grid->addWidget(row.marker, i, 0);
        grid->addWidget(row.name, i, 1);
        int column = 2;
        for (Answer a : kAnswers) {
            auto *b = new QToolButton;
            b->setObjectName(QStringLiteral("screen_%1_%2").arg(name, toString(a)));
            const QString text = a == Answer::Yes ? tr("Yes") : a == Answer::No ? tr("No") : tr("?");
            b->setCheckable(true);
            // The answer given carries a check mark, not only the highlight; the width fits both states.
            b->setText(QStringLiteral("\u2713 ") + text);
            b->setFixedWidth(b->sizeHint().width() + 6);
            b->setText(text);
            connect(b, &QToolButton::toggled, b,
                    [b, text](bool on) { b->setText(on ? QStringLiteral("\u2713 ") + text : text); });
            b->setFocusPolicy(Qt::NoFocus); // the keyboard works through the letters
            b->setToolTip(tr("%1 %2 (%3, then %4)")
                              .arg(question(q), answerWord(a).toLower(), letter(q),
                                   a == Answer::Yes  ? QStringLiteral("Y")
                                   : a == Answer::No ? QStringLiteral("N")
                                                     : QStringLiteral("U")));
            row.buttons->addButton(b, int(a));
            grid->addWidget(b, i, column++);
            connect(b, &QToolButton::clicked, this, [this, q, a] {
                if (!m_cadId.isEmpty())
                    Q_EMIT answered(m_cadId, q, a);
            });
        }
        // Narrow: the status gives way (elided, whole in its tooltip) before the questions and buttons do.
        row.status = new ElidedLabel;
        row.status->setObjectName(QStringLiteral("screenStatus_") + name);
        grid->addWidget(row.status, i, column);
    }
    grid->setColumnStretch(5, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_needsScreening);
    layout->addLayout(grid);

    // Screening ends when the dispatcher goes elsewhere in this window (a click in the queue). Focus moving
    // to another window (a second console in a test, a dialog) does not end it.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (m_active && now && now->window() == window() && now != this && !isAncestorOf(now))
            setActive(false);
    });
    clearCall();
}

void ScreeningPanel::clearCall()
{
    m_cadId.clear();
    for (Row &row : m_rows) {
        for (QAbstractButton *b : row.buttons->buttons()) {
            b->setChecked(false);
            b->setEnabled(false);
        }
        row.status->clear();
    }
    m_needsScreening->hide();
    leave();
    updateTitle();
}

void ScreeningPanel::showEntry(const QueueEntry &e)
{
    if (e.call.id != m_cadId) {
        m_selected.reset();
        m_hint.clear();
    }
    m_cadId = e.call.id;
    for (int i = 0; i < ScreenCount; ++i) {
        const Screen q = Screen(i);
        Row &row = m_rows[std::size_t(i)];
        const ScreeningAnswer *refused = findQuestion(e.refusedAnswers, q);
        const Answer shown = refused ? refused->answer : e.call.screening[q];
        const bool asked = refused || findQuestion(e.offlineAnswers, q) ||
                           findQuestion(e.screeningAnswers, q) || shown != Answer::Unknown;
        for (QAbstractButton *b : row.buttons->buttons()) {
            b->setEnabled(true);
            b->setChecked(asked && row.buttons->id(b) == int(shown));
        }
        row.status->setText(statusText(e, q));
    }
    m_needsScreening->setVisible(e.suggestion.needsScreening && !e.decided);
    updateTitle();
}

QString ScreeningPanel::statusText(const QueueEntry &e, Screen q)
{
    if (const ScreeningAnswer *a = findQuestion(e.refusedAnswers, q))
        return tr("%1 \u00B7 \u26A0 NOT STORED").arg(answerWord(a->answer));
    if (const ScreeningAnswer *a = findQuestion(e.offlineAnswers, q))
        return tr("%1 \u00B7 saved offline").arg(answerWord(a->answer));
    if (const ScreeningRecord *r = findQuestion(e.screeningAnswers, q))
        return tr("%1 \u00B7 %2 %3")
            .arg(answerWord(r->answer), r->dispatcher,
                 r->answeredAt.toLocalTime().toString(QStringLiteral("HH:mm")));
    if (e.call.screening[q] != Answer::Unknown)
        return tr("%1 \u00B7 call-taker").arg(answerWord(e.call.screening[q]));
    return tr("not asked");
}

void ScreeningPanel::enter()
{
    if (m_cadId.isEmpty())
        return;
    setActive(true);
    setFocus(Qt::ShortcutFocusReason);
}

void ScreeningPanel::leave()
{
    setActive(false);
}

void ScreeningPanel::setActive(bool active)
{
    if (!active) {
        m_selected.reset();
        m_hint.clear();
    }
    const bool changed = active != m_active;
    m_active = active;
    setProperty("active", active);
    style()->unpolish(this);
    style()->polish(this);
    select(m_selected);
    if (changed && !active)
        Q_EMIT left();
}

void ScreeningPanel::select(std::optional<Screen> question)
{
    m_selected = question;
    for (int i = 0; i < ScreenCount; ++i) {
        const bool on = m_active && m_selected && int(*m_selected) == i;
        m_rows[std::size_t(i)].marker->setText(on ? QStringLiteral("\u25B6") : QString());
        QFont f = m_rows[std::size_t(i)].name->font();
        f.setUnderline(on);
        m_rows[std::size_t(i)].name->setFont(f);
    }
    updateTitle();
}

void ScreeningPanel::updateTitle()
{
    QString text;
    if (m_cadId.isEmpty())
        text = tr("<b>Screening</b>");
    else if (!m_active)
        text = tr("<b>Screening</b> \u00B7 press <b>Q</b> to answer, or click");
    else if (!m_selected)
        text = tr("<b>SCREENING</b> \u2014 press a question's letter: <b>W V I S D C</b> \u00B7 Esc leaves");
    else
        text = tr("<b>SCREENING</b> \u2014 %1? <b>Y</b> yes \u00B7 <b>N</b> no \u00B7 <b>U</b> unknown "
                  "\u00B7 Esc leaves")
                   .arg(label(*m_selected).toHtmlEscaped());
    if (!m_hint.isEmpty())
        text += QStringLiteral(" \u00B7 <i>%1</i>").arg(m_hint.toHtmlEscaped());
    m_title->setText(text);
}

void ScreeningPanel::answer(Answer value)
{
    if (!m_selected) {
        m_hint = tr("choose a question first");
        updateTitle();
        return;
    }
    m_hint.clear();
    const Screen q = *m_selected;
    // Shown at once; the stored answer (or the reason it was not stored) replaces it when it comes back.
    for (QAbstractButton *b : m_rows[std::size_t(q)].buttons->buttons())
        b->setChecked(m_rows[std::size_t(q)].buttons->id(b) == int(value));
    m_rows[std::size_t(q)].status->setText(tr("%1 \u00B7 sending\u2026").arg(answerWord(value)));
    updateTitle();
    Q_EMIT answered(m_cadId, q, value);
}

void ScreeningPanel::keyPressEvent(QKeyEvent *event)
{
    if (!m_active || event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QFrame::keyPressEvent(event);
        return;
    }
    const int key = event->key();
    if (key == Qt::Key_Escape) {
        leave();
        return;
    }
    if (key == Qt::Key_Y || key == Qt::Key_N || key == Qt::Key_U) {
        answer(key == Qt::Key_Y ? Answer::Yes : key == Qt::Key_N ? Answer::No : Answer::Unknown);
        return;
    }
    if (key == Qt::Key_Up || key == Qt::Key_Down) {
        const int at = m_selected ? int(*m_selected) : (key == Qt::Key_Down ? -1 : ScreenCount);
        select(Screen(std::clamp(at + (key == Qt::Key_Down ? 1 : -1), 0, ScreenCount - 1)));
        return;
    }
    if (const std::optional<Screen> q = questionForKey(key)) {
        m_hint.clear();
        select(q);
        return;
    }
    if (key == Qt::Key_Q)
        return; // already screening
    // Function keys and the like still reach the window (F1 help, F2 queue, F3 units).
    QFrame::keyPressEvent(event);
}

} // namespace rr
