#include "ui/dashboard/SparklineDelegate.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace sn::ui {

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, QModelIndex()); // background and selection only
    const auto values = index.data(Role).value<QList<double>>();
    if (values.size() < 2)
        return;
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    const double span = *hi - *lo;
    const QRectF r = QRectF(option.rect).adjusted(3, 3, -3, -3);
    QPainterPath path;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const double x =
            r.left() + r.width() * static_cast<double>(i) / static_cast<double>(values.size() - 1);
        const double y = span > 0 ? r.bottom() - r.height() * (values[i] - *lo) / span : r.center().y();
        if (i == 0)
            path.moveTo(x, y);
        else
            path.lineTo(x, y);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor up(0x1b, 0x8a, 0x3c), down(0xc6, 0x28, 0x28);
    painter->setPen(QPen(values.back() >= values.front() ? up : down, 1.4));
    painter->drawPath(path);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return {90, 22};
}

} // namespace sn::ui
