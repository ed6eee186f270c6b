# Warnings and Qt strictness switches shared by every target of the project.
add_library(vastharvest_compile_options INTERFACE)
add_library(VastHarvest::compile_options ALIAS vastharvest_compile_options)

# Tests use the warnings but may build QStrings from literals freely.
add_library(vastharvest_test_options INTERFACE)
add_library(VastHarvest::test_options ALIAS vastharvest_test_options)

target_compile_definitions(vastharvest_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY)
target_compile_definitions(vastharvest_test_options INTERFACE QT_NO_CAST_TO_ASCII)
target_compile_definitions(vastharvest_compile_options INTERFACE
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    $<$<VERSION_GREATER_EQUAL:${Qt6_VERSION},6.7>:QT_NO_CONTEXTLESS_CONNECT>)

target_link_libraries(vastharvest_test_options INTERFACE vastharvest_warnings)
target_link_libraries(vastharvest_compile_options INTERFACE vastharvest_warnings)

add_library(vastharvest_warnings INTERFACE)
if(MSVC)
    target_compile_options(vastharvest_warnings INTERFACE /W4 /permissive- /utf-8)
    target_compile_definitions(vastharvest_warnings INTERFACE
        NOMINMAX WIN32_LEAN_AND_MEAN _WIN32_WINNT=0x0A00)
else()
    target_compile_options(vastharvest_warnings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Wno-missing-field-initializers)
endif()
