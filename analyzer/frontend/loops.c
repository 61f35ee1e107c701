/* Loops: which allocations and declarations may run more than once.
 *
 * for, while and do each open an esc_loop nested in the loop around them;
 * everything lowered inside (the for-init's declarations included) gets it.
 *
 * A goto to a label EARLIER in the source makes a loop too. The walk is in
 * source order, so when the backward goto is reached, everything recorded
 * since the label (declarations, calls, loops opened there) lies between
 * the label and the goto: that stretch is re-homed into a new loop nested
 * in the loop around the label. Approximations, both on the side of "in a loop":
 * the stretch is textual (code between label and goto that the jump cannot
 * reach, such as an else branch, counts as in the loop), and anything
 * recorded there in the label's loop or an enclosing one moves into the
 * new loop. Several gotos back to one label share its loop, and each record
 * is re-homed at most once per label, so the cost stays linear.
 *
 * A variable declared in the stretch moves too: each time control reaches
 * its declaration again its value is re-initialised or indeterminate
 * (C17 6.2.4), so like a loop body's variables it is fresh per iteration.
 *
 * A longjmp returns to its setjmp again: the code from the first setjmp
 * call to the end of the function is treated as a label at the call with a
 * goto back to it at the end. A computed goto (goto *p) may jump to any
 * label: the whole body is then put in one loop. */
#include "lower.h"

uint32_t esc__fe_loop_open(esc__fe_lower *L, CXCursor s) {
  uint32_t saved = L->loop;
  L->loop = esc_fn_add_loop(L->u, L->f, L->loop, esc__fe_start_loc(L, s));
  return saved;
}

void esc__fe_loop_close(esc__fe_lower *L, uint32_t saved) { L->loop = saved; }

/* Labels are keyed by their source location: the cursor a goto's
 * reference leads to is not always equal (clang_equalCursors) to the one
 * the walk visits, but both have the label's location. */
static bool same_label(const void *key, uint32_t item, void *ctx) {
  const esc__fe_lower *L = ctx;
  return clang_equalLocations(*(const CXSourceLocation *)key,
                              clang_getCursorLocation(L->labels[item].label));
}

static uint32_t location_hash(CXSourceLocation where) {
  return where.int_data * 2654435761u;
}

static uint32_t find_label(esc__fe_lower *L, CXCursor label) {
  CXSourceLocation where = clang_getCursorLocation(label);
  return esc__fe_hash_find(&L->label_index, location_hash(where), same_label, &where, L);
}

void esc__fe_label_reached(esc__fe_lower *L, CXCursor label_stmt) {
  L->labels = esc__fe_grow(L->labels, sizeof *L->labels, L->nlabels, &L->cap_labels);
  L->labels[L->nlabels] = (esc__fe_label){
      .label = label_stmt, .loop_at_label = L->loop,
      .nnodes = L->f->nnodes, .ncalls = L->f->ncalls, .nloops = L->f->nloops, .goto_loop = 0};
  esc__fe_hash_insert(&L->label_index, location_hash(clang_getCursorLocation(label_stmt)),
                      L->nlabels++);
}

/* Moves the nodes, calls and loops recorded from the given sizes on, in
 * `outer` or a loop around it, into loop `into`. */
static void rehome(esc__fe_lower *L, const esc__fe_label *from, uint32_t outer, uint32_t into) {
  esc_function *f = L->f;
  for (uint32_t i = from->nnodes; i < f->nnodes; i++)
    if (esc_loop_within(f, outer, f->nodes[i].decl_loop))
      f->nodes[i].decl_loop = into;
  uint32_t ncalls = from->ncalls, nloops = from->nloops;
  for (uint32_t i = ncalls; i < f->ncalls; i++)
    if (esc_loop_within(f, outer, f->calls[i].loop))
      f->calls[i].loop = into;
  for (uint32_t i = nloops; i < f->nloops; i++)
    if (i != into && esc_loop_within(f, outer, f->loops[i].parent))
      f->loops[i].parent = into;
}

static enum CXChildVisitResult label_ref(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  if (clang_getCursorKind(c) == CXCursor_LabelRef) {
    *(CXCursor *)data = clang_getCursorReferenced(c);
    return CXChildVisit_Break;
  }
  return CXChildVisit_Continue;
}

/* Control may jump back from here to labels[i]. */
static void jump_back(esc__fe_lower *L, uint32_t i) {
  esc__fe_label *lab = &L->labels[i];
  if (lab->goto_loop == 0)
    lab->goto_loop = esc_fn_add_loop(L->u, L->f, lab->loop_at_label,
                                     esc__fe_cursor_loc(L, lab->label));
  rehome(L, lab, lab->loop_at_label, lab->goto_loop);
  lab->nnodes = L->f->nnodes;
  lab->ncalls = L->f->ncalls;
  lab->nloops = L->f->nloops;
}

void esc__fe_goto_seen(esc__fe_lower *L, CXCursor goto_stmt) {
  CXCursor target = clang_getNullCursor();
  clang_visitChildren(goto_stmt, label_ref, &target);
  uint32_t i = clang_Cursor_isNull(target) ? UINT32_MAX : find_label(L, target);
  if (i != UINT32_MAX) /* else a forward goto: no code runs twice */
    jump_back(L, i);
}

void esc__fe_setjmp_seen(esc__fe_lower *L, CXCursor e) {
  if (L->setjmp_label == UINT32_MAX) {
    esc__fe_label_reached(L, e);
    L->setjmp_label = L->nlabels - 1;
  }
}

void esc__fe_loops_finish(esc__fe_lower *L) {
  if (L->whole_body_loop) {
    uint32_t body = esc_fn_add_loop(L->u, L->f, 0, L->f->loc);
    esc__fe_label start = {.nnodes = 0, .ncalls = 0, .nloops = 1};
    rehome(L, &start, 0, body);
  } else if (L->setjmp_label != UINT32_MAX) {
    jump_back(L, L->setjmp_label);
  }
}

void esc__fe_loops_reset(esc__fe_lower *L) {
  L->loop = 0;
  L->whole_body_loop = false;
  L->setjmp_label = UINT32_MAX;
  L->nlabels = 0;
  esc__fe_hash_clear(&L->label_index);
}
