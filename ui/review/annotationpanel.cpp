#include "annotationpanel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace rr {

AnnotationPanel::AnnotationPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_verdicts(new QButtonGroup(this)),
      m_comment(new QLineEdit(this)), m_save(new QPushButton(tr("Save review (Ctrl+Enter)"), this)),
      m_status(new QLabel(this))
{
    auto *buttons = new QHBoxLayout;
    const struct
    {
        const char *verdict;
        QString text;
    } verdicts[] = {{"appropriate", tr("\u2714 &Appropriate")},
                    {"not_appropriate", tr("\u2716 &Not appropriate")},
                    {"training_needed", tr("\u270E &Training needed")}};
    for (const auto &v : verdicts) {
        auto *b = new QRadioButton(v.text, this);
        b->setObjectName(QStringLiteral("verdict_") + QString::fromLatin1(v.verdict));
        b->setAccessibleDescription(tr("Mark this decision: %1").arg(b->text().remove(u'&')));
        b->setProperty("verdict", QString::fromLatin1(v.verdict));
        m_verdicts->addButton(b);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    m_comment->setObjectName(QStringLiteral("reviewComment"));
    m_comment->setAccessibleName(tr("Review comment"));
    m_comment->setAccessibleDescription(tr("Feedback for the dispatcher, stored with the review"));
    m_comment->setPlaceholderText(tr("Comment for the dispatcher and the training file"));
    m_save->setObjectName(QStringLiteral("saveReview"));
    m_save->setAccessibleDescription(tr("Store this review; reviews are never changed afterwards"));
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    auto *row = new QHBoxLayout;
    row->addWidget(m_comment, 1);
    row->addWidget(m_save);
    layout->addLayout(row);
    layout->addWidget(m_status);
    connect(m_save, &QPushButton::clicked, this, &AnnotationPanel::save);
    connect(m_comment, &QLineEdit::returnPressed, this, &AnnotationPanel::save);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    shortcut->setContext(Qt::WindowShortcut);
    connect(shortcut, &QShortcut::activated, this, &AnnotationPanel::save);
    setDecision(0, {});
}

void AnnotationPanel::setDecision(qint64 decisionId, const QString &title)
{
    m_decision = decisionId;
    m_title->setText(decisionId ? tr("Review of %1").arg(title) : tr("No decision open"));
    m_save->setEnabled(decisionId != 0);
    m_verdicts->setExclusive(false);
    for (QAbstractButton *b : m_verdicts->buttons())
        b->setChecked(false);
    m_verdicts->setExclusive(true);
    m_comment->clear();
    m_status->clear();
}

void AnnotationPanel::save()
{
    if (!m_decision)
        return;
    QAbstractButton *checked = m_verdicts->checkedButton();
    if (!checked) {
        m_status->setText(tr("Choose a verdict first: appropriate, not appropriate or training needed."));
        return;
    }
    m_save->setEnabled(false);
    m_status->setText(tr("Saving\u2026"));
    Q_EMIT reviewRequested(m_decision, checked->property("verdict").toString(), m_comment->text().trimmed());
}

void AnnotationPanel::showResult(bool ok, const QString &message)
{
    m_save->setEnabled(m_decision != 0);
    m_status->setText(ok ? tr("\u2714 Review saved.") : tr("\u2716 Not saved: %1").arg(message));
}

} // namespace rr
