#include "ui/backtest/HeatmapWidget.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace sn::ui {

namespace {

constexpr int kLeftMargin = 56;
constexpr int kBottomMargin = 40;
constexpr int kTopMargin = 8;
constexpr int kRightMargin = 12;

QColor mix(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

HeatmapWidget::HeatmapWidget(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    m_format = [](double v) { return QString::number(v, 'g', 4); };
}

void HeatmapWidget::setData(int rows, int columns, std::vector<double> values, QStringList rowLabels,
                            QStringList columnLabels)
{
    m_rows = std::max(rows, 0);
    m_columns = std::max(columns, 0);
    m_values = std::move(values);
    m_values.resize(std::size_t(m_rows) * std::size_t(m_columns), std::nan(""));
    m_rowLabels = std::move(rowLabels);
    m_columnLabels = std::move(columnLabels);
    m_min = 0;
    m_max = 0;
    bool first = true;
    for (double v : m_values) {
        if (!std::isfinite(v))
            continue;
        m_min = first ? v : std::min(m_min, v);
        m_max = first ? v : std::max(m_max, v);
        first = false;
    }
    m_imageDirty = true;
    m_paintPending = true;
    update();
}

void HeatmapWidget::setAxisTitles(const QString &rowTitle, const QString &columnTitle)
{
    m_rowTitle = rowTitle;
    m_columnTitle = columnTitle;
    update();
}

void HeatmapWidget::clear()
{
    setData(0, 0, {}, {}, {});
}

int HeatmapWidget::filledCells() const
{
    return int(std::count_if(m_values.begin(), m_values.end(), [](double v) { return std::isfinite(v); }));
}

double HeatmapWidget::value(int row, int column) const
{
    if (row < 0 || column < 0 || row >= m_rows || column >= m_columns)
        return std::nan("");
    return m_values[std::size_t(row) * std::size_t(m_columns) + std::size_t(column)];
}

QString HeatmapWidget::cellText(int row, int column) const
{
    const double v = value(row, column);
    const QString where =
        QStringLiteral("%1 %2, %3 %4")
            .arg(m_rowTitle, m_rowLabels.value(row), m_columnTitle, m_columnLabels.value(column))
            .trimmed();
    return where + QStringLiteral(": ") + (std::isfinite(v) ? m_format(v) : tr("no value"));
}

QColor HeatmapWidget::colourOf(double v) const
{
    if (!std::isfinite(v))
        return palette().color(QPalette::Base);
    if (m_scale == Scale::Diverging) {
        const double span = std::max(std::abs(m_min), std::abs(m_max));
        const double t = span > 0 ? v / span : 0;
        return t >= 0 ? mix(QColor(255, 255, 255), QColor(27, 138, 60), std::sqrt(t))
                      : mix(QColor(255, 255, 255), QColor(198, 40, 40), std::sqrt(-t));
    }
    double t = m_max > m_min ? (v - m_min) / (m_max - m_min) : 0.5;
    if (m_lowerIsBetter)
        t = 1 - t;
    // Light yellow (worst) through orange to dark purple (best), readable in grey too.
    return t < 0.5 ? mix(QColor(255, 247, 188), QColor(236, 112, 20), t * 2)
                   : mix(QColor(236, 112, 20), QColor(84, 39, 143), (t - 0.5) * 2);
}

QRect HeatmapWidget::plotRect() const
{
    return QRect(kLeftMargin, kTopMargin, std::max(1, width() - kLeftMargin - kRightMargin),
                 std::max(1, height() - kTopMargin - kBottomMargin));
}

QRect HeatmapWidget::cellRect(int row, int column) const
{
    const QRect p = plotRect();
    if (m_rows == 0 || m_columns == 0)
        return {};
    const int x0 = p.left() + column * p.width() / m_columns;
    const int x1 = p.left() + (column + 1) * p.width() / m_columns;
    const int y0 = p.top() + row * p.height() / m_rows;
    const int y1 = p.top() + (row + 1) * p.height() / m_rows;
    return QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1));
}

bool HeatmapWidget::cellAt(const QPoint &pos, int &row, int &column) const
{
    const QRect p = plotRect();
    if (m_rows == 0 || m_columns == 0 || !p.contains(pos))
        return false;
    column = std::clamp((pos.x() - p.left()) * m_columns / p.width(), 0, m_columns - 1);
    row = std::clamp((pos.y() - p.top()) * m_rows / p.height(), 0, m_rows - 1);
    return true;
}

void HeatmapWidget::rebuildImage()
{
    // One pixel per cell; drawImage scales it without smoothing.
    m_image = QImage(std::max(m_columns, 1), std::max(m_rows, 1), QImage::Format_RGB32);
    m_image.fill(palette().color(QPalette::Base));
    for (int r = 0; r < m_rows; ++r) {
        auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(r));
        for (int c = 0; c < m_columns; ++c)
            line[c] = colourOf(value(r, c)).rgb();
    }
    m_imageDirty = false;
}

void HeatmapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Window));
    const QRect plot = plotRect();
    if (m_rows == 0 || m_columns == 0) {
        p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                   m_emptyText.isEmpty() ? tr("Nothing to show yet") : m_emptyText);
        return;
    }
    if (m_imageDirty)
        rebuildImage();
    p.drawImage(plot, m_image);
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(plot.adjusted(0, 0, -1, -1));

    const QFontMetrics fm = fontMetrics();
    p.setPen(palette().color(QPalette::WindowText));
    if (m_showValues) {
        // Shrink the font until the widest value fits a cell (down to 6 pt);
        // below that the colours alone speak and the tooltip has the value.
        QFont small = font();
        const QRect cell0 = cellRect(0, 0);
        const QString widest = QStringLiteral("-00.0");
        for (qreal size = font().pointSizeF(); size >= 6; size -= 0.5) {
            small.setPointSizeF(size);
            if (QFontMetrics(small).horizontalAdvance(widest) + 2 <= cell0.width())
                break;
        }
        const QFontMetrics sm(small);
        if (sm.horizontalAdvance(widest) + 2 <= cell0.width() && sm.height() <= cell0.height()) {
            p.setFont(small);
            for (int r = 0; r < m_rows; ++r)
                for (int c = 0; c < m_columns; ++c) {
                    const double v = value(r, c);
                    if (std::isfinite(v))
                        p.drawText(cellRect(r, c), Qt::AlignCenter, m_format(v));
                }
            p.setFont(font());
        }
    }
    // Labels: as many as fit without overlapping.
    const int rowStep = std::max(1, (fm.height() * m_rows + plot.height() - 1) / std::max(plot.height(), 1));
    for (int r = 0; r < m_rows; r += rowStep) {
        const QRect cell = cellRect(r, 0);
        p.drawText(QRect(0, cell.top(), kLeftMargin - 4, std::max(cell.height(), fm.height())),
                   Qt::AlignRight | Qt::AlignVCenter, m_rowLabels.value(r));
    }
    int widest = 1;
    for (const QString &l : m_columnLabels)
        widest = std::max(widest, fm.horizontalAdvance(l) + 6);
    const int columnStep = std::max(1, (widest * m_columns + plot.width() - 1) / std::max(plot.width(), 1));
    for (int c = 0; c < m_columns; c += columnStep) {
        const QRect cell = cellRect(0, c);
        p.drawText(QRect(cell.center().x() - widest / 2, plot.bottom() + 2, widest, fm.height()),
                   Qt::AlignCenter, m_columnLabels.value(c));
    }
    p.drawText(QRect(plot.left(), plot.bottom() + 2 + fm.height(), plot.width(), fm.height()),
               Qt::AlignCenter, m_columnTitle);
    p.save();
    p.translate(10, plot.center().y());
    p.rotate(-90);
    p.drawText(QRect(-plot.height() / 2, -fm.height() / 2, plot.height(), fm.height()), Qt::AlignCenter,
               m_rowTitle);
    p.restore();
    if (m_paintPending) {
        m_paintPending = false;
        Q_EMIT painted();
    }
}

bool HeatmapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        int r = 0, c = 0;
        if (cellAt(help->pos(), r, c))
            QToolTip::showText(help->globalPos(), cellText(r, c), this, cellRect(r, c));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void HeatmapWidget::mousePressEvent(QMouseEvent *event)
{
    int r = 0, c = 0;
    if (event->button() == Qt::LeftButton && cellAt(event->position().toPoint(), r, c))
        Q_EMIT cellActivated(r, c);
    QWidget::mousePressEvent(event);
}

QSize HeatmapWidget::sizeHint() const
{
    return {640, 360};
}

QSize HeatmapWidget::minimumSizeHint() const
{
    return {240, 160};
}

} // namespace sn::ui
