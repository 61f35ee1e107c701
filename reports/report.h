/* The reports: findings (passes/finding.h) rendered for people (text, in
 * the style of compiler diagnostics) and for programs (JSON, the stable
 * contract of docs/json.md). Reports only render: they never parse or
 * analyze; the text report reads a source line for its caret display. */
#ifndef ESC_REPORT_H
#define ESC_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "finding.h"

/* Every finding as a diagnostic with its source line, caret and flow, then
 * one summary line of counts per verdict. Errors are not included (the
 * driver prints them on stderr as they happen). color: ANSI colours. */
void esc_report_text(FILE *out, const esc_findings *fs, bool color);

/* The JSON document of docs/json.md: tool, findings, errors, summary. */
void esc_report_json(FILE *out, const esc_findings *fs, const char *version);

/* --- words shared by the formats (wording.c) --- */

/* Why a finding has its verdict, in words: the reason's wording, then its
 * detail in parentheses when there is one ("stored into a global or static
 * variable (stored into 'g')"); for a stack finding, "does not escape". */
void esc_report_reason_message(const esc_finding *f, char *buf, size_t size);

/* Number of findings of each verdict, indexed by esc_verdict. */
void esc_report_count_verdicts(const esc_findings *fs, uint32_t counts[ESC_VERDICT_HEAP + 1]);

#endif
