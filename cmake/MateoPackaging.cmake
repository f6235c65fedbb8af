# CPack: one package per system, named from project(VERSION).
#   Linux    DEB  -> mateo-import_<version>_amd64.deb           (./mateo-dev package; the portable tarball
#                   is made by packaging/linux/make-portable.sh from the same Release build)
#   Windows  NSIS -> mateo-import-<version>-windows-x64-setup.exe, ZIP -> mateo-import-<version>-windows-x64-portable.zip
#   macOS    DragNDrop -> mateo-import-<version>-macos.dmg
set(CPACK_PACKAGE_NAME "mateo-import")
set(CPACK_PACKAGE_VENDOR "Hellomateo")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Mateo Import")
set(CPACK_PACKAGE_EXECUTABLES "mateo-import" "Mateo Import")
set(CPACK_PACKAGE_CONTACT "mateo-import maintainers" CACHE STRING "Maintainer named in the packages")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)

# NSIS and the portable ZIP are configured on every system, so `cpack -G NSIS` / `cpack -G ZIP` on Linux
# (makensis from Debian's nsis) exercise the installer script, the icons and the `.portable` marker even
# though only Windows builds ship them.
# NSIS: an install with a Start menu entry (CPACK_PACKAGE_EXECUTABLES) and an uninstaller.
set(CPACK_NSIS_PACKAGE_NAME "Mateo Import ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "Mateo Import")
set(CPACK_NSIS_MUI_ICON "${CMAKE_SOURCE_DIR}/packaging/icons/mateo-import.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_SOURCE_DIR}/packaging/icons/mateo-import.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "mateo-import.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY ".")   # mateo-import.exe lies at the top of the install folder
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "mateo-import.exe")
# ZIP: the portable edition. The `.portable` marker makes the app keep its settings and journal in
# the unpacked folder (src/app/startup/PortableMode.cpp); the installer never ships the marker.
set(CPACK_PRE_BUILD_SCRIPTS "${CMAKE_SOURCE_DIR}/packaging/windows/portable-marker.cmake")

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
    set(CPACK_PACKAGE_FILE_NAME "mateo-import-${PROJECT_VERSION}-windows-x64-setup")        # NSIS: .exe
    set(CPACK_ARCHIVE_FILE_NAME "mateo-import-${PROJECT_VERSION}-windows-x64-portable")     # ZIP
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_PACKAGE_FILE_NAME "mateo-import-${PROJECT_VERSION}-macos")
    set(CPACK_DMG_VOLUME_NAME "Mateo Import ${PROJECT_VERSION}")
    set(CPACK_DMG_FORMAT "UDZO")
    set(CPACK_PACKAGE_ICON "${CMAKE_SOURCE_DIR}/packaging/icons/mateo-import.icns")   # the volume's icon
else()
    set(CPACK_GENERATOR "DEB")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)   # mateo-import_<version>_amd64.deb
    set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
        "${PROJECT_DESCRIPTION}\n A wizard and a command line that take a contact spreadsheet exported from an\n ERP, a CRM, Outlook or Excel and import it into Hellomateo through its Import API,\n showing every problem (time zones above all) before anything is sent.")
    # Linked libraries: found by dpkg-shlibdeps. Loaded at run time, which shlibdeps cannot see:
    # Qt's SQLite driver (journal, practice sandbox) and libssl for Qt's OpenSSL TLS plugin (HTTPS).
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libssl3")
    # Qt's own German strings (standard buttons); a Secret Service for the stored API key.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager")
endif()

include(CPack)
