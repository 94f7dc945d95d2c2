#pragma once

#include "domain/responsekind.h"

#include <QDialog>
#include <QList>

class QButtonGroup;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QLabel;

namespace rr {

struct OverrideReason
{
    QString code;
    QString label;
    bool needsNote = false;
};
// The reasons of the default schema (override_reasons), in their order.
QList<OverrideReason> defaultOverrideReasons();

// Asks for the kind to send instead of the suggestion, a reason from the list and an optional note ("other"
// needs one). Completable from the keyboard alone: 1/2/3 choose the kind, arrows the reason, Enter confirms.
// GUI thread.
class OverrideDialog : public QDialog
{
    Q_OBJECT
public:
    OverrideDialog(const QString &cadId, ResponseKind suggested, const QList<OverrideReason> &reasons,
                   QWidget *parent = nullptr);

    ResponseKind kind() const;
    QString reasonCode() const;
    QString note() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();

    QList<OverrideReason> m_reasons;
    ResponseKind m_suggested;
    QButtonGroup *m_kinds;
    QListWidget *m_reasonList;
    QLineEdit *m_note;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace rr
