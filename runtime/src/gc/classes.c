/* classes.c: the size classes of small objects. Sizes step by 16 bytes up
 * to 128, then by a quarter of the power of two below (160, 192, 224, 256,
 * 320, ...) up to ESC__SMALL_MAX, so rounding wastes at most a fifth. A
 * class's span is big enough for about ESC__MIN_OBJECTS objects, which keeps
 * the tail waste of a span small. */
#include "gc_internal.h"

uint32_t esc__class_sizes[ESC__NCLASSES];
uint8_t esc__class_by_granules[ESC__SMALL_MAX / ESC__GRANULE + 1];

void esc__classes_init(void) {
  int n = 0;
  for (uint32_t s = ESC__GRANULE; s <= 128; s += ESC__GRANULE) esc__class_sizes[n++] = s;
  for (uint32_t pow = 128; pow < ESC__SMALL_MAX; pow *= 2)
    for (uint32_t q = 1; q <= 4; q++) esc__class_sizes[n++] = pow + q * (pow / 4);
  int cls = 0;
  for (size_t g = 0; g <= ESC__SMALL_MAX / ESC__GRANULE; g++) {
    while (esc__class_sizes[cls] < g * ESC__GRANULE) cls++;
    esc__class_by_granules[g] = (uint8_t)cls;
  }
}

uint32_t esc__class_pages(int cls) {
  size_t bytes = (size_t)esc__class_sizes[cls] * ESC__MIN_OBJECTS;
  return (uint32_t)((bytes + ESC__PAGE - 1) / ESC__PAGE);
}
