#include "ui/shell/DisplayNames.h"

#include <QDate>
#include <QLocale>
#include <cmath>
#include <string>

namespace sn::ui {

namespace {

QString raw(std::string_view id)
{
    return QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size()));
}

// "2008-09-01" as the locale writes a date; the text unchanged when it is not one.
QString localDate(std::string_view iso)
{
    const QDate d = QDate::fromString(raw(iso), Qt::ISODate);
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : raw(iso);
}

QString shockChange(std::string_view text)
{
    bool ok = false;
    const double change = raw(text).toDouble(&ok);
    if (!ok)
        return raw(text);
    return QLocale().toString(change * 100.0, 'f',
                              std::abs(change * 100.0 - std::round(change * 100.0)) < 1e-9 ? 0 : 1) +
           QStringLiteral(" %");
}

} // namespace

QString DisplayNames::strategy(std::string_view id)
{
    if (id == "sma_cross")
        return tr("Moving-average crossover (SMA)");
    if (id == "ema_cross")
        return tr("Moving-average crossover (EMA)");
    if (id == "macd_cross")
        return tr("MACD signal-line crossover");
    if (id == "rsi_reversion")
        return tr("RSI mean reversion");
    if (id == "bollinger_reversion")
        return tr("Bollinger band mean reversion");
    if (id == "bollinger_breakout")
        return tr("Bollinger band breakout");
    if (id == "donchian_breakout")
        return tr("Donchian channel breakout");
    if (id == "buy_hold")
        return tr("Buy and hold");
    if (id == "momentum_rotation")
        return tr("Momentum rotation (several assets)");
    return raw(id);
}

QString DisplayNames::strategyDescription(std::string_view id)
{
    if (id == "sma_cross")
        return tr("Holds the instrument while the fast simple moving average is above the slow one and sells "
                  "(or goes short) when it falls below.");
    if (id == "ema_cross")
        return tr(
            "Holds the instrument while the fast exponential moving average is above the slow one and sells "
            "(or goes short) when it falls below.");
    if (id == "macd_cross")
        return tr(
            "Buys when the MACD line crosses above its signal line and sells (or goes short) when it crosses "
            "below.");
    if (id == "rsi_reversion")
        return tr(
            "Buys when the RSI falls below the lower level (oversold) and sells when it rises above the "
            "upper "
            "level (overbought); with short positions allowed it also sells short above the upper level.");
    if (id == "bollinger_reversion")
        return tr("Buys when the close falls below the lower Bollinger band and sells when it is back at the "
                  "middle "
                  "band.");
    if (id == "bollinger_breakout")
        return tr("Buys when the close rises above the upper Bollinger band and sells when it falls below "
                  "the middle "
                  "band.");
    if (id == "donchian_breakout")
        return tr("Buys when the close breaks above the highest high of the entry channel and sells (or goes "
                  "short) "
                  "when it breaks below the lowest low of the exit channel.");
    if (id == "buy_hold")
        return tr(
            "Buys at the first possible bar and never sells: the benchmark the other strategies are measured "
            "against.");
    if (id == "momentum_rotation")
        return tr(
            "Holds the assets with the best trailing return in equal weights, chosen again at each month end "
            "from one shared cash account.");
    return QString();
}

QString DisplayNames::parameter(std::string_view id)
{
    if (id == "fast")
        return tr("Fast length");
    if (id == "slow")
        return tr("Slow length");
    if (id == "signal")
        return tr("Signal length");
    if (id == "period")
        return tr("Period");
    if (id == "lower")
        return tr("Lower level");
    if (id == "upper")
        return tr("Upper level");
    if (id == "k")
        return tr("Band width (deviations)");
    if (id == "exit_period")
        return tr("Exit period");
    if (id == "lookback")
        return tr("Lookback (bars)");
    if (id == "top_n")
        return tr("Assets held");
    return raw(id);
}

QString DisplayNames::metric(std::string_view id)
{
    if (id == "final_equity")
        return tr("Final equity");
    if (id == "total_return")
        return tr("Total return");
    if (id == "cagr")
        return tr("Annual growth rate (CAGR)");
    if (id == "annual_volatility")
        return tr("Annual volatility");
    if (id == "sharpe")
        return tr("Sharpe ratio");
    if (id == "sortino")
        return tr("Sortino ratio");
    if (id == "calmar")
        return tr("Calmar ratio");
    if (id == "max_drawdown")
        return tr("Maximum drawdown");
    if (id == "exposure")
        return tr("Time in the market");
    if (id == "trades")
        return tr("Number of trades");
    if (id == "win_rate")
        return tr("Win rate");
    if (id == "profit_factor")
        return tr("Profit factor");
    if (id == "expectancy")
        return tr("Average profit per trade");
    return raw(id);
}

QString DisplayNames::convention(std::string_view id)
{
    if (id == "supernova")
        return tr("SuperNova standard");
    if (id == "vectorbt")
        return tr("As vectorbt computes it");
    if (id == "backtrader")
        return tr("As backtrader computes it");
    if (id == "lean")
        return tr("As QuantConnect LEAN computes it");
    return raw(id);
}

QString DisplayNames::transactionType(std::string_view id)
{
    if (id == "buy")
        return tr("Buy");
    if (id == "sell")
        return tr("Sell");
    if (id == "dividend")
        return tr("Dividend");
    if (id == "interest")
        return tr("Interest");
    if (id == "fee")
        return tr("Fee");
    if (id == "tax")
        return tr("Tax");
    if (id == "deposit")
        return tr("Deposit");
    if (id == "withdrawal")
        return tr("Withdrawal");
    if (id == "split")
        return tr("Split");
    if (id == "transfer_in")
        return tr("Transfer in");
    if (id == "transfer_out")
        return tr("Transfer out");
    return raw(id);
}

QString DisplayNames::stressScenario(std::string_view label)
{
    // The two crises the service stresses by default get their names.
    if (label == "2008-09-01:2009-03-31")
        return tr("Financial crisis 2008-09");
    if (label == "2020-02-19:2020-03-23")
        return tr("COVID-19 crash 2020");
    const auto colon = label.find(':');
    const auto equals = label.rfind('=');
    if (equals == std::string_view::npos) {
        if (colon != std::string_view::npos) // a historical window FROM:TO
            return tr("Replay %1 to %2")
                .arg(localDate(label.substr(0, colon)), localDate(label.substr(colon + 1)));
        return raw(label);
    }
    const std::string_view target = label.substr(0, equals);
    const QString change = shockChange(label.substr(equals + 1));
    if (target == "all")
        return tr("Every position %1").arg(change);
    if (target.rfind("class:", 0) == 0) {
        const std::string_view assetClass = target.substr(6);
        if (assetClass == "equity")
            return tr("Equities %1").arg(change);
        return tr("Asset class %1 %2").arg(raw(assetClass), change);
    }
    return tr("%1 %2").arg(raw(target), change);
}

} // namespace sn::ui
