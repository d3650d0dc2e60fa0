#include "core/secrets/KnownSecrets.h"

#include "core/common/UserText.h"

#include <array>

namespace sn {

namespace {

constexpr std::array kKnownSecrets = {
    KnownSecret{"llm/openai/api-key", SN_TRANSLATE_NOOP("sn::KnownSecrets", "OpenAI API key")},
    KnownSecret{"llm/anthropic/api-key", SN_TRANSLATE_NOOP("sn::KnownSecrets", "Anthropic API key")},
    KnownSecret{"llm/openai-compatible/api-key",
                SN_TRANSLATE_NOOP("sn::KnownSecrets",
                                  "API key of an OpenAI-compatible server (vLLM, LM Studio, llama.cpp)")},
    KnownSecret{"sync/team-server/password",
                SN_TRANSLATE_NOOP("sn::KnownSecrets", "SuperNova team server password")},
    KnownSecret{"storage/postgresql/password",
                SN_TRANSLATE_NOOP("sn::KnownSecrets", "Password of the PostgreSQL database set in Settings")},
    KnownSecret{"providers/alphavantage/api-key",
                SN_TRANSLATE_NOOP("sn::KnownSecrets", "Alpha Vantage API key (market data)")},
    KnownSecret{"providers/tiingo/api-key",
                SN_TRANSLATE_NOOP("sn::KnownSecrets", "Tiingo API token (market data)")},
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
