/* Loops: which allocations and declarations may run more than once.
 *
 * for, while and do each open an esc_loop nested in the loop around them;
 * everything lowered inside (the for-init's declarations included) gets it.
 *
 * A goto to a label EARLIER in the source makes a loop too. The walk is in
 * source order, so when the backward goto is reached, everything recorded
 * since the label (calls, loops opened there) lies between the label and
 * the goto: that stretch is re-homed into a new loop nested in the loop
 * around the label. Approximations, both on the side of "in a loop":
 * the stretch is textual (code between label and goto that the jump cannot
 * reach, such as an else branch, counts as in the loop), and anything
 * recorded there in the label's loop or an enclosing one moves into the
 * new loop. Several gotos back to one label share its loop, and each record
 * is re-homed at most once per label, so the cost stays linear.
 *
 * A call of setjmp (or a relative) or a computed goto (goto *p) can re-run
 * code the walk cannot bound: the whole body is then put in one loop. */
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
      .ncalls = L->f->ncalls, .nloops = L->f->nloops, .goto_loop = 0};
  esc__fe_hash_insert(&L->label_index, location_hash(clang_getCursorLocation(label_stmt)),
                      L->nlabels++);
}

/* Moves the calls and loops recorded from the given sizes on, in `outer`
 * or a loop around it, into loop `into`. Declarations stay where they were:
 * a variable counted outside a loop is the conservative choice (its value
 * is taken to survive into the next iteration). */
static void rehome(esc__fe_lower *L, uint32_t ncalls, uint32_t nloops, uint32_t outer,
                   uint32_t into) {
  esc_function *f = L->f;
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

void esc__fe_goto_seen(esc__fe_lower *L, CXCursor goto_stmt) {
  CXCursor target = clang_getNullCursor();
  clang_visitChildren(goto_stmt, label_ref, &target);
  uint32_t i = clang_Cursor_isNull(target) ? UINT32_MAX : find_label(L, target);
  if (i == UINT32_MAX)
    return; /* a forward goto: no code runs twice */
  esc__fe_label *lab = &L->labels[i];
  if (lab->goto_loop == 0)
    lab->goto_loop = esc_fn_add_loop(L->u, L->f, lab->loop_at_label,
                                     esc__fe_cursor_loc(L, lab->label));
  rehome(L, lab->ncalls, lab->nloops, lab->loop_at_label, lab->goto_loop);
  lab->ncalls = L->f->ncalls;
  lab->nloops = L->f->nloops;
}

void esc__fe_loops_finish(esc__fe_lower *L) {
  if (!L->whole_body_loop)
    return;
  uint32_t body = esc_fn_add_loop(L->u, L->f, 0, L->f->loc);
  rehome(L, 0, 1, 0, body);
}

void esc__fe_loops_reset(esc__fe_lower *L) {
  L->loop = 0;
  L->whole_body_loop = false;
  L->nlabels = 0;
  esc__fe_hash_clear(&L->label_index);
}
