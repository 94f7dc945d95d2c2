#include "overridedialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rr {

namespace {
// A reason list that does not pick its first row by itself when it gets the focus: the reason is the
// dispatcher's choice, never a default.
class ReasonList : public QListWidget
{
protected:
    void focusInEvent(QFocusEvent *event) override
    {
        QAbstractScrollArea::focusInEvent(event);
        viewport()->update();
    }
};
} // namespace

QList<OverrideReason> defaultOverrideReasons()
{
    return {{QStringLiteral("new_information"), QObject::tr("New information (e.g. a weapon)"), false},
            {QStringLiteral("caller_request"), QObject::tr("Caller request"), false},
            {QStringLiteral("no_unit_free"), QObject::tr("No unit of that kind free"), false},
            {QStringLiteral("safety_history"), QObject::tr("Safety history at the address"), false},
            {QStringLiteral("supervisor_direction"), QObject::tr("Supervisor direction"), false},
            {QStringLiteral("other"), QObject::tr("Other (note required)"), true}};
}

OverrideDialog::OverrideDialog(const QString &cadId, ResponseKind suggested,
                               const QList<OverrideReason> &reasons, QWidget *parent)
    : QDialog(parent), m_reasons(reasons), m_suggested(suggested), m_kinds(new QButtonGroup(this)),
      m_reasonList(new ReasonList), m_note(new QLineEdit), m_hint(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("overrideDialog"));
    setWindowTitle(tr("Override call %1").arg(cadId));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Suggested: <b>%1</b>. Send instead:").arg(displayName(suggested))));

    auto *kindBox = new QGroupBox(tr("Kind"));
    auto *kindRow = new QHBoxLayout(kindBox);
    const ResponseKind kinds[] = {ResponseKind::Unarmed, ResponseKind::CoResponder, ResponseKind::Police};
    for (int i = 0; i < 3; ++i) {
        auto *b = new QRadioButton(QStringLiteral("&%1 %2").arg(i + 1).arg(displayName(kinds[i])));
        b->setObjectName(QStringLiteral("kind_") + toString(kinds[i]));
        b->setAccessibleDescription(tr("Send %1 instead of the suggestion").arg(displayName(kinds[i])));
        b->setEnabled(kinds[i] != suggested);
        m_kinds->addButton(b, int(kinds[i]));
        kindRow->addWidget(b);
    }
    layout->addWidget(kindBox);
    // The stronger kind is the usual override (new information); preselect the first one that differs.
    for (ResponseKind k : {ResponseKind::Police, ResponseKind::CoResponder, ResponseKind::Unarmed})
        if (k != suggested) {
            m_kinds->button(int(k))->setChecked(true);
            break;
        }

    layout->addWidget(new QLabel(tr("&Reason:")));
    m_reasonList->setObjectName(QStringLiteral("reasonList"));
    m_reasonList->setAccessibleName(tr("Override reason"));
    m_reasonList->setAccessibleDescription(tr("Why the suggestion is overridden: one reason is required"));
    for (const OverrideReason &r : reasons)
        m_reasonList->addItem(r.label);
    qobject_cast<QLabel *>(layout->itemAt(layout->count() - 1)->widget())->setBuddy(m_reasonList);
    layout->addWidget(m_reasonList);
    auto *noteLabel = new QLabel(tr("&Note:"));
    noteLabel->setBuddy(m_note);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setAccessibleDescription(
        tr("A note for the supervisor: optional, required when the reason is Other"));
    m_note->setPlaceholderText(tr("optional, required for Other"));
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    m_hint->setObjectName(QStringLiteral("hint"));
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setAccessibleDescription(tr("Store the override with its reason"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleDescription(tr("Close without overriding"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reasonList, &QListWidget::currentRowChanged, this, &OverrideDialog::updateState);
    connect(m_note, &QLineEdit::textChanged, this, &OverrideDialog::updateState);
    connect(m_kinds, &QButtonGroup::idToggled, this, &OverrideDialog::updateState);
    // 1, 2, 3 choose the kind from anywhere but the note field.
    m_reasonList->installEventFilter(this);
    for (QAbstractButton *b : m_kinds->buttons())
        b->installEventFilter(this);
    m_reasonList->setFocus();
    updateState();
}

bool OverrideDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key >= Qt::Key_1 && key <= Qt::Key_3) {
            QAbstractButton *b = m_kinds->button(key - Qt::Key_1);
            if (b && b->isEnabled())
                b->setChecked(true);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

ResponseKind OverrideDialog::kind() const
{
    return ResponseKind(m_kinds->checkedId());
}

QString OverrideDialog::reasonCode() const
{
    const int row = m_reasonList->currentRow();
    return row >= 0 && row < m_reasons.size() ? m_reasons[row].code : QString();
}

QString OverrideDialog::note() const
{
    return m_note->text().trimmed();
}

void OverrideDialog::updateState()
{
    const int row = m_reasonList->currentRow();
    QString problem;
    if (m_kinds->checkedId() < 0 || ResponseKind(m_kinds->checkedId()) == m_suggested)
        problem = tr("Choose the kind to send (keys 1, 2, 3).");
    else if (row < 0)
        problem = tr("Choose a reason (arrow keys).");
    else if (m_reasons[row].needsNote && note().isEmpty())
        problem = tr("This reason needs a note.");
    m_hint->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace rr
