#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace sn::ui {

// Help > Guide for this area: a short page per area saying what it is for and
// its main actions, translated like the rest of the interface.
class AreaGuide
{
    Q_DECLARE_TR_FUNCTIONS(AreaGuide)

public:
    // The guide of the area with this id (Area::areaId()); a note that there
    // is none yet for an id without a page.
    static QString markdown(const QString &areaId, const QString &areaTitle);
    static bool has(const QString &areaId);
    static void show(QWidget *parent, const QString &areaId, const QString &areaTitle);
};

} // namespace sn::ui
