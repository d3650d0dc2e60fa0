// OfflineAdvisor::write: the answer text of each question form. Every number
// goes through AnswerWriter, which reads it from the tool result and records
// it, so the text cannot show a number the tool did not return.
#include "core/advisor/tools/DataNames.h"
#include "core/advisor/tools/OfflineAdvisor.h"
#include "core/advisor/tools/QuestionParser.h"
#include "core/advisor/tools/SuggestedQuestions.h"
#include "core/common/UserText.h"

#include <QJsonArray>
#include <cmath>

namespace sn::advisor {

namespace {

// A fixed sentence of the answers, in the reader's language (userText).
QString said(const std::string &text)
{
    return QString::fromStdString(text);
}

Verdict byThreshold(double v, double band)
{
    if (!std::isfinite(v))
        return Verdict::Mixed;
    return v > band ? Verdict::Favourable : v < -band ? Verdict::Unfavourable : Verdict::Mixed;
}

QString citeLine(const QJsonObject &data)
{
    if (data.contains(QStringLiteral("portfolio")))
        return said(userText("sn::advisor::OfflineAdvisor", "*Data: portfolio \"%1\", %2 to %3.*"))
            .arg(data.value(QStringLiteral("portfolio")).toString(),
                 data.value(QStringLiteral("from")).toString(), data.value(QStringLiteral("to")).toString());
    QString symbols = data.value(QStringLiteral("symbol")).toString();
    if (symbols.isEmpty()) {
        QStringList list;
        for (const QJsonValue &v : data.value(QStringLiteral("symbols")).toArray())
            list << v.toString();
        symbols = list.join(QStringLiteral(", "));
    }
    return said(userText("sn::advisor::OfflineAdvisor", "*Data: %1, %2 bars, %3 to %4 (%5 rows).*"))
        .arg(symbols, data.value(QStringLiteral("interval")).toString(),
             data.value(QStringLiteral("from")).toString(), data.value(QStringLiteral("to")).toString())
        .arg(data.value(QStringLiteral("rows")).toInt());
}

QString paramsText(const QJsonObject &params)
{
    QStringList parts;
    for (auto it = params.begin(); it != params.end(); ++it)
        parts << dataName(DataText::Parameter, it.key()) + QLatin1Char('=') +
                     QString::number(it.value().toDouble(), 'g', 6);
    return parts.join(QStringLiteral(", "));
}

// The tool writes "buy" / "sell" as data; the answer says it in words.
QString sideText(const QString &side)
{
    if (side == QLatin1String("buy"))
        return said(userText("sn::advisor::OfflineAdvisor", "buy"));
    if (side == QLatin1String("sell"))
        return said(userText("sn::advisor::OfflineAdvisor", "sell"));
    return side;
}

// A text the tool returns as data, as the reader's view names it.
QString named(DataText kind, const QJsonValue &v)
{
    return dataName(kind, v.toString());
}

QString idx(const char *prefix, qsizetype i, const char *suffix)
{
    return QString::fromLatin1(prefix) + QString::number(i) + QString::fromLatin1(suffix);
}

} // namespace

QString OfflineAdvisor::write(const QString &form, const ParsedQuestion &q, AnswerWriter &w,
                              QStringList &sug) const
{
    const QJsonObject &r = w.result();
    const QJsonObject data = r.value(QStringLiteral("data")).toObject();
    QString t;
    if (form == QLatin1String("list_instruments")) {
        t = said(userText("sn::advisor::OfflineAdvisor", "You have %1 stored series:\n\n"))
                .arg(w.count(QStringLiteral("count")));
        const QJsonArray rows = r.value(QStringLiteral("instruments")).toArray();
        for (qsizetype i = 0; i < rows.size(); ++i)
            t +=
                said(userText("sn::advisor::OfflineAdvisor", "- **%1** (%2), %3: %4 bars, %5 to %6\n"))
                    .arg(rows[i][QStringLiteral("symbol")].toString(),
                         rows[i][QStringLiteral("name")].toString(),
                         rows[i][QStringLiteral("interval")].toString(),
                         w.count(idx("instruments.", i, ".rows")), rows[i][QStringLiteral("from")].toString(),
                         rows[i][QStringLiteral("to")].toString());
        sug << suggestedQuestion("Price summary of AAPL since 2015")
            << suggestedQuestion("Compare AAPL and ^GSPC since 2014");
        return t;
    }
    if (form == QLatin1String("list_watchlists")) {
        t = said(userText("sn::advisor::OfflineAdvisor", "You have %1 watchlist(s):\n\n"))
                .arg(w.count(QStringLiteral("count")));
        for (const QJsonValue &v : r.value(QStringLiteral("watchlists")).toArray()) {
            QStringList symbols;
            for (const QJsonValue &sym : v[QStringLiteral("symbols")].toArray())
                symbols << sym.toString();
            t += QStringLiteral("- **%1**: %2\n")
                     .arg(v[QStringLiteral("name")].toString(), symbols.join(QStringLiteral(", ")));
        }
        sug << suggestedQuestion("Which instruments do I have?")
            << suggestedQuestion("Compare AAPL and ^GSPC since 2014");
        return t;
    }
    if (form == QLatin1String("list_strategies")) {
        t = said(userText("sn::advisor::OfflineAdvisor", "%1 built-in strategies:\n\n"))
                .arg(w.count(QStringLiteral("count")));
        for (const QJsonValue &v : r.value(QStringLiteral("strategies")).toArray())
            t += QStringLiteral("- **%1**: %2\n")
                     .arg(named(DataText::Strategy, v[QStringLiteral("name")]),
                          dataName(DataText::StrategyDescription, v[QStringLiteral("name")].toString(),
                                   v[QStringLiteral("description")].toString()));
        sug << suggestedQuestion(
                   "Backtest a 20/50 crossover on AAPL since 2015 and compare it with buy and hold")
            << suggestedQuestion("Backtest RSI 30/70 on ^GSPC from 2005-01-01 to 2012-12-31");
        return t;
    }
    if (form == QLatin1String("price_summary")) {
        const QString sym = data.value(QStringLiteral("symbol")).toString();
        t = said(userText(
                     "sn::advisor::OfflineAdvisor",
                     "**%1** closed at %2 on %3, from %4 on %5: a total return of %6 (CAGR %7). "
                     "The range was %8 (%9) to %10 (%11); annualised volatility %12, max drawdown %13.\n\n"))
                .arg(sym, w.money(QStringLiteral("last_close")), data.value(QStringLiteral("to")).toString(),
                     w.money(QStringLiteral("first_close")), data.value(QStringLiteral("from")).toString(),
                     w.pct(QStringLiteral("total_return")), w.pct(QStringLiteral("cagr")),
                     w.money(QStringLiteral("min_close")), r.value(QStringLiteral("min_date")).toString())
                .arg(w.money(QStringLiteral("max_close")), r.value(QStringLiteral("max_date")).toString(),
                     w.pct(QStringLiteral("annual_volatility")), w.pct(QStringLiteral("max_drawdown")));
        t += m_persona.take(byThreshold(w.value(QStringLiteral("total_return")), 0.0)) + QLatin1Char(' ') +
             m_persona.riskNote(m_profile, w.value(QStringLiteral("annual_volatility")));
        sug << suggestedQuestion("What is the RSI of %1?", {sym})
            << suggestedQuestion("Backtest a 20/50 crossover on %1 and compare it with buy and hold", {sym});
    } else if (form == QLatin1String("indicator")) {
        const QJsonObject latest = r.value(QStringLiteral("latest")).toObject();
        QStringList values;
        for (auto it = latest.begin(); it != latest.end(); ++it)
            values << QStringLiteral("%1 %2").arg(it.key(), w.ratio(QStringLiteral("latest.") + it.key()));
        t = said(userText("sn::advisor::OfflineAdvisor",
                          "**%1** of %2 (%3) on %4: %5 (close %6).\n\nLast bars:\n\n"))
                .arg(r.value(QStringLiteral("indicator")).toString().toUpper(),
                     data.value(QStringLiteral("symbol")).toString(),
                     paramsText(r.value(QStringLiteral("params")).toObject()),
                     r.value(QStringLiteral("as_of")).toString(), values.join(QStringLiteral(", ")),
                     w.money(QStringLiteral("tail.%1.close")
                                 .arg(r.value(QStringLiteral("tail")).toArray().size() - 1)));
        const QJsonArray tail = r.value(QStringLiteral("tail")).toArray();
        for (qsizetype i = 0; i < tail.size(); ++i) {
            QStringList cells;
            for (auto it = latest.begin(); it != latest.end(); ++it)
                cells << w.ratio(idx("tail.", i, ".") + it.key());
            t += QStringLiteral("- %1: %2\n")
                     .arg(tail[i][QStringLiteral("date")].toString(), cells.join(QStringLiteral(" / ")));
        }
        const double rsi = latest.value(QStringLiteral("rsi")).toDouble(50);
        if (latest.contains(QStringLiteral("rsi")))
            t += rsi > 70 ? said(userText("sn::advisor::OfflineAdvisor",
                                          "\nAbove 70 is conventionally read as overbought."))
                 : rsi < 30
                     ? said(userText("sn::advisor::OfflineAdvisor",
                                     "\nBelow 30 is conventionally read as oversold."))
                     : said(userText(
                           "sn::advisor::OfflineAdvisor",
                           "\nBetween 30 and 70: neither overbought nor oversold by the usual reading."));
        t += said(userText("sn::advisor::OfflineAdvisor", "\n\n*Convention: %1*"))
                 .arg(named(DataText::Formula, r.value(QStringLiteral("convention"))));
        sug << suggestedQuestion("Backtest RSI 30/70 on %1",
                                 {data.value(QStringLiteral("symbol")).toString()})
            << suggestedQuestion("Price summary of %1 last 3 years",
                                 {data.value(QStringLiteral("symbol")).toString()});
    } else if (form == QLatin1String("backtest") || form == QLatin1String("backtest_rule")) {
        const QString sym = data.value(QStringLiteral("symbol")).toString();
        t = said(userText(
                     "sn::advisor::OfflineAdvisor",
                     "**Backtest of %1 (%2) on %3**: total return %4 (CAGR %5), Sharpe %6, max drawdown %7, "
                     "%8 closed trades (win rate %9), final equity %10 from %11.\n\n"))
                .arg(named(DataText::Strategy, r.value(QStringLiteral("strategy"))),
                     paramsText(r.value(QStringLiteral("params")).toObject()), sym,
                     w.pct(QStringLiteral("metrics.total_return")), w.pct(QStringLiteral("metrics.cagr")),
                     w.ratio(QStringLiteral("metrics.sharpe")), w.pct(QStringLiteral("metrics.max_drawdown")),
                     w.count(QStringLiteral("metrics.trades")), w.pct(QStringLiteral("metrics.win_rate")))
                .arg(w.money(QStringLiteral("metrics.final_equity")), w.money(QStringLiteral("config.cash")));
        if (r.contains(QStringLiteral("buy_and_hold"))) {
            t +=
                said(userText(
                         "sn::advisor::OfflineAdvisor",
                         "**Buy & hold** of %1 over the same bars: total return %2 (CAGR %3), Sharpe %4, max "
                         "drawdown %5. Difference in total return: %6.\n\n"))
                    .arg(sym, w.pct(QStringLiteral("buy_and_hold.total_return")),
                         w.pct(QStringLiteral("buy_and_hold.cagr")),
                         w.ratio(QStringLiteral("buy_and_hold.sharpe")),
                         w.pct(QStringLiteral("buy_and_hold.max_drawdown")),
                         w.pct(QStringLiteral("excess_return")));
        }
        t += m_persona.take(byThreshold(w.value(QStringLiteral("excess_return")), 0.02));
        if (q.compareBuyAndHold && std::isfinite(w.value(QStringLiteral("excess_return"))))
            t += w.value(QStringLiteral("excess_return")) > 0
                     ? said(userText("sn::advisor::OfflineAdvisor", " The strategy beat buy & hold here."))
                     : said(userText("sn::advisor::OfflineAdvisor", " Buy & hold did better here."));
        t += said(userText("sn::advisor::OfflineAdvisor",
                           "\n\nSignals at the close, fills at the next open, commission %1."))
                 .arg(w.pct(QStringLiteral("config.commission")));
        if (form == QLatin1String("backtest_rule")) {
            const QJsonObject rule = r.value(QStringLiteral("rule")).toObject();
            t += rule.contains(QStringLiteral("name"))
                     ? said(userText("sn::advisor::OfflineAdvisor", " Rule: stored rule %1, version %2."))
                           .arg(rule.value(QStringLiteral("name")).toString())
                           .arg(rule.value(QStringLiteral("version")).toInt())
                     : said(userText("sn::advisor::OfflineAdvisor", " Rule as typed:\n\n```\n%1```"))
                           .arg(rule.value(QStringLiteral("text")).toString());
            sug << suggestedQuestion("Price summary of %1 last 3 years", {sym})
                << suggestedQuestion("Which strategies are available?");
        } else {
            sug << suggestedQuestion("Optimise the %1 on %2",
                                     {r.value(QStringLiteral("strategy")).toString(), sym})
                << suggestedQuestion("Walk-forward the %1 on %2",
                                     {r.value(QStringLiteral("strategy")).toString(), sym});
        }
    } else if (form == QLatin1String("optimize")) {
        t = said(userText("sn::advisor::OfflineAdvisor",
                          "Swept %1 combinations of %2 on %3, ranked by %4. Best:\n\n"))
                .arg(w.count(QStringLiteral("evaluated")),
                     named(DataText::Strategy, r.value(QStringLiteral("strategy"))),
                     data.value(QStringLiteral("symbol")).toString(),
                     named(DataText::Metric, r.value(QStringLiteral("rank_by"))));
        const QJsonArray top = r.value(QStringLiteral("top")).toArray();
        for (qsizetype i = 0; i < top.size(); ++i)
            t += said(userText("sn::advisor::OfflineAdvisor",
                               "%1. %2: score %3, total return %4, %5 trades\n"))
                     .arg(i + 1)
                     .arg(paramsText(top[i][QStringLiteral("params")].toObject()),
                          w.ratio(idx("top.", i, ".score")), w.pct(idx("top.", i, ".total_return")),
                          w.count(idx("top.", i, ".trades")));
        t += QStringLiteral("\n") + m_persona.take(Verdict::Mixed) +
             said(userText("sn::advisor::OfflineAdvisor",
                           " These are in-sample results: the best of many tries flatters itself."));
        sug << suggestedQuestion("Walk-forward the %1 on %2",
                                 {r.value(QStringLiteral("strategy")).toString(),
                                  data.value(QStringLiteral("symbol")).toString()});
    } else if (form == QLatin1String("walk_forward")) {
        t = said(userText(
                     "sn::advisor::OfflineAdvisor",
                     "Walk-forward of %1 on %2: %3 windows (%4 in-sample / %5 out-of-sample bars). Stitched "
                     "out-of-sample result: total return %6, Sharpe %7, max drawdown %8, %9 trades.\n\n"))
                .arg(named(DataText::Strategy, r.value(QStringLiteral("strategy"))),
                     data.value(QStringLiteral("symbol")).toString())
                .arg(r.value(QStringLiteral("windows")).toArray().size())
                .arg(w.count(QStringLiteral("in_sample_bars")), w.count(QStringLiteral("out_of_sample_bars")),
                     w.pct(QStringLiteral("out_of_sample.total_return")),
                     w.ratio(QStringLiteral("out_of_sample.sharpe")),
                     w.pct(QStringLiteral("out_of_sample.max_drawdown")),
                     w.count(QStringLiteral("out_of_sample.trades")));
        t += m_persona.take(byThreshold(w.value(QStringLiteral("out_of_sample.total_return")), 0.0));
        sug << suggestedQuestion("Backtest a 20/50 crossover on %1",
                                 {data.value(QStringLiteral("symbol")).toString()});
    } else if (form == QLatin1String("compare")) {
        t = said(userText("sn::advisor::OfflineAdvisor", "From the first common date:\n\n"));
        const QJsonArray rows = r.value(QStringLiteral("instruments")).toArray();
        for (qsizetype i = 0; i < rows.size(); ++i)
            t += said(userText("sn::advisor::OfflineAdvisor",
                               "- **%1**: %2 (%3 to %4), volatility %5, max drawdown %6\n"))
                     .arg(rows[i][QStringLiteral("symbol")].toString(),
                          w.pct(idx("instruments.", i, ".change")),
                          w.money(idx("instruments.", i, ".start_close")),
                          w.money(idx("instruments.", i, ".end_close")),
                          w.pct(idx("instruments.", i, ".annual_volatility")),
                          w.pct(idx("instruments.", i, ".max_drawdown")));
        const QJsonArray corr = r.value(QStringLiteral("correlations")).toArray();
        for (qsizetype i = 0; i < corr.size(); ++i)
            t += said(userText("sn::advisor::OfflineAdvisor", "\nCorrelation of %1 and %2 returns: %3."))
                     .arg(corr[i][QStringLiteral("a")].toString(), corr[i][QStringLiteral("b")].toString(),
                          w.ratio(idx("correlations.", i, ".correlation")));
        t += QStringLiteral("\n\n") + m_persona.take(Verdict::Mixed);
        sug << suggestedQuestion("Price summary of %1", {rows[0][QStringLiteral("symbol")].toString()});
    } else if (form == QLatin1String("portfolio_summary")) {
        t = said(userText("sn::advisor::OfflineAdvisor",
                          "Portfolio **%1** on %2 is worth %3 %4 (cash %5):\n\n"))
                .arg(data.value(QStringLiteral("portfolio")).toString(),
                     r.value(QStringLiteral("as_of")).toString(), w.money(QStringLiteral("total_value")),
                     r.value(QStringLiteral("base_currency")).toString(),
                     w.money(QStringLiteral("cash_value")));
        const QJsonArray rows = r.value(QStringLiteral("positions")).toArray();
        for (qsizetype i = 0; i < rows.size(); ++i)
            t += said(userText("sn::advisor::OfflineAdvisor",
                               "- **%1**: %2 units at %3 = %4 (%5 of the total), unrealised P&L %6\n"))
                     .arg(rows[i][QStringLiteral("symbol")].toString(),
                          w.count(idx("positions.", i, ".quantity")), w.money(idx("positions.", i, ".price")),
                          w.money(idx("positions.", i, ".market_value")),
                          w.pct(idx("positions.", i, ".weight")),
                          w.money(idx("positions.", i, ".unrealised_pnl")));
        sug << suggestedQuestion("How did my portfolio perform?")
            << suggestedQuestion("What is my portfolio's 95% VaR and what drives it?");
    } else if (form == QLatin1String("performance")) {
        t = said(userText("sn::advisor::OfflineAdvisor",
                          "Portfolio **%1**: time-weighted return (TTWROR) %2, annualised %3; money-weighted "
                          "IRR %4. "
                          "Value %5 -> %6 with inflows %7 and outflows %8.\n\n"))
                .arg(data.value(QStringLiteral("portfolio")).toString(), w.pct(QStringLiteral("ttwror")),
                     w.pct(QStringLiteral("ttwror_annualised")), w.pct(QStringLiteral("irr")),
                     w.money(QStringLiteral("value_begin")), w.money(QStringLiteral("value_end")),
                     w.money(QStringLiteral("inflows")), w.money(QStringLiteral("outflows")));
        if (r.contains(QStringLiteral("benchmark")))
            t += said(userText("sn::advisor::OfflineAdvisor",
                               "Against %1 on its trading days: portfolio %2, benchmark %3.\n\n"))
                     .arg(r[QStringLiteral("benchmark")][QStringLiteral("symbol")].toString(),
                          w.pct(QStringLiteral("benchmark.portfolio_return")),
                          w.pct(QStringLiteral("benchmark.benchmark_return")));
        t += m_persona.take(byThreshold(w.value(QStringLiteral("ttwror")), 0.0));
        sug << suggestedQuestion("What is my portfolio's 95% VaR and what drives it?")
            << suggestedQuestion("Explain TWR");
    } else if (form == QLatin1String("var") || form == QLatin1String("risk_stats")) {
        const QString conf = QString::number(r.value(QStringLiteral("confidence")).toDouble() * 100, 'g', 4);
        if (form == QLatin1String("var")) {
            t = said(userText("sn::advisor::OfflineAdvisor",
                              "Portfolio **%1** (%2 method): %3 % %4-day VaR is %5 of the current value "
                              "(%6), CVaR %7 (%8).\n\n"))
                    .arg(data.value(QStringLiteral("portfolio")).toString(),
                         named(DataText::VarMethod, r.value(QStringLiteral("method"))), conf,
                         w.count(QStringLiteral("horizon_days")), w.pct(QStringLiteral("var")),
                         w.money(QStringLiteral("var_amount")), w.pct(QStringLiteral("cvar")),
                         w.money(QStringLiteral("cvar_amount")));
            const QJsonArray drivers = r.value(QStringLiteral("drivers")).toArray();
            if (!drivers.isEmpty()) {
                t += said(
                    userText("sn::advisor::OfflineAdvisor", "What drives it (weight, component VaR):\n\n"));
                for (qsizetype i = 0; i < drivers.size(); ++i)
                    t += said(userText("sn::advisor::OfflineAdvisor",
                                       "- **%1**: weight %2, component VaR %3\n"))
                             .arg(drivers[i][QStringLiteral("symbol")].toString(),
                                  w.pct(idx("drivers.", i, ".weight")),
                                  w.pct(idx("drivers.", i, ".component_var")));
                t += QLatin1Char('\n');
            }
            if (r.contains(QStringLiteral("drivers_note")))
                t += r.value(QStringLiteral("drivers_note")).toString() + QStringLiteral("\n\n");
        }
        t += said(userText("sn::advisor::OfflineAdvisor",
                           "Annualised volatility %1, Sharpe %2, Sortino %3, max drawdown %4 (%5 to %6), "
                           "beta %7 against %8.\n\n"))
                 .arg(w.pct(QStringLiteral("annual_volatility")), w.ratio(QStringLiteral("sharpe")),
                      w.ratio(QStringLiteral("sortino")), w.pct(QStringLiteral("max_drawdown")),
                      r.value(QStringLiteral("drawdown_peak")).toString(),
                      r.value(QStringLiteral("drawdown_trough")).toString(), w.ratio(QStringLiteral("beta")),
                      r.value(QStringLiteral("benchmark")).toString());
        t += m_persona.riskNote(m_profile, w.value(QStringLiteral("annual_volatility")));
        sug << suggestedQuestion("Stress test my portfolio") << suggestedQuestion("Explain CVaR");
    } else if (form == QLatin1String("monte_carlo")) {
        t = said(userText("sn::advisor::OfflineAdvisor", "Monte Carlo (%1, %2 paths, %3 trading days) from "
                                                         "%4: median outcome %5 (%6); 5th percentile "
                                                         "%7 (%8); 95th percentile %9 (%10).\n\n"))
                .arg(named(DataText::ProjectionMethod, r.value(QStringLiteral("method"))),
                     w.count(QStringLiteral("paths")), w.count(QStringLiteral("steps")),
                     w.money(QStringLiteral("start_value")), w.money(QStringLiteral("end.p50.value")),
                     w.pct(QStringLiteral("end.p50.change")), w.money(QStringLiteral("end.p5.value")),
                     w.pct(QStringLiteral("end.p5.change")), w.money(QStringLiteral("end.p95.value")))
                .arg(w.pct(QStringLiteral("end.p95.change")));
        t += m_persona.take(byThreshold(w.value(QStringLiteral("end.p50.change")), 0.0)) +
             said(userText("sn::advisor::OfflineAdvisor",
                           " A projection resamples the past; it is not a forecast."));
        sug << suggestedQuestion("Stress test my portfolio") << suggestedQuestion("Explain Monte Carlo");
    } else if (form == QLatin1String("stress")) {
        t = said(userText("sn::advisor::OfflineAdvisor", "Stress scenarios on portfolio **%1**:\n\n"))
                .arg(data.value(QStringLiteral("portfolio")).toString());
        const QJsonArray sc = r.value(QStringLiteral("scenarios")).toArray();
        for (qsizetype i = 0; i < sc.size(); ++i)
            t += said(userText("sn::advisor::OfflineAdvisor", "- **%1**: %2 (%3 of %4)\n"))
                     .arg(named(DataText::StressScenario, sc[i][QStringLiteral("scenario")]),
                          w.money(idx("scenarios.", i, ".pnl")), w.pct(idx("scenarios.", i, ".change")),
                          w.money(idx("scenarios.", i, ".total_value")));
        bool anyLoss = false;
        for (const QJsonValue &scenario : sc)
            anyLoss = anyLoss || scenario[QStringLiteral("change")].toDouble() < 0;
        t += QStringLiteral("\n") + m_persona.riskNote(m_profile, std::nan("")) +
             m_persona.stressTake(anyLoss);
        sug << suggestedQuestion("What is my portfolio's 95% VaR and what drives it?")
            << suggestedQuestion("Propose a rebalance of my portfolio");
    } else if (form == QLatin1String("rebalance")) {
        t = said(userText("sn::advisor::OfflineAdvisor",
                          "**Proposal only, nothing was changed** (%1). Portfolio value %2; trades:\n\n"))
                .arg(r.value(QStringLiteral("basis")).toString(), w.money(QStringLiteral("total_value")));
        const QJsonArray trades = r.value(QStringLiteral("trades")).toArray();
        for (qsizetype i = 0; i < trades.size(); ++i)
            t += said(userText("sn::advisor::OfflineAdvisor", "- %1 %2 %3 (value %4, fee %5)\n"))
                     .arg(sideText(trades[i][QStringLiteral("side")].toString()),
                          w.ratio(idx("trades.", i, ".quantity")),
                          trades[i][QStringLiteral("symbol")].toString(),
                          w.money(idx("trades.", i, ".value")), w.money(idx("trades.", i, ".fee")));
        if (trades.isEmpty())
            t += said(userText("sn::advisor::OfflineAdvisor", "- no trades needed\n"));
        t += said(userText("sn::advisor::OfflineAdvisor",
                           "\nCash after: %1. Applying these trades needs your explicit confirmation."))
                 .arg(w.money(QStringLiteral("cash_after")));
        sug << suggestedQuestion("What is my portfolio's 95% VaR and what drives it?")
            << suggestedQuestion("Stress test my portfolio");
    } else if (form == QLatin1String("explain")) {
        const QJsonArray methods = r.value(QStringLiteral("methods")).toArray();
        if (methods.isEmpty()) {
            t = said(userText("sn::advisor::OfflineAdvisor", "**%1**\n\nFormula: %2\n"))
                    .arg(named(DataText::Metric, r.value(QStringLiteral("metric"))),
                         named(DataText::Formula, r.value(QStringLiteral("formula"))));
        } else {
            // One line per method, each named as the Risk area names it.
            const bool projection =
                r.value(QStringLiteral("metric")).toString() == QLatin1String("monte_carlo");
            t = said(userText("sn::advisor::OfflineAdvisor", "**%1**\n\nFormula by method:\n\n"))
                    .arg(named(DataText::Metric, r.value(QStringLiteral("metric"))));
            for (const QJsonValue &m : methods)
                t += QStringLiteral("- %1: %2\n")
                         .arg(named(projection ? DataText::ProjectionMethod : DataText::VarMethod,
                                    m[QStringLiteral("method")]),
                              named(DataText::Formula, m[QStringLiteral("formula")]));
        }
        if (!r.value(QStringLiteral("convention")).toString().isEmpty())
            t += said(userText("sn::advisor::OfflineAdvisor", "\nConvention: %1\n"))
                     .arg(named(DataText::Formula, r.value(QStringLiteral("convention"))));
        const QJsonObject profile = r.value(QStringLiteral("profile")).toObject();
        t += said(userText("sn::advisor::OfflineAdvisor",
                           "\nSuperNova's profile \"%1\": %2 periods per year, ddof %3, risk-free %4.\n"))
                 .arg(named(DataText::Convention, profile.value(QStringLiteral("name"))),
                      w.count(QStringLiteral("profile.periods_per_year")),
                      w.count(QStringLiteral("profile.ddof")), w.pct(QStringLiteral("profile.risk_free")));
        const QJsonObject others = r.value(QStringLiteral("other_profiles")).toObject();
        if (!others.isEmpty()) {
            t += said(userText("sn::advisor::OfflineAdvisor", "\nOther tools define it differently:\n\n"));
            for (auto it = others.begin(); it != others.end(); ++it)
                t += QStringLiteral("- %1: %2\n").arg(it.key(), it.value().toString());
        }
        sug << suggestedQuestion("What's my portfolio's Sharpe ratio and max drawdown?")
            << suggestedQuestion("Explain CVaR");
    }
    if (!data.isEmpty())
        t += QStringLiteral("\n\n") + citeLine(data);
    return t;
}

} // namespace sn::advisor
