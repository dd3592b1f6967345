// The match statement's run-time tests (Op::Match): see pattern_match.cpp.
#pragma once

#include <cstdint>

#include "vm/value.hpp"

namespace py {

class VM;

bool match_is_sequence(VM& vm, const Value& subject);
bool match_is_mapping(VM& vm, const Value& subject);
// A tuple of subject.get(key) for each key, None when one is missing; null when raised.
Value match_keys(VM& vm, const Value& subject, const Value& keys);
// A tuple of the attributes the sub-patterns match (`nargs` positional ones through
// __match_args__, then `names`), None when the subject is no instance of cls or lacks one;
// null when raised.
Value match_class(VM& vm, const Value& subject, const Value& cls, std::uint32_t nargs,
                  const Value& names);

}  // namespace py
