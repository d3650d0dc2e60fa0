<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AreaGuide</name>
    <message>
        <source>The dashboard is the overview you start from: the chosen portfolio&apos;s value and its change over the day, the year and since its start, its return against the benchmark, the allocation, your watchlist, the day&apos;s top movers and the latest saved backtest runs.

- Pick the portfolio at the top.
- Double-click a watchlist row to open its chart, or a recent run to open it in the Backtest lab.
- Type a question in the advisor box to ask the Advisor about your data.</source>
        <translation>Das Dashboard ist die Übersicht, von der Sie ausgehen: der Wert des gewählten Depots und seine Veränderung über den Tag, das Jahr und seit Beginn, seine Rendite gegenüber der Benchmark, die Aufteilung, Ihre Beobachtungsliste, die Top-Bewegungen des Tages und die zuletzt gespeicherten Backtest-Läufe.

- Wählen Sie oben das Depot aus.
- Doppelklicken Sie auf eine Zeile der Beobachtungsliste, um ihr Diagramm zu öffnen, oder auf einen letzten Lauf, um ihn im Backtest-Labor zu öffnen.
- Geben Sie eine Frage in das Beraterfeld ein, um den Berater zu Ihren Daten zu befragen.</translation>
    </message>
    <message>
        <source>Charts show an instrument&apos;s prices as candles, bars or a line, with volume and indicators such as moving averages, Bollinger bands, RSI and MACD.

- Choose the symbol, the chart type and the indicators; Add another adds the selected indicator again with other settings.
- Zoom with the mouse wheel, pan by dragging, and hover for the values of a bar.
- Export the chart as a PNG or SVG picture from the File menu.</source>
        <translation>Diagramme zeigen die Kurse eines Instruments als Kerzen, Balken oder Linie, mit Volumen und Indikatoren wie gleitenden Durchschnitten, Bollinger-Bändern, RSI und MACD.

- Wählen Sie das Symbol, den Diagrammtyp und die Indikatoren; Weiteren hinzufügen fügt den gewählten Indikator erneut mit anderen Einstellungen hinzu.
- Zoomen Sie mit dem Mausrad, verschieben Sie durch Ziehen, und fahren Sie mit der Maus über einen Bar, um seine Werte zu sehen.
- Exportieren Sie das Diagramm über das Menü Datei als PNG- oder SVG-Bild.</translation>
    </message>
    <message>
        <source>The Portfolio area holds what you own: the holdings valued at the last stored close, and every transaction (buys, sells, deposits, withdrawals, dividends, fees) that makes them up.

- Create, rename or delete a portfolio from the File menu.
- Add, duplicate or delete transactions in the grid; every change is checked before it is saved, and Edit &gt; Undo takes it back.
- Filter the transactions, copy them as a table, or export them as CSV.</source>
        <translation>Der Bereich Depot enthält, was Sie besitzen: die Bestände, bewertet zum letzten gespeicherten Schlusskurs, und jede Transaktion (Käufe, Verkäufe, Einzahlungen, Auszahlungen, Dividenden, Gebühren), aus der sie sich ergeben.

- Legen Sie ein Depot über das Menü Datei an, benennen Sie es um oder löschen Sie es.
- Fügen Sie Transaktionen im Raster hinzu, duplizieren oder löschen Sie sie; jede Änderung wird vor dem Speichern geprüft, und Bearbeiten &gt; Rückgängig nimmt sie zurück.
- Filtern Sie die Transaktionen, kopieren Sie sie als Tabelle oder exportieren Sie sie als CSV.</translation>
    </message>
    <message>
        <source>Watchlists keep the instruments you follow, with their last price and change.

- Create a watchlist, then add symbols to it with Add.
- Remove a symbol with Delete; drag the symbols, or use Alt+Up and Alt+Down, to reorder them.
- The dashboard shows the first watchlist; double-click a row there to open its chart.</source>
        <translation>Beobachtungslisten enthalten die Instrumente, die Sie verfolgen, mit ihrem letzten Kurs und ihrer Veränderung.

- Legen Sie eine Beobachtungsliste an und fügen Sie ihr dann mit Hinzufügen Symbole hinzu.
- Entfernen Sie ein Symbol mit der Taste Delete; ziehen Sie die Symbole oder verwenden Sie Alt+Up und Alt+Down, um sie umzusortieren.
- Das Dashboard zeigt die erste Beobachtungsliste; doppelklicken Sie dort auf eine Zeile, um ihr Diagramm zu öffnen.</translation>
    </message>
    <message>
        <source>The Backtest lab tests a trading strategy on stored prices before you risk money on it.

- Choose the symbol, the strategy, its parameters, the dates and the costs, then Run: the results show the equity and drawdown curves, the key figures and every trade.
- Optimisation runs every combination of two parameter ranges and ranks them by the figure you choose; Walk-forward checks whether the best combination holds on data it was not chosen on.
- Save a run to find it again under History, where two runs can be compared; the Rule tab writes your own strategy in the rule language.</source>
        <translation>Das Backtest-Labor testet eine Handelsstrategie an gespeicherten Kursen, bevor Sie Geld dafür riskieren.

- Wählen Sie das Symbol, die Strategie, ihre Parameter, den Zeitraum und die Kosten, dann Ausführen: die Ergebnisse zeigen die Kapital- und Drawdown-Kurven, die wichtigsten Kennzahlen und jeden Trade.
- Die Optimierung testet jede Kombination zweier Parameterbereiche und ordnet sie nach der gewählten Kennzahl; Walk-Forward prüft, ob die beste Kombination auch auf Daten besteht, anhand derer sie nicht gewählt wurde.
- Speichern Sie einen Lauf, um ihn unter Verlauf wiederzufinden, wo sich zwei Läufe vergleichen lassen; im Reiter Regel schreiben Sie Ihre eigene Strategie in der Regelsprache.</translation>
    </message>
    <message>
        <source>The Risk area measures how much a portfolio could lose and how to spread it better.

- The summary gives volatility, Sharpe ratio, drawdown and value at risk (VaR) for the chosen confidence and horizon; the statistics follow the convention you pick.
- Correlation shows how the holdings move together; Monte Carlo projects the portfolio&apos;s value; Stress tests replay past crises and shocks on today&apos;s holdings.
- Efficient frontier and Rebalancing propose target weights and the trades that reach them, which you can apply as transactions.</source>
        <translation>Der Bereich Risiko misst, wie viel ein Depot verlieren könnte und wie es sich besser streuen lässt.

- Die Übersicht zeigt Volatilität, Sharpe-Ratio, Drawdown und Value at Risk (VaR) für das gewählte Konfidenzniveau und den gewählten Horizont; die Kennzahlen folgen der gewählten Konvention.
- Korrelation zeigt, wie sich die Bestände gemeinsam bewegen; Monte Carlo projiziert den Depotwert; Stresstests spielen vergangene Krisen und Schocks auf den heutigen Beständen nach.
- Effizienzlinie und Rebalancing schlagen Zielgewichtungen und die Trades vor, die sie erreichen; diese können Sie als Transaktionen übernehmen.</translation>
    </message>
    <message>
        <source>The Advisor answers questions about your own data: it runs backtests, risk reports and indicators through the same tools as the rest of the program and shows the numbers it used.

- Type a question and press Enter (Shift+Enter for a new line), or click one of the suggested questions.
- Conversations are kept: start a new one, find, rename or delete old ones.
- Without a language model configured in Preferences, the offline advisor answers the common questions itself.</source>
        <translation>Der Berater beantwortet Fragen zu Ihren eigenen Daten: er führt Backtests, Risikoberichte und Indikatoren mit denselben Werkzeugen wie der Rest des Programms aus und zeigt die verwendeten Zahlen.

- Geben Sie eine Frage ein und drücken Sie Enter (Shift+Enter für eine neue Zeile), oder klicken Sie auf eine der vorgeschlagenen Fragen.
- Unterhaltungen werden aufbewahrt: beginnen Sie eine neue, suchen, benennen Sie alte um oder löschen Sie sie.
- Ist in den Einstellungen kein Sprachmodell eingerichtet, beantwortet der Offline-Berater die häufigen Fragen selbst.</translation>
    </message>
    <message>
        <source>There is no guide for this area yet.</source>
        <translation>Für diesen Bereich gibt es noch keine Anleitung.</translation>
    </message>
    <message>
        <source>Help &gt; Keyboard shortcuts (F1) lists every shortcut.</source>
        <translation>Hilfe &gt; Tastenkürzel (F1) listet alle Tastenkürzel auf.</translation>
    </message>
    <message>
        <source>Guide: %1</source>
        <translation>Anleitung: %1</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>The Team area shares your work with colleagues through your team&apos;s server; your own database stays the source of your work, and edits made offline are sent when you are back online.

- Sign in under Edit &gt; Preferences &gt; Team (server, user, workspace); the status bar shows whether you are online and how many edits wait to be sent.
- Share a portfolio with Share with team... in the Portfolio area; the Team area lists the shared items, who changed them last, the members online and the team chat.
- When a colleague changed the same item, Conflicts shows both versions side by side so you can keep yours or take theirs.</source>
        <translation>Der Team-Bereich teilt Ihre Arbeit über den Server Ihres Teams mit Kollegen; Ihre eigene Datenbank bleibt die Quelle Ihrer Arbeit, und offline vorgenommene Änderungen werden gesendet, sobald Sie wieder online sind.

- Melden Sie sich unter Bearbeiten &gt; Einstellungen &gt; Team an (Server, Benutzer, Arbeitsbereich); die Statusleiste zeigt, ob Sie online sind und wie viele Änderungen auf das Senden warten.
- Teilen Sie ein Depot mit „Mit dem Team teilen...“ im Depot-Bereich; der Team-Bereich listet die geteilten Elemente, wer sie zuletzt geändert hat, die Mitglieder online und den Team-Chat.
- Hat ein Kollege dasselbe Element geändert, zeigt „Konflikte“ beide Versionen nebeneinander, damit Sie Ihre behalten oder seine übernehmen können.</translation>
    </message>
    <message>
        <source>Market data lists every instrument stored in your database and its bars, the prices every other area works on.

- Select an instrument to see its bars, their date range and where they came from.
- Type in the filter box to find an instrument by symbol or name.
- Import bars from a CSV file with File &gt; Import CSV (wizard): it shows the file, lets you map the columns and checks every row before anything is stored.
- Add a symbol by typing part of its name in Add a symbol: the provider&apos;s matches show with their exchange and type, and Add and fetch stores the prices. Fetch / refresh gets what is new for the symbols you type; without a network it says up to which day your data reaches.
- Choose the providers, their order, their keys and a scheduled refresh of your watchlists in Edit &gt; Preferences &gt; Data providers; the line under Fetch / refresh says when it last ran.</source>
        <translation>Marktdaten listet jedes in Ihrer Datenbank gespeicherte Instrument mit seinen Bars auf, die Kurse, mit denen alle anderen Bereiche arbeiten.

- Wählen Sie ein Instrument, um seine Bars, ihren Zeitraum und ihre Herkunft zu sehen.
- Geben Sie etwas in das Filterfeld ein, um ein Instrument nach Symbol oder Name zu finden.
- Importieren Sie Bars aus einer CSV-Datei mit Datei &gt; CSV importieren (Assistent): er zeigt die Datei, lässt Sie die Spalten zuordnen und prüft jede Zeile, bevor etwas gespeichert wird.
- Fügen Sie ein Symbol hinzu, indem Sie einen Teil seines Namens in „Symbol hinzufügen“ eingeben: die Treffer des Anbieters erscheinen mit Börse und Typ, und „Hinzufügen und abrufen“ speichert die Kurse. „Abrufen / aktualisieren“ holt das Neue für die eingegebenen Symbole; ohne Netzwerk sagt es, bis zu welchem Tag Ihre Daten reichen.
- Wählen Sie die Anbieter, ihre Reihenfolge, ihre Schlüssel und eine geplante Aktualisierung Ihrer Beobachtungslisten unter Bearbeiten &gt; Einstellungen &gt; Datenanbieter; die Zeile unter „Abrufen / aktualisieren“ sagt, wann sie zuletzt lief.</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Moving-average crossover (SMA)</source>
        <translation>Crossover gleitender Durchschnitte (SMA)</translation>
    </message>
    <message>
        <source>Moving-average crossover (EMA)</source>
        <translation>Crossover gleitender Durchschnitte (EMA)</translation>
    </message>
    <message>
        <source>MACD signal-line crossover</source>
        <translation>MACD-Signallinien-Crossover</translation>
    </message>
    <message>
        <source>RSI mean reversion</source>
        <translation>RSI-Mean-Reversion</translation>
    </message>
    <message>
        <source>Bollinger band mean reversion</source>
        <translation>Bollinger-Band-Mean-Reversion</translation>
    </message>
    <message>
        <source>Bollinger band breakout</source>
        <translation>Bollinger-Band-Ausbruch</translation>
    </message>
    <message>
        <source>Donchian channel breakout</source>
        <translation>Donchian-Kanal-Ausbruch</translation>
    </message>
    <message>
        <source>Buy and hold</source>
        <translation>Buy-and-Hold</translation>
    </message>
    <message>
        <source>Momentum rotation (several assets)</source>
        <translation>Momentum-Rotation (mehrere Werte)</translation>
    </message>
    <message>
        <source>Holds the instrument while the fast simple moving average is above the slow one and sells (or goes short) when it falls below.</source>
        <translation>Hält das Instrument, solange der schnelle einfache gleitende Durchschnitt über dem langsamen liegt, und verkauft (oder geht short), wenn er darunter fällt.</translation>
    </message>
    <message>
        <source>Holds the instrument while the fast exponential moving average is above the slow one and sells (or goes short) when it falls below.</source>
        <translation>Hält das Instrument, solange der schnelle exponentielle gleitende Durchschnitt über dem langsamen liegt, und verkauft (oder geht short), wenn er darunter fällt.</translation>
    </message>
    <message>
        <source>Buys when the MACD line crosses above its signal line and sells (or goes short) when it crosses below.</source>
        <translation>Kauft, wenn die MACD-Linie ihre Signallinie von unten kreuzt, und verkauft (oder geht short), wenn sie sie von oben kreuzt.</translation>
    </message>
    <message>
        <source>Buys when the RSI falls below the lower level (oversold) and sells when it rises above the upper level (overbought); with short positions allowed it also sells short above the upper level.</source>
        <translation>Kauft, wenn der RSI unter die untere Schwelle fällt (überverkauft), und verkauft, wenn er über die obere Schwelle steigt (überkauft); sind Short-Positionen erlaubt, verkauft er über der oberen Schwelle auch leer.</translation>
    </message>
    <message>
        <source>Buys when the close falls below the lower Bollinger band and sells when it is back at the middle band.</source>
        <translation>Kauft, wenn der Schlusskurs unter das untere Bollinger-Band fällt, und verkauft, wenn er wieder das mittlere Band erreicht.</translation>
    </message>
    <message>
        <source>Buys when the close rises above the upper Bollinger band and sells when it falls below the middle band.</source>
        <translation>Kauft, wenn der Schlusskurs über das obere Bollinger-Band steigt, und verkauft, wenn er unter das mittlere Band fällt.</translation>
    </message>
    <message>
        <source>Buys when the close breaks above the highest high of the entry channel and sells (or goes short) when it breaks below the lowest low of the exit channel.</source>
        <translation>Kauft, wenn der Schlusskurs über das höchste Hoch des Einstiegskanals ausbricht, und verkauft (oder geht short), wenn er unter das tiefste Tief des Ausstiegskanals fällt.</translation>
    </message>
    <message>
        <source>Buys at the first possible bar and never sells: the benchmark the other strategies are measured against.</source>
        <translation>Kauft beim ersten möglichen Bar und verkauft nie: die Benchmark, an der die anderen Strategien gemessen werden.</translation>
    </message>
    <message>
        <source>Holds the assets with the best trailing return in equal weights, chosen again at each month end from one shared cash account.</source>
        <translation>Hält die Werte mit der besten zurückliegenden Rendite zu gleichen Gewichten, an jedem Monatsende neu gewählt, aus einem gemeinsamen Barkonto.</translation>
    </message>
    <message>
        <source>Fast length</source>
        <translation>Schnelle Periode</translation>
    </message>
    <message>
        <source>Slow length</source>
        <translation>Langsame Periode</translation>
    </message>
    <message>
        <source>Signal length</source>
        <translation>Signalperiode</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Lower level</source>
        <translation>Untere Schwelle</translation>
    </message>
    <message>
        <source>Upper level</source>
        <translation>Obere Schwelle</translation>
    </message>
    <message>
        <source>Band width (deviations)</source>
        <translation>Bandbreite (Standardabweichungen)</translation>
    </message>
    <message>
        <source>Exit period</source>
        <translation>Ausstiegsperiode</translation>
    </message>
    <message>
        <source>Lookback (bars)</source>
        <translation>Rückblick (Bars)</translation>
    </message>
    <message>
        <source>Assets held</source>
        <translation>Gehaltene Werte</translation>
    </message>
    <message>
        <source>Final equity</source>
        <translation>Endkapital</translation>
    </message>
    <message>
        <source>Total return</source>
        <translation>Gesamtrendite</translation>
    </message>
    <message>
        <source>Annual growth rate (CAGR)</source>
        <translation>Jährliche Wachstumsrate (CAGR)</translation>
    </message>
    <message>
        <source>Annual volatility</source>
        <translation>Jährliche Volatilität</translation>
    </message>
    <message>
        <source>Sharpe ratio</source>
        <translation>Sharpe-Ratio</translation>
    </message>
    <message>
        <source>Sortino ratio</source>
        <translation>Sortino-Ratio</translation>
    </message>
    <message>
        <source>Calmar ratio</source>
        <translation>Calmar-Ratio</translation>
    </message>
    <message>
        <source>Maximum drawdown</source>
        <translation>Maximaler Drawdown</translation>
    </message>
    <message>
        <source>Time in the market</source>
        <translation>Zeit im Markt</translation>
    </message>
    <message>
        <source>Number of trades</source>
        <translation>Anzahl der Trades</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Profit factor</source>
        <translation>Profitfaktor</translation>
    </message>
    <message>
        <source>Average profit per trade</source>
        <translation>Durchschnittlicher Gewinn pro Trade</translation>
    </message>
    <message>
        <source>SuperNova standard</source>
        <translation>SuperNova-Standard</translation>
    </message>
    <message>
        <source>As vectorbt computes it</source>
        <translation>Wie vectorbt rechnet</translation>
    </message>
    <message>
        <source>As backtrader computes it</source>
        <translation>Wie backtrader rechnet</translation>
    </message>
    <message>
        <source>As QuantConnect LEAN computes it</source>
        <translation>Wie QuantConnect LEAN rechnet</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Dividend</source>
        <translation>Dividende</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Zinsen</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Einzahlung</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>Einlieferung</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Auslieferung</translation>
    </message>
    <message>
        <source>Financial crisis 2008-09</source>
        <translation>Finanzkrise 2008-09</translation>
    </message>
    <message>
        <source>COVID-19 crash 2020</source>
        <translation>COVID-19-Crash 2020</translation>
    </message>
    <message>
        <source>Replay %1 to %2</source>
        <translation>Historischer Zeitraum %1 bis %2</translation>
    </message>
    <message>
        <source>Every position %1</source>
        <translation>Alle Positionen %1</translation>
    </message>
    <message>
        <source>Equities %1</source>
        <translation>Aktien %1</translation>
    </message>
    <message>
        <source>Asset class %1 %2</source>
        <translation>Anlageklasse %1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>NetworkStatus</name>
    <message>
        <source>No network-information backend could be loaded, so whether the connection is metered cannot be told: a scheduled refresh runs as if it were not.</source>
        <translation>Es konnte kein Backend für Netzwerkinformationen geladen werden, daher lässt sich nicht feststellen, ob die Verbindung getaktet ist: eine geplante Aktualisierung läuft, als wäre sie es nicht.</translation>
    </message>
    <message>
        <source>The system&apos;s network backend (%1) cannot tell whether the connection is metered: a scheduled refresh runs as if it were not.</source>
        <translation>Das Netzwerk-Backend des Systems (%1) kann nicht feststellen, ob die Verbindung getaktet ist: eine geplante Aktualisierung läuft, als wäre sie es nicht.</translation>
    </message>
    <message>
        <source>The connection is metered (as the %1 backend reports).</source>
        <translation>Die Verbindung ist getaktet (laut Backend %1).</translation>
    </message>
    <message>
        <source>The connection is not metered (as the %1 backend reports).</source>
        <translation>Die Verbindung ist nicht getaktet (laut Backend %1).</translation>
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
        <translation># SuperNova %1

Eine Arbeitsumgebung für Handelsberatung für Analysten.

- Datenbank: `%2`
- Qt %3 (LGPL-3.0), QtKeychain, spdlog und fmt (MIT), Eigen (MPL-2.0), SQLite (gemeinfrei), libpq (PostgreSQL-Lizenz), OpenSSL 3 (Apache-2.0)

Die mitgelieferten Beispieldaten und ihre Lizenzen stehen unter Hilfe &gt; Über die Beispieldaten.</translation>
    </message>
    <message>
        <source>About SuperNova</source>
        <translation>Über SuperNova</translation>
    </message>
    <message>
        <source>About sample data</source>
        <translation>Über die Beispieldaten</translation>
    </message>
    <message>
        <source>Reading bars</source>
        <translation>Kursdaten werden gelesen</translation>
    </message>
    <message>
        <source>Simulating</source>
        <translation>Simulation läuft</translation>
    </message>
    <message>
        <source>Preparing charts</source>
        <translation>Diagramme werden vorbereitet</translation>
    </message>
    <message>
        <source>%1 of %2 combinations</source>
        <translation>%1 von %2 Kombinationen</translation>
    </message>
    <message>
        <source>Window %1 of %2</source>
        <translation>Fenster %1 von %2</translation>
    </message>
    <message>
        <source>In-sample optimum over the whole span</source>
        <translation>In-Sample-Optimum über den gesamten Zeitraum</translation>
    </message>
    <message>
        <source>the file holds no rows</source>
        <translation>die Datei enthält keine Zeilen</translation>
    </message>
    <message>
        <source>the file holds no transactions</source>
        <translation>die Datei enthält keine Transaktionen</translation>
    </message>
    <message>
        <source>%1 (%2): %3 bars, %4 to %5</source>
        <translation>%1 (%2): %3 Bars, %4 bis %5</translation>
    </message>
    <message>
        <source>%1 bad row(s) left out.</source>
        <translation>%1 fehlerhafte Zeile(n) ausgelassen.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 row(s):</source>
        <translation>%1 von %2 Zeile(n) importiert:</translation>
    </message>
    <message>
        <source>Imported %1 transaction(s) into &apos;%2&apos;, %3 to %4.</source>
        <translation>%1 Transaktion(en) in „%2“ importiert, %3 bis %4.</translation>
    </message>
    <message>
        <source>The database could not be opened:
%1</source>
        <translation>Die Datenbank konnte nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <source>Returns, VaR and covariance</source>
        <translation>Renditen, VaR und Kovarianz</translation>
    </message>
    <message numerus="yes">
        <source>Simulating %n path(s)</source>
        <translation>
            <numerusform>%n Pfad wird simuliert</numerusform>
            <numerusform>%n Pfade werden simuliert</numerusform>
        </translation>
    </message>
    <message>
        <source>Optimising</source>
        <translation>Optimierung läuft</translation>
    </message>
    <message>
        <source>Building the report</source>
        <translation>Bericht wird erstellt</translation>
    </message>
    <message>
        <source>Reading Preferences</source>
        <translation>Einstellungen werden gelesen</translation>
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
        <translation># Beispieldaten

SuperNova wird mit echten Kursen ausgeliefert, damit jeder Bereich etwas Zutreffendes zeigen kann, bevor Sie Ihre eigenen Daten importieren:

- **Apple (AAPL)**: Tageskurse von Mai 2013 bis Mai 2018. Die Schlusskurse sind um den 7:1-Split vom Juni 2014 bereinigt, nicht um Dividenden.
- **S&amp;P-500-Index (^GSPC)**: Tageswerte von Januar 2000 bis April 2020, durch das Platzen der Dotcom-Blase, die Finanzkrise 2008 und den Crash 2020. Er ist die Benchmark der Risikokennzahlen und ersetzt in den Stresstests Positionen ohne Daten.
- **Microsoft, Amazon, IBM, Apple und Google**: ein Kurs pro Monat von Januar 2000 bis März 2010 (Google ab August 2004). Monatskurse dienen Diagrammen und monatlichen Backtests; für tägliche Risikokennzahlen importieren Sie Tageskurse mit Datei &gt; Importieren.
- Ein Beispieldepot und eine Beispiel-Beobachtungsliste aus diesen Instrumenten, um die Bereiche Depot und Risiko auszuprobieren. Löschen oder ändern Sie sie nach Belieben.

## Herkunft der Daten

- Apple: das npm-Paket `@observablehq/sample-datasets` 1.0.1, das Yahoo! Finance als Quelle nennt; ISC-Lizenz.
- S&amp;P 500 und die Monatskurse: das npm-Paket `vega-datasets` 3.2.1 (Yahoo Finance für den S&amp;P 500); BSD-3-Clause-Lizenz. Seine Autoren geben an, dass die Daten zur Demonstration gedacht sind und Unstimmigkeiten enthalten können.

Die Beispieldaten dienen zum Kennenlernen des Programms, nicht für Anlageentscheidungen.</translation>
    </message>
    <message>
        <source>%1: %2 bars stored, data up to %3 (%4 request(s))</source>
        <translation>%1: %2 Bars gespeichert, Daten bis %3 (%4 Anfrage(n))</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>Scheduled market data refresh</source>
        <translation>Geplante Aktualisierung der Marktdaten</translation>
    </message>
</context>
<context>
    <name>sn::AdvisorSession</name>
    <message>
        <source>the offline advisor answers from the tools on your own database</source>
        <translation>der Offline-Berater antwortet mit den Werkzeugen aus Ihrer eigenen Datenbank</translation>
    </message>
    <message>
        <source>%1 at %2, model %3%4</source>
        <translation>%1 unter %2, Modell %3%4</translation>
    </message>
    <message>
        <source> (a server on this computer or the local network)</source>
        <translation> (ein Server auf diesem Computer oder im lokalen Netz)</translation>
    </message>
    <message>
        <source>risk score %1/10, horizon %2 years</source>
        <translation>Risikowert %1/10, Horizont %2 Jahre</translation>
    </message>
    <message>
        <source>, objectives (%1)</source>
        <translation>, Ziele (%1)</translation>
    </message>
    <message>
        <source>, constraints (%1)</source>
        <translation>, Einschränkungen (%1)</translation>
    </message>
    <message>
        <source>your question and this conversation&apos;s earlier questions and answers%1</source>
        <translation>Ihre Frage und die früheren Fragen und Antworten dieses Gesprächs%1</translation>
    </message>
    <message>
        <source> (answers built on portfolio data left out)</source>
        <translation> (ohne Antworten, die auf Depotdaten beruhen)</translation>
    </message>
    <message>
        <source>the instructions: persona &quot;%1&quot; and your risk profile: %2</source>
        <translation>die Anweisungen: Persona &quot;%1&quot; und Ihr Risikoprofil: %2</translation>
    </message>
    <message>
        <source>the descriptions of the tools offered and the results of those the model calls: %1</source>
        <translation>die Beschreibungen der angebotenen Werkzeuge und die Ergebnisse derer, die das Modell aufruft: %1</translation>
    </message>
    <message>
        <source>portfolio data when the model asks for it: holdings, values, performance, risk, projections</source>
        <translation>Depotdaten, wenn das Modell danach fragt: Bestände, Werte, Wertentwicklung, Risiko, Projektionen</translation>
    </message>
    <message>
        <source>the API key stored for %1 (keychain entry %2), as the credential</source>
        <translation>der für %1 gespeicherte API-Schlüssel (Schlüsselbund-Eintrag %2) als Zugangsdaten</translation>
    </message>
</context>
<context>
    <name>sn::Backtest</name>
    <message>
        <source>&apos;%1&apos; is not one of all_in, whole_shares, units:N, percent:P</source>
        <translation>&apos;%1&apos; ist keiner der Werte all_in, whole_shares, units:N, percent:P</translation>
    </message>
    <message>
        <source>units must be &gt; 0</source>
        <translation>Stückzahl muss &gt; 0 sein</translation>
    </message>
    <message>
        <source>percent must be in (0, 100]</source>
        <translation>Prozent muss in (0, 100] liegen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of next_open, close (close is optimistic)</source>
        <translation>&apos;%1&apos; ist keiner der Werte next_open, close (close ist optimistisch)</translation>
    </message>
    <message>
        <source>the series has no bars (empty date range?)</source>
        <translation>die Reihe hat keine Bars (leerer Datumsbereich?)</translation>
    </message>
    <message>
        <source>series %1</source>
        <translation>Reihe %1</translation>
    </message>
    <message>
        <source>bar times are not strictly increasing</source>
        <translation>die Zeitpunkte der Bars sind nicht streng aufsteigend</translation>
    </message>
    <message>
        <source>field &apos;open&apos; is not a positive number</source>
        <translation>Feld &apos;open&apos; ist keine positive Zahl</translation>
    </message>
    <message>
        <source>series %1 bar %2</source>
        <translation>Reihe %1, Bar %2</translation>
    </message>
    <message>
        <source>field &apos;close&apos; is not a positive number</source>
        <translation>Feld &apos;close&apos; ist keine positive Zahl</translation>
    </message>
    <message>
        <source>too few bars: %1 given, at least %2</source>
        <translation>zu wenige Bars: %1 vorhanden, mindestens %2 nötig</translation>
    </message>
    <message>
        <source>too few bars: %1 given, parameter &apos;%2&apos; = %3 needs at least %4</source>
        <translation>zu wenige Bars: %1 vorhanden, Parameter &apos;%2&apos; = %3 braucht mindestens %4</translation>
    </message>
    <message>
        <source>strategy %1</source>
        <translation>Strategie %1</translation>
    </message>
    <message>
        <source>&apos;allow_short&apos; is not supported by this strategy</source>
        <translation>&apos;allow_short&apos; wird von dieser Strategie nicht unterstützt</translation>
    </message>
    <message>
        <source>is a multi-asset strategy: give several series</source>
        <translation>ist eine Strategie über mehrere Werte: geben Sie mehrere Reihen an</translation>
    </message>
    <message>
        <source>is a single-series strategy</source>
        <translation>ist eine Strategie für eine einzelne Reihe</translation>
    </message>
    <message>
        <source>backtest config</source>
        <translation>Backtest-Konfiguration</translation>
    </message>
    <message>
        <source>distances cover %1 bars, the series has %2</source>
        <translation>die Abstände decken %1 Bars ab, die Reihe hat %2</translation>
    </message>
    <message>
        <source>must be a positive number</source>
        <translation>muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>must be &gt;= 0, got %1</source>
        <translation>muss &gt;= 0 sein, gefunden: %1</translation>
    </message>
    <message>
        <source>is a fraction of traded value and must be &lt; 1 (0.001 = 0.1%)</source>
        <translation>ist ein Anteil am gehandelten Wert und muss &lt; 1 sein (0.001 = 0,1 %)</translation>
    </message>
    <message>
        <source>must be &lt; 10000</source>
        <translation>muss &lt; 10000 sein</translation>
    </message>
    <message>
        <source>is a fraction of the entry price and must be &lt; 1</source>
        <translation>ist ein Anteil am Einstiegskurs und muss &lt; 1 sein</translation>
    </message>
    <message>
        <source>is a fraction and must be &lt; 1</source>
        <translation>ist ein Anteil und muss &lt; 1 sein</translation>
    </message>
    <message>
        <source>%1 parameter values given, expected %2</source>
        <translation>%1 Parameterwerte angegeben, erwartet: %2</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; must be a finite number</source>
        <translation>Parameter &apos;%1&apos; muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; must be a whole number, got %2</source>
        <translation>Parameter &apos;%1&apos; muss eine ganze Zahl sein, gefunden: %2</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; = %2 is outside [%3, %4]</source>
        <translation>Parameter &apos;%1&apos; = %2 liegt außerhalb von [%3, %4]</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; (%2) must be less than &apos;%3&apos; (%4)</source>
        <translation>Parameter &apos;%1&apos; (%2) muss kleiner sein als &apos;%3&apos; (%4)</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is unknown</source>
        <translation>Parameter &apos;%1&apos; ist unbekannt</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; must be true or false, got &apos;%2&apos;</source>
        <translation>Parameter &apos;%1&apos; muss true oder false sein, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; must be one of %2, got &apos;%3&apos;</source>
        <translation>Parameter &apos;%1&apos; muss einer der Werte %2 sein, gefunden: &apos;%3&apos;</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; must be a number, got &apos;%2&apos;</source>
        <translation>Parameter &apos;%1&apos; muss eine Zahl sein, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;allow_short&apos; is not supported (long-only rotation)</source>
        <translation>&apos;allow_short&apos; wird nicht unterstützt (Rotation nur Long)</translation>
    </message>
    <message>
        <source>&apos;sizing&apos; must be all_in or whole_shares (weights decide amounts)</source>
        <translation>&apos;sizing&apos; muss all_in oder whole_shares sein (die Gewichte bestimmen die Beträge)</translation>
    </message>
    <message>
        <source>needs at least 2 assets, got %1</source>
        <translation>braucht mindestens 2 Werte, erhalten: %1</translation>
    </message>
    <message>
        <source>parameter &apos;top_n&apos; (%1) exceeds the number of assets (%2)</source>
        <translation>Parameter &apos;top_n&apos; (%1) übersteigt die Anzahl der Werte (%2)</translation>
    </message>
    <message>
        <source>too few common bars: %1, parameter &apos;lookback&apos; = %2 needs at least %3</source>
        <translation>zu wenige gemeinsame Bars: %1, Parameter &apos;lookback&apos; = %2 braucht mindestens %3</translation>
    </message>
    <message>
        <source>sweep</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>expected name=start:stop[:step], got &apos;%1&apos;</source>
        <translation>erwartet name=start:stop[:step], gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>sweep range</source>
        <translation>Scan-Bereich</translation>
    </message>
    <message>
        <source>range &apos;%1&apos; must be start:stop[:step] with numbers, got &apos;%2&apos;</source>
        <translation>Bereich &apos;%1&apos; muss start:stop[:step] mit Zahlen sein, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>range &apos;%1&apos; step must be &gt; 0</source>
        <translation>Bereich &apos;%1&apos;: die Schrittweite muss &gt; 0 sein</translation>
    </message>
    <message>
        <source>range &apos;%1&apos; is empty (stop &lt; start)</source>
        <translation>Bereich &apos;%1&apos; ist leer (stop &lt; start)</translation>
    </message>
    <message>
        <source>bar range [%1, %2) is empty or too short</source>
        <translation>Bar-Bereich [%1, %2) ist leer oder zu kurz</translation>
    </message>
    <message>
        <source>no parameter range given (--grid name=start:stop:step)</source>
        <translation>kein Parameterbereich angegeben (--grid name=start:stop:step)</translation>
    </message>
    <message>
        <source>range &apos;%1&apos; is given twice</source>
        <translation>Bereich &apos;%1&apos; ist doppelt angegeben</translation>
    </message>
    <message>
        <source>range &apos;%1&apos; is empty or has a step &lt;= 0</source>
        <translation>Bereich &apos;%1&apos; ist leer oder hat eine Schrittweite &lt;= 0</translation>
    </message>
    <message>
        <source>range &apos;%1&apos; has too many values</source>
        <translation>Bereich &apos;%1&apos; hat zu viele Werte</translation>
    </message>
    <message>
        <source>range &apos;%1&apos; goes outside what parameter &apos;%1&apos; allows ([%2, %3], %4)</source>
        <translation>Bereich &apos;%1&apos; verlässt, was Parameter &apos;%1&apos; erlaubt ([%2, %3], %4)</translation>
    </message>
    <message>
        <source>the grid has %1 points, more than %2</source>
        <translation>das Raster hat %1 Punkte, mehr als %2</translation>
    </message>
    <message>
        <source>no grid point satisfies the parameter constraints</source>
        <translation>kein Rasterpunkt erfüllt die Bedingungen der Parameter</translation>
    </message>
    <message>
        <source>&apos;in_sample&apos; must be at least 2 bars</source>
        <translation>&apos;in_sample&apos; muss mindestens 2 Bars umfassen</translation>
    </message>
    <message>
        <source>walk-forward</source>
        <translation>Walk-Forward</translation>
    </message>
    <message>
        <source>&apos;out_of_sample&apos; must be at least 2 bars</source>
        <translation>&apos;out_of_sample&apos; muss mindestens 2 Bars umfassen</translation>
    </message>
    <message>
        <source>too few bars: %1 given, &apos;in_sample&apos; + &apos;out_of_sample&apos; = %2</source>
        <translation>zu wenige Bars: %1 vorhanden, &apos;in_sample&apos; + &apos;out_of_sample&apos; = %2</translation>
    </message>
    <message>
        <source>walk-forward window %1</source>
        <translation>Walk-Forward-Fenster %1</translation>
    </message>
    <message>
        <source>no complete window fits the series</source>
        <translation>kein vollständiges Fenster passt in die Reihe</translation>
    </message>
    <message>
        <source>unknown strategy &apos;%1&apos; (known: %2)</source>
        <translation>unbekannte Strategie &apos;%1&apos; (bekannt: %2)</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>empty or invalid bar range [%1, %2) of %3 bars</source>
        <translation>leerer oder ungültiger Bar-Bereich [%1, %2) von %3 Bars</translation>
    </message>
    <message>
        <source>backtest</source>
        <translation>Backtest</translation>
    </message>
    <message>
        <source>empty bar range</source>
        <translation>leerer Bar-Bereich</translation>
    </message>
</context>
<context>
    <name>sn::BarImporter</name>
    <message>
        <source>reading</source>
        <translation>wird gelesen</translation>
    </message>
    <message>
        <source>storing %1</source>
        <translation>%1 wird gespeichert</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>no bars to import</source>
        <translation>keine Bars zum Importieren</translation>
    </message>
    <message>
        <source>import cancelled; nothing was written</source>
        <translation>Import abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>symbol %1</source>
        <translation>Symbol %1</translation>
    </message>
</context>
<context>
    <name>sn::Charts</name>
    <message>
        <source>no %1 bars stored</source>
        <translation>keine %1-Kurse gespeichert</translation>
    </message>
    <message>
        <source>chart of %1</source>
        <translation>Diagramm von %1</translation>
    </message>
    <message>
        <source>compare with %1</source>
        <translation>Vergleich mit %1</translation>
    </message>
    <message>
        <source>unknown indicator &apos;%1&apos;</source>
        <translation>unbekannter Indikator „%1“</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;</source>
        <translation>unbekannter Parameter „%1“</translation>
    </message>
    <message>
        <source>indicator %1</source>
        <translation>Indikator %1</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; = %2 is not allowed</source>
        <translation>Parameter „%1“ = %2 ist nicht zulässig</translation>
    </message>
</context>
<context>
    <name>sn::CsvImport</name>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <source>%1: warning: field &apos;%2&apos;: %3</source>
        <translation>%1: Warnung: Feld &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos;: %3</source>
        <translation>%1: Feld &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>%1 of %2 rows are invalid; the file was not imported:</source>
        <translation>%1 von %2 Zeilen sind ungültig; die Datei wurde nicht importiert:</translation>
    </message>
    <message>
        <source>UTF-16 text; save the file as UTF-8 (or ASCII) CSV</source>
        <translation>UTF-16-Text; speichern Sie die Datei als UTF-8- (oder ASCII-) CSV</translation>
    </message>
    <message>
        <source>empty file: no header and no data</source>
        <translation>leere Datei: keine Kopfzeile und keine Daten</translation>
    </message>
    <message>
        <source>the header %1 has a single column: no delimiter (, ; tab |) found</source>
        <translation>die Kopfzeile %1 hat nur eine Spalte: kein Trennzeichen (, ; Tab |) gefunden</translation>
    </message>
    <message>
        <source>unterminated quote in the header</source>
        <translation>nicht geschlossenes Anführungszeichen in der Kopfzeile</translation>
    </message>
    <message>
        <source>the header names %1 twice (columns %2 and %3); rename one, or say which column is which with --map</source>
        <translation>die Kopfzeile nennt %1 zweimal (Spalten %2 und %3); benennen Sie eine um oder ordnen Sie die Spalten zu (--map)</translation>
    </message>
    <message>
        <source>adjusted prices asked for, but the file has no Adj Close column</source>
        <translation>bereinigte Kurse verlangt, aber die Datei hat keine Spalte Adj Close</translation>
    </message>
    <message>
        <source>truncated last line: the file ends without a newline after %1 of %2 fields (%3)</source>
        <translation>abgeschnittene letzte Zeile: die Datei endet ohne Zeilenumbruch nach %1 von %2 Feldern (%3)</translation>
    </message>
    <message>
        <source>header only: the file has no data rows</source>
        <translation>nur eine Kopfzeile: die Datei hat keine Datenzeilen</translation>
    </message>
    <message>
        <source>no row has the header&apos;s %1 fields; the first: %2</source>
        <translation>keine Zeile hat die %1 Felder der Kopfzeile; die erste: %2</translation>
    </message>
    <message>
        <source>empty value</source>
        <translation>leerer Wert</translation>
    </message>
    <message>
        <source>not a number: %1</source>
        <translation>keine Zahl: %1</translation>
    </message>
    <message>
        <source>not a finite number: %1</source>
        <translation>keine endliche Zahl: %1</translation>
    </message>
    <message>
        <source>unterminated or misplaced quote in %1</source>
        <translation>nicht geschlossenes oder falsch gesetztes Anführungszeichen in %1</translation>
    </message>
    <message>
        <source>not a date in format &apos;%1&apos;: %2</source>
        <translation>kein Datum im Format &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>not a time of day (hhmmss or hh:mm[:ss]): %1</source>
        <translation>keine Uhrzeit (hhmmss oder hh:mm[:ss]): %1</translation>
    </message>
    <message>
        <source>negative volume: %1</source>
        <translation>negatives Volumen: %1</translation>
    </message>
    <message>
        <source>price must be &gt; 0, got %1</source>
        <translation>Preis muss &gt; 0 sein, gefunden: %1</translation>
    </message>
    <message>
        <source>price %1 is too small to be a price (below 1e-300)</source>
        <translation>Preis %1 ist zu klein für einen Preis (unter 1e-300)</translation>
    </message>
    <message>
        <source>high %1 is below low %2</source>
        <translation>Hoch %1 liegt unter Tief %2</translation>
    </message>
    <message>
        <source>open %1 is outside low..high %2..%3</source>
        <translation>Eröffnung %1 liegt außerhalb von Tief..Hoch %2..%3</translation>
    </message>
    <message>
        <source>close %1 is outside low..high %2..%3</source>
        <translation>Schluss %1 liegt außerhalb von Tief..Hoch %2..%3</translation>
    </message>
    <message>
        <source>empty symbol</source>
        <translation>leeres Symbol</translation>
    </message>
    <message>
        <source>duplicate date %1 (first seen on line %2)</source>
        <translation>doppeltes Datum %1 (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>is a directory, not a CSV file</source>
        <translation>ist ein Ordner, keine CSV-Datei</translation>
    </message>
    <message>
        <source>cannot open for reading: %1</source>
        <translation>kann nicht zum Lesen geöffnet werden: %1</translation>
    </message>
    <message>
        <source>no valid rows: %1</source>
        <translation>keine gültigen Zeilen: %1</translation>
    </message>
    <message>
        <source>no date values to read</source>
        <translation>keine Datumswerte zu lesen</translation>
    </message>
    <message>
        <source>ambiguous dates: %1 and every other date can be read as day/month/year or as month/day/year; give --date-format dmy or --date-format mdy</source>
        <translation>mehrdeutige Datumsangaben: %1 und jedes andere Datum lassen sich als Tag/Monat/Jahr oder als Monat/Tag/Jahr lesen; geben Sie --date-format dmy oder --date-format mdy an</translation>
    </message>
    <message>
        <source>no known date layout fits %1 (give --date-format iso|yyyymmdd|dmy|mdy|mon-d-y|d-mon-y|epoch-s|epoch-ms)</source>
        <translation>kein bekanntes Datumsformat passt zu %1 (geben Sie --date-format iso|yyyymmdd|dmy|mdy|mon-d-y|d-mon-y|epoch-s|epoch-ms an)</translation>
    </message>
    <message>
        <source>ambiguous dates: day/month order cannot be told from the values; give --date-format dmy or --date-format mdy</source>
        <translation>mehrdeutige Datumsangaben: aus den Werten geht nicht hervor, ob der Tag oder der Monat zuerst steht; geben Sie --date-format dmy oder --date-format mdy an</translation>
    </message>
    <message>
        <source>--map is empty; expected e.g. date=Date,close=Close</source>
        <translation>die Spaltenzuordnung ist leer; erwartet z. B. date=Date,close=Close</translation>
    </message>
    <message>
        <source>--map: empty entry in &apos;%1&apos;</source>
        <translation>Spaltenzuordnung: leerer Eintrag in &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--map: entry &apos;%1&apos; has no &apos;=&apos; (expected key=column)</source>
        <translation>Spaltenzuordnung: Eintrag &apos;%1&apos; hat kein &apos;=&apos; (erwartet Schlüssel=Spalte)</translation>
    </message>
    <message>
        <source>--map: entry &apos;%1&apos; names no column</source>
        <translation>Spaltenzuordnung: Eintrag &apos;%1&apos; nennt keine Spalte</translation>
    </message>
    <message>
        <source>--map: column index &apos;%1&apos; for &apos;%2&apos; is out of range (columns are numbered from 1)</source>
        <translation>Spaltenzuordnung: Spaltennummer &apos;%1&apos; für &apos;%2&apos; liegt außerhalb des Bereichs (Spalten werden ab 1 gezählt)</translation>
    </message>
    <message>
        <source>--map: unknown key &apos;%1&apos; (expected date, time, open, high, low, close, adjclose, volume, symbol)</source>
        <translation>Spaltenzuordnung: unbekannter Schlüssel &apos;%1&apos; (erwartet date, time, open, high, low, close, adjclose, volume, symbol)</translation>
    </message>
    <message>
        <source>--map: key &apos;%1&apos; is given twice</source>
        <translation>Spaltenzuordnung: Schlüssel &apos;%1&apos; ist doppelt angegeben</translation>
    </message>
    <message>
        <source>--map: no &apos;date&apos; column given</source>
        <translation>Spaltenzuordnung: keine Spalte für &apos;date&apos; angegeben</translation>
    </message>
    <message>
        <source>--map: no &apos;close&apos; column given</source>
        <translation>Spaltenzuordnung: keine Spalte für &apos;close&apos; angegeben</translation>
    </message>
    <message>
        <source>--map: give all of open, high and low, or none of them (then they equal close)</source>
        <translation>Spaltenzuordnung: geben Sie open, high und low alle oder keine davon an (dann gleichen sie close)</translation>
    </message>
    <message>
        <source>--map %1=%2: the header has only %3 columns</source>
        <translation>--map %1=%2: die Kopfzeile hat nur %3 Spalten</translation>
    </message>
    <message>
        <source>--map %1=%2: no such column in the header (%3)</source>
        <translation>--map %1=%2: keine solche Spalte in der Kopfzeile (%3)</translation>
    </message>
    <message>
        <source>--map must name the date and close columns</source>
        <translation>--map muss die Datums- und die Schlusskurs-Spalte nennen</translation>
    </message>
    <message>
        <source>the first line &apos;%1&apos; looks like data, not a header: the file needs a header row naming its columns (e.g. Date,Open,High,Low,Close,Volume)</source>
        <translation>die erste Zeile &apos;%1&apos; sieht nach Daten aus, nicht nach einer Kopfzeile: die Datei braucht eine Kopfzeile, die ihre Spalten benennt (z. B. Date,Open,High,Low,Close,Volume)</translation>
    </message>
    <message>
        <source>no recognisable date column in the header &apos;%1&apos; (use --format and --map date=COL,close=COL to name the columns)</source>
        <translation>keine erkennbare Datumsspalte in der Kopfzeile &apos;%1&apos; (benennen Sie die Spalten mit --format und --map date=SPALTE,close=SPALTE)</translation>
    </message>
    <message>
        <source>no recognisable close column in the header &apos;%1&apos; (use --format and --map date=COL,close=COL to name the columns)</source>
        <translation>keine erkennbare Schlusskurs-Spalte in der Kopfzeile &apos;%1&apos; (benennen Sie die Spalten mit --format und --map date=SPALTE,close=SPALTE)</translation>
    </message>
    <message>
        <source>the header &apos;%1&apos; lacks the %2 column(s) %3</source>
        <translation>der Kopfzeile &apos;%1&apos; fehlen die %2-Spalte(n) %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code; enter a three-letter code such as USD, EUR or GBP (upper case)</source>
        <translation>&apos;%1&apos; ist kein ISO-4217-Währungscode; geben Sie einen Code aus drei Buchstaben wie USD, EUR oder GBP ein (Großbuchstaben)</translation>
    </message>
    <message>
        <source>symbol %1 is empty</source>
        <translation>Symbol %1 ist leer</translation>
    </message>
    <message>
        <source>symbol %1 is %2 characters long; at most %3 are allowed</source>
        <translation>Symbol %1 ist %2 Zeichen lang; höchstens %3 sind erlaubt</translation>
    </message>
    <message>
        <source>symbol %1 contains a control character (a newline or a tab?); remove it</source>
        <translation>Symbol %1 enthält ein Steuerzeichen (einen Zeilenumbruch oder Tabulator?); entfernen Sie es</translation>
    </message>
    <message>
        <source>symbol %1 starts with &apos;-&apos;, which the command line would read as an option; drop the &apos;-&apos;</source>
        <translation>Symbol %1 beginnt mit &apos;-&apos;, was die Befehlszeile als Option lesen würde; lassen Sie das &apos;-&apos; weg</translation>
    </message>
    <message>
        <source>symbol %1 starts or ends with a space</source>
        <translation>Symbol %1 beginnt oder endet mit einem Leerzeichen</translation>
    </message>
</context>
<context>
    <name>sn::DailyCloses</name>
    <message>
        <source>import daily (1d) bars of %1 (File &gt; Import CSV, or supernova-cli import FILE --interval 1d)</source>
        <translation>importieren Sie Tageskurse (1d) von %1 (Datei &gt; CSV importieren, oder supernova-cli import DATEI --interval 1d)</translation>
    </message>
    <message>
        <source>no daily bars stored: %1</source>
        <translation>keine Tageskurse gespeichert: %1</translation>
    </message>
    <message>
        <source>only %1 bars are stored and a portfolio is valued from daily closes: %2</source>
        <translation>gespeichert sind nur %1-Kurse, ein Depot wird aber mit Tagesschlusskursen bewertet: %2</translation>
    </message>
</context>
<context>
    <name>sn::Database</name>
    <message>
        <source>%1 is not a SuperNova database: %2; choose another file or an empty one</source>
        <translation>%1 ist keine SuperNova-Datenbank: %2; wählen Sie eine andere oder eine leere Datei</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>it is not an SQLite database file</source>
        <translation>sie ist keine SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <source>SQLite cannot open it (%1)</source>
        <translation>SQLite kann sie nicht öffnen (%1)</translation>
    </message>
    <message>
        <source>another program is writing to the database and did not finish within 10 s; try again in a moment</source>
        <translation>ein anderes Programm schreibt in die Datenbank und war nach 10 s nicht fertig; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>SQLite cannot read it (%1)</source>
        <translation>SQLite kann sie nicht lesen (%1)</translation>
    </message>
    <message>
        <source>%1 is a folder, not a SuperNova database; choose a file in it</source>
        <translation>%1 ist ein Ordner, keine SuperNova-Datenbank; wählen Sie eine Datei darin</translation>
    </message>
    <message>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>der Ordner &apos;%1&apos; kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the file is not a SuperNova database (not an SQLite file, or a damaged one); open another file, or move this one away and SuperNova creates a new one</source>
        <translation>die Datei ist keine SuperNova-Datenbank (keine SQLite-Datei oder eine beschädigte); öffnen Sie eine andere Datei, oder verschieben Sie diese, dann legt SuperNova eine neue an</translation>
    </message>
    <message>
        <source>the database file cannot be opened; check that its folder exists and that you may write to it</source>
        <translation>die Datenbankdatei lässt sich nicht öffnen; prüfen Sie, ob ihr Ordner existiert und Sie darin schreiben dürfen</translation>
    </message>
    <message>
        <source>another program is writing to the database; try again in a moment</source>
        <translation>ein anderes Programm schreibt gerade in die Datenbank; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>the disk holding the database is full, so nothing of this change was written; free some space and try again</source>
        <translation>der Datenträger der Datenbank ist voll, daher wurde nichts von dieser Änderung geschrieben; schaffen Sie Platz und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the disk of the database server is full, so nothing of this change was written; free some space there and try again</source>
        <translation>der Datenträger des Datenbankservers ist voll, daher wurde nichts von dieser Änderung geschrieben; schaffen Sie dort Platz und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the database could not be read (locked by another program, or damaged); close other programs using it and try again</source>
        <translation>die Datenbank konnte nicht gelesen werden (von einem anderen Programm gesperrt oder beschädigt); schließen Sie andere Programme, die sie nutzen, und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>that already exists: names and symbols must be unique; choose another one</source>
        <translation>das gibt es schon: Namen und Symbole müssen eindeutig sein; wählen Sie einen anderen</translation>
    </message>
    <message>
        <source>the database is read-only; open one you may write to</source>
        <translation>die Datenbank ist schreibgeschützt; öffnen Sie eine, in die Sie schreiben dürfen</translation>
    </message>
    <message>
        <source>the disk could not be read or written; check free space and the disk itself</source>
        <translation>der Datenträger ließ sich nicht lesen oder beschreiben; prüfen Sie den freien Platz und den Datenträger selbst</translation>
    </message>
    <message>
        <source>the database gave no reason for the failure; check that the file or server is reachable and writable</source>
        <translation>die Datenbank nannte keinen Grund für den Fehler; prüfen Sie, ob Datei oder Server erreichbar und beschreibbar sind</translation>
    </message>
    <message>
        <source>%1 (the database said: %2)</source>
        <translation>%1 (die Datenbank meldete: %2)</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>%1 is not a SuperNova database: its schema_version table lacks the column(s) %2 (another application&apos;s?); choose another file or an empty one</source>
        <translation>%1 ist keine SuperNova-Datenbank: ihrer Tabelle schema_version fehlen die Spalte(n) %2 (von einer anderen Anwendung?); wählen Sie eine andere Datei oder eine leere</translation>
    </message>
    <message>
        <source>%1 is not a SuperNova database: its schema_version table lacks the column(s) %2 (another application&apos;s?); choose another database or an empty one</source>
        <translation>%1 ist keine SuperNova-Datenbank: ihrer Tabelle schema_version fehlen die Spalte(n) %2 (von einer anderen Anwendung?); wählen Sie eine andere Datenbank oder eine leere</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>die Tabelle %1</translation>
    </message>
    <message>
        <source>tables %1</source>
        <translation>die Tabellen %1</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>%1 is not a SuperNova database: it holds %2 (another application&apos;s?) and no schema_version table; choose another file or an empty one</source>
        <translation>%1 ist keine SuperNova-Datenbank: sie enthält %2 (von einer anderen Anwendung?) und keine Tabelle schema_version; wählen Sie eine andere Datei oder eine leere</translation>
    </message>
    <message>
        <source>%1 is not a SuperNova database: it holds %2 (another application&apos;s?) and no schema_version table; choose another database or an empty one</source>
        <translation>%1 ist keine SuperNova-Datenbank: sie enthält %2 (von einer anderen Anwendung?) und keine Tabelle schema_version; wählen Sie eine andere Datenbank oder eine leere</translation>
    </message>
</context>
<context>
    <name>sn::FileOutput</name>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot write: No space left on device (%1 bytes free on %2, %3 needed)</source>
        <translation>kann nicht geschrieben werden: kein Platz mehr auf dem Datenträger (%1 Bytes frei auf %2, %3 benötigt)</translation>
    </message>
    <message>
        <source>cannot write: only part of the %1 bytes could be written</source>
        <translation>kann nicht geschrieben werden: nur ein Teil der %1 Bytes ließ sich schreiben</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
</context>
<context>
    <name>sn::Indicators</name>
    <message>
        <source>unknown indicator &apos;%1&apos;</source>
        <translation>unbekannter Indikator &apos;%1&apos;</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>indicator %1</source>
        <translation>Indikator %1</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;</source>
        <translation>unbekannter Parameter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; = %2 is outside [%3, %4]</source>
        <translation>Parameter &apos;%1&apos; = %2 liegt außerhalb von [%3, %4]</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; must be a whole number</source>
        <translation>Parameter &apos;%1&apos; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; has %2 values, expected %3</source>
        <translation>Eingabe &apos;%1&apos; hat %2 Werte, erwartet: %3</translation>
    </message>
    <message>
        <source>parameter &apos;fast&apos; must be less than &apos;slow&apos;</source>
        <translation>Parameter &apos;fast&apos; muss kleiner sein als &apos;slow&apos;</translation>
    </message>
    <message>
        <source>too few bars: %1 given, the warm-up needs %2</source>
        <translation>zu wenige Bars: %1 vorhanden, die Aufwärmphase braucht %2</translation>
    </message>
</context>
<context>
    <name>sn::Instruments</name>
    <message>
        <source>instrument &apos;%1&apos;</source>
        <translation>Instrument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>field &apos;symbol&apos; is empty</source>
        <translation>Feld &apos;symbol&apos; ist leer</translation>
    </message>
    <message>
        <source>instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>field &apos;kind&apos; is &apos;%1&apos;; expected one of %2</source>
        <translation>Feld &apos;kind&apos; ist &apos;%1&apos;; erwartet wird eines von %2</translation>
    </message>
    <message>
        <source>field &apos;currency&apos; is &apos;%1&apos;; expected a 3-letter code</source>
        <translation>Feld &apos;currency&apos; ist &apos;%1&apos;; erwartet wird ein Code aus 3 Buchstaben</translation>
    </message>
    <message>
        <source>no such instrument</source>
        <translation>Instrument nicht gefunden</translation>
    </message>
    <message>
        <source>instrument id %1</source>
        <translation>Instrument-ID %1</translation>
    </message>
</context>
<context>
    <name>sn::Interval</name>
    <message>
        <source>1-minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>5-minute</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <source>15-minute</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <source>30-minute</source>
        <translation>30 Minuten</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>stündlich</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>vierteljährlich</translation>
    </message>
    <message>
        <source>the median gap between bars is %1 minutes</source>
        <translation>der mittlere Abstand (Median) zwischen den Kursen beträgt %1 Minuten</translation>
    </message>
    <message>
        <source>the median gap between dates is %1 day</source>
        <translation>der mittlere Abstand (Median) zwischen den Datumsangaben beträgt %1 Tag</translation>
    </message>
    <message>
        <source>the median gap between dates is %1 days</source>
        <translation>der mittlere Abstand (Median) zwischen den Datumsangaben beträgt %1 Tage</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is stored as %2 (&apos;%3&apos;) bars, but %4, which is %5; annualised figures would be wrong. Import the file again with --interval %6 (or choose the interval in the import wizard)</source>
        <translation>„%1“ ist mit dem Intervall %2 („%3“) gespeichert, aber %4, das entspricht %5; annualisierte Kennzahlen wären falsch. Importieren Sie die Datei erneut und wählen Sie im Import-Assistenten das Intervall %5 („%6“).</translation>
    </message>
    <message>
        <source>series %1</source>
        <translation>Reihe %1</translation>
    </message>
    <message>
        <source>%1 (as given)</source>
        <translation>%1 (wie gewählt)</translation>
    </message>
    <message>
        <source>stored as %1 as asked, but %2, which is %3; annualised figures will be refused until it is imported with --interval %4</source>
        <translation>wie gewählt als %1 gespeichert, aber %2, das entspricht %3; annualisierte Kennzahlen werden verweigert, bis die Datei mit dem Intervall %3 („%4“) importiert wird</translation>
    </message>
    <message>
        <source>stored as %1 as asked, but %2, which is %3 for %5; annualised figures will be refused until it is imported with --interval %4</source>
        <translation>wie gewählt als %1 gespeichert, aber %2, das entspricht %3 für %5; annualisierte Kennzahlen werden verweigert, bis die Datei mit dem Intervall %3 („%4“) importiert wird</translation>
    </message>
    <message>
        <source>%1 (from the file&apos;s period column)</source>
        <translation>%1 (aus der Periodenspalte der Datei)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>daily, assumed: too few rows to tell (give --interval)</source>
        <translation>täglich, angenommen: zu wenige Zeilen, um es zu erkennen (wählen Sie das Intervall)</translation>
    </message>
    <message>
        <source>daily, assumed: the spacing of the dates fits no interval (give --interval)</source>
        <translation>täglich, angenommen: der Abstand der Datumsangaben passt zu keinem Intervall (wählen Sie das Intervall)</translation>
    </message>
    <message>
        <source>the spacing of the dates fits no interval; stored as daily (give --interval)</source>
        <translation>der Abstand der Datumsangaben passt zu keinem Intervall; als täglich gespeichert (wählen Sie das Intervall)</translation>
    </message>
    <message>
        <source>the spacing of the dates for %1 fits no interval; stored as daily (give --interval)</source>
        <translation>der Abstand der Datumsangaben von %1 passt zu keinem Intervall; als täglich gespeichert (wählen Sie das Intervall)</translation>
    </message>
</context>
<context>
    <name>sn::Keychain</name>
    <message>
        <source>%1 (keychain said: %2)</source>
        <translation>%1 (der Schlüsselbund meldete: %2)</translation>
    </message>
    <message>
        <source>no Secret Service: start gnome-keyring or KWallet in your desktop session (a D-Bus session bus with org.freedesktop.secrets is needed)</source>
        <translation>kein Secret Service: starten Sie gnome-keyring oder KWallet in Ihrer Desktop-Sitzung (nötig ist ein D-Bus-Sitzungsbus mit org.freedesktop.secrets)</translation>
    </message>
    <message>
        <source>the keyring is locked or access was denied: unlock it (for example by logging in to the desktop session) and try again</source>
        <translation>der Schlüsselbund ist gesperrt oder der Zugriff wurde verweigert: entsperren Sie ihn (zum Beispiel durch Anmelden an der Desktop-Sitzung) und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>no secret is stored under this key</source>
        <translation>unter diesem Schlüssel ist nichts gespeichert</translation>
    </message>
    <message>
        <source>the OS keychain does not support this operation</source>
        <translation>der Schlüsselbund des Systems unterstützt diesen Vorgang nicht</translation>
    </message>
    <message>
        <source>the keychain could not delete the secret</source>
        <translation>der Schlüsselbund konnte das Geheimnis nicht löschen</translation>
    </message>
    <message>
        <source>the Secret Service has no default keyring to store into: create or unlock the &apos;login&apos; keyring (gnome-keyring or KWallet)</source>
        <translation>der Secret Service hat keinen Standard-Schlüsselbund zum Speichern: legen Sie den Schlüsselbund &apos;login&apos; an oder entsperren Sie ihn (gnome-keyring oder KWallet)</translation>
    </message>
    <message>
        <source>the OS keychain failed</source>
        <translation>der Schlüsselbund des Systems ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>keychain service &apos;%1&apos;, key &apos;%2&apos;</source>
        <translation>Schlüsselbund-Dienst &apos;%1&apos;, Schlüssel &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the application&apos;s Qt event loop does not run GLib (is QT_NO_GLIB set?), which the Secret Service client (libsecret) needs: unset QT_NO_GLIB</source>
        <translation>die Qt-Ereignisschleife der Anwendung läuft nicht mit GLib (ist QT_NO_GLIB gesetzt?), die der Secret-Service-Client (libsecret) braucht: entfernen Sie QT_NO_GLIB</translation>
    </message>
    <message>
        <source>the Secret Service did not answer within %1: check that gnome-keyring or KWallet is running and not waiting on a prompt</source>
        <translation>der Secret Service hat nicht innerhalb von %1 geantwortet: prüfen Sie, ob gnome-keyring oder KWallet läuft und nicht auf eine Eingabe wartet</translation>
    </message>
    <message>
        <source>parameter &apos;key&apos; must be lowercase segments [a-z0-9._-] joined by &apos;/&apos; (1..200 characters), e.g. &apos;llm/openai/api-key&apos;</source>
        <translation>Parameter &apos;key&apos; muss aus kleingeschriebenen Segmenten [a-z0-9._-] bestehen, durch &apos;/&apos; verbunden (1..200 Zeichen), z. B. &apos;llm/openai/api-key&apos;</translation>
    </message>
    <message>
        <source>the keychain service name is empty</source>
        <translation>der Dienstname im Schlüsselbund ist leer</translation>
    </message>
    <message>
        <source>parameter &apos;secret&apos; is empty: use remove() to delete a secret</source>
        <translation>Parameter &apos;secret&apos; ist leer: Zum Löschen eines Geheimnisses remove() verwenden</translation>
    </message>
    <message>
        <source>the keychain job never ran: the application thread is not running its event loop (is it waiting for this thread?)</source>
        <translation>der Schlüsselbund-Auftrag ist nie gelaufen: der Anwendungs-Thread führt seine Ereignisschleife nicht aus (wartet er auf diesen Thread?)</translation>
    </message>
</context>
<context>
    <name>sn::KnownSecrets</name>
    <message>
        <source>OpenAI API key</source>
        <translation>OpenAI-API-Schlüssel</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Anthropic-API-Schlüssel</translation>
    </message>
    <message>
        <source>API key of an OpenAI-compatible server (vLLM, LM Studio, llama.cpp)</source>
        <translation>API-Schlüssel eines OpenAI-kompatiblen Servers (vLLM, LM Studio, llama.cpp)</translation>
    </message>
    <message>
        <source>SuperNova team server password</source>
        <translation>Passwort des SuperNova-Teamservers</translation>
    </message>
    <message>
        <source>Password of the PostgreSQL database set in Settings</source>
        <translation>Passwort der in den Einstellungen gewählten PostgreSQL-Datenbank</translation>
    </message>
    <message>
        <source>Alpha Vantage API key (market data)</source>
        <translation>Alpha-Vantage-API-Schlüssel (Marktdaten)</translation>
    </message>
    <message>
        <source>Tiingo API token (market data)</source>
        <translation>Tiingo-API-Token (Marktdaten)</translation>
    </message>
</context>
<context>
    <name>sn::Ledger</name>
    <message>
        <source>transaction %1 %2%3</source>
        <translation>Transaktion %1 %2%3</translation>
    </message>
    <message>
        <source>dated before the previous transaction (%1)</source>
        <translation>liegt vor der vorigen Transaktion (%1)</translation>
    </message>
    <message>
        <source>negative fee %1</source>
        <translation>negative Gebühr %1</translation>
    </message>
    <message>
        <source>negative tax %1</source>
        <translation>negative Steuer %1</translation>
    </message>
    <message>
        <source>needs a symbol</source>
        <translation>braucht ein Symbol</translation>
    </message>
    <message>
        <source>unknown symbol &apos;%1&apos;</source>
        <translation>unbekanntes Symbol &apos;%1&apos;</translation>
    </message>
    <message>
        <source>negative price %1</source>
        <translation>negativer Preis %1</translation>
    </message>
    <message>
        <source>quantity must be positive, got %1</source>
        <translation>die Menge muss positiv sein, gefunden: %1</translation>
    </message>
    <message>
        <source>%1 of %2 exceeds the %3 held</source>
        <translation>%1 von %2 übersteigt den Bestand von %3</translation>
    </message>
    <message>
        <source>needs %1 %2 cash, the portfolio holds %3</source>
        <translation>braucht %1 %2 Bargeld, das Depot hält %3</translation>
    </message>
    <message>
        <source>split ratio (quantity) must be positive, got %1</source>
        <translation>das Split-Verhältnis (Menge) muss positiv sein, gefunden: %1</translation>
    </message>
    <message>
        <source>negative amount %1</source>
        <translation>negativer Betrag %1</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Dividend</source>
        <translation>Dividende</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Zinsen</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Einzahlung</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>Einlieferung</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Auslieferung</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>Depot</translation>
    </message>
    <message>
        <source>no portfolio with id %1</source>
        <translation>kein Depot mit der ID %1</translation>
    </message>
    <message>
        <source>a portfolio needs a name</source>
        <translation>Ein Depot braucht einen Namen</translation>
    </message>
    <message>
        <source>a portfolio name has at most 200 characters</source>
        <translation>Ein Depotname hat höchstens 200 Zeichen</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: %2</source>
        <translation>Feld &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code (USD, EUR, ...)</source>
        <translation>&apos;%1&apos; ist kein Währungscode nach ISO 4217 (USD, EUR, ...)</translation>
    </message>
    <message>
        <source>no daily close of %1 on or before %2 (first close %3; import its prices first)</source>
        <translation>kein Tagesschlusskurs von %1 am oder vor dem %2 (erster Schlusskurs %3; importieren Sie zuerst seine Kurse)</translation>
    </message>
    <message>
        <source>unknown portfolio &apos;%1&apos;</source>
        <translation>unbekanntes Depot &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not a three-letter currency code &apos;%1&apos; (e.g. USD, EUR)</source>
        <translation>kein dreibuchstabiger Währungscode: &apos;%1&apos; (z. B. USD, EUR)</translation>
    </message>
    <message>
        <source>a portfolio named &apos;%1&apos; already exists</source>
        <translation>Ein Depot namens &apos;%1&apos; gibt es schon</translation>
    </message>
    <message>
        <source>the exact decimal range (+/-9.2 trillion)</source>
        <translation>des exakten Dezimalbereichs (+/-9,2 Billionen)</translation>
    </message>
    <message>
        <source>amount too large: %1 would leave %2</source>
        <translation>Betrag zu groß: %1 läge außerhalb %2</translation>
    </message>
    <message>
        <source>quantity x price + fee</source>
        <translation>Menge x Kurs + Gebühr</translation>
    </message>
    <message>
        <source>quantity x price + fee + tax</source>
        <translation>Menge x Kurs + Gebühr + Steuer</translation>
    </message>
    <message>
        <source>amount + fee</source>
        <translation>Betrag + Gebühr</translation>
    </message>
    <message>
        <source>amount + fee + tax</source>
        <translation>Betrag + Gebühr + Steuer</translation>
    </message>
    <message>
        <source>the %1 cash</source>
        <translation>das Bargeld in %1</translation>
    </message>
    <message>
        <source>quantity x price</source>
        <translation>Menge x Kurs</translation>
    </message>
    <message>
        <source>fee + tax</source>
        <translation>Gebühr + Steuer</translation>
    </message>
    <message>
        <source>the quantity of the lot</source>
        <translation>die Menge des Postens</translation>
    </message>
    <message>
        <source>the cost of the lot</source>
        <translation>der Einstandswert des Postens</translation>
    </message>
    <message>
        <source>the quantity held</source>
        <translation>der Bestand</translation>
    </message>
    <message>
        <source>the cost basis</source>
        <translation>der Einstandswert</translation>
    </message>
    <message>
        <source>the proceeds net of the fee</source>
        <translation>der Erlös nach Gebühr</translation>
    </message>
    <message>
        <source>the net proceeds</source>
        <translation>der Nettoerlös</translation>
    </message>
    <message>
        <source>the realised P&amp;L</source>
        <translation>der realisierte Gewinn/Verlust</translation>
    </message>
    <message>
        <source>the split quantity of a lot</source>
        <translation>die Menge eines Postens nach dem Split</translation>
    </message>
    <message>
        <source>the quantity held after the split</source>
        <translation>der Bestand nach dem Split</translation>
    </message>
    <message>
        <source>amount - fee</source>
        <translation>Betrag - Gebühr</translation>
    </message>
    <message>
        <source>amount - fee - tax</source>
        <translation>Betrag - Gebühr - Steuer</translation>
    </message>
    <message>
        <source>the dividend income</source>
        <translation>der Dividendenertrag</translation>
    </message>
    <message>
        <source>no such portfolio</source>
        <translation>kein solches Depot</translation>
    </message>
    <message>
        <source>portfolio %1</source>
        <translation>Depot %1</translation>
    </message>
    <message>
        <source>no such transaction</source>
        <translation>keine solche Transaktion</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a transaction type (%2)</source>
        <translation>&apos;%1&apos; ist kein Transaktionstyp (%2)</translation>
    </message>
    <message>
        <source>a %1 has no symbol</source>
        <translation>eine Transaktion vom Typ %1 hat kein Symbol</translation>
    </message>
    <message>
        <source>a %1 needs a symbol</source>
        <translation>eine Transaktion vom Typ %1 braucht ein Symbol</translation>
    </message>
    <message>
        <source>no daily close of %1 on or before %2 (%3)</source>
        <translation>kein Tagesschlusskurs von %1 am oder vor dem %2 (%3)</translation>
    </message>
    <message>
        <source>amount too large: the result leaves the exact decimal range (+/-9.2 trillion)</source>
        <translation>Betrag zu groß: das Ergebnis liegt außerhalb des exakten Dezimalbereichs (+/-9,2 Billionen)</translation>
    </message>
    <message>
        <source>transaction %1 is not a line of this portfolio (removed meanwhile?)</source>
        <translation>Transaktion %1 ist keine Zeile dieses Depots (inzwischen entfernt?)</translation>
    </message>
</context>
<context>
    <name>sn::MarketData</name>
    <message>
        <source>adjusted prices of %1</source>
        <translation>bereinigte Kurse von %1</translation>
    </message>
</context>
<context>
    <name>sn::MarketFetch</name>
    <message>
        <source>no market-data provider is enabled: enable one in Preferences &gt; Data providers, or name one with --provider (yahoo, stooq, ...)</source>
        <translation>kein Marktdatenanbieter ist aktiviert: aktivieren Sie einen unter Einstellungen &gt; Datenanbieter oder nennen Sie einen mit --provider (yahoo, stooq, ...)</translation>
    </message>
    <message>
        <source>fetch cancelled; the symbols fetched so far are stored</source>
        <translation>Abruf abgebrochen; die bis dahin abgerufenen Symbole sind gespeichert</translation>
    </message>
    <message>
        <source>every data provider is disabled: enable one in Preferences &gt; Data providers</source>
        <translation>alle Datenanbieter sind deaktiviert: aktivieren Sie einen unter Einstellungen &gt; Datenanbieter</translation>
    </message>
    <message>
        <source>refresh cancelled; the symbols refreshed so far are stored</source>
        <translation>Aktualisierung abgebrochen; die bis dahin aktualisierten Symbole sind gespeichert</translation>
    </message>
    <message>
        <source>a currency is not converted into itself</source>
        <translation>eine Währung wird nicht in sich selbst umgerechnet</translation>
    </message>
    <message>
        <source>fx %1</source>
        <translation>Devisen %1</translation>
    </message>
    <message>
        <source>symbol %1</source>
        <translation>Symbol %1</translation>
    </message>
    <message>
        <source>unknown provider &apos;%1&apos;; known: %2</source>
        <translation>unbekannter Anbieter &apos;%1&apos;; bekannt: %2</translation>
    </message>
    <message>
        <source>unknown provider &apos;%1&apos;; known: %2 (and ecb for FX)</source>
        <translation>unbekannter Anbieter &apos;%1&apos;; bekannt: %2 (und ecb für Devisenkurse)</translation>
    </message>
    <message>
        <source>setting %1 is not an http(s) URL: &apos;%2&apos;</source>
        <translation>die Einstellung %1 ist keine http(s)-URL: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>setting %1 is not a whole number &gt;= 0: &apos;%2&apos;</source>
        <translation>die Einstellung %1 ist keine ganze Zahl &gt;= 0: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 needs an API key, and this caller has no keychain access</source>
        <translation>%1 benötigt einen API-Schlüssel, und dieser Aufruf hat keinen Zugriff auf den Schlüsselbund</translation>
    </message>
    <message>
        <source>%1 API key</source>
        <translation>%1-API-Schlüssel</translation>
    </message>
    <message>
        <source>no symbol given</source>
        <translation>kein Symbol angegeben</translation>
    </message>
    <message>
        <source>fetch</source>
        <translation>Abruf</translation>
    </message>
    <message>
        <source>the range %1..%2 is empty (--from after --to, or in the future)</source>
        <translation>der Zeitraum %1..%2 ist leer (--from nach --to oder in der Zukunft)</translation>
    </message>
    <message>
        <source>up to date: the cache covers %1..%2</source>
        <translation>aktuell: der Zwischenspeicher deckt %1..%2 ab</translation>
    </message>
    <message>
        <source>%1; nothing is cached for %2 yet</source>
        <translation>%1; für %2 ist noch nichts zwischengespeichert</translation>
    </message>
    <message>
        <source>offline: showing data up to %1 (%2)</source>
        <translation>offline: Es werden die Daten bis %1 gezeigt (%2)</translation>
    </message>
    <message>
        <source>fetch cancelled; nothing was written</source>
        <translation>Abruf abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>nothing to fetch: the range is empty</source>
        <translation>nichts abzurufen: der Zeitraum ist leer</translation>
    </message>
    <message>
        <source>offline: showing rates up to %1 (%2)</source>
        <translation>offline: Es werden die Kurse bis %1 gezeigt (%2)</translation>
    </message>
    <message>
        <source>search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>unknown provider &apos;%1&apos;</source>
        <translation>unbekannter Anbieter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>ecb: %1 rates for the last 10 days</source>
        <translation>ecb: %1 Kurse für die letzten 10 Tage</translation>
    </message>
    <message>
        <source>%1: %2 bars of %3 for the last 7 days</source>
        <translation>%1: %2 Bars von %3 für die letzten 7 Tage</translation>
    </message>
    <message>
        <source>no EUR/%1 rate stored on or in the week before %2; run &apos;supernova-cli fx&apos;</source>
        <translation>kein EUR/%1-Kurs am %2 oder in der Woche davor gespeichert; führen Sie &apos;supernova-cli fx&apos; aus</translation>
    </message>
</context>
<context>
    <name>sn::MarketProvider</name>
    <message>
        <source>alphavantage: the function asked for %1 needs a premium plan (the vendor says: %2)</source>
        <translation>alphavantage: die für %1 angefragte Funktion erfordert einen Premium-Tarif (der Anbieter meldet: %2)</translation>
    </message>
    <message>
        <source>alphavantage: %1 bar &apos;%2&apos;: not a date</source>
        <translation>alphavantage: %1 Bar &apos;%2&apos;: kein Datum</translation>
    </message>
    <message>
        <source>alphavantage: %1 bar &apos;%2&apos;: not a date and time</source>
        <translation>alphavantage: %1 Bar &apos;%2&apos;: kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>alphavantage: %1 bar &apos;%2&apos;: a price or the volume is not a number</source>
        <translation>alphavantage: %1 Bar &apos;%2&apos;: ein Kurs oder das Volumen ist keine Zahl</translation>
    </message>
    <message>
        <source>ecb: %1: no such file (HTTP 404)</source>
        <translation>ecb: %1: keine solche Datei (HTTP 404)</translation>
    </message>
    <message>
        <source>ecb: %1: HTTP %2: %3</source>
        <translation>ecb: %1: HTTP %2: %3</translation>
    </message>
    <message>
        <source>ecb: %1 line %2: time &apos;%3&apos; is not a date</source>
        <translation>ecb: %1 Zeile %2: die Zeitangabe &apos;%3&apos; ist kein Datum</translation>
    </message>
    <message>
        <source>ecb: %1 line %2: currency &apos;%3&apos; has no valid rate or no day</source>
        <translation>ecb: %1 Zeile %2: die Währung &apos;%3&apos; hat keinen gültigen Kurs oder keinen Tag</translation>
    </message>
    <message>
        <source>ecb: %1 line %2: %3</source>
        <translation>ecb: %1 Zeile %2: %3</translation>
    </message>
    <message>
        <source>ecb: %1: no &lt;Cube&gt; elements; not the ECB reference rate XML</source>
        <translation>ecb: %1: keine &lt;Cube&gt;-Elemente; nicht das XML der EZB-Referenzkurse</translation>
    </message>
    <message>
        <source>euro reference rates</source>
        <translation>Euro-Referenzkurse</translation>
    </message>
    <message>
        <source>symbol %1</source>
        <translation>Symbol %1</translation>
    </message>
    <message>
        <source>%1: the answer is not JSON (%2 at byte %3); it starts with: %4</source>
        <translation>%1: die Antwort ist kein JSON (%2 bei Byte %3); sie beginnt mit: %4</translation>
    </message>
    <message>
        <source>%1: unknown symbol &apos;%2&apos;</source>
        <translation>%1: unbekanntes Symbol &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: unknown symbol &apos;%2&apos; (the vendor says: %3)</source>
        <translation>%1: unbekanntes Symbol &apos;%2&apos; (der Anbieter meldet: %3)</translation>
    </message>
    <message>
        <source>%1: the API key was refused while fetching %2 (the vendor says: %3); check the key in Preferences &gt; Data providers</source>
        <translation>%1: Der API-Schlüssel wurde beim Abruf von %2 abgelehnt (der Anbieter meldet: %3); prüfen Sie den Schlüssel unter Einstellungen &gt; Datenanbieter</translation>
    </message>
    <message>
        <source>%1: request quota spent; %2 was not fetched (the vendor says: %3)</source>
        <translation>%1: Anfragekontingent aufgebraucht; %2 wurde nicht abgerufen (der Anbieter meldet: %3)</translation>
    </message>
    <message>
        <source>%1: HTTP %2 for %3</source>
        <translation>%1: HTTP %2 für %3</translation>
    </message>
    <message>
        <source>%1: HTTP %2 for %3: %4</source>
        <translation>%1: HTTP %2 für %3: %4</translation>
    </message>
    <message>
        <source>%1 has no &apos;%2&apos; bars; it offers %3</source>
        <translation>%1 hat keine &apos;%2&apos;-Bars; angeboten werden %3</translation>
    </message>
    <message>
        <source>%1 has no symbol search</source>
        <translation>%1 bietet keine Symbolsuche</translation>
    </message>
    <message>
        <source>%1: no symbol given</source>
        <translation>%1: kein Symbol angegeben</translation>
    </message>
    <message>
        <source>%1: the range %2..%3 is empty or invalid</source>
        <translation>%1: der Zeitraum %2..%3 ist leer oder ungültig</translation>
    </message>
    <message>
        <source>%1 needs an API key and none is stored: add it in Preferences &gt; Data providers (keychain entry %2)</source>
        <translation>%1 benötigt einen API-Schlüssel, und es ist keiner gespeichert: fügen Sie ihn unter Einstellungen &gt; Datenanbieter hinzu (Schlüsselbund-Eintrag %2)</translation>
    </message>
    <message>
        <source>%1: bar %2 of %3 has high %4 below low %5</source>
        <translation>%1: Bar %2 von %3 hat ein Hoch %4 unter dem Tief %5</translation>
    </message>
    <message>
        <source>%1: empty search</source>
        <translation>%1: leere Suche</translation>
    </message>
    <message>
        <source>%1 needs an API key to search: add it in Preferences &gt; Data providers</source>
        <translation>%1 benötigt zum Suchen einen API-Schlüssel: fügen Sie ihn unter Einstellungen &gt; Datenanbieter hinzu</translation>
    </message>
    <message>
        <source>search &apos;%1&apos;</source>
        <translation>Suche &apos;%1&apos;</translation>
    </message>
    <message>
        <source>stooq: the answer for %1 is not the Date,Open,High,Low,Close[,Volume] CSV; it starts with: %2</source>
        <translation>stooq: die Antwort für %1 ist nicht das CSV Date,Open,High,Low,Close[,Volume]; sie beginnt mit: %2</translation>
    </message>
    <message>
        <source>stooq: %1 line %2: field &apos;Date&apos; is not YYYY-MM-DD: &apos;%3&apos;</source>
        <translation>stooq: %1 Zeile %2: Feld &apos;Date&apos; ist nicht JJJJ-MM-TT: &apos;%3&apos;</translation>
    </message>
    <message>
        <source>stooq: %1 line %2: field &apos;%3&apos; is not a number: &apos;%4&apos;</source>
        <translation>stooq: %1 Zeile %2: Feld &apos;%3&apos; ist keine Zahl: &apos;%4&apos;</translation>
    </message>
    <message>
        <source>tiingo: expected a list of prices for %1, got: %2</source>
        <translation>tiingo: erwartet wurde eine Kursliste für %1, erhalten: %2</translation>
    </message>
    <message>
        <source>tiingo: row %1 of %2: field &apos;date&apos; is not an ISO date: &apos;%3&apos;</source>
        <translation>tiingo: Zeile %1 von %2: Feld &apos;date&apos; ist kein ISO-Datum: &apos;%3&apos;</translation>
    </message>
    <message>
        <source>yahoo: %1 %2 of %3 is not a time (out of range)</source>
        <translation>yahoo: %1 %2 von %3 ist kein Zeitpunkt (außerhalb des Bereichs)</translation>
    </message>
    <message>
        <source>yahoo: the answer has no chart.result</source>
        <translation>yahoo: die Antwort enthält kein chart.result</translation>
    </message>
    <message>
        <source>yahoo: the quote arrays of %1 do not match its %2 timestamps</source>
        <translation>yahoo: die Kurs-Arrays von %1 passen nicht zu seinen %2 Zeitstempeln</translation>
    </message>
    <message>
        <source>yahoo: split %1 of %2 has no ratio</source>
        <translation>yahoo: der Split %1 von %2 hat kein Verhältnis</translation>
    </message>
    <message>
        <source>raw (as traded)</source>
        <translation>unbereinigt (wie gehandelt)</translation>
    </message>
    <message>
        <source>as delivered by Stooq (no corporate actions given)</source>
        <translation>wie von Stooq geliefert (keine Kapitalmaßnahmen angegeben)</translation>
    </message>
    <message>
        <source>raw (as traded); adjusted fields ignored</source>
        <translation>unbereinigt (wie gehandelt); bereinigte Felder ignoriert</translation>
    </message>
    <message>
        <source>split-adjusted by Yahoo, undone with its split events</source>
        <translation>von Yahoo split-bereinigt, mit seinen Split-Ereignissen rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>sn::News</name>
    <message>
        <source>the server refused the connection. It may be down or blocked by a firewall; check the address, or try again later.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Er ist vielleicht nicht in Betrieb oder wird von einer Firewall blockiert; prüfen Sie die Adresse oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>the server&apos;s name could not be looked up. This computer seems to have no network connection, or the address is misspelt; check both and try again.</source>
        <translation>Der Name des Servers konnte nicht aufgelöst werden. Dieser Computer hat offenbar keine Netzwerkverbindung, oder die Adresse ist falsch geschrieben; prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the server closed the connection before answering. Try again later.</source>
        <translation>Der Server hat die Verbindung vor einer Antwort geschlossen. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>no secure connection could be made (certificate or redirect refused). Check the address, and the system&apos;s date and time.</source>
        <translation>Es konnte keine sichere Verbindung hergestellt werden (Zertifikat oder Weiterleitung abgelehnt). Prüfen Sie die Adresse sowie Datum und Uhrzeit des Systems.</translation>
    </message>
    <message>
        <source>the server has no feed at this address. Check the address.</source>
        <translation>Der Server hat unter dieser Adresse keinen Feed. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>the server refuses access to this feed.</source>
        <translation>Der Server verweigert den Zugriff auf diesen Feed.</translation>
    </message>
    <message>
        <source>the network connection failed. Check that this computer is online, then try again.</source>
        <translation>Die Netzwerkverbindung ist fehlgeschlagen. Prüfen Sie, ob dieser Computer online ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>feed %1</source>
        <translation>Feed %1</translation>
    </message>
    <message>
        <source>not an http(s) address</source>
        <translation>keine http(s)-Adresse</translation>
    </message>
    <message>
        <source>the feed is larger than %1 MB</source>
        <translation>der Feed ist größer als %1 MB</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s: der Server ist langsam oder nicht erreichbar; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>der Server antwortete mit HTTP %1 %2</translation>
    </message>
    <message>
        <source>not a feed: %1 (column %2)</source>
        <translation>kein Feed: %1 (Spalte %2)</translation>
    </message>
    <message>
        <source>not a feed: the document is empty</source>
        <translation>kein Feed: das Dokument ist leer</translation>
    </message>
    <message>
        <source>not an RSS or Atom feed: the document&apos;s root element is &lt;%1&gt;</source>
        <translation>kein RSS- oder Atom-Feed: das Wurzelelement des Dokuments ist &lt;%1&gt;</translation>
    </message>
    <message>
        <source>malformed feed: %1 (column %2)</source>
        <translation>fehlerhafter Feed: %1 (Spalte %2)</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>the file is empty: expected a header row with published and title</source>
        <translation>die Datei ist leer: erwartet wird eine Kopfzeile mit published und title</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos; (expected published, title, link, symbol, source, summary)</source>
        <translation>unbekannte Spalte &apos;%1&apos; (erwartet: published, title, link, symbol, source, summary)</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice</source>
        <translation>Spalte &apos;%1&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <source>the header has no &apos;%1&apos; column</source>
        <translation>der Kopfzeile fehlt die Spalte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>%1 Felder erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>field &apos;title&apos;: the headline is empty</source>
        <translation>Feld &apos;title&apos;: die Schlagzeile ist leer</translation>
    </message>
    <message>
        <source>field &apos;published&apos;: cannot read &apos;%1&apos; as a date (use 2024-05-02T14:30:00Z, 2024-05-02 14:30 or an RFC 822 date)</source>
        <translation>Feld &apos;published&apos;: &apos;%1&apos; ist als Datum nicht lesbar (verwenden Sie 2024-05-02T14:30:00Z, 2024-05-02 14:30 oder ein Datum nach RFC 822)</translation>
    </message>
    <message>
        <source>field &apos;link&apos;: &apos;%1&apos; is not an http(s) address</source>
        <translation>Feld &apos;link&apos;: &apos;%1&apos; ist keine http(s)-Adresse</translation>
    </message>
    <message>
        <source>news feed %1 (no URL)</source>
        <translation>Newsfeed %1 (keine URL)</translation>
    </message>
    <message>
        <source>news feed %1 (%2)</source>
        <translation>Newsfeed %1 (%2)</translation>
    </message>
    <message>
        <source>setting %1, news feed %2 (no URL)</source>
        <translation>Einstellung %1, Newsfeed %2 (keine URL)</translation>
    </message>
    <message>
        <source>setting %1, news feed %2 (%3)</source>
        <translation>Einstellung %1, Newsfeed %2 (%3)</translation>
    </message>
    <message>
        <source>the feed has no URL</source>
        <translation>der Feed hat keine URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid http(s) address</source>
        <translation>&apos;%1&apos; ist keine gültige http(s)-Adresse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an http(s) address nor an absolute file path</source>
        <translation>&apos;%1&apos; ist weder eine http(s)-Adresse noch ein absoluter Dateipfad</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a symbol (1 to 64 characters, no spaces)</source>
        <translation>&apos;%1&apos; ist kein Symbol (1 bis 64 Zeichen, keine Leerzeichen)</translation>
    </message>
    <message>
        <source>the stored feed list is not a JSON array: %1</source>
        <translation>die gespeicherte Feed-Liste ist kein JSON-Array: %1</translation>
    </message>
    <message>
        <source>setting %1</source>
        <translation>Einstellung %1</translation>
    </message>
    <message>
        <source>listed twice</source>
        <translation>doppelt aufgeführt</translation>
    </message>
    <message>
        <source>listed twice for %1</source>
        <translation>für %1 doppelt aufgeführt</translation>
    </message>
    <message>
        <source>an item has no title</source>
        <translation>ein Eintrag hat keinen Titel</translation>
    </message>
    <message>
        <source>the title is longer than %1 characters</source>
        <translation>der Titel ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>link &apos;%1&apos; is not an http(s) address</source>
        <translation>der Link &apos;%1&apos; ist keine http(s)-Adresse</translation>
    </message>
    <message>
        <source>published %1 is before 1970 or more than two days ahead</source>
        <translation>das Veröffentlichungsdatum %1 liegt vor 1970 oder mehr als zwei Tage in der Zukunft</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a symbol</source>
        <translation>&apos;%1&apos; ist kein Symbol</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>larger than %1 MB</source>
        <translation>größer als %1 MB</translation>
    </message>
    <message>
        <source>which symbol?</source>
        <translation>welches Symbol?</translation>
    </message>
    <message>
        <source>news</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>the period is empty: --to must be after --from</source>
        <translation>der Zeitraum ist leer: --to muss nach --from liegen</translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation>Stimmung</translation>
    </message>
</context>
<context>
    <name>sn::Notes</name>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>a note needs some text</source>
        <translation>Eine Notiz braucht einen Text</translation>
    </message>
    <message>
        <source>a note has at most %1 characters (this one has %2)</source>
        <translation>eine Notiz hat höchstens %1 Zeichen (diese hat %2)</translation>
    </message>
    <message>
        <source>notes are signed with your team user: sign in to a team server first (Preferences &gt; Team, or &apos;supernova-cli sync login&apos;)</source>
        <translation>Notizen werden mit Ihrem Team-Benutzer gezeichnet: melden Sie sich zuerst bei einem Teamserver an (Einstellungen &gt; Team oder &apos;supernova-cli sync login&apos;)</translation>
    </message>
    <message>
        <source>notes are on a portfolio, a watchlist or a saved run, not on &apos;%1&apos;</source>
        <translation>Notizen gehören zu einem Depot, einer Beobachtungsliste oder einem gespeicherten Lauf, nicht zu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>notes are for items shared with the team: share this saved run first (Share with team..., or &apos;supernova-cli sync share&apos;)</source>
        <translation>Notizen gibt es für Elemente, die mit dem Team geteilt sind: teilen Sie zuerst diesen gespeicherten Lauf (Mit dem Team teilen... oder &apos;supernova-cli sync share&apos;)</translation>
    </message>
    <message>
        <source>notes are for items shared with the team: share this portfolio first (Share with team..., or &apos;supernova-cli sync share&apos;)</source>
        <translation>Notizen gibt es für Elemente, die mit dem Team geteilt sind: teilen Sie zuerst dieses Depot (Mit dem Team teilen... oder &apos;supernova-cli sync share&apos;)</translation>
    </message>
    <message>
        <source>notes are for items shared with the team: share this watchlist first (Share with team..., or &apos;supernova-cli sync share&apos;)</source>
        <translation>Notizen gibt es für Elemente, die mit dem Team geteilt sind: teilen Sie zuerst diese Beobachtungsliste (Mit dem Team teilen... oder &apos;supernova-cli sync share&apos;)</translation>
    </message>
    <message>
        <source>no note %1 (removed meanwhile?)</source>
        <translation>keine Notiz %1 (inzwischen entfernt?)</translation>
    </message>
    <message>
        <source>only its author (%1) can edit this note</source>
        <translation>nur ihr Verfasser (%1) kann diese Notiz bearbeiten</translation>
    </message>
</context>
<context>
    <name>sn::Performance</name>
    <message>
        <source>the period has no length</source>
        <translation>der Zeitraum hat keine Länge</translation>
    </message>
    <message>
        <source>a cash flow is not a finite amount within the period</source>
        <translation>ein Zahlungsstrom ist kein endlicher Betrag innerhalb des Zeitraums</translation>
    </message>
    <message>
        <source>no money was invested</source>
        <translation>es wurde kein Geld investiert</translation>
    </message>
    <message>
        <source>no rate in (-100 %, 10^8 %) makes the cash flows end at the final value</source>
        <translation>kein Zinssatz in (-100 %, 10^8 %) führt die Zahlungsströme zum Endwert</translation>
    </message>
    <message>
        <source>True time-weighted rate of return (Portfolio Performance&apos;s method): daily r = (MVE + CFout) / (MVB + CFin) - 1 with inflows (deposits, transfers in at market value) at the start of the day and outflows (withdrawals, transfers out) at its end, MVB = the previous day&apos;s closing value; TTWROR = prod(1 + r) - 1; annualised = (1 + TTWROR)^(365 / days) - 1. Fees, taxes, dividends and interest stay inside the portfolio and so are part of the return.</source>
        <translation>Echte zeitgewichtete Rendite (True Time-Weighted Rate of Return, Methode von Portfolio Performance): täglich r = (MVE + CFout) / (MVB + CFin) - 1, Zuflüsse (Einzahlungen, Einlieferungen zum Marktwert) zu Tagesbeginn und Abflüsse (Auszahlungen, Auslieferungen) zu Tagesende, MVB = Schlusswert des Vortags; TTWROR = prod(1 + r) - 1; annualisiert = (1 + TTWROR)^(365 / Tage) - 1. Gebühren, Steuern, Dividenden und Zinsen bleiben im Depot und sind damit Teil der Rendite.</translation>
    </message>
    <message>
        <source>Internal rate of return (money-weighted): the rate IRR solving MVB (1 + IRR)^(RD / 365) + sum CF_t (1 + IRR)^(RD_t / 365) = MVE, RD = days remaining to the end of the period, CF_t positive for money in; solved by Newton&apos;s method with a bisection fallback; reported as &apos;no solution&apos; when no rate above -100 % satisfies it.</source>
        <translation>Interner Zinsfuß (geldgewichtet): der Satz IRR, der MVB (1 + IRR)^(RD / 365) + sum CF_t (1 + IRR)^(RD_t / 365) = MVE löst, RD = verbleibende Tage bis zum Ende des Zeitraums, CF_t positiv für eingezahltes Geld; gelöst mit dem Newton-Verfahren, ersatzweise durch Bisektion; &apos;keine Lösung&apos;, wenn kein Satz über -100 % die Gleichung erfüllt.</translation>
    </message>
    <message>
        <source>value %1 with nothing invested (MVB + CFin = 0)</source>
        <translation>Wert %1, obwohl nichts investiert ist (MVB + CFin = 0)</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>invalid close %1</source>
        <translation>ungültiger Schlusskurs %1</translation>
    </message>
    <message>
        <source>benchmark at %1</source>
        <translation>Benchmark am %1</translation>
    </message>
    <message>
        <source>%1 common benchmark periods; at least 2 are needed</source>
        <translation>%1 gemeinsame Benchmark-Perioden; mindestens 2 sind nötig</translation>
    </message>
    <message>
        <source>benchmark</source>
        <translation>Benchmark</translation>
    </message>
</context>
<context>
    <name>sn::PortfolioService</name>
    <message>
        <source>convention &apos;%1&apos;: %2 periods per year, sample deviation (ddof %3), risk-free %4 per year (%5 per period, %6)</source>
        <translation>Konvention &apos;%1&apos;: %2 Perioden pro Jahr, Stichprobenabweichung (ddof %3), risikofreier Zins %4 pro Jahr (%5 pro Periode, %6)</translation>
    </message>
    <message>
        <source>Portfolio returns from one trading-day close to the next (days on which any held instrument has a close), each the compounded daily TTWROR returns r = (MVE + CFout) / (MVB + CFin) - 1 in between, so deposits and withdrawals are not returns.</source>
        <translation>Depotrenditen von einem Handelstagesschluss zum nächsten (Tage, an denen irgendein gehaltenes Instrument einen Schlusskurs hat), jeweils die dazwischen aufgezinsten täglichen TTWROR-Renditen r = (MVE + CFout) / (MVB + CFin) - 1, sodass Ein- und Auszahlungen keine Renditen sind.</translation>
    </message>
    <message>
        <source>Portfolio returns from one trading-day close to the next (the benchmark&apos;s trading days), each the compounded daily TTWROR returns r = (MVE + CFout) / (MVB + CFin) - 1 in between, so deposits and withdrawals are not returns.</source>
        <translation>Depotrenditen von einem Handelstagesschluss zum nächsten (die Handelstage der Benchmark), jeweils die dazwischen aufgezinsten täglichen TTWROR-Renditen r = (MVE + CFout) / (MVB + CFin) - 1, sodass Ein- und Auszahlungen keine Renditen sind.</translation>
    </message>
    <message>
        <source>Historical: the h-period returns of overlapping windows prod(1 + r) - 1 sorted ascending; with m = ceil(n (1 - c)), VaR = -x_(m) and CVaR = -mean(x_(1..m)).</source>
        <translation>Historisch: die h-Perioden-Renditen überlappender Fenster prod(1 + r) - 1, aufsteigend sortiert; mit m = ceil(n (1 - c)) ist VaR = -x_(m) und CVaR = -mean(x_(1..m)).</translation>
    </message>
    <message>
        <source>Parametric normal: mean mu and sample deviation sd of the returns scaled to the horizon; VaR = -(mu h - z sd sqrt(h)), CVaR = -(mu h - sd sqrt(h) phi(z) / (1 - c)), z = Phi^-1(c).</source>
        <translation>Parametrisch normal: Mittelwert mu und Stichprobenabweichung sd der Renditen, auf den Horizont skaliert; VaR = -(mu h - z sd sqrt(h)), CVaR = -(mu h - sd sqrt(h) phi(z) / (1 - c)), z = Phi^-1(c).</translation>
    </message>
    <message>
        <source>Cornish-Fisher: the normal quantile adjusted for skewness S and excess kurtosis K, z_cf = z + (z^2 - 1) S / 6 + (z^3 - 3z) K / 24 - (2z^3 - 5z) S^2 / 36; CVaR averages the adjusted quantile over the tail.</source>
        <translation>Cornish-Fisher: das Normalquantil, korrigiert um die Schiefe S und die Überschusskurtosis K, z_cf = z + (z^2 - 1) S / 6 + (z^3 - 3z) K / 24 - (2z^3 - 5z) S^2 / 36; CVaR mittelt das korrigierte Quantil über das Verlustende.</translation>
    </message>
    <message>
        <source>Monte Carlo: correlated normal draws of the current positions&apos; returns x = mu h + sqrt(h) L z (L the Cholesky factor of their sample covariance on common trading days, seeded), portfolio return w&apos;x with w = position value / total value (cash earns nothing), then the historical estimator.</source>
        <translation>Monte Carlo: korrelierte normalverteilte Ziehungen der Renditen der aktuellen Positionen x = mu h + sqrt(h) L z (L der Cholesky-Faktor ihrer Stichprobenkovarianz an gemeinsamen Handelstagen, mit festem Startwert), Depotrendite w&apos;x mit w = Positionswert / Gesamtwert (Barbestand bringt nichts), dann der historische Schätzer.</translation>
    </message>
    <message>
        <source>VaR and CVaR are fractions of the current value; the amounts multiply them by it.</source>
        <translation>VaR und CVaR sind Anteile am aktuellen Wert; die Beträge multiplizieren sie damit.</translation>
    </message>
    <message>
        <source>Parametric normal Euler allocation over the current positions: C_i = w_i (-mu_i h + z sqrt(h) (cov w)_i / sigma_p); the C_i sum to the portfolio&apos;s normal VaR.</source>
        <translation>Parametrisch normale Euler-Zerlegung über die aktuellen Positionen: C_i = w_i (-mu_i h + z sqrt(h) (cov w)_i / sigma_p); die Summe der C_i ist der normale VaR des Depots.</translation>
    </message>
    <message>
        <source>Pearson correlation derived from that covariance.</source>
        <translation>Pearson-Korrelation, abgeleitet aus dieser Kovarianz.</translation>
    </message>
    <message>
        <source>convention &apos;%1&apos;: %2 periods per year, population deviation (ddof %3), risk-free %4 per year (%5 per period, %6)</source>
        <translation>Konvention „%1“: %2 Perioden pro Jahr, Grundgesamtheitsabweichung (ddof %3), risikofreier Zins %4 pro Jahr (%5 pro Periode, %6)</translation>
    </message>
    <message>
        <source>Mean mu and sample covariance C of the held instruments&apos; daily returns in the base currency on the days all of them have a close; per trading day.</source>
        <translation>Mittelwert mu und Stichprobenkovarianz C der Tagesrenditen der gehaltenen Instrumente in der Basiswährung an den Tagen, an denen alle einen Schlusskurs haben; je Handelstag.</translation>
    </message>
    <message>
        <source>minimise w&apos;Cw subject to sum w = 1 and lower &lt;= w &lt;= upper (default 0..1, long only).</source>
        <translation>minimiere w&apos;Cw unter sum w = 1 und lower &lt;= w &lt;= upper (Standard 0..1, nur Long).</translation>
    </message>
    <message>
        <source>The frontier portfolio maximising (w&apos;mu - rf_p) / sqrt(w&apos;Cw), rf_p the convention&apos;s per-period risk-free rate.</source>
        <translation>Das Portfolio der Effizienzlinie, das (w&apos;mu - rf_p) / sqrt(w&apos;Cw) maximiert, rf_p der risikofreie Zins der Konvention je Periode.</translation>
    </message>
    <message>
        <source>Minimum variance with w&apos;mu = target / P (the annual target divided by the periods per year).</source>
        <translation>Minimale Varianz mit w&apos;mu = Ziel / P (das Jahresziel geteilt durch die Perioden pro Jahr).</translation>
    </message>
    <message>
        <source>Equal risk contribution: w_i (Cw)_i equal for all i, long only; bounds do not apply.</source>
        <translation>Gleicher Risikobeitrag: w_i (Cw)_i für alle i gleich, nur Long; Grenzen gelten nicht.</translation>
    </message>
    <message>
        <source>expected return x P, volatility x sqrt(P), Sharpe x sqrt(P), P = %1</source>
        <translation>erwartete Rendite x P, Volatilität x sqrt(P), Sharpe x sqrt(P), P = %1</translation>
    </message>
    <message>
        <source>Position value / value of all positions (cash excluded).</source>
        <translation>Positionswert / Wert aller Positionen (ohne Barbestand).</translation>
    </message>
    <message>
        <source>Holdings at their last close in the base currency plus cash; target weights are of this total and must sum to 1 (held instruments not named get 0).</source>
        <translation>Bestände zum letzten Schlusskurs in der Basiswährung plus Barbestand; Zielgewichte beziehen sich auf diese Summe und müssen zusammen 1 ergeben (nicht genannte gehaltene Instrumente erhalten 0).</translation>
    </message>
    <message>
        <source>Sells first, then buys paid from cash and sale proceeds; fees (fixed + rate x trade value) are set aside before sizing; if buys would overdraw, all buys shrink by one factor; trades below the minimum value are skipped; whole shares round down when asked.</source>
        <translation>Erst Verkäufe, dann Käufe, bezahlt aus Barbestand und Verkaufserlösen; Gebühren (fest + Satz x Handelswert) werden vor der Bemessung zurückgelegt; würden die Käufe das Konto überziehen, schrumpfen alle Käufe um einen Faktor; Trades unter dem Mindestwert entfallen; ganze Stücke werden auf Wunsch abgerundet.</translation>
    </message>
    <message>
        <source>current weight - target weight; weight after = value after the trades / total.</source>
        <translation>aktuelles Gewicht - Zielgewicht; Gewicht danach = Wert nach den Trades / Summe.</translation>
    </message>
    <message>
        <source>Ledoit-Wolf shrinkage of the (1/T) sample covariance of the held instruments&apos; daily returns toward %1 with the optimal intensity delta = %2 estimated from the data: delta F + (1 - delta) S; used for Monte Carlo and component VaR.</source>
        <translation>Ledoit-Wolf-Schrumpfung der (1/T)-Stichprobenkovarianz der Tagesrenditen der gehaltenen Instrumente in Richtung %1 mit der aus den Daten geschätzten optimalen Intensität delta = %2: delta F + (1 - delta) S; verwendet für Monte Carlo und Komponenten-VaR.</translation>
    </message>
    <message>
        <source>constant correlation (Ledoit &amp; Wolf 2004, &apos;Honey, I shrunk...&apos;)</source>
        <translation>konstante Korrelation (Ledoit &amp; Wolf 2004, &apos;Honey, I shrunk...&apos;)</translation>
    </message>
    <message>
        <source>a scaled identity (Ledoit &amp; Wolf 2004, well-conditioned estimator)</source>
        <translation>eine skalierte Einheitsmatrix (Ledoit &amp; Wolf 2004, gut konditionierter Schätzer)</translation>
    </message>
    <message>
        <source>Sample covariance (divides by T - 1) of the held instruments&apos; daily returns in the base currency on the days all of them have a close; per trading day.</source>
        <translation>Stichprobenkovarianz (geteilt durch T - 1) der Tagesrenditen der gehaltenen Instrumente in der Basiswährung an den Tagen, an denen alle einen Schlusskurs haben; je Handelstag.</translation>
    </message>
    <message>
        <source>Bootstrap: each step&apos;s return drawn uniformly, with replacement, from the portfolio&apos;s trading-day returns of the history period; V_(t+1) = V_t (1 + r).</source>
        <translation>Bootstrap: die Rendite jedes Schritts wird gleichverteilt, mit Zurücklegen, aus den Handelstagsrenditen des Depots im Verlaufszeitraum gezogen; V_(t+1) = V_t (1 + r).</translation>
    </message>
    <message>
        <source>Geometric Brownian motion: V_(t+1) = V_t exp((mu - sigma^2 / 2) + sigma z), z ~ N(0, 1), with sigma the sample deviation of the history&apos;s log returns and mu their mean + sigma^2 / 2 (per trading day).</source>
        <translation>Geometrische Brownsche Bewegung: V_(t+1) = V_t exp((mu - sigma^2 / 2) + sigma z), z ~ N(0, 1), mit sigma der Stichprobenabweichung der Log-Renditen des Verlaufs und mu ihrem Mittel + sigma^2 / 2 (je Handelstag).</translation>
    </message>
    <message>
        <source>The portfolio&apos;s value (MVE) on the last day of the history period.</source>
        <translation>Der Wert des Depots (MVE) am letzten Tag des Verlaufszeitraums.</translation>
    </message>
    <message>
        <source>At each step the 5/25/50/75/95th percentile of the simulated values: position p (n - 1) / 100 among the sorted values, interpolated between neighbours in log space.</source>
        <translation>Bei jedem Schritt das 5./25./50./75./95. Perzentil der simulierten Werte: Position p (n - 1) / 100 unter den sortierten Werten, zwischen Nachbarn im Log-Raum interpoliert.</translation>
    </message>
    <message>
        <source>Share of paths whose value touched the target (or fell to the loss limit) at any step.</source>
        <translation>Anteil der Pfade, deren Wert bei irgendeinem Schritt das Ziel erreichte (oder auf die Verlustgrenze fiel).</translation>
    </message>
    <message>
        <source>Each held position moves by its own series&apos; return over the window (first close on or after FROM to the last close on or before TO) when its data covers the window (a close within a week of either end); otherwise by the proxy&apos;s return (source &apos;proxy&apos;). Weights are today&apos;s; cash is not stressed.</source>
        <translation>Jede gehaltene Position bewegt sich um die Rendite ihrer eigenen Reihe über das Fenster (erster Schlusskurs am oder nach FROM bis zum letzten am oder vor TO), wenn ihre Daten das Fenster abdecken (ein Schlusskurs binnen einer Woche an beiden Enden); sonst um die Rendite der Ersatzreihe (Quelle &apos;proxy&apos;). Die Gewichte sind die heutigen; Bargeld wird nicht gestresst.</translation>
    </message>
    <message>
        <source>SYMBOL=x moves that position by x, CLASS=x (e.g. equity) every position of that asset class, all=x every position; the most specific shock applies.</source>
        <translation>SYMBOL=x bewegt diese Position um x, CLASS=x (z. B. equity) jede Position dieser Anlageklasse, all=x jede Position; der spezifischste Schock gilt.</translation>
    </message>
    <message>
        <source>value x change per position; total change = total P&amp;L / total value of the positions.</source>
        <translation>Wert x Änderung je Position; Gesamtänderung = Gesamt-G&amp;V / Gesamtwert der Positionen.</translation>
    </message>
    <message>
        <source>no position is held at the end of the period</source>
        <translation>am Ende des Zeitraums wird keine Position gehalten</translation>
    </message>
    <message>
        <source>not an annual rate as a fraction (0.02 = 2 %): &apos;%1&apos;</source>
        <translation>kein Jahreszins als Bruchteil (0.02 = 2 %): &apos;%1&apos;</translation>
    </message>
    <message>
        <source>setting %1</source>
        <translation>Einstellung %1</translation>
    </message>
    <message>
        <source>unknown portfolio &apos;%1&apos;</source>
        <translation>unbekanntes Depot &apos;%1&apos;</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>Depot</translation>
    </message>
    <message>
        <source>no transactions on or before %1</source>
        <translation>keine Transaktionen am oder vor dem %1</translation>
    </message>
    <message>
        <source>no transactions</source>
        <translation>keine Transaktionen</translation>
    </message>
    <message>
        <source>portfolio &apos;%1&apos;</source>
        <translation>Depot &apos;%1&apos;</translation>
    </message>
    <message>
        <source>field &apos;quantity&apos;: amount too large: the quantity held would leave the exact decimal range (+/-9.2 trillion)</source>
        <translation>Feld &apos;quantity&apos;: Betrag zu groß: der Bestand läge außerhalb des exakten Dezimalbereichs (+/-9,2 Billionen)</translation>
    </message>
    <message>
        <source>portfolio &apos;%1&apos;: transaction %2 %3 %4</source>
        <translation>Depot &apos;%1&apos;: Transaktion %2 %3 %4</translation>
    </message>
    <message>
        <source>Shares held: buys and transfers in minus sells and transfers out, times split ratios; exact decimals replayed in date order (a sell of more than held is rejected).</source>
        <translation>Bestand: Käufe und Einlieferungen minus Verkäufe und Auslieferungen, mal Split-Verhältnisse; exakte Dezimalzahlen in Datumsfolge nachgerechnet (ein Verkauf über den Bestand hinaus wird abgelehnt).</translation>
    </message>
    <message>
        <source>Sum of the open lots&apos; cost (quantity x price + buy fee + tax), lots consumed by FIFO; instrument currency.</source>
        <translation>Summe der Kosten der offenen Lots (Menge x Preis + Kaufgebühr + Steuer), Lots nach FIFO verbraucht; Instrumentwährung.</translation>
    </message>
    <message>
        <source>Sum of the open lots&apos; cost (quantity x price + buy fee + tax), lots consumed by average cost; instrument currency.</source>
        <translation>Summe der Kosten der offenen Lots (Menge x Preis + Kaufgebühr + Steuer), Lots nach Durchschnittskosten verbraucht; Instrumentwährung.</translation>
    </message>
    <message>
        <source>Per sale: proceeds (quantity x price) - fee - tax - cost of the lots sold.</source>
        <translation>Je Verkauf: Erlös (Menge x Preis) - Gebühr - Steuer - Kosten der verkauften Lots.</translation>
    </message>
    <message>
        <source>Last stored daily close on or before the valuation day (carried forward over holidays).</source>
        <translation>Letzter gespeicherter Tagesschlusskurs am oder vor dem Bewertungstag (über Feiertage fortgeschrieben).</translation>
    </message>
    <message>
        <source>quantity x price x FX rate (base per unit of the instrument currency; 1 for the base).</source>
        <translation>Menge x Preis x Devisenkurs (Basiswährung je Einheit der Instrumentwährung; 1 für die Basiswährung).</translation>
    </message>
    <message>
        <source>ECB euro reference rate (published about 16:00 CET on TARGET business days) of the valuation day, or of the latest business day before it (fx_date); a pair without the euro is crossed through it: base per unit = (base per EUR) / (currency per EUR) of the same day. A currency the ECB does not publish uses an imported daily series &lt;CCY&gt;&lt;BASE&gt;=X. A rate of 1.0 is never assumed.</source>
        <translation>Euro-Referenzkurs der EZB (veröffentlicht gegen 16:00 MEZ an TARGET-Geschäftstagen) des Bewertungstags oder des letzten Geschäftstags davor (fx_date); ein Paar ohne Euro wird über den Euro gekreuzt: Basis je Einheit = (Basis je EUR) / (Währung je EUR) desselben Tags. Eine Währung, die die EZB nicht veröffentlicht, nutzt eine importierte Tagesreihe &lt;CCY&gt;&lt;BASE&gt;=X. Ein Kurs von 1.0 wird nie angenommen.</translation>
    </message>
    <message>
        <source>(quantity x price - cost basis) x FX rate.</source>
        <translation>(Menge x Preis - Einstandswert) x Devisenkurs.</translation>
    </message>
    <message>
        <source>Deposits + sale proceeds + dividends + interest - buys - fees - taxes - withdrawals, per currency, exact.</source>
        <translation>Einzahlungen + Verkaufserlöse + Dividenden + Zinsen - Käufe - Gebühren - Steuern - Auszahlungen, je Währung, exakt.</translation>
    </message>
    <message>
        <source>Sum of market values plus cash converted to the base currency (MVE of the last day).</source>
        <translation>Summe der Marktwerte plus Bargeld, in die Basiswährung umgerechnet (MVE des letzten Tags).</translation>
    </message>
    <message>
        <source>market value / total value.</source>
        <translation>Marktwert / Gesamtwert.</translation>
    </message>
    <message>
        <source>MVE: positions at the last close on or before the day (carried forward over weekends and holidays) times the FX rate, plus cash, in the base currency.</source>
        <translation>MVE: Positionen zum letzten Schlusskurs am oder vor dem Tag (über Wochenenden und Feiertage fortgeschrieben) mal Devisenkurs, plus Bargeld, in der Basiswährung.</translation>
    </message>
    <message>
        <source>External flows: deposits and transfers in at market value (in), withdrawals and transfers out (out).</source>
        <translation>Externe Flüsse: Einzahlungen und Einlieferungen zum Marktwert (Zufluss), Auszahlungen und Auslieferungen (Abfluss).</translation>
    </message>
    <message>
        <source>prod(1 + r) - 1 over the period&apos;s days up to this one, r = (MVE + CFout) / (MVB + CFin) - 1.</source>
        <translation>prod(1 + r) - 1 über die Tage des Zeitraums bis zu diesem, r = (MVE + CFout) / (MVB + CFin) - 1.</translation>
    </message>
    <message>
        <source>benchmark %1</source>
        <translation>Benchmark %1</translation>
    </message>
    <message>
        <source>Daily returns r compounded within each calendar month / year: prod(1 + r) - 1; the first and last periods may be partial.</source>
        <translation>Tägliche Renditen r, innerhalb jedes Kalendermonats / -jahres verkettet: prod(1 + r) - 1; die erste und die letzte Periode können unvollständig sein.</translation>
    </message>
    <message>
        <source>Per position: sum over days of (V_d - V_(d-1) - flow_d) / (MVB_d + CFin_d), where flow_d is what was put into the position that day (buys positive, sales and dividends negative); positions plus cash effects add up to the sum of the daily returns.</source>
        <translation>Je Position: Summe über die Tage von (V_d - V_(d-1) - flow_d) / (MVB_d + CFin_d), wobei flow_d der an diesem Tag in die Position geflossene Betrag ist (Käufe positiv, Verkäufe und Dividenden negativ); Positionen plus Bargeldeffekte ergeben zusammen die Summe der Tagesrenditen.</translation>
    </message>
    <message>
        <source>Portfolio daily returns compounded between consecutive benchmark closes, so both series have one return per benchmark trading day; </source>
        <translation>Tagesrenditen des Depots, zwischen aufeinanderfolgenden Schlusskursen der Benchmark verkettet, sodass beide Reihen eine Rendite je Handelstag der Benchmark haben; </translation>
    </message>
    <message>
        <source>starts after the last valued day %1</source>
        <translation>beginnt nach dem letzten bewerteten Tag %1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>%1 common trading days of the held instruments between %2 and %3; too few observations</source>
        <translation>%1 gemeinsame Handelstage der gehaltenen Instrumente zwischen %2 und %3; zu wenige Beobachtungen</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>Renditen</translation>
    </message>
    <message>
        <source>no positive price in the base currency</source>
        <translation>kein positiver Kurs in der Basiswährung</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>no daily (1d) bars stored</source>
        <translation>keine Tagesbars (1d) gespeichert</translation>
    </message>
    <message>
        <source>%1 held instrument(s); optimisation needs at least 2</source>
        <translation>%1 gehaltene(s) Instrument(e); die Optimierung braucht mindestens 2</translation>
    </message>
    <message>
        <source>optimize</source>
        <translation>Optimierung</translation>
    </message>
    <message>
        <source>%1 trading-day return(s) between %2 and %3; at least 2 are needed</source>
        <translation>%1 Handelstagesrendite(n) zwischen %2 und %3; mindestens 2 sind nötig</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>%1 trading-day return(s) in the history; at least 2 are needed</source>
        <translation>%1 Handelstagesrendite(n) im Verlauf; mindestens 2 sind nötig</translation>
    </message>
    <message>
        <source>montecarlo</source>
        <translation>Monte Carlo</translation>
    </message>
    <message>
        <source>no position is held to stress</source>
        <translation>keine Position gehalten, die gestresst werden könnte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not held by the portfolio</source>
        <translation>&apos;%1&apos; wird im Depot nicht gehalten</translation>
    </message>
    <message>
        <source>bounds</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>frontier</source>
        <translation>Effizienzlinie</translation>
    </message>
    <message>
        <source>unknown symbol &apos;%1&apos;</source>
        <translation>unbekanntes Symbol &apos;%1&apos;</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>no daily close on or before %1</source>
        <translation>kein Tagesschlusskurs am oder vor dem %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>rebalance</source>
        <translation>Rebalancing</translation>
    </message>
    <message>
        <source>%1 is not in (0, 1)</source>
        <translation>%1 liegt nicht in (0, 1)</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>Konfidenzniveau</translation>
    </message>
    <message>
        <source>%1 is below 1 day</source>
        <translation>%1 liegt unter 1 Tag</translation>
    </message>
    <message>
        <source>horizon</source>
        <translation>Horizont</translation>
    </message>
    <message>
        <source>Monte Carlo VaR needs the current positions&apos; returns and their covariance: %1</source>
        <translation>Der Monte-Carlo-VaR braucht die Renditen der aktuellen Positionen und ihre Kovarianz: %1</translation>
    </message>
    <message>
        <source>VaR</source>
        <translation>VaR</translation>
    </message>
    <message>
        <source>%1 is not above 0 (a target above the start value)</source>
        <translation>%1 liegt nicht über 0 (ein Ziel über dem Startwert)</translation>
    </message>
    <message>
        <source>%1 is not in (-1, 0) (a loss limit below the start value)</source>
        <translation>%1 liegt nicht in (-1, 0) (eine Verlustgrenze unter dem Startwert)</translation>
    </message>
    <message>
        <source>loss-limit</source>
        <translation>Verlustgrenze</translation>
    </message>
    <message>
        <source>a return of -100 % or worse has no logarithm</source>
        <translation>eine Rendite von -100 % oder schlechter hat keinen Logarithmus</translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation>Ersatzreihe %1</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>Ersatzreihe</translation>
    </message>
    <message>
        <source>window starts after it ends</source>
        <translation>das Fenster beginnt nach seinem Ende</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>Fenster %1</translation>
    </message>
    <message>
        <source>shock %1</source>
        <translation>Schock %1</translation>
    </message>
    <message>
        <source>instrument %1</source>
        <translation>Instrument %1</translation>
    </message>
</context>
<context>
    <name>sn::ProviderHttp</name>
    <message>
        <source>%1: no answer from %2 after %3 attempt(s): the server refused the connection. The service may be down or blocked by a firewall; try again later, or check the address in Preferences &gt; Data providers. Data already stored stays available.</source>
        <translation>%1: keine Antwort von %2 nach %3 Versuch(en): Der Server hat die Verbindung abgelehnt. Der Dienst ist vielleicht nicht in Betrieb oder wird von einer Firewall blockiert; versuchen Sie es später erneut oder prüfen Sie die Adresse unter Einstellungen &gt; Datenanbieter. Bereits gespeicherte Daten bleiben verfügbar.</translation>
    </message>
    <message>
        <source>%1: no answer from %2 after %3 attempt(s): the server&apos;s name could not be looked up. This computer seems to have no network connection; connect it and try again. Data already stored stays available.</source>
        <translation>%1: keine Antwort von %2 nach %3 Versuch(en): Der Name des Servers konnte nicht aufgelöst werden. Dieser Computer hat offenbar keine Netzwerkverbindung; stellen Sie eine her und versuchen Sie es erneut. Bereits gespeicherte Daten bleiben verfügbar.</translation>
    </message>
    <message>
        <source>%1: no answer from %2 after %3 attempt(s): the server did not answer in time. The network or the service is slow or unreachable; try again later. Data already stored stays available.</source>
        <translation>%1: keine Antwort von %2 nach %3 Versuch(en): Der Server hat nicht rechtzeitig geantwortet. Das Netzwerk oder der Dienst ist langsam oder nicht erreichbar; versuchen Sie es später erneut. Bereits gespeicherte Daten bleiben verfügbar.</translation>
    </message>
    <message>
        <source>%1: no answer from %2 after %3 attempt(s): the server closed the connection before answering. Try again later. Data already stored stays available.</source>
        <translation>%1: keine Antwort von %2 nach %3 Versuch(en): Der Server hat die Verbindung vor einer Antwort geschlossen. Versuchen Sie es später erneut. Bereits gespeicherte Daten bleiben verfügbar.</translation>
    </message>
    <message>
        <source>%1: no answer from %2 after %3 attempt(s): no secure connection could be made (certificate or redirect refused). Check the address in Preferences &gt; Data providers, and the system&apos;s date and time.</source>
        <translation>%1: keine Antwort von %2 nach %3 Versuch(en): Es konnte keine sichere Verbindung hergestellt werden (Zertifikat oder Weiterleitung abgelehnt). Prüfen Sie die Adresse unter Einstellungen &gt; Datenanbieter sowie Datum und Uhrzeit des Systems.</translation>
    </message>
    <message>
        <source>%1: no answer from %2 after %3 attempt(s): the network&apos;s proxy asks for a login. Check the system&apos;s proxy settings.</source>
        <translation>%1: keine Antwort von %2 nach %3 Versuch(en): Der Proxy des Netzwerks verlangt eine Anmeldung. Prüfen Sie die Proxy-Einstellungen des Systems.</translation>
    </message>
    <message>
        <source>%1: no answer from %2 after %3 attempt(s): the network connection failed. Check that this computer is online, then try again. Data already stored stays available.</source>
        <translation>%1: keine Antwort von %2 nach %3 Versuch(en): Die Netzwerkverbindung ist fehlgeschlagen. Prüfen Sie, ob dieser Computer online ist, und versuchen Sie es dann erneut. Bereits gespeicherte Daten bleiben verfügbar.</translation>
    </message>
    <message>
        <source>%1: daily quota spent (%2 of %3 requests on %4 UTC); %5 was not fetched. It resets at midnight UTC; the quota is set in Preferences &gt; Data providers.</source>
        <translation>%1: Tageskontingent aufgebraucht (%2 von %3 Anfragen am %4 UTC); es wurde nichts abgerufen. Es wird um Mitternacht UTC zurückgesetzt; das Kontingent wird unter Einstellungen &gt; Datenanbieter festgelegt.</translation>
    </message>
    <message>
        <source>%1: not asked (circuit breaker open after %2 failed calls in a row; next try after %3)</source>
        <translation>%1: nicht angefragt (nach %2 fehlgeschlagenen Aufrufen in Folge pausiert; nächster Versuch nach %3)</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1: rate limited; the vendor asks to wait %2 s, longer than the %3 s allowed</source>
        <translation>%1: Anfragen begrenzt; der Anbieter verlangt %2 s Wartezeit, länger als die erlaubten %3 s</translation>
    </message>
    <message>
        <source>%1: the server %2 answered with an error (HTTP %3) %4 time(s) in a row. The service has trouble at the moment; try again later. Data already stored stays available.</source>
        <translation>%1: Der Server %2 hat %4-mal in Folge mit einem Fehler (HTTP %3) geantwortet. Der Dienst hat gerade Probleme; versuchen Sie es später erneut. Bereits gespeicherte Daten bleiben verfügbar.</translation>
    </message>
</context>
<context>
    <name>sn::ProviderSettings</name>
    <message>
        <source>setting %1 is not true or false: &apos;%2&apos;</source>
        <translation>die Einstellung %1 ist weder true noch false: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: the base URL &apos;%2&apos; is not an http:// or https:// URL with a host</source>
        <translation>%1: die Basis-URL &apos;%2&apos; ist keine http://- oder https://-URL mit Host</translation>
    </message>
    <message>
        <source>setting %1 is not a whole number of minutes from %2 to %3: &apos;%4&apos;</source>
        <translation>die Einstellung %1 ist keine ganze Zahl von Minuten von %2 bis %3: &apos;%4&apos;</translation>
    </message>
    <message>
        <source>the refresh interval must be from %1 to %2 minutes, not %3</source>
        <translation>das Aktualisierungsintervall muss zwischen %1 und %2 Minuten liegen, nicht %3</translation>
    </message>
    <message>
        <source>scheduled refresh</source>
        <translation>geplante Aktualisierung</translation>
    </message>
    <message>
        <source>unknown provider &apos;%1&apos;; known: %2</source>
        <translation>unbekannter Anbieter &apos;%1&apos;; bekannt: %2</translation>
    </message>
    <message>
        <source>data providers</source>
        <translation>Datenanbieter</translation>
    </message>
    <message>
        <source>provider &apos;%1&apos; is listed twice</source>
        <translation>Anbieter &apos;%1&apos; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>provider &apos;%1&apos; is missing from the order; every provider has a place</source>
        <translation>Anbieter &apos;%1&apos; fehlt in der Reihenfolge; jeder Anbieter hat einen Platz</translation>
    </message>
</context>
<context>
    <name>sn::Rebalancer</name>
    <message>
        <source>no positions or targets</source>
        <translation>keine Positionen oder Ziele</translation>
    </message>
    <message>
        <source>rebalance</source>
        <translation>Rebalancing</translation>
    </message>
    <message>
        <source>cash, minimum trade value and fees must be non-negative (fee rate below 1)</source>
        <translation>Barbestand, Mindesthandelswert und Gebühren dürfen nicht negativ sein (Gebührensatz unter 1)</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>symbol listed twice</source>
        <translation>Symbol doppelt aufgeführt</translation>
    </message>
    <message>
        <source>price %1 must be positive</source>
        <translation>der Kurs %1 muss positiv sein</translation>
    </message>
    <message>
        <source>quantity %1 must not be negative</source>
        <translation>die Menge %1 darf nicht negativ sein</translation>
    </message>
    <message>
        <source>target weight %1 must not be negative</source>
        <translation>das Zielgewicht %1 darf nicht negativ sein</translation>
    </message>
    <message>
        <source>target weights sum to %1, not 1</source>
        <translation>die Zielgewichte summieren sich zu %1, nicht zu 1</translation>
    </message>
    <message>
        <source>nothing to rebalance: no holdings and no cash</source>
        <translation>nichts umzuschichten: keine Bestände und kein Barbestand</translation>
    </message>
    <message>
        <source>plan would overdraw cash by %1</source>
        <translation>der Plan würde den Barbestand um %1 überziehen</translation>
    </message>
    <message>
        <source>not held, so no price to trade at on %1</source>
        <translation>nicht im Bestand, daher kein Kurs zum Handeln am %1</translation>
    </message>
    <message>
        <source>rebalance trade %1</source>
        <translation>Rebalancing-Trade %1</translation>
    </message>
    <message>
        <source>quantity, price or fee out of the decimal range</source>
        <translation>Menge, Kurs oder Gebühr außerhalb des Dezimalbereichs</translation>
    </message>
</context>
<context>
    <name>sn::Reports</name>
    <message>
        <source>no output file given</source>
        <translation>keine Ausgabedatei angegeben</translation>
    </message>
    <message>
        <source>the report has no table &apos;%1&apos; (tables: %2)</source>
        <translation>der Bericht hat keine Tabelle „%1“ (Tabellen: %2)</translation>
    </message>
    <message>
        <source>CSV writes one file per table into a folder, and this is a file (or pick one table with --table)</source>
        <translation>CSV schreibt eine Datei je Tabelle in einen Ordner, und dies ist eine Datei (oder wählen Sie eine einzelne Tabelle)</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>report rendering cancelled</source>
        <translation>Erstellen des Berichts abgebrochen</translation>
    </message>
</context>
<context>
    <name>sn::ReturnStats</name>
    <message>
        <source>%1 [%2 convention: %3 periods/year, ddof %4]: %5</source>
        <translation>%1 [Konvention %2: %3 Perioden/Jahr, ddof %4]: %5</translation>
    </message>
    <message>
        <source>Sharpe ratio</source>
        <translation>Sharpe-Ratio</translation>
    </message>
    <message>
        <source>sample standard deviation (divides by n-1)</source>
        <translation>Stichproben-Standardabweichung (teilt durch n-1)</translation>
    </message>
    <message>
        <source>rf_p = (1 + rf)^(1/%1) - 1 with rf = %2</source>
        <translation>rf_p = (1 + rf)^(1/%1) - 1 mit rf = %2</translation>
    </message>
    <message>
        <source>; not defined when the deviation is zero</source>
        <translation>; nicht definiert, wenn die Abweichung null ist</translation>
    </message>
    <message>
        <source>total return</source>
        <translation>Gesamtrendite</translation>
    </message>
    <message>
        <source>annual return</source>
        <translation>Jahresrendite</translation>
    </message>
    <message>
        <source>CAGR</source>
        <translation>CAGR</translation>
    </message>
    <message>
        <source>annual volatility</source>
        <translation>jährliche Volatilität</translation>
    </message>
    <message>
        <source>Sortino ratio</source>
        <translation>Sortino-Ratio</translation>
    </message>
    <message>
        <source>Calmar ratio</source>
        <translation>Calmar-Ratio</translation>
    </message>
    <message>
        <source>maximum drawdown</source>
        <translation>maximaler Drawdown</translation>
    </message>
    <message>
        <source>beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <source>alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <source>tracking error</source>
        <translation>Tracking Error</translation>
    </message>
    <message>
        <source>information ratio</source>
        <translation>Information Ratio</translation>
    </message>
    <message>
        <source>population standard deviation (divides by n)</source>
        <translation>Grundgesamtheits-Standardabweichung (teilt durch n)</translation>
    </message>
    <message>
        <source>rf_p = rf / %1 with rf = %2</source>
        <translation>rf_p = rf / %1 mit rf = %2</translation>
    </message>
    <message>
        <source>prod(1 + r_i) - 1 over the n periodic returns r_i</source>
        <translation>prod(1 + r_i) - 1 über die n periodischen Renditen r_i</translation>
    </message>
    <message>
        <source>(end value / start value)^(1 / years) - 1, years = elapsed calendar time / 365.25 days</source>
        <translation>(Endwert / Anfangswert)^(1 / Jahre) - 1, Jahre = verstrichene Kalenderzeit / 365,25 Tage</translation>
    </message>
    <message>
        <source>sd(r) * sqrt(%1), sd = %2; needs at least 2 returns</source>
        <translation>sd(r) * sqrt(%1), sd = %2; benötigt mindestens 2 Renditen</translation>
    </message>
    <message>
        <source>(annual return - rf) / (sd(r) * sqrt(%1)), annual return = %2, sd = %3, rf = %4</source>
        <translation>(Jahresrendite - rf) / (sd(r) * sqrt(%1)), Jahresrendite = %2, sd = %3, rf = %4</translation>
    </message>
    <message>
        <source>(annual return - rf) / sqrt(%1 * var(negative r)), annual return = %2, var = sample variance of the returns below 0 only; needs two negative returns</source>
        <translation>(Jahresrendite - rf) / sqrt(%1 * var(negative r)), Jahresrendite = %2, var = Stichprobenvarianz nur der Renditen unter 0; benötigt zwei negative Renditen</translation>
    </message>
    <message>
        <source>mean(r - rf_p) * %1 / (DD * sqrt(%1)), DD = sqrt(sum(min(r_i - rf_p, 0)^2) / n) over all n returns (target downside deviation), %2; not defined without a loss</source>
        <translation>mean(r - rf_p) * %1 / (DD * sqrt(%1)), DD = sqrt(sum(min(r_i - rf_p, 0)^2) / n) über alle n Renditen (Ziel-Downside-Abweichung), %2; ohne Verlust nicht definiert</translation>
    </message>
    <message>
        <source>annual return / |maximum drawdown|, annual return = %1; not defined without a drawdown</source>
        <translation>Jahresrendite / |maximaler Drawdown|, Jahresrendite = %1; ohne Drawdown nicht definiert</translation>
    </message>
    <message>
        <source>max over t of 1 - V_t / max(V_0..V_t) on the equity V (from returns: V_0 = 1, V_t = V_(t-1)(1 + r_t)); duration = periods from the peak to the first value back at the peak, or to the end if not recovered</source>
        <translation>Maximum über t von 1 - V_t / max(V_0..V_t) auf dem Kapitalverlauf V (aus Renditen: V_0 = 1, V_t = V_(t-1)(1 + r_t)); Dauer = Perioden vom Hoch bis zum ersten Wert wieder auf dem Hoch, oder bis zum Ende, wenn nicht erholt</translation>
    </message>
    <message>
        <source>cov(r, b) / var(b) on the portfolio returns r and benchmark returns b of the same periods</source>
        <translation>cov(r, b) / var(b) auf den Depotrenditen r und den Benchmark-Renditen b derselben Perioden</translation>
    </message>
    <message>
        <source>mean(r - b) * %1 / tracking error</source>
        <translation>mean(r - b) * %1 / Tracking Error</translation>
    </message>
    <message>
        <source>mean(r - b) / sd(r - b), per period (not annualised), sd = %1</source>
        <translation>mean(r - b) / sd(r - b), pro Periode (nicht annualisiert), sd = %1</translation>
    </message>
    <message>
        <source>(annual(r) - annual(b)) / tracking error, annual(x) = %1</source>
        <translation>(annual(r) - annual(b)) / Tracking Error, annual(x) = %1</translation>
    </message>
    <message>
        <source>unknown convention &apos;%1&apos; (known: supernova, vectorbt, backtrader, lean)</source>
        <translation>unbekannte Konvention &apos;%1&apos; (bekannt: supernova, vectorbt, backtrader, lean)</translation>
    </message>
    <message>
        <source>no returns to summarise</source>
        <translation>keine Renditen zum Zusammenfassen</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>Renditen</translation>
    </message>
</context>
<context>
    <name>sn::Risk</name>
    <message>
        <source>%1 observations; at least %2 are needed</source>
        <translation>%1 Beobachtungen; mindestens %2 sind nötig</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>Renditen</translation>
    </message>
    <message>
        <source>asset has no variance; correlation is not defined</source>
        <translation>das Instrument hat keine Varianz; die Korrelation ist nicht definiert</translation>
    </message>
    <message>
        <source>covariance column %1</source>
        <translation>Kovarianzspalte %1</translation>
    </message>
    <message>
        <source>asset has no variance; correlation target not defined</source>
        <translation>das Instrument hat keine Varianz; das Korrelationsziel ist nicht definiert</translation>
    </message>
    <message>
        <source>returns column %1</source>
        <translation>Renditespalte %1</translation>
    </message>
    <message>
        <source>start value %1 must be positive</source>
        <translation>der Startwert %1 muss positiv sein</translation>
    </message>
    <message>
        <source>startValue</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>%1 steps and %2 paths; both must be at least 1</source>
        <translation>%1 Schritte und %2 Pfade; beide müssen mindestens 1 sein</translation>
    </message>
    <message>
        <source>steps/paths</source>
        <translation>Schritte/Pfade</translation>
    </message>
    <message>
        <source>lower bound %1 above upper bound %2</source>
        <translation>Untergrenze %1 über der Obergrenze %2</translation>
    </message>
    <message>
        <source>asset %1</source>
        <translation>Instrument %1</translation>
    </message>
    <message>
        <source>infeasible bounds: lower bounds sum to %1, upper bounds to %2; the weights must sum to 1</source>
        <translation>unerfüllbare Grenzen: die Untergrenzen summieren sich zu %1, die Obergrenzen zu %2; die Gewichte müssen sich zu 1 summieren</translation>
    </message>
    <message>
        <source>optimiser bounds</source>
        <translation>Grenzen der Optimierung</translation>
    </message>
    <message>
        <source>covariance matrix is singular or not positive definite (eigenvalues %1 .. %2)</source>
        <translation>die Kovarianzmatrix ist singulär oder nicht positiv definit (Eigenwerte %1 .. %2)</translation>
    </message>
    <message>
        <source>optimiser</source>
        <translation>Optimierung</translation>
    </message>
    <message>
        <source>singular KKT system</source>
        <translation>singuläres KKT-System</translation>
    </message>
    <message>
        <source>active-set method did not converge</source>
        <translation>das Active-Set-Verfahren konvergierte nicht</translation>
    </message>
    <message>
        <source>could not reach the target return %1</source>
        <translation>die Zielrendite %1 war nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 observations for %2 assets; at least %3 are needed for a non-singular covariance</source>
        <translation>%1 Beobachtungen für %2 Instrumente; für eine nicht singuläre Kovarianz sind mindestens %3 nötig</translation>
    </message>
    <message>
        <source>target return %1 is above the highest feasible return %2</source>
        <translation>die Zielrendite %1 liegt über der höchsten erreichbaren Rendite %2</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>target return %1 is below the minimum-variance portfolio&apos;s return %2; the efficient frontier starts there</source>
        <translation>die Zielrendite %1 liegt unter der Rendite %2 des Portfolios minimaler Varianz; dort beginnt die Effizienzlinie</translation>
    </message>
    <message>
        <source>%1 points; at least 2 are needed</source>
        <translation>%1 Punkte; mindestens 2 sind nötig</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>no feasible portfolio returns more than the risk-free rate %1 (best %2)</source>
        <translation>kein zulässiges Portfolio rentiert mehr als der risikofreie Zins %1 (bestes %2)</translation>
    </message>
    <message>
        <source>maximum Sharpe</source>
        <translation>maximales Sharpe</translation>
    </message>
    <message>
        <source>no positions to stress</source>
        <translation>keine Positionen, die gestresst werden könnten</translation>
    </message>
    <message>
        <source>positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>window %1..%2</source>
        <translation>Fenster %1..%2</translation>
    </message>
    <message>
        <source>window ends before it starts</source>
        <translation>das Fenster endet vor seinem Beginn</translation>
    </message>
    <message>
        <source>the series has fewer than two closes in the window</source>
        <translation>die Reihe hat weniger als zwei Schlusskurse im Fenster</translation>
    </message>
    <message>
        <source>invalid close at the window edge</source>
        <translation>ungültiger Schlusskurs am Fensterrand</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>Ersatzreihe</translation>
    </message>
    <message>
        <source>no history for the window and no proxy series</source>
        <translation>keine Historie für das Fenster und keine Ersatzreihe</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>change %1 is below -100 %</source>
        <translation>die Veränderung %1 liegt unter -100 %</translation>
    </message>
    <message>
        <source>shock %1</source>
        <translation>Schock %1</translation>
    </message>
    <message>
        <source>confidence %1 is not inside (0, 1)</source>
        <translation>das Konfidenzniveau %1 liegt nicht in (0, 1)</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>Konfidenzniveau</translation>
    </message>
    <message>
        <source>horizon %1 is not at least 1 period</source>
        <translation>der Horizont %1 beträgt nicht mindestens 1 Periode</translation>
    </message>
    <message>
        <source>horizon</source>
        <translation>Horizont</translation>
    </message>
    <message>
        <source>%1 returns; at least %2 are needed</source>
        <translation>%1 Renditen; mindestens %2 sind nötig</translation>
    </message>
    <message>
        <source>%1 observations leave no tail at %2 confidence; at least %3 are needed</source>
        <translation>%1 Beobachtungen lassen bei %2 Konfidenzniveau kein Verlustende übrig; mindestens %3 sind nötig</translation>
    </message>
    <message>
        <source>returns have no variance</source>
        <translation>die Renditen haben keine Varianz</translation>
    </message>
    <message>
        <source>covariance matrix is not positive definite (singular)</source>
        <translation>die Kovarianzmatrix ist nicht positiv definit (singulär)</translation>
    </message>
    <message>
        <source>Monte Carlo VaR</source>
        <translation>Monte-Carlo-VaR</translation>
    </message>
    <message>
        <source>portfolio has no variance</source>
        <translation>das Depot hat keine Varianz</translation>
    </message>
    <message>
        <source>component VaR</source>
        <translation>Komponenten-VaR</translation>
    </message>
</context>
<context>
    <name>sn::RuleService</name>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>rule &apos;%1&apos;</source>
        <translation>Regel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a rule needs a name</source>
        <translation>eine Regel braucht einen Namen</translation>
    </message>
    <message>
        <source>a rule name has at most %1 characters</source>
        <translation>ein Regelname hat höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rule name: character %2 (&apos;%3&apos;) is not allowed; use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, starting with a letter or digit</source>
        <translation>&apos;%1&apos; ist kein Regelname: Zeichen %2 (&apos;%3&apos;) ist nicht erlaubt; verwenden Sie Buchstaben, Ziffern, &apos;_&apos;, &apos;-&apos; und &apos;.&apos;, beginnend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>a version is a number from 1, got %1</source>
        <translation>eine Version ist eine Zahl ab 1, gefunden: %1</translation>
    </message>
    <message>
        <source>no such rule</source>
        <translation>keine solche Regel</translation>
    </message>
    <message>
        <source>the rule text is empty</source>
        <translation>der Regeltext ist leer</translation>
    </message>
    <message>
        <source>the rule is larger than %1 bytes</source>
        <translation>die Regel ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>the rule does not compile:
%1</source>
        <translation>die Regel lässt sich nicht kompilieren:
%1</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>rule export</source>
        <translation>Regelexport</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>rule import</source>
        <translation>Regelimport</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than %2 bytes</source>
        <translation>&apos;%1&apos; ist größer als %2 Bytes</translation>
    </message>
    <message>
        <source>importing &apos;%1&apos; (give the rule a name with --name)</source>
        <translation>Import von &apos;%1&apos; (geben Sie der Regel mit --name einen Namen)</translation>
    </message>
    <message>
        <source>no version %1 (versions 1 to %2)</source>
        <translation>keine Version %1 (Versionen 1 bis %2)</translation>
    </message>
    <message>
        <source>parameter &apos;name&apos; is empty</source>
        <translation>Parameter &apos;name&apos; ist leer</translation>
    </message>
    <message>
        <source>the rule was removed meanwhile</source>
        <translation>die Regel wurde inzwischen entfernt</translation>
    </message>
</context>
<context>
    <name>sn::Rules</name>
    <message>
        <source>a condition series</source>
        <translation>eine Bedingungsreihe</translation>
    </message>
    <message>
        <source>a fixed condition</source>
        <translation>eine feste Bedingung</translation>
    </message>
    <message>
        <source>a number series</source>
        <translation>eine Zahlenreihe</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>unknown rule output &apos;%1&apos;</source>
        <translation>unbekannte Regelausgabe &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a rule sets entry, exit, short_entry, short_exit, stop_loss, take_profit, trailing_stop, stop, target or trail; for a named value write &apos;let %1 = ...&apos;</source>
        <translation>eine Regel setzt entry, exit, short_entry, short_exit, stop_loss, take_profit, trailing_stop, stop, target oder trail; für einen benannten Wert schreiben Sie &apos;let %1 = ...&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set twice</source>
        <translation>&apos;%1&apos; wird zweimal gesetzt</translation>
    </message>
    <message>
        <source>combine the conditions with &apos;or&apos; / &apos;and&apos; in one line</source>
        <translation>verbinden Sie die Bedingungen mit &apos;or&apos; / &apos;and&apos; in einer Zeile</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number (a distance in price), got %2</source>
        <translation>&apos;%1&apos; muss eine Zahl sein (ein Abstand im Kurs), ist aber %2</translation>
    </message>
    <message>
        <source>e.g. &apos;%1 = 2 * atr(14)&apos;</source>
        <translation>z. B. &apos;%1 = 2 * atr(14)&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number (a fraction of the entry price), got %2</source>
        <translation>&apos;%1&apos; muss eine Zahl sein (ein Anteil am Einstiegskurs), ist aber %2</translation>
    </message>
    <message>
        <source>e.g. &apos;%1 = 0.05&apos; for 5%</source>
        <translation>z. B. &apos;%1 = 0.05&apos; für 5 %</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be fixed for the run, got %2</source>
        <translation>&apos;%1&apos; muss für den Lauf fest sein, ist aber %2</translation>
    </message>
    <message>
        <source>a fraction such as 0.05 or a float parameter; for a stop that moves with the bars write a distance in price: &apos;stop = 2 * atr(14)&apos; (also &apos;target&apos;, &apos;trail&apos;)</source>
        <translation>ein Anteil wie 0.05 oder ein float-Parameter; für einen Stopp, der mit den Bars wandert, schreiben Sie einen Abstand im Kurs: &apos;stop = 2 * atr(14)&apos; (ebenso &apos;target&apos;, &apos;trail&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a condition, got %2</source>
        <translation>&apos;%1&apos; muss eine Bedingung sein, ist aber %2</translation>
    </message>
    <message>
        <source>compare it, e.g. &apos;close &gt; sma(close, 50)&apos;</source>
        <translation>vergleichen Sie es, z. B. &apos;close &gt; sma(close, 50)&apos;</translation>
    </message>
    <message>
        <source>the rule has no &apos;entry&apos;</source>
        <translation>die Regel hat kein &apos;entry&apos;</translation>
    </message>
    <message>
        <source>add a line such as &apos;entry = cross_above(sma(close, 10), sma(close, 30))&apos;</source>
        <translation>fügen Sie eine Zeile wie &apos;entry = cross_above(sma(close, 10), sma(close, 30))&apos; hinzu</translation>
    </message>
    <message>
        <source>&apos;short_exit&apos; without &apos;short_entry&apos;</source>
        <translation>&apos;short_exit&apos; ohne &apos;short_entry&apos;</translation>
    </message>
    <message>
        <source>add &apos;short_entry = ...&apos; or remove it</source>
        <translation>fügen Sie &apos;short_entry = ...&apos; hinzu oder entfernen Sie es</translation>
    </message>
    <message>
        <source>the rule needs %1 steps, more than %2</source>
        <translation>die Regel braucht %1 Schritte, mehr als %2</translation>
    </message>
    <message>
        <source>split it into simpler rules</source>
        <translation>teilen Sie sie in einfachere Regeln auf</translation>
    </message>
    <message>
        <source>did you mean &apos;%1&apos;?</source>
        <translation>meinten Sie &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in name and cannot be a parameter</source>
        <translation>&apos;%1&apos; ist ein eingebauter Name und kann kein Parameter sein</translation>
    </message>
    <message>
        <source>pick another name</source>
        <translation>wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is declared twice</source>
        <translation>Parameter &apos;%1&apos; ist zweimal deklariert</translation>
    </message>
    <message>
        <source>keep one declaration</source>
        <translation>behalten Sie eine Deklaration</translation>
    </message>
    <message>
        <source>the range of &apos;%1&apos; is empty (%2 &gt; %3)</source>
        <translation>der Bereich von &apos;%1&apos; ist leer (%2 &gt; %3)</translation>
    </message>
    <message>
        <source>write LOW..HIGH with LOW &lt;= HIGH</source>
        <translation>schreiben Sie LOW..HIGH mit LOW &lt;= HIGH</translation>
    </message>
    <message>
        <source>int parameter &apos;%1&apos; has a fractional range</source>
        <translation>int-Parameter &apos;%1&apos; hat einen Bereich mit Nachkommastellen</translation>
    </message>
    <message>
        <source>use whole numbers or declare it &apos;float&apos;</source>
        <translation>verwenden Sie ganze Zahlen oder deklarieren Sie ihn als &apos;float&apos;</translation>
    </message>
    <message>
        <source>the default of &apos;%1&apos; (%2) is outside its range %3..%4</source>
        <translation>der Standardwert von &apos;%1&apos; (%2) liegt außerhalb seines Bereichs %3..%4</translation>
    </message>
    <message>
        <source>change the default or the range</source>
        <translation>ändern Sie den Standardwert oder den Bereich</translation>
    </message>
    <message>
        <source>&apos;require&apos; names unknown parameter &apos;%1&apos;</source>
        <translation>&apos;require&apos; nennt den unbekannten Parameter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>declare it first: &apos;param %1: int = 10 in 1..100&apos;</source>
        <translation>deklarieren Sie ihn zuerst: &apos;param %1: int = 10 in 1..100&apos;</translation>
    </message>
    <message>
        <source>the defaults break &apos;require %1 &lt; %2&apos; (%1 = %3, %2 = %4)</source>
        <translation>die Standardwerte verletzen &apos;require %1 &lt; %2&apos; (%1 = %3, %2 = %4)</translation>
    </message>
    <message>
        <source>change the defaults</source>
        <translation>ändern Sie die Standardwerte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a name (a parameter) and cannot be redefined</source>
        <translation>&apos;%1&apos; ist bereits ein Name (ein Parameter) und kann nicht neu definiert werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a name (built in) and cannot be redefined</source>
        <translation>&apos;%1&apos; ist bereits ein Name (eingebaut) und kann nicht neu definiert werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is defined twice</source>
        <translation>&apos;%1&apos; ist zweimal definiert</translation>
    </message>
    <message>
        <source>keep one &apos;let %1&apos;</source>
        <translation>behalten Sie ein &apos;let %1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a function and needs arguments</source>
        <translation>&apos;%1&apos; ist eine Funktion und braucht Argumente</translation>
    </message>
    <message>
        <source>call it as %1</source>
        <translation>rufen Sie sie als %1 auf</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a rule output and cannot be read</source>
        <translation>&apos;%1&apos; ist eine Regelausgabe und kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>name the condition with &apos;let&apos; and use that name in both places</source>
        <translation>benennen Sie die Bedingung mit &apos;let&apos; und verwenden Sie diesen Namen an beiden Stellen</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos;</source>
        <translation>unbekannter Name &apos;%1&apos;</translation>
    </message>
    <message>
        <source>names are open, high, low, close, volume, declared parameters (&apos;param&apos;), &apos;let&apos; names and functions such as sma(x, n)</source>
        <translation>Namen sind open, high, low, close, volume, deklarierte Parameter (&apos;param&apos;), &apos;let&apos;-Namen und Funktionen wie sma(x, n)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2() must be fixed for the run, got %3</source>
        <translation>&apos;%1&apos; von %2() muss für den Lauf fest sein, ist aber %3</translation>
    </message>
    <message>
        <source>use a whole number or an int parameter, e.g. %1(close, 14)</source>
        <translation>verwenden Sie eine ganze Zahl oder einen int-Parameter, z. B. %1(close, 14)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2() must be a whole number, got %3</source>
        <translation>&apos;%1&apos; von %2() muss eine ganze Zahl sein, ist aber %3</translation>
    </message>
    <message>
        <source>a period counts bars; declare the parameter &apos;int&apos;</source>
        <translation>eine Periode zählt Bars; deklarieren Sie den Parameter als &apos;int&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2() is %3, outside 1..%4</source>
        <translation>&apos;%1&apos; von %2() ist %3, außerhalb von 1..%4</translation>
    </message>
    <message>
        <source>a period is at least 1 bar</source>
        <translation>eine Periode umfasst mindestens 1 Bar</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is used as a period but has no range</source>
        <translation>Parameter &apos;%1&apos; wird als Periode verwendet, hat aber keinen Bereich</translation>
    </message>
    <message>
        <source>give it one: &apos;param %1: int = %2 in 1..200&apos;</source>
        <translation>geben Sie ihm einen: &apos;param %1: int = %2 in 1..200&apos;</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is used as a period but its range %2..%3 goes outside 1..%4</source>
        <translation>Parameter &apos;%1&apos; wird als Periode verwendet, aber sein Bereich %2..%3 reicht über 1..%4 hinaus</translation>
    </message>
    <message>
        <source>a period is at least 1 bar: start the range at 1 or more</source>
        <translation>eine Periode umfasst mindestens 1 Bar: beginnen Sie den Bereich bei 1 oder mehr</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a function</source>
        <translation>&apos;%1&apos; ist keine Funktion</translation>
    </message>
    <message>
        <source>for the value k bars ago write %1[k]</source>
        <translation>für den Wert von vor k Bars schreiben Sie %1[k]</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos;</source>
        <translation>unbekannte Funktion &apos;%1&apos;</translation>
    </message>
    <message>
        <source>see docs/rules.md or &apos;supernova-cli rule functions&apos; for the list</source>
        <translation>die Liste steht in docs/rules.md und unter &apos;supernova-cli rule functions&apos;</translation>
    </message>
    <message>
        <source>%1 is missing argument &apos;%2&apos;</source>
        <translation>bei %1 fehlt das Argument &apos;%2&apos;</translation>
    </message>
    <message>
        <source>1 argument needed, %1 given: %2</source>
        <translation>1 Argument nötig, %1 angegeben: %2</translation>
    </message>
    <message>
        <source>%1 arguments needed, %2 given: %3</source>
        <translation>%1 Argumente nötig, %2 angegeben: %3</translation>
    </message>
    <message>
        <source>%1 takes 1 argument, %2 given</source>
        <translation>%1 nimmt 1 Argument, %2 angegeben</translation>
    </message>
    <message>
        <source>%1 takes %2 arguments, %3 given</source>
        <translation>%1 nimmt %2 Argumente, %3 angegeben</translation>
    </message>
    <message>
        <source>remove the extra argument</source>
        <translation>entfernen Sie das überzählige Argument</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2() must be a number series, got %3</source>
        <translation>&apos;%1&apos; von %2() muss eine Zahlenreihe sein, ist aber %3</translation>
    </message>
    <message>
        <source>e.g. %1(close, ...)</source>
        <translation>z. B. %1(close, ...)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2() must be a number fixed for the run, got %3</source>
        <translation>&apos;%1&apos; von %2() muss eine für den Lauf feste Zahl sein, ist aber %3</translation>
    </message>
    <message>
        <source>e.g. 2 or a float parameter</source>
        <translation>z. B. 2 oder ein float-Parameter</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2() must be a number, got %3</source>
        <translation>&apos;%1&apos; von %2() muss eine Zahl sein, ist aber %3</translation>
    </message>
    <message>
        <source>a condition is not a number; use if(c, 1, 0) to turn it into one</source>
        <translation>eine Bedingung ist keine Zahl; mit if(c, 1, 0) wird eine daraus</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2() must be a condition, got %3</source>
        <translation>&apos;%1&apos; von %2() muss eine Bedingung sein, ist aber %3</translation>
    </message>
    <message>
        <source>compare it, e.g. close &gt; open</source>
        <translation>vergleichen Sie es, z. B. close &gt; open</translation>
    </message>
    <message>
        <source>%1() of two fixed numbers never happens</source>
        <translation>%1() zweier fester Zahlen tritt nie ein</translation>
    </message>
    <message>
        <source>one side must be a series, e.g. %1(rsi(close, 14), 30)</source>
        <translation>eine Seite muss eine Reihe sein, z. B. %1(rsi(close, 14), 30)</translation>
    </message>
    <message>
        <source>the two branches of if() differ: %1 and %2</source>
        <translation>die beiden Zweige von if() unterscheiden sich: %1 und %2</translation>
    </message>
    <message>
        <source>both must be numbers or both conditions</source>
        <translation>beide müssen Zahlen oder beide Bedingungen sein</translation>
    </message>
    <message>
        <source>negative lag %1: that would read a future bar</source>
        <translation>negativer Lag %1: damit würde ein künftiger Bar gelesen</translation>
    </message>
    <message>
        <source>x[k] is the value k bars ago and k must be 0 or more (x[1] is the previous bar)</source>
        <translation>x[k] ist der Wert von vor k Bars, und k muss 0 oder mehr sein (x[1] ist der vorige Bar)</translation>
    </message>
    <message>
        <source>only a series has past values; this is %1</source>
        <translation>nur eine Reihe hat frühere Werte; dies ist %1</translation>
    </message>
    <message>
        <source>x[k] applies to series such as close or sma(close, 10)</source>
        <translation>x[k] gilt für Reihen wie close oder sma(close, 10)</translation>
    </message>
    <message>
        <source>the lag must be a whole number fixed for the run, got %1</source>
        <translation>der Lag muss eine für den Lauf feste ganze Zahl sein, ist aber %1</translation>
    </message>
    <message>
        <source>write x[1] or x[lag] with &apos;param lag: int = 1 in 0..10&apos;</source>
        <translation>schreiben Sie x[1] oder x[lag] mit &apos;param lag: int = 1 in 0..10&apos;</translation>
    </message>
    <message>
        <source>x[k] is the value k bars ago and k must be 0 or more</source>
        <translation>x[k] ist der Wert von vor k Bars, und k muss 0 oder mehr sein</translation>
    </message>
    <message>
        <source>lag %1 is more than %2 bars</source>
        <translation>Lag %1 ist mehr als %2 Bars</translation>
    </message>
    <message>
        <source>use a smaller lag</source>
        <translation>verwenden Sie einen kleineren Lag</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is used as a lag, so its range must lie in 0..%2 (it is %3..%4)</source>
        <translation>Parameter &apos;%1&apos; wird als Lag verwendet, also muss sein Bereich in 0..%2 liegen (er ist %3..%4)</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is used as a lag, so its range must lie in 0..%2 (it has none)</source>
        <translation>Parameter &apos;%1&apos; wird als Lag verwendet, also muss sein Bereich in 0..%2 liegen (er hat keinen)</translation>
    </message>
    <message>
        <source>a negative lag would read a future bar: &apos;param %1: int = %2 in 0..10&apos;</source>
        <translation>ein negativer Lag würde einen künftigen Bar lesen: &apos;param %1: int = %2 in 0..10&apos;</translation>
    </message>
    <message>
        <source>the lag must be a whole number or an int parameter</source>
        <translation>der Lag muss eine ganze Zahl oder ein int-Parameter sein</translation>
    </message>
    <message>
        <source>computed lags are not allowed, so a rule can be seen not to look ahead</source>
        <translation>berechnete Lags sind nicht erlaubt, damit erkennbar bleibt, dass eine Regel nicht in die Zukunft schaut</translation>
    </message>
    <message>
        <source>&apos;not&apos; needs a condition, got %1</source>
        <translation>&apos;not&apos; braucht eine Bedingung, bekam aber %1</translation>
    </message>
    <message>
        <source>compare it first, e.g. not (close &gt; open)</source>
        <translation>vergleichen Sie zuerst, z. B. not (close &gt; open)</translation>
    </message>
    <message>
        <source>&apos;-&apos; needs a number, got %1</source>
        <translation>&apos;-&apos; braucht eine Zahl, bekam aber %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; joins conditions, got %2</source>
        <translation>&apos;%1&apos; verknüpft Bedingungen, bekam aber %2</translation>
    </message>
    <message>
        <source>compare it, e.g. rsi(close, 14) &lt; 30</source>
        <translation>vergleichen Sie es, z. B. rsi(close, 14) &lt; 30</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot compare %2 with %3</source>
        <translation>&apos;%1&apos; kann %2 nicht mit %3 vergleichen</translation>
    </message>
    <message>
        <source>compare numbers with numbers and conditions with conditions</source>
        <translation>vergleichen Sie Zahlen mit Zahlen und Bedingungen mit Bedingungen</translation>
    </message>
    <message>
        <source>order comparisons take numbers</source>
        <translation>Größenvergleiche nehmen Zahlen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs numbers, got %2</source>
        <translation>&apos;%1&apos; braucht Zahlen, bekam aber %2</translation>
    </message>
    <message>
        <source>use if(c, 1, 0) to turn a condition into a number</source>
        <translation>mit if(c, 1, 0) wird aus einer Bedingung eine Zahl</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>Byte %1</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a rule uses names, numbers, + - * / &lt; &lt;= &gt; &gt;= == != = ( ) [ ] , : and # comments</source>
        <translation>eine Regel besteht aus Namen, Zahlen, + - * / &lt; &lt;= &gt; &gt;= == != = ( ) [ ] , : und #-Kommentaren</translation>
    </message>
    <message>
        <source>number &apos;%1&apos; is out of range</source>
        <translation>Zahl &apos;%1&apos; liegt außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <source>numbers must be finite doubles</source>
        <translation>Zahlen müssen endliche Gleitkommazahlen sein</translation>
    </message>
    <message>
        <source>a name cannot start right after the number &apos;%1&apos;</source>
        <translation>ein Name darf nicht direkt nach der Zahl &apos;%1&apos; beginnen</translation>
    </message>
    <message>
        <source>put an operator or a space between them, e.g. 2 * x</source>
        <translation>setzen Sie einen Operator oder ein Leerzeichen dazwischen, z. B. 2 * x</translation>
    </message>
    <message>
        <source>the end of the line</source>
        <translation>das Zeilenende</translation>
    </message>
    <message>
        <source>the end of the rule</source>
        <translation>das Ende der Regel</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;, found %2</source>
        <translation>&apos;%1&apos; erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>erwartet: %1, gefunden: %2</translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the statement</source>
        <translation>unerwartet: %1 nach dem Ende der Anweisung</translation>
    </message>
    <message>
        <source>one statement per line; join conditions with &apos;and&apos; / &apos;or&apos;</source>
        <translation>eine Anweisung pro Zeile; verbinden Sie Bedingungen mit &apos;and&apos; / &apos;or&apos;</translation>
    </message>
    <message>
        <source>expected %1 (a number), found %2</source>
        <translation>erwartet: %1 (eine Zahl), gefunden: %2</translation>
    </message>
    <message>
        <source>a statement starts with a name, found %1</source>
        <translation>eine Anweisung beginnt mit einem Namen, gefunden: %1</translation>
    </message>
    <message>
        <source>write &apos;param NAME: int = 10&apos;, &apos;let NAME = ...&apos;, &apos;require A &lt; B&apos; or &apos;entry = ...&apos;</source>
        <translation>schreiben Sie &apos;param NAME: int = 10&apos;, &apos;let NAME = ...&apos;, &apos;require A &lt; B&apos; oder &apos;entry = ...&apos;</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>ein Name</translation>
    </message>
    <message>
        <source>write &apos;let %1 = EXPRESSION&apos;</source>
        <translation>schreiben Sie &apos;let %1 = AUSDRUCK&apos;</translation>
    </message>
    <message>
        <source>write &apos;%1 = CONDITION&apos; (entry, exit, short_entry, short_exit, stop_loss, take_profit, trailing_stop, stop, target, trail) or &apos;let %1 = ...&apos;</source>
        <translation>schreiben Sie &apos;%1 = BEDINGUNG&apos; (entry, exit, short_entry, short_exit, stop_loss, take_profit, trailing_stop, stop, target, trail) oder &apos;let %1 = ...&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no value after &apos;=&apos;</source>
        <translation>&apos;%1&apos; hat keinen Wert nach &apos;=&apos;</translation>
    </message>
    <message>
        <source>a parameter name</source>
        <translation>ein Parametername</translation>
    </message>
    <message>
        <source>write &apos;param %1: int = 10 in 2..200&apos;</source>
        <translation>schreiben Sie &apos;param %1: int = 10 in 2..200&apos;</translation>
    </message>
    <message>
        <source>a type (int or float)</source>
        <translation>ein Typ (int oder float)</translation>
    </message>
    <message>
        <source>unknown parameter type &apos;%1&apos;</source>
        <translation>unbekannter Parametertyp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a parameter is &apos;int&apos; or &apos;float&apos;</source>
        <translation>ein Parameter ist &apos;int&apos; oder &apos;float&apos;</translation>
    </message>
    <message>
        <source>a parameter needs a default: &apos;param %1: %2 = 10&apos;</source>
        <translation>ein Parameter braucht einen Standardwert: &apos;param %1: %2 = 10&apos;</translation>
    </message>
    <message>
        <source>the default value</source>
        <translation>der Standardwert</translation>
    </message>
    <message>
        <source>int parameter &apos;%1&apos; has a fractional default</source>
        <translation>int-Parameter &apos;%1&apos; hat einen Standardwert mit Nachkommastellen</translation>
    </message>
    <message>
        <source>declare it &apos;float&apos; or use a whole number</source>
        <translation>deklarieren Sie ihn als &apos;float&apos; oder verwenden Sie eine ganze Zahl</translation>
    </message>
    <message>
        <source>the range&apos;s lower end</source>
        <translation>die Untergrenze des Bereichs</translation>
    </message>
    <message>
        <source>a range is written LOW..HIGH, e.g. 2..200</source>
        <translation>ein Bereich wird LOW..HIGH geschrieben, z. B. 2..200</translation>
    </message>
    <message>
        <source>the range&apos;s upper end</source>
        <translation>die Obergrenze des Bereichs</translation>
    </message>
    <message>
        <source>only &apos;require A &lt; B&apos; between two parameters is supported</source>
        <translation>unterstützt wird nur &apos;require A &lt; B&apos; zwischen zwei Parametern</translation>
    </message>
    <message>
        <source>the expression is nested more than %1 levels deep</source>
        <translation>der Ausdruck ist mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>split it with &apos;let&apos; names</source>
        <translation>teilen Sie ihn mit &apos;let&apos;-Namen auf</translation>
    </message>
    <message>
        <source>comparisons cannot be chained</source>
        <translation>Vergleiche lassen sich nicht verketten</translation>
    </message>
    <message>
        <source>write &apos;a &lt; b and b &lt; c&apos;</source>
        <translation>schreiben Sie &apos;a &lt; b and b &lt; c&apos;</translation>
    </message>
    <message>
        <source>x[k] is the value k bars ago</source>
        <translation>x[k] ist der Wert von vor k Bars</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a keyword and cannot start a value</source>
        <translation>&apos;%1&apos; ist ein Schlüsselwort und kann keinen Wert beginnen</translation>
    </message>
    <message>
        <source>too many arguments to &apos;%1&apos;</source>
        <translation>zu viele Argumente für &apos;%1&apos;</translation>
    </message>
    <message>
        <source>arguments are separated by &apos;,&apos; and closed by &apos;)&apos;</source>
        <translation>Argumente werden durch &apos;,&apos; getrennt und mit &apos;)&apos; abgeschlossen</translation>
    </message>
    <message>
        <source>a &apos;(&apos; opened at column %1 is not closed</source>
        <translation>eine in Spalte %1 geöffnete &apos;(&apos; wird nicht geschlossen</translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation>Wert erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>a value is a number, a series (close, ...), a parameter, a &apos;let&apos; name or a function call</source>
        <translation>ein Wert ist eine Zahl, eine Reihe (close, ...), ein Parameter, ein &apos;let&apos;-Name oder ein Funktionsaufruf</translation>
    </message>
    <message>
        <source>the rule is %1 bytes, more than the %2 allowed</source>
        <translation>die Regel hat %1 Bytes, mehr als die erlaubten %2</translation>
    </message>
    <message>
        <source>a rule is a few lines; keep data out of it</source>
        <translation>eine Regel ist ein paar Zeilen lang; Daten gehören nicht hinein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set both by the rule and by the backtest options; keep one</source>
        <translation>&apos;%1&apos; wird sowohl von der Regel als auch von den Backtest-Optionen gesetzt; behalten Sie nur eine Angabe</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a fraction in [0, 1), the rule gives %2</source>
        <translation>&apos;%1&apos; muss ein Anteil in [0, 1) sein, die Regel gibt %2 an</translation>
    </message>
</context>
<context>
    <name>sn::RunService</name>
    <message>
        <source>backtest run %1</source>
        <translation>Backtest-Lauf %1</translation>
    </message>
    <message>
        <source>field &apos;name&apos; is empty</source>
        <translation>Feld &apos;name&apos; ist leer</translation>
    </message>
    <message>
        <source>backtest run</source>
        <translation>Backtest-Lauf</translation>
    </message>
    <message>
        <source>field &apos;strategy&apos; is empty</source>
        <translation>Feld &apos;strategy&apos; ist leer</translation>
    </message>
    <message>
        <source>no such backtest run</source>
        <translation>Backtest-Lauf nicht gefunden</translation>
    </message>
    <message>
        <source>parameter &apos;name&apos; is empty</source>
        <translation>Parameter &apos;name&apos; ist leer</translation>
    </message>
    <message>
        <source>a saved run needs a name</source>
        <translation>ein gespeicherter Lauf braucht einen Namen</translation>
    </message>
</context>
<context>
    <name>sn::SampleData</name>
    <message>
        <source>sample instrument %1 is still used; nothing was removed</source>
        <translation>Beispielinstrument %1 wird noch verwendet; es wurde nichts entfernt</translation>
    </message>
</context>
<context>
    <name>sn::Sync</name>
    <message>
        <source>wrong user name or password, or the account is disabled</source>
        <translation>falscher Benutzername oder falsches Passwort, oder das Konto ist gesperrt</translation>
    </message>
    <message>
        <source>the saved sign-in is no longer valid: sign in again</source>
        <translation>die gespeicherte Anmeldung ist nicht mehr gültig: melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>the saved sign-in has expired: sign in again</source>
        <translation>die gespeicherte Anmeldung ist abgelaufen: melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>your role in this workspace does not allow it</source>
        <translation>Ihre Rolle in diesem Arbeitsbereich erlaubt das nicht</translation>
    </message>
    <message>
        <source>the server does not have it (it may have been deleted)</source>
        <translation>der Server hat es nicht (vielleicht wurde es gelöscht)</translation>
    </message>
    <message>
        <source>too many requests in a short time: wait a moment</source>
        <translation>zu viele Anfragen in kurzer Zeit: warten Sie einen Moment</translation>
    </message>
    <message>
        <source>the server cannot reach its database right now: it is retried later</source>
        <translation>der Server erreicht seine Datenbank gerade nicht: es wird später erneut versucht</translation>
    </message>
    <message>
        <source>the item is larger than the server accepts</source>
        <translation>das Element ist größer, als der Server annimmt</translation>
    </message>
    <message>
        <source>the server could not read the item</source>
        <translation>der Server konnte das Element nicht lesen</translation>
    </message>
    <message>
        <source>the server had an internal error: it is retried later</source>
        <translation>auf dem Server trat ein interner Fehler auf: es wird später erneut versucht</translation>
    </message>
    <message>
        <source>%1 is not encrypted: use wss:// (ws:// only to a loopback address in development)</source>
        <translation>%1 ist nicht verschlüsselt: verwenden Sie wss:// (ws:// nur zu einer Loopback-Adresse in der Entwicklung)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a wss:// URL</source>
        <translation>„%1“ ist keine wss://-URL</translation>
    </message>
    <message>
        <source>not signed in to %1 as %2: sign in first (supernova-cli sync login)</source>
        <translation>nicht bei %1 als %2 angemeldet: melden Sie sich zuerst an (Einstellungen &gt; Team)</translation>
    </message>
    <message>
        <source>cannot read the sign-in from the keychain: %1</source>
        <translation>die Anmeldung kann nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot delete the sign-in from the keychain: %1</source>
        <translation>die Anmeldung kann nicht aus dem Schlüsselbund gelöscht werden: %1</translation>
    </message>
    <message>
        <source>cannot keep the sign-in in the keychain: %1</source>
        <translation>die Anmeldung kann nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>not connected: the chat line was not sent</source>
        <translation>nicht verbunden: die Chat-Nachricht wurde nicht gesendet</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted (%1); its SHA-256 is %2: pin it if you trust it</source>
        <translation>dem Zertifikat des Servers wird nicht vertraut (%1); sein SHA-256 ist %2: hinterlegen Sie es, wenn Sie ihm vertrauen</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted (%1); its SHA-256 is %2, not the pinned one</source>
        <translation>dem Zertifikat des Servers wird nicht vertraut (%1); sein SHA-256 ist %2, nicht das hinterlegte</translation>
    </message>
    <message>
        <source>signed out: sign in again (supernova-cli sync login)</source>
        <translation>abgemeldet: melden Sie sich erneut an (Einstellungen &gt; Team)</translation>
    </message>
    <message>
        <source>sign-in: %1</source>
        <translation>Anmeldung: %1</translation>
    </message>
    <message>
        <source>sign-in to %1 refused: %2</source>
        <translation>Anmeldung bei %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>the server refused the change to %1 &apos;%2&apos;: %3 (your role in workspace &apos;%4&apos; does not allow writing; the change stays here, unsent)</source>
        <translation>der Server hat die Änderung an %1 „%2“ abgelehnt: %3 (Ihre Rolle im Arbeitsbereich „%4“ erlaubt kein Schreiben; die Änderung bleibt hier, ungesendet)</translation>
    </message>
    <message>
        <source>the server refused the change to %1 &apos;%2&apos;: %3</source>
        <translation>der Server hat die Änderung an %1 „%2“ abgelehnt: %3</translation>
    </message>
    <message>
        <source>workspace &apos;%1&apos;: %2</source>
        <translation>Arbeitsbereich „%1“: %2</translation>
    </message>
    <message>
        <source>sending too fast: the chat line was not sent, try again in a moment</source>
        <translation>zu schnell gesendet: die Chat-Nachricht wurde nicht gesendet, versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>instrument &apos;%1&apos; is not in this database: import its prices first</source>
        <translation>das Instrument „%1“ ist nicht in dieser Datenbank: importieren Sie zuerst seine Kurse</translation>
    </message>
    <message>
        <source>a workspace name is 1-64 characters</source>
        <translation>ein Arbeitsbereichsname hat 1 bis 64 Zeichen</translation>
    </message>
    <message>
        <source>sync share</source>
        <translation>Teilen im Team</translation>
    </message>
    <message>
        <source>watchlist &apos;%1&apos; is already shared in workspace &apos;%2&apos;</source>
        <translation>die Beobachtungsliste „%1“ ist bereits im Arbeitsbereich „%2“ geteilt</translation>
    </message>
    <message>
        <source>saved run &apos;%1&apos; is already shared in workspace &apos;%2&apos;</source>
        <translation>der gespeicherte Lauf „%1“ ist bereits im Arbeitsbereich „%2“ geteilt</translation>
    </message>
    <message>
        <source>portfolio &apos;%1&apos; is already shared in workspace &apos;%2&apos;</source>
        <translation>das Depot „%1“ ist bereits im Arbeitsbereich „%2“ geteilt</translation>
    </message>
    <message>
        <source>item &apos;%1&apos; is already shared in workspace &apos;%2&apos;</source>
        <translation>das Element „%1“ ist bereits im Arbeitsbereich „%2“ geteilt</translation>
    </message>
    <message>
        <source>instrument &apos;%1&apos; is not in this database: import the prices first</source>
        <translation>das Instrument „%1“ ist nicht in dieser Datenbank: importieren Sie zuerst die Kurse</translation>
    </message>
    <message>
        <source>instruments %1 are not in this database: import the prices first</source>
        <translation>die Instrumente %1 sind nicht in dieser Datenbank: importieren Sie zuerst die Kurse</translation>
    </message>
    <message>
        <source>no watchlist with id %1</source>
        <translation>keine Beobachtungsliste mit der ID %1</translation>
    </message>
    <message>
        <source>no saved run with id %1</source>
        <translation>kein gespeicherter Lauf mit der ID %1</translation>
    </message>
    <message>
        <source>no sync conflict %1</source>
        <translation>kein Synchronisationskonflikt %1</translation>
    </message>
    <message>
        <source>sync resolve</source>
        <translation>Konflikt lösen</translation>
    </message>
    <message>
        <source>conflict %1 cannot keep both: only a ledger line or a note can exist twice</source>
        <translation>beim Konflikt %1 können nicht beide behalten werden: nur eine Buchung oder eine Notiz kann doppelt existieren</translation>
    </message>
    <message>
        <source>conflict %1 cannot keep both: one side deleted it (keep mine or take theirs)</source>
        <translation>beim Konflikt %1 können nicht beide behalten werden: eine Seite hat es gelöscht (meine behalten oder ihre übernehmen)</translation>
    </message>
    <message>
        <source>the item it belongs to (&apos;%1&apos;) is not shared here</source>
        <translation>das Element, zu dem es gehört („%1“), ist hier nicht geteilt</translation>
    </message>
</context>
<context>
    <name>sn::TransactionCsv</name>
    <message>
        <source>unterminated quoted field</source>
        <translation>Feld mit nicht geschlossenem Anführungszeichen</translation>
    </message>
    <message>
        <source>expected FIELD=COLUMN, got &apos;%1&apos;</source>
        <translation>erwartet FELD=SPALTE, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (fields: date, type, symbol, quantity, price, fee, tax, amount, currency, note)</source>
        <translation>unbekanntes Feld &apos;%1&apos; (Felder: date, type, symbol, quantity, price, fee, tax, amount, currency, note)</translation>
    </message>
    <message>
        <source>no column named for field &apos;%1&apos;</source>
        <translation>keine Spalte für das Feld &apos;%1&apos; angegeben</translation>
    </message>
    <message>
        <source>%1 bad line(s), nothing imported:</source>
        <translation>%1 fehlerhafte Zeile(n), nichts importiert:</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>... und %1 weitere</translation>
    </message>
    <message>
        <source>empty file: no header</source>
        <translation>leere Datei: keine Kopfzeile</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; (mapped to field &apos;%2&apos;) is not in the header</source>
        <translation>die Spalte &apos;%1&apos; (dem Feld &apos;%2&apos; zugeordnet) steht nicht in der Kopfzeile</translation>
    </message>
    <message>
        <source>no &apos;%1&apos; column in the header (map one with --map %1=COLUMN)</source>
        <translation>keine Spalte &apos;%1&apos; in der Kopfzeile (ordnen Sie eine zu: %1=SPALTE)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>not a date &apos;%1&apos;</source>
        <translation>kein Datum: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown type &apos;%1&apos; (buy, sell, dividend, interest, fee, tax, deposit, withdrawal, split, transfer_in, transfer_out)</source>
        <translation>unbekannter Typ &apos;%1&apos; (buy, sell, dividend, interest, fee, tax, deposit, withdrawal, split, transfer_in, transfer_out)</translation>
    </message>
    <message>
        <source>a %1 needs a symbol</source>
        <translation>Typ %1 braucht ein Symbol</translation>
    </message>
    <message>
        <source>unparseable decimal &apos;%1&apos;</source>
        <translation>keine Dezimalzahl: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>negative %1 %2 (amounts are positive; the type gives the direction)</source>
        <translation>%1 negativ: %2 (Beträge sind positiv; der Typ gibt die Richtung an)</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>muss positiv sein</translation>
    </message>
    <message>
        <source>quantity x price overflows</source>
        <translation>Menge x Kurs läuft über</translation>
    </message>
    <message>
        <source>not a three-letter currency code &apos;%1&apos;</source>
        <translation>kein dreibuchstabiger Währungscode: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown portfolio &apos;%1&apos;</source>
        <translation>unbekanntes Depot &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>no transactions after the header</source>
        <translation>keine Transaktionen nach der Kopfzeile</translation>
    </message>
    <message>
        <source>unknown symbol &apos;%1&apos; (import its prices first)</source>
        <translation>unbekanntes Symbol &apos;%1&apos; (importieren Sie zuerst seine Kurse)</translation>
    </message>
    <message>
        <source>no price of %1 on or before %2 (%3)</source>
        <translation>kein Kurs von %1 am oder vor dem %2 (%3)</translation>
    </message>
    <message>
        <source>first close %1</source>
        <translation>erster Schlusskurs am %1</translation>
    </message>
    <message>
        <source>%1: with these lines, the stored ledger of portfolio &apos;%2&apos; no longer replays</source>
        <translation>%1: mit diesen Zeilen lässt sich das gespeicherte Journal des Depots &apos;%2&apos; nicht mehr nachrechnen</translation>
    </message>
    <message>
        <source>--map</source>
        <translation>Spaltenzuordnung</translation>
    </message>
</context>
<context>
    <name>sn::Valuation</name>
    <message>
        <source>no price series</source>
        <translation>keine Kursreihe</translation>
    </message>
    <message>
        <source>instrument %1</source>
        <translation>Instrument %1</translation>
    </message>
    <message>
        <source>no FX series %1-&gt;%2; a rate of 1.0 is never assumed</source>
        <translation>keine Devisenkursreihe %1-&gt;%2; ein Kurs von 1.0 wird nie angenommen</translation>
    </message>
    <message>
        <source>unknown symbol &apos;%1&apos;</source>
        <translation>unbekanntes Symbol &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no transactions to value</source>
        <translation>keine Transaktionen zu bewerten</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>Depot</translation>
    </message>
    <message>
        <source>valuation ends before the last transaction (%1)</source>
        <translation>die Bewertung endet vor der letzten Transaktion (%1)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>no price of %1 on or before %2</source>
        <translation>kein Kurs von %1 am oder vor dem %2</translation>
    </message>
    <message>
        <source>%1 is held on %2 but has no price on or before that day</source>
        <translation>%1 ist am %2 im Bestand, hat aber keinen Kurs an oder vor diesem Tag</translation>
    </message>
</context>
<context>
    <name>sn::Watchlists</name>
    <message>
        <source>watchlist</source>
        <translation>Beobachtungsliste</translation>
    </message>
    <message>
        <source>a watchlist needs a name</source>
        <translation>Eine Beobachtungsliste braucht einen Namen</translation>
    </message>
    <message>
        <source>a watchlist name has at most 200 characters</source>
        <translation>Ein Name einer Beobachtungsliste hat höchstens 200 Zeichen</translation>
    </message>
    <message>
        <source>no watchlist with id %1 (removed meanwhile?)</source>
        <translation>keine Beobachtungsliste mit der ID %1 (inzwischen entfernt?)</translation>
    </message>
    <message>
        <source>a watchlist named &apos;%1&apos; already exists: choose another name</source>
        <translation>Eine Beobachtungsliste namens &apos;%1&apos; gibt es schon: wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>type a symbol to add</source>
        <translation>geben Sie ein Symbol ein, das hinzugefügt werden soll</translation>
    </message>
    <message>
        <source>the watchlist was removed meanwhile</source>
        <translation>die Beobachtungsliste wurde inzwischen entfernt</translation>
    </message>
    <message>
        <source>%1 is already in &apos;%2&apos;</source>
        <translation>%1 ist schon in &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no instrument &apos;%1&apos; is stored: import its prices first (File &gt; Import)</source>
        <translation>kein Instrument &apos;%1&apos; gespeichert: importieren Sie zuerst seine Kurse (Datei &gt; Importieren)</translation>
    </message>
    <message>
        <source>no such watchlist</source>
        <translation>keine solche Beobachtungsliste</translation>
    </message>
    <message>
        <source>watchlist %1</source>
        <translation>Beobachtungsliste %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a member</source>
        <translation>&apos;%1&apos; steht nicht auf der Liste</translation>
    </message>
    <message>
        <source>the new order must list each current member exactly once</source>
        <translation>die neue Reihenfolge muss jeden aktuellen Eintrag genau einmal nennen</translation>
    </message>
</context>
<context>
    <name>sn::advisor::AdvisorSession</name>
    <message>
        <source>Answered offline because %1 could not be used: %2</source>
        <translation>Offline beantwortet, weil %1 nicht genutzt werden konnte: %2</translation>
    </message>
</context>
<context>
    <name>sn::advisor::HttpChatProvider</name>
    <message>
        <source>%1 (the stream broke after %2 characters)</source>
        <translation>%1 (der Datenstrom brach nach %2 Zeichen ab)</translation>
    </message>
    <message>
        <source>the server closed the stream before its end marker</source>
        <translation>der Server hat den Datenstrom vor seiner Endmarke geschlossen</translation>
    </message>
    <message>
        <source>the stream was silent for longer than %1 ms</source>
        <translation>der Datenstrom war länger als %1 ms still</translation>
    </message>
    <message>
        <source>no response within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>vom Benutzer abgebrochen</translation>
    </message>
</context>
<context>
    <name>sn::advisor::OfflineAdvisor</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>I answer from your own data with SuperNova&apos;s tools (no AI model is needed for these). You can ask, for example:

</source>
        <translation>Ich antworte aus Ihren eigenen Daten mit den Werkzeugen von SuperNova (dafür braucht es kein KI-Modell). Sie können zum Beispiel fragen:

</translation>
    </message>
    <message>
        <source>I did not understand that question without an AI model. </source>
        <translation>Ohne KI-Modell habe ich diese Frage nicht verstanden. </translation>
    </message>
    <message>
        <source>Which instrument? Name a stored symbol, for example AAPL or ^GSPC.</source>
        <translation>Welches Instrument? Nennen Sie ein gespeichertes Symbol, zum Beispiel AAPL oder ^GSPC.</translation>
    </message>
    <message>
        <source>I could not answer that: %1</source>
        <translation>Das konnte ich nicht beantworten: %1</translation>
    </message>
    <message>
        <source>*Data: portfolio &quot;%1&quot;, %2 to %3.*</source>
        <translation>*Daten: Depot „%1“, %2 bis %3.*</translation>
    </message>
    <message>
        <source>*Data: %1, %2 bars, %3 to %4 (%5 rows).*</source>
        <translation>*Daten: %1, %2-Bars, %3 bis %4 (%5 Zeilen).*</translation>
    </message>
    <message>
        <source>buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>You have %1 stored series:

</source>
        <translation>Sie haben %1 gespeicherte Zeitreihen:

</translation>
    </message>
    <message>
        <source>- **%1** (%2), %3: %4 bars, %5 to %6
</source>
        <translation>- **%1** (%2), %3: %4 Bars, %5 bis %6
</translation>
    </message>
    <message>
        <source>You have %1 watchlist(s):

</source>
        <translation>Sie haben %1 Beobachtungsliste(n):

</translation>
    </message>
    <message>
        <source>%1 built-in strategies:

</source>
        <translation>%1 eingebaute Strategien:

</translation>
    </message>
    <message>
        <source>**%1** closed at %2 on %3, from %4 on %5: a total return of %6 (CAGR %7). The range was %8 (%9) to %10 (%11); annualised volatility %12, max drawdown %13.

</source>
        <translation>**%1** schloss am %3 bei %2, nach %4 am %5: eine Gesamtrendite von %6 (CAGR %7). Die Spanne reichte von %8 (%9) bis %10 (%11); annualisierte Volatilität %12, maximaler Drawdown %13.

</translation>
    </message>
    <message>
        <source>**%1** of %2 (%3) on %4: %5 (close %6).

Last bars:

</source>
        <translation>**%1** von %2 (%3) am %4: %5 (Schlusskurs %6).

Letzte Bars:

</translation>
    </message>
    <message>
        <source>
Above 70 is conventionally read as overbought.</source>
        <translation>
Über 70 gilt üblicherweise als überkauft.</translation>
    </message>
    <message>
        <source>
Below 30 is conventionally read as oversold.</source>
        <translation>
Unter 30 gilt üblicherweise als überverkauft.</translation>
    </message>
    <message>
        <source>
Between 30 and 70: neither overbought nor oversold by the usual reading.</source>
        <translation>
Zwischen 30 und 70: nach üblicher Lesart weder überkauft noch überverkauft.</translation>
    </message>
    <message>
        <source>

*Convention: %1*</source>
        <translation>

*Konvention: %1*</translation>
    </message>
    <message>
        <source>**Backtest of %1 (%2) on %3**: total return %4 (CAGR %5), Sharpe %6, max drawdown %7, %8 closed trades (win rate %9), final equity %10 from %11.

</source>
        <translation>**Backtest von %1 (%2) auf %3**: Gesamtrendite %4 (CAGR %5), Sharpe %6, maximaler Drawdown %7, %8 abgeschlossene Trades (Trefferquote %9), Endkapital %10 aus %11.

</translation>
    </message>
    <message>
        <source>**Buy &amp; hold** of %1 over the same bars: total return %2 (CAGR %3), Sharpe %4, max drawdown %5. Difference in total return: %6.

</source>
        <translation>**Buy-and-Hold** von %1 über dieselben Bars: Gesamtrendite %2 (CAGR %3), Sharpe %4, maximaler Drawdown %5. Unterschied in der Gesamtrendite: %6.

</translation>
    </message>
    <message>
        <source> The strategy beat buy &amp; hold here.</source>
        <translation> Die Strategie hat Buy-and-Hold hier geschlagen.</translation>
    </message>
    <message>
        <source> Buy &amp; hold did better here.</source>
        <translation> Buy-and-Hold hat hier besser abgeschnitten.</translation>
    </message>
    <message>
        <source>

Signals at the close, fills at the next open, commission %1.</source>
        <translation>

Signale zum Schlusskurs, Ausführung zur nächsten Eröffnung, Provision %1.</translation>
    </message>
    <message>
        <source> Rule: stored rule %1, version %2.</source>
        <translation> Regel: gespeicherte Regel %1, Version %2.</translation>
    </message>
    <message>
        <source> Rule as typed:

```
%1```</source>
        <translation> Regel wie eingegeben:

```
%1```</translation>
    </message>
    <message>
        <source>Swept %1 combinations of %2 on %3, ranked by %4. Best:

</source>
        <translation>%1 Kombinationen von %2 auf %3 durchgerechnet, sortiert nach %4. Die besten:

</translation>
    </message>
    <message>
        <source>%1. %2: score %3, total return %4, %5 trades
</source>
        <translation>%1. %2: Bewertung %3, Gesamtrendite %4, %5 Trades
</translation>
    </message>
    <message>
        <source> These are in-sample results: the best of many tries flatters itself.</source>
        <translation> Das sind In-Sample-Ergebnisse: Das Beste aus vielen Versuchen schmeichelt sich selbst.</translation>
    </message>
    <message>
        <source>Walk-forward of %1 on %2: %3 windows (%4 in-sample / %5 out-of-sample bars). Stitched out-of-sample result: total return %6, Sharpe %7, max drawdown %8, %9 trades.

</source>
        <translation>Walk-Forward-Analyse von %1 auf %2: %3 Fenster (%4 In-Sample- / %5 Out-of-Sample-Bars). Zusammengesetztes Out-of-Sample-Ergebnis: Gesamtrendite %6, Sharpe %7, maximaler Drawdown %8, %9 Trades.

</translation>
    </message>
    <message>
        <source>From the first common date:

</source>
        <translation>Ab dem ersten gemeinsamen Datum:

</translation>
    </message>
    <message>
        <source>- **%1**: %2 (%3 to %4), volatility %5, max drawdown %6
</source>
        <translation>- **%1**: %2 (%3 auf %4), Volatilität %5, maximaler Drawdown %6
</translation>
    </message>
    <message>
        <source>
Correlation of %1 and %2 returns: %3.</source>
        <translation>
Korrelation der Renditen von %1 und %2: %3.</translation>
    </message>
    <message>
        <source>Portfolio **%1** on %2 is worth %3 %4 (cash %5):

</source>
        <translation>Depot **%1** ist am %2 %3 %4 wert (Bargeld %5):

</translation>
    </message>
    <message>
        <source>- **%1**: %2 units at %3 = %4 (%5 of the total), unrealised P&amp;L %6
</source>
        <translation>- **%1**: %2 Stück zu %3 = %4 (%5 des Gesamtwerts), unrealisierter G/V %6
</translation>
    </message>
    <message>
        <source>Portfolio **%1**: time-weighted return (TTWROR) %2, annualised %3; money-weighted IRR %4. Value %5 -&gt; %6 with inflows %7 and outflows %8.

</source>
        <translation>Depot **%1**: zeitgewichtete Rendite (TTWROR) %2, annualisiert %3; geldgewichteter IRR %4. Wert %5 -&gt; %6 bei Zuflüssen von %7 und Abflüssen von %8.

</translation>
    </message>
    <message>
        <source>Against %1 on its trading days: portfolio %2, benchmark %3.

</source>
        <translation>Gegenüber %1 an dessen Handelstagen: Depot %2, Benchmark %3.

</translation>
    </message>
    <message>
        <source>Portfolio **%1** (%2 method): %3 % %4-day VaR is %5 of the current value (%6), CVaR %7 (%8).

</source>
        <translation>Depot **%1** (Methode %2): Der %4-Tage-VaR zu %3 % beträgt %5 des aktuellen Werts (%6), CVaR %7 (%8).

</translation>
    </message>
    <message>
        <source>What drives it (weight, component VaR):

</source>
        <translation>Was ihn treibt (Gewicht, Komponenten-VaR):

</translation>
    </message>
    <message>
        <source>- **%1**: weight %2, component VaR %3
</source>
        <translation>- **%1**: Gewicht %2, Komponenten-VaR %3
</translation>
    </message>
    <message>
        <source>Annualised volatility %1, Sharpe %2, Sortino %3, max drawdown %4 (%5 to %6), beta %7 against %8.

</source>
        <translation>Annualisierte Volatilität %1, Sharpe %2, Sortino %3, maximaler Drawdown %4 (%5 bis %6), Beta %7 gegenüber %8.

</translation>
    </message>
    <message>
        <source>Monte Carlo (%1, %2 paths, %3 trading days) from %4: median outcome %5 (%6); 5th percentile %7 (%8); 95th percentile %9 (%10).

</source>
        <translation>Monte Carlo (%1, %2 Pfade, %3 Handelstage) ab %4: Median %5 (%6); 5. Perzentil %7 (%8); 95. Perzentil %9 (%10).

</translation>
    </message>
    <message>
        <source> A projection resamples the past; it is not a forecast.</source>
        <translation> Eine Projektion zieht Stichproben aus der Vergangenheit; sie ist keine Prognose.</translation>
    </message>
    <message>
        <source>Stress scenarios on portfolio **%1**:

</source>
        <translation>Stressszenarien für Depot **%1**:

</translation>
    </message>
    <message>
        <source>- **%1**: %2 (%3 of %4)
</source>
        <translation>- **%1**: %2 (%3 von %4)
</translation>
    </message>
    <message>
        <source>**Proposal only, nothing was changed** (%1). Portfolio value %2; trades:

</source>
        <translation>**Nur ein Vorschlag, nichts wurde geändert** (%1). Depotwert %2; Transaktionen:

</translation>
    </message>
    <message>
        <source>- %1 %2 %3 (value %4, fee %5)
</source>
        <translation>- %1 %2 %3 (Wert %4, Gebühr %5)
</translation>
    </message>
    <message>
        <source>- no trades needed
</source>
        <translation>- keine Transaktionen nötig
</translation>
    </message>
    <message>
        <source>
Cash after: %1. Applying these trades needs your explicit confirmation.</source>
        <translation>
Bargeld danach: %1. Diese Transaktionen werden nur mit Ihrer ausdrücklichen Bestätigung ausgeführt.</translation>
    </message>
    <message>
        <source>**%1**

Formula: %2
</source>
        <translation>**%1**

Formel: %2
</translation>
    </message>
    <message>
        <source>
Convention: %1
</source>
        <translation>
Konvention: %1
</translation>
    </message>
    <message>
        <source>
SuperNova&apos;s profile &quot;%1&quot;: %2 periods per year, ddof %3, risk-free %4.
</source>
        <translation>
SuperNovas Profil „%1“: %2 Perioden pro Jahr, ddof %3, risikofreier Zins %4.
</translation>
    </message>
    <message>
        <source>
Other tools define it differently:

</source>
        <translation>
Andere Programme definieren es anders:

</translation>
    </message>
    <message>
        <source>**%1**

Formula by method:

</source>
        <translation>**%1**

Formel je Methode:

</translation>
    </message>
</context>
<context>
    <name>sn::advisor::OfflineQuestions</name>
    <message>
        <source>What can you do?</source>
        <translation>Was kann ich fragen?</translation>
    </message>
    <message>
        <source>Which instruments do I have?</source>
        <translation>Welche Instrumente habe ich?</translation>
    </message>
    <message>
        <source>Which strategies are available?</source>
        <translation>Welche Strategien gibt es?</translation>
    </message>
    <message>
        <source>Price summary of AAPL since 2015</source>
        <translation>Kursübersicht für AAPL seit 2015</translation>
    </message>
    <message>
        <source>Price summary of %1</source>
        <translation>Kursübersicht für %1</translation>
    </message>
    <message>
        <source>Price summary of %1 last 3 years</source>
        <translation>Kursübersicht für %1 der letzten 3 Jahre</translation>
    </message>
    <message>
        <source>Compare AAPL and ^GSPC since 2014</source>
        <translation>Vergleiche AAPL und ^GSPC seit 2014</translation>
    </message>
    <message>
        <source>What is the RSI of %1?</source>
        <translation>Wie hoch ist der RSI von %1?</translation>
    </message>
    <message>
        <source>Backtest a 20/50 crossover on AAPL since 2015 and compare it with buy and hold</source>
        <translation>Backtest der SMA-Kreuzung 20/50 auf AAPL seit 2015 im Vergleich mit Buy-and-Hold</translation>
    </message>
    <message>
        <source>Backtest a 20/50 crossover on %1 and compare it with buy and hold</source>
        <translation>Backtest der SMA-Kreuzung 20/50 auf %1 im Vergleich mit Buy-and-Hold</translation>
    </message>
    <message>
        <source>Backtest a 20/50 crossover on %1</source>
        <translation>Backtest der SMA-Kreuzung 20/50 auf %1</translation>
    </message>
    <message>
        <source>Backtest RSI 30/70 on ^GSPC from 2005-01-01 to 2012-12-31</source>
        <translation>Backtest RSI 30/70 auf ^GSPC von 2005-01-01 bis 2012-12-31</translation>
    </message>
    <message>
        <source>Backtest RSI 30/70 on %1</source>
        <translation>Backtest RSI 30/70 auf %1</translation>
    </message>
    <message>
        <source>Optimise the %1 on %2</source>
        <translation>Optimiere %1 auf %2</translation>
    </message>
    <message>
        <source>Walk-forward the %1 on %2</source>
        <translation>Walk-Forward-Analyse von %1 auf %2</translation>
    </message>
    <message>
        <source>Walk-forward the SMA crossover on ^GSPC</source>
        <translation>Walk-Forward-Analyse der SMA-Kreuzung auf ^GSPC</translation>
    </message>
    <message>
        <source>What is my portfolio&apos;s 95% VaR and what drives it?</source>
        <translation>Wie hoch ist der VaR meines Depots bei 95 % und was treibt ihn?</translation>
    </message>
    <message>
        <source>What is my portfolio&apos;s 95% VaR?</source>
        <translation>Wie hoch ist der VaR meines Depots bei 95 %?</translation>
    </message>
    <message>
        <source>How did my portfolio perform?</source>
        <translation>Wie hat sich mein Depot entwickelt?</translation>
    </message>
    <message>
        <source>What&apos;s my portfolio&apos;s Sharpe ratio and max drawdown?</source>
        <translation>Wie hoch sind Sharpe-Ratio und maximaler Drawdown meines Depots?</translation>
    </message>
    <message>
        <source>Stress test my portfolio</source>
        <translation>Stresstest für mein Depot</translation>
    </message>
    <message>
        <source>Monte Carlo projection of my portfolio over 10 years</source>
        <translation>Monte-Carlo-Projektion meines Depots über 10 Jahre</translation>
    </message>
    <message>
        <source>Propose a rebalance of my portfolio</source>
        <translation>Schlage eine Umschichtung meines Depots vor</translation>
    </message>
    <message>
        <source>Explain TWR</source>
        <translation>Erkläre die zeitgewichtete Rendite (TWR)</translation>
    </message>
    <message>
        <source>Explain CVaR</source>
        <translation>Erkläre den CVaR</translation>
    </message>
    <message>
        <source>Explain Monte Carlo</source>
        <translation>Erkläre die Monte-Carlo-Simulation</translation>
    </message>
    <message>
        <source>Explain the Sharpe ratio</source>
        <translation>Erkläre die Sharpe-Ratio</translation>
    </message>
    <message>
        <source>Show my watchlists</source>
        <translation>Zeige meine Beobachtungslisten</translation>
    </message>
    <message>
        <source>What is the RSI of AAPL?</source>
        <translation>Wie hoch ist der RSI von AAPL?</translation>
    </message>
    <message>
        <source>Backtest the rule `entry = close &gt; sma(close, 50); exit = close &lt; sma(close, 50); stop = 2 * atr(14)` on AAPL since 2014</source>
        <translation>Backtest der Regel `entry = close &gt; sma(close, 50); exit = close &lt; sma(close, 50); stop = 2 * atr(14)` auf AAPL seit 2014</translation>
    </message>
    <message>
        <source>Optimise the SMA crossover on AAPL</source>
        <translation>Optimiere die SMA-Kreuzung auf AAPL</translation>
    </message>
    <message>
        <source>What is my portfolio worth?</source>
        <translation>Was ist mein Depot wert?</translation>
    </message>
    <message>
        <source>How did my portfolio perform? TWR and IRR please</source>
        <translation>Wie hat sich mein Depot entwickelt? Bitte TWR und IRR</translation>
    </message>
    <message>
        <source>What is the volatility of my portfolio?</source>
        <translation>Wie hoch ist die Volatilität meines Depots?</translation>
    </message>
    <message>
        <source>Monte Carlo projection of my portfolio over 5 years</source>
        <translation>Monte-Carlo-Projektion meines Depots über 5 Jahre</translation>
    </message>
    <message>
        <source>Propose a rebalance of my portfolio to 60% AAPL and 40% ^GSPC</source>
        <translation>Schlage eine Umschichtung meines Depots auf 60 % AAPL und 40 % ^GSPC vor</translation>
    </message>
</context>
<context>
    <name>sn::advisor::Persona</name>
    <message>
        <source>That looks good on paper, but past results are a weak guide: I would look at the worst drawdown before relying on it.</source>
        <translation>Auf dem Papier sieht das gut aus, aber vergangene Ergebnisse sind ein schwacher Wegweiser: ich würde mir den schlimmsten Drawdown ansehen, bevor ich mich darauf verlasse.</translation>
    </message>
    <message>
        <source>The picture is mixed; when in doubt, the option with the smaller drawdown is the safer one.</source>
        <translation>Das Bild ist gemischt; im Zweifel ist die Variante mit dem kleineren Drawdown die sicherere.</translation>
    </message>
    <message>
        <source>This did not pay off here, and protecting capital matters more than chasing it.</source>
        <translation>Das hat sich hier nicht ausgezahlt, und Kapital zu schützen ist wichtiger, als ihm hinterherzujagen.</translation>
    </message>
    <message>
        <source>On balance this is a favourable result, with the risk figures above to weigh against it.</source>
        <translation>Alles in allem ist das ein günstiges Ergebnis, dem die Risikokennzahlen oben gegenüberzustellen sind.</translation>
    </message>
    <message>
        <source>This is a mixed result: some numbers help, some hurt.</source>
        <translation>Das ist ein gemischtes Ergebnis: manche Zahlen helfen, manche schaden.</translation>
    </message>
    <message>
        <source>On balance this did not pay off over the period.</source>
        <translation>Alles in allem hat sich das über den Zeitraum nicht ausgezahlt.</translation>
    </message>
    <message>
        <source>A strong result: over a long horizon this kind of edge compounds.</source>
        <translation>Ein starkes Ergebnis: über einen langen Horizont zinst sich ein solcher Vorsprung auf.</translation>
    </message>
    <message>
        <source>Mixed, but over a long horizon the swings matter less than the growth.</source>
        <translation>Gemischt, aber über einen langen Horizont zählen die Schwankungen weniger als das Wachstum.</translation>
    </message>
    <message>
        <source>Weak over this period; a long-horizon investor may still want to test other settings.</source>
        <translation>Schwach in diesem Zeitraum; ein langfristiger Anleger möchte vielleicht noch andere Einstellungen testen.</translation>
    </message>
    <message>
        <source>Positive in sample. Check it out of sample (walk-forward) and against the trade count before trusting it.</source>
        <translation>In-Sample positiv. Prüfen Sie es Out-of-Sample (Walk-Forward) und anhand der Anzahl der Trades, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Inconclusive: the difference is within what noise produces over this sample.</source>
        <translation>Nicht schlüssig: der Unterschied liegt innerhalb dessen, was Zufallsrauschen über diese Stichprobe erzeugt.</translation>
    </message>
    <message>
        <source>Negative in sample; no evidence of an edge.</source>
        <translation>In-Sample negativ; kein Hinweis auf einen Vorteil.</translation>
    </message>
    <message>
        <source>In plain words: this came out ahead. Remember each figure is computed from the past data cited above.</source>
        <translation>Einfach gesagt: das hat im Plus abgeschlossen. Denken Sie daran, dass jede Zahl aus den oben genannten vergangenen Daten berechnet ist.</translation>
    </message>
    <message>
        <source>In plain words: the result is mixed; the figures above show where it gained and where it lost.</source>
        <translation>Einfach gesagt: das Ergebnis ist gemischt; die Zahlen oben zeigen, wo es gewonnen und wo es verloren hat.</translation>
    </message>
    <message>
        <source>In plain words: this came out behind over the period cited above.</source>
        <translation>Einfach gesagt: das hat über den oben genannten Zeitraum im Minus abgeschlossen.</translation>
    </message>
    <message>
        <source>With today&apos;s holdings the portfolio would lose nothing in these scenarios.</source>
        <translation>Mit den heutigen Beständen würde das Depot in diesen Szenarien nichts verlieren.</translation>
    </message>
    <message>
        <source>These are hypothetical shocks, not forecasts; if a loss like the worst one would force you to sell, the portfolio carries more risk than it should.</source>
        <translation>Das sind hypothetische Schocks, keine Prognosen; wenn ein Verlust wie der schlimmste Sie zum Verkaufen zwingen würde, trägt das Depot mehr Risiko, als es sollte.</translation>
    </message>
    <message>
        <source>These are hypothetical shocks, not forecasts: weigh the worst one against the loss you could sit through without selling.</source>
        <translation>Das sind hypothetische Schocks, keine Prognosen: wägen Sie den schlimmsten gegen den Verlust ab, den Sie aussitzen könnten, ohne zu verkaufen.</translation>
    </message>
    <message>
        <source>These are hypothetical shocks; over a long horizon such falls have been made good, but only for investors who held on through them.</source>
        <translation>Das sind hypothetische Schocks; über einen langen Horizont wurden solche Einbrüche wieder aufgeholt, aber nur für Anleger, die sie durchgestanden haben.</translation>
    </message>
    <message>
        <source>Hypothetical shocks applied to today&apos;s holdings; they say nothing about how likely each one is.</source>
        <translation>Hypothetische Schocks, angewandt auf die heutigen Bestände; sie sagen nichts darüber aus, wie wahrscheinlich jeder einzelne ist.</translation>
    </message>
    <message>
        <source>In plain words: this is a hypothetical estimate of what the portfolio would lose if each crisis above happened again today.</source>
        <translation>Einfach gesagt: das ist eine hypothetische Schätzung dessen, was das Depot verlieren würde, wenn sich jede der obigen Krisen heute wiederholte.</translation>
    </message>
    <message>
        <source>These are hypothetical shocks to today&apos;s holdings, not forecasts.</source>
        <translation>Das sind hypothetische Schocks auf die heutigen Bestände, keine Prognosen.</translation>
    </message>
    <message>
        <source>Volatility vs your profile band (score %1 -&gt; about %2 %): %3.</source>
        <translation>Volatilität gegenüber Ihrem Profilband (Risikowert %1 -&gt; etwa %2 %): %3.</translation>
    </message>
    <message>
        <source>above</source>
        <translation>darüber</translation>
    </message>
    <message>
        <source>within</source>
        <translation>innerhalb</translation>
    </message>
    <message>
        <source>Volatility is how much returns swing in a typical year; with a risk score of %1 a swing of about %2 % is what you said you can live with, and this is %3 that.</source>
        <translation>Volatilität misst, wie stark die Renditen in einem typischen Jahr schwanken; bei einem Risikowert von %1 haben Sie eine Schwankung von etwa %2 % als tragbar angegeben, und dieser Wert liegt %3.</translation>
    </message>
    <message>
        <source>That fits your risk score of %1.</source>
        <translation>Das passt zu Ihrem Risikowert von %1.</translation>
    </message>
    <message>
        <source>That is more swing than your risk score of %1 suggests, which a %2-year horizon can absorb.</source>
        <translation>Das ist mehr Schwankung, als Ihr Risikowert von %1 nahelegt; ein Anlagehorizont von %2 Jahren kann das auffangen.</translation>
    </message>
    <message>
        <source>That is more swing than your risk score of %1 suggests; consider whether you could sit through it.</source>
        <translation>Das ist mehr Schwankung, als Ihr Risikowert von %1 nahelegt; überlegen Sie, ob Sie das aussitzen könnten.</translation>
    </message>
    <message>
        <source>Here is what the data shows, risks first where they matter.</source>
        <translation>Das zeigen die Daten, die Risiken zuerst, wo sie zählen.</translation>
    </message>
    <message>
        <source>Here is what the data shows, with an eye on long-run growth.</source>
        <translation>Das zeigen die Daten, mit Blick auf langfristiges Wachstum.</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Ergebnisse:</translation>
    </message>
    <message>
        <source>Let&apos;s go through what the data shows, step by step.</source>
        <translation>Gehen wir Schritt für Schritt durch, was die Daten zeigen.</translation>
    </message>
    <message>
        <source>Here is what the data shows.</source>
        <translation>Das zeigen die Daten.</translation>
    </message>
</context>
<context>
    <name>sn::ui</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>sn::ui::AdvisorView</name>
    <message>
        <source>Advisor</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>%1 + %2 tokens</source>
        <translation>%1 + %2 Tokens</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>stopped: the answer is incomplete</source>
        <translation>abgebrochen: die Antwort ist unvollständig</translation>
    </message>
    <message>
        <source>Search conversations (Ctrl+F)</source>
        <translation>Unterhaltungen durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>&amp;Neue Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Find conversation</source>
        <translation>Unterhaltung &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Rename conversation</source>
        <translation>Unterhaltung &amp;umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete conversation</source>
        <translation>Unterhaltung &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Stop answering</source>
        <translation>Antwort a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Server address, e.g. http://127.0.0.1:11434/v1</source>
        <translation>Serveradresse, z. B. http://127.0.0.1:11434/v1</translation>
    </message>
    <message>
        <source>Portfolio data may go to a cloud model</source>
        <translation>Depotdaten können an ein Cloud-Modell gehen</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>The last answer came from the offline advisor</source>
        <translation>Die letzte Antwort kam vom Offline-Berater</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Was gesendet wird</translation>
    </message>
    <message>
        <source>Show what will be sent</source>
        <translation>Anzeigen, was gesendet wird</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Gesprächsverlauf</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Ask about your data. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Fragen Sie zu Ihren Daten. Enter sendet, Shift+Enter beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the question</source>
        <translation>Frage senden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop answering</source>
        <translation>Antwort abbrechen</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what arrived is kept</source>
        <translation>Antwort abbrechen (Esc); bereits Empfangenes bleibt erhalten</translation>
    </message>
    <message>
        <source>Advisor settings not applied: %1</source>
        <translation>Beratereinstellungen nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Questions go to %1.</source>
        <translation>Fragen gehen an %1.</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: %1.</source>
        <translation>Nichts verlässt diesen Computer: %1.</translation>
    </message>
    <message>
        <source>Settings not applied yet: %1</source>
        <translation>Einstellungen noch nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Could not save the advisor settings: %1</source>
        <translation>Die Beratereinstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Loading conversations</source>
        <translation>Unterhaltungen werden geladen</translation>
    </message>
    <message>
        <source>Could not read the conversations: %1</source>
        <translation>Die Unterhaltungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 messages · %2 · last %3</source>
        <translation>%1 Nachrichten · %2 · zuletzt %3</translation>
    </message>
    <message>
        <source>Searching conversations</source>
        <translation>Unterhaltungen werden durchsucht</translation>
    </message>
    <message>
        <source>Loading conversation</source>
        <translation>Unterhaltung wird geladen</translation>
    </message>
    <message>
        <source>Renaming conversation</source>
        <translation>Unterhaltung wird umbenannt</translation>
    </message>
    <message>
        <source>Could not rename: %1</source>
        <translation>Umbenennen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Unterhaltung löschen</translation>
    </message>
    <message>
        <source>Delete the conversation &quot;%1&quot; and all its messages? This cannot be undone.</source>
        <translation>Die Unterhaltung „%1“ mit allen Nachrichten löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Deleting conversation</source>
        <translation>Unterhaltung wird gelöscht</translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>Löschen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Suggested question: %1</source>
        <translation>Vorgeschlagene Frage: %1</translation>
    </message>
    <message>
        <source>Stopped. The partial answer is kept and stored.</source>
        <translation>Abgebrochen. Die unvollständige Antwort bleibt erhalten und wird gespeichert.</translation>
    </message>
    <message>
        <source>*No answer:* %1</source>
        <translation>*Keine Antwort:* %1</translation>
    </message>
    <message>
        <source>Wait for the answer: the conversation is reported once it is stored.</source>
        <translation>Warten Sie auf die Antwort: die Unterhaltung kann erst in einen Bericht übernommen werden, wenn sie gespeichert ist.</translation>
    </message>
</context>
<context>
    <name>sn::ui::Area</name>
    <message>
        <source>This area has no report: reports come from the Portfolio, Risk, Backtest lab and Advisor areas.</source>
        <translation>Dieser Bereich hat keinen Bericht: Berichte gibt es in den Bereichen Depot, Risiko, Backtest-Labor und Berater.</translation>
    </message>
</context>
<context>
    <name>sn::ui::AreaReports</name>
    <message>
        <source>No portfolio is shown: pick or create one first.</source>
        <translation>Es wird kein Depot angezeigt: wählen Sie zuerst eines aus oder legen Sie eines an.</translation>
    </message>
    <message>
        <source>Portfolio &apos;%1&apos; has no transactions yet: there is nothing to report.</source>
        <translation>Das Depot „%1“ hat noch keine Transaktionen: es gibt nichts zu berichten.</translation>
    </message>
    <message>
        <source>Report of %1</source>
        <translation>Bericht zu %1</translation>
    </message>
    <message>
        <source>No portfolio is shown: pick one first.</source>
        <translation>Es wird kein Depot angezeigt: wählen Sie zuerst eines aus.</translation>
    </message>
    <message>
        <source>Risk report of %1</source>
        <translation>Risikobericht zu %1</translation>
    </message>
    <message>
        <source>No conversation is shown: open one or ask a question first.</source>
        <translation>Es wird keine Unterhaltung angezeigt: öffnen Sie zuerst eine oder stellen Sie eine Frage.</translation>
    </message>
    <message>
        <source>Report of the conversation</source>
        <translation>Bericht zur Unterhaltung</translation>
    </message>
    <message>
        <source>No backtest to report: run one first (Ctrl+R).</source>
        <translation>Kein Backtest für einen Bericht: führen Sie zuerst einen aus (Ctrl+R).</translation>
    </message>
    <message>
        <source>Backtest report</source>
        <translation>Backtest-Bericht</translation>
    </message>
    <message>
        <source>No optimisation to report: run a sweep first (Ctrl+Shift+R).</source>
        <translation>Keine Optimierung für einen Bericht: führen Sie zuerst einen Scan aus (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <source>Optimisation report</source>
        <translation>Optimierungsbericht</translation>
    </message>
    <message>
        <source>No walk-forward to report: run one first.</source>
        <translation>Kein Walk-Forward für einen Bericht: führen Sie zuerst einen aus.</translation>
    </message>
    <message>
        <source>Walk-forward report</source>
        <translation>Walk-Forward-Bericht</translation>
    </message>
</context>
<context>
    <name>sn::ui::BacktestLab</name>
    <message>
        <source>sweeps take a single-series strategy</source>
        <translation>ein Scan braucht eine Strategie für eine einzelne Reihe</translation>
    </message>
    <message>
        <source>optimisation</source>
        <translation>Optimierung</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 combinations</source>
        <translation>abgebrochen nach %1 von %2 Kombinationen</translation>
    </message>
    <message>
        <source>sweep</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>walk-forward takes a single-series strategy</source>
        <translation>Walk-Forward braucht eine Strategie für eine einzelne Reihe</translation>
    </message>
    <message>
        <source>walk-forward</source>
        <translation>Walk-Forward</translation>
    </message>
    <message>
        <source>no %1 bars stored</source>
        <translation>keine %1-Bars gespeichert</translation>
    </message>
    <message>
        <source>no bars between %1 .. %2</source>
        <translation>keine Bars zwischen %1 und %2</translation>
    </message>
    <message>
        <source>no bars between %1 .. end</source>
        <translation>keine Bars ab %1</translation>
    </message>
    <message>
        <source>no bars between start .. %1</source>
        <translation>keine Bars bis %1</translation>
    </message>
    <message>
        <source>the strategy has no numeric parameter to sweep</source>
        <translation>die Strategie hat keinen numerischen Parameter für einen Scan</translation>
    </message>
    <message>
        <source>rows and columns sweep the same parameter &apos;%1&apos;</source>
        <translation>Zeilen und Spalten scannen denselben Parameter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the range ends before it starts</source>
        <translation>&apos;%1&apos;: der Bereich endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>saved run %1 (&apos;%2&apos;)</source>
        <translation>gespeicherter Lauf %1 (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>the results hold no &apos;metrics&apos; object</source>
        <translation>die Ergebnisse enthalten kein &apos;metrics&apos;-Objekt</translation>
    </message>
    <message>
        <source>the equity curve has %1 times and %2 values</source>
        <translation>die Kapitalkurve hat %1 Zeitpunkte und %2 Werte</translation>
    </message>
    <message>
        <source>equity time %1 is not a date: &apos;%2&apos;</source>
        <translation>Zeitpunkt %1 der Kapitalkurve ist kein Datum: &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>sn::ui::BacktestLabView</name>
    <message>
        <source>Backtest lab</source>
        <translation>Backtest-Labor</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Save run</source>
        <translation>Lauf &amp;speichern</translation>
    </message>
    <message>
        <source>Run backtest</source>
        <translation>Backtest ausführen</translation>
    </message>
    <message>
        <source>Run the strategy on the chosen symbol (Ctrl+R)</source>
        <translation>Die Strategie auf das gewählte Symbol anwenden (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel backtest</source>
        <translation>Backtest abbrechen</translation>
    </message>
    <message>
        <source>Run name</source>
        <translation>Name des Laufs</translation>
    </message>
    <message>
        <source>Name of the saved run</source>
        <translation>Name des gespeicherten Laufs</translation>
    </message>
    <message>
        <source>Save run</source>
        <translation>Lauf speichern</translation>
    </message>
    <message>
        <source>Lab status</source>
        <translation>Laborstatus</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation>Optimierung</translation>
    </message>
    <message>
        <source>Walk-forward</source>
        <translation>Walk-Forward</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Backtest lab tabs</source>
        <translation>Reiter des Backtest-Labors</translation>
    </message>
    <message>
        <source>Applied %1 to the form</source>
        <translation>%1 ins Formular übernommen</translation>
    </message>
    <message>
        <source>Reading instruments</source>
        <translation>Instrumente werden gelesen</translation>
    </message>
    <message>
        <source>Reading saved runs</source>
        <translation>Gespeicherte Läufe werden gelesen</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>Backtest</translation>
    </message>
    <message>
        <source>Running %1...</source>
        <translation>%1 läuft...</translation>
    </message>
    <message>
        <source>Backtest %1</source>
        <translation>Backtest %1</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Parameterscan</translation>
    </message>
    <message>
        <source>Cannot sweep: %1</source>
        <translation>Scan nicht möglich: %1</translation>
    </message>
    <message>
        <source>Sweep %1</source>
        <translation>Scan %1</translation>
    </message>
    <message>
        <source>Sweep %1; nothing is shown</source>
        <translation>Scan %1; es wird nichts angezeigt</translation>
    </message>
    <message>
        <source>Walk-forward %1</source>
        <translation>Walk-Forward %1</translation>
    </message>
    <message>
        <source>Walk-forward cancelled; nothing is shown</source>
        <translation>Walk-Forward abgebrochen; es wird nichts angezeigt</translation>
    </message>
    <message>
        <source>Give the run a name to save it</source>
        <translation>Geben Sie dem Lauf einen Namen, um ihn zu speichern</translation>
    </message>
    <message>
        <source>Saving run</source>
        <translation>Lauf wird gespeichert</translation>
    </message>
    <message>
        <source>Saving the run</source>
        <translation>Der Lauf wird gespeichert</translation>
    </message>
    <message>
        <source>Saved as &apos;%1&apos;</source>
        <translation>Gespeichert als „%1“</translation>
    </message>
    <message>
        <source>Opening saved run</source>
        <translation>Gespeicherter Lauf wird geöffnet</translation>
    </message>
    <message>
        <source>Opening the run</source>
        <translation>Der Lauf wird geöffnet</translation>
    </message>
    <message>
        <source>Renaming run</source>
        <translation>Lauf wird umbenannt</translation>
    </message>
    <message>
        <source>Renaming the run</source>
        <translation>Der Lauf wird umbenannt</translation>
    </message>
    <message>
        <source>Deleting run</source>
        <translation>Lauf wird gelöscht</translation>
    </message>
    <message>
        <source>Deleting the run</source>
        <translation>Der Lauf wird gelöscht</translation>
    </message>
    <message>
        <source>Comparing runs</source>
        <translation>Läufe werden verglichen</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>Einstellungen werden gelesen</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>An input changed while the sweep ran: these results are for the inputs at its start. Run the sweep again for the current ones.</source>
        <translation>Eine Eingabe hat sich während des Scans geändert: diese Ergebnisse gelten für die Eingaben bei seinem Start. Führen Sie den Scan für die aktuellen Eingaben erneut aus.</translation>
    </message>
    <message>
        <source>%1 trades, total return %2; %3</source>
        <translation>%1 Trades, Gesamtrendite %2; %3</translation>
    </message>
    <message>
        <source>split/dividend-adjusted prices</source>
        <translation>um Splits und Dividenden bereinigte Kurse</translation>
    </message>
    <message>
        <source>unadjusted prices (as traded)</source>
        <translation>unbereinigte Kurse (wie gehandelt)</translation>
    </message>
    <message>
        <source>Reopened %1 (%2)</source>
        <translation>%1 wieder geöffnet (%2)</translation>
    </message>
</context>
<context>
    <name>sn::ui::BarTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Eröffnung</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Tief</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schluss</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
</context>
<context>
    <name>sn::ui::ChartNews</name>
    <message>
        <source>No news about %1 stored yet: add feeds under Preferences &gt; News feeds, then press Refresh news.</source>
        <translation>Zu %1 sind noch keine Nachrichten gespeichert: fügen Sie Feeds unter Einstellungen &gt; Newsfeeds hinzu und drücken Sie dann „Nachrichten aktualisieren“.</translation>
    </message>
    <message>
        <source>Open a symbol to see its news sentiment.</source>
        <translation>Öffnen Sie ein Symbol, um die Nachrichtenstimmung dazu zu sehen.</translation>
    </message>
    <message>
        <source>Reading news about %1...</source>
        <translation>Nachrichten zu %1 werden gelesen...</translation>
    </message>
    <message>
        <source>Reading news for %1</source>
        <translation>Nachrichten zu %1 werden gelesen</translation>
    </message>
    <message>
        <source>News not loaded: %1</source>
        <translation>Nachrichten nicht geladen: %1</translation>
    </message>
    <message>
        <source>Reading the news feeds...</source>
        <translation>Die Newsfeeds werden gelesen...</translation>
    </message>
    <message>
        <source>Refreshing news</source>
        <translation>Nachrichten werden aktualisiert</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>feed %1 of %2: %3</source>
        <translation>Feed %1 von %2: %3</translation>
    </message>
    <message>
        <source>News not refreshed: %1</source>
        <translation>Nachrichten nicht aktualisiert: %1</translation>
    </message>
    <message>
        <source>No enabled news feeds: add them under Preferences &gt; News feeds.</source>
        <translation>Keine aktivierten Newsfeeds: fügen Sie sie unter Einstellungen &gt; Newsfeeds hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) from %1 feed(s)</source>
        <translation>
            <numerusform>%n neue Meldung aus %1 Feed(s)</numerusform>
            <numerusform>%n neue Meldungen aus %1 Feed(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed: %1</source>
        <translation>
            <numerusform>%n Feed fehlgeschlagen: %1</numerusform>
            <numerusform>%n Feeds fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled before the last feed</source>
        <translation>vor dem letzten Feed abgebrochen</translation>
    </message>
</context>
<context>
    <name>sn::ui::ChartPane</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>sn::ui::ChartsView</name>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>&amp;Logarithmische Skala</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Volumen</translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG...</source>
        <translation>Diagramm als &amp;PNG exportieren...</translation>
    </message>
    <message>
        <source>Export Chart as S&amp;VG...</source>
        <translation>Diagramm als S&amp;VG exportieren...</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Chart type</source>
        <translation>Diagrammtyp</translation>
    </message>
    <message>
        <source>Candles</source>
        <translation>Kerzen</translation>
    </message>
    <message>
        <source>OHLC bars</source>
        <translation>OHLC-Balken</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Fläche</translation>
    </message>
    <message>
        <source>Logarithmic price scale</source>
        <translation>Logarithmische Preisskala</translation>
    </message>
    <message>
        <source>Show volume</source>
        <translation>Volumen anzeigen</translation>
    </message>
    <message>
        <source>Compare with symbols</source>
        <translation>Mit Symbolen vergleichen</translation>
    </message>
    <message>
        <source>Compare: MSFT, ^GSPC</source>
        <translation>Vergleichen: MSFT, ^GSPC</translation>
    </message>
    <message>
        <source>Symbols to compare as % change from a common start, separated by commas; empty for none</source>
        <translation>Symbole, die als %-Veränderung ab einem gemeinsamen Start verglichen werden, durch Kommas getrennt; leer für keine</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatoren</translation>
    </message>
    <message>
        <source>Indicator parameters</source>
        <translation>Indikatorparameter</translation>
    </message>
    <message>
        <source>Chart status</source>
        <translation>Diagrammstatus</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>&amp;Symbol:</translation>
    </message>
    <message>
        <source>1M</source>
        <translation>1M</translation>
    </message>
    <message>
        <source>3M</source>
        <translation>3M</translation>
    </message>
    <message>
        <source>6M</source>
        <translation>6M</translation>
    </message>
    <message>
        <source>YTD</source>
        <translation>YTD</translation>
    </message>
    <message>
        <source>1Y</source>
        <translation>1J</translation>
    </message>
    <message>
        <source>5Y</source>
        <translation>5J</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>SVG</source>
        <translation>SVG</translation>
    </message>
    <message>
        <source>&amp;Add another</source>
        <translation>&amp;Weiteren hinzufügen</translation>
    </message>
    <message>
        <source>Add another of the selected indicator</source>
        <translation>Einen weiteren des gewählten Indikators hinzufügen</translation>
    </message>
    <message>
        <source>A second copy of the selected indicator, e.g. SMA 50 and SMA 200</source>
        <translation>Eine zweite Instanz des gewählten Indikators, z. B. SMA 50 und SMA 200</translation>
    </message>
    <message>
        <source>&lt;b&gt;Indicators&lt;/b&gt; (tick to show)</source>
        <translation>&lt;b&gt;Indikatoren&lt;/b&gt; (zum Anzeigen ankreuzen)</translation>
    </message>
    <message>
        <source>Loading instruments</source>
        <translation>Instrumente werden geladen</translation>
    </message>
    <message>
        <source>Instruments not loaded: %1</source>
        <translation>Instrumente nicht geladen: %1</translation>
    </message>
    <message>
        <source>No prices stored yet: import a CSV file or load the sample data.</source>
        <translation>Noch keine Kurse gespeichert: importieren Sie eine CSV-Datei oder laden Sie die Beispieldaten.</translation>
    </message>
    <message>
        <source>No prices stored for %1</source>
        <translation>Keine Kurse für %1 gespeichert</translation>
    </message>
    <message>
        <source>Entry %1 @ %2</source>
        <translation>Einstieg %1 @ %2</translation>
    </message>
    <message>
        <source>Exit %1 @ %2</source>
        <translation>Ausstieg %1 @ %2</translation>
    </message>
    <message>
        <source>Trade on %1: entry %2, exit %3</source>
        <translation>Trade am %1: Einstieg %2, Ausstieg %3</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>%1 wird geladen...</translation>
    </message>
    <message>
        <source>Indicators not applied: %1</source>
        <translation>Indikatoren nicht übernommen: %1</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Diagramm gespeichert unter %1</translation>
    </message>
    <message>
        <source>Chart not saved: %1</source>
        <translation>Diagramm nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Split/dividend ad&amp;justed</source>
        <translation>Um Splits/Dividenden &amp;bereinigt</translation>
    </message>
    <message>
        <source>Split and dividend adjusted prices</source>
        <translation>Um Splits und Dividenden bereinigte Kurse</translation>
    </message>
    <message>
        <source>Prices adjusted for the stored splits and dividends, so a 2:1 split is not a 50 % fall; off: the stored prices as traded</source>
        <translation>Kurse, bereinigt um die gespeicherten Splits und Dividenden, sodass ein 2:1-Split kein Einbruch um 50 % ist; aus: die gespeicherten Kurse wie gehandelt</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n bar(s), %2 to %3; %4</source>
        <translation>
            <numerusform>%1: %n Bar, %2 bis %3; %4</numerusform>
            <numerusform>%1: %n Bars, %2 bis %3; %4</numerusform>
        </translation>
    </message>
    <message>
        <source>split/dividend-adjusted prices</source>
        <translation>um Splits und Dividenden bereinigte Kurse</translation>
    </message>
    <message>
        <source>unadjusted prices (as traded)</source>
        <translation>unbereinigte Kurse (wie gehandelt)</translation>
    </message>
</context>
<context>
    <name>sn::ui::ConflictDialog</name>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meine Version behalten</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Version des &amp;Teams übernehmen</translation>
    </message>
    <message>
        <source>Team sync conflicts</source>
        <translation>Konflikte der Team-Synchronisierung</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Mine (this computer)</source>
        <translation>Meine Version (dieser Computer)</translation>
    </message>
    <message>
        <source>Theirs (team server)</source>
        <translation>Version des Teams (Team-Server)</translation>
    </message>
    <message>
        <source>Both versions, per field</source>
        <translation>Beide Versionen, je Feld</translation>
    </message>
    <message>
        <source>Send this computer&apos;s version to the team, on top of the server&apos;s</source>
        <translation>Die Version dieses Computers an das Team senden, auf Basis der Server-Version</translation>
    </message>
    <message>
        <source>Replace this computer&apos;s version with the team server&apos;s</source>
        <translation>Die Version dieses Computers durch die des Team-Servers ersetzen</translation>
    </message>
    <message>
        <source>Cannot read the conflicts: %1</source>
        <translation>Die Konflikte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No conflicts: this computer and the team server agree.</source>
        <translation>Keine Konflikte: dieser Computer und der Team-Server stimmen überein.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; in workspace &apos;%3&apos;, server revision %4</source>
        <translation>%1 „%2“ im Arbeitsbereich „%3“, Server-Revision %4</translation>
    </message>
    <message>
        <source>The two versions differ here</source>
        <translation>Hier unterscheiden sich die beiden Versionen</translation>
    </message>
    <message>
        <source>(exists)</source>
        <translation>(vorhanden)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>deleted here</source>
        <translation>hier gelöscht</translation>
    </message>
    <message>
        <source>deleted on the server</source>
        <translation>auf dem Server gelöscht</translation>
    </message>
    <message>
        <source>Not resolved: %1</source>
        <translation>Nicht aufgelöst: %1</translation>
    </message>
    <message>
        <source>Kept this computer&apos;s version of %1 &apos;%2&apos;; it goes to the team next.</source>
        <translation>Die Version dieses Computers von %1 „%2“ wurde behalten; sie wird als Nächstes an das Team gesendet.</translation>
    </message>
    <message>
        <source>Took the team server&apos;s version of %1 &apos;%2&apos;.</source>
        <translation>Die Version des Team-Servers von %1 „%2“ wurde übernommen.</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>Take the team server&apos;s version and add this computer&apos;s as a new line</source>
        <translation>Die Version des Team-Servers übernehmen und die dieses Computers als neue Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Only a ledger line changed on both sides can be kept twice</source>
        <translation>Nur eine auf beiden Seiten geänderte Journalzeile kann doppelt behalten werden</translation>
    </message>
    <message>
        <source>Took the team server&apos;s version of %1 &apos;%2&apos; and added this computer&apos;s as a new line; it goes to the team next.</source>
        <translation>Die Version des Team-Servers von %1 „%2“ wurde übernommen und die dieses Computers als neue Zeile hinzugefügt; sie wird als Nächstes an das Team gesendet.</translation>
    </message>
</context>
<context>
    <name>sn::ui::CorrelationHeatmap</name>
    <message>
        <source>Correlation heatmap</source>
        <translation>Korrelations-Heatmap</translation>
    </message>
    <message numerus="yes">
        <source>Correlation of %n position(s)</source>
        <translation>
            <numerusform>Korrelation von %n Position</numerusform>
            <numerusform>Korrelation von %n Positionen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2
correlation %3</source>
        <translation>%1 / %2
Korrelation %3</translation>
    </message>
    <message>
        <source>covariance %1 per trading day</source>
        <translation>Kovarianz %1 pro Handelstag</translation>
    </message>
    <message>
        <source>No correlation to show.</source>
        <translation>Keine Korrelation anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>sn::ui::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Portfolio value</source>
        <translation>Depotwert</translation>
    </message>
    <message>
        <source>Positions at the last stored close plus cash, base currency</source>
        <translation>Positionen zum letzten gespeicherten Schlusskurs plus Barbestand, Basiswährung</translation>
    </message>
    <message>
        <source>Day change</source>
        <translation>Tagesveränderung</translation>
    </message>
    <message>
        <source>Change since the previous close, net of deposits and withdrawals; time-weighted return in brackets</source>
        <translation>Veränderung seit dem vorigen Schlusskurs, ohne Ein- und Auszahlungen; zeitgewichtete Rendite in Klammern</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Seit Jahresbeginn</translation>
    </message>
    <message>
        <source>Change since the last valued day of the previous year, net of flows; time-weighted return</source>
        <translation>Veränderung seit dem letzten bewerteten Tag des Vorjahres, ohne Zu- und Abflüsse; zeitgewichtete Rendite</translation>
    </message>
    <message>
        <source>Since start</source>
        <translation>Seit Beginn</translation>
    </message>
    <message>
        <source>Change since the first transaction, net of flows; time-weighted return (TTWROR)</source>
        <translation>Veränderung seit der ersten Transaktion, ohne Zu- und Abflüsse; zeitgewichtete Rendite (TTWROR)</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Depot</translation>
    </message>
    <message>
        <source>Dashboard notes</source>
        <translation>Dashboard-Hinweise</translation>
    </message>
    <message>
        <source>Portfolio return against the benchmark</source>
        <translation>Depotrendite gegenüber der Benchmark</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzter</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Total return</source>
        <translation>Gesamtrendite</translation>
    </message>
    <message>
        <source>Sharpe</source>
        <translation>Sharpe</translation>
    </message>
    <message>
        <source>&amp;Portfolio:</source>
        <translation>&amp;Depot:</translation>
    </message>
    <message>
        <source>Ask the advisor, e.g. &quot;backtest a 20/50 crossover on AAPL since 2015&quot;</source>
        <translation>Fragen Sie den Berater, z. B. „Backtest eines 20/50-Crossovers auf AAPL seit 2015“</translation>
    </message>
    <message>
        <source>Ask the advisor</source>
        <translation>Berater fragen</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Beobachtungsliste</translation>
    </message>
    <message>
        <source>Top movers</source>
        <translation>Top-Bewegungen</translation>
    </message>
    <message>
        <source>Recent backtest runs</source>
        <translation>Letzte Backtest-Läufe</translation>
    </message>
    <message>
        <source>&lt;b&gt;Watchlist&lt;/b&gt;</source>
        <translation>&lt;b&gt;Beobachtungsliste&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Top movers&lt;/b&gt; (last close against the one before)</source>
        <translation>&lt;b&gt;Top-Bewegungen&lt;/b&gt; (letzter Schlusskurs gegenüber dem davor)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent backtest runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Letzte Backtest-Läufe&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Loading dashboard</source>
        <translation>Dashboard wird geladen</translation>
    </message>
    <message>
        <source>Dashboard not loaded: %1</source>
        <translation>Dashboard nicht geladen: %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>No portfolio yet: import transactions or load the sample data.</source>
        <translation>Noch kein Depot: importieren Sie Transaktionen oder laden Sie die Beispieldaten.</translation>
    </message>
    <message>
        <source>Portfolio &apos;%1&apos; not valued: %2</source>
        <translation>Depot „%1“ nicht bewertet: %2</translation>
    </message>
    <message>
        <source>Value on %1</source>
        <translation>Wert am %1</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
    <message>
        <source>Changes are in %1 net of deposits and withdrawals; percentages are time-weighted returns. Prices are the stored closes; the sample data ends on %2.</source>
        <translation>Veränderungen in %1 ohne Ein- und Auszahlungen; Prozentwerte sind zeitgewichtete Renditen. Kurse sind die gespeicherten Schlusskurse; die Beispieldaten enden am %2.</translation>
    </message>
    <message>
        <source>Time-weighted return</source>
        <translation>Zeitgewichtete Rendite</translation>
    </message>
    <message>
        <source>%1 (price index)</source>
        <translation>%1 (Kursindex)</translation>
    </message>
    <message>
        <source>no prices</source>
        <translation>keine Kurse</translation>
    </message>
    <message>
        <source>Close of %1 (%2 bars)</source>
        <translation>Schlusskurs von %1 (%2 Bars)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Watchlist&lt;/b&gt; (none yet)</source>
        <translation>&lt;b&gt;Beobachtungsliste&lt;/b&gt; (noch keine)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Watchlist&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Beobachtungsliste&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>Last %n close(s)</source>
        <translation>
            <numerusform>Letzter %n Schlusskurs</numerusform>
            <numerusform>Letzte %n Schlusskurse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Double-click to open %1 in Charts</source>
        <translation>Doppelklicken, um %1 im Bereich Diagramme zu öffnen</translation>
    </message>
    <message>
        <source>Double-click to open this run in the Backtest lab</source>
        <translation>Doppelklicken, um diesen Lauf im Backtest-Labor zu öffnen</translation>
    </message>
    <message>
        <source>No runs saved yet: run a backtest in the Backtest lab and press Save</source>
        <translation>Noch keine Läufe gespeichert: führen Sie im Backtest-Labor einen Backtest aus und drücken Sie Speichern</translation>
    </message>
</context>
<context>
    <name>sn::ui::DataProvidersPage</name>
    <message>
        <source>Store key</source>
        <translation>Schlüssel speichern</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Refresh watchlist symbols on a schedule</source>
        <translation>Symbole der Beobachtungslisten &amp;planmäßig aktualisieren</translation>
    </message>
    <message>
        <source>Also on a &amp;metered connection</source>
        <translation>Auch bei &amp;getakteter Verbindung</translation>
    </message>
    <message>
        <source>Providers in priority order</source>
        <translation>Anbieter in Rangfolge</translation>
    </message>
    <message>
        <source>The first enabled provider is used unless you pick another; uncheck a provider to disable it</source>
        <translation>Der erste aktivierte Anbieter wird verwendet, sofern Sie keinen anderen wählen; entfernen Sie das Häkchen, um einen Anbieter zu deaktivieren</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Empty: the vendor&apos;s own address. Change it for a proxy.</source>
        <translation>Leer: die eigene Adresse des Anbieters. Für einen Proxy ändern.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Type a new key and store it; a stored key is never shown</source>
        <translation>Geben Sie einen neuen Schlüssel ein und speichern Sie ihn; ein gespeicherter Schlüssel wird nie angezeigt</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>API key status</source>
        <translation>Status des API-Schlüssels</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Aktualisierungsintervall</translation>
    </message>
    <message>
        <source>Data providers status</source>
        <translation>Status der Datenanbieter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>Scheduled refresh</source>
        <translation>Geplante Aktualisierung</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Alle:</translation>
    </message>
    <message>
        <source>Prices are fetched from the first enabled provider unless you pick another in Market data; supernova-cli uses the same order and addresses. Keys are kept only in the system keychain.</source>
        <translation>Kurse werden vom ersten aktivierten Anbieter abgerufen, sofern Sie in Marktdaten keinen anderen wählen; supernova-cli verwendet dieselbe Reihenfolge und dieselben Adressen. Schlüssel werden nur im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Reading data provider settings</source>
        <translation>Einstellungen der Datenanbieter werden gelesen</translation>
    </message>
    <message>
        <source>Could not read the data provider settings: %1</source>
        <translation>Die Einstellungen der Datenanbieter konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no key needed</source>
        <translation>kein Schlüssel nötig</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source> - has symbol search</source>
        <translation> - mit Symbolsuche</translation>
    </message>
    <message>
        <source> - no symbol search</source>
        <translation> - ohne Symbolsuche</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Checking the keychain...</source>
        <translation>Schlüsselbund wird geprüft...</translation>
    </message>
    <message>
        <source>key stored</source>
        <translation>Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>no key stored</source>
        <translation>kein Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>keychain: %1</source>
        <translation>Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>Type the key first.</source>
        <translation>Geben Sie zuerst den Schlüssel ein.</translation>
    </message>
    <message>
        <source>Storing...</source>
        <translation>Wird gespeichert...</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Not tested: %1</source>
        <translation>Nicht getestet: %1</translation>
    </message>
    <message>
        <source>Testing %1...</source>
        <translation>%1 wird getestet...</translation>
    </message>
    <message>
        <source>Testing %1</source>
        <translation>%1 wird getestet</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>sn::ui::ExplainTexts</name>
    <message>
        <source>Historical VaR/CVaR: h-period returns of overlapping windows prod(1 + r) - 1 sorted ascending x_(1) &lt;= ... &lt;= x_(n); m = ceil(n (1 - c)); VaR = -x_(m), CVaR = -mean(x_(1..m)); needs at least 1 / (1 - c) windows. Reported as positive fractions of the portfolio value.</source>
        <translation>Historischer VaR/CVaR: Renditen über h Perioden aus überlappenden Fenstern prod(1 + r) - 1, aufsteigend sortiert x_(1) &lt;= ... &lt;= x_(n); m = ceil(n (1 - c)); VaR = -x_(m), CVaR = -mean(x_(1..m)); braucht mindestens 1 / (1 - c) Fenster. Angegeben als positive Anteile am Depotwert.</translation>
    </message>
    <message>
        <source>Parametric normal VaR: VaR = -(mean h - z sd sqrt(h)), CVaR = -(mean h - sd sqrt(h) phi(z) / (1 - c)), z = Phi^-1(c) (1.644854 at 95 %, 2.326348 at 99 %), sd = sample deviation of the periodic returns.</source>
        <translation>Parametrischer Normal-VaR: VaR = -(mean h - z sd sqrt(h)), CVaR = -(mean h - sd sqrt(h) phi(z) / (1 - c)), z = Phi^-1(c) (1,644854 bei 95 %, 2,326348 bei 99 %), sd = Stichprobenabweichung der periodischen Renditen.</translation>
    </message>
    <message>
        <source>Cornish-Fisher VaR: the normal quantile adjusted for sample skewness S and excess kurtosis K, z_cf = z + (z^2 - 1) S / 6 + (z^3 - 3z) K / 24 - (2z^3 - 5z) S^2 / 36 at z = Phi^-1(1 - c); VaR = -(mean h + z_cf sd sqrt(h)); CVaR = the mean of the adjusted quantile over the tail.</source>
        <translation>Cornish-Fisher-VaR: das Normalquantil, angepasst um die Stichprobenschiefe S und die Überschusskurtosis K, z_cf = z + (z^2 - 1) S / 6 + (z^3 - 3z) K / 24 - (2z^3 - 5z) S^2 / 36 bei z = Phi^-1(1 - c); VaR = -(mean h + z_cf sd sqrt(h)); CVaR = Mittel des angepassten Quantils über das Randende.</translation>
    </message>
    <message>
        <source>Monte Carlo VaR: correlated normal asset returns x = mu h + sqrt(h) L z with L the Cholesky factor of the covariance and z ~ N(0, I) from a seeded mt19937_64 (ziggurat), portfolio return w&apos;x, then the historical estimator over the draws.</source>
        <translation>Monte-Carlo-VaR: korrelierte normalverteilte Renditen der Werte x = mu h + sqrt(h) L z mit L dem Cholesky-Faktor der Kovarianz und z ~ N(0, I) aus einem initialisierten mt19937_64 (Ziggurat), Depotrendite w&apos;x, dann der historische Schätzer über die Ziehungen.</translation>
    </message>
    <message>
        <source>Component VaR (Euler allocation of the normal VaR): C_i = w_i (-mu_i h + z sqrt(h) (Cov w)_i / sigma_p); the components add up to the portfolio VaR.</source>
        <translation>Komponenten-VaR (Euler-Zerlegung des Normal-VaR): C_i = w_i (-mu_i h + z sqrt(h) (Cov w)_i / sigma_p); die Komponenten summieren sich zum VaR des Depots.</translation>
    </message>
    <message>
        <source>Monte Carlo projection: each step&apos;s return is drawn uniformly with replacement from the historical periodic returns; paths are seeded (mt19937_64) and reproducible. The fan shows the 5th, 25th, 50th, 75th and 95th percentiles of the simulated values at every step (position p (n - 1) / 100 among the sorted values). Probability of a target or loss limit = share of paths that touch that value at any step.</source>
        <translation>Monte-Carlo-Projektion: die Rendite jedes Schritts wird gleichverteilt, mit Zurücklegen, aus den historischen periodischen Renditen gezogen; die Pfade sind initialisiert (mt19937_64) und reproduzierbar. Der Fächer zeigt das 5., 25., 50., 75. und 95. Perzentil der simulierten Werte bei jedem Schritt (Position p (n - 1) / 100 unter den sortierten Werten). Wahrscheinlichkeit eines Ziels oder Verlustlimits = Anteil der Pfade, die diesen Wert bei irgendeinem Schritt berühren.</translation>
    </message>
    <message>
        <source>Monte Carlo projection: geometric Brownian motion, V_(t+1) = V_t exp((mu - sigma^2 / 2) + sigma z), z ~ N(0, 1); paths are seeded (mt19937_64) and reproducible. The fan shows the 5th, 25th, 50th, 75th and 95th percentiles of the simulated values at every step (position p (n - 1) / 100 among the sorted values). Probability of a target or loss limit = share of paths that touch that value at any step.</source>
        <translation>Monte-Carlo-Projektion: geometrische Brownsche Bewegung, V_(t+1) = V_t exp((mu - sigma^2 / 2) + sigma z), z ~ N(0, 1); die Pfade sind initialisiert (mt19937_64) und reproduzierbar. Der Fächer zeigt das 5., 25., 50., 75. und 95. Perzentil der simulierten Werte bei jedem Schritt (Position p (n - 1) / 100 unter den sortierten Werten). Wahrscheinlichkeit eines Ziels oder Verlustlimits = Anteil der Pfade, die diesen Wert bei irgendeinem Schritt berühren.</translation>
    </message>
    <message>
        <source>Stress tests apply a return to each position&apos;s current value: pnl_i = value_i x change_i, total = sum pnl_i. Historical replay: change_i = the position&apos;s own return over the window (first close on or after the start to the last close on or before the end), or the proxy series&apos; return when it has no history. User shocks: the most specific shock applies (symbol over asset class over all); positions matched by none are unchanged.</source>
        <translation>Stresstests wenden eine Rendite auf den aktuellen Wert jeder Position an: pnl_i = value_i x change_i, Summe = sum pnl_i. Historische Wiederholung: change_i = die eigene Rendite der Position über das Fenster (erster Schlusskurs am oder nach dem Beginn bis zum letzten Schlusskurs am oder vor dem Ende), oder die Rendite der Ersatzreihe, wenn sie keinen Verlauf hat. Eigene Schocks: der spezifischste Schock gilt (Symbol vor Anlageklasse vor allen); Positionen ohne passenden Schock bleiben unverändert.</translation>
    </message>
    <message>
        <source>Rebalancing: total = holdings at current prices + cash; the fees of the planned trades are set aside; target value_i = weight_i x (total - fees); trade_i = target_i - current_i, skipped below the minimum trade value, in whole shares if asked (buys rounded down, sells up to the quantity held). Sells fund buys; if buys and fees would exceed the cash, all buys are scaled down by one factor. Fee per trade = fixed + rate x value. Drift = current weight - target weight.</source>
        <translation>Umschichtung: Summe = Bestände zu aktuellen Kursen + Bargeld; die Gebühren der geplanten Geschäfte werden zurückgelegt; Zielwert_i = Gewicht_i x (Summe - Gebühren); Geschäft_i = Ziel_i - aktuell_i, unterhalb des Mindestgeschäftswerts ausgelassen, auf Wunsch in ganzen Stück (Käufe abgerundet, Verkäufe bis zur gehaltenen Menge). Verkäufe finanzieren Käufe; würden Käufe und Gebühren das Bargeld übersteigen, werden alle Käufe um einen gemeinsamen Faktor verkleinert. Gebühr je Geschäft = fest + Satz x Wert. Abweichung = aktuelles Gewicht - Zielgewicht.</translation>
    </message>
    <message>
        <source>a loss as a positive fraction of the current value at the confidence and horizon asked</source>
        <translation>ein Verlust als positiver Anteil am aktuellen Wert, bei gewähltem Konfidenzniveau und Horizont</translation>
    </message>
    <message>
        <source>expected shortfall: the mean loss beyond the VaR</source>
        <translation>Expected Shortfall: der mittlere Verlust jenseits des VaR</translation>
    </message>
    <message>
        <source>parametric normal; contributions sum to the portfolio&apos;s VaR</source>
        <translation>parametrisch normal; die Beiträge summieren sich zum VaR des Depots</translation>
    </message>
    <message>
        <source>percentiles of the simulated values at each step</source>
        <translation>Perzentile der simulierten Werte bei jedem Schritt</translation>
    </message>
    <message>
        <source>a proposal; nothing is traded</source>
        <translation>ein Vorschlag; es wird nichts gehandelt</translation>
    </message>
    <message>
        <source>portfolio performance: flows do not distort it</source>
        <translation>Depotrendite: Ein- und Auszahlungen verzerren sie nicht</translation>
    </message>
    <message>
        <source>portfolio performance: weights periods by the money invested</source>
        <translation>Depotrendite: gewichtet Zeiträume nach dem investierten Geld</translation>
    </message>
</context>
<context>
    <name>sn::ui::FetchCoverageModel</name>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Days covered</source>
        <translation>Abgedeckte Tage</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
</context>
<context>
    <name>sn::ui::HeatmapWidget</name>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Noch nichts anzuzeigen</translation>
    </message>
</context>
<context>
    <name>sn::ui::HoldingsTableModel</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Close of %1</source>
        <translation>Schlusskurs von %1</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Avg cost</source>
        <translation>Ø Einstandskurs</translation>
    </message>
    <message>
        <source>Last price</source>
        <translation>Letzter Kurs</translation>
    </message>
    <message>
        <source>Market value</source>
        <translation>Marktwert</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Day change</source>
        <translation>Tagesveränderung</translation>
    </message>
    <message>
        <source>Unrealised P&amp;L</source>
        <translation>Unrealisierter G/V</translation>
    </message>
    <message>
        <source>Realised P&amp;L</source>
        <translation>Realisierter G/V</translation>
    </message>
    <message>
        <source>Cost basis of the open lots (buy fees included) per unit, instrument currency</source>
        <translation>Einstandskosten der offenen Lose (inkl. Kaufgebühren) je Einheit, Instrumentwährung</translation>
    </message>
    <message>
        <source>Quantity x last close, converted to the portfolio&apos;s base currency</source>
        <translation>Menge x letzter Schlusskurs, umgerechnet in die Basiswährung des Depots</translation>
    </message>
    <message>
        <source>Share of the total value (positions and cash)</source>
        <translation>Anteil am Gesamtwert (Positionen und Barbestand)</translation>
    </message>
    <message>
        <source>Quantity x (last close - previous close), base currency</source>
        <translation>Menge x (letzter Schlusskurs - vorheriger Schlusskurs), Basiswährung</translation>
    </message>
    <message>
        <source>Market value - cost basis of the open lots, base currency</source>
        <translation>Marktwert - Einstandskosten der offenen Lose, Basiswährung</translation>
    </message>
    <message>
        <source>Realised gains of closed lots plus income net of withheld tax, instrument currency</source>
        <translation>Realisierte Gewinne geschlossener Lose plus Erträge nach einbehaltener Steuer, Instrumentwährung</translation>
    </message>
    <message>
        <source>Converted at %1 per %2: %3 of %4 (the latest rate on or before the valuation day)</source>
        <translation>Umgerechnet zu %1 je %2: %3 vom %4 (der letzte Kurs am oder vor dem Bewertungstag)</translation>
    </message>
</context>
<context>
    <name>sn::ui::ImportWizard</name>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Choose the CSV file and what it holds.</source>
        <translation>Wählen Sie die CSV-Datei und ihren Inhalt.</translation>
    </message>
    <message>
        <source>&amp;Prices (bars: date, open, high, low, close, volume)</source>
        <translation>&amp;Kurse (Bars: Datum, Eröffnung, Hoch, Tief, Schluss, Volumen)</translation>
    </message>
    <message>
        <source>&amp;Transactions of a portfolio</source>
        <translation>&amp;Transaktionen eines Depots</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Symbol (empty: from the file&apos;s symbol column or its name):</source>
        <translation>&amp;Symbol (leer: aus der Symbolspalte der Datei oder ihrem Namen):</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>P&amp;ortfolio:</source>
        <translation>De&amp;pot:</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Depot</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Dat&amp;ei:</translation>
    </message>
    <message>
        <source>Preview and columns</source>
        <translation>Vorschau und Spalten</translation>
    </message>
    <message>
        <source>The first lines of the file as read, and which column holds each field.</source>
        <translation>Die ersten Zeilen der Datei wie gelesen, und welche Spalte welches Feld enthält.</translation>
    </message>
    <message>
        <source>Detected layout</source>
        <translation>Erkanntes Format</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Columns (&quot;as detected&quot; keeps the automatic choice):</source>
        <translation>Spalten („wie erkannt“ behält die automatische Wahl):</translation>
    </message>
    <message>
        <source>Detected: %1 format, delimiter &apos;%2&apos;, dates %3%4; columns %5</source>
        <translation>Erkannt: Format %1, Trennzeichen „%2“, Datumsangaben %3%4; Spalten %5</translation>
    </message>
    <message>
        <source>, decimal comma</source>
        <translation>, Dezimalkomma</translation>
    </message>
    <message>
        <source>Not recognised: %1</source>
        <translation>Nicht erkannt: %1</translation>
    </message>
    <message>
        <source>Transactions CSV: one line per transaction, a header naming the columns.</source>
        <translation>Transaktions-CSV: eine Zeile pro Transaktion, eine Kopfzeile mit den Spaltennamen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Spalte für %1</translation>
    </message>
    <message>
        <source>as detected</source>
        <translation>wie erkannt</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>The whole file is read and checked; nothing is written yet.</source>
        <translation>Die gesamte Datei wird gelesen und geprüft; noch wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <source>Problems by line</source>
        <translation>Probleme nach Zeile</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import only the good rows and leave the listed ones out</source>
        <translation>Nur die fehlerfreien Zeilen importieren und die aufgeführten auslassen</translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation>%1 wird geprüft...</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) are good.</source>
        <translation>
            <numerusform>Die %n Zeile ist fehlerfrei.</numerusform>
            <numerusform>Alle %n Zeilen sind fehlerfrei.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 problem(s) found; %2 good row(s). Nothing is imported unless you choose to leave the bad rows out.</source>
        <translation>%1 Problem(e) gefunden; %2 fehlerfreie Zeile(n). Es wird nichts importiert, außer Sie entscheiden, die fehlerhaften Zeilen auszulassen.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Importergebnis</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Import läuft...</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Abgebrochen: es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>From the spacing of the dates</source>
        <translation>Aus dem Abstand der Datumsangaben</translation>
    </message>
    <message>
        <source>Bar interval:</source>
        <translation>Bar-Intervall:</translation>
    </message>
    <message>
        <source>Bar interval: %1</source>
        <translation>Bar-Intervall: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>wird gelesen</translation>
    </message>
    <message>
        <source>storing</source>
        <translation>wird gespeichert</translation>
    </message>
</context>
<context>
    <name>sn::ui::IndicatorTexts</name>
    <message>
        <source>Simple moving average</source>
        <translation>Einfacher gleitender Durchschnitt</translation>
    </message>
    <message>
        <source>bars averaged</source>
        <translation>gemittelte Bars</translation>
    </message>
    <message>
        <source>arithmetic mean of the last period closes; first value at bar period-1</source>
        <translation>arithmetisches Mittel der letzten period Schlusskurse; erster Wert bei Bar period-1</translation>
    </message>
    <message>
        <source>Exponential moving average</source>
        <translation>Exponentieller gleitender Durchschnitt</translation>
    </message>
    <message>
        <source>span; alpha = 2/(period+1)</source>
        <translation>Spanne; alpha = 2/(period+1)</translation>
    </message>
    <message>
        <source>alpha = 2/(period+1), seeded with the SMA of the first period closes</source>
        <translation>alpha = 2/(period+1), gestartet mit dem SMA der ersten period Schlusskurse</translation>
    </message>
    <message>
        <source>Linearly weighted moving average</source>
        <translation>Linear gewichteter gleitender Durchschnitt</translation>
    </message>
    <message>
        <source>bars; weights 1..period</source>
        <translation>Bars; Gewichte 1..period</translation>
    </message>
    <message>
        <source>weights 1..period, newest heaviest, divided by period(period+1)/2</source>
        <translation>Gewichte 1..period, der neueste am schwersten, geteilt durch period(period+1)/2</translation>
    </message>
    <message>
        <source>Relative Strength Index (Wilder)</source>
        <translation>Relative-Stärke-Index (Wilder)</translation>
    </message>
    <message>
        <source>Wilder smoothing length</source>
        <translation>Länge der Wilder-Glättung</translation>
    </message>
    <message>
        <source>first averages are simple means of the first period changes, then Wilder smoothing; first value at bar period</source>
        <translation>die ersten Mittelwerte sind einfache Mittel der ersten period Änderungen, danach Wilder-Glättung; erster Wert bei Bar period</translation>
    </message>
    <message>
        <source>Moving Average Convergence/Divergence</source>
        <translation>Moving Average Convergence/Divergence (MACD)</translation>
    </message>
    <message>
        <source>fast EMA</source>
        <translation>schneller EMA</translation>
    </message>
    <message>
        <source>slow EMA (&gt; fast)</source>
        <translation>langsamer EMA (&gt; fast)</translation>
    </message>
    <message>
        <source>signal EMA of the line</source>
        <translation>Signal-EMA der Linie</translation>
    </message>
    <message>
        <source>line = EMA(fast) - EMA(slow); signal = EMA(signal) of the line seeded with its SMA</source>
        <translation>Linie = EMA(fast) - EMA(slow); Signal = EMA(signal) der Linie, gestartet mit ihrem SMA</translation>
    </message>
    <message>
        <source>Bollinger Bands</source>
        <translation>Bollinger-Bänder</translation>
    </message>
    <message>
        <source>SMA length</source>
        <translation>SMA-Länge</translation>
    </message>
    <message>
        <source>band width in standard deviations</source>
        <translation>Bandbreite in Standardabweichungen</translation>
    </message>
    <message>
        <source>mid = SMA; bands = mid +/- k x population standard deviation of the window (Bollinger)</source>
        <translation>Mitte = SMA; Bänder = Mitte +/- k x Standardabweichung (Grundgesamtheit) des Fensters (Bollinger)</translation>
    </message>
    <message>
        <source>Average True Range (Wilder)</source>
        <translation>Average True Range (Wilder)</translation>
    </message>
    <message>
        <source>TR of the first bar = high-low; first ATR = mean of the first period TRs, then Wilder smoothing</source>
        <translation>TR des ersten Bars = Hoch-Tief; erster ATR = Mittel der ersten period TRs, danach Wilder-Glättung</translation>
    </message>
    <message>
        <source>Stochastic oscillator %K/%D</source>
        <translation>Stochastik-Oszillator %K/%D</translation>
    </message>
    <message>
        <source>high/low lookback</source>
        <translation>Rückblick für Hoch/Tief</translation>
    </message>
    <message>
        <source>SMA of %K</source>
        <translation>SMA von %K</translation>
    </message>
    <message>
        <source>SMA applied to raw %K (1 = fast, 3 = slow)</source>
        <translation>SMA auf das rohe %K (1 = schnell, 3 = langsam)</translation>
    </message>
    <message>
        <source>raw %K = 100 (close - LL) / (HH - LL), 50 when HH = LL</source>
        <translation>rohes %K = 100 (Schluss - LL) / (HH - LL), 50 wenn HH = LL</translation>
    </message>
    <message>
        <source>Donchian channel</source>
        <translation>Donchian-Kanal</translation>
    </message>
    <message>
        <source>bars including the current one</source>
        <translation>Bars einschließlich des aktuellen</translation>
    </message>
    <message>
        <source>highest high / lowest low of the last period bars including the current one</source>
        <translation>höchstes Hoch / tiefstes Tief der letzten period Bars einschließlich des aktuellen</translation>
    </message>
    <message>
        <source>On-Balance Volume</source>
        <translation>On-Balance-Volumen</translation>
    </message>
    <message>
        <source>starts at 0 on the first bar</source>
        <translation>beginnt mit 0 beim ersten Bar</translation>
    </message>
    <message>
        <source>Rate of change (percent)</source>
        <translation>Änderungsrate (Prozent)</translation>
    </message>
    <message>
        <source>lookback bars</source>
        <translation>Bars Rückblick</translation>
    </message>
    <message>
        <source>100 (x[t] - x[t-period]) / x[t-period]</source>
        <translation>100 (x[t] - x[t-period]) / x[t-period]</translation>
    </message>
</context>
<context>
    <name>sn::ui::InstrumentTableModel</name>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Bars</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Last close</source>
        <translation>Letzter Schlusskurs</translation>
    </message>
</context>
<context>
    <name>sn::ui::JobsIndicator</name>
    <message>
        <source>Background job progress</source>
        <translation>Fortschritt der Hintergrundaufgabe</translation>
    </message>
    <message>
        <source>Cancel this job</source>
        <translation>Diese Aufgabe abbrechen</translation>
    </message>
    <message>
        <source>Cancel background job</source>
        <translation>Hintergrundaufgabe abbrechen</translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n weitere)</numerusform>
            <numerusform> (+%n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sn::ui::LabData</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>sn::ui::Language</name>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
</context>
<context>
    <name>sn::ui::MainWindow</name>
    <message>
        <source>SuperNova</source>
        <translation>SuperNova</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import CSV (wizard)...</source>
        <translation>CSV &amp;importieren (Assistent)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>Da&amp;ten</translation>
    </message>
    <message>
        <source>&amp;Load sample data</source>
        <translation>Beispieldaten &amp;laden</translation>
    </message>
    <message>
        <source>Re&amp;set sample data...</source>
        <translation>Beispieldaten &amp;zurücksetzen...</translation>
    </message>
    <message>
        <source>&amp;Remove sample data...</source>
        <translation>Beispieldaten &amp;entfernen...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About &amp;sample data</source>
        <translation>Über die &amp;Beispieldaten</translation>
    </message>
    <message>
        <source>&amp;About SuperNova</source>
        <translation>Über &amp;SuperNova</translation>
    </message>
    <message>
        <source>Loading sample data</source>
        <translation>Beispieldaten werden geladen</translation>
    </message>
    <message>
        <source>Sample data not loaded: %1</source>
        <translation>Beispieldaten nicht geladen: %1</translation>
    </message>
    <message>
        <source>Reset sample data</source>
        <translation>Beispieldaten zurücksetzen</translation>
    </message>
    <message>
        <source>Put the sample data back as shipped? Changes to the sample portfolio and watchlist are undone; your own data is kept.</source>
        <translation>Die Beispieldaten im Auslieferungszustand wiederherstellen? Änderungen am Beispieldepot und an der Beispiel-Beobachtungsliste gehen verloren; Ihre eigenen Daten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Resetting sample data</source>
        <translation>Beispieldaten werden zurückgesetzt</translation>
    </message>
    <message>
        <source>Remove sample data</source>
        <translation>Beispieldaten entfernen</translation>
    </message>
    <message>
        <source>Remove the sample instruments with their bars, the sample watchlist and the sample portfolio? Your own data is kept.</source>
        <translation>Die Beispielinstrumente mit ihren Bars, die Beispiel-Beobachtungsliste und das Beispieldepot entfernen? Ihre eigenen Daten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Removing sample data</source>
        <translation>Beispieldaten werden entfernt</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Guide for this area</source>
        <translation>&amp;Anleitung zu diesem Bereich</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>wird importiert</translation>
    </message>
</context>
<context>
    <name>sn::ui::MarketDataView</name>
    <message>
        <source>Market data</source>
        <translation>Marktdaten</translation>
    </message>
    <message>
        <source>&amp;Import bars from CSV...</source>
        <translation>Bars aus CSV &amp;importieren...</translation>
    </message>
    <message>
        <source>Filter instruments</source>
        <translation>Instrumente filtern</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumente</translation>
    </message>
    <message>
        <source>Bars of the selected instrument</source>
        <translation>Bars des gewählten Instruments</translation>
    </message>
    <message>
        <source>Import daily or intraday bars from a CSV file</source>
        <translation>Tages- oder Intraday-Bars aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>Loading instruments</source>
        <translation>Instrumente werden geladen</translation>
    </message>
    <message>
        <source>Could not read the instruments: %1</source>
        <translation>Die Instrumente konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2: no bars stored</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2: keine Bars gespeichert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 - %3 bars (%4), %5 to %6&lt;br&gt;&lt;small&gt;%7&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 - %3 Bars (%4), %5 bis %6&lt;br&gt;&lt;small&gt;%7&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>%1 wird geladen</translation>
    </message>
    <message>
        <source>Could not read the bars: %1</source>
        <translation>Die Bars konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Import bars</source>
        <translation>Bars importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n bar(s)</source>
        <translation>
            <numerusform>%n Bar importiert</numerusform>
            <numerusform>%n Bars importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, skipped %n bad row(s)</source>
        <translation>
            <numerusform>, %n fehlerhafte Zeile übersprungen</numerusform>
            <numerusform>, %n fehlerhafte Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Aus %1 wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Import good rows only</source>
        <translation>Nur fehlerfreie Zeilen importieren</translation>
    </message>
</context>
<context>
    <name>sn::ui::MarketFetchPanel</name>
    <message>
        <source>&amp;Fetch / refresh</source>
        <translation>&amp;Abrufen / aktualisieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Symbols to fetch, e.g. AAPL MSFT</source>
        <translation>Abzurufende Symbole, z. B. AAPL MSFT</translation>
    </message>
    <message>
        <source>Symbols to fetch</source>
        <translation>Abzurufende Symbole</translation>
    </message>
    <message>
        <source>Data provider</source>
        <translation>Datenanbieter</translation>
    </message>
    <message>
        <source>Fetched symbols: days covered, source and last update</source>
        <translation>Abgerufene Symbole: abgedeckte Tage, Quelle und letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Type one or more symbols to fetch.</source>
        <translation>Geben Sie ein oder mehrere abzurufende Symbole ein.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n symbol(s) from %1...</source>
        <translation>
            <numerusform>%n Symbol wird von %1 abgerufen...</numerusform>
            <numerusform>%n Symbole werden von %1 abgerufen...</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching market data</source>
        <translation>Marktdaten werden abgerufen</translation>
    </message>
    <message>
        <source>Loading fetch coverage</source>
        <translation>Abdeckung der abgerufenen Daten wird geladen</translation>
    </message>
    <message>
        <source>Scheduled refresh</source>
        <translation>Geplante Aktualisierung</translation>
    </message>
    <message>
        <source>Reading the refresh schedule</source>
        <translation>Zeitplan der Aktualisierung wird gelesen</translation>
    </message>
    <message>
        <source>Scheduled refresh: %1</source>
        <translation>Geplante Aktualisierung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Scheduled refresh of watchlist symbols: every %n minute(s)%1.</source>
        <translation>
            <numerusform>Geplante Aktualisierung der Symbole der Beobachtungslisten: alle %n Minute%1.</numerusform>
            <numerusform>Geplante Aktualisierung der Symbole der Beobachtungslisten: alle %n Minuten%1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, also on metered connections</source>
        <translation>, auch bei getakteten Verbindungen</translation>
    </message>
    <message>
        <source>, not on metered connections</source>
        <translation>, nicht bei getakteten Verbindungen</translation>
    </message>
    <message>
        <source>Scheduled refresh of watchlist symbols: off (Preferences &gt; Data providers).</source>
        <translation>Geplante Aktualisierung der Symbole der Beobachtungslisten: aus (Einstellungen &gt; Datenanbieter).</translation>
    </message>
    <message>
        <source>Last run %1: %2</source>
        <translation>Letzter Lauf %1: %2</translation>
    </message>
    <message>
        <source>Every data provider is disabled: enable one in Preferences &gt; Data providers.</source>
        <translation>Alle Datenanbieter sind deaktiviert: aktivieren Sie einen unter Einstellungen &gt; Datenanbieter.</translation>
    </message>
</context>
<context>
    <name>sn::ui::MessageBubble</name>
    <message>
        <source>Your question</source>
        <translation>Ihre Frage</translation>
    </message>
    <message>
        <source>Advisor&apos;s answer</source>
        <translation>Antwort des Beraters</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Answered by the offline advisor</source>
        <translation>Beantwortet vom Offline-Berater</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy this message as Markdown</source>
        <translation>Diese Nachricht als Markdown kopieren</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit this question and send it again</source>
        <translation>Diese Frage bearbeiten und erneut senden</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Ask this question again</source>
        <translation>Diese Frage erneut stellen</translation>
    </message>
</context>
<context>
    <name>sn::ui::MetricTexts</name>
    <message>
        <source>periodic returns r of the equity curve [starting cash, close of each bar]</source>
        <translation>periodische Renditen r der Kapitalkurve [Startkapital, Schlusskurs jedes Bars]</translation>
    </message>
    <message>
        <source>cash + positions valued at the last close</source>
        <translation>Bargeld + Positionen zum letzten Schlusskurs bewertet</translation>
    </message>
    <message>
        <source>an open position is valued at the last close</source>
        <translation>eine offene Position wird zum letzten Schlusskurs bewertet</translation>
    </message>
    <message>
        <source>final_equity / starting_cash - 1</source>
        <translation>Endkapital / Startkapital - 1</translation>
    </message>
    <message>
        <source>(final / start)^(1 / years) - 1</source>
        <translation>(Ende / Start)^(1 / Jahre) - 1</translation>
    </message>
    <message>
        <source>years = calendar days between the first and last bar / 365.25</source>
        <translation>Jahre = Kalendertage zwischen dem ersten und dem letzten Bar / 365,25</translation>
    </message>
    <message>
        <source>depth as a fraction of the peak; start = the peak&apos;s bar, trough, recovery = first bar back at the peak, duration = bars from peak to recovery (or to the last bar)</source>
        <translation>Tiefe als Anteil des Hochs; Beginn = Bar des Hochs, Tief, Erholung = erster Bar wieder auf dem Hoch, Dauer = Bars vom Hoch bis zur Erholung (oder bis zum letzten Bar)</translation>
    </message>
    <message>
        <source>bars with a position at the close / bars</source>
        <translation>Bars mit einer Position zum Schluss / Bars</translation>
    </message>
    <message>
        <source>closed round trips</source>
        <translation>abgeschlossene Round Trips (Kauf und Verkauf)</translation>
    </message>
    <message>
        <source>a position still open at the end is reported as open, not counted</source>
        <translation>eine am Ende noch offene Position wird als offen gemeldet, nicht gezählt</translation>
    </message>
    <message>
        <source>trades with net pnl &gt; 0 / trades</source>
        <translation>Trades mit Netto-G&amp;V &gt; 0 / Trades</translation>
    </message>
    <message>
        <source>pnl net of both commissions</source>
        <translation>G&amp;V nach beiden Kommissionen</translation>
    </message>
    <message>
        <source>sum of winning pnl / |sum of losing pnl|</source>
        <translation>Summe der Gewinne / |Summe der Verluste|</translation>
    </message>
    <message>
        <source>not defined without a losing trade</source>
        <translation>ohne Verlusttrade nicht definiert</translation>
    </message>
    <message>
        <source>sum of winning (losing) pnl / their count</source>
        <translation>Summe der Gewinne (Verluste) / ihre Anzahl</translation>
    </message>
    <message>
        <source>pnl net of commissions</source>
        <translation>G&amp;V nach Kommissionen</translation>
    </message>
    <message>
        <source>sum of trade pnl / trades</source>
        <translation>Summe der Trade-G&amp;V / Trades</translation>
    </message>
    <message>
        <source>currency per trade, net of commissions</source>
        <translation>Währung je Trade, nach Kommissionen</translation>
    </message>
    <message>
        <source>largest / smallest trade pnl</source>
        <translation>größte / kleinste Trade-G&amp;V</translation>
    </message>
    <message>
        <source>currency, net of commissions</source>
        <translation>Währung, nach Kommissionen</translation>
    </message>
    <message>
        <source>benchmark: buy &amp; hold of the same instrument, same costs</source>
        <translation>Benchmark: Buy-and-Hold desselben Instruments, gleiche Kosten</translation>
    </message>
</context>
<context>
    <name>sn::ui::NewsFeedsPage</name>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Feed URL or file</source>
        <translation>Feed-URL oder Datei</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>News feeds</source>
        <translation>Newsfeeds</translation>
    </message>
    <message>
        <source>News feeds status</source>
        <translation>Status der Newsfeeds</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Read the selected feed now and say how many items it holds; nothing is stored</source>
        <translation>Den gewählten Feed jetzt lesen und sagen, wie viele Meldungen er enthält; nichts wird gespeichert</translation>
    </message>
    <message>
        <source>RSS and Atom feeds (or feed and CSV headline files) that &lt;b&gt;Refresh news&lt;/b&gt; in the Charts area and &lt;tt&gt;supernova-cli news ingest&lt;/tt&gt; read. Give a symbol for a feed about one company; items of general feeds are linked by $cashtags and company names.</source>
        <translation>RSS- und Atom-Feeds (oder Feed- und CSV-Schlagzeilendateien), die &lt;b&gt;Nachrichten aktualisieren&lt;/b&gt; im Bereich Diagramme und &lt;tt&gt;supernova-cli news ingest&lt;/tt&gt; lesen. Geben Sie ein Symbol für einen Feed über ein einzelnes Unternehmen an; Meldungen allgemeiner Feeds werden über $Cashtags und Firmennamen zugeordnet.</translation>
    </message>
    <message>
        <source>Reading news feeds</source>
        <translation>Newsfeeds werden gelesen</translation>
    </message>
    <message>
        <source>No feeds yet: Add one, Test it, then Save.</source>
        <translation>Noch keine Feeds: fügen Sie einen hinzu, testen Sie ihn und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Could not read the feeds: %1</source>
        <translation>Die Feeds konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Select the feed to remove.</source>
        <translation>Wählen Sie den zu entfernenden Feed.</translation>
    </message>
    <message>
        <source>Removed; Save to keep the change.</source>
        <translation>Entfernt; speichern Sie, um die Änderung zu behalten.</translation>
    </message>
    <message>
        <source>Select the feed to test.</source>
        <translation>Wählen Sie den zu testenden Feed.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen...</translation>
    </message>
    <message>
        <source>Testing news feed</source>
        <translation>Newsfeed wird getestet</translation>
    </message>
    <message numerus="yes">
        <source>%1: a feed with %n item(s).</source>
        <translation>
            <numerusform>%1: ein Feed mit %n Meldung.</numerusform>
            <numerusform>%1: ein Feed mit %n Meldungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n feed(s).</source>
        <translation>
            <numerusform>%n Feed gespeichert.</numerusform>
            <numerusform>%n Feeds gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sn::ui::NewsList</name>
    <message>
        <source>&amp;Refresh news</source>
        <translation>Nachrichten &amp;aktualisieren</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Schlagzeile</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wertung</translation>
    </message>
    <message>
        <source>News list message</source>
        <translation>Meldung der Nachrichtenliste</translation>
    </message>
    <message>
        <source>News status</source>
        <translation>Nachrichtenstatus</translation>
    </message>
    <message>
        <source>News refresh status</source>
        <translation>Status der Nachrichtenaktualisierung</translation>
    </message>
    <message>
        <source>Read every enabled feed of Preferences &gt; News feeds now</source>
        <translation>Jeden aktivierten Feed aus Einstellungen &gt; Newsfeeds jetzt lesen</translation>
    </message>
    <message>
        <source>&lt;b&gt;News&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nachrichten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open a symbol to see its news.</source>
        <translation>Öffnen Sie ein Symbol, um seine Nachrichten zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;News about %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nachrichten zu %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no link)</source>
        <translation>(kein Link)</translation>
    </message>
    <message>
        <source>Click or press Enter to open %1</source>
        <translation>Klicken oder Enter drücken, um %1 zu öffnen</translation>
    </message>
    <message>
        <source>The feed gave no date: the time is when it was read.</source>
        <translation>Der Feed nannte kein Datum: die Zeit ist die des Lesens.</translation>
    </message>
    <message>
        <source>No news about %1 stored yet.

Add feeds under Preferences &gt; News feeds (Edit &gt; Preferences), then press Refresh news; or run
supernova-cli news ingest FEED --symbol %1</source>
        <translation>Zu %1 sind noch keine Nachrichten gespeichert.

Fügen Sie Feeds unter Einstellungen &gt; Newsfeeds hinzu (Bearbeiten &gt; Einstellungen) und drücken Sie dann „Nachrichten aktualisieren“; oder führen Sie aus:
supernova-cli news ingest FEED --symbol %1</translation>
    </message>
    <message numerus="yes">
        <source>No news about %1 in the period shown (%n item(s) stored). Zoom out to see them.</source>
        <translation>
            <numerusform>Keine Nachrichten zu %1 im gezeigten Zeitraum (%n Meldung gespeichert). Zoomen Sie heraus, um sie zu sehen.</numerusform>
            <numerusform>Keine Nachrichten zu %1 im gezeigten Zeitraum (%n Meldungen gespeichert). Zoomen Sie heraus, um sie zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in this period, from the newest %1 stored.</source>
        <translation>
            <numerusform>%n Meldung in diesem Zeitraum, aus den neuesten %1 gespeicherten.</numerusform>
            <numerusform>%n Meldungen in diesem Zeitraum, aus den neuesten %1 gespeicherten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in this period.</source>
        <translation>
            <numerusform>%n Meldung in diesem Zeitraum.</numerusform>
            <numerusform>%n Meldungen in diesem Zeitraum.</numerusform>
        </translation>
    </message>
    <message>
        <source>This item has no link.</source>
        <translation>Diese Meldung hat keinen Link.</translation>
    </message>
    <message>
        <source>Not opened: %1 is not a web link.</source>
        <translation>Nicht geöffnet: %1 ist kein Weblink.</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>sn::ui::NotesPanel</name>
    <message>
        <source>Add &amp;note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit mine...</source>
        <translation>Meine &amp;bearbeiten...</translation>
    </message>
    <message>
        <source>Team notes</source>
        <translation>Team-Notizen</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>A note for the team...</source>
        <translation>Eine Notiz für das Team...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Team notes&lt;/b&gt;: share this item with the team to add notes</source>
        <translation>&lt;b&gt;Team-Notizen&lt;/b&gt;: teilen Sie dieses Element mit dem Team, um Notizen hinzuzufügen</translation>
    </message>
    <message>
        <source>%1 · %2%3
%4</source>
        <translation>%1 · %2%3
%4</translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation> (bearbeitet)</translation>
    </message>
    <message>
        <source>Your note: Edit mine... changes it</source>
        <translation>Ihre Notiz: „Meine bearbeiten...“ ändert sie</translation>
    </message>
    <message>
        <source>%1&apos;s note: only they can change it</source>
        <translation>Notiz von %1: nur die Person selbst kann sie ändern</translation>
    </message>
    <message>
        <source>&lt;b&gt;Team notes&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Team-Notizen&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>Notes are for items shared with the team</source>
        <translation>Notizen gibt es für Elemente, die mit dem Team geteilt sind</translation>
    </message>
    <message>
        <source>Sign in to the team server first (Preferences &gt; Team)</source>
        <translation>Melden Sie sich zuerst beim Team-Server an (Einstellungen &gt; Team)</translation>
    </message>
    <message>
        <source>Only its author can change a note</source>
        <translation>Nur der Autor kann eine Notiz ändern</translation>
    </message>
    <message>
        <source>Note not added: %1</source>
        <translation>Notiz nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Note not changed: %1</source>
        <translation>Notiz nicht geändert: %1</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
</context>
<context>
    <name>sn::ui::OptimisationPanel</name>
    <message>
        <source>First parameter</source>
        <translation>Erster Parameter</translation>
    </message>
    <message>
        <source>Second parameter</source>
        <translation>Zweiter Parameter</translation>
    </message>
    <message>
        <source>Run s&amp;weep</source>
        <translation>&amp;Scan ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Apply to form</source>
        <translation>Ins &amp;Formular übernehmen</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation>Scan ausführen</translation>
    </message>
    <message>
        <source>Every combination of the two ranges on all cores (Ctrl+Shift+R)</source>
        <translation>Jede Kombination der beiden Bereiche auf allen Kernen (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Cancel sweep</source>
        <translation>Scan abbrechen</translation>
    </message>
    <message>
        <source>Sweep progress</source>
        <translation>Scan-Fortschritt</translation>
    </message>
    <message>
        <source>Sweep status</source>
        <translation>Scan-Status</translation>
    </message>
    <message>
        <source>Sweep heatmap</source>
        <translation>Scan-Heatmap</translation>
    </message>
    <message>
        <source>Best combinations</source>
        <translation>Beste Kombinationen</translation>
    </message>
    <message>
        <source>Apply combination to the form</source>
        <translation>Kombination ins Formular übernehmen</translation>
    </message>
    <message>
        <source>Chosen combination</source>
        <translation>Gewählte Kombination</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>Ran&amp;k by:</source>
        <translation>Sortieren &amp;nach:</translation>
    </message>
    <message>
        <source> from</source>
        <translation> von</translation>
    </message>
    <message>
        <source> to</source>
        <translation> bis</translation>
    </message>
    <message>
        <source> step</source>
        <translation> Schritt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Sweeping...</source>
        <translation>Scan läuft...</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Total return</source>
        <translation>Gesamtrendite</translation>
    </message>
    <message>
        <source>Final equity</source>
        <translation>Endkapital</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>Trades</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 combinations evaluated in %3 s; ranked by %4 (%5)</source>
        <translation>Abgebrochen: %1 von %2 Kombinationen in %3 s ausgewertet; sortiert nach %4 (%5)</translation>
    </message>
    <message>
        <source>%1 of %2 combinations evaluated in %3 s; ranked by %4 (%5)</source>
        <translation>%1 von %2 Kombinationen in %3 s ausgewertet; sortiert nach %4 (%5)</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>Choose the parameter ranges above and press Run sweep (Ctrl+Shift+R): every combination is tested and shown here.</source>
        <translation>Wählen Sie oben die Parameterbereiche und drücken Sie Scan ausführen (Ctrl+Shift+R): jede Kombination wird getestet und hier angezeigt.</translation>
    </message>
    <message>
        <source>The inputs changed since the last sweep, so its results were cleared. Run the sweep again to rank the combinations for the new inputs.</source>
        <translation>Die Eingaben haben sich seit dem letzten Scan geändert, daher wurden seine Ergebnisse gelöscht. Führen Sie den Scan erneut aus, um die Kombinationen für die neuen Eingaben zu ordnen.</translation>
    </message>
</context>
<context>
    <name>sn::ui::PortfolioView</name>
    <message>
        <source>Portfolio</source>
        <translation>Depot</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>Bestände</translation>
    </message>
    <message>
        <source>Positions of the portfolio on its valuation day</source>
        <translation>Positionen des Depots an seinem Bewertungstag</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>The portfolio&apos;s ledger; edit a cell in place, changes can be undone</source>
        <translation>Das Journal des Depots; Zellen direkt bearbeiten, Änderungen lassen sich rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Portfolio:</source>
        <translation>&amp;Depot:</translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation>Depotübersicht</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Line %1 not changed: %2</source>
        <translation>Zeile %1 nicht geändert: %2</translation>
    </message>
    <message>
        <source>Filter transactions (Ctrl+F)</source>
        <translation>Transaktionen filtern (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter transactions</source>
        <translation>Transaktionen filtern</translation>
    </message>
    <message>
        <source>&lt;b&gt;Holdings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bestände&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Transactions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Transaktionen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Import &amp;transactions...</source>
        <translation>&amp;Transaktionen importieren...</translation>
    </message>
    <message>
        <source>Import transactions from a CSV file into this portfolio</source>
        <translation>Transaktionen aus einer CSV-Datei in dieses Depot importieren</translation>
    </message>
    <message>
        <source>Import transactions</source>
        <translation>Transaktionen importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>E&amp;xport transactions...</source>
        <translation>Transaktionen e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Export transactions</source>
        <translation>Transaktionen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Add transaction</source>
        <translation>Transaktion &amp;hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Copy as TSV</source>
        <translation>Als TSV &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Filter transactions</source>
        <translation>Transaktionen &amp;filtern</translation>
    </message>
    <message>
        <source>Loading portfolios</source>
        <translation>Depots werden geladen</translation>
    </message>
    <message>
        <source>Loading portfolio %1</source>
        <translation>Depot %1 wird geladen</translation>
    </message>
    <message>
        <source>Not valued: %1</source>
        <translation>Nicht bewertet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Value %1 %2 (cash %3) on %4 · %n transaction(s)</source>
        <translation>
            <numerusform>Wert %1 %2 (Barbestand %3) am %4 · %n Transaktion</numerusform>
            <numerusform>Wert %1 %2 (Barbestand %3) am %4 · %n Transaktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Valuing %1</source>
        <translation>%1 wird bewertet</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n transaction(s)</source>
        <translation>
            <numerusform>%n Transaktion duplizieren</numerusform>
            <numerusform>%n Transaktionen duplizieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n transaction(s); Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%n Transaktion gelöscht; Ctrl+Z stellt sie wieder her.</numerusform>
            <numerusform>%n Transaktionen gelöscht; Ctrl+Z stellt sie wieder her.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n line(s) as tab-separated text.</source>
        <translation>
            <numerusform>%n Zeile als tabulatorgetrennten Text kopiert.</numerusform>
            <numerusform>%n Zeilen als tabulatorgetrennten Text kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Nichts importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n transaction(s) from %1.</source>
        <translation>
            <numerusform>%n Transaktion aus %1 importiert.</numerusform>
            <numerusform>%n Transaktionen aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>%1 wird exportiert</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n transaction(s) to %1.</source>
        <translation>
            <numerusform>%n Transaktion nach %1 exportiert.</numerusform>
            <numerusform>%n Transaktionen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Portfolio actions</source>
        <translation>Depot-Aktionen</translation>
    </message>
    <message>
        <source>&amp;New portfolio...</source>
        <translation>&amp;Neues Depot...</translation>
    </message>
    <message>
        <source>New portfolio</source>
        <translation>Neues Depot</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Base currency (three letters):</source>
        <translation>Basiswährung (drei Buchstaben):</translation>
    </message>
    <message>
        <source>&amp;Rename portfolio...</source>
        <translation>Depot &amp;umbenennen...</translation>
    </message>
    <message>
        <source>Rename portfolio</source>
        <translation>Depot umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>&amp;Delete portfolio...</source>
        <translation>Depot &amp;löschen...</translation>
    </message>
    <message>
        <source>Delete portfolio</source>
        <translation>Depot löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the portfolio &apos;%1&apos; and its %n transaction(s)? Instruments and prices stay. This cannot be undone.</source>
        <translation>
            <numerusform>Das Depot „%1“ und seine %n Transaktion löschen? Instrumente und Kurse bleiben erhalten. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Das Depot „%1“ und seine %n Transaktionen löschen? Instrumente und Kurse bleiben erhalten. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the type of the new line; then fill in the fields it takes</source>
        <translation>Wählen Sie den Typ der neuen Zeile und füllen Sie dann die zugehörigen Felder aus</translation>
    </message>
    <message>
        <source>No portfolio yet: create one with Portfolio &gt; New portfolio, or load the sample data.</source>
        <translation>Noch kein Depot: legen Sie eines über Depot &gt; Neues Depot an oder laden Sie die Beispieldaten.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>New %1: fill in %2; it is stored once complete.</source>
        <translation>Neue Zeile (%1): füllen Sie %2 aus; sie wird gespeichert, sobald sie vollständig ist.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>New line not stored: %1</source>
        <translation>Neue Zeile nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Stored the new %1.</source>
        <translation>Neue Zeile (%1) gespeichert.</translation>
    </message>
    <message>
        <source>Portfolio not created: %1</source>
        <translation>Depot nicht angelegt: %1</translation>
    </message>
    <message>
        <source>Created the portfolio &apos;%1&apos;.</source>
        <translation>Depot „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Portfolio not renamed: %1</source>
        <translation>Depot nicht umbenannt: %1</translation>
    </message>
    <message>
        <source>Renamed the portfolio to &apos;%1&apos;.</source>
        <translation>Depot in „%1“ umbenannt.</translation>
    </message>
    <message>
        <source>Portfolio not deleted: %1</source>
        <translation>Depot nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Deleted the portfolio &apos;%1&apos;.</source>
        <translation>Depot „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>New %1 on %2: fill in %3; it is stored once complete (Delete discards it).</source>
        <translation>Neue Zeile (%1) am %2: füllen Sie %3 aus; sie wird gespeichert, sobald sie vollständig ist (Löschen verwirft sie).</translation>
    </message>
    <message>
        <source>Not duplicated: %1</source>
        <translation>Nicht dupliziert: %1</translation>
    </message>
    <message>
        <source>New line discarded.</source>
        <translation>Neue Zeile verworfen.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>%1 at %2 of %3 (%4)</source>
        <translation>%1 zu %2 vom %3 (%4)</translation>
    </message>
    <message>
        <source> · FX: %1</source>
        <translation> · Wechselkurse: %1</translation>
    </message>
    <message>
        <source>ledger and holdings</source>
        <translation>Journal und Bestände</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>wird gelesen</translation>
    </message>
</context>
<context>
    <name>sn::ui::PriceChartView</name>
    <message>
        <source>Price chart</source>
        <translation>Kursdiagramm</translation>
    </message>
    <message>
        <source>Crosshair readout</source>
        <translation>Fadenkreuz-Anzeige</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schluss</translation>
    </message>
    <message>
        <source>Price pane</source>
        <translation>Kursbereich</translation>
    </message>
    <message>
        <source>Volume pane</source>
        <translation>Volumenbereich</translation>
    </message>
    <message>
        <source>Chart of %1 not loaded: no database</source>
        <translation>Diagramm von %1 nicht geladen: keine Datenbank</translation>
    </message>
    <message>
        <source>Loading chart of %1</source>
        <translation>Diagramm von %1 wird geladen</translation>
    </message>
    <message>
        <source>Chart of %1 not loaded: %2</source>
        <translation>Diagramm von %1 nicht geladen: %2</translation>
    </message>
    <message>
        <source>%1 pane</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <source>Loading %1 to compare</source>
        <translation>%1 wird zum Vergleich geladen</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Diagramm %1</translation>
    </message>
    <message>
        <source>Exported by SuperNova</source>
        <translation>Exportiert von SuperNova</translation>
    </message>
    <message>
        <source>No price bars to show</source>
        <translation>Keine Kurs-Bars anzuzeigen</translation>
    </message>
</context>
<context>
    <name>sn::ui::ReportActions</name>
    <message>
        <source>Export &amp;report...</source>
        <translation>Bericht &amp;exportieren...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Drucken...</translation>
    </message>
    <message>
        <source>A report is being built.</source>
        <translation>Ein Bericht wird erstellt.</translation>
    </message>
    <message>
        <source>Export a report of what this area shows (PDF, HTML, Markdown, Excel, CSV, JSON)</source>
        <translation>Einen Bericht über die Inhalte dieses Bereichs exportieren (PDF, HTML, Markdown, Excel, CSV, JSON)</translation>
    </message>
    <message>
        <source>Print a report of what this area shows</source>
        <translation>Einen Bericht über die Inhalte dieses Bereichs drucken</translation>
    </message>
    <message>
        <source>The logo set in Preferences (%1) is not a readable PNG or JPEG file; the report has none.</source>
        <translation>Das in den Einstellungen festgelegte Logo (%1) ist keine lesbare PNG- oder JPEG-Datei; der Bericht enthält kein Logo.</translation>
    </message>
    <message>
        <source>Building report</source>
        <translation>Bericht wird erstellt</translation>
    </message>
    <message>
        <source>No report: %1</source>
        <translation>Kein Bericht: %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>Nicht gedruckt: %1</translation>
    </message>
</context>
<context>
    <name>sn::ui::ReportExportDialog</name>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>HTML page (self-contained)</source>
        <translation>HTML-Seite (eigenständig)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-Arbeitsmappe (XLSX)</translation>
    </message>
    <message>
        <source>CSV files, one per table (folder)</source>
        <translation>CSV-Dateien, eine pro Tabelle (Ordner)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Data to %1 · fingerprint %2</source>
        <translation>Daten bis %1 · Fingerabdruck %2</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Seiten&amp;größe:</translation>
    </message>
    <message>
        <source>Follow the reader&apos;s system</source>
        <translation>Dem System des Lesers folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>HTML &amp;colours:</source>
        <translation>HTML-Fa&amp;rben:</translation>
    </message>
    <message>
        <source>optional, in every page&apos;s header</source>
        <translation>optional, in der Kopfzeile jeder Seite</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>F&amp;irma:</translation>
    </message>
    <message>
        <source>optional PNG or JPEG</source>
        <translation>optional, PNG oder JPEG</translation>
    </message>
    <message>
        <source>from Preferences</source>
        <translation>aus den Einstellungen</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>Pre&amp;view...</source>
        <translation>&amp;Vorschau...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Drucken...</translation>
    </message>
    <message>
        <source>&amp;Save as...</source>
        <translation>&amp;Speichern unter...</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Ordner für die CSV-Dateien</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>%1 wird geschrieben...</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
</context>
<context>
    <name>sn::ui::ReportSettingsPage</name>
    <message>
        <source>the logo &apos;%1&apos; cannot be read: %2</source>
        <translation>das Logo „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the logo &apos;%1&apos; is not a PNG or JPEG file</source>
        <translation>das Logo „%1“ ist keine PNG- oder JPEG-Datei</translation>
    </message>
    <message>
        <source>optional, e.g. Acme Research</source>
        <translation>optional, z. B. Acme Research</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>optional PNG or JPEG file</source>
        <translation>optionale PNG- oder JPEG-Datei</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Logodatei</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>&amp;Firmenname:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>Shown in the header of every PDF and HTML report, from the desktop and from supernova-cli report.</source>
        <translation>Erscheint in der Kopfzeile jedes PDF- und HTML-Berichts, sowohl in der Desktop-Anwendung als auch bei supernova-cli report.</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>Einstellungen werden gelesen</translation>
    </message>
    <message>
        <source>Could not read the report settings: %1</source>
        <translation>Die Berichtseinstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Logo for reports</source>
        <translation>Logo für Berichte</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>sn::ui::ResultsPanel</name>
    <message>
        <source>Total return</source>
        <translation>Gesamtrendite</translation>
    </message>
    <message>
        <source>CAGR</source>
        <translation>CAGR</translation>
    </message>
    <message>
        <source>Sharpe</source>
        <translation>Sharpe</translation>
    </message>
    <message>
        <source>Sortino</source>
        <translation>Sortino</translation>
    </message>
    <message>
        <source>Max drawdown</source>
        <translation>Max. Drawdown</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>Trades</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Profit factor</source>
        <translation>Profitfaktor</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Equity against buy and hold</source>
        <translation>Kapitalkurve gegenüber Buy-and-Hold</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Kapital</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Buy &amp; hold</source>
        <translation>Buy &amp; Hold</translation>
    </message>
    <message>
        <source>Drawdown</source>
        <translation>Drawdown</translation>
    </message>
    <message>
        <source>Drawdown (%)</source>
        <translation>Drawdown (%)</translation>
    </message>
    <message>
        <source>Monthly returns</source>
        <translation>Monatsrenditen</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Month (return in %)</source>
        <translation>Monat (Rendite in %)</translation>
    </message>
    <message>
        <source>Compounded return of each calendar month, from the last close of the previous month</source>
        <translation>Aufgezinste Rendite jedes Kalendermonats, ab dem letzten Schlusskurs des Vormonats</translation>
    </message>
    <message>
        <source>No run yet: fill in the form and press Run (Ctrl+R).</source>
        <translation>Noch kein Lauf: füllen Sie das Formular aus und drücken Sie Ausführen (Ctrl+R).</translation>
    </message>
    <message>
        <source>  (fills at the deciding bar&apos;s close: optimistic)</source>
        <translation>  (Ausführung zum Schlusskurs des auslösenden Bars: optimistisch)</translation>
    </message>
    <message>
        <source>Convention: %1</source>
        <translation>Konvention: %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Monthly returns appear here after a run (Ctrl+R).</source>
        <translation>Monatsrenditen erscheinen hier nach einem Lauf (Ctrl+R).</translation>
    </message>
</context>
<context>
    <name>sn::ui::RiskView</name>
    <message>
        <source>Rebalancing proposal</source>
        <translation>Rebalancing-Vorschlag</translation>
    </message>
    <message>
        <source>No beta: %1</source>
        <translation>Kein Beta: %1</translation>
    </message>
    <message>
        <source>No benchmark comparison: %1</source>
        <translation>Kein Benchmark-Vergleich: %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3 rows, %4 to %5)</source>
        <translation>%1 (%2, %3 Zeilen, %4 bis %5)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>historical</source>
        <translation>historisch</translation>
    </message>
    <message>
        <source>parametric normal</source>
        <translation>parametrisch normal</translation>
    </message>
    <message>
        <source>Cornish-Fisher</source>
        <translation>Cornish-Fisher</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>Monte Carlo</translation>
    </message>
    <message>
        <source>Convention: %1 (%2 periods/year, %3, risk-free %4 a year)</source>
        <translation>Konvention: %1 (%2 Perioden/Jahr, %3, risikofrei %4 pro Jahr)</translation>
    </message>
    <message>
        <source>sample deviation</source>
        <translation>Stichproben-Standardabweichung</translation>
    </message>
    <message>
        <source>population deviation</source>
        <translation>Grundgesamtheits-Standardabweichung</translation>
    </message>
    <message>
        <source>Active convention</source>
        <translation>Aktive Konvention</translation>
    </message>
    <message>
        <source>Risk status</source>
        <translation>Risikostatus</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Depot</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Konvention</translation>
    </message>
    <message>
        <source>How the statistics are defined (annualisation, deviation, risk-free handling)</source>
        <translation>Wie die Kennzahlen definiert sind (Annualisierung, Standardabweichung, Behandlung des risikofreien Zinses)</translation>
    </message>
    <message>
        <source>&amp;Portfolio:</source>
        <translation>&amp;Depot:</translation>
    </message>
    <message>
        <source>Con&amp;vention:</source>
        <translation>&amp;Konvention:</translation>
    </message>
    <message>
        <source>Risk panels</source>
        <translation>Risikobereiche</translation>
    </message>
    <message>
        <source>&amp;Correlation</source>
        <translation>&amp;Korrelation</translation>
    </message>
    <message>
        <source>&amp;Monte Carlo</source>
        <translation>&amp;Monte Carlo</translation>
    </message>
    <message>
        <source>&amp;Stress tests</source>
        <translation>&amp;Stresstests</translation>
    </message>
    <message>
        <source>&amp;Efficient frontier</source>
        <translation>&amp;Effizienzlinie</translation>
    </message>
    <message>
        <source>&amp;Rebalancing</source>
        <translation>&amp;Rebalancing</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Risk metrics</source>
        <translation>Risikokennzahlen</translation>
    </message>
    <message>
        <source>How computed</source>
        <translation>Berechnung</translation>
    </message>
    <message>
        <source>VaR method</source>
        <translation>VaR-Methode</translation>
    </message>
    <message>
        <source>Historical</source>
        <translation>Historisch</translation>
    </message>
    <message>
        <source>Parametric (normal)</source>
        <translation>Parametrisch (normal)</translation>
    </message>
    <message>
        <source>Parametric (Cornish-Fisher)</source>
        <translation>Parametrisch (Cornish-Fisher)</translation>
    </message>
    <message>
        <source>VaR confidence</source>
        <translation>VaR-Konfidenzniveau</translation>
    </message>
    <message>
        <source>VaR horizon</source>
        <translation>VaR-Horizont</translation>
    </message>
    <message>
        <source> trading day(s)</source>
        <translation> Handelstag(e)</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Value at Risk</translation>
    </message>
    <message>
        <source>Me&amp;thod:</source>
        <translation>Me&amp;thode:</translation>
    </message>
    <message>
        <source>Con&amp;fidence:</source>
        <translation>Kon&amp;fidenzniveau:</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>&amp;Horizont:</translation>
    </message>
    <message>
        <source>&lt;b&gt;How computed&lt;/b&gt; (the selected metric)</source>
        <translation>&lt;b&gt;Berechnung&lt;/b&gt; (der gewählten Kennzahl)</translation>
    </message>
    <message>
        <source>Correlation notes</source>
        <translation>Hinweise zur Korrelation</translation>
    </message>
    <message>
        <source>Monte Carlo fan chart</source>
        <translation>Monte-Carlo-Fächerdiagramm</translation>
    </message>
    <message>
        <source>Monte Carlo notes</source>
        <translation>Hinweise zu Monte Carlo</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>P&amp;L</source>
        <translation>G/V</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Stress tests</source>
        <translation>Stresstests</translation>
    </message>
    <message>
        <source>Stress test notes</source>
        <translation>Hinweise zu den Stresstests</translation>
    </message>
    <message>
        <source>Efficient frontier</source>
        <translation>Effizienzlinie</translation>
    </message>
    <message>
        <source>Frontier points</source>
        <translation>Punkte der Effizienzlinie</translation>
    </message>
    <message>
        <source>Frontier portfolio</source>
        <translation>Portfolio der Effizienzlinie</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Current weight (invested)</source>
        <translation>Aktuelle Gewichtung (investiert)</translation>
    </message>
    <message>
        <source>Selected weight</source>
        <translation>Gewählte Gewichtung</translation>
    </message>
    <message>
        <source>Weights of the selected portfolio</source>
        <translation>Gewichtungen des gewählten Portfolios</translation>
    </message>
    <message>
        <source>Frontier notes</source>
        <translation>Hinweise zur Effizienzlinie</translation>
    </message>
    <message>
        <source>Poi&amp;nts:</source>
        <translation>Pu&amp;nkte:</translation>
    </message>
    <message>
        <source>Sho&amp;w weights of:</source>
        <translation>Ge&amp;wichtungen anzeigen von:</translation>
    </message>
    <message>
        <source>Current weight (of total)</source>
        <translation>Aktuelle Gewichtung (vom Gesamtwert)</translation>
    </message>
    <message>
        <source>Target weight (%)</source>
        <translation>Zielgewichtung (%)</translation>
    </message>
    <message>
        <source>Target weights</source>
        <translation>Zielgewichtungen</translation>
    </message>
    <message>
        <source>Sum of the target weights</source>
        <translation>Summe der Zielgewichtungen</translation>
    </message>
    <message>
        <source>From the &amp;selected frontier portfolio</source>
        <translation>Aus dem &amp;gewählten Portfolio der Effizienzlinie</translation>
    </message>
    <message>
        <source>Targets from the selected frontier portfolio</source>
        <translation>Ziele aus dem gewählten Portfolio der Effizienzlinie</translation>
    </message>
    <message>
        <source>E&amp;qual weight</source>
        <translation>G&amp;leichgewichtung</translation>
    </message>
    <message>
        <source>Equal-weight targets</source>
        <translation>Gleichgewichtete Ziele</translation>
    </message>
    <message>
        <source>W&amp;hole shares</source>
        <translation>Nur &amp;ganze Stücke</translation>
    </message>
    <message>
        <source>Trade whole shares only</source>
        <translation>Nur ganze Stücke handeln</translation>
    </message>
    <message>
        <source>&amp;Propose trades</source>
        <translation>Trades &amp;vorschlagen</translation>
    </message>
    <message>
        <source>Propose trades</source>
        <translation>Trades vorschlagen</translation>
    </message>
    <message>
        <source>&amp;Apply as transactions</source>
        <translation>Als Transaktionen &amp;übernehmen</translation>
    </message>
    <message>
        <source>Apply the proposed trades as transactions</source>
        <translation>Die vorgeschlagenen Trades als Transaktionen übernehmen</translation>
    </message>
    <message>
        <source>Stores the trades as buy and sell lines on the valuation day; Edit &gt; Undo removes them</source>
        <translation>Speichert die Trades als Kauf- und Verkaufszeilen am Bewertungstag; Bearbeiten &gt; Rückgängig entfernt sie</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Proposed trades</source>
        <translation>Vorgeschlagene Trades</translation>
    </message>
    <message>
        <source>Rebalancing notes</source>
        <translation>Hinweise zum Rebalancing</translation>
    </message>
    <message>
        <source>&lt;b&gt;Targets&lt;/b&gt; (edit the weights, then propose)</source>
        <translation>&lt;b&gt;Ziele&lt;/b&gt; (Gewichtungen bearbeiten, dann vorschlagen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proposed trades&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vorgeschlagene Trades&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Some panels could not be computed; see their notes.</source>
        <translation>Einige Bereiche konnten nicht berechnet werden; siehe deren Hinweise.</translation>
    </message>
    <message>
        <source>Reading portfolios and analytics settings</source>
        <translation>Depots und Analyseeinstellungen werden gelesen</translation>
    </message>
    <message>
        <source>Risk view not loaded: %1</source>
        <translation>Risikoansicht nicht geladen: %1</translation>
    </message>
    <message>
        <source>No portfolio yet: create one or import transactions in the Portfolio area.</source>
        <translation>Noch kein Depot: legen Sie eines an oder importieren Sie Transaktionen im Bereich Depot.</translation>
    </message>
    <message>
        <source>Computing the risk of &apos;%1&apos;…</source>
        <translation>Risiko von „%1“ wird berechnet…</translation>
    </message>
    <message>
        <source>Risk of %1</source>
        <translation>Risiko von %1</translation>
    </message>
    <message>
        <source>Risk not computed: %1</source>
        <translation>Risiko nicht berechnet: %1</translation>
    </message>
    <message>
        <source>Performance of %1</source>
        <translation>Performance von %1</translation>
    </message>
    <message>
        <source>Performance not computed: %1</source>
        <translation>Performance nicht berechnet: %1</translation>
    </message>
    <message>
        <source>Monte Carlo projection of %1</source>
        <translation>Monte-Carlo-Projektion von %1</translation>
    </message>
    <message>
        <source>Projection not computed: %1</source>
        <translation>Projektion nicht berechnet: %1</translation>
    </message>
    <message>
        <source>Stress tests of %1</source>
        <translation>Stresstests von %1</translation>
    </message>
    <message>
        <source>Stress tests not computed: %1</source>
        <translation>Stresstests nicht berechnet: %1</translation>
    </message>
    <message>
        <source>Efficient frontier of %1</source>
        <translation>Effizienzlinie von %1</translation>
    </message>
    <message>
        <source>Frontier not computed: %1</source>
        <translation>Effizienzlinie nicht berechnet: %1</translation>
    </message>
    <message>
        <source>No optimal portfolio to start from; use equal weights or type targets.</source>
        <translation>Kein optimales Portfolio als Ausgangspunkt; verwenden Sie Gleichgewichtung oder geben Sie Ziele ein.</translation>
    </message>
    <message>
        <source>Rebalancing proposal for %1</source>
        <translation>Rebalancing-Vorschlag für %1</translation>
    </message>
    <message>
        <source>No proposal: %1</source>
        <translation>Kein Vorschlag: %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Annual return</source>
        <translation>Jahresrendite</translation>
    </message>
    <message>
        <source>Volatility (annual)</source>
        <translation>Volatilität (jährlich)</translation>
    </message>
    <message>
        <source>Sharpe ratio</source>
        <translation>Sharpe-Ratio</translation>
    </message>
    <message>
        <source>Sortino ratio</source>
        <translation>Sortino-Ratio</translation>
    </message>
    <message>
        <source>Calmar ratio</source>
        <translation>Calmar-Ratio</translation>
    </message>
    <message>
        <source>peak %1, trough %2, %3</source>
        <translation>Hochpunkt %1, Tiefpunkt %2, %3</translation>
    </message>
    <message>
        <source>recovered %1</source>
        <translation>erholt %1</translation>
    </message>
    <message>
        <source>not recovered</source>
        <translation>nicht erholt</translation>
    </message>
    <message>
        <source>Maximum drawdown</source>
        <translation>Maximaler Drawdown</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <source>Beta vs %1</source>
        <translation>Beta ggü. %1</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <source>Alpha vs %1</source>
        <translation>Alpha ggü. %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, %n day(s), %3</source>
        <translation>
            <numerusform>%1 %2, %n Tag, %3</numerusform>
            <numerusform>%1 %2, %n Tage, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>VaR</source>
        <translation>VaR</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 von %3</translation>
    </message>
    <message>
        <source>CVaR</source>
        <translation>CVaR</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Time-weighted return (TTWROR)</source>
        <translation>Zeitgewichtete Rendite (TTWROR)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>TTWROR annualised</source>
        <translation>TTWROR annualisiert</translation>
    </message>
    <message>
        <source>Money-weighted return (IRR)</source>
        <translation>Geldgewichtete Rendite (IRR)</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>No explanation in the report.</source>
        <translation>Keine Erläuterung im Bericht.</translation>
    </message>
    <message>
        <source>Convention:</source>
        <translation>Konvention:</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <source>No correlation: %1</source>
        <translation>Keine Korrelation: %1</translation>
    </message>
    <message>
        <source>%1th percentile</source>
        <translation>%1. Perzentil</translation>
    </message>
    <message>
        <source>5th to 95th percentile</source>
        <translation>5. bis 95. Perzentil</translation>
    </message>
    <message>
        <source>25th to 75th percentile</source>
        <translation>25. bis 75. Perzentil</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Trading days ahead</source>
        <translation>Handelstage voraus</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>Wert (%1)</translation>
    </message>
    <message>
        <source>%1 paths, %2 from %3 %4</source>
        <translation>%1 Pfade, %2 ab %3 %4</translation>
    </message>
    <message>
        <source>bootstrap</source>
        <translation>Bootstrap</translation>
    </message>
    <message>
        <source>GBM</source>
        <translation>GBM</translation>
    </message>
    <message numerus="yes">
        <source>After %n trading day(s): median %1, 5th percentile %2, 95th percentile %3. </source>
        <translation>
            <numerusform>Nach %n Handelstag: Median %1, 5. Perzentil %2, 95. Perzentil %3. </numerusform>
            <numerusform>Nach %n Handelstagen: Median %1, 5. Perzentil %2, 95. Perzentil %3. </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>No proxy series.</source>
        <translation>Keine Ersatzreihe.</translation>
    </message>
    <message>
        <source>Proxy: %1.</source>
        <translation>Ersatzreihe: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Efficient frontier (%n point(s))</source>
        <translation>
            <numerusform>Effizienzlinie (%n Punkt)</numerusform>
            <numerusform>Effizienzlinie (%n Punkte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Minimum variance</source>
        <translation>Minimale Varianz</translation>
    </message>
    <message>
        <source>Maximum Sharpe</source>
        <translation>Maximales Sharpe</translation>
    </message>
    <message>
        <source>Current portfolio (realised)</source>
        <translation>Aktuelles Depot (realisiert)</translation>
    </message>
    <message>
        <source>Volatility (annual, %)</source>
        <translation>Volatilität (jährlich, %)</translation>
    </message>
    <message>
        <source>Expected return (annual, %)</source>
        <translation>Erwartete Rendite (jährlich, %)</translation>
    </message>
    <message>
        <source>%1 daily returns, %2 to %3</source>
        <translation>%1 Tagesrenditen, %2 bis %3</translation>
    </message>
    <message>
        <source>Frontier point %1: volatility %2 %, return %3 %</source>
        <translation>Punkt %1 der Effizienzlinie: Volatilität %2 %, Rendite %3 %</translation>
    </message>
    <message>
        <source>No maximum-Sharpe portfolio: %1</source>
        <translation>Kein Portfolio mit maximalem Sharpe: %1</translation>
    </message>
    <message>
        <source>The current portfolio is shown at its realised annual volatility and return (cash included).</source>
        <translation>Das aktuelle Depot wird mit seiner realisierten jährlichen Volatilität und Rendite gezeigt (inkl. Barbestand).</translation>
    </message>
    <message>
        <source>Targets sum to %1 % of the total value (holdings + cash); they must sum to 100 %.</source>
        <translation>Die Ziele ergeben %1 % des Gesamtwerts (Bestände + Barbestand); sie müssen 100 % ergeben.</translation>
    </message>
    <message>
        <source>Per cent of the total value (holdings + cash)</source>
        <translation>Prozent des Gesamtwerts (Bestände + Barbestand)</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>On %1: total %2 %3, cash after %4 %3, fees %5 %3. %6</source>
        <translation>Am %1: gesamt %2 %3, Barbestand danach %4 %3, Gebühren %5 %3. %6</translation>
    </message>
    <message numerus="yes">
        <source>Apply rebalancing (%n trade(s))</source>
        <translation>
            <numerusform>Rebalancing übernehmen (%n Trade)</numerusform>
            <numerusform>Rebalancing übernehmen (%n Trades)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 to %4, %Ln observation(s)</source>
        <translation>
            <numerusform>%1 (%2): %3 bis %4, %Ln Beobachtung</numerusform>
            <numerusform>%1 (%2): %3 bis %4, %Ln Beobachtungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No risk figures yet: pick a portfolio and wait for them.</source>
        <translation>Noch keine Risikokennzahlen: wählen Sie ein Depot und warten Sie, bis sie berechnet sind.</translation>
    </message>
    <message>
        <source>No risk report: %1</source>
        <translation>Kein Risikobericht: %1</translation>
    </message>
    <message>
        <source>Projection horizon</source>
        <translation>Projektionshorizont</translation>
    </message>
    <message>
        <source> trading days</source>
        <translation> Handelstage</translation>
    </message>
    <message>
        <source>How far ahead the paths run: 252 trading days are about a year</source>
        <translation>Wie weit die Pfade in die Zukunft reichen: 252 Handelstage sind etwa ein Jahr</translation>
    </message>
    <message>
        <source>Simulated paths</source>
        <translation>Simulierte Pfade</translation>
    </message>
    <message>
        <source>More paths give steadier percentiles and take longer</source>
        <translation>Mehr Pfade ergeben stabilere Perzentile und dauern länger</translation>
    </message>
    <message>
        <source>Hori&amp;zon:</source>
        <translation>Hori&amp;zont:</translation>
    </message>
    <message>
        <source>Pa&amp;ths:</source>
        <translation>Pf&amp;ade:</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Szenarioname</translation>
    </message>
    <message>
        <source>Scenario name, e.g. Tech sell-off</source>
        <translation>Szenarioname, z. B. Tech-Ausverkauf</translation>
    </message>
    <message>
        <source>Shock applies to</source>
        <translation>Schock gilt für</translation>
    </message>
    <message>
        <source>Every position (market-wide)</source>
        <translation>Alle Positionen (marktweit)</translation>
    </message>
    <message>
        <source>One asset class</source>
        <translation>Eine Anlageklasse</translation>
    </message>
    <message>
        <source>One instrument</source>
        <translation>Ein Instrument</translation>
    </message>
    <message>
        <source>Asset class or symbol</source>
        <translation>Anlageklasse oder Symbol</translation>
    </message>
    <message>
        <source>equity, bond, ... or a symbol</source>
        <translation>equity, bond, ... oder ein Symbol</translation>
    </message>
    <message>
        <source>Price change</source>
        <translation>Kursänderung</translation>
    </message>
    <message>
        <source>&amp;Add scenario</source>
        <translation>Szenario hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Remove selected scenario</source>
        <translation>Gewähltes Szenario entfernen</translation>
    </message>
    <message>
        <source>Removes your own scenario selected in the table; the built-in ones stay</source>
        <translation>Entfernt Ihr eigenes, in der Tabelle gewähltes Szenario; die integrierten bleiben erhalten</translation>
    </message>
    <message>
        <source>Scenario not added: %1</source>
        <translation>Szenario nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Select one of your own scenarios (below the built-in ones) to remove it.</source>
        <translation>Wählen Sie eines Ihrer eigenen Szenarien (unter den integrierten), um es zu entfernen.</translation>
    </message>
    <message>
        <source>Scenarios not saved: %1</source>
        <translation>Szenarien nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>own history</source>
        <translation>eigene Historie</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>Ersatzreihe</translation>
    </message>
    <message>
        <source>market-wide shock</source>
        <translation>marktweiter Schock</translation>
    </message>
    <message>
        <source>shock to %1</source>
        <translation>Schock auf %1</translation>
    </message>
    <message>
        <source>a stress scenario needs a name</source>
        <translation>ein Stressszenario braucht einen Namen</translation>
    </message>
    <message>
        <source>custom stress</source>
        <translation>eigenes Stressszenario</translation>
    </message>
    <message>
        <source>name the asset class or the instrument the shock moves</source>
        <translation>nennen Sie die Anlageklasse oder das Instrument, das der Schock bewegt</translation>
    </message>
    <message>
        <source>custom stress &apos;%1&apos;</source>
        <translation>eigenes Stressszenario &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the change must be above -100 % and at most +1000 %</source>
        <translation>die Veränderung muss über -100 % und höchstens +1000 % liegen</translation>
    </message>
    <message>
        <source>not a JSON array of scenarios</source>
        <translation>kein JSON-Array von Szenarien</translation>
    </message>
    <message>
        <source>unknown scope &apos;%1&apos;</source>
        <translation>unbekannter Geltungsbereich &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>sn::ui::RuleEditor</name>
    <message>
        <source>Run this rule instead of the form&apos;s strategy</source>
        <translation>Diese Regel statt der Strategie im Formular ausführen</translation>
    </message>
    <message>
        <source>New rule from built-in</source>
        <translation>Neue Regel aus integrierter Strategie</translation>
    </message>
    <message>
        <source>New rule from built-in...</source>
        <translation>Neue Regel aus integrierter Strategie...</translation>
    </message>
    <message>
        <source>Rule text</source>
        <translation>Regeltext</translation>
    </message>
    <message>
        <source>param fast: int = 10 in 2..200
param slow: int = 30 in 5..400
entry = cross_above(sma(close, fast), sma(close, slow))
exit = cross_below(sma(close, fast), sma(close, slow))</source>
        <translation>param fast: int = 10 in 2..200
param slow: int = 30 in 5..400
entry = cross_above(sma(close, fast), sma(close, slow))
exit = cross_below(sma(close, fast), sma(close, slow))</translation>
    </message>
    <message>
        <source>Rule problems</source>
        <translation>Probleme in der Regel</translation>
    </message>
    <message>
        <source>Rule summary</source>
        <translation>Regelübersicht</translation>
    </message>
    <message>
        <source>Run this rule in the lab</source>
        <translation>Diese Regel im Labor ausführen</translation>
    </message>
    <message>
        <source>Open...</source>
        <translation>Öffnen...</translation>
    </message>
    <message>
        <source>Open a rule file</source>
        <translation>Eine Regeldatei öffnen</translation>
    </message>
    <message>
        <source>Save as...</source>
        <translation>Speichern unter...</translation>
    </message>
    <message>
        <source>Save the rule to a file</source>
        <translation>Die Regel in einer Datei speichern</translation>
    </message>
    <message>
        <source>Rules (*.rule *.txt);;All files (*)</source>
        <translation>Regeln (*.rule *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open rule</source>
        <translation>Regel öffnen</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Regel speichern</translation>
    </message>
    <message>
        <source>Parameters (from the &apos;param&apos; lines):</source>
        <translation>Parameter (aus den „param“-Zeilen):</translation>
    </message>
    <message>
        <source>Compiles: %1 parameter(s), %2, %3 plan nodes (%4 indicator arrays shared with sweeps).</source>
        <translation>Kompiliert: %1 Parameter, %2, %3 Planknoten (%4 Indikator-Arrays, die mit Scans geteilt werden).</translation>
    </message>
    <message>
        <source>long and short</source>
        <translation>Long und Short</translation>
    </message>
    <message>
        <source>long only</source>
        <translation>nur Long</translation>
    </message>
    <message>
        <source>Write a rule or start from a built-in.</source>
        <translation>Schreiben Sie eine Regel oder beginnen Sie mit einer integrierten Strategie.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): hover an underline or pick a line below.</source>
        <translation>
            <numerusform>%n Problem: zeigen Sie auf eine Unterstreichung oder wählen Sie unten eine Zeile.</numerusform>
            <numerusform>%n Probleme: zeigen Sie auf eine Unterstreichung oder wählen Sie unten eine Zeile.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>larger than %1 bytes: not a rule</source>
        <translation>größer als %1 Bytes: keine Regel</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>sn::ui::RuleHighlighter</name>
    <message>
        <source>%1
hint: %2</source>
        <translation>%1
Hinweis: %2</translation>
    </message>
</context>
<context>
    <name>sn::ui::RuleLibraryPanel</name>
    <message>
        <source>&amp;Open in editor</source>
        <translation>Im Editor ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Save as &amp;new version</source>
        <translation>Als &amp;neue Version speichern</translation>
    </message>
    <message>
        <source>Stored rules</source>
        <translation>Gespeicherte Regeln</translation>
    </message>
    <message>
        <source>Versions of the selected rule</source>
        <translation>Versionen der gewählten Regel</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Regelname</translation>
    </message>
    <message>
        <source>letters, digits, _ - .</source>
        <translation>Buchstaben, Ziffern, _ - .</translation>
    </message>
    <message>
        <source>Why this version</source>
        <translation>Grund für diese Version</translation>
    </message>
    <message>
        <source>optional note</source>
        <translation>optionale Notiz</translation>
    </message>
    <message>
        <source>Rule library status</source>
        <translation>Status der Regelbibliothek</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1  (v%2)</source>
        <translation>%1  (v%2)</translation>
    </message>
    <message>
        <source>v%1  %2%3</source>
        <translation>v%1  %2%3</translation>
    </message>
    <message>
        <source>Opened %1 version %2</source>
        <translation>%1 Version %2 geöffnet</translation>
    </message>
    <message>
        <source>Saved %1 as version %2</source>
        <translation>%1 als Version %2 gespeichert</translation>
    </message>
    <message>
        <source>%1 is unchanged: the text equals version %2</source>
        <translation>%1 ist unverändert: der Text entspricht Version %2</translation>
    </message>
</context>
<context>
    <name>sn::ui::RunHistoryPanel</name>
    <message>
        <source>Saved runs</source>
        <translation>Gespeicherte Läufe</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Compare two</source>
        <translation>Zwei &amp;vergleichen</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <translation>Vergleich der Läufe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Reopen run</source>
        <translation>Lauf wieder öffnen</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>Lauf umbenennen</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Lauf löschen</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>Select two runs (Ctrl+click) to compare their KPIs and equity</source>
        <translation>Zwei Läufe auswählen (Ctrl+Klick), um Kennzahlen und Kapitalkurven zu vergleichen</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Verlaufsstatus</translation>
    </message>
    <message>
        <source>Equity of the compared runs</source>
        <translation>Kapitalkurven der verglichenen Läufe</translation>
    </message>
    <message>
        <source>Compared equity</source>
        <translation>Verglichene Kapitalkurven</translation>
    </message>
    <message>
        <source>A run needs a name</source>
        <translation>Ein Lauf braucht einen Namen</translation>
    </message>
    <message>
        <source>Delete saved runs</source>
        <translation>Gespeicherte Läufe löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n saved run(s)? This cannot be undone.</source>
        <translation>
            <numerusform>%n gespeicherten Lauf löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n gespeicherte Läufe löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click or F2 to rename</source>
        <translation>Doppelklick oder F2 zum Umbenennen</translation>
    </message>
    <message numerus="yes">
        <source>%n saved run(s)</source>
        <translation>
            <numerusform>%n gespeicherter Lauf</numerusform>
            <numerusform>%n gespeicherte Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Total return</source>
        <translation>Gesamtrendite</translation>
    </message>
    <message>
        <source>CAGR</source>
        <translation>CAGR</translation>
    </message>
    <message>
        <source>Sharpe</source>
        <translation>Sharpe</translation>
    </message>
    <message>
        <source>Sortino</source>
        <translation>Sortino</translation>
    </message>
    <message>
        <source>Max drawdown</source>
        <translation>Max. Drawdown</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>Trades</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Profit factor</source>
        <translation>Profitfaktor</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>◆ Shared (%1)</source>
        <translation>◆ Geteilt (%1)</translation>
    </message>
    <message>
        <source>Shared with team workspace &apos;%1&apos;</source>
        <translation>Geteilt mit dem Team-Arbeitsbereich „%1“</translation>
    </message>
</context>
<context>
    <name>sn::ui::ScheduledRefresh</name>
    <message>
        <source>nothing to refresh: no watchlist holds a symbol.</source>
        <translation>nichts zu aktualisieren: keine Beobachtungsliste enthält ein Symbol.</translation>
    </message>
    <message numerus="yes">
        <source>%n watchlist symbol(s): </source>
        <translation>
            <numerusform>%n Symbol der Beobachtungslisten: </numerusform>
            <numerusform>%n Symbole der Beobachtungslisten: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 updated, %2 already current, %3 offline, %4 failed.</source>
        <translation>%1 aktualisiert, %2 bereits aktuell, %3 offline, %4 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Scheduled refresh is off: %1</source>
        <translation>Die geplante Aktualisierung ist aus: %1</translation>
    </message>
    <message>
        <source>Market data last refreshed %1: %2</source>
        <translation>Marktdaten zuletzt aktualisiert %1: %2</translation>
    </message>
    <message>
        <source>skipped: the connection is metered (%1 backend); allow it in Preferences &gt; Data providers.</source>
        <translation>übersprungen: die Verbindung ist getaktet (Backend %1); erlauben Sie es unter Einstellungen &gt; Datenanbieter.</translation>
    </message>
    <message>
        <source>Market data refresh %1</source>
        <translation>Aktualisierung der Marktdaten %1</translation>
    </message>
    <message>
        <source> (metered or not: cannot tell)</source>
        <translation> (getaktet oder nicht: nicht feststellbar)</translation>
    </message>
    <message>
        <source> (the system reports no network)</source>
        <translation> (das System meldet kein Netzwerk)</translation>
    </message>
    <message>
        <source>Refreshing watchlist symbols...</source>
        <translation>Symbole der Beobachtungslisten werden aktualisiert...</translation>
    </message>
    <message>
        <source>Refreshing watchlist symbols</source>
        <translation>Symbole der Beobachtungslisten werden aktualisiert</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Market data refreshed %1: %2</source>
        <translation>Marktdaten aktualisiert %1: %2</translation>
    </message>
    <message>
        <source>The refresh result could not be recorded: %1</source>
        <translation>Das Ergebnis der Aktualisierung konnte nicht festgehalten werden: %1</translation>
    </message>
</context>
<context>
    <name>sn::ui::SentimentPane</name>
    <message>
        <source>News sentiment</source>
        <translation>Nachrichtenstimmung</translation>
    </message>
    <message>
        <source>No news loaded.</source>
        <translation>Keine Nachrichten geladen.</translation>
    </message>
    <message>
        <source>No news about %1 in this period.</source>
        <translation>Keine Nachrichten zu %1 in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s), mean score %2, %3% positive, %4% negative</source>
        <translation>
            <numerusform>%1: %n Meldung, mittlere Wertung %2, %3 % positiv, %4 % negativ</numerusform>
            <numerusform>%1: %n Meldungen, mittlere Wertung %2, %3 % positiv, %4 % negativ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Meldung</numerusform>
            <numerusform>%n Meldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>News sentiment per hour (UTC): mean score and items</source>
        <translation>Nachrichtenstimmung pro Stunde (UTC): mittlere Wertung und Meldungen</translation>
    </message>
    <message>
        <source>News sentiment per day (UTC): mean score and items</source>
        <translation>Nachrichtenstimmung pro Tag (UTC): mittlere Wertung und Meldungen</translation>
    </message>
</context>
<context>
    <name>sn::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <source>API &amp;keys</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>A&amp;nalytics</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>Dar&amp;stellung</translation>
    </message>
    <message>
        <source>&amp;SQLite file (embedded, no set-up)</source>
        <translation>&amp;SQLite-Datei (eingebettet, ohne Einrichtung)</translation>
    </message>
    <message>
        <source>Postgre&amp;SQL server</source>
        <translation>Postgre&amp;SQL-Server</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>SQLite-Datenbank</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>PostgreSQL URL</source>
        <translation>PostgreSQL-URL</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>PostgreSQL-Passwort</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Use from next start</source>
        <translation>Ab dem nächsten Start &amp;verwenden</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>Derzeit verwendet: %1</translation>
    </message>
    <message>
        <source>A new database is created and migrated on first use; the sample data is loaded only into the default file. The change takes effect when SuperNova starts next.</source>
        <translation>Eine neue Datenbank wird bei der ersten Verwendung angelegt und migriert; die Beispieldaten werden nur in die Standarddatei geladen. Die Änderung wird beim nächsten Start von SuperNova wirksam.</translation>
    </message>
    <message>
        <source>Testing...</source>
        <translation>Test läuft...</translation>
    </message>
    <message>
        <source>Testing database connection</source>
        <translation>Datenbankverbindung wird getestet</translation>
    </message>
    <message>
        <source>Connected: schema version %1 (%2).</source>
        <translation>Verbunden: Schemaversion %1 (%2).</translation>
    </message>
    <message>
        <source>empty, will be created</source>
        <translation>leer, wird angelegt</translation>
    </message>
    <message>
        <source>existing SuperNova database</source>
        <translation>vorhandene SuperNova-Datenbank</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Keine Verbindung möglich: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved: SuperNova uses %1 from its next start.</source>
        <translation>Gespeichert: SuperNova verwendet %1 ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Type a new key and press Save; a stored key is never shown</source>
        <translation>Geben Sie einen neuen Schlüssel ein und drücken Sie Speichern; ein gespeicherter Schlüssel wird nie angezeigt</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>Status von %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Reads the key back from the keychain</source>
        <translation>Liest den Schlüssel aus dem Schlüsselbund zurück</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keys are kept only in the system keychain (Secret Service), never in files, settings or logs. Without a keychain they cannot be stored.</source>
        <translation>Schlüssel werden nur im Schlüsselbund des Systems (Secret Service) gespeichert, nie in Dateien, Einstellungen oder Protokollen. Ohne Schlüsselbund können sie nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Not saved: the key is empty.</source>
        <translation>Nicht gespeichert: der Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Speichern...</translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation>Im Schlüsselbund gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Stored (%n character(s)).</source>
        <translation>
            <numerusform>Gespeichert (%n Zeichen).</numerusform>
            <numerusform>Gespeichert (%n Zeichen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not stored.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <source>Keychain unavailable: %1</source>
        <translation>Schlüsselbund nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Deleted from the keychain.</source>
        <translation>Aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Default statistics convention</source>
        <translation>Standard-Konvention für Kennzahlen</translation>
    </message>
    <message>
        <source>Risk-free rate</source>
        <translation>Risikofreier Zins</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Convention:</source>
        <translation>&amp;Konvention:</translation>
    </message>
    <message>
        <source>&amp;Risk-free rate (annual):</source>
        <translation>&amp;Risikofreier Zins (jährlich):</translation>
    </message>
    <message>
        <source>supernova: 252 days, sample deviation, risk-free rate compounded to a daily rate. vectorbt, backtrader and lean reproduce those tools&apos; own formulas. Stored in the database, so supernova-cli uses the same defaults.</source>
        <translation>supernova: 252 Tage, Stichproben-Standardabweichung, risikofreier Zins auf einen Tageszins umgerechnet (mit Zinseszins). vectorbt, backtrader und lean bilden die Formeln dieser Werkzeuge nach. In der Datenbank gespeichert, damit supernova-cli dieselben Standardwerte verwendet.</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>Einstellungen werden gelesen</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>No translation for %1 is available; English is used.</source>
        <translation>Für %1 ist keine Übersetzung verfügbar; es wird Englisch verwendet.</translation>
    </message>
    <message>
        <source>Ad&amp;visor</source>
        <translation>Be&amp;rater</translation>
    </message>
    <message>
        <source>Daily cost limit</source>
        <translation>Tägliches Kostenlimit</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>Risikobereitschaft</translation>
    </message>
    <message>
        <source>Investment horizon</source>
        <translation>Anlagehorizont</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>comma-separated, e.g. retirement income, capital growth</source>
        <translation>durch Kommas getrennt, z. B. Altersvorsorge, Kapitalwachstum</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <source>comma-separated, e.g. no single stock above 20 %</source>
        <translation>durch Kommas getrennt, z. B. keine Einzelaktie über 20 %</translation>
    </message>
    <message>
        <source>Model prices</source>
        <translation>Modellpreise</translation>
    </message>
    <message>
        <source>Model (name prefix)</source>
        <translation>Modell (Namensanfang)</translation>
    </message>
    <message>
        <source>Input $ / 1M tokens</source>
        <translation>Eingabe $ / 1 Mio. Tokens</translation>
    </message>
    <message>
        <source>Output $ / 1M tokens</source>
        <translation>Ausgabe $ / 1 Mio. Tokens</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Modell entfernen</translation>
    </message>
    <message>
        <source>Advisor settings status</source>
        <translation>Status der Beratereinstellungen</translation>
    </message>
    <message>
        <source>Daily &amp;cost limit (cloud models):</source>
        <translation>Tägliches &amp;Kostenlimit (Cloud-Modelle):</translation>
    </message>
    <message>
        <source>Risk &amp;score (1 cautious - 10 aggressive):</source>
        <translation>Risiko&amp;bereitschaft (1 vorsichtig - 10 offensiv):</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>&amp;Horizont:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <source>C&amp;onstraints:</source>
        <translation>&amp;Einschränkungen:</translation>
    </message>
    <message>
        <source>Prices estimate each message&apos;s cost and count against the daily limit; the defaults are list prices at the time of writing, edit them to your contract. Local servers cost nothing and are never blocked.</source>
        <translation>Mit den Preisen werden die Kosten jeder Nachricht geschätzt und auf das Tageslimit angerechnet; die Vorgaben sind Listenpreise zum Zeitpunkt der Erstellung, passen Sie sie an Ihren Vertrag an. Lokale Server kosten nichts und werden nie gesperrt.</translation>
    </message>
    <message>
        <source>Reading advisor settings</source>
        <translation>Beratereinstellungen werden gelesen</translation>
    </message>
    <message>
        <source>Stored advisor settings cannot be read: %1</source>
        <translation>Die gespeicherten Beratereinstellungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not saved: price table line %1 needs a model name and two prices of 0 or more.</source>
        <translation>Nicht gespeichert: Zeile %1 der Preistabelle braucht einen Modellnamen und zwei Preise von 0 oder mehr.</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <source>Data p&amp;roviders</source>
        <translation>Daten&amp;anbieter</translation>
    </message>
    <message>
        <source>News &amp;feeds</source>
        <translation>News&amp;feeds</translation>
    </message>
</context>
<context>
    <name>sn::ui::Sparkline</name>
    <message>
        <source>Equity curve</source>
        <translation>Kapitalkurve</translation>
    </message>
</context>
<context>
    <name>sn::ui::StrategyForm</name>
    <message>
        <source>Starting cash</source>
        <translation>Startkapital</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Provision</translation>
    </message>
    <message>
        <source>Commission per share</source>
        <translation>Provision pro Stück</translation>
    </message>
    <message>
        <source>Minimum commission</source>
        <translation>Mindestprovision</translation>
    </message>
    <message>
        <source> bps</source>
        <translation> Bp.</translation>
    </message>
    <message>
        <source>Slippage</source>
        <translation>Slippage</translation>
    </message>
    <message>
        <source>Sizing value</source>
        <translation>Wert für die Positionsgröße</translation>
    </message>
    <message>
        <source>Allow &amp;short positions</source>
        <translation>Leerverkäufe &amp;erlauben</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Strategy description</source>
        <translation>Strategiebeschreibung</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Cash at the start of the run</source>
        <translation>Barbestand zu Beginn des Laufs</translation>
    </message>
    <message>
        <source>Commission as a percentage of the traded value, on every fill</source>
        <translation>Provision als Prozentsatz des gehandelten Werts, bei jeder Ausführung</translation>
    </message>
    <message>
        <source>Commission per share (unit) traded, added to the percentage</source>
        <translation>Provision pro gehandeltem Stück (Einheit), zusätzlich zum Prozentsatz</translation>
    </message>
    <message>
        <source>The least commission charged per fill</source>
        <translation>Die geringste pro Ausführung berechnete Provision</translation>
    </message>
    <message>
        <source>Each fill price moves against the trader by this many basis points of the reference price</source>
        <translation>Jeder Ausführungspreis verschiebt sich um so viele Basispunkte des Referenzpreises zulasten des Händlers</translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation>Positionsgröße</translation>
    </message>
    <message>
        <source>All in (fractional)</source>
        <translation>Alles investiert (Bruchteile)</translation>
    </message>
    <message>
        <source>Whole shares</source>
        <translation>Ganze Stücke</translation>
    </message>
    <message>
        <source>Fixed units</source>
        <translation>Feste Stückzahl</translation>
    </message>
    <message>
        <source>Percent of equity</source>
        <translation>Prozent des Kapitals</translation>
    </message>
    <message>
        <source>Fill timing</source>
        <translation>Ausführungszeitpunkt</translation>
    </message>
    <message>
        <source>Next bar&apos;s open</source>
        <translation>Eröffnung des nächsten Bars</translation>
    </message>
    <message>
        <source>Same bar&apos;s close (optimistic)</source>
        <translation>Schluss desselben Bars (optimistisch)</translation>
    </message>
    <message>
        <source>Trades on a price known only once the bar has closed: results are optimistic</source>
        <translation>Handelt zu einem Kurs, der erst nach Schluss des Bars bekannt ist: die Ergebnisse sind optimistisch</translation>
    </message>
    <message>
        <source>Allow short positions</source>
        <translation>Leerverkäufe erlauben</translation>
    </message>
    <message>
        <source>Form problem</source>
        <translation>Problem im Formular</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>S&amp;ymbol:</translation>
    </message>
    <message>
        <source>S&amp;trategy:</source>
        <translation>S&amp;trategie:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Cash, costs and fills</source>
        <translation>Kapital, Kosten und Ausführung</translation>
    </message>
    <message>
        <source>&amp;Cash:</source>
        <translation>&amp;Kapital:</translation>
    </message>
    <message>
        <source>Co&amp;mmission:</source>
        <translation>&amp;Provision:</translation>
    </message>
    <message>
        <source>Per share:</source>
        <translation>Pro Stück:</translation>
    </message>
    <message>
        <source>Minimum:</source>
        <translation>Minimum:</translation>
    </message>
    <message>
        <source>S&amp;lippage:</source>
        <translation>S&amp;lippage:</translation>
    </message>
    <message>
        <source>Si&amp;zing:</source>
        <translation>Positions&amp;größe:</translation>
    </message>
    <message>
        <source>Units / percent:</source>
        <translation>Stück / Prozent:</translation>
    </message>
    <message>
        <source>F&amp;ill at:</source>
        <translation>Ausf&amp;ührung zu:</translation>
    </message>
    <message>
        <source>Parameter %1</source>
        <translation>Parameter %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3 to %4, default %5)</source>
        <translation>%1 (%2, %3 bis %4, Standard %5)</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problem mit %1</translation>
    </message>
    <message>
        <source>Choose a strategy</source>
        <translation>Wählen Sie eine Strategie</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3</source>
        <translation>%1 muss eine Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>Choose a symbol</source>
        <translation>Wählen Sie ein Symbol</translation>
    </message>
    <message>
        <source>%1 rotates between assets: choose at least two symbols</source>
        <translation>%1 wechselt zwischen Anlagen: wählen Sie mindestens zwei Symbole</translation>
    </message>
    <message>
        <source>%1 takes one symbol, %2 chosen</source>
        <translation>%1 nimmt ein Symbol, %2 gewählt</translation>
    </message>
    <message>
        <source>The start date must be before the end date</source>
        <translation>Das Startdatum muss vor dem Enddatum liegen</translation>
    </message>
    <message>
        <source>%1: not a number in range</source>
        <translation>%1: keine Zahl im zulässigen Bereich</translation>
    </message>
    <message>
        <source>Starting cash must be above zero</source>
        <translation>Das Startkapital muss über null liegen</translation>
    </message>
    <message>
        <source>Sizing: give the number of units or the percentage</source>
        <translation>Positionsgröße: geben Sie die Stückzahl oder den Prozentsatz an</translation>
    </message>
    <message>
        <source>The chosen symbols have different bar intervals (%1): choose one interval</source>
        <translation>Die gewählten Symbole haben unterschiedliche Bar-Intervalle (%1): wählen Sie ein Intervall</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Split/dividend &amp;adjusted</source>
        <translation>Um Splits/Dividenden bere&amp;inigt</translation>
    </message>
    <message>
        <source>Split and dividend adjusted prices</source>
        <translation>Um Splits und Dividenden bereinigte Kurse</translation>
    </message>
    <message>
        <source>Run on the prices adjusted for the stored splits and dividends, so a 2:1 split is not a 50 % fall; off: the stored prices as traded</source>
        <translation>Mit den um die gespeicherten Splits und Dividenden bereinigten Kursen rechnen, sodass ein 2:1-Split kein Einbruch um 50 % ist; aus: die gespeicherten Kurse wie gehandelt</translation>
    </message>
    <message>
        <source>Prices:</source>
        <translation>Kurse:</translation>
    </message>
    <message>
        <source>backtest form</source>
        <translation>Backtest-Formular</translation>
    </message>
</context>
<context>
    <name>sn::ui::SymbolMatchModel</name>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Börse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
</context>
<context>
    <name>sn::ui::SymbolSearchPanel</name>
    <message>
        <source>&amp;Add and fetch</source>
        <translation>&amp;Hinzufügen und abrufen</translation>
    </message>
    <message>
        <source>Search a symbol or company name, e.g. apple</source>
        <translation>Symbol oder Firmennamen suchen, z. B. apple</translation>
    </message>
    <message>
        <source>Search symbols</source>
        <translation>Symbole suchen</translation>
    </message>
    <message>
        <source>Search provider</source>
        <translation>Suchanbieter</translation>
    </message>
    <message>
        <source>Symbol search results</source>
        <translation>Ergebnisse der Symbolsuche</translation>
    </message>
    <message>
        <source>Add a symbol:</source>
        <translation>Symbol hinzufügen:</translation>
    </message>
    <message>
        <source>Could not read the data providers: %1</source>
        <translation>Die Datenanbieter konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No data provider is enabled: enable one in Preferences &gt; Data providers.</source>
        <translation>Kein Datenanbieter ist aktiviert: aktivieren Sie einen unter Einstellungen &gt; Datenanbieter.</translation>
    </message>
    <message>
        <source>Search is not offered by %1 (%2): type the exact symbol in Fetch / refresh, or pick a provider that has a search.</source>
        <translation>%1 (%2) bietet keine Suche an: geben Sie das genaue Symbol unter „Abrufen / aktualisieren“ ein oder wählen Sie einen Anbieter mit Suche.</translation>
    </message>
    <message>
        <source>Searching %1 for &quot;%2&quot;...</source>
        <translation>%1 wird nach „%2“ durchsucht...</translation>
    </message>
    <message>
        <source>Searching %1</source>
        <translation>%1 wird durchsucht</translation>
    </message>
    <message>
        <source>%1 knows no symbol for &quot;%2&quot;.</source>
        <translation>%1 kennt kein Symbol für „%2“.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) from %1: pick one and Add to fetch its prices.</source>
        <translation>
            <numerusform>%n Treffer von %1: wählen Sie einen und klicken Sie auf „Hinzufügen“, um seine Kurse abzurufen.</numerusform>
            <numerusform>%n Treffer von %1: wählen Sie einen und klicken Sie auf „Hinzufügen“, um seine Kurse abzurufen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sn::ui::SyncIndicator</name>
    <message>
        <source>Team sync status</source>
        <translation>Status der Team-Synchronisierung</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>catching up</source>
        <translation>gleicht ab</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 as %2, workspace %3</source>
        <translation>%1 als %2, Arbeitsbereich %3</translation>
    </message>
    <message>
        <source>No team server set up (Preferences &gt; Team)</source>
        <translation>Kein Team-Server eingerichtet (Einstellungen &gt; Team)</translation>
    </message>
    <message numerus="yes">
        <source>%n local edit(s) wait for the server</source>
        <translation>
            <numerusform>%n lokale Änderung wartet auf den Server</numerusform>
            <numerusform>%n lokale Änderungen warten auf den Server</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to open the Team area</source>
        <translation>Klicken, um den Bereich Team zu öffnen</translation>
    </message>
</context>
<context>
    <name>sn::ui::TeamItemShareBar</name>
    <message>
        <source>Share with team...</source>
        <translation>Mit dem Team teilen...</translation>
    </message>
    <message>
        <source>Share with team</source>
        <translation>Mit dem Team teilen</translation>
    </message>
    <message>
        <source>watchlist</source>
        <translation>Beobachtungsliste</translation>
    </message>
    <message>
        <source>saved run</source>
        <translation>gespeicherter Lauf</translation>
    </message>
    <message>
        <source>Read-only: you are a viewer in team workspace &apos;%1&apos;, and the team server refuses a viewer&apos;s changes to the shared %2 &apos;%3&apos;. Ask an admin for the analyst role.</source>
        <translation>Schreibgeschützt: Sie sind Betrachter im Team-Arbeitsbereich „%1“, und der Team-Server lehnt Änderungen eines Betrachters am geteilten Element (%2) „%3“ ab. Bitten Sie einen Administrator um die Analystenrolle.</translation>
    </message>
    <message>
        <source>◆ Shared (%1) · read-only</source>
        <translation>◆ Geteilt (%1) · schreibgeschützt</translation>
    </message>
    <message>
        <source>◆ Shared (%1)</source>
        <translation>◆ Geteilt (%1)</translation>
    </message>
    <message>
        <source>Shared with team workspace &apos;%1&apos;: changes are sent to the team</source>
        <translation>Geteilt mit dem Team-Arbeitsbereich „%1“: Änderungen werden an das Team gesendet</translation>
    </message>
    <message>
        <source>Set up a team server first (Preferences &gt; Team)</source>
        <translation>Richten Sie zuerst einen Team-Server ein (Einstellungen &gt; Team)</translation>
    </message>
    <message>
        <source>Select a %1 to share</source>
        <translation>Wählen Sie das zu teilende Element (%1) aus</translation>
    </message>
    <message>
        <source>Share this %1 with team workspace &apos;%2&apos;</source>
        <translation>Dieses Element (%1) mit dem Team-Arbeitsbereich „%2“ teilen</translation>
    </message>
    <message>
        <source>Share %1 &apos;%2&apos; with team workspace &apos;%3&apos;? Members of the workspace will see it and, unless they are viewers, change it.</source>
        <translation>%1 „%2“ mit dem Team-Arbeitsbereich „%3“ teilen? Mitglieder des Arbeitsbereichs sehen das Element und können es ändern, sofern sie keine Betrachter sind.</translation>
    </message>
    <message>
        <source>Not shared: set up a team server first (Preferences &gt; Team).</source>
        <translation>Nicht geteilt: richten Sie zuerst einen Team-Server ein (Einstellungen &gt; Team).</translation>
    </message>
    <message>
        <source>Not shared: select a %1 first.</source>
        <translation>Nicht geteilt: wählen Sie zuerst das Element (%1) aus.</translation>
    </message>
    <message>
        <source>Not shared: %1</source>
        <translation>Nicht geteilt: %1</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is shared with team workspace &apos;%3&apos;.</source>
        <translation>Geteilt mit dem Team-Arbeitsbereich „%3“: %1 „%2“.</translation>
    </message>
</context>
<context>
    <name>sn::ui::TeamSession</name>
    <message>
        <source>Set the team server, user and workspace in Preferences &gt; Team first.</source>
        <translation>Legen Sie zuerst unter Einstellungen &gt; Team den Team-Server, den Benutzer und den Arbeitsbereich fest.</translation>
    </message>
    <message>
        <source>Not connected to the team server: the chat line was not sent.</source>
        <translation>Nicht mit dem Team-Server verbunden: die Chat-Zeile wurde nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>sn::ui::TeamSettingsPage</name>
    <message>
        <source>Team server URL</source>
        <translation>URL des Team-Servers</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Allow unencrypted ws:// to this computer (development only)</source>
        <translation>Unverschlüsseltes ws:// zu diesem Computer erlauben (nur für Entwicklung)</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>used once to sign in, never stored</source>
        <translation>wird einmal zur Anmeldung verwendet, nie gespeichert</translation>
    </message>
    <message>
        <source>Team sign-in status</source>
        <translation>Status der Team-Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Check &amp;certificate</source>
        <translation>&amp;Zertifikat prüfen</translation>
    </message>
    <message>
        <source>Connects to the server and shows its certificate&apos;s SHA-256 fingerprint</source>
        <translation>Verbindet sich mit dem Server und zeigt den SHA-256-Fingerabdruck seines Zertifikats</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Revokes the sign-in on the server and deletes it from the keychain</source>
        <translation>Widerruft die Anmeldung auf dem Server und löscht sie aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>A&amp;rbeitsbereich:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The team server shares portfolios and chat with your team. These settings are kept in the database (supernova-cli sync uses them too); the sign-in token is kept only in the system keychain.</source>
        <translation>Der Team-Server teilt Depots und Chat mit Ihrem Team. Diese Einstellungen werden in der Datenbank gespeichert (auch supernova-cli sync verwendet sie); das Anmelde-Token wird nur im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Diesem Zertifikat vertrauen?</translation>
    </message>
    <message>
        <source>The team server&apos;s certificate is not trusted by this system (%1).

SHA-256 fingerprint:
%2

Compare it with the one your administrator gave you. Trust this certificate for this server from now on?</source>
        <translation>Das Zertifikat des Team-Servers wird von diesem System nicht als vertrauenswürdig eingestuft (%1).

SHA-256-Fingerabdruck:
%2

Vergleichen Sie ihn mit dem, den Ihnen Ihr Administrator gegeben hat. Diesem Zertifikat für diesen Server ab jetzt vertrauen?</translation>
    </message>
    <message>
        <source>Signed in as %1; the token is kept in the keychain.</source>
        <translation>Angemeldet als %1; das Token wird im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Signed out: the token was deleted from the keychain.</source>
        <translation>Abgemeldet: das Token wurde aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>pinned: %1</source>
        <translation>fixiert: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a wss:// URL: there is no certificate to check.</source>
        <translation>„%1“ ist keine wss://-URL: es gibt kein Zertifikat zu prüfen.</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Verbindung zu %1 wird hergestellt...</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>trusted by this system; SHA-256 %1</source>
        <translation>von diesem System als vertrauenswürdig eingestuft; SHA-256 %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is trusted by this system.</source>
        <translation>Das Zertifikat des Servers wird von diesem System als vertrauenswürdig eingestuft.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is the pinned one.</source>
        <translation>Das Zertifikat des Servers ist das fixierte.</translation>
    </message>
    <message>
        <source>it is not the certificate pinned before: %1</source>
        <translation>es ist nicht das zuvor fixierte Zertifikat: %1</translation>
    </message>
    <message>
        <source>not trusted: %1</source>
        <translation>nicht vertrauenswürdig: %1</translation>
    </message>
    <message>
        <source>The certificate was not trusted; the app will not connect to this server.</source>
        <translation>Dem Zertifikat wurde nicht vertraut; die App verbindet sich nicht mit diesem Server.</translation>
    </message>
    <message>
        <source>Cannot remember the certificate: %1</source>
        <translation>Das Zertifikat kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Certificate pinned: the app trusts exactly this certificate for this server.</source>
        <translation>Zertifikat fixiert: die App vertraut für diesen Server genau diesem Zertifikat.</translation>
    </message>
    <message>
        <source>Type the password to sign in.</source>
        <translation>Geben Sie das Passwort ein, um sich anzumelden.</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>Anmeldung läuft...</translation>
    </message>
    <message>
        <source>Signing out...</source>
        <translation>Abmeldung läuft...</translation>
    </message>
</context>
<context>
    <name>sn::ui::TeamShareBar</name>
    <message>
        <source>Share with team...</source>
        <translation>Mit dem Team teilen...</translation>
    </message>
    <message>
        <source>Share with team</source>
        <translation>Mit dem Team teilen</translation>
    </message>
    <message>
        <source>Read-only: you are a viewer in team workspace &apos;%1&apos;, and the team server refuses a viewer&apos;s changes to the shared portfolio &apos;%2&apos;. Ask an admin for the analyst role.</source>
        <translation>Schreibgeschützt: Sie sind Betrachter im Team-Arbeitsbereich „%1“, und der Team-Server lehnt Änderungen eines Betrachters am geteilten Depot „%2“ ab. Bitten Sie einen Administrator um die Analystenrolle.</translation>
    </message>
    <message>
        <source>◆ Shared (%1) · read-only</source>
        <translation>◆ Geteilt (%1) · schreibgeschützt</translation>
    </message>
    <message>
        <source>◆ Shared (%1)</source>
        <translation>◆ Geteilt (%1)</translation>
    </message>
    <message>
        <source>Shared with team workspace &apos;%1&apos;: changes are sent to the team</source>
        <translation>Geteilt mit dem Team-Arbeitsbereich „%1“: Änderungen werden an das Team gesendet</translation>
    </message>
    <message>
        <source>Set up a team server first (Preferences &gt; Team)</source>
        <translation>Richten Sie zuerst einen Team-Server ein (Einstellungen &gt; Team)</translation>
    </message>
    <message>
        <source>Share this portfolio and its ledger with team workspace &apos;%1&apos;</source>
        <translation>Dieses Depot und sein Journal mit dem Team-Arbeitsbereich „%1“ teilen</translation>
    </message>
    <message>
        <source>Share portfolio &apos;%1&apos; and its whole ledger with team workspace &apos;%2&apos;? Members of the workspace will see it and, unless they are viewers, change it.</source>
        <translation>Das Depot „%1“ und sein gesamtes Journal mit dem Team-Arbeitsbereich „%2“ teilen? Mitglieder des Arbeitsbereichs sehen es und können es ändern, sofern sie keine Betrachter sind.</translation>
    </message>
    <message>
        <source>Not shared: set up a team server first (Preferences &gt; Team).</source>
        <translation>Nicht geteilt: richten Sie zuerst einen Team-Server ein (Einstellungen &gt; Team).</translation>
    </message>
    <message>
        <source>Not shared: %1</source>
        <translation>Nicht geteilt: %1</translation>
    </message>
    <message>
        <source>Portfolio &apos;%1&apos; is shared with team workspace &apos;%2&apos;.</source>
        <translation>Das Depot „%1“ ist mit dem Team-Arbeitsbereich „%2“ geteilt.</translation>
    </message>
    <message>
        <source>Notes...</source>
        <translation>Notizen...</translation>
    </message>
    <message>
        <source>Team notes on this portfolio</source>
        <translation>Team-Notizen zu diesem Depot</translation>
    </message>
    <message>
        <source>Notes and comments of the team on portfolio &apos;%1&apos;</source>
        <translation>Notizen und Kommentare des Teams zum Depot „%1“</translation>
    </message>
    <message>
        <source>Team notes: %1</source>
        <translation>Team-Notizen: %1</translation>
    </message>
</context>
<context>
    <name>sn::ui::TeamView</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Changes this computer and the team server disagree on</source>
        <translation>Änderungen, bei denen dieser Computer und der Team-Server nicht übereinstimmen</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Shared items</source>
        <translation>Geteilte Elemente</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Zuletzt geändert von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Team chat</source>
        <translation>Team-Chat</translation>
    </message>
    <message>
        <source>Chat rooms</source>
        <translation>Chaträume</translation>
    </message>
    <message>
        <source>&amp;New room...</source>
        <translation>&amp;Neuer Raum...</translation>
    </message>
    <message>
        <source>New chat room</source>
        <translation>Neuer Chatraum</translation>
    </message>
    <message>
        <source>Room name (letters, digits, space, _ . @ -):</source>
        <translation>Raumname (Buchstaben, Ziffern, Leerzeichen, _ . @ -):</translation>
    </message>
    <message>
        <source>Chat history</source>
        <translation>Chatverlauf</translation>
    </message>
    <message>
        <source>Message (@name mentions a member)</source>
        <translation>Nachricht (@Name erwähnt ein Mitglied)</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>Chatnachricht</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>catching up</source>
        <translation>gleicht ab</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>No team server set up. Set the server, user and workspace in Preferences &gt; Team, then sign in there.</source>
        <translation>Kein Team-Server eingerichtet. Legen Sie unter Einstellungen &gt; Team den Server, den Benutzer und den Arbeitsbereich fest und melden Sie sich dort an.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2 as &lt;b&gt;%3&lt;/b&gt;, workspace &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; auf %2 als &lt;b&gt;%3&lt;/b&gt;, Arbeitsbereich &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (role: %1)</source>
        <translation> (Rolle: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) waiting for the server</source>
        <translation>
            <numerusform>%n Änderung wartet auf den Server</numerusform>
            <numerusform>%n Änderungen warten auf den Server</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts (%1)...</source>
        <translation>Konflikte (%1)...</translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation> (offline)</translation>
    </message>
    <message>
        <source>%1 is online</source>
        <translation>%1 ist online</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 ist nicht verbunden</translation>
    </message>
    <message>
        <source>No messages in this room yet.</source>
        <translation>Noch keine Nachrichten in diesem Raum.</translation>
    </message>
    <message>
        <source>Cannot read the shared items: %1</source>
        <translation>Die geteilten Elemente können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading shared items</source>
        <translation>Geteilte Elemente werden gelesen</translation>
    </message>
</context>
<context>
    <name>sn::ui::ToolCard</name>
    <message>
        <source>Tool call %1</source>
        <translation>Werkzeugaufruf %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <source>Numbers from %1</source>
        <translation>Zahlen aus %1</translation>
    </message>
    <message>
        <source>strategy (solid) vs buy &amp; hold (dashed)</source>
        <translation>Strategie (durchgezogen) ggü. Buy &amp; Hold (gestrichelt)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stored instruments</source>
        <translation>Gespeicherte Instrumente</translation>
    </message>
    <message>
        <source>Watchlists</source>
        <translation>Beobachtungslisten</translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation>Strategien</translation>
    </message>
    <message>
        <source>Price summary</source>
        <translation>Kursübersicht</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>Backtest</translation>
    </message>
    <message>
        <source>Backtest of a rule</source>
        <translation>Backtest einer Regel</translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation>Optimierung</translation>
    </message>
    <message>
        <source>Walk-forward analysis</source>
        <translation>Walk-Forward-Analyse</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Depot</translation>
    </message>
    <message>
        <source>Portfolio performance</source>
        <translation>Depotentwicklung</translation>
    </message>
    <message>
        <source>Portfolio risk</source>
        <translation>Depotrisiko</translation>
    </message>
    <message>
        <source>Monte Carlo projection</source>
        <translation>Monte-Carlo-Projektion</translation>
    </message>
    <message>
        <source>Stress test</source>
        <translation>Stresstest</translation>
    </message>
    <message>
        <source>Rebalancing proposal</source>
        <translation>Umschichtungsvorschlag</translation>
    </message>
    <message>
        <source>Metric explained</source>
        <translation>Kennzahl erklärt</translation>
    </message>
    <message>
        <source>Buy and hold</source>
        <translation>Buy-and-Hold</translation>
    </message>
    <message>
        <source>Excess return</source>
        <translation>Überrendite</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Fast period</source>
        <translation>Schnelle Periode</translation>
    </message>
    <message>
        <source>Slow period</source>
        <translation>Langsame Periode</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Signal period</source>
        <translation>Signalperiode</translation>
    </message>
    <message>
        <source>Lower bound</source>
        <translation>Untere Schwelle</translation>
    </message>
    <message>
        <source>Upper bound</source>
        <translation>Obere Schwelle</translation>
    </message>
    <message>
        <source>Exit period</source>
        <translation>Ausstiegsperiode</translation>
    </message>
    <message>
        <source>Band width (k)</source>
        <translation>Bandbreite (k)</translation>
    </message>
    <message>
        <source>Value at risk (VaR)</source>
        <translation>Value at Risk (VaR)</translation>
    </message>
    <message>
        <source>Conditional VaR (CVaR)</source>
        <translation>Conditional VaR (CVaR)</translation>
    </message>
    <message>
        <source>VaR amount</source>
        <translation>VaR-Betrag</translation>
    </message>
    <message>
        <source>CVaR amount</source>
        <translation>CVaR-Betrag</translation>
    </message>
    <message>
        <source>Confidence level</source>
        <translation>Konfidenzniveau</translation>
    </message>
    <message>
        <source>Horizon in days</source>
        <translation>Horizont in Tagen</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bargeld</translation>
    </message>
    <message>
        <source>Cash afterwards</source>
        <translation>Bargeld danach</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Time-weighted return</source>
        <translation>Zeitgewichtete Rendite</translation>
    </message>
    <message>
        <source>Time-weighted return, annualised</source>
        <translation>Zeitgewichtete Rendite, annualisiert</translation>
    </message>
    <message>
        <source>Internal rate of return (IRR)</source>
        <translation>Interner Zinsfuß (IRR)</translation>
    </message>
    <message>
        <source>Value at the start</source>
        <translation>Anfangswert</translation>
    </message>
    <message>
        <source>Value at the end</source>
        <translation>Endwert</translation>
    </message>
    <message>
        <source>Inflows</source>
        <translation>Zuflüsse</translation>
    </message>
    <message>
        <source>Outflows</source>
        <translation>Abflüsse</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Portfolio return</source>
        <translation>Depotrendite</translation>
    </message>
    <message>
        <source>Benchmark return</source>
        <translation>Benchmarkrendite</translation>
    </message>
    <message>
        <source>First close</source>
        <translation>Erster Schlusskurs</translation>
    </message>
    <message>
        <source>Last close</source>
        <translation>Letzter Schlusskurs</translation>
    </message>
    <message>
        <source>Lowest close</source>
        <translation>Tiefster Schlusskurs</translation>
    </message>
    <message>
        <source>Highest close</source>
        <translation>Höchster Schlusskurs</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Bars</translation>
    </message>
    <message>
        <source>Combinations tried</source>
        <translation>Getestete Kombinationen</translation>
    </message>
    <message>
        <source>In-sample bars</source>
        <translation>In-Sample-Bars</translation>
    </message>
    <message>
        <source>Out-of-sample bars</source>
        <translation>Out-of-Sample-Bars</translation>
    </message>
    <message>
        <source>Out-of-sample</source>
        <translation>Out-of-Sample</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <source>Trading days</source>
        <translation>Handelstage</translation>
    </message>
    <message>
        <source>Starting value</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Probability of the loss limit</source>
        <translation>Wahrscheinlichkeit der Verlustgrenze</translation>
    </message>
    <message>
        <source>Probability of the target</source>
        <translation>Wahrscheinlichkeit des Ziels</translation>
    </message>
    <message>
        <source>Target change</source>
        <translation>Zielveränderung</translation>
    </message>
    <message>
        <source>Loss limit</source>
        <translation>Verlustgrenze</translation>
    </message>
    <message>
        <source>Total fees</source>
        <translation>Gebühren gesamt</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Provision</translation>
    </message>
    <message>
        <source>Starting cash</source>
        <translation>Startkapital</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Periods per year</source>
        <translation>Perioden pro Jahr</translation>
    </message>
    <message>
        <source>Risk-free rate</source>
        <translation>Risikofreier Zins</translation>
    </message>
    <message>
        <source>Degrees of freedom (ddof)</source>
        <translation>Freiheitsgrade (ddof)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>commission</source>
        <translation>Provision</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>horizon (days)</source>
        <translation>Horizont (Tage)</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>trading days</source>
        <translation>Handelstage</translation>
    </message>
    <message>
        <source>shock</source>
        <translation>Schock</translation>
    </message>
    <message>
        <source>target weights</source>
        <translation>Zielgewichte</translation>
    </message>
    <message>
        <source>target change</source>
        <translation>Zielveränderung</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Open positions</source>
        <translation>Offene Positionen</translation>
    </message>
</context>
<context>
    <name>sn::ui::TradeTableModel</name>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <source>Entry price</source>
        <translation>Einstiegskurs</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Ausstieg</translation>
    </message>
    <message>
        <source>Exit price</source>
        <translation>Ausstiegskurs</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Stück</translation>
    </message>
    <message>
        <source>P&amp;L</source>
        <translation>G/V</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rendite</translation>
    </message>
    <message>
        <source>Bars held</source>
        <translation>Gehaltene Bars</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Ausstiegsgrund</translation>
    </message>
</context>
<context>
    <name>sn::ui::TransactionCommands</name>
    <message>
        <source>Edit transaction</source>
        <translation>Transaktion bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n transaction(s)</source>
        <translation>
            <numerusform>%n Transaktion löschen</numerusform>
            <numerusform>%n Transaktionen löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sn::ui::TransactionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>New %1: not stored until it is complete</source>
        <translation>Neue Zeile (%1): wird erst gespeichert, wenn sie vollständig ist</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;</source>
        <translation>Feld &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>muss größer als null sein</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos; ist keiner der Typen %2</translation>
    </message>
    <message>
        <source>a %1 has no symbol: clear the symbol first</source>
        <translation>%1 hat kein Symbol: leeren Sie zuerst das Symbol</translation>
    </message>
    <message>
        <source>a %1 needs a symbol: set the symbol first</source>
        <translation>%1 braucht ein Symbol: tragen Sie zuerst das Symbol ein</translation>
    </message>
    <message>
        <source>a %1 needs a symbol</source>
        <translation>%1 braucht ein Symbol</translation>
    </message>
    <message>
        <source>no instrument &apos;%1&apos; is stored (import its prices first)</source>
        <translation>kein Instrument &apos;%1&apos; gespeichert (importieren Sie zuerst seine Kurse)</translation>
    </message>
    <message>
        <source>a %1 has no symbol</source>
        <translation>%1 hat kein Symbol</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a three-letter currency code</source>
        <translation>&apos;%1&apos; ist kein dreibuchstabiger Währungscode</translation>
    </message>
    <message>
        <source>amount too large: quantity x price leaves the exact decimal range (+/-9.2 trillion)</source>
        <translation>Betrag zu groß: Menge x Kurs verlässt den exakten Dezimalbereich (+/-9,2 Billionen)</translation>
    </message>
</context>
<context>
    <name>sn::ui::WalkForwardPanel</name>
    <message>
        <source>A&amp;nchored (every in-sample window starts at the first bar)</source>
        <translation>&amp;Verankert (jedes In-Sample-Fenster beginnt beim ersten Bar)</translation>
    </message>
    <message>
        <source>Run &amp;walk-forward</source>
        <translation>&amp;Walk-Forward ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source> bars</source>
        <translation> Bars</translation>
    </message>
    <message>
        <source>In-sample bars</source>
        <translation>In-Sample-Bars</translation>
    </message>
    <message>
        <source>Bars each optimisation sees (756 = about three years of daily bars)</source>
        <translation>Bars, die jede Optimierung sieht (756 = etwa drei Jahre Tagesbars)</translation>
    </message>
    <message>
        <source>Out-of-sample bars</source>
        <translation>Out-of-Sample-Bars</translation>
    </message>
    <message>
        <source>Bars the in-sample winner then trades; rolling windows slide by this much</source>
        <translation>Bars, mit denen der In-Sample-Gewinner danach handelt; rollierende Fenster verschieben sich um diesen Wert</translation>
    </message>
    <message>
        <source>Anchored windows</source>
        <translation>Verankerte Fenster</translation>
    </message>
    <message>
        <source>Run walk-forward</source>
        <translation>Walk-Forward ausführen</translation>
    </message>
    <message>
        <source>Cancel walk-forward</source>
        <translation>Walk-Forward abbrechen</translation>
    </message>
    <message>
        <source>Walk-forward progress</source>
        <translation>Walk-Forward-Fortschritt</translation>
    </message>
    <message>
        <source>Walk-forward status</source>
        <translation>Walk-Forward-Status</translation>
    </message>
    <message>
        <source>The grid and the ranking metric are those of the Optimisation tab; costs, sizing and fills those of the form.</source>
        <translation>Raster und Sortierkennzahl sind die des Reiters Optimierung; Kosten, Positionsgröße und Ausführung die des Formulars.</translation>
    </message>
    <message>
        <source>Walk-forward windows</source>
        <translation>Walk-Forward-Fenster</translation>
    </message>
    <message>
        <source>Stitched out-of-sample equity against the in-sample optimum</source>
        <translation>Zusammengesetzte Out-of-Sample-Kapitalkurve gegenüber dem In-Sample-Optimum</translation>
    </message>
    <message>
        <source>Walk-forward (out of sample)</source>
        <translation>Walk-Forward (Out-of-Sample)</translation>
    </message>
    <message>
        <source>In-sample optimum (hindsight)</source>
        <translation>In-Sample-Optimum (im Nachhinein)</translation>
    </message>
    <message>
        <source>Walk-forward equity</source>
        <translation>Walk-Forward-Kapitalkurve</translation>
    </message>
    <message>
        <source>&amp;In-sample:</source>
        <translation>&amp;In-Sample:</translation>
    </message>
    <message>
        <source>&amp;Out-of-sample:</source>
        <translation>&amp;Out-of-Sample:</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>In sample</source>
        <translation>In-Sample</translation>
    </message>
    <message>
        <source>Out of sample</source>
        <translation>Out-of-Sample</translation>
    </message>
    <message>
        <source>Best parameters</source>
        <translation>Beste Parameter</translation>
    </message>
    <message>
        <source>IS score (%1)</source>
        <translation>IS-Wert (%1)</translation>
    </message>
    <message>
        <source>IS return</source>
        <translation>IS-Rendite</translation>
    </message>
    <message>
        <source>IS Sharpe</source>
        <translation>IS-Sharpe</translation>
    </message>
    <message>
        <source>OOS return</source>
        <translation>OOS-Rendite</translation>
    </message>
    <message>
        <source>OOS Sharpe</source>
        <translation>OOS-Sharpe</translation>
    </message>
    <message>
        <source>OOS max DD</source>
        <translation>OOS max. DD</translation>
    </message>
    <message>
        <source>OOS trades</source>
        <translation>OOS-Trades</translation>
    </message>
    <message>
        <source>%1 windows; stitched out of sample: return %2, Sharpe %3, max drawdown %4. In-sample optimum over the same span (%5): return %6.</source>
        <translation>%1 Fenster; zusammengesetzt Out-of-Sample: Rendite %2, Sharpe %3, max. Drawdown %4. In-Sample-Optimum über denselben Zeitraum (%5): Rendite %6.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
</context>
<context>
    <name>sn::ui::WatchlistsView</name>
    <message>
        <source>Watchlists</source>
        <translation>Beobachtungslisten</translation>
    </message>
    <message>
        <source>Symbols of the watchlist</source>
        <translation>Symbole der Beobachtungsliste</translation>
    </message>
    <message>
        <source>Drag to reorder, or use Alt+Up and Alt+Down</source>
        <translation>Zum Umsortieren ziehen oder Alt+Up und Alt+Down verwenden</translation>
    </message>
    <message>
        <source>Symbol to add</source>
        <translation>Hinzuzufügendes Symbol</translation>
    </message>
    <message>
        <source>Reordering watchlist</source>
        <translation>Beobachtungsliste wird umsortiert</translation>
    </message>
    <message>
        <source>&amp;New watchlist...</source>
        <translation>&amp;Neue Beobachtungsliste...</translation>
    </message>
    <message>
        <source>New watchlist</source>
        <translation>Neue Beobachtungsliste</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>&amp;Rename watchlist...</source>
        <translation>Beobachtungsliste &amp;umbenennen...</translation>
    </message>
    <message>
        <source>Rename watchlist</source>
        <translation>Beobachtungsliste umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete watchlist...</source>
        <translation>Beobachtungsliste &amp;löschen...</translation>
    </message>
    <message>
        <source>Delete watchlist</source>
        <translation>Beobachtungsliste löschen</translation>
    </message>
    <message>
        <source>Delete the watchlist &apos;%1&apos;? Its instruments and prices are kept.</source>
        <translation>Die Beobachtungsliste „%1“ löschen? Ihre Instrumente und Kurse bleiben erhalten.</translation>
    </message>
    <message>
        <source>Move symbol &amp;up</source>
        <translation>Symbol nach &amp;oben</translation>
    </message>
    <message>
        <source>Move symbol do&amp;wn</source>
        <translation>Symbol nach un&amp;ten</translation>
    </message>
    <message>
        <source>Remove &amp;symbol</source>
        <translation>&amp;Symbol entfernen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Watchlists&lt;/b&gt;</source>
        <translation>&lt;b&gt;Beobachtungslisten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Symbols&lt;/b&gt; (drag to reorder)</source>
        <translation>&lt;b&gt;Symbole&lt;/b&gt; (zum Umsortieren ziehen)</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>S&amp;ymbol:</translation>
    </message>
    <message>
        <source>Loading watchlists</source>
        <translation>Beobachtungslisten werden geladen</translation>
    </message>
    <message>
        <source>A watchlist needs a name.</source>
        <translation>Eine Beobachtungsliste braucht einen Namen.</translation>
    </message>
    <message>
        <source>Creating watchlist</source>
        <translation>Beobachtungsliste wird angelegt</translation>
    </message>
    <message>
        <source>Renaming watchlist</source>
        <translation>Beobachtungsliste wird umbenannt</translation>
    </message>
    <message>
        <source>Deleting watchlist</source>
        <translation>Beobachtungsliste wird gelöscht</translation>
    </message>
    <message>
        <source>Adding %1</source>
        <translation>%1 wird hinzugefügt</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>%1 wird entfernt</translation>
    </message>
</context>
<context>
    <name>sn::ui::axis</name>
    <message>
        <source>%1B</source>
        <extracomment>Volume axis: thousands, millions, billions (%1 is the number).</extracomment>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1K</source>
        <translation>%1 Tsd.</translation>
    </message>
</context>
</TS>
