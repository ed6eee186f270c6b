# Windows installer: `cpack -G NSIS`. CPack's own NSIS template installs per
# machine (it asks for administrator rights and writes HKLM), so CPack is
# pointed at packaging/windows/NSIS.template.in instead, which installs for
# the current user only. The @CPACK_...@ names in that template come from
# here and from CPackConfig.cmake.
set(CPACK_MODULE_PATH "${CMAKE_CURRENT_LIST_DIR}/windows")

set(CPACK_NSIS_DISPLAY_NAME "Vast Harvest")
set(CPACK_NSIS_PACKAGE_NAME "Vast Harvest")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/windows/vastharvest.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/windows/vastharvest.ico")
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall")
# Name of the key under HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall.
# It must never change, or an upgrade stops finding the installed version.
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "VastHarvest")
# The program the Start menu shortcut and the finish page start.
set(CPACK_VASTHARVEST_GUI_EXE "vastharvest${CMAKE_EXECUTABLE_SUFFIX}")

if(WIN32)
    set(CPACK_PACKAGE_FILE_NAME "VastHarvest-${PROJECT_VERSION}-win64-setup")
endif()
