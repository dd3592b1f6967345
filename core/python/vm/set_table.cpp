// SetTable: CPython 3.11's set table (Objects/setobject.c), function by function.
#include "vm/set_table.hpp"

#include <utility>
#include <vector>

namespace py {

namespace {

constexpr std::size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

bool same_str(const Value& a, const Value& b) {
  return a.is_object() && b.is_object() && a.object()->user_tag() == kStrType &&
         b.object()->user_tag() == kStrType && a.as<Str>()->text == b.as<Str>()->text;
}

// set_insert_clean: into a table without dummies or equal keys.
void insert_clean(std::vector<SetEntry>& table, std::size_t mask, Value key, std::int64_t hash) {
  std::uint64_t perturb = static_cast<std::uint64_t>(hash);  // 64-bit as CPython's, on wasm32 too
  std::size_t i = static_cast<std::size_t>(static_cast<std::uint64_t>(hash) & mask);
  for (;;) {
    SetEntry* entry = &table[i];
    if (!entry->key) {
      entry->key = std::move(key);
      entry->hash = hash;
      return;
    }
    if (i + kLinearProbes <= mask) {
      for (std::size_t j = 0; j < kLinearProbes; ++j) {
        ++entry;
        if (!entry->key) {
          entry->key = std::move(key);
          entry->hash = hash;
          return;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = static_cast<std::size_t>((i * 5 + 1 + perturb) & mask);
  }
}

void allocate(SetTable& table) {
  if (table.slots.empty()) table.slots.resize(8);
}

}  // namespace

int settable_find(VM& vm, SetTable& table, const Value& key, std::int64_t hash, std::size_t& slot) {
  if (table.slots.empty()) return 0;
restart:
  std::size_t mask = table.slots.size() - 1;
  std::size_t i = static_cast<std::size_t>(static_cast<std::uint64_t>(hash) & mask);
  std::uint64_t perturb = static_cast<std::uint64_t>(hash);  // 64-bit as CPython's, on wasm32 too
  for (;;) {
    std::size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    for (std::size_t j = i;; ++j) {
      SetEntry& entry = table.slots[j];
      if (entry.hash == 0 && !entry.key) return 0;
      if (entry.hash == hash) {
        Value start = entry.key;
        if (start.is(key) || same_str(start, key)) {
          slot = j;
          return 1;
        }
        const SetEntry* before = table.slots.data();
        int cmp = vm.equal(start, key);
        if (cmp < 0) return -1;
        if (before != table.slots.data() || j >= table.slots.size() ||
            !table.slots[j].key.is(start))
          goto restart;
        if (cmp > 0) {
          slot = j;
          return 1;
        }
        mask = table.slots.size() - 1;
      }
      if (probes-- == 0) break;
    }
    perturb >>= kPerturbShift;
    i = static_cast<std::size_t>((i * 5 + 1 + perturb) & mask);
  }
}

int settable_contains(VM& vm, SetTable& table, const Value& key) {
  std::int64_t hash;
  if (!vm.hash(key, hash)) return -1;
  std::size_t slot;
  return settable_find(vm, table, key, hash, slot);
}

int set_contains_key(VM& vm, SetTable& table, const Value& key) {
  int r = settable_contains(vm, table, key);
  if (r >= 0 || vm.type_of(key)->layout != Layout::Set || !vm.pending_is(vm.exc().TypeError))
    return r;
  vm.take_exception();
  Value frozen = vm.make_set(true);
  settable_merge(vm, frozen.as<SetObject>()->table, key.as<SetObject>()->table);
  return settable_contains(vm, table, frozen);
}

bool settable_insert(VM& vm, SetTable& table, Value key, std::int64_t hash) {
  allocate(table);
restart:
  std::size_t mask = table.slots.size() - 1;
  std::size_t i = static_cast<std::size_t>(static_cast<std::uint64_t>(hash) & mask);
  std::uint64_t perturb = static_cast<std::uint64_t>(hash);  // 64-bit as CPython's, on wasm32 too
  std::size_t free_slot = SIZE_MAX;
  for (;;) {
    std::size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    for (std::size_t j = i;; ++j) {
      SetEntry& entry = table.slots[j];
      if (entry.hash == 0 && !entry.key) {
        if (free_slot != SIZE_MAX) {
          ++table.used;
          table.slots[free_slot].key = std::move(key);
          table.slots[free_slot].hash = hash;
          return true;
        }
        ++table.fill;
        ++table.used;
        entry.key = std::move(key);
        entry.hash = hash;
        if (table.fill * 5 < mask * 3) return true;
        settable_resize(table, table.used > 50000 ? table.used * 2 : table.used * 4);
        return true;
      }
      if (entry.hash == hash) {
        Value start = entry.key;
        if (start.is(key) || same_str(start, key)) return true;
        const SetEntry* before = table.slots.data();
        int cmp = vm.equal(start, key);
        if (cmp > 0) return true;
        if (cmp < 0) return false;
        if (before != table.slots.data() || j >= table.slots.size() ||
            !table.slots[j].key.is(start))
          goto restart;
        mask = table.slots.size() - 1;
      } else if (entry.hash == -1) {
        free_slot = j;  // the last dummy on the way is reused, as CPython 3.11's
      }
      if (probes-- == 0) break;
    }
    perturb >>= kPerturbShift;
    i = static_cast<std::size_t>((i * 5 + 1 + perturb) & mask);
  }
}

bool settable_add(VM& vm, SetTable& table, Value key) {
  std::int64_t hash;
  if (!vm.hash(key, hash)) return false;
  return settable_insert(vm, table, std::move(key), hash);
}

int settable_discard(VM& vm, SetTable& table, const Value& key, std::int64_t hash) {
  std::size_t slot;
  int r = settable_find(vm, table, key, hash, slot);
  if (r <= 0) return r;
  Value old = std::move(table.slots[slot].key);
  table.slots[slot].hash = -1;
  --table.used;
  return 1;  // `old` is released now that the table is consistent
}

int settable_discard(VM& vm, SetTable& table, const Value& key) {
  std::int64_t hash;
  if (!vm.hash(key, hash)) return -1;
  return settable_discard(vm, table, key, hash);
}

void settable_clear(SetTable& table) {
  std::vector<SetEntry> old = std::move(table.slots);
  table.slots.clear();
  table.used = 0;
  table.fill = 0;
}

void settable_resize(SetTable& table, std::size_t min_used) {
  std::size_t size = 8;
  while (size <= min_used) size <<= 1;
  std::vector<SetEntry> old = std::move(table.slots);
  table.slots.clear();
  table.slots.resize(size);
  table.fill = table.used;
  for (SetEntry& entry : old)
    if (entry.key) insert_clean(table.slots, size - 1, std::move(entry.key), entry.hash);
}

bool settable_merge(VM& vm, SetTable& table, const SetTable& other) {
  if (&table == &other || other.used == 0) return true;
  if ((table.fill + other.used) * 5 >= table.mask() * 3)
    settable_resize(table, (table.used + other.used) * 2);
  allocate(table);
  if (table.fill == 0 && table.mask() == other.mask() && other.fill == other.used) {
    for (std::size_t i = 0; i < other.slots.size(); ++i) {
      if (!other.slots[i].key) continue;
      table.slots[i].key = other.slots[i].key;
      table.slots[i].hash = other.slots[i].hash;
    }
    table.fill = other.fill;
    table.used = other.used;
    return true;
  }
  if (table.fill == 0) {
    table.fill = table.used = other.used;
    for (const SetEntry& entry : other.slots)
      if (entry.key) insert_clean(table.slots, table.mask(), entry.key, entry.hash);
    return true;
  }
  for (std::size_t i = 0; i < other.slots.size(); ++i) {
    Value key = other.slots[i].key;
    if (key && !settable_insert(vm, table, std::move(key), other.slots[i].hash)) return false;
  }
  return true;
}

bool settable_merge_dict(VM& vm, SetTable& table, const Dict& dict) {
  if ((table.fill + dict.used) * 5 >= table.mask() * 3)
    settable_resize(table, (table.used + dict.used) * 2);
  for (std::size_t i = 0; i < dict.entries.size(); ++i) {
    Value key = dict.entries[i].key;
    if (key && !settable_insert(vm, table, std::move(key), dict.entries[i].hash)) return false;
  }
  return true;
}

Value settable_pop(SetTable& table) {
  std::size_t mask = table.mask();
  std::size_t i = table.finger & mask;
  while (!table.slots[i].key) i = i == mask ? 0 : i + 1;
  Value key = std::move(table.slots[i].key);
  table.slots[i].hash = -1;
  --table.used;
  table.finger = i + 1;
  return key;
}

std::int64_t frozenset_hash(const SetTable& table) {
  auto shuffle = [](std::uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; };
  std::uint64_t hash = 0;
  for (const SetEntry& entry : table.slots)
    if (entry.key) hash ^= shuffle(static_cast<std::uint64_t>(entry.hash));
  hash ^= (static_cast<std::uint64_t>(table.used) + 1) * 1927868237ULL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923ULL;
  if (hash == static_cast<std::uint64_t>(-1)) hash = 590923713ULL;
  return static_cast<std::int64_t>(hash);
}

}  // namespace py
