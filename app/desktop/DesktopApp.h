#pragma once

namespace sn::desktop {

// Starts the desktop app: checks for a display before Qt would abort, opens
// (and on first start seeds) the database, shows the main window.
int run(int argc, char **argv);

} // namespace sn::desktop
