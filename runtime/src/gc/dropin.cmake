# libcescape-gc-malloc.so: the collector as a preloadable malloc (dropin.c).
# Included from runtime/tests/gc/tests.cmake, after CESCAPE_RT_SOURCES is
# complete: the drop-in carries the whole runtime, since the collector scans
# the region allocator's live regions as roots. Not built with sanitizers,
# which bring a malloc of their own.
if(NOT CESCAPE_SANITIZE)
  find_package(Threads REQUIRED)
  add_library(cescape-gc-malloc SHARED ${CESCAPE_RT_SOURCES} ${CMAKE_CURRENT_LIST_DIR}/dropin.c)
  set_target_properties(cescape-gc-malloc PROPERTIES C_VISIBILITY_PRESET hidden)
  target_include_directories(cescape-gc-malloc PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../../include ${CMAKE_CURRENT_LIST_DIR}/..)
  target_link_libraries(cescape-gc-malloc PRIVATE Threads::Threads)
endif()
