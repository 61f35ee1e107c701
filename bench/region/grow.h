/* String building by realloc-style growth, for the allocators of
 * bench/region/ that can resize: include after defining A_REALLOC(c, p, old,
 * new); defines the A_STR_* macros of workloads.h. */
typedef struct {
  char *p;
  size_t len;
} grow_str;

#define A_STR_T grow_str
#define A_STR_BEGIN(c, b) ((b).p = NULL, (b).len = 0)
#define A_STR_APPEND(c, b, piece, n)                                  \
  do {                                                                \
    (b).p = A_REALLOC(c, (b).p, (b).p ? (b).len + 1 : 0, (b).len + (n) + 1); \
    memcpy((b).p + (b).len, (piece), (n) + 1);                        \
    (b).len += (n);                                                   \
  } while (0)
#define A_STR_END(c, b) ((b).p)
