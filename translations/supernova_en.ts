<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AreaGuide</name>
    <message>
        <source>The dashboard is the overview you start from: the chosen portfolio&apos;s value and its change over the day, the year and since its start, its return against the benchmark, the allocation, your watchlist, the day&apos;s top movers and the latest saved backtest runs.

- Pick the portfolio at the top.
- Double-click a watchlist row to open its chart, or a recent run to open it in the Backtest lab.
- Type a question in the advisor box to ask the Advisor about your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts show an instrument&apos;s prices as candles, bars or a line, with volume and indicators such as moving averages, Bollinger bands, RSI and MACD.

- Choose the symbol, the chart type and the indicators; Add another adds the selected indicator again with other settings.
- Zoom with the mouse wheel, pan by dragging, and hover for the values of a bar.
- Export the chart as a PNG or SVG picture from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Portfolio area holds what you own: the holdings valued at the last stored close, and every transaction (buys, sells, deposits, withdrawals, dividends, fees) that makes them up.

- Create, rename or delete a portfolio from the File menu.
- Add, duplicate or delete transactions in the grid; every change is checked before it is saved, and Edit &gt; Undo takes it back.
- Filter the transactions, copy them as a table, or export them as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchlists keep the instruments you follow, with their last price and change.

- Create a watchlist, then add symbols to it with Add.
- Remove a symbol with Delete; drag the symbols, or use Alt+Up and Alt+Down, to reorder them.
- The dashboard shows the first watchlist; double-click a row there to open its chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Backtest lab tests a trading strategy on stored prices before you risk money on it.

- Choose the symbol, the strategy, its parameters, the dates and the costs, then Run: the results show the equity and drawdown curves, the key figures and every trade.
- Optimisation runs every combination of two parameter ranges and ranks them by the figure you choose; Walk-forward checks whether the best combination holds on data it was not chosen on.
- Save a run to find it again under History, where two runs can be compared; the Rule tab writes your own strategy in the rule language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Risk area measures how much a portfolio could lose and how to spread it better.

- The summary gives volatility, Sharpe ratio, drawdown and value at risk (VaR) for the chosen confidence and horizon; the statistics follow the convention you pick.
- Correlation shows how the holdings move together; Monte Carlo projects the portfolio&apos;s value; Stress tests replay past crises and shocks on today&apos;s holdings.
- Efficient frontier and Rebalancing propose target weights and the trades that reach them, which you can apply as transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Advisor answers questions about your own data: it runs backtests, risk reports and indicators through the same tools as the rest of the program and shows the numbers it used.

- Type a question and press Enter (Shift+Enter for a new line), or click one of the suggested questions.
- Conversations are kept: start a new one, find, rename or delete old ones.
- Without a language model configured in Preferences, the offline advisor answers the common questions itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no guide for this area yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help &gt; Keyboard shortcuts (F1) lists every shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Team area shares your work with colleagues through your team&apos;s server; your own database stays the source of your work, and edits made offline are sent when you are back online.

- Sign in under Edit &gt; Preferences &gt; Team (server, user, workspace); the status bar shows whether you are online and how many edits wait to be sent.
- Share a portfolio with Share with team... in the Portfolio area; the Team area lists the shared items, who changed them last, the members online and the team chat.
- When a colleague changed the same item, Conflicts shows both versions side by side so you can keep yours or take theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market data lists every instrument stored in your database and its bars, the prices every other area works on.

- Select an instrument to see its bars, their date range and where they came from.
- Type in the filter box to find an instrument by symbol or name.
- Import bars from a CSV file with File &gt; Import CSV (wizard): it shows the file, lets you map the columns and checks every row before anything is stored.
- Add a symbol by typing part of its name in Add a symbol: the provider&apos;s matches show with their exchange and type, and Add and fetch stores the prices. Fetch / refresh gets what is new for the symbols you type; without a network it says up to which day your data reaches.
- Choose the providers, their order, their keys and a scheduled refresh of your watchlists in Edit &gt; Preferences &gt; Data providers; the line under Fetch / refresh says when it last ran.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Moving-average crossover (SMA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving-average crossover (EMA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MACD signal-line crossover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSI mean reversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bollinger band mean reversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bollinger band breakout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donchian channel breakout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy and hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum rotation (several assets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds the instrument while the fast simple moving average is above the slow one and sells (or goes short) when it falls below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds the instrument while the fast exponential moving average is above the slow one and sells (or goes short) when it falls below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buys when the MACD line crosses above its signal line and sells (or goes short) when it crosses below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buys when the RSI falls below the lower level (oversold) and sells when it rises above the upper level (overbought); with short positions allowed it also sells short above the upper level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buys when the close falls below the lower Bollinger band and sells when it is back at the middle band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buys when the close rises above the upper Bollinger band and sells when it falls below the middle band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buys when the close breaks above the highest high of the entry channel and sells (or goes short) when it breaks below the lowest low of the exit channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buys at the first possible bar and never sells: the benchmark the other strategies are measured against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds the assets with the best trailing return in equal weights, chosen again at each month end from one shared cash account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band width (deviations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookback (bars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual growth rate (CAGR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual volatility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharpe ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sortino ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calmar ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum drawdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in the market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average profit per trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperNova standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As vectorbt computes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As backtrader computes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As QuantConnect LEAN computes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dividend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial crisis 2008-09</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COVID-19 crash 2020</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equities %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset class %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkStatus</name>
    <message>
        <source>No network-information backend could be loaded, so whether the connection is metered cannot be told: a scheduled refresh runs as if it were not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s network backend (%1) cannot tell whether the connection is metered: a scheduled refresh runs as if it were not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is metered (as the %1 backend reports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not metered (as the %1 backend reports).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source># SuperNova %1

A trading-advisor workstation for analysts.

- Database: `%2`
- Qt %3 (LGPL-3.0), QtKeychain, spdlog and fmt (MIT), Eigen (MPL-2.0), SQLite (public domain), libpq (PostgreSQL licence), OpenSSL 3 (Apache-2.0)

The bundled sample data and its licences are listed under Help &gt; About sample data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SuperNova</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 combinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-sample optimum over the whole span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 bars, %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bad row(s) left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 of %2 row(s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 transaction(s) into &apos;%2&apos;, %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns, VaR and covariance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Simulating %n path(s)</source>
        <translation>
            <numerusform>Simulating %n path</numerusform>
            <numerusform>Simulating %n paths</numerusform>
        </translation>
    </message>
    <message>
        <source>Optimising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Sample data

SuperNova comes with real prices, so every area has something true to show before you import your own:

- **Apple (AAPL)**: daily prices from May 2013 to May 2018. The closes are adjusted for the 7-for-1 split of June 2014, not for dividends.
- **S&amp;P 500 index (^GSPC)**: daily values from January 2000 to April 2020, through the dot-com bust, the 2008 financial crisis and the 2020 crash. It is the benchmark of the risk figures and stands in for positions without data in the stress tests.
- **Microsoft, Amazon, IBM, Apple and Google**: one price a month from January 2000 to March 2010 (Google from August 2004). Monthly prices serve charts and monthly backtests; for daily risk figures, import daily prices with File &gt; Import.
- A sample portfolio and watchlist built from these instruments, to try the Portfolio and Risk areas. Delete or change them freely.

## Where the data comes from

- Apple: the npm package `@observablehq/sample-datasets` 1.0.1, which names Yahoo! Finance as its source; ISC licence.
- S&amp;P 500 and the monthly prices: the npm package `vega-datasets` 3.2.1 (Yahoo Finance for the S&amp;P 500); BSD-3-Clause licence. Its authors say the data is meant for demonstration and may contain inconsistencies.

The sample data is for learning the program, not for investment decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bars stored, data up to %3 (%4 request(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled market data refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::AdvisorSession</name>
    <message>
        <source>the offline advisor answers from the tools on your own database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2, model %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a server on this computer or the local network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk score %1/10, horizon %2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, objectives (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, constraints (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your question and this conversation&apos;s earlier questions and answers%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (answers built on portfolio data left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instructions: persona &quot;%1&quot; and your risk profile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the descriptions of the tools offered and the results of those the model calls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portfolio data when the model asks for it: holdings, values, performance, risk, projections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key stored for %1 (keychain entry %2), as the credential</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::Backtest</name>
    <message>
        <source>&apos;%1&apos; is not one of all_in, whole_shares, units:N, percent:P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units must be &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent must be in (0, 100]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of next_open, close (close is optimistic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the series has no bars (empty date range?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bar times are not strictly increasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;open&apos; is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series %1 bar %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;close&apos; is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few bars: %1 given, at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few bars: %1 given, parameter &apos;%2&apos; = %3 needs at least %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strategy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;allow_short&apos; is not supported by this strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a multi-asset strategy: give several series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a single-series strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backtest config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distances cover %1 bars, the series has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &gt;= 0, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a fraction of traded value and must be &lt; 1 (0.001 = 0.1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &lt; 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a fraction of the entry price and must be &lt; 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a fraction and must be &lt; 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parameter values given, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; must be a whole number, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; = %2 is outside [%3, %4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; (%2) must be less than &apos;%3&apos; (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; must be true or false, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; must be one of %2, got &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; must be a number, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;allow_short&apos; is not supported (long-only rotation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;sizing&apos; must be all_in or whole_shares (weights decide amounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least 2 assets, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;top_n&apos; (%1) exceeds the number of assets (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few common bars: %1, parameter &apos;lookback&apos; = %2 needs at least %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected name=start:stop[:step], got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sweep range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range &apos;%1&apos; must be start:stop[:step] with numbers, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range &apos;%1&apos; step must be &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range &apos;%1&apos; is empty (stop &lt; start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bar range [%1, %2) is empty or too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no parameter range given (--grid name=start:stop:step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range &apos;%1&apos; is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range &apos;%1&apos; is empty or has a step &lt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range &apos;%1&apos; has too many values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range &apos;%1&apos; goes outside what parameter &apos;%1&apos; allows ([%2, %3], %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the grid has %1 points, more than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no grid point satisfies the parameter constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;in_sample&apos; must be at least 2 bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;out_of_sample&apos; must be at least 2 bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few bars: %1 given, &apos;in_sample&apos; + &apos;out_of_sample&apos; = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-forward window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete window fits the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown strategy &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty or invalid bar range [%1, %2) of %3 bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backtest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty bar range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::BarImporter</name>
    <message>
        <source>reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bars to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbol %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::Charts</name>
    <message>
        <source>no %1 bars stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown indicator &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; = %2 is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::CsvImport</name>
    <message>
        <source>%1: warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warning: field &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows are invalid; the file was not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 text; save the file as UTF-8 (or ASCII) CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file: no header and no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header %1 has a single column: no delimiter (, ; tab |) found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quote in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header names %1 twice (columns %2 and %3); rename one, or say which column is which with --map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjusted prices asked for, but the file has no Adj Close column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated last line: the file ends without a newline after %1 of %2 fields (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header only: the file has no data rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no row has the header&apos;s %1 fields; the first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a finite number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated or misplaced quote in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date in format &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a time of day (hhmmss or hh:mm[:ss]): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative volume: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price must be &gt; 0, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price %1 is too small to be a price (below 1e-300)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high %1 is below low %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open %1 is outside low..high %2..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close %1 is outside low..high %2..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate date %1 (first seen on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory, not a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open for reading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date values to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous dates: %1 and every other date can be read as day/month/year or as month/day/year; give --date-format dmy or --date-format mdy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no known date layout fits %1 (give --date-format iso|yyyymmdd|dmy|mdy|mon-d-y|d-mon-y|epoch-s|epoch-ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous dates: day/month order cannot be told from the values; give --date-format dmy or --date-format mdy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map is empty; expected e.g. date=Date,close=Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: empty entry in &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: entry &apos;%1&apos; has no &apos;=&apos; (expected key=column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: entry &apos;%1&apos; names no column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: column index &apos;%1&apos; for &apos;%2&apos; is out of range (columns are numbered from 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: unknown key &apos;%1&apos; (expected date, time, open, high, low, close, adjclose, volume, symbol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: key &apos;%1&apos; is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: no &apos;date&apos; column given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: no &apos;close&apos; column given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: give all of open, high and low, or none of them (then they equal close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map %1=%2: the header has only %3 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map %1=%2: no such column in the header (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map must name the date and close columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line &apos;%1&apos; looks like data, not a header: the file needs a header row naming its columns (e.g. Date,Open,High,Low,Close,Volume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recognisable date column in the header &apos;%1&apos; (use --format and --map date=COL,close=COL to name the columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recognisable close column in the header &apos;%1&apos; (use --format and --map date=COL,close=COL to name the columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header &apos;%1&apos; lacks the %2 column(s) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code; enter a three-letter code such as USD, EUR or GBP (upper case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbol %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbol %1 is %2 characters long; at most %3 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbol %1 contains a control character (a newline or a tab?); remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbol %1 starts with &apos;-&apos;, which the command line would read as an option; drop the &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbol %1 starts or ends with a space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::DailyCloses</name>
    <message>
        <source>import daily (1d) bars of %1 (File &gt; Import CSV, or supernova-cli import FILE --interval 1d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no daily bars stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 bars are stored and a portfolio is valued from daily closes: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::Database</name>
    <message>
        <source>%1 is not a SuperNova database: %2; choose another file or an empty one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an SQLite database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot open it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program is writing to the database and did not finish within 10 s; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot read it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a SuperNova database; choose a file in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a SuperNova database (not an SQLite file, or a damaged one); open another file, or move this one away and SuperNova creates a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file cannot be opened; check that its folder exists and that you may write to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program is writing to the database; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk holding the database is full, so nothing of this change was written; free some space and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk of the database server is full, so nothing of this change was written; free some space there and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database could not be read (locked by another program, or damaged); close other programs using it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that already exists: names and symbols must be unique; choose another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is read-only; open one you may write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk could not be read or written; check free space and the disk itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database gave no reason for the failure; check that the file or server is reachable and writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the database said: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SuperNova database: its schema_version table lacks the column(s) %2 (another application&apos;s?); choose another file or an empty one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SuperNova database: its schema_version table lacks the column(s) %2 (another application&apos;s?); choose another database or an empty one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tables %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SuperNova database: it holds %2 (another application&apos;s?) and no schema_version table; choose another file or an empty one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SuperNova database: it holds %2 (another application&apos;s?) and no schema_version table; choose another database or an empty one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::FileOutput</name>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: No space left on device (%1 bytes free on %2, %3 needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: only part of the %1 bytes could be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::Indicators</name>
    <message>
        <source>unknown indicator &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; = %2 is outside [%3, %4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input &apos;%1&apos; has %2 values, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;fast&apos; must be less than &apos;slow&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few bars: %1 given, the warm-up needs %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::Instruments</name>
    <message>
        <source>instrument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;symbol&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;kind&apos; is &apos;%1&apos;; expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;currency&apos; is &apos;%1&apos;; expected a 3-letter code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instrument id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::Interval</name>
    <message>
        <source>1-minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5-minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15-minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30-minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the median gap between bars is %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the median gap between dates is %1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the median gap between dates is %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is stored as %2 (&apos;%3&apos;) bars, but %4, which is %5; annualised figures would be wrong. Import the file again with --interval %6 (or choose the interval in the import wizard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored as %1 as asked, but %2, which is %3; annualised figures will be refused until it is imported with --interval %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored as %1 as asked, but %2, which is %3 for %5; annualised figures will be refused until it is imported with --interval %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the file&apos;s period column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily, assumed: too few rows to tell (give --interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily, assumed: the spacing of the dates fits no interval (give --interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spacing of the dates fits no interval; stored as daily (give --interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spacing of the dates for %1 fits no interval; stored as daily (give --interval)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::Keychain</name>
    <message>
        <source>%1 (keychain said: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Secret Service: start gnome-keyring or KWallet in your desktop session (a D-Bus session bus with org.freedesktop.secrets is needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring is locked or access was denied: unlock it (for example by logging in to the desktop session) and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret is stored under this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OS keychain does not support this operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain could not delete the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret Service has no default keyring to store into: create or unlock the &apos;login&apos; keyring (gnome-keyring or KWallet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OS keychain failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain service &apos;%1&apos;, key &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application&apos;s Qt event loop does not run GLib (is QT_NO_GLIB set?), which the Secret Service client (libsecret) needs: unset QT_NO_GLIB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret Service did not answer within %1: check that gnome-keyring or KWallet is running and not waiting on a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;key&apos; must be lowercase segments [a-z0-9._-] joined by &apos;/&apos; (1..200 characters), e.g. &apos;llm/openai/api-key&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain service name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;secret&apos; is empty: use remove() to delete a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain job never ran: the application thread is not running its event loop (is it waiting for this thread?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::KnownSecrets</name>
    <message>
        <source>OpenAI API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key of an OpenAI-compatible server (vLLM, LM Studio, llama.cpp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperNova team server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the PostgreSQL database set in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpha Vantage API key (market data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiingo API token (market data)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::Ledger</name>
    <message>
        <source>transaction %1 %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dated before the previous transaction (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative fee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative tax %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown symbol &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative price %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity must be positive, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 exceeds the %3 held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs %1 %2 cash, the portfolio holds %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split ratio (quantity) must be positive, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative amount %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dividend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no portfolio with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a portfolio needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a portfolio name has at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code (USD, EUR, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no daily close of %1 on or before %2 (first close %3; import its prices first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown portfolio &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a three-letter currency code &apos;%1&apos; (e.g. USD, EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a portfolio named &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exact decimal range (+/-9.2 trillion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount too large: %1 would leave %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity x price + fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity x price + fee + tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount + fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount + fee + tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity x price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee + tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity of the lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cost of the lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cost basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proceeds net of the fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the net proceeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the realised P&amp;L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the split quantity of a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity held after the split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount - fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount - fee - tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dividend income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portfolio %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a transaction type (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 has no symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 needs a symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no daily close of %1 on or before %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount too large: the result leaves the exact decimal range (+/-9.2 trillion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction %1 is not a line of this portfolio (removed meanwhile?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::MarketData</name>
    <message>
        <source>adjusted prices of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::MarketFetch</name>
    <message>
        <source>no market-data provider is enabled: enable one in Preferences &gt; Data providers, or name one with --provider (yahoo, stooq, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch cancelled; the symbols fetched so far are stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every data provider is disabled: enable one in Preferences &gt; Data providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh cancelled; the symbols refreshed so far are stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a currency is not converted into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fx %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbol %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown provider &apos;%1&apos;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown provider &apos;%1&apos;; known: %2 (and ecb for FX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting %1 is not an http(s) URL: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting %1 is not a whole number &gt;= 0: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an API key, and this caller has no keychain access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no symbol given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range %1..%2 is empty (--from after --to, or in the future)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to date: the cache covers %1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; nothing is cached for %2 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline: showing data up to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to fetch: the range is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline: showing rates up to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown provider &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ecb: %1 rates for the last 10 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bars of %3 for the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no EUR/%1 rate stored on or in the week before %2; run &apos;supernova-cli fx&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::MarketProvider</name>
    <message>
        <source>alphavantage: the function asked for %1 needs a premium plan (the vendor says: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alphavantage: %1 bar &apos;%2&apos;: not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alphavantage: %1 bar &apos;%2&apos;: not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alphavantage: %1 bar &apos;%2&apos;: a price or the volume is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ecb: %1: no such file (HTTP 404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ecb: %1: HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ecb: %1 line %2: time &apos;%3&apos; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ecb: %1 line %2: currency &apos;%3&apos; has no valid rate or no day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ecb: %1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ecb: %1: no &lt;Cube&gt; elements; not the ECB reference rate XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>euro reference rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbol %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer is not JSON (%2 at byte %3); it starts with: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown symbol &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown symbol &apos;%2&apos; (the vendor says: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the API key was refused while fetching %2 (the vendor says: %3); check the key in Preferences &gt; Data providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: request quota spent; %2 was not fetched (the vendor says: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2 for %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &apos;%2&apos; bars; it offers %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no symbol search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no symbol given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the range %2..%3 is empty or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an API key and none is stored: add it in Preferences &gt; Data providers (keychain entry %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bar %2 of %3 has high %4 below low %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an API key to search: add it in Preferences &gt; Data providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stooq: the answer for %1 is not the Date,Open,High,Low,Close[,Volume] CSV; it starts with: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stooq: %1 line %2: field &apos;Date&apos; is not YYYY-MM-DD: &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stooq: %1 line %2: field &apos;%3&apos; is not a number: &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tiingo: expected a list of prices for %1, got: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tiingo: row %1 of %2: field &apos;date&apos; is not an ISO date: &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yahoo: %1 %2 of %3 is not a time (out of range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yahoo: the answer has no chart.result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yahoo: the quote arrays of %1 do not match its %2 timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yahoo: split %1 of %2 has no ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw (as traded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as delivered by Stooq (no corporate actions given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw (as traded); adjusted fields ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split-adjusted by Yahoo, undone with its split events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::News</name>
    <message>
        <source>the server refused the connection. It may be down or blocked by a firewall; check the address, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s name could not be looked up. This computer seems to have no network connection, or the address is misspelt; check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection before answering. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secure connection could be made (certificate or redirect refused). Check the address, and the system&apos;s date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has no feed at this address. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refuses access to this feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network connection failed. Check that this computer is online, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an http(s) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feed is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a feed: %1 (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a feed: the document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an RSS or Atom feed: the document&apos;s root element is &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed feed: %1 (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty: expected a header row with published and title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos; (expected published, title, link, symbol, source, summary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no &apos;%1&apos; column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;title&apos;: the headline is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;published&apos;: cannot read &apos;%1&apos; as a date (use 2024-05-02T14:30:00Z, 2024-05-02 14:30 or an RFC 822 date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;link&apos;: &apos;%1&apos; is not an http(s) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>news feed %1 (no URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>news feed %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting %1, news feed %2 (no URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting %1, news feed %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feed has no URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid http(s) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an http(s) address nor an absolute file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a symbol (1 to 64 characters, no spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored feed list is not a JSON array: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed twice for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link &apos;%1&apos; is not an http(s) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published %1 is before 1970 or more than two days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which symbol?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period is empty: --to must be after --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::Notes</name>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note needs some text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note has at most %1 characters (this one has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes are signed with your team user: sign in to a team server first (Preferences &gt; Team, or &apos;supernova-cli sync login&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes are on a portfolio, a watchlist or a saved run, not on &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes are for items shared with the team: share this saved run first (Share with team..., or &apos;supernova-cli sync share&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes are for items shared with the team: share this portfolio first (Share with team..., or &apos;supernova-cli sync share&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes are for items shared with the team: share this watchlist first (Share with team..., or &apos;supernova-cli sync share&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no note %1 (removed meanwhile?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only its author (%1) can edit this note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::Performance</name>
    <message>
        <source>the period has no length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cash flow is not a finite amount within the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no money was invested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rate in (-100 %, 10^8 %) makes the cash flows end at the final value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True time-weighted rate of return (Portfolio Performance&apos;s method): daily r = (MVE + CFout) / (MVB + CFin) - 1 with inflows (deposits, transfers in at market value) at the start of the day and outflows (withdrawals, transfers out) at its end, MVB = the previous day&apos;s closing value; TTWROR = prod(1 + r) - 1; annualised = (1 + TTWROR)^(365 / days) - 1. Fees, taxes, dividends and interest stay inside the portfolio and so are part of the return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal rate of return (money-weighted): the rate IRR solving MVB (1 + IRR)^(RD / 365) + sum CF_t (1 + IRR)^(RD_t / 365) = MVE, RD = days remaining to the end of the period, CF_t positive for money in; solved by Newton&apos;s method with a bisection fallback; reported as &apos;no solution&apos; when no rate above -100 % satisfies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1 with nothing invested (MVB + CFin = 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid close %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benchmark at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 common benchmark periods; at least 2 are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benchmark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::PortfolioService</name>
    <message>
        <source>Portfolio returns from one trading-day close to the next (days on which any held instrument has a close), each the compounded daily TTWROR returns r = (MVE + CFout) / (MVB + CFin) - 1 in between, so deposits and withdrawals are not returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio returns from one trading-day close to the next (the benchmark&apos;s trading days), each the compounded daily TTWROR returns r = (MVE + CFout) / (MVB + CFin) - 1 in between, so deposits and withdrawals are not returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historical: the h-period returns of overlapping windows prod(1 + r) - 1 sorted ascending; with m = ceil(n (1 - c)), VaR = -x_(m) and CVaR = -mean(x_(1..m)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parametric normal: mean mu and sample deviation sd of the returns scaled to the horizon; VaR = -(mu h - z sd sqrt(h)), CVaR = -(mu h - sd sqrt(h) phi(z) / (1 - c)), z = Phi^-1(c).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cornish-Fisher: the normal quantile adjusted for skewness S and excess kurtosis K, z_cf = z + (z^2 - 1) S / 6 + (z^3 - 3z) K / 24 - (2z^3 - 5z) S^2 / 36; CVaR averages the adjusted quantile over the tail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo: correlated normal draws of the current positions&apos; returns x = mu h + sqrt(h) L z (L the Cholesky factor of their sample covariance on common trading days, seeded), portfolio return w&apos;x with w = position value / total value (cash earns nothing), then the historical estimator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VaR and CVaR are fractions of the current value; the amounts multiply them by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parametric normal Euler allocation over the current positions: C_i = w_i (-mu_i h + z sqrt(h) (cov w)_i / sigma_p); the C_i sum to the portfolio&apos;s normal VaR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pearson correlation derived from that covariance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convention &apos;%1&apos;: %2 periods per year, sample deviation (ddof %3), risk-free %4 per year (%5 per period, %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convention &apos;%1&apos;: %2 periods per year, population deviation (ddof %3), risk-free %4 per year (%5 per period, %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean mu and sample covariance C of the held instruments&apos; daily returns in the base currency on the days all of them have a close; per trading day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimise w&apos;Cw subject to sum w = 1 and lower &lt;= w &lt;= upper (default 0..1, long only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frontier portfolio maximising (w&apos;mu - rf_p) / sqrt(w&apos;Cw), rf_p the convention&apos;s per-period risk-free rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum variance with w&apos;mu = target / P (the annual target divided by the periods per year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal risk contribution: w_i (Cw)_i equal for all i, long only; bounds do not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected return x P, volatility x sqrt(P), Sharpe x sqrt(P), P = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position value / value of all positions (cash excluded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdings at their last close in the base currency plus cash; target weights are of this total and must sum to 1 (held instruments not named get 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sells first, then buys paid from cash and sale proceeds; fees (fixed + rate x trade value) are set aside before sizing; if buys would overdraw, all buys shrink by one factor; trades below the minimum value are skipped; whole shares round down when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current weight - target weight; weight after = value after the trades / total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledoit-Wolf shrinkage of the (1/T) sample covariance of the held instruments&apos; daily returns toward %1 with the optimal intensity delta = %2 estimated from the data: delta F + (1 - delta) S; used for Monte Carlo and component VaR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constant correlation (Ledoit &amp; Wolf 2004, &apos;Honey, I shrunk...&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scaled identity (Ledoit &amp; Wolf 2004, well-conditioned estimator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample covariance (divides by T - 1) of the held instruments&apos; daily returns in the base currency on the days all of them have a close; per trading day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap: each step&apos;s return drawn uniformly, with replacement, from the portfolio&apos;s trading-day returns of the history period; V_(t+1) = V_t (1 + r).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geometric Brownian motion: V_(t+1) = V_t exp((mu - sigma^2 / 2) + sigma z), z ~ N(0, 1), with sigma the sample deviation of the history&apos;s log returns and mu their mean + sigma^2 / 2 (per trading day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio&apos;s value (MVE) on the last day of the history period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At each step the 5/25/50/75/95th percentile of the simulated values: position p (n - 1) / 100 among the sorted values, interpolated between neighbours in log space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of paths whose value touched the target (or fell to the loss limit) at any step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each held position moves by its own series&apos; return over the window (first close on or after FROM to the last close on or before TO) when its data covers the window (a close within a week of either end); otherwise by the proxy&apos;s return (source &apos;proxy&apos;). Weights are today&apos;s; cash is not stressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYMBOL=x moves that position by x, CLASS=x (e.g. equity) every position of that asset class, all=x every position; the most specific shock applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value x change per position; total change = total P&amp;L / total value of the positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no position is held at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an annual rate as a fraction (0.02 = 2 %): &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown portfolio &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transactions on or before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portfolio &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;quantity&apos;: amount too large: the quantity held would leave the exact decimal range (+/-9.2 trillion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portfolio &apos;%1&apos;: transaction %2 %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares held: buys and transfers in minus sells and transfers out, times split ratios; exact decimals replayed in date order (a sell of more than held is rejected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of the open lots&apos; cost (quantity x price + buy fee + tax), lots consumed by FIFO; instrument currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of the open lots&apos; cost (quantity x price + buy fee + tax), lots consumed by average cost; instrument currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per sale: proceeds (quantity x price) - fee - tax - cost of the lots sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last stored daily close on or before the valuation day (carried forward over holidays).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity x price x FX rate (base per unit of the instrument currency; 1 for the base).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECB euro reference rate (published about 16:00 CET on TARGET business days) of the valuation day, or of the latest business day before it (fx_date); a pair without the euro is crossed through it: base per unit = (base per EUR) / (currency per EUR) of the same day. A currency the ECB does not publish uses an imported daily series &lt;CCY&gt;&lt;BASE&gt;=X. A rate of 1.0 is never assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(quantity x price - cost basis) x FX rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposits + sale proceeds + dividends + interest - buys - fees - taxes - withdrawals, per currency, exact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of market values plus cash converted to the base currency (MVE of the last day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>market value / total value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MVE: positions at the last close on or before the day (carried forward over weekends and holidays) times the FX rate, plus cash, in the base currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External flows: deposits and transfers in at market value (in), withdrawals and transfers out (out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prod(1 + r) - 1 over the period&apos;s days up to this one, r = (MVE + CFout) / (MVB + CFin) - 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benchmark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily returns r compounded within each calendar month / year: prod(1 + r) - 1; the first and last periods may be partial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per position: sum over days of (V_d - V_(d-1) - flow_d) / (MVB_d + CFin_d), where flow_d is what was put into the position that day (buys positive, sales and dividends negative); positions plus cash effects add up to the sum of the daily returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio daily returns compounded between consecutive benchmark closes, so both series have one return per benchmark trading day; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts after the last valued day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 common trading days of the held instruments between %2 and %3; too few observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no positive price in the base currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no daily (1d) bars stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 held instrument(s); optimisation needs at least 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trading-day return(s) between %2 and %3; at least 2 are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trading-day return(s) in the history; at least 2 are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>montecarlo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no position is held to stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not held by the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frontier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown symbol &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no daily close on or before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebalance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in (0, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo VaR needs the current positions&apos; returns and their covariance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VaR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not above 0 (a target above the start value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in (-1, 0) (a loss limit below the start value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss-limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a return of -100 % or worse has no logarithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window starts after it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instrument %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ProviderHttp</name>
    <message>
        <source>%1: no answer from %2 after %3 attempt(s): the server refused the connection. The service may be down or blocked by a firewall; try again later, or check the address in Preferences &gt; Data providers. Data already stored stays available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer from %2 after %3 attempt(s): the server&apos;s name could not be looked up. This computer seems to have no network connection; connect it and try again. Data already stored stays available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer from %2 after %3 attempt(s): the server did not answer in time. The network or the service is slow or unreachable; try again later. Data already stored stays available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer from %2 after %3 attempt(s): the server closed the connection before answering. Try again later. Data already stored stays available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer from %2 after %3 attempt(s): no secure connection could be made (certificate or redirect refused). Check the address in Preferences &gt; Data providers, and the system&apos;s date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer from %2 after %3 attempt(s): the network&apos;s proxy asks for a login. Check the system&apos;s proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer from %2 after %3 attempt(s): the network connection failed. Check that this computer is online, then try again. Data already stored stays available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: daily quota spent (%2 of %3 requests on %4 UTC); %5 was not fetched. It resets at midnight UTC; the quota is set in Preferences &gt; Data providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not asked (circuit breaker open after %2 failed calls in a row; next try after %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rate limited; the vendor asks to wait %2 s, longer than the %3 s allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server %2 answered with an error (HTTP %3) %4 time(s) in a row. The service has trouble at the moment; try again later. Data already stored stays available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ProviderSettings</name>
    <message>
        <source>setting %1 is not true or false: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the base URL &apos;%2&apos; is not an http:// or https:// URL with a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting %1 is not a whole number of minutes from %2 to %3: &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the refresh interval must be from %1 to %2 minutes, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown provider &apos;%1&apos;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider &apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider &apos;%1&apos; is missing from the order; every provider has a place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::Rebalancer</name>
    <message>
        <source>no positions or targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebalance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash, minimum trade value and fees must be non-negative (fee rate below 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbol listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price %1 must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity %1 must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target weight %1 must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target weights sum to %1, not 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to rebalance: no holdings and no cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan would overdraw cash by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not held, so no price to trade at on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebalance trade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity, price or fee out of the decimal range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::Reports</name>
    <message>
        <source>no output file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report has no table &apos;%1&apos; (tables: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV writes one file per table into a folder, and this is a file (or pick one table with --table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report rendering cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ReturnStats</name>
    <message>
        <source>total return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAGR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual volatility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharpe ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sortino ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calmar ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum drawdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracking error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>information ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample standard deviation (divides by n-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population standard deviation (divides by n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rf_p = rf / %1 with rf = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rf_p = (1 + rf)^(1/%1) - 1 with rf = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prod(1 + r_i) - 1 over the n periodic returns r_i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(end value / start value)^(1 / years) - 1, years = elapsed calendar time / 365.25 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sd(r) * sqrt(%1), sd = %2; needs at least 2 returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(annual return - rf) / (sd(r) * sqrt(%1)), annual return = %2, sd = %3, rf = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; not defined when the deviation is zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(annual return - rf) / sqrt(%1 * var(negative r)), annual return = %2, var = sample variance of the returns below 0 only; needs two negative returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean(r - rf_p) * %1 / (DD * sqrt(%1)), DD = sqrt(sum(min(r_i - rf_p, 0)^2) / n) over all n returns (target downside deviation), %2; not defined without a loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual return / |maximum drawdown|, annual return = %1; not defined without a drawdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max over t of 1 - V_t / max(V_0..V_t) on the equity V (from returns: V_0 = 1, V_t = V_(t-1)(1 + r_t)); duration = periods from the peak to the first value back at the peak, or to the end if not recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cov(r, b) / var(b) on the portfolio returns r and benchmark returns b of the same periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean(r - b) * %1 / tracking error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean(r - b) / sd(r - b), per period (not annualised), sd = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(annual(r) - annual(b)) / tracking error, annual(x) = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2 convention: %3 periods/year, ddof %4]: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown convention &apos;%1&apos; (known: supernova, vectorbt, backtrader, lean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no returns to summarise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::Risk</name>
    <message>
        <source>%1 observations; at least %2 are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset has no variance; correlation is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covariance column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset has no variance; correlation target not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returns column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start value %1 must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>startValue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps and %2 paths; both must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps/paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower bound %1 above upper bound %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infeasible bounds: lower bounds sum to %1, upper bounds to %2; the weights must sum to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimiser bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covariance matrix is singular or not positive definite (eigenvalues %1 .. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>singular KKT system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active-set method did not converge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not reach the target return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 observations for %2 assets; at least %3 are needed for a non-singular covariance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target return %1 is above the highest feasible return %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target return %1 is below the minimum-variance portfolio&apos;s return %2; the efficient frontier starts there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points; at least 2 are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no feasible portfolio returns more than the risk-free rate %1 (best %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum Sharpe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no positions to stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window %1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the series has fewer than two closes in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid close at the window edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no history for the window and no proxy series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1 is below -100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence %1 is not inside (0, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>horizon %1 is not at least 1 period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returns; at least %2 are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 observations leave no tail at %2 confidence; at least %3 are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returns have no variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covariance matrix is not positive definite (singular)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo VaR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portfolio has no variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component VaR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::RuleService</name>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule name has at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rule name: character %2 (&apos;%3&apos;) is not allowed; use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a version is a number from 1, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule does not compile:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing &apos;%1&apos; (give the rule a name with --name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no version %1 (versions 1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;name&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule was removed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::Rules</name>
    <message>
        <source>a condition series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fixed condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rule output &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule sets entry, exit, short_entry, short_exit, stop_loss, take_profit, trailing_stop, stop, target or trail; for a named value write &apos;let %1 = ...&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>combine the conditions with &apos;or&apos; / &apos;and&apos; in one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number (a distance in price), got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. &apos;%1 = 2 * atr(14)&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number (a fraction of the entry price), got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. &apos;%1 = 0.05&apos; for 5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be fixed for the run, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fraction such as 0.05 or a float parameter; for a stop that moves with the bars write a distance in price: &apos;stop = 2 * atr(14)&apos; (also &apos;target&apos;, &apos;trail&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a condition, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare it, e.g. &apos;close &gt; sma(close, 50)&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule has no &apos;entry&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a line such as &apos;entry = cross_above(sma(close, 10), sma(close, 30))&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;short_exit&apos; without &apos;short_entry&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add &apos;short_entry = ...&apos; or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule needs %1 steps, more than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split it into simpler rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did you mean &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in name and cannot be a parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is declared twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep one declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range of &apos;%1&apos; is empty (%2 &gt; %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write LOW..HIGH with LOW &lt;= HIGH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>int parameter &apos;%1&apos; has a fractional range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use whole numbers or declare it &apos;float&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default of &apos;%1&apos; (%2) is outside its range %3..%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the default or the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;require&apos; names unknown parameter &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declare it first: &apos;param %1: int = 10 in 1..100&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the defaults break &apos;require %1 &lt; %2&apos; (%1 = %3, %2 = %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a name (a parameter) and cannot be redefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a name (built in) and cannot be redefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep one &apos;let %1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a function and needs arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call it as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a rule output and cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the condition with &apos;let&apos; and use that name in both places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names are open, high, low, close, volume, declared parameters (&apos;param&apos;), &apos;let&apos; names and functions such as sma(x, n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2() must be fixed for the run, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a whole number or an int parameter, e.g. %1(close, 14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2() must be a whole number, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a period counts bars; declare the parameter &apos;int&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2() is %3, outside 1..%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a period is at least 1 bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is used as a period but has no range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give it one: &apos;param %1: int = %2 in 1..200&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is used as a period but its range %2..%3 goes outside 1..%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a period is at least 1 bar: start the range at 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the value k bars ago write %1[k]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see docs/rules.md or &apos;supernova-cli rule functions&apos; for the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing argument &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 argument needed, %1 given: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 arguments needed, %2 given: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes 1 argument, %2 given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes %2 arguments, %3 given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the extra argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2() must be a number series, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1(close, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2() must be a number fixed for the run, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2 or a float parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2() must be a number, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition is not a number; use if(c, 1, 0) to turn it into one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2() must be a condition, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare it, e.g. close &gt; open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1() of two fixed numbers never happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one side must be a series, e.g. %1(rsi(close, 14), 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two branches of if() differ: %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both must be numbers or both conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative lag %1: that would read a future bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x[k] is the value k bars ago and k must be 0 or more (x[1] is the previous bar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a series has past values; this is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x[k] applies to series such as close or sma(close, 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lag must be a whole number fixed for the run, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write x[1] or x[lag] with &apos;param lag: int = 1 in 0..10&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x[k] is the value k bars ago and k must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lag %1 is more than %2 bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a smaller lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is used as a lag, so its range must lie in 0..%2 (it is %3..%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is used as a lag, so its range must lie in 0..%2 (it has none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a negative lag would read a future bar: &apos;param %1: int = %2 in 0..10&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lag must be a whole number or an int parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed lags are not allowed, so a rule can be seen not to look ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;not&apos; needs a condition, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare it first, e.g. not (close &gt; open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;-&apos; needs a number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; joins conditions, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare it, e.g. rsi(close, 14) &lt; 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot compare %2 with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare numbers with numbers and conditions with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order comparisons take numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs numbers, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use if(c, 1, 0) to turn a condition into a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule uses names, numbers, + - * / &lt; &lt;= &gt; &gt;= == != = ( ) [ ] , : and # comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number &apos;%1&apos; is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers must be finite doubles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name cannot start right after the number &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put an operator or a space between them, e.g. 2 * x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one statement per line; join conditions with &apos;and&apos; / &apos;or&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 (a number), found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a statement starts with a name, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write &apos;param NAME: int = 10&apos;, &apos;let NAME = ...&apos;, &apos;require A &lt; B&apos; or &apos;entry = ...&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write &apos;let %1 = EXPRESSION&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write &apos;%1 = CONDITION&apos; (entry, exit, short_entry, short_exit, stop_loss, take_profit, trailing_stop, stop, target, trail) or &apos;let %1 = ...&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no value after &apos;=&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parameter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write &apos;param %1: int = 10 in 2..200&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a type (int or float)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parameter type &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parameter is &apos;int&apos; or &apos;float&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parameter needs a default: &apos;param %1: %2 = 10&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>int parameter &apos;%1&apos; has a fractional default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declare it &apos;float&apos; or use a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range&apos;s lower end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a range is written LOW..HIGH, e.g. 2..200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range&apos;s upper end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only &apos;require A &lt; B&apos; between two parameters is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression is nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split it with &apos;let&apos; names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparisons cannot be chained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write &apos;a &lt; b and b &lt; c&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x[k] is the value k bars ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a keyword and cannot start a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments to &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arguments are separated by &apos;,&apos; and closed by &apos;)&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;(&apos; opened at column %1 is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is a number, a series (close, ...), a parameter, a &apos;let&apos; name or a function call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule is %1 bytes, more than the %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule is a few lines; keep data out of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set both by the rule and by the backtest options; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a fraction in [0, 1), the rule gives %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::RunService</name>
    <message>
        <source>backtest run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;name&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backtest run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;strategy&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such backtest run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;name&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a saved run needs a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::SampleData</name>
    <message>
        <source>sample instrument %1 is still used; nothing was removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::Sync</name>
    <message>
        <source>wrong user name or password, or the account is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved sign-in is no longer valid: sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved sign-in has expired: sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your role in this workspace does not allow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not have it (it may have been deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many requests in a short time: wait a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server cannot reach its database right now: it is retried later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item is larger than the server accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server could not read the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server had an internal error: it is retried later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not encrypted: use wss:// (ws:// only to a loopback address in development)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a wss:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in to %1 as %2: sign in first (supernova-cli sync login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the sign-in from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete the sign-in from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep the sign-in in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected: the chat line was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted (%1); its SHA-256 is %2: pin it if you trust it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted (%1); its SHA-256 is %2, not the pinned one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out: sign in again (supernova-cli sync login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in to %1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the change to %1 &apos;%2&apos;: %3 (your role in workspace &apos;%4&apos; does not allow writing; the change stays here, unsent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the change to %1 &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending too fast: the chat line was not sent, try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instrument &apos;%1&apos; is not in this database: import its prices first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a workspace name is 1-64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watchlist &apos;%1&apos; is already shared in workspace &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved run &apos;%1&apos; is already shared in workspace &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portfolio &apos;%1&apos; is already shared in workspace &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &apos;%1&apos; is already shared in workspace &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instrument &apos;%1&apos; is not in this database: import the prices first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instruments %1 are not in this database: import the prices first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no watchlist with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no saved run with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sync conflict %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict %1 cannot keep both: only a ledger line or a note can exist twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict %1 cannot keep both: one side deleted it (keep mine or take theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item it belongs to (&apos;%1&apos;) is not shared here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::TransactionCsv</name>
    <message>
        <source>unterminated quoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected FIELD=COLUMN, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (fields: date, type, symbol, quantity, price, fee, tax, amount, currency, note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column named for field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bad line(s), nothing imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file: no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; (mapped to field &apos;%2&apos;) is not in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &apos;%1&apos; column in the header (map one with --map %1=COLUMN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type &apos;%1&apos; (buy, sell, dividend, interest, fee, tax, deposit, withdrawal, split, transfer_in, transfer_out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 needs a symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unparseable decimal &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative %1 %2 (amounts are positive; the type gives the direction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity x price overflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a three-letter currency code &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown portfolio &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transactions after the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown symbol &apos;%1&apos; (import its prices first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no price of %1 on or before %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first close %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: with these lines, the stored ledger of portfolio &apos;%2&apos; no longer replays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::Valuation</name>
    <message>
        <source>no price series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instrument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no FX series %1-&gt;%2; a rate of 1.0 is never assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown symbol &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transactions to value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuation ends before the last transaction (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no price of %1 on or before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is held on %2 but has no price on or before that day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::Watchlists</name>
    <message>
        <source>watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a watchlist needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a watchlist name has at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no watchlist with id %1 (removed meanwhile?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a watchlist named &apos;%1&apos; already exists: choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a symbol to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the watchlist was removed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no instrument &apos;%1&apos; is stored: import its prices first (File &gt; Import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watchlist %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new order must list each current member exactly once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::advisor::AdvisorSession</name>
    <message>
        <source>Answered offline because %1 could not be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::advisor::HttpChatProvider</name>
    <message>
        <source>%1 (the stream broke after %2 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the stream before its end marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream was silent for longer than %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::advisor::OfflineAdvisor</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I answer from your own data with SuperNova&apos;s tools (no AI model is needed for these). You can ask, for example:

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I did not understand that question without an AI model. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which instrument? Name a stored symbol, for example AAPL or ^GSPC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I could not answer that: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*Data: portfolio &quot;%1&quot;, %2 to %3.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*Data: %1, %2 bars, %3 to %4 (%5 rows).*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have %1 stored series:

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **%1** (%2), %3: %4 bars, %5 to %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have %1 watchlist(s):

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 built-in strategies:

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**%1** closed at %2 on %3, from %4 on %5: a total return of %6 (CAGR %7). The range was %8 (%9) to %10 (%11); annualised volatility %12, max drawdown %13.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**%1** of %2 (%3) on %4: %5 (close %6).

Last bars:

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Above 70 is conventionally read as overbought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Below 30 is conventionally read as oversold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Between 30 and 70: neither overbought nor oversold by the usual reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

*Convention: %1*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Backtest of %1 (%2) on %3**: total return %4 (CAGR %5), Sharpe %6, max drawdown %7, %8 closed trades (win rate %9), final equity %10 from %11.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Buy &amp; hold** of %1 over the same bars: total return %2 (CAGR %3), Sharpe %4, max drawdown %5. Difference in total return: %6.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The strategy beat buy &amp; hold here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Buy &amp; hold did better here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Signals at the close, fills at the next open, commission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Rule: stored rule %1, version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Rule as typed:

```
%1```</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swept %1 combinations of %2 on %3, ranked by %4. Best:

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: score %3, total return %4, %5 trades
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> These are in-sample results: the best of many tries flatters itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-forward of %1 on %2: %3 windows (%4 in-sample / %5 out-of-sample bars). Stitched out-of-sample result: total return %6, Sharpe %7, max drawdown %8, %9 trades.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the first common date:

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **%1**: %2 (%3 to %4), volatility %5, max drawdown %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Correlation of %1 and %2 returns: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio **%1** on %2 is worth %3 %4 (cash %5):

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **%1**: %2 units at %3 = %4 (%5 of the total), unrealised P&amp;L %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio **%1**: time-weighted return (TTWROR) %2, annualised %3; money-weighted IRR %4. Value %5 -&gt; %6 with inflows %7 and outflows %8.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against %1 on its trading days: portfolio %2, benchmark %3.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio **%1** (%2 method): %3 % %4-day VaR is %5 of the current value (%6), CVaR %7 (%8).

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What drives it (weight, component VaR):

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **%1**: weight %2, component VaR %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annualised volatility %1, Sharpe %2, Sortino %3, max drawdown %4 (%5 to %6), beta %7 against %8.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo (%1, %2 paths, %3 trading days) from %4: median outcome %5 (%6); 5th percentile %7 (%8); 95th percentile %9 (%10).

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> A projection resamples the past; it is not a forecast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress scenarios on portfolio **%1**:

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **%1**: %2 (%3 of %4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Proposal only, nothing was changed** (%1). Portfolio value %2; trades:

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- %1 %2 %3 (value %4, fee %5)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- no trades needed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Cash after: %1. Applying these trades needs your explicit confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**%1**

Formula: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Convention: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
SuperNova&apos;s profile &quot;%1&quot;: %2 periods per year, ddof %3, risk-free %4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Other tools define it differently:

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**%1**

Formula by method:

</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::advisor::OfflineQuestions</name>
    <message>
        <source>What can you do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which instruments do I have?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which strategies are available?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price summary of AAPL since 2015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price summary of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price summary of %1 last 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare AAPL and ^GSPC since 2014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the RSI of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest a 20/50 crossover on AAPL since 2015 and compare it with buy and hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest a 20/50 crossover on %1 and compare it with buy and hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest a 20/50 crossover on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest RSI 30/70 on ^GSPC from 2005-01-01 to 2012-12-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest RSI 30/70 on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimise the %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-forward the %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-forward the SMA crossover on ^GSPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is my portfolio&apos;s 95% VaR and what drives it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is my portfolio&apos;s 95% VaR?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did my portfolio perform?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What&apos;s my portfolio&apos;s Sharpe ratio and max drawdown?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress test my portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo projection of my portfolio over 10 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a rebalance of my portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain TWR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain CVaR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain Monte Carlo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the Sharpe ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show my watchlists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the RSI of AAPL?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest the rule `entry = close &gt; sma(close, 50); exit = close &lt; sma(close, 50); stop = 2 * atr(14)` on AAPL since 2014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimise the SMA crossover on AAPL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is my portfolio worth?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did my portfolio perform? TWR and IRR please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the volatility of my portfolio?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo projection of my portfolio over 5 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a rebalance of my portfolio to 60% AAPL and 40% ^GSPC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::advisor::Persona</name>
    <message>
        <source>That looks good on paper, but past results are a weak guide: I would look at the worst drawdown before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is mixed; when in doubt, the option with the smaller drawdown is the safer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This did not pay off here, and protecting capital matters more than chasing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On balance this is a favourable result, with the risk figures above to weigh against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a mixed result: some numbers help, some hurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On balance this did not pay off over the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A strong result: over a long horizon this kind of edge compounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed, but over a long horizon the swings matter less than the growth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak over this period; a long-horizon investor may still want to test other settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive in sample. Check it out of sample (walk-forward) and against the trade count before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconclusive: the difference is within what noise produces over this sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative in sample; no evidence of an edge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In plain words: this came out ahead. Remember each figure is computed from the past data cited above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In plain words: the result is mixed; the figures above show where it gained and where it lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In plain words: this came out behind over the period cited above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With today&apos;s holdings the portfolio would lose nothing in these scenarios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are hypothetical shocks, not forecasts; if a loss like the worst one would force you to sell, the portfolio carries more risk than it should.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are hypothetical shocks, not forecasts: weigh the worst one against the loss you could sit through without selling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are hypothetical shocks; over a long horizon such falls have been made good, but only for investors who held on through them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypothetical shocks applied to today&apos;s holdings; they say nothing about how likely each one is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In plain words: this is a hypothetical estimate of what the portfolio would lose if each crisis above happened again today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are hypothetical shocks to today&apos;s holdings, not forecasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volatility vs your profile band (score %1 -&gt; about %2 %): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volatility is how much returns swing in a typical year; with a risk score of %1 a swing of about %2 % is what you said you can live with, and this is %3 that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That fits your risk score of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is more swing than your risk score of %1 suggests, which a %2-year horizon can absorb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is more swing than your risk score of %1 suggests; consider whether you could sit through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here is what the data shows, risks first where they matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here is what the data shows, with an eye on long-run growth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s go through what the data shows, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here is what the data shows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::AdvisorView</name>
    <message>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: the answer is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address, e.g. http://127.0.0.1:11434/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio data may go to a cloud model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last answer came from the offline advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about your data. Enter sends, Shift+Enter starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what arrived is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor settings not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing leaves this computer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not applied yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the advisor settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the conversations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages · %2 · last %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the conversation &quot;%1&quot; and all its messages? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested question: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. The partial answer is kept and stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*No answer:* %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the answer: the conversation is reported once it is stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::Area</name>
    <message>
        <source>This area has no report: reports come from the Portfolio, Risk, Backtest lab and Advisor areas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::AreaReports</name>
    <message>
        <source>No portfolio is shown: pick or create one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio &apos;%1&apos; has no transactions yet: there is nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No portfolio is shown: pick one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk report of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation is shown: open one or ask a question first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backtest to report: run one first (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No optimisation to report: run a sweep first (Ctrl+Shift+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimisation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No walk-forward to report: run one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-forward report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::BacktestLab</name>
    <message>
        <source>sweeps take a single-series strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 combinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-forward takes a single-series strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 bars stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bars between %1 .. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bars between %1 .. end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bars between start .. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the strategy has no numeric parameter to sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows and columns sweep the same parameter &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the range ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved run %1 (&apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the results hold no &apos;metrics&apos; object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the equity curve has %1 times and %2 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equity time %1 is not a date: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::BacktestLabView</name>
    <message>
        <source>Backtest lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run backtest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the strategy on the chosen symbol (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel backtest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the saved run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest lab tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied %1 to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading saved runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sweep: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep %1; nothing is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-forward %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-forward cancelled; nothing is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the run a name to save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening saved run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An input changed while the sweep ran: these results are for the inputs at its start. Run the sweep again for the current ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trades, total return %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split/dividend-adjusted prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unadjusted prices (as traded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::BarTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::ChartNews</name>
    <message>
        <source>No news about %1 stored yet: add feeds under Preferences &gt; News feeds, then press Refresh news.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a symbol to see its news sentiment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading news about %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading news for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the news feeds...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News not refreshed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enabled news feeds: add them under Preferences &gt; News feeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) from %1 feed(s)</source>
        <translation>
            <numerusform>%n new item from %1 feed(s)</numerusform>
            <numerusform>%n new items from %1 feed(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed: %1</source>
        <translation>
            <numerusform>%n feed failed: %1</numerusform>
            <numerusform>%n feeds failed: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled before the last feed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::ChartPane</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::ChartsView</name>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as S&amp;VG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OHLC bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logarithmic price scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare: MSFT, ^GSPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbols to compare as % change from a common start, separated by commas; empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YTD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another of the selected indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second copy of the selected indicator, e.g. SMA 50 and SMA 200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Indicators&lt;/b&gt; (tick to show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruments not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prices stored yet: import a CSV file or load the sample data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prices stored for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 @ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit %1 @ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade on %1: entry %2, exit %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split/dividend ad&amp;justed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split and dividend adjusted prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices adjusted for the stored splits and dividends, so a 2:1 split is not a 50 % fall; off: the stored prices as traded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n bar(s), %2 to %3; %4</source>
        <translation>
            <numerusform>%1: %n bar, %2 to %3; %4</numerusform>
            <numerusform>%1: %n bars, %2 to %3; %4</numerusform>
        </translation>
    </message>
    <message>
        <source>split/dividend-adjusted prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unadjusted prices (as traded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::ConflictDialog</name>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine (this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (team server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both versions, per field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this computer&apos;s version to the team, on top of the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this computer&apos;s version with the team server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: this computer and the team server agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; in workspace &apos;%3&apos;, server revision %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two versions differ here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept this computer&apos;s version of %1 &apos;%2&apos;; it goes to the team next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took the team server&apos;s version of %1 &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the team server&apos;s version and add this computer&apos;s as a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a ledger line changed on both sides can be kept twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took the team server&apos;s version of %1 &apos;%2&apos; and added this computer&apos;s as a new line; it goes to the team next.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::CorrelationHeatmap</name>
    <message>
        <source>Correlation heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Correlation of %n position(s)</source>
        <translation>
            <numerusform>Correlation of %n position</numerusform>
            <numerusform>Correlation of %n positions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2
correlation %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covariance %1 per trading day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No correlation to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions at the last stored close plus cash, base currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change since the previous close, net of deposits and withdrawals; time-weighted return in brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change since the last valued day of the previous year, net of flows; time-weighted return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change since the first transaction, net of flows; time-weighted return (TTWROR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio return against the benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharpe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portfolio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the advisor, e.g. &quot;backtest a 20/50 crossover on AAPL since 2015&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top movers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent backtest runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Watchlist&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Top movers&lt;/b&gt; (last close against the one before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent backtest runs&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No portfolio yet: import transactions or load the sample data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio &apos;%1&apos; not valued: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are in %1 net of deposits and withdrawals; percentages are time-weighted returns. Prices are the stored closes; the sample data ends on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-weighted return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (price index)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close of %1 (%2 bars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Watchlist&lt;/b&gt; (none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Watchlist&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last %n close(s)</source>
        <translation>
            <numerusform>Last %n close</numerusform>
            <numerusform>Last %n closes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open %1 in Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open this run in the Backtest lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs saved yet: run a backtest in the Backtest lab and press Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::DataProvidersPage</name>
    <message>
        <source>Store key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh watchlist symbols on a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also on a &amp;metered connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers in priority order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first enabled provider is used unless you pick another; uncheck a provider to disable it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the vendor&apos;s own address. Change it for a proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new key and store it; a stored key is never shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data providers status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices are fetched from the first enabled provider unless you pick another in Market data; supernova-cli uses the same order and addresses. Keys are kept only in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading data provider settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the data provider settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> - has symbol search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> - no symbol search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keychain...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::ExplainTexts</name>
    <message>
        <source>Historical VaR/CVaR: h-period returns of overlapping windows prod(1 + r) - 1 sorted ascending x_(1) &lt;= ... &lt;= x_(n); m = ceil(n (1 - c)); VaR = -x_(m), CVaR = -mean(x_(1..m)); needs at least 1 / (1 - c) windows. Reported as positive fractions of the portfolio value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parametric normal VaR: VaR = -(mean h - z sd sqrt(h)), CVaR = -(mean h - sd sqrt(h) phi(z) / (1 - c)), z = Phi^-1(c) (1.644854 at 95 %, 2.326348 at 99 %), sd = sample deviation of the periodic returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cornish-Fisher VaR: the normal quantile adjusted for sample skewness S and excess kurtosis K, z_cf = z + (z^2 - 1) S / 6 + (z^3 - 3z) K / 24 - (2z^3 - 5z) S^2 / 36 at z = Phi^-1(1 - c); VaR = -(mean h + z_cf sd sqrt(h)); CVaR = the mean of the adjusted quantile over the tail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo VaR: correlated normal asset returns x = mu h + sqrt(h) L z with L the Cholesky factor of the covariance and z ~ N(0, I) from a seeded mt19937_64 (ziggurat), portfolio return w&apos;x, then the historical estimator over the draws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component VaR (Euler allocation of the normal VaR): C_i = w_i (-mu_i h + z sqrt(h) (Cov w)_i / sigma_p); the components add up to the portfolio VaR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo projection: each step&apos;s return is drawn uniformly with replacement from the historical periodic returns; paths are seeded (mt19937_64) and reproducible. The fan shows the 5th, 25th, 50th, 75th and 95th percentiles of the simulated values at every step (position p (n - 1) / 100 among the sorted values). Probability of a target or loss limit = share of paths that touch that value at any step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo projection: geometric Brownian motion, V_(t+1) = V_t exp((mu - sigma^2 / 2) + sigma z), z ~ N(0, 1); paths are seeded (mt19937_64) and reproducible. The fan shows the 5th, 25th, 50th, 75th and 95th percentiles of the simulated values at every step (position p (n - 1) / 100 among the sorted values). Probability of a target or loss limit = share of paths that touch that value at any step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress tests apply a return to each position&apos;s current value: pnl_i = value_i x change_i, total = sum pnl_i. Historical replay: change_i = the position&apos;s own return over the window (first close on or after the start to the last close on or before the end), or the proxy series&apos; return when it has no history. User shocks: the most specific shock applies (symbol over asset class over all); positions matched by none are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalancing: total = holdings at current prices + cash; the fees of the planned trades are set aside; target value_i = weight_i x (total - fees); trade_i = target_i - current_i, skipped below the minimum trade value, in whole shares if asked (buys rounded down, sells up to the quantity held). Sells fund buys; if buys and fees would exceed the cash, all buys are scaled down by one factor. Fee per trade = fixed + rate x value. Drift = current weight - target weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a loss as a positive fraction of the current value at the confidence and horizon asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected shortfall: the mean loss beyond the VaR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parametric normal; contributions sum to the portfolio&apos;s VaR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percentiles of the simulated values at each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a proposal; nothing is traded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portfolio performance: flows do not distort it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portfolio performance: weights periods by the money invested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::FetchCoverageModel</name>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::HeatmapWidget</name>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::HoldingsTableModel</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrealised P&amp;L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realised P&amp;L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost basis of the open lots (buy fees included) per unit, instrument currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity x last close, converted to the portfolio&apos;s base currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the total value (positions and cash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity x (last close - previous close), base currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market value - cost basis of the open lots, base currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realised gains of closed lots plus income net of withheld tax, instrument currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted at %1 per %2: %3 of %4 (the latest rate on or before the valuation day)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::ImportWizard</name>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV file and what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prices (bars: date, open, high, low, close, volume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transactions of a portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Symbol (empty: from the file&apos;s symbol column or its name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ortfolio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first lines of the file as read, and which column holds each field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns (&quot;as detected&quot; keeps the automatic choice):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1 format, delimiter &apos;%2&apos;, dates %3%4; columns %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, decimal comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions CSV: one line per transaction, a header naming the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole file is read and checked; nothing is written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems by line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import only the good rows and leave the listed ones out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) are good.</source>
        <translation>
            <numerusform>The %n row is good.</numerusform>
            <numerusform>All %n rows are good.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 problem(s) found; %2 good row(s). Nothing is imported unless you choose to leave the bad rows out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the spacing of the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar interval: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::IndicatorTexts</name>
    <message>
        <source>Simple moving average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bars averaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arithmetic mean of the last period closes; first value at bar period-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exponential moving average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span; alpha = 2/(period+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alpha = 2/(period+1), seeded with the SMA of the first period closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linearly weighted moving average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bars; weights 1..period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights 1..period, newest heaviest, divided by period(period+1)/2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative Strength Index (Wilder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wilder smoothing length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first averages are simple means of the first period changes, then Wilder smoothing; first value at bar period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving Average Convergence/Divergence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fast EMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow EMA (&gt; fast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal EMA of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line = EMA(fast) - EMA(slow); signal = EMA(signal) of the line seeded with its SMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bollinger Bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMA length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band width in standard deviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mid = SMA; bands = mid +/- k x population standard deviation of the window (Bollinger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average True Range (Wilder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TR of the first bar = high-low; first ATR = mean of the first period TRs, then Wilder smoothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stochastic oscillator %K/%D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high/low lookback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMA of %K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMA applied to raw %K (1 = fast, 3 = slow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw %K = 100 (close - LL) / (HH - LL), 50 when HH = LL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donchian channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bars including the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highest high / lowest low of the last period bars including the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-Balance Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts at 0 on the first bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate of change (percent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookback bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 (x[t] - x[t-period]) / x[t-period]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::InstrumentTableModel</name>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::JobsIndicator</name>
    <message>
        <source>Background job progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel background job</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n more)</numerusform>
            <numerusform> (+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sn::ui::LabData</name>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::Language</name>
    <message>
        <source>System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::MainWindow</name>
    <message>
        <source>SuperNova</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV (wizard)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;set sample data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove sample data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SuperNova</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the sample data back as shipped? Changes to the sample portfolio and watchlist are undone; your own data is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the sample instruments with their bars, the sample watchlist and the sample portfolio? Your own data is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide for this area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::MarketDataView</name>
    <message>
        <source>Market data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import bars from CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars of the selected instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import daily or intraday bars from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the instruments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2: no bars stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 - %3 bars (%4), %5 to %6&lt;br&gt;&lt;small&gt;%7&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the bars: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n bar(s)</source>
        <translation>
            <numerusform>Imported %n bar</numerusform>
            <numerusform>Imported %n bars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, skipped %n bad row(s)</source>
        <translation>
            <numerusform>, skipped %n bad row</numerusform>
            <numerusform>, skipped %n bad rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import good rows only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::MarketFetchPanel</name>
    <message>
        <source>&amp;Fetch / refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbols to fetch, e.g. AAPL MSFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbols to fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched symbols: days covered, source and last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type one or more symbols to fetch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n symbol(s) from %1...</source>
        <translation>
            <numerusform>Fetching %n symbol from %1...</numerusform>
            <numerusform>Fetching %n symbols from %1...</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching market data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading fetch coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the refresh schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled refresh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scheduled refresh of watchlist symbols: every %n minute(s)%1.</source>
        <translation>
            <numerusform>Scheduled refresh of watchlist symbols: every %n minute%1.</numerusform>
            <numerusform>Scheduled refresh of watchlist symbols: every %n minutes%1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, also on metered connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not on metered connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled refresh of watchlist symbols: off (Preferences &gt; Data providers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every data provider is disabled: enable one in Preferences &gt; Data providers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::MessageBubble</name>
    <message>
        <source>Your question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by the offline advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this message as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this question and send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask this question again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::MetricTexts</name>
    <message>
        <source>periodic returns r of the equity curve [starting cash, close of each bar]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash + positions valued at the last close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an open position is valued at the last close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final_equity / starting_cash - 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(final / start)^(1 / years) - 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years = calendar days between the first and last bar / 365.25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depth as a fraction of the peak; start = the peak&apos;s bar, trough, recovery = first bar back at the peak, duration = bars from peak to recovery (or to the last bar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bars with a position at the close / bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed round trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a position still open at the end is reported as open, not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trades with net pnl &gt; 0 / trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pnl net of both commissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum of winning pnl / |sum of losing pnl|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not defined without a losing trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum of winning (losing) pnl / their count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pnl net of commissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum of trade pnl / trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency per trade, net of commissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest / smallest trade pnl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency, net of commissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benchmark: buy &amp; hold of the same instrument, same costs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::NewsFeedsPage</name>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed URL or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News feeds status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the selected feed now and say how many items it holds; nothing is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSS and Atom feeds (or feed and CSV headline files) that &lt;b&gt;Refresh news&lt;/b&gt; in the Charts area and &lt;tt&gt;supernova-cli news ingest&lt;/tt&gt; read. Give a symbol for a feed about one company; items of general feeds are linked by $cashtags and company names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading news feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feeds yet: Add one, Test it, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the feeds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the feed to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed; Save to keep the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the feed to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing news feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: a feed with %n item(s).</source>
        <translation>
            <numerusform>%1: a feed with %n item.</numerusform>
            <numerusform>%1: a feed with %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n feed(s).</source>
        <translation>
            <numerusform>Saved %n feed.</numerusform>
            <numerusform>Saved %n feeds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sn::ui::NewsList</name>
    <message>
        <source>&amp;Refresh news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News list message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News refresh status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every enabled feed of Preferences &gt; News feeds now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;News&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a symbol to see its news.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;News about %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or press Enter to open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed gave no date: the time is when it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No news about %1 stored yet.

Add feeds under Preferences &gt; News feeds (Edit &gt; Preferences), then press Refresh news; or run
supernova-cli news ingest FEED --symbol %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No news about %1 in the period shown (%n item(s) stored). Zoom out to see them.</source>
        <translation>
            <numerusform>No news about %1 in the period shown (%n item stored). Zoom out to see it.</numerusform>
            <numerusform>No news about %1 in the period shown (%n items stored). Zoom out to see them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in this period, from the newest %1 stored.</source>
        <translation>
            <numerusform>%n item in this period, from the newest %1 stored.</numerusform>
            <numerusform>%n items in this period, from the newest %1 stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in this period.</source>
        <translation>
            <numerusform>%n item in this period.</numerusform>
            <numerusform>%n items in this period.</numerusform>
        </translation>
    </message>
    <message>
        <source>This item has no link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened: %1 is not a web link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::NotesPanel</name>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit mine...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the team...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Team notes&lt;/b&gt;: share this item with the team to add notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2%3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note: Edit mine... changes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s note: only they can change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Team notes&lt;/b&gt; (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are for items shared with the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the team server first (Preferences &gt; Team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only its author can change a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::OptimisationPanel</name>
    <message>
        <source>First parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run s&amp;weep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply to form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every combination of the two ranges on all cores (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best combinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply combination to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen combination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran&amp;k by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweeping...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 combinations evaluated in %3 s; ranked by %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 combinations evaluated in %3 s; ranked by %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the parameter ranges above and press Run sweep (Ctrl+Shift+R): every combination is tested and shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inputs changed since the last sweep, so its results were cleared. Run the sweep again to rank the combinations for the new inputs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::PortfolioView</name>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions of the portfolio on its valuation day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio&apos;s ledger; edit a cell in place, changes can be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portfolio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter transactions (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Holdings&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Transactions&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;transactions...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import transactions from a CSV file into this portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport transactions...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as TSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading portfolios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading portfolio %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Value %1 %2 (cash %3) on %4 · %n transaction(s)</source>
        <translation>
            <numerusform>Value %1 %2 (cash %3) on %4 · %n transaction</numerusform>
            <numerusform>Value %1 %2 (cash %3) on %4 · %n transactions</numerusform>
        </translation>
    </message>
    <message>
        <source>Valuing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n transaction(s)</source>
        <translation>
            <numerusform>Duplicate %n transaction</numerusform>
            <numerusform>Duplicate %n transactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n transaction(s); Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Deleted %n transaction; Ctrl+Z brings it back.</numerusform>
            <numerusform>Deleted %n transactions; Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n line(s) as tab-separated text.</source>
        <translation>
            <numerusform>Copied %n line as tab-separated text.</numerusform>
            <numerusform>Copied %n lines as tab-separated text.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n transaction(s) from %1.</source>
        <translation>
            <numerusform>Imported %n transaction from %1.</numerusform>
            <numerusform>Imported %n transactions from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n transaction(s) to %1.</source>
        <translation>
            <numerusform>Exported %n transaction to %1.</numerusform>
            <numerusform>Exported %n transactions to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Portfolio actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New portfolio...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base currency (three letters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename portfolio...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete portfolio...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the portfolio &apos;%1&apos; and its %n transaction(s)? Instruments and prices stay. This cannot be undone.</source>
        <translation>
            <numerusform>Delete the portfolio &apos;%1&apos; and its %n transaction? Instruments and prices stay. This cannot be undone.</numerusform>
            <numerusform>Delete the portfolio &apos;%1&apos; and its %n transactions? Instruments and prices stay. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the type of the new line; then fill in the fields it takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No portfolio yet: create one with Portfolio &gt; New portfolio, or load the sample data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1: fill in %2; it is stored once complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the new %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the portfolio &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio not renamed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed the portfolio to &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the portfolio &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1 on %2: fill in %3; it is stored once complete (Delete discards it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not duplicated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 of %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · FX: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger and holdings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::PriceChartView</name>
    <message>
        <source>Price chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosshair readout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of %1 not loaded: no database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading chart of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of %1 not loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1 to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by SuperNova</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price bars to show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::ReportActions</name>
    <message>
        <source>Export &amp;report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report is being built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a report of what this area shows (PDF, HTML, Markdown, Excel, CSV, JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a report of what this area shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo set in Preferences (%1) is not a readable PNG or JPEG file; the report has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::ReportExportDialog</name>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page (self-contained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files, one per table (folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data to %1 · fingerprint %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the reader&apos;s system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML &amp;colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, in every page&apos;s header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional PNG or JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::ReportSettingsPage</name>
    <message>
        <source>the logo &apos;%1&apos; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logo &apos;%1&apos; is not a PNG or JPEG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. Acme Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional PNG or JPEG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the header of every PDF and HTML report, from the desktop and from supernova-cli report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the report settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo for reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::ResultsPanel</name>
    <message>
        <source>Total return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAGR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharpe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sortino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max drawdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity against buy and hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy &amp; hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawdown (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month (return in %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compounded return of each calendar month, from the last close of the previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet: fill in the form and press Run (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (fills at the deciding bar&apos;s close: optimistic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly returns appear here after a run (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::RiskView</name>
    <message>
        <source>Rebalancing proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No beta: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No benchmark comparison: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3 rows, %4 to %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>historical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parametric normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cornish-Fisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convention: %1 (%2 periods/year, %3, risk-free %4 a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active convention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the statistics are defined (annualisation, deviation, risk-free handling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portfolio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;vention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correlation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monte Carlo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stress tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Efficient frontier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rebalancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VaR method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parametric (normal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parametric (Cornish-Fisher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VaR confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VaR horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> trading day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me&amp;thod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;fidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;How computed&lt;/b&gt; (the selected metric)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo fan chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress test notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficient frontier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frontier points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frontier portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current weight (invested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights of the selected portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frontier notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poi&amp;nts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w weights of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current weight (of total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target weight (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of the target weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the &amp;selected frontier portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets from the selected frontier portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;qual weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal-weight targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hole shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade whole shares only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply as transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the proposed trades as transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the trades as buy and sell lines on the valuation day; Edit &gt; Undo removes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalancing notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Targets&lt;/b&gt; (edit the weights, then propose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Proposed trades&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some panels could not be computed; see their notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading portfolios and analytics settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk view not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No portfolio yet: create one or import transactions in the Portfolio area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the risk of &apos;%1&apos;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk not computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance not computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo projection of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection not computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress tests of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress tests not computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficient frontier of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frontier not computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No optimal portfolio to start from; use equal weights or type targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalancing proposal for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volatility (annual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharpe ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sortino ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calmar ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak %1, trough %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum drawdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beta vs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpha vs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, %n day(s), %3</source>
        <translation>
            <numerusform>%1 %2, %n day, %3</numerusform>
            <numerusform>%1 %2, %n days, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>VaR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVaR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-weighted return (TTWROR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTWROR annualised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money-weighted return (IRR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No explanation in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No correlation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5th to 95th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25th to 75th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trading days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paths, %2 from %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bootstrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GBM</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>After %n trading day(s): median %1, 5th percentile %2, 95th percentile %3. </source>
        <translation>
            <numerusform>After %n trading day: median %1, 5th percentile %2, 95th percentile %3. </numerusform>
            <numerusform>After %n trading days: median %1, 5th percentile %2, 95th percentile %3. </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Efficient frontier (%n point(s))</source>
        <translation>
            <numerusform>Efficient frontier (%n point)</numerusform>
            <numerusform>Efficient frontier (%n points)</numerusform>
        </translation>
    </message>
    <message>
        <source>Minimum variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum Sharpe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current portfolio (realised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volatility (annual, %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected return (annual, %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 daily returns, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frontier point %1: volatility %2 %, return %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No maximum-Sharpe portfolio: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current portfolio is shown at its realised annual volatility and return (cash included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets sum to %1 % of the total value (holdings + cash); they must sum to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per cent of the total value (holdings + cash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1: total %2 %3, cash after %4 %3, fees %5 %3. %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply rebalancing (%n trade(s))</source>
        <translation>
            <numerusform>Apply rebalancing (%n trade)</numerusform>
            <numerusform>Apply rebalancing (%n trades)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 to %4, %Ln observation(s)</source>
        <translation>
            <numerusform>%1 (%2): %3 to %4, %Ln observation</numerusform>
            <numerusform>%1 (%2): %3 to %4, %Ln observations</numerusform>
        </translation>
    </message>
    <message>
        <source>No risk figures yet: pick a portfolio and wait for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> trading days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far ahead the paths run: 252 trading days are about a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More paths give steadier percentiles and take longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hori&amp;zon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ths:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario name, e.g. Tech sell-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shock applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every position (market-wide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One asset class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset class or symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equity, bond, ... or a symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes your own scenario selected in the table; the built-in ones stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one of your own scenarios (below the built-in ones) to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>market-wide shock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shock to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stress scenario needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the asset class or the instrument the shock moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom stress &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change must be above -100 % and at most +1000 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON array of scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scope &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::RuleEditor</name>
    <message>
        <source>Run this rule instead of the form&apos;s strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule from built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule from built-in...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>param fast: int = 10 in 2..200
param slow: int = 30 in 5..400
entry = cross_above(sma(close, fast), sma(close, slow))
exit = cross_below(sma(close, fast), sma(close, slow))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this rule in the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a rule file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rule to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules (*.rule *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters (from the &apos;param&apos; lines):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiles: %1 parameter(s), %2, %3 plan nodes (%4 indicator arrays shared with sweeps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long and short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a rule or start from a built-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): hover an underline or pick a line below.</source>
        <translation>
            <numerusform>%n problem: hover an underline or pick a line below.</numerusform>
            <numerusform>%n problems: hover an underline or pick a line below.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 bytes: not a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::RuleHighlighter</name>
    <message>
        <source>%1
hint: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::RuleLibraryPanel</name>
    <message>
        <source>&amp;Open in editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of the selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters, digits, _ - .</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule library status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (v%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1  %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 as version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unchanged: the text equals version %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::RunHistoryPanel</name>
    <message>
        <source>Saved runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two runs (Ctrl+click) to compare their KPIs and equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity of the compared runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete saved runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n saved run(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n saved run? This cannot be undone.</numerusform>
            <numerusform>Delete %n saved runs? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click or F2 to rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n saved run(s)</source>
        <translation>
            <numerusform>%n saved run</numerusform>
            <numerusform>%n saved runs</numerusform>
        </translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAGR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharpe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sortino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max drawdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◆ Shared (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with team workspace &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::ScheduledRefresh</name>
    <message>
        <source>nothing to refresh: no watchlist holds a symbol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n watchlist symbol(s): </source>
        <translation>
            <numerusform>%n watchlist symbol: </numerusform>
            <numerusform>%n watchlist symbols: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 updated, %2 already current, %3 offline, %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled refresh is off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market data last refreshed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: the connection is metered (%1 backend); allow it in Preferences &gt; Data providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market data refresh %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (metered or not: cannot tell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the system reports no network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing watchlist symbols...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing watchlist symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market data refreshed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh result could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::SentimentPane</name>
    <message>
        <source>News sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No news loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No news about %1 in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s), mean score %2, %3% positive, %4% negative</source>
        <translation>
            <numerusform>%1: %n item, mean score %2, %3% positive, %4% negative</numerusform>
            <numerusform>%1: %n items, mean score %2, %3% positive, %4% negative</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>News sentiment per hour (UTC): mean score and items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News sentiment per day (UTC): mean score and items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nalytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SQLite file (embedded, no set-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postgre&amp;SQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use from next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new database is created and migrated on first use; the sample data is loaded only into the default file. The change takes effect when SuperNova starts next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: schema version %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty, will be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>existing SuperNova database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: SuperNova uses %1 from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new key and press Save; a stored key is never shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the key back from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are kept only in the system keychain (Secret Service), never in files, settings or logs. Without a keychain they cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stored (%n character(s)).</source>
        <translation>
            <numerusform>Stored (%n character).</numerusform>
            <numerusform>Stored (%n characters).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default statistics convention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk-free rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Convention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk-free rate (annual):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supernova: 252 days, sample deviation, risk-free rate compounded to a daily rate. vectorbt, backtrader and lean reproduce those tools&apos; own formulas. Stored in the database, so supernova-cli uses the same defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No translation for %1 is available; English is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;visor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily cost limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. retirement income, capital growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. no single stock above 20 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model (name prefix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input $ / 1M tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output $ / 1M tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor settings status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily &amp;cost limit (cloud models):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk &amp;score (1 cautious - 10 aggressive):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onstraints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices estimate each message&apos;s cost and count against the daily limit; the defaults are list prices at the time of writing, edit them to your contract. Local servers cost nothing and are never blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading advisor settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored advisor settings cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: price table line %1 needs a model name and two prices of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data p&amp;roviders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News &amp;feeds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::Sparkline</name>
    <message>
        <source>Equity curve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::StrategyForm</name>
    <message>
        <source>Starting cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission per share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slippage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizing value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;short positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash at the start of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission as a percentage of the traded value, on every fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission per share (unit) traded, added to the percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The least commission charged per fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each fill price moves against the trader by this many basis points of the reference price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All in (fractional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent of equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next bar&apos;s open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same bar&apos;s close (optimistic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trades on a price known only once the bar has closed: results are optimistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow short positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;trategy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash, costs and fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lippage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;zing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units / percent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ill at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3 to %4, default %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rotates between assets: choose at least two symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one symbol, %2 chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date must be before the end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a number in range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting cash must be above zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizing: give the number of units or the percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen symbols have different bar intervals (%1): choose one interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split/dividend &amp;adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split and dividend adjusted prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on the prices adjusted for the stored splits and dividends, so a 2:1 split is not a 50 % fall; off: the stored prices as traded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backtest form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::SymbolMatchModel</name>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::SymbolSearchPanel</name>
    <message>
        <source>&amp;Add and fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a symbol or company name, e.g. apple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a symbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the data providers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data provider is enabled: enable one in Preferences &gt; Data providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search is not offered by %1 (%2): type the exact symbol in Fetch / refresh, or pick a provider that has a search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching %1 for &quot;%2&quot;...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 knows no symbol for &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) from %1: pick one and Add to fetch its prices.</source>
        <translation>
            <numerusform>%n match from %1: pick it and Add to fetch its prices.</numerusform>
            <numerusform>%n matches from %1: pick one and Add to fetch its prices.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sn::ui::SyncIndicator</name>
    <message>
        <source>Team sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catching up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 as %2, workspace %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team server set up (Preferences &gt; Team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n local edit(s) wait for the server</source>
        <translation>
            <numerusform>%n local edit waits for the server</numerusform>
            <numerusform>%n local edits wait for the server</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to open the Team area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::TeamItemShareBar</name>
    <message>
        <source>Share with team...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: you are a viewer in team workspace &apos;%1&apos;, and the team server refuses a viewer&apos;s changes to the shared %2 &apos;%3&apos;. Ask an admin for the analyst role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◆ Shared (%1) · read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◆ Shared (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with team workspace &apos;%1&apos;: changes are sent to the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a team server first (Preferences &gt; Team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a %1 to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share this %1 with team workspace &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share %1 &apos;%2&apos; with team workspace &apos;%3&apos;? Members of the workspace will see it and, unless they are viewers, change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared: set up a team server first (Preferences &gt; Team).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared: select a %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is shared with team workspace &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::TeamSession</name>
    <message>
        <source>Set the team server, user and workspace in Preferences &gt; Team first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the team server: the chat line was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::TeamSettingsPage</name>
    <message>
        <source>Team server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow unencrypted ws:// to this computer (development only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used once to sign in, never stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team sign-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects to the server and shows its certificate&apos;s SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revokes the sign-in on the server and deletes it from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server shares portfolios and chat with your team. These settings are kept in the database (supernova-cli sync uses them too); the sign-in token is kept only in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server&apos;s certificate is not trusted by this system (%1).

SHA-256 fingerprint:
%2

Compare it with the one your administrator gave you. Trust this certificate for this server from now on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1; the token is kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out: the token was deleted from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a wss:// URL: there is no certificate to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted by this system; SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is trusted by this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is the pinned one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not the certificate pinned before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was not trusted; the app will not connect to this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remember the certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate pinned: the app trusts exactly this certificate for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::TeamShareBar</name>
    <message>
        <source>Share with team...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: you are a viewer in team workspace &apos;%1&apos;, and the team server refuses a viewer&apos;s changes to the shared portfolio &apos;%2&apos;. Ask an admin for the analyst role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◆ Shared (%1) · read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◆ Shared (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with team workspace &apos;%1&apos;: changes are sent to the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a team server first (Preferences &gt; Team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share this portfolio and its ledger with team workspace &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share portfolio &apos;%1&apos; and its whole ledger with team workspace &apos;%2&apos;? Members of the workspace will see it and, unless they are viewers, change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared: set up a team server first (Preferences &gt; Team).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio &apos;%1&apos; is shared with team workspace &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team notes on this portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and comments of the team on portfolio &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::TeamView</name>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes this computer and the team server disagree on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New room...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room name (letters, digits, space, _ . @ -):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message (@name mentions a member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catching up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team server set up. Set the server, user and workspace in Preferences &gt; Team, then sign in there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2 as &lt;b&gt;%3&lt;/b&gt;, workspace &lt;b&gt;%4&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (role: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) waiting for the server</source>
        <translation>
            <numerusform>%n edit waiting for the server</numerusform>
            <numerusform>%n edits waiting for the server</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts (%1)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages in this room yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the shared items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading shared items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::ToolCard</name>
    <message>
        <source>Tool call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strategy (solid) vs buy &amp; hold (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchlists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest of a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-forward analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalancing proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy and hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excess return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band width (k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value at risk (VaR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional VaR (CVaR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VaR amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVaR amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-weighted return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-weighted return, annualised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal rate of return (IRR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combinations tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-sample bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out-of-sample bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out-of-sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trading days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability of the loss limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability of the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk-free rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degrees of freedom (ddof)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>horizon (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trading days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open positions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::TradeTableModel</name>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::TransactionCommands</name>
    <message>
        <source>Edit transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n transaction(s)</source>
        <translation>
            <numerusform>Delete %n transaction</numerusform>
            <numerusform>Delete %n transactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sn::ui::TransactionTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1: not stored until it is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 has no symbol: clear the symbol first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 needs a symbol: set the symbol first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 needs a symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no instrument &apos;%1&apos; is stored (import its prices first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 has no symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a three-letter currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount too large: quantity x price leaves the exact decimal range (+/-9.2 trillion)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::WalkForwardPanel</name>
    <message>
        <source>A&amp;nchored (every in-sample window starts at the first bar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;walk-forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-sample bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars each optimisation sees (756 = about three years of daily bars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out-of-sample bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars the in-sample winner then trades; rolling windows slide by this much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchored windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run walk-forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel walk-forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-forward progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-forward status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid and the ranking metric are those of the Optimisation tab; costs, sizing and fills those of the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-forward windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stitched out-of-sample equity against the in-sample optimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-forward (out of sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-sample optimum (hindsight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-forward equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In-sample:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Out-of-sample:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IS score (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IS return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IS Sharpe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOS return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOS Sharpe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOS max DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOS trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 windows; stitched out of sample: return %2, Sharpe %3, max drawdown %4. In-sample optimum over the same span (%5): return %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::WatchlistsView</name>
    <message>
        <source>Watchlists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbols of the watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to reorder, or use Alt+Up and Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reordering watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New watchlist...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename watchlist...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete watchlist...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the watchlist &apos;%1&apos;? Its instruments and prices are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move symbol &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move symbol do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Watchlists&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Symbols&lt;/b&gt; (drag to reorder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading watchlists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A watchlist needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sn::ui::axis</name>
    <message>
        <source>%1B</source>
        <extracomment>Volume axis: thousands, millions, billions (%1 is the number).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1K</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
