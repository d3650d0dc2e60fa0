#include "ui/team/TeamView.h"

#include "core/workspace/SyncService.h"
#include "core/workspace/Workspace.h"
#include "ui/shell/Formats.h"
#include "ui/shell/JobTracker.h"
#include "ui/team/ConflictDialog.h"
#include "ui/team/TeamSession.h"

#include <QDateTime>
#include <QFont>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

namespace sn::ui {

namespace {

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return {};
    return Formats::dateTime(ms);
}

QListWidget *titledList(const QString &title, QWidget *parent, QVBoxLayout *into)
{
    auto *box = new QGroupBox(title, parent);
    auto *list = new QListWidget(box);
    list->setAccessibleName(title);
    auto *l = new QVBoxLayout(box);
    l->addWidget(list);
    into->addWidget(box, 1);
    return list;
}

} // namespace

TeamView::TeamView(const Workspace &workspace, JobTracker &jobs, TeamSession &session, QWidget *parent)
    : Area(parent), m_workspace(workspace), m_jobs(jobs), m_session(session)
{
    setObjectName(QStringLiteral("teamView"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("teamStatus"));
    m_status->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("teamProblem"));
    m_connect = new QPushButton(tr("&Connect"), this);
    m_disconnect = new QPushButton(tr("&Disconnect"), this);
    m_conflicts = new QPushButton(this);
    m_conflicts->setToolTip(tr("Changes this computer and the team server disagree on"));
    connect(m_connect, &QPushButton::clicked, &m_session, &TeamSession::connectToServer);
    connect(m_disconnect, &QPushButton::clicked, &m_session, &TeamSession::disconnectFromServer);
    connect(m_conflicts, &QPushButton::clicked, this, &TeamView::showConflicts);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_conflicts);
    top->addWidget(m_connect);
    top->addWidget(m_disconnect);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_workspaces = titledList(tr("Workspaces"), left, leftLayout);
    m_members = titledList(tr("Members"), left, leftLayout);
    m_members->setObjectName(QStringLiteral("teamMembers"));

    auto *sharedBox = new QGroupBox(tr("Shared items"), this);
    m_shared = new QTableWidget(sharedBox);
    m_shared->setObjectName(QStringLiteral("teamShared"));
    m_shared->setAccessibleName(tr("Shared items"));
    m_shared->setColumnCount(5);
    m_shared->setHorizontalHeaderLabels(
        {tr("Item"), tr("Kind"), tr("Revision"), tr("Last changed by"), tr("When")});
    m_shared->horizontalHeader()->setStretchLastSection(true);
    m_shared->verticalHeader()->hide();
    m_shared->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_shared->setSelectionBehavior(QAbstractItemView::SelectRows);
    (new QVBoxLayout(sharedBox))->addWidget(m_shared);

    auto *chatBox = new QGroupBox(tr("Team chat"), this);
    m_rooms = new QListWidget(chatBox);
    m_rooms->setObjectName(QStringLiteral("teamRooms"));
    m_rooms->setAccessibleName(tr("Chat rooms"));
    m_rooms->setMaximumWidth(160);
    auto *newRoom = new QPushButton(tr("&New room..."), chatBox);
    connect(newRoom, &QPushButton::clicked, this, [this]() {
        bool ok = false;
        const QString room = QInputDialog::getText(this, tr("New chat room"),
                                                   tr("Room name (letters, digits, space, _ . @ -):"),
                                                   QLineEdit::Normal, {}, &ok)
                                 .trimmed();
        if (ok && !room.isEmpty())
            showRoom(room);
    });
    m_chat = new QTextBrowser(chatBox);
    m_chat->setObjectName(QStringLiteral("teamChat"));
    m_chat->setAccessibleName(tr("Chat history"));
    m_line = new QLineEdit(chatBox);
    m_line->setPlaceholderText(tr("Message (@name mentions a member)"));
    m_line->setAccessibleName(tr("Chat message"));
    m_line->setMaxLength(4000);
    auto *send = new QPushButton(tr("&Send"), chatBox);
    connect(send, &QPushButton::clicked, this, [this]() { sendChat(m_line->text()); });
    connect(m_line, &QLineEdit::returnPressed, send, &QPushButton::click);
    connect(m_rooms, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showRoom(item->data(Qt::UserRole).toString());
    });
    auto *roomColumn = new QVBoxLayout;
    roomColumn->addWidget(m_rooms, 1);
    roomColumn->addWidget(newRoom);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_line, 1);
    sendRow->addWidget(send);
    auto *talk = new QVBoxLayout;
    talk->addWidget(m_chat, 1);
    talk->addLayout(sendRow);
    auto *chatLayout = new QHBoxLayout(chatBox);
    chatLayout->addLayout(roomColumn);
    chatLayout->addLayout(talk, 1);

    auto *middle = new QSplitter(Qt::Vertical, this);
    middle->addWidget(sharedBox);
    middle->addWidget(chatBox);
    middle->setStretchFactor(1, 2);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(middle);
    split->setStretchFactor(1, 4);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_problem);
    layout->addWidget(split, 1);

    connect(&m_session, &TeamSession::stateChanged, this, &TeamView::refreshStatus);
    connect(&m_session, &TeamSession::pendingChanged, this, &TeamView::refreshStatus);
    connect(&m_session, &TeamSession::roleChanged, this, &TeamView::refreshStatus);
    connect(&m_session, &TeamSession::configChanged, this, &TeamView::refresh);
    connect(&m_session, &TeamSession::problem, this, [this](const QString &, const QString &message) {
        m_problem->setText(message);
        m_problem->setVisible(true);
    });
    connect(&m_session, &TeamSession::presenceChanged, this, &TeamView::refreshMembers);
    connect(&m_session, &TeamSession::chatChanged, this, [this](const QString &room) {
        refreshRooms();
        if (room == m_session.currentRoom())
            refreshChat();
        refreshMembers();
    });
    connect(&m_session, &TeamSession::unreadChanged, this, &TeamView::refreshRooms);
    connect(&m_session, &TeamSession::activityChanged, this, [this]() {
        refreshShared();
        refreshMembers();
    });
    connect(&m_session, &TeamSession::conflictsChanged, this, &TeamView::refreshStatus);
    connect(&m_session, &TeamSession::workspacesChanged, this, [this]() {
        m_workspaces->clear();
        m_workspaces->addItems(m_session.workspaces());
    });
    connect(&m_workspace.changes(), &ChangeHub::changed, this, [this](const ChangeSet &changes) {
        if (touches(changes, {Change::Entity::Portfolio, Change::Entity::Transaction,
                              Change::Entity::Watchlist, Change::Entity::BacktestRun}))
            refreshShared();
    });
    m_problem->setVisible(false);
    refresh();
}

QString TeamView::title() const
{
    return tr("Team");
}

QIcon TeamView::icon() const
{
    return QIcon(QStringLiteral(":/icons/team.svg"));
}

void TeamView::refresh()
{
    refreshStatus();
    refreshMembers();
    refreshRooms();
    refreshChat();
}

void TeamView::refreshStatus()
{
    const TeamSession::Config c = m_session.config();
    using sync::SyncState;
    const SyncState s = m_session.state();
    QString state;
    switch (s) {
    case SyncState::Offline:
        state = tr("offline");
        break;
    case SyncState::Connecting:
        state = tr("connecting");
        break;
    case SyncState::CatchingUp:
        state = tr("catching up");
        break;
    case SyncState::Online:
        state = tr("online");
        break;
    }
    if (!c.complete()) {
        m_status->setText(
            tr("No team server set up. Set the server, user and workspace in Preferences > Team, "
               "then sign in there."));
    } else {
        QString text = tr("<b>%1</b> on %2 as <b>%3</b>, workspace <b>%4</b>")
                           .arg(state.toHtmlEscaped(), c.server.toHtmlEscaped(), c.user.toHtmlEscaped(),
                                c.workspace.toHtmlEscaped());
        if (!m_session.role().isEmpty())
            text += tr(" (role: %1)").arg(m_session.role().toHtmlEscaped());
        if (m_session.pendingEdits() > 0)
            text += QStringLiteral(" · ") + tr("%n edit(s) waiting for the server", nullptr,
                                               static_cast<int>(m_session.pendingEdits()));
        m_status->setText(text);
    }
    if (s == SyncState::Online)
        m_problem->setVisible(false);
    m_connect->setEnabled(c.complete() && s == SyncState::Offline);
    m_disconnect->setEnabled(m_session.active());
    refreshShared(); // the conflict count comes with the shared items, off the GUI thread
}

void TeamView::refreshMembers()
{
    const QStringList online = m_session.online();
    m_members->clear();
    for (const QString &m : m_session.members()) {
        const bool on = online.contains(m);
        const QString role = m_session.memberRole(m);
        auto *item =
            new QListWidgetItem((on ? QStringLiteral("\u25CF ") : QStringLiteral("\u25CB ")) + m +
                                    (role.isEmpty() ? QString() : QStringLiteral(" \u00B7 ") + role) +
                                    (on ? QString() : tr(" (offline)")),
                                m_members);
        item->setData(Qt::UserRole, m);
        item->setData(Qt::UserRole + 1, on);
        item->setData(Qt::UserRole + 2, role);
        item->setToolTip(on ? tr("%1 is online").arg(m) : tr("%1 is not connected").arg(m));
    }
}

void TeamView::refreshRooms()
{
    const QSignalBlocker block(m_rooms);
    m_rooms->clear();
    for (const QString &room : m_session.rooms()) {
        const int unread = m_session.unread(room);
        auto *item = new QListWidgetItem(unread > 0 ? QStringLiteral("#%1 (%2)").arg(room).arg(unread)
                                                    : QStringLiteral("#") + room,
                                         m_rooms);
        item->setData(Qt::UserRole, room);
        item->setData(Qt::UserRole + 1, unread);
        if (unread > 0) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
        if (room == m_session.currentRoom())
            m_rooms->setCurrentItem(item);
    }
}

void TeamView::refreshChat()
{
    QString html;
    const QString me = m_session.config().user;
    for (const TeamSession::ChatLine &l : m_session.lines(m_session.currentRoom())) {
        QString text = l.text.toHtmlEscaped();
        const bool mention = m_session.mentionsMe(l.text);
        if (mention && !me.isEmpty()) {
            const QRegularExpression re(QStringLiteral("@") + QRegularExpression::escape(me.toHtmlEscaped()),
                                        QRegularExpression::CaseInsensitiveOption);
            text.replace(
                re,
                QStringLiteral("<span style=\"background:#ffe08a;color:#000;font-weight:bold\">\\0</span>"));
        }
        html += QStringLiteral("<p class=\"%4\"><span style=\"color:#888\">%1</span> <b>%2</b>: %3</p>")
                    .arg(timeText(l.at), l.by.toHtmlEscaped(), text,
                         mention ? QStringLiteral("mention") : QStringLiteral("line"));
    }
    if (html.isEmpty())
        html = QStringLiteral("<p style=\"color:#888\">%1</p>")
                   .arg(tr("No messages in this room yet.").toHtmlEscaped());
    m_chat->setHtml(html);
    m_chat->moveCursor(QTextCursor::End);
}

namespace {
// What the shared-items table and the conflicts button show, read together.
struct SharedRead
{
    std::vector<SyncSharedItem> items;
    int conflicts = 0;
};
} // namespace

void TeamView::refreshShared()
{
    // Read on the job pool: a catch-up of thousands of events announces
    // often, and the GUI thread must not wait on the database meanwhile.
    // Announcements during a read are coalesced into one more read.
    if (m_sharedReading) {
        m_sharedDirty = true;
        return;
    }
    const TeamSession::Config c = m_session.config();
    m_sharedReading = true;
    m_sharedDirty = false;
    const Workspace *db = &m_workspace;
    const QString workspace = c.workspace;
    m_jobs.run<SharedRead>(
        tr("Reading shared items"),
        [db, workspace](const JobTracker::ProgressFn &, const std::atomic<bool> &) -> Result<SharedRead> {
            SharedRead read;
            SyncService sync(*db);
            if (!workspace.isEmpty()) {
                auto items = sync.shared(workspace);
                if (!items)
                    return items.error();
                read.items = std::move(items).value();
            }
            auto conflicts = sync.conflicts();
            if (!conflicts)
                return conflicts.error();
            read.conflicts = static_cast<int>(conflicts->size());
            return read;
        },
        this,
        [this](Result<SharedRead> read) {
            m_sharedReading = false;
            if (!read) {
                m_problem->setText(tr("Cannot read the shared items: %1")
                                       .arg(QString::fromStdString(read.error().toUserString())));
                m_problem->setVisible(true);
            } else {
                m_conflicts->setText(tr("Conflicts (%1)...").arg(read->conflicts));
                m_conflicts->setEnabled(read->conflicts > 0);
                m_shared->setRowCount(0);
                for (const SyncSharedItem &i : read->items) {
                    const QJsonObject last = m_session.lastChange(i.entityId);
                    const int r = m_shared->rowCount();
                    m_shared->insertRow(r);
                    m_shared->setItem(r, 0, new QTableWidgetItem(i.name));
                    m_shared->setItem(r, 1, new QTableWidgetItem(i.entity));
                    m_shared->setItem(r, 2,
                                      new QTableWidgetItem(QString::number(
                                          std::max(i.rev, last.value(QStringLiteral("rev")).toInteger()))));
                    m_shared->setItem(r, 3,
                                      new QTableWidgetItem(last.value(QStringLiteral("by")).toString()));
                    m_shared->setItem(
                        r, 4, new QTableWidgetItem(timeText(last.value(QStringLiteral("at")).toInteger())));
                    m_shared->item(r, 0)->setToolTip(i.entityId);
                }
                m_shared->resizeColumnsToContents();
            }
            if (m_sharedDirty)
                refreshShared();
        });
}

void TeamView::sendChat(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    m_session.sendChat(m_session.currentRoom(), text);
    m_line->clear();
}

void TeamView::showRoom(const QString &room)
{
    if (room.isEmpty())
        return;
    m_session.setCurrentRoom(room);
    refreshRooms();
    refreshChat();
}

void TeamView::showConflicts()
{
    auto *dialog = new ConflictDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConflictDialog::resolved, this, &TeamView::refreshStatus);
    dialog->show();
}

} // namespace sn::ui
