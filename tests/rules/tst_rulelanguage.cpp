// The rule language's front end: a corpus of good rules that must compile
// (and what they compile to), and of bad rules whose every diagnostic is
// checked: message, line:column, caret and hint.
#include "core/rules/RuleCatalog.h"
#include "core/rules/RuleParser.h"
#include "core/rules/RuleStrategy.h"

#include <QTest>
#include <random>

using namespace sn;
using namespace sn::rules;

namespace {

std::vector<Diagnostic> diagnosticsOf(const std::string &text)
{
    std::vector<Diagnostic> d;
    auto rule = RuleStrategy::compile(text, "t", d);
    if (rule && !d.empty())
        qWarning("compiled with diagnostics");
    return d;
}

std::string where(const Diagnostic &d)
{
    return std::to_string(d.at.line) + ":" + std::to_string(d.at.column) + "+" + std::to_string(d.at.length);
}

} // namespace

class TestRuleLanguage : public QObject
{
    Q_OBJECT
private slots:
    void goodRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("params");
        QTest::addColumn<bool>("shorts");
        QTest::newRow("issue example")
            << QStringLiteral(
                   "param fast: int = 10 in 2..200\n"
                   "param slow: int = 30 in 5..400\n"
                   "param rsi_max: float = 70\n"
                   "entry  = cross_above(sma(close, fast), sma(close, slow)) and rsi(close, 14) < rsi_max\n"
                   "exit   = cross_below(sma(close, fast), sma(close, slow))\n"
                   "stop_loss = 0.05          # optional: a fraction of the entry price\n")
            << 3 << false;
        QTest::newRow("every function")
            << QStringLiteral(
                   "param n: int = 14 in 2..100\n"
                   "let a = sma(close, n) + ema(close, n) + wma(close, n) + rsi(close, n) + roc(close, n)\n"
                   "let b = macd_line(close, 12, 26, 9) - macd_signal(close, 12, 26, 9) + macd_hist(close, "
                   "12, 26, 9)\n"
                   "let c = bb_mid(close, 20, 2) + bb_upper(close, 20, 2) + bb_lower(close, 20, 2.5) + "
                   "atr(n)\n"
                   "let d = stoch_k(14, 3, 3) + stoch_d(14, 3, 3) + obv() + highest(high, n) + lowest(low, "
                   "n) + sum(volume, 5)\n"
                   "let e = mean(open, 3) + abs(close - open) + min(high, 3) + max(low, close[2]) + "
                   "bars_since(close > open)\n"
                   "entry = a > b and (c < d or not (e == 1)) and if(close > open, close, open) > 0\n"
                   "exit = cross_below(rsi(close, n), 70) or cross_above(close, 1e9)\n"
                   "short_entry = false\n")
            << 1 << true;
        QTest::newRow("continuation inside brackets")
            << QStringLiteral("entry = cross_above(\n    sma(close, 5),\n    sma(close, 20))\n") << 0
            << false;
        QTest::newRow("comments and blank lines")
            << QStringLiteral("# a comment\n\nentry = close > open # why\n\n") << 0 << false;
        QTest::newRow("lag by parameter")
            << QStringLiteral("param k: int = 1 in 0..5\nentry = close > close[k]\n") << 1 << false;
        QTest::newRow("indicator of an indicator")
            << QStringLiteral("entry = sma(rsi(close, 14), 5)[1] < 30\n") << 0 << false;
    }

    void goodRules()
    {
        QFETCH(QString, text);
        QFETCH(int, params);
        QFETCH(bool, shorts);
        std::vector<Diagnostic> d;
        auto rule = RuleStrategy::compile(text.toStdString(), "good", d);
        QVERIFY2(rule, formatAll(d, text.toStdString(), "good").c_str());
        QCOMPARE(int(rule->info().params.size()), params);
        QCOMPARE(rule->info().supportsShort, shorts);
    }

    void paramDeclarations()
    {
        std::vector<Diagnostic> d;
        auto rule = RuleStrategy::compile(
            "param fast: int = 10 in 2..200   # fast length\n"
            "param slow: int = 30 in 5..400\n"
            "param level: float = 0.5 in -1..1\n"
            "require fast < slow\n"
            "entry = cross_above(sma(close, fast), sma(close, slow)) and close > level\n",
            "p", d);
        QVERIFY(rule);
        const auto &p = rule->info().params;
        QCOMPARE(p[0].name, std::string("fast"));
        QCOMPARE(p[0].type, bt::ParamType::Int);
        QCOMPARE(p[0].min, 2.0);
        QCOMPARE(p[0].max, 200.0);
        QCOMPARE(p[0].description, std::string("fast length"));
        QCOMPARE(p[2].type, bt::ParamType::Double);
        QCOMPARE(p[2].min, -1.0);
        QCOMPARE(rule->info().lessThan.size(), std::size_t(1));
        QVERIFY(!rule->info().validate(std::vector<double>{40, 30, 0}).ok()); // fast < slow broken
        QVERIFY(rule->info().validate(std::vector<double>{20, 30, 0}).ok());
        QCOMPARE(rule->warmup(std::vector<double>{10, 30, 0}), std::size_t(30));
        QCOMPARE(rule->info().description, std::string("strategy rule")); // no first-line comment
        auto described = RuleStrategy::compile("# Close above open\n\nentry = close > open\n", "d", d);
        QVERIFY(described);
        QCOMPARE(described->info().description, std::string("Close above open"));
    }

    void sharedSubExpressionsAreOneNode()
    {
        // sma(close, 10) written four times, close > open twice: one node each.
        std::vector<Diagnostic> d;
        auto rule = RuleStrategy::compile("entry = sma(close, 10) > sma(close, 10)[1] and close > open\n"
                                          "exit = sma(close, 10) < sma(close, 10)[1] and close > open\n",
                                          "cse", d);
        QVERIFY(rule);
        int smas = 0, greater = 0;
        for (const PlanNode &n : rule->plan().nodes) {
            smas += n.op == Op::Sma;
            greater +=
                n.op == Op::Gt && n.in[0] >= 0 && rule->plan().nodes[std::size_t(n.in[0])].op == Op::Close;
        }
        QCOMPARE(smas, 1);
        QCOMPARE(greater, 1);
        // The SMA of the close is served by the shared indicator cache.
        for (const PlanNode &n : rule->plan().nodes)
            if (n.op == Op::Sma)
                QVERIFY(n.cached);
    }

    void unusedLetsCostNothing()
    {
        std::vector<Diagnostic> d;
        auto rule = RuleStrategy::compile("let unused = ema(close, 50)\nentry = close > open\n", "dead", d);
        QVERIFY(rule);
        for (const PlanNode &n : rule->plan().nodes)
            QVERIFY(n.op != Op::Ema);
    }

    void constantsFold()
    {
        std::vector<Diagnostic> d;
        auto rule = RuleStrategy::compile("entry = close > sma(close, 2 * 7 + 1)\n", "fold", d);
        QVERIFY(rule);
        bool found = false;
        for (const PlanNode &n : rule->plan().nodes)
            if (n.op == Op::Sma) {
                const PlanNode &period = rule->plan().nodes[std::size_t(n.in[1])];
                QCOMPARE(period.op, Op::SConst);
                QCOMPARE(period.constant, 15.0);
                found = true;
            }
        QVERIFY(found);
    }

    void buffersAreReused()
    {
        // A long chain of derived series needs only a few buffers.
        std::string text = "let x0 = close\n";
        for (int i = 1; i <= 40; ++i)
            text += "let x" + std::to_string(i) + " = x" + std::to_string(i - 1) + " * 1.01 + " +
                    std::to_string(i) + "\n";
        text += "entry = x40 > close\n";
        std::vector<Diagnostic> d;
        auto rule = RuleStrategy::compile(text, "chain", d);
        QVERIFY(rule);
        QVERIFY2(rule->plan().numberSlots <= 3, std::to_string(rule->plan().numberSlots).c_str());
    }

    void badRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("where");   // line:column+length of the first diagnostic
        QTest::addColumn<QString>("message"); // its message
        QTest::addColumn<QString>("hint");    // its hint

        // Unknown names.
        QTest::newRow("unknown function") << QStringLiteral("entry = smaa(close, 10) > close\n") << "1:9+4"
                                          << "unknown function 'smaa'"
                                          << "did you mean 'sma'?";
        QTest::newRow("unknown series") << QStringLiteral("entry = closee > open\n") << "1:9+6"
                                        << "unknown name 'closee'"
                                        << "did you mean 'close'?";
        QTest::newRow("unknown name, no near one")
            << QStringLiteral("entry = zzzzzzzz > open\n") << "1:9+8"
            << "unknown name 'zzzzzzzz'"
            << "names are open, high, low, close, volume, declared parameters ('param'), 'let' names and "
               "functions such as sma(x, n)";
        QTest::newRow("unknown parameter name, near a declared one")
            << QStringLiteral("param fast: int = 10 in 1..100\nentry = close > sma(close, fats)\n")
            << "2:28+4"
            << "unknown name 'fats'"
            << "did you mean 'fast'?";
        QTest::newRow("unknown output") << QStringLiteral("entyr = close > open\n") << "1:1+5"
                                        << "unknown rule output 'entyr'"
                                        << "did you mean 'entry'?";
        QTest::newRow("output read as a value")
            << QStringLiteral("entry = close > open\nexit = not entry\n") << "2:12+5"
            << "'entry' is a rule output and cannot be read"
            << "name the condition with 'let' and use that name in both places";
        QTest::newRow("series called") << QStringLiteral("entry = close(1) > open\n") << "1:9+5"
                                       << "'close' is not a function"
                                       << "for the value k bars ago write close[k]";
        QTest::newRow("function not called") << QStringLiteral("entry = sma > open\n") << "1:9+3"
                                             << "'sma' is a function and needs arguments"
                                             << "call it as sma(x, n)";
        QTest::newRow("require unknown")
            << QStringLiteral("param fast: int = 10 in 1..20\nrequire fast < slow\nentry = true\n")
            << "2:16+4"
            << "'require' names unknown parameter 'slow'"
            << "declare it first: 'param slow: int = 10 in 1..100'";

        // Wrong types.
        QTest::newRow("condition as number")
            << QStringLiteral("entry = sma(close > open, 10) > 1\n") << "1:13+12"
            << "'x' of sma() must be a number series, got a condition series"
            << "e.g. sma(close, ...)";
        QTest::newRow("number as condition") << QStringLiteral("entry = sma(close, 10)\n") << "1:9+14"
                                             << "'entry' must be a condition, got a number series"
                                             << "compare it, e.g. 'close > sma(close, 50)'";
        QTest::newRow("series period") << QStringLiteral("entry = close > sma(close, volume)\n") << "1:28+6"
                                       << "'n' of sma() must be fixed for the run, got a number series"
                                       << "use a whole number or an int parameter, e.g. sma(close, 14)";
        QTest::newRow("fractional period") << QStringLiteral("entry = close > sma(close, 2.5)\n") << "1:28+3"
                                           << "'n' of sma() must be a whole number, got a number"
                                           << "a period counts bars; declare the parameter 'int'";
        QTest::newRow("and of numbers") << QStringLiteral("entry = close and open > 1\n") << "1:9+5"
                                        << "'and' joins conditions, got a number series"
                                        << "compare it, e.g. rsi(close, 14) < 30";
        QTest::newRow("arithmetic on a condition")
            << QStringLiteral("entry = (close > open) + 1 > 0\n") << "1:9+14"
            << "'+' needs numbers, got a condition series"
            << "use if(c, 1, 0) to turn a condition into a number";
        QTest::newRow("if branches differ")
            << QStringLiteral("entry = if(close > open, close, open > 1)\n") << "1:33+8"
            << "the two branches of if() differ: a number series and a condition series"
            << "both must be numbers or both conditions";
        QTest::newRow("stop as series")
            << QStringLiteral("entry = true\nstop_loss = 2 * atr(14)\n") << "2:13+11"
            << "'stop_loss' must be fixed for the run, got a number series"
            << "a fraction such as 0.05 or a float parameter; for a stop that moves with the bars write a "
               "distance in price: 'stop = 2 * atr(14)' (also 'target', 'trail')";
        QTest::newRow("distance as condition")
            << QStringLiteral("entry = true\ntrail = close > open\n") << "2:9+12"
            << "'trail' must be a number (a distance in price), got a condition series"
            << "e.g. 'trail = 2 * atr(14)'";
        QTest::newRow("ordering conditions")
            << QStringLiteral("entry = (close > open) < (open > close)\n") << "1:24+1"
            << "'<' cannot compare a condition series with a condition series"
            << "order comparisons take numbers";

        // Missing parameters (arguments) and declarations.
        QTest::newRow("missing argument") << QStringLiteral("entry = close > sma(close)\n") << "1:17+10"
                                          << "sma(x, n) is missing argument 'n'"
                                          << "2 arguments needed, 1 given: sma(x, n)";
        QTest::newRow("missing macd argument")
            << QStringLiteral("entry = macd_line(close, 12, 26) > 0\n") << "1:9+24"
            << "macd_line(x, fast, slow, signal) is missing argument 'signal'"
            << "4 arguments needed, 3 given: macd_line(x, fast, slow, signal)";
        QTest::newRow("extra argument") << QStringLiteral("entry = close > sma(close, 10, 3)\n") << "1:32+1"
                                        << "sma(x, n) takes 2 arguments, 3 given"
                                        << "remove the extra argument";
        QTest::newRow("period parameter without range")
            << QStringLiteral("param n: int = 14\nentry = rsi(close, n) < 30\n") << "2:20+1"
            << "parameter 'n' is used as a period but has no range"
            << "give it one: 'param n: int = 14 in 1..200'";
        QTest::newRow("period parameter can be zero")
            << QStringLiteral("param n: int = 14 in 0..50\nentry = rsi(close, n) < 30\n") << "2:20+1"
            << "parameter 'n' is used as a period but its range 0..50 goes outside 1..1e+06"
            << "a period is at least 1 bar: start the range at 1 or more";
        QTest::newRow("zero period") << QStringLiteral("entry = close > sma(close, 0)\n") << "1:28+1"
                                     << "'n' of sma() is 0, outside 1..1e+06"
                                     << "a period is at least 1 bar";
        QTest::newRow("no entry")
            << QStringLiteral("exit = close > open\n") << "1:1+1"
            << "the rule has no 'entry'"
            << "add a line such as 'entry = cross_above(sma(close, 10), sma(close, 30))'";
        QTest::newRow("param without default")
            << QStringLiteral("param fast: int in 1..10\nentry = true\n") << "1:17+2"
            << "expected '=', found 'in'"
            << "a parameter needs a default: 'param fast: int = 10'";
        QTest::newRow("unknown param type")
            << QStringLiteral("param fast: integer = 3\nentry = true\n") << "1:13+7"
            << "unknown parameter type 'integer'"
            << "a parameter is 'int' or 'float'";
        QTest::newRow("default outside range")
            << QStringLiteral("param fast: int = 300 in 1..200\nentry = true\n") << "1:7+4"
            << "the default of 'fast' (300) is outside its range 1..200"
            << "change the default or the range";
        QTest::newRow("defaults break require")
            << QStringLiteral(
                   "param a: int = 5 in 1..9\nparam b: int = 3 in 1..9\nrequire a < b\nentry = true\n")
            << "3:9+1"
            << "the defaults break 'require a < b' (a = 5, b = 3)"
            << "change the defaults";
        QTest::newRow("duplicate param")
            << QStringLiteral("param a: int = 5 in 1..9\nparam a: int = 3 in 1..9\nentry = true\n") << "2:7+1"
            << "parameter 'a' is declared twice"
            << "keep one declaration";
        QTest::newRow("output twice") << QStringLiteral("entry = true\nentry = false\n") << "2:1+5"
                                      << "'entry' is set twice"
                                      << "combine the conditions with 'or' / 'and' in one line";

        // Negative lag: no look-ahead is expressible.
        QTest::newRow("negative lag")
            << QStringLiteral("entry = close > close[-1]\n") << "1:23+2"
            << "negative lag -1: that would read a future bar"
            << "x[k] is the value k bars ago and k must be 0 or more (x[1] is the previous bar)";
        QTest::newRow("negative lag folded") << QStringLiteral("entry = close > close[1 - 3]\n") << "1:23+5"
                                             << "negative lag -2: that would read a future bar"
                                             << "x[k] is the value k bars ago and k must be 0 or more";
        QTest::newRow("lag parameter may be negative")
            << QStringLiteral("param k: int = 1 in -1..3\nentry = close > close[k]\n") << "2:23+1"
            << "parameter 'k' is used as a lag, so its range must lie in 0..1e+06 (it is -1..3)"
            << "a negative lag would read a future bar: 'param k: int = 1 in 0..10'";
        QTest::newRow("computed lag")
            << QStringLiteral("param k: int = 1 in 0..3\nentry = close > close[k + 1]\n") << "2:23+5"
            << "the lag must be a whole number or an int parameter"
            << "computed lags are not allowed, so a rule can be seen not to look ahead";
        QTest::newRow("series lag") << QStringLiteral("entry = close > close[volume]\n") << "1:23+6"
                                    << "the lag must be a whole number fixed for the run, got a number series"
                                    << "write x[1] or x[lag] with 'param lag: int = 1 in 0..10'";

        // Syntax.
        // Inside brackets a statement continues on the next line, so the
        // next statement's first word is where the ')' was missed.
        QTest::newRow("unclosed paren") << QStringLiteral("entry = (close > open\nexit = false\n") << "2:1+4"
                                        << "expected ')', found 'exit'"
                                        << "a '(' opened at column 9 is not closed";
        QTest::newRow("two statements on a line")
            << QStringLiteral("entry = close > open exit = true\n") << "1:22+4"
            << "unexpected 'exit' after the end of the statement"
            << "one statement per line; join conditions with 'and' / 'or'";
        QTest::newRow("bad character")
            << QStringLiteral("entry = close > open; \n") << "1:21+1"
            << "unexpected character ';'"
            << "a rule uses names, numbers, + - * / < <= > >= == != = ( ) [ ] , : and # comments";
        QTest::newRow("chained comparison") << QStringLiteral("entry = 1 < close < 2\n") << "1:19+1"
                                            << "comparisons cannot be chained"
                                            << "write 'a < b and b < c'";
        QTest::newRow("missing value") << QStringLiteral("entry =\n") << "1:8+1"
                                       << "'entry' has no value after '='"
                                       << "";
        QTest::newRow("number then name") << QStringLiteral("entry = 2close > 1\n") << "1:10+1"
                                          << "a name cannot start right after the number '2'"
                                          << "put an operator or a space between them, e.g. 2 * x";
    }

    void badRules()
    {
        QFETCH(QString, text);
        QFETCH(QString, where);
        QFETCH(QString, message);
        QFETCH(QString, hint);
        const auto d = diagnosticsOf(text.toStdString());
        QVERIFY2(!d.empty(), "compiled although it should not");
        QCOMPARE(QString::fromStdString(::where(d.front())), where);
        QCOMPARE(QString::fromStdString(d.front().message), message);
        QCOMPARE(QString::fromStdString(d.front().hint), hint);
    }

    void formattedDiagnosticHasCaretAndHint()
    {
        const std::string text = "param fast: int = 10 in 2..200\nentry = smaa(close, fast) > close\n";
        auto r = RuleStrategy::fromText(text, "x", "mine.rule");
        QVERIFY(!r.ok());
        QCOMPARE(QString::fromStdString(r.error().message),
                 QStringLiteral("mine.rule:2:9: error: unknown function 'smaa'\n"
                                "    2 | entry = smaa(close, fast) > close\n"
                                "      |         ^~~~\n"
                                "hint: did you mean 'sma'?\n"));
    }

    void everyBrokenLineIsReported()
    {
        const auto d =
            diagnosticsOf("entry = closee > 1\nexit = sma(close) > 1\nshort_entry = close[-2] > 1\n");
        QCOMPARE(d.size(), std::size_t(3));
        QCOMPARE(d[0].at.line, 1);
        QCOMPARE(d[1].at.line, 2);
        QCOMPARE(d[2].at.line, 3);
    }

    void limitsHold()
    {
        // Too long, too deep: refused with a message, never a crash.
        QVERIFY(!diagnosticsOf(std::string(kMaxRuleBytes + 1, ' ')).empty());
        const std::string deep =
            "entry = " + std::string(200, '(') + "close" + std::string(200, ')') + " > 1\n";
        const auto d = diagnosticsOf(deep);
        QVERIFY(!d.empty());
        QVERIFY(d.front().message.find("nested more than") != std::string::npos);
    }

    void randomInputNeverCrashes()
    {
        // A deterministic smoke run of the parser and checker on mutated
        // rules (the libFuzzer target is not built yet).
        const std::string seed =
            "param fast: int = 10 in 2..200\nparam slow: int = 30 in 5..400\n"
            "entry = cross_above(sma(close, fast), sma(close, slow)) and rsi(close, 14)[1] < 70\n"
            "exit = cross_below(sma(close, fast), sma(close, slow)) or bars_since(close > open) > 5\n";
        const std::string alphabet = "()[],:=<>!+-*/.# \n0123456789abcdefghijklmnopqrstuvwxyz_";
        std::mt19937 rng(13);
        for (int round = 0; round < 3000; ++round) {
            std::string text = seed;
            const int edits = 1 + int(rng() % 8);
            for (int e = 0; e < edits; ++e) {
                const std::size_t pos = rng() % (text.size() + 1);
                switch (rng() % 3) {
                case 0:
                    text.insert(text.begin() + std::ptrdiff_t(pos), alphabet[rng() % alphabet.size()]);
                    break;
                case 1:
                    if (pos < text.size())
                        text.erase(pos, 1);
                    break;
                default:
                    if (pos < text.size())
                        text[pos] = char(rng() % 256);
                    break;
                }
            }
            std::vector<Diagnostic> d;
            auto rule = RuleStrategy::compile(text, "fuzz", d);
            QVERIFY(rule || !d.empty());
            for (const Diagnostic &x : d) {
                QVERIFY(x.at.line >= 1 && x.at.column >= 1 && !x.message.empty());
                (void)x.format(text, "fuzz");
            }
        }
    }

    void catalogueNamesAreKnownToTheCompiler()
    {
        // Every function the catalogue (docs, completion) lists compiles.
        for (const CatalogEntry &e : RuleCatalog::entries()) {
            if (e.kind != CatalogEntry::Kind::Function)
                continue;
            std::vector<Diagnostic> d;
            (void)RuleStrategy::compile("entry = " + e.name + " > 0\n", "cat", d);
            QVERIFY2(!d.empty(), e.name.c_str());
            QVERIFY2(d.front().message.find("unknown function") == std::string::npos &&
                         d.front().message.find("unknown name") == std::string::npos,
                     e.name.c_str());
        }
    }
};

QTEST_APPLESS_MAIN(TestRuleLanguage)
#include "tst_rulelanguage.moc"
