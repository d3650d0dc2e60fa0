#include "ui/settings/SettingsDialog.h"

#include "core/advisor/session/AdvisorConfig.h"
#include "core/analytics/ReturnStats.h"
#include "core/model/DatabaseUrl.h"
#include "core/secrets/KnownSecrets.h"
#include "core/workspace/PortfolioService.h"
#include "core/workspace/SettingsService.h"
#include "core/workspace/Workspace.h"
#include "ui/settings/DataProvidersPage.h"
#include "ui/settings/Language.h"
#include "ui/settings/NewsFeedsPage.h"
#include "ui/settings/ReportSettingsPage.h"
#include "ui/settings/Theme.h"
#include "ui/shell/DisplayNames.h"
#include "ui/shell/JobTracker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace sn::ui {

namespace {

QString errorText(const Error &e)
{
    return QString::fromStdString(e.toUserString());
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    return l;
}

} // namespace

SettingsDialog::SettingsDialog(const Workspace &db, JobTracker &jobs, SecretStore secrets, QWidget *parent)
    : QDialog(parent), m_workspace(db), m_jobs(jobs), m_secrets(std::move(secrets)),
      m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("SettingsDialog"));
    m_tabs->addTab(databasePage(), tr("&Database"));
    m_tabs->addTab(keysPage(), tr("API &keys"));
    m_tabs->addTab(new DataProvidersPage(m_workspace, m_jobs, m_secrets, this), tr("Data p&roviders"));
    m_tabs->addTab(analyticsPage(), tr("A&nalytics"));
    m_tabs->addTab(advisorPage(), tr("Ad&visor"));
    m_tabs->addTab(new ReportSettingsPage(m_workspace, m_jobs, this), tr("R&eports"));
    m_tabs->addTab(appearancePage(), tr("A&ppearance"));
    m_tabs->addTab(new NewsFeedsPage(m_workspace, m_jobs, this), tr("News &feeds"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(640, 460);
    loadAnalytics();
    loadAdvisor();
    for (const KeyRow &r : m_keys)
        checkKey(r.key);
}

// ---- Database -------------------------------------------------------------

QWidget *SettingsDialog::databasePage()
{
    auto *page = new QWidget(this);
    m_sqlite = new QRadioButton(tr("&SQLite file (embedded, no set-up)"), page);
    m_postgres = new QRadioButton(tr("Postgre&SQL server"), page);
    m_sqlitePath = new QLineEdit(page);
    m_sqlitePath->setAccessibleName(tr("SQLite file"));
    auto *browse = new QPushButton(tr("&Browse..."), page);
    connect(browse, &QPushButton::clicked, this, [this]() {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("SQLite database"), m_sqlitePath->text(),
                                         tr("SQLite databases (*.sqlite *.db);;All files (*)"), nullptr,
                                         QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_sqlitePath->setText(path);
    });
    m_postgresUrl = new QLineEdit(page);
    m_postgresUrl->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/database"));
    m_postgresUrl->setAccessibleName(tr("PostgreSQL URL"));
    m_postgresPassword = new QLineEdit(page);
    m_postgresPassword->setEchoMode(QLineEdit::Password);
    m_postgresPassword->setAccessibleName(tr("PostgreSQL password"));
    m_postgresPassword->setPlaceholderText(tr("kept in the keychain"));
    m_connection = new QLabel(page);
    m_connection->setWordWrap(true);
    m_connection->setAccessibleName(tr("Connection status"));
    auto *test = new QPushButton(tr("&Test connection"), page);
    connect(test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    auto *save = new QPushButton(tr("&Use from next start"), page);
    connect(save, &QPushButton::clicked, this, &SettingsDialog::saveDatabase);

    const QString configured = QSettings().value(QString::fromLatin1(kDatabaseUrlKey)).toString();
    const QString inUse = configured.isEmpty() ? Workspace::defaultUrl() : configured;
    auto parsed = DatabaseUrl::parse(inUse);
    if (parsed && parsed->engine() == DatabaseUrl::Engine::PostgreSql) {
        m_postgres->setChecked(true);
        m_postgresUrl->setText(parsed->display().replace(QStringLiteral(":****@"), QStringLiteral("@")));
        m_sqlitePath->setText(DatabaseUrl::parse(Workspace::defaultUrl())->path());
    } else {
        m_sqlite->setChecked(true);
        m_sqlitePath->setText(parsed ? parsed->path() : QString());
    }

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_sqlitePath, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(m_sqlite);
    form->addRow(tr("File:"), pathRow);
    form->addRow(m_postgres);
    form->addRow(tr("URL:"), m_postgresUrl);
    form->addRow(tr("Password:"), m_postgresPassword);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(test);
    buttons->addWidget(save);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(note(tr("In use now: %1").arg(m_workspace.displayUrl()), page));
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_connection);
    layout->addWidget(
        note(tr("A new database is created and migrated on first use; the sample data is loaded only "
                "into the default file. The change takes effect when SuperNova starts next."),
             page));
    layout->addStretch(1);
    return page;
}

QString SettingsDialog::enteredUrl() const
{
    if (m_sqlite->isChecked())
        return QStringLiteral("sqlite://") + m_sqlitePath->text().trimmed();
    QString url = m_postgresUrl->text().trimmed();
    const QString password = m_postgresPassword->text();
    if (!password.isEmpty()) {
        // Only for this test: the password joins the URL in memory, never in a file.
        QUrl u(url);
        u.setPassword(password);
        url = u.toString(QUrl::FullyEncoded);
    }
    return url;
}

QString SettingsDialog::connectionStatus() const
{
    return m_connection->text();
}

void SettingsDialog::testConnection()
{
    const QString url = enteredUrl();
    m_connection->setText(tr("Testing..."));
    m_jobs.run<int>(
        tr("Testing database connection"),
        [url](const JobTracker::ProgressFn &, const std::atomic<bool> &) -> Result<int> {
            return Workspace::testConnection(url);
        },
        this,
        [this](Result<int> version) {
            const QString text = version ? tr("Connected: schema version %1 (%2).")
                                               .arg(version.value())
                                               .arg(version.value() == 0 ? tr("empty, will be created")
                                                                         : tr("existing SuperNova database"))
                                         : tr("Cannot connect: %1").arg(errorText(version.error()));
            m_connection->setText(text);
            Q_EMIT connectionTested(bool(version), text);
        });
}

bool SettingsDialog::saveDatabase()
{
    auto parsed = DatabaseUrl::parse(enteredUrl());
    if (!parsed) {
        m_connection->setText(tr("Not saved: %1").arg(errorText(parsed.error())));
        return false;
    }
    QSettings settings;
    if (parsed->engine() == DatabaseUrl::Engine::Sqlite) {
        settings.setValue(QString::fromLatin1(kDatabaseUrlKey),
                          QString(QStringLiteral("sqlite://") + parsed->path()));
        m_connection->setText(tr("Saved: SuperNova uses %1 from its next start.").arg(parsed->path()));
        return true;
    }
    // The URL is kept without its password; the password goes to the keychain.
    QUrl u(m_postgresUrl->text().trimmed());
    u.setPassword({});
    settings.setValue(QString::fromLatin1(kDatabaseUrlKey), u.toString(QUrl::FullyEncoded));
    if (!m_postgresPassword->text().isEmpty())
        storeKey(QString::fromLatin1(kDatabasePasswordSecret), m_postgresPassword->text());
    m_postgresPassword->clear();
    m_connection->setText(tr("Saved: SuperNova uses %1 from its next start.").arg(parsed->display()));
    return true;
}

// ---- API keys -------------------------------------------------------------

QWidget *SettingsDialog::keysPage()
{
    auto *page = new QWidget(this);
    auto *grid = new QGridLayout;
    int line = 0;
    for (const KnownSecret &s : knownSecrets()) {
        const QString key = QString::fromUtf8(s.key.data(), static_cast<qsizetype>(s.key.size()));
        if (key == QLatin1String(kDatabasePasswordSecret))
            continue; // set with the database
        KeyRow r;
        r.key = key;
        r.field = new QLineEdit(page);
        r.field->setEchoMode(QLineEdit::Password);
        // The label as its reader reads it (the CLI's `secrets` shows it in English).
        r.field->setAccessibleName(
            QString::fromStdString(userText("sn::KnownSecrets", std::string(s.label).c_str())));
        r.field->setAccessibleDescription(tr("Type a new key and press Save; a stored key is never shown"));
        r.status = new QLabel(page);
        r.status->setAccessibleName(tr("%1 status").arg(r.field->accessibleName()));
        auto *save = new QPushButton(tr("Save"), page);
        auto *check = new QPushButton(tr("Check"), page);
        check->setToolTip(tr("Reads the key back from the keychain"));
        auto *remove = new QPushButton(tr("Delete"), page);
        connect(save, &QPushButton::clicked, this, [this, key]() {
            if (KeyRow *k = row(key))
                storeKey(key, k->field->text());
        });
        connect(r.field, &QLineEdit::returnPressed, save, &QPushButton::click);
        connect(check, &QPushButton::clicked, this, [this, key]() { checkKey(key); });
        connect(remove, &QPushButton::clicked, this, [this, key]() { deleteKey(key); });
        auto *label = new QLabel(r.field->accessibleName(), page);
        label->setBuddy(r.field);
        grid->addWidget(label, line, 0, 1, 4);
        grid->addWidget(r.field, line + 1, 0);
        grid->addWidget(save, line + 1, 1);
        grid->addWidget(check, line + 1, 2);
        grid->addWidget(remove, line + 1, 3);
        grid->addWidget(r.status, line + 2, 0, 1, 4);
        line += 3;
        m_keys.push_back(r);
    }
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(
        note(tr("Keys are kept only in the system keychain (Secret Service), never in files, settings "
                "or logs. Without a keychain they cannot be stored."),
             page));
    layout->addLayout(grid);
    layout->addStretch(1);
    return page;
}

SettingsDialog::KeyRow *SettingsDialog::row(const QString &key)
{
    for (KeyRow &r : m_keys)
        if (r.key == key)
            return &r;
    return nullptr;
}

QString SettingsDialog::keyStatus(const QString &key) const
{
    for (const KeyRow &r : m_keys)
        if (r.key == key)
            return r.status->text();
    return {};
}

void SettingsDialog::setKeyStatus(const QString &key, const QString &status)
{
    if (KeyRow *r = row(key))
        r->status->setText(status);
    Q_EMIT keyStatusChanged(key, status);
}

void SettingsDialog::storeKey(const QString &key, const QString &secret)
{
    if (secret.trimmed().isEmpty()) {
        setKeyStatus(key, tr("Not saved: the key is empty."));
        return;
    }
    setKeyStatus(key, tr("Saving..."));
    m_secrets.set(key, secret.trimmed(), this, [this, key](const Result<void> &done) {
        if (!done) {
            setKeyStatus(key, tr("Not saved: %1").arg(errorText(done.error())));
            return;
        }
        if (KeyRow *r = row(key))
            r->field->clear();
        setKeyStatus(key, tr("Stored in the keychain."));
    });
}

void SettingsDialog::checkKey(const QString &key)
{
    m_secrets.get(key, this, [this, key](const Result<QString> &value) {
        if (value)
            setKeyStatus(key, tr("Stored (%n character(s)).", nullptr, static_cast<int>(value->size())));
        else if (value.error().code == ErrorCode::NotFound)
            setKeyStatus(key, tr("Not stored."));
        else
            setKeyStatus(key, tr("Keychain unavailable: %1").arg(errorText(value.error())));
    });
}

void SettingsDialog::deleteKey(const QString &key)
{
    m_secrets.remove(key, this, [this, key](const Result<void> &done) {
        setKeyStatus(key, done ? tr("Deleted from the keychain.")
                               : tr("Not deleted: %1").arg(errorText(done.error())));
    });
}

// ---- Analytics ------------------------------------------------------------

QWidget *SettingsDialog::analyticsPage()
{
    auto *page = new QWidget(this);
    m_convention = new QComboBox(page);
    m_convention->setAccessibleName(tr("Default statistics convention"));
    for (const std::string &name : Convention::profileNames())
        m_convention->addItem(DisplayNames::convention(name), QString::fromStdString(name));
    m_riskFree = new QDoubleSpinBox(page);
    m_riskFree->setAccessibleName(tr("Risk-free rate"));
    m_riskFree->setRange(-5.0, 20.0);
    m_riskFree->setDecimals(3);
    m_riskFree->setSuffix(QStringLiteral(" %"));
    m_analyticsStatus = new QLabel(page);
    m_analyticsStatus->setWordWrap(true);
    auto *save = new QPushButton(tr("&Save"), page);
    connect(save, &QPushButton::clicked, this, &SettingsDialog::saveAnalytics);
    auto *form = new QFormLayout;
    form->addRow(tr("&Convention:"), m_convention);
    form->addRow(tr("&Risk-free rate (annual):"), m_riskFree);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(
        note(tr("supernova: 252 days, sample deviation, risk-free rate compounded to a daily rate. "
                "vectorbt, backtrader and lean reproduce those tools' own formulas. Stored in the "
                "database, so supernova-cli uses the same defaults."),
             page));
    layout->addLayout(form);
    layout->addWidget(save, 0, Qt::AlignLeft);
    layout->addWidget(m_analyticsStatus);
    layout->addStretch(1);
    return page;
}

void SettingsDialog::loadAnalytics()
{
    const Workspace *db = &m_workspace;
    struct Stored
    {
        QString convention;
        QString riskFree;
    };
    m_jobs.run<Stored>(
        tr("Reading settings"),
        [db](const JobTracker::ProgressFn &, const std::atomic<bool> &) -> Result<Stored> {
            SettingsService settings(*db);
            Stored s;
            if (auto c = settings.get(QString::fromLatin1(kConventionSetting)); c)
                s.convention = *c;
            if (auto r = settings.get(QString::fromLatin1(PortfolioService::kRiskFreeSetting)); r)
                s.riskFree = *r;
            return s;
        },
        this,
        [this](Result<Stored> stored) {
            if (stored) {
                const int at = m_convention->findData(
                    stored->convention.isEmpty() ? QStringLiteral("supernova") : stored->convention);
                m_convention->setCurrentIndex(std::max(at, 0));
                m_riskFree->setValue(stored->riskFree.toDouble() * 100.0);
            }
            Q_EMIT analyticsLoaded();
        });
}

bool SettingsDialog::saveAnalytics()
{
    SettingsService settings(m_workspace);
    // A one-row write: quick enough for the GUI thread, and the user waits for its answer.
    auto c = settings.set(QString::fromLatin1(kConventionSetting), m_convention->currentData().toString());
    auto r = c ? settings.set(QString::fromLatin1(PortfolioService::kRiskFreeSetting),
                              QString::number(m_riskFree->value() / 100.0, 'g', 10))
               : c;
    m_analyticsStatus->setText(r ? tr("Saved.") : tr("Not saved: %1").arg(errorText(r.error())));
    return bool(r);
}

// ---- Advisor --------------------------------------------------------------

QWidget *SettingsDialog::advisorPage()
{
    auto *page = new QWidget(this);
    m_dailyLimit = new QDoubleSpinBox(page);
    m_dailyLimit->setAccessibleName(tr("Daily cost limit"));
    m_dailyLimit->setRange(0.0, 10000.0);
    m_dailyLimit->setDecimals(2);
    m_dailyLimit->setPrefix(QStringLiteral("$"));
    m_dailyLimit->setSpecialValueText(tr("no limit"));
    m_riskScore = new QSpinBox(page);
    m_riskScore->setAccessibleName(tr("Risk score"));
    m_riskScore->setRange(1, 10);
    m_horizon = new QDoubleSpinBox(page);
    m_horizon->setAccessibleName(tr("Investment horizon"));
    m_horizon->setRange(0.5, 60.0);
    m_horizon->setDecimals(1);
    m_horizon->setSuffix(tr(" years"));
    m_objectives = new QLineEdit(page);
    m_objectives->setAccessibleName(tr("Objectives"));
    m_objectives->setPlaceholderText(tr("comma-separated, e.g. retirement income, capital growth"));
    m_constraints = new QLineEdit(page);
    m_constraints->setAccessibleName(tr("Constraints"));
    m_constraints->setPlaceholderText(tr("comma-separated, e.g. no single stock above 20 %"));
    m_prices = new QTableWidget(0, 3, page);
    m_prices->setAccessibleName(tr("Model prices"));
    m_prices->setHorizontalHeaderLabels(
        {tr("Model (name prefix)"), tr("Input $ / 1M tokens"), tr("Output $ / 1M tokens")});
    m_prices->horizontalHeader()->setStretchLastSection(true);
    auto *addPrice = new QPushButton(tr("Add model"), page);
    connect(addPrice, &QPushButton::clicked, this, [this]() {
        const int r = m_prices->rowCount();
        m_prices->insertRow(r);
        m_prices->setItem(r, 0, new QTableWidgetItem());
        m_prices->setItem(r, 1, new QTableWidgetItem(QStringLiteral("0")));
        m_prices->setItem(r, 2, new QTableWidgetItem(QStringLiteral("0")));
        m_prices->editItem(m_prices->item(r, 0));
    });
    auto *removePrice = new QPushButton(tr("Remove model"), page);
    connect(removePrice, &QPushButton::clicked, this, [this]() {
        if (m_prices->currentRow() >= 0)
            m_prices->removeRow(m_prices->currentRow());
    });
    m_advisorStatus = new QLabel(page);
    m_advisorStatus->setWordWrap(true);
    m_advisorStatus->setAccessibleName(tr("Advisor settings status"));
    auto *save = new QPushButton(tr("&Save"), page);
    connect(save, &QPushButton::clicked, this, &SettingsDialog::saveAdvisor);

    auto *form = new QFormLayout;
    form->addRow(tr("Daily &cost limit (cloud models):"), m_dailyLimit);
    form->addRow(tr("Risk &score (1 cautious - 10 aggressive):"), m_riskScore);
    form->addRow(tr("&Horizon:"), m_horizon);
    form->addRow(tr("&Objectives:"), m_objectives);
    form->addRow(tr("C&onstraints:"), m_constraints);
    auto *priceButtons = new QHBoxLayout;
    priceButtons->addWidget(addPrice);
    priceButtons->addWidget(removePrice);
    priceButtons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(
        note(tr("Prices estimate each message's cost and count against the daily limit; the defaults are "
                "list prices at the time of writing, edit them to your contract. Local servers cost "
                "nothing and are never blocked."),
             page));
    layout->addWidget(m_prices, 1);
    layout->addLayout(priceButtons);
    layout->addWidget(save, 0, Qt::AlignLeft);
    layout->addWidget(m_advisorStatus);
    return page;
}

void SettingsDialog::loadAdvisor()
{
    const Workspace *db = &m_workspace;
    m_jobs.run<advisor::AdvisorConfig>(
        tr("Reading advisor settings"),
        [db](const JobTracker::ProgressFn &, const std::atomic<bool> &) {
            return advisor::AdvisorConfig::load(db->database());
        },
        this,
        [this](Result<advisor::AdvisorConfig> config) {
            if (!config) {
                m_advisorStatus->setText(
                    tr("Stored advisor settings cannot be read: %1").arg(errorText(config.error())));
                Q_EMIT advisorLoaded();
                return;
            }
            m_dailyLimit->setValue(std::max(0.0, config->dailyLimitUsd));
            m_riskScore->setValue(config->risk.riskScore);
            m_horizon->setValue(config->risk.horizonYears);
            m_objectives->setText(config->risk.objectives.join(QStringLiteral(", ")));
            m_constraints->setText(config->risk.constraints.join(QStringLiteral(", ")));
            m_prices->setRowCount(0);
            for (const auto &[model, price] : config->prices) {
                const int r = m_prices->rowCount();
                m_prices->insertRow(r);
                m_prices->setItem(r, 0, new QTableWidgetItem(model));
                m_prices->setItem(r, 1, new QTableWidgetItem(QString::number(price.inputPerMTok)));
                m_prices->setItem(r, 2, new QTableWidgetItem(QString::number(price.outputPerMTok)));
            }
            Q_EMIT advisorLoaded();
        });
}

QString SettingsDialog::advisorStatus() const
{
    return m_advisorStatus->text();
}

bool SettingsDialog::saveAdvisor()
{
    auto splitList = [](const QString &text) {
        QStringList out;
        for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!part.trimmed().isEmpty())
                out << part.trimmed();
        return out;
    };
    std::map<QString, advisor::ModelPrice> prices;
    for (int r = 0; r < m_prices->rowCount(); ++r) {
        const QString model = m_prices->item(r, 0) ? m_prices->item(r, 0)->text().trimmed() : QString();
        bool okIn = false, okOut = false;
        const double in = m_prices->item(r, 1) ? m_prices->item(r, 1)->text().trimmed().toDouble(&okIn) : 0.0;
        const double out =
            m_prices->item(r, 2) ? m_prices->item(r, 2)->text().trimmed().toDouble(&okOut) : 0.0;
        if (model.isEmpty() || !okIn || !okOut || in < 0 || out < 0) {
            m_advisorStatus->setText(
                tr("Not saved: price table line %1 needs a model name and two prices of 0 or more.")
                    .arg(r + 1));
            return false;
        }
        prices[model] = advisor::ModelPrice{in, out};
    }
    // The rest of the configuration (provider, persona, privacy) belongs to the advisor view and is kept.
    auto config = advisor::AdvisorConfig::load(m_workspace.database());
    if (!config) {
        m_advisorStatus->setText(tr("Not saved: %1").arg(errorText(config.error())));
        return false;
    }
    config->dailyLimitUsd = m_dailyLimit->value();
    config->risk.riskScore = m_riskScore->value();
    config->risk.horizonYears = m_horizon->value();
    config->risk.objectives = splitList(m_objectives->text());
    config->risk.constraints = splitList(m_constraints->text());
    config->prices = std::move(prices);
    auto saved = config->validate();
    if (saved)
        saved = config->save(m_workspace.database());
    m_advisorStatus->setText(saved ? tr("Saved.") : tr("Not saved: %1").arg(errorText(saved.error())));
    return bool(saved);
}

// ---- Appearance -----------------------------------------------------------

QWidget *SettingsDialog::appearancePage()
{
    auto *page = new QWidget(this);
    m_theme = new QComboBox(page);
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("System"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(m_theme->findData(Theme::name(Theme::current())));
    connect(m_theme, &QComboBox::activated, this, [this]() { setTheme(m_theme->currentData().toString()); });
    m_language = new QComboBox(page);
    m_language->setAccessibleName(tr("Language"));
    for (const QString &code : Language::codes())
        m_language->addItem(Language::displayName(code), code);
    const QString stored =
        QSettings().value(QString::fromLatin1(Language::kSettingsKey), QStringLiteral("system")).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(stored)));
    connect(m_language, &QComboBox::activated, this,
            [this]() { setLanguage(m_language->currentData().toString()); });
    m_appearanceStatus = new QLabel(page);
    auto *form = new QFormLayout;
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Language:"), m_language);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_appearanceStatus);
    layout->addStretch(1);
    return page;
}

void SettingsDialog::setTheme(const QString &name)
{
    Theme::apply(Theme::fromName(name));
    QSettings().setValue(QString::fromLatin1(Theme::kSettingsKey), name);
    m_theme->setCurrentIndex(m_theme->findData(name));
}

void SettingsDialog::setLanguage(const QString &code)
{
    QSettings().setValue(QString::fromLatin1(Language::kSettingsKey), code);
    if (!Language::apply(code))
        m_appearanceStatus->setText(tr("No translation for %1 is available; English is used.").arg(code));
    else
        m_appearanceStatus->clear();
}

} // namespace sn::ui
