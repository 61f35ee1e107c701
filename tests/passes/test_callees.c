/* Call classification: name normalisation, the built-in allocators and
 * deallocators, user-named ones, and the library model's table order. */
#include <string.h>

#include "harness.h"
#include "internal.h"

static void normalize(void) {
  char buf[64];
  CHECK(strcmp(esc__normalize("__builtin_memcpy", buf, sizeof buf), "memcpy") == 0);
  CHECK(strcmp(esc__normalize("__builtin___memcpy_chk", buf, sizeof buf), "memcpy") == 0);
  CHECK(strcmp(esc__normalize("__memcpy_chk", buf, sizeof buf), "memcpy") == 0);
  CHECK(strcmp(esc__normalize("__isoc99_sscanf", buf, sizeof buf), "sscanf") == 0);
  CHECK(strcmp(esc__normalize("__builtin_malloc", buf, sizeof buf), "malloc") == 0);
  CHECK(strcmp(esc__normalize("_chk", buf, sizeof buf), "_chk") == 0);
  CHECK(strcmp(esc__normalize("memcpy", buf, sizeof buf), "memcpy") == 0);
}

static void classify(void) {
  tb t;
  tb_init(&t);
  tb_function(&t, "defined", false);
  const char *allocs[] = {"my_alloc"}, *deallocs[] = {"my_free"};
  esc__ctx cx = {.u = &t.u};
  esc_arena_init(&cx.arena);
  cx.opt.allocators = allocs;
  cx.opt.nallocators = 1;
  cx.opt.deallocators = deallocs;
  cx.opt.ndeallocators = 1;
  esc__allocator a;
  CHECK(esc__classify(&cx, "malloc", &a) == ESC__CALLEE_ALLOCATOR && a.how == ESC__ALLOC_ARG0);
  CHECK(esc__classify(&cx, "__builtin_calloc", &a) == ESC__CALLEE_ALLOCATOR && a.how == ESC__ALLOC_ARG01);
  CHECK(esc__classify(&cx, "realloc", &a) == ESC__CALLEE_ALLOCATOR && a.reallocs);
  CHECK(esc__classify(&cx, "strndup", &a) == ESC__CALLEE_ALLOCATOR && a.how == ESC__ALLOC_STRNDUP);
  CHECK(esc__classify(&cx, "my_alloc", &a) == ESC__CALLEE_ALLOCATOR && a.how == ESC__ALLOC_USER);
  CHECK(esc__classify(&cx, "free", &a) == ESC__CALLEE_DEALLOCATOR);
  CHECK(esc__classify(&cx, "my_free", &a) == ESC__CALLEE_DEALLOCATOR);
  CHECK(esc__classify(&cx, "memcpy", &a) == ESC__CALLEE_LIBRARY);
  CHECK(esc__classify(&cx, "__printf_chk", &a) == ESC__CALLEE_LIBRARY);
  CHECK(esc__classify(&cx, "some_unknown_function", &a) == ESC__CALLEE_UNKNOWN);
  CHECK(esc__classify(&cx, NULL, &a) == ESC__CALLEE_INDIRECT);
  /* Without the name index, "defined" is not found: build it as the passes do. */
  esc_findings out;
  esc_findings_init(&out);
  esc_analyze_unit(&t.u, &cx.opt, &out);
  CHECK(out.n == 0);
  esc_findings_destroy(&out);
  esc_arena_free(&cx.arena);
  tb_free(&t);
}

static void library_table(void) {
  CHECK(esc__libc_sorted());
  CHECK(esc__libc_find("strchr") != NULL);
  CHECK(esc__libc_find("pthread_create") != NULL);
  CHECK(esc__libc_find("no_such_function") == NULL);
  CHECK(esc__libc_find("malloc") == NULL);
}

int main(void) {
  normalize();
  classify();
  library_table();
  return tb_report();
}
