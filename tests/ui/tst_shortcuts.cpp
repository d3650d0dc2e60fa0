// Every keyboard shortcut of the main window, area by area: a key that two
// live actions claim at once is dead in Qt ("Ambiguous shortcut overload"),
// so the test fails on any such pair and names both actions.
#include "core/storage/Database.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/Workspace.h"
#include "ui/shell/Area.h"
#include "ui/shell/AreaGuide.h"
#include "ui/shell/JobTracker.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ShortcutList.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace sn;
using namespace sn::ui;

namespace {

// One key an action answers to, with the widgets it listens on.
struct Binding
{
    QAction *action = nullptr;
    QKeySequence key;
};

QString describe(const QAction *a)
{
    QString text = a->text();
    text.remove(QLatin1Char('&'));
    return QStringLiteral("'%1' (%2)")
        .arg(text, a->objectName().isEmpty() ? QStringLiteral("no object name") : a->objectName());
}

bool isAncestorOrSelf(const QWidget *ancestor, const QWidget *w)
{
    for (; w; w = w->parentWidget())
        if (w == ancestor)
            return true;
    return false;
}

QList<QWidget *> listeningWidgets(const QAction *a)
{
    QList<QWidget *> out;
    for (QObject *o : a->associatedObjects())
        if (auto *w = qobject_cast<QWidget *>(o))
            out << w;
    return out;
}

// Whether some focus position in the window makes both actions live at once.
// Window and application shortcuts are live everywhere in the window (menus
// included); a widget shortcut only on its widget, a widget-with-children
// shortcut on its widget and below. Hidden widgets do not listen.
bool overlap(const QAction *a, const QAction *b)
{
    auto windowWide = [](const QAction *x) {
        return x->shortcutContext() == Qt::WindowShortcut || x->shortcutContext() == Qt::ApplicationShortcut;
    };
    auto visibleWidgets = [](const QAction *x) {
        QList<QWidget *> out;
        for (QWidget *w : listeningWidgets(x))
            if (w->isVisible() || qobject_cast<QMenu *>(w))
                out << w;
        return out;
    };
    const QList<QWidget *> wa = visibleWidgets(a);
    const QList<QWidget *> wb = visibleWidgets(b);
    if (wa.isEmpty() || wb.isEmpty())
        return false;
    if (windowWide(a) || windowWide(b))
        return true;
    // Both are widget-scoped: live together where one's scope contains the other's widget.
    for (QWidget *x : wa)
        for (QWidget *y : wb) {
            const bool aCoversY =
                a->shortcutContext() == Qt::WidgetWithChildrenShortcut ? isAncestorOrSelf(x, y) : x == y;
            const bool bCoversX =
                b->shortcutContext() == Qt::WidgetWithChildrenShortcut ? isAncestorOrSelf(y, x) : x == y;
            if (aCoversY || bCoversX)
                return true;
        }
    return false;
}

QStringList clashes(QMainWindow &w)
{
    QList<Binding> bindings;
    QStringList problems;
    for (const ShortcutEntry &e : shortcutsOf(w, true)) {
        QAction *a = e.action;
        QList<QKeySequence> seen;
        for (const QKeySequence &k : e.keys) {
            if (seen.contains(k))
                problems << QStringLiteral("%1 lists %2 twice")
                                .arg(describe(a), k.toString(QKeySequence::PortableText));
            seen << k;
            bindings.push_back({a, k});
        }
    }
    for (qsizetype i = 0; i < bindings.size(); ++i)
        for (qsizetype j = i + 1; j < bindings.size(); ++j) {
            const Binding &x = bindings[i];
            const Binding &y = bindings[j];
            if (x.action == y.action || x.key != y.key)
                continue;
            if (overlap(x.action, y.action))
                problems << QStringLiteral("%1 is claimed by %2 and %3")
                                .arg(x.key.toString(QKeySequence::PortableText), describe(x.action),
                                     describe(y.action));
        }
    return problems;
}

} // namespace

class TestShortcuts : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_ws;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto db = Database::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("keys.sqlite")));
        QVERIFY2(db.ok(), db.ok() ? "" : db.error().toString().c_str());
        m_db = std::move(db).value();
        QVERIFY(m_db->migrate().ok());
        m_ws = std::make_unique<Workspace>(*m_db);
        QVERIFY(SampleData(*m_db).load().ok());
    }

    // The checker itself: two window-wide actions on one key, and one action
    // listing a key twice, are both reported.
    void checkerSeesAClash()
    {
        QMainWindow w;
        auto *menu = w.menuBar()->addMenu(QStringLiteral("File"));
        QAction *one = menu->addAction(QStringLiteral("One"));
        QAction *two = menu->addAction(QStringLiteral("Two"));
        one->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
        two->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
        QAction *twice = menu->addAction(QStringLiteral("Twice"));
        twice->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_J), QKeySequence(Qt::CTRL | Qt::Key_J)});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QStringList found = clashes(w);
        QCOMPARE(found.size(), 2);
        QVERIFY(found.join(QLatin1Char('\n')).contains(QStringLiteral("'One'")));
        QVERIFY(found.join(QLatin1Char('\n')).contains(QStringLiteral("'Twice'")));

        // Widget-scoped actions on two separate widgets do not clash.
        two->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
        twice->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_J)});
        auto *central = new QWidget;
        auto *left = new QWidget(central);
        auto *right = new QWidget(central);
        w.setCentralWidget(central);
        auto *l = new QAction(QStringLiteral("Left"), left);
        auto *r = new QAction(QStringLiteral("Right"), right);
        for (auto [a, host] : {std::pair{l, left}, std::pair{r, right}}) {
            a->setShortcut(QKeySequence::Delete);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            host->addAction(a);
        }
        central->show();
        left->show();
        right->show();
        QVERIFY(left->isVisible() && right->isVisible());
        QVERIFY(clashes(w).isEmpty());
        // ...but one inside the other's scope does.
        right->setParent(left);
        right->show();
        QCOMPARE(clashes(w).size(), 1);
    }

    // Every area in turn is shown: no key has two live owners in any of them.
    void noKeyHasTwoOwnersInAnyArea()
    {
        JobTracker jobs;
        MainWindow w(*m_ws, jobs);
        w.resize(1440, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // The platform's Redo keys plus Ctrl+Shift+Z, each once: on X11 the
        // platform's first Redo key is Ctrl+Shift+Z itself.
        QAction *redo = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Redo")))
                redo = a;
        QVERIFY(redo);
        QCOMPARE(redo->shortcuts().count(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)), 1);
        for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Redo))
            QCOMPARE(redo->shortcuts().count(k), 1);

        QStringList all;
        for (Area *area : w.areas()) {
            w.showArea(area->areaId());
            QTRY_COMPARE(w.currentArea(), area);
            for (const QString &p : clashes(w))
                all << QStringLiteral("%1: %2").arg(area->areaId(), p);
        }
        QVERIFY2(all.isEmpty(), qPrintable(all.join(QLatin1Char('\n'))));
    }

    // Help > Keyboard shortcuts lists every key of every area, with its place.
    void helpListsEveryShortcut()
    {
        JobTracker jobs;
        MainWindow w(*m_ws, jobs);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction *help = w.findChild<QAction *>(QStringLiteral("help.shortcuts"));
        QVERIFY(help);
        help->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<QDialog *>()) != nullptr);
        auto *table = dialog->findChild<QTableWidget *>();
        QVERIFY(table);
        const QList<ShortcutEntry> all = shortcutsOf(w, false);
        QCOMPARE(table->rowCount(), int(all.size()));
        QStringList listed;
        for (int r = 0; r < table->rowCount(); ++r)
            listed << table->item(r, 1)->text() + QLatin1Char('|') + table->item(r, 2)->text();
        for (const ShortcutEntry &e : all)
            QVERIFY2(
                listed.contains(e.text + QLatin1Char('|') + e.keys.front().toString(QKeySequence::NativeText),
                                Qt::CaseSensitive) ||
                    std::any_of(listed.begin(), listed.end(),
                                [&](const QString &l) {
                                    return l.startsWith(e.text + QLatin1Char('|')) &&
                                           l.contains(e.keys.front().toString(QKeySequence::NativeText));
                                }),
                qPrintable(e.text));
        // Area-scoped keys say which area they belong to.
        QVERIFY(std::any_of(all.begin(), all.end(),
                            [](const ShortcutEntry &e) { return e.where == QStringLiteral("Portfolio"); }));
        dialog->close();
    }

    // Help > Guide for this area (Shift+F1) explains the shown area, in every area.
    void everyAreaHasAGuide()
    {
        JobTracker jobs;
        MainWindow w(*m_ws, jobs);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction *guide = w.findChild<QAction *>(QStringLiteral("help.guide"));
        QVERIFY(guide);
        QCOMPARE(guide->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F1));
        for (Area *area : w.areas()) {
            w.showArea(area->areaId());
            QTRY_COMPARE(w.currentArea(), area);
            guide->trigger();
            QDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = w.findChild<QDialog *>(QStringLiteral("areaGuide"))) != nullptr);
            auto *text = dialog->findChild<QTextBrowser *>();
            QVERIFY(text);
            const QString shown = text->toPlainText();
            QVERIFY2(shown.startsWith(area->title()), qPrintable(shown.left(80)));
            // An area added without a page says so; the areas this guide was written for have one.
            static const QStringList written{
                QStringLiteral("dashboard"), QStringLiteral("market"),     QStringLiteral("charts"),
                QStringLiteral("portfolio"), QStringLiteral("watchlists"), QStringLiteral("backtest"),
                QStringLiteral("risk"),      QStringLiteral("advisor"),    QStringLiteral("team")};
            if (written.contains(area->areaId())) {
                QVERIFY2(AreaGuide::has(area->areaId()), qPrintable(area->areaId()));
                QVERIFY2(shown.size() > 200, qPrintable(area->areaId()));
            }
            QVERIFY(!shown.contains(QLatin1String("supernova-cli")));
            delete dialog;
        }
    }
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
