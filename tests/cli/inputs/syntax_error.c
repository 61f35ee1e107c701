/* cli test input: does not compile (a missing semicolon on line 4). */
int broken(void) {
  int x = 1;
  return x
}
