#include <cstdio>
#include <cstring>

// The team server (secure WebSockets, auth, shared workspaces) is not built
// yet. Until it is, this executable says so instead of pretending to serve.
int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("supernova-server %s\n", SUPERNOVA_VERSION);
            return 0;
        }
    }
    std::fprintf(stderr,
                 "supernova-server %s: the team server is not built yet; nothing is served.\n"
                 "Use the desktop app (supernova) or supernova-cli, which work fully offline.\n",
                 SUPERNOVA_VERSION);
    return 1;
}
