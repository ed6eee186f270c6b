# Install rules beyond the two executables: the license, desktop integration
# on Linux and, on Windows, everything the executables load at run time, so
# that the install tree, and the installer made from it, runs on a machine
# without Qt, vcpkg or Visual Studio.

if(UNIX AND NOT APPLE)
    install(FILES "${PROJECT_SOURCE_DIR}/LICENSE"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/vastharvest"
        RENAME copyright)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/vastharvest.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(DIRECTORY "${PROJECT_SOURCE_DIR}/resources/icons/hicolor"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons")
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/vastharvest.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
endif()

if(WIN32)
    # The bundled libraries' licenses require their texts to travel with the
    # binaries. vcpkg keeps each port's text as share/<port>/copyright.
    install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION . RENAME LICENSE.txt)
    if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
        file(GLOB vastharvest_port_licenses
            "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/share/*/copyright")
        foreach(license IN LISTS vastharvest_port_licenses)
            get_filename_component(port_dir "${license}" DIRECTORY)
            get_filename_component(port "${port_dir}" NAME)
            install(FILES "${license}" DESTINATION licenses RENAME "${port}.txt")
        endforeach()
    endif()

    # The per-user installer cannot run Microsoft's VC++ redistributable
    # installer, which needs administrator rights, so the C++ runtime DLLs
    # go next to the executables. Windows 10 and 11 ship the UCRT.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
    set(CMAKE_INSTALL_UCRT_LIBRARIES OFF)
    include(InstallRequiredSystemLibraries)

    # Qt's libraries and plugins, through windeployqt. The GUI uses every Qt
    # module the CLI does, so one run covers both.
    # TODO: deploy Qt's own translations (vcpkg port qttranslations) once the
    # UI ships translations of its own. Until then the UI is English only.
    if(Qt6_VERSION VERSION_LESS 6.5)
        # NOTE: Qt 6.3 and 6.4 take no options here, so windeployqt also
        # copies Qt's translations and the VC++ redistributable's installer,
        # which the installer never runs.
        qt_generate_deploy_app_script(TARGET vastharvest
            FILENAME_VARIABLE vastharvest_deploy_script)
    else()
        qt_generate_deploy_app_script(TARGET vastharvest
            OUTPUT_SCRIPT vastharvest_deploy_script
            NO_COMPILER_RUNTIME NO_TRANSLATIONS)
    endif()
    install(SCRIPT "${vastharvest_deploy_script}")

    # windeployqt copies Qt's own DLLs only. libssh2, libcrypto, zlib,
    # QtKeychain and the libraries a vcpkg-built Qt links (pcre2, freetype,
    # libpng and so on) are found here by walking the import tables of both
    # executables, searching the folders of the imported targets' DLLs. Qt's
    # DLLs are walked too, to reach their dependencies, and copied again
    # unchanged. Anything under the Windows folder stays out, and so do the
    # api-ms-* and ext-ms-* names, which are API sets, not files.
    install(CODE "set(vastharvest_bindir \"${CMAKE_INSTALL_BINDIR}\")")
    install(CODE [[
        set(vastharvest_runtime_dlls
            "$<TARGET_RUNTIME_DLLS:vastharvest>;$<TARGET_RUNTIME_DLLS:vastharvest-cli>")
        set(vastharvest_dll_dirs "")
        foreach(dll IN LISTS vastharvest_runtime_dlls)
            get_filename_component(dir "${dll}" DIRECTORY)
            list(APPEND vastharvest_dll_dirs "${dir}")
        endforeach()
        list(REMOVE_DUPLICATES vastharvest_dll_dirs)

        file(GET_RUNTIME_DEPENDENCIES
            EXECUTABLES "$<TARGET_FILE:vastharvest>" "$<TARGET_FILE:vastharvest-cli>"
            RESOLVED_DEPENDENCIES_VAR vastharvest_resolved
            UNRESOLVED_DEPENDENCIES_VAR vastharvest_unresolved
            DIRECTORIES ${vastharvest_dll_dirs}
            PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
            POST_EXCLUDE_REGEXES "^[A-Za-z]:[/\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\]")
        if(vastharvest_unresolved)
            message(FATAL_ERROR
                "No DLL found for: ${vastharvest_unresolved}. "
                "Searched next to the executables, in the Windows folder and in: "
                "${vastharvest_dll_dirs}")
        endif()
        file(INSTALL ${vastharvest_resolved}
            DESTINATION "${CMAKE_INSTALL_PREFIX}/${vastharvest_bindir}"
            TYPE SHARED_LIBRARY
            FOLLOW_SYMLINK_CHAIN)
    ]])
endif()
