#include "core/workspace/PortfolioService.h"

#include "core/workspace/TransactionImporter.h"

#include "core/analytics/Covariance.h"
#include "core/analytics/Valuation.h"
#include "core/common/Log.h"
#include "core/storage/BarRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/PortfolioRepository.h"
#include "core/storage/SettingsRepository.h"

#include <QRegularExpression>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace sn {

namespace {

const log::Category lc("supernova.workspace.portfolio");

constexpr const char *kDefaultProxy = "^GSPC";

std::string str(const QString &s)
{
    return s.toStdString();
}

DailySeries closesOf(const BarSeries &bars)
{
    DailySeries s;
    s.time.reserve(bars.size());
    s.value.reserve(bars.size());
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const TimestampMs day = startOfDay(bars.time[i]);
        // Intraday-stamped daily bars of the same day keep the last close.
        if (!s.time.empty() && s.time.back() == day) {
            s.value.back() = bars.close[i];
            continue;
        }
        s.time.push_back(day);
        s.value.push_back(bars.close[i]);
    }
    return s;
}

// Index of the last value at or before `t`, or nullopt.
std::optional<std::size_t> lastAtOrBefore(const DailySeries &s, TimestampMs t)
{
    auto it = std::upper_bound(s.time.begin(), s.time.end(), t);
    if (it == s.time.begin())
        return std::nullopt;
    return static_cast<std::size_t>(it - s.time.begin() - 1);
}

SeriesUsed usedOf(const std::string &symbol, const char *role, const DailySeries &s)
{
    SeriesUsed u;
    u.symbol = symbol;
    u.role = role;
    u.rows = s.time.size();
    if (!s.time.empty()) {
        u.first = s.time.front();
        u.last = s.time.back();
    }
    return u;
}

std::string percentText(double v)
{
    return fmt::format("{:.2f} %", v * 100.0);
}

// Returns between consecutive `dates` (sorted, each one of the valued days
// in [begin, end]): the daily returns of the days after one date up to and
// including the next compounded, so every period runs from close to close.
std::vector<double> sampledReturns(const std::vector<TimestampMs> &days, const std::vector<double> &daily,
                                   std::size_t begin, const std::vector<TimestampMs> &dates)
{
    std::vector<double> out;
    if (dates.size() < 2)
        return out;
    out.reserve(dates.size() - 1);
    const TimestampMs first = days.front();
    for (std::size_t k = 1; k < dates.size(); ++k) {
        const std::size_t a = static_cast<std::size_t>((dates[k - 1] - first) / kMsPerDay);
        const std::size_t b = static_cast<std::size_t>((dates[k] - first) / kMsPerDay);
        double growth = 1.0;
        // daily[] is indexed from `begin`.
        for (std::size_t d = a + 1; d <= b; ++d)
            growth *= 1.0 + daily[d - begin];
        out.push_back(growth - 1.0);
    }
    return out;
}

Result<std::vector<double>> windowReturns(const Valuation &v, std::size_t begin, std::size_t end)
{
    const auto &mve = v.marketValue();
    const std::size_t n = end - begin + 1;
    return Performance::dailyReturns(std::span<const double>(mve).subspan(begin, n),
                                     std::span<const double>(v.inflow()).subspan(begin, n),
                                     std::span<const double>(v.outflow()).subspan(begin, n),
                                     begin > 0 ? mve[begin - 1] : 0.0);
}

std::string describeWindow(TimestampMs from, TimestampMs to)
{
    return formatDate(from) + ":" + formatDate(to);
}

std::string conventionText(const Convention &c)
{
    return fmt::format("convention '{}': {} periods per year, {} deviation (ddof {}), risk-free {} per year "
                       "({} per period, {})",
                       c.name, c.periodsPerYear, c.ddof == 1 ? "sample" : "population", c.ddof,
                       percentText(c.riskFreeAnnual), fmt::format("{:.6g}", c.riskFreePerPeriod()),
                       c.riskFree == Convention::RiskFree::Compounded ? "(1 + rf)^(1/P) - 1" : "rf / P");
}

} // namespace

struct PortfolioService::Loaded
{
    Portfolio portfolio;
    ValuationInput input;
    std::map<std::string, qint64> instrumentIds;
    Valuation valuation;
    DataUsed used;
};

Result<double> PortfolioService::riskFreeFromSettings() const
{
    auto value = SettingsRepository(m_db).get(QString::fromLatin1(kRiskFreeSetting));
    if (!value)
        return value.error().code == ErrorCode::NotFound ? Result<double>(0.0) : Result<double>(value.error());
    bool ok = false;
    const double rate = value->trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(rate) || rate <= -1.0 || rate >= 1.0)
        return makeError(ErrorCode::InvalidArgument,
                         "not an annual rate as a fraction (0.02 = 2 %): '" + str(value.value()) + "'",
                         std::string("setting ") + kRiskFreeSetting);
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

Result<qint64> PortfolioService::create(const QString &name, const QString &baseCurrency, const QString &note) const
{
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, "a portfolio needs a name", "name");
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
    if (!code.match(baseCurrency).hasMatch())
        return makeError(ErrorCode::InvalidArgument,
                         "not a three-letter currency code '" + str(baseCurrency) + "' (e.g. USD, EUR)", "currency");
    Portfolio p;
    p.name = name.trimmed();
    p.baseCurrency = baseCurrency;
    p.note = note;
    p.createdAt = nowMs();
    auto id = PortfolioRepository(m_db).create(p);
    if (!id && id.error().code == ErrorCode::AlreadyExists)
        return makeError(ErrorCode::AlreadyExists, "a portfolio named '" + str(p.name) + "' already exists", "create");
    return id;
}

Result<void> PortfolioService::remove(const QString &name) const
{
    PortfolioRepository repo(m_db);
    auto p = repo.findByName(name);
    if (!p)
        return p.error().code == ErrorCode::NotFound
            ? makeError(ErrorCode::NotFound, "unknown portfolio '" + str(name) + "'", "portfolio")
            : p.error();
    return repo.remove(p->id);
}

Result<PortfolioService::Loaded> PortfolioService::load(const QString &name, std::optional<TimestampMs> to) const
{
    PortfolioRepository repo(m_db);
    auto portfolio = repo.findByName(name);
    if (!portfolio) {
        if (portfolio.error().code == ErrorCode::NotFound)
            return makeError(ErrorCode::NotFound, "unknown portfolio '" + str(name) + "'", "portfolio");
        return portfolio.error();
    }
    auto stored = repo.transactions(portfolio->id);
    if (!stored)
        return stored.error();

    Loaded l;
    l.portfolio = portfolio.value();
    l.input.baseCurrency = str(portfolio->baseCurrency);
    l.input.lotMethod = m_lotMethod;
    l.used.portfolio = str(portfolio->name);
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
        return makeError(ErrorCode::InvalidArgument,
                         hasLastDay ? "no transactions on or before " + formatDate(lastDay) : std::string("no transactions"),
                         "portfolio '" + l.used.portfolio + "'");
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
            if (t->type == TransactionType::Buy || t->type == TransactionType::TransferIn)
                q += t->quantity;
            else if (t->type == TransactionType::Sell || t->type == TransactionType::TransferOut)
                q -= t->quantity;
            else if (t->type == TransactionType::Split)
                q = q * t->quantity;
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
        if (series->empty())
            return makeError(ErrorCode::NotFound, "no daily (1d) bars stored; import its prices first",
                             "instrument " + asset.symbol);
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
    for (const std::string &ccy : currencies) {
        const std::string pair = ccy + l.input.baseCurrency;
        std::optional<DailySeries> fx;
        for (const std::string &symbol : {pair + "=X", pair}) {
            auto series = bars.load(QString::fromStdString(symbol), QString::fromLatin1(kDailyInterval));
            if (series && !series->empty()) {
                fx = closesOf(series.value());
                l.used.series.push_back(usedOf(symbol, "fx", *fx));
                break;
            }
            if (!series && series.error().code != ErrorCode::NotFound)
                return series.error();
        }
        if (!fx)
            return makeError(ErrorCode::NotFound,
                             fmt::format("no FX series {}->{}: import daily bars of {}=X (or {}) in {} per {}; a rate "
                                         "of 1.0 is never assumed",
                                         ccy, l.input.baseCurrency, pair, pair, l.input.baseCurrency, ccy),
                             "portfolio '" + l.used.portfolio + "'");
        l.input.fx.emplace(ccy, std::move(*fx));
    }

    TimestampMs lastTx = 0;
    for (const Transaction &t : l.input.transactions)
        lastTx = std::max(lastTx, startOfDay(t.date));
    if (hasLastDay)
        l.input.to = lastDay;
    else
        l.input.to = commonLast ? std::max(*commonLast, lastTx) : lastTx;

    auto valuation = Valuation::compute(l.input);
    if (!valuation)
        return valuation.error().withContext("portfolio '" + l.used.portfolio + "'");
    l.valuation = std::move(valuation).value();
    l.used.from = l.valuation.days().front();
    l.used.to = l.valuation.days().back();
    l.used.observations = l.valuation.dayCount();
    lc.debug("portfolio '{}': {} transactions, {} days valued", l.used.portfolio, l.used.transactions,
             l.valuation.dayCount());
    return l;
}

namespace {

struct Window
{
    std::size_t begin = 0;
    std::size_t end = 0;
};

Result<Window> windowOf(const Valuation &v, std::optional<TimestampMs> from)
{
    Window w;
    w.end = v.dayCount() - 1;
    if (from) {
        const TimestampMs day = startOfDay(*from);
        if (day > v.days().back())
            return makeError(ErrorCode::InvalidArgument,
                             "starts after the last valued day " + formatDate(v.days().back()), "from");
        if (day > v.days().front())
            w.begin = static_cast<std::size_t>((day - v.days().front()) / kMsPerDay);
    }
    return w;
}

// The days inside [from, to] on which any of the portfolio's instruments
// has a stored close: the trading calendar the risk statistics use.
std::vector<TimestampMs> tradingDates(const ValuationInput &input, TimestampMs from, TimestampMs to)
{
    std::set<TimestampMs> dates;
    for (const auto &[symbol, s] : input.prices)
        for (TimestampMs t : s.time)
            if (t >= from && t <= to)
                dates.insert(t);
    return {dates.begin(), dates.end()};
}

// Base-currency value of one unit of `symbol` on day t (carry-forward).
std::optional<double> unitValue(const ValuationInput &in, const PortfolioAsset &asset, TimestampMs t)
{
    const DailySeries &s = in.prices.at(asset.symbol);
    auto i = lastAtOrBefore(s, t);
    if (!i)
        return std::nullopt;
    double rate = 1.0;
    if (asset.currency != in.baseCurrency) {
        const DailySeries &fx = in.fx.at(asset.currency);
        auto j = lastAtOrBefore(fx, t);
        if (!j)
            return std::nullopt;
        rate = fx.value[*j];
    }
    return s.value[*i] * rate;
}

// Period returns of several instruments on the dates where all of them have
// a close of their own (T x N), in the base currency.
Result<Eigen::MatrixXd> assetReturns(const ValuationInput &in, const std::vector<PortfolioAsset> &assets,
                                     TimestampMs from, TimestampMs to, std::vector<TimestampMs> &datesUsed)
{
    std::vector<TimestampMs> common;
    for (std::size_t a = 0; a < assets.size(); ++a) {
        const DailySeries &s = in.prices.at(assets[a].symbol);
        std::vector<TimestampMs> mine;
        for (TimestampMs t : s.time)
            if (t >= from && t <= to)
                mine.push_back(t);
        if (a == 0) {
            common = std::move(mine);
        } else {
            std::vector<TimestampMs> both;
            std::set_intersection(common.begin(), common.end(), mine.begin(), mine.end(), std::back_inserter(both));
            common = std::move(both);
        }
    }
    if (common.size() < 3)
        return makeError(ErrorCode::InvalidArgument,
                         fmt::format("{} common trading days of the held instruments between {} and {}; too few "
                                     "observations",
                                     common.size(), formatDate(from), formatDate(to)),
                         "returns");
    Eigen::MatrixXd r(static_cast<Eigen::Index>(common.size() - 1), static_cast<Eigen::Index>(assets.size()));
    for (std::size_t a = 0; a < assets.size(); ++a) {
        double prev = 0.0;
        for (std::size_t k = 0; k < common.size(); ++k) {
            auto v = unitValue(in, assets[a], common[k]);
            if (!v || !(*v > 0))
                return makeError(ErrorCode::InvalidArgument, "no positive price in the base currency",
                                 fmt::format("{} on {}", assets[a].symbol, formatDate(common[k])));
            if (k > 0)
                r(static_cast<Eigen::Index>(k - 1), static_cast<Eigen::Index>(a)) = *v / prev - 1.0;
            prev = *v;
        }
    }
    datesUsed = std::move(common);
    return r;
}

Result<DailySeries> loadBenchmark(const Database &db, const std::string &symbol, DataUsed &used)
{
    auto series = BarRepository(db).load(QString::fromStdString(symbol), QString::fromLatin1(kDailyInterval));
    if (!series)
        return series.error().withContext("benchmark");
    if (series->empty())
        return makeError(ErrorCode::NotFound, "no daily (1d) bars stored", "benchmark " + symbol);
    DailySeries s = closesOf(series.value());
    used.series.push_back(usedOf(symbol, "benchmark", s));
    return s;
}

} // namespace

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
        }
        line.marketValue = line.quantity.toDouble() * line.price * line.fxRate;
        line.unrealisedPnl = (line.quantity.toDouble() * line.price - line.costBasis.toDouble()) * line.fxRate;
        line.weight = h.totalValue > 0 ? line.marketValue / h.totalValue : 0.0;
        h.lines.push_back(std::move(line));
    }
    h.explanations = {
        {"quantity", "Shares held: buys and transfers in minus sells and transfers out, times split ratios; exact "
                     "decimals replayed in date order (a sell of more than held is rejected)."},
        {"cost_basis", std::string("Sum of the open lots' cost (quantity x price + buy fee + tax), lots consumed by ")
                           + (ledger.lotMethod() == Ledger::LotMethod::Fifo ? "FIFO" : "average cost")
                           + "; instrument currency."},
        {"realised_pnl", "Per sale: proceeds (quantity x price) - fee - tax - cost of the lots sold."},
        {"price", "Last stored daily close on or before the valuation day (carried forward over holidays)."},
        {"market_value", "quantity x price x FX rate (base per unit of the instrument currency; 1 for the base)."},
        {"unrealised_pnl", "(quantity x price - cost basis) x FX rate."},
        {"cash", "Deposits + sale proceeds + dividends + interest - buys - fees - taxes - withdrawals, per "
                 "currency, exact."},
        {"total_value", "Sum of market values plus cash converted to the base currency (MVE of the last day)."},
        {"weight", "market value / total value."},
    };
    return h;
}

Result<ValuationSeries> PortfolioService::valuation(const QString &portfolio, const Period &period) const
{
    auto loaded = load(portfolio, period.to);
    if (!loaded)
        return loaded.error();
    const Loaded &l = loaded.value();
    const Valuation &v = l.valuation;
    auto w = windowOf(v, period.from);
    if (!w)
        return w.error();
    auto daily = windowReturns(v, w->begin, w->end);
    if (!daily)
        return daily.error().withContext("portfolio '" + l.used.portfolio + "'");
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
        {"value", "MVE: positions at the last close on or before the day (carried forward over weekends and "
                  "holidays) times the FX rate, plus cash, in the base currency."},
        {"inflow/outflow", "External flows: deposits and transfers in at market value (in), withdrawals and "
                           "transfers out (out)."},
        {"cumulative_return", "prod(1 + r) - 1 over the period's days up to this one, r = (MVE + CFout) / (MVB + "
                              "CFin) - 1."},
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
        return daily.error().withContext("portfolio '" + l.used.portfolio + "'");

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
            return cmp.error().withContext("benchmark " + options.benchmark);
        r.benchmark = cmp.value();
    }

    r.explanations = {
        {"ttwror", Performance::explainTtwror()},
        {"irr", Performance::explainIrr()},
        {"monthly/yearly", "Daily returns r compounded within each calendar month / year: prod(1 + r) - 1; the "
                           "first and last periods may be partial."},
        {"contribution", "Per position: sum over days of (V_d - V_(d-1) - flow_d) / (MVB_d + CFin_d), where flow_d is "
                         "what was put into the position that day (buys positive, sales and dividends negative); "
                         "positions plus cash effects add up to the sum of the daily returns."},
    };
    if (r.benchmark) {
        r.explanations.push_back({"benchmark", "Portfolio daily returns compounded between consecutive benchmark "
                                               "closes, so both series have one return per benchmark trading day; "
                                               + conventionText(options.convention)});
        r.explanations.push_back({"beta", ReturnStats::explain(ReturnStats::Metric::Beta, options.convention)});
        r.explanations.push_back({"alpha", ReturnStats::explain(ReturnStats::Metric::Alpha, options.convention)});
        r.explanations.push_back(
            {"tracking_error", ReturnStats::explain(ReturnStats::Metric::TrackingError, options.convention)});
        r.explanations.push_back(
            {"information_ratio", ReturnStats::explain(ReturnStats::Metric::InformationRatio, options.convention)});
    }
    return r;
}

Result<RiskReport> PortfolioService::risk(const QString &portfolio, const RiskOptions &options) const
{
    if (!(options.confidence > 0.0 && options.confidence < 1.0))
        return makeError(ErrorCode::InvalidArgument, fmt::format("{} is not in (0, 1)", options.confidence),
                         "confidence");
    if (options.horizon < 1)
        return makeError(ErrorCode::InvalidArgument, fmt::format("{} is below 1 day", options.horizon), "horizon");
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
        return daily.error().withContext("portfolio '" + l.used.portfolio + "'");

    RiskReport r;
    r.used = l.used;
    r.used.from = v.days()[w->begin];
    r.convention = options.convention;
    r.varMethod = options.varMethod;
    r.confidence = options.confidence;
    r.horizon = options.horizon;
    r.currentValue = v.marketValue()[w->end];

    // Periods run from one trading day's close to the next: the benchmark's
    // trading days when there is one, else any day an instrument has a close.
    std::vector<TimestampMs> dates;
    std::vector<double> benchReturns;
    if (!options.benchmark.empty()) {
        r.benchmarkSymbol = options.benchmark;
        auto bench = loadBenchmark(m_db, options.benchmark, r.used);
        if (!bench)
            return bench.error();
        std::optional<double> prev;
        for (std::size_t k = 0; k < bench->time.size(); ++k) {
            const TimestampMs t = bench->time[k];
            if (t < r.used.from || t > r.used.to)
                continue;
            if (prev)
                benchReturns.push_back(bench->value[k] / *prev - 1.0);
            prev = bench->value[k];
            dates.push_back(t);
        }
    } else {
        dates = tradingDates(l.input, r.used.from, r.used.to);
    }
    const std::vector<double> returns = sampledReturns(v.days(), daily.value(), w->begin, dates);
    r.used.observations = returns.size();
    if (returns.size() < 2)
        return makeError(ErrorCode::InvalidArgument,
                         fmt::format("{} trading-day return(s) between {} and {}; at least 2 are needed",
                                     returns.size(), formatDate(r.used.from), formatDate(r.used.to)),
                         "risk");
    auto summary = ReturnStats::compute(returns, benchReturns, options.convention);
    if (!summary)
        return summary.error();
    r.summary = summary.value();
    const Drawdown &dd = r.summary.maxDrawdown;
    if (dd.peakIndex < dates.size() && dd.troughIndex < dates.size()) {
        r.drawdownPeak = dates[dd.peakIndex];
        r.drawdownTrough = dates[dd.troughIndex];
        if (dd.recoveryIndex && *dd.recoveryIndex < dates.size())
            r.drawdownRecovery = dates[*dd.recoveryIndex];
    }

    // The current positions, for Monte Carlo VaR, component VaR and correlation.
    std::vector<PortfolioAsset> held;
    for (std::size_t a = 0; a < v.symbols().size(); ++a)
        if (v.positionValue(a, w->end) != 0.0) {
            held.push_back(*v.ledger().asset(v.symbols()[a]));
            r.symbols.push_back(v.symbols()[a]);
            r.weights.push_back(r.currentValue > 0 ? v.positionValue(a, w->end) / r.currentValue : 0.0);
        }
    std::optional<Eigen::MatrixXd> assetMatrix;
    if (held.empty()) {
        r.componentNote = "no position is held at the end of the period";
    } else {
        std::vector<TimestampMs> used;
        auto m = assetReturns(l.input, held, r.used.from, r.used.to, used);
        if (m)
            assetMatrix = std::move(m).value();
        else
            r.componentNote = m.error().toString();
    }
    Eigen::VectorXd weights = Eigen::Map<const Eigen::VectorXd>(r.weights.data(), static_cast<Eigen::Index>(r.weights.size()));
    std::optional<Eigen::MatrixXd> cov;
    if (assetMatrix) {
        if (options.shrinkage) {
            auto shrunk = Covariance::ledoitWolf(*assetMatrix, *options.shrinkage);
            if (shrunk) {
                cov = shrunk->matrix;
                r.shrinkageIntensity = shrunk->intensity;
            } else {
                r.componentNote = shrunk.error().toString();
            }
        } else {
            auto sample = Covariance::sample(*assetMatrix);
            if (sample)
                cov = std::move(sample).value();
            else
                r.componentNote = sample.error().toString();
        }
    }
    if (cov)
        for (Eigen::Index i = 0; i < cov->rows(); ++i) {
            std::vector<double> row;
            for (Eigen::Index j = 0; j < cov->cols(); ++j)
                row.push_back((*cov)(i, j));
            r.covariance.push_back(std::move(row));
        }

    Result<ValueAtRisk::Estimate> var = makeError(ErrorCode::Internal, "no VaR method", "risk");
    switch (options.varMethod) {
    case RiskReport::VarMethod::Historical:
        var = ValueAtRisk::historical(returns, options.confidence, options.horizon);
        break;
    case RiskReport::VarMethod::Normal:
        var = ValueAtRisk::parametricNormal(returns, options.confidence, options.horizon);
        break;
    case RiskReport::VarMethod::CornishFisher:
        var = ValueAtRisk::cornishFisher(returns, options.confidence, options.horizon);
        break;
    case RiskReport::VarMethod::MonteCarlo: {
        if (!assetMatrix || !cov)
            return makeError(ErrorCode::InvalidArgument, "Monte Carlo VaR needs the current positions' returns and "
                                                         "their covariance: " + r.componentNote,
                             "risk");
        var = ValueAtRisk::monteCarlo(weights, Covariance::means(*assetMatrix), *cov, options.confidence,
                                      options.horizon, options.draws, options.seed);
        break;
    }
    }
    if (!var)
        return var.error().withContext("VaR");
    r.var = var.value();
    r.varAmount = r.var.var * r.currentValue;
    r.cvarAmount = r.var.cvar * r.currentValue;

    if (assetMatrix && cov) {
        {
            if (auto corr = Covariance::correlation(*cov)) {
                for (Eigen::Index i = 0; i < corr->rows(); ++i) {
                    std::vector<double> row;
                    for (Eigen::Index j = 0; j < corr->cols(); ++j)
                        row.push_back((*corr)(i, j));
                    r.correlation.push_back(std::move(row));
                }
            } else {
                r.componentNote = corr.error().toString();
            }
            auto comp = ValueAtRisk::componentVar(weights, Covariance::means(*assetMatrix), *cov, options.confidence,
                                                  options.horizon);
            if (comp)
                r.componentVar = comp->contribution;
            else
                r.componentNote = comp.error().toString();
        }
    }

    const Convention &c = options.convention;
    r.explanations.push_back({"returns", "Portfolio returns from one trading-day close to the next ("
                                             + std::string(options.benchmark.empty() ? "days on which any held "
                                                                                       "instrument has a close"
                                                                                     : "the benchmark's trading days")
                                             + "), each the compounded daily TTWROR returns r = (MVE + CFout) / (MVB "
                                               "+ CFin) - 1 in between, so deposits and withdrawals are not returns."});
    r.explanations.push_back({"convention", conventionText(c)});
    for (ReturnStats::Metric m : ReturnStats::allMetrics())
        r.explanations.push_back({ReturnStats::metricName(m), ReturnStats::explain(m, c)});
    const char *varText = "";
    switch (options.varMethod) {
    case RiskReport::VarMethod::Historical:
        varText = "Historical: the h-period returns of overlapping windows prod(1 + r) - 1 sorted ascending; with m = "
                  "ceil(n (1 - c)), VaR = -x_(m) and CVaR = -mean(x_(1..m)).";
        break;
    case RiskReport::VarMethod::Normal:
        varText = "Parametric normal: mean mu and sample deviation sd of the returns scaled to the horizon; VaR = "
                  "-(mu h - z sd sqrt(h)), CVaR = -(mu h - sd sqrt(h) phi(z) / (1 - c)), z = Phi^-1(c).";
        break;
    case RiskReport::VarMethod::CornishFisher:
        varText = "Cornish-Fisher: the normal quantile adjusted for skewness S and excess kurtosis K, z_cf = z + (z^2 "
                  "- 1) S / 6 + (z^3 - 3z) K / 24 - (2z^3 - 5z) S^2 / 36; CVaR averages the adjusted quantile "
                  "over the tail.";
        break;
    case RiskReport::VarMethod::MonteCarlo:
        varText = "Monte Carlo: correlated normal draws of the current positions' returns x = mu h + sqrt(h) L z (L "
                  "the Cholesky factor of their sample covariance on common trading days, seeded), portfolio return "
                  "w'x with w = position value / total value (cash earns nothing), then the historical estimator.";
        break;
    }
    r.explanations.push_back({"var", std::string(varText)
                                         + " VaR and CVaR are fractions of the current value; the amounts multiply "
                                           "them by it."});
    r.explanations.push_back({"component_var", "Parametric normal Euler allocation over the current positions: C_i = "
                                               "w_i (-mu_i h + z sqrt(h) (cov w)_i / sigma_p); the C_i sum to the "
                                               "portfolio's normal VaR."});
    r.explanations.push_back(
        {"covariance", options.shrinkage
                           ? fmt::format("Ledoit-Wolf shrinkage of the (1/T) sample covariance of the held instruments' "
                                         "daily returns toward {} with the optimal intensity delta = {:.6g} estimated "
                                         "from the data: delta F + (1 - delta) S; used for Monte Carlo and component VaR.",
                                         *options.shrinkage == Covariance::ShrinkageTarget::ConstantCorrelation
                                             ? "constant correlation (Ledoit & Wolf 2004, 'Honey, I shrunk...')"
                                             : "a scaled identity (Ledoit & Wolf 2004, well-conditioned estimator)",
                                         r.shrinkageIntensity.value_or(0.0))
                           : "Sample covariance (divides by T - 1) of the held instruments' daily returns in the base "
                             "currency on the days all of them have a close; per trading day."});
    r.explanations.push_back({"correlation", "Pearson correlation derived from that covariance."});
    return r;
}

Result<ProjectionReport> PortfolioService::projection(const QString &portfolio,
                                                      const ProjectionOptions &options) const
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
        return daily.error().withContext("portfolio '" + l.used.portfolio + "'");
    ProjectionReport r;
    r.used = l.used;
    r.used.from = v.days()[w->begin];
    const std::vector<double> returns =
        sampledReturns(v.days(), daily.value(), w->begin, tradingDates(l.input, r.used.from, r.used.to));
    r.used.observations = returns.size();
    r.historicalObservations = returns.size();
    if (returns.size() < 2)
        return makeError(ErrorCode::InvalidArgument,
                         fmt::format("{} trading-day return(s) in the history; at least 2 are needed", returns.size()),
                         "montecarlo");
    MonteCarloProjection::Input in;
    in.method = options.method;
    in.startValue = v.marketValue()[w->end];
    in.steps = options.steps;
    in.paths = options.paths;
    in.seed = options.seed;
    if (options.targetChange) {
        if (!(*options.targetChange > 0))
            return makeError(ErrorCode::InvalidArgument,
                             fmt::format("{} is not above 0 (a target above the start value)", *options.targetChange),
                             "target");
        in.target = in.startValue * (1.0 + *options.targetChange);
    }
    if (options.lossLimitChange) {
        if (!(*options.lossLimitChange < 0 && *options.lossLimitChange > -1))
            return makeError(ErrorCode::InvalidArgument,
                             fmt::format("{} is not in (-1, 0) (a loss limit below the start value)",
                                         *options.lossLimitChange),
                             "loss-limit");
        in.lossLimit = in.startValue * (1.0 + *options.lossLimitChange);
    }
    if (options.method == MonteCarloProjection::Method::Bootstrap) {
        in.historicalReturns = returns;
    } else {
        double mean = 0.0;
        for (double x : returns) {
            if (!(x > -1.0))
                return makeError(ErrorCode::InvalidArgument, "a return of -100 % or worse has no logarithm",
                                 "montecarlo");
            mean += std::log1p(x);
        }
        mean /= static_cast<double>(returns.size());
        double ss = 0.0;
        for (double x : returns)
            ss += (std::log1p(x) - mean) * (std::log1p(x) - mean);
        in.sigma = std::sqrt(ss / static_cast<double>(returns.size() - 1));
        in.mu = mean + in.sigma * in.sigma / 2.0;
    }
    auto fan = MonteCarloProjection::run(in);
    if (!fan)
        return fan.error().withContext("montecarlo");
    r.fan = std::move(fan).value();
    in.historicalReturns.clear();
    r.input = in;
    r.explanations = {
        {"method", options.method == MonteCarloProjection::Method::Bootstrap
                       ? "Bootstrap: each step's return drawn uniformly, with replacement, from the portfolio's "
                         "trading-day returns of the history period; V_(t+1) = V_t (1 + r)."
                       : "Geometric Brownian motion: V_(t+1) = V_t exp((mu - sigma^2 / 2) + sigma z), z ~ N(0, 1), "
                         "with sigma the sample deviation of the history's log returns and mu their mean + sigma^2 / "
                         "2 (per trading day)."},
        {"start_value", "The portfolio's value (MVE) on the last day of the history period."},
        {"percentiles", "At each step the 5/25/50/75/95th percentile of the simulated values: position p (n - 1) / "
                        "100 among the sorted values, interpolated between neighbours in log space."},
        {"probabilities", "Share of paths whose value touched the target (or fell to the loss limit) at any step."},
    };
    return r;
}

Result<StressReport> PortfolioService::stress(const QString &portfolio, const StressOptions &options) const
{
    auto loaded = load(portfolio, options.asOf);
    if (!loaded)
        return loaded.error();
    const Loaded &l = loaded.value();
    const Holdings h = holdingsOf(l);
    StressReport r;
    r.used = h.used;
    std::vector<StressTest::Position> positions;
    for (const HoldingLine &line : h.lines)
        if (!line.quantity.isZero())
            positions.push_back({line.symbol, line.assetClass, line.marketValue});
    if (positions.empty())
        return makeError(ErrorCode::InvalidArgument, "no position is held to stress", "portfolio '" + r.used.portfolio + "'");

    std::optional<DailySeries> proxy;
    if (!options.noProxy) {
        const std::string symbol = options.proxy.empty() ? std::string(kDefaultProxy) : options.proxy;
        auto series = BarRepository(m_db).load(QString::fromStdString(symbol), QString::fromLatin1(kDailyInterval));
        if (series && !series->empty()) {
            proxy = closesOf(series.value());
            r.proxySymbol = symbol;
            r.used.series.push_back(usedOf(symbol, "proxy", *proxy));
        } else if (!options.proxy.empty()) {
            return series ? makeError(ErrorCode::NotFound, "no daily (1d) bars stored", "proxy " + symbol)
                          : series.error().withContext("proxy");
        }
    }
    std::vector<StressWindow> windows = options.windows;
    std::vector<StressTest::Shock> shocks = options.shocks;
    if (windows.empty() && shocks.empty()) {
        // The two crises the bundled S&P 500 data covers, and a flat equity shock.
        windows.push_back({toTimestamp({2008, 9, 1}), toTimestamp({2009, 3, 31})});
        windows.push_back({toTimestamp({2020, 2, 19}), toTimestamp({2020, 3, 23})});
        shocks.push_back({StressTest::Shock::Scope::AssetClass, "equity", -0.2});
    }
    for (const StressWindow &win : windows) {
        if (win.from > win.to)
            return makeError(ErrorCode::InvalidArgument, "window starts after it ends",
                             "window " + describeWindow(win.from, win.to));
        // A position's own series is replayed only when it covers the window
        // (a close within a week of either end); otherwise the proxy stands in,
        // rather than a partial window passing for the whole one.
        std::map<std::string, DailySeries> covering;
        for (const auto &[symbol, series] : l.input.prices) {
            if (series.time.empty() || series.time.front() > win.from + 7 * kMsPerDay
                || series.time.back() < win.to - 7 * kMsPerDay)
                continue;
            if (StressTest::windowReturn(series, win.from, win.to))
                covering.emplace(symbol, series);
        }
        auto outcome = StressTest::historical(positions, covering, proxy ? &*proxy : nullptr, win.from, win.to);
        if (!outcome)
            return outcome.error().withContext("window " + describeWindow(win.from, win.to));
        r.scenarios.push_back({describeWindow(win.from, win.to), outcome.value()});
    }
    for (const StressTest::Shock &shock : shocks) {
        auto outcome = StressTest::shocks(positions, {shock});
        std::string target = shock.name;
        if (shock.scope == StressTest::Shock::Scope::All)
            target = "all";
        else if (shock.scope == StressTest::Shock::Scope::AssetClass)
            target = "class:" + shock.name;
        const std::string label = target + fmt::format("={:g}", shock.change);
        if (!outcome)
            return outcome.error().withContext("shock " + label);
        r.scenarios.push_back({label, outcome.value()});
    }
    r.explanations = {
        {"historical window", "Each held position moves by its own series' return over the window (first close on or "
                              "after FROM to the last close on or before TO) when its data covers the window (a close "
                              "within a week of either end); otherwise by the proxy's return (source 'proxy'). Weights are today's; cash is not "
                              "stressed."},
        {"shock", "SYMBOL=x moves that position by x, CLASS=x (e.g. equity) every position of that asset class, "
                  "all=x every position; the most specific shock applies."},
        {"pnl", "value x change per position; total change = total P&L / total value of the positions."},
    };
    return r;
}

Result<OptimizationReport> PortfolioService::optimize(const QString &portfolio, const OptimizeOptions &options) const
{
    auto loaded = load(portfolio, options.period.to);
    if (!loaded)
        return loaded.error();
    const Loaded &l = loaded.value();
    const Valuation &v = l.valuation;
    auto w = windowOf(v, options.period.from);
    if (!w)
        return w.error();
    OptimizationReport r;
    r.used = l.used;
    r.used.from = v.days()[w->begin];
    r.method = options.method;
    r.periodsPerYear = options.convention.periodsPerYear;
    std::vector<PortfolioAsset> held;
    double invested = 0.0;
    for (std::size_t a = 0; a < v.symbols().size(); ++a)
        if (v.positionValue(a, w->end) > 0.0) {
            held.push_back(*v.ledger().asset(v.symbols()[a]));
            r.symbols.push_back(v.symbols()[a]);
            r.currentWeights.push_back(v.positionValue(a, w->end));
            invested += v.positionValue(a, w->end);
        }
    if (held.size() < 2)
        return makeError(ErrorCode::InvalidArgument,
                         fmt::format("{} held instrument(s); optimisation needs at least 2", held.size()), "optimize");
    for (double &x : r.currentWeights)
        x /= invested;
    r.lower.assign(held.size(), 0.0);
    r.upper.assign(held.size(), 1.0);
    for (const Bound &b : options.bounds) {
        auto it = std::find(r.symbols.begin(), r.symbols.end(), b.symbol);
        if (it == r.symbols.end())
            return makeError(ErrorCode::InvalidArgument, "'" + b.symbol + "' is not held by the portfolio", "bounds");
        const auto i = static_cast<std::size_t>(it - r.symbols.begin());
        r.lower[i] = b.lower;
        r.upper[i] = b.upper;
    }
    std::vector<TimestampMs> dates;
    auto matrix = assetReturns(l.input, held, r.used.from, r.used.to, dates);
    if (!matrix)
        return matrix.error().withContext("optimize");
    r.used.observations = static_cast<std::size_t>(matrix->rows());
    auto problem = PortfolioOptimizer::fromReturns(matrix.value());
    if (!problem)
        return problem.error().withContext("optimize");
    problem->lower = Eigen::Map<const Eigen::VectorXd>(r.lower.data(), static_cast<Eigen::Index>(r.lower.size()));
    problem->upper = Eigen::Map<const Eigen::VectorXd>(r.upper.data(), static_cast<Eigen::Index>(r.upper.size()));
    problem->riskFree = options.convention.riskFreePerPeriod();
    Result<PortfolioOptimizer::Portfolio> result = makeError(ErrorCode::Internal, "no method", "optimize");
    switch (options.method) {
    case OptimizationReport::Method::MinVariance:
        result = PortfolioOptimizer::minimumVariance(problem.value());
        break;
    case OptimizationReport::Method::MaxSharpe:
        result = PortfolioOptimizer::maximumSharpe(problem.value());
        break;
    case OptimizationReport::Method::TargetReturn:
        result = PortfolioOptimizer::targetReturn(problem.value(), options.targetAnnualReturn / r.periodsPerYear);
        break;
    case OptimizationReport::Method::EqualRiskContribution:
        result = PortfolioOptimizer::equalRiskContribution(problem->cov);
        break;
    }
    if (!result)
        return result.error().withContext("optimize");
    r.result = result.value();
    if (options.frontierPoints > 0) {
        auto frontier = PortfolioOptimizer::efficientFrontier(problem.value(), options.frontierPoints);
        if (!frontier)
            return frontier.error().withContext("frontier");
        r.frontier = std::move(frontier).value();
    }
    r.explanations = {
        {"inputs", "Mean mu and sample covariance C of the held instruments' daily returns in the base currency on "
                   "the days all of them have a close; per trading day."},
        {"min-variance", "minimise w'Cw subject to sum w = 1 and lower <= w <= upper (default 0..1, long only)."},
        {"max-sharpe", "The frontier portfolio maximising (w'mu - rf_p) / sqrt(w'Cw), rf_p the convention's "
                       "per-period risk-free rate."},
        {"target-return", "Minimum variance with w'mu = target / P (the annual target divided by the periods per "
                          "year)."},
        {"erc", "Equal risk contribution: w_i (Cw)_i equal for all i, long only; bounds do not apply."},
        {"annualised", fmt::format("expected return x P, volatility x sqrt(P), Sharpe x sqrt(P), P = {}",
                                   r.periodsPerYear)},
        {"current_weights", "Position value / value of all positions (cash excluded)."},
    };
    return r;
}

Result<RebalanceReport> PortfolioService::rebalance(const QString &portfolio, const RebalanceOptions &options) const
{
    auto h = holdings(portfolio, options.asOf);
    if (!h)
        return h.error();
    RebalanceReport r;
    r.used = h->used;
    r.input.cash = h->cashValue;
    r.input.wholeShares = options.wholeShares;
    r.input.minTradeValue = options.minTradeValue;
    r.input.feeRate = options.feeRate;
    r.input.feeFixed = options.feeFixed;
    for (const HoldingLine &line : h->lines) {
        if (line.quantity.isZero())
            continue;
        Rebalancer::Line l;
        l.symbol = line.symbol;
        l.quantity = line.quantity.toDouble();
        l.price = line.price * line.fxRate;
        r.input.lines.push_back(l);
    }
    for (const Target &t : options.targets) {
        auto it = std::find_if(r.input.lines.begin(), r.input.lines.end(),
                               [&](const Rebalancer::Line &l) { return l.symbol == t.symbol; });
        if (it != r.input.lines.end()) {
            it->targetWeight = t.weight;
            continue;
        }
        // A new instrument: its last close on or before the valuation day, in the base currency.
        auto instrument = InstrumentRepository(m_db).find(QString::fromStdString(t.symbol));
        if (!instrument)
            return instrument.error().code == ErrorCode::NotFound
                ? makeError(ErrorCode::NotFound, "unknown symbol '" + t.symbol + "'", "target")
                : instrument.error();
        auto bars = BarRepository(m_db).load(instrument->id, QString::fromLatin1(kDailyInterval),
                                             BarRepository::kMinTime, h->asOf + kMsPerDay - 1);
        if (!bars)
            return bars.error();
        if (bars->empty())
            return makeError(ErrorCode::NotFound, "no daily close on or before " + formatDate(h->asOf), "target " + t.symbol);
        double rate = 1.0;
        const std::string ccy = str(instrument->currency);
        if (ccy != r.used.baseCurrency) {
            std::optional<double> found;
            for (const std::string &symbol : {ccy + r.used.baseCurrency + "=X", ccy + r.used.baseCurrency}) {
                auto fx = BarRepository(m_db).load(QString::fromStdString(symbol), QString::fromLatin1(kDailyInterval),
                                                   BarRepository::kMinTime, h->asOf + kMsPerDay - 1);
                if (fx && !fx->empty()) {
                    found = fx->close.back();
                    break;
                }
            }
            if (!found)
                return makeError(ErrorCode::NotFound,
                                 "no FX series " + ccy + "->" + r.used.baseCurrency + "; a rate of 1.0 is never assumed",
                                 "target " + t.symbol);
            rate = *found;
        }
        DailySeries closes = closesOf(bars.value());
        r.used.series.push_back(usedOf(t.symbol, "price", closes));
        Rebalancer::Line l;
        l.symbol = t.symbol;
        l.price = closes.value.back() * rate;
        l.targetWeight = t.weight;
        r.input.lines.push_back(l);
    }
    auto plan = Rebalancer::plan(r.input);
    if (!plan)
        return plan.error().withContext("rebalance");
    r.plan = plan.value();
    r.explanations = {
        {"total", "Holdings at their last close in the base currency plus cash; target weights are of this total and "
                  "must sum to 1 (held instruments not named get 0)."},
        {"trades", "Sells first, then buys paid from cash and sale proceeds; fees (fixed + rate x trade value) are set "
                   "aside before sizing; if buys would overdraw, all buys shrink by one factor; trades below the "
                   "minimum value are skipped; whole shares round down when asked."},
        {"drift", "current weight - target weight; weight after = value after the trades / total."},
    };
    return r;
}

Result<std::vector<TransactionCsvRow>> PortfolioService::transactionRows(const QString &portfolio) const
{
    return TransactionImporter(m_db).rows(portfolio);
}

Result<std::size_t> PortfolioService::exportCsv(const QString &portfolio, const QString &path) const
{
    return TransactionImporter(m_db).exportFile(portfolio, path);
}

Result<TransactionImportReport> PortfolioService::importCsv(const QString &portfolio, const QString &path,
                                                            const TransactionCsv::ColumnMap &map) const
{
    return TransactionImporter(m_db).importFile(portfolio, path, map);
}

Result<TransactionImportReport> PortfolioService::importCsvText(const QString &portfolio, const QByteArray &text,
                                                                const std::string &source,
                                                                const TransactionCsv::ColumnMap &map) const
{
    return TransactionImporter(m_db).importText(portfolio, text, source, map);
}

} // namespace sn
