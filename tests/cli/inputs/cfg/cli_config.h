/* cli test input: the header needs_flags.c finds only through -I. */
#include <stdlib.h>

#define CLI_BUFFER_BYTES 32
