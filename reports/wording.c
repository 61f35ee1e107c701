/* Words every report format shares (see report.h), so that the text and
 * the JSON report say the same thing about a finding. */
#include "report.h"

#include <stdio.h>

void esc_report_reason_message(const esc_finding *f, char *buf, size_t size) {
  if (f->reason == ESC_REASON_NONE)
    snprintf(buf, size, "does not escape");
  else if (f->detail && f->detail[0])
    snprintf(buf, size, "%s (%s)", esc_reason_text(f->reason), f->detail);
  else
    snprintf(buf, size, "%s", esc_reason_text(f->reason));
}

void esc_report_count_verdicts(const esc_findings *fs, uint32_t counts[ESC_VERDICT_HEAP + 1]) {
  for (int v = 0; v <= ESC_VERDICT_HEAP; v++)
    counts[v] = 0;
  for (uint32_t i = 0; i < fs->n; i++)
    counts[fs->items[i].verdict]++;
}
