# The region allocator's sources (src/region/), appended to the runtime
# library's list by runtime/CMakeLists.txt. CESCAPE_RT_REGION_SOURCES is also
# used on its own by the fuzz target, which compiles them with its own flags.
set(CESCAPE_RT_REGION_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/chunks.c
  ${CMAKE_CURRENT_LIST_DIR}/os.c
  ${CMAKE_CURRENT_LIST_DIR}/region.c
  ${CMAKE_CURRENT_LIST_DIR}/registry.c
  ${CMAKE_CURRENT_LIST_DIR}/rewind.c
  ${CMAKE_CURRENT_LIST_DIR}/scratch.c)
list(APPEND CESCAPE_RT_SOURCES ${CESCAPE_RT_REGION_SOURCES})
