#pragma once

namespace sn::ui {

// Installs the names the offline advisor's answers give the tools' data
// (strategy ids, stress scenario labels, VaR methods, metric formulas): the
// ones the lab, the risk view and the charts show, translated
// (advisor::setDataNamer). The advisor view installs it; the CLI never
// does, so its answers keep the tools' own texts.
void installAdvisorDataNames();

} // namespace sn::ui
