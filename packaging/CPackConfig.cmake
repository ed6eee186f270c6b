# CPack settings shared by every generator. The generator-specific settings
# and the install rules that make the install tree self-contained live in the
# files included below; `cpack -G DEB` and `cpack -G NSIS` read them all.
set(CPACK_PACKAGE_NAME "vastharvest")
set(CPACK_PACKAGE_VENDOR "Vast Harvest developers")
set(CPACK_PACKAGE_CONTACT "Vast Harvest developers <maintainers@vastharvest.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Wrapped by hand: the DEB generator keeps these lines as they are, and
# Debian wants extended descriptions under 80 columns.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Vast Harvest copies trained model files (GGUF, safetensors, PyTorch"
    "checkpoints) off rented Vast.ai GPU instances over SSH, proves each copy"
    "whole by its size, a remote and a local SHA-256 and a structural format"
    "check, and only then lets you destroy the instance."
    ""
    "The package holds the desktop application and vastharvest-cli, a command"
    "line program that runs the same engine for scripts.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VERSION_MAJOR "${PROJECT_VERSION_MAJOR}")
set(CPACK_PACKAGE_VERSION_MINOR "${PROJECT_VERSION_MINOR}")
set(CPACK_PACKAGE_VERSION_PATCH "${PROJECT_VERSION_PATCH}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Vast Harvest")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)

# The installer's license page is a Windows text control, and those expect
# CRLF line ends; the repository keeps LF.
configure_file("${PROJECT_SOURCE_DIR}/LICENSE" "${PROJECT_BINARY_DIR}/packaging/LICENSE.txt"
    @ONLY NEWLINE_STYLE CRLF)
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_BINARY_DIR}/packaging/LICENSE.txt")

include("${CMAKE_CURRENT_LIST_DIR}/deploy.cmake")
include("${CMAKE_CURRENT_LIST_DIR}/deb.cmake")
include("${CMAKE_CURRENT_LIST_DIR}/nsis.cmake")

include(CPack)
