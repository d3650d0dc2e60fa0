#include "core/advisor/tools/QuestionParser.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>
#include <map>

namespace sn::advisor {

namespace {

bool has(const QString &text, const QString &pattern)
{
    return QRegularExpression(pattern).match(text).hasMatch();
}

QRegularExpressionMatch find(const QString &text, const QString &pattern)
{
    return QRegularExpression(pattern).match(text);
}

const QString kDate = QStringLiteral("(\\d{4}-\\d{2}-\\d{2}|\\d{4})");

QString startOf(const QString &d)
{
    return d.size() == 4 ? d + QStringLiteral("-01-01") : d;
}

QString endOf(const QString &d)
{
    return d.size() == 4 ? d + QStringLiteral("-12-31") : d;
}

void readDates(const QString &t, ParsedQuestion &q)
{
    auto range = find(t, QStringLiteral("\\b(?:from|von|between|zwischen|desde|entre)\\s+") + kDate +
                             QStringLiteral("\\s+(?:to|until|bis|and|und|-|hasta|y)\\s+") + kDate);
    if (range.hasMatch()) {
        q.arguments.insert(QStringLiteral("from"), startOf(range.captured(1)));
        q.arguments.insert(QStringLiteral("to"), endOf(range.captured(2)));
        return;
    }
    auto since = find(t, QStringLiteral("\\b(?:since|seit|from|after|ab|starting|desde)\\s+") + kDate);
    if (since.hasMatch())
        q.arguments.insert(QStringLiteral("from"), startOf(since.captured(1)));
    auto until = find(t, QStringLiteral("\\b(?:until|till|through|bis|to|before|hasta)\\s+") + kDate);
    if (until.hasMatch())
        q.arguments.insert(QStringLiteral("to"), endOf(until.captured(1)));
    auto in = find(t, QStringLiteral("\\b(?:in|im jahr|during)\\s+(\\d{4})\\b"));
    if (in.hasMatch() && !since.hasMatch() && !until.hasMatch()) {
        q.arguments.insert(QStringLiteral("from"), startOf(in.captured(1)));
        q.arguments.insert(QStringLiteral("to"), endOf(in.captured(1)));
    }
    auto last = find(t, QStringLiteral("(?:\\b(?:last|past|letzten?|vergangenen?)|\u00faltimos)\\s+(\\d+)\\s+"
                                       "(?:years?|jahre?n?|a\u00f1os)\\b"));
    if (last.hasMatch())
        q.lastYears = last.captured(1).toInt();
    else if (has(t, QStringLiteral("\\b(?:last|past)\\s+year\\b|\\bletzte[sn]? jahr\\b")))
        q.lastYears = 1;
}

// The strategy named by keyword; empty when none.
QString strategyOf(const QString &t)
{
    if (has(t, QStringLiteral("\\bmacd\\b")))
        return QStringLiteral("macd_cross");
    if (has(t, QStringLiteral("\\bbollinger\\b")))
        return has(t, QStringLiteral("breakout")) ? QStringLiteral("bollinger_breakout")
                                                  : QStringLiteral("bollinger_reversion");
    if (has(t, QStringLiteral("\\bdonchian\\b|\\bbreakout\\b|\\bchannel\\b")))
        return QStringLiteral("donchian_breakout");
    if (has(t, QStringLiteral("\\brsi\\b|mean reversion|oversold")))
        return QStringLiteral("rsi_reversion");
    if (has(t, QStringLiteral("\\bema\\b|exponential")))
        return QStringLiteral("ema_cross");
    if (has(t, QStringLiteral("\\bsma\\b|crossover|cross\\b|moving average|golden cross|gleitende")))
        return QStringLiteral("sma_cross");
    if (has(t, QStringLiteral("buy (?:and|&) hold|buy-and-hold|kaufen und halten")))
        return QStringLiteral("buy_hold");
    return {};
}

// "20/50", "20 and 50", "fast 20 slow 50" as the strategy's first two parameters.
void readPair(const QString &t, const QString &strategy, QJsonObject &params)
{
    static const std::map<QString, std::pair<const char *, const char *>> names{
        {QStringLiteral("sma_cross"), {"fast", "slow"}},
        {QStringLiteral("ema_cross"), {"fast", "slow"}},
        {QStringLiteral("macd_cross"), {"fast", "slow"}},
        {QStringLiteral("rsi_reversion"), {"lower", "upper"}},
        {QStringLiteral("donchian_breakout"), {"period", "exit_period"}}};
    auto it = names.find(strategy);
    if (it == names.end())
        return;
    auto pair = find(t, QStringLiteral("\\b(\\d{1,3})\\s*(?:/|and|und|vs)\\s*(\\d{1,3})\\b(?!-)"));
    if (pair.hasMatch()) {
        params.insert(QString::fromLatin1(it->second.first), pair.captured(1).toDouble());
        params.insert(QString::fromLatin1(it->second.second), pair.captured(2).toDouble());
    }
    for (const char *name : {"fast", "slow", "period", "signal", "lower", "upper"}) {
        auto named = find(
            t,
            QStringLiteral("\\b%1\\s*(?:=|of|:)?\\s*(\\d+(?:\\.\\d+)?)\\b").arg(QString::fromLatin1(name)));
        if (named.hasMatch())
            params.insert(QString::fromLatin1(name), named.captured(1).toDouble());
    }
    if (strategy == QLatin1String("rsi_reversion") && !params.contains(QStringLiteral("period"))) {
        auto period = find(t, QStringLiteral("\\brsi\\s*\\(?(\\d{1,3})\\b(?!\\s*/)"));
        if (period.hasMatch())
            params.insert(QStringLiteral("period"), period.captured(1).toDouble());
    }
}

QString indicatorOf(const QString &t)
{
    static const std::vector<std::pair<QString, QString>> words{
        {QStringLiteral("\\bmacd\\b"), QStringLiteral("macd")},
        {QStringLiteral("\\bbollinger"), QStringLiteral("bollinger")},
        {QStringLiteral("\\brsi\\b|relative strength"), QStringLiteral("rsi")},
        {QStringLiteral("\\bema\\b|exponential moving"), QStringLiteral("ema")},
        {QStringLiteral("\\bsma\\b|simple moving|moving average|gleitende"), QStringLiteral("sma")},
        {QStringLiteral("\\batr\\b|average true range"), QStringLiteral("atr")},
        {QStringLiteral("\\bstochastic"), QStringLiteral("stochastic")},
        {QStringLiteral("\\bdonchian"), QStringLiteral("donchian")},
        {QStringLiteral("\\bobv\\b|on-balance"), QStringLiteral("obv")},
        {QStringLiteral("\\broc\\b|rate of change"), QStringLiteral("roc")}};
    for (const auto &[pattern, name] : words)
        if (has(t, pattern))
            return name;
    return {};
}

// Metric names of explain_metric by the words people use.
QString metricOf(const QString &t)
{
    static const std::vector<std::pair<QString, QString>> words{
        {QStringLiteral("\\bcvar\\b|expected shortfall|conditional value"), QStringLiteral("cvar")},
        {QStringLiteral("component var|risk contribution"), QStringLiteral("component_var")},
        {QStringLiteral("\\bvar\\b|value at risk"), QStringLiteral("var")},
        {QStringLiteral("sharpe"), QStringLiteral("sharpe")},
        {QStringLiteral("sortino"), QStringLiteral("sortino")},
        {QStringLiteral("calmar"), QStringLiteral("calmar")},
        {QStringLiteral("draw ?down"), QStringLiteral("max_drawdown")},
        {QStringLiteral("volatility|volatilit\u00e4t|volatilidad|\\bvol\\b"),
         QStringLiteral("annual_volatility")},
        {QStringLiteral("\\bcagr\\b|compound annual"), QStringLiteral("cagr")},
        {QStringLiteral("\\bbeta\\b"), QStringLiteral("beta")},
        {QStringLiteral("\\balpha\\b"), QStringLiteral("alpha")},
        {QStringLiteral("tracking error"), QStringLiteral("tracking_error")},
        {QStringLiteral("information ratio"), QStringLiteral("information_ratio")},
        {QStringLiteral("ttwror|\\btwr\\b|time.weighted"), QStringLiteral("ttwror")},
        {QStringLiteral("\\birr\\b|internal rate|money.weighted"), QStringLiteral("irr")},
        {QStringLiteral("profit factor"), QStringLiteral("profit_factor")},
        {QStringLiteral("win rate|hit rate"), QStringLiteral("win_rate")},
        {QStringLiteral("expectancy"), QStringLiteral("expectancy")},
        {QStringLiteral("exposure"), QStringLiteral("exposure")},
        {QStringLiteral("total return"), QStringLiteral("total_return")},
        {QStringLiteral("monte.?carlo"), QStringLiteral("monte_carlo")},
        {QStringLiteral("stress test"), QStringLiteral("stress_test")},
        {QStringLiteral("rebalanc"), QStringLiteral("rebalance")}};
    for (const auto &[pattern, name] : words)
        if (has(t, pattern))
            return name;
    return {};
}

void readGrid(const QString &strategy, QJsonObject &args)
{
    // A coarse default grid around the usual values of each strategy; the
    // answer says which grid it swept.
    auto range = [](const char *name, double a, double b, double step) {
        return QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                           {QStringLiteral("start"), a},
                           {QStringLiteral("stop"), b},
                           {QStringLiteral("step"), step}};
    };
    QJsonArray grid;
    if (strategy == QLatin1String("rsi_reversion"))
        grid = {range("lower", 20, 40, 5), range("upper", 60, 80, 5)};
    else if (strategy == QLatin1String("donchian_breakout"))
        grid = {range("period", 10, 60, 10), range("exit_period", 5, 30, 5)};
    else if (strategy == QLatin1String("bollinger_reversion") ||
             strategy == QLatin1String("bollinger_breakout"))
        grid = {range("period", 10, 40, 5), range("k", 1.5, 3, 0.5)};
    else if (strategy == QLatin1String("macd_cross"))
        grid = {range("fast", 6, 18, 3), range("slow", 20, 40, 5)};
    else
        grid = {range("fast", 5, 50, 5), range("slow", 20, 200, 20)};
    args.insert(QStringLiteral("grid"), grid);
}

} // namespace

QuestionParser::QuestionParser(std::vector<KnownInstrument> instruments)
    : m_instruments(std::move(instruments))
{
}

QString QuestionParser::normalise(const QString &question)
{
    QString t = question.toLower();
    t.replace(QRegularExpression(QStringLiteral("[^\\w%/&^.:\\- ]+"),
                                 QRegularExpression::UseUnicodePropertiesOption),
              QStringLiteral(" "));
    t.replace(QRegularExpression(QStringLiteral("(?<=\\D)\\.|\\.(?=\\D|$)")), QStringLiteral(" "));
    t.replace(QStringLiteral("optimis"), QStringLiteral("optimiz"));
    t.replace(QStringLiteral("kaufen und halten"), QStringLiteral("buy and hold"));
    return t.simplified();
}

QStringList QuestionParser::findSymbols(const QString &original, const QString &normalised) const
{
    std::vector<std::pair<qsizetype, QString>> found;
    auto note = [&](qsizetype at, const QString &symbol) {
        for (const auto &f : found)
            if (f.second == symbol)
                return;
        found.emplace_back(at, symbol);
    };
    for (const KnownInstrument &i : m_instruments) {
        const QString plain = QString(i.symbol).remove(QLatin1Char('^'));
        // Short tickers only as written in capitals, so "it" is not IT.
        const bool caseless = plain.size() >= 4;
        const QRegularExpression re(
            QStringLiteral("(?<![\\w^])\\^?%1(?!\\w)").arg(QRegularExpression::escape(plain)),
            caseless ? QRegularExpression::CaseInsensitiveOption : QRegularExpression::NoPatternOption);
        auto m = re.match(original);
        if (m.hasMatch())
            note(m.capturedStart(), i.symbol);
        if (i.symbol == QLatin1String("^GSPC")) {
            auto alias = find(normalised, QStringLiteral("s&p(?: ?500)?|\\bsp ?500\\b|\\bspx\\b|\\bsnp\\b"));
            if (alias.hasMatch())
                note(alias.capturedStart(), i.symbol);
        }
        static const QStringList generic{QStringLiteral("international"), QStringLiteral("the"),
                                         QStringLiteral("s&p"), QStringLiteral("general"),
                                         QStringLiteral("american")};
        QString first = i.name.section(QLatin1Char(' '), 0, 0).toLower();
        first = first.section(QLatin1Char('.'), 0, 0);
        if (first.size() >= 4 && !generic.contains(first)) {
            auto byName = find(normalised, QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(first)));
            if (byName.hasMatch())
                note(byName.capturedStart(), i.symbol);
        }
    }
    std::sort(found.begin(), found.end());
    QStringList out;
    for (const auto &f : found)
        out << f.second;
    return out;
}

ParsedQuestion QuestionParser::parse(const QString &question) const
{
    ParsedQuestion q;
    const QString t = normalise(question);
    q.symbols = findSymbols(question, t);
    readDates(t, q);
    QJsonObject &a = q.arguments;
    const bool aboutPortfolio =
        has(t, QStringLiteral(
                   "\\bmy\\b|portfolio|holdings|depot|\\bmein|\\bi hold\\b|\\bi own\\b|cartera|portafolio"));
    auto set = [&q](const char *form, const char *tool) {
        q.form = QString::fromLatin1(form);
        q.tool = QString::fromLatin1(tool);
    };
    auto symbolArg = [&] {
        if (!q.symbols.isEmpty())
            a.insert(QStringLiteral("symbol"), q.symbols.front());
    };
    auto dropDates = [&] {
        a.remove(QStringLiteral("from"));
        a.remove(QStringLiteral("to"));
    };

    // A strategy rule to backtest: its text between backticks (statements
    // separated by ';' or new lines), or the name of a stored rule. Read from
    // the question as written, and the rule's text kept out of the symbol
    // and date search (its 'close' or '50' are not a symbol or a year).
    static const QRegularExpression typedRule(QStringLiteral("\\b(?:rule|regel|regla)\\s*`([^`]+)`"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression namedRule(
        QStringLiteral("\\b(?:stored\\s+)?(?:rule|regel|regla)\\s+(?:named\\s+|called\\s+)?([A-Za-z0-9][A-Za-"
                       "z0-9_.-]*)\\s+(?"
                       ":on|auf|en)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (has(t, QStringLiteral("backtest|back-test|\\btest\\b|\\brun\\b|teste"))) {
        const auto typed = typedRule.match(question);
        const auto named = typed.hasMatch() ? QRegularExpressionMatch() : namedRule.match(question);
        if (typed.hasMatch() || named.hasMatch()) {
            set("backtest_rule", "backtest_rule");
            QString rest = question;
            if (typed.hasMatch())
                rest.remove(typed.capturedStart(1), typed.capturedLength(1));
            const QString r = normalise(rest);
            q.symbols = findSymbols(rest, r);
            a = {};
            q.lastYears.reset();
            readDates(r, q);
            symbolArg();
            if (typed.hasMatch()) {
                QStringList lines;
                for (const QString &line :
                     typed.captured(1).split(QRegularExpression(QStringLiteral("[;\\n]"))))
                    if (!line.trimmed().isEmpty())
                        lines << line.trimmed();
                a.insert(QStringLiteral("rule"), QString(lines.join(QLatin1Char('\n')) + QLatin1Char('\n')));
            } else {
                a.insert(QStringLiteral("rule_name"), named.captured(1));
            }
            q.compareBuyAndHold = has(r, QStringLiteral("buy (?:and|&) hold|buy-and-hold|benchmark|passive"));
            return q;
        }
    }
    if (t.isEmpty() ||
        has(t, QStringLiteral(
                   "^(?:help|hilfe|ayuda|\\?)$|what can (?:you|i) (?:do|ask)|was kann ich (?:fragen|tun)|"
                   "was kannst du|how do i use|what do you do|puedo preguntar|puedes hacer"))) {
        q.form = QStringLiteral("help");
        a = {};
        return q;
    }
    const QString metric = metricOf(t);
    if (!metric.isEmpty() && !aboutPortfolio && q.symbols.isEmpty() &&
        has(t,
            QStringLiteral(
                "^(?:explain|erkl\u00e4re?|define|expl\u00edca(?:me)?|explica)\\b|what (?:is|are|does)|was "
                "(?:ist|bedeutet)|how is .* (?:computed|calculated)|meaning of|qu\u00e9 "
                "(?:es|significa)\\b"))) {
        set("explain", "explain_metric");
        a = {{QStringLiteral("metric"), metric}};
        return q;
    }
    const QString strategy = strategyOf(t);
    if (has(t, QStringLiteral("walk.?forward|out.of.sample"))) {
        set("walk_forward", "walk_forward");
        symbolArg();
        a.insert(QStringLiteral("strategy"), strategy.isEmpty() || strategy == QLatin1String("buy_hold")
                                                 ? QStringLiteral("sma_cross")
                                                 : strategy);
        readGrid(a.value(QStringLiteral("strategy")).toString(), a);
        return q;
    }
    if (has(t, QStringLiteral("optimiz|optimier|best param|best setting|sweep|tune|beste param"))) {
        set("optimize", "optimize");
        symbolArg();
        a.insert(QStringLiteral("strategy"), strategy.isEmpty() || strategy == QLatin1String("buy_hold")
                                                 ? QStringLiteral("sma_cross")
                                                 : strategy);
        readGrid(a.value(QStringLiteral("strategy")).toString(), a);
        return q;
    }
    if (has(t, QStringLiteral("strateg")) &&
        has(t,
            QStringLiteral("\\b(?:list|which|what|show|available|welche|zeige|gibt es|disponibles?)\\b")) &&
        !has(t, QStringLiteral("backtest"))) {
        set("list_strategies", "list_strategies");
        a = {};
        return q;
    }
    if (has(t, QStringLiteral("backtest|back-test|\\btest (?:a|an|the)\\b|\\bsimulate "
                              "(?:a|an|the)\\b.*(?:cross|strategy|rsi)|"
                              "beat buy|beats buy|outperform buy|teste")) ||
        (!strategy.isEmpty() && strategy != QLatin1String("buy_hold") && !q.symbols.isEmpty() &&
         has(t, QStringLiteral("\\bon\\b|\\bauf\\b|\\ben\\b|strategy|trade")) &&
         !has(t, QStringLiteral("value|wert|current|latest|aktuell")))) {
        set("backtest", "run_backtest");
        symbolArg();
        const QString s = strategy.isEmpty() ? QStringLiteral("sma_cross") : strategy;
        a.insert(QStringLiteral("strategy"), s);
        QJsonObject params;
        readPair(t, s, params);
        if (!params.isEmpty())
            a.insert(QStringLiteral("params"), params);
        auto commission =
            find(t, QStringLiteral("(\\d+(?:\\.\\d+)?)\\s*%\\s*(?:commission|fees?|costs?|geb\u00fchr)"));
        if (commission.hasMatch())
            a.insert(QStringLiteral("commission"), commission.captured(1).toDouble() / 100.0);
        q.compareBuyAndHold = has(t, QStringLiteral("buy (?:and|&) hold|buy-and-hold|benchmark|passive"));
        return q;
    }
    if (has(t, QStringLiteral("watch ?list|beobachtungsliste|listas? de seguimiento"))) {
        set("list_watchlists", "list_watchlists");
        a = {};
        return q;
    }
    if (has(t, QStringLiteral("\\binstruments?\\b|\\binstrumentos\\b|\\bsymbols?\\b|what data|which "
                              "data|which stocks|what stocks|"
                              "welche (?:daten|aktien|instrumente)|what can i (?:analy|trade)|list (?:all "
                              ")?(?:my )?(?:data|stocks)")) &&
        q.symbols.isEmpty()) {
        set("list_instruments", "list_instruments");
        a = {};
        return q;
    }
    const QString indicator = indicatorOf(t);
    if (!indicator.isEmpty() && !q.symbols.isEmpty() && !aboutPortfolio) {
        set("indicator", "compute_indicator");
        a.insert(QStringLiteral("symbol"), q.symbols.front());
        a.insert(QStringLiteral("indicator"), indicator);
        auto period = find(
            t, QStringLiteral("\\b(?:%1)\\s*\\(?\\s*(\\d{1,3})\\b|\\b(\\d{1,3})[- ](?:day|bar|period|tage)")
                   .arg(indicator == QLatin1String("bollinger") ? QStringLiteral("bollinger(?: bands?)?")
                                                                : indicator));
        if (period.hasMatch() && indicator != QLatin1String("macd") && indicator != QLatin1String("obv"))
            a.insert(
                QStringLiteral("params"),
                QJsonObject{
                    {QStringLiteral("period"),
                     (period.captured(1).isEmpty() ? period.captured(2) : period.captured(1)).toDouble()}});
        dropDates();
        return q;
    }
    if (q.symbols.size() >= 2 && !aboutPortfolio) {
        set("compare", "compare_instruments");
        a.insert(QStringLiteral("symbols"), QJsonArray::fromStringList(q.symbols.mid(0, 5)));
        return q;
    }
    if (aboutPortfolio ||
        has(t, QStringLiteral(
                   "\\bvar\\b|value at risk|cvar|monte.?carlo|stress|estr\u00e9s|rebalanc|umschicht"))) {
        if (has(t, QStringLiteral("rebalanc|umschicht|target weight|zielgewicht"))) {
            set("rebalance", "rebalance_proposal");
            dropDates();
            QJsonObject targets;
            QRegularExpressionMatchIterator it =
                QRegularExpression(
                    QStringLiteral("(\\d{1,3}(?:\\.\\d+)?)\\s*%\\s*(?:in\\s+|of\\s+)?(\\^?[a-z][a-z0-9.]*)"))
                    .globalMatch(t);
            while (it.hasNext()) {
                auto m = it.next();
                for (const KnownInstrument &i : m_instruments)
                    if (i.symbol.compare(m.captured(2), Qt::CaseInsensitive) == 0)
                        targets.insert(i.symbol, m.captured(1).toDouble() / 100.0);
            }
            if (!targets.isEmpty())
                a.insert(QStringLiteral("targets"), targets);
            return q;
        }
        if (has(t, QStringLiteral("stress|estr\u00e9s|crash|what if|was w\u00e4re "
                                  "wenn|drops?|falls?|fallen|einbruch|2008|financial crisis"))) {
            set("stress", "stress_test");
            dropDates();
            auto drop = find(t, QStringLiteral("(\\d{1,3})\\s*%"));
            if (drop.hasMatch() && has(t, QStringLiteral("drop|fall|crash|down|einbruch|f\u00e4llt|lose")))
                a.insert(QStringLiteral("shock_all"), -drop.captured(1).toDouble() / 100.0);
            return q;
        }
        if (has(t, QStringLiteral("monte.?carlo|simulat|project|forecast|prognose|projektion|proyecci|"
                                  "in \\d+ years?|in \\d+ jahren|future|zukunft"))) {
            set("monte_carlo", "monte_carlo");
            dropDates();
            auto years = find(t, QStringLiteral("(\\d+)\\s*(?:years?|jahre?n?|a\u00f1os?)"));
            if (years.hasMatch())
                a.insert(QStringLiteral("steps"), std::clamp(years.captured(1).toInt(), 1, 10) * 252);
            auto target = find(t, QStringLiteral("(?:reach|gain|grow|target|ziel)\\D{0,20}(\\d{1,3})\\s*%"));
            if (target.hasMatch())
                a.insert(QStringLiteral("target_change"), target.captured(1).toDouble() / 100.0);
            return q;
        }
        if (has(t, QStringLiteral(
                       "\\bvar\\b|cvar|value at risk|expected shortfall|what drives|risk|risiko|riesgo"))) {
            set("var", "portfolio_risk");
            q.focus = QStringLiteral("var");
            auto conf = find(t, QStringLiteral("(\\d{2}(?:\\.\\d+)?)\\s*%"));
            if (conf.hasMatch()) {
                const double c = conf.captured(1).toDouble() / 100.0;
                if (c >= 0.5 && c < 1.0)
                    a.insert(QStringLiteral("confidence"), c);
            }
            auto horizon = find(t, QStringLiteral("(\\d{1,3})[- ]?(?:trading )?(?:days?|tage?n?|d)\\b"));
            if (horizon.hasMatch())
                a.insert(QStringLiteral("horizon_days"), std::clamp(horizon.captured(1).toInt(), 1, 250));
            if (has(t, QStringLiteral("parametric|normal")))
                a.insert(QStringLiteral("method"), QStringLiteral("normal"));
            else if (has(t, QStringLiteral("cornish")))
                a.insert(QStringLiteral("method"), QStringLiteral("cornish_fisher"));
            else if (has(t, QStringLiteral("monte carlo var")))
                a.insert(QStringLiteral("method"), QStringLiteral("monte_carlo"));
            return q;
        }
        if (has(t, QStringLiteral("volatil|sharpe|sortino|draw ?down|\\bbeta\\b|how risky|schwankung"))) {
            set("risk_stats", "portfolio_risk");
            q.focus = has(t, QStringLiteral("sharpe|sortino")) ? QStringLiteral("sharpe")
                      : has(t, QStringLiteral("draw ?down"))   ? QStringLiteral("drawdown")
                      : has(t, QStringLiteral("\\bbeta\\b"))   ? QStringLiteral("beta")
                                                               : QStringLiteral("volatility");
            return q;
        }
        if (has(t, QStringLiteral("perform|\\btwr\\b|ttwror|\\birr\\b|return|rendite|rentabilidad|"
                                  "rendimiento|entwickelt|how (?:did|has|have) .* "
                                  "do|gain|made"))) {
            set("performance", "portfolio_performance");
            return q;
        }
        if (aboutPortfolio) {
            set("portfolio_summary", "portfolio_summary");
            dropDates();
            return q;
        }
    }
    if (!q.symbols.isEmpty()) {
        set("price_summary", "price_summary");
        symbolArg();
        return q;
    }
    q.form = QStringLiteral("unknown");
    return q;
}

} // namespace sn::advisor
