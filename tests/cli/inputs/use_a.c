/* cli test input: includes shared.h (see there). */
#include "shared.h"

int use_a(void) { return shared_sum(1); }
