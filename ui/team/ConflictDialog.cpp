#include "ui/team/ConflictDialog.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace sn::ui {

namespace {

QString valueText(const QJsonValue &v)
{
    if (v.isUndefined())
        return {};
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isNull())
        return QStringLiteral("null");
    return QString::fromUtf8(v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                          : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
}

} // namespace

ConflictDialog::ConflictDialog(const Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_list(new QListWidget(this)),
      m_fields(new QTableWidget(this)), m_reason(new QLabel(this)), m_message(new QLabel(this)),
      m_mine(new QPushButton(tr("Keep &mine"), this)), m_theirs(new QPushButton(tr("Take &theirs"), this)),
      m_both(new QPushButton(tr("Keep &both"), this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Team sync conflicts"));
    m_list->setAccessibleName(tr("Conflicts"));
    m_fields->setColumnCount(3);
    m_fields->setHorizontalHeaderLabels(
        {tr("Field"), tr("Mine (this computer)"), tr("Theirs (team server)")});
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->verticalHeader()->hide();
    m_fields->setAccessibleName(tr("Both versions, per field"));
    m_reason->setWordWrap(true);
    m_message->setWordWrap(true);
    m_mine->setToolTip(tr("Send this computer's version to the team, on top of the server's"));
    m_theirs->setToolTip(tr("Replace this computer's version with the team server's"));
    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictDialog::showConflict);
    connect(m_mine, &QPushButton::clicked, this, &ConflictDialog::keepMine);
    connect(m_theirs, &QPushButton::clicked, this, &ConflictDialog::takeTheirs);
    connect(m_both, &QPushButton::clicked, this, &ConflictDialog::keepBoth);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_reason);
    rightLayout->addWidget(m_fields, 1);
    auto *choice = new QHBoxLayout;
    choice->addStretch(1);
    choice->addWidget(m_mine);
    choice->addWidget(m_theirs);
    choice->addWidget(m_both);
    rightLayout->addLayout(choice);
    auto *split = new QSplitter(this);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(820, 460);
    reload();
}

int ConflictDialog::reload()
{
    auto c = SyncService(m_workspace).conflicts();
    m_conflicts.clear();
    if (!c)
        m_message->setText(
            tr("Cannot read the conflicts: %1").arg(QString::fromStdString(c.error().toUserString())));
    else
        m_conflicts = std::move(c).value();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const SyncConflictInfo &i : m_conflicts) {
        const QJsonObject any = i.mine ? *i.mine : (i.theirs ? *i.theirs : QJsonObject());
        QString label = any.value(QStringLiteral("name")).toString();
        if (label.isEmpty())
            label = QStringLiteral("%1 %2")
                        .arg(any.value(QStringLiteral("type")).toString(),
                             any.value(QStringLiteral("amount")).toString())
                        .trimmed();
        m_list->addItem(QStringLiteral("%1: %2").arg(i.entity, label.isEmpty() ? i.entityId : label));
    }
    m_list->setCurrentRow(m_conflicts.empty() ? -1 : 0);
    showConflict(m_list->currentRow());
    return count();
}

void ConflictDialog::select(int row)
{
    m_list->setCurrentRow(row);
}

void ConflictDialog::showConflict(int row)
{
    m_fields->setRowCount(0);
    const bool any = row >= 0 && row < count();
    m_mine->setEnabled(any);
    m_theirs->setEnabled(any);
    const bool both = any && SyncService::canKeepBoth(m_conflicts[static_cast<std::size_t>(row)]);
    m_both->setEnabled(both);
    m_both->setToolTip(both  ? tr("Take the team server's version and add this computer's as a new line")
                       : any ? tr("Only a ledger line changed on both sides can be kept twice")
                             : QString());
    if (!any) {
        m_reason->setText(tr("No conflicts: this computer and the team server agree."));
        return;
    }
    const SyncConflictInfo &c = m_conflicts[static_cast<std::size_t>(row)];
    QString head = tr("%1 '%2' in workspace '%3', server revision %4")
                       .arg(c.entity, c.entityId, c.workspace)
                       .arg(c.serverRev);
    if (!c.reason.isEmpty())
        head += QLatin1Char('\n') + c.reason;
    m_reason->setText(head);
    QStringList keys;
    for (const auto &side : {c.mine, c.theirs})
        if (side)
            for (const QString &k : side->keys())
                if (!keys.contains(k))
                    keys << k;
    keys.sort();
    const QColor differs(255, 214, 153);
    auto add = [&](const QString &field, const QString &mine, const QString &theirs, bool differ) {
        const int r = m_fields->rowCount();
        m_fields->insertRow(r);
        auto *f = new QTableWidgetItem(field);
        auto *m = new QTableWidgetItem(mine);
        auto *t = new QTableWidgetItem(theirs);
        if (differ) {
            for (auto *item : {f, m, t}) {
                item->setBackground(differs);
                item->setForeground(QColor(Qt::black));
            }
            f->setToolTip(tr("The two versions differ here"));
        }
        m_fields->setItem(r, 0, f);
        m_fields->setItem(r, 1, m);
        m_fields->setItem(r, 2, t);
    };
    if (!c.mine || !c.theirs)
        add(tr("(exists)"), c.mine ? tr("yes") : tr("deleted here"),
            c.theirs ? tr("yes") : tr("deleted on the server"), true);
    for (const QString &k : keys) {
        const QJsonValue mv = c.mine ? c.mine->value(k) : QJsonValue(QJsonValue::Undefined);
        const QJsonValue tv = c.theirs ? c.theirs->value(k) : QJsonValue(QJsonValue::Undefined);
        add(k, valueText(mv), valueText(tv), mv != tv);
    }
    m_fields->resizeColumnsToContents();
}

bool ConflictDialog::keepMine()
{
    return resolve(SyncService::Resolution::KeepMine);
}

bool ConflictDialog::takeTheirs()
{
    return resolve(SyncService::Resolution::TakeTheirs);
}

bool ConflictDialog::keepBoth()
{
    return resolve(SyncService::Resolution::KeepBoth);
}

bool ConflictDialog::resolve(SyncService::Resolution how)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= count())
        return false;
    const SyncConflictInfo c = m_conflicts[static_cast<std::size_t>(row)];
    if (auto r = SyncService(m_workspace).resolve(c.id, how); !r) {
        m_message->setText(tr("Not resolved: %1").arg(QString::fromStdString(r.error().toUserString())));
        return false;
    }
    m_message->setText(how == SyncService::Resolution::KeepMine
                           ? tr("Kept this computer's version of %1 '%2'; it goes to the team next.")
                                 .arg(c.entity, c.entityId)
                       : how == SyncService::Resolution::TakeTheirs
                           ? tr("Took the team server's version of %1 '%2'.").arg(c.entity, c.entityId)
                           : tr("Took the team server's version of %1 '%2' and added this computer's as a "
                                "new line; it goes to the team next.")
                                 .arg(c.entity, c.entityId));
    reload();
    emit resolved();
    return true;
}

QString ConflictDialog::message() const
{
    return m_message->text();
}

} // namespace sn::ui
