// Sorted vectors in place of std::set and std::map for the compiler's small tables (a scope's
// names, a code object's name indexes): lookups by binary search, iteration in key order as the
// trees gave it. In the wasm engine these are a fraction of the red-black trees' code.
#pragma once

#include <algorithm>
#include <utility>
#include <vector>

namespace py {

template <class Key>
class SortedSet {
 public:
  using const_iterator = typename std::vector<Key>::const_iterator;

  bool insert(const Key& key) {
    auto it = std::lower_bound(items_.begin(), items_.end(), key);
    if (it != items_.end() && *it == key) return false;
    items_.insert(it, key);
    return true;
  }
  std::size_t count(const Key& key) const {
    return std::binary_search(items_.begin(), items_.end(), key) ? 1 : 0;
  }
  std::size_t erase(const Key& key) {
    auto it = std::lower_bound(items_.begin(), items_.end(), key);
    if (it == items_.end() || *it != key) return 0;
    items_.erase(it);
    return 1;
  }
  const_iterator begin() const { return items_.begin(); }
  const_iterator end() const { return items_.end(); }
  std::size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }

 private:
  std::vector<Key> items_;
};

template <class Key, class T>
class SortedMap {
 public:
  using value_type = std::pair<Key, T>;
  using iterator = typename std::vector<value_type>::iterator;
  using const_iterator = typename std::vector<value_type>::const_iterator;

  iterator find(const Key& key) {
    auto it = lower(key);
    return it != items_.end() && it->first == key ? it : items_.end();
  }
  const_iterator find(const Key& key) const { return const_cast<SortedMap*>(this)->find(key); }
  std::size_t count(const Key& key) const { return find(key) != items_.end() ? 1 : 0; }
  // Inserts `value` unless the key is there; the entry and whether it was inserted.
  std::pair<iterator, bool> emplace(const Key& key, T value) {
    auto it = lower(key);
    if (it != items_.end() && it->first == key) return {it, false};
    return {items_.insert(it, value_type(key, std::move(value))), true};
  }
  T& operator[](const Key& key) { return emplace(key, T()).first->second; }
  const T& at(const Key& key) const { return find(key)->second; }  // precondition: present
  iterator begin() { return items_.begin(); }
  iterator end() { return items_.end(); }
  const_iterator begin() const { return items_.begin(); }
  const_iterator end() const { return items_.end(); }
  std::size_t size() const { return items_.size(); }

 private:
  iterator lower(const Key& key) {
    return std::lower_bound(items_.begin(), items_.end(), key,
                            [](const value_type& item, const Key& k) { return item.first < k; });
  }
  std::vector<value_type> items_;
};

}  // namespace py
