/* A static function's returned buffer whose caller stores it in a global: one
 * caller lets it escape, so it is heap, and the reason names where it ends
 * up, the global (the flow shows the return on the way). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct token {
  char *text;
  int kind;
};

static struct token last_token;

static struct token lex_word(const char *src) {
  struct token t = {malloc(16), 1}; // expect: heap "stored-global"
  if (t.text)
    snprintf(t.text, 16, "%s", src);
  return t;
}

int main(void) {
  struct token t = lex_word("identifier");
  last_token = t;
  printf("%d %s\n", last_token.kind, last_token.text ? last_token.text : "?");
  free(last_token.text);
  return 0;
}
