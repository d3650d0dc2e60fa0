#include "core/advisor/session/AdvisorConfig.h"

#include "core/storage/SettingsRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <cmath>
#include <string>

namespace sn::advisor {

namespace {

struct ProviderRow
{
    ProviderKind kind;
    const char *key;
    const char *label;
};

constexpr ProviderRow kProviders[] = {
    {ProviderKind::Offline, "offline", "Offline advisor"},
    {ProviderKind::OpenAI, "openai", "OpenAI"},
    {ProviderKind::Anthropic, "anthropic", "Anthropic"},
    {ProviderKind::OpenAiCompatible, "openai-compatible", "OpenAI-compatible server"},
};

// Concatenates with append: GCC 12 warns (-Wrestrict, falsely) on "lit" + std::string.
template <typename... Parts> std::string cat(const Parts &...parts)
{
    std::string out;
    (out.append(parts), ...);
    return out;
}

Error badSetting(const char *key, std::string message)
{
    return makeError(ErrorCode::InvalidArgument, std::move(message), cat("setting '", key, "'"));
}

QJsonObject riskJson(const RiskProfile &r)
{
    return QJsonObject{{QStringLiteral("risk_score"), r.riskScore},
                       {QStringLiteral("horizon_years"), r.horizonYears},
                       {QStringLiteral("objectives"), QJsonArray::fromStringList(r.objectives)},
                       {QStringLiteral("constraints"), QJsonArray::fromStringList(r.constraints)}};
}

Result<RiskProfile> riskFromJson(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isObject())
        return badSetting(AdvisorConfig::kRiskProfile, "not a JSON object");
    const QJsonObject o = doc.object();
    RiskProfile r;
    if (o.contains(QStringLiteral("risk_score"))) {
        const QJsonValue v = o.value(QStringLiteral("risk_score"));
        if (!v.isDouble())
            return badSetting(AdvisorConfig::kRiskProfile, "'risk_score' must be a number 1..10");
        r.riskScore = v.toInt();
    }
    if (o.contains(QStringLiteral("horizon_years"))) {
        const QJsonValue v = o.value(QStringLiteral("horizon_years"));
        if (!v.isDouble())
            return badSetting(AdvisorConfig::kRiskProfile, "'horizon_years' must be a number");
        r.horizonYears = v.toDouble();
    }
    for (const char *field : {"objectives", "constraints"}) {
        const QJsonValue v = o.value(QString::fromLatin1(field));
        if (v.isUndefined())
            continue;
        if (!v.isArray())
            return badSetting(AdvisorConfig::kRiskProfile, cat("'", field, "' must be an array of texts"));
        QStringList list;
        for (const QJsonValue &item : v.toArray())
            list << item.toString();
        (std::string_view(field) == "objectives" ? r.objectives : r.constraints) = list;
    }
    return r;
}

} // namespace

QString providerKey(ProviderKind kind)
{
    for (const ProviderRow &row : kProviders)
        if (row.kind == kind)
            return QString::fromLatin1(row.key);
    return {};
}

std::optional<ProviderKind> providerFromKey(const QString &key)
{
    for (const ProviderRow &row : kProviders)
        if (key.compare(QLatin1String(row.key), Qt::CaseInsensitive) == 0)
            return row.kind;
    return std::nullopt;
}

QStringList providerKeys()
{
    QStringList keys;
    for (const ProviderRow &row : kProviders)
        keys << QString::fromLatin1(row.key);
    return keys;
}

QString providerLabel(ProviderKind kind)
{
    for (const ProviderRow &row : kProviders)
        if (row.kind == kind)
            return QString::fromLatin1(row.label);
    return {};
}

QString AdvisorConfig::defaultModel(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::OpenAI:
        return QStringLiteral("gpt-4o-mini");
    case ProviderKind::Anthropic:
        return QStringLiteral("claude-3-5-haiku-latest");
    case ProviderKind::OpenAiCompatible:
        return QStringLiteral("llama3.1");
    case ProviderKind::Offline:
        break;
    }
    return {};
}

QString AdvisorConfig::defaultBaseUrl(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::OpenAI:
        return QStringLiteral("https://api.openai.com/v1");
    case ProviderKind::Anthropic:
        return QStringLiteral("https://api.anthropic.com");
    case ProviderKind::OpenAiCompatible:
    case ProviderKind::Offline:
        break;
    }
    return {};
}

QString AdvisorConfig::effectiveBaseUrl() const
{
    return baseUrl.trimmed().isEmpty() ? defaultBaseUrl(provider) : baseUrl.trimmed();
}

QString AdvisorConfig::effectiveModel() const
{
    return model.trimmed().isEmpty() ? defaultModel(provider) : model.trimmed();
}

QString AdvisorConfig::secretKey() const
{
    return isOffline() ? QString() : QStringLiteral("llm/%1/api-key").arg(providerKey(provider));
}

Result<void> AdvisorConfig::validate() const
{
    if (!Persona::find(persona)) {
        std::string known;
        for (const Persona &p : Persona::all())
            known.append(known.empty() ? "" : ", ").append(p.key.toStdString());
        return badSetting(kPersona,
                          cat("unknown persona '", persona.toStdString(), "' (one of ", known, ")"));
    }
    if (risk.riskScore < 1 || risk.riskScore > 10)
        return badSetting(kRiskProfile,
                          cat("risk score must be 1..10, got ", std::to_string(risk.riskScore)));
    if (!(risk.horizonYears > 0) || !std::isfinite(risk.horizonYears))
        return badSetting(kRiskProfile, "horizon must be a positive number of years");
    if (!std::isfinite(dailyLimitUsd))
        return badSetting(kDailyLimit, "not a number");
    if (isOffline())
        return {};
    const QString url = effectiveBaseUrl();
    if (url.isEmpty())
        return badSetting(kBaseUrl,
                          "an OpenAI-compatible server needs its base URL (e.g. http://127.0.0.1:11434/v1)");
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() ||
        (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https")) ||
        parsed.host().isEmpty())
        return badSetting(kBaseUrl, cat("'", url.toStdString(), "' is not an http(s) URL"));
    return {};
}

QString AdvisorConfig::pricesToJson(const std::map<QString, ModelPrice> &prices)
{
    QJsonObject models;
    for (const auto &[name, p] : prices)
        models.insert(name, QJsonObject{{QStringLiteral("input"), p.inputPerMTok},
                                        {QStringLiteral("output"), p.outputPerMTok}});
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("currency"), QStringLiteral("USD")},
                           {QStringLiteral("unit"), QStringLiteral("per 1M tokens")},
                           {QStringLiteral("models"), models}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

Result<std::map<QString, ModelPrice>> AdvisorConfig::pricesFromJson(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject() || !doc.object().value(QStringLiteral("models")).isObject())
        return badSetting(kPrices,
                          "not a price table ({\"models\": {\"gpt-4o\": {\"input\": 2.5, \"output\": 10}}})");
    std::map<QString, ModelPrice> table;
    const QJsonObject models = doc.object().value(QStringLiteral("models")).toObject();
    for (auto it = models.begin(); it != models.end(); ++it) {
        const QJsonObject p = it.value().toObject();
        const QJsonValue in = p.value(QStringLiteral("input"));
        const QJsonValue out = p.value(QStringLiteral("output"));
        if (!in.isDouble() || !out.isDouble() || in.toDouble() < 0 || out.toDouble() < 0)
            return badSetting(kPrices,
                              cat("models.", it.key().toStdString(),
                                  ": 'input' and 'output' must be non-negative numbers (USD per 1M tokens)"));
        table[it.key()] = {in.toDouble(), out.toDouble()};
    }
    return table;
}

Result<AdvisorConfig> AdvisorConfig::load(const Database &db)
{
    SettingsRepository settings(db);
    AdvisorConfig c;
    // A missing key keeps the default; any other failure is reported.
    auto read = [&settings](const char *key) -> Result<std::optional<QString>> {
        auto v = settings.get(QString::fromLatin1(key));
        if (v)
            return std::optional<QString>(*v);
        if (v.error().code == ErrorCode::NotFound)
            return std::optional<QString>();
        return v.error().withContext(cat("reading setting '", key, "'"));
    };
    // `var` is the name of the variable the macro declares, not an expression:
    // parentheses around it would only obscure the declaration.
    // NOLINTBEGIN(bugprone-macro-parentheses)
#define SN_READ(var, key)                                                                                    \
    auto var = read(key);                                                                                    \
    if (!var)                                                                                                \
        return var.error();
    // NOLINTEND(bugprone-macro-parentheses)

    SN_READ(provider, kProvider)
    if (*provider) {
        auto kind = providerFromKey(**provider);
        if (!kind)
            return badSetting(kProvider, cat("unknown provider '", (*provider)->toStdString(),
                                             "' (offline, openai, anthropic, openai-compatible)"));
        c.provider = *kind;
    }
    SN_READ(baseUrl, kBaseUrl)
    c.baseUrl = baseUrl->value_or(QString());
    SN_READ(model, kModel)
    c.model = model->value_or(QString());
    SN_READ(persona, kPersona)
    if (*persona)
        c.persona = **persona;
    SN_READ(risk, kRiskProfile)
    if (*risk) {
        auto r = riskFromJson(**risk);
        if (!r)
            return r.error();
        c.risk = *r;
    }
    auto boolValue = [](const char *key, const QString &text) -> Result<bool> {
        if (text == QLatin1String("true"))
            return true;
        if (text == QLatin1String("false"))
            return false;
        return badSetting(key, cat("expected 'true' or 'false', got '", text.toStdString(), "'"));
    };
    SN_READ(share, kSharePortfolio)
    if (*share) {
        auto b = boolValue(kSharePortfolio, **share);
        if (!b)
            return b.error();
        c.sharePortfolioWithCloud = *b;
    }
    SN_READ(local, kEndpointLocal)
    if (*local) {
        auto b = boolValue(kEndpointLocal, **local);
        if (!b)
            return b.error();
        c.endpointLocal = *b;
    }
    SN_READ(limit, kDailyLimit)
    if (*limit) {
        bool ok = false;
        c.dailyLimitUsd = (*limit)->toDouble(&ok);
        if (!ok || !std::isfinite(c.dailyLimitUsd))
            return badSetting(kDailyLimit, cat("not a number: '", (*limit)->toStdString(), "'"));
    }
    SN_READ(prices, kPrices)
    if (*prices) {
        auto table = pricesFromJson(**prices);
        if (!table)
            return table.error();
        c.prices = std::move(*table);
    }
#undef SN_READ
    if (auto v = c.validate(); !v)
        return v.error();
    return c;
}

Result<void> AdvisorConfig::save(const Database &db) const
{
    if (auto v = validate(); !v)
        return v;
    SettingsRepository settings(db);
    const std::pair<const char *, QString> values[] = {
        {kProvider, providerKey(provider)},
        {kBaseUrl, baseUrl.trimmed()},
        {kModel, model.trimmed()},
        {kPersona, persona},
        {kRiskProfile, QString::fromUtf8(QJsonDocument(riskJson(risk)).toJson(QJsonDocument::Compact))},
        {kSharePortfolio, sharePortfolioWithCloud ? QStringLiteral("true") : QStringLiteral("false")},
        {kDailyLimit, QString::number(dailyLimitUsd, 'g', 12)},
        {kPrices, pricesToJson(prices)},
    };
    for (const auto &[key, value] : values) {
        if (auto r = settings.set(QString::fromLatin1(key), value); !r)
            return r.error().withContext(cat("saving setting '", key, "'"));
    }
    if (endpointLocal) {
        if (auto r = settings.set(QString::fromLatin1(kEndpointLocal),
                                  *endpointLocal ? QStringLiteral("true") : QStringLiteral("false"));
            !r)
            return r.error().withContext(cat("saving setting '", kEndpointLocal, "'"));
    } else if (auto r = settings.remove(QString::fromLatin1(kEndpointLocal));
               !r && r.error().code != ErrorCode::NotFound) {
        return r.error().withContext(cat("removing setting '", kEndpointLocal, "'"));
    }
    return {};
}

} // namespace sn::advisor
