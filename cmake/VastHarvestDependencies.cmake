# Finds the third-party libraries harvest_core links and exposes each as an
# imported target, whichever way the platform ships it.

# libssh2 ships a CMake package on vcpkg and from its own CMake build, but
# only a pkg-config file on Debian and Ubuntu. Try the package first.
add_library(vastharvest_libssh2 INTERFACE)
add_library(VastHarvest::libssh2 ALIAS vastharvest_libssh2)
find_package(libssh2 CONFIG QUIET)
if(TARGET libssh2::libssh2)
    target_link_libraries(vastharvest_libssh2 INTERFACE libssh2::libssh2)
elseif(TARGET Libssh2::libssh2)
    target_link_libraries(vastharvest_libssh2 INTERFACE Libssh2::libssh2)
elseif(TARGET libssh2::libssh2_shared)
    target_link_libraries(vastharvest_libssh2 INTERFACE libssh2::libssh2_shared)
elseif(TARGET libssh2::libssh2_static)
    target_link_libraries(vastharvest_libssh2 INTERFACE libssh2::libssh2_static)
else()
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(LIBSSH2 REQUIRED IMPORTED_TARGET libssh2>=1.10)
    target_link_libraries(vastharvest_libssh2 INTERFACE PkgConfig::LIBSSH2)
endif()

# libcrypto is already a dependency of libssh2's OpenSSL backend; the local
# SHA-256 uses its EVP interface because it runs several times faster than
# QCryptographicHash on CPUs with SHA extensions.
find_package(OpenSSL 1.1.1 REQUIRED COMPONENTS Crypto)

find_package(Qt6Keychain REQUIRED)
add_library(vastharvest_keychain INTERFACE)
add_library(VastHarvest::keychain ALIAS vastharvest_keychain)
if(TARGET Qt6Keychain::Qt6Keychain)
    target_link_libraries(vastharvest_keychain INTERFACE Qt6Keychain::Qt6Keychain)
else()
    target_link_libraries(vastharvest_keychain INTERFACE qt6keychain)
endif()
