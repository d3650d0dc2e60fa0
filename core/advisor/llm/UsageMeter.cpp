#include "core/advisor/llm/UsageMeter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <cstdio>

namespace sn::advisor {

namespace {

std::string usd(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "$%.2f", v);
    return buf;
}

} // namespace

UsageMeter::UsageMeter(Clock clock) : m_clock(std::move(clock)), m_prices(defaultPrices())
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentDateTimeUtc(); };
}

std::map<QString, ModelPrice> UsageMeter::defaultPrices()
{
    return {
        {QStringLiteral("gpt-4o"), {2.50, 10.00}},
        {QStringLiteral("gpt-4o-mini"), {0.15, 0.60}},
        {QStringLiteral("gpt-4.1"), {2.00, 8.00}},
        {QStringLiteral("gpt-4.1-mini"), {0.40, 1.60}},
        {QStringLiteral("gpt-4.1-nano"), {0.10, 0.40}},
        {QStringLiteral("claude-3-5-haiku"), {0.80, 4.00}},
        {QStringLiteral("claude-3-5-sonnet"), {3.00, 15.00}},
        {QStringLiteral("claude-sonnet-4"), {3.00, 15.00}},
        {QStringLiteral("claude-opus-4"), {15.00, 75.00}},
    };
}

std::optional<ModelPrice> UsageMeter::priceFor(const QString &model) const
{
    if (auto it = m_prices.find(model); it != m_prices.end())
        return it->second;
    const ModelPrice *best = nullptr;
    qsizetype bestLength = 0;
    for (const auto &[name, price] : m_prices) {
        if (name.size() > bestLength && model.startsWith(name)) {
            best = &price;
            bestLength = name.size();
        }
    }
    return best ? std::optional<ModelPrice>(*best) : std::nullopt;
}

double UsageMeter::estimateCost(const QString &model, const TokenUsage &usage) const
{
    const std::optional<ModelPrice> p = priceFor(model);
    if (!p)
        return 0;
    return (double(usage.inputTokens) * p->inputPerMTok + double(usage.outputTokens) * p->outputPerMTok) /
           1e6;
}

Result<void> UsageMeter::check(const QString &model, bool localEndpoint) const
{
    if (localEndpoint || m_dailyLimit <= 0)
        return {};
    const double spent = spentToday();
    if (spent < m_dailyLimit)
        return {};
    std::string msg = "the daily cost limit of ";
    msg.append(usd(m_dailyLimit))
        .append(" is reached (")
        .append(usd(spent))
        .append(" spent today, UTC); no more cloud calls until tomorrow or until the limit is raised");
    return makeError(ErrorCode::AccessDenied, std::move(msg), "model " + model.toStdString());
}

double UsageMeter::record(const QString &model, const TokenUsage &usage, bool localEndpoint)
{
    if (localEndpoint)
        return 0;
    const double cost = estimateCost(model, usage);
    m_spent[today()] += cost;
    return cost;
}

double UsageMeter::spentOn(QDate utcDay) const
{
    const auto it = m_spent.find(utcDay);
    return it == m_spent.end() ? 0.0 : it->second;
}

Result<void> UsageMeter::loadPrices(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::IoError, f.errorString().toStdString(), path.toStdString());
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
    if (!doc.isObject()) {
        std::string msg = "not a JSON object: ";
        msg.append(perr.errorString().toStdString())
            .append(" at offset ")
            .append(std::to_string(perr.offset));
        return makeError(ErrorCode::ParseError, std::move(msg), path.toStdString());
    }
    const QJsonObject models = doc.object().value(QStringLiteral("models")).toObject();
    std::map<QString, ModelPrice> table;
    for (auto it = models.begin(); it != models.end(); ++it) {
        const QJsonObject p = it.value().toObject();
        const QJsonValue in = p.value(QStringLiteral("input"));
        const QJsonValue out = p.value(QStringLiteral("output"));
        if (!in.isDouble() || !out.isDouble() || in.toDouble() < 0 || out.toDouble() < 0) {
            std::string where = path.toStdString();
            where.append(": models.").append(it.key().toStdString());
            return makeError(ErrorCode::ParseError,
                             "'input' and 'output' must be non-negative numbers (USD per 1M tokens)",
                             std::move(where));
        }
        table[it.key()] = {in.toDouble(), out.toDouble()};
    }
    m_prices = std::move(table);
    return {};
}

Result<void> UsageMeter::savePrices(const QString &path) const
{
    QJsonObject models;
    for (const auto &[name, p] : m_prices)
        models.insert(name, QJsonObject{{QStringLiteral("input"), p.inputPerMTok},
                                        {QStringLiteral("output"), p.outputPerMTok}});
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("currency"), QStringLiteral("USD")},
                           {QStringLiteral("unit"), QStringLiteral("per 1M tokens")},
                           {QStringLiteral("models"), models}};
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::IoError, f.errorString().toStdString(), path.toStdString());
    f.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return makeError(ErrorCode::IoError, f.errorString().toStdString(), path.toStdString());
    return {};
}

} // namespace sn::advisor
