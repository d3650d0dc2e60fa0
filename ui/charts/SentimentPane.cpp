#include "ui/charts/SentimentPane.h"

#include "ui/charts/ChartPane.h"
#include "ui/charts/PriceChartView.h"

#include <QDateTime>
#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace sn::ui {

namespace {

constexpr TimestampMs kHourMs = 3'600'000;
// VADER's usual thresholds, as the aggregates count positive and negative.
constexpr double kPositive = 0.05;
constexpr double kNegative = -0.05;
const QColor kUpColour(0x1b, 0x8a, 0x3c);
const QColor kDownColour(0xc6, 0x28, 0x28);

} // namespace

SentimentPane::SentimentPane(PriceChartView *chart, QWidget *parent) : QWidget(parent), m_chart(chart)
{
    setObjectName(QStringLiteral("SentimentPane"));
    setAccessibleName(tr("News sentiment"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setMinimumHeight(80);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_noSeriesText = tr("No news loaded.");
    if (m_chart) {
        connect(m_chart, &PriceChartView::visibleRangeChanged, this,
                [this](qint64 from, qint64 to) { setXRange(from, to); });
        connect(m_chart, &PriceChartView::loaded, this,
                [this]() { setXRange(m_chart->visibleFrom(), m_chart->visibleTo()); });
    }
}

void SentimentPane::setSeries(const QString &symbol, std::vector<news::SentimentBucket> hours,
                              std::vector<news::SentimentBucket> days)
{
    m_symbol = symbol;
    m_hours = std::move(hours);
    m_days = std::move(days);
    update();
}

void SentimentPane::clearSeries(const QString &text)
{
    m_hours.clear();
    m_days.clear();
    m_noSeriesText = text;
    update();
}

void SentimentPane::setXRange(TimestampMs from, TimestampMs to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    updateTicks();
    update();
}

QRectF SentimentPane::plotRect() const
{
    return QRectF(ChartPane::kLeft, ChartPane::kTop,
                  std::max(10, width() - ChartPane::kLeft - ChartPane::kRight),
                  std::max(10, height() - ChartPane::kTop - 24));
}

double SentimentPane::mapX(double t) const
{
    const QRectF plot = plotRect();
    return m_to > m_from ? plot.left() + (t - double(m_from)) * plot.width() / double(m_to - m_from)
                         : plot.left();
}

double SentimentPane::scoreY(double score) const
{
    // The upper two thirds hold the score from -1 (bottom) to +1 (top).
    const QRectF plot = plotRect();
    const double top = plot.top() + 4;
    const double bottom = plot.top() + plot.height() * 0.66;
    return bottom - (std::clamp(score, -1.0, 1.0) + 1) / 2 * (bottom - top);
}

QRectF SentimentPane::countBand() const
{
    const QRectF plot = plotRect();
    const double top = plot.top() + plot.height() * 0.72;
    return QRectF(plot.left(), top, plot.width(), plot.bottom() - top);
}

SentimentPane::Resolution SentimentPane::resolution() const
{
    if (m_to <= m_from)
        return Resolution::Day;
    const double hourPixels = plotRect().width() * double(kHourMs) / double(m_to - m_from);
    return hourPixels >= kMinHourPixels ? Resolution::Hour : Resolution::Day;
}

const std::vector<news::SentimentBucket> &SentimentPane::series() const
{
    return resolution() == Resolution::Hour ? m_hours : m_days;
}

std::vector<news::SentimentBucket> SentimentPane::visibleBuckets() const
{
    const std::vector<news::SentimentBucket> &all = series();
    const TimestampMs half = (resolution() == Resolution::Hour ? kHourMs : kMsPerDay) / 2;
    auto first = std::lower_bound(all.begin(), all.end(), m_from - half,
                                  [](const news::SentimentBucket &b, TimestampMs t) { return b.start < t; });
    std::vector<news::SentimentBucket> out;
    for (auto it = first; it != all.end() && it->start <= m_to + half; ++it)
        out.push_back(*it);
    return out;
}

QString SentimentPane::emptyText() const
{
    if (m_hours.empty() && m_days.empty())
        return m_noSeriesText;
    if (m_to > m_from && visibleBuckets().empty())
        return tr("No news about %1 in this period.").arg(m_symbol);
    return {};
}

std::optional<news::SentimentBucket> SentimentPane::bucketAt(double x) const
{
    const TimestampMs half = (resolution() == Resolution::Hour ? kHourMs : kMsPerDay) / 2;
    for (const news::SentimentBucket &b : visibleBuckets())
        if (x >= std::floor(mapX(double(b.start - half))) && x <= std::ceil(mapX(double(b.start + half))))
            return b;
    return std::nullopt;
}

QString SentimentPane::describe(const news::SentimentBucket &b) const
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(b.start, Qt::UTC);
    const QString when = resolution() == Resolution::Hour
                             ? tr("%1 UTC").arg(locale().toString(at, QStringLiteral("yyyy-MM-dd HH:00")))
                             : locale().toString(at.date(), QLocale::ShortFormat);
    return tr("%1: %n item(s), mean score %2, %3% positive, %4% negative", nullptr, int(b.count))
        .arg(when)
        .arg(locale().toString(b.meanCompound, 'f', 2))
        .arg(std::lround(b.sharePositive * 100))
        .arg(std::lround(b.shareNegative * 100));
}

void SentimentPane::updateTicks()
{
    const int across = std::max(2, int(plotRect().width() / 110));
    m_xTicks = m_to > m_from ? axis::timeTicks(m_from, m_to, across, locale()) : std::vector<axis::Tick>{};
}

void SentimentPane::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const PaneColours c = PaneColours::from(palette());
    p.fillRect(rect(), c.background);
    const QRectF plot = plotRect();
    const QRectF counts = countBand();
    const QFontMetrics fm = fontMetrics();

    // Grid at the chart's time ticks, the zero line, the frame.
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(c.grid, 1));
    QList<QLineF> grid;
    for (const axis::Tick &t : m_xTicks) {
        const double x = std::round(mapX(t.value)) + 0.5;
        grid.append(QLineF(x, plot.top(), x, plot.bottom()));
    }
    for (double v : {-0.5, 0.5})
        grid.append(
            QLineF(plot.left(), std::round(scoreY(v)) + 0.5, plot.right(), std::round(scoreY(v)) + 0.5));
    p.drawLines(grid);
    p.setPen(QPen(c.axisLine, 1));
    p.drawLine(QPointF(plot.left(), std::round(scoreY(0)) + 0.5),
               QPointF(plot.right(), std::round(scoreY(0)) + 0.5));
    p.drawLine(QPointF(plot.right() + 0.5, plot.top()), QPointF(plot.right() + 0.5, plot.bottom()));
    p.drawLine(QPointF(plot.left(), plot.bottom() + 0.5), QPointF(plot.right(), plot.bottom() + 0.5));

    // Labels right of the plot: the score scale, the largest count.
    p.setPen(c.text);
    const double half = fm.ascent() / 2.0 - 1;
    const QLocale loc = locale();
    p.drawText(QPointF(plot.right() + 6, scoreY(1) + half),
               loc.toString(1.0, 'f', 0).prepend(QLatin1Char('+')));
    p.drawText(QPointF(plot.right() + 6, scoreY(0) + half), loc.toString(0));
    p.drawText(QPointF(plot.right() + 6, scoreY(-1) + half), loc.toString(-1.0, 'f', 0));
    // Time labels under the plot, never overlapping.
    double lastRight = -1e9;
    for (const axis::Tick &t : m_xTicks) {
        const double w = fm.horizontalAdvance(t.label);
        const double x = std::clamp(mapX(t.value) - w / 2, 0.0, double(width()) - w);
        if (x < lastRight + 8)
            continue;
        p.drawText(QPointF(x, plot.bottom() + 4 + fm.ascent()), t.label);
        lastRight = x + w;
    }

    const QString empty = emptyText();
    if (!empty.isEmpty()) {
        p.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, empty);
        return;
    }
    const std::vector<news::SentimentBucket> buckets = visibleBuckets();
    qint64 maxCount = 1;
    for (const news::SentimentBucket &b : buckets)
        maxCount = std::max(maxCount, b.count);
    p.drawText(QPointF(plot.right() + 6, counts.top() + fm.ascent()),
               tr("%n item(s)", nullptr, int(maxCount)));
    const bool hourly = resolution() == Resolution::Hour;
    QColor caption = c.text;
    caption.setAlphaF(0.7f);
    p.setPen(caption);
    p.drawText(QPointF(plot.left() + 4, plot.top() + fm.ascent()),
               hourly ? tr("News sentiment per hour (UTC): mean score and items")
                      : tr("News sentiment per day (UTC): mean score and items"));

    p.save();
    p.setClipRect(plot.adjusted(0, 0, 1, 1));
    const TimestampMs halfWidth = (hourly ? kHourMs : kMsPerDay) / 2;
    QList<QRectF> up, down, flat, columns;
    const double zero = scoreY(0);
    for (const news::SentimentBucket &b : buckets) {
        double x0 = mapX(double(b.start - halfWidth));
        double x1 = mapX(double(b.start + halfWidth));
        if (x1 - x0 >= 4) {
            x0 += 0.5;
            x1 -= 0.5;
        }
        const double w = std::max(1.0, x1 - x0);
        const double y = scoreY(b.meanCompound);
        const QRectF bar(x0, std::min(y, zero), w, std::max(1.0, std::abs(y - zero)));
        (b.meanCompound >= kPositive ? up : b.meanCompound <= kNegative ? down : flat).append(bar);
        const double h = std::max(1.0, counts.height() * double(b.count) / double(maxCount));
        columns.append(QRectF(x0, counts.bottom() - h, w, h));
    }
    p.setPen(Qt::NoPen);
    p.setBrush(c.readable(kUpColour));
    p.drawRects(up);
    p.setBrush(c.readable(kDownColour));
    p.drawRects(down);
    p.setBrush(c.axisLine);
    p.drawRects(flat);
    p.setBrush(c.crosshair);
    p.drawRects(columns);
    p.restore();
}

void SentimentPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::LocaleChange) {
        updateTicks();
        update();
    }
}

void SentimentPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateTicks();
}

bool SentimentPane::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (const auto b = bucketAt(help->pos().x()))
            QToolTip::showText(help->globalPos(), describe(*b), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void SentimentPane::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (m_chart && delta != 0 && m_to > m_from) {
        // As on the chart's panes: one notch zooms by 20 % at the instant under the cursor.
        const QRectF plot = plotRect();
        const double f = std::clamp((event->position().x() - plot.left()) / plot.width(), 0.0, 1.0);
        m_chart->zoom(std::pow(1.2, delta / 120.0),
                      m_from + TimestampMs(std::llround(f * double(m_to - m_from))));
    }
    event->accept();
}

void SentimentPane::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragX = event->position().x();
        setCursor(Qt::ClosedHandCursor);
    }
    event->accept();
}

void SentimentPane::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragX && m_chart) {
        const double x = event->position().x();
        m_chart->pan(-(x - *m_dragX) / std::max(1.0, plotRect().width()));
        m_dragX = x;
    }
    event->accept();
}

void SentimentPane::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragX.reset();
    unsetCursor();
    event->accept();
}

void SentimentPane::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_chart)
        m_chart->applyPreset(RangePreset::Max);
    event->accept();
}

} // namespace sn::ui
