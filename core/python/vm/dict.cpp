// Dict: CPython's compact dict. Entries keep insertion order; the index is open addressing
// with CPython's perturbed probe sequence. Keys compare by identity first, then ==.
#include "vm/vm.hpp"

namespace py {

namespace {

constexpr std::int32_t kEmpty = -1;
constexpr std::int32_t kDummy = -2;

// A str key with this text (an interned name is found by identity before this is asked).
bool is_str_with_text(const Value& k, std::string_view text) {
  return k.is_object() && k.object()->user_tag() == kStrType && k.as<Str>()->text == text;
}

void rebuild_index(Dict& d, std::size_t capacity) {
  // Compact the entries (drop deleted ones) and rebuild the index.
  std::vector<DictEntry> live;
  live.reserve(d.used);
  for (auto& e : d.entries)
    if (e.key) live.push_back(std::move(e));
  d.entries = std::move(live);
  d.index.assign(capacity, kEmpty);
  std::size_t mask = capacity - 1;
  for (std::size_t i = 0; i < d.entries.size(); ++i) {
    std::uint64_t perturb = static_cast<std::uint64_t>(d.entries[i].hash);
    std::size_t slot = static_cast<std::size_t>(perturb) & mask;
    while (d.index[slot] != kEmpty) {
      perturb >>= 5;
      slot = (slot * 5 + static_cast<std::size_t>(perturb) + 1) & mask;
    }
    d.index[slot] = static_cast<std::int32_t>(i);
  }
}

// True when the index was rebuilt (slots found before are stale).
bool ensure_capacity(Dict& d) {
  if (d.index.empty()) {
    d.index.assign(8, kEmpty);
    return true;
  }
  // Keep the index at most 2/3 full, counting deleted entries still in `entries`.
  if ((d.entries.size() + 1) * 3 >= d.index.size() * 2) {
    std::size_t capacity = 8;
    while (capacity * 2 <= (d.used + 1) * 3) capacity *= 2;
    rebuild_index(d, capacity * 2);
    return true;
  }
  return false;
}

// Finds `key`: returns the entry position or -1; `slot_out` is where it is or would go.
// Returns -2 when a comparison raised.
template <class Equal>
std::int64_t find(const Dict& d, std::int64_t hash, Equal&& equal, std::size_t* slot_out) {
  if (d.index.empty()) return -1;
  std::size_t mask = d.index.size() - 1;
  std::uint64_t perturb = static_cast<std::uint64_t>(hash);
  std::size_t slot = static_cast<std::size_t>(perturb) & mask;
  std::size_t first_free = SIZE_MAX;
  for (;;) {
    std::int32_t ix = d.index[slot];
    if (ix == kEmpty) {
      if (slot_out) *slot_out = first_free != SIZE_MAX ? first_free : slot;
      return -1;
    }
    if (ix == kDummy) {
      if (first_free == SIZE_MAX) first_free = slot;
    } else {
      const DictEntry& e = d.entries[static_cast<std::size_t>(ix)];
      if (e.hash == hash) {
        int r = equal(e.key);
        if (r < 0) return -2;
        if (r) {
          if (slot_out) *slot_out = slot;
          return ix;
        }
      }
    }
    perturb >>= 5;
    slot = (slot * 5 + static_cast<std::size_t>(perturb) + 1) & mask;
  }
}

}  // namespace

int VM::dict_get(Dict& d, const Value& key, Value& out) {
  std::int64_t h;
  if (!hash(key, h)) return -1;
  std::int64_t ix = find(
      d, h,
      [&](const Value& k) -> int {
        if (k.is(key)) return 1;
        return equal(k, key);
      },
      nullptr);
  if (ix == -2) return -1;
  if (ix < 0) return 0;
  out = d.entries[static_cast<std::size_t>(ix)].value;
  return 1;
}

std::int64_t VM::dict_index_str(Dict& d, const Value& key) {
  Str* s = key.as<Str>();
  if (s->hash == -1) {
    std::int64_t h;
    hash(key, h);
  }
  const std::int64_t ix = find(
      d, s->hash, [&](const Value& k) -> int { return k.is(key) || is_str_with_text(k, s->text); },
      nullptr);
  return ix < 0 ? -1 : ix;
}

std::int64_t VM::dict_index_text(Dict& d, std::string_view text, std::int64_t hash) {
  const std::int64_t ix = find(
      d, hash, [&](const Value& k) -> int { return is_str_with_text(k, text); }, nullptr);
  return ix < 0 ? -1 : ix;
}

int VM::dict_get_str(Dict& d, const Value& key, Value& out) {
  std::int64_t ix = dict_index_str(d, key);
  if (ix < 0) return 0;
  out = d.entries[static_cast<std::size_t>(ix)].value;
  return 1;
}

std::uint64_t next_keys_version() {
  thread_local std::uint64_t counter = 0;
  return ++counter;
}

bool VM::dict_set(Dict& d, Value key, Value value) {
  std::int64_t h;
  if (!hash(key, h)) return false;
  std::size_t slot = 0;
  std::int64_t ix = find(
      d, h,
      [&](const Value& k) -> int {
        if (k.is(key)) return 1;
        return equal(k, key);
      },
      &slot);
  if (ix == -2) return false;
  if (ix >= 0) {
    d.entries[static_cast<std::size_t>(ix)].value = std::move(value);
    return true;
  }
  if (ensure_capacity(d)) {
    find(
        d, h, [&](const Value&) -> int { return 0; }, &slot);
  }
  d.index[slot] = static_cast<std::int32_t>(d.entries.size());
  d.entries.push_back(DictEntry{std::move(key), std::move(value), h});
  ++d.used;
  d.keys_version = next_keys_version();
  if (d.class_namespace) ++class_lookup_epoch;
  return true;
}

int VM::dict_del(Dict& d, const Value& key) {
  std::int64_t h;
  if (!hash(key, h)) return -1;
  std::size_t slot = 0;
  std::int64_t ix = find(
      d, h,
      [&](const Value& k) -> int {
        if (k.is(key)) return 1;
        return equal(k, key);
      },
      &slot);
  if (ix == -2) return -1;
  if (ix < 0) return 0;
  d.index[slot] = kDummy;
  d.keys_version = next_keys_version();
  if (d.class_namespace) ++class_lookup_epoch;
  auto& e = d.entries[static_cast<std::size_t>(ix)];
  e.key = Value();
  e.value = Value();
  --d.used;
  // Trailing deleted entries can go at once (keeps popitem() O(1)).
  while (!d.entries.empty() && !d.entries.back().key) d.entries.pop_back();
  if (d.used == 0) {
    d.entries.clear();
    d.index.clear();
  }
  return 1;
}

void VM::dict_clear(Dict& d) {
  d.keys_version = next_keys_version();
  if (d.class_namespace) ++class_lookup_epoch;
  d.entries.clear();
  d.index.clear();
  d.used = 0;
}

Value VM::dict_get_item(Dict& d, std::string_view key) {
  Value out;
  if (dict_get_str(d, intern(key), out) == 1) return out;
  return Value();
}

bool VM::dict_set_item(Dict& d, std::string_view key, Value value) {
  return dict_set(d, intern(key), std::move(value));
}

}  // namespace py
