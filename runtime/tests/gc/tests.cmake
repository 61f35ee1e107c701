# The garbage collector's tests (see docs/runtime-gc.md). Included by
# runtime/CMakeLists.txt after the library target cescape-rt exists.
#   gc.unit, gc.shadow                 stop-the-world mode
#   *.incremental                      ESC_GC_MODE=incremental
#   *.torture, *.torture.incremental   ESC_GC_TORTURE=1: a collection (or an
#                                      incremental step) at every allocation
#   gc.valgrind.*                      memcheck, label no-asan
find_package(Threads REQUIRED)

function(esc_gc_test name)
  add_executable(${name} ${CMAKE_CURRENT_LIST_DIR}/${name}.c)
  target_link_libraries(${name} PRIVATE cescape-rt Threads::Threads)
  if(CESCAPE_SANITIZE)
    # Locals must live on the real stack, where the collector looks.
    target_compile_options(${name} PRIVATE -fsanitize-address-use-after-return=never)
  endif()
endfunction()

# esc_gc_add_test(<test name> <env> <command...>)
function(esc_gc_add_test name env)
  add_test(NAME ${name} COMMAND ${ARGN})
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" LABELS gc)
endfunction()

esc_gc_test(test_unit)
esc_gc_test(test_shadow)

set(_gc_incremental ESC_GC_MODE=incremental)
set(_gc_torture ESC_GC_TORTURE=1)
esc_gc_add_test(gc.unit "" test_unit)
esc_gc_add_test(gc.shadow "" test_shadow)
esc_gc_add_test(gc.unit.incremental "${_gc_incremental}" test_unit)
esc_gc_add_test(gc.shadow.incremental "${_gc_incremental}" test_shadow)
if(NOT CESCAPE_SANITIZE)
  # Minutes under AddressSanitizer, whose runtime's data segments are large
  # and scanned at every collection; the shadow model's torture run stays.
  esc_gc_add_test(gc.unit.torture "${_gc_torture}" test_unit 100)
endif()
esc_gc_add_test(gc.shadow.torture "${_gc_torture}" test_shadow 200 3)
esc_gc_add_test(gc.unit.torture.incremental "${_gc_torture};${_gc_incremental}" test_unit 100)
esc_gc_add_test(gc.shadow.torture.incremental "${_gc_torture};${_gc_incremental}" test_shadow 300 4)

find_program(ESC_GC_VALGRIND valgrind)
if(ESC_GC_VALGRIND AND NOT CESCAPE_SANITIZE)
  set(_gc_vg ${ESC_GC_VALGRIND} -q --error-exitcode=99)
  esc_gc_add_test(gc.valgrind.unit "" ${_gc_vg} $<TARGET_FILE:test_unit> 20)
  esc_gc_add_test(gc.valgrind.shadow "" ${_gc_vg} $<TARGET_FILE:test_shadow> 2000 4)
  esc_gc_add_test(gc.valgrind.shadow.incremental "${_gc_incremental}" ${_gc_vg} $<TARGET_FILE:test_shadow> 2000 4)
  set_tests_properties(gc.valgrind.unit gc.valgrind.shadow gc.valgrind.shadow.incremental
                       PROPERTIES LABELS "gc;no-asan")
endif()

# The drop-in malloc: a C program of ours, then real programs nobody here
# wrote, each compared with a run on the system malloc (skipped, exit 77,
# when the program is not installed).
include(${CMAKE_CURRENT_LIST_DIR}/../../src/gc/dropin.cmake)
if(TARGET cescape-gc-malloc)
  add_executable(test_dropin ${CMAKE_CURRENT_LIST_DIR}/test_dropin.c)
  target_link_libraries(test_dropin PRIVATE Threads::Threads)
  esc_gc_add_test(gc.dropin.c "LD_PRELOAD=$<TARGET_FILE:cescape-gc-malloc>" test_dropin)
  set(_gc_run ${CMAKE_CURRENT_LIST_DIR}/dropin/run.sh $<TARGET_FILE:cescape-gc-malloc>)
  esc_gc_add_test(gc.dropin.lua "" sh ${_gc_run} lua5.4 ${CMAKE_CURRENT_LIST_DIR}/dropin/workload.lua -)
  esc_gc_add_test(gc.dropin.sqlite3 "" sh ${_gc_run} sqlite3 ${CMAKE_CURRENT_LIST_DIR}/dropin/workload.sql)
  esc_gc_add_test(gc.dropin.jq "" sh ${_gc_run} jq ${CMAKE_CURRENT_LIST_DIR}/dropin/workload.jq -n -f /dev/stdin)
  # Small workloads under torture: a collection at every allocation.
  esc_gc_add_test(gc.dropin.jq.torture "${_gc_torture}" sh ${_gc_run} jq ${CMAKE_CURRENT_LIST_DIR}/dropin/torture.jq -n -f /dev/stdin)
  esc_gc_add_test(gc.dropin.sqlite3.torture "${_gc_torture}" sh ${_gc_run} sqlite3 ${CMAKE_CURRENT_LIST_DIR}/dropin/torture.sql)
  set_tests_properties(gc.dropin.c gc.dropin.lua gc.dropin.sqlite3 gc.dropin.jq
                       gc.dropin.jq.torture gc.dropin.sqlite3.torture
                       PROPERTIES LABELS "gc;no-asan" SKIP_RETURN_CODE 77)
endif()
