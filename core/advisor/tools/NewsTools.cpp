// The advisor's news tool: what the stored news says about one symbol over
// a period (docs/sentiment.md). Reads NewsRepository only; every figure
// comes from the SQL aggregates and every item it mentions is cited by id,
// date, title and link.
#include "core/advisor/tools/AdvisorTools.h"
#include "core/advisor/tools/JsonSchema.h"
#include "core/advisor/tools/ToolSupport.h"
#include "core/news/VaderScorer.h"
#include "core/storage/NewsRepository.h"

#include <algorithm>

namespace sn::advisor {

namespace {

using namespace tools;

constexpr int kDefaultDays = 30;

QJsonObject itemJson(const news::NewsItem &item)
{
    QStringList symbols;
    for (const news::SymbolLink &s : item.symbols)
        symbols << s.symbol;
    return {{QStringLiteral("id"), item.id},
            {QStringLiteral("published"), QString::fromStdString(formatDateTime(item.publishedAt))},
            {QStringLiteral("title"), item.title},
            {QStringLiteral("source"), item.source},
            {QStringLiteral("link"), item.link},
            {QStringLiteral("compound"), item.score.compound},
            {QStringLiteral("symbols"), symbols.join(QLatin1Char(','))}};
}

Result<QJsonObject> newsSentiment(const ToolContext &ctx, const QJsonObject &args)
{
    const QString symbol = args.value(QStringLiteral("symbol")).toString().trimmed().toUpper();
    if (symbol.isEmpty())
        return makeError(ErrorCode::InvalidArgument, "argument 'symbol': empty");
    auto fromArg = dateArg(args, "from");
    if (!fromArg)
        return fromArg.error();
    auto toArg = dateArg(args, "to");
    if (!toArg)
        return toArg.error();
    // "to" is a whole day; without it the period ends now.
    const TimestampMs to = *toArg ? startOfDay(**toArg) + kMsPerDay : nowMs();
    const TimestampMs from = *fromArg ? **fromArg : startOfDay(to) - kDefaultDays * kMsPerDay;
    if (from >= to)
        return makeError(ErrorCode::InvalidArgument, "argument 'from': not before 'to'");
    const int shown =
        args.contains(QStringLiteral("items")) ? args.value(QStringLiteral("items")).toInt() : 10;

    NewsRepository repo(ctx.db);
    auto days = repo.aggregate(symbol, from, to, kMsPerDay);
    if (!days)
        return days.error();
    auto items = repo.list(symbol, from, to);
    if (!items)
        return items.error();

    qint64 count = 0;
    double weightedMean = 0, positive = 0, negative = 0;
    QJsonArray daily;
    for (const news::SentimentBucket &b : *days) {
        count += b.count;
        weightedMean += b.meanCompound * double(b.count);
        positive += b.sharePositive * double(b.count);
        negative += b.shareNegative * double(b.count);
        daily.append(QJsonObject{{QStringLiteral("date"), dateText(b.start)},
                                 {QStringLiteral("items"), b.count},
                                 {QStringLiteral("mean_compound"), round(b.meanCompound, 4)},
                                 {QStringLiteral("share_positive"), round(b.sharePositive, 4)},
                                 {QStringLiteral("share_negative"), round(b.shareNegative, 4)}});
    }
    QJsonObject period{{QStringLiteral("from"), dateText(from)}, {QStringLiteral("to"), dateText(to - 1)}};
    if (count == 0)
        return QJsonObject{{QStringLiteral("symbol"), symbol},
                           {QStringLiteral("period"), period},
                           {QStringLiteral("items"), 0},
                           {QStringLiteral("note"),
                            QStringLiteral("No news is stored for %1 in this period. News is added with "
                                           "`supernova-cli news ingest FEED-URL|FILE --symbol %1`.")
                                .arg(symbol)}};

    QJsonArray latest;
    for (std::size_t i = 0; i < items->size() && int(i) < shown; ++i)
        latest.append(itemJson((*items)[i]));
    std::vector<news::NewsItem> byScore = *items;
    std::stable_sort(byScore.begin(), byScore.end(), [](const news::NewsItem &a, const news::NewsItem &b) {
        return a.score.compound > b.score.compound;
    });
    QJsonArray mostPositive, mostNegative;
    for (std::size_t i = 0; i < std::min<std::size_t>(3, byScore.size()); ++i) {
        if (byScore[i].score.compound >= news::VaderScorer::kPositiveThreshold)
            mostPositive.append(itemJson(byScore[i]));
        const news::NewsItem &low = byScore[byScore.size() - 1 - i];
        if (low.score.compound <= news::VaderScorer::kNegativeThreshold)
            mostNegative.append(itemJson(low));
    }
    QJsonArray ids;
    for (const news::NewsItem &item : *items)
        ids.append(item.id);
    const double n = double(count);
    return QJsonObject{
        {QStringLiteral("symbol"), symbol},
        {QStringLiteral("period"), period},
        {QStringLiteral("summary"), QJsonObject{{QStringLiteral("items"), count},
                                                {QStringLiteral("mean_compound"), round(weightedMean / n, 4)},
                                                {QStringLiteral("share_positive"), round(positive / n, 4)},
                                                {QStringLiteral("share_negative"), round(negative / n, 4)}}},
        {QStringLiteral("daily"), daily},
        {QStringLiteral("latest_items"), latest},
        {QStringLiteral("most_positive"), mostPositive},
        {QStringLiteral("most_negative"), mostNegative},
        {QStringLiteral("data_used"),
         QJsonObject{{QStringLiteral("table"), QStringLiteral("news_items")},
                     {QStringLiteral("item_ids"), ids},
                     {QStringLiteral("scorer"), news::VaderScorer::methodName()}}},
        {QStringLiteral("convention"),
         QStringLiteral(
             "headline scored with VADER (compound in [-1, 1]) plus finance additions; positive = "
             "compound >= 0.05, negative = compound <= -0.05; days are UTC; cite items by title, date "
             "and link")}};
}

} // namespace

void addNewsTools(ToolRegistry &registry, std::shared_ptr<const ToolContext> ctx)
{
    registry.add(
        {QStringLiteral("news_sentiment"),
         QStringLiteral(
             "News and sentiment for one symbol over a period: item count, mean VADER compound score, "
             "shares positive/negative, per-day figures, and the latest, most positive and most negative "
             "stored headlines with their links (to cite)."),
         schema::object(
             {{QStringLiteral("symbol"), schema::string(QStringLiteral("Symbol, e.g. AAPL"))},
              {QStringLiteral("from"),
               schema::date(QStringLiteral("First day (YYYY-MM-DD); default 30 days before 'to'"))},
              {QStringLiteral("to"), schema::date(QStringLiteral("Last day (YYYY-MM-DD); default today"))},
              {QStringLiteral("items"),
               schema::integer(QStringLiteral("Latest headlines listed (default 10)"), 1, 50)}},
             {QStringLiteral("symbol")})},
        [ctx = std::move(ctx)](const QJsonObject &a) { return newsSentiment(*ctx, a); });
}

} // namespace sn::advisor
