# install() rules. Layouts (the wizard finds the practice sandbox in each: SandboxLauncher::sandboxProgram):
#   Linux    bin/mateo-import, libexec/mateo-import/mateo-sandbox, share/{applications,metainfo,icons,mateo-import}
#   Windows  mateo-import.exe and mateo-sandbox.exe side by side, Qt and the other DLLs beside them
#   macOS    mateo-import.app with mateo-sandbox in Contents/MacOS
# Translations and the practice sample are embedded in the executable (Qt resources); the sample is
# installed as a file too, so users can open it in their spreadsheet program.
include(GNUInstallDirs)

set(MATEO_PRACTICE_FILES
    "${CMAKE_SOURCE_DIR}/resources/practice/kunden-export.csv"
    "${CMAKE_SOURCE_DIR}/resources/practice/kunden-export.mapping.json")

# Where AppStream screenshots are fetched from by software centres (the repository's docs/screenshots at
# this version's tag).
set(MATEO_SCREENSHOT_BASE "https://raw.githubusercontent.com/getmateo/mateo-import/v${PROJECT_VERSION}/docs/screenshots"
    CACHE STRING "Public URL of docs/screenshots for the AppStream metainfo")
set(MATEO_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(MATEO_METAINFO "${CMAKE_BINARY_DIR}/generated/${MATEO_APP_ID}.metainfo.xml")
configure_file(packaging/linux/com.getmateo.MateoImport.metainfo.xml.in "${MATEO_METAINFO}" @ONLY)
set(MATEO_DESKTOP_FILE "${CMAKE_SOURCE_DIR}/packaging/linux/${MATEO_APP_ID}.desktop")

if(APPLE)
    install(TARGETS mateo-import BUNDLE DESTINATION .)
    install(TARGETS mateo-sandbox RUNTIME DESTINATION mateo-import.app/Contents/MacOS)
    install(FILES ${MATEO_PRACTICE_FILES} DESTINATION mateo-import.app/Contents/Resources/practice)
elseif(WIN32)
    # Non-Qt DLLs (vcpkg: QtKeychain, libphonenumber, protobuf, ICU, QuaZip, zlib, uchardet) are found
    # from the executables' imports; Qt's own come with the deploy script below.
    file(TO_CMAKE_PATH "$ENV{PATH}" _path_dirs)
    set(_dll_dirs ${_path_dirs})
    if(VCPKG_INSTALLED_DIR AND VCPKG_TARGET_TRIPLET)
        list(PREPEND _dll_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
    endif()
    install(TARGETS mateo-import mateo-sandbox RUNTIME DESTINATION . RUNTIME_DEPENDENCY_SET mateo_runtime)
    install(RUNTIME_DEPENDENCY_SET mateo_runtime DESTINATION .
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
        POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*\\.dll$"
        DIRECTORIES ${_dll_dirs})
    install(FILES ${MATEO_PRACTICE_FILES} DESTINATION practice)
else()
    install(TARGETS mateo-import RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    install(TARGETS mateo-sandbox RUNTIME DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/mateo-import)
    install(FILES ${MATEO_PRACTICE_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/mateo-import/practice)
    install(FILES "${MATEO_DESKTOP_FILE}" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES "${MATEO_METAINFO}" DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES "${MATEO_ICON_DIR}/${MATEO_APP_ID}.svg" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    foreach(size 48 128 256)
        install(FILES "${MATEO_ICON_DIR}/hicolor/${size}x${size}/apps/${MATEO_APP_ID}.png"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
endif()

# Windows and macOS: Qt's libraries and plugins beside the app (windeployqt / macdeployqt through Qt's
# deploy support). Before Qt 6.5 Qt's deployment API supports only Windows and macOS, which is exactly
# where it is used; Linux packages rely on the system's Qt (.deb) or packaging/linux/make-portable.sh.
if((WIN32 OR APPLE) AND QT_DEPLOY_SUPPORT)
    if(APPLE)
        set(_deploy_executable "mateo-import.app")
    else()
        set(_deploy_executable "$<TARGET_FILE_NAME:mateo-import>")
    endif()
    set(_deploy_script "${CMAKE_BINARY_DIR}/deploy-mateo-import.cmake")
    file(GENERATE OUTPUT "${_deploy_script}" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${_deploy_executable}\"
    ADDITIONAL_EXECUTABLES \"$<IF:$<BOOL:${APPLE}>,mateo-import.app/Contents/MacOS/mateo-sandbox,$<TARGET_FILE_NAME:mateo-sandbox>>\"
    BIN_DIR .
    LIB_DIR .
    PLUGINS_DIR plugins
    GENERATE_QT_CONF
    VERBOSE)
")
    install(SCRIPT "${_deploy_script}")
endif()

# macOS: an ad-hoc signature (no Apple Developer ID here), so Apple silicon runs the deployed bundle;
# Gatekeeper still asks on first open (README, "Install").
if(APPLE)
    install(CODE "execute_process(COMMAND codesign --force --deep --sign - \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/mateo-import.app\" COMMAND_ERROR_IS_FATAL ANY)")
endif()
