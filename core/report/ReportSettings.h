#pragma once

namespace sn::report {

// The settings (in the database, so the desktop and the CLI share them) that
// give every report a company name and logo in its header. Preferences >
// Reports writes them through SettingsService; the logo is stored as the
// path of a PNG or JPEG file, read when a report is rendered.
inline constexpr const char *kCompanySetting = "report.company_name";
inline constexpr const char *kLogoSetting = "report.logo_path";

} // namespace sn::report
