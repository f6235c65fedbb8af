# Warnings are errors everywhere: a warning ignored today is a bug report tomorrow.
option(MATEO_WERROR "Treat compiler warnings as errors" ON)
option(MATEO_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

add_library(mateo_warnings INTERFACE)
if(MSVC)
    target_compile_options(mateo_warnings INTERFACE /W4 /permissive- /utf-8)
    if(MATEO_WERROR)
        target_compile_options(mateo_warnings INTERFACE /WX)
    endif()
else()
    target_compile_options(mateo_warnings INTERFACE -Wall -Wextra -Wpedantic)
    if(MATEO_WERROR)
        target_compile_options(mateo_warnings INTERFACE -Werror)
    endif()
endif()

# Qt: no implicit QString -> QUrl or -> const char* conversions that hide encoding and URL bugs.
target_compile_definitions(mateo_warnings INTERFACE
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_TO_ASCII
    QT_NO_FOREACH)

if(MATEO_SANITIZE)
    set(_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_compile_options(${_san})
    add_link_options(${_san})
endif()
