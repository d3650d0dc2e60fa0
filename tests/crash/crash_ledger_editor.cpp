// The writer tst_crash_safety kills: edits one portfolio's ledger in place
// through LedgerService (the service the Portfolio grid calls for every cell
// edit, add and delete), forever or for N edits, each edit one transaction:
//   - an in-place edit of an existing deposit's note and amount,
//   - a pair of lines added together (deposit + withdrawal of the same amount),
//   - the oldest such pair removed together.
// A kill between two statements of one edit must leave either the whole edit
// or none of it: a pair is never half there.
//   crash_ledger_editor DB_URL PORTFOLIO [EDITS]
#include "core/model/PortfolioTransaction.h"
#include "core/workspace/LedgerService.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <cstdio>

using namespace sn;

namespace {

int fail(const Error &e)
{
    std::fprintf(stderr, "crash_ledger_editor: %s\n", e.toString().c_str());
    return 1;
}

PortfolioTransaction line(const QString &type, TimestampMs time, qint64 units, const QString &note)
{
    PortfolioTransaction t;
    t.type = type;
    t.time = time;
    t.amount = Decimal::fromRaw(units * 1'000'000LL);
    t.note = note;
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: crash_ledger_editor DB_URL PORTFOLIO [EDITS]\n");
        return 2;
    }
    const qint64 edits = args.size() > 3 ? args[3].toLongLong() : -1;
    auto workspace = Workspace::open(args[1]);
    if (!workspace)
        return fail(workspace.error());
    LedgerService ledger(*workspace.value());
    auto portfolio = ledger.portfolioByName(args[2]);
    if (!portfolio)
        return fail(portfolio.error());
    const qint64 id = portfolio->id;

    for (qint64 n = 0; edits < 0 || n < edits; ++n) {
        auto lines = ledger.transactions(id);
        if (!lines)
            return fail(lines.error());
        const TimestampMs day = lines->back().time;
        switch (n % 3) {
        case 0: { // in place: the k-th deposit gets a new note and one more unit
            std::vector<PortfolioTransaction> deposits;
            for (const PortfolioTransaction &t : *lines)
                if (t.type == QLatin1String("deposit") && !t.note.startsWith(QLatin1String("pair")))
                    deposits.push_back(t);
            PortfolioTransaction t = deposits.at(static_cast<std::size_t>(n / 3) % deposits.size());
            t.amount = Decimal::fromRaw(t.amount.raw() + 1'000'000LL);
            t.note = QStringLiteral("edit %1").arg(n);
            if (auto r = ledger.update(t); !r)
                return fail(r.error());
            break;
        }
        case 1: { // a pair, added in one call
            // The pid keeps tags unique across the runs the test kills.
            const QString tag = QStringLiteral("pair %1-%2").arg(QCoreApplication::applicationPid()).arg(n);
            auto r =
                ledger.add(id, {line(QStringLiteral("deposit"), day, 7, tag + QStringLiteral(" in")),
                                line(QStringLiteral("withdrawal"), day, 7, tag + QStringLiteral(" out"))});
            if (!r)
                return fail(r.error());
            break;
        }
        default: { // the oldest pair, removed in one call
            std::vector<qint64> pair;
            QString tag;
            for (const PortfolioTransaction &t : *lines) {
                if (!t.note.startsWith(QLatin1String("pair ")))
                    continue;
                const QString mine = t.note.section(QLatin1Char(' '), 0, 1);
                if (tag.isEmpty())
                    tag = mine;
                if (mine == tag)
                    pair.push_back(t.id);
            }
            if (pair.size() == 2) {
                if (auto r = ledger.remove(id, pair); !r)
                    return fail(r.error());
            }
            break;
        }
        }
        std::printf("edit %lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
    return 0;
}
