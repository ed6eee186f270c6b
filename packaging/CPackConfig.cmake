# CPack settings shared by every generator.
set(CPACK_PACKAGE_NAME "vastharvest")
set(CPACK_PACKAGE_VENDOR "Vast Harvest developers")
set(CPACK_PACKAGE_CONTACT "Vast Harvest developers <maintainers@vastharvest.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Vast Harvest")
include(CPack)
