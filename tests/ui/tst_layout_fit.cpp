#include "core/storage/Database.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/Workspace.h"
#include "tests/testutils/TestPaths.h"
#include "ui/advisor/AdvisorView.h"
#include "ui/backtest/BacktestLabView.h"
#include "ui/backtest/StrategyForm.h"
#include "ui/settings/Language.h"
#include "ui/shell/Area.h"
#include "ui/shell/JobTracker.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLegend>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace sn;
using namespace sn::ui;

namespace {

constexpr int kWidth = 1440;
constexpr int kHeight = 900;

// Where a widget sits, for a failure message a person can act on.
QString pathOf(const QWidget *w, const QWidget *root)
{
    QStringList parts;
    for (const QWidget *p = w; p && p != root; p = p->parentWidget()) {
        QString name = p->objectName();
        if (name.isEmpty())
            name = p->accessibleName();
        if (!name.isEmpty())
            parts.prepend(name);
    }
    parts.prepend(QString::fromLatin1(w->metaObject()->className()));
    return parts.join(QLatin1Char('/'));
}

// The width a header section's text needs to be shown whole: the widest line
// of its text in the header's font, the style's margins either side, and the
// sort arrow when this section shows it.
int neededWidth(const QHeaderView *header, int logical, const QString &text)
{
    QFont font = header->font();
    const QVariant roleFont = header->model()->headerData(logical, header->orientation(), Qt::FontRole);
    if (roleFont.canConvert<QFont>())
        font = qvariant_cast<QFont>(roleFont);
    const QFontMetrics fm(font);
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, fm.horizontalAdvance(line));
    QStyleOptionHeader opt;
    opt.initFrom(header);
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, &opt, header);
    int needed = widest + 2 * margin;
    if (header->isSortIndicatorShown() && header->sortIndicatorSection() == logical)
        needed += header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, &opt, header) + margin;
    return needed;
}

// Every visible horizontal header section narrower than its text.
QStringList cutHeaders(const QWidget *root)
{
    QStringList problems;
    for (const QHeaderView *header : root->findChildren<QHeaderView *>()) {
        if (!header->isVisible() || header->orientation() != Qt::Horizontal || !header->model())
            continue;
        for (int logical = 0; logical < header->count(); ++logical) {
            if (header->isSectionHidden(logical))
                continue;
            const QString text =
                header->model()->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString().trimmed();
            if (text.isEmpty())
                continue;
            const int needed = neededWidth(header, logical, text);
            const int has = header->sectionSize(logical);
            if (has < needed)
                problems << QStringLiteral("header \"%1\" of %2 is %3 px, its text needs %4 px")
                                .arg(text, pathOf(header->parentWidget(), root))
                                .arg(has)
                                .arg(needed);
        }
    }
    return problems;
}

void collectTexts(const QGraphicsItem *item, QStringList &out)
{
    if (auto *text = dynamic_cast<const QGraphicsTextItem *>(item))
        out << text->toPlainText();
    else if (auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
        out << simple->text();
    for (const QGraphicsItem *child : item->childItems())
        collectTexts(child, out);
}

// Every legend entry of a shown chart that Qt Charts had to shorten ("Max Sh...").
QStringList elidedLegends(const QWidget *root)
{
    QStringList problems;
    for (const QChartView *view : root->findChildren<QChartView *>()) {
        if (!view->isVisible() || !view->chart() || !view->chart()->legend()->isVisible())
            continue;
        QStringList texts;
        collectTexts(view->chart()->legend(), texts);
        for (const QString &t : std::as_const(texts))
            if (t.endsWith(QStringLiteral("...")) || t.endsWith(QChar(0x2026)))
                problems << QStringLiteral("legend entry \"%1\" of %2 is cut").arg(t, pathOf(view, root));
    }
    return problems;
}

// The chain of widgets whose minimum width makes `root` as wide as it must be.
QString widestChain(const QWidget *root)
{
    QStringList chain;
    const QWidget *w = root;
    while (w) {
        const QWidget *widest = nullptr;
        for (const QWidget *child : w->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
            // Hidden pages of a stack count too: the stack is as wide as its widest page.
            if (!child->isWindow() && (!child->isHidden() || qobject_cast<const QStackedWidget *>(w)) &&
                (!widest || child->minimumSizeHint().width() > widest->minimumSizeHint().width()))
                widest = child;
        if (!widest)
            break;
        chain << QStringLiteral("%1 %2 (%3 px)")
                     .arg(QString::fromLatin1(widest->metaObject()->className()),
                          widest->objectName().isEmpty() ? widest->accessibleName() : widest->objectName())
                     .arg(widest->minimumSizeHint().width());
        w = widest;
    }
    return chain.join(QStringLiteral(" > "));
}

} // namespace

// Issue 17: at 1440 x 900, in each language, every shown table header reads
// whole, no legend entry is cut and nothing widens the window.
class TestLayoutFit : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_ws;

    static void settle(JobTracker &jobs)
    {
        QTRY_COMPARE_WITH_TIMEOUT(jobs.runningCount(), 0, 20000);
        // Layouts and charts settle over a few event-loop passes after a load.
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::processEvents();
            QTest::qWait(20);
        }
    }

    static QStringList checkShown(const MainWindow &w, const QString &where)
    {
        QStringList problems = cutHeaders(&w) + elidedLegends(&w);
        if (w.width() > kWidth)
            problems << QStringLiteral("the window grew to %1 px").arg(w.width());
        if (w.minimumSizeHint().width() > kWidth)
            problems << QStringLiteral("the window needs at least %1 px: %2")
                            .arg(w.minimumSizeHint().width())
                            .arg(widestChain(&w));
        for (QString &p : problems)
            p = where + QStringLiteral(": ") + p;
        return problems;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto db = Database::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("fit.sqlite")));
        QVERIFY2(db.ok(), db.ok() ? "" : db.error().toString().c_str());
        m_db = std::move(db).value();
        m_ws = std::make_unique<Workspace>(*m_db);
        QVERIFY(m_db->migrate().ok());
        auto seeded = SampleData(*m_db).load();
        QVERIFY2(seeded.ok(), seeded.ok() ? "" : seeded.error().toString().c_str());
    }

    void everyAreaFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("es") << QStringLiteral("es");
    }

    void everyAreaFits()
    {
        QFETCH(QString, language);
        QVERIFY(Language::apply(language));
        JobTracker jobs;
        MainWindow w(*m_ws, jobs);
        w.resize(kWidth, kHeight);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        settle(jobs);

        // What fills the tables and legends a user sees most: one lab run
        // (trades, equity legend) and one advisor answer (its chips).
        auto *lab = w.findChild<BacktestLabView *>();
        auto *advisor = w.findChild<AdvisorView *>();
        QVERIFY(lab && advisor);
        QTRY_VERIFY_WITH_TIMEOUT(lab->form()->symbolList()->count() > 0, 15000);
        lab->form()->setSymbol(QStringLiteral("AAPL"));
        QSignalSpy ran(lab, &BacktestLabView::runFinished);
        lab->run();
        QVERIFY(ran.wait(30000));
        QSignalSpy answered(advisor, &AdvisorView::answerFinished);
        advisor->ask(QStringLiteral("Backtest a 20/50 SMA crossover on AAPL since 2015 and compare it with "
                                    "buy and hold, with a commission of 0.1 % per trade"));
        QVERIFY(answered.wait(30000));

        QStringList problems;
        for (Area *area : w.areas()) {
            w.showArea(area->areaId());
            settle(jobs);
            problems += checkShown(w, QStringLiteral("%1 %2").arg(language, area->areaId()));
            // Each page of each tab widget of the area, in turn.
            for (QTabWidget *tabs : area->findChildren<QTabWidget *>()) {
                if (!tabs->isVisible())
                    continue;
                const int before = tabs->currentIndex();
                for (int i = 0; i < tabs->count(); ++i) {
                    tabs->setCurrentIndex(i);
                    settle(jobs);
                    problems += checkShown(
                        w,
                        QStringLiteral("%1 %2 tab \"%3\"").arg(language, area->areaId(), tabs->tabText(i)));
                }
                tabs->setCurrentIndex(before);
            }
            QVERIFY(w.grab().save(test::outputDir(QStringLiteral("ui")) +
                                  QStringLiteral("/fit-%1-%2.png").arg(language, area->areaId())));
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        jobs.waitForAll();
    }

    void cleanupTestCase() { Language::apply(QStringLiteral("en")); }
};

QTEST_MAIN(TestLayoutFit)
#include "tst_layout_fit.moc"
