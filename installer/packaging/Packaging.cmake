# Debian packages from the CMake build (CPack's DEB generator):
#   supernova         the desktop app and supernova-cli, desktop entry, AppStream
#                     metainfo, icons, man pages
#   supernova-server  the team server as a systemd service, config in /etc/supernova,
#                     data in /var/lib/supernova
# Build them after a normal build with:  cd build && cpack   (docs/packaging.md)
#
# Everything installed is made at build time from the sources (man pages from
# each program's --help, PNG icons from the app's SVG), so a package cannot
# describe a program other than the one it ships.

include(GNUInstallDirs)

find_program(SUPERNOVA_HELP2MAN help2man REQUIRED)
find_program(SUPERNOVA_GZIP gzip REQUIRED)

set(SUPERNOVA_APP_ID "org.supernova.SuperNova" CACHE STRING
    "Desktop/AppStream id of the desktop app (reverse-DNS); names the .desktop, metainfo and icon files")
set(pkg_src ${CMAKE_CURRENT_LIST_DIR})
set(pkg_out ${PROJECT_BINARY_DIR}/packaging)
set(SUPERNOVA_DEB_REVISION 1)

# The Debian changelog names the version; refuse to build packages whose
# changelog and project version disagree (lintian would too, later and less clearly).
file(STRINGS ${pkg_src}/changelog changelog_head LIMIT_COUNT 1)
if(NOT changelog_head MATCHES "^supernova \\(([^)]+)\\)")
    message(FATAL_ERROR "${pkg_src}/changelog:1: expected 'supernova (VERSION-REVISION) ...', got '${changelog_head}'")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL "${PROJECT_VERSION}-${SUPERNOVA_DEB_REVISION}")
    message(FATAL_ERROR "${pkg_src}/changelog:1: version ${CMAKE_MATCH_1} is not the project's "
                        "${PROJECT_VERSION}-${SUPERNOVA_DEB_REVISION}; add a changelog entry for this version")
endif()
# The release date of the AppStream metainfo is the changelog entry's date.
file(STRINGS ${pkg_src}/changelog changelog_trailer REGEX "^ -- .*  " LIMIT_COUNT 1)
if(NOT changelog_trailer MATCHES ", ([0-9][0-9]) ([A-Z][a-z][a-z]) ([0-9][0-9][0-9][0-9]) ")
    message(FATAL_ERROR "${pkg_src}/changelog: the first entry has no ' -- NAME <MAIL>  DATE' line")
endif()
set(month_names Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
list(FIND month_names ${CMAKE_MATCH_2} month_index)
math(EXPR month "${month_index} + 1")
string(LENGTH "${month}" month_digits)
if(month_digits EQUAL 1)
    set(month "0${month}")
endif()
set(SUPERNOVA_RELEASE_DATE "${CMAKE_MATCH_3}-${month}-${CMAKE_MATCH_1}")

# ---- generated files ---------------------------------------------------------

configure_file(${pkg_src}/supernova.desktop.in ${pkg_out}/${SUPERNOVA_APP_ID}.desktop @ONLY)
configure_file(${pkg_src}/metainfo.xml.in ${pkg_out}/${SUPERNOVA_APP_ID}.metainfo.xml @ONLY)

add_custom_command(OUTPUT ${pkg_out}/changelog.Debian.gz
    COMMAND ${SUPERNOVA_GZIP} -9n -c ${pkg_src}/changelog > ${pkg_out}/changelog.Debian.gz
    DEPENDS ${pkg_src}/changelog VERBATIM)

add_custom_command(OUTPUT ${pkg_out}/deployment.md.gz
    COMMAND ${SUPERNOVA_GZIP} -9n -c ${PROJECT_SOURCE_DIR}/docs/deployment.md > ${pkg_out}/deployment.md.gz
    DEPENDS ${PROJECT_SOURCE_DIR}/docs/deployment.md VERBATIM)

# Man pages from --help: rebuilt whenever the program is.
set(make_manpage ${pkg_src}/make-manpage.sh)
add_custom_command(OUTPUT ${pkg_out}/man/supernova-cli.1.gz
    COMMAND ${make_manpage} $<TARGET_FILE:supernova-cli>
            "work with SuperNova's market data, backtests and portfolios from the command line"
            ${pkg_out}/man/supernova-cli.1.gz --commands
    DEPENDS supernova-cli ${make_manpage} VERBATIM)
add_custom_command(OUTPUT ${pkg_out}/man/supernova-server.1.gz
    COMMAND ${make_manpage} $<TARGET_FILE:supernova-server>
            "SuperNova team server: shared workspaces over secure WebSockets"
            ${pkg_out}/man/supernova-server.1.gz --verbatim --include ${pkg_src}/server/manpage.h2m
    DEPENDS supernova-server ${make_manpage} ${pkg_src}/server/manpage.h2m VERBATIM)
add_custom_command(OUTPUT ${pkg_out}/man/supernova.1.gz
    COMMAND ${make_manpage} $<TARGET_FILE:supernova>
            "SuperNova desktop trading-advisor workstation"
            ${pkg_out}/man/supernova.1.gz
    DEPENDS supernova ${make_manpage} VERBATIM)

# PNG icons at the hicolor sizes, drawn by Qt's SVG renderer like the app's own icon.
add_executable(sn_render_icon ${pkg_src}/render_icon.cpp)
target_link_libraries(sn_render_icon PRIVATE Qt6::Gui Qt6::Svg)
sn_apply_policy(sn_render_icon)
set(SUPERNOVA_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(icon_pngs)
foreach(size IN LISTS SUPERNOVA_ICON_SIZES)
    list(APPEND icon_pngs ${pkg_out}/icons/${size}.png)
endforeach()
add_custom_command(OUTPUT ${icon_pngs}
    COMMAND sn_render_icon ${PROJECT_SOURCE_DIR}/resources/icons/app.svg ${pkg_out}/icons ${SUPERNOVA_ICON_SIZES}
    DEPENDS sn_render_icon ${PROJECT_SOURCE_DIR}/resources/icons/app.svg VERBATIM)

add_custom_target(sn_package_files ALL DEPENDS
    ${pkg_out}/changelog.Debian.gz ${pkg_out}/deployment.md.gz
    ${pkg_out}/man/supernova-cli.1.gz ${pkg_out}/man/supernova-server.1.gz ${pkg_out}/man/supernova.1.gz
    ${icon_pngs})

# Debian's hardening for what is installed: resolve every symbol at start so
# the GOT can be read-only (full RELRO). A link option only, so no object file
# is compiled differently from the ones the tests use.
foreach(program supernova supernova-cli supernova-server)
    target_link_options(${program} PRIVATE LINKER:-z,relro LINKER:-z,now)
endforeach()

# ---- what each package installs ------------------------------------------------
# Paths are absolute Debian paths: the packages install into /usr, /etc, /lib.

install(TARGETS supernova supernova-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT desktop)
install(FILES ${pkg_out}/${SUPERNOVA_APP_ID}.desktop DESTINATION share/applications COMPONENT desktop)
install(FILES ${pkg_out}/${SUPERNOVA_APP_ID}.metainfo.xml DESTINATION share/metainfo COMPONENT desktop)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/app.svg DESTINATION share/icons/hicolor/scalable/apps
        RENAME ${SUPERNOVA_APP_ID}.svg COMPONENT desktop)
foreach(size IN LISTS SUPERNOVA_ICON_SIZES)
    install(FILES ${pkg_out}/icons/${size}.png DESTINATION share/icons/hicolor/${size}x${size}/apps
            RENAME ${SUPERNOVA_APP_ID}.png COMPONENT desktop)
endforeach()
install(FILES ${pkg_out}/man/supernova.1.gz ${pkg_out}/man/supernova-cli.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT desktop)
install(FILES ${pkg_src}/copyright ${pkg_out}/changelog.Debian.gz
        DESTINATION share/doc/supernova COMPONENT desktop)
install(FILES ${pkg_src}/lintian/supernova DESTINATION share/lintian/overrides COMPONENT desktop)

install(TARGETS supernova-server RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT server)
install(FILES ${pkg_out}/man/supernova-server.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT server)
install(FILES ${pkg_src}/server/server.ini DESTINATION /etc/supernova COMPONENT server)
install(FILES ${pkg_src}/server/supernova-server.service DESTINATION /lib/systemd/system COMPONENT server)
# The server embeds none of the sample data, so its copyright names only SuperNova's own code.
install(FILES ${pkg_src}/server/copyright ${pkg_out}/changelog.Debian.gz ${pkg_out}/deployment.md.gz
        DESTINATION share/doc/supernova-server COMPONENT server)
install(FILES ${pkg_src}/lintian/supernova-server DESTINATION share/lintian/overrides COMPONENT server)

# ---- CPack ---------------------------------------------------------------------

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME supernova)
set(CPACK_PACKAGE_VENDOR "SuperNova maintainers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "SuperNova maintainers <maintainers@users.noreply.b-seed-26e706c9.example>")
# Absolute destinations (/etc, /lib/systemd) land in the package only through
# DESTDIR; with it, CPACK_INSTALL_PREFIX is the prefix the rest installs under.
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX /usr)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# CPackDeb puts this summary in front of each component's own description
# unless it is CPack's default text, and each description below starts with
# its own summary line.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_STRIP_FILES ON)
set(CPACK_OUTPUT_FILE_PREFIX ${PROJECT_BINARY_DIR}/packages)
set(CPACK_COMPONENTS_ALL desktop server)
set(CPACK_DEB_COMPONENT_INSTALL ON)

set(CPACK_DEBIAN_PACKAGE_RELEASE ${SUPERNOVA_DEB_REVISION})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SOURCE supernova)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The libraries the binaries link come from dpkg-shlibdeps; what Qt loads at run
# time as plugins (SQL drivers, platform, SVG) or QtKeychain loads by name
# (libsecret) is not linked, so it is named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME supernova)
set(CPACK_DEBIAN_DESKTOP_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, libqt6svg6, qt6-qpa-plugins, libsecret-1-0, fonts-dejavu-core")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_SUGGESTS "supernova-server, postgresql-client")
set(CPACK_DEBIAN_DESKTOP_DESCRIPTION
"trading-advisor workstation for analysts (desktop app and CLI)
SuperNova is a native workstation for analysts: market data in SQLite or
PostgreSQL, fast charts, portfolios with exact money, backtests, parameter
sweeps and walk-forward tests, risk metrics with the formula behind each
number, reports, and an advisor that answers from the analyst's own data.

This package holds the desktop app (supernova) and the command-line
interface (supernova-cli), which work on the same database. Real sample
market data is built in.")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME supernova-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, adduser, openssl")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "postgresql")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${pkg_src}/server/conffiles ${pkg_src}/server/postinst ${pkg_src}/server/prerm ${pkg_src}/server/postrm)
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_SERVER_DESCRIPTION
"SuperNova team server: shared workspaces over secure WebSockets
The SuperNova team server shares portfolios, transactions, watchlists,
saved backtest runs, notes and chat between analysts over wss://, with
users, roles and workspaces, on SQLite or PostgreSQL.

This package runs it as the systemd service supernova-server under a
dedicated system user, with its configuration in /etc/supernova and its
data in /var/lib/supernova.")

include(CPack)

# ---- tests ---------------------------------------------------------------------
# package_lint: cpack + lintian + desktop/AppStream validators, about a minute, no
# network: part of the default run. package_install: debootstrap a Debian 12 root
# and install, use, upgrade and purge the packages there; needs root and the Debian
# mirror and takes minutes, so installer/test.sh runs it only when asked (-L package).
if(SUPERNOVA_BUILD_TESTS)
    sn_add_script_test(package_lint
        COMMAND ${PROJECT_SOURCE_DIR}/installer/tests/package_lint_test.sh ${PROJECT_BINARY_DIR}
        LABELS package-lint TIMEOUT 900 RESOURCE_LOCK cpack)
    sn_add_script_test(package_install
        COMMAND ${PROJECT_SOURCE_DIR}/installer/tests/package_install_test.sh ${PROJECT_BINARY_DIR}
        LABELS package TIMEOUT 3600 RESOURCE_LOCK cpack)
endif()
