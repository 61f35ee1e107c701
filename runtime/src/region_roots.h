/* The one seam between the two halves of libcescape-rt: the garbage collector
 * (src/gc/) treats the used memory of every live region (src/region/),
 * including each thread's scratch region, as a root, because frame-bounded
 * objects may hold pointers to collected ones. The region allocator
 * implements this; the collector calls it at the start and the end of marking.
 */
#ifndef ESC_REGION_ROOTS_H
#define ESC_REGION_ROOTS_H

typedef void (*esc__range_visitor)(const void *start, const void *end, void *ctx);

/* Calls visit(start, end, ctx) for every allocated (not rewound, not yet
 * handed out) byte range of every live region in the process. Takes the
 * region registry's lock for the duration; visit must not create, destroy or
 * allocate from regions. */
void esc__region_foreach_used(esc__range_visitor visit, void *ctx);

#endif
