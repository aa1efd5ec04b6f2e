# Linked PRIVATE by every target of the project.
# -Wnull-dereference is left out: at -O2 GCC 12 reports it inside Qt's inline QPointer and
# QString copies (false positives in Qt headers, not in our code).
add_library(portone_build_flags INTERFACE)
target_compile_options(portone_build_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wimplicit-fallthrough
    $<$<BOOL:${PORTONE_WERROR}>:-Werror>)
target_compile_definitions(portone_build_flags INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_FOREACH QT_NO_KEYWORDS
    PORTONE_VERSION="${PROJECT_VERSION}" PORTONE_APP_ID="${PORTONE_APP_ID}"
    PORTONE_HOMEPAGE_URL="${PROJECT_HOMEPAGE_URL}")
if(PORTONE_SANITIZE)
    target_compile_options(portone_build_flags INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(portone_build_flags INTERFACE -fsanitize=address,undefined)
endif()
if(PORTONE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "PORTONE_FUZZ needs clang++ (libFuzzer): -DCMAKE_CXX_COMPILER=clang++")
    endif()
    target_compile_options(portone_build_flags INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
        -fno-omit-frame-pointer)
    target_link_options(portone_build_flags INTERFACE -fsanitize=address,undefined)
endif()
