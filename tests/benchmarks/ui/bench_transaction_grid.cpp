// The transactions grid with 100,000 lines in a shown table view: sort by
// every column (issue limit 150 ms) and filter as you type (50 ms per
// keystroke). Runs offscreen; the view repaints after every step.
//   build/benchmarks/bench_transaction_grid
#include "tests/benchmarks/benchutils/Bench.h"
#include "ui/portfolio/TransactionFilterModel.h"
#include "ui/portfolio/TransactionTableModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QTableView>
#include <cstdio>
#include <random>

using namespace sn;
using namespace sn::ui;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    constexpr int kRows = 100'000;

    QHash<QString, qint64> instruments;
    QStringList symbols;
    for (int i = 0; i < 50; ++i) {
        const QString s = QStringLiteral("SYM%1").arg(i, 2, 10, QLatin1Char('0'));
        symbols << s;
        instruments.insert(s, i + 1);
    }
    symbols[0] = QStringLiteral("AAPL");
    instruments.remove(QStringLiteral("SYM00"));
    instruments.insert(QStringLiteral("AAPL"), 1);

    std::mt19937_64 rng(42);
    std::uniform_int_distribution<int> pick(0, 49), day(0, 20 * 365), qty(1, 1000), cents(100, 100000);
    const QStringList types{QStringLiteral("buy"), QStringLiteral("sell"), QStringLiteral("dividend")};
    const QStringList notes{QStringLiteral("rebalance"), QStringLiteral("monthly plan"), QString(),
                            QStringLiteral("tax lot")};
    std::vector<PortfolioTransaction> txs(kRows);
    for (int i = 0; i < kRows; ++i) {
        auto &tx = txs[static_cast<std::size_t>(i)];
        tx.id = i + 1;
        tx.time = (10'957LL + day(rng)) * 86'400'000LL;
        tx.type = types[i % 3];
        tx.instrumentId = pick(rng) + 1;
        tx.quantity = Decimal::fromInt(qty(rng));
        tx.price = Decimal::fromRaw(cents(rng) * 10'000LL);
        tx.amount = tx.quantity * tx.price;
        tx.fee = Decimal::fromRaw(cents(rng) * 100LL);
        tx.note = notes[i % 4];
    }

    TransactionTableModel model;
    model.setInstruments(instruments);
    bench::Timing load = bench::measure([&]() { model.setTransactions(txs); }, 3);
    bench::report("load 100,000 lines into the model", load, 0);

    TransactionFilterModel proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.resize(1200, 800);
    view.verticalHeader()->hide(); // as in the portfolio view
    view.show();
    QApplication::processEvents();

    bool ok = true;
    double worstSort = 0;
    for (int c = 0; c < TransactionTableModel::ColumnCount; ++c) {
        Qt::SortOrder order = Qt::AscendingOrder;
        bench::Timing t = bench::measure(
            [&]() {
                view.sortByColumn(c, order);
                order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
                view.viewport()->repaint();
            },
            5);
        worstSort = std::max(worstSort, t.bestMs);
        ok = bench::report("sort by " + TransactionTableModel::columnName(c).toStdString(), t, 150) && ok;
    }

    const QString typed = QStringLiteral("aapl sell rebalance");
    {
        // The proxy alone (no view), to tell the filter's own cost from the view's.
        TransactionFilterModel bare;
        bare.setSourceModel(&model);
        double worst = 0;
        for (int n = 1; n <= typed.size(); ++n) {
            const auto start = bench::Clock::now();
            bare.setFilterWords(typed.left(n));
            worst = std::max(worst,
                             std::chrono::duration<double, std::milli>(bench::Clock::now() - start).count());
        }
        std::printf("filter words, proxy only: worst keystroke %.3f ms\n", worst);
    }
    double worstKey = 0;
    for (int repeat = 0; repeat < 3; ++repeat) {
        proxy.setFilterWords({});
        for (int n = 1; n <= typed.size(); ++n) {
            const auto start = bench::Clock::now();
            proxy.setFilterWords(typed.left(n));
            view.viewport()->repaint();
            const double ms = std::chrono::duration<double, std::milli>(bench::Clock::now() - start).count();
            if (repeat > 0)
                worstKey = std::max(worstKey, ms);
        }
    }
    std::printf("filter as you type \"%s\": worst keystroke %.3f ms, %d lines left [limit 50 ms: %s]\n",
                qPrintable(typed), worstKey, proxy.rowCount(), worstKey <= 50 ? "PASS" : "FAIL");
    ok = ok && worstKey <= 50;
    std::printf("machine: %s\n", bench::machineDescription().c_str());
    return ok ? 0 : 1;
}
