#pragma once

#include <QStyledItemDelegate>

namespace sn::ui {

// Draws the QList<double> under SparklineDelegate::Role as a small line:
// green when the last value is above the first, red when below.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int Role = Qt::UserRole + 10;

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace sn::ui
