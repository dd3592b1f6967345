// The set table of set and frozenset (object.hpp's SetTable), as CPython 3.11's
// Objects/setobject.c: the same probe sequence (9 linear probes, then perturbation by 5 bits),
// the same resizing (at 3/5 full, to 4x the live entries, 2x beyond 50000), dummies reused by
// later insertions, and merges that copy or re-insert in the other table's slot order. With
// CPython's hashes for ints, floats and tuples, sets of those iterate in CPython's order.
//
// Conventions: hashes are the caller's or computed here (vm.hash); comparisons may run Python
// code that changes the table, in which case a lookup restarts, as CPython's. -1 (or false)
// means raised.
#pragma once

#include <cstdint>

#include "vm/vm.hpp"

namespace py {

// Looks key up: 1 found (its slot in `slot`), 0 missing, -1 raised.
int settable_find(VM& vm, SetTable& table, const Value& key, std::int64_t hash, std::size_t& slot);
int settable_contains(VM& vm, SetTable& table, const Value& key);  // hashes key
// `key in set`: an unhashable set key is looked up as the equal frozenset, as CPython.
int set_contains_key(VM& vm, SetTable& table, const Value& key);
// set_add_entry: inserts key unless an equal key is there.
bool settable_insert(VM& vm, SetTable& table, Value key, std::int64_t hash);
bool settable_add(VM& vm, SetTable& table, Value key);  // hashes key
// Removes key (leaves a dummy): 1 removed, 0 missing, -1 raised.
int settable_discard(VM& vm, SetTable& table, const Value& key, std::int64_t hash);
int settable_discard(VM& vm, SetTable& table, const Value& key);  // hashes key
// Empties the table (back to the unallocated 8-slot table); the keys are released after the
// table is consistent.
void settable_clear(SetTable& table);
// Rebuilds the table with room for `min_used` entries, without dummies.
void settable_resize(SetTable& table, std::size_t min_used);
// set_merge: adds every key of `other` (a set's table), copying slots when `table` is empty.
bool settable_merge(VM& vm, SetTable& table, const SetTable& other);
// set_update_internal for an exact dict: its keys with their stored hashes.
bool settable_merge_dict(VM& vm, SetTable& table, const Dict& dict);
// set.pop(): the first live slot from the finger on. Precondition: table.used > 0.
Value settable_pop(SetTable& table);
// CPython's frozenset hash.
std::int64_t frozenset_hash(const SetTable& table);

}  // namespace py
