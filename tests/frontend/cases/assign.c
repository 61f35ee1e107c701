/* Assignments, stores through pointers, fields and elements, returns. */
#include <stdlib.h>

struct node {
  struct node *next;
  int value;
  char *name;
};

struct ctx {
  char *buf;
  struct node *head;
};

int *global_p;

char *copy_and_keep(struct ctx *ctx, struct node *s) { // fn: copy_and_keep !static params=2
  char *q = malloc(64); // call: malloc const=64 range=13-23 arg1=20-22 ; var: q local noloop ; step: assign "q"
  char *r; // var: r local
  r = q; // step: assign "r" ; pts: r -> new:malloc
  ctx->buf = r; // step: store "ctx->buf" ; pts: obj:ctx -> new:malloc
  s->next = (struct node *)q; // step: store "s->next" ; step: cast "struct node *"
  char **pp = &r; // pts: pp -> r
  *pp = q; // step: store "*pp" ; pts: r -> new:malloc
  global_p = (int *)q; // step: assign "global_p" ; pts: global_p -> new:malloc
  return q; // step: return ; pts: <return> -> new:malloc
}

static void arrays(void) { // fn: arrays static params=0
  char *arr[4]; // var: arr local
  int i = 2;
  arr[i] = malloc(8); // step: store "arr[i]" ; pts: arr -> new:malloc
  char *x = arr[1]; // pts: x -> new:malloc
  char **p = arr; // pts: p -> arr
  char **e = &arr[3]; // pts: e -> arr
  p[2] = *e; // step: store "p[2]"
}

struct pair { char *a, *b; };

static struct pair structs(void) {
  struct pair s, t; // var: s local
  s.a = malloc(1); // step: store "s.a" ; pts: s -> new:malloc
  t = s; // step: assign "t" ; pts: t -> new:malloc
  struct pair *ps = &t;
  char **inner = &ps->b; // pts: inner -> t
  char **field = &s.b; // pts: field -> s
  struct pair u = *ps; // pts: u -> new:malloc
  return u; // pts: <return> -> new:malloc
}

static char *params(char *in, char **out) { // var: in param ; var: out param
  *out = in; // step: store "*out" ; reach: obj:out -> obj:in
  return in; // pts: <return> -> obj:in
}

void keep(void) {
  (void)arrays;
  struct pair p = structs(); // pts: p -> new:structs
  (void)p;
  char *o = 0;
  params(0, &o); // call: params args=2 ; pts: arg:params:2 -> o
}
