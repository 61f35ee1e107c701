# Install rules of libcescape-rt, all in the component "cescape-rt":
# both libraries, the headers under include/cescape/, the CMake package
# (lib/cmake/cescape-rt/) and the pkg-config file (lib/pkgconfig/). The .pc
# file locates its prefix from its own directory, so a tree installed with
# `cmake --install <build> --prefix <dir>` works wherever it is put.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(_rt_cmakedir ${CMAKE_INSTALL_LIBDIR}/cmake/cescape-rt)
set(_rt_pcdir ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

install(TARGETS cescape-rt cescape-rt-shared EXPORT cescape-rt-targets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT cescape-rt
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT cescape-rt
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT cescape-rt
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/include/cescape
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT cescape-rt)
install(EXPORT cescape-rt-targets NAMESPACE cescape::
  DESTINATION ${_rt_cmakedir} COMPONENT cescape-rt)

configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/cescape-rt-config.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/cescape-rt-config.cmake INSTALL_DESTINATION ${_rt_cmakedir})
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/cescape-rt-config-version.cmake
  VERSION ${CESCAPE_RT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/cescape-rt-config.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/cescape-rt-config-version.cmake
  DESTINATION ${_rt_cmakedir} COMPONENT cescape-rt)

file(RELATIVE_PATH CESCAPE_RT_PC_TO_PREFIX /prefix/${_rt_pcdir} /prefix)
configure_file(${CMAKE_CURRENT_LIST_DIR}/cescape-rt.pc.in ${CMAKE_CURRENT_BINARY_DIR}/cescape-rt.pc @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/cescape-rt.pc DESTINATION ${_rt_pcdir} COMPONENT cescape-rt)
