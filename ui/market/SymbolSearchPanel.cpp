#include "ui/market/SymbolSearchPanel.h"

#include "core/secrets/SecretStore.h"
#include "core/workspace/MarketFetchService.h"
#include "ui/market/SymbolMatchModel.h"
#include "ui/shell/ChangeWatcher.h"
#include "ui/shell/JobTracker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sn::ui {

SymbolSearchPanel::SymbolSearchPanel(const Workspace &workspace, JobTracker &jobs, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_jobs(jobs), m_provider(new QComboBox(this)),
      m_query(new QLineEdit(this)), m_add(new QPushButton(tr("&Add and fetch"), this)),
      m_status(new QLabel(this)), m_matches(new SymbolMatchModel(this)), m_results(new QTableView(this))
{
    m_query->setPlaceholderText(tr("Search a symbol or company name, e.g. apple"));
    m_query->setAccessibleName(tr("Search symbols"));
    m_query->setClearButtonEnabled(true);
    m_provider->setAccessibleName(tr("Search provider"));
    m_status->setWordWrap(true);
    m_results->setModel(m_matches);
    m_results->setAccessibleName(tr("Symbol search results"));
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setMaximumHeight(140);
    m_results->setVisible(false);
    m_add->setEnabled(false);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SymbolSearchPanel::search);
    connect(m_query, &QLineEdit::textChanged, this, [this]() { m_debounce.start(); });
    connect(m_query, &QLineEdit::returnPressed, this, [this]() {
        m_debounce.stop();
        search();
    });
    connect(m_provider, &QComboBox::activated, this, [this]() { search(); });
    connect(m_add, &QPushButton::clicked, this, [this]() { addSelected(); });
    connect(m_results, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { addSelected(index.row()); });
    connect(m_results->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this]() { m_add->setEnabled(m_results->selectionModel()->hasSelection()); });
    // Preferences may reorder or disable providers while the area is open.
    new ChangeWatcher(m_workspace, {Change::Entity::Setting}, this, [this](const ChangeSet &changes) {
        for (const Change &c : changes)
            if (c.key.startsWith(QLatin1String("providers.")) &&
                !c.key.startsWith(QLatin1String("providers.refresh.")))
                return reloadProviders();
    });

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Add a symbol:"), this));
    row->addWidget(m_query, 1);
    row->addWidget(m_provider);
    row->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_results);
    reloadProviders();
}

void SymbolSearchPanel::reloadProviders()
{
    // A settings read, cheap enough for the GUI thread (as the Fetch panel's provider list).
    auto choices = ProviderSettings(m_workspace).providers();
    const QString keep = provider();
    m_choices.clear();
    m_provider->clear();
    if (!choices) {
        m_status->setText(tr("Could not read the data providers: %1")
                              .arg(QString::fromStdString(choices.error().toUserString())));
        return;
    }
    for (const ProviderChoice &c : *choices)
        if (c.enabled) {
            m_choices.push_back(c);
            m_provider->addItem(c.id);
        }
    if (!keep.isEmpty())
        setProvider(keep);
}

void SymbolSearchPanel::setProvider(const QString &id)
{
    const int at = m_provider->findText(id);
    if (at >= 0)
        m_provider->setCurrentIndex(at);
}

QString SymbolSearchPanel::provider() const
{
    return m_provider->currentText();
}

QStringList SymbolSearchPanel::providers() const
{
    QStringList out;
    for (const ProviderChoice &c : m_choices)
        out << c.id;
    return out;
}

QString SymbolSearchPanel::statusText() const
{
    return m_status->text();
}

void SymbolSearchPanel::search()
{
    m_debounce.stop();
    const QString query = m_query->text().trimmed();
    const QString id = provider();
    const quint64 request = ++m_request; // also drops the answer of a search still running
    if (query.isEmpty()) {
        m_matches->setMatches({});
        m_results->setVisible(false);
        m_status->clear();
        return;
    }
    const ProviderChoice *choice = nullptr;
    for (const ProviderChoice &c : m_choices)
        if (c.id == id)
            choice = &c;
    if (!choice) {
        m_status->setText(tr("No data provider is enabled: enable one in Preferences > Data providers."));
        Q_EMIT searchFinished(false);
        return;
    }
    if (!choice->hasSearch) {
        m_matches->setMatches({});
        m_results->setVisible(false);
        m_status->setText(tr("Search is not offered by %1 (%2): type the exact symbol in Fetch / refresh, or "
                             "pick a provider that has a search.")
                              .arg(id, choice->displayName));
        Q_EMIT searchFinished(false);
        return;
    }
    m_status->setText(tr("Searching %1 for \"%2\"...").arg(id, query));
    ++m_sent;
    const Workspace *ws = &m_workspace;
    m_jobs.run<std::vector<SymbolMatch>>(
        tr("Searching %1").arg(id),
        [ws, id, query](const JobTracker::ProgressFn &, const std::atomic<bool> &) {
            // On the worker: a key, where the vendor needs one, comes from the keychain.
            MarketFetchService service(*ws,
                                       [](const QString &key) { return SecretStore().getBlocking(key); });
            return service.search(id, query);
        },
        this,
        [this, request, id, query](Result<std::vector<SymbolMatch>> result) {
            if (request != m_request)
                return; // the analyst typed on; a newer search is under way
            if (!result) {
                m_matches->setMatches({});
                m_results->setVisible(false);
                m_status->setText(QString::fromStdString(result.error().toUserString()));
                Q_EMIT searchFinished(false);
                return;
            }
            const int n = static_cast<int>(result->size());
            m_matches->setMatches(std::move(result).value());
            m_results->setVisible(n > 0);
            m_results->resizeColumnsToContents();
            m_status->setText(
                n == 0
                    ? tr("%1 knows no symbol for \"%2\".").arg(id, query)
                    : tr("%n match(es) from %1: pick one and Add to fetch its prices.", nullptr, n).arg(id));
            Q_EMIT searchFinished(true);
        });
}

bool SymbolSearchPanel::addSelected(int row)
{
    if (row < 0 && m_results->selectionModel()->hasSelection())
        row = m_results->selectionModel()->selectedRows().value(0).row();
    const SymbolMatch *match = m_matches->matchAt(row);
    if (!match)
        return false;
    Q_EMIT addRequested(match->symbol, provider());
    return true;
}

} // namespace sn::ui
