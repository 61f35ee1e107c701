/* Builders for the dataflow graph (see graph.h for the model). The frontend
 * and the passes' unit tests build graphs only through these functions.
 * Everything lives in the unit's arena but a function's growing arrays
 * (nodes, edges, calls, sinks), which are realloc'ed: a copy left
 * behind at each doubling would be half of the graph's memory. */
#include "graph.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GROW(u, arr, len, cap) \
  ((arr) = esc_arena_reserve(&(u)->arena, (arr), sizeof *(arr), &(len), &(cap)))
#define FN_GROW(arr, len, cap) ((arr) = fn_reserve((arr), sizeof *(arr), (len), &(cap)))

/* Doubles a function's array when len == *cap; returns the array. */
static void *fn_reserve(void *items, size_t item_size, uint32_t len, uint32_t *cap) {
  if (len < *cap)
    return items;
  uint32_t new_cap = *cap ? *cap * 2 : 8;
  items = realloc(items, (size_t)new_cap * item_size);
  if (!items) {
    fputs("cescape: out of memory\n", stderr);
    abort();
  }
  *cap = new_cap;
  return items;
}

void esc_unit_init(esc_unit *u) {
  memset(u, 0, sizeof *u);
  esc_arena_init(&u->arena);
}

void esc_unit_destroy(esc_unit *u) {
  for (uint32_t i = 0; i < u->nfunctions; i++) {
    esc_function *f = u->functions[i];
    free(f->nodes);
    free(f->edges);
    free(f->calls);
    free(f->sinks);
  }
  esc_arena_free(&u->arena);
  free(u->strings);
  memset(u, 0, sizeof *u);
}

static uint32_t hash_text(const char *s) {
  uint32_t h = 2166136261u;
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

/* The slot of s in the string set: its copy, or the empty slot for it. */
static const char **string_slot(const char **set, uint32_t cap, const char *s) {
  uint32_t i = hash_text(s) & (cap - 1);
  while (set[i] && strcmp(set[i], s) != 0)
    i = (i + 1) & (cap - 1);
  return &set[i];
}

/* Keeps the set at most half full (cap a power of two). */
static void strings_reserve(esc_unit *u) {
  if (2 * (u->nstrings + 1) <= u->cap_strings)
    return;
  uint32_t cap = u->cap_strings ? 2 * u->cap_strings : 1024;
  const char **set = calloc(cap, sizeof *set);
  if (!set) {
    fputs("cescape: out of memory\n", stderr);
    abort();
  }
  for (uint32_t i = 0; i < u->cap_strings; i++)
    if (u->strings[i])
      *string_slot(set, cap, u->strings[i]) = u->strings[i];
  free(u->strings);
  u->strings = set;
  u->cap_strings = cap;
}

/* Names and step words repeat (a callee's name at each argument, "<external>"
 * in every function): one copy each keeps the graph small. */
const char *esc_unit_strdup(esc_unit *u, const char *s) {
  if (!s)
    return NULL;
  if (!*s) /* every temporary's name: no need to look it up */
    return "";
  strings_reserve(u);
  const char **slot = string_slot(u->strings, u->cap_strings, s);
  if (!*slot) {
    *slot = esc_arena_strdup(&u->arena, s);
    u->nstrings++;
  }
  return *slot;
}

uint32_t esc_unit_file(esc_unit *u, const char *path) {
  for (uint32_t i = 0; i < u->nfiles; i++)
    if (strcmp(u->files[i], path) == 0)
      return i;
  GROW(u, u->files, u->nfiles, u->cap_files);
  u->files[u->nfiles] = esc_unit_strdup(u, path);
  return u->nfiles++;
}

esc_function *esc_unit_add_function(esc_unit *u, const char *name, esc_loc loc) {
  esc_function *f = esc_arena_alloc(&u->arena, sizeof *f);
  f->name = esc_unit_strdup(u, name);
  f->loc = loc;
  esc_fn_add_loop(u, f, 0, loc);
  f->external = esc_fn_add_node(u, f, ESC_NODE_EXTERNAL, "<external>", loc, 0);
  f->ret = esc_fn_add_node(u, f, ESC_NODE_RETURN, "<return>", loc, 0);
  GROW(u, u->functions, u->nfunctions, u->cap_functions);
  u->functions[u->nfunctions++] = f;
  return f;
}

esc_function *esc_unit_find_function(const esc_unit *u, const char *name) {
  for (uint32_t i = 0; i < u->nfunctions; i++)
    if (strcmp(u->functions[i]->name, name) == 0)
      return u->functions[i];
  return NULL;
}

esc_node_id esc_fn_add_node(esc_unit *u, esc_function *f, esc_node_kind kind,
                            const char *name, esc_loc decl, uint32_t decl_loop) {
  FN_GROW(f->nodes, f->nnodes, f->cap_nodes);
  esc_node *n = &f->nodes[f->nnodes];
  memset(n, 0, sizeof *n);
  n->kind = kind;
  n->name = esc_unit_strdup(u, name ? name : "");
  n->decl = decl;
  n->decl_loop = decl_loop;
  n->call = ESC_NONE;
  return f->nnodes++;
}

esc_node_id esc_fn_add_param(esc_unit *u, esc_function *f, const char *name, esc_loc decl) {
  uint32_t index = f->nparams;
  esc_node_id ids[3];
  static const esc_node_kind kinds[3] = {ESC_NODE_PARAM, ESC_NODE_PARAM_OBJ, ESC_NODE_PARAM_DEEP};
  for (int k = 0; k < 3; k++) {
    ids[k] = esc_fn_add_node(u, f, kinds[k], name, decl, 0);
    f->nodes[ids[k]].param_index = index;
  }
  esc_node_id *params = esc_arena_alloc(&u->arena, (index + 1) * sizeof *params);
  if (index)
    memcpy(params, f->params, index * sizeof *params);
  params[index] = ids[0];
  f->params = params;
  f->nparams = index + 1;
  return ids[0];
}

void esc_fn_add_edge(esc_unit *u, esc_function *f, esc_edge_kind kind,
                     esc_node_id dst, esc_node_id src, esc_loc loc,
                     esc_step step, const char *text, uint32_t arg) {
  FN_GROW(f->edges, f->nedges, f->cap_edges);
  f->edges[f->nedges++] = (esc_edge){
      .kind = kind, .dst = dst, .src = src, .loc = loc,
      .step = step, .text = esc_unit_strdup(u, text), .arg = arg};
}

esc_call *esc_fn_add_call(esc_unit *u, esc_function *f, const char *callee,
                          esc_loc loc, uint32_t nargs) {
  FN_GROW(f->calls, f->ncalls, f->cap_calls);
  esc_call *c = &f->calls[f->ncalls++];
  memset(c, 0, sizeof *c);
  c->callee = esc_unit_strdup(u, callee);
  c->loc = loc;
  c->range.begin = c->range.end = loc;
  c->result = ESC_NONE;
  c->nargs = nargs;
  c->args = esc_arena_alloc(&u->arena, nargs * sizeof *c->args + 1);
  c->arg_const = esc_arena_alloc(&u->arena, nargs * sizeof *c->arg_const + 1);
  c->arg_strlen = esc_arena_alloc(&u->arena, nargs * sizeof *c->arg_strlen + 1);
  c->arg_ranges = esc_arena_alloc(&u->arena, nargs * sizeof *c->arg_ranges + 1);
  c->arg_param = esc_arena_alloc(&u->arena, nargs * sizeof *c->arg_param + 1);
  for (uint32_t i = 0; i < nargs; i++) {
    c->args[i] = ESC_NONE;
    c->arg_param[i] = ESC_NONE;
    c->arg_const[i] = ESC_NOT_CONSTANT;
    c->arg_strlen[i] = -1;
  }
  return c;
}

void esc_fn_add_sink(esc_unit *u, esc_function *f, esc_sink_kind kind,
                     esc_node_id src, esc_loc loc, const char *text) {
  FN_GROW(f->sinks, f->nsinks, f->cap_sinks);
  f->sinks[f->nsinks++] = (esc_sink){
      .kind = kind, .src = src, .loc = loc, .text = esc_unit_strdup(u, text)};
}

uint32_t esc_fn_add_loop(esc_unit *u, esc_function *f, uint32_t parent, esc_loc loc) {
  GROW(u, f->loops, f->nloops, f->cap_loops);
  f->loops[f->nloops] = (esc_loop){.parent = parent, .loc = loc};
  return f->nloops++;
}

bool esc_loop_within(const esc_function *f, uint32_t inner, uint32_t outer) {
  if (outer == 0)
    return true;
  for (uint32_t l = inner; l != 0; l = f->loops[l].parent)
    if (l == outer)
      return true;
  return false;
}
