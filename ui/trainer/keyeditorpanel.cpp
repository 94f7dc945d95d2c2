#include "keyeditorpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rr {

namespace {

enum Column
{
    Offset,
    Type,
    Narrative,
    Reference,
    AlsoUnarmed,
    AlsoCoResponder,
    AlsoPolice,
    Override,
    Reason,
    ColumnCount
};

constexpr ResponseKind kKinds[] = {ResponseKind::Unarmed, ResponseKind::CoResponder, ResponseKind::Police};

QString offsetText(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

KeyEditorPanel::KeyEditorPanel(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, ColumnCount, this)), m_title(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("answerKeyTable"));
    m_table->setAccessibleName(tr("Answer key"));
    m_table->setAccessibleDescription(
        tr("Per call: the reference response, the alternatives also accepted, and whether to override"));
    m_table->setHorizontalHeaderLabels({tr("At"), tr("Call type"), tr("Narrative"), tr("Reference"),
                                        tr("Also unarmed"), tr("Also co-resp."), tr("Also police"),
                                        tr("Override"), tr("Expected reason")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Narrative, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
}

void KeyEditorPanel::setScenario(const Scenario &scenario, const QStringList &reasons)
{
    m_scenario = scenario;
    m_reasons = reasons;
    m_title->setText(
        tr("<b>%1</b> v%2 \u00B7 %n call(s) over %3 \u00B7 %4", nullptr, int(scenario.calls.size()))
            .arg(scenario.name.toHtmlEscaped())
            .arg(scenario.version)
            .arg(offsetText(scenario.durationMs()), scenario.tags.join(QStringLiteral(", "))));
    m_table->setRowCount(int(scenario.calls.size()));
    for (int row = 0; row < scenario.calls.size(); ++row) {
        const ScenarioCall &c = scenario.calls[row];
        m_table->setItem(row, Offset, new QTableWidgetItem(offsetText(c.offsetMs)));
        m_table->setItem(row, Type, new QTableWidgetItem(c.call.callType));
        auto *narrative = new QTableWidgetItem(c.call.narrative);
        narrative->setToolTip(c.call.narrative);
        m_table->setItem(row, Narrative, narrative);

        auto *reference = new QComboBox;
        reference->setAccessibleName(tr("Reference response for call %1").arg(c.call.id));
        for (ResponseKind k : kKinds)
            reference->addItem(displayName(k), toString(k));
        reference->setCurrentIndex(static_cast<int>(c.key.reference));
        connect(reference, &QComboBox::currentIndexChanged, this, &KeyEditorPanel::markModified);
        m_table->setCellWidget(row, Reference, reference);

        for (int k = 0; k < 3; ++k) {
            auto *box = new QCheckBox;
            box->setAccessibleName(tr("Also accept %1 for call %2").arg(displayName(kKinds[k]), c.call.id));
            box->setChecked(c.key.alternatives.contains(kKinds[k]));
            connect(box, &QCheckBox::toggled, this, &KeyEditorPanel::markModified);
            m_table->setCellWidget(row, AlsoUnarmed + k, box);
        }
        auto *override = new QCheckBox;
        override->setAccessibleName(tr("Expect an override for call %1").arg(c.call.id));
        override->setChecked(c.key.expectOverride);
        connect(override, &QCheckBox::toggled, this, &KeyEditorPanel::markModified);
        m_table->setCellWidget(row, Override, override);

        auto *reason = new QComboBox;
        reason->setAccessibleName(tr("Expected override reason for call %1").arg(c.call.id));
        reason->addItem(tr("(any)"), QString());
        for (const QString &r : reasons)
            reason->addItem(r, r);
        if (!c.key.expectedReason.isEmpty() && reason->findData(c.key.expectedReason) < 0)
            reason->addItem(c.key.expectedReason, c.key.expectedReason);
        reason->setCurrentIndex(std::max(0, reason->findData(c.key.expectedReason)));
        connect(reason, &QComboBox::currentIndexChanged, this, &KeyEditorPanel::markModified);
        m_table->setCellWidget(row, Reason, reason);
    }
    m_table->resizeColumnsToContents();
    setModified(false);
}

Scenario KeyEditorPanel::scenario() const
{
    Scenario s = m_scenario;
    for (int row = 0; row < s.calls.size(); ++row) {
        AnswerKey &key = s.calls[row].key;
        const auto *reference = qobject_cast<QComboBox *>(m_table->cellWidget(row, Reference));
        const AnswerKey before = key;
        key.reference =
            responseKindFromString(reference->currentData().toString()).value_or(ResponseKind::Police);
        key.alternatives.clear();
        for (int k = 0; k < 3; ++k) {
            const auto *box = qobject_cast<QCheckBox *>(m_table->cellWidget(row, AlsoUnarmed + k));
            if (box->isChecked() && kKinds[k] != key.reference)
                key.alternatives << kKinds[k];
        }
        key.expectOverride = qobject_cast<QCheckBox *>(m_table->cellWidget(row, Override))->isChecked();
        key.expectedReason =
            key.expectOverride
                ? qobject_cast<QComboBox *>(m_table->cellWidget(row, Reason))->currentData().toString()
                : QString();
        if (!(key == before))
            key.source = QStringLiteral("trainer");
    }
    return s;
}

void KeyEditorPanel::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

void KeyEditorPanel::markModified()
{
    setModified(true);
}

} // namespace rr
