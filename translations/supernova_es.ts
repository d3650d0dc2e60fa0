<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AreaGuide</name>
    <message>
        <source>The dashboard is the overview you start from: the chosen portfolio&apos;s value and its change over the day, the year and since its start, its return against the benchmark, the allocation, your watchlist, the day&apos;s top movers and the latest saved backtest runs.

- Pick the portfolio at the top.
- Double-click a watchlist row to open its chart, or a recent run to open it in the Backtest lab.
- Type a question in the advisor box to ask the Advisor about your data.</source>
        <translation>El panel es la vista general desde la que se parte: el valor de la cartera elegida y su variación en el día, en el año y desde su inicio, su rentabilidad frente al índice de referencia, la distribución, su lista de seguimiento, los mayores movimientos del día y las últimas ejecuciones de backtest guardadas.

- Elija la cartera en la parte superior.
- Haga doble clic en una fila de la lista de seguimiento para abrir su gráfico, o en una ejecución reciente para abrirla en el Laboratorio de backtest.
- Escriba una pregunta en el cuadro del asesor para consultar al Asesor sobre sus datos.</translation>
    </message>
    <message>
        <source>Charts show an instrument&apos;s prices as candles, bars or a line, with volume and indicators such as moving averages, Bollinger bands, RSI and MACD.

- Choose the symbol, the chart type and the indicators; Add another adds the selected indicator again with other settings.
- Zoom with the mouse wheel, pan by dragging, and hover for the values of a bar.
- Export the chart as a PNG or SVG picture from the File menu.</source>
        <translation>Los gráficos muestran los precios de un instrumento como velas, barras o una línea, con el volumen e indicadores como medias móviles, bandas de Bollinger, RSI y MACD.

- Elija el símbolo, el tipo de gráfico y los indicadores; Añadir otro vuelve a añadir el indicador seleccionado con otros ajustes.
- Amplíe con la rueda del ratón, desplácese arrastrando y pase el puntero sobre una barra para ver sus valores.
- Exporte el gráfico como imagen PNG o SVG desde el menú Archivo.</translation>
    </message>
    <message>
        <source>The Portfolio area holds what you own: the holdings valued at the last stored close, and every transaction (buys, sells, deposits, withdrawals, dividends, fees) that makes them up.

- Create, rename or delete a portfolio from the File menu.
- Add, duplicate or delete transactions in the grid; every change is checked before it is saved, and Edit &gt; Undo takes it back.
- Filter the transactions, copy them as a table, or export them as CSV.</source>
        <translation>El área Cartera contiene lo que usted posee: las posiciones valoradas al último cierre guardado y cada transacción (compras, ventas, ingresos, retiradas, dividendos, comisiones) que las forma.

- Cree, renombre o elimine una cartera desde el menú Archivo.
- Añada, duplique o elimine transacciones en la tabla; cada cambio se comprueba antes de guardarse, y Editar &gt; Deshacer lo revierte.
- Filtre las transacciones, cópielas como tabla o expórtelas como CSV.</translation>
    </message>
    <message>
        <source>Watchlists keep the instruments you follow, with their last price and change.

- Create a watchlist, then add symbols to it with Add.
- Remove a symbol with Delete; drag the symbols, or use Alt+Up and Alt+Down, to reorder them.
- The dashboard shows the first watchlist; double-click a row there to open its chart.</source>
        <translation>Las listas de seguimiento guardan los instrumentos que usted sigue, con su último precio y su variación.

- Cree una lista de seguimiento y añada símbolos con Añadir.
- Quite un símbolo con la tecla Delete; arrastre los símbolos, o use Alt+Up y Alt+Down, para reordenarlos.
- El panel muestra la primera lista de seguimiento; haga doble clic en una fila para abrir su gráfico.</translation>
    </message>
    <message>
        <source>The Backtest lab tests a trading strategy on stored prices before you risk money on it.

- Choose the symbol, the strategy, its parameters, the dates and the costs, then Run: the results show the equity and drawdown curves, the key figures and every trade.
- Optimisation runs every combination of two parameter ranges and ranks them by the figure you choose; Walk-forward checks whether the best combination holds on data it was not chosen on.
- Save a run to find it again under History, where two runs can be compared; the Rule tab writes your own strategy in the rule language.</source>
        <translation>El Laboratorio de backtest prueba una estrategia de trading con precios guardados antes de arriesgar dinero en ella.

- Elija el símbolo, la estrategia, sus parámetros, las fechas y los costes y pulse Ejecutar: los resultados muestran las curvas de capital y de reducción (drawdown), las cifras clave y cada operación.
- La optimización ejecuta todas las combinaciones de dos rangos de parámetros y las ordena según la cifra que elija; el walk-forward comprueba si la mejor combinación se mantiene con datos que no se usaron para elegirla.
- Guarde una ejecución para encontrarla de nuevo en Historial, donde se pueden comparar dos ejecuciones; la pestaña Regla permite escribir su propia estrategia en el lenguaje de reglas.</translation>
    </message>
    <message>
        <source>The Risk area measures how much a portfolio could lose and how to spread it better.

- The summary gives volatility, Sharpe ratio, drawdown and value at risk (VaR) for the chosen confidence and horizon; the statistics follow the convention you pick.
- Correlation shows how the holdings move together; Monte Carlo projects the portfolio&apos;s value; Stress tests replay past crises and shocks on today&apos;s holdings.
- Efficient frontier and Rebalancing propose target weights and the trades that reach them, which you can apply as transactions.</source>
        <translation>El área Riesgo mide cuánto podría perder una cartera y cómo diversificarla mejor.

- El resumen muestra la volatilidad, la ratio de Sharpe, la reducción (drawdown) y el valor en riesgo (VaR) para el nivel de confianza y el horizonte elegidos; las estadísticas siguen la convención que elija.
- Correlación muestra cómo se mueven juntas las posiciones; Montecarlo proyecta el valor de la cartera; Pruebas de estrés reproducen crisis y shocks pasados sobre las posiciones actuales.
- Frontera eficiente y Reequilibrio proponen pesos objetivo y las operaciones que los alcanzan, que puede aplicar como transacciones.</translation>
    </message>
    <message>
        <source>The Advisor answers questions about your own data: it runs backtests, risk reports and indicators through the same tools as the rest of the program and shows the numbers it used.

- Type a question and press Enter (Shift+Enter for a new line), or click one of the suggested questions.
- Conversations are kept: start a new one, find, rename or delete old ones.
- Without a language model configured in Preferences, the offline advisor answers the common questions itself.</source>
        <translation>El Asesor responde preguntas sobre sus propios datos: ejecuta backtests, informes de riesgo e indicadores con las mismas herramientas que el resto del programa y muestra las cifras que ha usado.

- Escriba una pregunta y pulse Enter (Shift+Enter para una nueva línea), o haga clic en una de las preguntas sugeridas.
- Las conversaciones se conservan: inicie una nueva, o busque, renombre o elimine las anteriores.
- Sin un modelo de lenguaje configurado en Preferencias, el asesor sin conexión responde él mismo a las preguntas habituales.</translation>
    </message>
    <message>
        <source>There is no guide for this area yet.</source>
        <translation>Aún no hay ninguna guía para esta área.</translation>
    </message>
    <message>
        <source>Help &gt; Keyboard shortcuts (F1) lists every shortcut.</source>
        <translation>Ayuda &gt; Atajos de teclado (F1) muestra todos los atajos.</translation>
    </message>
    <message>
        <source>Guide: %1</source>
        <translation>Guía: %1</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>The Team area shares your work with colleagues through your team&apos;s server; your own database stays the source of your work, and edits made offline are sent when you are back online.

- Sign in under Edit &gt; Preferences &gt; Team (server, user, workspace); the status bar shows whether you are online and how many edits wait to be sent.
- Share a portfolio with Share with team... in the Portfolio area; the Team area lists the shared items, who changed them last, the members online and the team chat.
- When a colleague changed the same item, Conflicts shows both versions side by side so you can keep yours or take theirs.</source>
        <translation>El área Equipo comparte su trabajo con sus colegas a través del servidor de su equipo; su propia base de datos sigue siendo la fuente de su trabajo, y los cambios hechos sin conexión se envían cuando vuelve a estar en línea.

- Inicie sesión en Editar &gt; Preferencias &gt; Equipo (servidor, usuario, espacio de trabajo); la barra de estado muestra si está en línea y cuántos cambios esperan ser enviados.
- Comparta una cartera con «Compartir con el equipo...» en el área Cartera; el área Equipo lista los elementos compartidos, quién los cambió por última vez, los miembros en línea y el chat del equipo.
- Cuando un colega cambió el mismo elemento, «Conflictos» muestra ambas versiones una junto a otra para que conserve la suya o tome la de él.</translation>
    </message>
    <message>
        <source>Market data lists every instrument stored in your database and its bars, the prices every other area works on.

- Select an instrument to see its bars, their date range and where they came from.
- Type in the filter box to find an instrument by symbol or name.
- Import bars from a CSV file with File &gt; Import CSV (wizard): it shows the file, lets you map the columns and checks every row before anything is stored.
- Add a symbol by typing part of its name in Add a symbol: the provider&apos;s matches show with their exchange and type, and Add and fetch stores the prices. Fetch / refresh gets what is new for the symbols you type; without a network it says up to which day your data reaches.
- Choose the providers, their order, their keys and a scheduled refresh of your watchlists in Edit &gt; Preferences &gt; Data providers; the line under Fetch / refresh says when it last ran.</source>
        <translation>Datos de mercado muestra cada instrumento guardado en su base de datos y sus barras, los precios con los que trabajan todas las demás áreas.

- Seleccione un instrumento para ver sus barras, su intervalo de fechas y su procedencia.
- Escriba en el cuadro de filtro para buscar un instrumento por símbolo o nombre.
- Importe barras desde un archivo CSV con Archivo &gt; Importar CSV (asistente): muestra el archivo, le permite asignar las columnas y comprueba cada fila antes de guardar nada.
- Añada un símbolo escribiendo parte de su nombre en «Añadir un símbolo»: las coincidencias del proveedor aparecen con su bolsa y su tipo, y «Añadir y descargar» guarda los precios. «Descargar / actualizar» obtiene lo nuevo de los símbolos que escriba; sin red, indica hasta qué día llegan sus datos.
- Elija los proveedores, su orden, sus claves y una actualización programada de sus listas de seguimiento en Editar &gt; Preferencias &gt; Proveedores de datos; la línea bajo «Descargar / actualizar» indica cuándo se ejecutó por última vez.</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Moving-average crossover (SMA)</source>
        <translation>Cruce de medias móviles (SMA)</translation>
    </message>
    <message>
        <source>Moving-average crossover (EMA)</source>
        <translation>Cruce de medias móviles (EMA)</translation>
    </message>
    <message>
        <source>MACD signal-line crossover</source>
        <translation>Cruce de la línea de señal del MACD</translation>
    </message>
    <message>
        <source>RSI mean reversion</source>
        <translation>Reversión a la media con RSI</translation>
    </message>
    <message>
        <source>Bollinger band mean reversion</source>
        <translation>Reversión a la media con bandas de Bollinger</translation>
    </message>
    <message>
        <source>Bollinger band breakout</source>
        <translation>Ruptura de bandas de Bollinger</translation>
    </message>
    <message>
        <source>Donchian channel breakout</source>
        <translation>Ruptura del canal de Donchian</translation>
    </message>
    <message>
        <source>Buy and hold</source>
        <translation>Comprar y mantener</translation>
    </message>
    <message>
        <source>Momentum rotation (several assets)</source>
        <translation>Rotación por momentum (varios activos)</translation>
    </message>
    <message>
        <source>Holds the instrument while the fast simple moving average is above the slow one and sells (or goes short) when it falls below.</source>
        <translation>Mantiene el instrumento mientras la media móvil simple rápida está por encima de la lenta y vende (o abre una posición corta) cuando cae por debajo.</translation>
    </message>
    <message>
        <source>Holds the instrument while the fast exponential moving average is above the slow one and sells (or goes short) when it falls below.</source>
        <translation>Mantiene el instrumento mientras la media móvil exponencial rápida está por encima de la lenta y vende (o abre una posición corta) cuando cae por debajo.</translation>
    </message>
    <message>
        <source>Buys when the MACD line crosses above its signal line and sells (or goes short) when it crosses below.</source>
        <translation>Compra cuando la línea MACD cruza al alza su línea de señal y vende (o abre una posición corta) cuando la cruza a la baja.</translation>
    </message>
    <message>
        <source>Buys when the RSI falls below the lower level (oversold) and sells when it rises above the upper level (overbought); with short positions allowed it also sells short above the upper level.</source>
        <translation>Compra cuando el RSI cae por debajo del nivel inferior (sobreventa) y vende cuando sube por encima del nivel superior (sobrecompra); si se permiten posiciones cortas, también vende en corto por encima del nivel superior.</translation>
    </message>
    <message>
        <source>Buys when the close falls below the lower Bollinger band and sells when it is back at the middle band.</source>
        <translation>Compra cuando el cierre cae por debajo de la banda de Bollinger inferior y vende cuando vuelve a la banda central.</translation>
    </message>
    <message>
        <source>Buys when the close rises above the upper Bollinger band and sells when it falls below the middle band.</source>
        <translation>Compra cuando el cierre sube por encima de la banda de Bollinger superior y vende cuando cae por debajo de la banda central.</translation>
    </message>
    <message>
        <source>Buys when the close breaks above the highest high of the entry channel and sells (or goes short) when it breaks below the lowest low of the exit channel.</source>
        <translation>Compra cuando el cierre rompe por encima del máximo más alto del canal de entrada y vende (o abre una posición corta) cuando rompe por debajo del mínimo más bajo del canal de salida.</translation>
    </message>
    <message>
        <source>Buys at the first possible bar and never sells: the benchmark the other strategies are measured against.</source>
        <translation>Compra en la primera barra posible y nunca vende: la referencia con la que se comparan las demás estrategias.</translation>
    </message>
    <message>
        <source>Holds the assets with the best trailing return in equal weights, chosen again at each month end from one shared cash account.</source>
        <translation>Mantiene con pesos iguales los activos con la mejor rentabilidad pasada, elegidos de nuevo al final de cada mes desde una única cuenta de efectivo compartida.</translation>
    </message>
    <message>
        <source>Fast length</source>
        <translation>Periodo rápido</translation>
    </message>
    <message>
        <source>Slow length</source>
        <translation>Periodo lento</translation>
    </message>
    <message>
        <source>Signal length</source>
        <translation>Periodo de la señal</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Lower level</source>
        <translation>Nivel inferior</translation>
    </message>
    <message>
        <source>Upper level</source>
        <translation>Nivel superior</translation>
    </message>
    <message>
        <source>Band width (deviations)</source>
        <translation>Anchura de banda (desviaciones)</translation>
    </message>
    <message>
        <source>Exit period</source>
        <translation>Periodo de salida</translation>
    </message>
    <message>
        <source>Lookback (bars)</source>
        <translation>Periodo de observación (barras)</translation>
    </message>
    <message>
        <source>Assets held</source>
        <translation>Activos mantenidos</translation>
    </message>
    <message>
        <source>Final equity</source>
        <translation>Capital final</translation>
    </message>
    <message>
        <source>Total return</source>
        <translation>Rentabilidad total</translation>
    </message>
    <message>
        <source>Annual growth rate (CAGR)</source>
        <translation>Tasa de crecimiento anual (CAGR)</translation>
    </message>
    <message>
        <source>Annual volatility</source>
        <translation>Volatilidad anual</translation>
    </message>
    <message>
        <source>Sharpe ratio</source>
        <translation>Ratio de Sharpe</translation>
    </message>
    <message>
        <source>Sortino ratio</source>
        <translation>Ratio de Sortino</translation>
    </message>
    <message>
        <source>Calmar ratio</source>
        <translation>Ratio de Calmar</translation>
    </message>
    <message>
        <source>Maximum drawdown</source>
        <translation>Reducción máxima (drawdown)</translation>
    </message>
    <message>
        <source>Time in the market</source>
        <translation>Tiempo en el mercado</translation>
    </message>
    <message>
        <source>Number of trades</source>
        <translation>Número de operaciones</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Tasa de acierto</translation>
    </message>
    <message>
        <source>Profit factor</source>
        <translation>Factor de beneficio</translation>
    </message>
    <message>
        <source>Average profit per trade</source>
        <translation>Beneficio medio por operación</translation>
    </message>
    <message>
        <source>SuperNova standard</source>
        <translation>Estándar de SuperNova</translation>
    </message>
    <message>
        <source>As vectorbt computes it</source>
        <translation>Como lo calcula vectorbt</translation>
    </message>
    <message>
        <source>As backtrader computes it</source>
        <translation>Como lo calcula backtrader</translation>
    </message>
    <message>
        <source>As QuantConnect LEAN computes it</source>
        <translation>Como lo calcula QuantConnect LEAN</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Dividend</source>
        <translation>Dividendo</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Ingreso</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>Traspaso de entrada</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Traspaso de salida</translation>
    </message>
    <message>
        <source>Financial crisis 2008-09</source>
        <translation>Crisis financiera 2008-09</translation>
    </message>
    <message>
        <source>COVID-19 crash 2020</source>
        <translation>Crash de la COVID-19 2020</translation>
    </message>
    <message>
        <source>Replay %1 to %2</source>
        <translation>Periodo histórico del %1 al %2</translation>
    </message>
    <message>
        <source>Every position %1</source>
        <translation>Todas las posiciones %1</translation>
    </message>
    <message>
        <source>Equities %1</source>
        <translation>Acciones %1</translation>
    </message>
    <message>
        <source>Asset class %1 %2</source>
        <translation>Clase de activo %1 %2</translation>
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
        <translation>No se pudo cargar ningún backend de información de red, así que no se puede saber si la conexión es de uso medido: una actualización programada se ejecuta como si no lo fuera.</translation>
    </message>
    <message>
        <source>The system&apos;s network backend (%1) cannot tell whether the connection is metered: a scheduled refresh runs as if it were not.</source>
        <translation>El backend de red del sistema (%1) no puede saber si la conexión es de uso medido: una actualización programada se ejecuta como si no lo fuera.</translation>
    </message>
    <message>
        <source>The connection is metered (as the %1 backend reports).</source>
        <translation>La conexión es de uso medido (según el backend %1).</translation>
    </message>
    <message>
        <source>The connection is not metered (as the %1 backend reports).</source>
        <translation>La conexión no es de uso medido (según el backend %1).</translation>
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

Un puesto de trabajo de asesoría de trading para analistas.

- Base de datos: `%2`
- Qt %3 (LGPL-3.0), QtKeychain, spdlog y fmt (MIT), Eigen (MPL-2.0), SQLite (dominio público), libpq (licencia PostgreSQL), OpenSSL 3 (Apache-2.0)

Los datos de ejemplo incluidos y sus licencias se indican en Ayuda &gt; Acerca de los datos de ejemplo.</translation>
    </message>
    <message>
        <source>About SuperNova</source>
        <translation>Acerca de SuperNova</translation>
    </message>
    <message>
        <source>About sample data</source>
        <translation>Acerca de los datos de ejemplo</translation>
    </message>
    <message>
        <source>Reading bars</source>
        <translation>Leyendo barras</translation>
    </message>
    <message>
        <source>Simulating</source>
        <translation>Simulando</translation>
    </message>
    <message>
        <source>Preparing charts</source>
        <translation>Preparando gráficos</translation>
    </message>
    <message>
        <source>%1 of %2 combinations</source>
        <translation>%1 de %2 combinaciones</translation>
    </message>
    <message>
        <source>Window %1 of %2</source>
        <translation>Ventana %1 de %2</translation>
    </message>
    <message>
        <source>In-sample optimum over the whole span</source>
        <translation>Óptimo dentro de la muestra en todo el periodo</translation>
    </message>
    <message>
        <source>the file holds no rows</source>
        <translation>el archivo no contiene filas</translation>
    </message>
    <message>
        <source>the file holds no transactions</source>
        <translation>el archivo no contiene transacciones</translation>
    </message>
    <message>
        <source>%1 (%2): %3 bars, %4 to %5</source>
        <translation>%1 (%2): %3 barras, del %4 al %5</translation>
    </message>
    <message>
        <source>%1 bad row(s) left out.</source>
        <translation>%1 fila(s) errónea(s) omitida(s).</translation>
    </message>
    <message>
        <source>Imported %1 of %2 row(s):</source>
        <translation>Importadas %1 de %2 fila(s):</translation>
    </message>
    <message>
        <source>Imported %1 transaction(s) into &apos;%2&apos;, %3 to %4.</source>
        <translation>Importadas %1 transacción(es) en «%2», del %3 al %4.</translation>
    </message>
    <message>
        <source>The database could not be opened:
%1</source>
        <translation>No se pudo abrir la base de datos:
%1</translation>
    </message>
    <message>
        <source>Returns, VaR and covariance</source>
        <translation>Rentabilidades, VaR y covarianza</translation>
    </message>
    <message numerus="yes">
        <source>Simulating %n path(s)</source>
        <translation>
            <numerusform>Simulando %n trayectoria</numerusform>
            <numerusform>Simulando %n trayectorias</numerusform>
        </translation>
    </message>
    <message>
        <source>Optimising</source>
        <translation>Optimizando</translation>
    </message>
    <message>
        <source>Building the report</source>
        <translation>Generando el informe</translation>
    </message>
    <message>
        <source>Reading Preferences</source>
        <translation>Leyendo las preferencias</translation>
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
        <translation># Datos de ejemplo

SuperNova incluye precios reales, para que cada área tenga algo verídico que mostrar antes de que importe sus propios datos:

- **Apple (AAPL)**: precios diarios de mayo de 2013 a mayo de 2018. Los cierres están ajustados por el split 7 por 1 de junio de 2014, no por dividendos.
- **Índice S&amp;P 500 (^GSPC)**: valores diarios de enero de 2000 a abril de 2020, pasando por el estallido de la burbuja puntocom, la crisis financiera de 2008 y el crash de 2020. Es el índice de referencia de las cifras de riesgo y sustituye a las posiciones sin datos en las pruebas de estrés.
- **Microsoft, Amazon, IBM, Apple y Google**: un precio al mes de enero de 2000 a marzo de 2010 (Google desde agosto de 2004). Los precios mensuales sirven para gráficos y backtests mensuales; para cifras de riesgo diarias, importe precios diarios con Archivo &gt; Importar.
- Una cartera y una lista de seguimiento de ejemplo creadas con estos instrumentos, para probar las áreas Cartera y Riesgo. Elimínelas o modifíquelas libremente.

## Procedencia de los datos

- Apple: el paquete npm `@observablehq/sample-datasets` 1.0.1, que indica Yahoo! Finance como fuente; licencia ISC.
- S&amp;P 500 y los precios mensuales: el paquete npm `vega-datasets` 3.2.1 (Yahoo Finance para el S&amp;P 500); licencia BSD-3-Clause. Sus autores indican que los datos están pensados para demostraciones y pueden contener incoherencias.

Los datos de ejemplo sirven para aprender a usar el programa, no para tomar decisiones de inversión.</translation>
    </message>
    <message>
        <source>%1: %2 bars stored, data up to %3 (%4 request(s))</source>
        <translation>%1: %2 barras guardadas, datos hasta %3 (%4 solicitud(es))</translation>
    </message>
    <message>
        <source>done</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>Scheduled market data refresh</source>
        <translation>Actualización programada de datos de mercado</translation>
    </message>
</context>
<context>
    <name>sn::AdvisorSession</name>
    <message>
        <source>the offline advisor answers from the tools on your own database</source>
        <translation>el asesor sin conexión responde con las herramientas de su propia base de datos</translation>
    </message>
    <message>
        <source>%1 at %2, model %3%4</source>
        <translation>%1 en %2, modelo %3%4</translation>
    </message>
    <message>
        <source> (a server on this computer or the local network)</source>
        <translation> (un servidor en este equipo o en la red local)</translation>
    </message>
    <message>
        <source>risk score %1/10, horizon %2 years</source>
        <translation>puntuación de riesgo %1/10, horizonte %2 años</translation>
    </message>
    <message>
        <source>, objectives (%1)</source>
        <translation>, objetivos (%1)</translation>
    </message>
    <message>
        <source>, constraints (%1)</source>
        <translation>, restricciones (%1)</translation>
    </message>
    <message>
        <source>your question and this conversation&apos;s earlier questions and answers%1</source>
        <translation>su pregunta y las preguntas y respuestas anteriores de esta conversación%1</translation>
    </message>
    <message>
        <source> (answers built on portfolio data left out)</source>
        <translation> (sin las respuestas basadas en datos de la cartera)</translation>
    </message>
    <message>
        <source>the instructions: persona &quot;%1&quot; and your risk profile: %2</source>
        <translation>las instrucciones: persona &quot;%1&quot; y su perfil de riesgo: %2</translation>
    </message>
    <message>
        <source>the descriptions of the tools offered and the results of those the model calls: %1</source>
        <translation>las descripciones de las herramientas ofrecidas y los resultados de las que el modelo llama: %1</translation>
    </message>
    <message>
        <source>portfolio data when the model asks for it: holdings, values, performance, risk, projections</source>
        <translation>datos de la cartera cuando el modelo los pide: posiciones, valores, rentabilidad, riesgo, proyecciones</translation>
    </message>
    <message>
        <source>the API key stored for %1 (keychain entry %2), as the credential</source>
        <translation>la clave API guardada para %1 (entrada del llavero %2), como credencial</translation>
    </message>
</context>
<context>
    <name>sn::Backtest</name>
    <message>
        <source>&apos;%1&apos; is not one of all_in, whole_shares, units:N, percent:P</source>
        <translation>&apos;%1&apos; no es ninguno de all_in, whole_shares, units:N, percent:P</translation>
    </message>
    <message>
        <source>units must be &gt; 0</source>
        <translation>las unidades deben ser &gt; 0</translation>
    </message>
    <message>
        <source>percent must be in (0, 100]</source>
        <translation>el porcentaje debe estar en (0, 100]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of next_open, close (close is optimistic)</source>
        <translation>&apos;%1&apos; no es ninguno de next_open, close (close es optimista)</translation>
    </message>
    <message>
        <source>the series has no bars (empty date range?)</source>
        <translation>la serie no tiene barras (¿rango de fechas vacío?)</translation>
    </message>
    <message>
        <source>series %1</source>
        <translation>serie %1</translation>
    </message>
    <message>
        <source>bar times are not strictly increasing</source>
        <translation>las horas de las barras no son estrictamente crecientes</translation>
    </message>
    <message>
        <source>field &apos;open&apos; is not a positive number</source>
        <translation>el campo &apos;open&apos; no es un número positivo</translation>
    </message>
    <message>
        <source>series %1 bar %2</source>
        <translation>serie %1, barra %2</translation>
    </message>
    <message>
        <source>field &apos;close&apos; is not a positive number</source>
        <translation>el campo &apos;close&apos; no es un número positivo</translation>
    </message>
    <message>
        <source>too few bars: %1 given, at least %2</source>
        <translation>muy pocas barras: hay %1, se necesitan al menos %2</translation>
    </message>
    <message>
        <source>too few bars: %1 given, parameter &apos;%2&apos; = %3 needs at least %4</source>
        <translation>muy pocas barras: hay %1, el parámetro &apos;%2&apos; = %3 necesita al menos %4</translation>
    </message>
    <message>
        <source>strategy %1</source>
        <translation>estrategia %1</translation>
    </message>
    <message>
        <source>&apos;allow_short&apos; is not supported by this strategy</source>
        <translation>esta estrategia no admite &apos;allow_short&apos;</translation>
    </message>
    <message>
        <source>is a multi-asset strategy: give several series</source>
        <translation>es una estrategia de varios activos: indique varias series</translation>
    </message>
    <message>
        <source>is a single-series strategy</source>
        <translation>es una estrategia de una sola serie</translation>
    </message>
    <message>
        <source>backtest config</source>
        <translation>configuración del backtest</translation>
    </message>
    <message>
        <source>distances cover %1 bars, the series has %2</source>
        <translation>las distancias cubren %1 barras, la serie tiene %2</translation>
    </message>
    <message>
        <source>must be a positive number</source>
        <translation>debe ser un número positivo</translation>
    </message>
    <message>
        <source>must be &gt;= 0, got %1</source>
        <translation>debe ser &gt;= 0, se encontró %1</translation>
    </message>
    <message>
        <source>is a fraction of traded value and must be &lt; 1 (0.001 = 0.1%)</source>
        <translation>es una fracción del valor negociado y debe ser &lt; 1 (0.001 = 0,1 %)</translation>
    </message>
    <message>
        <source>must be &lt; 10000</source>
        <translation>debe ser &lt; 10000</translation>
    </message>
    <message>
        <source>is a fraction of the entry price and must be &lt; 1</source>
        <translation>es una fracción del precio de entrada y debe ser &lt; 1</translation>
    </message>
    <message>
        <source>is a fraction and must be &lt; 1</source>
        <translation>es una fracción y debe ser &lt; 1</translation>
    </message>
    <message>
        <source>%1 parameter values given, expected %2</source>
        <translation>se dieron %1 valores de parámetros, se esperaban %2</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; must be a finite number</source>
        <translation>el parámetro &apos;%1&apos; debe ser un número finito</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; must be a whole number, got %2</source>
        <translation>el parámetro &apos;%1&apos; debe ser un número entero, se encontró %2</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; = %2 is outside [%3, %4]</source>
        <translation>el parámetro &apos;%1&apos; = %2 está fuera de [%3, %4]</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; (%2) must be less than &apos;%3&apos; (%4)</source>
        <translation>el parámetro &apos;%1&apos; (%2) debe ser menor que &apos;%3&apos; (%4)</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is unknown</source>
        <translation>el parámetro &apos;%1&apos; es desconocido</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; must be true or false, got &apos;%2&apos;</source>
        <translation>el parámetro &apos;%1&apos; debe ser true o false, se encontró &apos;%2&apos;</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; must be one of %2, got &apos;%3&apos;</source>
        <translation>el parámetro &apos;%1&apos; debe ser uno de %2, se encontró &apos;%3&apos;</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; must be a number, got &apos;%2&apos;</source>
        <translation>el parámetro &apos;%1&apos; debe ser un número, se encontró &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;allow_short&apos; is not supported (long-only rotation)</source>
        <translation>&apos;allow_short&apos; no se admite (rotación solo en largo)</translation>
    </message>
    <message>
        <source>&apos;sizing&apos; must be all_in or whole_shares (weights decide amounts)</source>
        <translation>&apos;sizing&apos; debe ser all_in o whole_shares (los pesos deciden los importes)</translation>
    </message>
    <message>
        <source>needs at least 2 assets, got %1</source>
        <translation>necesita al menos 2 activos, se recibieron %1</translation>
    </message>
    <message>
        <source>parameter &apos;top_n&apos; (%1) exceeds the number of assets (%2)</source>
        <translation>el parámetro &apos;top_n&apos; (%1) supera el número de activos (%2)</translation>
    </message>
    <message>
        <source>too few common bars: %1, parameter &apos;lookback&apos; = %2 needs at least %3</source>
        <translation>muy pocas barras comunes: %1, el parámetro &apos;lookback&apos; = %2 necesita al menos %3</translation>
    </message>
    <message>
        <source>sweep</source>
        <translation>barrido</translation>
    </message>
    <message>
        <source>expected name=start:stop[:step], got &apos;%1&apos;</source>
        <translation>se esperaba name=start:stop[:step], se encontró &apos;%1&apos;</translation>
    </message>
    <message>
        <source>sweep range</source>
        <translation>rango del barrido</translation>
    </message>
    <message>
        <source>range &apos;%1&apos; must be start:stop[:step] with numbers, got &apos;%2&apos;</source>
        <translation>el rango &apos;%1&apos; debe ser start:stop[:step] con números, se encontró &apos;%2&apos;</translation>
    </message>
    <message>
        <source>range &apos;%1&apos; step must be &gt; 0</source>
        <translation>en el rango &apos;%1&apos; el paso debe ser &gt; 0</translation>
    </message>
    <message>
        <source>range &apos;%1&apos; is empty (stop &lt; start)</source>
        <translation>el rango &apos;%1&apos; está vacío (stop &lt; start)</translation>
    </message>
    <message>
        <source>bar range [%1, %2) is empty or too short</source>
        <translation>el rango de barras [%1, %2) está vacío o es demasiado corto</translation>
    </message>
    <message>
        <source>no parameter range given (--grid name=start:stop:step)</source>
        <translation>no se indicó ningún rango de parámetros (--grid name=start:stop:step)</translation>
    </message>
    <message>
        <source>range &apos;%1&apos; is given twice</source>
        <translation>el rango &apos;%1&apos; se indica dos veces</translation>
    </message>
    <message>
        <source>range &apos;%1&apos; is empty or has a step &lt;= 0</source>
        <translation>el rango &apos;%1&apos; está vacío o tiene un paso &lt;= 0</translation>
    </message>
    <message>
        <source>range &apos;%1&apos; has too many values</source>
        <translation>el rango &apos;%1&apos; tiene demasiados valores</translation>
    </message>
    <message>
        <source>range &apos;%1&apos; goes outside what parameter &apos;%1&apos; allows ([%2, %3], %4)</source>
        <translation>el rango &apos;%1&apos; sale de lo que admite el parámetro &apos;%1&apos; ([%2, %3], %4)</translation>
    </message>
    <message>
        <source>the grid has %1 points, more than %2</source>
        <translation>la cuadrícula tiene %1 puntos, más de %2</translation>
    </message>
    <message>
        <source>no grid point satisfies the parameter constraints</source>
        <translation>ningún punto de la cuadrícula cumple las restricciones de los parámetros</translation>
    </message>
    <message>
        <source>&apos;in_sample&apos; must be at least 2 bars</source>
        <translation>&apos;in_sample&apos; debe abarcar al menos 2 barras</translation>
    </message>
    <message>
        <source>walk-forward</source>
        <translation>walk-forward</translation>
    </message>
    <message>
        <source>&apos;out_of_sample&apos; must be at least 2 bars</source>
        <translation>&apos;out_of_sample&apos; debe abarcar al menos 2 barras</translation>
    </message>
    <message>
        <source>too few bars: %1 given, &apos;in_sample&apos; + &apos;out_of_sample&apos; = %2</source>
        <translation>muy pocas barras: hay %1, &apos;in_sample&apos; + &apos;out_of_sample&apos; = %2</translation>
    </message>
    <message>
        <source>walk-forward window %1</source>
        <translation>ventana %1 del walk-forward</translation>
    </message>
    <message>
        <source>no complete window fits the series</source>
        <translation>ninguna ventana completa cabe en la serie</translation>
    </message>
    <message>
        <source>unknown strategy &apos;%1&apos; (known: %2)</source>
        <translation>estrategia desconocida &apos;%1&apos; (conocidas: %2)</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>estrategia</translation>
    </message>
    <message>
        <source>empty or invalid bar range [%1, %2) of %3 bars</source>
        <translation>rango de barras vacío o no válido [%1, %2) de %3 barras</translation>
    </message>
    <message>
        <source>backtest</source>
        <translation>backtest</translation>
    </message>
    <message>
        <source>empty bar range</source>
        <translation>rango de barras vacío</translation>
    </message>
</context>
<context>
    <name>sn::BarImporter</name>
    <message>
        <source>reading</source>
        <translation>leyendo</translation>
    </message>
    <message>
        <source>storing %1</source>
        <translation>guardando %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>no bars to import</source>
        <translation>no hay barras que importar</translation>
    </message>
    <message>
        <source>import cancelled; nothing was written</source>
        <translation>importación cancelada; no se ha escrito nada</translation>
    </message>
    <message>
        <source>symbol %1</source>
        <translation>símbolo %1</translation>
    </message>
</context>
<context>
    <name>sn::Charts</name>
    <message>
        <source>no %1 bars stored</source>
        <translation>no hay barras %1 guardadas</translation>
    </message>
    <message>
        <source>chart of %1</source>
        <translation>gráfico de %1</translation>
    </message>
    <message>
        <source>compare with %1</source>
        <translation>comparar con %1</translation>
    </message>
    <message>
        <source>unknown indicator &apos;%1&apos;</source>
        <translation>indicador desconocido «%1»</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>gráfico</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;</source>
        <translation>parámetro desconocido «%1»</translation>
    </message>
    <message>
        <source>indicator %1</source>
        <translation>indicador %1</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; = %2 is not allowed</source>
        <translation>el parámetro «%1» = %2 no está permitido</translation>
    </message>
</context>
<context>
    <name>sn::CsvImport</name>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: aviso: %2</translation>
    </message>
    <message>
        <source>%1: warning: field &apos;%2&apos;: %3</source>
        <translation>%1: aviso: campo &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos;: %3</source>
        <translation>%1: campo &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>%1 of %2 rows are invalid; the file was not imported:</source>
        <translation>%1 de %2 filas no son válidas; el archivo no se importó:</translation>
    </message>
    <message>
        <source>UTF-16 text; save the file as UTF-8 (or ASCII) CSV</source>
        <translation>texto UTF-16; guarde el archivo como CSV en UTF-8 (o ASCII)</translation>
    </message>
    <message>
        <source>empty file: no header and no data</source>
        <translation>archivo vacío: sin cabecera y sin datos</translation>
    </message>
    <message>
        <source>the header %1 has a single column: no delimiter (, ; tab |) found</source>
        <translation>la cabecera %1 tiene una sola columna: no se encontró ningún separador (, ; tabulador |)</translation>
    </message>
    <message>
        <source>unterminated quote in the header</source>
        <translation>comilla sin cerrar en la cabecera</translation>
    </message>
    <message>
        <source>the header names %1 twice (columns %2 and %3); rename one, or say which column is which with --map</source>
        <translation>la cabecera nombra %1 dos veces (columnas %2 y %3); cambie el nombre de una o indique qué columna es cuál (--map)</translation>
    </message>
    <message>
        <source>adjusted prices asked for, but the file has no Adj Close column</source>
        <translation>se pidieron precios ajustados, pero el archivo no tiene columna Adj Close</translation>
    </message>
    <message>
        <source>truncated last line: the file ends without a newline after %1 of %2 fields (%3)</source>
        <translation>última línea truncada: el archivo termina sin salto de línea tras %1 de %2 campos (%3)</translation>
    </message>
    <message>
        <source>header only: the file has no data rows</source>
        <translation>solo cabecera: el archivo no tiene filas de datos</translation>
    </message>
    <message>
        <source>no row has the header&apos;s %1 fields; the first: %2</source>
        <translation>ninguna fila tiene los %1 campos de la cabecera; la primera: %2</translation>
    </message>
    <message>
        <source>empty value</source>
        <translation>valor vacío</translation>
    </message>
    <message>
        <source>not a number: %1</source>
        <translation>no es un número: %1</translation>
    </message>
    <message>
        <source>not a finite number: %1</source>
        <translation>no es un número finito: %1</translation>
    </message>
    <message>
        <source>unterminated or misplaced quote in %1</source>
        <translation>comilla sin cerrar o mal colocada en %1</translation>
    </message>
    <message>
        <source>not a date in format &apos;%1&apos;: %2</source>
        <translation>no es una fecha con el formato &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>not a time of day (hhmmss or hh:mm[:ss]): %1</source>
        <translation>no es una hora del día (hhmmss o hh:mm[:ss]): %1</translation>
    </message>
    <message>
        <source>negative volume: %1</source>
        <translation>volumen negativo: %1</translation>
    </message>
    <message>
        <source>price must be &gt; 0, got %1</source>
        <translation>el precio debe ser &gt; 0, se encontró %1</translation>
    </message>
    <message>
        <source>price %1 is too small to be a price (below 1e-300)</source>
        <translation>el precio %1 es demasiado pequeño para ser un precio (menos de 1e-300)</translation>
    </message>
    <message>
        <source>high %1 is below low %2</source>
        <translation>el máximo %1 está por debajo del mínimo %2</translation>
    </message>
    <message>
        <source>open %1 is outside low..high %2..%3</source>
        <translation>la apertura %1 está fuera de mínimo..máximo %2..%3</translation>
    </message>
    <message>
        <source>close %1 is outside low..high %2..%3</source>
        <translation>el cierre %1 está fuera de mínimo..máximo %2..%3</translation>
    </message>
    <message>
        <source>empty symbol</source>
        <translation>símbolo vacío</translation>
    </message>
    <message>
        <source>duplicate date %1 (first seen on line %2)</source>
        <translation>fecha duplicada %1 (vista por primera vez en la línea %2)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>is a directory, not a CSV file</source>
        <translation>es una carpeta, no un archivo CSV</translation>
    </message>
    <message>
        <source>cannot open for reading: %1</source>
        <translation>no se puede abrir para leer: %1</translation>
    </message>
    <message>
        <source>no valid rows: %1</source>
        <translation>ninguna fila válida: %1</translation>
    </message>
    <message>
        <source>no date values to read</source>
        <translation>no hay fechas que leer</translation>
    </message>
    <message>
        <source>ambiguous dates: %1 and every other date can be read as day/month/year or as month/day/year; give --date-format dmy or --date-format mdy</source>
        <translation>fechas ambiguas: %1 y todas las demás fechas se pueden leer como día/mes/año o como mes/día/año; indique --date-format dmy o --date-format mdy</translation>
    </message>
    <message>
        <source>no known date layout fits %1 (give --date-format iso|yyyymmdd|dmy|mdy|mon-d-y|d-mon-y|epoch-s|epoch-ms)</source>
        <translation>ningún formato de fecha conocido encaja con %1 (indique --date-format iso|yyyymmdd|dmy|mdy|mon-d-y|d-mon-y|epoch-s|epoch-ms)</translation>
    </message>
    <message>
        <source>ambiguous dates: day/month order cannot be told from the values; give --date-format dmy or --date-format mdy</source>
        <translation>fechas ambiguas: los valores no permiten saber si va primero el día o el mes; indique --date-format dmy o --date-format mdy</translation>
    </message>
    <message>
        <source>--map is empty; expected e.g. date=Date,close=Close</source>
        <translation>la asignación de columnas está vacía; se espera p. ej. date=Date,close=Close</translation>
    </message>
    <message>
        <source>--map: empty entry in &apos;%1&apos;</source>
        <translation>asignación de columnas: entrada vacía en &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--map: entry &apos;%1&apos; has no &apos;=&apos; (expected key=column)</source>
        <translation>asignación de columnas: la entrada &apos;%1&apos; no tiene &apos;=&apos; (se espera clave=columna)</translation>
    </message>
    <message>
        <source>--map: entry &apos;%1&apos; names no column</source>
        <translation>asignación de columnas: la entrada &apos;%1&apos; no nombra ninguna columna</translation>
    </message>
    <message>
        <source>--map: column index &apos;%1&apos; for &apos;%2&apos; is out of range (columns are numbered from 1)</source>
        <translation>asignación de columnas: el número de columna &apos;%1&apos; para &apos;%2&apos; está fuera de rango (las columnas se numeran desde 1)</translation>
    </message>
    <message>
        <source>--map: unknown key &apos;%1&apos; (expected date, time, open, high, low, close, adjclose, volume, symbol)</source>
        <translation>asignación de columnas: clave desconocida &apos;%1&apos; (se espera date, time, open, high, low, close, adjclose, volume, symbol)</translation>
    </message>
    <message>
        <source>--map: key &apos;%1&apos; is given twice</source>
        <translation>asignación de columnas: la clave &apos;%1&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>--map: no &apos;date&apos; column given</source>
        <translation>asignación de columnas: no se indicó la columna &apos;date&apos;</translation>
    </message>
    <message>
        <source>--map: no &apos;close&apos; column given</source>
        <translation>asignación de columnas: no se indicó la columna &apos;close&apos;</translation>
    </message>
    <message>
        <source>--map: give all of open, high and low, or none of them (then they equal close)</source>
        <translation>asignación de columnas: indique open, high y low todos o ninguno (entonces son iguales a close)</translation>
    </message>
    <message>
        <source>--map %1=%2: the header has only %3 columns</source>
        <translation>--map %1=%2: la cabecera solo tiene %3 columnas</translation>
    </message>
    <message>
        <source>--map %1=%2: no such column in the header (%3)</source>
        <translation>--map %1=%2: no existe esa columna en la cabecera (%3)</translation>
    </message>
    <message>
        <source>--map must name the date and close columns</source>
        <translation>--map debe indicar las columnas de fecha y de cierre</translation>
    </message>
    <message>
        <source>the first line &apos;%1&apos; looks like data, not a header: the file needs a header row naming its columns (e.g. Date,Open,High,Low,Close,Volume)</source>
        <translation>la primera línea &apos;%1&apos; parece de datos, no una cabecera: el archivo necesita una fila de cabecera que nombre sus columnas (p. ej. Date,Open,High,Low,Close,Volume)</translation>
    </message>
    <message>
        <source>no recognisable date column in the header &apos;%1&apos; (use --format and --map date=COL,close=COL to name the columns)</source>
        <translation>no se reconoce ninguna columna de fecha en la cabecera &apos;%1&apos; (use --format y --map date=COL,close=COL para nombrar las columnas)</translation>
    </message>
    <message>
        <source>no recognisable close column in the header &apos;%1&apos; (use --format and --map date=COL,close=COL to name the columns)</source>
        <translation>no se reconoce ninguna columna de cierre en la cabecera &apos;%1&apos; (use --format y --map date=COL,close=COL para nombrar las columnas)</translation>
    </message>
    <message>
        <source>the header &apos;%1&apos; lacks the %2 column(s) %3</source>
        <translation>a la cabecera &apos;%1&apos; le faltan las columnas %2: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code; enter a three-letter code such as USD, EUR or GBP (upper case)</source>
        <translation>&apos;%1&apos; no es un código de moneda ISO 4217; introduzca un código de tres letras como USD, EUR o GBP (en mayúsculas)</translation>
    </message>
    <message>
        <source>symbol %1 is empty</source>
        <translation>el símbolo %1 está vacío</translation>
    </message>
    <message>
        <source>symbol %1 is %2 characters long; at most %3 are allowed</source>
        <translation>el símbolo %1 tiene %2 caracteres; se permiten como máximo %3</translation>
    </message>
    <message>
        <source>symbol %1 contains a control character (a newline or a tab?); remove it</source>
        <translation>el símbolo %1 contiene un carácter de control (¿un salto de línea o un tabulador?); elimínelo</translation>
    </message>
    <message>
        <source>symbol %1 starts with &apos;-&apos;, which the command line would read as an option; drop the &apos;-&apos;</source>
        <translation>el símbolo %1 empieza por &apos;-&apos;, que la línea de comandos leería como una opción; quite el &apos;-&apos;</translation>
    </message>
    <message>
        <source>symbol %1 starts or ends with a space</source>
        <translation>el símbolo %1 empieza o termina con un espacio</translation>
    </message>
</context>
<context>
    <name>sn::DailyCloses</name>
    <message>
        <source>import daily (1d) bars of %1 (File &gt; Import CSV, or supernova-cli import FILE --interval 1d)</source>
        <translation>importe barras diarias (1d) de %1 (Archivo &gt; Importar CSV, o supernova-cli import ARCHIVO --interval 1d)</translation>
    </message>
    <message>
        <source>no daily bars stored: %1</source>
        <translation>no hay barras diarias guardadas: %1</translation>
    </message>
    <message>
        <source>only %1 bars are stored and a portfolio is valued from daily closes: %2</source>
        <translation>solo hay barras %1 guardadas y una cartera se valora con cierres diarios: %2</translation>
    </message>
</context>
<context>
    <name>sn::Database</name>
    <message>
        <source>%1 is not a SuperNova database: %2; choose another file or an empty one</source>
        <translation>%1 no es una base de datos de SuperNova: %2; elija otro archivo o uno vacío</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>it is not an SQLite database file</source>
        <translation>no es un archivo de base de datos SQLite</translation>
    </message>
    <message>
        <source>SQLite cannot open it (%1)</source>
        <translation>SQLite no puede abrirlo (%1)</translation>
    </message>
    <message>
        <source>another program is writing to the database and did not finish within 10 s; try again in a moment</source>
        <translation>otro programa está escribiendo en la base de datos y no terminó en 10 s; inténtelo de nuevo en un momento</translation>
    </message>
    <message>
        <source>SQLite cannot read it (%1)</source>
        <translation>SQLite no puede leerlo (%1)</translation>
    </message>
    <message>
        <source>%1 is a folder, not a SuperNova database; choose a file in it</source>
        <translation>%1 es una carpeta, no una base de datos de SuperNova; elija un archivo dentro de ella</translation>
    </message>
    <message>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>no se puede crear la carpeta &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the file is not a SuperNova database (not an SQLite file, or a damaged one); open another file, or move this one away and SuperNova creates a new one</source>
        <translation>el archivo no es una base de datos de SuperNova (no es un archivo SQLite, o está dañado); abra otro archivo, o mueva este y SuperNova creará uno nuevo</translation>
    </message>
    <message>
        <source>the database file cannot be opened; check that its folder exists and that you may write to it</source>
        <translation>no se puede abrir el archivo de la base de datos; compruebe que su carpeta existe y que puede escribir en ella</translation>
    </message>
    <message>
        <source>another program is writing to the database; try again in a moment</source>
        <translation>otro programa está escribiendo en la base de datos; inténtelo de nuevo en un momento</translation>
    </message>
    <message>
        <source>the disk holding the database is full, so nothing of this change was written; free some space and try again</source>
        <translation>el disco de la base de datos está lleno, así que no se escribió nada de este cambio; libere espacio e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the disk of the database server is full, so nothing of this change was written; free some space there and try again</source>
        <translation>el disco del servidor de base de datos está lleno, así que no se escribió nada de este cambio; libere espacio allí e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the database could not be read (locked by another program, or damaged); close other programs using it and try again</source>
        <translation>no se pudo leer la base de datos (bloqueada por otro programa o dañada); cierre los demás programas que la usan e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>that already exists: names and symbols must be unique; choose another one</source>
        <translation>ya existe: los nombres y los símbolos deben ser únicos; elija otro</translation>
    </message>
    <message>
        <source>the database is read-only; open one you may write to</source>
        <translation>la base de datos es de solo lectura; abra una en la que pueda escribir</translation>
    </message>
    <message>
        <source>the disk could not be read or written; check free space and the disk itself</source>
        <translation>no se pudo leer ni escribir el disco; compruebe el espacio libre y el propio disco</translation>
    </message>
    <message>
        <source>the database gave no reason for the failure; check that the file or server is reachable and writable</source>
        <translation>la base de datos no dio ningún motivo del fallo; compruebe que el archivo o el servidor es accesible y se puede escribir</translation>
    </message>
    <message>
        <source>%1 (the database said: %2)</source>
        <translation>%1 (la base de datos dijo: %2)</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de datos</translation>
    </message>
    <message>
        <source>%1 is not a SuperNova database: its schema_version table lacks the column(s) %2 (another application&apos;s?); choose another file or an empty one</source>
        <translation>%1 no es una base de datos de SuperNova: a su tabla schema_version le faltan las columnas %2 (¿de otra aplicación?); elija otro archivo o uno vacío</translation>
    </message>
    <message>
        <source>%1 is not a SuperNova database: its schema_version table lacks the column(s) %2 (another application&apos;s?); choose another database or an empty one</source>
        <translation>%1 no es una base de datos de SuperNova: a su tabla schema_version le faltan las columnas %2 (¿de otra aplicación?); elija otra base de datos o una vacía</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>la tabla %1</translation>
    </message>
    <message>
        <source>tables %1</source>
        <translation>las tablas %1</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
    <message>
        <source>%1 is not a SuperNova database: it holds %2 (another application&apos;s?) and no schema_version table; choose another file or an empty one</source>
        <translation>%1 no es una base de datos de SuperNova: contiene %2 (¿de otra aplicación?) y ninguna tabla schema_version; elija otro archivo o uno vacío</translation>
    </message>
    <message>
        <source>%1 is not a SuperNova database: it holds %2 (another application&apos;s?) and no schema_version table; choose another database or an empty one</source>
        <translation>%1 no es una base de datos de SuperNova: contiene %2 (¿de otra aplicación?) y ninguna tabla schema_version; elija otra base de datos o una vacía</translation>
    </message>
</context>
<context>
    <name>sn::FileOutput</name>
    <message>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <source>cannot write: No space left on device (%1 bytes free on %2, %3 needed)</source>
        <translation>no se puede escribir: no queda espacio en el dispositivo (%1 bytes libres en %2, se necesitan %3)</translation>
    </message>
    <message>
        <source>cannot write: only part of the %1 bytes could be written</source>
        <translation>no se puede escribir: solo se pudo escribir una parte de los %1 bytes</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>no se indicó ningún nombre de archivo</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
</context>
<context>
    <name>sn::Indicators</name>
    <message>
        <source>unknown indicator &apos;%1&apos;</source>
        <translation>indicador desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicador</translation>
    </message>
    <message>
        <source>indicator %1</source>
        <translation>indicador %1</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;</source>
        <translation>parámetro desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; = %2 is outside [%3, %4]</source>
        <translation>el parámetro &apos;%1&apos; = %2 está fuera de [%3, %4]</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; must be a whole number</source>
        <translation>el parámetro &apos;%1&apos; debe ser un número entero</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; has %2 values, expected %3</source>
        <translation>la entrada &apos;%1&apos; tiene %2 valores; se esperaban %3</translation>
    </message>
    <message>
        <source>parameter &apos;fast&apos; must be less than &apos;slow&apos;</source>
        <translation>el parámetro &apos;fast&apos; debe ser menor que &apos;slow&apos;</translation>
    </message>
    <message>
        <source>too few bars: %1 given, the warm-up needs %2</source>
        <translation>muy pocas barras: hay %1, el periodo de calentamiento necesita %2</translation>
    </message>
</context>
<context>
    <name>sn::Instruments</name>
    <message>
        <source>instrument &apos;%1&apos;</source>
        <translation>instrumento &apos;%1&apos;</translation>
    </message>
    <message>
        <source>field &apos;symbol&apos; is empty</source>
        <translation>el campo &apos;symbol&apos; está vacío</translation>
    </message>
    <message>
        <source>instrument</source>
        <translation>instrumento</translation>
    </message>
    <message>
        <source>field &apos;kind&apos; is &apos;%1&apos;; expected one of %2</source>
        <translation>el campo &apos;kind&apos; es &apos;%1&apos;; se esperaba uno de %2</translation>
    </message>
    <message>
        <source>field &apos;currency&apos; is &apos;%1&apos;; expected a 3-letter code</source>
        <translation>el campo &apos;currency&apos; es &apos;%1&apos;; se esperaba un código de 3 letras</translation>
    </message>
    <message>
        <source>no such instrument</source>
        <translation>no existe ese instrumento</translation>
    </message>
    <message>
        <source>instrument id %1</source>
        <translation>instrumento con id %1</translation>
    </message>
</context>
<context>
    <name>sn::Interval</name>
    <message>
        <source>1-minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>5-minute</source>
        <translation>5 minutos</translation>
    </message>
    <message>
        <source>15-minute</source>
        <translation>15 minutos</translation>
    </message>
    <message>
        <source>30-minute</source>
        <translation>30 minutos</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>por hora</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diario</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensual</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>trimestral</translation>
    </message>
    <message>
        <source>the median gap between bars is %1 minutes</source>
        <translation>la separación mediana entre barras es de %1 minutos</translation>
    </message>
    <message>
        <source>the median gap between dates is %1 day</source>
        <translation>la separación mediana entre fechas es de %1 día</translation>
    </message>
    <message>
        <source>the median gap between dates is %1 days</source>
        <translation>la separación mediana entre fechas es de %1 días</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is stored as %2 (&apos;%3&apos;) bars, but %4, which is %5; annualised figures would be wrong. Import the file again with --interval %6 (or choose the interval in the import wizard)</source>
        <translation>«%1» está guardado con el intervalo %2 («%3»), pero %4, lo que corresponde a %5; las cifras anualizadas serían erróneas. Importe el archivo de nuevo y elija el intervalo %5 («%6») en el asistente de importación.</translation>
    </message>
    <message>
        <source>series %1</source>
        <translation>serie %1</translation>
    </message>
    <message>
        <source>%1 (as given)</source>
        <translation>%1 (según lo indicado)</translation>
    </message>
    <message>
        <source>stored as %1 as asked, but %2, which is %3; annualised figures will be refused until it is imported with --interval %4</source>
        <translation>guardado como %1 según lo pedido, pero %2, lo que corresponde a %3; las cifras anualizadas se rechazarán hasta que se importe con el intervalo %3 («%4»)</translation>
    </message>
    <message>
        <source>stored as %1 as asked, but %2, which is %3 for %5; annualised figures will be refused until it is imported with --interval %4</source>
        <translation>guardado como %1 según lo pedido, pero %2, lo que corresponde a %3 para %5; las cifras anualizadas se rechazarán hasta que se importe con el intervalo %3 («%4»)</translation>
    </message>
    <message>
        <source>%1 (from the file&apos;s period column)</source>
        <translation>%1 (de la columna de periodo del archivo)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>daily, assumed: too few rows to tell (give --interval)</source>
        <translation>diario, supuesto: muy pocas filas para saberlo (elija el intervalo)</translation>
    </message>
    <message>
        <source>daily, assumed: the spacing of the dates fits no interval (give --interval)</source>
        <translation>diario, supuesto: la separación de las fechas no encaja en ningún intervalo (elija el intervalo)</translation>
    </message>
    <message>
        <source>the spacing of the dates fits no interval; stored as daily (give --interval)</source>
        <translation>la separación de las fechas no encaja en ningún intervalo; guardado como diario (elija el intervalo)</translation>
    </message>
    <message>
        <source>the spacing of the dates for %1 fits no interval; stored as daily (give --interval)</source>
        <translation>la separación de las fechas de %1 no encaja en ningún intervalo; guardado como diario (elija el intervalo)</translation>
    </message>
</context>
<context>
    <name>sn::Keychain</name>
    <message>
        <source>%1 (keychain said: %2)</source>
        <translation>%1 (el llavero dijo: %2)</translation>
    </message>
    <message>
        <source>no Secret Service: start gnome-keyring or KWallet in your desktop session (a D-Bus session bus with org.freedesktop.secrets is needed)</source>
        <translation>no hay Secret Service: inicie gnome-keyring o KWallet en su sesión de escritorio (se necesita un bus de sesión D-Bus con org.freedesktop.secrets)</translation>
    </message>
    <message>
        <source>the keyring is locked or access was denied: unlock it (for example by logging in to the desktop session) and try again</source>
        <translation>el llavero está bloqueado o se denegó el acceso: desbloquéelo (por ejemplo, iniciando sesión en el escritorio) e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>no secret is stored under this key</source>
        <translation>no hay ningún secreto guardado con esta clave</translation>
    </message>
    <message>
        <source>the OS keychain does not support this operation</source>
        <translation>el llavero del sistema no admite esta operación</translation>
    </message>
    <message>
        <source>the keychain could not delete the secret</source>
        <translation>el llavero no pudo borrar el secreto</translation>
    </message>
    <message>
        <source>the Secret Service has no default keyring to store into: create or unlock the &apos;login&apos; keyring (gnome-keyring or KWallet)</source>
        <translation>el Secret Service no tiene un llavero predeterminado donde guardar: cree o desbloquee el llavero &apos;login&apos; (gnome-keyring o KWallet)</translation>
    </message>
    <message>
        <source>the OS keychain failed</source>
        <translation>el llavero del sistema falló</translation>
    </message>
    <message>
        <source>keychain service &apos;%1&apos;, key &apos;%2&apos;</source>
        <translation>servicio del llavero &apos;%1&apos;, clave &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the application&apos;s Qt event loop does not run GLib (is QT_NO_GLIB set?), which the Secret Service client (libsecret) needs: unset QT_NO_GLIB</source>
        <translation>el bucle de eventos de Qt de la aplicación no ejecuta GLib (¿está definido QT_NO_GLIB?), que necesita el cliente de Secret Service (libsecret): elimine QT_NO_GLIB</translation>
    </message>
    <message>
        <source>the Secret Service did not answer within %1: check that gnome-keyring or KWallet is running and not waiting on a prompt</source>
        <translation>el Secret Service no respondió en %1: compruebe que gnome-keyring o KWallet se está ejecutando y no espera una confirmación</translation>
    </message>
    <message>
        <source>parameter &apos;key&apos; must be lowercase segments [a-z0-9._-] joined by &apos;/&apos; (1..200 characters), e.g. &apos;llm/openai/api-key&apos;</source>
        <translation>el parámetro &apos;key&apos; debe constar de segmentos en minúsculas [a-z0-9._-] unidos por &apos;/&apos; (1..200 caracteres), p. ej. &apos;llm/openai/api-key&apos;</translation>
    </message>
    <message>
        <source>the keychain service name is empty</source>
        <translation>el nombre del servicio del llavero está vacío</translation>
    </message>
    <message>
        <source>parameter &apos;secret&apos; is empty: use remove() to delete a secret</source>
        <translation>el parámetro &apos;secret&apos; está vacío: use remove() para borrar un secreto</translation>
    </message>
    <message>
        <source>the keychain job never ran: the application thread is not running its event loop (is it waiting for this thread?)</source>
        <translation>la tarea del llavero nunca se ejecutó: el hilo de la aplicación no está ejecutando su bucle de eventos (¿está esperando a este hilo?)</translation>
    </message>
</context>
<context>
    <name>sn::KnownSecrets</name>
    <message>
        <source>OpenAI API key</source>
        <translation>Clave API de OpenAI</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Clave API de Anthropic</translation>
    </message>
    <message>
        <source>API key of an OpenAI-compatible server (vLLM, LM Studio, llama.cpp)</source>
        <translation>Clave API de un servidor compatible con OpenAI (vLLM, LM Studio, llama.cpp)</translation>
    </message>
    <message>
        <source>SuperNova team server password</source>
        <translation>Contraseña del servidor de equipo de SuperNova</translation>
    </message>
    <message>
        <source>Password of the PostgreSQL database set in Settings</source>
        <translation>Contraseña de la base de datos PostgreSQL configurada en Preferencias</translation>
    </message>
    <message>
        <source>Alpha Vantage API key (market data)</source>
        <translation>Clave API de Alpha Vantage (datos de mercado)</translation>
    </message>
    <message>
        <source>Tiingo API token (market data)</source>
        <translation>Token API de Tiingo (datos de mercado)</translation>
    </message>
</context>
<context>
    <name>sn::Ledger</name>
    <message>
        <source>transaction %1 %2%3</source>
        <translation>transacción %1 %2%3</translation>
    </message>
    <message>
        <source>dated before the previous transaction (%1)</source>
        <translation>tiene fecha anterior a la transacción previa (%1)</translation>
    </message>
    <message>
        <source>negative fee %1</source>
        <translation>comisión negativa %1</translation>
    </message>
    <message>
        <source>negative tax %1</source>
        <translation>impuesto negativo %1</translation>
    </message>
    <message>
        <source>needs a symbol</source>
        <translation>necesita un símbolo</translation>
    </message>
    <message>
        <source>unknown symbol &apos;%1&apos;</source>
        <translation>símbolo desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>negative price %1</source>
        <translation>precio negativo %1</translation>
    </message>
    <message>
        <source>quantity must be positive, got %1</source>
        <translation>la cantidad debe ser positiva, se encontró %1</translation>
    </message>
    <message>
        <source>%1 of %2 exceeds the %3 held</source>
        <translation>%1 de %2 supera los %3 en cartera</translation>
    </message>
    <message>
        <source>needs %1 %2 cash, the portfolio holds %3</source>
        <translation>necesita %1 %2 de efectivo, la cartera tiene %3</translation>
    </message>
    <message>
        <source>split ratio (quantity) must be positive, got %1</source>
        <translation>la proporción del split (cantidad) debe ser positiva, se encontró %1</translation>
    </message>
    <message>
        <source>negative amount %1</source>
        <translation>importe negativo %1</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Dividend</source>
        <translation>Dividendo</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Depósito</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>Traspaso de entrada</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Traspaso de salida</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>cartera</translation>
    </message>
    <message>
        <source>no portfolio with id %1</source>
        <translation>no hay ninguna cartera con el id %1</translation>
    </message>
    <message>
        <source>a portfolio needs a name</source>
        <translation>Una cartera necesita un nombre</translation>
    </message>
    <message>
        <source>a portfolio name has at most 200 characters</source>
        <translation>El nombre de una cartera tiene como máximo 200 caracteres</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: %2</source>
        <translation>campo &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code (USD, EUR, ...)</source>
        <translation>&apos;%1&apos; no es un código de divisa ISO 4217 (USD, EUR, ...)</translation>
    </message>
    <message>
        <source>no daily close of %1 on or before %2 (first close %3; import its prices first)</source>
        <translation>no hay cierre diario de %1 en o antes del %2 (primer cierre %3; importe primero sus precios)</translation>
    </message>
    <message>
        <source>unknown portfolio &apos;%1&apos;</source>
        <translation>cartera desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not a three-letter currency code &apos;%1&apos; (e.g. USD, EUR)</source>
        <translation>no es un código de divisa de tres letras: &apos;%1&apos; (p. ej. USD, EUR)</translation>
    </message>
    <message>
        <source>a portfolio named &apos;%1&apos; already exists</source>
        <translation>Ya existe una cartera llamada &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the exact decimal range (+/-9.2 trillion)</source>
        <translation>del rango decimal exacto (+/-9,2 billones)</translation>
    </message>
    <message>
        <source>amount too large: %1 would leave %2</source>
        <translation>importe demasiado grande: %1 saldría %2</translation>
    </message>
    <message>
        <source>quantity x price + fee</source>
        <translation>cantidad x precio + comisión</translation>
    </message>
    <message>
        <source>quantity x price + fee + tax</source>
        <translation>cantidad x precio + comisión + impuesto</translation>
    </message>
    <message>
        <source>amount + fee</source>
        <translation>importe + comisión</translation>
    </message>
    <message>
        <source>amount + fee + tax</source>
        <translation>importe + comisión + impuesto</translation>
    </message>
    <message>
        <source>the %1 cash</source>
        <translation>el efectivo en %1</translation>
    </message>
    <message>
        <source>quantity x price</source>
        <translation>cantidad x precio</translation>
    </message>
    <message>
        <source>fee + tax</source>
        <translation>comisión + impuesto</translation>
    </message>
    <message>
        <source>the quantity of the lot</source>
        <translation>la cantidad del lote</translation>
    </message>
    <message>
        <source>the cost of the lot</source>
        <translation>el coste del lote</translation>
    </message>
    <message>
        <source>the quantity held</source>
        <translation>la cantidad en cartera</translation>
    </message>
    <message>
        <source>the cost basis</source>
        <translation>el coste de adquisición</translation>
    </message>
    <message>
        <source>the proceeds net of the fee</source>
        <translation>el producto neto de comisión</translation>
    </message>
    <message>
        <source>the net proceeds</source>
        <translation>el producto neto</translation>
    </message>
    <message>
        <source>the realised P&amp;L</source>
        <translation>las pérdidas y ganancias realizadas</translation>
    </message>
    <message>
        <source>the split quantity of a lot</source>
        <translation>la cantidad de un lote tras el split</translation>
    </message>
    <message>
        <source>the quantity held after the split</source>
        <translation>la cantidad en cartera tras el split</translation>
    </message>
    <message>
        <source>amount - fee</source>
        <translation>importe - comisión</translation>
    </message>
    <message>
        <source>amount - fee - tax</source>
        <translation>importe - comisión - impuesto</translation>
    </message>
    <message>
        <source>the dividend income</source>
        <translation>los ingresos por dividendos</translation>
    </message>
    <message>
        <source>no such portfolio</source>
        <translation>no existe esa cartera</translation>
    </message>
    <message>
        <source>portfolio %1</source>
        <translation>cartera %1</translation>
    </message>
    <message>
        <source>no such transaction</source>
        <translation>no existe esa transacción</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a transaction type (%2)</source>
        <translation>&apos;%1&apos; no es un tipo de transacción (%2)</translation>
    </message>
    <message>
        <source>a %1 has no symbol</source>
        <translation>una transacción de tipo %1 no lleva símbolo</translation>
    </message>
    <message>
        <source>a %1 needs a symbol</source>
        <translation>una transacción de tipo %1 necesita un símbolo</translation>
    </message>
    <message>
        <source>no daily close of %1 on or before %2 (%3)</source>
        <translation>no hay cierre diario de %1 en o antes del %2 (%3)</translation>
    </message>
    <message>
        <source>amount too large: the result leaves the exact decimal range (+/-9.2 trillion)</source>
        <translation>importe demasiado grande: el resultado sale del rango decimal exacto (+/-9,2 billones)</translation>
    </message>
    <message>
        <source>transaction %1 is not a line of this portfolio (removed meanwhile?)</source>
        <translation>la transacción %1 no es una línea de esta cartera (¿eliminada entretanto?)</translation>
    </message>
</context>
<context>
    <name>sn::MarketData</name>
    <message>
        <source>adjusted prices of %1</source>
        <translation>precios ajustados de %1</translation>
    </message>
</context>
<context>
    <name>sn::MarketFetch</name>
    <message>
        <source>no market-data provider is enabled: enable one in Preferences &gt; Data providers, or name one with --provider (yahoo, stooq, ...)</source>
        <translation>no hay ningún proveedor de datos de mercado activado: active uno en Preferencias &gt; Proveedores de datos, o indique uno con --provider (yahoo, stooq, ...)</translation>
    </message>
    <message>
        <source>fetch cancelled; the symbols fetched so far are stored</source>
        <translation>descarga cancelada; los símbolos descargados hasta ahora están guardados</translation>
    </message>
    <message>
        <source>every data provider is disabled: enable one in Preferences &gt; Data providers</source>
        <translation>todos los proveedores de datos están desactivados: active uno en Preferencias &gt; Proveedores de datos</translation>
    </message>
    <message>
        <source>refresh cancelled; the symbols refreshed so far are stored</source>
        <translation>actualización cancelada; los símbolos actualizados hasta ahora están guardados</translation>
    </message>
    <message>
        <source>a currency is not converted into itself</source>
        <translation>una moneda no se convierte en sí misma</translation>
    </message>
    <message>
        <source>fx %1</source>
        <translation>divisas %1</translation>
    </message>
    <message>
        <source>symbol %1</source>
        <translation>símbolo %1</translation>
    </message>
    <message>
        <source>unknown provider &apos;%1&apos;; known: %2</source>
        <translation>proveedor desconocido &apos;%1&apos;; conocidos: %2</translation>
    </message>
    <message>
        <source>unknown provider &apos;%1&apos;; known: %2 (and ecb for FX)</source>
        <translation>proveedor desconocido &apos;%1&apos;; conocidos: %2 (y ecb para divisas)</translation>
    </message>
    <message>
        <source>setting %1 is not an http(s) URL: &apos;%2&apos;</source>
        <translation>el ajuste %1 no es una URL http(s): &apos;%2&apos;</translation>
    </message>
    <message>
        <source>setting %1 is not a whole number &gt;= 0: &apos;%2&apos;</source>
        <translation>el ajuste %1 no es un número entero &gt;= 0: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 needs an API key, and this caller has no keychain access</source>
        <translation>%1 necesita una clave API, y esta llamada no tiene acceso al llavero</translation>
    </message>
    <message>
        <source>%1 API key</source>
        <translation>clave API de %1</translation>
    </message>
    <message>
        <source>no symbol given</source>
        <translation>no se ha indicado ningún símbolo</translation>
    </message>
    <message>
        <source>fetch</source>
        <translation>descarga</translation>
    </message>
    <message>
        <source>the range %1..%2 is empty (--from after --to, or in the future)</source>
        <translation>el periodo %1..%2 está vacío (--from posterior a --to, o en el futuro)</translation>
    </message>
    <message>
        <source>up to date: the cache covers %1..%2</source>
        <translation>al día: la caché cubre %1..%2</translation>
    </message>
    <message>
        <source>%1; nothing is cached for %2 yet</source>
        <translation>%1; todavía no hay nada en caché para %2</translation>
    </message>
    <message>
        <source>offline: showing data up to %1 (%2)</source>
        <translation>sin conexión: se muestran los datos hasta %1 (%2)</translation>
    </message>
    <message>
        <source>fetch cancelled; nothing was written</source>
        <translation>descarga cancelada; no se ha escrito nada</translation>
    </message>
    <message>
        <source>nothing to fetch: the range is empty</source>
        <translation>nada que descargar: el periodo está vacío</translation>
    </message>
    <message>
        <source>offline: showing rates up to %1 (%2)</source>
        <translation>sin conexión: se muestran los tipos de cambio hasta %1 (%2)</translation>
    </message>
    <message>
        <source>search</source>
        <translation>búsqueda</translation>
    </message>
    <message>
        <source>unknown provider &apos;%1&apos;</source>
        <translation>proveedor desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>ecb: %1 rates for the last 10 days</source>
        <translation>ecb: %1 tipos de cambio de los últimos 10 días</translation>
    </message>
    <message>
        <source>%1: %2 bars of %3 for the last 7 days</source>
        <translation>%1: %2 barras de %3 de los últimos 7 días</translation>
    </message>
    <message>
        <source>no EUR/%1 rate stored on or in the week before %2; run &apos;supernova-cli fx&apos;</source>
        <translation>no hay ningún tipo EUR/%1 guardado el %2 ni en la semana anterior; ejecute &apos;supernova-cli fx&apos;</translation>
    </message>
</context>
<context>
    <name>sn::MarketProvider</name>
    <message>
        <source>alphavantage: the function asked for %1 needs a premium plan (the vendor says: %2)</source>
        <translation>alphavantage: la función solicitada para %1 requiere un plan premium (el proveedor dice: %2)</translation>
    </message>
    <message>
        <source>alphavantage: %1 bar &apos;%2&apos;: not a date</source>
        <translation>alphavantage: %1 barra &apos;%2&apos;: no es una fecha</translation>
    </message>
    <message>
        <source>alphavantage: %1 bar &apos;%2&apos;: not a date and time</source>
        <translation>alphavantage: %1 barra &apos;%2&apos;: no es una fecha y hora</translation>
    </message>
    <message>
        <source>alphavantage: %1 bar &apos;%2&apos;: a price or the volume is not a number</source>
        <translation>alphavantage: %1 barra &apos;%2&apos;: un precio o el volumen no es un número</translation>
    </message>
    <message>
        <source>ecb: %1: no such file (HTTP 404)</source>
        <translation>ecb: %1: no existe ese archivo (HTTP 404)</translation>
    </message>
    <message>
        <source>ecb: %1: HTTP %2: %3</source>
        <translation>ecb: %1: HTTP %2: %3</translation>
    </message>
    <message>
        <source>ecb: %1 line %2: time &apos;%3&apos; is not a date</source>
        <translation>ecb: %1 línea %2: la hora &apos;%3&apos; no es una fecha</translation>
    </message>
    <message>
        <source>ecb: %1 line %2: currency &apos;%3&apos; has no valid rate or no day</source>
        <translation>ecb: %1 línea %2: la moneda &apos;%3&apos; no tiene un tipo válido o no tiene día</translation>
    </message>
    <message>
        <source>ecb: %1 line %2: %3</source>
        <translation>ecb: %1 línea %2: %3</translation>
    </message>
    <message>
        <source>ecb: %1: no &lt;Cube&gt; elements; not the ECB reference rate XML</source>
        <translation>ecb: %1: sin elementos &lt;Cube&gt;; no es el XML de tipos de referencia del BCE</translation>
    </message>
    <message>
        <source>euro reference rates</source>
        <translation>tipos de referencia del euro</translation>
    </message>
    <message>
        <source>symbol %1</source>
        <translation>símbolo %1</translation>
    </message>
    <message>
        <source>%1: the answer is not JSON (%2 at byte %3); it starts with: %4</source>
        <translation>%1: la respuesta no es JSON (%2 en el byte %3); empieza por: %4</translation>
    </message>
    <message>
        <source>%1: unknown symbol &apos;%2&apos;</source>
        <translation>%1: símbolo desconocido &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: unknown symbol &apos;%2&apos; (the vendor says: %3)</source>
        <translation>%1: símbolo desconocido &apos;%2&apos; (el proveedor dice: %3)</translation>
    </message>
    <message>
        <source>%1: the API key was refused while fetching %2 (the vendor says: %3); check the key in Preferences &gt; Data providers</source>
        <translation>%1: se rechazó la clave API al descargar %2 (el proveedor dice: %3); compruebe la clave en Preferencias &gt; Proveedores de datos</translation>
    </message>
    <message>
        <source>%1: request quota spent; %2 was not fetched (the vendor says: %3)</source>
        <translation>%1: cuota de peticiones agotada; no se descargó %2 (el proveedor dice: %3)</translation>
    </message>
    <message>
        <source>%1: HTTP %2 for %3</source>
        <translation>%1: HTTP %2 para %3</translation>
    </message>
    <message>
        <source>%1: HTTP %2 for %3: %4</source>
        <translation>%1: HTTP %2 para %3: %4</translation>
    </message>
    <message>
        <source>%1 has no &apos;%2&apos; bars; it offers %3</source>
        <translation>%1 no tiene barras &apos;%2&apos;; ofrece %3</translation>
    </message>
    <message>
        <source>%1 has no symbol search</source>
        <translation>%1 no tiene búsqueda de símbolos</translation>
    </message>
    <message>
        <source>%1: no symbol given</source>
        <translation>%1: no se ha indicado ningún símbolo</translation>
    </message>
    <message>
        <source>%1: the range %2..%3 is empty or invalid</source>
        <translation>%1: el periodo %2..%3 está vacío o no es válido</translation>
    </message>
    <message>
        <source>%1 needs an API key and none is stored: add it in Preferences &gt; Data providers (keychain entry %2)</source>
        <translation>%1 necesita una clave API y no hay ninguna guardada: añádala en Preferencias &gt; Proveedores de datos (entrada del llavero %2)</translation>
    </message>
    <message>
        <source>%1: bar %2 of %3 has high %4 below low %5</source>
        <translation>%1: la barra %2 de %3 tiene un máximo %4 por debajo del mínimo %5</translation>
    </message>
    <message>
        <source>%1: empty search</source>
        <translation>%1: búsqueda vacía</translation>
    </message>
    <message>
        <source>%1 needs an API key to search: add it in Preferences &gt; Data providers</source>
        <translation>%1 necesita una clave API para buscar: añádala en Preferencias &gt; Proveedores de datos</translation>
    </message>
    <message>
        <source>search &apos;%1&apos;</source>
        <translation>búsqueda &apos;%1&apos;</translation>
    </message>
    <message>
        <source>stooq: the answer for %1 is not the Date,Open,High,Low,Close[,Volume] CSV; it starts with: %2</source>
        <translation>stooq: la respuesta para %1 no es el CSV Date,Open,High,Low,Close[,Volume]; empieza por: %2</translation>
    </message>
    <message>
        <source>stooq: %1 line %2: field &apos;Date&apos; is not YYYY-MM-DD: &apos;%3&apos;</source>
        <translation>stooq: %1 línea %2: el campo &apos;Date&apos; no es AAAA-MM-DD: &apos;%3&apos;</translation>
    </message>
    <message>
        <source>stooq: %1 line %2: field &apos;%3&apos; is not a number: &apos;%4&apos;</source>
        <translation>stooq: %1 línea %2: el campo &apos;%3&apos; no es un número: &apos;%4&apos;</translation>
    </message>
    <message>
        <source>tiingo: expected a list of prices for %1, got: %2</source>
        <translation>tiingo: se esperaba una lista de precios para %1, se recibió: %2</translation>
    </message>
    <message>
        <source>tiingo: row %1 of %2: field &apos;date&apos; is not an ISO date: &apos;%3&apos;</source>
        <translation>tiingo: fila %1 de %2: el campo &apos;date&apos; no es una fecha ISO: &apos;%3&apos;</translation>
    </message>
    <message>
        <source>yahoo: %1 %2 of %3 is not a time (out of range)</source>
        <translation>yahoo: %1 %2 de %3 no es una hora (fuera de rango)</translation>
    </message>
    <message>
        <source>yahoo: the answer has no chart.result</source>
        <translation>yahoo: la respuesta no tiene chart.result</translation>
    </message>
    <message>
        <source>yahoo: the quote arrays of %1 do not match its %2 timestamps</source>
        <translation>yahoo: las series de cotizaciones de %1 no coinciden con sus %2 marcas de tiempo</translation>
    </message>
    <message>
        <source>yahoo: split %1 of %2 has no ratio</source>
        <translation>yahoo: el split %1 de %2 no tiene proporción</translation>
    </message>
    <message>
        <source>raw (as traded)</source>
        <translation>sin ajustar (tal como se negoció)</translation>
    </message>
    <message>
        <source>as delivered by Stooq (no corporate actions given)</source>
        <translation>tal como lo entrega Stooq (sin operaciones corporativas)</translation>
    </message>
    <message>
        <source>raw (as traded); adjusted fields ignored</source>
        <translation>sin ajustar (tal como se negoció); campos ajustados ignorados</translation>
    </message>
    <message>
        <source>split-adjusted by Yahoo, undone with its split events</source>
        <translation>ajustado por splits por Yahoo, deshecho con sus eventos de split</translation>
    </message>
</context>
<context>
    <name>sn::News</name>
    <message>
        <source>the server refused the connection. It may be down or blocked by a firewall; check the address, or try again later.</source>
        <translation>el servidor rechazó la conexión. Puede estar caído o bloqueado por un cortafuegos; compruebe la dirección o vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>the server&apos;s name could not be looked up. This computer seems to have no network connection, or the address is misspelt; check both and try again.</source>
        <translation>no se pudo resolver el nombre del servidor. Este equipo parece no tener conexión de red, o la dirección está mal escrita; compruebe ambas cosas y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>the server closed the connection before answering. Try again later.</source>
        <translation>el servidor cerró la conexión antes de responder. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>no secure connection could be made (certificate or redirect refused). Check the address, and the system&apos;s date and time.</source>
        <translation>no se pudo establecer una conexión segura (certificado o redirección rechazados). Compruebe la dirección y la fecha y hora del sistema.</translation>
    </message>
    <message>
        <source>the server has no feed at this address. Check the address.</source>
        <translation>el servidor no tiene ningún canal en esta dirección. Compruebe la dirección.</translation>
    </message>
    <message>
        <source>the server refuses access to this feed.</source>
        <translation>el servidor deniega el acceso a este canal.</translation>
    </message>
    <message>
        <source>the network connection failed. Check that this computer is online, then try again.</source>
        <translation>la conexión de red falló. Compruebe que este equipo está conectado y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>feed %1</source>
        <translation>canal %1</translation>
    </message>
    <message>
        <source>not an http(s) address</source>
        <translation>no es una dirección http(s)</translation>
    </message>
    <message>
        <source>the feed is larger than %1 MB</source>
        <translation>el canal ocupa más de %1 MB</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s: el servidor es lento o no está accesible; vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>el servidor respondió HTTP %1 %2</translation>
    </message>
    <message>
        <source>not a feed: %1 (column %2)</source>
        <translation>no es un canal: %1 (columna %2)</translation>
    </message>
    <message>
        <source>not a feed: the document is empty</source>
        <translation>no es un canal: el documento está vacío</translation>
    </message>
    <message>
        <source>not an RSS or Atom feed: the document&apos;s root element is &lt;%1&gt;</source>
        <translation>no es un canal RSS ni Atom: el elemento raíz del documento es &lt;%1&gt;</translation>
    </message>
    <message>
        <source>malformed feed: %1 (column %2)</source>
        <translation>canal mal formado: %1 (columna %2)</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>texto tras unas comillas de cierre</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>un campo entre comillas nunca se cierra</translation>
    </message>
    <message>
        <source>the file is empty: expected a header row with published and title</source>
        <translation>el archivo está vacío: se esperaba una fila de cabecera con published y title</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos; (expected published, title, link, symbol, source, summary)</source>
        <translation>columna desconocida &apos;%1&apos; (se esperaba published, title, link, symbol, source, summary)</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice</source>
        <translation>la columna &apos;%1&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>the header has no &apos;%1&apos; column</source>
        <translation>la cabecera no tiene la columna &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>se esperaban %1 campos, se encontraron %2</translation>
    </message>
    <message>
        <source>field &apos;title&apos;: the headline is empty</source>
        <translation>campo &apos;title&apos;: el titular está vacío</translation>
    </message>
    <message>
        <source>field &apos;published&apos;: cannot read &apos;%1&apos; as a date (use 2024-05-02T14:30:00Z, 2024-05-02 14:30 or an RFC 822 date)</source>
        <translation>campo &apos;published&apos;: no se puede leer &apos;%1&apos; como fecha (use 2024-05-02T14:30:00Z, 2024-05-02 14:30 o una fecha RFC 822)</translation>
    </message>
    <message>
        <source>field &apos;link&apos;: &apos;%1&apos; is not an http(s) address</source>
        <translation>campo &apos;link&apos;: &apos;%1&apos; no es una dirección http(s)</translation>
    </message>
    <message>
        <source>news feed %1 (no URL)</source>
        <translation>canal de noticias %1 (sin URL)</translation>
    </message>
    <message>
        <source>news feed %1 (%2)</source>
        <translation>canal de noticias %1 (%2)</translation>
    </message>
    <message>
        <source>setting %1, news feed %2 (no URL)</source>
        <translation>ajuste %1, canal de noticias %2 (sin URL)</translation>
    </message>
    <message>
        <source>setting %1, news feed %2 (%3)</source>
        <translation>ajuste %1, canal de noticias %2 (%3)</translation>
    </message>
    <message>
        <source>the feed has no URL</source>
        <translation>el canal no tiene URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid http(s) address</source>
        <translation>&apos;%1&apos; no es una dirección http(s) válida</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an http(s) address nor an absolute file path</source>
        <translation>&apos;%1&apos; no es ni una dirección http(s) ni una ruta de archivo absoluta</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a symbol (1 to 64 characters, no spaces)</source>
        <translation>&apos;%1&apos; no es un símbolo (de 1 a 64 caracteres, sin espacios)</translation>
    </message>
    <message>
        <source>the stored feed list is not a JSON array: %1</source>
        <translation>la lista de canales guardada no es un array JSON: %1</translation>
    </message>
    <message>
        <source>setting %1</source>
        <translation>ajuste %1</translation>
    </message>
    <message>
        <source>listed twice</source>
        <translation>aparece dos veces</translation>
    </message>
    <message>
        <source>listed twice for %1</source>
        <translation>aparece dos veces para %1</translation>
    </message>
    <message>
        <source>an item has no title</source>
        <translation>un elemento no tiene título</translation>
    </message>
    <message>
        <source>the title is longer than %1 characters</source>
        <translation>el título tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>link &apos;%1&apos; is not an http(s) address</source>
        <translation>el enlace &apos;%1&apos; no es una dirección http(s)</translation>
    </message>
    <message>
        <source>published %1 is before 1970 or more than two days ahead</source>
        <translation>la fecha de publicación %1 es anterior a 1970 o está más de dos días en el futuro</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a symbol</source>
        <translation>&apos;%1&apos; no es un símbolo</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>larger than %1 MB</source>
        <translation>ocupa más de %1 MB</translation>
    </message>
    <message>
        <source>which symbol?</source>
        <translation>¿qué símbolo?</translation>
    </message>
    <message>
        <source>news</source>
        <translation>noticias</translation>
    </message>
    <message>
        <source>the period is empty: --to must be after --from</source>
        <translation>el periodo está vacío: --to debe ser posterior a --from</translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation>sentimiento</translation>
    </message>
</context>
<context>
    <name>sn::Notes</name>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>a note needs some text</source>
        <translation>una nota necesita algo de texto</translation>
    </message>
    <message>
        <source>a note has at most %1 characters (this one has %2)</source>
        <translation>una nota tiene como máximo %1 caracteres (esta tiene %2)</translation>
    </message>
    <message>
        <source>notes are signed with your team user: sign in to a team server first (Preferences &gt; Team, or &apos;supernova-cli sync login&apos;)</source>
        <translation>las notas se firman con su usuario de equipo: inicie sesión primero en un servidor de equipo (Preferencias &gt; Equipo, o &apos;supernova-cli sync login&apos;)</translation>
    </message>
    <message>
        <source>notes are on a portfolio, a watchlist or a saved run, not on &apos;%1&apos;</source>
        <translation>las notas van en una cartera, una lista de seguimiento o una ejecución guardada, no en &apos;%1&apos;</translation>
    </message>
    <message>
        <source>notes are for items shared with the team: share this saved run first (Share with team..., or &apos;supernova-cli sync share&apos;)</source>
        <translation>las notas son para elementos compartidos con el equipo: comparta primero esta ejecución guardada (Compartir con el equipo..., o &apos;supernova-cli sync share&apos;)</translation>
    </message>
    <message>
        <source>notes are for items shared with the team: share this portfolio first (Share with team..., or &apos;supernova-cli sync share&apos;)</source>
        <translation>las notas son para elementos compartidos con el equipo: comparta primero esta cartera (Compartir con el equipo..., o &apos;supernova-cli sync share&apos;)</translation>
    </message>
    <message>
        <source>notes are for items shared with the team: share this watchlist first (Share with team..., or &apos;supernova-cli sync share&apos;)</source>
        <translation>las notas son para elementos compartidos con el equipo: comparta primero esta lista de seguimiento (Compartir con el equipo..., o &apos;supernova-cli sync share&apos;)</translation>
    </message>
    <message>
        <source>no note %1 (removed meanwhile?)</source>
        <translation>no existe la nota %1 (¿eliminada mientras tanto?)</translation>
    </message>
    <message>
        <source>only its author (%1) can edit this note</source>
        <translation>solo su autor (%1) puede editar esta nota</translation>
    </message>
</context>
<context>
    <name>sn::Performance</name>
    <message>
        <source>the period has no length</source>
        <translation>el periodo no tiene duración</translation>
    </message>
    <message>
        <source>a cash flow is not a finite amount within the period</source>
        <translation>un flujo de caja no es un importe finito dentro del periodo</translation>
    </message>
    <message>
        <source>no money was invested</source>
        <translation>no se invirtió dinero</translation>
    </message>
    <message>
        <source>no rate in (-100 %, 10^8 %) makes the cash flows end at the final value</source>
        <translation>ninguna tasa en (-100 %, 10^8 %) hace que los flujos de caja terminen en el valor final</translation>
    </message>
    <message>
        <source>True time-weighted rate of return (Portfolio Performance&apos;s method): daily r = (MVE + CFout) / (MVB + CFin) - 1 with inflows (deposits, transfers in at market value) at the start of the day and outflows (withdrawals, transfers out) at its end, MVB = the previous day&apos;s closing value; TTWROR = prod(1 + r) - 1; annualised = (1 + TTWROR)^(365 / days) - 1. Fees, taxes, dividends and interest stay inside the portfolio and so are part of the return.</source>
        <translation>Rentabilidad verdadera ponderada en el tiempo (True Time-Weighted Rate of Return, método de Portfolio Performance): r diaria = (MVE + CFout) / (MVB + CFin) - 1, con las entradas (depósitos, traspasos de entrada a valor de mercado) al inicio del día y las salidas (retiradas, traspasos de salida) al final, MVB = valor de cierre del día anterior; TTWROR = prod(1 + r) - 1; anualizada = (1 + TTWROR)^(365 / días) - 1. Comisiones, impuestos, dividendos e intereses se quedan en la cartera y forman parte de la rentabilidad.</translation>
    </message>
    <message>
        <source>Internal rate of return (money-weighted): the rate IRR solving MVB (1 + IRR)^(RD / 365) + sum CF_t (1 + IRR)^(RD_t / 365) = MVE, RD = days remaining to the end of the period, CF_t positive for money in; solved by Newton&apos;s method with a bisection fallback; reported as &apos;no solution&apos; when no rate above -100 % satisfies it.</source>
        <translation>Tasa interna de rentabilidad (ponderada por el dinero): la tasa IRR que resuelve MVB (1 + IRR)^(RD / 365) + sum CF_t (1 + IRR)^(RD_t / 365) = MVE, RD = días que quedan hasta el final del período, CF_t positivo para el dinero que entra; se resuelve con el método de Newton y, si falla, por bisección; se indica &apos;sin solución&apos; cuando ninguna tasa por encima de -100 % la cumple.</translation>
    </message>
    <message>
        <source>value %1 with nothing invested (MVB + CFin = 0)</source>
        <translation>valor %1 sin nada invertido (MVB + CFin = 0)</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>día %1</translation>
    </message>
    <message>
        <source>invalid close %1</source>
        <translation>cierre no válido %1</translation>
    </message>
    <message>
        <source>benchmark at %1</source>
        <translation>referencia el %1</translation>
    </message>
    <message>
        <source>%1 common benchmark periods; at least 2 are needed</source>
        <translation>%1 periodos comunes con la referencia; se necesitan al menos 2</translation>
    </message>
    <message>
        <source>benchmark</source>
        <translation>referencia</translation>
    </message>
</context>
<context>
    <name>sn::PortfolioService</name>
    <message>
        <source>Portfolio returns from one trading-day close to the next (days on which any held instrument has a close), each the compounded daily TTWROR returns r = (MVE + CFout) / (MVB + CFin) - 1 in between, so deposits and withdrawals are not returns.</source>
        <translation>Rentabilidades de la cartera de un cierre de día de negociación al siguiente (días en que algún instrumento en cartera tiene cierre), cada una las rentabilidades diarias TTWROR compuestas entre ambos, r = (MVE + CFout) / (MVB + CFin) - 1, de modo que los depósitos y retiradas no son rentabilidades.</translation>
    </message>
    <message>
        <source>Portfolio returns from one trading-day close to the next (the benchmark&apos;s trading days), each the compounded daily TTWROR returns r = (MVE + CFout) / (MVB + CFin) - 1 in between, so deposits and withdrawals are not returns.</source>
        <translation>Rentabilidades de la cartera de un cierre de día de negociación al siguiente (los días de negociación del índice de referencia), cada una las rentabilidades diarias TTWROR compuestas entre ambos, r = (MVE + CFout) / (MVB + CFin) - 1, de modo que los depósitos y retiradas no son rentabilidades.</translation>
    </message>
    <message>
        <source>Historical: the h-period returns of overlapping windows prod(1 + r) - 1 sorted ascending; with m = ceil(n (1 - c)), VaR = -x_(m) and CVaR = -mean(x_(1..m)).</source>
        <translation>Histórico: las rentabilidades a h periodos de ventanas solapadas prod(1 + r) - 1 ordenadas de menor a mayor; con m = ceil(n (1 - c)), VaR = -x_(m) y CVaR = -mean(x_(1..m)).</translation>
    </message>
    <message>
        <source>Parametric normal: mean mu and sample deviation sd of the returns scaled to the horizon; VaR = -(mu h - z sd sqrt(h)), CVaR = -(mu h - sd sqrt(h) phi(z) / (1 - c)), z = Phi^-1(c).</source>
        <translation>Paramétrico normal: media mu y desviación muestral sd de las rentabilidades escaladas al horizonte; VaR = -(mu h - z sd sqrt(h)), CVaR = -(mu h - sd sqrt(h) phi(z) / (1 - c)), z = Phi^-1(c).</translation>
    </message>
    <message>
        <source>Cornish-Fisher: the normal quantile adjusted for skewness S and excess kurtosis K, z_cf = z + (z^2 - 1) S / 6 + (z^3 - 3z) K / 24 - (2z^3 - 5z) S^2 / 36; CVaR averages the adjusted quantile over the tail.</source>
        <translation>Cornish-Fisher: el cuantil normal ajustado por la asimetría S y la curtosis en exceso K, z_cf = z + (z^2 - 1) S / 6 + (z^3 - 3z) K / 24 - (2z^3 - 5z) S^2 / 36; el CVaR promedia el cuantil ajustado sobre la cola.</translation>
    </message>
    <message>
        <source>Monte Carlo: correlated normal draws of the current positions&apos; returns x = mu h + sqrt(h) L z (L the Cholesky factor of their sample covariance on common trading days, seeded), portfolio return w&apos;x with w = position value / total value (cash earns nothing), then the historical estimator.</source>
        <translation>Montecarlo: extracciones normales correlacionadas de las rentabilidades de las posiciones actuales x = mu h + sqrt(h) L z (L el factor de Cholesky de su covarianza muestral en días de negociación comunes, con semilla), rentabilidad de la cartera w&apos;x con w = valor de la posición / valor total (el efectivo no rinde nada), y luego el estimador histórico.</translation>
    </message>
    <message>
        <source>VaR and CVaR are fractions of the current value; the amounts multiply them by it.</source>
        <translation>El VaR y el CVaR son fracciones del valor actual; los importes los multiplican por él.</translation>
    </message>
    <message>
        <source>Parametric normal Euler allocation over the current positions: C_i = w_i (-mu_i h + z sqrt(h) (cov w)_i / sigma_p); the C_i sum to the portfolio&apos;s normal VaR.</source>
        <translation>Asignación de Euler paramétrica normal sobre las posiciones actuales: C_i = w_i (-mu_i h + z sqrt(h) (cov w)_i / sigma_p); los C_i suman el VaR normal de la cartera.</translation>
    </message>
    <message>
        <source>Pearson correlation derived from that covariance.</source>
        <translation>Correlación de Pearson derivada de esa covarianza.</translation>
    </message>
    <message>
        <source>convention &apos;%1&apos;: %2 periods per year, sample deviation (ddof %3), risk-free %4 per year (%5 per period, %6)</source>
        <translation>convención «%1»: %2 periodos por año, desviación muestral (ddof %3), libre de riesgo %4 por año (%5 por periodo, %6)</translation>
    </message>
    <message>
        <source>convention &apos;%1&apos;: %2 periods per year, population deviation (ddof %3), risk-free %4 per year (%5 per period, %6)</source>
        <translation>convención «%1»: %2 periodos por año, desviación poblacional (ddof %3), libre de riesgo %4 por año (%5 por periodo, %6)</translation>
    </message>
    <message>
        <source>Mean mu and sample covariance C of the held instruments&apos; daily returns in the base currency on the days all of them have a close; per trading day.</source>
        <translation>Media mu y covarianza muestral C de los rendimientos diarios de los instrumentos en cartera en la divisa base, en los días en que todos tienen cierre; por día de negociación.</translation>
    </message>
    <message>
        <source>minimise w&apos;Cw subject to sum w = 1 and lower &lt;= w &lt;= upper (default 0..1, long only).</source>
        <translation>minimizar w&apos;Cw con sum w = 1 y lower &lt;= w &lt;= upper (por defecto 0..1, solo largo).</translation>
    </message>
    <message>
        <source>The frontier portfolio maximising (w&apos;mu - rf_p) / sqrt(w&apos;Cw), rf_p the convention&apos;s per-period risk-free rate.</source>
        <translation>La cartera de la frontera que maximiza (w&apos;mu - rf_p) / sqrt(w&apos;Cw), con rf_p el tipo sin riesgo por periodo de la convención.</translation>
    </message>
    <message>
        <source>Minimum variance with w&apos;mu = target / P (the annual target divided by the periods per year).</source>
        <translation>Varianza mínima con w&apos;mu = objetivo / P (el objetivo anual dividido por los periodos por año).</translation>
    </message>
    <message>
        <source>Equal risk contribution: w_i (Cw)_i equal for all i, long only; bounds do not apply.</source>
        <translation>Contribución al riesgo igual: w_i (Cw)_i igual para todo i, solo largo; los límites no se aplican.</translation>
    </message>
    <message>
        <source>expected return x P, volatility x sqrt(P), Sharpe x sqrt(P), P = %1</source>
        <translation>rendimiento esperado x P, volatilidad x sqrt(P), Sharpe x sqrt(P), P = %1</translation>
    </message>
    <message>
        <source>Position value / value of all positions (cash excluded).</source>
        <translation>Valor de la posición / valor de todas las posiciones (sin efectivo).</translation>
    </message>
    <message>
        <source>Holdings at their last close in the base currency plus cash; target weights are of this total and must sum to 1 (held instruments not named get 0).</source>
        <translation>Posiciones a su último cierre en la divisa base más el efectivo; los pesos objetivo son de este total y deben sumar 1 (los instrumentos en cartera no nombrados reciben 0).</translation>
    </message>
    <message>
        <source>Sells first, then buys paid from cash and sale proceeds; fees (fixed + rate x trade value) are set aside before sizing; if buys would overdraw, all buys shrink by one factor; trades below the minimum value are skipped; whole shares round down when asked.</source>
        <translation>Primero ventas, después compras pagadas con el efectivo y lo obtenido en las ventas; las comisiones (fija + tasa x valor de la operación) se apartan antes de dimensionar; si las compras dejaran la cuenta en descubierto, todas se reducen por un mismo factor; las operaciones por debajo del valor mínimo se omiten; las acciones enteras se redondean hacia abajo si se pide.</translation>
    </message>
    <message>
        <source>current weight - target weight; weight after = value after the trades / total.</source>
        <translation>peso actual - peso objetivo; peso después = valor tras las operaciones / total.</translation>
    </message>
    <message>
        <source>Ledoit-Wolf shrinkage of the (1/T) sample covariance of the held instruments&apos; daily returns toward %1 with the optimal intensity delta = %2 estimated from the data: delta F + (1 - delta) S; used for Monte Carlo and component VaR.</source>
        <translation>Contracción de Ledoit-Wolf de la covarianza muestral (1/T) de los rendimientos diarios de los instrumentos en cartera hacia %1 con la intensidad óptima delta = %2 estimada a partir de los datos: delta F + (1 - delta) S; se usa para Montecarlo y el VaR por componentes.</translation>
    </message>
    <message>
        <source>constant correlation (Ledoit &amp; Wolf 2004, &apos;Honey, I shrunk...&apos;)</source>
        <translation>correlación constante (Ledoit &amp; Wolf 2004, &apos;Honey, I shrunk...&apos;)</translation>
    </message>
    <message>
        <source>a scaled identity (Ledoit &amp; Wolf 2004, well-conditioned estimator)</source>
        <translation>una identidad escalada (Ledoit &amp; Wolf 2004, estimador bien condicionado)</translation>
    </message>
    <message>
        <source>Sample covariance (divides by T - 1) of the held instruments&apos; daily returns in the base currency on the days all of them have a close; per trading day.</source>
        <translation>Covarianza muestral (dividida por T - 1) de los rendimientos diarios de los instrumentos en cartera en la divisa base, en los días en que todos tienen cierre; por día de negociación.</translation>
    </message>
    <message>
        <source>Bootstrap: each step&apos;s return drawn uniformly, with replacement, from the portfolio&apos;s trading-day returns of the history period; V_(t+1) = V_t (1 + r).</source>
        <translation>Bootstrap: el rendimiento de cada paso se extrae de forma uniforme, con reemplazo, de los rendimientos por día de negociación de la cartera en el periodo histórico; V_(t+1) = V_t (1 + r).</translation>
    </message>
    <message>
        <source>Geometric Brownian motion: V_(t+1) = V_t exp((mu - sigma^2 / 2) + sigma z), z ~ N(0, 1), with sigma the sample deviation of the history&apos;s log returns and mu their mean + sigma^2 / 2 (per trading day).</source>
        <translation>Movimiento browniano geométrico: V_(t+1) = V_t exp((mu - sigma^2 / 2) + sigma z), z ~ N(0, 1), con sigma la desviación muestral de los rendimientos logarítmicos del histórico y mu su media + sigma^2 / 2 (por día de negociación).</translation>
    </message>
    <message>
        <source>The portfolio&apos;s value (MVE) on the last day of the history period.</source>
        <translation>El valor de la cartera (MVE) el último día del periodo histórico.</translation>
    </message>
    <message>
        <source>At each step the 5/25/50/75/95th percentile of the simulated values: position p (n - 1) / 100 among the sorted values, interpolated between neighbours in log space.</source>
        <translation>En cada paso, los percentiles 5/25/50/75/95 de los valores simulados: posición p (n - 1) / 100 entre los valores ordenados, interpolada entre vecinos en escala logarítmica.</translation>
    </message>
    <message>
        <source>Share of paths whose value touched the target (or fell to the loss limit) at any step.</source>
        <translation>Proporción de trayectorias cuyo valor tocó el objetivo (o cayó al límite de pérdida) en algún paso.</translation>
    </message>
    <message>
        <source>Each held position moves by its own series&apos; return over the window (first close on or after FROM to the last close on or before TO) when its data covers the window (a close within a week of either end); otherwise by the proxy&apos;s return (source &apos;proxy&apos;). Weights are today&apos;s; cash is not stressed.</source>
        <translation>Cada posición en cartera se mueve según el rendimiento de su propia serie en la ventana (del primer cierre en o después de FROM al último en o antes de TO) cuando sus datos cubren la ventana (un cierre a menos de una semana de cada extremo); si no, según el rendimiento de la serie sustitutiva (fuente &apos;proxy&apos;). Los pesos son los de hoy; el efectivo no se somete a estrés.</translation>
    </message>
    <message>
        <source>SYMBOL=x moves that position by x, CLASS=x (e.g. equity) every position of that asset class, all=x every position; the most specific shock applies.</source>
        <translation>SYMBOL=x mueve esa posición en x, CLASS=x (p. ej. equity) cada posición de esa clase de activo, all=x todas las posiciones; se aplica el choque más específico.</translation>
    </message>
    <message>
        <source>value x change per position; total change = total P&amp;L / total value of the positions.</source>
        <translation>valor x cambio por posición; cambio total = P&amp;G total / valor total de las posiciones.</translation>
    </message>
    <message>
        <source>no position is held at the end of the period</source>
        <translation>al final del periodo no se mantiene ninguna posición</translation>
    </message>
    <message>
        <source>not an annual rate as a fraction (0.02 = 2 %): &apos;%1&apos;</source>
        <translation>no es una tasa anual en fracción (0.02 = 2 %): &apos;%1&apos;</translation>
    </message>
    <message>
        <source>setting %1</source>
        <translation>ajuste %1</translation>
    </message>
    <message>
        <source>unknown portfolio &apos;%1&apos;</source>
        <translation>cartera desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>cartera</translation>
    </message>
    <message>
        <source>no transactions on or before %1</source>
        <translation>no hay transacciones en o antes del %1</translation>
    </message>
    <message>
        <source>no transactions</source>
        <translation>no hay transacciones</translation>
    </message>
    <message>
        <source>portfolio &apos;%1&apos;</source>
        <translation>cartera &apos;%1&apos;</translation>
    </message>
    <message>
        <source>field &apos;quantity&apos;: amount too large: the quantity held would leave the exact decimal range (+/-9.2 trillion)</source>
        <translation>campo &apos;quantity&apos;: importe demasiado grande: la cantidad en cartera saldría del rango decimal exacto (+/-9,2 billones)</translation>
    </message>
    <message>
        <source>portfolio &apos;%1&apos;: transaction %2 %3 %4</source>
        <translation>cartera &apos;%1&apos;: transacción %2 %3 %4</translation>
    </message>
    <message>
        <source>Shares held: buys and transfers in minus sells and transfers out, times split ratios; exact decimals replayed in date order (a sell of more than held is rejected).</source>
        <translation>Títulos en cartera: compras y traspasos de entrada menos ventas y traspasos de salida, por los ratios de split; decimales exactos recalculados por orden de fecha (se rechaza una venta de más de lo que se tiene).</translation>
    </message>
    <message>
        <source>Sum of the open lots&apos; cost (quantity x price + buy fee + tax), lots consumed by FIFO; instrument currency.</source>
        <translation>Suma del coste de los lotes abiertos (cantidad x precio + comisión de compra + impuesto), lotes consumidos por FIFO; divisa del instrumento.</translation>
    </message>
    <message>
        <source>Sum of the open lots&apos; cost (quantity x price + buy fee + tax), lots consumed by average cost; instrument currency.</source>
        <translation>Suma del coste de los lotes abiertos (cantidad x precio + comisión de compra + impuesto), lotes consumidos por coste medio; divisa del instrumento.</translation>
    </message>
    <message>
        <source>Per sale: proceeds (quantity x price) - fee - tax - cost of the lots sold.</source>
        <translation>Por venta: importe (cantidad x precio) - comisión - impuesto - coste de los lotes vendidos.</translation>
    </message>
    <message>
        <source>Last stored daily close on or before the valuation day (carried forward over holidays).</source>
        <translation>Último cierre diario guardado en o antes del día de valoración (arrastrado durante los festivos).</translation>
    </message>
    <message>
        <source>quantity x price x FX rate (base per unit of the instrument currency; 1 for the base).</source>
        <translation>cantidad x precio x tipo de cambio (divisa base por unidad de la divisa del instrumento; 1 para la divisa base).</translation>
    </message>
    <message>
        <source>ECB euro reference rate (published about 16:00 CET on TARGET business days) of the valuation day, or of the latest business day before it (fx_date); a pair without the euro is crossed through it: base per unit = (base per EUR) / (currency per EUR) of the same day. A currency the ECB does not publish uses an imported daily series &lt;CCY&gt;&lt;BASE&gt;=X. A rate of 1.0 is never assumed.</source>
        <translation>Tipo de referencia del euro del BCE (publicado hacia las 16:00 CET en días hábiles TARGET) del día de valoración, o del último día hábil anterior (fx_date); un par sin el euro se cruza a través de él: base por unidad = (base por EUR) / (divisa por EUR) del mismo día. Una divisa que el BCE no publica usa una serie diaria importada &lt;CCY&gt;&lt;BASE&gt;=X. Nunca se supone un tipo de 1.0.</translation>
    </message>
    <message>
        <source>(quantity x price - cost basis) x FX rate.</source>
        <translation>(cantidad x precio - coste base) x tipo de cambio.</translation>
    </message>
    <message>
        <source>Deposits + sale proceeds + dividends + interest - buys - fees - taxes - withdrawals, per currency, exact.</source>
        <translation>Depósitos + importes de ventas + dividendos + intereses - compras - comisiones - impuestos - retiradas, por divisa, exacto.</translation>
    </message>
    <message>
        <source>Sum of market values plus cash converted to the base currency (MVE of the last day).</source>
        <translation>Suma de los valores de mercado más el efectivo convertido a la divisa base (MVE del último día).</translation>
    </message>
    <message>
        <source>market value / total value.</source>
        <translation>valor de mercado / valor total.</translation>
    </message>
    <message>
        <source>MVE: positions at the last close on or before the day (carried forward over weekends and holidays) times the FX rate, plus cash, in the base currency.</source>
        <translation>MVE: posiciones al último cierre en o antes del día (arrastrado durante fines de semana y festivos) por el tipo de cambio, más el efectivo, en la divisa base.</translation>
    </message>
    <message>
        <source>External flows: deposits and transfers in at market value (in), withdrawals and transfers out (out).</source>
        <translation>Flujos externos: depósitos y traspasos de entrada a valor de mercado (entrada), retiradas y traspasos de salida (salida).</translation>
    </message>
    <message>
        <source>prod(1 + r) - 1 over the period&apos;s days up to this one, r = (MVE + CFout) / (MVB + CFin) - 1.</source>
        <translation>prod(1 + r) - 1 sobre los días del período hasta este, r = (MVE + CFout) / (MVB + CFin) - 1.</translation>
    </message>
    <message>
        <source>benchmark %1</source>
        <translation>referencia %1</translation>
    </message>
    <message>
        <source>Daily returns r compounded within each calendar month / year: prod(1 + r) - 1; the first and last periods may be partial.</source>
        <translation>Rentabilidades diarias r encadenadas dentro de cada mes / año natural: prod(1 + r) - 1; el primer y el último período pueden ser parciales.</translation>
    </message>
    <message>
        <source>Per position: sum over days of (V_d - V_(d-1) - flow_d) / (MVB_d + CFin_d), where flow_d is what was put into the position that day (buys positive, sales and dividends negative); positions plus cash effects add up to the sum of the daily returns.</source>
        <translation>Por posición: suma sobre los días de (V_d - V_(d-1) - flow_d) / (MVB_d + CFin_d), donde flow_d es lo que entró en la posición ese día (compras positivas, ventas y dividendos negativos); las posiciones más los efectos del efectivo suman la suma de las rentabilidades diarias.</translation>
    </message>
    <message>
        <source>Portfolio daily returns compounded between consecutive benchmark closes, so both series have one return per benchmark trading day; </source>
        <translation>Rentabilidades diarias de la cartera encadenadas entre cierres consecutivos de la referencia, de modo que ambas series tienen una rentabilidad por día de negociación de la referencia; </translation>
    </message>
    <message>
        <source>starts after the last valued day %1</source>
        <translation>empieza después del último día valorado %1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>%1 common trading days of the held instruments between %2 and %3; too few observations</source>
        <translation>%1 días de negociación comunes de los instrumentos en cartera entre %2 y %3; muy pocas observaciones</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>rentabilidades</translation>
    </message>
    <message>
        <source>no positive price in the base currency</source>
        <translation>ningún precio positivo en la moneda base</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>benchmark</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>no daily (1d) bars stored</source>
        <translation>no hay barras diarias (1d) guardadas</translation>
    </message>
    <message>
        <source>%1 held instrument(s); optimisation needs at least 2</source>
        <translation>%1 instrumento(s) en cartera; la optimización necesita al menos 2</translation>
    </message>
    <message>
        <source>optimize</source>
        <translation>optimización</translation>
    </message>
    <message>
        <source>%1 trading-day return(s) between %2 and %3; at least 2 are needed</source>
        <translation>%1 rentabilidad(es) de días de negociación entre %2 y %3; se necesitan al menos 2</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>riesgo</translation>
    </message>
    <message>
        <source>%1 trading-day return(s) in the history; at least 2 are needed</source>
        <translation>%1 rentabilidad(es) de días de negociación en el historial; se necesitan al menos 2</translation>
    </message>
    <message>
        <source>montecarlo</source>
        <translation>Monte Carlo</translation>
    </message>
    <message>
        <source>no position is held to stress</source>
        <translation>no hay ninguna posición que someter a estrés</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not held by the portfolio</source>
        <translation>&apos;%1&apos; no está en la cartera</translation>
    </message>
    <message>
        <source>bounds</source>
        <translation>límites</translation>
    </message>
    <message>
        <source>frontier</source>
        <translation>frontera eficiente</translation>
    </message>
    <message>
        <source>unknown symbol &apos;%1&apos;</source>
        <translation>símbolo desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>no daily close on or before %1</source>
        <translation>no hay cierre diario en o antes del %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>objetivo %1</translation>
    </message>
    <message>
        <source>rebalance</source>
        <translation>reequilibrio</translation>
    </message>
    <message>
        <source>%1 is not in (0, 1)</source>
        <translation>%1 no está en (0, 1)</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>nivel de confianza</translation>
    </message>
    <message>
        <source>%1 is below 1 day</source>
        <translation>%1 es menos de 1 día</translation>
    </message>
    <message>
        <source>horizon</source>
        <translation>horizonte</translation>
    </message>
    <message>
        <source>Monte Carlo VaR needs the current positions&apos; returns and their covariance: %1</source>
        <translation>el VaR de Montecarlo necesita las rentabilidades de las posiciones actuales y su covarianza: %1</translation>
    </message>
    <message>
        <source>VaR</source>
        <translation>VaR</translation>
    </message>
    <message>
        <source>%1 is not above 0 (a target above the start value)</source>
        <translation>%1 no es mayor que 0 (un objetivo por encima del valor inicial)</translation>
    </message>
    <message>
        <source>%1 is not in (-1, 0) (a loss limit below the start value)</source>
        <translation>%1 no está en (-1, 0) (un límite de pérdida por debajo del valor inicial)</translation>
    </message>
    <message>
        <source>loss-limit</source>
        <translation>límite de pérdida</translation>
    </message>
    <message>
        <source>a return of -100 % or worse has no logarithm</source>
        <translation>una rentabilidad del -100 % o peor no tiene logaritmo</translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation>serie sustitutiva %1</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>serie sustitutiva</translation>
    </message>
    <message>
        <source>window starts after it ends</source>
        <translation>la ventana empieza después de terminar</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>ventana %1</translation>
    </message>
    <message>
        <source>shock %1</source>
        <translation>shock %1</translation>
    </message>
    <message>
        <source>instrument %1</source>
        <translation>instrumento %1</translation>
    </message>
</context>
<context>
    <name>sn::ProviderHttp</name>
    <message>
        <source>%1: no answer from %2 after %3 attempt(s): the server refused the connection. The service may be down or blocked by a firewall; try again later, or check the address in Preferences &gt; Data providers. Data already stored stays available.</source>
        <translation>%1: sin respuesta de %2 tras %3 intento(s): el servidor rechazó la conexión. El servicio puede estar caído o bloqueado por un cortafuegos; vuelva a intentarlo más tarde o compruebe la dirección en Preferencias &gt; Proveedores de datos. Los datos ya guardados siguen disponibles.</translation>
    </message>
    <message>
        <source>%1: no answer from %2 after %3 attempt(s): the server&apos;s name could not be looked up. This computer seems to have no network connection; connect it and try again. Data already stored stays available.</source>
        <translation>%1: sin respuesta de %2 tras %3 intento(s): no se pudo resolver el nombre del servidor. Este equipo parece no tener conexión de red; conéctelo y vuelva a intentarlo. Los datos ya guardados siguen disponibles.</translation>
    </message>
    <message>
        <source>%1: no answer from %2 after %3 attempt(s): the server did not answer in time. The network or the service is slow or unreachable; try again later. Data already stored stays available.</source>
        <translation>%1: sin respuesta de %2 tras %3 intento(s): el servidor no respondió a tiempo. La red o el servicio es lento o no está accesible; vuelva a intentarlo más tarde. Los datos ya guardados siguen disponibles.</translation>
    </message>
    <message>
        <source>%1: no answer from %2 after %3 attempt(s): the server closed the connection before answering. Try again later. Data already stored stays available.</source>
        <translation>%1: sin respuesta de %2 tras %3 intento(s): el servidor cerró la conexión antes de responder. Vuelva a intentarlo más tarde. Los datos ya guardados siguen disponibles.</translation>
    </message>
    <message>
        <source>%1: no answer from %2 after %3 attempt(s): no secure connection could be made (certificate or redirect refused). Check the address in Preferences &gt; Data providers, and the system&apos;s date and time.</source>
        <translation>%1: sin respuesta de %2 tras %3 intento(s): no se pudo establecer una conexión segura (certificado o redirección rechazados). Compruebe la dirección en Preferencias &gt; Proveedores de datos y la fecha y hora del sistema.</translation>
    </message>
    <message>
        <source>%1: no answer from %2 after %3 attempt(s): the network&apos;s proxy asks for a login. Check the system&apos;s proxy settings.</source>
        <translation>%1: sin respuesta de %2 tras %3 intento(s): el proxy de la red pide iniciar sesión. Compruebe la configuración de proxy del sistema.</translation>
    </message>
    <message>
        <source>%1: no answer from %2 after %3 attempt(s): the network connection failed. Check that this computer is online, then try again. Data already stored stays available.</source>
        <translation>%1: sin respuesta de %2 tras %3 intento(s): la conexión de red falló. Compruebe que este equipo está conectado y vuelva a intentarlo. Los datos ya guardados siguen disponibles.</translation>
    </message>
    <message>
        <source>%1: daily quota spent (%2 of %3 requests on %4 UTC); %5 was not fetched. It resets at midnight UTC; the quota is set in Preferences &gt; Data providers.</source>
        <translation>%1: cuota diaria agotada (%2 de %3 peticiones el %4 UTC); no se descargó nada. Se restablece a medianoche UTC; la cuota se configura en Preferencias &gt; Proveedores de datos.</translation>
    </message>
    <message>
        <source>%1: not asked (circuit breaker open after %2 failed calls in a row; next try after %3)</source>
        <translation>%1: no consultado (en pausa tras %2 llamadas fallidas seguidas; próximo intento después de %3)</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: cancelado</translation>
    </message>
    <message>
        <source>%1: rate limited; the vendor asks to wait %2 s, longer than the %3 s allowed</source>
        <translation>%1: límite de peticiones; el proveedor pide esperar %2 s, más que los %3 s permitidos</translation>
    </message>
    <message>
        <source>%1: the server %2 answered with an error (HTTP %3) %4 time(s) in a row. The service has trouble at the moment; try again later. Data already stored stays available.</source>
        <translation>%1: el servidor %2 respondió con un error (HTTP %3) %4 vez/veces seguidas. El servicio tiene problemas en este momento; vuelva a intentarlo más tarde. Los datos ya guardados siguen disponibles.</translation>
    </message>
</context>
<context>
    <name>sn::ProviderSettings</name>
    <message>
        <source>setting %1 is not true or false: &apos;%2&apos;</source>
        <translation>el ajuste %1 no es true ni false: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: the base URL &apos;%2&apos; is not an http:// or https:// URL with a host</source>
        <translation>%1: la URL base &apos;%2&apos; no es una URL http:// o https:// con un host</translation>
    </message>
    <message>
        <source>setting %1 is not a whole number of minutes from %2 to %3: &apos;%4&apos;</source>
        <translation>el ajuste %1 no es un número entero de minutos de %2 a %3: &apos;%4&apos;</translation>
    </message>
    <message>
        <source>the refresh interval must be from %1 to %2 minutes, not %3</source>
        <translation>el intervalo de actualización debe ser de %1 a %2 minutos, no %3</translation>
    </message>
    <message>
        <source>scheduled refresh</source>
        <translation>actualización programada</translation>
    </message>
    <message>
        <source>unknown provider &apos;%1&apos;; known: %2</source>
        <translation>proveedor desconocido &apos;%1&apos;; conocidos: %2</translation>
    </message>
    <message>
        <source>data providers</source>
        <translation>proveedores de datos</translation>
    </message>
    <message>
        <source>provider &apos;%1&apos; is listed twice</source>
        <translation>el proveedor &apos;%1&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>provider &apos;%1&apos; is missing from the order; every provider has a place</source>
        <translation>falta el proveedor &apos;%1&apos; en el orden; cada proveedor tiene un lugar</translation>
    </message>
</context>
<context>
    <name>sn::Rebalancer</name>
    <message>
        <source>no positions or targets</source>
        <translation>no hay posiciones ni objetivos</translation>
    </message>
    <message>
        <source>rebalance</source>
        <translation>reequilibrio</translation>
    </message>
    <message>
        <source>cash, minimum trade value and fees must be non-negative (fee rate below 1)</source>
        <translation>el efectivo, el valor mínimo de operación y las comisiones no pueden ser negativos (tasa de comisión inferior a 1)</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>posición %1</translation>
    </message>
    <message>
        <source>symbol listed twice</source>
        <translation>símbolo incluido dos veces</translation>
    </message>
    <message>
        <source>price %1 must be positive</source>
        <translation>el precio %1 debe ser positivo</translation>
    </message>
    <message>
        <source>quantity %1 must not be negative</source>
        <translation>la cantidad %1 no puede ser negativa</translation>
    </message>
    <message>
        <source>target weight %1 must not be negative</source>
        <translation>el peso objetivo %1 no puede ser negativo</translation>
    </message>
    <message>
        <source>target weights sum to %1, not 1</source>
        <translation>los pesos objetivo suman %1, no 1</translation>
    </message>
    <message>
        <source>nothing to rebalance: no holdings and no cash</source>
        <translation>nada que reequilibrar: no hay posiciones ni efectivo</translation>
    </message>
    <message>
        <source>plan would overdraw cash by %1</source>
        <translation>el plan dejaría el efectivo en descubierto en %1</translation>
    </message>
    <message>
        <source>not held, so no price to trade at on %1</source>
        <translation>no está en cartera, así que no hay precio para operar el %1</translation>
    </message>
    <message>
        <source>rebalance trade %1</source>
        <translation>operación de reequilibrio %1</translation>
    </message>
    <message>
        <source>quantity, price or fee out of the decimal range</source>
        <translation>cantidad, precio o comisión fuera del rango decimal</translation>
    </message>
</context>
<context>
    <name>sn::Reports</name>
    <message>
        <source>no output file given</source>
        <translation>no se indicó ningún archivo de salida</translation>
    </message>
    <message>
        <source>the report has no table &apos;%1&apos; (tables: %2)</source>
        <translation>el informe no tiene ninguna tabla «%1» (tablas: %2)</translation>
    </message>
    <message>
        <source>CSV writes one file per table into a folder, and this is a file (or pick one table with --table)</source>
        <translation>CSV escribe un archivo por tabla en una carpeta, y esto es un archivo (o elija una sola tabla)</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>report rendering cancelled</source>
        <translation>generación del informe cancelada</translation>
    </message>
</context>
<context>
    <name>sn::ReturnStats</name>
    <message>
        <source>total return</source>
        <translation>rentabilidad total</translation>
    </message>
    <message>
        <source>annual return</source>
        <translation>rentabilidad anual</translation>
    </message>
    <message>
        <source>CAGR</source>
        <translation>CAGR</translation>
    </message>
    <message>
        <source>annual volatility</source>
        <translation>volatilidad anual</translation>
    </message>
    <message>
        <source>Sharpe ratio</source>
        <translation>Ratio de Sharpe</translation>
    </message>
    <message>
        <source>Sortino ratio</source>
        <translation>Ratio de Sortino</translation>
    </message>
    <message>
        <source>Calmar ratio</source>
        <translation>Ratio de Calmar</translation>
    </message>
    <message>
        <source>maximum drawdown</source>
        <translation>reducción máxima (drawdown)</translation>
    </message>
    <message>
        <source>beta</source>
        <translation>beta</translation>
    </message>
    <message>
        <source>alpha</source>
        <translation>alfa</translation>
    </message>
    <message>
        <source>tracking error</source>
        <translation>error de seguimiento (tracking error)</translation>
    </message>
    <message>
        <source>information ratio</source>
        <translation>ratio de información</translation>
    </message>
    <message>
        <source>sample standard deviation (divides by n-1)</source>
        <translation>desviación típica muestral (divide entre n-1)</translation>
    </message>
    <message>
        <source>population standard deviation (divides by n)</source>
        <translation>desviación típica poblacional (divide entre n)</translation>
    </message>
    <message>
        <source>rf_p = rf / %1 with rf = %2</source>
        <translation>rf_p = rf / %1 con rf = %2</translation>
    </message>
    <message>
        <source>rf_p = (1 + rf)^(1/%1) - 1 with rf = %2</source>
        <translation>rf_p = (1 + rf)^(1/%1) - 1 con rf = %2</translation>
    </message>
    <message>
        <source>prod(1 + r_i) - 1 over the n periodic returns r_i</source>
        <translation>prod(1 + r_i) - 1 sobre las n rentabilidades periódicas r_i</translation>
    </message>
    <message>
        <source>(end value / start value)^(1 / years) - 1, years = elapsed calendar time / 365.25 days</source>
        <translation>(valor final / valor inicial)^(1 / años) - 1, años = tiempo natural transcurrido / 365,25 días</translation>
    </message>
    <message>
        <source>sd(r) * sqrt(%1), sd = %2; needs at least 2 returns</source>
        <translation>sd(r) * sqrt(%1), sd = %2; necesita al menos 2 rentabilidades</translation>
    </message>
    <message>
        <source>(annual return - rf) / (sd(r) * sqrt(%1)), annual return = %2, sd = %3, rf = %4</source>
        <translation>(rentabilidad anual - rf) / (sd(r) * sqrt(%1)), rentabilidad anual = %2, sd = %3, rf = %4</translation>
    </message>
    <message>
        <source>; not defined when the deviation is zero</source>
        <translation>; no definido cuando la desviación es cero</translation>
    </message>
    <message>
        <source>(annual return - rf) / sqrt(%1 * var(negative r)), annual return = %2, var = sample variance of the returns below 0 only; needs two negative returns</source>
        <translation>(rentabilidad anual - rf) / sqrt(%1 * var(r negativas)), rentabilidad anual = %2, var = varianza muestral solo de las rentabilidades por debajo de 0; necesita dos rentabilidades negativas</translation>
    </message>
    <message>
        <source>mean(r - rf_p) * %1 / (DD * sqrt(%1)), DD = sqrt(sum(min(r_i - rf_p, 0)^2) / n) over all n returns (target downside deviation), %2; not defined without a loss</source>
        <translation>mean(r - rf_p) * %1 / (DD * sqrt(%1)), DD = sqrt(sum(min(r_i - rf_p, 0)^2) / n) sobre las n rentabilidades (desviación a la baja respecto al objetivo), %2; no definido sin pérdidas</translation>
    </message>
    <message>
        <source>annual return / |maximum drawdown|, annual return = %1; not defined without a drawdown</source>
        <translation>rentabilidad anual / |reducción máxima|, rentabilidad anual = %1; no definido sin reducción</translation>
    </message>
    <message>
        <source>max over t of 1 - V_t / max(V_0..V_t) on the equity V (from returns: V_0 = 1, V_t = V_(t-1)(1 + r_t)); duration = periods from the peak to the first value back at the peak, or to the end if not recovered</source>
        <translation>máximo sobre t de 1 - V_t / max(V_0..V_t) en la curva de capital V (a partir de rentabilidades: V_0 = 1, V_t = V_(t-1)(1 + r_t)); duración = periodos desde el máximo hasta el primer valor que vuelve al máximo, o hasta el final si no se recupera</translation>
    </message>
    <message>
        <source>cov(r, b) / var(b) on the portfolio returns r and benchmark returns b of the same periods</source>
        <translation>cov(r, b) / var(b) sobre las rentabilidades de la cartera r y las del índice de referencia b de los mismos periodos</translation>
    </message>
    <message>
        <source>mean(r - b) * %1 / tracking error</source>
        <translation>mean(r - b) * %1 / error de seguimiento</translation>
    </message>
    <message>
        <source>mean(r - b) / sd(r - b), per period (not annualised), sd = %1</source>
        <translation>mean(r - b) / sd(r - b), por periodo (no anualizado), sd = %1</translation>
    </message>
    <message>
        <source>(annual(r) - annual(b)) / tracking error, annual(x) = %1</source>
        <translation>(anual(r) - anual(b)) / error de seguimiento, anual(x) = %1</translation>
    </message>
    <message>
        <source>%1 [%2 convention: %3 periods/year, ddof %4]: %5</source>
        <translation>%1 [convención %2: %3 periodos/año, ddof %4]: %5</translation>
    </message>
    <message>
        <source>unknown convention &apos;%1&apos; (known: supernova, vectorbt, backtrader, lean)</source>
        <translation>convención desconocida &apos;%1&apos; (conocidas: supernova, vectorbt, backtrader, lean)</translation>
    </message>
    <message>
        <source>no returns to summarise</source>
        <translation>no hay rentabilidades que resumir</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>rentabilidades</translation>
    </message>
</context>
<context>
    <name>sn::Risk</name>
    <message>
        <source>%1 observations; at least %2 are needed</source>
        <translation>%1 observaciones; se necesitan al menos %2</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>rentabilidades</translation>
    </message>
    <message>
        <source>asset has no variance; correlation is not defined</source>
        <translation>el activo no tiene varianza; la correlación no está definida</translation>
    </message>
    <message>
        <source>covariance column %1</source>
        <translation>columna de covarianza %1</translation>
    </message>
    <message>
        <source>asset has no variance; correlation target not defined</source>
        <translation>el activo no tiene varianza; el objetivo de correlación no está definido</translation>
    </message>
    <message>
        <source>returns column %1</source>
        <translation>columna de rentabilidades %1</translation>
    </message>
    <message>
        <source>start value %1 must be positive</source>
        <translation>el valor inicial %1 debe ser positivo</translation>
    </message>
    <message>
        <source>startValue</source>
        <translation>valor inicial</translation>
    </message>
    <message>
        <source>%1 steps and %2 paths; both must be at least 1</source>
        <translation>%1 pasos y %2 trayectorias; ambos deben ser al menos 1</translation>
    </message>
    <message>
        <source>steps/paths</source>
        <translation>pasos/trayectorias</translation>
    </message>
    <message>
        <source>lower bound %1 above upper bound %2</source>
        <translation>límite inferior %1 por encima del límite superior %2</translation>
    </message>
    <message>
        <source>asset %1</source>
        <translation>activo %1</translation>
    </message>
    <message>
        <source>infeasible bounds: lower bounds sum to %1, upper bounds to %2; the weights must sum to 1</source>
        <translation>límites imposibles: los límites inferiores suman %1 y los superiores %2; los pesos deben sumar 1</translation>
    </message>
    <message>
        <source>optimiser bounds</source>
        <translation>límites del optimizador</translation>
    </message>
    <message>
        <source>covariance matrix is singular or not positive definite (eigenvalues %1 .. %2)</source>
        <translation>la matriz de covarianzas es singular o no es definida positiva (autovalores %1 .. %2)</translation>
    </message>
    <message>
        <source>optimiser</source>
        <translation>optimizador</translation>
    </message>
    <message>
        <source>singular KKT system</source>
        <translation>sistema KKT singular</translation>
    </message>
    <message>
        <source>active-set method did not converge</source>
        <translation>el método de conjunto activo no convergió</translation>
    </message>
    <message>
        <source>could not reach the target return %1</source>
        <translation>no se pudo alcanzar la rentabilidad objetivo %1</translation>
    </message>
    <message>
        <source>%1 observations for %2 assets; at least %3 are needed for a non-singular covariance</source>
        <translation>%1 observaciones para %2 activos; se necesitan al menos %3 para una covarianza no singular</translation>
    </message>
    <message>
        <source>target return %1 is above the highest feasible return %2</source>
        <translation>la rentabilidad objetivo %1 supera la máxima alcanzable %2</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>target return %1 is below the minimum-variance portfolio&apos;s return %2; the efficient frontier starts there</source>
        <translation>la rentabilidad objetivo %1 es inferior a la rentabilidad %2 de la cartera de varianza mínima; la frontera eficiente empieza ahí</translation>
    </message>
    <message>
        <source>%1 points; at least 2 are needed</source>
        <translation>%1 puntos; se necesitan al menos 2</translation>
    </message>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>no feasible portfolio returns more than the risk-free rate %1 (best %2)</source>
        <translation>ninguna cartera posible rinde más que el tipo sin riesgo %1 (la mejor %2)</translation>
    </message>
    <message>
        <source>maximum Sharpe</source>
        <translation>Sharpe máximo</translation>
    </message>
    <message>
        <source>no positions to stress</source>
        <translation>no hay posiciones que someter a estrés</translation>
    </message>
    <message>
        <source>positions</source>
        <translation>posiciones</translation>
    </message>
    <message>
        <source>window %1..%2</source>
        <translation>ventana %1..%2</translation>
    </message>
    <message>
        <source>window ends before it starts</source>
        <translation>la ventana termina antes de empezar</translation>
    </message>
    <message>
        <source>the series has fewer than two closes in the window</source>
        <translation>la serie tiene menos de dos cierres en la ventana</translation>
    </message>
    <message>
        <source>invalid close at the window edge</source>
        <translation>cierre no válido en el borde de la ventana</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>serie sustitutiva</translation>
    </message>
    <message>
        <source>no history for the window and no proxy series</source>
        <translation>no hay historial para la ventana ni serie sustitutiva</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>posición %1</translation>
    </message>
    <message>
        <source>change %1 is below -100 %</source>
        <translation>la variación %1 es inferior al -100 %</translation>
    </message>
    <message>
        <source>shock %1</source>
        <translation>shock %1</translation>
    </message>
    <message>
        <source>confidence %1 is not inside (0, 1)</source>
        <translation>el nivel de confianza %1 no está dentro de (0, 1)</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>nivel de confianza</translation>
    </message>
    <message>
        <source>horizon %1 is not at least 1 period</source>
        <translation>el horizonte %1 no llega a 1 periodo</translation>
    </message>
    <message>
        <source>horizon</source>
        <translation>horizonte</translation>
    </message>
    <message>
        <source>%1 returns; at least %2 are needed</source>
        <translation>%1 rentabilidades; se necesitan al menos %2</translation>
    </message>
    <message>
        <source>%1 observations leave no tail at %2 confidence; at least %3 are needed</source>
        <translation>%1 observaciones no dejan cola con un nivel de confianza de %2; se necesitan al menos %3</translation>
    </message>
    <message>
        <source>returns have no variance</source>
        <translation>las rentabilidades no tienen varianza</translation>
    </message>
    <message>
        <source>covariance matrix is not positive definite (singular)</source>
        <translation>la matriz de covarianzas no es definida positiva (singular)</translation>
    </message>
    <message>
        <source>Monte Carlo VaR</source>
        <translation>VaR de Montecarlo</translation>
    </message>
    <message>
        <source>portfolio has no variance</source>
        <translation>la cartera no tiene varianza</translation>
    </message>
    <message>
        <source>component VaR</source>
        <translation>VaR por componente</translation>
    </message>
</context>
<context>
    <name>sn::RuleService</name>
    <message>
        <source>rule</source>
        <translation>regla</translation>
    </message>
    <message>
        <source>rule &apos;%1&apos;</source>
        <translation>regla &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a rule needs a name</source>
        <translation>una regla necesita un nombre</translation>
    </message>
    <message>
        <source>a rule name has at most %1 characters</source>
        <translation>un nombre de regla tiene como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rule name: character %2 (&apos;%3&apos;) is not allowed; use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, starting with a letter or digit</source>
        <translation>&apos;%1&apos; no es un nombre de regla: el carácter %2 (&apos;%3&apos;) no está permitido; use letras, dígitos, &apos;_&apos;, &apos;-&apos; y &apos;.&apos;, empezando por una letra o un dígito</translation>
    </message>
    <message>
        <source>a version is a number from 1, got %1</source>
        <translation>una versión es un número a partir de 1, se encontró %1</translation>
    </message>
    <message>
        <source>no such rule</source>
        <translation>no existe esa regla</translation>
    </message>
    <message>
        <source>the rule text is empty</source>
        <translation>el texto de la regla está vacío</translation>
    </message>
    <message>
        <source>the rule is larger than %1 bytes</source>
        <translation>la regla ocupa más de %1 bytes</translation>
    </message>
    <message>
        <source>the rule does not compile:
%1</source>
        <translation>la regla no compila:
%1</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>no se puede escribir &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>rule export</source>
        <translation>exportación de regla</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>no se puede leer &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>rule import</source>
        <translation>importación de regla</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than %2 bytes</source>
        <translation>&apos;%1&apos; ocupa más de %2 bytes</translation>
    </message>
    <message>
        <source>importing &apos;%1&apos; (give the rule a name with --name)</source>
        <translation>importando &apos;%1&apos; (dé un nombre a la regla con --name)</translation>
    </message>
    <message>
        <source>no version %1 (versions 1 to %2)</source>
        <translation>no existe la versión %1 (versiones 1 a %2)</translation>
    </message>
    <message>
        <source>parameter &apos;name&apos; is empty</source>
        <translation>el parámetro &apos;name&apos; está vacío</translation>
    </message>
    <message>
        <source>the rule was removed meanwhile</source>
        <translation>la regla se eliminó mientras tanto</translation>
    </message>
</context>
<context>
    <name>sn::Rules</name>
    <message>
        <source>a condition series</source>
        <translation>una serie de condiciones</translation>
    </message>
    <message>
        <source>a fixed condition</source>
        <translation>una condición fija</translation>
    </message>
    <message>
        <source>a number series</source>
        <translation>una serie de números</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>unknown rule output &apos;%1&apos;</source>
        <translation>salida de regla desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a rule sets entry, exit, short_entry, short_exit, stop_loss, take_profit, trailing_stop, stop, target or trail; for a named value write &apos;let %1 = ...&apos;</source>
        <translation>una regla define entry, exit, short_entry, short_exit, stop_loss, take_profit, trailing_stop, stop, target o trail; para un valor con nombre escriba &apos;let %1 = ...&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set twice</source>
        <translation>&apos;%1&apos; se define dos veces</translation>
    </message>
    <message>
        <source>combine the conditions with &apos;or&apos; / &apos;and&apos; in one line</source>
        <translation>combine las condiciones con &apos;or&apos; / &apos;and&apos; en una línea</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number (a distance in price), got %2</source>
        <translation>&apos;%1&apos; debe ser un número (una distancia en precio), pero es %2</translation>
    </message>
    <message>
        <source>e.g. &apos;%1 = 2 * atr(14)&apos;</source>
        <translation>p. ej. &apos;%1 = 2 * atr(14)&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number (a fraction of the entry price), got %2</source>
        <translation>&apos;%1&apos; debe ser un número (una fracción del precio de entrada), pero es %2</translation>
    </message>
    <message>
        <source>e.g. &apos;%1 = 0.05&apos; for 5%</source>
        <translation>p. ej. &apos;%1 = 0.05&apos; para un 5 %</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be fixed for the run, got %2</source>
        <translation>&apos;%1&apos; debe ser fijo durante la ejecución, pero es %2</translation>
    </message>
    <message>
        <source>a fraction such as 0.05 or a float parameter; for a stop that moves with the bars write a distance in price: &apos;stop = 2 * atr(14)&apos; (also &apos;target&apos;, &apos;trail&apos;)</source>
        <translation>una fracción como 0.05 o un parámetro float; para un stop que se mueve con las barras escriba una distancia en precio: &apos;stop = 2 * atr(14)&apos; (también &apos;target&apos;, &apos;trail&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a condition, got %2</source>
        <translation>&apos;%1&apos; debe ser una condición, pero es %2</translation>
    </message>
    <message>
        <source>compare it, e.g. &apos;close &gt; sma(close, 50)&apos;</source>
        <translation>compárelo, p. ej. &apos;close &gt; sma(close, 50)&apos;</translation>
    </message>
    <message>
        <source>the rule has no &apos;entry&apos;</source>
        <translation>la regla no tiene &apos;entry&apos;</translation>
    </message>
    <message>
        <source>add a line such as &apos;entry = cross_above(sma(close, 10), sma(close, 30))&apos;</source>
        <translation>añada una línea como &apos;entry = cross_above(sma(close, 10), sma(close, 30))&apos;</translation>
    </message>
    <message>
        <source>&apos;short_exit&apos; without &apos;short_entry&apos;</source>
        <translation>&apos;short_exit&apos; sin &apos;short_entry&apos;</translation>
    </message>
    <message>
        <source>add &apos;short_entry = ...&apos; or remove it</source>
        <translation>añada &apos;short_entry = ...&apos; o elimínelo</translation>
    </message>
    <message>
        <source>the rule needs %1 steps, more than %2</source>
        <translation>la regla necesita %1 pasos, más de %2</translation>
    </message>
    <message>
        <source>split it into simpler rules</source>
        <translation>divídala en reglas más sencillas</translation>
    </message>
    <message>
        <source>did you mean &apos;%1&apos;?</source>
        <translation>¿quería decir &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in name and cannot be a parameter</source>
        <translation>&apos;%1&apos; es un nombre predefinido y no puede ser un parámetro</translation>
    </message>
    <message>
        <source>pick another name</source>
        <translation>elija otro nombre</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is declared twice</source>
        <translation>el parámetro &apos;%1&apos; se declara dos veces</translation>
    </message>
    <message>
        <source>keep one declaration</source>
        <translation>conserve una sola declaración</translation>
    </message>
    <message>
        <source>the range of &apos;%1&apos; is empty (%2 &gt; %3)</source>
        <translation>el rango de &apos;%1&apos; está vacío (%2 &gt; %3)</translation>
    </message>
    <message>
        <source>write LOW..HIGH with LOW &lt;= HIGH</source>
        <translation>escriba LOW..HIGH con LOW &lt;= HIGH</translation>
    </message>
    <message>
        <source>int parameter &apos;%1&apos; has a fractional range</source>
        <translation>el parámetro int &apos;%1&apos; tiene un rango con decimales</translation>
    </message>
    <message>
        <source>use whole numbers or declare it &apos;float&apos;</source>
        <translation>use números enteros o declárelo &apos;float&apos;</translation>
    </message>
    <message>
        <source>the default of &apos;%1&apos; (%2) is outside its range %3..%4</source>
        <translation>el valor predeterminado de &apos;%1&apos; (%2) está fuera de su rango %3..%4</translation>
    </message>
    <message>
        <source>change the default or the range</source>
        <translation>cambie el valor predeterminado o el rango</translation>
    </message>
    <message>
        <source>&apos;require&apos; names unknown parameter &apos;%1&apos;</source>
        <translation>&apos;require&apos; menciona el parámetro desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>declare it first: &apos;param %1: int = 10 in 1..100&apos;</source>
        <translation>declárelo primero: &apos;param %1: int = 10 in 1..100&apos;</translation>
    </message>
    <message>
        <source>the defaults break &apos;require %1 &lt; %2&apos; (%1 = %3, %2 = %4)</source>
        <translation>los valores predeterminados incumplen &apos;require %1 &lt; %2&apos; (%1 = %3, %2 = %4)</translation>
    </message>
    <message>
        <source>change the defaults</source>
        <translation>cambie los valores predeterminados</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a name (a parameter) and cannot be redefined</source>
        <translation>&apos;%1&apos; ya es un nombre (un parámetro) y no se puede redefinir</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a name (built in) and cannot be redefined</source>
        <translation>&apos;%1&apos; ya es un nombre (predefinido) y no se puede redefinir</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is defined twice</source>
        <translation>&apos;%1&apos; se define dos veces</translation>
    </message>
    <message>
        <source>keep one &apos;let %1&apos;</source>
        <translation>conserve un solo &apos;let %1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a function and needs arguments</source>
        <translation>&apos;%1&apos; es una función y necesita argumentos</translation>
    </message>
    <message>
        <source>call it as %1</source>
        <translation>llámela como %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a rule output and cannot be read</source>
        <translation>&apos;%1&apos; es una salida de la regla y no se puede leer</translation>
    </message>
    <message>
        <source>name the condition with &apos;let&apos; and use that name in both places</source>
        <translation>dé nombre a la condición con &apos;let&apos; y use ese nombre en ambos sitios</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos;</source>
        <translation>nombre desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>names are open, high, low, close, volume, declared parameters (&apos;param&apos;), &apos;let&apos; names and functions such as sma(x, n)</source>
        <translation>los nombres son open, high, low, close, volume, los parámetros declarados (&apos;param&apos;), los nombres &apos;let&apos; y funciones como sma(x, n)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2() must be fixed for the run, got %3</source>
        <translation>&apos;%1&apos; de %2() debe ser fijo durante la ejecución, pero es %3</translation>
    </message>
    <message>
        <source>use a whole number or an int parameter, e.g. %1(close, 14)</source>
        <translation>use un número entero o un parámetro int, p. ej. %1(close, 14)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2() must be a whole number, got %3</source>
        <translation>&apos;%1&apos; de %2() debe ser un número entero, pero es %3</translation>
    </message>
    <message>
        <source>a period counts bars; declare the parameter &apos;int&apos;</source>
        <translation>un período cuenta barras; declare el parámetro &apos;int&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2() is %3, outside 1..%4</source>
        <translation>&apos;%1&apos; de %2() es %3, fuera de 1..%4</translation>
    </message>
    <message>
        <source>a period is at least 1 bar</source>
        <translation>un período es de al menos 1 barra</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is used as a period but has no range</source>
        <translation>el parámetro &apos;%1&apos; se usa como período pero no tiene rango</translation>
    </message>
    <message>
        <source>give it one: &apos;param %1: int = %2 in 1..200&apos;</source>
        <translation>asígnele uno: &apos;param %1: int = %2 in 1..200&apos;</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is used as a period but its range %2..%3 goes outside 1..%4</source>
        <translation>el parámetro &apos;%1&apos; se usa como período pero su rango %2..%3 sale de 1..%4</translation>
    </message>
    <message>
        <source>a period is at least 1 bar: start the range at 1 or more</source>
        <translation>un período es de al menos 1 barra: empiece el rango en 1 o más</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a function</source>
        <translation>&apos;%1&apos; no es una función</translation>
    </message>
    <message>
        <source>for the value k bars ago write %1[k]</source>
        <translation>para el valor de hace k barras escriba %1[k]</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos;</source>
        <translation>función desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>see docs/rules.md or &apos;supernova-cli rule functions&apos; for the list</source>
        <translation>consulte la lista en docs/rules.md o con &apos;supernova-cli rule functions&apos;</translation>
    </message>
    <message>
        <source>%1 is missing argument &apos;%2&apos;</source>
        <translation>a %1 le falta el argumento &apos;%2&apos;</translation>
    </message>
    <message>
        <source>1 argument needed, %1 given: %2</source>
        <translation>se necesita 1 argumento, se dieron %1: %2</translation>
    </message>
    <message>
        <source>%1 arguments needed, %2 given: %3</source>
        <translation>se necesitan %1 argumentos, se dieron %2: %3</translation>
    </message>
    <message>
        <source>%1 takes 1 argument, %2 given</source>
        <translation>%1 admite 1 argumento, se dieron %2</translation>
    </message>
    <message>
        <source>%1 takes %2 arguments, %3 given</source>
        <translation>%1 admite %2 argumentos, se dieron %3</translation>
    </message>
    <message>
        <source>remove the extra argument</source>
        <translation>elimine el argumento sobrante</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2() must be a number series, got %3</source>
        <translation>&apos;%1&apos; de %2() debe ser una serie de números, pero es %3</translation>
    </message>
    <message>
        <source>e.g. %1(close, ...)</source>
        <translation>p. ej. %1(close, ...)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2() must be a number fixed for the run, got %3</source>
        <translation>&apos;%1&apos; de %2() debe ser un número fijo durante la ejecución, pero es %3</translation>
    </message>
    <message>
        <source>e.g. 2 or a float parameter</source>
        <translation>p. ej. 2 o un parámetro float</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2() must be a number, got %3</source>
        <translation>&apos;%1&apos; de %2() debe ser un número, pero es %3</translation>
    </message>
    <message>
        <source>a condition is not a number; use if(c, 1, 0) to turn it into one</source>
        <translation>una condición no es un número; use if(c, 1, 0) para convertirla en uno</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2() must be a condition, got %3</source>
        <translation>&apos;%1&apos; de %2() debe ser una condición, pero es %3</translation>
    </message>
    <message>
        <source>compare it, e.g. close &gt; open</source>
        <translation>compárelo, p. ej. close &gt; open</translation>
    </message>
    <message>
        <source>%1() of two fixed numbers never happens</source>
        <translation>%1() de dos números fijos nunca ocurre</translation>
    </message>
    <message>
        <source>one side must be a series, e.g. %1(rsi(close, 14), 30)</source>
        <translation>un lado debe ser una serie, p. ej. %1(rsi(close, 14), 30)</translation>
    </message>
    <message>
        <source>the two branches of if() differ: %1 and %2</source>
        <translation>las dos ramas de if() difieren: %1 y %2</translation>
    </message>
    <message>
        <source>both must be numbers or both conditions</source>
        <translation>ambas deben ser números o ambas condiciones</translation>
    </message>
    <message>
        <source>negative lag %1: that would read a future bar</source>
        <translation>desfase negativo %1: leería una barra futura</translation>
    </message>
    <message>
        <source>x[k] is the value k bars ago and k must be 0 or more (x[1] is the previous bar)</source>
        <translation>x[k] es el valor de hace k barras y k debe ser 0 o más (x[1] es la barra anterior)</translation>
    </message>
    <message>
        <source>only a series has past values; this is %1</source>
        <translation>solo una serie tiene valores pasados; esto es %1</translation>
    </message>
    <message>
        <source>x[k] applies to series such as close or sma(close, 10)</source>
        <translation>x[k] se aplica a series como close o sma(close, 10)</translation>
    </message>
    <message>
        <source>the lag must be a whole number fixed for the run, got %1</source>
        <translation>el desfase debe ser un número entero fijo durante la ejecución, pero es %1</translation>
    </message>
    <message>
        <source>write x[1] or x[lag] with &apos;param lag: int = 1 in 0..10&apos;</source>
        <translation>escriba x[1] o x[lag] con &apos;param lag: int = 1 in 0..10&apos;</translation>
    </message>
    <message>
        <source>x[k] is the value k bars ago and k must be 0 or more</source>
        <translation>x[k] es el valor de hace k barras y k debe ser 0 o más</translation>
    </message>
    <message>
        <source>lag %1 is more than %2 bars</source>
        <translation>el desfase %1 es de más de %2 barras</translation>
    </message>
    <message>
        <source>use a smaller lag</source>
        <translation>use un desfase menor</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is used as a lag, so its range must lie in 0..%2 (it is %3..%4)</source>
        <translation>el parámetro &apos;%1&apos; se usa como desfase, así que su rango debe estar en 0..%2 (es %3..%4)</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is used as a lag, so its range must lie in 0..%2 (it has none)</source>
        <translation>el parámetro &apos;%1&apos; se usa como desfase, así que su rango debe estar en 0..%2 (no tiene ninguno)</translation>
    </message>
    <message>
        <source>a negative lag would read a future bar: &apos;param %1: int = %2 in 0..10&apos;</source>
        <translation>un desfase negativo leería una barra futura: &apos;param %1: int = %2 in 0..10&apos;</translation>
    </message>
    <message>
        <source>the lag must be a whole number or an int parameter</source>
        <translation>el desfase debe ser un número entero o un parámetro int</translation>
    </message>
    <message>
        <source>computed lags are not allowed, so a rule can be seen not to look ahead</source>
        <translation>no se permiten desfases calculados, para que se vea que una regla no mira al futuro</translation>
    </message>
    <message>
        <source>&apos;not&apos; needs a condition, got %1</source>
        <translation>&apos;not&apos; necesita una condición, pero recibió %1</translation>
    </message>
    <message>
        <source>compare it first, e.g. not (close &gt; open)</source>
        <translation>compare primero, p. ej. not (close &gt; open)</translation>
    </message>
    <message>
        <source>&apos;-&apos; needs a number, got %1</source>
        <translation>&apos;-&apos; necesita un número, pero recibió %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; joins conditions, got %2</source>
        <translation>&apos;%1&apos; une condiciones, pero recibió %2</translation>
    </message>
    <message>
        <source>compare it, e.g. rsi(close, 14) &lt; 30</source>
        <translation>compárelo, p. ej. rsi(close, 14) &lt; 30</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot compare %2 with %3</source>
        <translation>&apos;%1&apos; no puede comparar %2 con %3</translation>
    </message>
    <message>
        <source>compare numbers with numbers and conditions with conditions</source>
        <translation>compare números con números y condiciones con condiciones</translation>
    </message>
    <message>
        <source>order comparisons take numbers</source>
        <translation>las comparaciones de orden requieren números</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs numbers, got %2</source>
        <translation>&apos;%1&apos; necesita números, pero recibió %2</translation>
    </message>
    <message>
        <source>use if(c, 1, 0) to turn a condition into a number</source>
        <translation>use if(c, 1, 0) para convertir una condición en un número</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>hint</source>
        <translation>sugerencia</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>byte %1</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>carácter inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a rule uses names, numbers, + - * / &lt; &lt;= &gt; &gt;= == != = ( ) [ ] , : and # comments</source>
        <translation>una regla usa nombres, números, + - * / &lt; &lt;= &gt; &gt;= == != = ( ) [ ] , : y comentarios con #</translation>
    </message>
    <message>
        <source>number &apos;%1&apos; is out of range</source>
        <translation>el número &apos;%1&apos; está fuera de rango</translation>
    </message>
    <message>
        <source>numbers must be finite doubles</source>
        <translation>los números deben ser decimales finitos</translation>
    </message>
    <message>
        <source>a name cannot start right after the number &apos;%1&apos;</source>
        <translation>un nombre no puede empezar justo después del número &apos;%1&apos;</translation>
    </message>
    <message>
        <source>put an operator or a space between them, e.g. 2 * x</source>
        <translation>ponga un operador o un espacio entre ellos, p. ej. 2 * x</translation>
    </message>
    <message>
        <source>the end of the line</source>
        <translation>el final de la línea</translation>
    </message>
    <message>
        <source>the end of the rule</source>
        <translation>el final de la regla</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;, found %2</source>
        <translation>se esperaba &apos;%1&apos;, se encontró %2</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>se esperaba %1, se encontró %2</translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the statement</source>
        <translation>%1 inesperado tras el final de la instrucción</translation>
    </message>
    <message>
        <source>one statement per line; join conditions with &apos;and&apos; / &apos;or&apos;</source>
        <translation>una instrucción por línea; una las condiciones con &apos;and&apos; / &apos;or&apos;</translation>
    </message>
    <message>
        <source>expected %1 (a number), found %2</source>
        <translation>se esperaba %1 (un número), se encontró %2</translation>
    </message>
    <message>
        <source>a statement starts with a name, found %1</source>
        <translation>una instrucción empieza por un nombre, se encontró %1</translation>
    </message>
    <message>
        <source>write &apos;param NAME: int = 10&apos;, &apos;let NAME = ...&apos;, &apos;require A &lt; B&apos; or &apos;entry = ...&apos;</source>
        <translation>escriba &apos;param NAME: int = 10&apos;, &apos;let NAME = ...&apos;, &apos;require A &lt; B&apos; o &apos;entry = ...&apos;</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>write &apos;let %1 = EXPRESSION&apos;</source>
        <translation>escriba &apos;let %1 = EXPRESIÓN&apos;</translation>
    </message>
    <message>
        <source>write &apos;%1 = CONDITION&apos; (entry, exit, short_entry, short_exit, stop_loss, take_profit, trailing_stop, stop, target, trail) or &apos;let %1 = ...&apos;</source>
        <translation>escriba &apos;%1 = CONDICIÓN&apos; (entry, exit, short_entry, short_exit, stop_loss, take_profit, trailing_stop, stop, target, trail) o &apos;let %1 = ...&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no value after &apos;=&apos;</source>
        <translation>&apos;%1&apos; no tiene valor tras &apos;=&apos;</translation>
    </message>
    <message>
        <source>a parameter name</source>
        <translation>un nombre de parámetro</translation>
    </message>
    <message>
        <source>write &apos;param %1: int = 10 in 2..200&apos;</source>
        <translation>escriba &apos;param %1: int = 10 in 2..200&apos;</translation>
    </message>
    <message>
        <source>a type (int or float)</source>
        <translation>un tipo (int o float)</translation>
    </message>
    <message>
        <source>unknown parameter type &apos;%1&apos;</source>
        <translation>tipo de parámetro desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a parameter is &apos;int&apos; or &apos;float&apos;</source>
        <translation>un parámetro es &apos;int&apos; o &apos;float&apos;</translation>
    </message>
    <message>
        <source>a parameter needs a default: &apos;param %1: %2 = 10&apos;</source>
        <translation>un parámetro necesita un valor predeterminado: &apos;param %1: %2 = 10&apos;</translation>
    </message>
    <message>
        <source>the default value</source>
        <translation>el valor predeterminado</translation>
    </message>
    <message>
        <source>int parameter &apos;%1&apos; has a fractional default</source>
        <translation>el parámetro int &apos;%1&apos; tiene un valor predeterminado con decimales</translation>
    </message>
    <message>
        <source>declare it &apos;float&apos; or use a whole number</source>
        <translation>declárelo &apos;float&apos; o use un número entero</translation>
    </message>
    <message>
        <source>the range&apos;s lower end</source>
        <translation>el extremo inferior del rango</translation>
    </message>
    <message>
        <source>a range is written LOW..HIGH, e.g. 2..200</source>
        <translation>un rango se escribe LOW..HIGH, p. ej. 2..200</translation>
    </message>
    <message>
        <source>the range&apos;s upper end</source>
        <translation>el extremo superior del rango</translation>
    </message>
    <message>
        <source>only &apos;require A &lt; B&apos; between two parameters is supported</source>
        <translation>solo se admite &apos;require A &lt; B&apos; entre dos parámetros</translation>
    </message>
    <message>
        <source>the expression is nested more than %1 levels deep</source>
        <translation>la expresión está anidada a más de %1 niveles</translation>
    </message>
    <message>
        <source>split it with &apos;let&apos; names</source>
        <translation>divídala con nombres &apos;let&apos;</translation>
    </message>
    <message>
        <source>comparisons cannot be chained</source>
        <translation>las comparaciones no se pueden encadenar</translation>
    </message>
    <message>
        <source>write &apos;a &lt; b and b &lt; c&apos;</source>
        <translation>escriba &apos;a &lt; b and b &lt; c&apos;</translation>
    </message>
    <message>
        <source>x[k] is the value k bars ago</source>
        <translation>x[k] es el valor de hace k barras</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a keyword and cannot start a value</source>
        <translation>&apos;%1&apos; es una palabra clave y no puede iniciar un valor</translation>
    </message>
    <message>
        <source>too many arguments to &apos;%1&apos;</source>
        <translation>demasiados argumentos para &apos;%1&apos;</translation>
    </message>
    <message>
        <source>arguments are separated by &apos;,&apos; and closed by &apos;)&apos;</source>
        <translation>los argumentos se separan con &apos;,&apos; y se cierran con &apos;)&apos;</translation>
    </message>
    <message>
        <source>a &apos;(&apos; opened at column %1 is not closed</source>
        <translation>un &apos;(&apos; abierto en la columna %1 no se cierra</translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation>se esperaba un valor, se encontró %1</translation>
    </message>
    <message>
        <source>a value is a number, a series (close, ...), a parameter, a &apos;let&apos; name or a function call</source>
        <translation>un valor es un número, una serie (close, ...), un parámetro, un nombre &apos;let&apos; o una llamada a función</translation>
    </message>
    <message>
        <source>the rule is %1 bytes, more than the %2 allowed</source>
        <translation>la regla ocupa %1 bytes, más de los %2 permitidos</translation>
    </message>
    <message>
        <source>a rule is a few lines; keep data out of it</source>
        <translation>una regla son unas pocas líneas; no ponga datos en ella</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set both by the rule and by the backtest options; keep one</source>
        <translation>&apos;%1&apos; lo fijan tanto la regla como las opciones del backtest; conserve solo uno</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>regla %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a fraction in [0, 1), the rule gives %2</source>
        <translation>&apos;%1&apos; debe ser una fracción en [0, 1); la regla da %2</translation>
    </message>
</context>
<context>
    <name>sn::RunService</name>
    <message>
        <source>backtest run %1</source>
        <translation>ejecución de backtest %1</translation>
    </message>
    <message>
        <source>field &apos;name&apos; is empty</source>
        <translation>el campo &apos;name&apos; está vacío</translation>
    </message>
    <message>
        <source>backtest run</source>
        <translation>ejecución de backtest</translation>
    </message>
    <message>
        <source>field &apos;strategy&apos; is empty</source>
        <translation>el campo &apos;strategy&apos; está vacío</translation>
    </message>
    <message>
        <source>no such backtest run</source>
        <translation>no existe esa ejecución de backtest</translation>
    </message>
    <message>
        <source>parameter &apos;name&apos; is empty</source>
        <translation>el parámetro &apos;name&apos; está vacío</translation>
    </message>
    <message>
        <source>a saved run needs a name</source>
        <translation>una ejecución guardada necesita un nombre</translation>
    </message>
</context>
<context>
    <name>sn::SampleData</name>
    <message>
        <source>sample instrument %1 is still used; nothing was removed</source>
        <translation>el instrumento de ejemplo %1 todavía se usa; no se ha eliminado nada</translation>
    </message>
</context>
<context>
    <name>sn::Sync</name>
    <message>
        <source>wrong user name or password, or the account is disabled</source>
        <translation>usuario o contraseña incorrectos, o la cuenta está desactivada</translation>
    </message>
    <message>
        <source>the saved sign-in is no longer valid: sign in again</source>
        <translation>el inicio de sesión guardado ya no es válido: inicie sesión de nuevo</translation>
    </message>
    <message>
        <source>the saved sign-in has expired: sign in again</source>
        <translation>el inicio de sesión guardado ha caducado: inicie sesión de nuevo</translation>
    </message>
    <message>
        <source>your role in this workspace does not allow it</source>
        <translation>su rol en este espacio de trabajo no lo permite</translation>
    </message>
    <message>
        <source>the server does not have it (it may have been deleted)</source>
        <translation>el servidor no lo tiene (quizá se eliminó)</translation>
    </message>
    <message>
        <source>too many requests in a short time: wait a moment</source>
        <translation>demasiadas solicitudes en poco tiempo: espere un momento</translation>
    </message>
    <message>
        <source>the server cannot reach its database right now: it is retried later</source>
        <translation>el servidor no puede acceder a su base de datos ahora: se reintentará más tarde</translation>
    </message>
    <message>
        <source>the item is larger than the server accepts</source>
        <translation>el elemento es más grande de lo que acepta el servidor</translation>
    </message>
    <message>
        <source>the server could not read the item</source>
        <translation>el servidor no pudo leer el elemento</translation>
    </message>
    <message>
        <source>the server had an internal error: it is retried later</source>
        <translation>el servidor tuvo un error interno: se reintentará más tarde</translation>
    </message>
    <message>
        <source>%1 is not encrypted: use wss:// (ws:// only to a loopback address in development)</source>
        <translation>%1 no está cifrado: use wss:// (ws:// solo hacia una dirección de loopback en desarrollo)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a wss:// URL</source>
        <translation>«%1» no es una URL wss://</translation>
    </message>
    <message>
        <source>not signed in to %1 as %2: sign in first (supernova-cli sync login)</source>
        <translation>no ha iniciado sesión en %1 como %2: inicie sesión primero (Preferencias &gt; Equipo)</translation>
    </message>
    <message>
        <source>cannot read the sign-in from the keychain: %1</source>
        <translation>no se puede leer el inicio de sesión del llavero: %1</translation>
    </message>
    <message>
        <source>cannot delete the sign-in from the keychain: %1</source>
        <translation>no se puede borrar el inicio de sesión del llavero: %1</translation>
    </message>
    <message>
        <source>cannot keep the sign-in in the keychain: %1</source>
        <translation>no se puede guardar el inicio de sesión en el llavero: %1</translation>
    </message>
    <message>
        <source>not connected: the chat line was not sent</source>
        <translation>sin conexión: el mensaje del chat no se envió</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted (%1); its SHA-256 is %2: pin it if you trust it</source>
        <translation>el certificado del servidor no es de confianza (%1); su SHA-256 es %2: fíjelo si confía en él</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted (%1); its SHA-256 is %2, not the pinned one</source>
        <translation>el certificado del servidor no es de confianza (%1); su SHA-256 es %2, no el fijado</translation>
    </message>
    <message>
        <source>signed out: sign in again (supernova-cli sync login)</source>
        <translation>sesión cerrada: inicie sesión de nuevo (Preferencias &gt; Equipo)</translation>
    </message>
    <message>
        <source>sign-in: %1</source>
        <translation>inicio de sesión: %1</translation>
    </message>
    <message>
        <source>sign-in to %1 refused: %2</source>
        <translation>inicio de sesión en %1 rechazado: %2</translation>
    </message>
    <message>
        <source>the server refused the change to %1 &apos;%2&apos;: %3 (your role in workspace &apos;%4&apos; does not allow writing; the change stays here, unsent)</source>
        <translation>el servidor rechazó el cambio en %1 «%2»: %3 (su rol en el espacio de trabajo «%4» no permite escribir; el cambio se queda aquí, sin enviar)</translation>
    </message>
    <message>
        <source>the server refused the change to %1 &apos;%2&apos;: %3</source>
        <translation>el servidor rechazó el cambio en %1 «%2»: %3</translation>
    </message>
    <message>
        <source>workspace &apos;%1&apos;: %2</source>
        <translation>espacio de trabajo «%1»: %2</translation>
    </message>
    <message>
        <source>sending too fast: the chat line was not sent, try again in a moment</source>
        <translation>envío demasiado rápido: el mensaje del chat no se envió, inténtelo de nuevo en un momento</translation>
    </message>
    <message>
        <source>instrument &apos;%1&apos; is not in this database: import its prices first</source>
        <translation>el instrumento «%1» no está en esta base de datos: importe primero sus precios</translation>
    </message>
    <message>
        <source>a workspace name is 1-64 characters</source>
        <translation>el nombre de un espacio de trabajo tiene de 1 a 64 caracteres</translation>
    </message>
    <message>
        <source>sync share</source>
        <translation>compartir con el equipo</translation>
    </message>
    <message>
        <source>watchlist &apos;%1&apos; is already shared in workspace &apos;%2&apos;</source>
        <translation>la lista de seguimiento «%1» ya está compartida en el espacio de trabajo «%2»</translation>
    </message>
    <message>
        <source>saved run &apos;%1&apos; is already shared in workspace &apos;%2&apos;</source>
        <translation>la ejecución guardada «%1» ya está compartida en el espacio de trabajo «%2»</translation>
    </message>
    <message>
        <source>portfolio &apos;%1&apos; is already shared in workspace &apos;%2&apos;</source>
        <translation>la cartera «%1» ya está compartida en el espacio de trabajo «%2»</translation>
    </message>
    <message>
        <source>item &apos;%1&apos; is already shared in workspace &apos;%2&apos;</source>
        <translation>el elemento «%1» ya está compartido en el espacio de trabajo «%2»</translation>
    </message>
    <message>
        <source>instrument &apos;%1&apos; is not in this database: import the prices first</source>
        <translation>el instrumento «%1» no está en esta base de datos: importe primero los precios</translation>
    </message>
    <message>
        <source>instruments %1 are not in this database: import the prices first</source>
        <translation>los instrumentos %1 no están en esta base de datos: importe primero los precios</translation>
    </message>
    <message>
        <source>no watchlist with id %1</source>
        <translation>no hay ninguna lista de seguimiento con el id %1</translation>
    </message>
    <message>
        <source>no saved run with id %1</source>
        <translation>no hay ninguna ejecución guardada con el id %1</translation>
    </message>
    <message>
        <source>no sync conflict %1</source>
        <translation>no hay ningún conflicto de sincronización %1</translation>
    </message>
    <message>
        <source>sync resolve</source>
        <translation>resolver conflicto</translation>
    </message>
    <message>
        <source>conflict %1 cannot keep both: only a ledger line or a note can exist twice</source>
        <translation>el conflicto %1 no puede conservar ambos: solo un movimiento o una nota pueden existir dos veces</translation>
    </message>
    <message>
        <source>conflict %1 cannot keep both: one side deleted it (keep mine or take theirs)</source>
        <translation>el conflicto %1 no puede conservar ambos: un lado lo eliminó (conservar la mía o tomar la suya)</translation>
    </message>
    <message>
        <source>the item it belongs to (&apos;%1&apos;) is not shared here</source>
        <translation>el elemento al que pertenece («%1») no está compartido aquí</translation>
    </message>
</context>
<context>
    <name>sn::TransactionCsv</name>
    <message>
        <source>unterminated quoted field</source>
        <translation>campo entre comillas sin cerrar</translation>
    </message>
    <message>
        <source>expected FIELD=COLUMN, got &apos;%1&apos;</source>
        <translation>se esperaba CAMPO=COLUMNA, se encontró &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (fields: date, type, symbol, quantity, price, fee, tax, amount, currency, note)</source>
        <translation>campo desconocido &apos;%1&apos; (campos: date, type, symbol, quantity, price, fee, tax, amount, currency, note)</translation>
    </message>
    <message>
        <source>no column named for field &apos;%1&apos;</source>
        <translation>no se indicó ninguna columna para el campo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 bad line(s), nothing imported:</source>
        <translation>%1 línea(s) errónea(s), no se importó nada:</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>... y %1 más</translation>
    </message>
    <message>
        <source>empty file: no header</source>
        <translation>archivo vacío: sin cabecera</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; (mapped to field &apos;%2&apos;) is not in the header</source>
        <translation>la columna &apos;%1&apos; (asignada al campo &apos;%2&apos;) no está en la cabecera</translation>
    </message>
    <message>
        <source>no &apos;%1&apos; column in the header (map one with --map %1=COLUMN)</source>
        <translation>no hay columna &apos;%1&apos; en la cabecera (asigne una: %1=COLUMNA)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>not a date &apos;%1&apos;</source>
        <translation>no es una fecha: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown type &apos;%1&apos; (buy, sell, dividend, interest, fee, tax, deposit, withdrawal, split, transfer_in, transfer_out)</source>
        <translation>tipo desconocido &apos;%1&apos; (buy, sell, dividend, interest, fee, tax, deposit, withdrawal, split, transfer_in, transfer_out)</translation>
    </message>
    <message>
        <source>a %1 needs a symbol</source>
        <translation>el tipo %1 necesita un símbolo</translation>
    </message>
    <message>
        <source>unparseable decimal &apos;%1&apos;</source>
        <translation>no es un número decimal: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>negative %1 %2 (amounts are positive; the type gives the direction)</source>
        <translation>%1 negativo: %2 (los importes son positivos; el tipo indica la dirección)</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>debe ser positivo</translation>
    </message>
    <message>
        <source>quantity x price overflows</source>
        <translation>cantidad x precio se desborda</translation>
    </message>
    <message>
        <source>not a three-letter currency code &apos;%1&apos;</source>
        <translation>no es un código de moneda de tres letras: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown portfolio &apos;%1&apos;</source>
        <translation>cartera desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>no transactions after the header</source>
        <translation>no hay transacciones después de la cabecera</translation>
    </message>
    <message>
        <source>unknown symbol &apos;%1&apos; (import its prices first)</source>
        <translation>símbolo desconocido &apos;%1&apos; (importe antes sus precios)</translation>
    </message>
    <message>
        <source>no price of %1 on or before %2 (%3)</source>
        <translation>no hay precio de %1 el %2 ni antes (%3)</translation>
    </message>
    <message>
        <source>first close %1</source>
        <translation>primer cierre el %1</translation>
    </message>
    <message>
        <source>%1: with these lines, the stored ledger of portfolio &apos;%2&apos; no longer replays</source>
        <translation>%1: con estas líneas, el registro guardado de la cartera &apos;%2&apos; ya no se puede recalcular</translation>
    </message>
    <message>
        <source>--map</source>
        <translation>asignación de columnas</translation>
    </message>
</context>
<context>
    <name>sn::Valuation</name>
    <message>
        <source>no price series</source>
        <translation>no hay serie de precios</translation>
    </message>
    <message>
        <source>instrument %1</source>
        <translation>instrumento %1</translation>
    </message>
    <message>
        <source>no FX series %1-&gt;%2; a rate of 1.0 is never assumed</source>
        <translation>no hay serie de tipos de cambio %1-&gt;%2; nunca se supone un tipo de 1.0</translation>
    </message>
    <message>
        <source>unknown symbol &apos;%1&apos;</source>
        <translation>símbolo desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no transactions to value</source>
        <translation>no hay transacciones que valorar</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>cartera</translation>
    </message>
    <message>
        <source>valuation ends before the last transaction (%1)</source>
        <translation>la valoración termina antes de la última transacción (%1)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>no price of %1 on or before %2</source>
        <translation>no hay precio de %1 en o antes del %2</translation>
    </message>
    <message>
        <source>%1 is held on %2 but has no price on or before that day</source>
        <translation>%1 está en cartera el %2 pero no tiene precio en o antes de ese día</translation>
    </message>
</context>
<context>
    <name>sn::Watchlists</name>
    <message>
        <source>watchlist</source>
        <translation>lista de seguimiento</translation>
    </message>
    <message>
        <source>a watchlist needs a name</source>
        <translation>Una lista de seguimiento necesita un nombre</translation>
    </message>
    <message>
        <source>a watchlist name has at most 200 characters</source>
        <translation>El nombre de una lista de seguimiento tiene como máximo 200 caracteres</translation>
    </message>
    <message>
        <source>no watchlist with id %1 (removed meanwhile?)</source>
        <translation>no hay ninguna lista de seguimiento con el id %1 (¿eliminada entretanto?)</translation>
    </message>
    <message>
        <source>a watchlist named &apos;%1&apos; already exists: choose another name</source>
        <translation>Ya existe una lista de seguimiento llamada &apos;%1&apos;: elija otro nombre</translation>
    </message>
    <message>
        <source>type a symbol to add</source>
        <translation>escriba un símbolo para añadir</translation>
    </message>
    <message>
        <source>the watchlist was removed meanwhile</source>
        <translation>la lista de seguimiento se eliminó entretanto</translation>
    </message>
    <message>
        <source>%1 is already in &apos;%2&apos;</source>
        <translation>%1 ya está en &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no instrument &apos;%1&apos; is stored: import its prices first (File &gt; Import)</source>
        <translation>no hay ningún instrumento &apos;%1&apos; guardado: importe primero sus precios (Archivo &gt; Importar)</translation>
    </message>
    <message>
        <source>no such watchlist</source>
        <translation>no existe esa lista de seguimiento</translation>
    </message>
    <message>
        <source>watchlist %1</source>
        <translation>lista de seguimiento %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a member</source>
        <translation>&apos;%1&apos; no está en la lista</translation>
    </message>
    <message>
        <source>the new order must list each current member exactly once</source>
        <translation>el nuevo orden debe incluir cada elemento actual exactamente una vez</translation>
    </message>
</context>
<context>
    <name>sn::advisor::AdvisorSession</name>
    <message>
        <source>Answered offline because %1 could not be used: %2</source>
        <translation>Respondido sin conexión porque no se pudo usar %1: %2</translation>
    </message>
</context>
<context>
    <name>sn::advisor::HttpChatProvider</name>
    <message>
        <source>%1 (the stream broke after %2 characters)</source>
        <translation>%1 (el flujo se cortó tras %2 caracteres)</translation>
    </message>
    <message>
        <source>the server closed the stream before its end marker</source>
        <translation>el servidor cerró el flujo antes de su marca de fin</translation>
    </message>
    <message>
        <source>the stream was silent for longer than %1 ms</source>
        <translation>el flujo estuvo en silencio más de %1 ms</translation>
    </message>
    <message>
        <source>no response within %1 ms</source>
        <translation>sin respuesta en %1 ms</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>cancelado por el usuario</translation>
    </message>
</context>
<context>
    <name>sn::advisor::OfflineAdvisor</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>I answer from your own data with SuperNova&apos;s tools (no AI model is needed for these). You can ask, for example:

</source>
        <translation>Respondo con sus propios datos y las herramientas de SuperNova (para ello no hace falta ningún modelo de IA). Puede preguntar, por ejemplo:

</translation>
    </message>
    <message>
        <source>I did not understand that question without an AI model. </source>
        <translation>Sin un modelo de IA no he entendido esa pregunta. </translation>
    </message>
    <message>
        <source>Which instrument? Name a stored symbol, for example AAPL or ^GSPC.</source>
        <translation>¿Qué instrumento? Indique un símbolo guardado, por ejemplo AAPL o ^GSPC.</translation>
    </message>
    <message>
        <source>I could not answer that: %1</source>
        <translation>No he podido responder a eso: %1</translation>
    </message>
    <message>
        <source>*Data: portfolio &quot;%1&quot;, %2 to %3.*</source>
        <translation>*Datos: cartera «%1», del %2 al %3.*</translation>
    </message>
    <message>
        <source>*Data: %1, %2 bars, %3 to %4 (%5 rows).*</source>
        <translation>*Datos: %1, barras de %2, del %3 al %4 (%5 filas).*</translation>
    </message>
    <message>
        <source>buy</source>
        <translation>compra</translation>
    </message>
    <message>
        <source>sell</source>
        <translation>venta</translation>
    </message>
    <message>
        <source>You have %1 stored series:

</source>
        <translation>Tiene %1 series guardadas:

</translation>
    </message>
    <message>
        <source>- **%1** (%2), %3: %4 bars, %5 to %6
</source>
        <translation>- **%1** (%2), %3: %4 barras, del %5 al %6
</translation>
    </message>
    <message>
        <source>You have %1 watchlist(s):

</source>
        <translation>Tiene %1 lista(s) de seguimiento:

</translation>
    </message>
    <message>
        <source>%1 built-in strategies:

</source>
        <translation>%1 estrategias integradas:

</translation>
    </message>
    <message>
        <source>**%1** closed at %2 on %3, from %4 on %5: a total return of %6 (CAGR %7). The range was %8 (%9) to %10 (%11); annualised volatility %12, max drawdown %13.

</source>
        <translation>**%1** cerró a %2 el %3, desde %4 el %5: una rentabilidad total de %6 (CAGR %7). El rango fue de %8 (%9) a %10 (%11); volatilidad anualizada %12, drawdown máximo %13.

</translation>
    </message>
    <message>
        <source>**%1** of %2 (%3) on %4: %5 (close %6).

Last bars:

</source>
        <translation>**%1** de %2 (%3) el %4: %5 (cierre %6).

Últimas barras:

</translation>
    </message>
    <message>
        <source>
Above 70 is conventionally read as overbought.</source>
        <translation>
Por encima de 70 se suele interpretar como sobrecompra.</translation>
    </message>
    <message>
        <source>
Below 30 is conventionally read as oversold.</source>
        <translation>
Por debajo de 30 se suele interpretar como sobreventa.</translation>
    </message>
    <message>
        <source>
Between 30 and 70: neither overbought nor oversold by the usual reading.</source>
        <translation>
Entre 30 y 70: ni sobrecompra ni sobreventa según la lectura habitual.</translation>
    </message>
    <message>
        <source>

*Convention: %1*</source>
        <translation>

*Convención: %1*</translation>
    </message>
    <message>
        <source>**Backtest of %1 (%2) on %3**: total return %4 (CAGR %5), Sharpe %6, max drawdown %7, %8 closed trades (win rate %9), final equity %10 from %11.

</source>
        <translation>**Backtest de %1 (%2) en %3**: rentabilidad total %4 (CAGR %5), Sharpe %6, drawdown máximo %7, %8 operaciones cerradas (tasa de acierto %9), capital final %10 a partir de %11.

</translation>
    </message>
    <message>
        <source>**Buy &amp; hold** of %1 over the same bars: total return %2 (CAGR %3), Sharpe %4, max drawdown %5. Difference in total return: %6.

</source>
        <translation>**Buy-and-Hold** de %1 en las mismas barras: rentabilidad total %2 (CAGR %3), Sharpe %4, drawdown máximo %5. Diferencia de rentabilidad total: %6.

</translation>
    </message>
    <message>
        <source> The strategy beat buy &amp; hold here.</source>
        <translation> Aquí la estrategia batió a Buy-and-Hold.</translation>
    </message>
    <message>
        <source> Buy &amp; hold did better here.</source>
        <translation> Aquí Buy-and-Hold obtuvo mejor resultado.</translation>
    </message>
    <message>
        <source>

Signals at the close, fills at the next open, commission %1.</source>
        <translation>

Señales al cierre, ejecución en la siguiente apertura, comisión %1.</translation>
    </message>
    <message>
        <source> Rule: stored rule %1, version %2.</source>
        <translation> Regla: regla guardada %1, versión %2.</translation>
    </message>
    <message>
        <source> Rule as typed:

```
%1```</source>
        <translation> Regla tal como se escribió:

```
%1```</translation>
    </message>
    <message>
        <source>Swept %1 combinations of %2 on %3, ranked by %4. Best:

</source>
        <translation>Se probaron %1 combinaciones de %2 en %3, ordenadas por %4. Las mejores:

</translation>
    </message>
    <message>
        <source>%1. %2: score %3, total return %4, %5 trades
</source>
        <translation>%1. %2: puntuación %3, rentabilidad total %4, %5 operaciones
</translation>
    </message>
    <message>
        <source> These are in-sample results: the best of many tries flatters itself.</source>
        <translation> Son resultados In-Sample: el mejor de muchos intentos siempre sale favorecido.</translation>
    </message>
    <message>
        <source>Walk-forward of %1 on %2: %3 windows (%4 in-sample / %5 out-of-sample bars). Stitched out-of-sample result: total return %6, Sharpe %7, max drawdown %8, %9 trades.

</source>
        <translation>Análisis walk-forward de %1 en %2: %3 ventanas (%4 barras In-Sample / %5 Out-of-Sample). Resultado Out-of-Sample encadenado: rentabilidad total %6, Sharpe %7, drawdown máximo %8, %9 operaciones.

</translation>
    </message>
    <message>
        <source>From the first common date:

</source>
        <translation>Desde la primera fecha común:

</translation>
    </message>
    <message>
        <source>- **%1**: %2 (%3 to %4), volatility %5, max drawdown %6
</source>
        <translation>- **%1**: %2 (de %3 a %4), volatilidad %5, drawdown máximo %6
</translation>
    </message>
    <message>
        <source>
Correlation of %1 and %2 returns: %3.</source>
        <translation>
Correlación de las rentabilidades de %1 y %2: %3.</translation>
    </message>
    <message>
        <source>Portfolio **%1** on %2 is worth %3 %4 (cash %5):

</source>
        <translation>La cartera **%1** vale %3 %4 el %2 (efectivo %5):

</translation>
    </message>
    <message>
        <source>- **%1**: %2 units at %3 = %4 (%5 of the total), unrealised P&amp;L %6
</source>
        <translation>- **%1**: %2 unidades a %3 = %4 (%5 del total), G/P no realizadas %6
</translation>
    </message>
    <message>
        <source>Portfolio **%1**: time-weighted return (TTWROR) %2, annualised %3; money-weighted IRR %4. Value %5 -&gt; %6 with inflows %7 and outflows %8.

</source>
        <translation>Cartera **%1**: rentabilidad ponderada por tiempo (TTWROR) %2, anualizada %3; TIR ponderada por dinero (IRR) %4. Valor %5 -&gt; %6 con entradas de %7 y salidas de %8.

</translation>
    </message>
    <message>
        <source>Against %1 on its trading days: portfolio %2, benchmark %3.

</source>
        <translation>Frente a %1 en sus días de negociación: cartera %2, índice de referencia %3.

</translation>
    </message>
    <message>
        <source>Portfolio **%1** (%2 method): %3 % %4-day VaR is %5 of the current value (%6), CVaR %7 (%8).

</source>
        <translation>Cartera **%1** (método %2): el VaR a %4 días al %3 % es el %5 del valor actual (%6), CVaR %7 (%8).

</translation>
    </message>
    <message>
        <source>What drives it (weight, component VaR):

</source>
        <translation>Qué lo impulsa (peso, VaR por componente):

</translation>
    </message>
    <message>
        <source>- **%1**: weight %2, component VaR %3
</source>
        <translation>- **%1**: peso %2, VaR por componente %3
</translation>
    </message>
    <message>
        <source>Annualised volatility %1, Sharpe %2, Sortino %3, max drawdown %4 (%5 to %6), beta %7 against %8.

</source>
        <translation>Volatilidad anualizada %1, Sharpe %2, Sortino %3, drawdown máximo %4 (del %5 al %6), beta %7 frente a %8.

</translation>
    </message>
    <message>
        <source>Monte Carlo (%1, %2 paths, %3 trading days) from %4: median outcome %5 (%6); 5th percentile %7 (%8); 95th percentile %9 (%10).

</source>
        <translation>Montecarlo (%1, %2 trayectorias, %3 días de negociación) desde %4: resultado mediano %5 (%6); percentil 5 %7 (%8); percentil 95 %9 (%10).

</translation>
    </message>
    <message>
        <source> A projection resamples the past; it is not a forecast.</source>
        <translation> Una proyección remuestrea el pasado; no es un pronóstico.</translation>
    </message>
    <message>
        <source>Stress scenarios on portfolio **%1**:

</source>
        <translation>Escenarios de estrés de la cartera **%1**:

</translation>
    </message>
    <message>
        <source>- **%1**: %2 (%3 of %4)
</source>
        <translation>- **%1**: %2 (%3 de %4)
</translation>
    </message>
    <message>
        <source>**Proposal only, nothing was changed** (%1). Portfolio value %2; trades:

</source>
        <translation>**Solo una propuesta, no se ha cambiado nada** (%1). Valor de la cartera %2; operaciones:

</translation>
    </message>
    <message>
        <source>- %1 %2 %3 (value %4, fee %5)
</source>
        <translation>- %1 %2 %3 (valor %4, comisión %5)
</translation>
    </message>
    <message>
        <source>- no trades needed
</source>
        <translation>- no hace falta ninguna operación
</translation>
    </message>
    <message>
        <source>
Cash after: %1. Applying these trades needs your explicit confirmation.</source>
        <translation>
Efectivo después: %1. Aplicar estas operaciones requiere su confirmación expresa.</translation>
    </message>
    <message>
        <source>**%1**

Formula: %2
</source>
        <translation>**%1**

Fórmula: %2
</translation>
    </message>
    <message>
        <source>
Convention: %1
</source>
        <translation>
Convención: %1
</translation>
    </message>
    <message>
        <source>
SuperNova&apos;s profile &quot;%1&quot;: %2 periods per year, ddof %3, risk-free %4.
</source>
        <translation>
Perfil «%1» de SuperNova: %2 periodos por año, ddof %3, tipo sin riesgo %4.
</translation>
    </message>
    <message>
        <source>
Other tools define it differently:

</source>
        <translation>
Otras herramientas lo definen de otra manera:

</translation>
    </message>
    <message>
        <source>**%1**

Formula by method:

</source>
        <translation>**%1**

Fórmula por método:

</translation>
    </message>
</context>
<context>
    <name>sn::advisor::OfflineQuestions</name>
    <message>
        <source>What can you do?</source>
        <translation>¿Qué puedo preguntar?</translation>
    </message>
    <message>
        <source>Which instruments do I have?</source>
        <translation>¿Qué instrumentos tengo?</translation>
    </message>
    <message>
        <source>Which strategies are available?</source>
        <translation>¿Qué estrategias hay disponibles?</translation>
    </message>
    <message>
        <source>Price summary of AAPL since 2015</source>
        <translation>Resumen de precios de AAPL desde 2015</translation>
    </message>
    <message>
        <source>Price summary of %1</source>
        <translation>Resumen de precios de %1</translation>
    </message>
    <message>
        <source>Price summary of %1 last 3 years</source>
        <translation>Resumen de precios de %1 de los últimos 3 años</translation>
    </message>
    <message>
        <source>Compare AAPL and ^GSPC since 2014</source>
        <translation>Compara AAPL y ^GSPC desde 2014</translation>
    </message>
    <message>
        <source>What is the RSI of %1?</source>
        <translation>¿Cuál es el RSI de %1?</translation>
    </message>
    <message>
        <source>Backtest a 20/50 crossover on AAPL since 2015 and compare it with buy and hold</source>
        <translation>Backtest de un cruce de SMA 20/50 en AAPL desde 2015 comparado con Buy-and-Hold</translation>
    </message>
    <message>
        <source>Backtest a 20/50 crossover on %1 and compare it with buy and hold</source>
        <translation>Backtest de un cruce de SMA 20/50 en %1 comparado con Buy-and-Hold</translation>
    </message>
    <message>
        <source>Backtest a 20/50 crossover on %1</source>
        <translation>Backtest de un cruce de SMA 20/50 en %1</translation>
    </message>
    <message>
        <source>Backtest RSI 30/70 on ^GSPC from 2005-01-01 to 2012-12-31</source>
        <translation>Backtest RSI 30/70 en ^GSPC desde 2005-01-01 hasta 2012-12-31</translation>
    </message>
    <message>
        <source>Backtest RSI 30/70 on %1</source>
        <translation>Backtest RSI 30/70 en %1</translation>
    </message>
    <message>
        <source>Optimise the %1 on %2</source>
        <translation>Optimiza %1 en %2</translation>
    </message>
    <message>
        <source>Walk-forward the %1 on %2</source>
        <translation>Análisis walk-forward de %1 en %2</translation>
    </message>
    <message>
        <source>Walk-forward the SMA crossover on ^GSPC</source>
        <translation>Análisis walk-forward del cruce de SMA en ^GSPC</translation>
    </message>
    <message>
        <source>What is my portfolio&apos;s 95% VaR and what drives it?</source>
        <translation>¿Cuál es el VaR al 95 % de mi cartera y qué lo impulsa?</translation>
    </message>
    <message>
        <source>What is my portfolio&apos;s 95% VaR?</source>
        <translation>¿Cuál es el VaR al 95 % de mi cartera?</translation>
    </message>
    <message>
        <source>How did my portfolio perform?</source>
        <translation>¿Qué rentabilidad ha tenido mi cartera?</translation>
    </message>
    <message>
        <source>What&apos;s my portfolio&apos;s Sharpe ratio and max drawdown?</source>
        <translation>¿Cuáles son el ratio de Sharpe y el drawdown máximo de mi cartera?</translation>
    </message>
    <message>
        <source>Stress test my portfolio</source>
        <translation>Prueba de estrés de mi cartera</translation>
    </message>
    <message>
        <source>Monte Carlo projection of my portfolio over 10 years</source>
        <translation>Proyección de Montecarlo de mi cartera a 10 años</translation>
    </message>
    <message>
        <source>Propose a rebalance of my portfolio</source>
        <translation>Propón un rebalanceo de mi cartera</translation>
    </message>
    <message>
        <source>Explain TWR</source>
        <translation>Explica la rentabilidad ponderada por tiempo (TWR)</translation>
    </message>
    <message>
        <source>Explain CVaR</source>
        <translation>Explica el CVaR</translation>
    </message>
    <message>
        <source>Explain Monte Carlo</source>
        <translation>Explica la simulación de Montecarlo</translation>
    </message>
    <message>
        <source>Explain the Sharpe ratio</source>
        <translation>Explica el ratio de Sharpe</translation>
    </message>
    <message>
        <source>Show my watchlists</source>
        <translation>Muestra mis listas de seguimiento</translation>
    </message>
    <message>
        <source>What is the RSI of AAPL?</source>
        <translation>¿Cuál es el RSI de AAPL?</translation>
    </message>
    <message>
        <source>Backtest the rule `entry = close &gt; sma(close, 50); exit = close &lt; sma(close, 50); stop = 2 * atr(14)` on AAPL since 2014</source>
        <translation>Backtest de la regla `entry = close &gt; sma(close, 50); exit = close &lt; sma(close, 50); stop = 2 * atr(14)` en AAPL desde 2014</translation>
    </message>
    <message>
        <source>Optimise the SMA crossover on AAPL</source>
        <translation>Optimiza el cruce de SMA en AAPL</translation>
    </message>
    <message>
        <source>What is my portfolio worth?</source>
        <translation>¿Cuánto vale mi cartera?</translation>
    </message>
    <message>
        <source>How did my portfolio perform? TWR and IRR please</source>
        <translation>¿Qué rentabilidad ha tenido mi cartera? TWR y TIR, por favor</translation>
    </message>
    <message>
        <source>What is the volatility of my portfolio?</source>
        <translation>¿Cuál es la volatilidad de mi cartera?</translation>
    </message>
    <message>
        <source>Monte Carlo projection of my portfolio over 5 years</source>
        <translation>Proyección de Montecarlo de mi cartera a 5 años</translation>
    </message>
    <message>
        <source>Propose a rebalance of my portfolio to 60% AAPL and 40% ^GSPC</source>
        <translation>Propón un rebalanceo de mi cartera al 60 % AAPL y 40 % ^GSPC</translation>
    </message>
</context>
<context>
    <name>sn::advisor::Persona</name>
    <message>
        <source>That looks good on paper, but past results are a weak guide: I would look at the worst drawdown before relying on it.</source>
        <translation>Sobre el papel parece bueno, pero los resultados pasados son una guía débil: yo miraría la peor reducción (drawdown) antes de fiarme de ello.</translation>
    </message>
    <message>
        <source>The picture is mixed; when in doubt, the option with the smaller drawdown is the safer one.</source>
        <translation>El panorama es mixto; en caso de duda, la opción con menor reducción (drawdown) es la más segura.</translation>
    </message>
    <message>
        <source>This did not pay off here, and protecting capital matters more than chasing it.</source>
        <translation>Aquí no ha compensado, y proteger el capital importa más que perseguirlo.</translation>
    </message>
    <message>
        <source>On balance this is a favourable result, with the risk figures above to weigh against it.</source>
        <translation>En conjunto es un resultado favorable, que hay que sopesar con las cifras de riesgo de arriba.</translation>
    </message>
    <message>
        <source>This is a mixed result: some numbers help, some hurt.</source>
        <translation>Es un resultado mixto: algunas cifras ayudan y otras perjudican.</translation>
    </message>
    <message>
        <source>On balance this did not pay off over the period.</source>
        <translation>En conjunto, esto no ha compensado en el periodo.</translation>
    </message>
    <message>
        <source>A strong result: over a long horizon this kind of edge compounds.</source>
        <translation>Un resultado sólido: a largo plazo, una ventaja así se capitaliza.</translation>
    </message>
    <message>
        <source>Mixed, but over a long horizon the swings matter less than the growth.</source>
        <translation>Mixto, pero a largo plazo las oscilaciones importan menos que el crecimiento.</translation>
    </message>
    <message>
        <source>Weak over this period; a long-horizon investor may still want to test other settings.</source>
        <translation>Débil en este periodo; un inversor a largo plazo quizá quiera probar otros ajustes.</translation>
    </message>
    <message>
        <source>Positive in sample. Check it out of sample (walk-forward) and against the trade count before trusting it.</source>
        <translation>Positivo dentro de la muestra. Compruébelo fuera de la muestra (walk-forward) y frente al número de operaciones antes de fiarse.</translation>
    </message>
    <message>
        <source>Inconclusive: the difference is within what noise produces over this sample.</source>
        <translation>No concluyente: la diferencia está dentro de lo que produce el ruido en esta muestra.</translation>
    </message>
    <message>
        <source>Negative in sample; no evidence of an edge.</source>
        <translation>Negativo dentro de la muestra; no hay indicios de una ventaja.</translation>
    </message>
    <message>
        <source>In plain words: this came out ahead. Remember each figure is computed from the past data cited above.</source>
        <translation>En pocas palabras: esto terminó en positivo. Recuerde que cada cifra se calcula a partir de los datos pasados citados arriba.</translation>
    </message>
    <message>
        <source>In plain words: the result is mixed; the figures above show where it gained and where it lost.</source>
        <translation>En pocas palabras: el resultado es mixto; las cifras de arriba muestran dónde ganó y dónde perdió.</translation>
    </message>
    <message>
        <source>In plain words: this came out behind over the period cited above.</source>
        <translation>En pocas palabras: esto terminó en negativo en el periodo citado arriba.</translation>
    </message>
    <message>
        <source>With today&apos;s holdings the portfolio would lose nothing in these scenarios.</source>
        <translation>Con las posiciones de hoy, la cartera no perdería nada en estos escenarios.</translation>
    </message>
    <message>
        <source>These are hypothetical shocks, not forecasts; if a loss like the worst one would force you to sell, the portfolio carries more risk than it should.</source>
        <translation>Son shocks hipotéticos, no previsiones; si una pérdida como la peor le obligara a vender, la cartera asume más riesgo del que debería.</translation>
    </message>
    <message>
        <source>These are hypothetical shocks, not forecasts: weigh the worst one against the loss you could sit through without selling.</source>
        <translation>Son shocks hipotéticos, no previsiones: compare el peor con la pérdida que podría aguantar sin vender.</translation>
    </message>
    <message>
        <source>These are hypothetical shocks; over a long horizon such falls have been made good, but only for investors who held on through them.</source>
        <translation>Son shocks hipotéticos; a largo plazo, caídas así se han recuperado, pero solo para los inversores que aguantaron durante ellas.</translation>
    </message>
    <message>
        <source>Hypothetical shocks applied to today&apos;s holdings; they say nothing about how likely each one is.</source>
        <translation>Shocks hipotéticos aplicados a las posiciones de hoy; no dicen nada de lo probable que es cada uno.</translation>
    </message>
    <message>
        <source>In plain words: this is a hypothetical estimate of what the portfolio would lose if each crisis above happened again today.</source>
        <translation>En pocas palabras: es una estimación hipotética de lo que perdería la cartera si cada una de las crisis de arriba se repitiera hoy.</translation>
    </message>
    <message>
        <source>These are hypothetical shocks to today&apos;s holdings, not forecasts.</source>
        <translation>Son shocks hipotéticos sobre las posiciones de hoy, no previsiones.</translation>
    </message>
    <message>
        <source>Volatility vs your profile band (score %1 -&gt; about %2 %): %3.</source>
        <translation>Volatilidad frente a la banda de su perfil (puntuación %1 -&gt; aprox. %2 %): %3.</translation>
    </message>
    <message>
        <source>above</source>
        <translation>por encima</translation>
    </message>
    <message>
        <source>within</source>
        <translation>dentro</translation>
    </message>
    <message>
        <source>Volatility is how much returns swing in a typical year; with a risk score of %1 a swing of about %2 % is what you said you can live with, and this is %3 that.</source>
        <translation>La volatilidad mide cuánto oscilan las rentabilidades en un año típico; con una puntuación de riesgo de %1, usted indicó que puede asumir una oscilación de aproximadamente el %2 %, y este valor queda %3 de ese margen.</translation>
    </message>
    <message>
        <source>That fits your risk score of %1.</source>
        <translation>Eso encaja con su puntuación de riesgo de %1.</translation>
    </message>
    <message>
        <source>That is more swing than your risk score of %1 suggests, which a %2-year horizon can absorb.</source>
        <translation>Es más oscilación de la que sugiere su puntuación de riesgo de %1, algo que un horizonte de %2 años puede absorber.</translation>
    </message>
    <message>
        <source>That is more swing than your risk score of %1 suggests; consider whether you could sit through it.</source>
        <translation>Es más oscilación de la que sugiere su puntuación de riesgo de %1; piense si podría aguantarla sin vender.</translation>
    </message>
    <message>
        <source>Here is what the data shows, risks first where they matter.</source>
        <translation>Esto es lo que muestran los datos, con los riesgos primero donde importan.</translation>
    </message>
    <message>
        <source>Here is what the data shows, with an eye on long-run growth.</source>
        <translation>Esto es lo que muestran los datos, con la vista puesta en el crecimiento a largo plazo.</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Resultados:</translation>
    </message>
    <message>
        <source>Let&apos;s go through what the data shows, step by step.</source>
        <translation>Veamos paso a paso lo que muestran los datos.</translation>
    </message>
    <message>
        <source>Here is what the data shows.</source>
        <translation>Esto es lo que muestran los datos.</translation>
    </message>
</context>
<context>
    <name>sn::ui</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>sn::ui::AdvisorView</name>
    <message>
        <source>Advisor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <source>%1 + %2 tokens</source>
        <translation>%1 + %2 tokens</translation>
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
        <translation>detenido: la respuesta está incompleta</translation>
    </message>
    <message>
        <source>Search conversations (Ctrl+F)</source>
        <translation>Buscar conversaciones (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>&amp;Nueva conversación</translation>
    </message>
    <message>
        <source>&amp;Find conversation</source>
        <translation>&amp;Buscar conversación</translation>
    </message>
    <message>
        <source>&amp;Rename conversation</source>
        <translation>&amp;Renombrar conversación</translation>
    </message>
    <message>
        <source>&amp;Delete conversation</source>
        <translation>&amp;Eliminar conversación</translation>
    </message>
    <message>
        <source>&amp;Stop answering</source>
        <translation>&amp;Detener la respuesta</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Server address, e.g. http://127.0.0.1:11434/v1</source>
        <translation>Dirección del servidor, p. ej. http://127.0.0.1:11434/v1</translation>
    </message>
    <message>
        <source>Portfolio data may go to a cloud model</source>
        <translation>Los datos de la cartera pueden ir a un modelo en la nube</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>The last answer came from the offline advisor</source>
        <translation>La última respuesta vino del asesor sin conexión</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>Pr&amp;oveedor:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Qué se enviará</translation>
    </message>
    <message>
        <source>Show what will be sent</source>
        <translation>Mostrar qué se enviará</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Ask about your data. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Pregunte sobre sus datos. Enter envía, Shift+Enter inicia una línea nueva.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the question</source>
        <translation>Enviar la pregunta</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop answering</source>
        <translation>Detener la respuesta</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what arrived is kept</source>
        <translation>Detener la respuesta (Esc); lo recibido se conserva</translation>
    </message>
    <message>
        <source>Advisor settings not applied: %1</source>
        <translation>Ajustes del asesor no aplicados: %1</translation>
    </message>
    <message>
        <source>Questions go to %1.</source>
        <translation>Las preguntas van a %1.</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: %1.</source>
        <translation>Nada sale de este equipo: %1.</translation>
    </message>
    <message>
        <source>Settings not applied yet: %1</source>
        <translation>Ajustes aún no aplicados: %1</translation>
    </message>
    <message>
        <source>Could not save the advisor settings: %1</source>
        <translation>No se pudieron guardar los ajustes del asesor: %1</translation>
    </message>
    <message>
        <source>Loading conversations</source>
        <translation>Cargando conversaciones</translation>
    </message>
    <message>
        <source>Could not read the conversations: %1</source>
        <translation>No se pudieron leer las conversaciones: %1</translation>
    </message>
    <message>
        <source>%1 messages · %2 · last %3</source>
        <translation>%1 mensajes · %2 · último %3</translation>
    </message>
    <message>
        <source>Searching conversations</source>
        <translation>Buscando conversaciones</translation>
    </message>
    <message>
        <source>Loading conversation</source>
        <translation>Cargando conversación</translation>
    </message>
    <message>
        <source>Renaming conversation</source>
        <translation>Renombrando conversación</translation>
    </message>
    <message>
        <source>Could not rename: %1</source>
        <translation>No se pudo renombrar: %1</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Eliminar conversación</translation>
    </message>
    <message>
        <source>Delete the conversation &quot;%1&quot; and all its messages? This cannot be undone.</source>
        <translation>¿Eliminar la conversación «%1» y todos sus mensajes? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Deleting conversation</source>
        <translation>Eliminando conversación</translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>No se pudo eliminar: %1</translation>
    </message>
    <message>
        <source>Suggested question: %1</source>
        <translation>Pregunta sugerida: %1</translation>
    </message>
    <message>
        <source>Stopped. The partial answer is kept and stored.</source>
        <translation>Detenido. La respuesta parcial se conserva y se guarda.</translation>
    </message>
    <message>
        <source>*No answer:* %1</source>
        <translation>*Sin respuesta:* %1</translation>
    </message>
    <message>
        <source>Wait for the answer: the conversation is reported once it is stored.</source>
        <translation>Espere la respuesta: la conversación se incluye en un informe una vez guardada.</translation>
    </message>
</context>
<context>
    <name>sn::ui::Area</name>
    <message>
        <source>This area has no report: reports come from the Portfolio, Risk, Backtest lab and Advisor areas.</source>
        <translation>Esta área no tiene informe: los informes se generan en las áreas Cartera, Riesgo, Laboratorio de backtest y Asesor.</translation>
    </message>
</context>
<context>
    <name>sn::ui::AreaReports</name>
    <message>
        <source>No portfolio is shown: pick or create one first.</source>
        <translation>No se muestra ninguna cartera: elija o cree una primero.</translation>
    </message>
    <message>
        <source>Portfolio &apos;%1&apos; has no transactions yet: there is nothing to report.</source>
        <translation>La cartera «%1» aún no tiene transacciones: no hay nada que incluir en el informe.</translation>
    </message>
    <message>
        <source>Report of %1</source>
        <translation>Informe de %1</translation>
    </message>
    <message>
        <source>No portfolio is shown: pick one first.</source>
        <translation>No se muestra ninguna cartera: elija una primero.</translation>
    </message>
    <message>
        <source>Risk report of %1</source>
        <translation>Informe de riesgo de %1</translation>
    </message>
    <message>
        <source>No conversation is shown: open one or ask a question first.</source>
        <translation>No se muestra ninguna conversación: abra una o haga una pregunta primero.</translation>
    </message>
    <message>
        <source>Report of the conversation</source>
        <translation>Informe de la conversación</translation>
    </message>
    <message>
        <source>No backtest to report: run one first (Ctrl+R).</source>
        <translation>No hay ningún backtest para el informe: ejecute uno primero (Ctrl+R).</translation>
    </message>
    <message>
        <source>Backtest report</source>
        <translation>Informe de backtest</translation>
    </message>
    <message>
        <source>No optimisation to report: run a sweep first (Ctrl+Shift+R).</source>
        <translation>No hay ninguna optimización para el informe: ejecute primero un barrido (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <source>Optimisation report</source>
        <translation>Informe de optimización</translation>
    </message>
    <message>
        <source>No walk-forward to report: run one first.</source>
        <translation>No hay ningún walk-forward para el informe: ejecute uno primero.</translation>
    </message>
    <message>
        <source>Walk-forward report</source>
        <translation>Informe de walk-forward</translation>
    </message>
</context>
<context>
    <name>sn::ui::BacktestLab</name>
    <message>
        <source>sweeps take a single-series strategy</source>
        <translation>los barridos requieren una estrategia de una sola serie</translation>
    </message>
    <message>
        <source>optimisation</source>
        <translation>optimización</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 combinations</source>
        <translation>cancelado tras %1 de %2 combinaciones</translation>
    </message>
    <message>
        <source>sweep</source>
        <translation>barrido</translation>
    </message>
    <message>
        <source>walk-forward takes a single-series strategy</source>
        <translation>el walk-forward requiere una estrategia de una sola serie</translation>
    </message>
    <message>
        <source>walk-forward</source>
        <translation>walk-forward</translation>
    </message>
    <message>
        <source>no %1 bars stored</source>
        <translation>no hay barras %1 guardadas</translation>
    </message>
    <message>
        <source>no bars between %1 .. %2</source>
        <translation>no hay barras entre %1 y %2</translation>
    </message>
    <message>
        <source>no bars between %1 .. end</source>
        <translation>no hay barras desde %1</translation>
    </message>
    <message>
        <source>no bars between start .. %1</source>
        <translation>no hay barras hasta %1</translation>
    </message>
    <message>
        <source>the strategy has no numeric parameter to sweep</source>
        <translation>la estrategia no tiene ningún parámetro numérico para el barrido</translation>
    </message>
    <message>
        <source>rows and columns sweep the same parameter &apos;%1&apos;</source>
        <translation>las filas y las columnas barren el mismo parámetro &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the range ends before it starts</source>
        <translation>&apos;%1&apos;: el rango termina antes de empezar</translation>
    </message>
    <message>
        <source>saved run %1 (&apos;%2&apos;)</source>
        <translation>ejecución guardada %1 (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>the results hold no &apos;metrics&apos; object</source>
        <translation>los resultados no contienen ningún objeto &apos;metrics&apos;</translation>
    </message>
    <message>
        <source>the equity curve has %1 times and %2 values</source>
        <translation>la curva de capital tiene %1 instantes y %2 valores</translation>
    </message>
    <message>
        <source>equity time %1 is not a date: &apos;%2&apos;</source>
        <translation>el instante %1 de la curva de capital no es una fecha: &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>sn::ui::BacktestLabView</name>
    <message>
        <source>Backtest lab</source>
        <translation>Laboratorio de backtest</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Save run</source>
        <translation>&amp;Guardar ejecución</translation>
    </message>
    <message>
        <source>Run backtest</source>
        <translation>Ejecutar backtest</translation>
    </message>
    <message>
        <source>Run the strategy on the chosen symbol (Ctrl+R)</source>
        <translation>Ejecutar la estrategia sobre el símbolo elegido (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel backtest</source>
        <translation>Cancelar backtest</translation>
    </message>
    <message>
        <source>Run name</source>
        <translation>Nombre de la ejecución</translation>
    </message>
    <message>
        <source>Name of the saved run</source>
        <translation>Nombre de la ejecución guardada</translation>
    </message>
    <message>
        <source>Save run</source>
        <translation>Guardar ejecución</translation>
    </message>
    <message>
        <source>Lab status</source>
        <translation>Estado del laboratorio</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation>Optimización</translation>
    </message>
    <message>
        <source>Walk-forward</source>
        <translation>Walk-forward</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Backtest lab tabs</source>
        <translation>Pestañas del laboratorio de backtest</translation>
    </message>
    <message>
        <source>Applied %1 to the form</source>
        <translation>%1 aplicado al formulario</translation>
    </message>
    <message>
        <source>Reading instruments</source>
        <translation>Leyendo instrumentos</translation>
    </message>
    <message>
        <source>Reading saved runs</source>
        <translation>Leyendo ejecuciones guardadas</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: cancelado</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>Backtest</translation>
    </message>
    <message>
        <source>Running %1...</source>
        <translation>Ejecutando %1...</translation>
    </message>
    <message>
        <source>Backtest %1</source>
        <translation>Backtest %1</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Barrido</translation>
    </message>
    <message>
        <source>Cannot sweep: %1</source>
        <translation>No se puede hacer el barrido: %1</translation>
    </message>
    <message>
        <source>Sweep %1</source>
        <translation>Barrido %1</translation>
    </message>
    <message>
        <source>Sweep %1; nothing is shown</source>
        <translation>Barrido %1; no se muestra nada</translation>
    </message>
    <message>
        <source>Walk-forward %1</source>
        <translation>Walk-forward %1</translation>
    </message>
    <message>
        <source>Walk-forward cancelled; nothing is shown</source>
        <translation>Walk-forward cancelado; no se muestra nada</translation>
    </message>
    <message>
        <source>Give the run a name to save it</source>
        <translation>Dé un nombre a la ejecución para guardarla</translation>
    </message>
    <message>
        <source>Saving run</source>
        <translation>Guardando ejecución</translation>
    </message>
    <message>
        <source>Saving the run</source>
        <translation>Guardando la ejecución</translation>
    </message>
    <message>
        <source>Saved as &apos;%1&apos;</source>
        <translation>Guardado como «%1»</translation>
    </message>
    <message>
        <source>Opening saved run</source>
        <translation>Abriendo ejecución guardada</translation>
    </message>
    <message>
        <source>Opening the run</source>
        <translation>Abriendo la ejecución</translation>
    </message>
    <message>
        <source>Renaming run</source>
        <translation>Renombrando ejecución</translation>
    </message>
    <message>
        <source>Renaming the run</source>
        <translation>Renombrando la ejecución</translation>
    </message>
    <message>
        <source>Deleting run</source>
        <translation>Eliminando ejecución</translation>
    </message>
    <message>
        <source>Deleting the run</source>
        <translation>Eliminando la ejecución</translation>
    </message>
    <message>
        <source>Comparing runs</source>
        <translation>Comparando ejecuciones</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>Leyendo ajustes</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>An input changed while the sweep ran: these results are for the inputs at its start. Run the sweep again for the current ones.</source>
        <translation>Una entrada cambió mientras se ejecutaba el barrido: estos resultados corresponden a las entradas al inicio. Vuelva a ejecutar el barrido con las actuales.</translation>
    </message>
    <message>
        <source>%1 trades, total return %2; %3</source>
        <translation>%1 operaciones, rentabilidad total %2; %3</translation>
    </message>
    <message>
        <source>split/dividend-adjusted prices</source>
        <translation>precios ajustados por splits y dividendos</translation>
    </message>
    <message>
        <source>unadjusted prices (as traded)</source>
        <translation>precios sin ajustar (tal como se negociaron)</translation>
    </message>
    <message>
        <source>Reopened %1 (%2)</source>
        <translation>Se ha reabierto %1 (%2)</translation>
    </message>
</context>
<context>
    <name>sn::ui::BarTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cierre</translation>
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
        <translation>Aún no hay noticias guardadas sobre %1: añada canales en Preferencias &gt; Canales de noticias y pulse «Actualizar noticias».</translation>
    </message>
    <message>
        <source>Open a symbol to see its news sentiment.</source>
        <translation>Abra un símbolo para ver el sentimiento de sus noticias.</translation>
    </message>
    <message>
        <source>Reading news about %1...</source>
        <translation>Leyendo noticias sobre %1...</translation>
    </message>
    <message>
        <source>Reading news for %1</source>
        <translation>Leyendo noticias de %1</translation>
    </message>
    <message>
        <source>News not loaded: %1</source>
        <translation>Noticias no cargadas: %1</translation>
    </message>
    <message>
        <source>Reading the news feeds...</source>
        <translation>Leyendo los canales de noticias...</translation>
    </message>
    <message>
        <source>Refreshing news</source>
        <translation>Actualizando noticias</translation>
    </message>
    <message>
        <source>done</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>feed %1 of %2: %3</source>
        <translation>canal %1 de %2: %3</translation>
    </message>
    <message>
        <source>News not refreshed: %1</source>
        <translation>Noticias no actualizadas: %1</translation>
    </message>
    <message>
        <source>No enabled news feeds: add them under Preferences &gt; News feeds.</source>
        <translation>No hay canales de noticias activados: añádalos en Preferencias &gt; Canales de noticias.</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) from %1 feed(s)</source>
        <translation>
            <numerusform>%n noticia nueva de %1 canal(es)</numerusform>
            <numerusform>%n noticias nuevas de %1 canal(es)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed: %1</source>
        <translation>
            <numerusform>%n canal falló: %1</numerusform>
            <numerusform>%n canales fallaron: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled before the last feed</source>
        <translation>cancelado antes del último canal</translation>
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
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>Escala &amp;logarítmica</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Volumen</translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG...</source>
        <translation>Exportar gráfico como &amp;PNG...</translation>
    </message>
    <message>
        <source>Export Chart as S&amp;VG...</source>
        <translation>Exportar gráfico como S&amp;VG...</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Chart type</source>
        <translation>Tipo de gráfico</translation>
    </message>
    <message>
        <source>Candles</source>
        <translation>Velas</translation>
    </message>
    <message>
        <source>OHLC bars</source>
        <translation>Barras OHLC</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Logarithmic price scale</source>
        <translation>Escala de precios logarítmica</translation>
    </message>
    <message>
        <source>Show volume</source>
        <translation>Mostrar volumen</translation>
    </message>
    <message>
        <source>Compare with symbols</source>
        <translation>Comparar con símbolos</translation>
    </message>
    <message>
        <source>Compare: MSFT, ^GSPC</source>
        <translation>Comparar: MSFT, ^GSPC</translation>
    </message>
    <message>
        <source>Symbols to compare as % change from a common start, separated by commas; empty for none</source>
        <translation>Símbolos que se comparan como variación en % desde un inicio común, separados por comas; vacío para ninguno</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Indicator parameters</source>
        <translation>Parámetros del indicador</translation>
    </message>
    <message>
        <source>Chart status</source>
        <translation>Estado del gráfico</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>&amp;Símbolo:</translation>
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
        <translation>1A</translation>
    </message>
    <message>
        <source>5Y</source>
        <translation>5A</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máx</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
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
        <translation>&amp;Añadir otro</translation>
    </message>
    <message>
        <source>Add another of the selected indicator</source>
        <translation>Añadir otro del indicador seleccionado</translation>
    </message>
    <message>
        <source>A second copy of the selected indicator, e.g. SMA 50 and SMA 200</source>
        <translation>Una segunda copia del indicador seleccionado, p. ej. SMA 50 y SMA 200</translation>
    </message>
    <message>
        <source>&lt;b&gt;Indicators&lt;/b&gt; (tick to show)</source>
        <translation>&lt;b&gt;Indicadores&lt;/b&gt; (marque para mostrar)</translation>
    </message>
    <message>
        <source>Loading instruments</source>
        <translation>Cargando instrumentos</translation>
    </message>
    <message>
        <source>Instruments not loaded: %1</source>
        <translation>Instrumentos no cargados: %1</translation>
    </message>
    <message>
        <source>No prices stored yet: import a CSV file or load the sample data.</source>
        <translation>Aún no hay precios guardados: importe un archivo CSV o cargue los datos de ejemplo.</translation>
    </message>
    <message>
        <source>No prices stored for %1</source>
        <translation>No hay precios guardados para %1</translation>
    </message>
    <message>
        <source>Entry %1 @ %2</source>
        <translation>Entrada %1 @ %2</translation>
    </message>
    <message>
        <source>Exit %1 @ %2</source>
        <translation>Salida %1 @ %2</translation>
    </message>
    <message>
        <source>Trade on %1: entry %2, exit %3</source>
        <translation>Operación el %1: entrada %2, salida %3</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>Cargando %1...</translation>
    </message>
    <message>
        <source>Indicators not applied: %1</source>
        <translation>Indicadores no aplicados: %1</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Gráfico guardado en %1</translation>
    </message>
    <message>
        <source>Chart not saved: %1</source>
        <translation>Gráfico no guardado: %1</translation>
    </message>
    <message>
        <source>Split/dividend ad&amp;justed</source>
        <translation>A&amp;justado por splits/dividendos</translation>
    </message>
    <message>
        <source>Split and dividend adjusted prices</source>
        <translation>Precios ajustados por splits y dividendos</translation>
    </message>
    <message>
        <source>Prices adjusted for the stored splits and dividends, so a 2:1 split is not a 50 % fall; off: the stored prices as traded</source>
        <translation>Precios ajustados por los splits y dividendos guardados, para que un split 2:1 no sea una caída del 50 %; desactivado: los precios guardados tal como se negociaron</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n bar(s), %2 to %3; %4</source>
        <translation>
            <numerusform>%1: %n barra, del %2 al %3; %4</numerusform>
            <numerusform>%1: %n barras, del %2 al %3; %4</numerusform>
        </translation>
    </message>
    <message>
        <source>split/dividend-adjusted prices</source>
        <translation>precios ajustados por splits y dividendos</translation>
    </message>
    <message>
        <source>unadjusted prices (as traded)</source>
        <translation>precios sin ajustar (tal como se negociaron)</translation>
    </message>
</context>
<context>
    <name>sn::ui::ConflictDialog</name>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Conservar la &amp;mía</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Tomar la del &amp;equipo</translation>
    </message>
    <message>
        <source>Team sync conflicts</source>
        <translation>Conflictos de sincronización del equipo</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine (this computer)</source>
        <translation>Mía (este ordenador)</translation>
    </message>
    <message>
        <source>Theirs (team server)</source>
        <translation>Del equipo (servidor del equipo)</translation>
    </message>
    <message>
        <source>Both versions, per field</source>
        <translation>Ambas versiones, campo por campo</translation>
    </message>
    <message>
        <source>Send this computer&apos;s version to the team, on top of the server&apos;s</source>
        <translation>Enviar al equipo la versión de este ordenador, sobre la del servidor</translation>
    </message>
    <message>
        <source>Replace this computer&apos;s version with the team server&apos;s</source>
        <translation>Sustituir la versión de este ordenador por la del servidor del equipo</translation>
    </message>
    <message>
        <source>Cannot read the conflicts: %1</source>
        <translation>No se pueden leer los conflictos: %1</translation>
    </message>
    <message>
        <source>No conflicts: this computer and the team server agree.</source>
        <translation>No hay conflictos: este ordenador y el servidor del equipo coinciden.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; in workspace &apos;%3&apos;, server revision %4</source>
        <translation>%1 «%2» en el espacio de trabajo «%3», revisión del servidor %4</translation>
    </message>
    <message>
        <source>The two versions differ here</source>
        <translation>Las dos versiones difieren aquí</translation>
    </message>
    <message>
        <source>(exists)</source>
        <translation>(existe)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>deleted here</source>
        <translation>eliminado aquí</translation>
    </message>
    <message>
        <source>deleted on the server</source>
        <translation>eliminado en el servidor</translation>
    </message>
    <message>
        <source>Not resolved: %1</source>
        <translation>No resuelto: %1</translation>
    </message>
    <message>
        <source>Kept this computer&apos;s version of %1 &apos;%2&apos;; it goes to the team next.</source>
        <translation>Se ha conservado la versión de este ordenador de %1 «%2»; se enviará al equipo a continuación.</translation>
    </message>
    <message>
        <source>Took the team server&apos;s version of %1 &apos;%2&apos;.</source>
        <translation>Se ha tomado la versión del servidor del equipo de %1 «%2».</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Conservar &amp;ambas</translation>
    </message>
    <message>
        <source>Take the team server&apos;s version and add this computer&apos;s as a new line</source>
        <translation>Tomar la versión del servidor del equipo y añadir la de este ordenador como una línea nueva</translation>
    </message>
    <message>
        <source>Only a ledger line changed on both sides can be kept twice</source>
        <translation>Solo una línea del libro de movimientos cambiada en ambos lados se puede conservar por duplicado</translation>
    </message>
    <message>
        <source>Took the team server&apos;s version of %1 &apos;%2&apos; and added this computer&apos;s as a new line; it goes to the team next.</source>
        <translation>Se ha tomado la versión del servidor del equipo de %1 «%2» y se ha añadido la de este ordenador como una línea nueva; se enviará al equipo a continuación.</translation>
    </message>
</context>
<context>
    <name>sn::ui::CorrelationHeatmap</name>
    <message>
        <source>Correlation heatmap</source>
        <translation>Mapa de calor de correlaciones</translation>
    </message>
    <message numerus="yes">
        <source>Correlation of %n position(s)</source>
        <translation>
            <numerusform>Correlación de %n posición</numerusform>
            <numerusform>Correlación de %n posiciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2
correlation %3</source>
        <translation>%1 / %2
correlación %3</translation>
    </message>
    <message>
        <source>covariance %1 per trading day</source>
        <translation>covarianza %1 por día de negociación</translation>
    </message>
    <message>
        <source>No correlation to show.</source>
        <translation>No hay correlación que mostrar.</translation>
    </message>
</context>
<context>
    <name>sn::ui::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Portfolio value</source>
        <translation>Valor de la cartera</translation>
    </message>
    <message>
        <source>Positions at the last stored close plus cash, base currency</source>
        <translation>Posiciones al último cierre guardado más efectivo, divisa base</translation>
    </message>
    <message>
        <source>Day change</source>
        <translation>Variación diaria</translation>
    </message>
    <message>
        <source>Change since the previous close, net of deposits and withdrawals; time-weighted return in brackets</source>
        <translation>Variación desde el cierre anterior, neta de depósitos y retiradas; rentabilidad ponderada por tiempo entre paréntesis</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>En lo que va de año</translation>
    </message>
    <message>
        <source>Change since the last valued day of the previous year, net of flows; time-weighted return</source>
        <translation>Variación desde el último día valorado del año anterior, neta de flujos; rentabilidad ponderada por tiempo</translation>
    </message>
    <message>
        <source>Since start</source>
        <translation>Desde el inicio</translation>
    </message>
    <message>
        <source>Change since the first transaction, net of flows; time-weighted return (TTWROR)</source>
        <translation>Variación desde la primera transacción, neta de flujos; rentabilidad ponderada por tiempo (TTWROR)</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Dashboard notes</source>
        <translation>Notas del panel</translation>
    </message>
    <message>
        <source>Portfolio return against the benchmark</source>
        <translation>Rentabilidad de la cartera frente al índice de referencia</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Total return</source>
        <translation>Rentabilidad total</translation>
    </message>
    <message>
        <source>Sharpe</source>
        <translation>Sharpe</translation>
    </message>
    <message>
        <source>&amp;Portfolio:</source>
        <translation>&amp;Cartera:</translation>
    </message>
    <message>
        <source>Ask the advisor, e.g. &quot;backtest a 20/50 crossover on AAPL since 2015&quot;</source>
        <translation>Pregunte al asesor, p. ej. «backtest de un cruce 20/50 en AAPL desde 2015»</translation>
    </message>
    <message>
        <source>Ask the advisor</source>
        <translation>Preguntar al asesor</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Lista de seguimiento</translation>
    </message>
    <message>
        <source>Top movers</source>
        <translation>Mayores movimientos</translation>
    </message>
    <message>
        <source>Recent backtest runs</source>
        <translation>Últimas ejecuciones de backtest</translation>
    </message>
    <message>
        <source>&lt;b&gt;Watchlist&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lista de seguimiento&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Top movers&lt;/b&gt; (last close against the one before)</source>
        <translation>&lt;b&gt;Mayores movimientos&lt;/b&gt; (último cierre frente al anterior)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent backtest runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Últimas ejecuciones de backtest&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Loading dashboard</source>
        <translation>Cargando el panel</translation>
    </message>
    <message>
        <source>Dashboard not loaded: %1</source>
        <translation>Panel no cargado: %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>No portfolio yet: import transactions or load the sample data.</source>
        <translation>Aún no hay cartera: importe transacciones o cargue los datos de ejemplo.</translation>
    </message>
    <message>
        <source>Portfolio &apos;%1&apos; not valued: %2</source>
        <translation>Cartera «%1» no valorada: %2</translation>
    </message>
    <message>
        <source>Value on %1</source>
        <translation>Valor el %1</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Desde %1</translation>
    </message>
    <message>
        <source>Changes are in %1 net of deposits and withdrawals; percentages are time-weighted returns. Prices are the stored closes; the sample data ends on %2.</source>
        <translation>Las variaciones están en %1, netas de depósitos y retiradas; los porcentajes son rentabilidades ponderadas por tiempo. Los precios son los cierres guardados; los datos de ejemplo terminan el %2.</translation>
    </message>
    <message>
        <source>Time-weighted return</source>
        <translation>Rentabilidad ponderada por tiempo</translation>
    </message>
    <message>
        <source>%1 (price index)</source>
        <translation>%1 (índice de precios)</translation>
    </message>
    <message>
        <source>no prices</source>
        <translation>sin precios</translation>
    </message>
    <message>
        <source>Close of %1 (%2 bars)</source>
        <translation>Cierre de %1 (%2 barras)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Watchlist&lt;/b&gt; (none yet)</source>
        <translation>&lt;b&gt;Lista de seguimiento&lt;/b&gt; (aún ninguna)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Watchlist&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Lista de seguimiento&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>Last %n close(s)</source>
        <translation>
            <numerusform>Último %n cierre</numerusform>
            <numerusform>Últimos %n cierres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Double-click to open %1 in Charts</source>
        <translation>Doble clic para abrir %1 en Gráficos</translation>
    </message>
    <message>
        <source>Double-click to open this run in the Backtest lab</source>
        <translation>Doble clic para abrir esta ejecución en el Laboratorio de backtest</translation>
    </message>
    <message>
        <source>No runs saved yet: run a backtest in the Backtest lab and press Save</source>
        <translation>Aún no hay ejecuciones guardadas: ejecute un backtest en el Laboratorio de backtest y pulse Guardar</translation>
    </message>
</context>
<context>
    <name>sn::ui::DataProvidersPage</name>
    <message>
        <source>Store key</source>
        <translation>Guardar clave</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Eliminar clave</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Probar c&amp;onexión</translation>
    </message>
    <message>
        <source>&amp;Refresh watchlist symbols on a schedule</source>
        <translation>Actualizar los símbolos de las listas de seguimiento de forma &amp;programada</translation>
    </message>
    <message>
        <source>Also on a &amp;metered connection</source>
        <translation>También con una conexión de uso &amp;medido</translation>
    </message>
    <message>
        <source>Providers in priority order</source>
        <translation>Proveedores por orden de prioridad</translation>
    </message>
    <message>
        <source>The first enabled provider is used unless you pick another; uncheck a provider to disable it</source>
        <translation>Se usa el primer proveedor activado salvo que elija otro; desmarque un proveedor para desactivarlo</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Empty: the vendor&apos;s own address. Change it for a proxy.</source>
        <translation>Vacío: la dirección propia del proveedor. Cámbiela para usar un proxy.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave API</translation>
    </message>
    <message>
        <source>Type a new key and store it; a stored key is never shown</source>
        <translation>Escriba una clave nueva y guárdela; una clave guardada nunca se muestra</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>guardada en el llavero</translation>
    </message>
    <message>
        <source>API key status</source>
        <translation>Estado de la clave API</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Intervalo de actualización</translation>
    </message>
    <message>
        <source>Data providers status</source>
        <translation>Estado de los proveedores de datos</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave API:</translation>
    </message>
    <message>
        <source>Scheduled refresh</source>
        <translation>Actualización programada</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>Ca&amp;da:</translation>
    </message>
    <message>
        <source>Prices are fetched from the first enabled provider unless you pick another in Market data; supernova-cli uses the same order and addresses. Keys are kept only in the system keychain.</source>
        <translation>Los precios se descargan del primer proveedor activado salvo que elija otro en Datos de mercado; supernova-cli usa el mismo orden y las mismas direcciones. Las claves se guardan solo en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Reading data provider settings</source>
        <translation>Leyendo la configuración de los proveedores de datos</translation>
    </message>
    <message>
        <source>Could not read the data provider settings: %1</source>
        <translation>No se pudo leer la configuración de los proveedores de datos: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no key needed</source>
        <translation>no necesita clave</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source> - has symbol search</source>
        <translation> - con búsqueda de símbolos</translation>
    </message>
    <message>
        <source> - no symbol search</source>
        <translation> - sin búsqueda de símbolos</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Checking the keychain...</source>
        <translation>Comprobando el llavero...</translation>
    </message>
    <message>
        <source>key stored</source>
        <translation>clave guardada</translation>
    </message>
    <message>
        <source>no key stored</source>
        <translation>ninguna clave guardada</translation>
    </message>
    <message>
        <source>keychain: %1</source>
        <translation>llavero: %1</translation>
    </message>
    <message>
        <source>Type the key first.</source>
        <translation>Escriba primero la clave.</translation>
    </message>
    <message>
        <source>Storing...</source>
        <translation>Guardando...</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>No guardada: %1</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>No eliminada: %1</translation>
    </message>
    <message>
        <source>Not tested: %1</source>
        <translation>No probado: %1</translation>
    </message>
    <message>
        <source>Testing %1...</source>
        <translation>Probando %1...</translation>
    </message>
    <message>
        <source>Testing %1</source>
        <translation>Probando %1</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>sn::ui::ExplainTexts</name>
    <message>
        <source>Historical VaR/CVaR: h-period returns of overlapping windows prod(1 + r) - 1 sorted ascending x_(1) &lt;= ... &lt;= x_(n); m = ceil(n (1 - c)); VaR = -x_(m), CVaR = -mean(x_(1..m)); needs at least 1 / (1 - c) windows. Reported as positive fractions of the portfolio value.</source>
        <translation>VaR/CVaR histórico: rentabilidades de h periodos en ventanas solapadas prod(1 + r) - 1 ordenadas de menor a mayor x_(1) &lt;= ... &lt;= x_(n); m = ceil(n (1 - c)); VaR = -x_(m), CVaR = -mean(x_(1..m)); necesita al menos 1 / (1 - c) ventanas. Se expresa como fracciones positivas del valor de la cartera.</translation>
    </message>
    <message>
        <source>Parametric normal VaR: VaR = -(mean h - z sd sqrt(h)), CVaR = -(mean h - sd sqrt(h) phi(z) / (1 - c)), z = Phi^-1(c) (1.644854 at 95 %, 2.326348 at 99 %), sd = sample deviation of the periodic returns.</source>
        <translation>VaR paramétrico normal: VaR = -(mean h - z sd sqrt(h)), CVaR = -(mean h - sd sqrt(h) phi(z) / (1 - c)), z = Phi^-1(c) (1,644854 al 95 %, 2,326348 al 99 %), sd = desviación muestral de las rentabilidades periódicas.</translation>
    </message>
    <message>
        <source>Cornish-Fisher VaR: the normal quantile adjusted for sample skewness S and excess kurtosis K, z_cf = z + (z^2 - 1) S / 6 + (z^3 - 3z) K / 24 - (2z^3 - 5z) S^2 / 36 at z = Phi^-1(1 - c); VaR = -(mean h + z_cf sd sqrt(h)); CVaR = the mean of the adjusted quantile over the tail.</source>
        <translation>VaR de Cornish-Fisher: el cuantil normal ajustado por la asimetría muestral S y la curtosis en exceso K, z_cf = z + (z^2 - 1) S / 6 + (z^3 - 3z) K / 24 - (2z^3 - 5z) S^2 / 36 con z = Phi^-1(1 - c); VaR = -(mean h + z_cf sd sqrt(h)); CVaR = la media del cuantil ajustado sobre la cola.</translation>
    </message>
    <message>
        <source>Monte Carlo VaR: correlated normal asset returns x = mu h + sqrt(h) L z with L the Cholesky factor of the covariance and z ~ N(0, I) from a seeded mt19937_64 (ziggurat), portfolio return w&apos;x, then the historical estimator over the draws.</source>
        <translation>VaR Monte Carlo: rentabilidades normales correlacionadas de los activos x = mu h + sqrt(h) L z con L el factor de Cholesky de la covarianza y z ~ N(0, I) de un mt19937_64 con semilla (ziggurat), rentabilidad de la cartera w&apos;x, y luego el estimador histórico sobre las simulaciones.</translation>
    </message>
    <message>
        <source>Component VaR (Euler allocation of the normal VaR): C_i = w_i (-mu_i h + z sqrt(h) (Cov w)_i / sigma_p); the components add up to the portfolio VaR.</source>
        <translation>VaR por componentes (asignación de Euler del VaR normal): C_i = w_i (-mu_i h + z sqrt(h) (Cov w)_i / sigma_p); los componentes suman el VaR de la cartera.</translation>
    </message>
    <message>
        <source>Monte Carlo projection: each step&apos;s return is drawn uniformly with replacement from the historical periodic returns; paths are seeded (mt19937_64) and reproducible. The fan shows the 5th, 25th, 50th, 75th and 95th percentiles of the simulated values at every step (position p (n - 1) / 100 among the sorted values). Probability of a target or loss limit = share of paths that touch that value at any step.</source>
        <translation>Proyección Monte Carlo: la rentabilidad de cada paso se extrae de manera uniforme, con reposición, de las rentabilidades periódicas históricas; las trayectorias tienen semilla (mt19937_64) y son reproducibles. El abanico muestra los percentiles 5, 25, 50, 75 y 95 de los valores simulados en cada paso (posición p (n - 1) / 100 entre los valores ordenados). Probabilidad de un objetivo o límite de pérdida = proporción de trayectorias que tocan ese valor en algún paso.</translation>
    </message>
    <message>
        <source>Monte Carlo projection: geometric Brownian motion, V_(t+1) = V_t exp((mu - sigma^2 / 2) + sigma z), z ~ N(0, 1); paths are seeded (mt19937_64) and reproducible. The fan shows the 5th, 25th, 50th, 75th and 95th percentiles of the simulated values at every step (position p (n - 1) / 100 among the sorted values). Probability of a target or loss limit = share of paths that touch that value at any step.</source>
        <translation>Proyección Monte Carlo: movimiento browniano geométrico, V_(t+1) = V_t exp((mu - sigma^2 / 2) + sigma z), z ~ N(0, 1); las trayectorias tienen semilla (mt19937_64) y son reproducibles. El abanico muestra los percentiles 5, 25, 50, 75 y 95 de los valores simulados en cada paso (posición p (n - 1) / 100 entre los valores ordenados). Probabilidad de un objetivo o límite de pérdida = proporción de trayectorias que tocan ese valor en algún paso.</translation>
    </message>
    <message>
        <source>Stress tests apply a return to each position&apos;s current value: pnl_i = value_i x change_i, total = sum pnl_i. Historical replay: change_i = the position&apos;s own return over the window (first close on or after the start to the last close on or before the end), or the proxy series&apos; return when it has no history. User shocks: the most specific shock applies (symbol over asset class over all); positions matched by none are unchanged.</source>
        <translation>Las pruebas de estrés aplican una rentabilidad al valor actual de cada posición: pnl_i = value_i x change_i, total = sum pnl_i. Repetición histórica: change_i = la rentabilidad propia de la posición en la ventana (primer cierre en o después del inicio hasta el último cierre en o antes del final), o la rentabilidad de la serie sustituta cuando no tiene historial. Choques propios: se aplica el choque más específico (símbolo antes que clase de activo antes que todos); las posiciones sin choque no cambian.</translation>
    </message>
    <message>
        <source>Rebalancing: total = holdings at current prices + cash; the fees of the planned trades are set aside; target value_i = weight_i x (total - fees); trade_i = target_i - current_i, skipped below the minimum trade value, in whole shares if asked (buys rounded down, sells up to the quantity held). Sells fund buys; if buys and fees would exceed the cash, all buys are scaled down by one factor. Fee per trade = fixed + rate x value. Drift = current weight - target weight.</source>
        <translation>Reequilibrio: total = posiciones a precios actuales + efectivo; las comisiones de las operaciones previstas se reservan; valor objetivo_i = peso_i x (total - comisiones); operación_i = objetivo_i - actual_i, omitida por debajo del valor mínimo de operación, en acciones enteras si se pide (compras redondeadas hacia abajo, ventas hasta la cantidad en cartera). Las ventas financian las compras; si compras y comisiones superaran el efectivo, todas las compras se reducen por un mismo factor. Comisión por operación = fija + tasa x valor. Desviación = peso actual - peso objetivo.</translation>
    </message>
    <message>
        <source>a loss as a positive fraction of the current value at the confidence and horizon asked</source>
        <translation>una pérdida como fracción positiva del valor actual, con la confianza y el horizonte pedidos</translation>
    </message>
    <message>
        <source>expected shortfall: the mean loss beyond the VaR</source>
        <translation>déficit esperado: la pérdida media más allá del VaR</translation>
    </message>
    <message>
        <source>parametric normal; contributions sum to the portfolio&apos;s VaR</source>
        <translation>paramétrico normal; las contribuciones suman el VaR de la cartera</translation>
    </message>
    <message>
        <source>percentiles of the simulated values at each step</source>
        <translation>percentiles de los valores simulados en cada paso</translation>
    </message>
    <message>
        <source>a proposal; nothing is traded</source>
        <translation>una propuesta; no se opera nada</translation>
    </message>
    <message>
        <source>portfolio performance: flows do not distort it</source>
        <translation>rentabilidad de la cartera: los flujos no la distorsionan</translation>
    </message>
    <message>
        <source>portfolio performance: weights periods by the money invested</source>
        <translation>rentabilidad de la cartera: pondera los periodos por el dinero invertido</translation>
    </message>
</context>
<context>
    <name>sn::ui::FetchCoverageModel</name>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Days covered</source>
        <translation>Días cubiertos</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Última actualización</translation>
    </message>
</context>
<context>
    <name>sn::ui::HeatmapWidget</name>
    <message>
        <source>no value</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Aún no hay nada que mostrar</translation>
    </message>
</context>
<context>
    <name>sn::ui::HoldingsTableModel</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Close of %1</source>
        <translation>Cierre de %1</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Avg cost</source>
        <translation>Coste medio</translation>
    </message>
    <message>
        <source>Last price</source>
        <translation>Último precio</translation>
    </message>
    <message>
        <source>Market value</source>
        <translation>Valor de mercado</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Day change</source>
        <translation>Variación diaria</translation>
    </message>
    <message>
        <source>Unrealised P&amp;L</source>
        <translation>G/P no realizadas</translation>
    </message>
    <message>
        <source>Realised P&amp;L</source>
        <translation>G/P realizadas</translation>
    </message>
    <message>
        <source>Cost basis of the open lots (buy fees included) per unit, instrument currency</source>
        <translation>Coste de los lotes abiertos (comisiones de compra incluidas) por unidad, divisa del instrumento</translation>
    </message>
    <message>
        <source>Quantity x last close, converted to the portfolio&apos;s base currency</source>
        <translation>Cantidad x último cierre, convertido a la divisa base de la cartera</translation>
    </message>
    <message>
        <source>Share of the total value (positions and cash)</source>
        <translation>Porcentaje del valor total (posiciones y efectivo)</translation>
    </message>
    <message>
        <source>Quantity x (last close - previous close), base currency</source>
        <translation>Cantidad x (último cierre - cierre anterior), divisa base</translation>
    </message>
    <message>
        <source>Market value - cost basis of the open lots, base currency</source>
        <translation>Valor de mercado - coste de los lotes abiertos, divisa base</translation>
    </message>
    <message>
        <source>Realised gains of closed lots plus income net of withheld tax, instrument currency</source>
        <translation>Ganancias realizadas de lotes cerrados más rendimientos netos de retenciones, divisa del instrumento</translation>
    </message>
    <message>
        <source>Converted at %1 per %2: %3 of %4 (the latest rate on or before the valuation day)</source>
        <translation>Convertido a %1 por %2: %3 del %4 (el último tipo en la fecha de valoración o antes)</translation>
    </message>
</context>
<context>
    <name>sn::ui::ImportWizard</name>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Choose the CSV file and what it holds.</source>
        <translation>Elija el archivo CSV y lo que contiene.</translation>
    </message>
    <message>
        <source>&amp;Prices (bars: date, open, high, low, close, volume)</source>
        <translation>&amp;Precios (barras: fecha, apertura, máximo, mínimo, cierre, volumen)</translation>
    </message>
    <message>
        <source>&amp;Transactions of a portfolio</source>
        <translation>&amp;Transacciones de una cartera</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>E&amp;xaminar...</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Symbol (empty: from the file&apos;s symbol column or its name):</source>
        <translation>&amp;Símbolo (vacío: de la columna de símbolo del archivo o de su nombre):</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>P&amp;ortfolio:</source>
        <translation>C&amp;artera:</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>A&amp;rchivo:</translation>
    </message>
    <message>
        <source>Preview and columns</source>
        <translation>Vista previa y columnas</translation>
    </message>
    <message>
        <source>The first lines of the file as read, and which column holds each field.</source>
        <translation>Las primeras líneas del archivo tal como se leen y qué columna contiene cada campo.</translation>
    </message>
    <message>
        <source>Detected layout</source>
        <translation>Formato detectado</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Columns (&quot;as detected&quot; keeps the automatic choice):</source>
        <translation>Columnas («según detección» mantiene la elección automática):</translation>
    </message>
    <message>
        <source>Detected: %1 format, delimiter &apos;%2&apos;, dates %3%4; columns %5</source>
        <translation>Detectado: formato %1, delimitador «%2», fechas %3%4; columnas %5</translation>
    </message>
    <message>
        <source>, decimal comma</source>
        <translation>, coma decimal</translation>
    </message>
    <message>
        <source>Not recognised: %1</source>
        <translation>No reconocido: %1</translation>
    </message>
    <message>
        <source>Transactions CSV: one line per transaction, a header naming the columns.</source>
        <translation>CSV de transacciones: una línea por transacción y una cabecera con los nombres de las columnas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Columna para %1</translation>
    </message>
    <message>
        <source>as detected</source>
        <translation>según detección</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>The whole file is read and checked; nothing is written yet.</source>
        <translation>Se lee y comprueba todo el archivo; aún no se escribe nada.</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Resultado de la comprobación</translation>
    </message>
    <message>
        <source>Problems by line</source>
        <translation>Problemas por línea</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Import only the good rows and leave the listed ones out</source>
        <translation>Importar solo las filas correctas y omitir las indicadas</translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation>Comprobando %1...</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Comprobando %1</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) are good.</source>
        <translation>
            <numerusform>La %n fila es correcta.</numerusform>
            <numerusform>Las %n filas son correctas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 problem(s) found; %2 good row(s). Nothing is imported unless you choose to leave the bad rows out.</source>
        <translation>%1 problema(s) encontrado(s); %2 fila(s) correcta(s). No se importa nada a menos que elija omitir las filas erróneas.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Resultado de la importación</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar importación</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importando...</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importando %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelado: no se importó nada.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>From the spacing of the dates</source>
        <translation>Según el intervalo entre las fechas</translation>
    </message>
    <message>
        <source>Bar interval:</source>
        <translation>Intervalo de las barras:</translation>
    </message>
    <message>
        <source>Bar interval: %1</source>
        <translation>Intervalo de las barras: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>leyendo</translation>
    </message>
    <message>
        <source>storing</source>
        <translation>guardando</translation>
    </message>
</context>
<context>
    <name>sn::ui::IndicatorTexts</name>
    <message>
        <source>Simple moving average</source>
        <translation>Media móvil simple</translation>
    </message>
    <message>
        <source>bars averaged</source>
        <translation>barras promediadas</translation>
    </message>
    <message>
        <source>arithmetic mean of the last period closes; first value at bar period-1</source>
        <translation>media aritmética de los últimos period cierres; primer valor en la barra period-1</translation>
    </message>
    <message>
        <source>Exponential moving average</source>
        <translation>Media móvil exponencial</translation>
    </message>
    <message>
        <source>span; alpha = 2/(period+1)</source>
        <translation>amplitud; alpha = 2/(period+1)</translation>
    </message>
    <message>
        <source>alpha = 2/(period+1), seeded with the SMA of the first period closes</source>
        <translation>alpha = 2/(period+1), iniciada con la SMA de los primeros period cierres</translation>
    </message>
    <message>
        <source>Linearly weighted moving average</source>
        <translation>Media móvil ponderada linealmente</translation>
    </message>
    <message>
        <source>bars; weights 1..period</source>
        <translation>barras; pesos 1..period</translation>
    </message>
    <message>
        <source>weights 1..period, newest heaviest, divided by period(period+1)/2</source>
        <translation>pesos 1..period, el más reciente pesa más, divididos por period(period+1)/2</translation>
    </message>
    <message>
        <source>Relative Strength Index (Wilder)</source>
        <translation>Índice de fuerza relativa (Wilder)</translation>
    </message>
    <message>
        <source>Wilder smoothing length</source>
        <translation>longitud del suavizado de Wilder</translation>
    </message>
    <message>
        <source>first averages are simple means of the first period changes, then Wilder smoothing; first value at bar period</source>
        <translation>las primeras medias son medias simples de los primeros period cambios, después suavizado de Wilder; primer valor en la barra period</translation>
    </message>
    <message>
        <source>Moving Average Convergence/Divergence</source>
        <translation>Convergencia/divergencia de medias móviles (MACD)</translation>
    </message>
    <message>
        <source>fast EMA</source>
        <translation>EMA rápida</translation>
    </message>
    <message>
        <source>slow EMA (&gt; fast)</source>
        <translation>EMA lenta (&gt; fast)</translation>
    </message>
    <message>
        <source>signal EMA of the line</source>
        <translation>EMA de señal de la línea</translation>
    </message>
    <message>
        <source>line = EMA(fast) - EMA(slow); signal = EMA(signal) of the line seeded with its SMA</source>
        <translation>línea = EMA(fast) - EMA(slow); señal = EMA(signal) de la línea iniciada con su SMA</translation>
    </message>
    <message>
        <source>Bollinger Bands</source>
        <translation>Bandas de Bollinger</translation>
    </message>
    <message>
        <source>SMA length</source>
        <translation>longitud de la SMA</translation>
    </message>
    <message>
        <source>band width in standard deviations</source>
        <translation>ancho de banda en desviaciones típicas</translation>
    </message>
    <message>
        <source>mid = SMA; bands = mid +/- k x population standard deviation of the window (Bollinger)</source>
        <translation>centro = SMA; bandas = centro +/- k x desviación típica poblacional de la ventana (Bollinger)</translation>
    </message>
    <message>
        <source>Average True Range (Wilder)</source>
        <translation>Rango verdadero medio (Wilder)</translation>
    </message>
    <message>
        <source>TR of the first bar = high-low; first ATR = mean of the first period TRs, then Wilder smoothing</source>
        <translation>TR de la primera barra = máximo-mínimo; primer ATR = media de los primeros period TR, después suavizado de Wilder</translation>
    </message>
    <message>
        <source>Stochastic oscillator %K/%D</source>
        <translation>Oscilador estocástico %K/%D</translation>
    </message>
    <message>
        <source>high/low lookback</source>
        <translation>ventana de máximo/mínimo</translation>
    </message>
    <message>
        <source>SMA of %K</source>
        <translation>SMA de %K</translation>
    </message>
    <message>
        <source>SMA applied to raw %K (1 = fast, 3 = slow)</source>
        <translation>SMA aplicada al %K bruto (1 = rápido, 3 = lento)</translation>
    </message>
    <message>
        <source>raw %K = 100 (close - LL) / (HH - LL), 50 when HH = LL</source>
        <translation>%K bruto = 100 (cierre - LL) / (HH - LL), 50 cuando HH = LL</translation>
    </message>
    <message>
        <source>Donchian channel</source>
        <translation>Canal de Donchian</translation>
    </message>
    <message>
        <source>bars including the current one</source>
        <translation>barras incluida la actual</translation>
    </message>
    <message>
        <source>highest high / lowest low of the last period bars including the current one</source>
        <translation>máximo más alto / mínimo más bajo de las últimas period barras, incluida la actual</translation>
    </message>
    <message>
        <source>On-Balance Volume</source>
        <translation>Volumen en balance (OBV)</translation>
    </message>
    <message>
        <source>starts at 0 on the first bar</source>
        <translation>empieza en 0 en la primera barra</translation>
    </message>
    <message>
        <source>Rate of change (percent)</source>
        <translation>Tasa de cambio (porcentaje)</translation>
    </message>
    <message>
        <source>lookback bars</source>
        <translation>barras hacia atrás</translation>
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
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Divisa</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Barras</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Last close</source>
        <translation>Último cierre</translation>
    </message>
</context>
<context>
    <name>sn::ui::JobsIndicator</name>
    <message>
        <source>Background job progress</source>
        <translation>Progreso de la tarea en segundo plano</translation>
    </message>
    <message>
        <source>Cancel this job</source>
        <translation>Cancelar esta tarea</translation>
    </message>
    <message>
        <source>Cancel background job</source>
        <translation>Cancelar tarea en segundo plano</translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n más)</numerusform>
            <numerusform> (+%n más)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sn::ui::LabData</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sobre %2</translation>
    </message>
</context>
<context>
    <name>sn::ui::Language</name>
    <message>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
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
        <translation>Áreas</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import CSV (wizard)...</source>
        <translation>&amp;Importar CSV (asistente)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Preferencias...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>&amp;Load sample data</source>
        <translation>&amp;Cargar datos de ejemplo</translation>
    </message>
    <message>
        <source>Re&amp;set sample data...</source>
        <translation>&amp;Restablecer datos de ejemplo...</translation>
    </message>
    <message>
        <source>&amp;Remove sample data...</source>
        <translation>&amp;Eliminar datos de ejemplo...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>About &amp;sample data</source>
        <translation>Acerca de los &amp;datos de ejemplo</translation>
    </message>
    <message>
        <source>&amp;About SuperNova</source>
        <translation>&amp;Acerca de SuperNova</translation>
    </message>
    <message>
        <source>Loading sample data</source>
        <translation>Cargando datos de ejemplo</translation>
    </message>
    <message>
        <source>Sample data not loaded: %1</source>
        <translation>Datos de ejemplo no cargados: %1</translation>
    </message>
    <message>
        <source>Reset sample data</source>
        <translation>Restablecer datos de ejemplo</translation>
    </message>
    <message>
        <source>Put the sample data back as shipped? Changes to the sample portfolio and watchlist are undone; your own data is kept.</source>
        <translation>¿Restaurar los datos de ejemplo tal como se distribuyen? Se deshacen los cambios en la cartera y la lista de seguimiento de ejemplo; sus propios datos se conservan.</translation>
    </message>
    <message>
        <source>Resetting sample data</source>
        <translation>Restableciendo datos de ejemplo</translation>
    </message>
    <message>
        <source>Remove sample data</source>
        <translation>Eliminar datos de ejemplo</translation>
    </message>
    <message>
        <source>Remove the sample instruments with their bars, the sample watchlist and the sample portfolio? Your own data is kept.</source>
        <translation>¿Eliminar los instrumentos de ejemplo con sus barras, la lista de seguimiento de ejemplo y la cartera de ejemplo? Sus propios datos se conservan.</translation>
    </message>
    <message>
        <source>Removing sample data</source>
        <translation>Eliminando datos de ejemplo</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>E&amp;quipo</translation>
    </message>
    <message>
        <source>&amp;Guide for this area</source>
        <translation>&amp;Guía de esta área</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>importando</translation>
    </message>
</context>
<context>
    <name>sn::ui::MarketDataView</name>
    <message>
        <source>Market data</source>
        <translation>Datos de mercado</translation>
    </message>
    <message>
        <source>&amp;Import bars from CSV...</source>
        <translation>&amp;Importar barras desde CSV...</translation>
    </message>
    <message>
        <source>Filter instruments</source>
        <translation>Filtrar instrumentos</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumentos</translation>
    </message>
    <message>
        <source>Bars of the selected instrument</source>
        <translation>Barras del instrumento seleccionado</translation>
    </message>
    <message>
        <source>Import daily or intraday bars from a CSV file</source>
        <translation>Importar barras diarias o intradía desde un archivo CSV</translation>
    </message>
    <message>
        <source>Loading instruments</source>
        <translation>Cargando instrumentos</translation>
    </message>
    <message>
        <source>Could not read the instruments: %1</source>
        <translation>No se pudieron leer los instrumentos: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2: no bars stored</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2: no hay barras guardadas</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 - %3 bars (%4), %5 to %6&lt;br&gt;&lt;small&gt;%7&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 - %3 barras (%4), del %5 al %6&lt;br&gt;&lt;small&gt;%7&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>Cargando %1</translation>
    </message>
    <message>
        <source>Could not read the bars: %1</source>
        <translation>No se pudieron leer las barras: %1</translation>
    </message>
    <message>
        <source>Import bars</source>
        <translation>Importar barras</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importando %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n bar(s)</source>
        <translation>
            <numerusform>%n barra importada</numerusform>
            <numerusform>%n barras importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, skipped %n bad row(s)</source>
        <translation>
            <numerusform>, %n fila errónea omitida</numerusform>
            <numerusform>, %n filas erróneas omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importación fallida</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>No se importó nada de %1.</translation>
    </message>
    <message>
        <source>Import good rows only</source>
        <translation>Importar solo las filas correctas</translation>
    </message>
</context>
<context>
    <name>sn::ui::MarketFetchPanel</name>
    <message>
        <source>&amp;Fetch / refresh</source>
        <translation>&amp;Descargar / actualizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Symbols to fetch, e.g. AAPL MSFT</source>
        <translation>Símbolos que descargar, p. ej. AAPL MSFT</translation>
    </message>
    <message>
        <source>Symbols to fetch</source>
        <translation>Símbolos que descargar</translation>
    </message>
    <message>
        <source>Data provider</source>
        <translation>Proveedor de datos</translation>
    </message>
    <message>
        <source>Fetched symbols: days covered, source and last update</source>
        <translation>Símbolos descargados: días cubiertos, fuente y última actualización</translation>
    </message>
    <message>
        <source>Type one or more symbols to fetch.</source>
        <translation>Escriba uno o varios símbolos que descargar.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n symbol(s) from %1...</source>
        <translation>
            <numerusform>Descargando %n símbolo de %1...</numerusform>
            <numerusform>Descargando %n símbolos de %1...</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching market data</source>
        <translation>Descargando datos de mercado</translation>
    </message>
    <message>
        <source>Loading fetch coverage</source>
        <translation>Cargando la cobertura de las descargas</translation>
    </message>
    <message>
        <source>Scheduled refresh</source>
        <translation>Actualización programada</translation>
    </message>
    <message>
        <source>Reading the refresh schedule</source>
        <translation>Leyendo la programación de la actualización</translation>
    </message>
    <message>
        <source>Scheduled refresh: %1</source>
        <translation>Actualización programada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Scheduled refresh of watchlist symbols: every %n minute(s)%1.</source>
        <translation>
            <numerusform>Actualización programada de los símbolos de las listas de seguimiento: cada %n minuto%1.</numerusform>
            <numerusform>Actualización programada de los símbolos de las listas de seguimiento: cada %n minutos%1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, also on metered connections</source>
        <translation>, también con conexiones de uso medido</translation>
    </message>
    <message>
        <source>, not on metered connections</source>
        <translation>, no con conexiones de uso medido</translation>
    </message>
    <message>
        <source>Scheduled refresh of watchlist symbols: off (Preferences &gt; Data providers).</source>
        <translation>Actualización programada de los símbolos de las listas de seguimiento: desactivada (Preferencias &gt; Proveedores de datos).</translation>
    </message>
    <message>
        <source>Last run %1: %2</source>
        <translation>Última ejecución %1: %2</translation>
    </message>
    <message>
        <source>Every data provider is disabled: enable one in Preferences &gt; Data providers.</source>
        <translation>Todos los proveedores de datos están desactivados: active uno en Preferencias &gt; Proveedores de datos.</translation>
    </message>
</context>
<context>
    <name>sn::ui::MessageBubble</name>
    <message>
        <source>Your question</source>
        <translation>Su pregunta</translation>
    </message>
    <message>
        <source>Advisor&apos;s answer</source>
        <translation>Respuesta del asesor</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Answered by the offline advisor</source>
        <translation>Respondido por el asesor sin conexión</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy this message as Markdown</source>
        <translation>Copiar este mensaje como Markdown</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit this question and send it again</source>
        <translation>Editar esta pregunta y enviarla de nuevo</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Ask this question again</source>
        <translation>Volver a hacer esta pregunta</translation>
    </message>
</context>
<context>
    <name>sn::ui::MetricTexts</name>
    <message>
        <source>periodic returns r of the equity curve [starting cash, close of each bar]</source>
        <translation>rendimientos periódicos r de la curva de capital [efectivo inicial, cierre de cada barra]</translation>
    </message>
    <message>
        <source>cash + positions valued at the last close</source>
        <translation>efectivo + posiciones valoradas al último cierre</translation>
    </message>
    <message>
        <source>an open position is valued at the last close</source>
        <translation>una posición abierta se valora al último cierre</translation>
    </message>
    <message>
        <source>final_equity / starting_cash - 1</source>
        <translation>capital final / efectivo inicial - 1</translation>
    </message>
    <message>
        <source>(final / start)^(1 / years) - 1</source>
        <translation>(final / inicio)^(1 / años) - 1</translation>
    </message>
    <message>
        <source>years = calendar days between the first and last bar / 365.25</source>
        <translation>años = días naturales entre la primera y la última barra / 365,25</translation>
    </message>
    <message>
        <source>depth as a fraction of the peak; start = the peak&apos;s bar, trough, recovery = first bar back at the peak, duration = bars from peak to recovery (or to the last bar)</source>
        <translation>profundidad como fracción del máximo; inicio = barra del máximo, mínimo, recuperación = primera barra de vuelta en el máximo, duración = barras del máximo a la recuperación (o a la última barra)</translation>
    </message>
    <message>
        <source>bars with a position at the close / bars</source>
        <translation>barras con posición al cierre / barras</translation>
    </message>
    <message>
        <source>closed round trips</source>
        <translation>operaciones cerradas de ida y vuelta</translation>
    </message>
    <message>
        <source>a position still open at the end is reported as open, not counted</source>
        <translation>una posición aún abierta al final se indica como abierta, no se cuenta</translation>
    </message>
    <message>
        <source>trades with net pnl &gt; 0 / trades</source>
        <translation>operaciones con P&amp;G neto &gt; 0 / operaciones</translation>
    </message>
    <message>
        <source>pnl net of both commissions</source>
        <translation>P&amp;G neto de ambas comisiones</translation>
    </message>
    <message>
        <source>sum of winning pnl / |sum of losing pnl|</source>
        <translation>suma de P&amp;G ganadoras / |suma de P&amp;G perdedoras|</translation>
    </message>
    <message>
        <source>not defined without a losing trade</source>
        <translation>no definido sin una operación perdedora</translation>
    </message>
    <message>
        <source>sum of winning (losing) pnl / their count</source>
        <translation>suma de P&amp;G ganadoras (perdedoras) / su número</translation>
    </message>
    <message>
        <source>pnl net of commissions</source>
        <translation>P&amp;G neto de comisiones</translation>
    </message>
    <message>
        <source>sum of trade pnl / trades</source>
        <translation>suma de P&amp;G de las operaciones / operaciones</translation>
    </message>
    <message>
        <source>currency per trade, net of commissions</source>
        <translation>divisa por operación, neto de comisiones</translation>
    </message>
    <message>
        <source>largest / smallest trade pnl</source>
        <translation>P&amp;G de operación mayor / menor</translation>
    </message>
    <message>
        <source>currency, net of commissions</source>
        <translation>divisa, neto de comisiones</translation>
    </message>
    <message>
        <source>benchmark: buy &amp; hold of the same instrument, same costs</source>
        <translation>referencia: comprar y mantener el mismo instrumento, mismos costes</translation>
    </message>
</context>
<context>
    <name>sn::ui::NewsFeedsPage</name>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>Feed URL or file</source>
        <translation>URL o archivo del canal</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>News feeds</source>
        <translation>Canales de noticias</translation>
    </message>
    <message>
        <source>News feeds status</source>
        <translation>Estado de los canales de noticias</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Read the selected feed now and say how many items it holds; nothing is stored</source>
        <translation>Leer ahora el canal seleccionado e indicar cuántas noticias contiene; no se guarda nada</translation>
    </message>
    <message>
        <source>RSS and Atom feeds (or feed and CSV headline files) that &lt;b&gt;Refresh news&lt;/b&gt; in the Charts area and &lt;tt&gt;supernova-cli news ingest&lt;/tt&gt; read. Give a symbol for a feed about one company; items of general feeds are linked by $cashtags and company names.</source>
        <translation>Canales RSS y Atom (o archivos de canal y de titulares CSV) que leen &lt;b&gt;Actualizar noticias&lt;/b&gt; en el área Gráficos y &lt;tt&gt;supernova-cli news ingest&lt;/tt&gt;. Indique un símbolo para un canal sobre una sola empresa; las noticias de los canales generales se vinculan por $cashtags y nombres de empresa.</translation>
    </message>
    <message>
        <source>Reading news feeds</source>
        <translation>Leyendo los canales de noticias</translation>
    </message>
    <message>
        <source>No feeds yet: Add one, Test it, then Save.</source>
        <translation>Aún no hay canales: añada uno, pruébelo y luego guarde.</translation>
    </message>
    <message>
        <source>Could not read the feeds: %1</source>
        <translation>No se pudieron leer los canales: %1</translation>
    </message>
    <message>
        <source>Select the feed to remove.</source>
        <translation>Seleccione el canal que quiere quitar.</translation>
    </message>
    <message>
        <source>Removed; Save to keep the change.</source>
        <translation>Quitado; guarde para conservar el cambio.</translation>
    </message>
    <message>
        <source>Select the feed to test.</source>
        <translation>Seleccione el canal que quiere probar.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Leyendo %1...</translation>
    </message>
    <message>
        <source>Testing news feed</source>
        <translation>Probando el canal de noticias</translation>
    </message>
    <message numerus="yes">
        <source>%1: a feed with %n item(s).</source>
        <translation>
            <numerusform>%1: un canal con %n noticia.</numerusform>
            <numerusform>%1: un canal con %n noticias.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n feed(s).</source>
        <translation>
            <numerusform>%n canal guardado.</numerusform>
            <numerusform>%n canales guardados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sn::ui::NewsList</name>
    <message>
        <source>&amp;Refresh news</source>
        <translation>Actualizar &amp;noticias</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Noticias</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>News list message</source>
        <translation>Mensaje de la lista de noticias</translation>
    </message>
    <message>
        <source>News status</source>
        <translation>Estado de las noticias</translation>
    </message>
    <message>
        <source>News refresh status</source>
        <translation>Estado de la actualización de noticias</translation>
    </message>
    <message>
        <source>Read every enabled feed of Preferences &gt; News feeds now</source>
        <translation>Leer ahora cada canal activado de Preferencias &gt; Canales de noticias</translation>
    </message>
    <message>
        <source>&lt;b&gt;News&lt;/b&gt;</source>
        <translation>&lt;b&gt;Noticias&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open a symbol to see its news.</source>
        <translation>Abra un símbolo para ver sus noticias.</translation>
    </message>
    <message>
        <source>&lt;b&gt;News about %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Noticias sobre %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no link)</source>
        <translation>(sin enlace)</translation>
    </message>
    <message>
        <source>Click or press Enter to open %1</source>
        <translation>Haga clic o pulse Intro para abrir %1</translation>
    </message>
    <message>
        <source>The feed gave no date: the time is when it was read.</source>
        <translation>El canal no dio fecha: la hora es la de la lectura.</translation>
    </message>
    <message>
        <source>No news about %1 stored yet.

Add feeds under Preferences &gt; News feeds (Edit &gt; Preferences), then press Refresh news; or run
supernova-cli news ingest FEED --symbol %1</source>
        <translation>Aún no hay noticias guardadas sobre %1.

Añada canales en Preferencias &gt; Canales de noticias (Editar &gt; Preferencias) y pulse «Actualizar noticias»; o ejecute
supernova-cli news ingest FEED --symbol %1</translation>
    </message>
    <message numerus="yes">
        <source>No news about %1 in the period shown (%n item(s) stored). Zoom out to see them.</source>
        <translation>
            <numerusform>No hay noticias sobre %1 en el periodo mostrado (%n noticia guardada). Aleje el zoom para verla.</numerusform>
            <numerusform>No hay noticias sobre %1 en el periodo mostrado (%n noticias guardadas). Aleje el zoom para verlas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in this period, from the newest %1 stored.</source>
        <translation>
            <numerusform>%n noticia en este periodo, de las %1 más recientes guardadas.</numerusform>
            <numerusform>%n noticias en este periodo, de las %1 más recientes guardadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in this period.</source>
        <translation>
            <numerusform>%n noticia en este periodo.</numerusform>
            <numerusform>%n noticias en este periodo.</numerusform>
        </translation>
    </message>
    <message>
        <source>This item has no link.</source>
        <translation>Esta noticia no tiene enlace.</translation>
    </message>
    <message>
        <source>Not opened: %1 is not a web link.</source>
        <translation>No abierto: %1 no es un enlace web.</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>No se pudo abrir %1</translation>
    </message>
</context>
<context>
    <name>sn::ui::NotesPanel</name>
    <message>
        <source>Add &amp;note</source>
        <translation>Añadir &amp;nota</translation>
    </message>
    <message>
        <source>&amp;Edit mine...</source>
        <translation>&amp;Editar la mía...</translation>
    </message>
    <message>
        <source>Team notes</source>
        <translation>Notas del equipo</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nota nueva</translation>
    </message>
    <message>
        <source>A note for the team...</source>
        <translation>Una nota para el equipo...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Team notes&lt;/b&gt;: share this item with the team to add notes</source>
        <translation>&lt;b&gt;Notas del equipo&lt;/b&gt;: comparta este elemento con el equipo para añadir notas</translation>
    </message>
    <message>
        <source>%1 · %2%3
%4</source>
        <translation>%1 · %2%3
%4</translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation> (editada)</translation>
    </message>
    <message>
        <source>Your note: Edit mine... changes it</source>
        <translation>Su nota: «Editar la mía...» la cambia</translation>
    </message>
    <message>
        <source>%1&apos;s note: only they can change it</source>
        <translation>Nota de %1: solo su autor puede cambiarla</translation>
    </message>
    <message>
        <source>&lt;b&gt;Team notes&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Notas del equipo&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>Notes are for items shared with the team</source>
        <translation>Las notas son para elementos compartidos con el equipo</translation>
    </message>
    <message>
        <source>Sign in to the team server first (Preferences &gt; Team)</source>
        <translation>Inicie sesión primero en el servidor del equipo (Preferencias &gt; Equipo)</translation>
    </message>
    <message>
        <source>Only its author can change a note</source>
        <translation>Solo su autor puede cambiar una nota</translation>
    </message>
    <message>
        <source>Note not added: %1</source>
        <translation>Nota no añadida: %1</translation>
    </message>
    <message>
        <source>Note not changed: %1</source>
        <translation>Nota no cambiada: %1</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
</context>
<context>
    <name>sn::ui::OptimisationPanel</name>
    <message>
        <source>First parameter</source>
        <translation>Primer parámetro</translation>
    </message>
    <message>
        <source>Second parameter</source>
        <translation>Segundo parámetro</translation>
    </message>
    <message>
        <source>Run s&amp;weep</source>
        <translation>Ejecutar &amp;barrido</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Apply to form</source>
        <translation>&amp;Aplicar al formulario</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation>Ejecutar barrido</translation>
    </message>
    <message>
        <source>Every combination of the two ranges on all cores (Ctrl+Shift+R)</source>
        <translation>Todas las combinaciones de los dos rangos en todos los núcleos (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Cancel sweep</source>
        <translation>Cancelar barrido</translation>
    </message>
    <message>
        <source>Sweep progress</source>
        <translation>Progreso del barrido</translation>
    </message>
    <message>
        <source>Sweep status</source>
        <translation>Estado del barrido</translation>
    </message>
    <message>
        <source>Sweep heatmap</source>
        <translation>Mapa de calor del barrido</translation>
    </message>
    <message>
        <source>Best combinations</source>
        <translation>Mejores combinaciones</translation>
    </message>
    <message>
        <source>Apply combination to the form</source>
        <translation>Aplicar la combinación al formulario</translation>
    </message>
    <message>
        <source>Chosen combination</source>
        <translation>Combinación elegida</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <source>Ran&amp;k by:</source>
        <translation>&amp;Ordenar por:</translation>
    </message>
    <message>
        <source> from</source>
        <translation> desde</translation>
    </message>
    <message>
        <source> to</source>
        <translation> hasta</translation>
    </message>
    <message>
        <source> step</source>
        <translation> paso</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Sweeping...</source>
        <translation>Barrido en curso...</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Total return</source>
        <translation>Rentabilidad total</translation>
    </message>
    <message>
        <source>Final equity</source>
        <translation>Capital final</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Tasa de acierto</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 combinations evaluated in %3 s; ranked by %4 (%5)</source>
        <translation>Cancelado: %1 de %2 combinaciones evaluadas en %3 s; ordenadas por %4 (%5)</translation>
    </message>
    <message>
        <source>%1 of %2 combinations evaluated in %3 s; ranked by %4 (%5)</source>
        <translation>%1 de %2 combinaciones evaluadas en %3 s; ordenadas por %4 (%5)</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>menor es mejor</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>mayor es mejor</translation>
    </message>
    <message>
        <source>Choose the parameter ranges above and press Run sweep (Ctrl+Shift+R): every combination is tested and shown here.</source>
        <translation>Elija arriba los rangos de parámetros y pulse Ejecutar barrido (Ctrl+Shift+R): se prueban todas las combinaciones y se muestran aquí.</translation>
    </message>
    <message>
        <source>The inputs changed since the last sweep, so its results were cleared. Run the sweep again to rank the combinations for the new inputs.</source>
        <translation>Las entradas han cambiado desde el último barrido, por lo que sus resultados se han borrado. Vuelva a ejecutar el barrido para ordenar las combinaciones con las nuevas entradas.</translation>
    </message>
</context>
<context>
    <name>sn::ui::PortfolioView</name>
    <message>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <source>Positions of the portfolio on its valuation day</source>
        <translation>Posiciones de la cartera en su día de valoración</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transacciones</translation>
    </message>
    <message>
        <source>The portfolio&apos;s ledger; edit a cell in place, changes can be undone</source>
        <translation>El libro de movimientos de la cartera; edite una celda directamente, los cambios se pueden deshacer</translation>
    </message>
    <message>
        <source>&amp;Portfolio:</source>
        <translation>&amp;Cartera:</translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation>Resumen de la cartera</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Line %1 not changed: %2</source>
        <translation>Línea %1 no modificada: %2</translation>
    </message>
    <message>
        <source>Filter transactions (Ctrl+F)</source>
        <translation>Filtrar transacciones (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter transactions</source>
        <translation>Filtrar transacciones</translation>
    </message>
    <message>
        <source>&lt;b&gt;Holdings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Posiciones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Transactions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Transacciones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Import &amp;transactions...</source>
        <translation>Importar &amp;transacciones...</translation>
    </message>
    <message>
        <source>Import transactions from a CSV file into this portfolio</source>
        <translation>Importar transacciones desde un archivo CSV a esta cartera</translation>
    </message>
    <message>
        <source>Import transactions</source>
        <translation>Importar transacciones</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>E&amp;xport transactions...</source>
        <translation>E&amp;xportar transacciones...</translation>
    </message>
    <message>
        <source>Export transactions</source>
        <translation>Exportar transacciones</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Add transaction</source>
        <translation>&amp;Añadir transacción</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Copy as TSV</source>
        <translation>C&amp;opiar como TSV</translation>
    </message>
    <message>
        <source>&amp;Filter transactions</source>
        <translation>&amp;Filtrar transacciones</translation>
    </message>
    <message>
        <source>Loading portfolios</source>
        <translation>Cargando carteras</translation>
    </message>
    <message>
        <source>Loading portfolio %1</source>
        <translation>Cargando la cartera %1</translation>
    </message>
    <message>
        <source>Not valued: %1</source>
        <translation>No valorada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Value %1 %2 (cash %3) on %4 · %n transaction(s)</source>
        <translation>
            <numerusform>Valor %1 %2 (efectivo %3) el %4 · %n transacción</numerusform>
            <numerusform>Valor %1 %2 (efectivo %3) el %4 · %n transacciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Valuing %1</source>
        <translation>Valorando %1</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n transaction(s)</source>
        <translation>
            <numerusform>Duplicar %n transacción</numerusform>
            <numerusform>Duplicar %n transacciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n transaction(s); Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%n transacción eliminada; Ctrl+Z la recupera.</numerusform>
            <numerusform>%n transacciones eliminadas; Ctrl+Z las recupera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n line(s) as tab-separated text.</source>
        <translation>
            <numerusform>%n línea copiada como texto separado por tabulaciones.</numerusform>
            <numerusform>%n líneas copiadas como texto separado por tabulaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importando %1</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n transaction(s) from %1.</source>
        <translation>
            <numerusform>%n transacción importada de %1.</numerusform>
            <numerusform>%n transacciones importadas de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Exportando %1</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>No exportado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n transaction(s) to %1.</source>
        <translation>
            <numerusform>%n transacción exportada a %1.</numerusform>
            <numerusform>%n transacciones exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Portfolio actions</source>
        <translation>Acciones de la cartera</translation>
    </message>
    <message>
        <source>&amp;New portfolio...</source>
        <translation>&amp;Nueva cartera...</translation>
    </message>
    <message>
        <source>New portfolio</source>
        <translation>Nueva cartera</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Base currency (three letters):</source>
        <translation>Divisa base (tres letras):</translation>
    </message>
    <message>
        <source>&amp;Rename portfolio...</source>
        <translation>&amp;Renombrar cartera...</translation>
    </message>
    <message>
        <source>Rename portfolio</source>
        <translation>Renombrar cartera</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>&amp;Delete portfolio...</source>
        <translation>&amp;Eliminar cartera...</translation>
    </message>
    <message>
        <source>Delete portfolio</source>
        <translation>Eliminar cartera</translation>
    </message>
    <message numerus="yes">
        <source>Delete the portfolio &apos;%1&apos; and its %n transaction(s)? Instruments and prices stay. This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar la cartera «%1» y su %n transacción? Los instrumentos y los precios se conservan. No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar la cartera «%1» y sus %n transacciones? Los instrumentos y los precios se conservan. No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the type of the new line; then fill in the fields it takes</source>
        <translation>Elija el tipo de la nueva línea y después rellene los campos que requiere</translation>
    </message>
    <message>
        <source>No portfolio yet: create one with Portfolio &gt; New portfolio, or load the sample data.</source>
        <translation>Aún no hay ninguna cartera: cree una con Cartera &gt; Nueva cartera o cargue los datos de ejemplo.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>No modificada: %1</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>símbolo</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>price</source>
        <translation>precio</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>New %1: fill in %2; it is stored once complete.</source>
        <translation>Nueva línea (%1): rellene %2; se guarda cuando esté completa.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>New line not stored: %1</source>
        <translation>Nueva línea no guardada: %1</translation>
    </message>
    <message>
        <source>Stored the new %1.</source>
        <translation>Nueva línea (%1) guardada.</translation>
    </message>
    <message>
        <source>Portfolio not created: %1</source>
        <translation>Cartera no creada: %1</translation>
    </message>
    <message>
        <source>Created the portfolio &apos;%1&apos;.</source>
        <translation>Cartera «%1» creada.</translation>
    </message>
    <message>
        <source>Portfolio not renamed: %1</source>
        <translation>Cartera no renombrada: %1</translation>
    </message>
    <message>
        <source>Renamed the portfolio to &apos;%1&apos;.</source>
        <translation>Cartera renombrada a «%1».</translation>
    </message>
    <message>
        <source>Portfolio not deleted: %1</source>
        <translation>Cartera no eliminada: %1</translation>
    </message>
    <message>
        <source>Deleted the portfolio &apos;%1&apos;.</source>
        <translation>Cartera «%1» eliminada.</translation>
    </message>
    <message>
        <source>New %1 on %2: fill in %3; it is stored once complete (Delete discards it).</source>
        <translation>Nueva línea (%1) el %2: rellene %3; se guarda cuando esté completa (Eliminar la descarta).</translation>
    </message>
    <message>
        <source>Not duplicated: %1</source>
        <translation>No duplicada: %1</translation>
    </message>
    <message>
        <source>New line discarded.</source>
        <translation>Nueva línea descartada.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>No eliminada: %1</translation>
    </message>
    <message>
        <source>%1 at %2 of %3 (%4)</source>
        <translation>%1 a %2 del %3 (%4)</translation>
    </message>
    <message>
        <source> · FX: %1</source>
        <translation> · Tipos de cambio: %1</translation>
    </message>
    <message>
        <source>ledger and holdings</source>
        <translation>registro y posiciones</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>leyendo</translation>
    </message>
</context>
<context>
    <name>sn::ui::PriceChartView</name>
    <message>
        <source>Price chart</source>
        <translation>Gráfico de precios</translation>
    </message>
    <message>
        <source>Crosshair readout</source>
        <translation>Lectura del cursor en cruz</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Price pane</source>
        <translation>Panel de precios</translation>
    </message>
    <message>
        <source>Volume pane</source>
        <translation>Panel de volumen</translation>
    </message>
    <message>
        <source>Chart of %1 not loaded: no database</source>
        <translation>Gráfico de %1 no cargado: no hay base de datos</translation>
    </message>
    <message>
        <source>Loading chart of %1</source>
        <translation>Cargando el gráfico de %1</translation>
    </message>
    <message>
        <source>Chart of %1 not loaded: %2</source>
        <translation>Gráfico de %1 no cargado: %2</translation>
    </message>
    <message>
        <source>%1 pane</source>
        <translation>Panel %1</translation>
    </message>
    <message>
        <source>Loading %1 to compare</source>
        <translation>Cargando %1 para comparar</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Gráfico de %1</translation>
    </message>
    <message>
        <source>Exported by SuperNova</source>
        <translation>Exportado por SuperNova</translation>
    </message>
    <message>
        <source>No price bars to show</source>
        <translation>No hay barras de precios que mostrar</translation>
    </message>
</context>
<context>
    <name>sn::ui::ReportActions</name>
    <message>
        <source>Export &amp;report...</source>
        <translation>E&amp;xportar informe...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>Im&amp;primir...</translation>
    </message>
    <message>
        <source>A report is being built.</source>
        <translation>Se está generando un informe.</translation>
    </message>
    <message>
        <source>Export a report of what this area shows (PDF, HTML, Markdown, Excel, CSV, JSON)</source>
        <translation>Exportar un informe de lo que muestra esta área (PDF, HTML, Markdown, Excel, CSV, JSON)</translation>
    </message>
    <message>
        <source>Print a report of what this area shows</source>
        <translation>Imprimir un informe de lo que muestra esta área</translation>
    </message>
    <message>
        <source>The logo set in Preferences (%1) is not a readable PNG or JPEG file; the report has none.</source>
        <translation>El logotipo definido en Preferencias (%1) no es un archivo PNG o JPEG legible; el informe no tiene logotipo.</translation>
    </message>
    <message>
        <source>Building report</source>
        <translation>Generando el informe</translation>
    </message>
    <message>
        <source>No report: %1</source>
        <translation>Sin informe: %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>No impreso: %1</translation>
    </message>
</context>
<context>
    <name>sn::ui::ReportExportDialog</name>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>HTML page (self-contained)</source>
        <translation>Página HTML (independiente)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Libro de Excel (XLSX)</translation>
    </message>
    <message>
        <source>CSV files, one per table (folder)</source>
        <translation>Archivos CSV, uno por tabla (carpeta)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Data to %1 · fingerprint %2</source>
        <translation>Datos hasta %1 · huella digital %2</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Tamaño de página:</translation>
    </message>
    <message>
        <source>Follow the reader&apos;s system</source>
        <translation>Según el sistema del lector</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>HTML &amp;colours:</source>
        <translation>&amp;Colores HTML:</translation>
    </message>
    <message>
        <source>optional, in every page&apos;s header</source>
        <translation>opcional, en el encabezado de cada página</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>optional PNG or JPEG</source>
        <translation>PNG o JPEG opcional</translation>
    </message>
    <message>
        <source>from Preferences</source>
        <translation>de Preferencias</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logotipo:</translation>
    </message>
    <message>
        <source>Pre&amp;view...</source>
        <translation>&amp;Vista previa...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>Im&amp;primir...</translation>
    </message>
    <message>
        <source>&amp;Save as...</source>
        <translation>&amp;Guardar como...</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Carpeta para los archivos CSV</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>Escribiendo %1...</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; no se escribió nada.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vista previa: %1</translation>
    </message>
</context>
<context>
    <name>sn::ui::ReportSettingsPage</name>
    <message>
        <source>the logo &apos;%1&apos; cannot be read: %2</source>
        <translation>no se puede leer el logotipo «%1»: %2</translation>
    </message>
    <message>
        <source>the logo &apos;%1&apos; is not a PNG or JPEG file</source>
        <translation>el logotipo «%1» no es un archivo PNG o JPEG</translation>
    </message>
    <message>
        <source>optional, e.g. Acme Research</source>
        <translation>opcional, p. ej. Acme Research</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>optional PNG or JPEG file</source>
        <translation>archivo PNG o JPEG opcional</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Archivo del logotipo</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>E&amp;xaminar...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>&amp;Nombre de la empresa:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logotipo:</translation>
    </message>
    <message>
        <source>Shown in the header of every PDF and HTML report, from the desktop and from supernova-cli report.</source>
        <translation>Se muestra en el encabezado de cada informe PDF y HTML, tanto desde la aplicación de escritorio como desde supernova-cli report.</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>Leyendo ajustes</translation>
    </message>
    <message>
        <source>Could not read the report settings: %1</source>
        <translation>No se pudo leer la configuración de informes: %1</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>No guardado: %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Logo for reports</source>
        <translation>Logotipo para los informes</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>sn::ui::ResultsPanel</name>
    <message>
        <source>Total return</source>
        <translation>Rentabilidad total</translation>
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
        <translation>Reducción máx.</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Tasa de acierto</translation>
    </message>
    <message>
        <source>Profit factor</source>
        <translation>Factor de beneficio</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Equity against buy and hold</source>
        <translation>Curva de capital frente a comprar y mantener</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Capital</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Buy &amp; hold</source>
        <translation>Comprar y mantener</translation>
    </message>
    <message>
        <source>Drawdown</source>
        <translation>Reducción (drawdown)</translation>
    </message>
    <message>
        <source>Drawdown (%)</source>
        <translation>Reducción (%)</translation>
    </message>
    <message>
        <source>Monthly returns</source>
        <translation>Rentabilidades mensuales</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Month (return in %)</source>
        <translation>Mes (rentabilidad en %)</translation>
    </message>
    <message>
        <source>Compounded return of each calendar month, from the last close of the previous month</source>
        <translation>Rentabilidad compuesta de cada mes natural, desde el último cierre del mes anterior</translation>
    </message>
    <message>
        <source>No run yet: fill in the form and press Run (Ctrl+R).</source>
        <translation>Aún no hay ejecución: rellene el formulario y pulse Ejecutar (Ctrl+R).</translation>
    </message>
    <message>
        <source>  (fills at the deciding bar&apos;s close: optimistic)</source>
        <translation>  (ejecución al cierre de la barra que decide: optimista)</translation>
    </message>
    <message>
        <source>Convention: %1</source>
        <translation>Convención: %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Monthly returns appear here after a run (Ctrl+R).</source>
        <translation>Las rentabilidades mensuales aparecen aquí tras una ejecución (Ctrl+R).</translation>
    </message>
</context>
<context>
    <name>sn::ui::RiskView</name>
    <message>
        <source>Rebalancing proposal</source>
        <translation>Propuesta de reequilibrio</translation>
    </message>
    <message>
        <source>No beta: %1</source>
        <translation>Sin beta: %1</translation>
    </message>
    <message>
        <source>No benchmark comparison: %1</source>
        <translation>Sin comparación con el índice de referencia: %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3 rows, %4 to %5)</source>
        <translation>%1 (%2, %3 filas, del %4 al %5)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>historical</source>
        <translation>histórico</translation>
    </message>
    <message>
        <source>parametric normal</source>
        <translation>paramétrico normal</translation>
    </message>
    <message>
        <source>Cornish-Fisher</source>
        <translation>Cornish-Fisher</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>Montecarlo</translation>
    </message>
    <message>
        <source>Convention: %1 (%2 periods/year, %3, risk-free %4 a year)</source>
        <translation>Convención: %1 (%2 periodos/año, %3, libre de riesgo %4 anual)</translation>
    </message>
    <message>
        <source>sample deviation</source>
        <translation>desviación muestral</translation>
    </message>
    <message>
        <source>population deviation</source>
        <translation>desviación poblacional</translation>
    </message>
    <message>
        <source>Active convention</source>
        <translation>Convención activa</translation>
    </message>
    <message>
        <source>Risk status</source>
        <translation>Estado del riesgo</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Convención</translation>
    </message>
    <message>
        <source>How the statistics are defined (annualisation, deviation, risk-free handling)</source>
        <translation>Cómo se definen las estadísticas (anualización, desviación, tratamiento del tipo libre de riesgo)</translation>
    </message>
    <message>
        <source>&amp;Portfolio:</source>
        <translation>&amp;Cartera:</translation>
    </message>
    <message>
        <source>Con&amp;vention:</source>
        <translation>Con&amp;vención:</translation>
    </message>
    <message>
        <source>Risk panels</source>
        <translation>Paneles de riesgo</translation>
    </message>
    <message>
        <source>&amp;Correlation</source>
        <translation>Corre&amp;lación</translation>
    </message>
    <message>
        <source>&amp;Monte Carlo</source>
        <translation>&amp;Montecarlo</translation>
    </message>
    <message>
        <source>&amp;Stress tests</source>
        <translation>Pruebas de e&amp;strés</translation>
    </message>
    <message>
        <source>&amp;Efficient frontier</source>
        <translation>&amp;Frontera eficiente</translation>
    </message>
    <message>
        <source>&amp;Rebalancing</source>
        <translation>&amp;Reequilibrio</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Risk metrics</source>
        <translation>Métricas de riesgo</translation>
    </message>
    <message>
        <source>How computed</source>
        <translation>Cálculo</translation>
    </message>
    <message>
        <source>VaR method</source>
        <translation>Método del VaR</translation>
    </message>
    <message>
        <source>Historical</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Parametric (normal)</source>
        <translation>Paramétrico (normal)</translation>
    </message>
    <message>
        <source>Parametric (Cornish-Fisher)</source>
        <translation>Paramétrico (Cornish-Fisher)</translation>
    </message>
    <message>
        <source>VaR confidence</source>
        <translation>Nivel de confianza del VaR</translation>
    </message>
    <message>
        <source>VaR horizon</source>
        <translation>Horizonte del VaR</translation>
    </message>
    <message>
        <source> trading day(s)</source>
        <translation> día(s) de negociación</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Valor en riesgo</translation>
    </message>
    <message>
        <source>Me&amp;thod:</source>
        <translation>Mé&amp;todo:</translation>
    </message>
    <message>
        <source>Con&amp;fidence:</source>
        <translation>Con&amp;fianza:</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>&amp;Horizonte:</translation>
    </message>
    <message>
        <source>&lt;b&gt;How computed&lt;/b&gt; (the selected metric)</source>
        <translation>&lt;b&gt;Cálculo&lt;/b&gt; (de la métrica seleccionada)</translation>
    </message>
    <message>
        <source>Correlation notes</source>
        <translation>Notas de correlación</translation>
    </message>
    <message>
        <source>Monte Carlo fan chart</source>
        <translation>Gráfico de abanico de Montecarlo</translation>
    </message>
    <message>
        <source>Monte Carlo notes</source>
        <translation>Notas de Montecarlo</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <source>P&amp;L</source>
        <translation>G/P</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <source>Stress tests</source>
        <translation>Pruebas de estrés</translation>
    </message>
    <message>
        <source>Stress test notes</source>
        <translation>Notas de las pruebas de estrés</translation>
    </message>
    <message>
        <source>Efficient frontier</source>
        <translation>Frontera eficiente</translation>
    </message>
    <message>
        <source>Frontier points</source>
        <translation>Puntos de la frontera</translation>
    </message>
    <message>
        <source>Frontier portfolio</source>
        <translation>Cartera de la frontera</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Current weight (invested)</source>
        <translation>Peso actual (invertido)</translation>
    </message>
    <message>
        <source>Selected weight</source>
        <translation>Peso seleccionado</translation>
    </message>
    <message>
        <source>Weights of the selected portfolio</source>
        <translation>Pesos de la cartera seleccionada</translation>
    </message>
    <message>
        <source>Frontier notes</source>
        <translation>Notas de la frontera</translation>
    </message>
    <message>
        <source>Poi&amp;nts:</source>
        <translation>Pu&amp;ntos:</translation>
    </message>
    <message>
        <source>Sho&amp;w weights of:</source>
        <translation>Mostrar pe&amp;sos de:</translation>
    </message>
    <message>
        <source>Current weight (of total)</source>
        <translation>Peso actual (del total)</translation>
    </message>
    <message>
        <source>Target weight (%)</source>
        <translation>Peso objetivo (%)</translation>
    </message>
    <message>
        <source>Target weights</source>
        <translation>Pesos objetivo</translation>
    </message>
    <message>
        <source>Sum of the target weights</source>
        <translation>Suma de los pesos objetivo</translation>
    </message>
    <message>
        <source>From the &amp;selected frontier portfolio</source>
        <translation>De la cartera &amp;seleccionada de la frontera</translation>
    </message>
    <message>
        <source>Targets from the selected frontier portfolio</source>
        <translation>Objetivos de la cartera seleccionada de la frontera</translation>
    </message>
    <message>
        <source>E&amp;qual weight</source>
        <translation>Pesos &amp;iguales</translation>
    </message>
    <message>
        <source>Equal-weight targets</source>
        <translation>Objetivos con pesos iguales</translation>
    </message>
    <message>
        <source>W&amp;hole shares</source>
        <translation>Solo acciones &amp;enteras</translation>
    </message>
    <message>
        <source>Trade whole shares only</source>
        <translation>Operar solo acciones enteras</translation>
    </message>
    <message>
        <source>&amp;Propose trades</source>
        <translation>&amp;Proponer operaciones</translation>
    </message>
    <message>
        <source>Propose trades</source>
        <translation>Proponer operaciones</translation>
    </message>
    <message>
        <source>&amp;Apply as transactions</source>
        <translation>&amp;Aplicar como transacciones</translation>
    </message>
    <message>
        <source>Apply the proposed trades as transactions</source>
        <translation>Aplicar las operaciones propuestas como transacciones</translation>
    </message>
    <message>
        <source>Stores the trades as buy and sell lines on the valuation day; Edit &gt; Undo removes them</source>
        <translation>Guarda las operaciones como líneas de compra y venta en el día de valoración; Editar &gt; Deshacer las elimina</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>Proposed trades</source>
        <translation>Operaciones propuestas</translation>
    </message>
    <message>
        <source>Rebalancing notes</source>
        <translation>Notas del reequilibrio</translation>
    </message>
    <message>
        <source>&lt;b&gt;Targets&lt;/b&gt; (edit the weights, then propose)</source>
        <translation>&lt;b&gt;Objetivos&lt;/b&gt; (edite los pesos y luego proponga)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proposed trades&lt;/b&gt;</source>
        <translation>&lt;b&gt;Operaciones propuestas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Some panels could not be computed; see their notes.</source>
        <translation>Algunos paneles no se pudieron calcular; consulte sus notas.</translation>
    </message>
    <message>
        <source>Reading portfolios and analytics settings</source>
        <translation>Leyendo carteras y ajustes de análisis</translation>
    </message>
    <message>
        <source>Risk view not loaded: %1</source>
        <translation>Vista de riesgo no cargada: %1</translation>
    </message>
    <message>
        <source>No portfolio yet: create one or import transactions in the Portfolio area.</source>
        <translation>Aún no hay cartera: cree una o importe transacciones en el área Cartera.</translation>
    </message>
    <message>
        <source>Computing the risk of &apos;%1&apos;…</source>
        <translation>Calculando el riesgo de «%1»…</translation>
    </message>
    <message>
        <source>Risk of %1</source>
        <translation>Riesgo de %1</translation>
    </message>
    <message>
        <source>Risk not computed: %1</source>
        <translation>Riesgo no calculado: %1</translation>
    </message>
    <message>
        <source>Performance of %1</source>
        <translation>Rendimiento de %1</translation>
    </message>
    <message>
        <source>Performance not computed: %1</source>
        <translation>Rendimiento no calculado: %1</translation>
    </message>
    <message>
        <source>Monte Carlo projection of %1</source>
        <translation>Proyección de Montecarlo de %1</translation>
    </message>
    <message>
        <source>Projection not computed: %1</source>
        <translation>Proyección no calculada: %1</translation>
    </message>
    <message>
        <source>Stress tests of %1</source>
        <translation>Pruebas de estrés de %1</translation>
    </message>
    <message>
        <source>Stress tests not computed: %1</source>
        <translation>Pruebas de estrés no calculadas: %1</translation>
    </message>
    <message>
        <source>Efficient frontier of %1</source>
        <translation>Frontera eficiente de %1</translation>
    </message>
    <message>
        <source>Frontier not computed: %1</source>
        <translation>Frontera no calculada: %1</translation>
    </message>
    <message>
        <source>No optimal portfolio to start from; use equal weights or type targets.</source>
        <translation>No hay cartera óptima de partida; use pesos iguales o escriba los objetivos.</translation>
    </message>
    <message>
        <source>Rebalancing proposal for %1</source>
        <translation>Propuesta de reequilibrio para %1</translation>
    </message>
    <message>
        <source>No proposal: %1</source>
        <translation>Sin propuesta: %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Annual return</source>
        <translation>Rentabilidad anual</translation>
    </message>
    <message>
        <source>Volatility (annual)</source>
        <translation>Volatilidad (anual)</translation>
    </message>
    <message>
        <source>Sharpe ratio</source>
        <translation>Ratio de Sharpe</translation>
    </message>
    <message>
        <source>Sortino ratio</source>
        <translation>Ratio de Sortino</translation>
    </message>
    <message>
        <source>Calmar ratio</source>
        <translation>Ratio de Calmar</translation>
    </message>
    <message>
        <source>peak %1, trough %2, %3</source>
        <translation>máximo %1, mínimo %2, %3</translation>
    </message>
    <message>
        <source>recovered %1</source>
        <translation>recuperado %1</translation>
    </message>
    <message>
        <source>not recovered</source>
        <translation>no recuperado</translation>
    </message>
    <message>
        <source>Maximum drawdown</source>
        <translation>Reducción máxima (drawdown)</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <source>Beta vs %1</source>
        <translation>Beta frente a %1</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Alfa</translation>
    </message>
    <message>
        <source>Alpha vs %1</source>
        <translation>Alfa frente a %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, %n day(s), %3</source>
        <translation>
            <numerusform>%1 %2, %n día, %3</numerusform>
            <numerusform>%1 %2, %n días, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>VaR</source>
        <translation>VaR</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 de %3</translation>
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
        <translation>Rentabilidad ponderada por tiempo (TTWROR)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>TTWROR annualised</source>
        <translation>TTWROR anualizada</translation>
    </message>
    <message>
        <source>Money-weighted return (IRR)</source>
        <translation>Rentabilidad ponderada por dinero (IRR)</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <source>No explanation in the report.</source>
        <translation>Sin explicación en el informe.</translation>
    </message>
    <message>
        <source>Convention:</source>
        <translation>Convención:</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Datos:</translation>
    </message>
    <message>
        <source>No correlation: %1</source>
        <translation>Sin correlación: %1</translation>
    </message>
    <message>
        <source>%1th percentile</source>
        <translation>Percentil %1</translation>
    </message>
    <message>
        <source>5th to 95th percentile</source>
        <translation>Percentil 5 a 95</translation>
    </message>
    <message>
        <source>25th to 75th percentile</source>
        <translation>Percentil 25 a 75</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Trading days ahead</source>
        <translation>Días de negociación por delante</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>Valor (%1)</translation>
    </message>
    <message>
        <source>%1 paths, %2 from %3 %4</source>
        <translation>%1 trayectorias, %2 desde %3 %4</translation>
    </message>
    <message>
        <source>bootstrap</source>
        <translation>bootstrap</translation>
    </message>
    <message>
        <source>GBM</source>
        <translation>GBM</translation>
    </message>
    <message numerus="yes">
        <source>After %n trading day(s): median %1, 5th percentile %2, 95th percentile %3. </source>
        <translation>
            <numerusform>Tras %n día de negociación: mediana %1, percentil 5 %2, percentil 95 %3. </numerusform>
            <numerusform>Tras %n días de negociación: mediana %1, percentil 5 %2, percentil 95 %3. </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>No proxy series.</source>
        <translation>Sin serie sustitutiva.</translation>
    </message>
    <message>
        <source>Proxy: %1.</source>
        <translation>Serie sustitutiva: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Efficient frontier (%n point(s))</source>
        <translation>
            <numerusform>Frontera eficiente (%n punto)</numerusform>
            <numerusform>Frontera eficiente (%n puntos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Minimum variance</source>
        <translation>Varianza mínima</translation>
    </message>
    <message>
        <source>Maximum Sharpe</source>
        <translation>Sharpe máximo</translation>
    </message>
    <message>
        <source>Current portfolio (realised)</source>
        <translation>Cartera actual (realizada)</translation>
    </message>
    <message>
        <source>Volatility (annual, %)</source>
        <translation>Volatilidad (anual, %)</translation>
    </message>
    <message>
        <source>Expected return (annual, %)</source>
        <translation>Rentabilidad esperada (anual, %)</translation>
    </message>
    <message>
        <source>%1 daily returns, %2 to %3</source>
        <translation>%1 rentabilidades diarias, del %2 al %3</translation>
    </message>
    <message>
        <source>Frontier point %1: volatility %2 %, return %3 %</source>
        <translation>Punto %1 de la frontera: volatilidad %2 %, rentabilidad %3 %</translation>
    </message>
    <message>
        <source>No maximum-Sharpe portfolio: %1</source>
        <translation>Sin cartera de Sharpe máximo: %1</translation>
    </message>
    <message>
        <source>The current portfolio is shown at its realised annual volatility and return (cash included).</source>
        <translation>La cartera actual se muestra con su volatilidad y rentabilidad anuales realizadas (efectivo incluido).</translation>
    </message>
    <message>
        <source>Targets sum to %1 % of the total value (holdings + cash); they must sum to 100 %.</source>
        <translation>Los objetivos suman el %1 % del valor total (posiciones + efectivo); deben sumar el 100 %.</translation>
    </message>
    <message>
        <source>Per cent of the total value (holdings + cash)</source>
        <translation>Porcentaje del valor total (posiciones + efectivo)</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>On %1: total %2 %3, cash after %4 %3, fees %5 %3. %6</source>
        <translation>El %1: total %2 %3, efectivo después %4 %3, comisiones %5 %3. %6</translation>
    </message>
    <message numerus="yes">
        <source>Apply rebalancing (%n trade(s))</source>
        <translation>
            <numerusform>Aplicar reequilibrio (%n operación)</numerusform>
            <numerusform>Aplicar reequilibrio (%n operaciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>No aplicado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 to %4, %Ln observation(s)</source>
        <translation>
            <numerusform>%1 (%2): %3 a %4, %Ln observación</numerusform>
            <numerusform>%1 (%2): %3 a %4, %Ln observaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>No risk figures yet: pick a portfolio and wait for them.</source>
        <translation>Aún no hay cifras de riesgo: elija una cartera y espere a que se calculen.</translation>
    </message>
    <message>
        <source>No risk report: %1</source>
        <translation>Sin informe de riesgo: %1</translation>
    </message>
    <message>
        <source>Projection horizon</source>
        <translation>Horizonte de proyección</translation>
    </message>
    <message>
        <source> trading days</source>
        <translation> días de negociación</translation>
    </message>
    <message>
        <source>How far ahead the paths run: 252 trading days are about a year</source>
        <translation>Hasta dónde llegan las trayectorias: 252 días de negociación son aproximadamente un año</translation>
    </message>
    <message>
        <source>Simulated paths</source>
        <translation>Trayectorias simuladas</translation>
    </message>
    <message>
        <source>More paths give steadier percentiles and take longer</source>
        <translation>Más trayectorias dan percentiles más estables y tardan más</translation>
    </message>
    <message>
        <source>Hori&amp;zon:</source>
        <translation>Hori&amp;zonte:</translation>
    </message>
    <message>
        <source>Pa&amp;ths:</source>
        <translation>&amp;Trayectorias:</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Nombre del escenario</translation>
    </message>
    <message>
        <source>Scenario name, e.g. Tech sell-off</source>
        <translation>Nombre del escenario, p. ej. Caída tecnológica</translation>
    </message>
    <message>
        <source>Shock applies to</source>
        <translation>El shock se aplica a</translation>
    </message>
    <message>
        <source>Every position (market-wide)</source>
        <translation>Todas las posiciones (todo el mercado)</translation>
    </message>
    <message>
        <source>One asset class</source>
        <translation>Una clase de activo</translation>
    </message>
    <message>
        <source>One instrument</source>
        <translation>Un instrumento</translation>
    </message>
    <message>
        <source>Asset class or symbol</source>
        <translation>Clase de activo o símbolo</translation>
    </message>
    <message>
        <source>equity, bond, ... or a symbol</source>
        <translation>equity, bond, ... o un símbolo</translation>
    </message>
    <message>
        <source>Price change</source>
        <translation>Variación del precio</translation>
    </message>
    <message>
        <source>&amp;Add scenario</source>
        <translation>&amp;Añadir escenario</translation>
    </message>
    <message>
        <source>Remove selected scenario</source>
        <translation>Quitar el escenario seleccionado</translation>
    </message>
    <message>
        <source>Removes your own scenario selected in the table; the built-in ones stay</source>
        <translation>Quita su propio escenario seleccionado en la tabla; los integrados se mantienen</translation>
    </message>
    <message>
        <source>Scenario not added: %1</source>
        <translation>Escenario no añadido: %1</translation>
    </message>
    <message>
        <source>Select one of your own scenarios (below the built-in ones) to remove it.</source>
        <translation>Seleccione uno de sus propios escenarios (debajo de los integrados) para quitarlo.</translation>
    </message>
    <message>
        <source>Scenarios not saved: %1</source>
        <translation>Escenarios no guardados: %1</translation>
    </message>
    <message>
        <source>own history</source>
        <translation>historial propio</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>serie sustitutiva</translation>
    </message>
    <message>
        <source>market-wide shock</source>
        <translation>shock en todo el mercado</translation>
    </message>
    <message>
        <source>shock to %1</source>
        <translation>shock sobre %1</translation>
    </message>
    <message>
        <source>a stress scenario needs a name</source>
        <translation>un escenario de estrés necesita un nombre</translation>
    </message>
    <message>
        <source>custom stress</source>
        <translation>escenario de estrés propio</translation>
    </message>
    <message>
        <source>name the asset class or the instrument the shock moves</source>
        <translation>indique la clase de activo o el instrumento que mueve el shock</translation>
    </message>
    <message>
        <source>custom stress &apos;%1&apos;</source>
        <translation>escenario de estrés propio &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the change must be above -100 % and at most +1000 %</source>
        <translation>la variación debe ser superior al -100 % y como máximo del +1000 %</translation>
    </message>
    <message>
        <source>not a JSON array of scenarios</source>
        <translation>no es una matriz JSON de escenarios</translation>
    </message>
    <message>
        <source>unknown scope &apos;%1&apos;</source>
        <translation>ámbito desconocido &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>sn::ui::RuleEditor</name>
    <message>
        <source>Run this rule instead of the form&apos;s strategy</source>
        <translation>Ejecutar esta regla en lugar de la estrategia del formulario</translation>
    </message>
    <message>
        <source>New rule from built-in</source>
        <translation>Nueva regla a partir de una estrategia integrada</translation>
    </message>
    <message>
        <source>New rule from built-in...</source>
        <translation>Nueva regla a partir de una estrategia integrada...</translation>
    </message>
    <message>
        <source>Rule text</source>
        <translation>Texto de la regla</translation>
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
        <translation>Problemas de la regla</translation>
    </message>
    <message>
        <source>Rule summary</source>
        <translation>Resumen de la regla</translation>
    </message>
    <message>
        <source>Run this rule in the lab</source>
        <translation>Ejecutar esta regla en el laboratorio</translation>
    </message>
    <message>
        <source>Open...</source>
        <translation>Abrir...</translation>
    </message>
    <message>
        <source>Open a rule file</source>
        <translation>Abrir un archivo de regla</translation>
    </message>
    <message>
        <source>Save as...</source>
        <translation>Guardar como...</translation>
    </message>
    <message>
        <source>Save the rule to a file</source>
        <translation>Guardar la regla en un archivo</translation>
    </message>
    <message>
        <source>Rules (*.rule *.txt);;All files (*)</source>
        <translation>Reglas (*.rule *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open rule</source>
        <translation>Abrir regla</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Guardar regla</translation>
    </message>
    <message>
        <source>Parameters (from the &apos;param&apos; lines):</source>
        <translation>Parámetros (de las líneas «param»):</translation>
    </message>
    <message>
        <source>Compiles: %1 parameter(s), %2, %3 plan nodes (%4 indicator arrays shared with sweeps).</source>
        <translation>Compila: %1 parámetro(s), %2, %3 nodos del plan (%4 matrices de indicadores compartidas con los barridos).</translation>
    </message>
    <message>
        <source>long and short</source>
        <translation>posiciones largas y cortas</translation>
    </message>
    <message>
        <source>long only</source>
        <translation>solo posiciones largas</translation>
    </message>
    <message>
        <source>Write a rule or start from a built-in.</source>
        <translation>Escriba una regla o parta de una estrategia integrada.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): hover an underline or pick a line below.</source>
        <translation>
            <numerusform>%n problema: pase el puntero sobre un subrayado o elija una línea abajo.</numerusform>
            <numerusform>%n problemas: pase el puntero sobre un subrayado o elija una línea abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>larger than %1 bytes: not a rule</source>
        <translation>más de %1 bytes: no es una regla</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
</context>
<context>
    <name>sn::ui::RuleHighlighter</name>
    <message>
        <source>%1
hint: %2</source>
        <translation>%1
sugerencia: %2</translation>
    </message>
</context>
<context>
    <name>sn::ui::RuleLibraryPanel</name>
    <message>
        <source>&amp;Open in editor</source>
        <translation>&amp;Abrir en el editor</translation>
    </message>
    <message>
        <source>Save as &amp;new version</source>
        <translation>Guardar como &amp;nueva versión</translation>
    </message>
    <message>
        <source>Stored rules</source>
        <translation>Reglas guardadas</translation>
    </message>
    <message>
        <source>Versions of the selected rule</source>
        <translation>Versiones de la regla seleccionada</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Nombre de la regla</translation>
    </message>
    <message>
        <source>letters, digits, _ - .</source>
        <translation>letras, dígitos, _ - .</translation>
    </message>
    <message>
        <source>Why this version</source>
        <translation>Motivo de esta versión</translation>
    </message>
    <message>
        <source>optional note</source>
        <translation>nota opcional</translation>
    </message>
    <message>
        <source>Rule library status</source>
        <translation>Estado de la biblioteca de reglas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
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
        <translation>Se abrió la versión %2 de %1</translation>
    </message>
    <message>
        <source>Saved %1 as version %2</source>
        <translation>Se guardó %1 como versión %2</translation>
    </message>
    <message>
        <source>%1 is unchanged: the text equals version %2</source>
        <translation>%1 no ha cambiado: el texto es igual a la versión %2</translation>
    </message>
</context>
<context>
    <name>sn::ui::RunHistoryPanel</name>
    <message>
        <source>Saved runs</source>
        <translation>Ejecuciones guardadas</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nombrar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Compare two</source>
        <translation>&amp;Comparar dos</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <translation>Comparación de ejecuciones</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Reopen run</source>
        <translation>Reabrir ejecución</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>Renombrar ejecución</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Eliminar ejecución</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Comparar ejecuciones</translation>
    </message>
    <message>
        <source>Select two runs (Ctrl+click) to compare their KPIs and equity</source>
        <translation>Seleccione dos ejecuciones (Ctrl+clic) para comparar sus KPI y su capital</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Estado del historial</translation>
    </message>
    <message>
        <source>Equity of the compared runs</source>
        <translation>Capital de las ejecuciones comparadas</translation>
    </message>
    <message>
        <source>Compared equity</source>
        <translation>Capital comparado</translation>
    </message>
    <message>
        <source>A run needs a name</source>
        <translation>Una ejecución necesita un nombre</translation>
    </message>
    <message>
        <source>Delete saved runs</source>
        <translation>Eliminar ejecuciones guardadas</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n saved run(s)? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %n ejecución guardada? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar %n ejecuciones guardadas? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click or F2 to rename</source>
        <translation>Doble clic o F2 para renombrar</translation>
    </message>
    <message numerus="yes">
        <source>%n saved run(s)</source>
        <translation>
            <numerusform>%n ejecución guardada</numerusform>
            <numerusform>%n ejecuciones guardadas</numerusform>
        </translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Total return</source>
        <translation>Rentabilidad total</translation>
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
        <translation>Reducción máx.</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Tasa de acierto</translation>
    </message>
    <message>
        <source>Profit factor</source>
        <translation>Factor de beneficio</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>◆ Shared (%1)</source>
        <translation>◆ Compartida (%1)</translation>
    </message>
    <message>
        <source>Shared with team workspace &apos;%1&apos;</source>
        <translation>Compartida con el espacio de trabajo del equipo «%1»</translation>
    </message>
</context>
<context>
    <name>sn::ui::ScheduledRefresh</name>
    <message>
        <source>nothing to refresh: no watchlist holds a symbol.</source>
        <translation>nada que actualizar: ninguna lista de seguimiento contiene un símbolo.</translation>
    </message>
    <message numerus="yes">
        <source>%n watchlist symbol(s): </source>
        <translation>
            <numerusform>%n símbolo de las listas de seguimiento: </numerusform>
            <numerusform>%n símbolos de las listas de seguimiento: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 updated, %2 already current, %3 offline, %4 failed.</source>
        <translation>%1 actualizados, %2 ya al día, %3 sin conexión, %4 con error.</translation>
    </message>
    <message>
        <source>Scheduled refresh is off: %1</source>
        <translation>La actualización programada está desactivada: %1</translation>
    </message>
    <message>
        <source>Market data last refreshed %1: %2</source>
        <translation>Datos de mercado actualizados por última vez %1: %2</translation>
    </message>
    <message>
        <source>skipped: the connection is metered (%1 backend); allow it in Preferences &gt; Data providers.</source>
        <translation>omitida: la conexión es de uso medido (backend %1); permítalo en Preferencias &gt; Proveedores de datos.</translation>
    </message>
    <message>
        <source>Market data refresh %1</source>
        <translation>Actualización de datos de mercado %1</translation>
    </message>
    <message>
        <source> (metered or not: cannot tell)</source>
        <translation> (de uso medido o no: no se puede saber)</translation>
    </message>
    <message>
        <source> (the system reports no network)</source>
        <translation> (el sistema no indica ninguna red)</translation>
    </message>
    <message>
        <source>Refreshing watchlist symbols...</source>
        <translation>Actualizando los símbolos de las listas de seguimiento...</translation>
    </message>
    <message>
        <source>Refreshing watchlist symbols</source>
        <translation>Actualizando los símbolos de las listas de seguimiento</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <source>Market data refreshed %1: %2</source>
        <translation>Datos de mercado actualizados %1: %2</translation>
    </message>
    <message>
        <source>The refresh result could not be recorded: %1</source>
        <translation>No se pudo registrar el resultado de la actualización: %1</translation>
    </message>
</context>
<context>
    <name>sn::ui::SentimentPane</name>
    <message>
        <source>News sentiment</source>
        <translation>Sentimiento de las noticias</translation>
    </message>
    <message>
        <source>No news loaded.</source>
        <translation>No hay noticias cargadas.</translation>
    </message>
    <message>
        <source>No news about %1 in this period.</source>
        <translation>No hay noticias sobre %1 en este periodo.</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s), mean score %2, %3% positive, %4% negative</source>
        <translation>
            <numerusform>%1: %n noticia, puntuación media %2, %3 % positivas, %4 % negativas</numerusform>
            <numerusform>%1: %n noticias, puntuación media %2, %3 % positivas, %4 % negativas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n noticia</numerusform>
            <numerusform>%n noticias</numerusform>
        </translation>
    </message>
    <message>
        <source>News sentiment per hour (UTC): mean score and items</source>
        <translation>Sentimiento de las noticias por hora (UTC): puntuación media y noticias</translation>
    </message>
    <message>
        <source>News sentiment per day (UTC): mean score and items</source>
        <translation>Sentimiento de las noticias por día (UTC): puntuación media y noticias</translation>
    </message>
</context>
<context>
    <name>sn::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de datos</translation>
    </message>
    <message>
        <source>API &amp;keys</source>
        <translation>&amp;Claves API</translation>
    </message>
    <message>
        <source>A&amp;nalytics</source>
        <translation>A&amp;nálisis</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>A&amp;pariencia</translation>
    </message>
    <message>
        <source>&amp;SQLite file (embedded, no set-up)</source>
        <translation>Archivo &amp;SQLite (integrado, sin configuración)</translation>
    </message>
    <message>
        <source>Postgre&amp;SQL server</source>
        <translation>Servidor Postgre&amp;SQL</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Archivo SQLite</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>E&amp;xaminar...</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>Base de datos SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos SQLite (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>PostgreSQL URL</source>
        <translation>URL de PostgreSQL</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>Contraseña de PostgreSQL</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>guardada en el llavero</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Probar c&amp;onexión</translation>
    </message>
    <message>
        <source>&amp;Use from next start</source>
        <translation>&amp;Usar desde el próximo inicio</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>En uso ahora: %1</translation>
    </message>
    <message>
        <source>A new database is created and migrated on first use; the sample data is loaded only into the default file. The change takes effect when SuperNova starts next.</source>
        <translation>Una base de datos nueva se crea y migra al usarla por primera vez; los datos de ejemplo solo se cargan en el archivo predeterminado. El cambio se aplica la próxima vez que se inicie SuperNova.</translation>
    </message>
    <message>
        <source>Testing...</source>
        <translation>Probando...</translation>
    </message>
    <message>
        <source>Testing database connection</source>
        <translation>Probando la conexión a la base de datos</translation>
    </message>
    <message>
        <source>Connected: schema version %1 (%2).</source>
        <translation>Conectado: versión de esquema %1 (%2).</translation>
    </message>
    <message>
        <source>empty, will be created</source>
        <translation>vacía, se creará</translation>
    </message>
    <message>
        <source>existing SuperNova database</source>
        <translation>base de datos de SuperNova existente</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>No se puede conectar: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Saved: SuperNova uses %1 from its next start.</source>
        <translation>Guardado: SuperNova usará %1 desde el próximo inicio.</translation>
    </message>
    <message>
        <source>Type a new key and press Save; a stored key is never shown</source>
        <translation>Escriba una clave nueva y pulse Guardar; una clave guardada nunca se muestra</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>Estado de %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Reads the key back from the keychain</source>
        <translation>Vuelve a leer la clave del llavero</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keys are kept only in the system keychain (Secret Service), never in files, settings or logs. Without a keychain they cannot be stored.</source>
        <translation>Las claves se guardan solo en el llavero del sistema (Secret Service), nunca en archivos, ajustes ni registros. Sin llavero no se pueden guardar.</translation>
    </message>
    <message>
        <source>Not saved: the key is empty.</source>
        <translation>No guardada: la clave está vacía.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Guardando...</translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation>Guardada en el llavero.</translation>
    </message>
    <message numerus="yes">
        <source>Stored (%n character(s)).</source>
        <translation>
            <numerusform>Guardada (%n carácter).</numerusform>
            <numerusform>Guardada (%n caracteres).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not stored.</source>
        <translation>No guardada.</translation>
    </message>
    <message>
        <source>Keychain unavailable: %1</source>
        <translation>Llavero no disponible: %1</translation>
    </message>
    <message>
        <source>Deleted from the keychain.</source>
        <translation>Eliminada del llavero.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>No eliminada: %1</translation>
    </message>
    <message>
        <source>Default statistics convention</source>
        <translation>Convención estadística predeterminada</translation>
    </message>
    <message>
        <source>Risk-free rate</source>
        <translation>Tipo libre de riesgo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Convention:</source>
        <translation>Con&amp;vención:</translation>
    </message>
    <message>
        <source>&amp;Risk-free rate (annual):</source>
        <translation>Tipo libre de &amp;riesgo (anual):</translation>
    </message>
    <message>
        <source>supernova: 252 days, sample deviation, risk-free rate compounded to a daily rate. vectorbt, backtrader and lean reproduce those tools&apos; own formulas. Stored in the database, so supernova-cli uses the same defaults.</source>
        <translation>supernova: 252 días, desviación muestral, tipo libre de riesgo convertido a un tipo diario compuesto. vectorbt, backtrader y lean reproducen las fórmulas propias de esas herramientas. Se guarda en la base de datos, de modo que supernova-cli usa los mismos valores predeterminados.</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>Leyendo ajustes</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>No translation for %1 is available; English is used.</source>
        <translation>No hay traducción disponible para %1; se usa el inglés.</translation>
    </message>
    <message>
        <source>Ad&amp;visor</source>
        <translation>Ase&amp;sor</translation>
    </message>
    <message>
        <source>Daily cost limit</source>
        <translation>Límite de coste diario</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>Perfil de riesgo</translation>
    </message>
    <message>
        <source>Investment horizon</source>
        <translation>Horizonte de inversión</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>comma-separated, e.g. retirement income, capital growth</source>
        <translation>separados por comas, p. ej. ingresos para la jubilación, crecimiento del capital</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Restricciones</translation>
    </message>
    <message>
        <source>comma-separated, e.g. no single stock above 20 %</source>
        <translation>separadas por comas, p. ej. ninguna acción por encima del 20 %</translation>
    </message>
    <message>
        <source>Model prices</source>
        <translation>Precios de los modelos</translation>
    </message>
    <message>
        <source>Model (name prefix)</source>
        <translation>Modelo (prefijo del nombre)</translation>
    </message>
    <message>
        <source>Input $ / 1M tokens</source>
        <translation>Entrada $ / 1 M tokens</translation>
    </message>
    <message>
        <source>Output $ / 1M tokens</source>
        <translation>Salida $ / 1 M tokens</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Añadir modelo</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Quitar modelo</translation>
    </message>
    <message>
        <source>Advisor settings status</source>
        <translation>Estado de la configuración del asesor</translation>
    </message>
    <message>
        <source>Daily &amp;cost limit (cloud models):</source>
        <translation>Límite de &amp;coste diario (modelos en la nube):</translation>
    </message>
    <message>
        <source>Risk &amp;score (1 cautious - 10 aggressive):</source>
        <translation>Perfil de &amp;riesgo (1 prudente - 10 agresivo):</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>&amp;Horizonte:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objetivos:</translation>
    </message>
    <message>
        <source>C&amp;onstraints:</source>
        <translation>Res&amp;tricciones:</translation>
    </message>
    <message>
        <source>Prices estimate each message&apos;s cost and count against the daily limit; the defaults are list prices at the time of writing, edit them to your contract. Local servers cost nothing and are never blocked.</source>
        <translation>Los precios estiman el coste de cada mensaje y cuentan para el límite diario; los valores predeterminados son precios de lista en el momento de escribir esto, ajústelos a su contrato. Los servidores locales no cuestan nada y nunca se bloquean.</translation>
    </message>
    <message>
        <source>Reading advisor settings</source>
        <translation>Leyendo la configuración del asesor</translation>
    </message>
    <message>
        <source>Stored advisor settings cannot be read: %1</source>
        <translation>No se puede leer la configuración guardada del asesor: %1</translation>
    </message>
    <message>
        <source>Not saved: price table line %1 needs a model name and two prices of 0 or more.</source>
        <translation>No se guardó: la línea %1 de la tabla de precios necesita un nombre de modelo y dos precios de 0 o más.</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>Data p&amp;roviders</source>
        <translation>Pro&amp;veedores de datos</translation>
    </message>
    <message>
        <source>News &amp;feeds</source>
        <translation>C&amp;anales de noticias</translation>
    </message>
</context>
<context>
    <name>sn::ui::Sparkline</name>
    <message>
        <source>Equity curve</source>
        <translation>Curva de capital</translation>
    </message>
</context>
<context>
    <name>sn::ui::StrategyForm</name>
    <message>
        <source>Starting cash</source>
        <translation>Efectivo inicial</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>Commission per share</source>
        <translation>Comisión por acción</translation>
    </message>
    <message>
        <source>Minimum commission</source>
        <translation>Comisión mínima</translation>
    </message>
    <message>
        <source> bps</source>
        <translation> pb</translation>
    </message>
    <message>
        <source>Slippage</source>
        <translation>Deslizamiento</translation>
    </message>
    <message>
        <source>Sizing value</source>
        <translation>Valor de dimensionamiento</translation>
    </message>
    <message>
        <source>Allow &amp;short positions</source>
        <translation>Permitir posiciones &amp;cortas</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Símbolos</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Strategy description</source>
        <translation>Descripción de la estrategia</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>Cash at the start of the run</source>
        <translation>Efectivo al inicio de la ejecución</translation>
    </message>
    <message>
        <source>Commission as a percentage of the traded value, on every fill</source>
        <translation>Comisión como porcentaje del valor negociado, en cada ejecución</translation>
    </message>
    <message>
        <source>Commission per share (unit) traded, added to the percentage</source>
        <translation>Comisión por acción (unidad) negociada, sumada al porcentaje</translation>
    </message>
    <message>
        <source>The least commission charged per fill</source>
        <translation>La comisión mínima cobrada por ejecución</translation>
    </message>
    <message>
        <source>Each fill price moves against the trader by this many basis points of the reference price</source>
        <translation>Cada precio de ejecución se mueve en contra del operador tantos puntos básicos del precio de referencia</translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation>Dimensionamiento</translation>
    </message>
    <message>
        <source>All in (fractional)</source>
        <translation>Todo invertido (fraccionario)</translation>
    </message>
    <message>
        <source>Whole shares</source>
        <translation>Acciones enteras</translation>
    </message>
    <message>
        <source>Fixed units</source>
        <translation>Unidades fijas</translation>
    </message>
    <message>
        <source>Percent of equity</source>
        <translation>Porcentaje del capital</translation>
    </message>
    <message>
        <source>Fill timing</source>
        <translation>Momento de ejecución</translation>
    </message>
    <message>
        <source>Next bar&apos;s open</source>
        <translation>Apertura de la barra siguiente</translation>
    </message>
    <message>
        <source>Same bar&apos;s close (optimistic)</source>
        <translation>Cierre de la misma barra (optimista)</translation>
    </message>
    <message>
        <source>Trades on a price known only once the bar has closed: results are optimistic</source>
        <translation>Opera a un precio que solo se conoce al cerrar la barra: los resultados son optimistas</translation>
    </message>
    <message>
        <source>Allow short positions</source>
        <translation>Permitir posiciones cortas</translation>
    </message>
    <message>
        <source>Form problem</source>
        <translation>Problema en el formulario</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>Sí&amp;mbolo:</translation>
    </message>
    <message>
        <source>S&amp;trategy:</source>
        <translation>Es&amp;trategia:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Cash, costs and fills</source>
        <translation>Efectivo, costes y ejecuciones</translation>
    </message>
    <message>
        <source>&amp;Cash:</source>
        <translation>E&amp;fectivo:</translation>
    </message>
    <message>
        <source>Co&amp;mmission:</source>
        <translation>Comi&amp;sión:</translation>
    </message>
    <message>
        <source>Per share:</source>
        <translation>Por acción:</translation>
    </message>
    <message>
        <source>Minimum:</source>
        <translation>Mínimo:</translation>
    </message>
    <message>
        <source>S&amp;lippage:</source>
        <translation>Des&amp;lizamiento:</translation>
    </message>
    <message>
        <source>Si&amp;zing:</source>
        <translation>Dimensionami&amp;ento:</translation>
    </message>
    <message>
        <source>Units / percent:</source>
        <translation>Unidades / porcentaje:</translation>
    </message>
    <message>
        <source>F&amp;ill at:</source>
        <translation>E&amp;jecutar a:</translation>
    </message>
    <message>
        <source>Parameter %1</source>
        <translation>Parámetro %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3 to %4, default %5)</source>
        <translation>%1 (%2, de %3 a %4, predeterminado %5)</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problema con %1</translation>
    </message>
    <message>
        <source>Choose a strategy</source>
        <translation>Elija una estrategia</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 debe ser un número entero de %2 a %3</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3</source>
        <translation>%1 debe ser un número de %2 a %3</translation>
    </message>
    <message>
        <source>Choose a symbol</source>
        <translation>Elija un símbolo</translation>
    </message>
    <message>
        <source>%1 rotates between assets: choose at least two symbols</source>
        <translation>%1 rota entre activos: elija al menos dos símbolos</translation>
    </message>
    <message>
        <source>%1 takes one symbol, %2 chosen</source>
        <translation>%1 admite un símbolo, %2 elegidos</translation>
    </message>
    <message>
        <source>The start date must be before the end date</source>
        <translation>La fecha inicial debe ser anterior a la final</translation>
    </message>
    <message>
        <source>%1: not a number in range</source>
        <translation>%1: no es un número dentro del rango</translation>
    </message>
    <message>
        <source>Starting cash must be above zero</source>
        <translation>El efectivo inicial debe ser mayor que cero</translation>
    </message>
    <message>
        <source>Sizing: give the number of units or the percentage</source>
        <translation>Dimensionamiento: indique el número de unidades o el porcentaje</translation>
    </message>
    <message>
        <source>The chosen symbols have different bar intervals (%1): choose one interval</source>
        <translation>Los símbolos elegidos tienen intervalos de barra distintos (%1): elija un intervalo</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Split/dividend &amp;adjusted</source>
        <translation>&amp;Ajustado por splits/dividendos</translation>
    </message>
    <message>
        <source>Split and dividend adjusted prices</source>
        <translation>Precios ajustados por splits y dividendos</translation>
    </message>
    <message>
        <source>Run on the prices adjusted for the stored splits and dividends, so a 2:1 split is not a 50 % fall; off: the stored prices as traded</source>
        <translation>Ejecutar con los precios ajustados por los splits y dividendos guardados, para que un split 2:1 no sea una caída del 50 %; desactivado: los precios guardados tal como se negociaron</translation>
    </message>
    <message>
        <source>Prices:</source>
        <translation>Precios:</translation>
    </message>
    <message>
        <source>backtest form</source>
        <translation>formulario de backtest</translation>
    </message>
</context>
<context>
    <name>sn::ui::SymbolMatchModel</name>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Bolsa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Divisa</translation>
    </message>
</context>
<context>
    <name>sn::ui::SymbolSearchPanel</name>
    <message>
        <source>&amp;Add and fetch</source>
        <translation>&amp;Añadir y descargar</translation>
    </message>
    <message>
        <source>Search a symbol or company name, e.g. apple</source>
        <translation>Busque un símbolo o nombre de empresa, p. ej. apple</translation>
    </message>
    <message>
        <source>Search symbols</source>
        <translation>Buscar símbolos</translation>
    </message>
    <message>
        <source>Search provider</source>
        <translation>Proveedor de búsqueda</translation>
    </message>
    <message>
        <source>Symbol search results</source>
        <translation>Resultados de la búsqueda de símbolos</translation>
    </message>
    <message>
        <source>Add a symbol:</source>
        <translation>Añadir un símbolo:</translation>
    </message>
    <message>
        <source>Could not read the data providers: %1</source>
        <translation>No se pudieron leer los proveedores de datos: %1</translation>
    </message>
    <message>
        <source>No data provider is enabled: enable one in Preferences &gt; Data providers.</source>
        <translation>No hay ningún proveedor de datos activado: active uno en Preferencias &gt; Proveedores de datos.</translation>
    </message>
    <message>
        <source>Search is not offered by %1 (%2): type the exact symbol in Fetch / refresh, or pick a provider that has a search.</source>
        <translation>%1 (%2) no ofrece búsqueda: escriba el símbolo exacto en «Descargar / actualizar» o elija un proveedor que tenga búsqueda.</translation>
    </message>
    <message>
        <source>Searching %1 for &quot;%2&quot;...</source>
        <translation>Buscando «%2» en %1...</translation>
    </message>
    <message>
        <source>Searching %1</source>
        <translation>Buscando en %1</translation>
    </message>
    <message>
        <source>%1 knows no symbol for &quot;%2&quot;.</source>
        <translation>%1 no conoce ningún símbolo para «%2».</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) from %1: pick one and Add to fetch its prices.</source>
        <translation>
            <numerusform>%n coincidencia de %1: elija una y pulse «Añadir» para descargar sus precios.</numerusform>
            <numerusform>%n coincidencias de %1: elija una y pulse «Añadir» para descargar sus precios.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sn::ui::SyncIndicator</name>
    <message>
        <source>Team sync status</source>
        <translation>Estado de la sincronización del equipo</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>catching up</source>
        <translation>poniéndose al día</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Equipo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 as %2, workspace %3</source>
        <translation>%1 como %2, espacio de trabajo %3</translation>
    </message>
    <message>
        <source>No team server set up (Preferences &gt; Team)</source>
        <translation>No hay ningún servidor del equipo configurado (Preferencias &gt; Equipo)</translation>
    </message>
    <message numerus="yes">
        <source>%n local edit(s) wait for the server</source>
        <translation>
            <numerusform>%n cambio local espera al servidor</numerusform>
            <numerusform>%n cambios locales esperan al servidor</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to open the Team area</source>
        <translation>Haga clic para abrir el área Equipo</translation>
    </message>
</context>
<context>
    <name>sn::ui::TeamItemShareBar</name>
    <message>
        <source>Share with team...</source>
        <translation>Compartir con el equipo...</translation>
    </message>
    <message>
        <source>Share with team</source>
        <translation>Compartir con el equipo</translation>
    </message>
    <message>
        <source>watchlist</source>
        <translation>lista de seguimiento</translation>
    </message>
    <message>
        <source>saved run</source>
        <translation>ejecución guardada</translation>
    </message>
    <message>
        <source>Read-only: you are a viewer in team workspace &apos;%1&apos;, and the team server refuses a viewer&apos;s changes to the shared %2 &apos;%3&apos;. Ask an admin for the analyst role.</source>
        <translation>Solo lectura: usted es observador en el espacio de trabajo del equipo «%1», y el servidor del equipo rechaza los cambios de un observador en la %2 compartida «%3». Pida a un administrador el rol de analista.</translation>
    </message>
    <message>
        <source>◆ Shared (%1) · read-only</source>
        <translation>◆ Compartida (%1) · solo lectura</translation>
    </message>
    <message>
        <source>◆ Shared (%1)</source>
        <translation>◆ Compartida (%1)</translation>
    </message>
    <message>
        <source>Shared with team workspace &apos;%1&apos;: changes are sent to the team</source>
        <translation>Compartida con el espacio de trabajo del equipo «%1»: los cambios se envían al equipo</translation>
    </message>
    <message>
        <source>Set up a team server first (Preferences &gt; Team)</source>
        <translation>Configure primero un servidor del equipo (Preferencias &gt; Equipo)</translation>
    </message>
    <message>
        <source>Select a %1 to share</source>
        <translation>Seleccione la %1 que quiere compartir</translation>
    </message>
    <message>
        <source>Share this %1 with team workspace &apos;%2&apos;</source>
        <translation>Compartir esta %1 con el espacio de trabajo del equipo «%2»</translation>
    </message>
    <message>
        <source>Share %1 &apos;%2&apos; with team workspace &apos;%3&apos;? Members of the workspace will see it and, unless they are viewers, change it.</source>
        <translation>¿Compartir la %1 «%2» con el espacio de trabajo del equipo «%3»? Los miembros del espacio de trabajo la verán y, salvo que sean observadores, podrán modificarla.</translation>
    </message>
    <message>
        <source>Not shared: set up a team server first (Preferences &gt; Team).</source>
        <translation>No compartida: configure primero un servidor del equipo (Preferencias &gt; Equipo).</translation>
    </message>
    <message>
        <source>Not shared: select a %1 first.</source>
        <translation>No compartida: seleccione primero una %1.</translation>
    </message>
    <message>
        <source>Not shared: %1</source>
        <translation>No compartida: %1</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is shared with team workspace &apos;%3&apos;.</source>
        <translation>La %1 «%2» está compartida con el espacio de trabajo del equipo «%3».</translation>
    </message>
</context>
<context>
    <name>sn::ui::TeamSession</name>
    <message>
        <source>Set the team server, user and workspace in Preferences &gt; Team first.</source>
        <translation>Defina primero el servidor del equipo, el usuario y el espacio de trabajo en Preferencias &gt; Equipo.</translation>
    </message>
    <message>
        <source>Not connected to the team server: the chat line was not sent.</source>
        <translation>Sin conexión con el servidor del equipo: la línea de chat no se ha enviado.</translation>
    </message>
</context>
<context>
    <name>sn::ui::TeamSettingsPage</name>
    <message>
        <source>Team server URL</source>
        <translation>URL del servidor del equipo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Allow unencrypted ws:// to this computer (development only)</source>
        <translation>Permitir ws:// sin cifrar hacia este ordenador (solo para desarrollo)</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Certificado del servidor</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>used once to sign in, never stored</source>
        <translation>se usa una vez para iniciar sesión, nunca se guarda</translation>
    </message>
    <message>
        <source>Team sign-in status</source>
        <translation>Estado del inicio de sesión en el equipo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Check &amp;certificate</source>
        <translation>Comprobar &amp;certificado</translation>
    </message>
    <message>
        <source>Connects to the server and shows its certificate&apos;s SHA-256 fingerprint</source>
        <translation>Se conecta al servidor y muestra la huella digital SHA-256 de su certificado</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Revokes the sign-in on the server and deletes it from the keychain</source>
        <translation>Revoca el inicio de sesión en el servidor y lo elimina del llavero</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>U&amp;RL del servidor:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Espacio de trabajo:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificado:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>The team server shares portfolios and chat with your team. These settings are kept in the database (supernova-cli sync uses them too); the sign-in token is kept only in the system keychain.</source>
        <translation>El servidor del equipo comparte carteras y chat con su equipo. Estos ajustes se guardan en la base de datos (supernova-cli sync también los usa); el token de inicio de sesión se guarda solo en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>¿Confiar en este certificado?</translation>
    </message>
    <message>
        <source>The team server&apos;s certificate is not trusted by this system (%1).

SHA-256 fingerprint:
%2

Compare it with the one your administrator gave you. Trust this certificate for this server from now on?</source>
        <translation>Este sistema no considera de confianza el certificado del servidor del equipo (%1).

Huella digital SHA-256:
%2

Compárela con la que le dio su administrador. ¿Confiar en este certificado para este servidor a partir de ahora?</translation>
    </message>
    <message>
        <source>Signed in as %1; the token is kept in the keychain.</source>
        <translation>Sesión iniciada como %1; el token se guarda en el llavero.</translation>
    </message>
    <message>
        <source>Signed out: the token was deleted from the keychain.</source>
        <translation>Sesión cerrada: el token se ha eliminado del llavero.</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>pinned: %1</source>
        <translation>fijado: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a wss:// URL: there is no certificate to check.</source>
        <translation>«%1» no es una URL wss://: no hay ningún certificado que comprobar.</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Conectando con %1...</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>No se puede acceder al servidor: %1</translation>
    </message>
    <message>
        <source>trusted by this system; SHA-256 %1</source>
        <translation>de confianza para este sistema; SHA-256 %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is trusted by this system.</source>
        <translation>Este sistema considera de confianza el certificado del servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is the pinned one.</source>
        <translation>El certificado del servidor es el fijado.</translation>
    </message>
    <message>
        <source>it is not the certificate pinned before: %1</source>
        <translation>no es el certificado fijado anteriormente: %1</translation>
    </message>
    <message>
        <source>not trusted: %1</source>
        <translation>no es de confianza: %1</translation>
    </message>
    <message>
        <source>The certificate was not trusted; the app will not connect to this server.</source>
        <translation>No se ha confiado en el certificado; la aplicación no se conectará a este servidor.</translation>
    </message>
    <message>
        <source>Cannot remember the certificate: %1</source>
        <translation>No se puede recordar el certificado: %1</translation>
    </message>
    <message>
        <source>Certificate pinned: the app trusts exactly this certificate for this server.</source>
        <translation>Certificado fijado: la aplicación confía exactamente en este certificado para este servidor.</translation>
    </message>
    <message>
        <source>Type the password to sign in.</source>
        <translation>Escriba la contraseña para iniciar sesión.</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>Iniciando sesión...</translation>
    </message>
    <message>
        <source>Signing out...</source>
        <translation>Cerrando sesión...</translation>
    </message>
</context>
<context>
    <name>sn::ui::TeamShareBar</name>
    <message>
        <source>Share with team...</source>
        <translation>Compartir con el equipo...</translation>
    </message>
    <message>
        <source>Share with team</source>
        <translation>Compartir con el equipo</translation>
    </message>
    <message>
        <source>Read-only: you are a viewer in team workspace &apos;%1&apos;, and the team server refuses a viewer&apos;s changes to the shared portfolio &apos;%2&apos;. Ask an admin for the analyst role.</source>
        <translation>Solo lectura: usted es observador en el espacio de trabajo del equipo «%1», y el servidor del equipo rechaza los cambios de un observador en la cartera compartida «%2». Pida a un administrador el rol de analista.</translation>
    </message>
    <message>
        <source>◆ Shared (%1) · read-only</source>
        <translation>◆ Compartida (%1) · solo lectura</translation>
    </message>
    <message>
        <source>◆ Shared (%1)</source>
        <translation>◆ Compartida (%1)</translation>
    </message>
    <message>
        <source>Shared with team workspace &apos;%1&apos;: changes are sent to the team</source>
        <translation>Compartida con el espacio de trabajo del equipo «%1»: los cambios se envían al equipo</translation>
    </message>
    <message>
        <source>Set up a team server first (Preferences &gt; Team)</source>
        <translation>Configure primero un servidor del equipo (Preferencias &gt; Equipo)</translation>
    </message>
    <message>
        <source>Share this portfolio and its ledger with team workspace &apos;%1&apos;</source>
        <translation>Compartir esta cartera y su libro de movimientos con el espacio de trabajo del equipo «%1»</translation>
    </message>
    <message>
        <source>Share portfolio &apos;%1&apos; and its whole ledger with team workspace &apos;%2&apos;? Members of the workspace will see it and, unless they are viewers, change it.</source>
        <translation>¿Compartir la cartera «%1» y todo su libro de movimientos con el espacio de trabajo del equipo «%2»? Los miembros del espacio de trabajo la verán y, salvo que sean observadores, podrán modificarla.</translation>
    </message>
    <message>
        <source>Not shared: set up a team server first (Preferences &gt; Team).</source>
        <translation>No compartida: configure primero un servidor del equipo (Preferencias &gt; Equipo).</translation>
    </message>
    <message>
        <source>Not shared: %1</source>
        <translation>No compartida: %1</translation>
    </message>
    <message>
        <source>Portfolio &apos;%1&apos; is shared with team workspace &apos;%2&apos;.</source>
        <translation>La cartera «%1» está compartida con el espacio de trabajo del equipo «%2».</translation>
    </message>
    <message>
        <source>Notes...</source>
        <translation>Notas...</translation>
    </message>
    <message>
        <source>Team notes on this portfolio</source>
        <translation>Notas del equipo sobre esta cartera</translation>
    </message>
    <message>
        <source>Notes and comments of the team on portfolio &apos;%1&apos;</source>
        <translation>Notas y comentarios del equipo sobre la cartera «%1»</translation>
    </message>
    <message>
        <source>Team notes: %1</source>
        <translation>Notas del equipo: %1</translation>
    </message>
</context>
<context>
    <name>sn::ui::TeamView</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Changes this computer and the team server disagree on</source>
        <translation>Cambios en los que este ordenador y el servidor del equipo no coinciden</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espacios de trabajo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Shared items</source>
        <translation>Elementos compartidos</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Último cambio de</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Team chat</source>
        <translation>Chat del equipo</translation>
    </message>
    <message>
        <source>Chat rooms</source>
        <translation>Salas de chat</translation>
    </message>
    <message>
        <source>&amp;New room...</source>
        <translation>&amp;Nueva sala...</translation>
    </message>
    <message>
        <source>New chat room</source>
        <translation>Nueva sala de chat</translation>
    </message>
    <message>
        <source>Room name (letters, digits, space, _ . @ -):</source>
        <translation>Nombre de la sala (letras, dígitos, espacio, _ . @ -):</translation>
    </message>
    <message>
        <source>Chat history</source>
        <translation>Historial del chat</translation>
    </message>
    <message>
        <source>Message (@name mentions a member)</source>
        <translation>Mensaje (@nombre menciona a un miembro)</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>Mensaje de chat</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>catching up</source>
        <translation>poniéndose al día</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>No team server set up. Set the server, user and workspace in Preferences &gt; Team, then sign in there.</source>
        <translation>No hay ningún servidor del equipo configurado. Defina el servidor, el usuario y el espacio de trabajo en Preferencias &gt; Equipo e inicie sesión allí.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2 as &lt;b&gt;%3&lt;/b&gt;, workspace &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; en %2 como &lt;b&gt;%3&lt;/b&gt;, espacio de trabajo &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (role: %1)</source>
        <translation> (rol: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) waiting for the server</source>
        <translation>
            <numerusform>%n cambio esperando al servidor</numerusform>
            <numerusform>%n cambios esperando al servidor</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts (%1)...</source>
        <translation>Conflictos (%1)...</translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation> (sin conexión)</translation>
    </message>
    <message>
        <source>%1 is online</source>
        <translation>%1 está en línea</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 no está conectado</translation>
    </message>
    <message>
        <source>No messages in this room yet.</source>
        <translation>Aún no hay mensajes en esta sala.</translation>
    </message>
    <message>
        <source>Cannot read the shared items: %1</source>
        <translation>No se pueden leer los elementos compartidos: %1</translation>
    </message>
    <message>
        <source>Reading shared items</source>
        <translation>Leyendo los elementos compartidos</translation>
    </message>
</context>
<context>
    <name>sn::ui::ToolCard</name>
    <message>
        <source>Tool call %1</source>
        <translation>Llamada a herramienta %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Datos: %1</translation>
    </message>
    <message>
        <source>Numbers from %1</source>
        <translation>Cifras de %1</translation>
    </message>
    <message>
        <source>strategy (solid) vs buy &amp; hold (dashed)</source>
        <translation>estrategia (continua) frente a comprar y mantener (discontinua)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stored instruments</source>
        <translation>Instrumentos guardados</translation>
    </message>
    <message>
        <source>Watchlists</source>
        <translation>Listas de seguimiento</translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation>Estrategias</translation>
    </message>
    <message>
        <source>Price summary</source>
        <translation>Resumen de precios</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>Backtest</translation>
    </message>
    <message>
        <source>Backtest of a rule</source>
        <translation>Backtest de una regla</translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation>Optimización</translation>
    </message>
    <message>
        <source>Walk-forward analysis</source>
        <translation>Análisis walk-forward</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Portfolio performance</source>
        <translation>Rentabilidad de la cartera</translation>
    </message>
    <message>
        <source>Portfolio risk</source>
        <translation>Riesgo de la cartera</translation>
    </message>
    <message>
        <source>Monte Carlo projection</source>
        <translation>Proyección de Montecarlo</translation>
    </message>
    <message>
        <source>Stress test</source>
        <translation>Prueba de estrés</translation>
    </message>
    <message>
        <source>Rebalancing proposal</source>
        <translation>Propuesta de rebalanceo</translation>
    </message>
    <message>
        <source>Metric explained</source>
        <translation>Métrica explicada</translation>
    </message>
    <message>
        <source>Buy and hold</source>
        <translation>Buy-and-Hold</translation>
    </message>
    <message>
        <source>Excess return</source>
        <translation>Rentabilidad adicional</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Fast period</source>
        <translation>Periodo rápido</translation>
    </message>
    <message>
        <source>Slow period</source>
        <translation>Periodo lento</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Signal period</source>
        <translation>Periodo de la señal</translation>
    </message>
    <message>
        <source>Lower bound</source>
        <translation>Umbral inferior</translation>
    </message>
    <message>
        <source>Upper bound</source>
        <translation>Umbral superior</translation>
    </message>
    <message>
        <source>Exit period</source>
        <translation>Periodo de salida</translation>
    </message>
    <message>
        <source>Band width (k)</source>
        <translation>Ancho de banda (k)</translation>
    </message>
    <message>
        <source>Value at risk (VaR)</source>
        <translation>Valor en riesgo (VaR)</translation>
    </message>
    <message>
        <source>Conditional VaR (CVaR)</source>
        <translation>VaR condicional (CVaR)</translation>
    </message>
    <message>
        <source>VaR amount</source>
        <translation>Importe del VaR</translation>
    </message>
    <message>
        <source>CVaR amount</source>
        <translation>Importe del CVaR</translation>
    </message>
    <message>
        <source>Confidence level</source>
        <translation>Nivel de confianza</translation>
    </message>
    <message>
        <source>Horizon in days</source>
        <translation>Horizonte en días</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Alfa</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>Valor total</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Cash afterwards</source>
        <translation>Efectivo después</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Time-weighted return</source>
        <translation>Rentabilidad ponderada por tiempo</translation>
    </message>
    <message>
        <source>Time-weighted return, annualised</source>
        <translation>Rentabilidad ponderada por tiempo, anualizada</translation>
    </message>
    <message>
        <source>Internal rate of return (IRR)</source>
        <translation>Tasa interna de retorno (TIR)</translation>
    </message>
    <message>
        <source>Value at the start</source>
        <translation>Valor inicial</translation>
    </message>
    <message>
        <source>Value at the end</source>
        <translation>Valor final</translation>
    </message>
    <message>
        <source>Inflows</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Outflows</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Índice de referencia</translation>
    </message>
    <message>
        <source>Portfolio return</source>
        <translation>Rentabilidad de la cartera</translation>
    </message>
    <message>
        <source>Benchmark return</source>
        <translation>Rentabilidad del índice de referencia</translation>
    </message>
    <message>
        <source>First close</source>
        <translation>Primer cierre</translation>
    </message>
    <message>
        <source>Last close</source>
        <translation>Último cierre</translation>
    </message>
    <message>
        <source>Lowest close</source>
        <translation>Cierre mínimo</translation>
    </message>
    <message>
        <source>Highest close</source>
        <translation>Cierre máximo</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Barras</translation>
    </message>
    <message>
        <source>Combinations tried</source>
        <translation>Combinaciones probadas</translation>
    </message>
    <message>
        <source>In-sample bars</source>
        <translation>Barras In-Sample</translation>
    </message>
    <message>
        <source>Out-of-sample bars</source>
        <translation>Barras Out-of-Sample</translation>
    </message>
    <message>
        <source>Out-of-sample</source>
        <translation>Out-of-Sample</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Trayectorias</translation>
    </message>
    <message>
        <source>Trading days</source>
        <translation>Días de negociación</translation>
    </message>
    <message>
        <source>Starting value</source>
        <translation>Valor inicial</translation>
    </message>
    <message>
        <source>Probability of the loss limit</source>
        <translation>Probabilidad de alcanzar el límite de pérdida</translation>
    </message>
    <message>
        <source>Probability of the target</source>
        <translation>Probabilidad de alcanzar el objetivo</translation>
    </message>
    <message>
        <source>Target change</source>
        <translation>Variación objetivo</translation>
    </message>
    <message>
        <source>Loss limit</source>
        <translation>Límite de pérdida</translation>
    </message>
    <message>
        <source>Total fees</source>
        <translation>Comisiones totales</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>Starting cash</source>
        <translation>Capital inicial</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Periods per year</source>
        <translation>Periodos por año</translation>
    </message>
    <message>
        <source>Risk-free rate</source>
        <translation>Tipo sin riesgo</translation>
    </message>
    <message>
        <source>Degrees of freedom (ddof)</source>
        <translation>Grados de libertad (ddof)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>símbolo</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>símbolos</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>intervalo</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>estrategia</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>parámetros</translation>
    </message>
    <message>
        <source>commission</source>
        <translation>comisión</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicador</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>métrica</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>regla</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>rejilla</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>confianza</translation>
    </message>
    <message>
        <source>horizon (days)</source>
        <translation>horizonte (días)</translation>
    </message>
    <message>
        <source>method</source>
        <translation>método</translation>
    </message>
    <message>
        <source>trading days</source>
        <translation>días de negociación</translation>
    </message>
    <message>
        <source>shock</source>
        <translation>shock</translation>
    </message>
    <message>
        <source>target weights</source>
        <translation>pesos objetivo</translation>
    </message>
    <message>
        <source>target change</source>
        <translation>variación objetivo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Open positions</source>
        <translation>Posiciones abiertas</translation>
    </message>
</context>
<context>
    <name>sn::ui::TradeTableModel</name>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Entry price</source>
        <translation>Precio de entrada</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Exit price</source>
        <translation>Precio de salida</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>P&amp;L</source>
        <translation>G/P</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rentabilidad</translation>
    </message>
    <message>
        <source>Bars held</source>
        <translation>Barras mantenidas</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Motivo de salida</translation>
    </message>
</context>
<context>
    <name>sn::ui::TransactionCommands</name>
    <message>
        <source>Edit transaction</source>
        <translation>Editar transacción</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n transaction(s)</source>
        <translation>
            <numerusform>Eliminar %n transacción</numerusform>
            <numerusform>Eliminar %n transacciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sn::ui::TransactionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Divisa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>New %1: not stored until it is complete</source>
        <translation>Nueva línea (%1): no se guarda hasta que esté completa</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;</source>
        <translation>campo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>debe ser mayor que cero</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>no puede ser negativo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos; no es ninguno de los tipos %2</translation>
    </message>
    <message>
        <source>a %1 has no symbol: clear the symbol first</source>
        <translation>%1 no lleva símbolo: borre primero el símbolo</translation>
    </message>
    <message>
        <source>a %1 needs a symbol: set the symbol first</source>
        <translation>%1 necesita un símbolo: indique primero el símbolo</translation>
    </message>
    <message>
        <source>a %1 needs a symbol</source>
        <translation>%1 necesita un símbolo</translation>
    </message>
    <message>
        <source>no instrument &apos;%1&apos; is stored (import its prices first)</source>
        <translation>no hay ningún instrumento &apos;%1&apos; guardado (importe antes sus precios)</translation>
    </message>
    <message>
        <source>a %1 has no symbol</source>
        <translation>%1 no lleva símbolo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a three-letter currency code</source>
        <translation>&apos;%1&apos; no es un código de moneda de tres letras</translation>
    </message>
    <message>
        <source>amount too large: quantity x price leaves the exact decimal range (+/-9.2 trillion)</source>
        <translation>importe demasiado grande: cantidad x precio sale del rango decimal exacto (+/-9,2 billones)</translation>
    </message>
</context>
<context>
    <name>sn::ui::WalkForwardPanel</name>
    <message>
        <source>A&amp;nchored (every in-sample window starts at the first bar)</source>
        <translation>A&amp;nclado (cada ventana dentro de la muestra empieza en la primera barra)</translation>
    </message>
    <message>
        <source>Run &amp;walk-forward</source>
        <translation>Ejecutar &amp;walk-forward</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source> bars</source>
        <translation> barras</translation>
    </message>
    <message>
        <source>In-sample bars</source>
        <translation>Barras dentro de la muestra</translation>
    </message>
    <message>
        <source>Bars each optimisation sees (756 = about three years of daily bars)</source>
        <translation>Barras que ve cada optimización (756 = unos tres años de barras diarias)</translation>
    </message>
    <message>
        <source>Out-of-sample bars</source>
        <translation>Barras fuera de la muestra</translation>
    </message>
    <message>
        <source>Bars the in-sample winner then trades; rolling windows slide by this much</source>
        <translation>Barras en las que opera después el ganador dentro de la muestra; las ventanas móviles se desplazan esta cantidad</translation>
    </message>
    <message>
        <source>Anchored windows</source>
        <translation>Ventanas ancladas</translation>
    </message>
    <message>
        <source>Run walk-forward</source>
        <translation>Ejecutar walk-forward</translation>
    </message>
    <message>
        <source>Cancel walk-forward</source>
        <translation>Cancelar walk-forward</translation>
    </message>
    <message>
        <source>Walk-forward progress</source>
        <translation>Progreso del walk-forward</translation>
    </message>
    <message>
        <source>Walk-forward status</source>
        <translation>Estado del walk-forward</translation>
    </message>
    <message>
        <source>The grid and the ranking metric are those of the Optimisation tab; costs, sizing and fills those of the form.</source>
        <translation>La rejilla y la métrica de ordenación son las de la pestaña Optimización; los costes, el dimensionamiento y las ejecuciones, los del formulario.</translation>
    </message>
    <message>
        <source>Walk-forward windows</source>
        <translation>Ventanas de walk-forward</translation>
    </message>
    <message>
        <source>Stitched out-of-sample equity against the in-sample optimum</source>
        <translation>Capital fuera de la muestra encadenado frente al óptimo dentro de la muestra</translation>
    </message>
    <message>
        <source>Walk-forward (out of sample)</source>
        <translation>Walk-forward (fuera de la muestra)</translation>
    </message>
    <message>
        <source>In-sample optimum (hindsight)</source>
        <translation>Óptimo dentro de la muestra (a posteriori)</translation>
    </message>
    <message>
        <source>Walk-forward equity</source>
        <translation>Capital del walk-forward</translation>
    </message>
    <message>
        <source>&amp;In-sample:</source>
        <translation>&amp;Dentro de la muestra:</translation>
    </message>
    <message>
        <source>&amp;Out-of-sample:</source>
        <translation>&amp;Fuera de la muestra:</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>In sample</source>
        <translation>Dentro de la muestra</translation>
    </message>
    <message>
        <source>Out of sample</source>
        <translation>Fuera de la muestra</translation>
    </message>
    <message>
        <source>Best parameters</source>
        <translation>Mejores parámetros</translation>
    </message>
    <message>
        <source>IS score (%1)</source>
        <translation>Puntuación IS (%1)</translation>
    </message>
    <message>
        <source>IS return</source>
        <translation>Rentabilidad IS</translation>
    </message>
    <message>
        <source>IS Sharpe</source>
        <translation>Sharpe IS</translation>
    </message>
    <message>
        <source>OOS return</source>
        <translation>Rentabilidad OOS</translation>
    </message>
    <message>
        <source>OOS Sharpe</source>
        <translation>Sharpe OOS</translation>
    </message>
    <message>
        <source>OOS max DD</source>
        <translation>Reducción máx. OOS</translation>
    </message>
    <message>
        <source>OOS trades</source>
        <translation>Operaciones OOS</translation>
    </message>
    <message>
        <source>%1 windows; stitched out of sample: return %2, Sharpe %3, max drawdown %4. In-sample optimum over the same span (%5): return %6.</source>
        <translation>%1 ventanas; fuera de la muestra encadenado: rentabilidad %2, Sharpe %3, reducción máxima %4. Óptimo dentro de la muestra en el mismo periodo (%5): rentabilidad %6.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
</context>
<context>
    <name>sn::ui::WatchlistsView</name>
    <message>
        <source>Watchlists</source>
        <translation>Listas de seguimiento</translation>
    </message>
    <message>
        <source>Symbols of the watchlist</source>
        <translation>Símbolos de la lista de seguimiento</translation>
    </message>
    <message>
        <source>Drag to reorder, or use Alt+Up and Alt+Down</source>
        <translation>Arrastre para reordenar o use Alt+Up y Alt+Down</translation>
    </message>
    <message>
        <source>Symbol to add</source>
        <translation>Símbolo que añadir</translation>
    </message>
    <message>
        <source>Reordering watchlist</source>
        <translation>Reordenando la lista de seguimiento</translation>
    </message>
    <message>
        <source>&amp;New watchlist...</source>
        <translation>&amp;Nueva lista de seguimiento...</translation>
    </message>
    <message>
        <source>New watchlist</source>
        <translation>Nueva lista de seguimiento</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>&amp;Rename watchlist...</source>
        <translation>&amp;Renombrar lista de seguimiento...</translation>
    </message>
    <message>
        <source>Rename watchlist</source>
        <translation>Renombrar lista de seguimiento</translation>
    </message>
    <message>
        <source>&amp;Delete watchlist...</source>
        <translation>&amp;Eliminar lista de seguimiento...</translation>
    </message>
    <message>
        <source>Delete watchlist</source>
        <translation>Eliminar lista de seguimiento</translation>
    </message>
    <message>
        <source>Delete the watchlist &apos;%1&apos;? Its instruments and prices are kept.</source>
        <translation>¿Eliminar la lista de seguimiento «%1»? Sus instrumentos y precios se conservan.</translation>
    </message>
    <message>
        <source>Move symbol &amp;up</source>
        <translation>Subir &amp;símbolo</translation>
    </message>
    <message>
        <source>Move symbol do&amp;wn</source>
        <translation>Ba&amp;jar símbolo</translation>
    </message>
    <message>
        <source>Remove &amp;symbol</source>
        <translation>&amp;Quitar símbolo</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&lt;b&gt;Watchlists&lt;/b&gt;</source>
        <translation>&lt;b&gt;Listas de seguimiento&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Symbols&lt;/b&gt; (drag to reorder)</source>
        <translation>&lt;b&gt;Símbolos&lt;/b&gt; (arrastre para reordenar)</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>Sí&amp;mbolo:</translation>
    </message>
    <message>
        <source>Loading watchlists</source>
        <translation>Cargando listas de seguimiento</translation>
    </message>
    <message>
        <source>A watchlist needs a name.</source>
        <translation>Una lista de seguimiento necesita un nombre.</translation>
    </message>
    <message>
        <source>Creating watchlist</source>
        <translation>Creando lista de seguimiento</translation>
    </message>
    <message>
        <source>Renaming watchlist</source>
        <translation>Renombrando lista de seguimiento</translation>
    </message>
    <message>
        <source>Deleting watchlist</source>
        <translation>Eliminando lista de seguimiento</translation>
    </message>
    <message>
        <source>Adding %1</source>
        <translation>Añadiendo %1</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>Quitando %1</translation>
    </message>
</context>
<context>
    <name>sn::ui::axis</name>
    <message>
        <source>%1B</source>
        <extracomment>Volume axis: thousands, millions, billions (%1 is the number).</extracomment>
        <translation>%1 mil M</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>%1K</source>
        <translation>%1 mil</translation>
    </message>
</context>
</TS>
