/* Stored into a heap object that itself escapes (into a global list): the
 * inner buffer escapes with it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct entry {
  struct entry *next;
  char *key;
};

static struct entry *registry;

static void register_key(const char *key) {
  struct entry *e = malloc(sizeof *e); // expect: heap "stored-global"
  if (!e)
    return;
  e->key = malloc(32); // expect: heap "stored-heap"
  if (e->key)
    snprintf(e->key, 32, "%s", key);
  e->next = registry;
  registry = e;
}

int main(void) {
  register_key("alpha");
  register_key("beta");
  while (registry) {
    struct entry *next = registry->next;
    printf("%s\n", registry->key ? registry->key : "?");
    free(registry->key);
    free(registry);
    registry = next;
  }
  return 0;
}
