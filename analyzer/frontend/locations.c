/* Source locations for the graph: every location is the EXPANSION location
 * (a malloc written inside a macro is reported where the macro is used),
 * with the file entered once in esc_unit.files. CXFile handles are cached so
 * a location costs no string comparison in the common case. */
#include "lower.h"

static uint32_t file_index(esc__fe_lower *L, CXFile file) {
  if (L->last_file < L->nfiles && clang_File_isEqual(L->files[L->last_file].file, file))
    return L->files[L->last_file].index;
  for (uint32_t i = 0; i < L->nfiles; i++)
    if (clang_File_isEqual(L->files[i].file, file)) {
      L->last_file = i;
      return L->files[i].index;
    }
  CXString name = clang_getFileName(file);
  const char *path = clang_getCString(name);
  uint32_t index = esc_unit_file(L->u, path ? path : "");
  clang_disposeString(name);
  L->files = esc__fe_grow(L->files, sizeof *L->files, L->nfiles, &L->cap_files);
  L->files[L->nfiles] = (esc__fe_file_entry){file, index};
  L->last_file = L->nfiles++;
  return index;
}

esc_loc esc__fe_loc(esc__fe_lower *L, CXSourceLocation where) {
  CXFile file = NULL;
  unsigned line = 0, col = 0, offset = 0;
  clang_getExpansionLocation(where, &file, &line, &col, &offset);
  if (!file)
    return (esc_loc){0, 0, 0, 0};
  return (esc_loc){file_index(L, file), line, col, offset};
}

esc_loc esc__fe_cursor_loc(esc__fe_lower *L, CXCursor c) {
  return esc__fe_loc(L, clang_getCursorLocation(c));
}

esc_loc esc__fe_start_loc(esc__fe_lower *L, CXCursor c) {
  return esc__fe_loc(L, clang_getRangeStart(clang_getCursorExtent(c)));
}

/* A range inside one macro expansion collapses onto the macro's use; an end
 * that lands before the beginning (the end token came from a macro) is
 * clamped to the beginning so the range stays well formed. */
esc_range esc__fe_range(esc__fe_lower *L, CXCursor c) {
  CXSourceRange r = clang_getCursorExtent(c);
  esc_range out = {esc__fe_loc(L, clang_getRangeStart(r)), esc__fe_loc(L, clang_getRangeEnd(r))};
  if (out.end.file != out.begin.file || out.end.offset < out.begin.offset)
    out.end = out.begin;
  return out;
}
