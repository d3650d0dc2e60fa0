#include "core/secrets/KnownSecrets.h"

#include <array>

namespace sn {

namespace {

constexpr std::array kKnownSecrets = {
    KnownSecret{"llm/openai/api-key", "OpenAI API key"},
    KnownSecret{"llm/anthropic/api-key", "Anthropic API key"},
    KnownSecret{"llm/openai-compatible/api-key",
                "API key of an OpenAI-compatible server (vLLM, LM Studio, llama.cpp)"},
    KnownSecret{"sync/team-server/password", "SuperNova team server password"},
    KnownSecret{"storage/postgresql/password", "Password of the PostgreSQL database set in Settings"},
    KnownSecret{"providers/alphavantage/api-key", "Alpha Vantage API key (market data)"},
    KnownSecret{"providers/tiingo/api-key", "Tiingo API token (market data)"},
};

constexpr std::size_t kMaxKeyLength = 200;

bool isSegmentChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
}

} // namespace

std::span<const KnownSecret> knownSecrets()
{
    return kKnownSecrets;
}

const KnownSecret *findKnownSecret(std::string_view key)
{
    for (const KnownSecret &s : kKnownSecrets) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

bool isValidSecretKey(std::string_view key)
{
    if (key.empty() || key.size() > kMaxKeyLength)
        return false;
    bool segmentStart = true;
    for (char c : key) {
        if (c == '/') {
            if (segmentStart)
                return false; // leading '/' or "//"
            segmentStart = true;
        } else if (isSegmentChar(c)) {
            segmentStart = false;
        } else {
            return false;
        }
    }
    return !segmentStart; // no trailing '/'
}

} // namespace sn
