/* Functions in a project header are lowered (under the header's path);
 * those of system headers are not. */
#include <stdio.h>
#include <string.h>

#include "project.h"

// fn: project_alloc static params=1
char *headers_keep(void) { // nofn: fputs ; nofn: vsnprintf ; nofn: strcmp
  char *p = project_alloc(10); // call: project_alloc const=10
  return p;
}
