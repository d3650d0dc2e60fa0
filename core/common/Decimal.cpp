#include "core/common/Decimal.h"

#include <cmath>
#include <cstdlib>

namespace sn {

namespace {

__extension__ typedef __int128 int128;

// Rounds numerator/denominator half-to-even; denominator > 0.
int128 divRoundHalfEven(int128 num, int128 den)
{
    int128 q = num / den;
    int128 r = num % den;
    if (r == 0)
        return q;
    int128 twice = (r < 0 ? -r : r) * 2;
    bool up = twice > den || (twice == den && (q % 2 != 0));
    if (up)
        q += (num < 0) ? -1 : 1;
    return q;
}

bool fitsInt64(int128 v)
{
    return v >= INT64_MIN && v <= INT64_MAX;
}

[[noreturn]] void throwOverflow(const std::string &what)
{
    throw DecimalOverflow("Decimal overflow: " + what + " does not fit the exact range (+/-9.2 trillion)");
}

} // namespace

std::optional<Decimal> Decimal::fromDouble(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    double scaled = std::round(value * static_cast<double>(kScale));
    if (scaled >= 9.2e18 || scaled <= -9.2e18)
        return std::nullopt;
    return Decimal(static_cast<std::int64_t>(scaled));
}

Result<Decimal> Decimal::parse(std::string_view text)
{
    auto fail = [&](const char *why) {
        return makeError(ErrorCode::ParseError,
                         std::string("not a decimal number (") + why + "): '" + std::string(text) + "'");
    };
    std::size_t i = 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t'))
        ++i;
    std::size_t end = text.size();
    while (end > i && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        --end;
    if (i == end)
        return fail("empty");
    bool negative = false;
    if (text[i] == '+' || text[i] == '-') {
        negative = text[i] == '-';
        ++i;
    }
    int128 units = 0;
    int intDigits = 0;
    while (i < end && text[i] >= '0' && text[i] <= '9') {
        units = units * 10 + (text[i] - '0');
        if (units > INT64_MAX / kScale + 1)
            return fail("too large");
        ++i;
        ++intDigits;
    }
    int128 frac = 0;
    int fracDigits = 0;
    if (i < end && text[i] == '.') {
        ++i;
        while (i < end && text[i] >= '0' && text[i] <= '9') {
            if (fracDigits == kDecimals) {
                if (text[i] != '0')
                    return fail("more than 6 decimal places");
            } else {
                frac = frac * 10 + (text[i] - '0');
                ++fracDigits;
            }
            ++i;
        }
    }
    if (i != end)
        return fail("unexpected character");
    if (intDigits == 0 && fracDigits == 0)
        return fail("no digits");
    for (int d = fracDigits; d < kDecimals; ++d)
        frac *= 10;
    int128 micros = units * kScale + frac;
    if (negative)
        micros = -micros;
    if (!fitsInt64(micros))
        return fail("too large");
    return Decimal(static_cast<std::int64_t>(micros));
}

std::string Decimal::toString(int minDecimals) const
{
    if (minDecimals < 0)
        minDecimals = 0;
    if (minDecimals > kDecimals)
        minDecimals = kDecimals;
    // Work in unsigned to print INT64_MIN correctly.
    std::uint64_t mag =
        m_micros < 0 ? static_cast<std::uint64_t>(-(m_micros + 1)) + 1 : static_cast<std::uint64_t>(m_micros);
    std::uint64_t units = mag / kScale;
    std::uint64_t frac = mag % kScale;
    std::string fracText(kDecimals, '0');
    for (int d = kDecimals - 1; d >= 0; --d) {
        fracText[static_cast<std::size_t>(d)] = static_cast<char>('0' + frac % 10);
        frac /= 10;
    }
    std::size_t keep = fracText.size();
    while (keep > static_cast<std::size_t>(minDecimals) && fracText[keep - 1] == '0')
        --keep;
    std::string out = m_micros < 0 ? "-" : "";
    out += std::to_string(units);
    if (keep > 0) {
        out.push_back('.');
        out.append(fracText, 0, keep);
    }
    return out;
}

Decimal Decimal::fromInt(std::int64_t units)
{
    auto r = checkedFromInt(units);
    if (!r)
        throwOverflow(std::to_string(units) + " units");
    return *r;
}

std::optional<Decimal> Decimal::checkedFromInt(std::int64_t units)
{
    std::int64_t micros = 0;
    if (__builtin_mul_overflow(units, kScale, &micros))
        return std::nullopt;
    return Decimal(micros);
}

Decimal Decimal::abs() const
{
    if (!isNegative())
        return *this;
    auto r = checkedNeg();
    if (!r)
        throwOverflow("abs(" + toString() + ")");
    return *r;
}

Decimal Decimal::operator-() const
{
    auto r = checkedNeg();
    if (!r)
        throwOverflow("-(" + toString() + ")");
    return *r;
}

Decimal Decimal::operator+(Decimal other) const
{
    auto r = checkedAdd(other);
    if (!r)
        throwOverflow(toString() + " + " + other.toString());
    return *r;
}

Decimal Decimal::operator-(Decimal other) const
{
    auto r = checkedSub(other);
    if (!r)
        throwOverflow(toString() + " - " + other.toString());
    return *r;
}

Decimal Decimal::operator*(Decimal other) const
{
    auto r = checkedMul(other);
    if (!r)
        throwOverflow(toString() + " x " + other.toString());
    return *r;
}

std::optional<Decimal> Decimal::checkedAdd(Decimal other) const
{
    std::int64_t out = 0;
    if (__builtin_add_overflow(m_micros, other.m_micros, &out))
        return std::nullopt;
    return Decimal(out);
}

std::optional<Decimal> Decimal::checkedSub(Decimal other) const
{
    std::int64_t out = 0;
    if (__builtin_sub_overflow(m_micros, other.m_micros, &out))
        return std::nullopt;
    return Decimal(out);
}

std::optional<Decimal> Decimal::checkedNeg() const
{
    std::int64_t out = 0;
    if (__builtin_sub_overflow(std::int64_t{0}, m_micros, &out))
        return std::nullopt;
    return Decimal(out);
}

std::optional<Decimal> Decimal::checkedMul(Decimal other) const
{
    int128 product = static_cast<int128>(m_micros) * other.m_micros;
    int128 micros = divRoundHalfEven(product, kScale);
    if (!fitsInt64(micros))
        return std::nullopt;
    return Decimal(static_cast<std::int64_t>(micros));
}

std::optional<Decimal> Decimal::dividedBy(Decimal divisor) const
{
    if (divisor.m_micros == 0)
        return std::nullopt;
    int128 num = static_cast<int128>(m_micros) * kScale;
    int128 den = divisor.m_micros;
    if (den < 0) {
        num = -num;
        den = -den;
    }
    int128 micros = divRoundHalfEven(num, den);
    if (!fitsInt64(micros))
        return std::nullopt;
    return Decimal(static_cast<std::int64_t>(micros));
}

} // namespace sn
