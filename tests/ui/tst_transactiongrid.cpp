#include "ui/portfolio/TransactionFilterModel.h"
#include "ui/portfolio/TransactionTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <algorithm>
#include <random>

using namespace sn;
using namespace sn::ui;

// The transactions grid's models against a brute-force reference: after
// every random edit, insert, removal, sort and filter step, the proxy shows
// exactly the lines that contain every word, in the chosen order (ties in
// ledger order), and QAbstractItemModelTester sees a consistent model.
class TestTransactionGrid : public QObject
{
    Q_OBJECT
private:
    static PortfolioTransaction randomTx(std::mt19937_64 &rng, qint64 id)
    {
        static const QStringList types{QStringLiteral("buy"), QStringLiteral("sell"),
                                       QStringLiteral("dividend")};
        static const QStringList notes{QStringLiteral("Rebalance"), QStringLiteral("plan"), QString(),
                                       QStringLiteral("tax lot")};
        std::uniform_int_distribution<int> pick(0, 5), day(0, 400), q(1, 50), p(1, 300);
        PortfolioTransaction tx;
        tx.id = id;
        tx.time = (18'000LL + day(rng)) * 86'400'000LL;
        tx.type = types[pick(rng) % 3];
        tx.instrumentId = pick(rng) + 1;
        tx.quantity = Decimal::fromInt(q(rng));
        tx.price = Decimal::fromInt(p(rng));
        tx.amount = tx.quantity * tx.price;
        tx.note = notes[pick(rng) % 4];
        return tx;
    }

    static std::vector<int> reference(const TransactionTableModel &m, int column, Qt::SortOrder order,
                                      const QString &filter)
    {
        const QStringList words = filter.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        std::vector<int> rows;
        for (int r = 0; r < m.rowCount(); ++r) {
            bool ok = true;
            for (const QString &w : words) {
                bool any = false;
                for (int c = 0; c < TransactionTableModel::ColumnCount; ++c)
                    any = any || m.index(r, c).data().toString().toLower().contains(w);
                // A word may also span the tab between two columns; the lines here never need that.
                ok = ok && any;
            }
            if (ok)
                rows.push_back(r);
        }
        if (column < 0)
            return rows;
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            const QVariant x = m.index(a, column).data(TransactionTableModel::SortRole);
            const QVariant y = m.index(b, column).data(TransactionTableModel::SortRole);
            const int c = QVariant::compare(x, y) == QPartialOrdering::Less      ? -1
                          : QVariant::compare(x, y) == QPartialOrdering::Greater ? 1
                                                                                 : 0;
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        });
        return rows;
    }

private Q_SLOTS:
    void matchesBruteForceThroughRandomSteps()
    {
        std::mt19937_64 rng(7);
        QHash<QString, qint64> instruments;
        for (int i = 1; i <= 6; ++i)
            instruments.insert(QStringLiteral("S%1").arg(i), i);
        TransactionTableModel model;
        model.setInstruments(instruments);
        std::vector<PortfolioTransaction> txs;
        qint64 nextId = 1;
        for (int i = 0; i < 300; ++i)
            txs.push_back(randomTx(rng, nextId++));
        model.setTransactions(txs);
        TransactionFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        const QStringList filters{QString(),
                                  QStringLiteral("buy"),
                                  QStringLiteral("s3"),
                                  QStringLiteral("s3 sell"),
                                  QStringLiteral("rebal"),
                                  QStringLiteral("plan buy")};
        QString filter;
        std::uniform_int_distribution<int> step(0, 5), column(0, TransactionTableModel::ColumnCount - 1);
        for (int i = 0; i < 400; ++i) {
            switch (step(rng)) {
            case 0:
                model.insert(randomTx(rng, nextId++));
                break;
            case 1:
                if (model.rowCount() > 0)
                    model.removeId(
                        model.row(static_cast<int>(rng() % static_cast<unsigned>(model.rowCount()))).tx.id);
                break;
            case 2: {
                if (model.rowCount() == 0)
                    break;
                PortfolioTransaction tx =
                    model.row(static_cast<int>(rng() % static_cast<unsigned>(model.rowCount()))).tx;
                const PortfolioTransaction fresh = randomTx(rng, tx.id);
                tx.quantity = fresh.quantity;
                tx.time = fresh.time; // may move the line
                model.replace(tx);
                break;
            }
            case 3:
                proxy.sort(column(rng), rng() % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
                break;
            default:
                filter = filters[static_cast<int>(rng() % static_cast<unsigned>(filters.size()))];
                proxy.setFilterWords(filter);
                break;
            }
            const std::vector<int> expected = reference(model, proxy.sortColumn(), proxy.sortOrder(), filter);
            QCOMPARE(proxy.rowCount(), static_cast<int>(expected.size()));
            for (int r = 0; r < proxy.rowCount(); ++r) {
                const QModelIndex source = proxy.mapToSource(proxy.index(r, 0));
                QCOMPARE(source.row(), expected[static_cast<std::size_t>(r)]);
                QCOMPARE(proxy.mapFromSource(source).row(), r);
            }
        }
    }

    void typingOnNarrowsToTheSameLinesAsTypingAtOnce()
    {
        std::mt19937_64 rng(11);
        QHash<QString, qint64> instruments;
        for (int i = 1; i <= 6; ++i)
            instruments.insert(QStringLiteral("S%1").arg(i), i);
        TransactionTableModel model;
        model.setInstruments(instruments);
        std::vector<PortfolioTransaction> txs;
        for (int i = 0; i < 500; ++i)
            txs.push_back(randomTx(rng, i + 1));
        model.setTransactions(txs);
        TransactionFilterModel typed, atOnce;
        typed.setSourceModel(&model);
        atOnce.setSourceModel(&model);
        const QString text = QStringLiteral("s2 buy plan");
        for (int n = 1; n <= text.size(); ++n) {
            typed.setFilterWords(text.left(n));
            atOnce.setFilterWords({});
            atOnce.setFilterWords(text.left(n));
            QCOMPARE(typed.rowCount(), atOnce.rowCount());
        }
        // Deleting characters widens again.
        typed.setFilterWords(QStringLiteral("s2"));
        atOnce.setFilterWords({});
        atOnce.setFilterWords(QStringLiteral("s2"));
        QCOMPARE(typed.rowCount(), atOnce.rowCount());
        QVERIFY(typed.rowCount() > 0);
    }
};

QTEST_GUILESS_MAIN(TestTransactionGrid)
#include "tst_transactiongrid.moc"
