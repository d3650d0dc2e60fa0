#include "app/cli/Command.h"

namespace sn::cli {

// Commands of this area are registered here as they are built.
std::vector<Command> backtestCommands()
{
    return {};
}

} // namespace sn::cli
