#include "ui/backtest/RuleLibraryPanel.h"

#include "core/workspace/RuleService.h"
#include "core/workspace/Workspace.h"
#include "ui/backtest/RuleEditor.h"
#include "ui/shell/ChangeWatcher.h"
#include "ui/shell/Formats.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sn::ui {

namespace {

constexpr int kNameRole = Qt::UserRole;

QString savedAt(qint64 ms)
{
    return Formats::dateTime(ms);
}

} // namespace

RuleLibraryPanel::RuleLibraryPanel(const Workspace &workspace, RuleEditor *editor, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_editor(editor), m_rules(new QListWidget(this)),
      m_versions(new QComboBox(this)), m_open(new QPushButton(tr("&Open in editor"), this)),
      m_name(new QLineEdit(this)), m_note(new QLineEdit(this)),
      m_save(new QPushButton(tr("Save as &new version"), this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("RuleLibraryPanel"));
    m_rules->setAccessibleName(tr("Stored rules"));
    m_versions->setAccessibleName(tr("Versions of the selected rule"));
    m_name->setAccessibleName(tr("Rule name"));
    m_name->setPlaceholderText(tr("letters, digits, _ - ."));
    m_note->setAccessibleName(tr("Why this version"));
    m_note->setPlaceholderText(tr("optional note"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Rule library status"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Stored rules"), this));
    layout->addWidget(m_rules, 1);
    layout->addWidget(new QLabel(tr("History"), this));
    layout->addWidget(m_versions);
    layout->addWidget(m_open);
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Note"), m_note);
    layout->addLayout(form);
    layout->addWidget(m_save);
    layout->addWidget(m_status);

    connect(m_rules, &QListWidget::currentRowChanged, this, [this] { showVersions(); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (auto *item = m_rules->currentItem())
            open(item->data(kNameRole).toString(), m_versions->currentData().toInt());
    });
    connect(m_save, &QPushButton::clicked, this, [this] { saveCurrent(); });
    new ChangeWatcher(m_workspace, {Change::Entity::Rule}, this, [this](const ChangeSet &) { reload(); });
    reload();
}

void RuleLibraryPanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

void RuleLibraryPanel::reload()
{
    const QString current =
        m_rules->currentItem() ? m_rules->currentItem()->data(kNameRole).toString() : QString();
    auto list = RuleService(m_workspace).list();
    const QSignalBlocker block(m_rules);
    m_rules->clear();
    if (!list) {
        setStatus(QString::fromStdString(list.error().toUserString()), true);
        return;
    }
    for (const StoredRule &r : *list) {
        auto *item = new QListWidgetItem(tr("%1  (v%2)").arg(r.name).arg(r.latestVersion), m_rules);
        item->setData(kNameRole, r.name);
        item->setToolTip(r.description.isEmpty() ? r.name : r.description);
        if (r.name == current)
            m_rules->setCurrentItem(item);
    }
    showVersions();
}

bool RuleLibraryPanel::select(const QString &name)
{
    for (int i = 0; i < m_rules->count(); ++i)
        if (m_rules->item(i)->data(kNameRole).toString() == name) {
            m_rules->setCurrentRow(i);
            showVersions();
            return true;
        }
    return false;
}

void RuleLibraryPanel::showVersions()
{
    m_versions->clear();
    auto *item = m_rules->currentItem();
    m_open->setEnabled(item != nullptr);
    if (!item)
        return;
    auto history = RuleService(m_workspace).history(item->data(kNameRole).toString());
    if (!history) {
        setStatus(QString::fromStdString(history.error().toUserString()), true);
        return;
    }
    // Newest first: the version one usually opens.
    for (auto it = history->rbegin(); it != history->rend(); ++it)
        m_versions->addItem(tr("v%1  %2%3")
                                .arg(it->version)
                                .arg(savedAt(it->createdAt),
                                     it->note.isEmpty() ? QString() : QStringLiteral("  ") + it->note),
                            it->version);
}

bool RuleLibraryPanel::open(const QString &name, int version)
{
    auto v = RuleService(m_workspace).version(name, version);
    if (!v) {
        setStatus(QString::fromStdString(v.error().toUserString()), true);
        return false;
    }
    m_editor->setText(v->source);
    m_editor->compileNow();
    m_name->setText(name);
    setStatus(tr("Opened %1 version %2").arg(name).arg(v->version), false);
    Q_EMIT opened(name, v->version);
    return true;
}

bool RuleLibraryPanel::saveCurrent()
{
    const QString name = m_name->text().trimmed();
    auto result = RuleService(m_workspace).save(name, m_editor->text(), m_note->text());
    if (!result) {
        setStatus(QString::fromStdString(result.error().toUserString()), true);
        return false;
    }
    m_note->clear();
    reload();
    select(name);
    setStatus(result->created
                  ? tr("Saved %1 as version %2").arg(name).arg(result->version.version)
                  : tr("%1 is unchanged: the text equals version %2").arg(name).arg(result->version.version),
              false);
    if (result->created)
        Q_EMIT saved(name, result->version.version);
    return true;
}

} // namespace sn::ui
