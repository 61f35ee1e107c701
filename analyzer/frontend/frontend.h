/* The libclang frontend: lowers a parsed translation unit into the dataflow
 * graph of passes/graph.h. The only code in cescape that reads libclang's
 * AST; the driver parses (and rejects units with errors) before calling it. */
#ifndef ESC_FRONTEND_H
#define ESC_FRONTEND_H

#include <clang-c/Index.h>

#include "graph.h"

/* Lowers every function with a body that is not in a system header into
 * out (initialised by the caller with esc_unit_init). Returns 0, or -1 with
 * a one-line message in err (size errlen) if the unit cannot be lowered. */
int esc_frontend_lower(CXTranslationUnit tu, esc_unit *out, char *err, size_t errlen);

#endif
