#include "ui/watchlists/WatchlistsView.h"

#include "core/workspace/MarketData.h"
#include "core/workspace/WatchlistService.h"
#include "ui/shell/ChangeWatcher.h"
#include "ui/shell/JobTracker.h"
#include "ui/team/NotesPanel.h"
#include "ui/team/TeamItemShareBar.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace sn::ui {

namespace {

struct Loaded
{
    std::vector<Watchlist> lists;
    QStringList symbols;
};

} // namespace

WatchlistsView::WatchlistsView(const Workspace &db, JobTracker &jobs, QWidget *parent)
    : Area(parent), m_workspace(db), m_jobs(jobs), m_names(new QListWidget(this)),
      m_members(new QListWidget(this)), m_add(new QComboBox(this)), m_message(new QLabel(this)),
      m_team(new TeamItemShareBar(db, QStringLiteral("watchlist"), this)), m_notes(new NotesPanel(db, this))
{
    setObjectName(QStringLiteral("WatchlistsView"));
    new ChangeWatcher(m_workspace,
                      {Change::Entity::Watchlist, Change::Entity::Instrument, Change::Entity::Bars}, this,
                      [this](const ChangeSet &) { refresh(); });
    m_names->setAccessibleName(tr("Watchlists"));
    m_members->setAccessibleName(tr("Symbols of the watchlist"));
    m_members->setAccessibleDescription(tr("Drag to reorder, or use Alt+Up and Alt+Down"));
    m_members->setDragDropMode(QAbstractItemView::InternalMove);
    m_add->setEditable(true);
    m_add->setAccessibleName(tr("Symbol to add"));
    m_add->setInsertPolicy(QComboBox::NoInsert);
    m_message->setWordWrap(true);
    connect(m_names, &QListWidget::currentRowChanged, this, &WatchlistsView::showCurrent);
    // A drag-and-drop reorder: store the new order as shown.
    connect(m_members->model(), &QAbstractItemModel::rowsMoved, this, [this]() {
        if (refuseLocked()) {
            showCurrent();
            return;
        }
        QStringList order;
        for (int i = 0; i < m_members->count(); ++i)
            order << m_members->item(i)->text();
        const qint64 id = currentId();
        const Workspace *db = &m_workspace;
        change(tr("Reordering watchlist"),
               [db, id, order]() { return WatchlistService(*db).reorder(id, order); });
    });

    auto action = [this](const QString &text, const QKeySequence &key, std::function<void()> fn) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, std::move(fn));
        addAction(a);
        m_actions << a;
        return a;
    };
    QAction *create = action(tr("&New watchlist..."), QKeySequence::New, [this]() {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("New watchlist"), tr("Name:"), QLineEdit::Normal, {}, &ok);
        if (ok)
            createWatchlist(name);
    });
    QAction *rename = action(tr("&Rename watchlist..."), QKeySequence(Qt::Key_F2), [this]() {
        if (!m_names->currentItem())
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename watchlist"), tr("Name:"),
                                                   QLineEdit::Normal, m_names->currentItem()->text(), &ok);
        if (ok)
            renameCurrent(name);
    });
    QAction *remove = action(tr("&Delete watchlist..."), QKeySequence(Qt::SHIFT | Qt::Key_Delete), [this]() {
        if (m_names->currentItem() &&
            QMessageBox::question(this, tr("Delete watchlist"),
                                  tr("Delete the watchlist '%1'? Its instruments and prices are kept.")
                                      .arg(m_names->currentItem()->text())) == QMessageBox::Yes)
            deleteCurrent();
    });
    QAction *up = action(tr("Move symbol &up"), QKeySequence(Qt::ALT | Qt::Key_Up), [this]() {
        const int r = m_members->currentRow();
        if (r > 0)
            moveSymbol(r, r - 1);
    });
    QAction *down = action(tr("Move symbol do&wn"), QKeySequence(Qt::ALT | Qt::Key_Down), [this]() {
        const int r = m_members->currentRow();
        if (r >= 0 && r + 1 < m_members->count())
            moveSymbol(r, r + 1);
    });
    QAction *drop = action(tr("Remove &symbol"), QKeySequence::Delete, [this]() {
        if (m_members->currentItem())
            removeSymbol(m_members->currentItem()->text());
    });

    m_listEdits = {rename, remove, up, down, drop};
    connect(m_team, &TeamItemShareBar::stateChanged, this, &WatchlistsView::applyTeamLock);
    connect(m_team, &TeamItemShareBar::message, this,
            [this](const QString &text, bool) { m_message->setText(text); });

    auto *addButton = new QPushButton(tr("&Add"), this);
    connect(addButton, &QPushButton::clicked, this, [this]() { addSymbol(m_add->currentText()); });
    connect(m_add->lineEdit(), &QLineEdit::returnPressed, addButton, &QPushButton::click);

    auto button = [this](QAction *a) {
        auto *b = new QPushButton(a->text().remove(QLatin1String("...")).remove(QLatin1Char('&')), this);
        b->setToolTip(a->shortcut().toString(QKeySequence::NativeText));
        b->setProperty("unlockedToolTip", b->toolTip());
        connect(b, &QPushButton::clicked, a, &QAction::trigger);
        return b;
    };
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("<b>Watchlists</b>"), this));
    m_editWidgets << addButton << m_add;
    left->addWidget(m_names, 1);
    auto *listButtons = new QHBoxLayout;
    for (QAction *a : {create, rename, remove}) {
        QPushButton *b = button(a);
        if (a != create)
            m_editWidgets << b;
        listButtons->addWidget(b);
    }
    left->addLayout(listButtons);

    auto *right = new QVBoxLayout;
    auto *symbolsHeader = new QHBoxLayout;
    symbolsHeader->addWidget(new QLabel(tr("<b>Symbols</b> (drag to reorder)"), this), 1);
    symbolsHeader->addWidget(m_team);
    right->addLayout(symbolsHeader);
    right->addWidget(m_members, 1);
    auto *addRow = new QHBoxLayout;
    auto *addLabel = new QLabel(tr("S&ymbol:"), this);
    addLabel->setBuddy(m_add);
    addRow->addWidget(addLabel);
    addRow->addWidget(m_add, 1);
    addRow->addWidget(addButton);
    right->addLayout(addRow);
    auto *memberButtons = new QHBoxLayout;
    for (QAction *a : {up, down, drop}) {
        QPushButton *b = button(a);
        m_editWidgets << b;
        memberButtons->addWidget(b);
    }
    right->addLayout(memberButtons);
    right->addWidget(m_notes);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    setTabOrder(m_names, m_members);
    setTabOrder(m_members, m_add);
}

QIcon WatchlistsView::icon() const
{
    return QIcon(QStringLiteral(":/icons/watchlists.svg"));
}

QList<QAction *> WatchlistsView::editActions() const
{
    return m_actions;
}

void WatchlistsView::refresh()
{
    const Workspace *db = &m_workspace;
    const QString keep = m_names->currentItem() ? m_names->currentItem()->text() : QString();
    m_jobs.run<Loaded>(
        tr("Loading watchlists"),
        [db](const JobTracker::ProgressFn &, const std::atomic<bool> &) -> Result<Loaded> {
            Loaded l;
            auto lists = WatchlistService(*db).list();
            if (!lists)
                return lists.error();
            l.lists = std::move(*lists);
            auto instruments = MarketData(*db).instruments();
            if (!instruments)
                return instruments.error();
            for (const auto &i : *instruments)
                l.symbols << i.symbol;
            return l;
        },
        this,
        [this, keep](Result<Loaded> result) {
            if (!result) {
                m_message->setText(QString::fromStdString(result.error().toUserString()));
                return;
            }
            m_lists = std::move(result->lists);
            m_symbols = result->symbols;
            const QString text = m_add->currentText();
            m_add->clear();
            m_add->addItems(m_symbols);
            m_add->setEditText(text);
            {
                const QSignalBlocker block(m_names);
                m_names->clear();
                for (const Watchlist &w : m_lists)
                    m_names->addItem(w.name);
            }
            if (!selectWatchlist(keep) && m_names->count() > 0)
                m_names->setCurrentRow(0);
            showCurrent();
            Q_EMIT loaded();
        });
}

bool WatchlistsView::selectWatchlist(const QString &name)
{
    const auto found = m_names->findItems(name, Qt::MatchExactly);
    if (name.isEmpty() || found.isEmpty())
        return false;
    m_names->setCurrentItem(found.front());
    return true;
}

qint64 WatchlistsView::currentId() const
{
    const int r = m_names->currentRow();
    return r >= 0 && r < static_cast<int>(m_lists.size()) ? m_lists[static_cast<std::size_t>(r)].id : 0;
}

void WatchlistsView::showCurrent()
{
    const QSignalBlocker block(m_members->model());
    m_members->clear();
    const int r = m_names->currentRow();
    if (r >= 0 && r < static_cast<int>(m_lists.size())) {
        const Watchlist &w = m_lists[static_cast<std::size_t>(r)];
        m_members->addItems(w.symbols);
        m_team->setItem(w.id, w.name);
        m_notes->setItem(QStringLiteral("watchlist"), w.id);
    } else {
        m_team->setItem(0, {});
        m_notes->setItem(QStringLiteral("watchlist"), 0);
    }
}

bool WatchlistsView::refuseLocked()
{
    if (!m_team->readOnly())
        return false;
    m_message->setText(m_team->readOnlyReason());
    Q_EMIT changeFailed(m_message->text());
    return true;
}

void WatchlistsView::applyTeamLock()
{
    const bool locked = m_team->readOnly();
    const QString why = m_team->readOnlyReason();
    for (QAction *a : std::as_const(m_listEdits)) {
        a->setEnabled(!locked);
        a->setToolTip(why);
    }
    for (QWidget *w : std::as_const(m_editWidgets)) {
        w->setEnabled(!locked);
        w->setToolTip(locked ? why : w->property("unlockedToolTip").toString());
    }
    m_members->setDragDropMode(locked ? QAbstractItemView::NoDragDrop : QAbstractItemView::InternalMove);
    m_members->setToolTip(why);
}

QStringList WatchlistsView::watchlistNames() const
{
    QStringList names;
    for (const Watchlist &w : m_lists)
        names << w.name;
    return names;
}

QStringList WatchlistsView::currentSymbols() const
{
    const int r = m_names->currentRow();
    return r >= 0 && r < static_cast<int>(m_lists.size()) ? m_lists[static_cast<std::size_t>(r)].symbols
                                                          : QStringList();
}

QString WatchlistsView::messageText() const
{
    return m_message->text();
}

void WatchlistsView::change(const QString &title, std::function<Result<void>()> write, const QString &select)
{
    m_jobs.run<bool>(
        title,
        [write](const JobTracker::ProgressFn &, const std::atomic<bool> &) -> Result<bool> {
            if (auto r = write(); !r)
                return r.error();
            return true;
        },
        this,
        [this, select](Result<bool> done) {
            if (!done) {
                const QString message = QString::fromStdString(done.error().toUserString());
                m_message->setText(message);
                Q_EMIT changeFailed(message);
                refresh(); // show what is stored: a refused change announces nothing
                return;
            }
            m_message->clear();
            if (!select.isEmpty()) {
                const QSignalBlocker block(m_names);
                m_names->clear(); // select after the reload
                m_names->addItem(select);
                m_names->setCurrentRow(0);
            }
            // The service announced the change: the watcher reloads the view
            // (once, for this change and any made elsewhere meanwhile).
        });
}

void WatchlistsView::createWatchlist(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        m_message->setText(tr("A watchlist needs a name."));
        Q_EMIT changeFailed(m_message->text());
        return;
    }
    const Workspace *db = &m_workspace;
    change(
        tr("Creating watchlist"),
        [db, trimmed]() -> Result<void> {
            auto id = WatchlistService(*db).create(trimmed);
            if (!id)
                return id.error();
            return {};
        },
        trimmed);
}

void WatchlistsView::renameCurrent(const QString &name)
{
    if (refuseLocked())
        return;
    const QString trimmed = name.trimmed();
    const qint64 id = currentId();
    if (!id || trimmed.isEmpty())
        return;
    const Workspace *db = &m_workspace;
    change(
        tr("Renaming watchlist"), [db, id, trimmed]() { return WatchlistService(*db).rename(id, trimmed); },
        trimmed);
}

void WatchlistsView::deleteCurrent()
{
    if (refuseLocked())
        return;
    const qint64 id = currentId();
    if (!id)
        return;
    const Workspace *db = &m_workspace;
    change(tr("Deleting watchlist"), [db, id]() { return WatchlistService(*db).remove(id); });
}

void WatchlistsView::addSymbol(const QString &symbol)
{
    if (refuseLocked())
        return;
    const QString s = symbol.trimmed().toUpper();
    const qint64 id = currentId();
    if (!id || s.isEmpty())
        return;
    const Workspace *db = &m_workspace;
    change(tr("Adding %1").arg(s), [db, id, s]() { return WatchlistService(*db).addSymbol(id, s); });
}

void WatchlistsView::removeSymbol(const QString &symbol)
{
    if (refuseLocked())
        return;
    const qint64 id = currentId();
    if (!id)
        return;
    const Workspace *db = &m_workspace;
    change(tr("Removing %1").arg(symbol),
           [db, id, symbol]() { return WatchlistService(*db).removeSymbol(id, symbol); });
}

void WatchlistsView::moveSymbol(int from, int to)
{
    if (refuseLocked())
        return;
    QStringList order = currentSymbols();
    if (from < 0 || to < 0 || from >= order.size() || to >= order.size() || from == to)
        return;
    order.move(from, to);
    const qint64 id = currentId();
    const Workspace *db = &m_workspace;
    change(tr("Reordering watchlist"),
           [db, id, order]() { return WatchlistService(*db).reorder(id, order); });
    m_members->setCurrentRow(to);
}

} // namespace sn::ui
