#include "core/workspace/SampleData.h"

#include "core/common/Log.h"
#include "core/market/CsvReadOptions.h"
#include "core/storage/BarRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/PortfolioRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/WatchlistRepository.h"
#include "core/workspace/BarImporter.h"
#include "core/workspace/Workspace.h"

#include <QFile>

namespace sn {

namespace {

const log::Category lc("supernova.workspace.sample");
const QString kLoadedKey = QStringLiteral("sample_data.version");
const QString kVersion = QStringLiteral("1");
// Set with the first load and kept by remove(), so a workspace seeded once is
// never seeded again.
const QString kSeededKey = QStringLiteral("sample_data.seeded");

struct SampleFile
{
    const char *resource;
    const char *symbol; // empty: the file's symbol column
    const char *name;
    const char *kind;
    const char *exchange;
    const char *interval;
};

// Names describe what the series is; the index is held in the sample
// portfolio as a stand-in for an index fund, and its name says so.
constexpr SampleFile kFiles[] = {
    {":/sample-data/aapl_yahoo_2013_2018.csv", "AAPL", "Apple Inc.", "stock", "NASDAQ", "1d"},
    {":/sample-data/sp500_yahoo_2000_2020.csv", "^GSPC", "S&P 500 index", "index", "", "1d"},
    {":/sample-data/stocks_monthly_2000_2010.csv", "", "", "stock", "", "1mo"},
};

const char *kMonthlyNames[][2] = {{"MSFT", "Microsoft Corp."},
                                  {"AMZN", "Amazon.com Inc."},
                                  {"IBM", "International Business Machines Corp."},
                                  {"GOOG", "Google Inc. (now Alphabet Inc.)"}};

Result<QByteArray> readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, "bundled sample file missing", path.toStdString());
    return f.readAll();
}

Result<Decimal> closeOn(BarRepository &bars, const QString &symbol, const char *isoDate)
{
    auto day = parseTimestamp(isoDate, DateFormat::Iso);
    auto series = bars.load(symbol, QStringLiteral("1d"), *day, *day);
    if (!series)
        return series.error();
    if (series->empty())
        return makeError(ErrorCode::NotFound, std::string("no close on ") + isoDate, symbol.toStdString());
    auto price = Decimal::fromDouble(series->close.front());
    if (!price)
        return makeError(ErrorCode::Internal, "close is not a finite number", symbol.toStdString());
    return *price;
}

} // namespace

QString SampleData::provenance()
{
    auto text = readResource(QStringLiteral(":/sample-data/PROVENANCE.md"));
    return text ? QString::fromUtf8(text.value()) : QString::fromStdString(text.error().toString());
}

Result<bool> SampleData::isLoaded() const
{
    auto value = SettingsRepository(m_db).get(kLoadedKey);
    if (value)
        return !value->isEmpty();
    if (value.error().code == ErrorCode::NotFound)
        return false;
    return value.error();
}

Result<bool> SampleData::needsFirstLoad() const
{
    SettingsRepository settings(m_db);
    for (const QString &key : {kLoadedKey, kSeededKey}) {
        auto value = settings.get(key);
        if (value && !value->isEmpty())
            return false;
        if (!value && value.error().code != ErrorCode::NotFound)
            return value.error();
    }
    auto instruments = InstrumentRepository(m_db).list();
    if (!instruments)
        return instruments.error();
    auto portfolios = PortfolioRepository(m_db).list();
    if (!portfolios)
        return portfolios.error();
    return instruments->empty() && portfolios->empty();
}

Result<void> SampleData::doLoad() const
{
    auto result = m_db.transaction([this](QSqlDatabase &) -> Result<void> {
        BarImporter importer(m_db);
        for (const SampleFile &file : kFiles) {
            auto text = readResource(QString::fromLatin1(file.resource));
            if (!text)
                return text.error();
            CsvReadOptions options;
            options.symbol = file.symbol;
            options.interval = file.interval;
            InstrumentDefaults defaults;
            defaults.name = QString::fromUtf8(file.name);
            defaults.kind = QString::fromLatin1(file.kind);
            defaults.exchange = QString::fromLatin1(file.exchange);
            defaults.source = QStringLiteral("%1: %2 (see About sample data)")
                                  .arg(QLatin1String(kSourceTag), QString::fromLatin1(file.resource).mid(14));
            const QString name = QString::fromLatin1(file.resource).mid(14);
            auto report = importer.importText(text.value(), name, options, defaults);
            if (!report)
                return report.error();
        }
        // The long-format file names no companies; give the new ones their names.
        InstrumentRepository instruments(m_db);
        for (const auto &entry : kMonthlyNames) {
            auto instrument = instruments.find(QString::fromLatin1(entry[0]));
            if (!instrument)
                return instrument.error();
            if (instrument->name == instrument->symbol) {
                instrument->name = QString::fromUtf8(entry[1]);
                if (auto id = instruments.upsert(instrument.value()); !id)
                    return id.error();
            }
        }
        if (auto w = createWatchlist(); !w)
            return w;
        if (auto p = createPortfolio(); !p)
            return p;
        if (auto seeded = SettingsRepository(m_db).set(kSeededKey, kVersion); !seeded)
            return seeded;
        return SettingsRepository(m_db).set(kLoadedKey, kVersion);
    });
    if (result)
        lc.info("sample data loaded");
    return result;
}

Result<void> SampleData::createWatchlist() const
{
    WatchlistRepository watchlists(m_db);
    auto all = watchlists.list();
    if (!all)
        return all.error();
    for (const Watchlist &w : all.value())
        if (w.name == QLatin1String(kWatchlistName))
            return {};
    auto id = watchlists.create(QString::fromLatin1(kWatchlistName));
    if (!id)
        return id.error();
    for (const char *symbol : {"AAPL", "MSFT", "AMZN", "IBM", "GOOG", "^GSPC"})
        if (auto added = watchlists.addSymbol(id.value(), QString::fromLatin1(symbol)); !added)
            return added;
    return {};
}

Result<void> SampleData::createPortfolio() const
{
    PortfolioRepository portfolios(m_db);
    auto existing = portfolios.findByName(QString::fromLatin1(kPortfolioName));
    if (existing)
        return {};
    if (existing.error().code != ErrorCode::NotFound)
        return existing.error();

    Portfolio portfolio;
    portfolio.name = QString::fromLatin1(kPortfolioName);
    portfolio.baseCurrency = QStringLiteral("USD");
    portfolio.createdAt = nowMs();
    portfolio.note =
        QStringLiteral("Built from the bundled sample prices: every trade is priced at the stored close "
                       "of its day. The S&P 500 index stands in for an index fund.");
    auto id = portfolios.create(portfolio);
    if (!id)
        return id.error();

    InstrumentRepository instruments(m_db);
    BarRepository bars(m_db);
    const Decimal fee = Decimal::fromInt(1);
    struct Step
    {
        const char *date;
        const char *type;
        const char *symbol; // empty for cash
        std::int64_t quantity;
        std::int64_t cash; // deposits and withdrawals
    };
    static constexpr Step kSteps[] = {
        {"2013-05-13", "deposit", "", 0, 100000}, {"2013-05-14", "buy", "AAPL", 500, 0},
        {"2013-05-14", "buy", "^GSPC", 20, 0},    {"2014-01-02", "buy", "AAPL", 200, 0},
        {"2015-06-01", "deposit", "", 0, 20000},  {"2015-06-01", "buy", "^GSPC", 10, 0},
        {"2016-02-01", "sell", "AAPL", 300, 0},   {"2017-12-29", "withdrawal", "", 0, 5000},
    };
    std::vector<PortfolioTransaction> txs;
    for (const Step &step : kSteps) {
        PortfolioTransaction tx;
        tx.portfolioId = id.value();
        tx.time = *parseTimestamp(step.date, DateFormat::Iso);
        tx.type = QString::fromLatin1(step.type);
        tx.currency = QStringLiteral("USD");
        if (*step.symbol) {
            const QString symbol = QString::fromLatin1(step.symbol);
            auto instrument = instruments.find(symbol);
            if (!instrument)
                return instrument.error();
            auto price = closeOn(bars, symbol, step.date);
            if (!price)
                return price.error();
            tx.instrumentId = instrument->id;
            tx.quantity = Decimal::fromInt(step.quantity);
            tx.price = price.value();
            tx.amount = tx.quantity * tx.price;
            tx.fee = fee;
        } else {
            tx.amount = Decimal::fromInt(step.cash);
        }
        txs.push_back(tx);
    }
    auto added = portfolios.addTransactions(txs);
    if (!added)
        return added.error();
    return {};
}

Result<void> SampleData::doRemove() const
{
    return m_db.transaction([this](QSqlDatabase &) -> Result<void> {
        PortfolioRepository portfolios(m_db);
        auto portfolio = portfolios.findByName(QString::fromLatin1(kPortfolioName));
        if (portfolio) {
            if (auto r = portfolios.remove(portfolio->id); !r)
                return r;
        } else if (portfolio.error().code != ErrorCode::NotFound) {
            return portfolio.error();
        }
        WatchlistRepository watchlists(m_db);
        auto all = watchlists.list();
        if (!all)
            return all.error();
        for (const Watchlist &w : all.value())
            if (w.name == QLatin1String(kWatchlistName))
                if (auto r = watchlists.remove(w.id); !r)
                    return r;
        InstrumentRepository instruments(m_db);
        auto list = instruments.list();
        if (!list)
            return list.error();
        for (const Instrument &i : list.value()) {
            if (!i.source.startsWith(QLatin1String(kSourceTag)))
                continue;
            if (auto r = instruments.remove(i.symbol); !r)
                return r.error().withContext(
                    SN_TEXT("sn::SampleData", "sample instrument %1 is still used; nothing was removed"),
                    {i.symbol.toStdString()});
        }
        auto unmarked = SettingsRepository(m_db).remove(kLoadedKey);
        if (!unmarked && unmarked.error().code != ErrorCode::NotFound)
            return unmarked;
        return {};
    });
}

Result<void> SampleData::doReset() const
{
    return m_db.transaction([this](QSqlDatabase &) -> Result<void> {
        if (auto removed = doRemove(); !removed)
            return removed;
        return doLoad();
    });
}

SampleData::SampleData(const Workspace &workspace)
    : m_db(workspace.database()), m_changes(&workspace.changes())
{
}

void SampleData::announce() const
{
    if (m_changes)
        m_changes->announce({Change{Change::Entity::Everything, Change::Kind::Updated, 0, 0, {}, {}}});
}

Result<void> SampleData::load() const
{
    auto r = doLoad();
    if (r)
        announce();
    return r;
}

Result<void> SampleData::remove() const
{
    auto r = doRemove();
    if (r)
        announce();
    return r;
}

Result<void> SampleData::reset() const
{
    auto r = doReset();
    if (r)
        announce();
    return r;
}

} // namespace sn
