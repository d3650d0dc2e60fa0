#pragma once

#include "core/advisor/llm/UsageMeter.h"
#include "core/advisor/tools/Persona.h"
#include "core/common/Result.h"

#include <QString>
#include <QStringList>
#include <map>
#include <optional>

namespace sn {
class Database;
}

namespace sn::advisor {

// Where answers come from.
enum class ProviderKind
{
    Offline,          // the OfflineAdvisor; nothing leaves the machine
    OpenAI,           // api.openai.com (Chat Completions)
    Anthropic,        // api.anthropic.com (Messages)
    OpenAiCompatible, // any Chat Completions server: Ollama, llama.cpp, LM Studio, vLLM, a gateway
};

// "offline", "openai", "anthropic", "openai-compatible".
QString providerKey(ProviderKind kind);
std::optional<ProviderKind> providerFromKey(const QString &key);
QStringList providerKeys();
// "OpenAI", "Anthropic", "OpenAI-compatible server", "Offline advisor".
QString providerLabel(ProviderKind kind);

// The advisor's settings as the user chose them. Persisted in the database's
// settings under "advisor.*" (see keys below); the API key never is: it lives
// in the SecretStore under secretKey().
struct AdvisorConfig
{
    ProviderKind provider = ProviderKind::Offline;
    QString baseUrl; // empty: the vendor's public endpoint (required for openai-compatible)
    QString model;   // empty: defaultModel()
    QString persona = QStringLiteral("balanced");
    RiskProfile risk;
    // "Portfolio data may go to a cloud model." Off: the portfolio tools are
    // not offered to a cloud model and earlier answers built on them are
    // withheld from the history sent. Local endpoints are not cloud.
    bool sharePortfolioWithCloud = false;
    double dailyLimitUsd = 1.0; // <= 0: no limit
    // Unset: guessed from the host (loopback, private networks, *.local are
    // local). Set false for a gateway on this machine that forwards to a paid model.
    std::optional<bool> endpointLocal;
    std::map<QString, ModelPrice> prices = UsageMeter::defaultPrices();

    bool isOffline() const { return provider == ProviderKind::Offline; }
    QString effectiveBaseUrl() const;
    QString effectiveModel() const;
    static QString defaultModel(ProviderKind kind);
    static QString defaultBaseUrl(ProviderKind kind);
    // "llm/openai/api-key", ...; empty for offline.
    QString secretKey() const;

    // Errors name the setting: an unknown persona, a missing base URL for an
    // OpenAI-compatible server, a URL that is not http(s), a risk score out of 1..10.
    Result<void> validate() const;

    // Settings keys.
    static constexpr const char *kProvider = "advisor.provider";
    static constexpr const char *kBaseUrl = "advisor.base_url";
    static constexpr const char *kModel = "advisor.model";
    static constexpr const char *kPersona = "advisor.persona";
    static constexpr const char *kRiskProfile = "advisor.risk_profile"; // JSON object
    static constexpr const char *kSharePortfolio = "advisor.share_portfolio_with_cloud";
    static constexpr const char *kDailyLimit = "advisor.daily_limit_usd";
    static constexpr const char *kEndpointLocal = "advisor.endpoint_local"; // "true", "false" or absent
    static constexpr const char *kPrices = "advisor.prices";                // UsageMeter price JSON

    // Missing keys keep their defaults; a malformed value is an error naming
    // the key, never silently replaced.
    static Result<AdvisorConfig> load(const Database &db);
    Result<void> save(const Database &db) const;

    // The UsageMeter price document ({"version":1, "models": {...}}).
    static QString pricesToJson(const std::map<QString, ModelPrice> &prices);
    static Result<std::map<QString, ModelPrice>> pricesFromJson(const QString &json);
};

} // namespace sn::advisor
