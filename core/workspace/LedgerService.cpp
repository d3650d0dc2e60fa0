#include "core/workspace/LedgerService.h"

#include "core/analytics/Ledger.h"
#include "core/common/Log.h"
#include "core/market/Currency.h"
#include "core/storage/BarRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/PortfolioRepository.h"
#include "core/workspace/DailyCloses.h"
#include "core/workspace/FxRates.h"
#include "core/workspace/SyncJournal.h"
#include "core/workspace/TransactionImporter.h"
#include "core/workspace/Workspace.h"

#include <QRegularExpression>
#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>

namespace sn {

namespace {

const log::Category lc("supernova.workspace.ledger");

constexpr const char *kDaily = "1d";

std::string str(const QString &s)
{
    return s.toStdString();
}

// An ISO 4217 code in use ("XYZ" would make every valuation in it fail).
bool isCurrencyCode(const QString &code)
{
    if (code.size() != 3 || code[0].unicode() > 127 || code[1].unicode() > 127 || code[2].unicode() > 127)
        return false;
    const char text[3] = {char(code[0].unicode()), char(code[1].unicode()), char(code[2].unicode())};
    return isKnownCurrency(std::string_view(text, 3));
}

// A refusal about a portfolio as a whole, in English and in the reader's words.
Error portfolioError(ErrorCode code, TextKey text, std::initializer_list<std::string_view> args,
                     std::string field = {})
{
    Error e{code, text, args};
    e.at(SN_TEXT("sn::Ledger", "portfolio"), {});
    e.field = std::move(field);
    return e;
}

Error unknownPortfolio(qint64 id)
{
    return portfolioError(ErrorCode::NotFound, SN_TEXT("sn::Ledger", "no portfolio with id %1"),
                          {std::to_string(id)});
}

Result<void> checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return portfolioError(ErrorCode::InvalidArgument, SN_TEXT("sn::Ledger", "a portfolio needs a name"),
                              {}, "name");
    if (name.trimmed().size() > 200)
        return portfolioError(ErrorCode::InvalidArgument,
                              SN_TEXT("sn::Ledger", "a portfolio name has at most 200 characters"), {},
                              "name");
    return {};
}

// The field a ledger refusal is about, from what the ledger checks (see
// Ledger::check): the quantity for holdings, the amount for cash-only lines.
std::string fieldOfLedgerError(const Error &error, TransactionType type)
{
    if (!error.field.empty())
        return error.field;
    const std::string &m = error.message;
    auto has = [&](const char *text) { return m.find(text) != std::string::npos; };
    if (has("negative fee"))
        return "fee";
    if (has("negative tax"))
        return "tax";
    if (has("negative price"))
        return "price";
    if (has("needs a symbol") || has("unknown symbol"))
        return "symbol";
    if (has("dated before"))
        return "date";
    if (has("negative amount"))
        return "amount";
    switch (type) {
    case TransactionType::Buy:
    case TransactionType::Sell:
    case TransactionType::TransferIn:
    case TransactionType::TransferOut:
    case TransactionType::Split:
        return "quantity";
    default:
        return "amount";
    }
}

// `userMessage`: the message in the reader's language when it differs (see sn::Error).
Error lineError(ErrorCode code, const PortfolioTransaction &line, const QString &symbol, std::string field,
                std::string message, std::string userMessage = {})
{
    // The ledger names the field itself for some refusals ("field 'amount': amount too large").
    if (message.rfind("field '", 0) == 0) {
        const auto end = message.find('\'', 7);
        if (end != std::string::npos) {
            field = message.substr(7, end - 7);
            message = message.substr(std::min(message.size(), end + 3));
            // The reader's text starts with the same field in their words ("Feld 'price': ").
            const std::string userPrefix =
                translatedText(SN_TEXT("sn::Ledger", "field '%1': %2"), {field, ""});
            if (!userPrefix.empty() && userMessage.rfind(userPrefix, 0) == 0)
                userMessage = userMessage.substr(userPrefix.size());
            else
                userMessage.clear();
        }
    }
    const std::string date = formatDate(startOfDay(line.time));
    // Appended, not "" + str(...): GCC 12 warns falsely (-Wrestrict) on that form.
    std::string symbolPart;
    if (!symbol.isEmpty())
        symbolPart.append(" ").append(str(symbol));
    Error e = makeError(code, fmt::format("field '{}': {}", field, message),
                        fmt::format("transaction {} {}{}", date, str(line.type), symbolPart));
    const std::string user = translatedText(SN_TEXT("sn::Ledger", "field '%1': %2"),
                                            {field, userMessage.empty() ? message : userMessage});
    if (user != e.message)
        e.userMessage = user;
    const auto type = transactionTypeFromName(str(line.type));
    const std::string userContext =
        translatedText(SN_TEXT("sn::Ledger", "transaction %1 %2%3"),
                       {date, type ? transactionTypeLabel(*type) : str(line.type), symbolPart});
    if (userContext != e.context)
        e.userContext = userContext;
    e.field = std::move(field);
    return e;
}

// lineError with a message people read in their language.
Error lineError(ErrorCode code, const PortfolioTransaction &line, const QString &symbol, std::string field,
                TextKey text, std::initializer_list<std::string_view> args)
{
    return lineError(code, line, symbol, std::move(field), englishText(text, args),
                     translatedText(text, args));
}

// The failure of a replay and the stored line it is about.
struct ReplayFailure
{
    Error error;
    qint64 transactionId = 0;
};

// Replays `lines` (ledger order) of `portfolio` with every check a write must
// pass. Reads instruments and bar coverage on the calling thread's
// connection, so inside a write transaction it sees that transaction's rows.
std::optional<ReplayFailure> replay(const Database &db, const Portfolio &portfolio,
                                    const std::vector<PortfolioTransaction> &lines)
{
    InstrumentRepository instruments(db);
    BarRepository bars(db);
    const std::string base = str(portfolio.baseCurrency);
    Ledger ledger(base);
    std::map<qint64, Instrument> byId;
    std::map<qint64, std::optional<TimestampMs>> firstClose;
    // First daily close of each currency's FX series against the base; nullopt = none stored.
    std::map<std::string, std::optional<TimestampMs>> fxFirst;
    auto fail = [](Error e, qint64 id) {
        return std::optional<ReplayFailure>(ReplayFailure{std::move(e), id});
    };
    // Conversions into the base read through FxRates, the one path the valuation uses too.
    FxRates rates(db);
    auto fxSince = [&](const std::string &ccy) -> Result<std::optional<TimestampMs>> {
        auto it = fxFirst.find(ccy);
        if (it != fxFirst.end())
            return it->second;
        auto fx = rates.series(ccy, base);
        if (!fx)
            return fx.error();
        std::optional<TimestampMs> first;
        if (!(*fx)->series.time.empty())
            first = (*fx)->series.time.front();
        fxFirst.emplace(ccy, first);
        return first;
    };

    for (const PortfolioTransaction &line : lines) {
        QString symbol;
        const Instrument *instrument = nullptr;
        if (line.instrumentId) {
            auto it = byId.find(*line.instrumentId);
            if (it == byId.end()) {
                auto found = instruments.findById(*line.instrumentId);
                if (!found)
                    return fail(found.error(), line.id);
                it = byId.emplace(*line.instrumentId, found.value()).first;
                auto added = ledger.addAsset({str(it->second.symbol), str(it->second.currency),
                                              TransactionImporter::assetClassOf(it->second.kind)});
                if (!added)
                    return fail(added.error(), line.id);
                auto coverage = bars.coverage(it->first, QString::fromLatin1(kDaily));
                if (!coverage)
                    return fail(coverage.error(), line.id);
                firstClose.emplace(it->first, coverage->count > 0
                                                  ? std::optional<TimestampMs>(startOfDay(coverage->first))
                                                  : std::nullopt);
            }
            instrument = &it->second;
            symbol = instrument->symbol;
        }
        const auto type = transactionTypeFromName(str(line.type));
        if (!type)
            return fail(lineError(ErrorCode::InvalidArgument, line, symbol, "type",
                                  SN_TEXT("sn::Ledger", "'%1' is not a transaction type (%2)"),
                                  {str(line.type),
                                   str(LedgerService::transactionTypes().join(QStringLiteral(", ")))}),
                        line.id);
        if (!isCurrencyCode(line.currency))
            return fail(
                lineError(ErrorCode::InvalidArgument, line, symbol, "currency",
                          SN_TEXT("sn::Ledger", "'%1' is not an ISO 4217 currency code (USD, EUR, ...)"),
                          {str(line.currency)}),
                line.id);
        Transaction t;
        t.date = line.time;
        t.type = *type;
        t.symbol = str(symbol);
        t.quantity = line.quantity;
        t.price = line.price;
        t.amount = line.amount;
        t.fee = line.fee;
        t.tax = line.tax;
        t.currency = str(line.currency);
        const bool usesSymbol =
            t.isTrade() || t.type == TransactionType::Dividend || t.type == TransactionType::Split;
        if (!usesSymbol && instrument)
            return fail(lineError(ErrorCode::InvalidArgument, line, symbol, "symbol",
                                  englishText(SN_TEXT("sn::Ledger", "a %1 has no symbol"), {str(line.type)}),
                                  translatedText(SN_TEXT("sn::Ledger", "a %1 has no symbol"),
                                                 {transactionTypeLabel(t.type)})),
                        line.id);
        if (usesSymbol && !instrument)
            return fail(lineError(ErrorCode::InvalidArgument, line, symbol, "symbol",
                                  englishText(SN_TEXT("sn::Ledger", "a %1 needs a symbol"), {str(line.type)}),
                                  translatedText(SN_TEXT("sn::Ledger", "a %1 needs a symbol"),
                                                 {transactionTypeLabel(t.type)})),
                        line.id);
        const TimestampMs day = startOfDay(line.time);
        if (t.isTrade()) {
            const TextKey noDailyClose = SN_TEXT("sn::Ledger", "no daily close of %1 on or before %2 (%3)");
            const auto &first = firstClose.at(*line.instrumentId);
            if (!first || day < *first)
                return fail(
                    first
                        ? lineError(ErrorCode::InvalidArgument, line, symbol, "date",
                                    SN_TEXT("sn::Ledger", "no daily close of %1 on or before %2 (first close "
                                                          "%3; import its prices first)"),
                                    {str(symbol), formatDate(day), formatDate(*first)})
                        : lineError(
                              ErrorCode::InvalidArgument, line, symbol, "date",
                              englishText(noDailyClose,
                                          {str(symbol), formatDate(day),
                                           missingDailyClosesReason(db, *line.instrumentId, str(symbol))}),
                              translatedText(noDailyClose, {str(symbol), formatDate(day),
                                                            missingDailyClosesReason(db, *line.instrumentId,
                                                                                     str(symbol), true)})),
                    line.id);
        }
        const std::string ccy = instrument ? str(instrument->currency) : t.currency;
        if (ccy != base) {
            auto since = fxSince(ccy);
            if (!since)
                return fail(since.error(), line.id);
            if (!since.value() || day < *since.value())
                return fail(lineError(ErrorCode::InvalidArgument, line, symbol,
                                      instrument ? "symbol" : "currency", rates.missingRate(ccy, base, day)),
                            line.id);
        }
        Result<void> applied;
        try {
            applied = ledger.apply(t);
        } catch (const std::overflow_error &) {
            applied = makeError(
                ErrorCode::InvalidArgument,
                SN_TEXT("sn::Ledger",
                        "amount too large: the result leaves the exact decimal range (+/-9.2 trillion)"),
                {});
        }
        if (!applied)
            return fail(lineError(ErrorCode::InvalidArgument, line, symbol,
                                  fieldOfLedgerError(applied.error(), t.type), applied.error().message,
                                  applied.error().userMessage),
                        line.id);
    }
    return std::nullopt;
}

// What the repository would refuse with its own words, refused here first
// with the field named, before anything is written.
Result<void> checkLines(const std::vector<PortfolioTransaction> &lines)
{
    for (const PortfolioTransaction &line : lines) {
        if (!transactionTypeFromName(str(line.type)))
            return lineError(
                ErrorCode::InvalidArgument, line, {}, "type",
                SN_TEXT("sn::Ledger", "'%1' is not a transaction type (%2)"),
                {str(line.type), str(LedgerService::transactionTypes().join(QStringLiteral(", ")))});
        if (!isCurrencyCode(line.currency))
            return lineError(ErrorCode::InvalidArgument, line, {}, "currency",
                             SN_TEXT("sn::Ledger", "'%1' is not an ISO 4217 currency code (USD, EUR, ...)"),
                             {str(line.currency)});
        // The types the schema requires an instrument for: refused here, in
        // the reader's words, rather than by the database's CHECK.
        const TransactionType type = *transactionTypeFromName(str(line.type));
        const bool needsInstrument = type == TransactionType::Buy || type == TransactionType::Sell ||
                                     type == TransactionType::Split || type == TransactionType::TransferIn ||
                                     type == TransactionType::TransferOut;
        if (needsInstrument && !line.instrumentId)
            return lineError(
                ErrorCode::InvalidArgument, line, {}, "symbol",
                englishText(SN_TEXT("sn::Ledger", "a %1 needs a symbol"), {str(line.type)}),
                translatedText(SN_TEXT("sn::Ledger", "a %1 needs a symbol"), {transactionTypeLabel(type)}));
    }
    return {};
}

// Every id must be a line of `portfolioId`: the replay checks that ledger
// only, so a line of another portfolio must not be changed through it.
Result<void> checkOwned(const Database &db, qint64 portfolioId, const std::vector<qint64> &ids)
{
    PortfolioRepository repo(db);
    for (qint64 id : ids) {
        auto owner = repo.portfolioOf(id);
        if (!owner && owner.error().code != ErrorCode::NotFound)
            return owner.error();
        if (!owner || owner.value() != portfolioId)
            return makeError(ErrorCode::NotFound,
                             SN_TEXT("sn::Ledger",
                                     "transaction %1 is not a line of this portfolio (removed meanwhile?)"),
                             {std::to_string(id)})
                .at(SN_TEXT("sn::Ledger", "portfolio %1"), {std::to_string(portfolioId)});
    }
    return {};
}

} // namespace

LedgerService::LedgerService(const Workspace &workspace)
    : m_db(workspace.database()), m_changes(workspace.changes())
{
}

QStringList LedgerService::transactionTypes()
{
    static const QStringList types = [] {
        QStringList out;
        for (TransactionType t :
             {TransactionType::Buy, TransactionType::Sell, TransactionType::Deposit,
              TransactionType::Withdrawal, TransactionType::Dividend, TransactionType::Interest,
              TransactionType::Fee, TransactionType::Tax, TransactionType::Split, TransactionType::TransferIn,
              TransactionType::TransferOut})
            out << QString::fromLatin1(transactionTypeName(t));
        return out;
    }();
    return types;
}

QStringList LedgerService::fieldsOf(const QString &type)
{
    const auto t = transactionTypeFromName(str(type));
    if (!t)
        return {};
    switch (*t) {
    case TransactionType::Buy:
    case TransactionType::Sell:
    case TransactionType::TransferIn:
    case TransactionType::TransferOut:
        return {QStringLiteral("symbol"), QStringLiteral("quantity"), QStringLiteral("price"),
                QStringLiteral("fee"), QStringLiteral("tax")};
    case TransactionType::Dividend:
        return {QStringLiteral("symbol"), QStringLiteral("amount"), QStringLiteral("tax")};
    case TransactionType::Split:
        return {QStringLiteral("symbol"), QStringLiteral("quantity")};
    case TransactionType::Deposit:
    case TransactionType::Withdrawal:
    case TransactionType::Interest:
    case TransactionType::Fee:
    case TransactionType::Tax:
        return {QStringLiteral("amount"), QStringLiteral("fee"), QStringLiteral("tax")};
    }
    return {};
}

Result<std::vector<Portfolio>> LedgerService::portfolios() const
{
    return PortfolioRepository(m_db).list();
}

Result<Portfolio> LedgerService::portfolio(qint64 id) const
{
    auto p = PortfolioRepository(m_db).find(id);
    if (!p && p.error().code == ErrorCode::NotFound)
        return unknownPortfolio(id);
    return p;
}

Result<Portfolio> LedgerService::portfolioByName(const QString &name) const
{
    auto p = PortfolioRepository(m_db).findByName(name);
    if (!p && p.error().code == ErrorCode::NotFound)
        return portfolioError(ErrorCode::NotFound, SN_TEXT("sn::Ledger", "unknown portfolio '%1'"),
                              {str(name)});
    return p;
}

Result<std::vector<PortfolioTransaction>> LedgerService::transactions(qint64 portfolioId) const
{
    return PortfolioRepository(m_db).transactions(portfolioId);
}

Result<TimestampMs> LedgerService::defaultDate(qint64 portfolioId) const
{
    auto lines = transactions(portfolioId);
    if (!lines)
        return lines.error();
    if (lines->empty())
        return startOfDay(nowMs());
    // The day the portfolio is valued to (PortfolioService): the last day on
    // which every instrument still held has a stored close, never before the
    // last transaction. A new line dated later would move that day.
    TimestampMs lastLine = 0;
    std::map<qint64, Decimal> held;
    for (const PortfolioTransaction &line : lines.value()) {
        lastLine = std::max(lastLine, startOfDay(line.time));
        if (!line.instrumentId)
            continue;
        Decimal &q = held[*line.instrumentId];
        std::optional<Decimal> next = q;
        if (line.type == QLatin1String("buy") || line.type == QLatin1String("transfer_in"))
            next = q.checkedAdd(line.quantity);
        else if (line.type == QLatin1String("sell") || line.type == QLatin1String("transfer_out"))
            next = q.checkedSub(line.quantity);
        else if (line.type == QLatin1String("split"))
            next = q.checkedMul(line.quantity);
        if (next)
            q = *next;
    }
    std::optional<TimestampMs> commonLast;
    BarRepository bars(m_db);
    for (const auto &[id, quantity] : held) {
        if (quantity.isZero())
            continue;
        auto c = bars.coverage(id, QString::fromLatin1(kDaily));
        if (!c)
            return c.error();
        if (c->count > 0)
            commonLast = std::min(commonLast.value_or(c->last), startOfDay(c->last));
    }
    return commonLast ? std::max(*commonLast, lastLine) : lastLine;
}

Result<qint64> LedgerService::createPortfolio(const QString &name, const QString &baseCurrency,
                                              const QString &note) const
{
    if (auto ok = checkName(name); !ok)
        return ok.error();
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
    if (!code.match(baseCurrency).hasMatch()) {
        return portfolioError(ErrorCode::InvalidArgument,
                              SN_TEXT("sn::Ledger", "not a three-letter currency code '%1' (e.g. USD, EUR)"),
                              {str(baseCurrency)}, "currency");
    }
    Portfolio p;
    p.name = name.trimmed();
    p.baseCurrency = baseCurrency;
    p.note = note;
    p.createdAt = nowMs();
    auto id = PortfolioRepository(m_db).create(p);
    if (!id) {
        if (id.error().code != ErrorCode::AlreadyExists)
            return id.error();
        return portfolioError(ErrorCode::AlreadyExists,
                              SN_TEXT("sn::Ledger", "a portfolio named '%1' already exists"), {str(p.name)},
                              "name");
    }
    m_changes.announce({Change{Change::Entity::Portfolio, Change::Kind::Created, id.value(), 0, p.name, {}}});
    return id;
}

Result<void> LedgerService::renamePortfolio(qint64 id, const QString &name) const
{
    if (auto ok = checkName(name); !ok)
        return ok;
    PortfolioRepository repo(m_db);
    auto p = repo.find(id);
    if (!p)
        return p.error().code == ErrorCode::NotFound ? Result<void>(unknownPortfolio(id))
                                                     : Result<void>(p.error());
    if (p->name == name.trimmed())
        return {};
    Portfolio renamed = p.value();
    renamed.name = name.trimmed();
    const Change change{Change::Entity::Portfolio, Change::Kind::Updated, id, 0, renamed.name, {}};
    if (auto r = m_db.transaction([&](QSqlDatabase &) -> Result<void> {
            if (auto u = repo.update(renamed); !u)
                return u;
            return syncjournal::record(m_db, {change});
        });
        !r) {
        if (r.error().code != ErrorCode::AlreadyExists)
            return r;
        return portfolioError(ErrorCode::AlreadyExists,
                              SN_TEXT("sn::Ledger", "a portfolio named '%1' already exists"),
                              {str(renamed.name)}, "name");
    }
    m_changes.announce({change});
    return {};
}

Result<void> LedgerService::removePortfolio(qint64 id) const
{
    PortfolioRepository repo(m_db);
    auto p = repo.find(id);
    if (!p)
        return p.error().code == ErrorCode::NotFound ? Result<void>(unknownPortfolio(id))
                                                     : Result<void>(p.error());
    const Change change{Change::Entity::Portfolio, Change::Kind::Removed, id, 0, p->name, {}};
    if (auto r = m_db.transaction([&](QSqlDatabase &) -> Result<void> {
            if (auto d = repo.remove(id); !d)
                return d;
            return syncjournal::record(m_db, {change});
        });
        !r)
        return r;
    m_changes.announce({change});
    return {};
}

// The parameter has the header's name; inside the body it hides this function.
Result<void> LedgerService::write(qint64 portfolioId, const Writer &write, const Explainer &explain) const
{
    ChangeSet changes;
    auto done = m_db.transaction([&](QSqlDatabase &) -> Result<void> {
        PortfolioRepository repo(m_db);
        auto locked = repo.lockForWrite(portfolioId);
        if (!locked)
            return locked.error().code == ErrorCode::NotFound ? Result<void>(unknownPortfolio(portfolioId))
                                                              : Result<void>(locked.error());
        if (auto w = write(locked.value(), changes); !w)
            return w;
        auto lines = repo.transactions(portfolioId);
        if (!lines)
            return lines.error();
        if (auto failure = replay(m_db, locked.value(), lines.value())) {
            Error e = explain ? explain(failure->error, failure->transactionId) : failure->error;
            lc.info("refused a change to portfolio '{}': {}", str(locked->name), e.toString());
            return e;
        }
        // A shared portfolio's outbox rows commit with the change itself.
        return syncjournal::record(m_db, changes);
    });
    if (!done)
        return done;
    m_changes.announce(changes);
    return {};
}

Result<std::vector<qint64>> LedgerService::add(qint64 portfolioId,
                                               std::vector<PortfolioTransaction> lines) const
{
    std::vector<qint64> ids;
    auto done = write(portfolioId, [&](const Portfolio &, ChangeSet &changes) -> Result<void> {
        for (PortfolioTransaction &line : lines) {
            line.id = 0;
            line.portfolioId = portfolioId;
        }
        if (auto ok = checkLines(lines); !ok)
            return ok;
        auto added = PortfolioRepository(m_db).addTransactions(lines);
        if (!added)
            return added.error();
        ids = added.value();
        for (qint64 id : ids)
            changes.append(
                Change{Change::Entity::Transaction, Change::Kind::Created, id, portfolioId, {}, {}});
        return {};
    });
    if (!done)
        return done.error();
    return ids;
}

Result<void> LedgerService::update(const PortfolioTransaction &line) const
{
    return write(line.portfolioId, [&](const Portfolio &, ChangeSet &changes) -> Result<void> {
        if (auto owned = checkOwned(m_db, line.portfolioId, {line.id}); !owned)
            return owned;
        if (auto ok = checkLines({line}); !ok)
            return ok;
        if (auto r = PortfolioRepository(m_db).updateTransaction(line); !r)
            return r;
        changes.append(
            Change{Change::Entity::Transaction, Change::Kind::Updated, line.id, line.portfolioId, {}, {}});
        return {};
    });
}

Result<void> LedgerService::remove(qint64 portfolioId, const std::vector<qint64> &ids) const
{
    return write(portfolioId, [&](const Portfolio &, ChangeSet &changes) -> Result<void> {
        if (auto owned = checkOwned(m_db, portfolioId, ids); !owned)
            return owned;
        PortfolioRepository repo(m_db);
        for (qint64 id : ids) {
            if (auto r = repo.removeTransaction(id); !r)
                return r;
            changes.append(
                Change{Change::Entity::Transaction, Change::Kind::Removed, id, portfolioId, {}, {}});
        }
        return {};
    });
}

Result<void> LedgerService::verify(qint64 portfolioId) const
{
    PortfolioRepository repo(m_db);
    auto p = repo.find(portfolioId);
    if (!p)
        return p.error().code == ErrorCode::NotFound ? Result<void>(unknownPortfolio(portfolioId))
                                                     : Result<void>(p.error());
    auto lines = repo.transactions(portfolioId);
    if (!lines)
        return lines.error();
    if (auto failure = replay(m_db, p.value(), lines.value()))
        return failure->error;
    return {};
}

} // namespace sn
