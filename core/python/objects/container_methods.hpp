// The methods of list, tuple, dict, set and frozenset, with CPython 3.11's semantics and error
// messages, and the pieces of those types the VM's protocols need: list sorting (sorted() too),
// the set operators and comparisons, and dict.update's merging (dict(...) too).
#pragma once

#include "vm/vm.hpp"

namespace py {

// Registers list.append ... list.sort, tuple.index/count, dict.get ... dict.fromkeys (a
// classmethod), and the methods of set and frozenset on the built-in types.
void install_container_methods(VM& vm);

// Sorts `list` in place, as list.sort(key=key, reverse=reverse): stable, keys computed once per
// item (key null or None: the items themselves), items compared with `<`. Returns None, or null
// when a key or a comparison raised (the list then holds its items in some order) or when the
// list was changed during the sort ("list modified during sort").
Value list_sort(VM& vm, List& list, const Value& key, bool reverse);

// a | b, a & b, a - b, a ^ b (op: kOr, kAnd, kSub, kXor) for sets and frozensets: a new object of
// a's base type (set or frozenset). With op + kInplaceOffset and a mutable set `a`, updates `a`
// and returns it (|=, &=, -=, ^=). A dict_keys or dict_items view on either side makes the result
// a set built from `a` (any iterable) combined with `b` (any iterable), as CPython's view
// operators do. NotImplemented when neither operand is set-like; null when raised.
Value set_binary(VM& vm, const Value& a, const Value& b, int op);

// a < b, a <= b, a == b, a != b, a > b, a >= b with subset semantics, for sets, frozensets and
// dict_keys/dict_items views: 1 true, 0 false, -1 raised, -2 when an operand is not set-like (the
// caller's NotImplemented).
int set_compare(VM& vm, const Value& a, const Value& b, CompareOp op);

// set.update(iterable) as CPython's set_update_internal (a set merged slot by slot, a dict's
// keys with their hashes, else iteration): set(x), frozenset(x), {*x}. false: raised.
bool set_update_from(VM& vm, const Value& set, const Value& iterable);

// dict.update(source) without keywords: a dict, a mapping (anything with keys()), or an
// iterable of pairs. false: raised.
bool dict_update_from(VM& vm, Dict& target, const Value& source);

}  // namespace py
