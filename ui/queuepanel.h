#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;

namespace rr {

class QueueFilterModel;
class QueueModel;

// The live call queue: the table of open calls with its filters. Enter accepts the selected call's
// suggestion, O opens the override, C closes the call, Q starts screening it; the panel only asks, the
// session decides.
// GUI thread.
class QueuePanel : public QWidget
{
    Q_OBJECT
public:
    explicit QueuePanel(QueueModel *queue, QWidget *parent = nullptr);

    QString currentCadId() const;
    QTableView *view() const { return m_view; }
    void selectCall(const QString &cadId);

Q_SIGNALS:
    void currentCallChanged(const QString &cadId);
    void acceptRequested(const QString &cadId);
    void overrideRequested(const QString &cadId);
    void closeRequested(const QString &cadId);
    void screeningRequested(const QString &cadId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QueueModel *m_queue;
    QueueFilterModel *m_filter;
    QTableView *m_view;
    QCheckBox *m_undecided;
    QComboBox *m_kind;
    QLineEdit *m_beat;
    QString m_keep; // the current call across a reset
};

} // namespace rr
