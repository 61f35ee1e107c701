# Finds the analyzer's third-party libraries: libclang (LLVM 19) and json-c.
# Each failure names the Debian 12 package that provides what is missing.
find_path(LIBCLANG_INCLUDE_DIR clang-c/Index.h
  HINTS /usr/lib/llvm-19/include ENV LIBCLANG_ROOT PATH_SUFFIXES include)
find_library(LIBCLANG_LIBRARY NAMES clang-19 clang
  HINTS /usr/lib/llvm-19/lib ENV LIBCLANG_ROOT PATH_SUFFIXES lib)
if(NOT LIBCLANG_INCLUDE_DIR OR NOT LIBCLANG_LIBRARY)
  message(FATAL_ERROR "libclang not found: install the Debian package libclang-19-dev "
                      "(or run scripts/install-deps.sh as root)")
endif()
file(STRINGS "${LIBCLANG_INCLUDE_DIR}/clang-c/Index.h" _cindex_minor
     REGEX "^#define CINDEX_VERSION_MINOR [0-9]+")
string(REGEX REPLACE ".* ([0-9]+)$" "\\1" _cindex_minor "${_cindex_minor}")
if(_cindex_minor LESS 64)
  message(FATAL_ERROR "libclang at ${LIBCLANG_INCLUDE_DIR} is too old (CINDEX 0.${_cindex_minor}); "
                      "install the Debian package libclang-19-dev")
endif()
add_library(libclang::libclang UNKNOWN IMPORTED)
set_target_properties(libclang::libclang PROPERTIES
  IMPORTED_LOCATION "${LIBCLANG_LIBRARY}"
  INTERFACE_INCLUDE_DIRECTORIES "${LIBCLANG_INCLUDE_DIR}")

find_package(PkgConfig)
if(PkgConfig_FOUND)
  pkg_check_modules(JSONC IMPORTED_TARGET json-c)
endif()
if(NOT JSONC_FOUND)
  message(FATAL_ERROR "json-c not found: install the Debian packages libjson-c-dev and pkg-config "
                      "(or run scripts/install-deps.sh as root)")
endif()

# The clang that matches libclang, used to check that corpus cases compile.
find_program(CESCAPE_CLANG NAMES clang-19 HINTS /usr/lib/llvm-19/bin)
