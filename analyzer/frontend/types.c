/* Questions about C types the lowering asks: can a value of this type hold a
 * pointer, is it an integer (for the pointer<->integer cast rules). All look
 * at the canonical type, so typedefs and typeof are seen through. */
#include "lower.h"

/* The kind of t's canonical type. Builtins, pointers, arrays, records,
 * enums and functions are their own kind whatever their parts are, so only
 * sugar (typedefs, elaborated names, attributes, typeof) asks libclang for
 * the canonical type: the common case costs no call. */
static enum CXTypeKind kind_of(CXType t) {
  if ((t.kind >= CXType_FirstBuiltin && t.kind <= CXType_LastBuiltin) ||
      t.kind == CXType_Pointer || t.kind == CXType_Record || t.kind == CXType_Enum ||
      t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray ||
      t.kind == CXType_VariableArray || t.kind == CXType_FunctionProto ||
      t.kind == CXType_FunctionNoProto)
    return t.kind;
  return clang_getCanonicalType(t).kind;
}

bool esc__fe_type_is_pointer(CXType t) {
  switch (kind_of(t)) {
  case CXType_Pointer:
  case CXType_BlockPointer:
  case CXType_ObjCObjectPointer:
  case CXType_NullPtr:
    return true;
  default:
    return false;
  }
}

bool esc__fe_type_is_array(CXType t) {
  switch (kind_of(t)) {
  case CXType_ConstantArray:
  case CXType_IncompleteArray:
  case CXType_VariableArray:
  case CXType_DependentSizedArray:
    return true;
  default:
    return false;
  }
}

bool esc__fe_type_is_function(CXType t) {
  enum CXTypeKind k = kind_of(t);
  return k == CXType_FunctionProto || k == CXType_FunctionNoProto;
}

bool esc__fe_type_is_integer(CXType t) {
  enum CXTypeKind k = kind_of(t);
  /* Char_U .. Int128 are the builtin integer types (after _Bool). */
  return (k >= CXType_Char_U && k <= CXType_Int128) || k == CXType_Enum;
}

bool esc__fe_type_is_variably_modified(CXType t) {
  CXType c = clang_getCanonicalType(t);
  switch (c.kind) {
  case CXType_VariableArray:
    return true;
  case CXType_ConstantArray:
  case CXType_IncompleteArray:
    return esc__fe_type_is_variably_modified(clang_getArrayElementType(c));
  case CXType_Pointer:
    return esc__fe_type_is_variably_modified(clang_getPointeeType(c));
  default:
    return false;
  }
}

bool esc__fe_type_carries(CXType t) {
  enum CXTypeKind k = kind_of(t);
  switch (k) {
  case CXType_Void:
  case CXType_Bool:
  case CXType_Enum:
  case CXType_FunctionProto:
  case CXType_FunctionNoProto:
  case CXType_Complex:
  case CXType_Vector:
  case CXType_ExtVector:
    return false;
  case CXType_Atomic:
    return esc__fe_type_carries(clang_Type_getValueType(clang_getCanonicalType(t)));
  default:
    return !(k >= CXType_FirstBuiltin && k <= CXType_LastBuiltin);
  }
}

bool esc__fe_type_is_bytes(CXType t) {
  enum CXTypeKind k = kind_of(t);
  return k != CXType_Void && k != CXType_Bool && !esc__fe_type_is_function(t) &&
         !esc__fe_type_carries(t);
}

bool esc__fe_type_is_union(CXType t) {
  CXType c = clang_getCanonicalType(t);
  return c.kind == CXType_Record &&
         clang_getCursorKind(clang_getTypeDeclaration(c)) == CXCursor_UnionDecl;
}
