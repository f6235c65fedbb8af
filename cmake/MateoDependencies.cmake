# Every third-party dependency is found here, once, so the layers below only link targets.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Concurrent Network Widgets Sql HttpServer Xml Test LinguistTools)
find_package(Qt6Keychain REQUIRED)
find_package(QuaZip-Qt6 REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(UCHARDET REQUIRED IMPORTED_TARGET uchardet)
# The sandbox prepares its hot-path statements on the Qt SQLite connection's native handle.
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)
# ICU (already needed by libphonenumber): the GUI names countries, languages and time zone cities in
# the UI language from its CLDR data (Qt 6.4's QLocale names territories in English only).
find_package(ICU REQUIRED COMPONENTS uc i18n)

# libphonenumber ships no CMake package on Debian: find the library and headers by hand.
find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
find_library(PHONENUMBER_LIBRARY phonenumber REQUIRED)
add_library(mateo_phonenumber INTERFACE)
target_include_directories(mateo_phonenumber SYSTEM INTERFACE ${PHONENUMBER_INCLUDE_DIR})
# protobuf: core reads libphonenumber's compiled-in metadata for its fast validation path.
find_library(PROTOBUF_LIBRARY protobuf REQUIRED)
target_link_libraries(mateo_phonenumber INTERFACE ${PHONENUMBER_LIBRARY} ${PROTOBUF_LIBRARY})
