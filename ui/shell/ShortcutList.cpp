#include "ui/shell/ShortcutList.h"

#include "ui/shell/Area.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace sn::ui {

namespace {

QString placeOf(const QAction *action)
{
    for (QObject *o : action->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(o))
            return menu->title().remove(QLatin1Char('&'));
        for (auto *w = qobject_cast<QWidget *>(o); w; w = w->parentWidget())
            if (auto *area = qobject_cast<Area *>(w))
                return area->title();
    }
    return {};
}

QString tr(const char *text)
{
    return QCoreApplication::translate("sn::ui::ShortcutList", text);
}

} // namespace

QList<ShortcutEntry> shortcutsOf(const QMainWindow &window, bool visibleOnly)
{
    QList<ShortcutEntry> out;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->shortcuts().isEmpty() || (visibleOnly && !a->isVisible()))
            continue;
        QList<QKeySequence> keys;
        for (const QKeySequence &k : a->shortcuts())
            if (!k.isEmpty())
                keys << k;
        if (keys.isEmpty())
            continue;
        QString text = a->text();
        text.remove(QLatin1Char('&'));
        if (text.endsWith(QStringLiteral("...")))
            text.chop(3);
        out.push_back({a, text, placeOf(a), keys});
    }
    return out;
}

void showShortcutList(QMainWindow *window)
{
    QList<ShortcutEntry> entries = shortcutsOf(*window, false);
    std::sort(entries.begin(), entries.end(), [](const ShortcutEntry &a, const ShortcutEntry &b) {
        return std::tie(a.where, a.text) < std::tie(b.where, b.text);
    });
    auto *dialog = new QDialog(window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    auto *table = new QTableWidget(int(entries.size()), 3, dialog);
    table->setHorizontalHeaderLabels({tr("Where"), tr("Action"), tr("Keys")});
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    int row = 0;
    QString lastPlace;
    for (const ShortcutEntry &e : entries) {
        QStringList keys;
        for (const QKeySequence &k : e.keys)
            keys << k.toString(QKeySequence::NativeText);
        // A key of a widget-scoped action works while that area has the focus.
        table->setItem(row, 0, new QTableWidgetItem(e.where == lastPlace ? QString() : e.where));
        table->setItem(row, 1, new QTableWidgetItem(e.text));
        table->setItem(row, 2, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
        lastPlace = e.where;
        ++row;
    }
    table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(560, 520);
    dialog->show();
}

} // namespace sn::ui
