# Build time on a 2-core machine. Each choice was measured (README, "Build times"); none
# changes what is compiled or checked: the same sources, warnings and -Werror.
#
# - The libraries are unity builds (PORTONE_UNITY): each of their batches parses Qt's headers
#   once instead of once a source. Sources of one library therefore must not share file-local
#   names (clang-tidy reads them the same way, packaging/static-checks.sh).
# - Precompiled Qt headers: one per library, and one shared by all test suites of a kind
#   (tests/CMakeLists.txt), since every suite includes the same Qt Test and Widgets headers.
# - A faster linker when Debian's mold or lld is present (PORTONE_LINKER=auto|mold|lld|default).
# - ccache when present (never required).
# - Split DWARF (PORTONE_SPLIT_DWARF): the debug information stays in .dwo files beside the
#   objects, so the linker does not copy it into every one of the ~55 executables; gdb reads it
#   from there.
option(PORTONE_UNITY "Unity builds of the libraries" ON)
option(PORTONE_PCH "Precompiled Qt headers" ON)
option(PORTONE_SPLIT_DWARF "Debug information in .dwo files, not in the linked binaries" ON)
set(PORTONE_LINKER "auto" CACHE STRING "Linker: auto (mold, then lld, when present), mold, lld or default")

if(NOT CMAKE_CXX_COMPILER_LAUNCHER)
    find_program(PORTONE_CCACHE ccache)
    if(PORTONE_CCACHE)
        set(CMAKE_CXX_COMPILER_LAUNCHER ${PORTONE_CCACHE})
    endif()
endif()

set(_portone_linker "")
if(PORTONE_LINKER STREQUAL "auto")
    find_program(PORTONE_MOLD mold)
    find_program(PORTONE_LLD ld.lld)
    if(PORTONE_MOLD)
        set(_portone_linker mold)
    elseif(PORTONE_LLD)
        set(_portone_linker lld)
    endif()
elseif(PORTONE_LINKER MATCHES "^(mold|lld)$")
    set(_portone_linker ${PORTONE_LINKER})
endif()
if(_portone_linker)
    include(CheckCXXSourceCompiles)
    set(CMAKE_REQUIRED_LINK_OPTIONS -fuse-ld=${_portone_linker})
    check_cxx_source_compiles("int main() { return 0; }" PORTONE_LINKER_${_portone_linker}_WORKS)
    unset(CMAKE_REQUIRED_LINK_OPTIONS)
    if(PORTONE_LINKER_${_portone_linker}_WORKS)
        target_link_options(portone_build_flags INTERFACE -fuse-ld=${_portone_linker})
        message(STATUS "PortOne Desk: linking with ${_portone_linker}")
    endif()
endif()

if(PORTONE_SPLIT_DWARF AND CMAKE_BUILD_TYPE MATCHES "^(RelWithDebInfo|Debug)$")
    target_compile_options(portone_build_flags INTERFACE -gsplit-dwarf)
endif()

# portone_library_build_speed(<target> <Qt headers...>): unity build and precompiled headers
# for one of the project's libraries.
function(portone_library_build_speed target)
    if(PORTONE_UNITY)
        set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 12)
    endif()
    if(PORTONE_PCH)
        target_precompile_headers(${target} PRIVATE ${ARGN})
    endif()
endfunction()
