#include "ui/advisor/TranscriptWidgets.h"

#include "ui/shell/DisplayNames.h"
#include "ui/shell/Formats.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace sn::ui {

namespace {

// Numbers that are fractions of 1 read better as percentages.
bool isRatio(const QString &key)
{
    static const QStringList ratios{QStringLiteral("return"),     QStringLiteral("cagr"),
                                    QStringLiteral("volatility"), QStringLiteral("drawdown"),
                                    QStringLiteral("var"),        QStringLiteral("cvar"),
                                    QStringLiteral("ttwror"),     QStringLiteral("irr"),
                                    QStringLiteral("weight"),     QStringLiteral("probability")};
    const QString last = key.section(QLatin1Char('.'), -1);
    for (const QString &r : ratios)
        if (last == r || last.endsWith(QLatin1Char('_') + r) || last.startsWith(r + QLatin1Char('_')))
            return !last.endsWith(QLatin1String("_amount"));
    return false;
}

QString formatNumber(const QString &key, double v)
{
    // The same forms as the lab and the Risk area (ui/shell/Formats).
    if (key.section(QLatin1Char('.'), -1).endsWith(QLatin1String("drawdown")))
        return Formats::drawdown(v);
    if (isRatio(key))
        return Formats::percent(v);
    static const QStringList ratios{QStringLiteral("sharpe"), QStringLiteral("sortino"),
                                    QStringLiteral("calmar"), QStringLiteral("beta"),
                                    QStringLiteral("profit_factor")};
    if (ratios.contains(key.section(QLatin1Char('.'), -1)))
        return Formats::ratio(v);
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return Formats::count(static_cast<std::int64_t>(v));
    if (std::fabs(v) >= 100)
        return Formats::money(v);
    return QLocale().toString(v, 'f', 4);
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

bool isPaletteChange(const QEvent *event)
{
    return event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange;
}

} // namespace

TranscriptColours TranscriptColours::current()
{
    const QPalette p = QGuiApplication::palette();
    const QColor base = p.color(QPalette::Base), text = p.color(QPalette::Text);
    const QColor highlight = p.color(QPalette::Highlight);
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    TranscriptColours c;
    c.text = text;
    c.secondary = mix(text, base, 0.35);
    c.border = mix(base, text, 0.18);
    c.card = mix(base, p.color(QPalette::Window), 0.6);
    c.question = mix(base, highlight, dark ? 0.25 : 0.12);
    c.answer = base;
    c.error = dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb0, 0x3a, 0x2e);
    c.chip = mix(base, highlight, dark ? 0.2 : 0.08);
    c.chipHover = mix(base, highlight, dark ? 0.35 : 0.18);
    return c;
}

Sparkline::Sparkline(QVector<double> main, QVector<double> reference, QWidget *parent)
    : QWidget(parent), m_main(std::move(main)), m_reference(std::move(reference))
{
    setMinimumSize(160, 48);
    setAccessibleName(tr("Equity curve"));
}

void Sparkline::paintEvent(QPaintEvent *)
{
    if (m_main.size() < 2)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    double lo = *std::min_element(m_main.begin(), m_main.end());
    double hi = *std::max_element(m_main.begin(), m_main.end());
    if (!m_reference.isEmpty()) {
        lo = std::min(lo, *std::min_element(m_reference.begin(), m_reference.end()));
        hi = std::max(hi, *std::max_element(m_reference.begin(), m_reference.end()));
    }
    const double span = hi > lo ? hi - lo : 1.0;
    const QRectF area = QRectF(rect()).adjusted(3, 3, -3, -3);
    auto path = [&](const QVector<double> &v) {
        QPainterPath path;
        for (qsizetype i = 0; i < v.size(); ++i) {
            const QPointF pt(area.left() + area.width() * double(i) / double(v.size() - 1),
                             area.bottom() - area.height() * (v[i] - lo) / span);
            i == 0 ? path.moveTo(pt) : path.lineTo(pt);
        }
        return path;
    };
    if (m_reference.size() >= 2) {
        p.setPen(QPen(QColor(150, 150, 150), 1.2, Qt::DashLine));
        p.drawPath(path(m_reference));
    }
    const bool up = m_main.back() >= m_main.front();
    p.setPen(QPen(up ? QColor(0x2e, 0x8b, 0x57) : QColor(0xc0, 0x39, 0x2b), 1.8));
    p.drawPath(path(m_main));
}

QString ToolCard::toolName(const QString &tool)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("list_instruments"), QT_TR_NOOP("Stored instruments")},
        {QStringLiteral("list_watchlists"), QT_TR_NOOP("Watchlists")},
        {QStringLiteral("list_strategies"), QT_TR_NOOP("Strategies")},
        {QStringLiteral("price_summary"), QT_TR_NOOP("Price summary")},
        {QStringLiteral("compute_indicator"), QT_TR_NOOP("Indicator")},
        {QStringLiteral("run_backtest"), QT_TR_NOOP("Backtest")},
        {QStringLiteral("backtest_rule"), QT_TR_NOOP("Backtest of a rule")},
        {QStringLiteral("optimize"), QT_TR_NOOP("Optimisation")},
        {QStringLiteral("walk_forward"), QT_TR_NOOP("Walk-forward analysis")},
        {QStringLiteral("compare_instruments"), QT_TR_NOOP("Comparison")},
        {QStringLiteral("portfolio_summary"), QT_TR_NOOP("Portfolio")},
        {QStringLiteral("portfolio_performance"), QT_TR_NOOP("Portfolio performance")},
        {QStringLiteral("portfolio_risk"), QT_TR_NOOP("Portfolio risk")},
        {QStringLiteral("monte_carlo"), QT_TR_NOOP("Monte Carlo projection")},
        {QStringLiteral("stress_test"), QT_TR_NOOP("Stress test")},
        {QStringLiteral("rebalance_proposal"), QT_TR_NOOP("Rebalancing proposal")},
        {QStringLiteral("explain_metric"), QT_TR_NOOP("Metric explained")},
    };
    const auto it = names.constFind(tool);
    return it == names.constEnd() ? tool : tr(*it);
}

QString ToolCard::argumentsText(const QJsonObject &args)
{
    // What the tool was asked, named in the reader's words; the values stay as
    // the tool takes them (symbols, dates), a strategy by its name.
    static const QHash<QString, const char *> names{
        {QStringLiteral("symbol"), QT_TR_NOOP("symbol")},
        {QStringLiteral("symbols"), QT_TR_NOOP("symbols")},
        {QStringLiteral("from"), QT_TR_NOOP("start")},
        {QStringLiteral("to"), QT_TR_NOOP("end")},
        {QStringLiteral("interval"), QT_TR_NOOP("interval")},
        {QStringLiteral("strategy"), QT_TR_NOOP("strategy")},
        {QStringLiteral("params"), QT_TR_NOOP("parameters")},
        {QStringLiteral("commission"), QT_TR_NOOP("commission")},
        {QStringLiteral("indicator"), QT_TR_NOOP("indicator")},
        {QStringLiteral("metric"), QT_TR_NOOP("metric")},
        {QStringLiteral("rule"), QT_TR_NOOP("rule")},
        {QStringLiteral("rule_name"), QT_TR_NOOP("rule")},
        {QStringLiteral("grid"), QT_TR_NOOP("grid")},
        {QStringLiteral("confidence"), QT_TR_NOOP("confidence")},
        {QStringLiteral("horizon_days"), QT_TR_NOOP("horizon (days)")},
        {QStringLiteral("method"), QT_TR_NOOP("method")},
        {QStringLiteral("steps"), QT_TR_NOOP("trading days")},
        {QStringLiteral("shock_all"), QT_TR_NOOP("shock")},
        {QStringLiteral("targets"), QT_TR_NOOP("target weights")},
        {QStringLiteral("target_change"), QT_TR_NOOP("target change")},
    };
    QStringList parts;
    for (auto it = args.begin(); it != args.end(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        if (v.isString() && it.key() == QLatin1String("strategy"))
            text = DisplayNames::strategy(v.toString().toStdString());
        else if (v.isString())
            text = v.toString();
        else if (v.isDouble())
            text = QString::number(v.toDouble(), 'g', 10);
        else if (v.isBool())
            text = v.toBool() ? tr("yes") : tr("no");
        else
            text = QString::fromUtf8((v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(v.toArray()))
                                         .toJson(QJsonDocument::Compact));
        const auto name = names.constFind(it.key());
        parts << tr("%1: %2").arg(name == names.constEnd() ? it.key() : tr(*name), text);
    }
    return parts.join(QStringLiteral(", "));
}

QString ToolCard::resultKeyName(const QString &key)
{
    // The figures the tools return besides the backtest metrics DisplayNames
    // knows; an unknown key reads as its words (English) rather than as an id.
    static const QHash<QString, const char *> names{
        {QStringLiteral("buy_and_hold"), QT_TR_NOOP("Buy and hold")},
        {QStringLiteral("excess_return"), QT_TR_NOOP("Excess return")},
        {QStringLiteral("params"), QT_TR_NOOP("Parameters")},
        {QStringLiteral("fast"), QT_TR_NOOP("Fast period")},
        {QStringLiteral("slow"), QT_TR_NOOP("Slow period")},
        {QStringLiteral("period"), QT_TR_NOOP("Period")},
        {QStringLiteral("signal"), QT_TR_NOOP("Signal period")},
        {QStringLiteral("lower"), QT_TR_NOOP("Lower bound")},
        {QStringLiteral("upper"), QT_TR_NOOP("Upper bound")},
        {QStringLiteral("exit_period"), QT_TR_NOOP("Exit period")},
        {QStringLiteral("k"), QT_TR_NOOP("Band width (k)")},
        {QStringLiteral("var"), QT_TR_NOOP("Value at risk (VaR)")},
        {QStringLiteral("cvar"), QT_TR_NOOP("Conditional VaR (CVaR)")},
        {QStringLiteral("var_amount"), QT_TR_NOOP("VaR amount")},
        {QStringLiteral("cvar_amount"), QT_TR_NOOP("CVaR amount")},
        {QStringLiteral("confidence"), QT_TR_NOOP("Confidence level")},
        {QStringLiteral("horizon_days"), QT_TR_NOOP("Horizon in days")},
        {QStringLiteral("beta"), QT_TR_NOOP("Beta")},
        {QStringLiteral("alpha"), QT_TR_NOOP("Alpha")},
        {QStringLiteral("total_value"), QT_TR_NOOP("Total value")},
        {QStringLiteral("cash_value"), QT_TR_NOOP("Cash")},
        {QStringLiteral("cash_after"), QT_TR_NOOP("Cash afterwards")},
        {QStringLiteral("count"), QT_TR_NOOP("Count")},
        {QStringLiteral("ttwror"), QT_TR_NOOP("Time-weighted return")},
        {QStringLiteral("ttwror_annualised"), QT_TR_NOOP("Time-weighted return, annualised")},
        {QStringLiteral("irr"), QT_TR_NOOP("Internal rate of return (IRR)")},
        {QStringLiteral("value_begin"), QT_TR_NOOP("Value at the start")},
        {QStringLiteral("value_end"), QT_TR_NOOP("Value at the end")},
        {QStringLiteral("inflows"), QT_TR_NOOP("Inflows")},
        {QStringLiteral("outflows"), QT_TR_NOOP("Outflows")},
        {QStringLiteral("benchmark"), QT_TR_NOOP("Benchmark")},
        {QStringLiteral("portfolio_return"), QT_TR_NOOP("Portfolio return")},
        {QStringLiteral("benchmark_return"), QT_TR_NOOP("Benchmark return")},
        {QStringLiteral("first_close"), QT_TR_NOOP("First close")},
        {QStringLiteral("last_close"), QT_TR_NOOP("Last close")},
        {QStringLiteral("min_close"), QT_TR_NOOP("Lowest close")},
        {QStringLiteral("max_close"), QT_TR_NOOP("Highest close")},
        {QStringLiteral("rows"), QT_TR_NOOP("Bars")},
        {QStringLiteral("evaluated"), QT_TR_NOOP("Combinations tried")},
        {QStringLiteral("in_sample_bars"), QT_TR_NOOP("In-sample bars")},
        {QStringLiteral("out_of_sample_bars"), QT_TR_NOOP("Out-of-sample bars")},
        {QStringLiteral("out_of_sample"), QT_TR_NOOP("Out-of-sample")},
        {QStringLiteral("paths"), QT_TR_NOOP("Paths")},
        {QStringLiteral("steps"), QT_TR_NOOP("Trading days")},
        {QStringLiteral("start_value"), QT_TR_NOOP("Starting value")},
        {QStringLiteral("probability_loss_limit"), QT_TR_NOOP("Probability of the loss limit")},
        {QStringLiteral("probability_target"), QT_TR_NOOP("Probability of the target")},
        {QStringLiteral("target_change"), QT_TR_NOOP("Target change")},
        {QStringLiteral("loss_limit_change"), QT_TR_NOOP("Loss limit")},
        {QStringLiteral("total_fees"), QT_TR_NOOP("Total fees")},
        {QStringLiteral("commission"), QT_TR_NOOP("Commission")},
        {QStringLiteral("cash"), QT_TR_NOOP("Starting cash")},
        {QStringLiteral("profile"), QT_TR_NOOP("Profile")},
        {QStringLiteral("periods_per_year"), QT_TR_NOOP("Periods per year")},
        {QStringLiteral("risk_free"), QT_TR_NOOP("Risk-free rate")},
        {QStringLiteral("ddof"), QT_TR_NOOP("Degrees of freedom (ddof)")},
        {QStringLiteral("version"), QT_TR_NOOP("Version")},
        {QStringLiteral("open_positions"), QT_TR_NOOP("Open positions")},
    };
    const auto it = names.constFind(key);
    return it == names.constEnd() ? QString() : tr(*it);
}

QString ToolCard::keyLabel(const QString &key)
{
    // "metrics.sharpe" is the backtest's own figure: its name alone; another
    // group ("buy_and_hold.total_return") leads the name of the figure.
    auto humane = [](const QString &part) {
        const QString known = DisplayNames::metric(part.toStdString());
        if (known != part)
            return known;
        if (const QString named = resultKeyName(part); !named.isEmpty())
            return named;
        QString text = part;
        text.replace(QLatin1Char('_'), QLatin1Char(' '));
        if (!text.isEmpty())
            text[0] = text[0].toUpper();
        return text;
    };
    const QStringList parts = key.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return key;
    const QString figure = humane(parts.back());
    if (parts.size() == 1 || parts.front() == QLatin1String("metrics"))
        return figure;
    return tr("%1: %2").arg(humane(parts.front()), figure);
}

QList<QPair<QString, double>> ToolCard::headlineNumbers(const QJsonObject &result)
{
    QList<QPair<QString, double>> rows;
    auto addFrom = [&rows](const QJsonObject &o, const QString &prefix) {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.value().isDouble())
                rows.append({prefix + it.key(), it.value().toDouble()});
    };
    // A backtest's own metrics lead; then the result's top-level numbers; then
    // one level into the other summary objects (buy_and_hold, params, ...),
    // never into long arrays.
    const QString metrics = QStringLiteral("metrics");
    addFrom(result.value(metrics).toObject(), metrics + QLatin1Char('.'));
    addFrom(result, QString());
    for (auto it = result.begin(); it != result.end(); ++it)
        if (it.value().isObject() && it.key() != metrics && it.key() != QLatin1String("data") &&
            it.key() != QLatin1String("explain") && it.key() != QLatin1String("config"))
            addFrom(it.value().toObject(), it.key() + QLatin1Char('.'));
    return rows;
}

ToolCard::ToolCard(const advisor::ToolActivity &activity, QWidget *parent)
    : QFrame(parent), m_activity(activity)
{
    setObjectName(QStringLiteral("toolCard"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Tool call %1").arg(toolName(activity.name)));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    if (!activity.ok) {
        // The reader's words where the call kept them; older transcripts and a
        // model's calls have only the English.
        const QString why = activity.userError.isEmpty()
                                ? activity.result.value(QStringLiteral("error")).toString()
                                : activity.userError;
        m_error = new QLabel(tr("Error: %1").arg(why), this);
        m_error->setWordWrap(true);
        layout->addWidget(m_error);
        restyle();
        return;
    }
    const QJsonObject data = activity.result.value(QStringLiteral("data")).toObject();
    if (!data.isEmpty()) {
        QStringList cite;
        for (const char *k : {"symbol", "portfolio", "interval", "from", "to", "rows"})
            if (data.contains(QString::fromLatin1(k)))
                cite << data.value(QString::fromLatin1(k)).toVariant().toString();
        if (!cite.isEmpty()) {
            auto *source = new QLabel(tr("Data: %1").arg(cite.join(QStringLiteral(" · "))), this);
            m_secondary << source;
            layout->addWidget(source);
        }
    }
    const auto numbers = headlineNumbers(activity.result);
    if (!numbers.isEmpty()) {
        auto *table = new QTableWidget(int(std::min<qsizetype>(numbers.size(), 14)), 2, this);
        table->setAccessibleName(tr("Numbers from %1").arg(toolName(activity.name)));
        table->horizontalHeader()->hide();
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionMode(QAbstractItemView::ContiguousSelection);
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        table->horizontalHeader()->setStretchLastSection(true);
        table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        for (int r = 0; r < table->rowCount(); ++r) {
            auto *label = new QTableWidgetItem(keyLabel(numbers[r].first));
            label->setToolTip(numbers[r].first); // the tool's own key, as the advisor quotes it
            table->setItem(r, 0, label);
            auto *value = new QTableWidgetItem(formatNumber(numbers[r].first, numbers[r].second));
            value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(r, 1, value);
        }
        table->resizeRowsToContents();
        int h = 2;
        for (int r = 0; r < table->rowCount(); ++r)
            h += table->rowHeight(r);
        table->setFixedHeight(h);
        table->setMaximumWidth(420);
        m_rows = table->rowCount();
        layout->addWidget(table);
    }
    const QJsonArray curve = activity.result.value(QStringLiteral("equity_curve")).toArray();
    if (curve.size() >= 2) {
        QVector<double> strategy, benchmark;
        for (const QJsonValue &row : curve) {
            const QJsonArray r = row.toArray();
            strategy << r.at(1).toDouble();
            if (r.size() > 2)
                benchmark << r.at(2).toDouble();
        }
        if (benchmark.size() != strategy.size())
            benchmark.clear();
        m_sparkline = new Sparkline(strategy, benchmark, this);
        auto *row = new QHBoxLayout;
        row->addWidget(m_sparkline);
        auto *legend = new QLabel(tr("strategy (solid) vs buy & hold (dashed)"), this);
        m_secondary << legend;
        row->addWidget(legend);
        row->addStretch();
        layout->addLayout(row);
    }
    restyle();
}

void ToolCard::restyle()
{
    // Setting a style sheet sends palette events of its own: do not recurse.
    if (m_restyling)
        return;
    m_restyling = true;
    const TranscriptColours c = TranscriptColours::current();
    setStyleSheet(QStringLiteral("#toolCard { background: %1; border: 1px solid %2; border-radius: 6px; }")
                      .arg(c.card.name(), c.border.name()));
    m_title->setText(QStringLiteral("<b>%1</b> <span style='color:%3'>%2</span>")
                         .arg(toolName(m_activity.name).toHtmlEscaped(),
                              argumentsText(m_activity.arguments).toHtmlEscaped(), c.secondary.name()));
    for (QLabel *label : std::as_const(m_secondary))
        label->setStyleSheet(QStringLiteral("color: %1; font-size: 90%;").arg(c.secondary.name()));
    if (m_error)
        m_error->setStyleSheet(QStringLiteral("color: %1;").arg(c.error.name()));
    m_restyling = false;
}

void ToolCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (isPaletteChange(event))
        restyle();
}

MessageBubble::MessageBubble(Kind kind, const QString &markdown, QWidget *parent)
    : QFrame(parent), m_kind(kind)
{
    setObjectName(kind == Kind::Question ? QStringLiteral("question") : QStringLiteral("answer"));
    setAccessibleName(kind == Kind::Question ? tr("Your question") : tr("Advisor's answer"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    auto *head = new QHBoxLayout;
    m_who = new QLabel(kind == Kind::Question ? tr("You") : tr("Advisor"), this);
    head->addWidget(m_who);
    m_badge = new QLabel(tr("Offline"), this);
    m_badge->setAccessibleName(tr("Answered by the offline advisor"));
    m_badge->setStyleSheet(QStringLiteral(
        "background: #555; color: white; border-radius: 4px; padding: 0 5px; font-size: 85%;"));
    m_badge->hide();
    head->addWidget(m_badge);
    head->addStretch();
    auto flat = [this](const QString &text, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setFlat(true);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        b->setCursor(Qt::PointingHandCursor);
        return b;
    };
    QPushButton *copy = flat(tr("Copy"), tr("Copy this message as Markdown"));
    connect(copy, &QPushButton::clicked, this, &MessageBubble::copyRequested);
    if (kind == Kind::Question) {
        QPushButton *edit = flat(tr("Edit"), tr("Edit this question and send it again"));
        connect(edit, &QPushButton::clicked, this, &MessageBubble::editRequested);
        head->addWidget(edit);
    } else {
        QPushButton *again = flat(tr("Regenerate"), tr("Ask this question again"));
        connect(again, &QPushButton::clicked, this, &MessageBubble::regenerateRequested);
        head->addWidget(again);
    }
    head->addWidget(copy);
    layout->addLayout(head);
    m_cardsLayout = new QVBoxLayout;
    m_cardsLayout->setSpacing(4);
    layout->addLayout(m_cardsLayout);
    m_body = new QLabel(this);
    m_body->setTextFormat(Qt::MarkdownText);
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_body->setOpenExternalLinks(true);
    m_body->setAccessibleName(accessibleName());
    layout->addWidget(m_body);
    m_footer = new QLabel(this);
    m_footer->hide();
    layout->addWidget(m_footer);
    restyle();
    setMarkdown(markdown);
}

void MessageBubble::restyle()
{
    if (m_restyling)
        return;
    m_restyling = true;
    const TranscriptColours c = TranscriptColours::current();
    setStyleSheet(
        m_kind == Kind::Question
            ? QStringLiteral("#question { background: %1; border-radius: 8px; }").arg(c.question.name())
            : QStringLiteral("#answer { background: %1; border: 1px solid %2; border-radius: 8px; }")
                  .arg(c.answer.name(), c.border.name()));
    m_who->setStyleSheet(QStringLiteral("font-weight: bold; color: %1;").arg(c.text.name()));
    m_footer->setStyleSheet(QStringLiteral("color: %1; font-size: 85%;").arg(c.secondary.name()));
    m_restyling = false;
}

void MessageBubble::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (isPaletteChange(event))
        restyle();
}

void MessageBubble::setMarkdown(const QString &markdown)
{
    m_markdown = markdown;
    m_body->setText(markdown);
    m_body->setVisible(!markdown.isEmpty());
}

void MessageBubble::addToolCard(const advisor::ToolActivity &activity)
{
    auto *card = new ToolCard(activity, this);
    m_cards.append(card);
    m_cardsLayout->addWidget(card);
}

void MessageBubble::setOfflineBadge(bool offline)
{
    m_badge->setVisible(offline);
}

bool MessageBubble::hasOfflineBadge() const
{
    return !m_badge->isHidden();
}

void MessageBubble::setFooter(const QString &text)
{
    m_footer->setText(text);
    m_footer->setVisible(!text.isEmpty());
}

} // namespace sn::ui
