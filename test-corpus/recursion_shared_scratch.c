/* A recursive walk that receives a scratch buffer from its caller and never
 * keeps it: the recursion's summary (a fixed point over the cycle) says the
 * parameter does not escape. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct tree {
  const char *name;
  const struct tree *left, *right;
};

static void print_paths(const struct tree *t, char *path, size_t used) {
  if (!t)
    return;
  size_t n = strlen(t->name);
  memcpy(path + used, t->name, n);
  path[used + n] = '\0';
  if (!t->left && !t->right)
    puts(path);
  path[used + n] = '/';
  print_paths(t->left, path, used + n + 1);
  print_paths(t->right, path, used + n + 1);
}

int main(void) {
  const struct tree leaf1 = {"a", NULL, NULL}, leaf2 = {"b", NULL, NULL};
  const struct tree root = {"root", &leaf1, &leaf2};
  char *path = malloc(256); // expect: stack
  if (!path)
    return 1;
  print_paths(&root, path, 0);
  free(path);
  return 0;
}
