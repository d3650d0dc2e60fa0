#pragma once

#include "core/analytics/StressTest.h"
#include "core/common/Result.h"

#include <QString>
#include <vector>

namespace sn::ui {

// A stress scenario the analyst named: one shock to the whole market, an
// asset class or one instrument. The list is a workspace setting (written
// through SettingsService), so it is the same in every window and after a
// restart.
struct CustomStress
{
    QString name;
    StressTest::Shock shock;
};

inline constexpr const char *kCustomStressSetting = "risk.custom_stress";

// Checked: a name, a target unless market-wide, a change above -100 %.
// `changePercent` is in percent (-30 = a 30 % fall).
Result<CustomStress> makeCustomStress(const QString &name, StressTest::Shock::Scope scope,
                                      const QString &target, double changePercent);
// The stored JSON array; an empty text is an empty list.
Result<std::vector<CustomStress>> parseCustomStress(const QString &json);
QString customStressJson(const std::vector<CustomStress> &list);

} // namespace sn::ui
