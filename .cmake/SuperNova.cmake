# The one place that decides build policy for every SuperNova target:
# warnings (errors in CI), visibility, Qt defines, and how tests and
# benchmarks are built and registered.

# sn_apply_policy(<target>) - warnings, visibility and strict Qt defines.
function(sn_apply_policy target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wcast-align -Wnon-virtual-dtor
        -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
    if(SUPERNOVA_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    set_target_properties(${target} PROPERTIES
        CXX_VISIBILITY_PRESET hidden
        VISIBILITY_INLINES_HIDDEN ON)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH)
endfunction()

# sn_add_library(<name> [QT] SOURCES ... [PUBLIC_LIBS ...] [PRIVATE_LIBS ...])
# A static library rooted at the repository root for includes, so headers
# are included as "core/market/BarSeries.h". QT turns on moc for the target.
function(sn_add_library name)
    cmake_parse_arguments(ARG "QT" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
    if(ARG_QT)
        set_target_properties(${name} PROPERTIES AUTOMOC ON)
    endif()
    sn_apply_policy(${name})
endfunction()

# sn_add_test(<name> SOURCES ... LIBS ... [GUI] [BOTH_ENGINES] [LABELS ...] [FIXTURES ...]
#             [ENVIRONMENT ...] [TIMEOUT s])
# One Qt Test executable registered with CTest. GUI tests run offscreen.
# Core tests use QTEST_APPLESS_MAIN and need no platform plugin at all.
# BOTH_ENGINES registers the same executable twice: <name> on SQLite and
# <name>_postgres on the throwaway server of the `postgres` fixture
# (tests/fixtures); the suite reads SUPERNOVA_TEST_ENGINE to pick its engine.
function(sn_add_test name)
    cmake_parse_arguments(ARG "GUI;BOTH_ENGINES" "TIMEOUT" "SOURCES;LIBS;LABELS;FIXTURES;ENVIRONMENT" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES AUTOMOC ON)
    target_link_libraries(${name} PRIVATE ${ARG_LIBS} Qt6::Test sn_testutils)
    sn_apply_policy(${name})
    set(env "SUPERNOVA_SOURCE_DIR=${PROJECT_SOURCE_DIR}" "SUPERNOVA_SHARED_DATA=${PROJECT_SOURCE_DIR}/resources/sample-data"
            "SUPERNOVA_TEST_OUTPUT=${PROJECT_BINARY_DIR}/test-output" ${ARG_ENVIRONMENT})
    if(ARG_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
        list(APPEND ARG_LABELS gui)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    if(ARG_BOTH_ENGINES)
        _sn_register_test(${name} ${name} "${env};SUPERNOVA_TEST_ENGINE=sqlite" "${ARG_LABELS}" ${ARG_TIMEOUT}
                          "${ARG_FIXTURES}")
        _sn_register_test(${name}_postgres ${name} "${env};SUPERNOVA_TEST_ENGINE=postgresql" "" ${ARG_TIMEOUT}
                          "${ARG_FIXTURES};postgres")
    else()
        _sn_register_test(${name} ${name} "${env}" "${ARG_LABELS}" ${ARG_TIMEOUT} "${ARG_FIXTURES}")
    endif()
endfunction()

# One CTest registration of an executable or script; a test that needs the
# `postgres` fixture gets its URL, its label and the lock on its one database.
function(_sn_register_test test command env labels timeout fixtures)
    list(REMOVE_ITEM fixtures "")
    add_test(NAME ${test} COMMAND ${command})
    set_tests_properties(${test} PROPERTIES
        ENVIRONMENT "${env}"
        LABELS "${labels}"
        TIMEOUT ${timeout})
    if(fixtures)
        set_tests_properties(${test} PROPERTIES FIXTURES_REQUIRED "${fixtures}")
        if("postgres" IN_LIST fixtures)
            # The throwaway server of tests/fixtures; read with sn::test::postgresUrl().
            set_property(TEST ${test} APPEND PROPERTY ENVIRONMENT
                "SUPERNOVA_TEST_PG_URL=${SUPERNOVA_TEST_PG_URL_VALUE}")
            set_property(TEST ${test} APPEND PROPERTY LABELS postgres)
            # One database on one server: suites that reset it must not overlap.
            set_property(TEST ${test} PROPERTY RESOURCE_LOCK postgres_database)
        endif()
    endif()
endfunction()

# sn_add_script_test(<name> COMMAND ... [LABELS ...] [TIMEOUT s] [RESOURCE_LOCK ...]
#                    [FIXTURES_SETUP f] [FIXTURES_CLEANUP f])
# A test that is a script (packaging, formatting, the PostgreSQL fixture's
# start and stop), registered with the same conventions as sn_add_test.
function(sn_add_script_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT;FIXTURES_SETUP;FIXTURES_CLEANUP" "COMMAND;LABELS;RESOURCE_LOCK" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    add_test(NAME ${name} COMMAND ${ARG_COMMAND})
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}" TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "SUPERNOVA_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
    if(ARG_RESOURCE_LOCK)
        set_tests_properties(${name} PROPERTIES RESOURCE_LOCK "${ARG_RESOURCE_LOCK}")
    endif()
    if(ARG_FIXTURES_SETUP)
        set_tests_properties(${name} PROPERTIES FIXTURES_SETUP ${ARG_FIXTURES_SETUP})
    endif()
    if(ARG_FIXTURES_CLEANUP)
        set_tests_properties(${name} PROPERTIES FIXTURES_CLEANUP ${ARG_FIXTURES_CLEANUP})
    endif()
endfunction()

# sn_add_benchmark(<name> SOURCES ... LIBS ...)
# Benchmarks are built from the same libraries as the app but are not run by
# CTest: their figures go to docs/performance.md with the command and machine.
function(sn_add_benchmark name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES AUTOMOC ON
        RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/benchmarks)
    target_link_libraries(${name} PRIVATE ${ARG_LIBS} sn_benchutils)
    sn_apply_policy(${name})
endfunction()

# Instrumented builds (clang only): SUPERNOVA_FUZZ for the libFuzzer targets,
# SUPERNOVA_SANITIZE for the unit tests under ASan + UBSan (installer/fuzz.sh,
# installer/sanitize.sh). sn_enable_instrumentation() runs before any target
# is declared, so every library is compiled with libFuzzer's coverage hooks and
# both sanitizers: the fuzzer is guided by the parsers' own branches and the
# sanitizers see the parsers' memory, not only the entry point's. Both builds
# use the very same flags on purpose: ccache then serves each object compiled
# by one build to the other (the hooks cost the tests little; the sanitizer
# runtime has no-op defaults for them). Undefined behaviour aborts.
# -O1 and line tables only (not -O2 -g): the sanitizers' reports need file and
# line, nothing more; on core/workspace/LedgerService.cpp this compiled in 65 s
# instead of 84 s (loaded VM) with a 1.6 MB object instead of 2.6 MB.
macro(sn_enable_instrumentation)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "SUPERNOVA_FUZZ and SUPERNOVA_SANITIZE need clang (CC=clang CXX=clang++)")
    endif()
    set(CMAKE_C_FLAGS_RELWITHDEBINFO "-O1 -DNDEBUG")
    set(CMAKE_CXX_FLAGS_RELWITHDEBINFO "-O1 -DNDEBUG")
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined
                        -fno-sanitize-recover=undefined -fno-omit-frame-pointer -gline-tables-only)
    add_link_options(-fsanitize=address,undefined)
endmacro()

# sn_add_fuzzer(<name> SOURCES ... LIBS ...)
# One libFuzzer executable in <build>/fuzz (not run by CTest; installer/fuzz.sh
# runs each over its seed corpus in tests/fuzz/corpus/<name without fuzz_>).
function(sn_add_fuzzer name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES AUTOMOC ON
        RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/fuzz)
    target_link_libraries(${name} PRIVATE ${ARG_LIBS})
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
    sn_apply_policy(${name})
endfunction()
