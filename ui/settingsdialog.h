#pragma once

#include "domain/staff.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSpinBox;

namespace rr {

// The console's settings: the shared server (libpq URI), TLS (sslmode, the CA file) and the idle lock. Only
// an administrator (or the database owner) changes them; anyone else sees them read-only. Saved to the
// settings file when they check out (an unknown mode, an unreadable CA file or verify-full without one are
// said plainly); the database settings take effect when the console starts again. GUI thread.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const SignedInUser &user, QSettings &settings, QWidget *parent = nullptr);

    // The idle lock saved, in minutes (valid once accepted).
    int lockAfterMinutes() const;

private:
    void save();

    QSettings &m_settings;
    QLineEdit *m_uri;
    QComboBox *m_sslMode;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    QSpinBox *m_lock;
    QLabel *m_message;
    QPushButton *m_save;
};

} // namespace rr
