#pragma once

#include "domain/call.h"
#include "domain/suggestion.h"
#include "items/queuemodel.h"
#include "store/callstore.h"

#include <QTextBrowser>

namespace rr {

// Shows one call: the suggestion in words, its reasons in order, and the narrative with the words that fired
// each disqualifier highlighted. Lives on the GUI thread.
class CallDetailView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit CallDetailView(QWidget *parent = nullptr);

    void showCall(const Call &call, const Suggestion &suggestion);
    // A queue entry: the call, its suggestion, the recommended unit and, once loaded, earlier calls there.
    void showEntry(const QueueEntry &entry);
    void showHistory(const QList<StoredCall> &earlier);
    void clearCall();

    // The HTML for a call, separate from the widget so that tests can read it.
    static QString html(const Call &call, const Suggestion &suggestion);

private:
    QString m_entryHtml;
};

} // namespace rr
