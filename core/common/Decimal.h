#pragma once

#include "core/common/Result.h"

#include <compare>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace sn {

// Thrown by Decimal's unchecked operators when the exact result does not fit
// (beyond +/-9.2 trillion), in every build type: a wrapped or zeroed amount
// would silently corrupt what the user owns. Code that handles outside input
// uses the checked variants instead and reports an Error; this exception
// marks a programming error and never crosses a module boundary on purpose.
class DecimalOverflow : public std::overflow_error
{
public:
    using std::overflow_error::overflow_error;
};

// Exact fixed-point decimal for what the user owns: cash, transaction
// amounts, quantities, prices in the ledger. Stored as a signed 64-bit count
// of micro-units (scale 10^6), which covers +/-9.2 trillion with six decimal
// places and round-trips exactly through SQLite INTEGER and PostgreSQL BIGINT.
// Analytics convert to double with toDouble(); nothing converts back silently.
class Decimal
{
public:
    static constexpr int kDecimals = 6;
    static constexpr std::int64_t kScale = 1'000'000;

    constexpr Decimal() = default;
    static constexpr Decimal fromRaw(std::int64_t micros) { return Decimal(micros); }
    // Throws DecimalOverflow beyond +/-9.2 trillion units; see checkedFromInt.
    static Decimal fromInt(std::int64_t units);
    static std::optional<Decimal> checkedFromInt(std::int64_t units);
    // Rounds to the nearest micro-unit (half away from zero). For values that
    // were computed in double; user input goes through parse().
    static std::optional<Decimal> fromDouble(double value);
    // Strict parse: optional sign, digits, optional '.' and up to six
    // fractional digits. More digits, exponents or junk are an error, because
    // silently rounding what the user typed would not be exact.
    static Result<Decimal> parse(std::string_view text);

    constexpr std::int64_t raw() const { return m_micros; }
    double toDouble() const { return static_cast<double>(m_micros) / kScale; }
    // Plain decimal string, at least `minDecimals` fractional digits, trailing
    // zeros beyond that trimmed: "12.5" (min 1), "12.50" (min 2), "-0.000001".
    std::string toString(int minDecimals = 0) const;

    constexpr bool isZero() const { return m_micros == 0; }
    constexpr bool isNegative() const { return m_micros < 0; }
    // abs() and unary minus throw DecimalOverflow for the one value whose
    // negation does not fit (fromRaw(INT64_MIN)).
    Decimal abs() const;

    // The unchecked operators throw DecimalOverflow when the result does not
    // fit; never a wrapped or zero result, whatever the build type.
    Decimal operator-() const;
    Decimal operator+(Decimal other) const;
    Decimal operator-(Decimal other) const;
    Decimal &operator+=(Decimal other) { return *this = *this + other; }
    Decimal &operator-=(Decimal other) { return *this = *this - other; }
    // Product and quotient rounded half-to-even at the sixth decimal.
    Decimal operator*(Decimal other) const;
    // Division by zero yields nullopt; so does overflow.
    std::optional<Decimal> dividedBy(Decimal divisor) const;
    // Overflow-checked variants for sums that come from outside input:
    // nullopt when the result does not fit.
    std::optional<Decimal> checkedAdd(Decimal other) const;
    std::optional<Decimal> checkedSub(Decimal other) const;
    std::optional<Decimal> checkedMul(Decimal other) const;
    std::optional<Decimal> checkedNeg() const;
    // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads the defaulted <=> (a false positive)
    constexpr auto operator<=>(const Decimal &) const = default;

private:
    constexpr explicit Decimal(std::int64_t micros) : m_micros(micros) {}
    std::int64_t m_micros = 0;
};

} // namespace sn
