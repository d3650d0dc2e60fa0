#include "ui/shell/AreaGuide.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sn::ui {

namespace {

QString guideText(const QString &id)
{
    if (id == QLatin1String("dashboard"))
        return AreaGuide::tr("The dashboard is the overview you start from: the chosen portfolio's value and "
                             "its change over the "
                             "day, the year and since its start, its return against the benchmark, the "
                             "allocation, your watchlist, "
                             "the day's top movers and the latest saved backtest runs.\n\n"
                             "- Pick the portfolio at the top.\n"
                             "- Double-click a watchlist row to open its chart, or a recent run to open it "
                             "in the Backtest lab.\n"
                             "- Type a question in the advisor box to ask the Advisor about your data.");
    if (id == QLatin1String("market"))
        return AreaGuide::tr(
            "Market data lists every instrument stored in your database and its bars, the prices every other "
            "area "
            "works on.\n\n"
            "- Select an instrument to see its bars, their date range and where they came from.\n"
            "- Type in the filter box to find an instrument by symbol or name.\n"
            "- Import bars from a CSV file with File > Import CSV (wizard): it shows the file, lets you map "
            "the "
            "columns and checks every row before anything is stored.\n"
            "- Add a symbol by typing part of its name in Add a symbol: the provider's matches show with "
            "their exchange and type, and Add and fetch stores the prices. Fetch / refresh gets what is new "
            "for the symbols you type; without a network it says up to which day your data reaches.\n"
            "- Choose the providers, their order, their keys and a scheduled refresh of your watchlists in "
            "Edit > Preferences > Data providers; the line under Fetch / refresh says when it last ran.");
    if (id == QLatin1String("charts"))
        return AreaGuide::tr(
            "Charts show an instrument's prices as candles, bars or a line, with volume and indicators such "
            "as "
            "moving averages, Bollinger bands, RSI and MACD.\n\n"
            "- Choose the symbol, the chart type and the indicators; Add another adds the selected indicator "
            "again with other settings.\n"
            "- Zoom with the mouse wheel, pan by dragging, and hover for the values of a bar.\n"
            "- Export the chart as a PNG or SVG picture from the File menu.");
    if (id == QLatin1String("portfolio"))
        return AreaGuide::tr(
            "The Portfolio area holds what you own: the holdings valued at the last stored close, and every "
            "transaction (buys, sells, deposits, withdrawals, dividends, fees) that makes them up.\n\n"
            "- Create, rename or delete a portfolio from the File menu.\n"
            "- Add, duplicate or delete transactions in the grid; every change is checked before it is "
            "saved, and "
            "Edit > Undo takes it back.\n"
            "- Filter the transactions, copy them as a table, or export them as CSV.");
    if (id == QLatin1String("watchlists"))
        return AreaGuide::tr(
            "Watchlists keep the instruments you follow, with their last price and change.\n\n"
            "- Create a watchlist, then add symbols to it with Add.\n"
            "- Remove a symbol with Delete; drag the symbols, or use Alt+Up and Alt+Down, to reorder them.\n"
            "- The dashboard shows the first watchlist; double-click a row there to open its chart.");
    if (id == QLatin1String("team"))
        return AreaGuide::tr(
            "The Team area shares your work with colleagues through your team's server; your own database "
            "stays "
            "the source of your work, and edits made offline are sent when you are back online.\n\n"
            "- Sign in under Edit > Preferences > Team (server, user, workspace); the status bar shows "
            "whether you "
            "are online and how many edits wait to be sent.\n"
            "- Share a portfolio with Share with team... in the Portfolio area; the Team area lists the "
            "shared "
            "items, who changed them last, the members online and the team chat.\n"
            "- When a colleague changed the same item, Conflicts shows both versions side by side so you can "
            "keep "
            "yours or take theirs.");
    if (id == QLatin1String("backtest"))
        return AreaGuide::tr(
            "The Backtest lab tests a trading strategy on stored prices before you risk money on it.\n\n"
            "- Choose the symbol, the strategy, its parameters, the dates and the costs, then Run: the "
            "results "
            "show the equity and drawdown curves, the key figures and every trade.\n"
            "- Optimisation runs every combination of two parameter ranges and ranks them by the figure you "
            "choose; Walk-forward checks whether the best combination holds on data it was not chosen on.\n"
            "- Save a run to find it again under History, where two runs can be compared; the Rule tab "
            "writes your "
            "own strategy in the rule language.");
    if (id == QLatin1String("risk"))
        return AreaGuide::tr(
            "The Risk area measures how much a portfolio could lose and how to spread it better.\n\n"
            "- The summary gives volatility, Sharpe ratio, drawdown and value at risk (VaR) for the chosen "
            "confidence and horizon; the statistics follow the convention you pick.\n"
            "- Correlation shows how the holdings move together; Monte Carlo projects the portfolio's value; "
            "Stress tests replay past crises and shocks on today's holdings.\n"
            "- Efficient frontier and Rebalancing propose target weights and the trades that reach them, "
            "which "
            "you can apply as transactions.");
    if (id == QLatin1String("advisor"))
        return AreaGuide::tr(
            "The Advisor answers questions about your own data: it runs backtests, risk reports and "
            "indicators "
            "through the same tools as the rest of the program and shows the numbers it used.\n\n"
            "- Type a question and press Enter (Shift+Enter for a new line), or click one of the suggested "
            "questions.\n"
            "- Conversations are kept: start a new one, find, rename or delete old ones.\n"
            "- Without a language model configured in Preferences, the offline advisor answers the common "
            "questions itself.");
    return QString();
}

} // namespace

bool AreaGuide::has(const QString &areaId)
{
    return !guideText(areaId).isEmpty();
}

QString AreaGuide::markdown(const QString &areaId, const QString &areaTitle)
{
    const QString text = guideText(areaId);
    return QStringLiteral("# %1\n\n").arg(areaTitle) +
           (text.isEmpty() ? tr("There is no guide for this area yet.") : text) + QStringLiteral("\n\n") +
           tr("Help > Keyboard shortcuts (F1) lists every shortcut.");
}

void AreaGuide::show(QWidget *parent, const QString &areaId, const QString &areaTitle)
{
    // Not modal: the guide can stay open beside the area it explains.
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("areaGuide"));
    dialog->setWindowTitle(tr("Guide: %1").arg(areaTitle));
    auto *text = new QTextBrowser(dialog);
    text->setMarkdown(markdown(areaId, areaTitle));
    text->setAccessibleName(tr("Guide"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(620, 420);
    dialog->show();
}

} // namespace sn::ui
