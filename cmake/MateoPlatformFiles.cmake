# The per-system files that carry the version and the icon into the executable (after add_subdirectory(src)):
# Windows: a VERSIONINFO resource and the .ico (packaging/windows/mateo-import.rc.in);
# macOS: Info.plist (packaging/macos/Info.plist.in) and the .icns inside the bundle.
# Every value comes from project(VERSION) and MATEO_APP_ID in the root CMakeLists.txt.
set(MATEO_ICON_DIR "${CMAKE_SOURCE_DIR}/packaging/icons")

if(WIN32)
    # The .rc compiler wants numbers: 0.1.0 -> 0,1,0,0.
    set(MATEO_VERSION_COMMAS "${PROJECT_VERSION_MAJOR},${PROJECT_VERSION_MINOR},${PROJECT_VERSION_PATCH},0")
    file(TO_NATIVE_PATH "${MATEO_ICON_DIR}/mateo-import.ico" MATEO_ICO_PATH)
    string(REPLACE "\\" "\\\\" MATEO_ICO_PATH "${MATEO_ICO_PATH}")
    configure_file(packaging/windows/mateo-import.rc.in "${CMAKE_BINARY_DIR}/generated/mateo-import.rc" @ONLY)
    target_sources(mateo-import PRIVATE "${CMAKE_BINARY_DIR}/generated/mateo-import.rc")
elseif(APPLE)
    set(MATEO_ICNS "${MATEO_ICON_DIR}/mateo-import.icns")
    target_sources(mateo-import PRIVATE "${MATEO_ICNS}")
    set_source_files_properties("${MATEO_ICNS}" TARGET_DIRECTORY mateo-import
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    configure_file(packaging/macos/Info.plist.in "${CMAKE_BINARY_DIR}/generated/Info.plist" @ONLY)
    set_target_properties(mateo-import PROPERTIES
        OUTPUT_NAME mateo-import
        MACOSX_BUNDLE_INFO_PLIST "${CMAKE_BINARY_DIR}/generated/Info.plist")
    # The wizard starts the practice sandbox from beside its own binary: inside the bundle, also in
    # the build tree (SandboxLauncher::sandboxProgram).
    set_target_properties(mateo-sandbox PROPERTIES
        RUNTIME_OUTPUT_DIRECTORY "$<TARGET_BUNDLE_CONTENT_DIR:mateo-import>/MacOS")
endif()
