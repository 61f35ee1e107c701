/* Function pointers, address-taken functions, indirect calls. */
#include <stdlib.h>

static void cb(void *p) { free(p); } // fn: cb static taken
static void called_only(void *p) { (void)p; } // fn: called_only static !taken
static void *in_table(void) { return 0; } // fn: in_table taken
void exported(void) {} // fn: exported !static !taken
static int handler(int x) { return x; } // fn: handler static taken

struct ops { void *(*make)(void); };
static const struct ops table = {.make = in_table};

void register_cb(void (*fn)(void *), void *arg);

void use(void) {
  void (*fp)(void *) = cb;
  void *m = malloc(5);
  fp(m); // call: * args=1 ; pts: arg:*:1 -> new:malloc
  (*fp)(m); // call: *
  called_only(m); // call: called_only
  (called_only)(m); // call: called_only
  (&called_only)(m); // call: called_only
  register_cb(&cb, m); // call: register_cb args=2
  void *made = table.make(); // call: *
  exported();
  static int (*const handlers[])(int) = {handler};
  (void)made;
  (void)handlers;
}
