/* cli test input: includes shared.h (see there). */
#include "shared.h"

int use_b(void) { return shared_sum(2); }
