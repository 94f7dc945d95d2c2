#pragma once

#include "domain/call.h"
#include "items/queuemodel.h"

#include <QFrame>

#include <array>
#include <optional>

class QButtonGroup;
class QLabel;

namespace rr {

// The six screening questions of the current call with their answers, and who gave each. From the keyboard:
// enter() (Q in the queue) starts screening, then a question's letter (W weapon, V violence, I injury,
// S self-harm, D domestic, C crime in progress) and Y, N or U; Escape leaves. With the mouse: the Yes, No and
// Unknown buttons of each question. The panel only asks (answered()); the session stores and triages again,
// and the panel shows what comes back. GUI thread.
class ScreeningPanel : public QFrame
{
    Q_OBJECT
public:
    explicit ScreeningPanel(QWidget *parent = nullptr);

    void showEntry(const QueueEntry &entry);
    void clearCall();
    QString cadId() const { return m_cadId; }

    // Keyboard screening: takes the focus until Escape (or the focus goes elsewhere in the window).
    void enter();
    void leave();
    bool isActive() const { return m_active; }
    std::optional<Screen> selectedQuestion() const { return m_selected; }

    // The keyboard letter of each question, its short label and the question in full (a tooltip).
    static QChar letter(Screen question);
    static QString label(Screen question);
    static QString question(Screen question);

Q_SIGNALS:
    void answered(const QString &cadId, rr::Screen question, rr::Answer answer);
    // Screening was left (Escape): the window gives the focus back to the queue.
    void left();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Row
    {
        QLabel *marker = nullptr;
        QLabel *name = nullptr;
        QButtonGroup *buttons = nullptr;
        QLabel *status = nullptr;
    };
    void answer(Answer value);
    void select(std::optional<Screen> question);
    void setActive(bool active);
    void updateTitle();
    static QString statusText(const QueueEntry &entry, Screen question);

    QString m_cadId;
    QLabel *m_title;
    QLabel *m_needsScreening;
    std::array<Row, ScreenCount> m_rows;
    std::optional<Screen> m_selected;
    bool m_active = false;
    QString m_hint; // a word about the last key, e.g. "choose a question first"
};

} // namespace rr
