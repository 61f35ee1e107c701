/* cli test input: includes a header that does not exist. */
#include "no_such_header_anywhere.h"

int f(void) { return 0; }
