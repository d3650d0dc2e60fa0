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

# sn_add_test(<name> SOURCES ... LIBS ... [GUI] [LABELS ...] [FIXTURES ...]
#             [ENVIRONMENT ...] [TIMEOUT s])
# One Qt Test executable registered with CTest. GUI tests run offscreen.
# Core tests use QTEST_APPLESS_MAIN and need no platform plugin at all.
function(sn_add_test name)
    cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LIBS;LABELS;FIXTURES;ENVIRONMENT" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES AUTOMOC ON)
    target_link_libraries(${name} PRIVATE ${ARG_LIBS} Qt6::Test sn_testutils)
    sn_apply_policy(${name})
    add_test(NAME ${name} COMMAND ${name})
    set(env "SUPERNOVA_SOURCE_DIR=${PROJECT_SOURCE_DIR}" "SUPERNOVA_SHARED_DATA=${PROJECT_SOURCE_DIR}/resources/sample-data"
            "SUPERNOVA_TEST_OUTPUT=${PROJECT_BINARY_DIR}/test-output" ${ARG_ENVIRONMENT})
    if(ARG_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
        list(APPEND ARG_LABELS gui)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "${env}"
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT})
    if(ARG_FIXTURES)
        set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED "${ARG_FIXTURES}")
        if("postgres" IN_LIST ARG_FIXTURES)
            # The throwaway server of tests/fixtures; read with sn::test::postgresUrl().
            set_property(TEST ${name} APPEND PROPERTY ENVIRONMENT
                "SUPERNOVA_TEST_PG_URL=${SUPERNOVA_TEST_PG_URL_VALUE}")
            set_property(TEST ${name} APPEND PROPERTY LABELS postgres)
            # One database on one server: suites that reset it must not overlap.
            set_property(TEST ${name} PROPERTY RESOURCE_LOCK postgres_database)
        endif()
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
macro(sn_enable_instrumentation)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "SUPERNOVA_FUZZ and SUPERNOVA_SANITIZE need clang (CC=clang CXX=clang++)")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined
                        -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g)
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
