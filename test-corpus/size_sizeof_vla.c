/* Tricky: sizeof of a variable-length array type is computed at run time, so
 * a size written with sizeof is not always a constant. */
#include <stdio.h>
#include <stdlib.h>

static double trace(int n) {
  double(*m)[n] = malloc(sizeof(double[n][n])); // expect: stack-fallback "size-not-constant"
  if (!m)
    return -1;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++)
      m[i][j] = i == j ? i + 1 : 0;
  double t = 0;
  for (int i = 0; i < n; i++)
    t += m[i][i];
  free(m);
  return t;
}

int main(void) {
  printf("%g\n", trace(4));
  return 0;
}
