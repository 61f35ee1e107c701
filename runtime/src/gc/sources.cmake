# The garbage collector's part of libcescape-rt (see docs/runtime-gc.md).
# Included by runtime/CMakeLists.txt before the library target exists.
set(CESCAPE_GC_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/alloc.c
  ${CMAKE_CURRENT_LIST_DIR}/classes.c
  ${CMAKE_CURRENT_LIST_DIR}/collector.c
  ${CMAKE_CURRENT_LIST_DIR}/finalize.c
  ${CMAKE_CURRENT_LIST_DIR}/mark.c
  ${CMAKE_CURRENT_LIST_DIR}/os.c
  ${CMAKE_CURRENT_LIST_DIR}/release.c
  ${CMAKE_CURRENT_LIST_DIR}/roots.c
  ${CMAKE_CURRENT_LIST_DIR}/spans.c
  ${CMAKE_CURRENT_LIST_DIR}/sweep.c
  ${CMAKE_CURRENT_LIST_DIR}/vec.c)
list(APPEND CESCAPE_RT_SOURCES ${CESCAPE_GC_SOURCES})
