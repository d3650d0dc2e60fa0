#include "ui/shell/HeaderFit.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTimer>
#include <QWidget>

namespace sn::ui::HeaderFit {

namespace {

constexpr const char *kFollowed = "sn_headerFit";
constexpr const char *kUnstretched = "sn_headerFitUnstretched";

// Widens the sections narrower than their titles. Sections Qt sizes itself
// (to contents, which counts the title, or stretched) are left to it.
void widen(QHeaderView *header)
{
    if (!header->model())
        return;
    if (header->property(kUnstretched).toBool() && header->length() < header->viewport()->width()) {
        header->setProperty(kUnstretched, false);
        header->setStretchLastSection(true);
    }
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical) ||
            header->sectionResizeMode(logical) != QHeaderView::Interactive)
            continue;
        const int needed = header->sectionSizeHint(logical);
        if (header->stretchLastSection() && header->visualIndex(logical) == header->count() - 1) {
            // Stretched into less room than its title (once shown: before,
            // the room is not known): it scrolls instead, until there is room.
            if (header->isVisible() && header->sectionSize(logical) < needed) {
                header->setStretchLastSection(false);
                header->setProperty(kUnstretched, true);
                header->resizeSection(logical, needed);
            }
            continue;
        }
        if (header->model()->headerData(logical, Qt::Horizontal).toString().isEmpty())
            continue;
        if (header->sectionSize(logical) < needed)
            header->resizeSection(logical, needed);
    }
}

} // namespace

void keepTitlesWhole(QHeaderView *header)
{
    if (!header || header->orientation() != Qt::Horizontal || header->property(kFollowed).toBool())
        return;
    header->setProperty(kFollowed, true);
    // Checked once the event loop has run: resets and resizes come in bursts.
    auto *pending = new QTimer(header);
    pending->setSingleShot(true);
    pending->setInterval(0);
    QObject::connect(pending, &QTimer::timeout, header, [header]() { widen(header); });
    auto schedule = [pending]() { pending->start(); };
    QObject::connect(header, &QHeaderView::sectionResized, pending, schedule);
    QObject::connect(header, &QHeaderView::sectionCountChanged, pending, schedule);
    QObject::connect(header, &QHeaderView::geometriesChanged, pending, schedule);
    if (QAbstractItemModel *model = header->model()) {
        QObject::connect(model, &QAbstractItemModel::modelReset, pending, schedule);
        QObject::connect(model, &QAbstractItemModel::headerDataChanged, pending, schedule);
        QObject::connect(model, &QAbstractItemModel::layoutChanged, pending, schedule);
    }
    widen(header);
}

void keepTitlesWholeIn(QWidget *root)
{
    for (QHeaderView *header : root->findChildren<QHeaderView *>())
        keepTitlesWhole(header);
}

} // namespace sn::ui::HeaderFit
