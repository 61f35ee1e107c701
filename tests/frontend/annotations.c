/* The annotations of a frontend test case. A comment `// KEY: ARGS` states
 * a fact about the graph built from the line it is on; several may share a
 * line, separated by ` ; `. Each can fail:
 *
 *   step: NAME ["TEXT"]    an edge on this line with step NAME (assign,
 *                          store, return, arg, cast) and exactly TEXT
 *   sink: KIND ["TEXT"]    a sink on this line (address-to-integer,
 *                          unmodeled) whose text contains TEXT. A sink on
 *                          a line without a sink annotation is a failure.
 *   call: NAME [FLAGS]     a call of NAME (* for a call through a pointer)
 *                          on this line; flags: loop, noloop, const=N
 *                          (some argument is the constant N), strlen=N,
 *                          void, args=N, range=B-E (the call's columns,
 *                          end exclusive), arg1=B-E (argument 1's columns),
 *                          param=N (some argument is the unchanged value of
 *                          the caller's parameter N), noparam (none is)
 *   var: NAME KIND [loop|noloop]   a node of kind local/param/global named
 *                          NAME, declared on this line (global: used in the
 *                          function around this line)
 *   fn: NAME [FLAGS]       the function NAME; flags static, variadic,
 *                          taken (address taken), aggregate (returns a
 *                          struct or union), params=N; !flag negates
 *   nofn: NAME             no function NAME was lowered
 *   pts: A -> B, pts: A !-> B, reach: A -> B, reach: A !-> B
 *                          in the function around this line, A may (not)
 *                          point to B directly (pts) or through any chain
 *                          (reach), by the naive solver of points_to.c
 *   loops: N               the function around this line has N loops
 *   calls: NAME N          the function around this line calls NAME N times
 *
 * Selectors for A and B: a variable or parameter NAME, `obj:P` (what
 * parameter P points to), `<return>`, `<external>`, `new:F` (the object a
 * call of F returns), `arg:F:N` (argument N of a call of F), `lit` (a
 * compound literal), `sink` (whatever a sink receives). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

typedef struct ctx {
  const esc_unit *u;
  uint32_t file, line;
  const char *path;
  int failures;
} ctx;

static void fail(ctx *c, const char *what, const char *text) {
  fprintf(stderr, "%s:%u: annotation not met: %s: %s\n", c->path, c->line, what, text);
  c->failures++;
}

static const esc_function *function_at(const ctx *c) {
  for (uint32_t i = 0; i < c->u->nfunctions; i++) {
    const esc_function *f = c->u->functions[i];
    if (f->range.begin.file == c->file && f->range.begin.line <= c->line &&
        c->line <= f->range.end.line)
      return f;
  }
  return NULL;
}

static bool here(const ctx *c, esc_loc l) { return l.file == c->file && l.line == c->line; }

/* Splits "word rest" at the first blank; returns rest. */
static char *next_word(char *s, char **word) {
  while (*s == ' ')
    s++;
  *word = s;
  while (*s && *s != ' ')
    s++;
  if (*s)
    *s++ = '\0';
  return s;
}

/* The quoted text in s, or NULL. */
static char *quoted(char *s) {
  char *open = strchr(s, '"');
  if (!open)
    return NULL;
  char *close = strchr(open + 1, '"');
  if (close)
    *close = '\0';
  return open + 1;
}

static const char *step_names[] = {
    [ESC_STEP_NONE] = "none",     [ESC_STEP_ASSIGN] = "assign", [ESC_STEP_STORE] = "store",
    [ESC_STEP_LOAD] = "load",     [ESC_STEP_RETURN] = "return", [ESC_STEP_ARG] = "arg",
    [ESC_STEP_RESULT] = "result", [ESC_STEP_CAST] = "cast"};

static void check_step(ctx *c, char *args) {
  char *name;
  char *rest = next_word(args, &name);
  const char *text = quoted(rest);
  for (uint32_t i = 0; i < c->u->nfunctions; i++) {
    const esc_function *f = c->u->functions[i];
    for (uint32_t e = 0; e < f->nedges; e++) {
      const esc_edge *ed = &f->edges[e];
      if (here(c, ed->loc) && strcmp(step_names[ed->step], name) == 0 &&
          (!text || (ed->text && strcmp(ed->text, text) == 0)))
        return;
    }
  }
  fail(c, "step", name);
}

static bool sink_matches(const esc_sink *s, const char *kind, const char *text) {
  const char *k = s->kind == ESC_SINK_ADDRESS_TO_INTEGER ? "address-to-integer" : "unmodeled";
  return strcmp(k, kind) == 0 && (!text || (s->text && strstr(s->text, text)));
}

static void check_sink(ctx *c, char *args) {
  char *kind;
  char *rest = next_word(args, &kind);
  const char *text = quoted(rest);
  for (uint32_t i = 0; i < c->u->nfunctions; i++) {
    const esc_function *f = c->u->functions[i];
    for (uint32_t s = 0; s < f->nsinks; s++)
      if (here(c, f->sinks[s].loc) && sink_matches(&f->sinks[s], kind, text))
        return;
  }
  fail(c, "sink", kind);
}

/* range=B-E or argN=B-E: the columns of the call or of argument N. */
static bool range_matches(const esc_call *call, const char *flag) {
  unsigned arg = 0, begin = 0, end = 0;
  esc_range r;
  if (sscanf(flag, "range=%u-%u", &begin, &end) == 2)
    r = call->range;
  else if (sscanf(flag, "arg%u=%u-%u", &arg, &begin, &end) == 3 && arg >= 1 && arg <= call->nargs)
    r = call->arg_ranges[arg - 1];
  else
    return false;
  return r.begin.col == begin && r.end.col == end && r.begin.line == r.end.line &&
         r.end.offset - r.begin.offset == end - begin;
}

static bool call_has_flags(const esc_call *call, char *flags) {
  char *flag;
  while (*(flags = next_word(flags, &flag)) || *flag) {
    bool ok = true;
    long long n = 0;
    if (strcmp(flag, "loop") == 0)
      ok = call->loop != 0;
    else if (strcmp(flag, "noloop") == 0)
      ok = call->loop == 0;
    else if (strcmp(flag, "void") == 0)
      ok = call->result == ESC_NONE;
    else if (sscanf(flag, "args=%lld", &n) == 1)
      ok = call->nargs == n;
    else if (strncmp(flag, "range=", 6) == 0 || strncmp(flag, "arg", 3) == 0)
      ok = range_matches(call, flag);
    else if (strcmp(flag, "noparam") == 0 || sscanf(flag, "param=%lld", &n) == 1) {
      bool any = false;
      for (uint32_t a = 0; a < call->nargs; a++)
        any |= flag[0] == 'n' ? call->arg_param[a] != ESC_NONE : call->arg_param[a] == n - 1;
      ok = flag[0] == 'n' ? !any : any;
    }
    else if (sscanf(flag, "const=%lld", &n) == 1 || sscanf(flag, "strlen=%lld", &n) == 1) {
      ok = false;
      const int64_t *values = flag[0] == 'c' ? call->arg_const : call->arg_strlen;
      for (uint32_t a = 0; a < call->nargs; a++)
        ok |= values[a] == n;
    } else {
      ok = false;
    }
    if (!ok)
      return false;
  }
  return true;
}

static void check_call(ctx *c, char *args) {
  char *name;
  char *flags = next_word(args, &name);
  for (uint32_t i = 0; i < c->u->nfunctions; i++) {
    const esc_function *f = c->u->functions[i];
    for (uint32_t k = 0; k < f->ncalls; k++) {
      const esc_call *call = &f->calls[k];
      bool named = call->callee ? strcmp(call->callee, name) == 0 : strcmp(name, "*") == 0;
      char copy[256];
      snprintf(copy, sizeof copy, "%s", flags);
      if (here(c, call->loc) && named && call_has_flags(call, copy))
        return;
    }
  }
  fail(c, "call", name);
}

static void check_var(ctx *c, char *args) {
  char *name, *kind, *loop;
  next_word(next_word(next_word(args, &name), &kind), &loop);
  esc_node_kind want = strcmp(kind, "param") == 0    ? ESC_NODE_PARAM
                       : strcmp(kind, "global") == 0 ? ESC_NODE_GLOBAL
                                                     : ESC_NODE_LOCAL;
  const esc_function *f = function_at(c);
  for (uint32_t i = 0; f && i < f->nnodes; i++) {
    const esc_node *n = &f->nodes[i];
    bool loop_ok = !*loop || (strcmp(loop, "loop") == 0) == (n->decl_loop != 0);
    if (n->kind == want && strcmp(n->name, name) == 0 && loop_ok &&
        (want == ESC_NODE_GLOBAL || here(c, n->decl)))
      return;
  }
  fail(c, "var", name);
}

static void check_fn(ctx *c, char *args) {
  char *name;
  char *flags = next_word(args, &name);
  const esc_function *f = esc_unit_find_function(c->u, name);
  if (!f) {
    fail(c, "fn (no such function)", name);
    return;
  }
  char *flag;
  while (*(flags = next_word(flags, &flag)) || *flag) {
    bool negate = flag[0] == '!';
    const char *w = flag + negate;
    unsigned n = 0;
    bool ok = strcmp(w, "static") == 0     ? f->is_static
              : strcmp(w, "variadic") == 0 ? f->is_variadic
              : strcmp(w, "taken") == 0    ? f->address_taken
              : strcmp(w, "aggregate") == 0 ? f->returns_aggregate
              : sscanf(w, "params=%u", &n) == 1 ? f->nparams == n
                                                : !negate;
    if (ok == negate)
      fail(c, "fn", flag);
  }
}

/* The objects a selector names, as flags over the solution's objects. */
static bool select_objects(const esc_function *f, const char *sel, uint8_t *out) {
  bool any = false;
  for (uint32_t i = 0; i < f->nnodes; i++) {
    const esc_node *n = &f->nodes[i];
    bool named = strcmp(n->name, sel) == 0 &&
                 (n->kind == ESC_NODE_LOCAL || n->kind == ESC_NODE_PARAM ||
                  n->kind == ESC_NODE_GLOBAL || n->kind == ESC_NODE_RETURN ||
                  n->kind == ESC_NODE_EXTERNAL);
    bool obj = strncmp(sel, "obj:", 4) == 0 && n->kind == ESC_NODE_PARAM_OBJ &&
               strcmp(n->name, sel + 4) == 0;
    bool lit = strcmp(sel, "lit") == 0 && strcmp(n->name, "<compound literal>") == 0;
    if (named || obj || lit)
      any = out[i] = 1;
  }
  for (uint32_t k = 0; k < f->ncalls; k++) {
    const esc_call *call = &f->calls[k];
    const char *callee = call->callee ? call->callee : "*";
    unsigned argn = 0;
    char name[128];
    if (strncmp(sel, "new:", 4) == 0 && strcmp(sel + 4, callee) == 0)
      any = out[f->nnodes + k] = 1;
    if (sscanf(sel, "arg:%127[^:]:%u", name, &argn) == 2 && strcmp(name, callee) == 0 &&
        argn >= 1 && argn <= call->nargs && call->args[argn - 1] != ESC_NONE)
      any = out[call->args[argn - 1]] = 1;
  }
  if (strcmp(sel, "sink") == 0)
    for (uint32_t s = 0; s < f->nsinks; s++)
      any = out[f->sinks[s].src] = 1;
  return any;
}

static void check_pts(ctx *c, char *args, bool transitive) {
  char *a, *arrow, *b;
  next_word(next_word(next_word(args, &a), &arrow), &b);
  const esc_function *f = function_at(c);
  if (!f) {
    fail(c, "pts (no function here)", a);
    return;
  }
  pts_solution s;
  pts_solve(f, &s);
  uint8_t *from = calloc(s.nobjects + 1, 1), *to = calloc(s.nobjects + 1, 1);
  if (!from || !to)
    abort();
  if (!select_objects(f, a, from) || !select_objects(f, b, to)) {
    fail(c, "pts (unknown selector)", a);
  } else {
    bool found = false;
    for (uint32_t i = 0; i < s.nobjects; i++)
      for (uint32_t j = 0; from[i] && j < s.nobjects; j++)
        if (to[j])
          found |= transitive ? pts_reaches(&s, i, j) : pts_has(&s, i, j);
    if (found != (strcmp(arrow, "->") == 0))
      fail(c, transitive ? "reach" : "pts", b);
  }
  free(from);
  free(to);
  pts_free(&s);
}

static void check_loops(ctx *c, char *args) {
  const esc_function *f = function_at(c);
  unsigned n = 0;
  if (!f || sscanf(args, "%u", &n) != 1 || f->nloops - 1 != n)
    fail(c, "loops", args);
}

static void check_calls(ctx *c, char *args) {
  char name[128];
  unsigned want = 0, n = 0;
  const esc_function *f = function_at(c);
  if (!f || sscanf(args, "%127s %u", name, &want) != 2) {
    fail(c, "calls", args);
    return;
  }
  for (uint32_t k = 0; k < f->ncalls; k++)
    n += f->calls[k].callee && strcmp(f->calls[k].callee, name) == 0;
  if (n != want)
    fail(c, "calls", args);
}

static void check_one(ctx *c, char *annotation) {
  char *colon = strchr(annotation, ':');
  if (!colon)
    return;
  *colon = '\0';
  char *key = annotation, *args = colon + 1;
  while (*key == ' ')
    key++;
  if (strcmp(key, "step") == 0)
    check_step(c, args);
  else if (strcmp(key, "sink") == 0)
    check_sink(c, args);
  else if (strcmp(key, "call") == 0)
    check_call(c, args);
  else if (strcmp(key, "var") == 0)
    check_var(c, args);
  else if (strcmp(key, "fn") == 0)
    check_fn(c, args);
  else if (strcmp(key, "nofn") == 0) {
    char *name;
    next_word(args, &name);
    if (esc_unit_find_function(c->u, name))
      fail(c, "nofn", name);
  }
  else if (strcmp(key, "pts") == 0 || strcmp(key, "reach") == 0)
    check_pts(c, args, key[0] == 'r');
  else if (strcmp(key, "loops") == 0)
    check_loops(c, args);
  else if (strcmp(key, "calls") == 0)
    check_calls(c, args);
  else
    fail(c, "unknown annotation", key);
}

/* Sinks are never expected silently: each needs a sink annotation. */
static void check_unexpected_sinks(ctx *c, char **lines, uint32_t nlines) {
  for (uint32_t i = 0; i < c->u->nfunctions; i++) {
    const esc_function *f = c->u->functions[i];
    for (uint32_t s = 0; s < f->nsinks; s++) {
      esc_loc l = f->sinks[s].loc;
      if (l.file != c->file || l.line == 0 || l.line > nlines)
        continue;
      if (!strstr(lines[l.line - 1], "sink:")) {
        c->line = l.line;
        fail(c, "unexpected sink", f->sinks[s].text);
      }
    }
  }
}

int check_annotations(const esc_unit *u, uint32_t main_file, const char *path) {
  FILE *in = fopen(path, "r");
  if (!in) {
    perror(path);
    return 1;
  }
  ctx c = {u, main_file, 0, path, 0};
  char **lines = NULL;
  uint32_t nlines = 0;
  char buf[1024];
  while (fgets(buf, sizeof buf, in)) {
    lines = realloc(lines, (nlines + 1) * sizeof *lines);
    lines[nlines++] = strdup(buf);
    c.line = nlines;
    char *comment = strstr(buf, "// ");
    if (!comment)
      continue;
    buf[strcspn(buf, "\n")] = '\0';
    for (char *part = strtok(comment + 3, ";"); part; part = strtok(NULL, ";")) {
      char copy[1024];
      snprintf(copy, sizeof copy, "%s", part);
      check_one(&c, copy);
    }
  }
  fclose(in);
  check_unexpected_sinks(&c, lines, nlines);
  for (uint32_t i = 0; i < nlines; i++)
    free(lines[i]);
  free(lines);
  return c.failures;
}
