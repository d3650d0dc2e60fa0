#include "ui/settings/DataProvidersPage.h"

#include "core/workspace/MarketFetchService.h"
#include "core/workspace/Workspace.h"
#include "ui/market/NetworkStatus.h"
#include "ui/shell/JobTracker.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sn::ui {

namespace {

QString errorText(const Error &e)
{
    return QString::fromStdString(e.toUserString());
}

struct Stored
{
    std::vector<ProviderChoice> providers;
    RefreshSchedule schedule;
};

} // namespace

DataProvidersPage::DataProvidersPage(const Workspace &workspace, JobTracker &jobs, SecretStore secrets,
                                     QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_jobs(jobs), m_secrets(std::move(secrets)),
      m_list(new QListWidget(this)), m_title(new QLabel(this)), m_baseUrl(new QLineEdit(this)),
      m_key(new QLineEdit(this)), m_storeKey(new QPushButton(tr("Store key"), this)),
      m_deleteKey(new QPushButton(tr("Delete key"), this)), m_keyLabel(new QLabel(this)),
      m_test(new QPushButton(tr("&Test connection"), this)), m_testStatus(new QLabel(this)),
      m_refreshEnabled(new QCheckBox(tr("&Refresh watchlist symbols on a schedule"), this)),
      m_interval(new QSpinBox(this)),
      m_allowMetered(new QCheckBox(tr("Also on a &metered connection"), this)), m_network(new QLabel(this)),
      m_status(new QLabel(this))
{
    m_list->setAccessibleName(tr("Providers in priority order"));
    m_list->setAccessibleDescription(tr("The first enabled provider is used unless you pick another; "
                                        "uncheck a provider to disable it"));
    auto *up = new QPushButton(tr("Move &up"), this);
    auto *down = new QPushButton(tr("Move &down"), this);
    connect(up, &QPushButton::clicked, this, &DataProvidersPage::moveUp);
    connect(down, &QPushButton::clicked, this, &DataProvidersPage::moveDown);
    connect(m_list, &QListWidget::currentRowChanged, this, [this]() { showCurrent(); });

    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_baseUrl->setAccessibleDescription(tr("Empty: the vendor's own address. Change it for a proxy."));
    connect(m_baseUrl, &QLineEdit::editingFinished, this, &DataProvidersPage::keepEditedUrl);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("API key"));
    m_key->setAccessibleDescription(tr("Type a new key and store it; a stored key is never shown"));
    m_key->setPlaceholderText(tr("kept in the keychain"));
    connect(m_storeKey, &QPushButton::clicked, this, &DataProvidersPage::storeKey);
    connect(m_key, &QLineEdit::returnPressed, this, &DataProvidersPage::storeKey);
    connect(m_deleteKey, &QPushButton::clicked, this, &DataProvidersPage::deleteKey);
    m_keyLabel->setAccessibleName(tr("API key status"));
    connect(m_test, &QPushButton::clicked, this, &DataProvidersPage::testConnection);
    m_testStatus->setWordWrap(true);
    m_testStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testStatus->setAccessibleName(tr("Connection test result"));

    m_interval->setRange(ProviderSettings::kMinIntervalMinutes, ProviderSettings::kMaxIntervalMinutes);
    m_interval->setValue(RefreshSchedule{}.intervalMinutes);
    m_interval->setSuffix(tr(" min"));
    m_interval->setAccessibleName(tr("Refresh interval"));
    m_network->setWordWrap(true);
    m_network->setText(currentNetworkStatus().describe());
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Data providers status"));
    auto *save = new QPushButton(tr("&Save"), this);
    connect(save, &QPushButton::clicked, this, &DataProvidersPage::save);

    auto *listButtons = new QVBoxLayout;
    listButtons->addWidget(up);
    listButtons->addWidget(down);
    listButtons->addStretch(1);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(listButtons);

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_storeKey);
    keyRow->addWidget(m_deleteKey);
    auto *detail = new QFormLayout;
    detail->addRow(m_title);
    detail->addRow(tr("&Base URL:"), m_baseUrl);
    auto *keyLabel = new QLabel(tr("API &key:"), this);
    keyLabel->setBuddy(m_key); // a row holding a layout gets no buddy by itself
    detail->addRow(keyLabel, keyRow);
    detail->addRow(QString(), m_keyLabel);
    detail->addRow(m_test, m_testStatus);

    auto *refresh = new QGroupBox(tr("Scheduled refresh"), this);
    auto *refreshForm = new QFormLayout(refresh);
    refreshForm->addRow(m_refreshEnabled);
    refreshForm->addRow(tr("&Every:"), m_interval);
    refreshForm->addRow(m_allowMetered);
    refreshForm->addRow(m_network);

    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(tr("Prices are fetched from the first enabled provider unless you pick another "
                                "in Market data; supernova-cli uses the same order and addresses. Keys are "
                                "kept only in the system keychain."),
                             this);
    about->setWordWrap(true);
    layout->addWidget(about);
    layout->addLayout(listRow, 1);
    layout->addLayout(detail);
    layout->addWidget(refresh);
    layout->addWidget(save, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    load();
}

void DataProvidersPage::load()
{
    const Workspace *ws = &m_workspace;
    m_jobs.run<Stored>(
        tr("Reading data provider settings"),
        [ws](const JobTracker::ProgressFn &, const std::atomic<bool> &) -> Result<Stored> {
            ProviderSettings settings(*ws);
            auto providers = settings.providers();
            if (!providers)
                return providers.error();
            auto schedule = settings.schedule();
            if (!schedule)
                return schedule.error();
            return Stored{std::move(providers).value(), *schedule};
        },
        this,
        [this](Result<Stored> stored) {
            if (!stored) {
                m_status->setText(
                    tr("Could not read the data provider settings: %1").arg(errorText(stored.error())));
                Q_EMIT loaded();
                return;
            }
            m_list->clear();
            m_choices.clear();
            for (const ProviderChoice &c : stored->providers) {
                m_choices.insert(c.id, c);
                auto *item = new QListWidgetItem(tr("%1 (%2)").arg(c.displayName, c.id), m_list);
                item->setData(Qt::UserRole, c.id);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(c.enabled ? Qt::Checked : Qt::Unchecked);
                if (!c.secretKey.isEmpty())
                    readKeyStatus(c.id);
                else
                    m_keyStatus.insert(c.id, tr("no key needed"));
            }
            m_refreshEnabled->setChecked(stored->schedule.enabled);
            m_interval->setValue(stored->schedule.intervalMinutes);
            m_allowMetered->setChecked(stored->schedule.allowMetered);
            m_shown.clear();
            if (m_list->count() > 0)
                m_list->setCurrentRow(0);
            Q_EMIT loaded();
        });
}

QString DataProvidersPage::currentProvider() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void DataProvidersPage::selectProvider(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(row);
}

void DataProvidersPage::keepEditedUrl()
{
    if (m_choices.contains(m_shown))
        m_choices[m_shown].baseUrl = m_baseUrl->text().trimmed();
}

void DataProvidersPage::showCurrent()
{
    keepEditedUrl();
    m_shown = currentProvider();
    if (!m_choices.contains(m_shown))
        return;
    const ProviderChoice &c = m_choices[m_shown];
    m_title->setText(tr("<b>%1</b>%2")
                         .arg(c.displayName.toHtmlEscaped(),
                              c.hasSearch ? tr(" - has symbol search") : tr(" - no symbol search")));
    m_baseUrl->setText(c.baseUrl);
    m_baseUrl->setPlaceholderText(c.defaultBaseUrl.toString());
    const bool needsKey = !c.secretKey.isEmpty();
    m_key->clear();
    m_key->setEnabled(needsKey);
    m_storeKey->setEnabled(needsKey);
    m_deleteKey->setEnabled(needsKey);
    m_keyLabel->setText(m_keyStatus.value(c.id));
    m_testStatus->clear();
}

void DataProvidersPage::move(int by)
{
    const int row = m_list->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    // Taking the item out moves the current row; the detail fields stay on the same provider.
    const QSignalBlocker block(m_list);
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
}

void DataProvidersPage::moveUp()
{
    move(-1);
}

void DataProvidersPage::moveDown()
{
    move(1);
}

void DataProvidersPage::setProviderEnabled(const QString &id, bool enabled)
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toString() == id)
            m_list->item(row)->setCheckState(enabled ? Qt::Checked : Qt::Unchecked);
}

QStringList DataProvidersPage::order() const
{
    QStringList out;
    for (int row = 0; row < m_list->count(); ++row)
        out << m_list->item(row)->data(Qt::UserRole).toString();
    return out;
}

QStringList DataProvidersPage::enabledProviders() const
{
    QStringList out;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->checkState() == Qt::Checked)
            out << m_list->item(row)->data(Qt::UserRole).toString();
    return out;
}

bool DataProvidersPage::save()
{
    keepEditedUrl();
    std::vector<ProviderChoice> providers;
    for (int row = 0; row < m_list->count(); ++row) {
        ProviderChoice c = m_choices.value(m_list->item(row)->data(Qt::UserRole).toString());
        c.enabled = m_list->item(row)->checkState() == Qt::Checked;
        providers.push_back(c);
    }
    RefreshSchedule schedule;
    schedule.enabled = m_refreshEnabled->isChecked();
    schedule.intervalMinutes = m_interval->value();
    schedule.allowMetered = m_allowMetered->isChecked();
    ProviderSettings settings(m_workspace);
    // A few settings rows in one transaction: quick enough for the GUI thread, and the user waits for it.
    auto saved = settings.saveProviders(providers);
    if (saved)
        saved = settings.saveSchedule(schedule);
    m_status->setText(saved ? tr("Saved.") : tr("Not saved: %1").arg(errorText(saved.error())));
    return bool(saved);
}

QString DataProvidersPage::keyStatus(const QString &id) const
{
    return m_keyStatus.value(id);
}

QString DataProvidersPage::testStatus() const
{
    return m_testStatus->text();
}

QString DataProvidersPage::status() const
{
    return m_status->text();
}

void DataProvidersPage::setKeyStatus(const QString &id, const QString &status)
{
    m_keyStatus.insert(id, status);
    if (id == m_shown)
        m_keyLabel->setText(status);
    Q_EMIT keyStatusChanged(id, status);
}

void DataProvidersPage::readKeyStatus(const QString &id)
{
    const QString key = m_choices.value(id).secretKey;
    setKeyStatus(id, tr("Checking the keychain..."));
    m_secrets.get(key, this, [this, id](const Result<QString> &secret) {
        if (secret)
            setKeyStatus(id, tr("key stored"));
        else if (secret.error().code == ErrorCode::NotFound)
            setKeyStatus(id, tr("no key stored"));
        else
            setKeyStatus(id, tr("keychain: %1").arg(errorText(secret.error())));
    });
}

void DataProvidersPage::storeKey()
{
    const QString id = currentProvider();
    const QString key = m_choices.value(id).secretKey;
    if (key.isEmpty())
        return;
    const QString secret = m_key->text().trimmed();
    if (secret.isEmpty()) {
        setKeyStatus(id, tr("Type the key first."));
        return;
    }
    m_key->clear(); // the field never keeps a key once it is handed to the keychain
    setKeyStatus(id, tr("Storing..."));
    m_secrets.set(key, secret, this, [this, id](const Result<void> &done) {
        setKeyStatus(id, done ? tr("key stored") : tr("Not stored: %1").arg(errorText(done.error())));
    });
}

void DataProvidersPage::deleteKey()
{
    const QString id = currentProvider();
    const QString key = m_choices.value(id).secretKey;
    if (key.isEmpty())
        return;
    m_secrets.remove(key, this, [this, id](const Result<void> &done) {
        setKeyStatus(id, done ? tr("no key stored") : tr("Not deleted: %1").arg(errorText(done.error())));
    });
}

void DataProvidersPage::testConnection()
{
    const QString id = currentProvider();
    if (id.isEmpty())
        return;
    QUrl base;
    if (const QString typed = m_baseUrl->text().trimmed(); !typed.isEmpty()) {
        auto checked = ProviderSettings::checkBaseUrl(id, typed);
        if (!checked) {
            m_testStatus->setText(tr("Not tested: %1").arg(errorText(checked.error())));
            Q_EMIT connectionTested(id, false, m_testStatus->text());
            return;
        }
        base = *checked;
    } else {
        base = m_choices.value(id).defaultBaseUrl; // an emptied field means the vendor's own, saved or not
    }
    m_testStatus->setText(tr("Testing %1...").arg(id));
    m_test->setEnabled(false);
    const Workspace *ws = &m_workspace;
    const SecretStore secrets = m_secrets;
    m_jobs.run<QString>(
        tr("Testing %1").arg(id),
        [ws, secrets, id, base](const JobTracker::ProgressFn &,
                                const std::atomic<bool> &) -> Result<QString> {
            // On the worker: the keychain answers on the GUI thread, which keeps running.
            MarketFetchService service(*ws,
                                       [secrets](const QString &key) { return secrets.getBlocking(key); });
            return service.testConnection(id, base);
        },
        this,
        [this, id](Result<QString> result) {
            m_test->setEnabled(true);
            const QString text =
                result ? tr("OK: %1").arg(*result) : tr("Failed: %1").arg(errorText(result.error()));
            if (id == m_shown)
                m_testStatus->setText(text);
            Q_EMIT connectionTested(id, bool(result), text);
        });
}

} // namespace sn::ui
