# CPack pre-build script (cmake/MateoPackaging.cmake): the ZIP is the portable edition, so it gets the
# `.portable` marker beside mateo-import.exe (src/app/startup/PortableMode.cpp keeps settings and the
# journal in the unpacked folder); the NSIS installer's staging stays without it.
if(CPACK_GENERATOR STREQUAL "ZIP")
    foreach(dir IN LISTS CPACK_TEMPORARY_INSTALL_DIRECTORY CPACK_TEMPORARY_DIRECTORY)
        if(dir AND IS_DIRECTORY "${dir}")
            file(WRITE "${dir}/.portable"
                "This file makes Mateo Import portable: settings and the import journal stay in this folder.\n")
        endif()
    endforeach()
endif()
