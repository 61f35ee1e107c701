/* Initialiser lists (nested, designated), compound literals, arrays of
 * pointers, static locals and globals. */
#include <stdlib.h>

struct inner { char *p; int n; };
struct outer { struct inner in; char *list[2]; struct outer *next; };

static char *table_entry;

static struct outer *build(char *a, char *b) {
  struct outer o = {.in = {.p = a}, .list = {[1] = b}}; // pts: o -> obj:a ; pts: o -> obj:b
  char *arr[] = {a, 0, b}; // pts: arr -> obj:a ; pts: arr -> obj:b ; step: assign "arr"
  struct outer *lp = &(struct outer){.next = 0, .in.p = a}; // pts: lp -> lit ; pts: lp !-> obj:a ; reach: lp -> obj:a
  struct inner copy = (struct inner){b, 1}; // pts: copy -> obj:b
  char **many = (char *[]){a, b}; // pts: many -> lit ; reach: many -> obj:b
  struct inner gnu = {p: a}; // pts: gnu -> obj:a
  char **typed = (__typeof__(malloc(1)) []){a}; // reach: typed -> obj:a ; calls: malloc 1
  struct outer *heap = malloc(sizeof *heap); // call: malloc const=40
  *heap = o; // step: store "*heap" ; reach: new:malloc -> obj:a
  heap->next = lp; // step: store "heap->next"
  (void)arr;
  (void)copy;
  (void)many;
  (void)gnu;
  (void)typed;
  return heap;
}

static char *statics(char *p) {
  static char *last; // var: last global
  static int calls = 0;
  calls++;
  char *prev = last; // pts: prev -> <external>
  last = p; // step: assign "last" ; pts: last -> obj:p
  table_entry = prev; // var: table_entry global
  extern char *elsewhere;
  elsewhere = p; // var: elsewhere global ; step: assign "elsewhere"
  return prev;
}

char *initializers_keep(void) { return build(statics(0), 0)->in.p; }
