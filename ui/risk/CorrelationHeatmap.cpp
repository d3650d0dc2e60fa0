#include "ui/risk/CorrelationHeatmap.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace sn::ui {

namespace {

constexpr int kLabelWidth = 70;
constexpr int kLabelHeight = 22;

// Diverging scale so the sign reads at a glance: -1 blue, 0 white, +1 red.
QColor colourOf(double c)
{
    const double t = std::clamp(std::abs(c), 0.0, 1.0);
    const QColor end = c >= 0 ? QColor(198, 40, 40) : QColor(21, 101, 192);
    auto mix = [t](int from, int to) { return static_cast<int>(std::lround(from + (to - from) * t)); };
    return QColor(mix(255, end.red()), mix(255, end.green()), mix(255, end.blue()));
}

} // namespace

CorrelationHeatmap::CorrelationHeatmap(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAccessibleName(tr("Correlation heatmap"));
    setFocusPolicy(Qt::StrongFocus);
}

void CorrelationHeatmap::setMatrix(const QStringList &symbols, std::vector<std::vector<double>> correlation,
                                   std::vector<std::vector<double>> covariance)
{
    m_symbols = symbols;
    m_correlation = std::move(correlation);
    m_covariance = std::move(covariance);
    m_message.clear();
    setAccessibleDescription(
        tr("Correlation of %n position(s)", nullptr, static_cast<int>(m_symbols.size())));
    update();
}

void CorrelationHeatmap::clear(const QString &message)
{
    m_symbols.clear();
    m_correlation.clear();
    m_covariance.clear();
    m_message = message;
    update();
}

int CorrelationHeatmap::cellCount() const
{
    int n = 0;
    for (const auto &row : m_correlation)
        n += static_cast<int>(row.size());
    return n;
}

QRect CorrelationHeatmap::gridRect() const
{
    const QRect area = rect().adjusted(kLabelWidth, kLabelHeight, -8, -8);
    // Cells stop growing at 140 px: a 2 x 2 matrix filling a wide panel reads worse, not better.
    const int cap = 140 * std::max<int>(1, static_cast<int>(m_correlation.size()));
    const int side = std::max(0, std::min({area.width(), area.height(), cap}));
    return {area.topLeft(), QSize(side, side)};
}

QRect CorrelationHeatmap::cellRect(int row, int column) const
{
    const int n = static_cast<int>(m_correlation.size());
    if (n == 0 || row < 0 || column < 0 || row >= n || column >= n)
        return {};
    const QRect g = gridRect();
    const double step = static_cast<double>(g.width()) / n;
    const int x0 = g.left() + static_cast<int>(std::lround(column * step));
    const int x1 = g.left() + static_cast<int>(std::lround((column + 1) * step));
    const int y0 = g.top() + static_cast<int>(std::lround(row * step));
    const int y1 = g.top() + static_cast<int>(std::lround((row + 1) * step));
    return QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1));
}

QPoint CorrelationHeatmap::cellAt(const QPoint &pos) const
{
    const int n = static_cast<int>(m_correlation.size());
    const QRect g = gridRect();
    if (n == 0 || !g.contains(pos))
        return {-1, -1};
    const double step = static_cast<double>(g.width()) / n;
    const int column = std::min(n - 1, static_cast<int>((pos.x() - g.left()) / step));
    const int row = std::min(n - 1, static_cast<int>((pos.y() - g.top()) / step));
    return {row, column};
}

QString CorrelationHeatmap::cellText(int row, int column) const
{
    const int n = static_cast<int>(m_correlation.size());
    if (row < 0 || column < 0 || row >= n || column >= n)
        return {};
    const auto r = static_cast<std::size_t>(row);
    const auto c = static_cast<std::size_t>(column);
    QString text = tr("%1 / %2\ncorrelation %3")
                       .arg(m_symbols.value(row), m_symbols.value(column),
                            QLocale().toString(m_correlation[r][c], 'f', 3));
    if (r < m_covariance.size() && c < m_covariance[r].size())
        text += QLatin1Char('\n') +
                tr("covariance %1 per trading day").arg(QLocale().toString(m_covariance[r][c], 'g', 4));
    return text;
}

QSize CorrelationHeatmap::sizeHint() const
{
    return {420, 380};
}

QSize CorrelationHeatmap::minimumSizeHint() const
{
    return {kLabelWidth + 80, kLabelHeight + 80};
}

void CorrelationHeatmap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    if (m_correlation.empty()) {
        p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                   m_message.isEmpty() ? tr("No correlation to show.") : m_message);
        return;
    }
    const int n = static_cast<int>(m_correlation.size());
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            const QRect cell = cellRect(i, j);
            const double v = m_correlation[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)];
            const QColor fill = colourOf(v);
            p.fillRect(cell, fill);
            p.setPen(QColor(255, 255, 255));
            p.drawRect(cell);
            const QString label = QLocale().toString(v, 'f', 2);
            if (p.fontMetrics().horizontalAdvance(label) + 4 < cell.width() &&
                p.fontMetrics().height() < cell.height()) {
                p.setPen(fill.lightness() < 140 ? Qt::white : Qt::black);
                p.drawText(cell, Qt::AlignCenter, label);
            }
        }
    }
    p.setPen(palette().color(QPalette::WindowText));
    for (int i = 0; i < n; ++i) {
        const QRect row = cellRect(i, 0);
        p.drawText(QRect(0, row.top(), kLabelWidth - 4, row.height()), Qt::AlignRight | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(m_symbols.value(i), Qt::ElideRight, kLabelWidth - 6));
        const QRect column = cellRect(0, i);
        p.drawText(QRect(column.left(), 0, column.width(), kLabelHeight), Qt::AlignCenter,
                   p.fontMetrics().elidedText(m_symbols.value(i), Qt::ElideRight, column.width()));
    }
}

bool CorrelationHeatmap::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const QPoint cell = cellAt(help->pos());
        const QString text = cellText(cell.x(), cell.y());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this, cellRect(cell.x(), cell.y()));
        return true;
    }
    return QWidget::event(e);
}

} // namespace sn::ui
