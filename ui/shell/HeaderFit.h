#pragma once

class QHeaderView;
class QWidget;

namespace sn::ui {

// Column titles that are never cut: every section of a horizontal header is
// kept at least as wide as its title needs (in the current language and
// font), whatever sizes it (a default width, resizing to contents, the
// user). Wider sections are left alone; a table narrower than its titles
// scrolls rather than cutting them.
namespace HeaderFit {

// Follows `header` from now on (its model's resets and title changes too).
void keepTitlesWhole(QHeaderView *header);
// keepTitlesWhole() for every horizontal header inside `root` now.
void keepTitlesWholeIn(QWidget *root);

} // namespace HeaderFit

} // namespace sn::ui
