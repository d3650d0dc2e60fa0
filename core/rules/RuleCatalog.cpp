#include "core/rules/RuleCatalog.h"

namespace sn::rules {

const std::vector<CatalogEntry> &RuleCatalog::entries()
{
    using K = CatalogEntry::Kind;
    static const std::vector<CatalogEntry> all{
        {K::Series, "open", "open", "the bar's opening price"},
        {K::Series, "high", "high", "the bar's high"},
        {K::Series, "low", "low", "the bar's low"},
        {K::Series, "close", "close", "the bar's closing price"},
        {K::Series, "volume", "volume", "the bar's volume"},
        {K::Function, "sma", "sma(x, n)", "simple moving average of x over n bars"},
        {K::Function, "mean", "mean(x, n)", "the same as sma(x, n)"},
        {K::Function, "ema", "ema(x, n)",
         "exponential moving average, alpha 2/(n+1), seeded with the SMA of the first n values"},
        {K::Function, "wma", "wma(x, n)", "linearly weighted moving average, weights 1..n (newest heaviest)"},
        {K::Function, "rsi", "rsi(x, n)", "Wilder's RSI over n bars (0..100)"},
        {K::Function, "roc", "roc(x, n)", "rate of change in percent against n bars ago"},
        {K::Function, "macd_line", "macd_line(x, fast, slow, signal)", "EMA(fast) - EMA(slow) of x"},
        {K::Function, "macd_signal", "macd_signal(x, fast, slow, signal)", "EMA(signal) of the MACD line"},
        {K::Function, "macd_hist", "macd_hist(x, fast, slow, signal)", "MACD line - signal line"},
        {K::Function, "bb_mid", "bb_mid(x, n, k)", "Bollinger middle band: SMA(n) of x"},
        {K::Function, "bb_upper", "bb_upper(x, n, k)",
         "Bollinger upper band: mid + k population standard deviations"},
        {K::Function, "bb_lower", "bb_lower(x, n, k)",
         "Bollinger lower band: mid - k population standard deviations"},
        {K::Function, "atr", "atr(n)", "Wilder's average true range of the bars over n bars"},
        {K::Function, "stoch_k", "stoch_k(k, d, smooth)",
         "stochastic %K of the bars (smooth 1 = fast stochastic)"},
        {K::Function, "stoch_d", "stoch_d(k, d, smooth)", "stochastic %D: SMA(d) of %K"},
        {K::Function, "obv", "obv()", "on-balance volume of the bars, from 0"},
        {K::Function, "highest", "highest(x, n)", "highest x over the last n bars, this one included"},
        {K::Function, "lowest", "lowest(x, n)", "lowest x over the last n bars, this one included"},
        {K::Function, "sum", "sum(x, n)", "sum of x over the last n bars"},
        {K::Function, "cross_above", "cross_above(a, b)",
         "true on the bar where a - b turns positive after being negative"},
        {K::Function, "cross_below", "cross_below(a, b)",
         "true on the bar where a - b turns negative after being positive"},
        {K::Function, "bars_since", "bars_since(c)",
         "bars since c was last true (0 on a true bar; undefined before the first)"},
        {K::Function, "if", "if(c, a, b)", "a where c is true, else b"},
        {K::Function, "abs", "abs(x)", "absolute value"},
        {K::Function, "min", "min(a, b)", "the smaller of a and b (undefined if either is)"},
        {K::Function, "max", "max(a, b)", "the larger of a and b (undefined if either is)"},
        {K::Output, "entry", "entry = condition",
         "enter long at the bar's close (filled by the backtest's fill rule)"},
        {K::Output, "exit", "exit = condition", "close a long position"},
        {K::Output, "short_entry", "short_entry = condition", "enter short (the rule then supports --short)"},
        {K::Output, "short_exit", "short_exit = condition", "cover a short position"},
        {K::Output, "stop_loss", "stop_loss = fraction",
         "exit when the close falls this fraction below the entry price"},
        {K::Output, "take_profit", "take_profit = fraction",
         "exit when the close rises this fraction above the entry price"},
        {K::Output, "trailing_stop", "trailing_stop = fraction",
         "exit when the close falls this fraction below its best since entry"},
        {K::Output, "stop", "stop = distance",
         "exit when the close falls this far (in price) below the entry price; read at the bar that decided "
         "the entry"},
        {K::Output, "target", "target = distance",
         "exit when the close rises this far (in price) above the entry price; read at the bar that decided "
         "the entry"},
        {K::Output, "trail", "trail = distance",
         "exit when the close falls this far (in price, read at each bar) below its best since entry"},
        {K::Keyword, "param", "param NAME: int|float = DEFAULT in LOW..HIGH",
         "a parameter the backtest, sweep and form can set"},
        {K::Keyword, "let", "let NAME = expression", "a named value, computed once however often it is used"},
        {K::Keyword, "require", "require A < B",
         "a constraint between two parameters (sweeps skip points that break it)"},
        {K::Keyword, "and", "a and b", "both conditions"},
        {K::Keyword, "or", "a or b", "either condition"},
        {K::Keyword, "not", "not c", "the opposite condition"},
        {K::Keyword, "true", "true", "a condition that always holds"},
        {K::Keyword, "false", "false", "a condition that never holds"},
    };
    return all;
}

const CatalogEntry *RuleCatalog::find(const std::string &name)
{
    for (const CatalogEntry &e : entries())
        if (e.name == name)
            return &e;
    return nullptr;
}

} // namespace sn::rules
