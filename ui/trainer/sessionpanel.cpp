#include "sessionpanel.h"

#include "traineespanel.h"
#include "training/releaseclock.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rr {

namespace {

QString clockText(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

SessionPanel::SessionPanel(QWidget *parent)
    : QWidget(parent), m_traineeList(new QListWidget(this)), m_speed(new QComboBox(this)),
      m_start(new QPushButton(tr("&Start session"), this)), m_pause(new QPushButton(tr("&Pause"), this)),
      m_stop(new QPushButton(tr("S&top"), this)), m_jumpTo(new QSpinBox(this)),
      m_jump(new QPushButton(tr("&Jump to call"), this)), m_position(new QLabel(this)),
      m_consoles(new QLabel(this)), m_message(new QLabel(this)), m_live(new TraineesPanel(this))
{
    m_traineeList->setObjectName(QStringLiteral("traineeChoice"));
    m_traineeList->setAccessibleName(tr("Trainees"));
    m_traineeList->setAccessibleDescription(tr("Check the trainees who take this session"));
    m_traineeList->setMaximumHeight(120);
    m_speed->setObjectName(QStringLiteral("sessionSpeed"));
    m_speed->setAccessibleName(tr("Speed"));
    m_speed->setAccessibleDescription(tr("How fast the calls come, against their original timing"));
    for (double s : {0.5, 1.0, 2.0, 4.0, 8.0})
        m_speed->addItem(QStringLiteral("%1\u00D7").arg(s), s);
    m_speed->setCurrentIndex(1);
    m_start->setObjectName(QStringLiteral("startSession"));
    m_start->setAccessibleDescription(
        tr("Make a sandbox for each checked trainee and start releasing the calls"));
    m_pause->setObjectName(QStringLiteral("pauseSession"));
    m_pause->setAccessibleDescription(tr("Pause or resume the release of calls"));
    m_stop->setObjectName(QStringLiteral("stopSession"));
    m_stop->setAccessibleDescription(tr("End the session before its last call"));
    m_jumpTo->setObjectName(QStringLiteral("jumpToCall"));
    m_jumpTo->setAccessibleName(tr("Call number"));
    m_jumpTo->setAccessibleDescription(tr("The call to jump to; the calls before it are skipped"));
    m_jump->setObjectName(QStringLiteral("jump"));
    m_jump->setAccessibleDescription(tr("Release from this call on, now"));
    m_position->setObjectName(QStringLiteral("sessionPosition"));
    m_consoles->setObjectName(QStringLiteral("traineeConsoles"));
    m_consoles->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_consoles->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("sessionMessage"));
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Trainees:"), m_traineeList);
    form->addRow(tr("Speed:"), m_speed);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_stop);
    buttons->addSpacing(20);
    buttons->addWidget(m_jumpTo);
    buttons->addWidget(m_jump);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_position);
    layout->addWidget(m_consoles);
    layout->addWidget(m_message);
    layout->addWidget(m_live, 1);

    connect(m_start, &QPushButton::clicked, this, [this] {
        const QStringList chosen = checkedTrainees();
        if (chosen.isEmpty()) {
            setMessage(tr("Check at least one trainee."));
            return;
        }
        Q_EMIT startRequested(chosen, speed());
    });
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_clock && m_clock->state() == ReleaseClock::State::Paused)
            Q_EMIT resumeRequested();
        else
            Q_EMIT pauseRequested();
    });
    connect(m_stop, &QPushButton::clicked, this, &SessionPanel::stopRequested);
    connect(m_jump, &QPushButton::clicked, this, [this] { Q_EMIT jumpRequested(m_jumpTo->value() - 1); });
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] {
        if (m_clock)
            Q_EMIT speedRequested(speed());
    });
    updateControls();
}

void SessionPanel::setTrainees(const QStringList &logins)
{
    const QStringList before = checkedTrainees();
    m_traineeList->clear();
    for (const QString &login : logins) {
        auto *item = new QListWidgetItem(login, m_traineeList);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(before.contains(login) ? Qt::Checked : Qt::Unchecked);
    }
    setMessage(logins.isEmpty() ? tr("No trainee logins yet: an administrator adds them with "
                                     "rightresponse-cli staff add ID --name NAME --role trainee.")
                                : QString());
}

void SessionPanel::setScenario(const Scenario &scenario)
{
    m_scenario = scenario;
    m_jumpTo->setRange(1, std::max(1, int(scenario.calls.size())));
    updateControls();
}

void SessionPanel::setClock(ReleaseClock *clock, const TrainingSession &session)
{
    if (m_clock)
        disconnect(m_clock, nullptr, this, nullptr);
    m_clock = clock;
    m_session = session;
    if (clock) {
        connect(clock, &ReleaseClock::stateChanged, this, &SessionPanel::updateControls);
        connect(clock, &ReleaseClock::released, this, &SessionPanel::updatePosition);
        connect(clock, &ReleaseClock::skipped, this, &SessionPanel::updatePosition);
        QStringList lines;
        for (const QString &t : session.trainees)
            lines << QStringLiteral("%1: <code>rightresponse --training --session %2 --dispatcher %1</code>")
                         .arg(t.toHtmlEscaped())
                         .arg(session.id);
        m_consoles->setText(tr("Trainees' consoles:<br>%1").arg(lines.join(QStringLiteral("<br>"))));
    } else {
        m_consoles->clear();
    }
    updateControls();
    updatePosition();
}

void SessionPanel::setMessage(const QString &text)
{
    m_message->setText(text);
}

QStringList SessionPanel::checkedTrainees() const
{
    QStringList out;
    for (int i = 0; i < m_traineeList->count(); ++i)
        if (m_traineeList->item(i)->checkState() == Qt::Checked)
            out << m_traineeList->item(i)->text();
    return out;
}

double SessionPanel::speed() const
{
    return m_speed->currentData().toDouble();
}

void SessionPanel::updateControls()
{
    const bool running = m_clock && (m_clock->state() == ReleaseClock::State::Running ||
                                     m_clock->state() == ReleaseClock::State::Paused ||
                                     m_clock->state() == ReleaseClock::State::Ready);
    m_start->setEnabled(!running && !m_scenario.calls.isEmpty());
    m_traineeList->setEnabled(!running);
    m_pause->setEnabled(running);
    m_stop->setEnabled(running);
    m_jump->setEnabled(running);
    m_jumpTo->setEnabled(running);
    m_pause->setText(m_clock && m_clock->state() == ReleaseClock::State::Paused ? tr("&Resume")
                                                                                : tr("&Pause"));
    updatePosition();
}

void SessionPanel::updatePosition()
{
    if (!m_clock) {
        m_position->setText(
            m_scenario.calls.isEmpty()
                ? tr("Choose a scenario in the library.")
                : tr("%1: %n call(s) over %2. Check the trainees, choose the speed, and start.", nullptr,
                     int(m_scenario.calls.size()))
                      .arg(m_scenario.name)
                      .arg(clockText(m_scenario.durationMs())));
        return;
    }
    QString state;
    switch (m_clock->state()) {
    case ReleaseClock::State::Ready:
        state = tr("starting");
        break;
    case ReleaseClock::State::Running:
        state = tr("running");
        break;
    case ReleaseClock::State::Paused:
        state = tr("PAUSED");
        break;
    case ReleaseClock::State::Finished:
        state = tr("finished");
        break;
    }
    m_position->setText(
        tr("Session %1 \u00B7 %2 \u00B7 %3 of %4 calls released \u00B7 scenario time %5 of %6 "
           "\u00B7 %7\u00D7")
            .arg(m_session.id)
            .arg(state)
            .arg(m_clock->nextIndex())
            .arg(m_clock->count())
            .arg(clockText(m_clock->positionMs()), clockText(m_scenario.durationMs()))
            .arg(m_clock->speed()));
}

} // namespace rr
