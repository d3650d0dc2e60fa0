#include "app/desktop/DesktopApp.h"

int main(int argc, char **argv)
{
    return sn::desktop::run(argc, argv);
}
