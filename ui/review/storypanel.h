#pragma once

#include "report/callstory.h"

#include <QWidget>

class QTextBrowser;

namespace rr {

// One call's whole story for the reviewer: the call, every suggestion version with its reasons and triggers,
// screening answers, the decision, unit status history, outcome, reviews and the timeline. GUI thread.
class StoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StoryPanel(QWidget *parent = nullptr);
    void showStory(const CallStory &story);
    void showMessage(const QString &text);
    QString text() const;
    static QString html(const CallStory &story);

private:
    QTextBrowser *m_browser;
};

} // namespace rr
