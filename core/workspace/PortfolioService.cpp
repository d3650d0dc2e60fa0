#include "core/workspace/PortfolioService.h"

#include "core/analytics/Covariance.h"
#include "core/analytics/Valuation.h"
#include "core/common/Log.h"
#include "core/storage/BarRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/PortfolioRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/workspace/DailyCloses.h"
#include "core/workspace/FxRates.h"
#include "core/workspace/PortfolioServiceSupport.h"
#include "core/workspace/TransactionImporter.h"
#include "core/workspace/Workspace.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <set>

// Portfolio use cases: the stored portfolio loaded and valued, holdings, valuation, performance, and
// the transactions CSV. Risk analyses are in PortfolioRisk.cpp, optimisation and rebalancing in
// PortfolioPlanning.cpp.
namespace sn {

using namespace portfolio_detail;

PortfolioService::PortfolioService(const Workspace &workspace) : m_db(workspace.database()) {}

Result<double> PortfolioService::riskFreeFromSettings() const
{
    auto value = SettingsRepository(m_db).get(QString::fromLatin1(kRiskFreeSetting));
    if (!value)
        return value.error().code == ErrorCode::NotFound ? Result<double>(0.0)
                                                         : Result<double>(value.error());
    bool ok = false;
    const double rate = value->trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(rate) || rate <= -1.0 || rate >= 1.0)
        return makeError(
                   ErrorCode::InvalidArgument,
                   SN_TEXT("sn::PortfolioService", "not an annual rate as a fraction (0.02 = 2 %): '%1'"),
                   {str(value.value())})
            .at(SN_TEXT("sn::PortfolioService", "setting %1"), {kRiskFreeSetting});
    return rate;
}

Result<std::vector<PortfolioSummary>> PortfolioService::list() const
{
    PortfolioRepository repo(m_db);
    auto all = repo.list();
    if (!all)
        return all.error();
    std::vector<PortfolioSummary> out;
    for (const Portfolio &p : all.value()) {
        auto txs = repo.transactions(p.id);
        if (!txs)
            return txs.error();
        out.push_back({str(p.name), str(p.baseCurrency), str(p.note), p.createdAt, txs->size()});
    }
    return out;
}

Result<PortfolioService::Loaded> PortfolioService::load(const QString &portfolio,
                                                        std::optional<TimestampMs> to) const
{
    PortfolioRepository repo(m_db);
    auto record = repo.findByName(portfolio);
    if (!record) {
        if (record.error().code == ErrorCode::NotFound)
            return makeError(ErrorCode::NotFound, SN_TEXT("sn::PortfolioService", "unknown portfolio '%1'"),
                             {str(portfolio)})
                .at(SN_TEXT("sn::PortfolioService", "portfolio"), {});
        return record.error();
    }
    auto stored = repo.transactions(record->id);
    if (!stored)
        return stored.error();

    Loaded l;
    l.portfolio = record.value();
    l.input.baseCurrency = str(record->baseCurrency);
    l.input.lotMethod = m_lotMethod;
    l.used.portfolio = str(record->name);
    l.used.baseCurrency = l.input.baseCurrency;

    InstrumentRepository instruments(m_db);
    BarRepository bars(m_db);
    std::map<qint64, Instrument> byId;
    std::set<std::string> currencies;
    // A plain value and a flag: GCC's maybe-uninitialized misfires on an optional here.
    const bool hasLastDay = to.has_value();
    const TimestampMs lastDay = to ? startOfDay(*to) : 0;
    for (const PortfolioTransaction &pt : stored.value()) {
        if (hasLastDay && startOfDay(pt.time) > lastDay)
            continue;
        auto type = transactionTypeFromName(str(pt.type));
        if (!type)
            return makeError(ErrorCode::Internal, "stored transaction of unknown type '" + str(pt.type) + "'",
                             fmt::format("transaction id {}", pt.id));
        Transaction t;
        t.date = pt.time;
        t.type = *type;
        t.quantity = pt.quantity;
        t.price = pt.price;
        t.amount = pt.amount;
        t.fee = pt.fee;
        t.tax = pt.tax;
        t.currency = str(pt.currency);
        t.note = str(pt.note);
        if (pt.instrumentId) {
            auto it = byId.find(*pt.instrumentId);
            if (it == byId.end()) {
                auto instrument = instruments.findById(*pt.instrumentId);
                if (!instrument)
                    return instrument.error();
                it = byId.emplace(*pt.instrumentId, instrument.value()).first;
            }
            t.symbol = str(it->second.symbol);
        } else if (t.currency != l.input.baseCurrency) {
            currencies.insert(t.currency);
        }
        l.input.transactions.push_back(std::move(t));
    }
    if (l.input.transactions.empty())
        return (hasLastDay ? makeError(ErrorCode::InvalidArgument,
                                       SN_TEXT("sn::PortfolioService", "no transactions on or before %1"),
                                       {formatDate(lastDay)})
                           : makeError(ErrorCode::InvalidArgument,
                                       SN_TEXT("sn::PortfolioService", "no transactions"), {}))
            .at(SN_TEXT("sn::PortfolioService", "portfolio '%1'"), {l.used.portfolio});
    l.used.transactions = l.input.transactions.size();

    // Shares held after the last transaction, so an instrument sold long ago
    // does not end the default period where its data ends.
    std::map<std::string, Decimal> heldAtEnd;
    {
        std::vector<const Transaction *> ordered;
        for (const Transaction &t : l.input.transactions)
            ordered.push_back(&t);
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const Transaction *a, const Transaction *b) { return a->date < b->date; });
        for (const Transaction *t : ordered) {
            Decimal &q = heldAtEnd[t->symbol];
            std::optional<Decimal> next = q;
            if (t->type == TransactionType::Buy || t->type == TransactionType::TransferIn)
                next = q.checkedAdd(t->quantity);
            else if (t->type == TransactionType::Sell || t->type == TransactionType::TransferOut)
                next = q.checkedSub(t->quantity);
            else if (t->type == TransactionType::Split)
                next = q.checkedMul(t->quantity);
            if (!next) // stored before the ledger checked its sums
                return makeError(
                           ErrorCode::InvalidArgument,
                           SN_TEXT("sn::PortfolioService",
                                   "field 'quantity': amount too large: the quantity held would leave the "
                                   "exact decimal range (+/-9.2 trillion)"),
                           {})
                    .at(SN_TEXT("sn::PortfolioService", "portfolio '%1': transaction %2 %3 %4"),
                        {l.used.portfolio, formatDate(t->date), transactionTypeName(t->type), t->symbol});
            q = *next;
        }
    }
    std::optional<TimestampMs> commonLast;
    for (const auto &[id, instrument] : byId) {
        PortfolioAsset asset;
        asset.symbol = str(instrument.symbol);
        asset.currency = str(instrument.currency);
        asset.assetClass = TransactionImporter::assetClassOf(instrument.kind);
        auto series = bars.load(id, QString::fromLatin1(kDailyInterval));
        if (!series)
            return series.error();
        if (series->empty()) {
            Error e = makeError(ErrorCode::NotFound, missingDailyClosesReason(m_db, id, asset.symbol));
            const std::string user = missingDailyClosesReason(m_db, id, asset.symbol, true);
            if (user != e.message)
                e.userMessage = user;
            return e.at(SN_TEXT("sn::PortfolioService", "instrument %1"), {asset.symbol});
        }
        DailySeries closes = closesOf(series.value());
        l.used.series.push_back(usedOf(asset.symbol, "price", closes));
        if (!heldAtEnd[asset.symbol].isZero())
            commonLast = commonLast ? std::min(*commonLast, closes.time.back()) : closes.time.back();
        l.input.prices.emplace(asset.symbol, std::move(closes));
        l.instrumentIds.emplace(asset.symbol, id);
        if (asset.currency != l.input.baseCurrency)
            currencies.insert(asset.currency);
        l.input.assets.push_back(asset);
    }
    FxRates rates(m_db);
    for (const std::string &ccy : currencies) {
        auto fx = rates.series(ccy, l.input.baseCurrency);
        if (!fx)
            return fx.error().withContext(SN_TEXT("sn::PortfolioService", "portfolio '%1'"),
                                          {l.used.portfolio});
        for (const SeriesUsed &u : (*fx)->used)
            l.used.series.push_back(u);
        l.fxSources.emplace(ccy, (*fx)->source);
        // An empty series is kept: the valuation names the missing rate and the day it was needed.
        l.input.fx.emplace(ccy, (*fx)->series);
    }
    l.input.missingRate = rates.missingRateText(l.input.baseCurrency);

    TimestampMs lastTx = 0;
    for (const Transaction &t : l.input.transactions)
        lastTx = std::max(lastTx, startOfDay(t.date));
    if (hasLastDay)
        l.input.to = lastDay;
    else
        l.input.to = commonLast ? std::max(*commonLast, lastTx) : lastTx;

    auto valuation = Valuation::compute(l.input);
    if (!valuation)
        return valuation.error().withContext(SN_TEXT("sn::PortfolioService", "portfolio '%1'"),
                                             {l.used.portfolio});
    l.valuation = std::move(valuation).value();
    l.used.from = l.valuation.days().front();
    l.used.to = l.valuation.days().back();
    l.used.observations = l.valuation.dayCount();
    lc.debug("portfolio '{}': {} transactions, {} days valued", l.used.portfolio, l.used.transactions,
             l.valuation.dayCount());
    return l;
}

Result<Holdings> PortfolioService::holdings(const QString &portfolio, std::optional<TimestampMs> asOf) const
{
    auto loaded = load(portfolio, asOf);
    if (!loaded)
        return loaded.error();
    return holdingsOf(loaded.value());
}

Holdings PortfolioService::holdingsOf(const Loaded &l)
{
    const Valuation &v = l.valuation;
    const Ledger &ledger = v.ledger();
    Holdings h;
    h.used = l.used;
    h.asOf = v.days().back();
    h.totalValue = v.marketValue().back();
    h.cash = ledger.cash();
    for (const auto &[ccy, amount] : h.cash) {
        double rate = 1.0;
        if (ccy != l.input.baseCurrency) {
            const DailySeries &fx = l.input.fx.at(ccy);
            auto j = lastAtOrBefore(fx, h.asOf);
            rate = j ? fx.value[*j] : 0.0;
        }
        h.cashValue += amount.toDouble() * rate;
    }
    for (const auto &[symbol, p] : ledger.positions()) {
        HoldingLine line;
        line.symbol = symbol;
        line.currency = p.currency;
        const PortfolioAsset *asset = ledger.asset(symbol);
        line.assetClass = asset ? asset->assetClass : std::string();
        line.quantity = p.quantity;
        line.costBasis = p.costBasis;
        line.realisedPnl = p.realisedPnl;
        line.income = p.income;
        line.lots = p.lots;
        const DailySeries &prices = l.input.prices.at(symbol);
        if (auto i = lastAtOrBefore(prices, h.asOf)) {
            line.price = prices.value[*i];
            line.priceDate = prices.time[*i];
        }
        if (line.currency != l.input.baseCurrency) {
            const DailySeries &fx = l.input.fx.at(line.currency);
            auto j = lastAtOrBefore(fx, h.asOf);
            line.fxRate = j ? fx.value[*j] : 0.0;
            line.fxDate = j ? fx.time[*j] : 0;
            if (auto src = l.fxSources.find(line.currency); src != l.fxSources.end())
                line.fxSource = src->second;
        }
        line.marketValue = line.quantity.toDouble() * line.price * line.fxRate;
        line.unrealisedPnl =
            (line.quantity.toDouble() * line.price - line.costBasis.toDouble()) * line.fxRate;
        line.weight = h.totalValue > 0 ? line.marketValue / h.totalValue : 0.0;
        h.lines.push_back(std::move(line));
    }
    h.explanations = {
        {"quantity", userText("sn::PortfolioService",
                              "Shares held: buys and transfers in minus sells and transfers out, times split "
                              "ratios; exact decimals replayed in date order (a sell of more than "
                              "held is rejected).")},
        {"cost_basis",
         ledger.lotMethod() == Ledger::LotMethod::Fifo
             ? userText("sn::PortfolioService", "Sum of the open lots' cost (quantity x price + buy fee + "
                                                "tax), lots consumed by FIFO; instrument currency.")
             : userText("sn::PortfolioService", "Sum of the open lots' cost (quantity x price + buy fee + "
                                                "tax), lots consumed by average cost; instrument "
                                                "currency.")},
        {"realised_pnl",
         userText("sn::PortfolioService",
                  "Per sale: proceeds (quantity x price) - fee - tax - cost of the lots sold.")},
        {"price",
         userText("sn::PortfolioService", "Last stored daily close on or before the valuation day (carried "
                                          "forward over holidays).")},
        {"market_value",
         userText("sn::PortfolioService", "quantity x price x FX rate (base per unit of the instrument "
                                          "currency; 1 for the base).")},
        {"fx_rate", userText("sn::PortfolioService",
                             "ECB euro reference rate (published about 16:00 CET on TARGET business days) of "
                             "the valuation day, or of the latest business day before it (fx_date); "
                             "a pair without the euro is crossed through it: base per unit = (base "
                             "per EUR) / (currency per EUR) of the same day. A currency the ECB does "
                             "not publish uses an imported daily series <CCY><BASE>=X. A rate of 1.0 "
                             "is never assumed.")},
        {"unrealised_pnl", userText("sn::PortfolioService", "(quantity x price - cost basis) x FX rate.")},
        {"cash", userText("sn::PortfolioService",
                          "Deposits + sale proceeds + dividends + interest - buys - fees - taxes - "
                          "withdrawals, per currency, exact.")},
        {"total_value",
         userText("sn::PortfolioService", "Sum of market values plus cash converted to the base currency "
                                          "(MVE of the last day).")},
        {"weight", userText("sn::PortfolioService", "market value / total value.")},
    };
    return h;
}

Result<ValuationSeries> PortfolioService::valuation(const QString &portfolio, const Period &period) const
{
    auto loaded = load(portfolio, period.to);
    if (!loaded)
        return loaded.error();
    return valuationOf(loaded.value(), period);
}

Result<PortfolioService::Overview> PortfolioService::overview(const QString &portfolio) const
{
    auto loaded = load(portfolio, std::nullopt);
    if (!loaded)
        return loaded.error();
    auto series = valuationOf(loaded.value(), {});
    if (!series)
        return series.error();
    return Overview{std::move(series).value(), holdingsOf(loaded.value())};
}

Result<ValuationSeries> PortfolioService::valuationOf(const Loaded &l, const Period &period)
{
    const Valuation &v = l.valuation;
    auto w = windowOf(v, period.from);
    if (!w)
        return w.error();
    auto daily = windowReturns(v, w->begin, w->end);
    if (!daily)
        return daily.error().withContext(SN_TEXT("sn::PortfolioService", "portfolio '%1'"),
                                         {l.used.portfolio});
    ValuationSeries s;
    s.used = l.used;
    s.used.from = v.days()[w->begin];
    s.used.observations = daily->size();
    const auto first = static_cast<std::ptrdiff_t>(w->begin);
    const auto last = static_cast<std::ptrdiff_t>(w->end) + 1;
    s.days.assign(v.days().begin() + first, v.days().begin() + last);
    s.value.assign(v.marketValue().begin() + first, v.marketValue().begin() + last);
    s.inflow.assign(v.inflow().begin() + first, v.inflow().begin() + last);
    s.outflow.assign(v.outflow().begin() + first, v.outflow().begin() + last);
    double growth = 1.0;
    for (double r : daily.value()) {
        growth *= 1.0 + r;
        s.cumulativeReturn.push_back(growth - 1.0);
    }
    s.explanations = {
        {"value", userText("sn::PortfolioService",
                           "MVE: positions at the last close on or before the day (carried forward "
                           "over weekends and holidays) times the FX rate, plus cash, in the "
                           "base currency.")},
        {"inflow/outflow",
         userText("sn::PortfolioService", "External flows: deposits and transfers in at market value "
                                          "(in), withdrawals and transfers out (out).")},
        {"cumulative_return",
         userText("sn::PortfolioService", "prod(1 + r) - 1 over the period's days up to this one, r = "
                                          "(MVE + CFout) / (MVB + CFin) - 1.")},
    };
    return s;
}

Result<PerformanceReport> PortfolioService::performance(const QString &portfolio,
                                                        const PerformanceOptions &options) const
{
    auto loaded = load(portfolio, options.period.to);
    if (!loaded)
        return loaded.error();
    const Loaded &l = loaded.value();
    const Valuation &v = l.valuation;
    auto w = windowOf(v, options.period.from);
    if (!w)
        return w.error();
    auto daily = windowReturns(v, w->begin, w->end);
    if (!daily)
        return daily.error().withContext(SN_TEXT("sn::PortfolioService", "portfolio '%1'"),
                                         {l.used.portfolio});

    PerformanceReport r;
    r.used = l.used;
    r.used.from = v.days()[w->begin];
    r.used.observations = daily->size();
    r.days = w->end - w->begin + 1;
    r.valueBegin = w->begin > 0 ? v.marketValue()[w->begin - 1] : 0.0;
    r.valueEnd = v.marketValue()[w->end];
    for (std::size_t d = w->begin; d <= w->end; ++d) {
        r.inflows += v.inflow()[d];
        r.outflows += v.outflow()[d];
    }
    r.ttwror = Performance::ttwror(daily.value());
    r.ttwrorAnnualised = Performance::annualised(r.ttwror, static_cast<double>(r.days));
    r.irr = Performance::irr(v, w->begin, w->end);
    const std::span<const TimestampMs> days(v.days().data() + w->begin, r.days);
    r.monthly = Performance::monthlyReturns(days, daily.value());
    r.yearly = Performance::yearlyReturns(days, daily.value());

    // Contribution over the window, by the kernel's definition:
    // sum over days of (V_d - V_(d-1) - flow_d) / (MVB_d + CFin_d).
    for (std::size_t a = 0; a < v.symbols().size(); ++a) {
        Performance::Contribution c;
        c.symbol = v.symbols()[a];
        for (std::size_t d = w->begin; d <= w->end; ++d) {
            const double base = (d > 0 ? v.marketValue()[d - 1] : 0.0) + v.inflow()[d];
            if (base == 0.0)
                continue;
            const double before = d > 0 ? v.positionValue(a, d - 1) : 0.0;
            c.value += (v.positionValue(a, d) - before - v.positionFlow(a, d)) / base;
        }
        r.contributions.push_back(c);
    }

    if (!options.benchmark.empty()) {
        r.benchmarkSymbol = options.benchmark;
        auto bench = loadBenchmark(m_db, options.benchmark, r.used);
        if (!bench)
            return bench.error();
        auto cmp = Performance::compareWithBenchmark(days, daily.value(), bench.value(), options.convention);
        if (!cmp)
            return cmp.error().withContext(SN_TEXT("sn::PortfolioService", "benchmark %1"),
                                           {options.benchmark});
        r.benchmark = cmp.value();
    }

    r.explanations = {
        {"ttwror", Performance::explainTtwror()},
        {"irr", Performance::explainIrr()},
        {"monthly/yearly",
         userText("sn::PortfolioService", "Daily returns r compounded within each calendar month / year: "
                                          "prod(1 + r) - 1; the first and last periods may be "
                                          "partial.")},
        {"contribution",
         userText("sn::PortfolioService",
                  "Per position: sum over days of (V_d - V_(d-1) - flow_d) / (MVB_d + CFin_d), where "
                  "flow_d is what was put into the position that day (buys positive, "
                  "sales and dividends negative); positions plus cash effects add up to "
                  "the sum of the daily returns.")},
    };
    if (r.benchmark) {
        r.explanations.push_back(
            {"benchmark",
             userText("sn::PortfolioService", "Portfolio daily returns compounded between consecutive "
                                              "benchmark closes, so both series have one return per "
                                              "benchmark trading day; ") +
                 conventionText(options.convention)});
        r.explanations.push_back(
            {"beta", ReturnStats::explain(ReturnStats::Metric::Beta, options.convention)});
        r.explanations.push_back(
            {"alpha", ReturnStats::explain(ReturnStats::Metric::Alpha, options.convention)});
        r.explanations.push_back(
            {"tracking_error", ReturnStats::explain(ReturnStats::Metric::TrackingError, options.convention)});
        r.explanations.push_back(
            {"information_ratio",
             ReturnStats::explain(ReturnStats::Metric::InformationRatio, options.convention)});
    }
    return r;
}

Result<std::vector<TransactionCsvRow>> PortfolioService::transactionRows(const QString &portfolio) const
{
    return TransactionImporter::rows(m_db, portfolio);
}

Result<std::size_t> PortfolioService::exportCsv(const QString &portfolio, const QString &path) const
{
    return TransactionImporter::exportFile(m_db, portfolio, path);
}

} // namespace sn
