#include "tests/providers/VendorFormats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <map>

namespace sn::test {

namespace {

const qint64 kNewYorkOffsetS = -5 * 3600; // EST; the made-up market lives in winter

qint64 openStampS(QDate day)
{
    return dayStartMs(day) / 1000 + 9 * 3600 + 1800 - kNewYorkOffsetS; // 09:30 local
}

} // namespace

Market Market::acme(QDate from, QDate to, QDate splitDay, QDate dividendDay)
{
    Market m;
    int n = 0;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (d.dayOfWeek() > 5)
            continue;
        double c = 100 + n;
        double volume = 1000 + n;
        if (d >= splitDay) {
            c /= 2;
            volume *= 2;
        }
        m.bars.push_back({d, c - 0.5, c + 1, c - 1, c, volume});
        ++n;
    }
    m.actions.push_back({CorporateAction::Kind::Split, dayStartMs(splitDay), 2.0});
    m.actions.push_back({CorporateAction::Kind::Dividend, dayStartMs(dividendDay), 0.5});
    return m;
}

std::vector<RawBar> Market::between(QDate from, QDate to) const
{
    std::vector<RawBar> out;
    for (const RawBar &b : bars) {
        if (b.day >= from && b.day <= to)
            out.push_back(b);
    }
    return out;
}

VendorServer::Response yahooChart(const Market &m, const QString &symbol, qint64 period1, qint64 period2)
{
    QJsonArray stamps, open, high, low, close, volume, adj;
    for (const RawBar &b : m.bars) {
        const qint64 t = openStampS(b.day);
        if (t < period1 || t >= period2)
            continue;
        // Yahoo's quote arrays are split-adjusted: later splits divide earlier prices.
        double factor = 1;
        for (const CorporateAction &a : m.actions) {
            if (a.kind == CorporateAction::Kind::Split && dayStartMs(b.day) < a.time)
                factor /= a.value;
        }
        stamps.append(t);
        open.append(b.open * factor);
        high.append(b.high * factor);
        low.append(b.low * factor);
        close.append(b.close * factor);
        volume.append(b.volume / factor);
        adj.append(b.close * factor);
    }
    QJsonObject splits, dividends;
    for (const CorporateAction &a : m.actions) {
        const qint64 t = openStampS(dayOf(a.time));
        if (t < period1 || t >= period2)
            continue;
        if (a.kind == CorporateAction::Kind::Split)
            splits.insert(QString::number(t),
                          QJsonObject{{QStringLiteral("date"), t},
                                      {QStringLiteral("numerator"), a.value},
                                      {QStringLiteral("denominator"), 1},
                                      {QStringLiteral("splitRatio"), QStringLiteral("2:1")}});
        else
            dividends.insert(QString::number(t),
                             QJsonObject{{QStringLiteral("amount"), a.value}, {QStringLiteral("date"), t}});
    }
    QJsonObject meta{{QStringLiteral("currency"), QStringLiteral("USD")},
                     {QStringLiteral("symbol"), symbol},
                     {QStringLiteral("exchangeName"), QStringLiteral("NMS")},
                     {QStringLiteral("instrumentType"), QStringLiteral("EQUITY")},
                     {QStringLiteral("gmtoffset"), kNewYorkOffsetS},
                     {QStringLiteral("timezone"), QStringLiteral("EST")},
                     {QStringLiteral("exchangeTimezoneName"), QStringLiteral("America/New_York")},
                     {QStringLiteral("longName"), QStringLiteral("Acme Corporation")}};
    QJsonObject result{{QStringLiteral("meta"), meta}};
    if (!stamps.isEmpty()) {
        result.insert(QStringLiteral("timestamp"), stamps);
        result.insert(
            QStringLiteral("indicators"),
            QJsonObject{
                {QStringLiteral("quote"), QJsonArray{QJsonObject{{QStringLiteral("open"), open},
                                                                 {QStringLiteral("high"), high},
                                                                 {QStringLiteral("low"), low},
                                                                 {QStringLiteral("close"), close},
                                                                 {QStringLiteral("volume"), volume}}}},
                {QStringLiteral("adjclose"), QJsonArray{QJsonObject{{QStringLiteral("adjclose"), adj}}}}});
    } else {
        result.insert(QStringLiteral("indicators"),
                      QJsonObject{{QStringLiteral("quote"), QJsonArray{QJsonObject{}}}});
    }
    if (!splits.isEmpty() || !dividends.isEmpty())
        result.insert(QStringLiteral("events"), QJsonObject{{QStringLiteral("splits"), splits},
                                                            {QStringLiteral("dividends"), dividends}});
    const QJsonObject root{
        {QStringLiteral("chart"), QJsonObject{{QStringLiteral("result"), QJsonArray{result}},
                                              {QStringLiteral("error"), QJsonValue()}}}};
    return {200, "application/json", QJsonDocument(root).toJson(QJsonDocument::Compact), {}};
}

VendorServer::Response yahooNotFound()
{
    return {
        404,
        "application/json",
        R"({"chart":{"result":null,"error":{"code":"Not Found","description":"No data found, symbol may be delisted"}}})",
        {}};
}

VendorServer::Response stooqCsv(const Market &m, QDate from, QDate to)
{
    QByteArray csv = "Date,Open,High,Low,Close,Volume\r\n";
    for (const RawBar &b : m.between(from, to))
        csv += b.day.toString(Qt::ISODate).toLatin1() + ',' + QByteArray::number(b.open) + ',' +
               QByteArray::number(b.high) + ',' + QByteArray::number(b.low) + ',' +
               QByteArray::number(b.close) + ',' + QByteArray::number(b.volume, 'f', 0) + "\r\n";
    return {200, "text/csv", csv, {}};
}

VendorServer::Response alphaVantageDaily(const Market &m, const QString &symbol, QDate from, QDate to)
{
    QJsonObject series;
    for (const RawBar &b : m.between(from, to))
        series.insert(b.day.toString(Qt::ISODate),
                      QJsonObject{{QStringLiteral("1. open"), QString::number(b.open, 'f', 4)},
                                  {QStringLiteral("2. high"), QString::number(b.high, 'f', 4)},
                                  {QStringLiteral("3. low"), QString::number(b.low, 'f', 4)},
                                  {QStringLiteral("4. close"), QString::number(b.close, 'f', 4)},
                                  {QStringLiteral("5. volume"), QString::number(b.volume, 'f', 0)}});
    const QJsonObject meta{{QStringLiteral("1. Information"),
                            QStringLiteral("Daily Prices (open, high, low, close) and Volumes")},
                           {QStringLiteral("2. Symbol"), symbol},
                           {QStringLiteral("3. Last Refreshed"), to.toString(Qt::ISODate)},
                           {QStringLiteral("4. Output Size"), QStringLiteral("Full size")},
                           {QStringLiteral("5. Time Zone"), QStringLiteral("US/Eastern")}};
    const QJsonObject root{{QStringLiteral("Meta Data"), meta},
                           {QStringLiteral("Time Series (Daily)"), series}};
    return {200, "application/json", QJsonDocument(root).toJson(), {}};
}

VendorServer::Response tiingoDaily(const Market &m, QDate from, QDate to)
{
    QJsonArray rows;
    for (const RawBar &b : m.between(from, to)) {
        double dividend = 0, split = 1;
        for (const CorporateAction &a : m.actions) {
            if (dayOf(a.time) == b.day)
                (a.kind == CorporateAction::Kind::Split ? split : dividend) = a.value;
        }
        rows.append(QJsonObject{
            {QStringLiteral("date"), QString(b.day.toString(Qt::ISODate) + QStringLiteral("T00:00:00.000Z"))},
            {QStringLiteral("close"), b.close},
            {QStringLiteral("high"), b.high},
            {QStringLiteral("low"), b.low},
            {QStringLiteral("open"), b.open},
            {QStringLiteral("volume"), b.volume},
            {QStringLiteral("adjClose"), b.close},
            {QStringLiteral("adjHigh"), b.high},
            {QStringLiteral("adjLow"), b.low},
            {QStringLiteral("adjOpen"), b.open},
            {QStringLiteral("adjVolume"), b.volume},
            {QStringLiteral("divCash"), dividend},
            {QStringLiteral("splitFactor"), split}});
    }
    return {200, "application/json", QJsonDocument(rows).toJson(QJsonDocument::Compact), {}};
}

VendorServer::Response ecbXml(const std::vector<FxRate> &rates)
{
    std::map<QDate, QByteArray> days;
    for (const FxRate &r : rates)
        days[r.day] +=
            "<Cube currency='" + r.currency.toLatin1() + "' rate='" + QByteArray::number(r.perEuro) + "'/>";
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<gesmes:Envelope xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\" "
                     "xmlns=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\">"
                     "<gesmes:subject>Reference rates</gesmes:subject>"
                     "<gesmes:Sender><gesmes:name>European Central Bank</gesmes:name></gesmes:Sender><Cube>";
    for (auto it = days.rbegin(); it != days.rend(); ++it) // newest first, as the ECB lists them
        xml += "<Cube time='" + it->first.toString(Qt::ISODate).toLatin1() + "'>" + it->second + "</Cube>";
    xml += "</Cube></gesmes:Envelope>";
    return {200, "text/xml", xml, {}};
}

} // namespace sn::test

namespace sn::test {

VendorServer::Response yahooSearch(const std::vector<SymbolMatch> &matches)
{
    // The shape of /v1/finance/search: quotes (with exchange codes and display
    // names), and the news, lists and timing members the client ignores.
    QJsonArray quotes;
    for (const SymbolMatch &m : matches)
        quotes.append(
            QJsonObject{{QStringLiteral("exchange"), m.exchange},
                        {QStringLiteral("shortname"), m.name.left(24)},
                        {QStringLiteral("quoteType"), m.kind},
                        {QStringLiteral("symbol"), m.symbol},
                        {QStringLiteral("index"), QStringLiteral("quotes")},
                        {QStringLiteral("score"), 20000},
                        {QStringLiteral("typeDisp"), QString(m.kind.left(1) + m.kind.mid(1).toLower())},
                        {QStringLiteral("longname"), m.name},
                        {QStringLiteral("isYahooFinance"), true}});
    const QJsonObject root{
        {QStringLiteral("explains"), QJsonArray{}}, {QStringLiteral("count"), int(matches.size())},
        {QStringLiteral("quotes"), quotes},         {QStringLiteral("news"), QJsonArray{}},
        {QStringLiteral("nav"), QJsonArray{}},      {QStringLiteral("lists"), QJsonArray{}},
        {QStringLiteral("totalTime"), 21}};
    return {200, "application/json", QJsonDocument(root).toJson(QJsonDocument::Compact), {}};
}

VendorServer::Response alphaVantageSearch(const std::vector<SymbolMatch> &matches)
{
    QJsonArray best;
    for (const SymbolMatch &m : matches)
        best.append(QJsonObject{{QStringLiteral("1. symbol"), m.symbol},
                                {QStringLiteral("2. name"), m.name},
                                {QStringLiteral("3. type"), m.kind},
                                {QStringLiteral("4. region"), m.exchange},
                                {QStringLiteral("5. marketOpen"), QStringLiteral("09:30")},
                                {QStringLiteral("6. marketClose"), QStringLiteral("16:00")},
                                {QStringLiteral("7. timezone"), QStringLiteral("UTC-04")},
                                {QStringLiteral("8. currency"), m.currency},
                                {QStringLiteral("9. matchScore"), QStringLiteral("1.0000")}});
    return {200,
            "application/json",
            QJsonDocument(QJsonObject{{QStringLiteral("bestMatches"), best}}).toJson(),
            {}};
}

VendorServer::Response tiingoSearch(const std::vector<SymbolMatch> &matches)
{
    QJsonArray rows;
    for (const SymbolMatch &m : matches)
        rows.append(QJsonObject{{QStringLiteral("name"), m.name},
                                {QStringLiteral("ticker"), m.symbol},
                                {QStringLiteral("permaTicker"), QStringLiteral("US000000000001")},
                                {QStringLiteral("openFIGI"), QJsonValue()},
                                {QStringLiteral("assetType"), m.kind},
                                {QStringLiteral("isActive"), true},
                                {QStringLiteral("countryCode"), m.exchange}});
    return {200, "application/json", QJsonDocument(rows).toJson(QJsonDocument::Compact), {}};
}

} // namespace sn::test
