/* The JSON report, built with json-c. Its shape is a stable contract,
 * documented field by field in docs/json.md: fields may be added, never
 * renamed, removed or given another type. */
#include <json-c/json.h>

#include "report.h"

static json_object *string_or_null(const char *s) {
  return s ? json_object_new_string(s) : NULL;
}

static void put(json_object *obj, const char *key, json_object *value) {
  json_object_object_add(obj, key, value);
}

/* {"line":..,"column":..,"offset":..} */
static json_object *point(const esc_position *at) {
  json_object *o = json_object_new_object();
  put(o, "line", json_object_new_int64(at->line));
  put(o, "column", json_object_new_int64(at->col));
  put(o, "offset", json_object_new_int64(at->offset));
  return o;
}

/* {"begin":point,"end":point}, or null when the range is unknown. */
static json_object *range(const esc_position *begin, const esc_position *end) {
  if (!begin->file)
    return NULL;
  json_object *o = json_object_new_object();
  put(o, "begin", point(begin));
  put(o, "end", point(end));
  return o;
}

static json_object *flow_step(const esc_flow_step *s) {
  json_object *o = json_object_new_object();
  put(o, "file", string_or_null(s->at.file));
  put(o, "line", json_object_new_int64(s->at.line));
  put(o, "column", json_object_new_int64(s->at.col));
  put(o, "message", json_object_new_string(s->message));
  return o;
}

static json_object *finding(const esc_finding *f) {
  char message[1024];
  esc_report_reason_message(f, message, sizeof message);
  json_object *o = json_object_new_object();
  put(o, "file", json_object_new_string(f->at.file));
  put(o, "line", json_object_new_int64(f->at.line));
  put(o, "column", json_object_new_int64(f->at.col));
  put(o, "function", string_or_null(f->function));
  put(o, "allocator", json_object_new_string(f->allocator));
  put(o, "verdict", json_object_new_string(esc_verdict_name(f->verdict)));
  put(o, "size_bytes", f->size_bytes >= 0 ? json_object_new_int64(f->size_bytes) : NULL);
  put(o, "reason", f->reason == ESC_REASON_NONE ? NULL
                                                : json_object_new_string(esc_reason_code(f->reason)));
  put(o, "message", json_object_new_string(message));
  json_object *steps = json_object_new_array();
  for (uint32_t i = 0; i < f->nflow; i++)
    json_object_array_add(steps, flow_step(&f->flow[i]));
  put(o, "flow", steps);
  put(o, "in_loop", json_object_new_boolean(f->in_loop));
  put(o, "call", range(&f->call_begin, &f->call_end));
  put(o, "size_argument", range(&f->size_begin, &f->size_end));
  return o;
}

static json_object *error(const esc_error *e) {
  json_object *o = json_object_new_object();
  put(o, "file", json_object_new_string(e->file));
  put(o, "message", json_object_new_string(e->message));
  if (e->line) {
    put(o, "line", json_object_new_int64(e->line));
    put(o, "column", json_object_new_int64(e->col));
  }
  return o;
}

static json_object *summary(const esc_findings *fs) {
  uint32_t counts[ESC_VERDICT_HEAP + 1];
  esc_report_count_verdicts(fs, counts);
  json_object *o = json_object_new_object();
  put(o, "sites", json_object_new_int64(fs->n));
  for (int v = 0; v <= ESC_VERDICT_HEAP; v++)
    put(o, esc_verdict_name((esc_verdict)v), json_object_new_int64(counts[v]));
  put(o, "errors", json_object_new_int64(fs->nerrors));
  return o;
}

void esc_report_json(FILE *out, const esc_findings *fs, const char *version) {
  json_object *root = json_object_new_object();
  json_object *tool = json_object_new_object();
  put(tool, "name", json_object_new_string("cescape"));
  put(tool, "version", json_object_new_string(version));
  put(root, "tool", tool);
  json_object *findings = json_object_new_array();
  for (uint32_t i = 0; i < fs->n; i++)
    json_object_array_add(findings, finding(&fs->items[i]));
  put(root, "findings", findings);
  json_object *errors = json_object_new_array();
  for (uint32_t i = 0; i < fs->nerrors; i++)
    json_object_array_add(errors, error(&fs->errors[i]));
  put(root, "errors", errors);
  put(root, "summary", summary(fs));
  fputs(json_object_to_json_string_ext(
            root, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_NOSLASHESCAPE),
        out);
  fputc('\n', out);
  json_object_put(root);
}
