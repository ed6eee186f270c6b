# Windows metadata shared by both executables: a version resource carrying
# the project version and the application icon, and the application manifest
# (DPI awareness, long paths, supported Windows versions, no elevation).
# Does nothing on other platforms, where the desktop file and the hicolor
# icons installed by packaging/deploy.cmake play that part.
set(VASTHARVEST_RESOURCES_DIR "${CMAKE_CURRENT_LIST_DIR}/../resources")
cmake_path(NORMAL_PATH VASTHARVEST_RESOURCES_DIR)

function(vh_add_windows_metadata target description)
    if(NOT WIN32)
        return()
    endif()
    get_target_property(output_name ${target} OUTPUT_NAME)
    if(NOT output_name)
        set(output_name "${target}")
    endif()
    set(VH_RC_NAME "${output_name}")
    set(VH_RC_DESCRIPTION "${description}")
    set(VH_RC_ICON "${VASTHARVEST_RESOURCES_DIR}/windows/vastharvest.ico")
    set(rc_file "${PROJECT_BINARY_DIR}/resources/${target}.rc")
    configure_file("${VASTHARVEST_RESOURCES_DIR}/windows/vastharvest.rc.in" "${rc_file}" @ONLY)
    target_sources(${target} PRIVATE "${rc_file}")
    # With MSVC, CMake hands a listed .manifest to the linker, which merges
    # it into the manifest it embeds. Other toolchains would need it
    # compiled into the .rc instead.
    if(MSVC)
        target_sources(${target} PRIVATE "${VASTHARVEST_RESOURCES_DIR}/windows/vastharvest.manifest")
    endif()
endfunction()
