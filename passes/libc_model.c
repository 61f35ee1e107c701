/* The built-in model of the C library and POSIX: for each function, which
 * arguments its result may point into, which it keeps beyond the call, what
 * it copies between its arguments' memory. A function in neither this table
 * nor the unit escapes all its arguments (passed-unknown), so the table
 * decides most of the analysis' precision. Names are normalised first
 * (callees.c). Allocators and free are in callees.c, not here. Callbacks
 * handed to qsort/bsearch are assumed not to keep their arguments. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* Argument bit masks. */
#define A0 1u
#define A1 2u
#define A2 4u
#define A3 8u

struct esc__libfn {
  const char *name;
  uint8_t ret;          /* the result may point into these arguments */
  bool ret_ext;         /* the result may point to library memory */
  uint8_t keep;         /* arguments kept beyond the call */
  bool thread;          /* ... by a new thread (else by the library) */
  bool ret_local;       /* the result is a new object of this frame (alloca) */
  /* The rest are 1 + an argument's index, 0 for none. */
  uint8_t copy_dst, copy_src;   /* *dst = *src: copies pointers (memcpy) */
  uint8_t store_dst, store_src; /* *dst = src (strtol's end pointer) */
  uint8_t ext_into;             /* *arg = library memory (asprintf, getline) */
  uint8_t realloc_into;         /* *arg is reallocated (getline) */
};

#define PURE(n) {.name = n}
#define RET(n, mask) {.name = n, .ret = mask}
#define EXT(n) {.name = n, .ret_ext = true}
#define KEEP(n, mask) {.name = n, .keep = mask}
#define COPY(n) {.name = n, .ret = A0, .copy_dst = 1, .copy_src = 2}

/* Sorted by name (checked by the unit tests through esc__libc_find). */
static const esc__libfn table[] = {
    PURE("__assert_fail"), PURE("__assert_perror_fail"), EXT("__errno_location"),
    PURE("__stack_chk_fail"), PURE("_exit"), PURE("abort"), PURE("abs"), PURE("access"), PURE("alarm"), {.name = "alloca", .ret_local = true},
    {.name = "asprintf", .ext_into = 1}, PURE("assert"), KEEP("at_quick_exit", A0),
    KEEP("atexit", A0), PURE("atof"), PURE("atoi"), PURE("atol"), PURE("atoll"),
    RET("basename", A0), PURE("bcmp"), PURE("bcopy"), RET("bsearch", A1), PURE("bzero"),
    PURE("chdir"), PURE("chmod"), PURE("clearerr"), PURE("clock"), PURE("clock_gettime"),
    PURE("close"), PURE("closedir"), EXT("ctime"), PURE("difftime"), RET("dirname", A0),
    EXT("dlerror"), EXT("dlopen"), EXT("dlsym"), PURE("dup"), PURE("dup2"), PURE("exit"),
    PURE("explicit_bzero"), PURE("fchmod"), PURE("fclose"), EXT("fdopen"), PURE("feof"),
    PURE("ferror"), PURE("fflush"), PURE("fgetc"), PURE("fgetpos"), RET("fgets", A0),
    PURE("fileno"), PURE("flock"), KEEP("fmemopen", A0), EXT("fopen"), PURE("fprintf"),
    PURE("fputc"), PURE("fputs"), PURE("fread"), EXT("freopen"), PURE("fscanf"),
    PURE("fseek"), PURE("fseeko"), PURE("fsetpos"), PURE("fstat"), PURE("fsync"), PURE("ftell"),
    PURE("ftello"), PURE("ftruncate"), PURE("fwrite"), PURE("getc"), PURE("getchar"),
    {.name = "getcwd", .ret = A0, .ret_ext = true},
    {.name = "getdelim", .ext_into = 1, .realloc_into = 1}, EXT("getenv"),
    {.name = "getline", .ext_into = 1, .realloc_into = 1}, PURE("getpid"),
    PURE("getppid"), EXT("getpwnam"), EXT("getpwuid"), PURE("getrusage"), PURE("gettimeofday"),
    PURE("getuid"), EXT("gmtime"), RET("gmtime_r", A1), RET("index", A0), PURE("isalnum"),
    PURE("isalpha"), PURE("isatty"), PURE("isblank"), PURE("iscntrl"), PURE("isdigit"),
    PURE("isgraph"), PURE("islower"), PURE("isprint"), PURE("ispunct"), PURE("isspace"),
    PURE("isupper"), PURE("isxdigit"), PURE("kill"), PURE("labs"), PURE("llabs"), EXT("localeconv"),
    EXT("localtime"), RET("localtime_r", A1), PURE("longjmp"), PURE("lseek"), PURE("lstat"),
    RET("memccpy", A0), RET("memchr", A0), PURE("memcmp"), COPY("memcpy"), RET("memmem", A0),
    COPY("memmove"), COPY("mempcpy"), RET("memrchr", A0), RET("memset", A0), PURE("mkdir"),
    PURE("mkstemp"), PURE("mktime"), PURE("nanosleep"), {.name = "on_exit", .keep = A0 | A1},
    PURE("open"), {.name = "open_memstream", .ret_ext = true, .ext_into = 1}, EXT("opendir"),
    PURE("perror"), PURE("pipe"), PURE("poll"), EXT("popen"), PURE("pread"), PURE("printf"),
    PURE("pthread_cond_broadcast"), PURE("pthread_cond_destroy"), PURE("pthread_cond_init"),
    PURE("pthread_cond_signal"), PURE("pthread_cond_wait"),
    {.name = "pthread_create", .keep = A3, .thread = true}, PURE("pthread_detach"),
    KEEP("pthread_exit", A0),
    EXT("pthread_getspecific"), {.name = "pthread_join", .ext_into = 2},
    PURE("pthread_mutex_destroy"), PURE("pthread_mutex_init"), PURE("pthread_mutex_lock"),
    PURE("pthread_mutex_unlock"), PURE("pthread_self"), KEEP("pthread_setspecific", A1),
    PURE("putc"), PURE("putchar"), KEEP("putenv", A0), PURE("puts"), PURE("pwrite"),
    PURE("qsort"), PURE("qsort_r"), PURE("raise"), PURE("rand"), PURE("rand_r"), PURE("read"),
    EXT("readdir"), {.name = "realpath", .ret = A1, .ret_ext = true}, PURE("remove"),
    PURE("rename"), PURE("rewind"), RET("rindex", A0), PURE("rmdir"), PURE("scanf"),
    KEEP("setbuf", A1), PURE("setenv"), PURE("setjmp"), EXT("setlocale"), KEEP("setvbuf", A1),
    PURE("sigaction"), PURE("sigaddset"), PURE("sigemptyset"), PURE("sigfillset"),
    PURE("siglongjmp"), KEEP("signal", A1), PURE("sigprocmask"), PURE("sigsetjmp"), PURE("sleep"),
    PURE("snprintf"), PURE("sprintf"), PURE("srand"), PURE("sscanf"), PURE("stat"),
    RET("stpcpy", A0), RET("stpncpy", A0), PURE("strcasecmp"), RET("strcasestr", A0),
    RET("strcat", A0), RET("strchr", A0), RET("strchrnul", A0), PURE("strcmp"), PURE("strcoll"),
    RET("strcpy", A0), PURE("strcspn"), EXT("strerror"), {.name = "strerror_r", .ret = A1, .ret_ext = true},
    PURE("strftime"), PURE("strlen"), PURE("strncasecmp"), RET("strncat", A0), PURE("strncmp"),
    RET("strncpy", A0), PURE("strnlen"), RET("strpbrk", A0), RET("strrchr", A0),
    {.name = "strsep", .ret = A0, .store_dst = 1, .store_src = 1},
    EXT("strsignal"), PURE("strspn"), RET("strstr", A0),
    {.name = "strtod", .store_dst = 2, .store_src = 1},
    {.name = "strtof", .store_dst = 2, .store_src = 1},
    {.name = "strtoimax", .store_dst = 2, .store_src = 1},
    {.name = "strtok", .ret = A0, .keep = A0},
    {.name = "strtok_r", .ret = A0, .store_dst = 3, .store_src = 1},
    {.name = "strtol", .store_dst = 2, .store_src = 1},
    {.name = "strtold", .store_dst = 2, .store_src = 1},
    {.name = "strtoll", .store_dst = 2, .store_src = 1},
    {.name = "strtoul", .store_dst = 2, .store_src = 1},
    {.name = "strtoull", .store_dst = 2, .store_src = 1},
    {.name = "strtoumax", .store_dst = 2, .store_src = 1},
    PURE("strverscmp"), PURE("strxfrm"), PURE("sysconf"), PURE("system"), PURE("time"),
    EXT("tmpfile"), PURE("tolower"), PURE("toupper"), KEEP("tsearch", A0), PURE("ungetc"),
    PURE("unlink"), PURE("usleep"), {.name = "va_copy", .copy_dst = 1, .copy_src = 2}, PURE("va_end"),
    PURE("va_start"), {.name = "vasprintf", .ext_into = 1}, PURE("vfprintf"), PURE("vprintf"), PURE("vsnprintf"),
    PURE("vsprintf"), PURE("wait"), PURE("waitpid"), PURE("wcslen"), PURE("write"),
};

static int by_name(const void *key, const void *item) {
  return strcmp(key, ((const esc__libfn *)item)->name);
}

const esc__libfn *esc__libc_find(const char *normalized) {
  return bsearch(normalized, table, sizeof table / sizeof *table, sizeof *table, by_name);
}

bool esc__libc_sorted(void) {
  for (size_t i = 1; i < sizeof table / sizeof *table; i++)
    if (strcmp(table[i - 1].name, table[i].name) >= 0)
      return false;
  return true;
}

/* The node of argument one_based - 1, or ESC_NONE. */
static esc_node_id arg(const esc_call *c, uint8_t one_based) {
  return one_based && one_based <= c->nargs ? c->args[one_based - 1] : ESC_NONE;
}

void esc__libc_apply(esc__fa *fa, uint32_t call, const esc__libfn *m) {
  const esc_call *c = &fa->f->calls[call];
  esc_loc at = c->loc;
  esc_node_id ext = fa->f->external;
  for (uint32_t i = 0; i < c->nargs && i < 8; i++) {
    if (c->args[i] == ESC_NONE)
      continue;
    if (c->result != ESC_NONE && (m->ret & (1u << i)))
      esc__fa_edge(fa, ESC_EDGE_COPY, c->result, c->args[i], at, NULL);
    if (m->keep & (1u << i)) {
      esc__note *note = esc_arena_alloc(&fa->cx->arena, sizeof *note);
      note->reason = m->thread ? ESC_REASON_CAPTURED_THREAD : ESC_REASON_KEPT_BY_LIBRARY;
      note->detail = m->thread ? esc__fmt(fa->cx, "passed to '%s' as the new thread's argument", c->callee)
                               : esc__fmt(fa->cx, "kept by '%s' beyond the call", c->callee);
      esc__fa_edge(fa, ESC_EDGE_COPY, ext, c->args[i], at, note);
    }
  }
  if (c->result != ESC_NONE && m->ret_local) {
    esc_node_id obj = esc__fa_node(fa, ESC_NODE_LOCAL, esc__fmt(fa->cx, "<%s>", c->callee));
    fa->nodes[obj].decl = at;
    esc__fa_edge(fa, ESC_EDGE_ADDR, c->result, obj, at, NULL);
  }
  if (c->result != ESC_NONE && m->ret_ext)
    esc__fa_edge(fa, ESC_EDGE_ADDR, c->result, ext, at, NULL);
  if (arg(c, m->copy_dst) != ESC_NONE && arg(c, m->copy_src) != ESC_NONE) {
    esc_node_id t = esc__fa_node(fa, ESC_NODE_TEMP, "*src");
    esc__fa_edge(fa, ESC_EDGE_LOAD, t, arg(c, m->copy_src), at, NULL);
    esc__fa_edge(fa, ESC_EDGE_STORE, arg(c, m->copy_dst), t, at, NULL);
  }
  if (arg(c, m->store_dst) != ESC_NONE && arg(c, m->store_src) != ESC_NONE)
    esc__fa_edge(fa, ESC_EDGE_STORE, arg(c, m->store_dst), arg(c, m->store_src), at, NULL);
  if (arg(c, m->realloc_into) != ESC_NONE) {
    esc_node_id t = esc__fa_node(fa, ESC_NODE_TEMP, "*arg");
    esc__fa_edge(fa, ESC_EDGE_LOAD, t, arg(c, m->realloc_into), at, NULL);
    esc__fa_event(fa, ESC__EVENT_REALLOC, t, call, c->callee);
  }
  if (arg(c, m->ext_into) != ESC_NONE) {
    esc_node_id t = esc__fa_node(fa, ESC_NODE_TEMP, "<library memory>");
    esc__fa_edge(fa, ESC_EDGE_ADDR, t, ext, at, NULL);
    esc__fa_edge(fa, ESC_EDGE_STORE, arg(c, m->ext_into), t, at, NULL);
  }
}
