# ctest tests of the region allocator (included by runtime/CMakeLists.txt).
#   region.<unit>                  unit tests, every build
#   region.misuse.<scenario>       a bad rewind must abort with its message
#   region.asan_use_after_rewind.* ASan builds: the report must appear
#   region.valgrind_use_after_rewind.*, region.valgrind.<unit>
#                                  plain builds: memcheck must report the bad
#                                  read, and find nothing in the unit tests
#   region.fuzz, region.fuzz_fast  clang only: libFuzzer, 60 s with ASan and
#                                  30 s on the uninstrumented fast paths
#   region.install_consumer        plain builds: install, then build a user
# Tests that bring their own instrumentation are labelled no-asan.
set(_rt_tests ${CMAKE_CURRENT_LIST_DIR})
set(_rt_units alloc rewind scratch roots)

if(CESCAPE_SANITIZE OR CMAKE_C_FLAGS MATCHES "sanitize=address")
  set(_rt_asan ON)
else()
  set(_rt_asan OFF)
endif()

function(_rt_program name)
  add_executable(region_${name} ${_rt_tests}/${name}.c)
  target_link_libraries(region_${name} PRIVATE cescape-rt)
  target_include_directories(region_${name} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/src)
endfunction()

foreach(unit ${_rt_units})
  _rt_program(test_${unit})
  add_test(NAME region.${unit} COMMAND region_test_${unit})
endforeach()

_rt_program(misuse)
set(_rt_misuse foreign stale regrown reset)
if(CESCAPE_RT_DEBUG_ON)
  list(APPEND _rt_misuse recycled)
endif()
foreach(scenario ${_rt_misuse})
  add_test(NAME region.misuse.${scenario} COMMAND region_misuse ${scenario})
  set_tests_properties(region.misuse.${scenario} PROPERTIES
    PASS_REGULAR_EXPRESSION "libcescape-rt: esc_region_rewind: the mark")
endforeach()

_rt_program(use_after_rewind)
set(_rt_uar chunk popped reset)
find_program(VALGRIND_EXECUTABLE valgrind)
if(_rt_asan)
  foreach(scenario ${_rt_uar})
    add_test(NAME region.asan_use_after_rewind.${scenario}
      COMMAND region_use_after_rewind ${scenario})
    set_tests_properties(region.asan_use_after_rewind.${scenario} PROPERTIES
      PASS_REGULAR_EXPRESSION "AddressSanitizer: use-after-poison")
  endforeach()
elseif(VALGRIND_EXECUTABLE)
  set(_rt_vg ${VALGRIND_EXECUTABLE} --error-exitcode=99 --leak-check=full
    --errors-for-leak-kinds=definite,indirect)
  foreach(scenario ${_rt_uar})
    add_test(NAME region.valgrind_use_after_rewind.${scenario}
      COMMAND ${_rt_vg} $<TARGET_FILE:region_use_after_rewind> ${scenario})
    set_tests_properties(region.valgrind_use_after_rewind.${scenario} PROPERTIES
      PASS_REGULAR_EXPRESSION "Invalid read of size 1" LABELS "no-asan;valgrind")
  endforeach()
  foreach(unit ${_rt_units})
    add_test(NAME region.valgrind.${unit} COMMAND ${_rt_vg} $<TARGET_FILE:region_test_${unit}>)
    set_tests_properties(region.valgrind.${unit} PROPERTIES LABELS "no-asan;valgrind")
  endforeach()
endif()

# Two fuzz targets over the same operations: region.fuzz with ASan and the
# debug checks (every call takes the instrumented slow path), and
# region.fuzz_fast without either, so the header's inline fast paths run.
if(CMAKE_C_COMPILER_ID MATCHES "Clang")
  foreach(flavour fuzz fuzz_fast)
    add_executable(region_${flavour} ${_rt_tests}/fuzz_region.c ${CESCAPE_RT_REGION_SOURCES})
    target_include_directories(region_${flavour} PRIVATE
      ${CMAKE_CURRENT_SOURCE_DIR}/include ${CMAKE_CURRENT_SOURCE_DIR}/src)
    target_link_libraries(region_${flavour} PRIVATE Threads::Threads)
  endforeach()
  target_compile_definitions(region_fuzz PRIVATE ESC_RT_DEBUG=1)
  target_compile_options(region_fuzz PRIVATE -fsanitize=fuzzer,address)
  target_link_options(region_fuzz PRIVATE -fsanitize=fuzzer,address)
  target_compile_options(region_fuzz_fast PRIVATE -fsanitize=fuzzer)
  target_link_options(region_fuzz_fast PRIVATE -fsanitize=fuzzer)
  add_test(NAME region.fuzz COMMAND region_fuzz -max_total_time=60 -max_len=4096
    -rss_limit_mb=4096 -print_final_stats=1)
  add_test(NAME region.fuzz_fast COMMAND region_fuzz_fast -max_total_time=30 -max_len=4096
    -rss_limit_mb=4096 -print_final_stats=1)
  set_tests_properties(region.fuzz region.fuzz_fast PROPERTIES LABELS "fuzz;no-asan" TIMEOUT 300)
endif()

if(NOT _rt_asan)
  add_test(NAME region.install_consumer
    COMMAND sh ${_rt_tests}/install_consumer.sh ${CMAKE_CURRENT_BINARY_DIR}
      ${_rt_tests}/consumer ${CMAKE_CURRENT_BINARY_DIR}/install-test ${CMAKE_C_COMPILER})
  set_tests_properties(region.install_consumer PROPERTIES LABELS "no-asan" TIMEOUT 300)
endif()
