#include "ui/team/NotesPanel.h"

#include "core/workspace/NoteService.h"
#include "core/workspace/SyncService.h"
#include "core/workspace/Workspace.h"
#include "ui/shell/Formats.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sn::ui {

namespace {

Change::Entity changeEntity(const QString &entity)
{
    if (entity == QLatin1String("watchlist"))
        return Change::Entity::Watchlist;
    if (entity == QLatin1String("backtest_run"))
        return Change::Entity::BacktestRun;
    return Change::Entity::Portfolio;
}

} // namespace

NotesPanel::NotesPanel(const Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_title(new QLabel(this)), m_list(new QListWidget(this)),
      m_text(new QPlainTextEdit(this)), m_add(new QPushButton(tr("Add &note"), this)),
      m_edit(new QPushButton(tr("&Edit mine..."), this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("notesPanel"));
    m_list->setAccessibleName(tr("Team notes"));
    m_list->setWordWrap(true);
    m_text->setAccessibleName(tr("New note"));
    m_text->setPlaceholderText(tr("A note for the team..."));
    m_text->setMaximumHeight(70);
    m_message->setWordWrap(true);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addNote(m_text->toPlainText()))
            m_text->clear();
    });
    connect(m_edit, &QPushButton::clicked, this, &NotesPanel::editSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &NotesPanel::updateButtons);
    // Notes from teammates (and this user's from another window or the CLI
    // process beside) are announced as an update of their item.
    connect(&m_workspace.changes(), &ChangeHub::changed, this, [this](const ChangeSet &changes) {
        if (m_id <= 0)
            return;
        for (const Change &c : changes)
            if (c.entity == Change::Entity::Everything || c.entity == Change::Entity::Setting ||
                (c.entity == changeEntity(m_entity) && c.id == m_id)) {
                reload();
                return;
            }
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    reload();
}

void NotesPanel::setItem(const QString &entity, qint64 localId)
{
    m_entity = entity;
    m_id = localId;
    m_message->clear();
    reload();
}

void NotesPanel::reload()
{
    // One indexed read of a few rows: on the GUI thread, like the share bars.
    const qint64 keep = m_list->currentItem() ? m_list->currentItem()->data(kIdRole).toLongLong() : 0;
    m_list->clear();
    m_user = NoteService(m_workspace).author().valueOr(QString());
    m_shared = false;
    if (m_id > 0) {
        auto item = SyncService(m_workspace).sharedItem(m_entity, m_id);
        m_shared = item && item->has_value();
    }
    if (!m_shared) {
        m_title->setText(tr("<b>Team notes</b>: share this item with the team to add notes"));
    } else {
        auto notes = NoteService(m_workspace).notesOn(m_entity, m_id);
        if (!notes) {
            m_message->setText(QString::fromStdString(notes.error().toUserString()));
        } else {
            for (const TeamNote &n : *notes) {
                const bool edited = n.updatedAt > n.createdAt;
                auto *item = new QListWidgetItem(tr("%1 \u00B7 %2%3\n%4")
                                                     .arg(n.author, Formats::dateTime(n.createdAt),
                                                          edited ? tr(" (edited)") : QString(), n.text));
                item->setData(kIdRole, n.id);
                item->setData(kAuthorRole, n.author);
                item->setToolTip(n.author == m_user ? tr("Your note: Edit mine... changes it")
                                                    : tr("%1's note: only they can change it").arg(n.author));
                m_list->addItem(item);
                if (n.id == keep)
                    m_list->setCurrentItem(item);
            }
        }
        m_title->setText(tr("<b>Team notes</b> (%1)").arg(m_list->count()));
    }
    updateButtons();
    Q_EMIT changed();
}

void NotesPanel::updateButtons()
{
    const bool canWrite = m_shared && !m_user.isEmpty();
    m_text->setEnabled(canWrite);
    m_add->setEnabled(canWrite);
    m_add->setToolTip(!m_shared          ? tr("Notes are for items shared with the team")
                      : m_user.isEmpty() ? tr("Sign in to the team server first (Preferences > Team)")
                                         : QString());
    const QListWidgetItem *current = m_list->currentItem();
    const bool mine = canWrite && current && current->data(kAuthorRole).toString() == m_user;
    m_edit->setEnabled(mine);
    m_edit->setToolTip(current && !mine ? tr("Only its author can change a note") : QString());
}

int NotesPanel::count() const
{
    return m_list->count();
}

QString NotesPanel::message() const
{
    return m_message->text();
}

bool NotesPanel::addNote(const QString &text)
{
    auto id = NoteService(m_workspace).add(m_entity, m_id, text);
    if (!id) {
        m_message->setText(tr("Note not added: %1").arg(QString::fromStdString(id.error().toUserString())));
        return false;
    }
    m_message->clear();
    reload(); // also announced; reading now shows it at once
    return true;
}

bool NotesPanel::editNote(qint64 noteId, const QString &text)
{
    if (auto r = NoteService(m_workspace).edit(noteId, text); !r) {
        m_message->setText(tr("Note not changed: %1").arg(QString::fromStdString(r.error().toUserString())));
        return false;
    }
    m_message->clear();
    reload();
    return true;
}

void NotesPanel::editSelected()
{
    const QListWidgetItem *current = m_list->currentItem();
    if (!current)
        return;
    const qint64 id = current->data(kIdRole).toLongLong();
    const QString text = current->text().section(QLatin1Char('\n'), 1);
    bool ok = false;
    const QString changed = QInputDialog::getMultiLineText(this, tr("Edit note"), tr("Note:"), text, &ok);
    if (ok)
        editNote(id, changed);
}

} // namespace sn::ui
