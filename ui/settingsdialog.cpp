#include "settingsdialog.h"

#include "session/consolesettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace rr {

SettingsDialog::SettingsDialog(const SignedInUser &user, QSettings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_uri(new QLineEdit), m_sslMode(new QComboBox),
      m_caFile(new QLineEdit), m_browse(new QPushButton(tr("&Browse\u2026"))), m_lock(new QSpinBox),
      m_message(new QLabel), m_save(new QPushButton(tr("&Save")))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("RightResponse \u2014 settings"));
    m_uri->setObjectName(QStringLiteral("databaseUri"));
    m_uri->setAccessibleDescription(
        tr("The shared PostgreSQL server; empty for this machine's embedded database"));
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    m_sslMode->setAccessibleDescription(
        tr("How the connection to the shared server is encrypted and checked"));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setAccessibleName(tr("CA file"));
    m_caFile->setAccessibleDescription(tr("The certificate authority that signed the server's certificate"));
    m_lock->setObjectName(QStringLiteral("lockAfterMinutes"));
    m_lock->setAccessibleDescription(tr("Lock the console after this many minutes without a key or a click"));
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_save->setObjectName(QStringLiteral("saveSettings"));
    m_save->setAccessibleDescription(tr("Save these settings for this workstation"));

    const ConsoleSettings current = ConsoleSettings::load(settings);
    m_uri->setText(current.database.uri);
    m_uri->setPlaceholderText(
        tr("empty: this machine's embedded database; e.g. host=db.centre.example dbname=rightresponse"));
    m_sslMode->addItem(tr("libpq's default (prefer)"), QString());
    for (const QString &mode : DatabaseSettings::sslModes())
        m_sslMode->addItem(mode == u"verify-full" ? tr("verify-full (recommended)") : mode, mode);
    m_sslMode->setCurrentIndex(qMax(0, m_sslMode->findData(current.database.sslMode)));
    m_caFile->setText(current.database.caFile);
    m_caFile->setPlaceholderText(tr("the CA that signed the server's certificate"));
    // The hints show whole in every language (Spanish runs longer than English).
    for (QLineEdit *e : {m_uri, m_caFile})
        e->setMinimumWidth(e->fontMetrics().horizontalAdvance(e->placeholderText()) + 24);
    m_lock->setRange(0, 24 * 60);
    m_lock->setSuffix(tr(" min"));
    m_lock->setSpecialValueText(tr("never"));
    m_lock->setValue(current.lockAfterMinutes);
    m_message->setWordWrap(true);

    auto *ca = new QHBoxLayout;
    ca->addWidget(m_caFile, 1);
    ca->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Shared &server:"), m_uri);
    form->addRow(tr("&TLS:"), m_sslMode);
    auto *caLabel = new QLabel(tr("&CA file:")); // a row of a layout gets no buddy of its own: Alt+C
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, ca);
    form->addRow(tr("&Lock after:"), m_lock);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleDescription(tr("Close without saving"));
    m_browse->setAccessibleDescription(tr("Choose the CA file"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    // Tab goes through the buttons in the order they are shown (once they are in the dialog).
    QWidget::setTabOrder(m_save, buttons->button(QDialogButtonBox::Cancel));
    setMinimumWidth(std::max(560, layout->minimumSize().width())); // no narrower than its longest line

    const bool admin = user.canManageStaff();
    for (QWidget *w : {static_cast<QWidget *>(m_uri), static_cast<QWidget *>(m_caFile)})
        static_cast<QLineEdit *>(w)->setReadOnly(!admin);
    m_sslMode->setEnabled(admin);
    m_browse->setEnabled(admin);
    m_lock->setEnabled(admin);
    m_save->setEnabled(admin);
    if (!admin)
        m_message->setText(tr("Only an administrator changes these settings."));

    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("The CA file"), m_caFile->text(),
                                                          tr("Certificates (*.crt *.pem);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    connect(m_save, &QPushButton::clicked, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

int SettingsDialog::lockAfterMinutes() const
{
    return m_lock->value();
}

void SettingsDialog::save()
{
    ConsoleSettings s;
    s.database.uri = m_uri->text().trimmed();
    s.database.sslMode = m_sslMode->currentData().toString();
    s.database.caFile = m_caFile->text().trimmed();
    s.lockAfterMinutes = m_lock->value();
    if (const Result<void> checked = s.check(); !checked) {
        m_message->setStyleSheet(QStringLiteral("color: #e0663a; font-weight: bold;"));
        m_message->setText(QStringLiteral("\u26A0 ") + checked.error());
        return;
    }
    s.save(m_settings);
    m_settings.sync();
    accept();
}

} // namespace rr
