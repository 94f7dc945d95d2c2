#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rr {

// The supervisor's verdict on the open decision: appropriate (Alt+A), not appropriate (Alt+N) or training
// needed (Alt+T), with a comment, saved with Ctrl+Return. GUI thread.
class AnnotationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AnnotationPanel(QWidget *parent = nullptr);

    void setDecision(qint64 decisionId, const QString &title);
    qint64 decision() const { return m_decision; }
    void showResult(bool ok, const QString &message);

Q_SIGNALS:
    void reviewRequested(qint64 decisionId, const QString &verdict, const QString &comment);

private:
    void save();

    qint64 m_decision = 0;
    QLabel *m_title;
    QButtonGroup *m_verdicts;
    QLineEdit *m_comment;
    QPushButton *m_save;
    QLabel *m_status;
};

} // namespace rr
