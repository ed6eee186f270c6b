# Debian package: `cpack -G DEB` from a build configured with
# CMAKE_INSTALL_PREFIX=/usr (scripts/package-check.sh does that).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")

# dpkg-shlibdeps derives Depends from the libraries the executables link
# (Qt, libssh2, libcrypto, QtKeychain). It cannot see what is opened at run
# time, so those are named here and CPack appends the computed list:
# - QtKeychain opens libsecret with dlopen to reach the Secret Service;
# - the xcb platform plugin lives in qt6-qpa-plugins, which libqt6gui6 only
#   recommends, and the window cannot open without a platform plugin.
# Native Wayland needs qt6-wayland; without it Qt runs through XWayland.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
