// str's methods, the % operator and str.format, as CPython 3.11's Objects/unicodeobject.c and
// Objects/stringlib/unicode_format.h.
//
// Text is UTF-8. Searching works on bytes — a valid UTF-8 needle can only match at a code point
// boundary — and positions are converted to and from code points at the edges (Text below).
// ASCII strings, the common case, take byte-wise fast paths. The Unicode data (case mappings and
// character properties) is at the end of the file.
#include "objects/str_methods.hpp"

#include "num/float_format.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace py {
namespace {

// ---- UTF-8 --------------------------------------------------------------------------------------

bool is_continuation(unsigned char byte) {
  return (byte & 0xC0) == 0x80;
}

// The code point starting at s[i]; advances i past it. The text is valid UTF-8.
char32_t decode_at(std::string_view s, std::size_t& i) {
  unsigned char b = s[i++];
  if (b < 0x80) return b;
  int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
  char32_t c = b & (0x3F >> extra);
  for (int k = 0; k < extra && i < s.size(); ++k) c = (c << 6) | (s[i++] & 0x3F);
  return c;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

std::u32string decode(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) out += decode_at(s, i);
  return out;
}

std::int64_t count_code_points(std::string_view s) {
  std::int64_t n = 0;
  for (unsigned char b : s) n += !is_continuation(b);
  return n;
}

void append_repeated(std::string& out, char32_t c, std::int64_t count) {
  if (count <= 0) return;
  if (c < 0x80) {
    out.append(static_cast<std::size_t>(count), static_cast<char>(c));
    return;
  }
  std::string one;
  append_utf8(one, c);
  out.reserve(out.size() + one.size() * count);
  for (std::int64_t i = 0; i < count; ++i) out += one;
}

// ---- Unicode data (defined at the end of the file) ----------------------------------------------

// A full case mapping: one character may become up to three ('ß'.upper() == 'SS').
struct Mapped {
  char32_t chars[3] = {0, 0, 0};
  int size = 0;
};
Mapped lower_full(char32_t c);
Mapped upper_full(char32_t c);
Mapped title_full(char32_t c);
Mapped fold_full(char32_t c);
bool is_title_char(char32_t c);  // the Lt category: 'ǅ'
bool is_cased(char32_t c);
bool is_case_ignorable(char32_t c);
bool is_line_break(char32_t c);

bool is_alnum(char32_t c) {
  return unicode::is_alpha(c) || unicode::is_decimal(c) || unicode::is_digit(c) ||
         unicode::is_numeric(c);
}

void append_mapped(std::string& out, const Mapped& m) {
  for (int i = 0; i < m.size; ++i) append_utf8(out, m.chars[i]);
}

// ---- Positions in code points -------------------------------------------------------------------

// A str's text with its length in code points, for index arithmetic.
struct Text {
  std::string_view bytes;
  std::int64_t length = 0;  // code points
  bool ascii = true;

  // Byte offset of code point `index` (clamped to [0, length]).
  std::size_t offset(std::int64_t index) const {
    if (index <= 0) return 0;
    if (index >= length) return bytes.size();
    if (ascii) return static_cast<std::size_t>(index);
    std::size_t i = 0;
    for (std::int64_t seen = -1; i < bytes.size(); ++i) {
      if (!is_continuation(bytes[i]) && ++seen == index) break;
    }
    return i;
  }
  std::string_view slice(std::int64_t start, std::int64_t end) const {
    std::size_t from = offset(start);
    return bytes.substr(from, offset(end) - from);
  }
};

Text text_of(const Value& v) {
  const Str* s = v.as<Str>();
  return {s->text, s->length, s->ascii};
}

// A method's result: self itself when the text is unchanged (as CPython returns an unchanged
// exact str), else a new str.
Value result_str(VM& vm, const Value& self, std::string_view piece) {
  if (vm.type_index(self) == kStrType && piece == self.as<Str>()->text) return self;
  return vm.make_str(piece);
}

// The exception a numeric formatting helper reports.
Value raise_num_error(VM& vm, const num::Error& error) {
  switch (error.kind) {
    case num::ErrorKind::kValue:
      return vm.value_error(error.message);
    case num::ErrorKind::kOverflow:
      return vm.raise(vm.exc().OverflowError, error.message);
    case num::ErrorKind::kZeroDivision:
      return vm.raise(vm.exc().ZeroDivisionError, error.message);
    case num::ErrorKind::kMemory:
      break;
  }
  return vm.raise(vm.exc().MemoryError, error.message);
}

// Longer results raise MemoryError rather than exhausting memory ('a'.center(10**12)), as the
// numeric formatter does.
constexpr std::int64_t kMaxResultLength = std::int64_t{1} << 28;

bool check_result_length(VM& vm, std::int64_t length) {
  if (length <= kMaxResultLength) return true;
  vm.raise(vm.exc().MemoryError, "");
  return false;
}

// CPython's ADJUST_INDICES: slice-like start/end clamped to [0, length].
void adjust_indices(std::int64_t& start, std::int64_t& end, std::int64_t length) {
  if (end > length) {
    end = length;
  } else if (end < 0) {
    end = std::max<std::int64_t>(end + length, 0);
  }
  if (start < 0) start = std::max<std::int64_t>(start + length, 0);
}

// ---- Arguments ----------------------------------------------------------------------------------
// CPython's methods parse arguments three ways, each with its own messages; these reproduce
// them. Counts exclude self.

std::string count_word(std::size_t n) {
  return n == 1 ? " argument" : " arguments";
}

bool reject_keywords(VM& vm, const CallArgs& a, std::string_view name) {
  if (a.nkw == 0) return true;
  vm.type_error("str." + std::string(name) + "() takes no keyword arguments");
  return false;
}

// METH_NOARGS: "str.upper() takes no arguments (1 given)".
bool no_args(VM& vm, const CallArgs& a, std::string_view name) {
  if (!reject_keywords(vm, a, name)) return false;
  if (a.nargs == 1) return true;
  vm.type_error("str." + std::string(name) + "() takes no arguments (" +
                std::to_string(a.nargs - 1) + " given)");
  return false;
}

// METH_O: "str.join() takes exactly one argument (0 given)".
bool one_arg(VM& vm, const CallArgs& a, std::string_view name) {
  if (!reject_keywords(vm, a, name)) return false;
  if (a.nargs == 2) return true;
  vm.type_error("str." + std::string(name) + "() takes exactly one argument (" +
                std::to_string(a.nargs - 1) + " given)");
  return false;
}

// METH_VARARGS with PyArg_ParseTuple: "find() takes at least 1 argument (0 given)".
bool tuple_args(VM& vm, const CallArgs& a, std::string_view name, std::size_t min,
                std::size_t max) {
  if (!reject_keywords(vm, a, name)) return false;
  std::size_t n = a.nargs - 1;
  if (n < min || n > max) {
    bool few = n < min;
    std::size_t bound = few ? min : max;
    vm.type_error(std::string(name) + "() takes " + (few ? "at least " : "at most ") +
                  std::to_string(bound) + count_word(bound) + " (" + std::to_string(n) + " given)");
    return false;
  }
  return true;
}

// Argument Clinic, positional-only: "replace expected at least 2 arguments, got 0".
bool clinic_count(VM& vm, std::string_view name, std::size_t n, std::size_t min, std::size_t max) {
  if (n < min || n > max) {
    bool few = n < min;
    std::size_t bound = few ? min : max;
    vm.type_error(std::string(name) + " expected " + (few ? "at least " : "at most ") +
                  std::to_string(bound) + count_word(bound) + ", got " + std::to_string(n));
    return false;
  }
  return true;
}

bool clinic_args(VM& vm, const CallArgs& a, std::string_view name, std::size_t min,
                 std::size_t max) {
  return reject_keywords(vm, a, name) && clinic_count(vm, name, a.nargs - 1, min, max);
}

// Argument Clinic with keywords (all optional here): binds positionals then keywords to
// `names`; out[i] stays null when not given.
template <std::size_t N>
bool keyword_args(VM& vm, const CallArgs& a, std::string_view name,
                  const std::array<std::string_view, N>& names, Value* out) {
  std::size_t n = a.nargs - 1;
  if (n > N) {
    vm.type_error(std::string(name) + "() takes at most " + std::to_string(N) + count_word(N) +
                  " (" + std::to_string(n) + " given)");
    return false;
  }
  for (std::size_t i = 0; i < n; ++i) out[i] = a[i + 1];
  for (std::uint32_t k = 0; k < a.nkw; ++k) {
    const std::string& key = VM::str_text(a.kwnames[k]);
    auto it = std::find(names.begin(), names.end(), key);
    if (it == names.end()) {
      vm.type_error("'" + key + "' is an invalid keyword argument for " + std::string(name) + "()");
      return false;
    }
    std::size_t i = it - names.begin();
    if (i < n) {
      vm.type_error("argument for " + std::string(name) + "() given by name ('" + key +
                    "') and position (" + std::to_string(i + 1) + ")");
      return false;
    }
    out[i] = a.kwvalues[k];
  }
  return true;
}

bool has_method(VM& vm, const Value& v, std::string_view name) {
  return static_cast<bool>(vm.lookup_in_type(vm.type_of(v), name));
}

// An integer argument (width, count...): an int or anything with __index__, fitting 64 bits.
bool index_arg(VM& vm, const Value& v, std::int64_t& out) {
  if (vm.is_int(v) && !vm.to_int64(v, out)) {
    vm.raise(vm.exc().OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  return vm.is_int(v) || vm.to_index(v, out);
}

// A str argument: "must be str, not int", prefixed by `what` ("replace() argument 1").
bool str_arg(VM& vm, const Value& v, std::string_view what, Text& out) {
  if (vm.is_str(v)) {
    out = text_of(v);
    return true;
  }
  std::string message = what.empty() ? "" : std::string(what) + " ";
  vm.type_error(message + "must be str, not " + std::string(vm.type_name(v)));
  return false;
}

// An optional start/end of find() and friends: None or anything with __index__, huge values
// clamped as CPython's _PyEval_SliceIndex does.
bool slice_index(VM& vm, const Value& v, std::int64_t& out) {
  if (!v || vm.is_none(v)) return true;
  if (vm.is_int(v)) {
    if (!vm.to_int64(v, out)) {
      int negative = vm.less(v, Value::small(0));
      if (negative < 0) return false;
      out = negative ? std::numeric_limits<std::int64_t>::min()
                     : std::numeric_limits<std::int64_t>::max();
    }
    return true;
  }
  if (!has_method(vm, v, "__index__")) {
    vm.type_error("slice indices must be integers or None or have an __index__ method");
    return false;
  }
  return vm.to_index(v, out);
}

// The optional start, end arguments at a[first], a[first + 1].
bool slice_args(VM& vm, const CallArgs& a, std::size_t first, std::int64_t& start,
                std::int64_t& end) {
  start = 0;
  end = std::numeric_limits<std::int64_t>::max();
  if (a.nargs > first && !slice_index(vm, a[first], start)) return false;
  return a.nargs <= first + 1 || slice_index(vm, a[first + 1], end);
}

// The fill character of center/ljust/rjust.
bool fill_arg(VM& vm, const CallArgs& a, std::size_t i, char32_t& fill) {
  fill = ' ';
  if (a.nargs <= i) return true;
  if (!vm.is_str(a[i])) {
    vm.type_error("The fill character must be a unicode character, not " +
                  std::string(vm.type_name(a[i])));
    return false;
  }
  const Str* s = a[i].as<Str>();
  if (s->length != 1) {
    vm.type_error("The fill character must be exactly one character long");
    return false;
  }
  std::size_t pos = 0;
  fill = decode_at(s->text, pos);
  return true;
}

// ---- Searching ----------------------------------------------------------------------------------

// Position of `needle` in self[start:end] as a code point index of self, or -1: CPython's
// find / rfind, including their answers for an empty needle.
std::int64_t find_in(const Text& self, const Text& needle, std::int64_t start, std::int64_t end,
                     bool reverse) {
  adjust_indices(start, end, self.length);
  if (end - start < needle.length) return -1;
  std::size_t from = self.offset(start);
  std::string_view window = self.bytes.substr(from, self.offset(end) - from);
  std::size_t at = reverse ? window.rfind(needle.bytes) : window.find(needle.bytes);
  if (at == std::string_view::npos) return -1;
  return start +
         (self.ascii ? static_cast<std::int64_t>(at) : count_code_points(window.substr(0, at)));
}

Value find_method(VM& vm, CallArgs a, std::string_view name, bool reverse, bool raise) {
  Text self = text_of(a[0]), needle;
  std::int64_t start, end;
  if (!tuple_args(vm, a, name, 1, 3) || !slice_args(vm, a, 2, start, end) ||
      !str_arg(vm, a[1], "", needle)) {
    return {};
  }
  std::int64_t at = find_in(self, needle, start, end, reverse);
  if (at < 0 && raise) return vm.value_error("substring not found");
  return vm.make_int(at);
}

Value str_find(VM& vm, CallArgs a) {
  return find_method(vm, a, "find", false, false);
}
Value str_rfind(VM& vm, CallArgs a) {
  return find_method(vm, a, "rfind", true, false);
}
Value str_index(VM& vm, CallArgs a) {
  return find_method(vm, a, "index", false, true);
}
Value str_rindex(VM& vm, CallArgs a) {
  return find_method(vm, a, "rindex", true, true);
}

Value str_count(VM& vm, CallArgs a) {
  Text self = text_of(a[0]), needle;
  std::int64_t start, end;
  if (!tuple_args(vm, a, "count", 1, 3) || !slice_args(vm, a, 2, start, end) ||
      !str_arg(vm, a[1], "", needle)) {
    return {};
  }
  adjust_indices(start, end, self.length);
  if (end - start < needle.length) return vm.make_int(0);
  if (needle.length == 0) return vm.make_int(end - start + 1);
  std::string_view window = self.slice(start, end);
  std::int64_t count = 0;
  for (std::size_t at = window.find(needle.bytes); at != std::string_view::npos;
       at = window.find(needle.bytes, at + needle.bytes.size())) {
    ++count;
  }
  return vm.make_int(count);
}

// startswith / endswith: a str or a tuple of str, within self[start:end].
Value affix_method(VM& vm, CallArgs a, std::string_view name, bool at_end) {
  if (!tuple_args(vm, a, name, 1, 3)) return {};
  Text self = text_of(a[0]);
  std::int64_t start, end;
  if (!slice_args(vm, a, 2, start, end)) return {};
  adjust_indices(start, end, self.length);
  auto matches = [&](const Text& affix) {
    if (end - start < affix.length) return false;
    std::size_t from = self.offset(start), to = self.offset(end);
    if (to - from < affix.bytes.size()) return false;
    std::size_t at = at_end ? to - affix.bytes.size() : from;
    return self.bytes.compare(at, affix.bytes.size(), affix.bytes) == 0;
  };
  const Value& arg = a[1];
  if (vm.type_index(arg) == kTupleType || vm.is_instance(arg, vm.type(kTupleType))) {
    for (const Value& item : arg.as<Tuple>()->items) {
      if (!vm.is_str(item)) {
        return vm.type_error("tuple for " + std::string(name) + " must only contain str, not " +
                             std::string(vm.type_name(item)));
      }
      if (matches(text_of(item))) return vm.true_value();
    }
    return vm.false_value();
  }
  if (!vm.is_str(arg)) {
    return vm.type_error(std::string(name) + " first arg must be str or a tuple of str, not " +
                         std::string(vm.type_name(arg)));
  }
  return vm.boolean(matches(text_of(arg)));
}

Value str_startswith(VM& vm, CallArgs a) {
  return affix_method(vm, a, "startswith", false);
}
Value str_endswith(VM& vm, CallArgs a) {
  return affix_method(vm, a, "endswith", true);
}

// ---- Case ---------------------------------------------------------------------------------------

enum class CaseOp { Lower, Upper, Fold, Swap, Title, Capitalize };

// Is there a cased character before text[i] (after it when `after`), skipping case-ignorable
// ones? That is the context of the final sigma rule.
bool cased_neighbour(const std::u32string& text, std::size_t i, bool after) {
  if (after) {
    for (std::size_t j = i + 1; j < text.size(); ++j) {
      if (!is_case_ignorable(text[j])) return is_cased(text[j]);
    }
  } else {
    for (std::size_t j = i; j-- > 0;) {
      if (!is_case_ignorable(text[j])) return is_cased(text[j]);
    }
  }
  return false;
}

// lower() of text[i], with the Greek final sigma rule: 'Σ' ending a word becomes 'ς'.
Mapped lower_at(const std::u32string& text, std::size_t i) {
  if (text[i] != 0x3A3) return lower_full(text[i]);
  bool final_sigma = cased_neighbour(text, i, false) && !cased_neighbour(text, i, true);
  return Mapped{{final_sigma ? char32_t(0x3C2) : char32_t(0x3C3), 0, 0}, 1};
}

char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? c + 32 : c;
}
char ascii_upper(char c) {
  return c >= 'a' && c <= 'z' ? c - 32 : c;
}
bool ascii_alpha(char c) {
  return ascii_lower(c) >= 'a' && ascii_lower(c) <= 'z';
}

std::string convert_ascii_case(std::string_view text, CaseOp op) {
  std::string out(text);
  bool previous_cased = false;
  for (std::size_t i = 0; i < out.size(); ++i) {
    char c = out[i];
    switch (op) {
      case CaseOp::Lower:
      case CaseOp::Fold:
        out[i] = ascii_lower(c);
        break;
      case CaseOp::Upper:
        out[i] = ascii_upper(c);
        break;
      case CaseOp::Swap:
        out[i] = c >= 'a' && c <= 'z' ? ascii_upper(c) : ascii_lower(c);
        break;
      case CaseOp::Title:
        out[i] = previous_cased ? ascii_lower(c) : ascii_upper(c);
        previous_cased = ascii_alpha(c);
        break;
      case CaseOp::Capitalize:
        out[i] = i == 0 ? ascii_upper(c) : ascii_lower(c);
        break;
    }
  }
  return out;
}

std::string convert_case(const Str& s, CaseOp op) {
  if (s.ascii) return convert_ascii_case(s.text, op);
  std::u32string text = decode(s.text);
  std::string out;
  out.reserve(s.text.size());
  bool previous_cased = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char32_t c = text[i];
    Mapped m;
    switch (op) {
      case CaseOp::Lower:
        m = lower_at(text, i);
        break;
      case CaseOp::Upper:
        m = upper_full(c);
        break;
      case CaseOp::Fold:
        m = fold_full(c);
        break;
      case CaseOp::Swap:
        m = unicode::is_upper(c)   ? lower_at(text, i)
            : unicode::is_lower(c) ? upper_full(c)
                                   : Mapped{{c, 0, 0}, 1};
        break;
      case CaseOp::Title:
        m = previous_cased ? lower_at(text, i) : title_full(c);
        previous_cased = is_cased(c);
        break;
      case CaseOp::Capitalize:
        m = i == 0 ? title_full(c) : lower_at(text, i);
        break;
    }
    append_mapped(out, m);
  }
  return out;
}

template <CaseOp op>
Value case_method(VM& vm, CallArgs a) {
  static constexpr std::string_view kNames[] = {"lower",    "upper", "casefold",
                                                "swapcase", "title", "capitalize"};
  if (!no_args(vm, a, kNames[static_cast<int>(op)])) return {};
  return result_str(vm, a[0], convert_case(*a[0].as<Str>(), op));
}

// ---- Predicates ---------------------------------------------------------------------------------

// True when the string is not empty and every character satisfies `test`.
template <bool (*test)(char32_t)>
Value all_chars_method(VM& vm, CallArgs a, std::string_view name) {
  if (!no_args(vm, a, name)) return {};
  std::string_view text = a[0].as<Str>()->text;
  if (text.empty()) return vm.false_value();
  for (std::size_t i = 0; i < text.size();) {
    if (!test(decode_at(text, i))) return vm.false_value();
  }
  return vm.true_value();
}

Value str_isalnum(VM& vm, CallArgs a) {
  return all_chars_method<is_alnum>(vm, a, "isalnum");
}
Value str_isalpha(VM& vm, CallArgs a) {
  return all_chars_method<unicode::is_alpha>(vm, a, "isalpha");
}
Value str_isdecimal(VM& vm, CallArgs a) {
  return all_chars_method<unicode::is_decimal>(vm, a, "isdecimal");
}
Value str_isdigit(VM& vm, CallArgs a) {
  return all_chars_method<unicode::is_digit>(vm, a, "isdigit");
}
Value str_isnumeric(VM& vm, CallArgs a) {
  return all_chars_method<unicode::is_numeric>(vm, a, "isnumeric");
}
Value str_isspace(VM& vm, CallArgs a) {
  return all_chars_method<unicode::is_space>(vm, a, "isspace");
}

Value str_isprintable(VM& vm, CallArgs a) {  // true for the empty string
  if (!no_args(vm, a, "isprintable")) return {};
  std::string_view text = a[0].as<Str>()->text;
  for (std::size_t i = 0; i < text.size();) {
    if (!unicode::is_printable(decode_at(text, i))) return vm.false_value();
  }
  return vm.true_value();
}

Value str_isascii(VM& vm, CallArgs a) {
  if (!no_args(vm, a, "isascii")) return {};
  return vm.boolean(a[0].as<Str>()->ascii);
}

Value str_isidentifier(VM& vm, CallArgs a) {
  if (!no_args(vm, a, "isidentifier")) return {};
  std::string_view text = a[0].as<Str>()->text;
  if (text.empty()) return vm.false_value();
  std::size_t i = 0;
  if (!unicode::is_xid_start(decode_at(text, i))) return vm.false_value();
  while (i < text.size()) {
    if (!unicode::is_xid_continue(decode_at(text, i))) return vm.false_value();
  }
  return vm.true_value();
}

// islower / isupper: some cased character, and none of the other case (nor titlecase).
Value cased_method(VM& vm, CallArgs a, std::string_view name, bool (*wanted)(char32_t),
                   bool (*other)(char32_t)) {
  if (!no_args(vm, a, name)) return {};
  std::string_view text = a[0].as<Str>()->text;
  bool cased = false;
  for (std::size_t i = 0; i < text.size();) {
    char32_t c = decode_at(text, i);
    if (other(c) || is_title_char(c)) return vm.false_value();
    cased = cased || wanted(c);
  }
  return vm.boolean(cased);
}

Value str_islower(VM& vm, CallArgs a) {
  return cased_method(vm, a, "islower", unicode::is_lower, unicode::is_upper);
}
Value str_isupper(VM& vm, CallArgs a) {
  return cased_method(vm, a, "isupper", unicode::is_upper, unicode::is_lower);
}

// istitle: uppercase/titlecase characters only start words, lowercase ones only continue them.
Value str_istitle(VM& vm, CallArgs a) {
  if (!no_args(vm, a, "istitle")) return {};
  std::string_view text = a[0].as<Str>()->text;
  bool cased = false, previous_cased = false;
  for (std::size_t i = 0; i < text.size();) {
    char32_t c = decode_at(text, i);
    if (unicode::is_upper(c) || is_title_char(c)) {
      if (previous_cased) return vm.false_value();
      previous_cased = cased = true;
    } else if (unicode::is_lower(c)) {
      if (!previous_cased) return vm.false_value();
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return vm.boolean(cased);
}

// ---- Padding ------------------------------------------------------------------------------------

Value pad(VM& vm, const Value& self, std::int64_t left, std::int64_t right, char32_t fill) {
  if (left <= 0 && right <= 0) return result_str(vm, self, self.as<Str>()->text);
  if (!check_result_length(vm, left + right)) return {};
  std::string out;
  append_repeated(out, fill, left);
  out += self.as<Str>()->text;
  append_repeated(out, fill, right);
  return vm.make_str(std::move(out));
}

enum class Align { Left, Right, Center };

Value justify_method(VM& vm, CallArgs a, std::string_view name, Align align) {
  std::int64_t width;
  char32_t fill;
  if (!clinic_args(vm, a, name, 1, 2) || !index_arg(vm, a[1], width) || !fill_arg(vm, a, 2, fill)) {
    return {};
  }
  std::int64_t margin = width - a[0].as<Str>()->length;
  if (margin <= 0) return pad(vm, a[0], 0, 0, fill);
  switch (align) {
    case Align::Left:
      return pad(vm, a[0], 0, margin, fill);
    case Align::Right:
      return pad(vm, a[0], margin, 0, fill);
    case Align::Center: {
      // CPython's rounding: the odd space goes left when both margin and width are odd.
      std::int64_t left = margin / 2 + (margin & width & 1);
      return pad(vm, a[0], left, margin - left, fill);
    }
  }
  return {};
}

Value str_ljust(VM& vm, CallArgs a) {
  return justify_method(vm, a, "ljust", Align::Left);
}
Value str_rjust(VM& vm, CallArgs a) {
  return justify_method(vm, a, "rjust", Align::Right);
}
Value str_center(VM& vm, CallArgs a) {
  return justify_method(vm, a, "center", Align::Center);
}

Value str_zfill(VM& vm, CallArgs a) {
  std::int64_t width;
  if (!one_arg(vm, a, "zfill") || !index_arg(vm, a[1], width)) return {};
  const Str* s = a[0].as<Str>();
  std::int64_t fill = width - s->length;
  if (fill <= 0) return result_str(vm, a[0], s->text);
  if (!check_result_length(vm, fill)) return {};
  std::string out;
  std::size_t sign = !s->text.empty() && (s->text[0] == '+' || s->text[0] == '-');
  out.append(s->text, 0, sign);
  out.append(static_cast<std::size_t>(fill), '0');
  out.append(s->text, sign);
  return vm.make_str(std::move(out));
}

Value str_expandtabs(VM& vm, CallArgs a) {
  Value args[1];
  std::int64_t tabsize = 8;
  if (!keyword_args<1>(vm, a, "expandtabs", {"tabsize"}, args) ||
      (args[0] && !index_arg(vm, args[0], tabsize))) {
    return {};
  }
  std::string_view text = a[0].as<Str>()->text;
  if (text.find('\t') == std::string_view::npos) return result_str(vm, a[0], text);
  std::string out;
  std::int64_t column = 0;
  for (char c : text) {
    if (c == '\t') {
      if (tabsize > 0) {
        std::int64_t spaces = tabsize - column % tabsize;
        if (!check_result_length(vm, static_cast<std::int64_t>(out.size()) + spaces)) return {};
        out.append(static_cast<std::size_t>(spaces), ' ');
        column += spaces;
      }
      continue;
    }
    out += c;
    if (c == '\n' || c == '\r') {
      column = 0;
    } else if (!is_continuation(c)) {
      ++column;
    }
  }
  return vm.make_str(std::move(out));
}

// ---- Stripping ----------------------------------------------------------------------------------

enum Sides { kLeft = 1, kRight = 2, kBoth = 3 };

Value strip_method(VM& vm, CallArgs a, std::string_view name, int sides) {
  if (!clinic_args(vm, a, name, 0, 1)) return {};
  std::u32string chars;
  bool whitespace = a.nargs < 2 || vm.is_none(a[1]);
  if (!whitespace) {
    if (!vm.is_str(a[1])) return vm.type_error(std::string(name) + " arg must be None or str");
    chars = decode(VM::str_text(a[1]));
  }
  auto strippable = [&](char32_t c) {
    return whitespace ? unicode::is_space(c) : chars.find(c) != std::u32string::npos;
  };
  std::string_view text = a[0].as<Str>()->text;
  std::size_t begin = 0, end = text.size();
  if (sides & kLeft) {
    while (begin < end) {
      std::size_t next = begin;
      if (!strippable(decode_at(text, next))) break;
      begin = next;
    }
  }
  if (sides & kRight) {
    while (end > begin) {
      std::size_t start = end - 1;
      while (start > begin && is_continuation(text[start])) --start;
      std::size_t pos = start;
      if (!strippable(decode_at(text, pos))) break;
      end = start;
    }
  }
  return result_str(vm, a[0], text.substr(begin, end - begin));
}

Value str_strip(VM& vm, CallArgs a) {
  return strip_method(vm, a, "strip", kBoth);
}
Value str_lstrip(VM& vm, CallArgs a) {
  return strip_method(vm, a, "lstrip", kLeft);
}
Value str_rstrip(VM& vm, CallArgs a) {
  return strip_method(vm, a, "rstrip", kRight);
}

Value affix_removal(VM& vm, CallArgs a, std::string_view name, bool suffix) {
  Text affix;
  if (!one_arg(vm, a, name) || !str_arg(vm, a[1], std::string(name) + "() argument", affix)) {
    return {};
  }
  std::string_view text = a[0].as<Str>()->text;
  bool present = suffix ? text.ends_with(affix.bytes) : text.starts_with(affix.bytes);
  if (present && !affix.bytes.empty()) {
    text =
        suffix ? text.substr(0, text.size() - affix.bytes.size()) : text.substr(affix.bytes.size());
  }
  return result_str(vm, a[0], text);
}

Value str_removeprefix(VM& vm, CallArgs a) {
  return affix_removal(vm, a, "removeprefix", false);
}
Value str_removesuffix(VM& vm, CallArgs a) {
  return affix_removal(vm, a, "removesuffix", true);
}

// ---- Splitting ----------------------------------------------------------------------------------

// Whether the character at byte `pos` is whitespace; `next` gets the byte after it.
bool space_at(std::string_view text, std::size_t pos, std::size_t& next) {
  next = pos;
  return unicode::is_space(decode_at(text, next));
}

// Whether the character ending at byte `end` is whitespace; `start` gets its first byte.
bool space_before(std::string_view text, std::size_t end, std::size_t& start) {
  start = end - 1;
  while (start > 0 && is_continuation(text[start])) --start;
  std::size_t pos = start;
  return unicode::is_space(decode_at(text, pos));
}

std::vector<Value> split_whitespace(VM& vm, std::string_view text, std::int64_t maxsplit) {
  std::vector<Value> parts;
  std::size_t pos = 0, after;
  while (true) {
    while (pos < text.size() && space_at(text, pos, after)) pos = after;
    if (pos == text.size()) break;
    if (maxsplit-- == 0) {
      // The rest, with its trailing whitespace, is the last part.
      parts.push_back(vm.make_str(text.substr(pos)));
      break;
    }
    std::size_t end = pos;
    while (end < text.size() && !space_at(text, end, after)) end = after;
    parts.push_back(vm.make_str(text.substr(pos, end - pos)));
    pos = end;
  }
  return parts;
}

std::vector<Value> rsplit_whitespace(VM& vm, std::string_view text, std::int64_t maxsplit) {
  std::vector<Value> parts;
  std::size_t end = text.size(), start;
  while (true) {
    while (end > 0 && space_before(text, end, start)) end = start;
    if (end == 0) break;
    if (maxsplit-- == 0) {
      parts.push_back(vm.make_str(text.substr(0, end)));
      break;
    }
    std::size_t begin = end;
    while (begin > 0 && !space_before(text, begin, start)) begin = start;
    parts.push_back(vm.make_str(text.substr(begin, end - begin)));
    end = begin;
  }
  std::reverse(parts.begin(), parts.end());
  return parts;
}

std::vector<Value> split_on(VM& vm, std::string_view text, std::string_view sep,
                            std::int64_t maxsplit, bool reverse) {
  std::vector<Value> parts;
  if (!reverse) {
    std::size_t pos = 0;
    for (std::size_t at; maxsplit != 0 && (at = text.find(sep, pos)) != std::string_view::npos;
         --maxsplit) {
      parts.push_back(vm.make_str(text.substr(pos, at - pos)));
      pos = at + sep.size();
    }
    parts.push_back(vm.make_str(text.substr(pos)));
    return parts;
  }
  std::size_t end = text.size();
  for (; maxsplit != 0 && end >= sep.size(); --maxsplit) {
    std::size_t at = text.substr(0, end).rfind(sep);
    if (at == std::string_view::npos) break;
    parts.push_back(vm.make_str(text.substr(at + sep.size(), end - at - sep.size())));
    end = at;
  }
  parts.push_back(vm.make_str(text.substr(0, end)));
  std::reverse(parts.begin(), parts.end());
  return parts;
}

Value split_method(VM& vm, CallArgs a, std::string_view name, bool reverse) {
  Value args[2];
  std::int64_t maxsplit = -1;
  if (!keyword_args<2>(vm, a, name, {"sep", "maxsplit"}, args) ||
      (args[1] && !index_arg(vm, args[1], maxsplit))) {
    return {};
  }
  std::string_view text = a[0].as<Str>()->text;
  if (maxsplit < 0) maxsplit = -1;
  if (!args[0] || vm.is_none(args[0])) {
    return vm.make_list(reverse ? rsplit_whitespace(vm, text, maxsplit)
                                : split_whitespace(vm, text, maxsplit));
  }
  if (!vm.is_str(args[0])) {
    return vm.type_error("must be str or None, not " + std::string(vm.type_name(args[0])));
  }
  std::string_view sep = VM::str_text(args[0]);
  if (sep.empty()) return vm.value_error("empty separator");
  return vm.make_list(split_on(vm, text, sep, maxsplit, reverse));
}

Value str_split(VM& vm, CallArgs a) {
  return split_method(vm, a, "split", false);
}
Value str_rsplit(VM& vm, CallArgs a) {
  return split_method(vm, a, "rsplit", true);
}

Value str_splitlines(VM& vm, CallArgs a) {
  Value args[1];
  if (!keyword_args<1>(vm, a, "splitlines", {"keepends"}, args)) return {};
  int keepends = 0;
  if (args[0]) {
    // An int-like flag, as Argument Clinic's "int" converter wants.
    std::int64_t flag;
    if (!index_arg(vm, args[0], flag)) return {};
    keepends = flag != 0;
  }
  std::string_view text = a[0].as<Str>()->text;
  std::vector<Value> lines;
  std::size_t begin = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t next = pos;
    if (!is_line_break(decode_at(text, next))) {
      pos = next;
      continue;
    }
    if (text[pos] == '\r' && next < text.size() && text[next] == '\n') ++next;
    lines.push_back(vm.make_str(text.substr(begin, (keepends ? next : pos) - begin)));
    begin = pos = next;
  }
  if (begin < text.size()) lines.push_back(vm.make_str(text.substr(begin)));
  return vm.make_list(std::move(lines));
}

Value partition_method(VM& vm, CallArgs a, std::string_view name, bool reverse) {
  Text sep;
  if (!one_arg(vm, a, name) || !str_arg(vm, a[1], "", sep)) return {};
  if (sep.bytes.empty()) return vm.value_error("empty separator");
  std::string_view text = a[0].as<Str>()->text;
  std::size_t at = reverse ? text.rfind(sep.bytes) : text.find(sep.bytes);
  Value empty = vm.make_str(std::string_view());
  if (at == std::string_view::npos) {
    Value whole = result_str(vm, a[0], text);
    return reverse ? vm.make_tuple({empty, empty, whole}) : vm.make_tuple({whole, empty, empty});
  }
  return vm.make_tuple(
      {vm.make_str(text.substr(0, at)), a[1], vm.make_str(text.substr(at + sep.bytes.size()))});
}

Value str_partition(VM& vm, CallArgs a) {
  return partition_method(vm, a, "partition", false);
}
Value str_rpartition(VM& vm, CallArgs a) {
  return partition_method(vm, a, "rpartition", true);
}

// ---- Building -----------------------------------------------------------------------------------

Value str_join(VM& vm, CallArgs a) {
  if (!one_arg(vm, a, "join")) return {};
  std::vector<Value> items;
  std::uint32_t kind = vm.type_index(a[1]);
  if (kind == kListType || kind == kTupleType) {
    items = kind == kListType ? a[1].as<List>()->items : a[1].as<Tuple>()->items;
  } else {
    Value iterator = vm.iter(a[1]);
    if (!iterator) {
      if (vm.pending_is(vm.exc().TypeError)) {
        vm.take_exception();
        return vm.type_error("can only join an iterable");
      }
      return {};
    }
    if (!vm.collect(iterator, items)) return {};
  }
  std::string_view sep = a[0].as<Str>()->text;
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!vm.is_str(items[i])) {
      return vm.type_error("sequence item " + std::to_string(i) + ": expected str instance, " +
                           std::string(vm.type_name(items[i])) + " found");
    }
    if (i > 0) out += sep;
    out += VM::str_text(items[i]);
  }
  if (items.size() == 1 && vm.type_index(items[0]) == kStrType) return items[0];
  return vm.make_str(std::move(out));
}

Value str_replace(VM& vm, CallArgs a) {
  Text old_text, new_text;
  std::int64_t count = -1;
  if (!clinic_args(vm, a, "replace", 2, 3) ||
      !str_arg(vm, a[1], "replace() argument 1", old_text) ||
      !str_arg(vm, a[2], "replace() argument 2", new_text) ||
      (a.nargs > 3 && !index_arg(vm, a[3], count))) {
    return {};
  }
  std::string_view text = a[0].as<Str>()->text;
  std::string_view from = old_text.bytes, to = new_text.bytes;
  if (count < 0) count = std::numeric_limits<std::int64_t>::max();
  std::string out;
  if (from.empty()) {
    // Inserts `to` before every character and at the end.
    std::size_t pos = 0;
    for (; count > 0; --count) {
      out += to;
      if (pos == text.size()) return vm.make_str(std::move(out));
      std::size_t next = pos;
      decode_at(text, next);
      out.append(text, pos, next - pos);
      pos = next;
    }
    out.append(text.substr(pos));
    return result_str(vm, a[0], out);
  }
  std::size_t pos = 0;
  for (std::size_t at; count > 0 && (at = text.find(from, pos)) != std::string_view::npos;
       --count) {
    out.append(text, pos, at - pos);
    out += to;
    pos = at + from.size();
  }
  if (pos == 0) return result_str(vm, a[0], text);
  out.append(text.substr(pos));
  return vm.make_str(std::move(out));
}

// ---- Encoding -----------------------------------------------------------------------------------

// Python's codec names: case-insensitive, '_' and ' ' as '-'.
std::string normalize_encoding(std::string_view name) {
  std::string out;
  for (char c : name) out += c == '_' || c == ' ' ? '-' : ascii_lower(c);
  return out;
}

Value unicode_encode_error(VM& vm, std::string message) {
  Type* type = vm.exc().UnicodeError;
  Value found = vm.dict_get_item(*vm.builtins().as<Dict>(), "UnicodeEncodeError");
  if (found && vm.is_class(found)) type = found.as<Type>();
  return vm.raise(type, std::move(message));
}

std::string hex_escape(char32_t c) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out = c < 0x100 ? "\\x" : c < 0x10000 ? "\\u" : "\\U";
  int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kDigits[(c >> shift) & 0xF];
  return out;
}

// Encodes to ASCII (limit 0x80) or Latin-1 (0x100) with an error handler.
Value encode_narrow(VM& vm, const Text& text, std::string_view codec, char32_t limit,
                    std::string_view errors) {
  std::string out;
  std::u32string chars = decode(text.bytes);
  for (std::size_t i = 0; i < chars.size(); ++i) {
    char32_t c = chars[i];
    if (c < limit) {
      out += static_cast<char>(c);
    } else if (errors == "ignore") {
      // The character is dropped.
    } else if (errors == "replace") {
      out += '?';
    } else if (errors == "backslashreplace") {
      out += hex_escape(c);
    } else if (errors == "xmlcharrefreplace") {
      out += "&#" + std::to_string(static_cast<std::uint32_t>(c)) + ";";
    } else if (errors == "strict") {
      std::size_t end = i + 1;
      while (end < chars.size() && chars[end] >= limit) ++end;
      std::string where =
          end - i == 1
              ? "character '" + hex_escape(c) + "' in position " + std::to_string(i)
              : "characters in position " + std::to_string(i) + "-" + std::to_string(end - 1);
      return unicode_encode_error(vm, "'" + std::string(codec) + "' codec can't encode " + where +
                                          ": ordinal not in range(" + std::to_string(limit) + ")");
    } else {
      return vm.raise(vm.exc().LookupError,
                      "unknown error handler name '" + std::string(errors) + "'");
    }
  }
  return vm.make_bytes(std::move(out));
}

Value str_encode(VM& vm, CallArgs a) {
  Value args[2];
  if (!keyword_args<2>(vm, a, "encode", {"encoding", "errors"}, args)) return {};
  static constexpr const char* kNames[] = {"encoding", "errors"};
  for (int i = 0; i < 2; ++i) {
    if (args[i] && !vm.is_str(args[i])) {
      return vm.type_error("encode() argument '" + std::string(kNames[i]) + "' must be str, not " +
                           std::string(vm.type_name(args[i])));
    }
  }
  std::string encoding = args[0] ? normalize_encoding(VM::str_text(args[0])) : "utf-8";
  std::string_view errors = args[1] ? std::string_view(VM::str_text(args[1])) : "strict";
  Text text = text_of(a[0]);
  if (encoding == "utf-8" || encoding == "utf8" || encoding == "u8") {
    return vm.make_bytes(std::string(text.bytes));
  }
  if (encoding == "ascii" || encoding == "us-ascii") {
    return encode_narrow(vm, text, "ascii", 0x80, errors);
  }
  if (encoding == "latin-1" || encoding == "latin1" || encoding == "iso-8859-1" ||
      encoding == "iso8859-1" || encoding == "l1") {
    return encode_narrow(vm, text, "latin-1", 0x100, errors);
  }
  return vm.raise(vm.exc().LookupError, "unknown encoding: " + VM::str_text(args[0]));
}

// ---- translate / maketrans ----------------------------------------------------------------------

// Appends what table[c] says c becomes; false when it raised.
bool translate_char(VM& vm, const Value& table, char32_t c, std::string& out) {
  Value mapped = vm.get_item(table, vm.make_int(c));
  if (!mapped) {
    if (!vm.pending_is(vm.exc().LookupError)) return false;
    vm.take_exception();
    append_utf8(out, c);
    return true;
  }
  if (vm.is_none(mapped)) return true;
  if (vm.is_int(mapped)) {
    std::int64_t code;
    if (!vm.to_int64(mapped, code) || code < 0 || code > 0x10FFFF) {
      vm.value_error("character mapping must be in range(0x110000)");
      return false;
    }
    append_utf8(out, static_cast<char32_t>(code));
    return true;
  }
  if (vm.is_str(mapped)) {
    out += VM::str_text(mapped);
    return true;
  }
  vm.type_error("character mapping must return integer, None or str");
  return false;
}

Value str_translate(VM& vm, CallArgs a) {
  if (!one_arg(vm, a, "translate")) return {};
  std::string_view text = a[0].as<Str>()->text;
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    if (!translate_char(vm, a[1], decode_at(text, i), out)) return {};
  }
  return result_str(vm, a[0], out);
}

// str.maketrans(dict) / (from, to) / (from, to, delete)
Value str_maketrans(VM& vm, CallArgs a) {
  // A static method: no self in args.
  if (!reject_keywords(vm, a, "maketrans") || !clinic_count(vm, "maketrans", a.nargs, 1, 3)) {
    return {};
  }
  Value table = vm.make_dict();
  Dict& dict = *table.as<Dict>();
  if (a.nargs == 1) {
    if (vm.type_index(a[0]) != kDictType && !vm.is_instance(a[0], vm.type(kDictType))) {
      return vm.type_error("if you give only one argument to maketrans it must be a dict");
    }
    for (const DictEntry& entry : a[0].as<Dict>()->entries) {
      if (!entry.key) continue;
      Value key = entry.key;
      if (vm.is_str(key)) {
        const Str* s = key.as<Str>();
        if (s->length != 1) {
          return vm.value_error("string keys in translate table must be of length 1");
        }
        std::size_t pos = 0;
        key = vm.make_int(decode_at(s->text, pos));
      } else if (!vm.is_int(key)) {
        return vm.type_error("keys in translate table must be strings or integers");
      }
      if (!vm.dict_set(dict, key, entry.value)) return {};
    }
    return table;
  }
  if (!vm.is_str(a[0])) {
    return vm.type_error("first maketrans argument must be a string if there is a second argument");
  }
  Text ignored;
  if (!str_arg(vm, a[1], "maketrans() argument 2", ignored) ||
      (a.nargs > 2 && !str_arg(vm, a[2], "maketrans() argument 3", ignored))) {
    return {};
  }
  std::u32string from = decode(VM::str_text(a[0])), to = decode(VM::str_text(a[1]));
  if (from.size() != to.size()) {
    return vm.value_error("the first two maketrans arguments must have equal length");
  }
  for (std::size_t i = 0; i < from.size(); ++i) {
    if (!vm.dict_set(dict, vm.make_int(from[i]), vm.make_int(to[i]))) return {};
  }
  if (a.nargs > 2) {
    for (char32_t c : decode(VM::str_text(a[2]))) {
      if (!vm.dict_set(dict, vm.make_int(c), vm.none())) return {};
    }
  }
  return table;
}

Value str_format(VM& vm, CallArgs a) {
  return str_format_method(vm, a);
}

// ---- ascii() ------------------------------------------------------------------------------------

std::string ascii_escaped(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      out += text[i++];
    } else {
      out += hex_escape(decode_at(text, i));
    }
  }
  return out;
}

// ---- format % args ------------------------------------------------------------------------------
// CPython's PyUnicode_Format: parse one %-specification, then convert its argument. Numbers are
// laid out by num::printf_int / printf_float (sign, 0x prefix, zero padding), text here.

struct PercentSpec {
  bool left = false, plus = false, blank = false, alternate = false, zero = false;
  std::int64_t width = -1, precision = -1;
  char32_t type = 0;
  std::int64_t type_index = 0;  // code point index of the type character, for errors

  num::PrintfSpec printf() const {
    return {left, plus, blank, alternate, zero, width, precision, static_cast<char>(type)};
  }
};

bool is_digit_char(char c) {
  return c >= '0' && c <= '9';
}

class PercentFormatter {
 public:
  PercentFormatter(VM& vm, std::string_view format, const Value& args)
      : vm_(vm), format_(format), args_(args) {
    bool tuple = vm.type_index(args) == kTupleType || vm.is_instance(args, vm.type(kTupleType));
    if (tuple) {
      arg_count_ = static_cast<std::int64_t>(args.as<Tuple>()->items.size());
      arg_index_ = 0;
    }
    if (!tuple && !vm.is_str(args) && is_mapping(args)) mapping_ = args;
  }

  Value run() {
    while (pos_ < format_.size()) {
      std::size_t at = format_.find('%', pos_);
      out_.append(format_.substr(pos_, at == std::string_view::npos ? at : at - pos_));
      if (at == std::string_view::npos) break;
      pos_ = at + 1;
      if (pos_ < format_.size() && format_[pos_] == '%') {
        out_ += '%';
        ++pos_;
        continue;
      }
      PercentSpec spec;
      if (!parse(spec) || !convert(spec)) return {};
      if (mapping_ && arg_index_ < arg_count_) return not_all_converted();
    }
    if (arg_index_ < arg_count_ && !mapping_) return not_all_converted();
    return vm_.make_str(std::move(out_));
  }

 private:
  // PyMapping_Check: anything subscriptable by arbitrary keys (lists and bytes count, as in
  // CPython, so '%s' % [1] formats the list and `'%(a)s' % [1]` fails on the lookup).
  bool is_mapping(const Value& v) {
    std::uint32_t t = vm_.type_index(v);
    return t == kDictType || t == kListType || t == kBytesType || t == kRangeType ||
           has_method(vm_, v, "__getitem__");
  }

  Value not_all_converted() {
    return vm_.type_error("not all arguments converted during string formatting");
  }

  // The argument for the next conversion (or `*`): the tuple's next item, or the single
  // argument once.
  Value next_arg() {
    if (arg_index_ >= arg_count_) return vm_.type_error("not enough arguments for format string");
    std::int64_t i = arg_index_++;
    return arg_count_ < 0 ? args_ : args_.as<Tuple>()->items[i];
  }

  int peek() const { return pos_ < format_.size() ? format_[pos_] : -1; }

  bool parse(PercentSpec& spec) {
    if (peek() == '(' && !parse_key()) return false;
    for (;; ++pos_) {
      switch (peek()) {
        case '-':
          spec.left = true;
          continue;
        case '+':
          spec.plus = true;
          continue;
        case ' ':
          spec.blank = true;
          continue;
        case '#':
          spec.alternate = true;
          continue;
        case '0':
          spec.zero = true;
          continue;
      }
      break;
    }
    bool star = peek() == '*';
    if (!parse_number(spec.width, std::numeric_limits<std::int64_t>::max(), "width too big",
                      "Python int too large to convert to C ssize_t")) {
      return false;
    }
    if (star && spec.width < 0) {  // a negative `*` width means left-justified
      spec.left = true;
      spec.width = spec.width == std::numeric_limits<std::int64_t>::min()
                       ? std::numeric_limits<std::int64_t>::max()
                       : -spec.width;
    }
    if (peek() == '.') {
      ++pos_;
      spec.precision = 0;
      if (!parse_number(spec.precision, std::numeric_limits<int>::max(), "precision too big",
                        "Python int too large to convert to C int")) {
        return false;
      }
      spec.precision = std::max<std::int64_t>(spec.precision, 0);
    }
    if (peek() == 'h' || peek() == 'l' || peek() == 'L') ++pos_;  // C length modifiers: ignored
    if (pos_ >= format_.size()) {
      vm_.value_error("incomplete format");
      return false;
    }
    spec.type_index = count_code_points(format_.substr(0, pos_));
    spec.type = decode_at(format_, pos_);
    return true;
  }

  // %(key): the argument becomes mapping[key] for this one conversion.
  bool parse_key() {
    if (!mapping_) {
      vm_.type_error("format requires a mapping");
      return false;
    }
    std::size_t start = ++pos_;
    for (int depth = 1; depth > 0; ++pos_) {
      if (pos_ >= format_.size()) {
        vm_.value_error("incomplete format key");
        return false;
      }
      depth += format_[pos_] == '(' ? 1 : format_[pos_] == ')' ? -1 : 0;
    }
    args_ = vm_.get_item(mapping_, vm_.make_str(format_.substr(start, pos_ - 1 - start)));
    if (!args_) return false;
    arg_count_ = -1;
    arg_index_ = -2;
    return true;
  }

  // A width or precision: digits, or `*` taking an int argument. `out` is unchanged when
  // neither is there.
  bool parse_number(std::int64_t& out, std::int64_t limit, const char* too_big,
                    const char* overflow) {
    if (peek() == '*') {
      ++pos_;
      Value v = next_arg();
      if (!v) return false;
      if (!vm_.is_int(v)) {
        vm_.type_error("* wants int");
        return false;
      }
      if (!vm_.to_int64(v, out) || out > limit || out < -limit - 1) {
        vm_.raise(vm_.exc().OverflowError, overflow);
        return false;
      }
      return true;
    }
    if (!is_digit_char(static_cast<char>(peek()))) return true;
    out = 0;
    for (; is_digit_char(static_cast<char>(peek())); ++pos_) {
      int digit = format_[pos_] - '0';
      if (out > (limit - digit) / 10) {
        vm_.value_error(too_big);
        return false;
      }
      out = out * 10 + digit;
    }
    return true;
  }

  bool convert(const PercentSpec& spec) {
    Value v = next_arg();
    if (!v) return false;
    switch (spec.type) {
      case 's':
      case 'r':
      case 'a':
        return convert_text(spec, v);
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X':
        return format_integer(spec, v);
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
        return format_real(spec, v);
      case 'c':
        return format_char(spec, v);
    }
    char shown = spec.type >= 31 && spec.type <= 126 ? static_cast<char>(spec.type) : '?';
    vm_.value_error(std::string("unsupported format character '") + shown + "' (0x" +
                    num::hex_digits(static_cast<unsigned>(spec.type)) + ") at index " +
                    std::to_string(spec.type_index));
    return false;
  }

  bool convert_text(const PercentSpec& spec, const Value& v) {
    Value text = spec.type == 's' ? vm_.str(v) : spec.type == 'r' ? vm_.repr(v) : str_ascii(vm_, v);
    return text && append_text(spec, VM::str_text(text));
  }

  // PyNumber_Check: int, float, or a class with __index__, __int__ or __float__.
  bool is_number(const Value& v) {
    return vm_.is_int(v) || vm_.is_instance(v, vm_.type(kFloatType)) ||
           has_method(vm_, v, "__index__") || has_method(vm_, v, "__int__") ||
           has_method(vm_, v, "__float__");
  }

  // %d %i %u %o %x %X
  bool format_integer(const PercentSpec& spec, const Value& v) {
    char type = static_cast<char>(spec.type);
    bool base_conversion = type == 'o' || type == 'x' || type == 'X';
    Value n = v;
    if (!vm_.is_int(v)) {
      // %o %x %X want an integer (__index__), %d converts with int(): int(3.7) is 3.
      if (!is_number(v) || (base_conversion && !has_method(vm_, v, "__index__"))) {
        return wrong_number_type(type, v);
      }
      n = base_conversion ? vm_.call_method(v, "__index__", {})
                          : vm_.call(Value(vm_.type(kIntType)), {v});
      if (!n && !vm_.pending_is(vm_.exc().TypeError)) return false;
      if (!n) vm_.take_exception();
      if (!n || !vm_.is_int(n)) return wrong_number_type(type, v);
    }
    return append(num::printf_int(vm_.to_bigint(n), spec.printf(), vm_.int_max_str_digits));
  }

  bool wrong_number_type(char type, const Value& v) {
    bool base_conversion = type == 'o' || type == 'x' || type == 'X';
    vm_.type_error(std::string("%") + type +
                   " format: " + (base_conversion ? "an integer" : "a real number") +
                   " is required, not " + std::string(vm_.type_name(v)));
    return false;
  }

  // %e %E %f %F %g %G
  bool format_real(const PercentSpec& spec, const Value& v) {
    double x;
    return to_real(v, x) && append(num::printf_float(x, spec.printf()));
  }

  // PyFloat_AsDouble: a float, an int, or __float__ / __index__.
  bool to_real(const Value& v, double& out) {
    if (vm_.is_instance(v, vm_.type(kFloatType))) {
      out = vm_.float_value(v);
      return true;
    }
    if (vm_.is_int(v)) return vm_.to_double(v, out);
    for (const char* method : {"__float__", "__index__"}) {
      if (!has_method(vm_, v, method)) continue;
      Value r = vm_.call_method(v, method, {});
      return r && vm_.to_double(r, out);
    }
    vm_.type_error("must be real number, not " + std::string(vm_.type_name(v)));
    return false;
  }

  // %c: a one-character str or a code point.
  bool format_char(const PercentSpec& spec, const Value& v) {
    if (vm_.is_str(v)) {
      if (v.as<Str>()->length != 1) return char_type_error();
      return append_text(spec, VM::str_text(v));
    }
    std::int64_t code;
    if (vm_.is_int(v)) {
      if (!vm_.to_int64(v, code)) code = -1;
    } else if (!has_method(vm_, v, "__index__")) {
      return char_type_error();
    } else if (!vm_.to_index(v, code)) {
      return false;
    }
    if (code < 0 || code > 0x10FFFF) {
      vm_.raise(vm_.exc().OverflowError, "%c arg not in range(0x110000)");
      return false;
    }
    std::string text;
    append_utf8(text, static_cast<char32_t>(code));
    return append_text(spec, text);
  }

  bool char_type_error() {
    vm_.type_error("%c requires int or char");
    return false;
  }

  bool append(const num::Result<std::string>& text) {
    if (!text) {
      raise_num_error(vm_, text.error());
      return false;
    }
    out_ += *text;
    return true;
  }

  // Text cut to the precision (except for %c) and padded with spaces to the width.
  bool append_text(const PercentSpec& spec, std::string_view text) {
    std::int64_t length = count_code_points(text);
    if (spec.type != 'c' && spec.precision >= 0 && length > spec.precision) {
      text = text.substr(0, Text{text, length, false}.offset(spec.precision));
      length = spec.precision;
    }
    std::int64_t padding = std::max<std::int64_t>(spec.width - length, 0);
    if (!check_result_length(vm_, padding)) return false;
    if (!spec.left) out_.append(static_cast<std::size_t>(padding), ' ');
    out_ += text;
    if (spec.left) out_.append(static_cast<std::size_t>(padding), ' ');
    return true;
  }

  VM& vm_;
  std::string_view format_;
  std::size_t pos_ = 0;
  Value args_, mapping_;
  // As CPython: a tuple's items are taken in turn; a single argument has count -1 and index
  // -2, so it can be taken once.
  std::int64_t arg_count_ = -1, arg_index_ = -2;
  std::string out_;
};

// ---- str.format ---------------------------------------------------------------------------------
// CPython's unicode_format.h: literal text and {field!conversion:spec} replacement fields, where
// a spec may itself contain fields (one level deep).

class FieldFormatter {
 public:
  // str.format: positional and keyword arguments.
  FieldFormatter(VM& vm, const CallArgs& args) : vm_(vm), args_(args), has_positional_(true) {}
  // str.format_map: only names, looked up in the mapping.
  FieldFormatter(VM& vm, Value mapping) : vm_(vm), mapping_(std::move(mapping)) {}

  // Appends the formatted `format` to out; false when it raised.
  bool build(std::string_view format, int depth, std::string& out) {
    if (depth <= 0) return fail("Max string recursion exceeded");
    std::size_t pos = 0;
    while (pos < format.size()) {
      std::size_t at = format.find_first_of("{}", pos);
      if (at == std::string_view::npos) {
        out += format.substr(pos);
        break;
      }
      char c = format[at];
      bool last = at + 1 == format.size();
      if (c == '}' && (last || format[at + 1] != '}')) {
        return fail("Single '}' encountered in format string");
      }
      if (c == '{' && last) return fail("Single '{' encountered in format string");
      out += format.substr(pos, at - pos);
      if (format[at + 1] == c) {  // {{ or }}
        out += c;
        pos = at + 2;
        continue;
      }
      pos = at + 1;
      Field field;
      if (!parse_field(format, pos, field) || !render(field, depth, out)) return false;
    }
    return true;
  }

 private:
  struct Field {
    std::string_view name, spec;
    char32_t conversion = 0;
    bool spec_has_fields = false;
  };

  bool fail(const char* message) {
    vm_.value_error(message);
    return false;
  }

  // Reads a field after its '{', up to and including its '}'.
  bool parse_field(std::string_view s, std::size_t& pos, Field& field) {
    std::size_t start = pos;
    char c = 0;
    while (pos < s.size()) {
      c = s[pos++];
      if (c == '{') return fail("unexpected '{' in field name");
      if (c == '[') {
        while (pos < s.size() && s[pos] != ']') ++pos;
        continue;
      }
      if (c == '}' || c == ':' || c == '!') break;
    }
    field.name = s.substr(start, pos - 1 - start);
    if (c != '!' && c != ':') return c == '}' || fail("expected '}' before end of string");
    if (c == '!') {
      if (pos >= s.size()) return fail("end of string while looking for conversion specifier");
      field.conversion = decode_at(s, pos);
      if (pos < s.size()) {
        char next = s[pos++];
        if (next == '}') return true;
        if (next != ':') return fail("expected ':' after conversion specifier");
      }
    }
    std::size_t spec_start = pos;
    for (int depth = 1; pos < s.size();) {
      char d = s[pos++];
      if (d == '{') {
        field.spec_has_fields = true;
        ++depth;
      } else if (d == '}' && --depth == 0) {
        field.spec = s.substr(spec_start, pos - 1 - spec_start);
        return true;
      }
    }
    return fail("unmatched '{' in format spec");
  }

  bool render(const Field& field, int depth, std::string& out) {
    Value value = field_value(field.name);
    if (!value) return false;
    if (field.conversion) {
      switch (field.conversion) {
        case 'r':
          value = vm_.repr(value);
          break;
        case 's':
          value = vm_.str(value);
          break;
        case 'a':
          value = str_ascii(vm_, value);
          break;
        default: {
          std::string shown;
          if (field.conversion > 32 && field.conversion < 127) {
            shown = static_cast<char>(field.conversion);
          } else {
            shown = "\\x" + num::hex_digits(static_cast<unsigned>(field.conversion));
          }
          vm_.value_error("Unknown conversion specifier " + shown);
          return false;
        }
      }
      if (!value) return false;
    }
    std::string spec(field.spec);
    if (field.spec_has_fields) {
      spec.clear();
      if (!build(field.spec, depth - 1, spec)) return false;
    }
    Value text = vm_.format(value, vm_.make_str(std::move(spec)));
    if (!text) return false;
    out += VM::str_text(text);
    return true;
  }

  // The object a field name designates: an argument, then .attribute and [key] steps.
  Value field_value(std::string_view name) {
    std::size_t first_end = std::min(name.find_first_of(".["), name.size());
    std::string_view first = name.substr(0, first_end);
    std::int64_t index;
    if (!field_index(first, index)) return {};
    bool numeric = first.empty() || index >= 0;
    if (numeric && !check_numbering(first.empty())) return {};
    if (first.empty()) index = next_auto_index_++;
    Value value = index >= 0 ? positional(index) : keyword(first);
    for (std::size_t pos = first_end; value && pos < name.size();) {
      char c = name[pos++];
      if (c != '.' && c != '[') {
        vm_.value_error("Only '.' or '[' may follow ']' in format field specifier");
        return {};
      }
      std::size_t end =
          c == '.' ? std::min(name.find_first_of(".[", pos), name.size()) : name.find(']', pos);
      if (end == std::string_view::npos) {
        vm_.value_error("Missing ']' in format string");
        return {};
      }
      std::string_view part = name.substr(pos, end - pos);
      pos = c == '[' ? end + 1 : end;
      if (part.empty()) {
        vm_.value_error("Empty attribute in format string");
        return {};
      }
      if (c == '.') {
        value = vm_.get_attr(value, part);
        continue;
      }
      if (!field_index(part, index)) return {};
      value = vm_.get_item(value, index >= 0 ? vm_.make_int(index) : vm_.make_str(part));
    }
    return value;
  }

  // A field name part made only of decimal digits is an index (-1 otherwise).
  bool field_index(std::string_view text, std::int64_t& index) {
    index = -1;
    if (text.empty()) return true;
    std::int64_t value = 0;
    for (std::size_t i = 0; i < text.size();) {
      int digit = unicode::decimal_value(decode_at(text, i));
      if (digit < 0) return true;
      if (value > (std::numeric_limits<std::int64_t>::max() - digit) / 10) {
        return fail("Too many decimal digits in format string");
      }
      value = value * 10 + digit;
    }
    index = value;
    return true;
  }

  // '{}' and '{0}' cannot be mixed in one format string.
  bool check_numbering(bool automatic) {
    if (numbering_ == Numbering::None) numbering_ = automatic ? Numbering::Auto : Numbering::Manual;
    if (numbering_ == Numbering::Manual && automatic) {
      return fail("cannot switch from manual field specification to automatic field numbering");
    }
    if (numbering_ == Numbering::Auto && !automatic) {
      return fail("cannot switch from automatic field numbering to manual field specification");
    }
    return true;
  }

  Value positional(std::int64_t index) {
    if (!has_positional_) return vm_.value_error("Format string contains positional fields");
    if (index >= static_cast<std::int64_t>(args_.nargs) - 1) {
      return vm_.index_error("Replacement index " + std::to_string(index) +
                             " out of range for positional args tuple");
    }
    return args_[index + 1];
  }

  Value keyword(std::string_view name) {
    if (mapping_) return vm_.get_item(mapping_, vm_.make_str(name));
    for (std::uint32_t k = 0; k < args_.nkw; ++k) {
      if (VM::str_text(args_.kwnames[k]) == name) return args_.kwvalues[k];
    }
    return vm_.key_error(vm_.make_str(name));
  }

  enum class Numbering { None, Auto, Manual };

  VM& vm_;
  CallArgs args_;  // args_[0] is the format string
  Value mapping_;
  bool has_positional_ = false;
  Numbering numbering_ = Numbering::None;
  std::int64_t next_auto_index_ = 0;
};

Value format_with(VM& vm, FieldFormatter& formatter, const Value& format) {
  std::string out;
  if (!formatter.build(VM::str_text(format), 2, out)) return {};
  return vm.make_str(std::move(out));
}

Value str_format_map(VM& vm, CallArgs a) {
  if (!one_arg(vm, a, "format_map")) return {};
  FieldFormatter formatter(vm, a[1]);
  return format_with(vm, formatter, a[0]);
}

}  // namespace

// ---- Entry points -------------------------------------------------------------------------------

Value str_ascii(VM& vm, const Value& v) {
  Value r = vm.repr(v);
  if (!r || r.as<Str>()->ascii) return r;
  return vm.make_str(ascii_escaped(VM::str_text(r)));
}

Value str_percent_format(VM& vm, const Value& format, const Value& args) {
  return PercentFormatter(vm, VM::str_text(format), args).run();
}

Value str_format_method(VM& vm, CallArgs args) {
  FieldFormatter formatter(vm, args);
  return format_with(vm, formatter, args[0]);
}

Value str_format_spec(VM& vm, const Value& str_value, const Value& spec) {
  const std::string& spec_text = VM::str_text(spec);
  if (spec_text.empty()) return vm.str(str_value);
  num::Result<std::string> text =
      num::format_str(VM::str_text(str_value), spec_text, vm.type_name(str_value));
  if (!text) return raise_num_error(vm, text.error());
  return vm.make_str(std::move(*text));
}

void install_str_methods(VM& vm) {
  Type* str = vm.type(kStrType);
  static constexpr std::pair<std::string_view, NativeFn> kMethods[] = {
      {"capitalize", case_method<CaseOp::Capitalize>},
      {"casefold", case_method<CaseOp::Fold>},
      {"center", str_center},
      {"count", str_count},
      {"encode", str_encode},
      {"endswith", str_endswith},
      {"expandtabs", str_expandtabs},
      {"find", str_find},
      {"format", str_format},
      {"format_map", str_format_map},
      {"index", str_index},
      {"isalnum", str_isalnum},
      {"isalpha", str_isalpha},
      {"isascii", str_isascii},
      {"isdecimal", str_isdecimal},
      {"isdigit", str_isdigit},
      {"isidentifier", str_isidentifier},
      {"islower", str_islower},
      {"isnumeric", str_isnumeric},
      {"isprintable", str_isprintable},
      {"isspace", str_isspace},
      {"istitle", str_istitle},
      {"isupper", str_isupper},
      {"join", str_join},
      {"ljust", str_ljust},
      {"lower", case_method<CaseOp::Lower>},
      {"lstrip", str_lstrip},
      {"partition", str_partition},
      {"removeprefix", str_removeprefix},
      {"removesuffix", str_removesuffix},
      {"replace", str_replace},
      {"rfind", str_rfind},
      {"rindex", str_rindex},
      {"rjust", str_rjust},
      {"rpartition", str_rpartition},
      {"rsplit", str_rsplit},
      {"rstrip", str_rstrip},
      {"split", str_split},
      {"splitlines", str_splitlines},
      {"startswith", str_startswith},
      {"strip", str_strip},
      {"swapcase", case_method<CaseOp::Swap>},
      {"title", case_method<CaseOp::Title>},
      {"translate", str_translate},
      {"upper", case_method<CaseOp::Upper>},
      {"zfill", str_zfill},
  };
  for (const auto& [name, fn] : kMethods) vm.add_method(str, name, fn);
  vm.add_static(str, "maketrans", str_maketrans);
}

// ---- Unicode data -------------------------------------------------------------------------------
// Unicode 14.0, as Python 3.11's unicodedata. The tables below were generated with Python 3.11
// from str's own methods:
//   - case rules: runs of code points whose simple (one-character) lower()/upper() adds `delta`,
//     every `stride` code points from `first` to `last`;
//   - special cases: characters whose upper() is several characters ('ß' -> 'SS');
//   - title and casefold: only where title() differs from upper() and casefold() from lower();
//   - property runs: from `first` up to the next run's first, the set of PropertyBits
//     (isalpha, isdecimal, isdigit, isnumeric, isprintable, isidentifier for a first and a
//     later character; kOtherLower/kOtherUpper mark lowercase/uppercase letters that have no
//     case mapping, like 'ª' or IPA letters).
// The case rules and the property runs are read only at compile time: the binary holds them
// packed (kPackedRules, kPackedRuns below), and the first lookup expands them.

namespace {

struct CaseRule {
  char32_t first, last;
  std::uint8_t stride;
  std::int32_t delta;
};
struct SpecialCase {
  char32_t c;
  char32_t to[3];
};
struct PropertyRun {
  char32_t first;
  std::uint16_t bits;
};
enum PropertyBit : std::uint16_t {
  kAlpha = 1 << 0,
  kDecimal = 1 << 1,
  kDigit = 1 << 2,
  kNumeric = 1 << 3,
  kPrintable = 1 << 4,
  kXidStart = 1 << 5,
  kXidContinue = 1 << 6,
  kOtherLower = 1 << 7,
  kOtherUpper = 1 << 8,
};

// clang-format off
constexpr CaseRule kLowerRules[] = {
    {0x41, 0x5A, 1, 32}, {0xC0, 0xD6, 1, 32}, {0xD8, 0xDE, 1, 32}, {0x100, 0x12E, 2, 1},
    {0x132, 0x136, 2, 1}, {0x139, 0x147, 2, 1}, {0x14A, 0x176, 2, 1}, {0x178, 0x178, 1, -121},
    {0x179, 0x17D, 2, 1}, {0x181, 0x181, 1, 210}, {0x182, 0x184, 2, 1}, {0x186, 0x186, 1, 206},
    {0x187, 0x187, 1, 1}, {0x189, 0x18A, 1, 205}, {0x18B, 0x18B, 1, 1}, {0x18E, 0x18E, 1, 79},
    {0x18F, 0x18F, 1, 202}, {0x190, 0x190, 1, 203}, {0x191, 0x191, 1, 1}, {0x193, 0x193, 1, 205},
    {0x194, 0x194, 1, 207}, {0x196, 0x196, 1, 211}, {0x197, 0x197, 1, 209}, {0x198, 0x198, 1, 1},
    {0x19C, 0x19C, 1, 211}, {0x19D, 0x19D, 1, 213}, {0x19F, 0x19F, 1, 214}, {0x1A0, 0x1A4, 2, 1},
    {0x1A6, 0x1A6, 1, 218}, {0x1A7, 0x1A7, 1, 1}, {0x1A9, 0x1A9, 1, 218}, {0x1AC, 0x1AC, 1, 1},
    {0x1AE, 0x1AE, 1, 218}, {0x1AF, 0x1AF, 1, 1}, {0x1B1, 0x1B2, 1, 217}, {0x1B3, 0x1B5, 2, 1},
    {0x1B7, 0x1B7, 1, 219}, {0x1B8, 0x1B8, 1, 1}, {0x1BC, 0x1BC, 1, 1}, {0x1C4, 0x1C4, 1, 2},
    {0x1C5, 0x1C5, 1, 1}, {0x1C7, 0x1C7, 1, 2}, {0x1C8, 0x1C8, 1, 1}, {0x1CA, 0x1CA, 1, 2},
    {0x1CB, 0x1DB, 2, 1}, {0x1DE, 0x1EE, 2, 1}, {0x1F1, 0x1F1, 1, 2}, {0x1F2, 0x1F4, 2, 1},
    {0x1F6, 0x1F6, 1, -97}, {0x1F7, 0x1F7, 1, -56}, {0x1F8, 0x21E, 2, 1}, {0x220, 0x220, 1, -130},
    {0x222, 0x232, 2, 1}, {0x23A, 0x23A, 1, 10795}, {0x23B, 0x23B, 1, 1}, {0x23D, 0x23D, 1, -163},
    {0x23E, 0x23E, 1, 10792}, {0x241, 0x241, 1, 1}, {0x243, 0x243, 1, -195}, {0x244, 0x244, 1, 69},
    {0x245, 0x245, 1, 71}, {0x246, 0x24E, 2, 1}, {0x370, 0x372, 2, 1}, {0x376, 0x376, 1, 1},
    {0x37F, 0x37F, 1, 116}, {0x386, 0x386, 1, 38}, {0x388, 0x38A, 1, 37}, {0x38C, 0x38C, 1, 64},
    {0x38E, 0x38F, 1, 63}, {0x391, 0x3A1, 1, 32}, {0x3A3, 0x3AB, 1, 32}, {0x3CF, 0x3CF, 1, 8},
    {0x3D8, 0x3EE, 2, 1}, {0x3F4, 0x3F4, 1, -60}, {0x3F7, 0x3F7, 1, 1}, {0x3F9, 0x3F9, 1, -7},
    {0x3FA, 0x3FA, 1, 1}, {0x3FD, 0x3FF, 1, -130}, {0x400, 0x40F, 1, 80}, {0x410, 0x42F, 1, 32},
    {0x460, 0x480, 2, 1}, {0x48A, 0x4BE, 2, 1}, {0x4C0, 0x4C0, 1, 15}, {0x4C1, 0x4CD, 2, 1},
    {0x4D0, 0x52E, 2, 1}, {0x531, 0x556, 1, 48}, {0x10A0, 0x10C5, 1, 7264},
    {0x10C7, 0x10C7, 1, 7264}, {0x10CD, 0x10CD, 1, 7264}, {0x13A0, 0x13EF, 1, 38864},
    {0x13F0, 0x13F5, 1, 8}, {0x1C90, 0x1CBA, 1, -3008}, {0x1CBD, 0x1CBF, 1, -3008},
    {0x1E00, 0x1E94, 2, 1}, {0x1E9E, 0x1E9E, 1, -7615}, {0x1EA0, 0x1EFE, 2, 1},
    {0x1F08, 0x1F0F, 1, -8}, {0x1F18, 0x1F1D, 1, -8}, {0x1F28, 0x1F2F, 1, -8},
    {0x1F38, 0x1F3F, 1, -8}, {0x1F48, 0x1F4D, 1, -8}, {0x1F59, 0x1F5F, 2, -8},
    {0x1F68, 0x1F6F, 1, -8}, {0x1F88, 0x1F8F, 1, -8}, {0x1F98, 0x1F9F, 1, -8},
    {0x1FA8, 0x1FAF, 1, -8}, {0x1FB8, 0x1FB9, 1, -8}, {0x1FBA, 0x1FBB, 1, -74},
    {0x1FBC, 0x1FBC, 1, -9}, {0x1FC8, 0x1FCB, 1, -86}, {0x1FCC, 0x1FCC, 1, -9},
    {0x1FD8, 0x1FD9, 1, -8}, {0x1FDA, 0x1FDB, 1, -100}, {0x1FE8, 0x1FE9, 1, -8},
    {0x1FEA, 0x1FEB, 1, -112}, {0x1FEC, 0x1FEC, 1, -7}, {0x1FF8, 0x1FF9, 1, -128},
    {0x1FFA, 0x1FFB, 1, -126}, {0x1FFC, 0x1FFC, 1, -9}, {0x2126, 0x2126, 1, -7517},
    {0x212A, 0x212A, 1, -8383}, {0x212B, 0x212B, 1, -8262}, {0x2132, 0x2132, 1, 28},
    {0x2160, 0x216F, 1, 16}, {0x2183, 0x2183, 1, 1}, {0x24B6, 0x24CF, 1, 26},
    {0x2C00, 0x2C2F, 1, 48}, {0x2C60, 0x2C60, 1, 1}, {0x2C62, 0x2C62, 1, -10743},
    {0x2C63, 0x2C63, 1, -3814}, {0x2C64, 0x2C64, 1, -10727}, {0x2C67, 0x2C6B, 2, 1},
    {0x2C6D, 0x2C6D, 1, -10780}, {0x2C6E, 0x2C6E, 1, -10749}, {0x2C6F, 0x2C6F, 1, -10783},
    {0x2C70, 0x2C70, 1, -10782}, {0x2C72, 0x2C72, 1, 1}, {0x2C75, 0x2C75, 1, 1},
    {0x2C7E, 0x2C7F, 1, -10815}, {0x2C80, 0x2CE2, 2, 1}, {0x2CEB, 0x2CED, 2, 1},
    {0x2CF2, 0x2CF2, 1, 1}, {0xA640, 0xA66C, 2, 1}, {0xA680, 0xA69A, 2, 1}, {0xA722, 0xA72E, 2, 1},
    {0xA732, 0xA76E, 2, 1}, {0xA779, 0xA77B, 2, 1}, {0xA77D, 0xA77D, 1, -35332},
    {0xA77E, 0xA786, 2, 1}, {0xA78B, 0xA78B, 1, 1}, {0xA78D, 0xA78D, 1, -42280},
    {0xA790, 0xA792, 2, 1}, {0xA796, 0xA7A8, 2, 1}, {0xA7AA, 0xA7AA, 1, -42308},
    {0xA7AB, 0xA7AB, 1, -42319}, {0xA7AC, 0xA7AC, 1, -42315}, {0xA7AD, 0xA7AD, 1, -42305},
    {0xA7AE, 0xA7AE, 1, -42308}, {0xA7B0, 0xA7B0, 1, -42258}, {0xA7B1, 0xA7B1, 1, -42282},
    {0xA7B2, 0xA7B2, 1, -42261}, {0xA7B3, 0xA7B3, 1, 928}, {0xA7B4, 0xA7C2, 2, 1},
    {0xA7C4, 0xA7C4, 1, -48}, {0xA7C5, 0xA7C5, 1, -42307}, {0xA7C6, 0xA7C6, 1, -35384},
    {0xA7C7, 0xA7C9, 2, 1}, {0xA7D0, 0xA7D0, 1, 1}, {0xA7D6, 0xA7D8, 2, 1}, {0xA7F5, 0xA7F5, 1, 1},
    {0xFF21, 0xFF3A, 1, 32}, {0x10400, 0x10427, 1, 40}, {0x104B0, 0x104D3, 1, 40},
    {0x10570, 0x1057A, 1, 39}, {0x1057C, 0x1058A, 1, 39}, {0x1058C, 0x10592, 1, 39},
    {0x10594, 0x10595, 1, 39}, {0x10C80, 0x10CB2, 1, 64}, {0x118A0, 0x118BF, 1, 32},
    {0x16E40, 0x16E5F, 1, 32}, {0x1E900, 0x1E921, 1, 34},
};
constexpr CaseRule kUpperRules[] = {
    {0x61, 0x7A, 1, -32}, {0xB5, 0xB5, 1, 743}, {0xE0, 0xF6, 1, -32}, {0xF8, 0xFE, 1, -32},
    {0xFF, 0xFF, 1, 121}, {0x101, 0x12F, 2, -1}, {0x131, 0x131, 1, -232}, {0x133, 0x137, 2, -1},
    {0x13A, 0x148, 2, -1}, {0x14B, 0x177, 2, -1}, {0x17A, 0x17E, 2, -1}, {0x17F, 0x17F, 1, -300},
    {0x180, 0x180, 1, 195}, {0x183, 0x185, 2, -1}, {0x188, 0x188, 1, -1}, {0x18C, 0x18C, 1, -1},
    {0x192, 0x192, 1, -1}, {0x195, 0x195, 1, 97}, {0x199, 0x199, 1, -1}, {0x19A, 0x19A, 1, 163},
    {0x19E, 0x19E, 1, 130}, {0x1A1, 0x1A5, 2, -1}, {0x1A8, 0x1A8, 1, -1}, {0x1AD, 0x1AD, 1, -1},
    {0x1B0, 0x1B0, 1, -1}, {0x1B4, 0x1B6, 2, -1}, {0x1B9, 0x1B9, 1, -1}, {0x1BD, 0x1BD, 1, -1},
    {0x1BF, 0x1BF, 1, 56}, {0x1C5, 0x1C5, 1, -1}, {0x1C6, 0x1C6, 1, -2}, {0x1C8, 0x1C8, 1, -1},
    {0x1C9, 0x1C9, 1, -2}, {0x1CB, 0x1CB, 1, -1}, {0x1CC, 0x1CC, 1, -2}, {0x1CE, 0x1DC, 2, -1},
    {0x1DD, 0x1DD, 1, -79}, {0x1DF, 0x1EF, 2, -1}, {0x1F2, 0x1F2, 1, -1}, {0x1F3, 0x1F3, 1, -2},
    {0x1F5, 0x1F5, 1, -1}, {0x1F9, 0x21F, 2, -1}, {0x223, 0x233, 2, -1}, {0x23C, 0x23C, 1, -1},
    {0x23F, 0x240, 1, 10815}, {0x242, 0x242, 1, -1}, {0x247, 0x24F, 2, -1},
    {0x250, 0x250, 1, 10783}, {0x251, 0x251, 1, 10780}, {0x252, 0x252, 1, 10782},
    {0x253, 0x253, 1, -210}, {0x254, 0x254, 1, -206}, {0x256, 0x257, 1, -205},
    {0x259, 0x259, 1, -202}, {0x25B, 0x25B, 1, -203}, {0x25C, 0x25C, 1, 42319},
    {0x260, 0x260, 1, -205}, {0x261, 0x261, 1, 42315}, {0x263, 0x263, 1, -207},
    {0x265, 0x265, 1, 42280}, {0x266, 0x266, 1, 42308}, {0x268, 0x268, 1, -209},
    {0x269, 0x269, 1, -211}, {0x26A, 0x26A, 1, 42308}, {0x26B, 0x26B, 1, 10743},
    {0x26C, 0x26C, 1, 42305}, {0x26F, 0x26F, 1, -211}, {0x271, 0x271, 1, 10749},
    {0x272, 0x272, 1, -213}, {0x275, 0x275, 1, -214}, {0x27D, 0x27D, 1, 10727},
    {0x280, 0x280, 1, -218}, {0x282, 0x282, 1, 42307}, {0x283, 0x283, 1, -218},
    {0x287, 0x287, 1, 42282}, {0x288, 0x288, 1, -218}, {0x289, 0x289, 1, -69},
    {0x28A, 0x28B, 1, -217}, {0x28C, 0x28C, 1, -71}, {0x292, 0x292, 1, -219},
    {0x29D, 0x29D, 1, 42261}, {0x29E, 0x29E, 1, 42258}, {0x345, 0x345, 1, 84},
    {0x371, 0x373, 2, -1}, {0x377, 0x377, 1, -1}, {0x37B, 0x37D, 1, 130}, {0x3AC, 0x3AC, 1, -38},
    {0x3AD, 0x3AF, 1, -37}, {0x3B1, 0x3C1, 1, -32}, {0x3C2, 0x3C2, 1, -31}, {0x3C3, 0x3CB, 1, -32},
    {0x3CC, 0x3CC, 1, -64}, {0x3CD, 0x3CE, 1, -63}, {0x3D0, 0x3D0, 1, -62}, {0x3D1, 0x3D1, 1, -57},
    {0x3D5, 0x3D5, 1, -47}, {0x3D6, 0x3D6, 1, -54}, {0x3D7, 0x3D7, 1, -8}, {0x3D9, 0x3EF, 2, -1},
    {0x3F0, 0x3F0, 1, -86}, {0x3F1, 0x3F1, 1, -80}, {0x3F2, 0x3F2, 1, 7}, {0x3F3, 0x3F3, 1, -116},
    {0x3F5, 0x3F5, 1, -96}, {0x3F8, 0x3F8, 1, -1}, {0x3FB, 0x3FB, 1, -1}, {0x430, 0x44F, 1, -32},
    {0x450, 0x45F, 1, -80}, {0x461, 0x481, 2, -1}, {0x48B, 0x4BF, 2, -1}, {0x4C2, 0x4CE, 2, -1},
    {0x4CF, 0x4CF, 1, -15}, {0x4D1, 0x52F, 2, -1}, {0x561, 0x586, 1, -48},
    {0x10D0, 0x10FA, 1, 3008}, {0x10FD, 0x10FF, 1, 3008}, {0x13F8, 0x13FD, 1, -8},
    {0x1C80, 0x1C80, 1, -6254}, {0x1C81, 0x1C81, 1, -6253}, {0x1C82, 0x1C82, 1, -6244},
    {0x1C83, 0x1C84, 1, -6242}, {0x1C85, 0x1C85, 1, -6243}, {0x1C86, 0x1C86, 1, -6236},
    {0x1C87, 0x1C87, 1, -6181}, {0x1C88, 0x1C88, 1, 35266}, {0x1D79, 0x1D79, 1, 35332},
    {0x1D7D, 0x1D7D, 1, 3814}, {0x1D8E, 0x1D8E, 1, 35384}, {0x1E01, 0x1E95, 2, -1},
    {0x1E9B, 0x1E9B, 1, -59}, {0x1EA1, 0x1EFF, 2, -1}, {0x1F00, 0x1F07, 1, 8},
    {0x1F10, 0x1F15, 1, 8}, {0x1F20, 0x1F27, 1, 8}, {0x1F30, 0x1F37, 1, 8}, {0x1F40, 0x1F45, 1, 8},
    {0x1F51, 0x1F57, 2, 8}, {0x1F60, 0x1F67, 1, 8}, {0x1F70, 0x1F71, 1, 74},
    {0x1F72, 0x1F75, 1, 86}, {0x1F76, 0x1F77, 1, 100}, {0x1F78, 0x1F79, 1, 128},
    {0x1F7A, 0x1F7B, 1, 112}, {0x1F7C, 0x1F7D, 1, 126}, {0x1FB0, 0x1FB1, 1, 8},
    {0x1FBE, 0x1FBE, 1, -7205}, {0x1FD0, 0x1FD1, 1, 8}, {0x1FE0, 0x1FE1, 1, 8},
    {0x1FE5, 0x1FE5, 1, 7}, {0x214E, 0x214E, 1, -28}, {0x2170, 0x217F, 1, -16},
    {0x2184, 0x2184, 1, -1}, {0x24D0, 0x24E9, 1, -26}, {0x2C30, 0x2C5F, 1, -48},
    {0x2C61, 0x2C61, 1, -1}, {0x2C65, 0x2C65, 1, -10795}, {0x2C66, 0x2C66, 1, -10792},
    {0x2C68, 0x2C6C, 2, -1}, {0x2C73, 0x2C73, 1, -1}, {0x2C76, 0x2C76, 1, -1},
    {0x2C81, 0x2CE3, 2, -1}, {0x2CEC, 0x2CEE, 2, -1}, {0x2CF3, 0x2CF3, 1, -1},
    {0x2D00, 0x2D25, 1, -7264}, {0x2D27, 0x2D27, 1, -7264}, {0x2D2D, 0x2D2D, 1, -7264},
    {0xA641, 0xA66D, 2, -1}, {0xA681, 0xA69B, 2, -1}, {0xA723, 0xA72F, 2, -1},
    {0xA733, 0xA76F, 2, -1}, {0xA77A, 0xA77C, 2, -1}, {0xA77F, 0xA787, 2, -1},
    {0xA78C, 0xA78C, 1, -1}, {0xA791, 0xA793, 2, -1}, {0xA794, 0xA794, 1, 48},
    {0xA797, 0xA7A9, 2, -1}, {0xA7B5, 0xA7C3, 2, -1}, {0xA7C8, 0xA7CA, 2, -1},
    {0xA7D1, 0xA7D1, 1, -1}, {0xA7D7, 0xA7D9, 2, -1}, {0xA7F6, 0xA7F6, 1, -1},
    {0xAB53, 0xAB53, 1, -928}, {0xAB70, 0xABBF, 1, -38864}, {0xFF41, 0xFF5A, 1, -32},
    {0x10428, 0x1044F, 1, -40}, {0x104D8, 0x104FB, 1, -40}, {0x10597, 0x105A1, 1, -39},
    {0x105A3, 0x105B1, 1, -39}, {0x105B3, 0x105B9, 1, -39}, {0x105BB, 0x105BC, 1, -39},
    {0x10CC0, 0x10CF2, 1, -64}, {0x118C0, 0x118DF, 1, -32}, {0x16E60, 0x16E7F, 1, -32},
    {0x1E922, 0x1E943, 1, -34},
};
constexpr SpecialCase kUpperSpecial[] = {
    {0xDF, {0x53, 0x53}}, {0x149, {0x2BC, 0x4E}}, {0x1F0, {0x4A, 0x30C}},
    {0x390, {0x399, 0x308, 0x301}}, {0x3B0, {0x3A5, 0x308, 0x301}}, {0x587, {0x535, 0x552}},
    {0x1E96, {0x48, 0x331}}, {0x1E97, {0x54, 0x308}}, {0x1E98, {0x57, 0x30A}},
    {0x1E99, {0x59, 0x30A}}, {0x1E9A, {0x41, 0x2BE}}, {0x1F50, {0x3A5, 0x313}},
    {0x1F52, {0x3A5, 0x313, 0x300}}, {0x1F54, {0x3A5, 0x313, 0x301}},
    {0x1F56, {0x3A5, 0x313, 0x342}}, {0x1F80, {0x1F08, 0x399}}, {0x1F81, {0x1F09, 0x399}},
    {0x1F82, {0x1F0A, 0x399}}, {0x1F83, {0x1F0B, 0x399}}, {0x1F84, {0x1F0C, 0x399}},
    {0x1F85, {0x1F0D, 0x399}}, {0x1F86, {0x1F0E, 0x399}}, {0x1F87, {0x1F0F, 0x399}},
    {0x1F88, {0x1F08, 0x399}}, {0x1F89, {0x1F09, 0x399}}, {0x1F8A, {0x1F0A, 0x399}},
    {0x1F8B, {0x1F0B, 0x399}}, {0x1F8C, {0x1F0C, 0x399}}, {0x1F8D, {0x1F0D, 0x399}},
    {0x1F8E, {0x1F0E, 0x399}}, {0x1F8F, {0x1F0F, 0x399}}, {0x1F90, {0x1F28, 0x399}},
    {0x1F91, {0x1F29, 0x399}}, {0x1F92, {0x1F2A, 0x399}}, {0x1F93, {0x1F2B, 0x399}},
    {0x1F94, {0x1F2C, 0x399}}, {0x1F95, {0x1F2D, 0x399}}, {0x1F96, {0x1F2E, 0x399}},
    {0x1F97, {0x1F2F, 0x399}}, {0x1F98, {0x1F28, 0x399}}, {0x1F99, {0x1F29, 0x399}},
    {0x1F9A, {0x1F2A, 0x399}}, {0x1F9B, {0x1F2B, 0x399}}, {0x1F9C, {0x1F2C, 0x399}},
    {0x1F9D, {0x1F2D, 0x399}}, {0x1F9E, {0x1F2E, 0x399}}, {0x1F9F, {0x1F2F, 0x399}},
    {0x1FA0, {0x1F68, 0x399}}, {0x1FA1, {0x1F69, 0x399}}, {0x1FA2, {0x1F6A, 0x399}},
    {0x1FA3, {0x1F6B, 0x399}}, {0x1FA4, {0x1F6C, 0x399}}, {0x1FA5, {0x1F6D, 0x399}},
    {0x1FA6, {0x1F6E, 0x399}}, {0x1FA7, {0x1F6F, 0x399}}, {0x1FA8, {0x1F68, 0x399}},
    {0x1FA9, {0x1F69, 0x399}}, {0x1FAA, {0x1F6A, 0x399}}, {0x1FAB, {0x1F6B, 0x399}},
    {0x1FAC, {0x1F6C, 0x399}}, {0x1FAD, {0x1F6D, 0x399}}, {0x1FAE, {0x1F6E, 0x399}},
    {0x1FAF, {0x1F6F, 0x399}}, {0x1FB2, {0x1FBA, 0x399}}, {0x1FB3, {0x391, 0x399}},
    {0x1FB4, {0x386, 0x399}}, {0x1FB6, {0x391, 0x342}}, {0x1FB7, {0x391, 0x342, 0x399}},
    {0x1FBC, {0x391, 0x399}}, {0x1FC2, {0x1FCA, 0x399}}, {0x1FC3, {0x397, 0x399}},
    {0x1FC4, {0x389, 0x399}}, {0x1FC6, {0x397, 0x342}}, {0x1FC7, {0x397, 0x342, 0x399}},
    {0x1FCC, {0x397, 0x399}}, {0x1FD2, {0x399, 0x308, 0x300}}, {0x1FD3, {0x399, 0x308, 0x301}},
    {0x1FD6, {0x399, 0x342}}, {0x1FD7, {0x399, 0x308, 0x342}}, {0x1FE2, {0x3A5, 0x308, 0x300}},
    {0x1FE3, {0x3A5, 0x308, 0x301}}, {0x1FE4, {0x3A1, 0x313}}, {0x1FE6, {0x3A5, 0x342}},
    {0x1FE7, {0x3A5, 0x308, 0x342}}, {0x1FF2, {0x1FFA, 0x399}}, {0x1FF3, {0x3A9, 0x399}},
    {0x1FF4, {0x38F, 0x399}}, {0x1FF6, {0x3A9, 0x342}}, {0x1FF7, {0x3A9, 0x342, 0x399}},
    {0x1FFC, {0x3A9, 0x399}}, {0xFB00, {0x46, 0x46}}, {0xFB01, {0x46, 0x49}},
    {0xFB02, {0x46, 0x4C}}, {0xFB03, {0x46, 0x46, 0x49}}, {0xFB04, {0x46, 0x46, 0x4C}},
    {0xFB05, {0x53, 0x54}}, {0xFB06, {0x53, 0x54}}, {0xFB13, {0x544, 0x546}},
    {0xFB14, {0x544, 0x535}}, {0xFB15, {0x544, 0x53B}}, {0xFB16, {0x54E, 0x546}},
    {0xFB17, {0x544, 0x53D}},
};
constexpr CaseRule kTitleRules[] = {
    {0x1C4, 0x1C4, 1, 1}, {0x1C5, 0x1C5, 1, 0}, {0x1C6, 0x1C6, 1, -1}, {0x1C7, 0x1C7, 1, 1},
    {0x1C8, 0x1C8, 1, 0}, {0x1C9, 0x1C9, 1, -1}, {0x1CA, 0x1CA, 1, 1}, {0x1CB, 0x1CB, 1, 0},
    {0x1CC, 0x1CC, 1, -1}, {0x1F1, 0x1F1, 1, 1}, {0x1F2, 0x1F2, 1, 0}, {0x1F3, 0x1F3, 1, -1},
    {0x10D0, 0x10FA, 1, 0}, {0x10FD, 0x10FF, 1, 0}, {0x1F80, 0x1F87, 1, 8}, {0x1F88, 0x1F8F, 1, 0},
    {0x1F90, 0x1F97, 1, 8}, {0x1F98, 0x1F9F, 1, 0}, {0x1FA0, 0x1FA7, 1, 8}, {0x1FA8, 0x1FAF, 1, 0},
    {0x1FB3, 0x1FB3, 1, 9}, {0x1FBC, 0x1FBC, 1, 0}, {0x1FC3, 0x1FC3, 1, 9}, {0x1FCC, 0x1FCC, 1, 0},
    {0x1FF3, 0x1FF3, 1, 9}, {0x1FFC, 0x1FFC, 1, 0},
};
constexpr SpecialCase kTitleSpecial[] = {
    {0xDF, {0x53, 0x73}}, {0x587, {0x535, 0x582}}, {0x1FB2, {0x1FBA, 0x345}},
    {0x1FB4, {0x386, 0x345}}, {0x1FB7, {0x391, 0x342, 0x345}}, {0x1FC2, {0x1FCA, 0x345}},
    {0x1FC4, {0x389, 0x345}}, {0x1FC7, {0x397, 0x342, 0x345}}, {0x1FF2, {0x1FFA, 0x345}},
    {0x1FF4, {0x38F, 0x345}}, {0x1FF7, {0x3A9, 0x342, 0x345}}, {0xFB00, {0x46, 0x66}},
    {0xFB01, {0x46, 0x69}}, {0xFB02, {0x46, 0x6C}}, {0xFB03, {0x46, 0x66, 0x69}},
    {0xFB04, {0x46, 0x66, 0x6C}}, {0xFB05, {0x53, 0x74}}, {0xFB06, {0x53, 0x74}},
    {0xFB13, {0x544, 0x576}}, {0xFB14, {0x544, 0x565}}, {0xFB15, {0x544, 0x56B}},
    {0xFB16, {0x54E, 0x576}}, {0xFB17, {0x544, 0x56D}},
};
constexpr CaseRule kFoldRules[] = {
    {0xB5, 0xB5, 1, 775}, {0x17F, 0x17F, 1, -268}, {0x345, 0x345, 1, 116}, {0x3C2, 0x3C2, 1, 1},
    {0x3D0, 0x3D0, 1, -30}, {0x3D1, 0x3D1, 1, -25}, {0x3D5, 0x3D5, 1, -15}, {0x3D6, 0x3D6, 1, -22},
    {0x3F0, 0x3F0, 1, -54}, {0x3F1, 0x3F1, 1, -48}, {0x3F5, 0x3F5, 1, -64}, {0x13A0, 0x13F5, 1, 0},
    {0x13F8, 0x13FD, 1, -8}, {0x1C80, 0x1C80, 1, -6222}, {0x1C81, 0x1C81, 1, -6221},
    {0x1C82, 0x1C82, 1, -6212}, {0x1C83, 0x1C84, 1, -6210}, {0x1C85, 0x1C85, 1, -6211},
    {0x1C86, 0x1C86, 1, -6204}, {0x1C87, 0x1C87, 1, -6180}, {0x1C88, 0x1C88, 1, 35267},
    {0x1E9B, 0x1E9B, 1, -58}, {0x1FBE, 0x1FBE, 1, -7173}, {0xAB70, 0xABBF, 1, -38864},
};
constexpr SpecialCase kFoldSpecial[] = {
    {0xDF, {0x73, 0x73}}, {0x149, {0x2BC, 0x6E}}, {0x1F0, {0x6A, 0x30C}},
    {0x390, {0x3B9, 0x308, 0x301}}, {0x3B0, {0x3C5, 0x308, 0x301}}, {0x587, {0x565, 0x582}},
    {0x1E96, {0x68, 0x331}}, {0x1E97, {0x74, 0x308}}, {0x1E98, {0x77, 0x30A}},
    {0x1E99, {0x79, 0x30A}}, {0x1E9A, {0x61, 0x2BE}}, {0x1E9E, {0x73, 0x73}},
    {0x1F50, {0x3C5, 0x313}}, {0x1F52, {0x3C5, 0x313, 0x300}}, {0x1F54, {0x3C5, 0x313, 0x301}},
    {0x1F56, {0x3C5, 0x313, 0x342}}, {0x1F80, {0x1F00, 0x3B9}}, {0x1F81, {0x1F01, 0x3B9}},
    {0x1F82, {0x1F02, 0x3B9}}, {0x1F83, {0x1F03, 0x3B9}}, {0x1F84, {0x1F04, 0x3B9}},
    {0x1F85, {0x1F05, 0x3B9}}, {0x1F86, {0x1F06, 0x3B9}}, {0x1F87, {0x1F07, 0x3B9}},
    {0x1F88, {0x1F00, 0x3B9}}, {0x1F89, {0x1F01, 0x3B9}}, {0x1F8A, {0x1F02, 0x3B9}},
    {0x1F8B, {0x1F03, 0x3B9}}, {0x1F8C, {0x1F04, 0x3B9}}, {0x1F8D, {0x1F05, 0x3B9}},
    {0x1F8E, {0x1F06, 0x3B9}}, {0x1F8F, {0x1F07, 0x3B9}}, {0x1F90, {0x1F20, 0x3B9}},
    {0x1F91, {0x1F21, 0x3B9}}, {0x1F92, {0x1F22, 0x3B9}}, {0x1F93, {0x1F23, 0x3B9}},
    {0x1F94, {0x1F24, 0x3B9}}, {0x1F95, {0x1F25, 0x3B9}}, {0x1F96, {0x1F26, 0x3B9}},
    {0x1F97, {0x1F27, 0x3B9}}, {0x1F98, {0x1F20, 0x3B9}}, {0x1F99, {0x1F21, 0x3B9}},
    {0x1F9A, {0x1F22, 0x3B9}}, {0x1F9B, {0x1F23, 0x3B9}}, {0x1F9C, {0x1F24, 0x3B9}},
    {0x1F9D, {0x1F25, 0x3B9}}, {0x1F9E, {0x1F26, 0x3B9}}, {0x1F9F, {0x1F27, 0x3B9}},
    {0x1FA0, {0x1F60, 0x3B9}}, {0x1FA1, {0x1F61, 0x3B9}}, {0x1FA2, {0x1F62, 0x3B9}},
    {0x1FA3, {0x1F63, 0x3B9}}, {0x1FA4, {0x1F64, 0x3B9}}, {0x1FA5, {0x1F65, 0x3B9}},
    {0x1FA6, {0x1F66, 0x3B9}}, {0x1FA7, {0x1F67, 0x3B9}}, {0x1FA8, {0x1F60, 0x3B9}},
    {0x1FA9, {0x1F61, 0x3B9}}, {0x1FAA, {0x1F62, 0x3B9}}, {0x1FAB, {0x1F63, 0x3B9}},
    {0x1FAC, {0x1F64, 0x3B9}}, {0x1FAD, {0x1F65, 0x3B9}}, {0x1FAE, {0x1F66, 0x3B9}},
    {0x1FAF, {0x1F67, 0x3B9}}, {0x1FB2, {0x1F70, 0x3B9}}, {0x1FB3, {0x3B1, 0x3B9}},
    {0x1FB4, {0x3AC, 0x3B9}}, {0x1FB6, {0x3B1, 0x342}}, {0x1FB7, {0x3B1, 0x342, 0x3B9}},
    {0x1FBC, {0x3B1, 0x3B9}}, {0x1FC2, {0x1F74, 0x3B9}}, {0x1FC3, {0x3B7, 0x3B9}},
    {0x1FC4, {0x3AE, 0x3B9}}, {0x1FC6, {0x3B7, 0x342}}, {0x1FC7, {0x3B7, 0x342, 0x3B9}},
    {0x1FCC, {0x3B7, 0x3B9}}, {0x1FD2, {0x3B9, 0x308, 0x300}}, {0x1FD3, {0x3B9, 0x308, 0x301}},
    {0x1FD6, {0x3B9, 0x342}}, {0x1FD7, {0x3B9, 0x308, 0x342}}, {0x1FE2, {0x3C5, 0x308, 0x300}},
    {0x1FE3, {0x3C5, 0x308, 0x301}}, {0x1FE4, {0x3C1, 0x313}}, {0x1FE6, {0x3C5, 0x342}},
    {0x1FE7, {0x3C5, 0x308, 0x342}}, {0x1FF2, {0x1F7C, 0x3B9}}, {0x1FF3, {0x3C9, 0x3B9}},
    {0x1FF4, {0x3CE, 0x3B9}}, {0x1FF6, {0x3C9, 0x342}}, {0x1FF7, {0x3C9, 0x342, 0x3B9}},
    {0x1FFC, {0x3C9, 0x3B9}}, {0xFB00, {0x66, 0x66}}, {0xFB01, {0x66, 0x69}},
    {0xFB02, {0x66, 0x6C}}, {0xFB03, {0x66, 0x66, 0x69}}, {0xFB04, {0x66, 0x66, 0x6C}},
    {0xFB05, {0x73, 0x74}}, {0xFB06, {0x73, 0x74}}, {0xFB13, {0x574, 0x576}},
    {0xFB14, {0x574, 0x565}}, {0xFB15, {0x574, 0x56B}}, {0xFB16, {0x57E, 0x576}},
    {0xFB17, {0x574, 0x56D}},
};
constexpr PropertyRun kPropertyRuns[] = {
    {0x0, 0x0}, {0x20, 0x10}, {0x30, 0x5E}, {0x3A, 0x10}, {0x41, 0x71}, {0x5B, 0x10}, {0x5F, 0x70},
    {0x60, 0x10}, {0x61, 0x71}, {0x7B, 0x10}, {0x7F, 0x0}, {0xA1, 0x10}, {0xAA, 0xF1}, {0xAB, 0x10},
    {0xAD, 0x0}, {0xAE, 0x10}, {0xB2, 0x1C}, {0xB4, 0x10}, {0xB5, 0x71}, {0xB6, 0x10}, {0xB7, 0x50},
    {0xB8, 0x10}, {0xB9, 0x1C}, {0xBA, 0xF1}, {0xBB, 0x10}, {0xBC, 0x18}, {0xBF, 0x10},
    {0xC0, 0x71}, {0xD7, 0x10}, {0xD8, 0x71}, {0xF7, 0x10}, {0xF8, 0x71}, {0x138, 0xF1},
    {0x139, 0x71}, {0x18D, 0xF1}, {0x18E, 0x71}, {0x19B, 0xF1}, {0x19C, 0x71}, {0x1AA, 0xF1},
    {0x1AC, 0x71}, {0x1BA, 0xF1}, {0x1BB, 0x71}, {0x1BE, 0xF1}, {0x1BF, 0x71}, {0x221, 0xF1},
    {0x222, 0x71}, {0x234, 0xF1}, {0x23A, 0x71}, {0x255, 0xF1}, {0x256, 0x71}, {0x258, 0xF1},
    {0x259, 0x71}, {0x25A, 0xF1}, {0x25B, 0x71}, {0x25D, 0xF1}, {0x260, 0x71}, {0x262, 0xF1},
    {0x263, 0x71}, {0x264, 0xF1}, {0x265, 0x71}, {0x267, 0xF1}, {0x268, 0x71}, {0x26D, 0xF1},
    {0x26F, 0x71}, {0x270, 0xF1}, {0x271, 0x71}, {0x273, 0xF1}, {0x275, 0x71}, {0x276, 0xF1},
    {0x27D, 0x71}, {0x27E, 0xF1}, {0x280, 0x71}, {0x281, 0xF1}, {0x282, 0x71}, {0x284, 0xF1},
    {0x287, 0x71}, {0x28D, 0xF1}, {0x292, 0x71}, {0x293, 0xF1}, {0x294, 0x71}, {0x295, 0xF1},
    {0x29D, 0x71}, {0x29F, 0xF1}, {0x2B9, 0x71}, {0x2C0, 0xF1}, {0x2C2, 0x10}, {0x2C6, 0x71},
    {0x2D2, 0x10}, {0x2E0, 0xF1}, {0x2E5, 0x10}, {0x2EC, 0x71}, {0x2ED, 0x10}, {0x2EE, 0x71},
    {0x2EF, 0x10}, {0x300, 0x50}, {0x370, 0x71}, {0x375, 0x10}, {0x376, 0x71}, {0x378, 0x0},
    {0x37A, 0x91}, {0x37B, 0x71}, {0x37E, 0x10}, {0x37F, 0x71}, {0x380, 0x0}, {0x384, 0x10},
    {0x386, 0x71}, {0x387, 0x50}, {0x388, 0x71}, {0x38B, 0x0}, {0x38C, 0x71}, {0x38D, 0x0},
    {0x38E, 0x71}, {0x3A2, 0x0}, {0x3A3, 0x71}, {0x3D2, 0x171}, {0x3D5, 0x71}, {0x3F6, 0x10},
    {0x3F7, 0x71}, {0x3FC, 0xF1}, {0x3FD, 0x71}, {0x482, 0x10}, {0x483, 0x50}, {0x488, 0x10},
    {0x48A, 0x71}, {0x530, 0x0}, {0x531, 0x71}, {0x557, 0x0}, {0x559, 0x71}, {0x55A, 0x10},
    {0x560, 0xF1}, {0x561, 0x71}, {0x588, 0xF1}, {0x589, 0x10}, {0x58B, 0x0}, {0x58D, 0x10},
    {0x590, 0x0}, {0x591, 0x50}, {0x5BE, 0x10}, {0x5BF, 0x50}, {0x5C0, 0x10}, {0x5C1, 0x50},
    {0x5C3, 0x10}, {0x5C4, 0x50}, {0x5C6, 0x10}, {0x5C7, 0x50}, {0x5C8, 0x0}, {0x5D0, 0x71},
    {0x5EB, 0x0}, {0x5EF, 0x71}, {0x5F3, 0x10}, {0x5F5, 0x0}, {0x606, 0x10}, {0x610, 0x50},
    {0x61B, 0x10}, {0x61C, 0x0}, {0x61D, 0x10}, {0x620, 0x71}, {0x64B, 0x50}, {0x660, 0x5E},
    {0x66A, 0x10}, {0x66E, 0x71}, {0x670, 0x50}, {0x671, 0x71}, {0x6D4, 0x10}, {0x6D5, 0x71},
    {0x6D6, 0x50}, {0x6DD, 0x0}, {0x6DE, 0x10}, {0x6DF, 0x50}, {0x6E5, 0x71}, {0x6E7, 0x50},
    {0x6E9, 0x10}, {0x6EA, 0x50}, {0x6EE, 0x71}, {0x6F0, 0x5E}, {0x6FA, 0x71}, {0x6FD, 0x10},
    {0x6FF, 0x71}, {0x700, 0x10}, {0x70E, 0x0}, {0x710, 0x71}, {0x711, 0x50}, {0x712, 0x71},
    {0x730, 0x50}, {0x74B, 0x0}, {0x74D, 0x71}, {0x7A6, 0x50}, {0x7B1, 0x71}, {0x7B2, 0x0},
    {0x7C0, 0x5E}, {0x7CA, 0x71}, {0x7EB, 0x50}, {0x7F4, 0x71}, {0x7F6, 0x10}, {0x7FA, 0x71},
    {0x7FB, 0x0}, {0x7FD, 0x50}, {0x7FE, 0x10}, {0x800, 0x71}, {0x816, 0x50}, {0x81A, 0x71},
    {0x81B, 0x50}, {0x824, 0x71}, {0x825, 0x50}, {0x828, 0x71}, {0x829, 0x50}, {0x82E, 0x0},
    {0x830, 0x10}, {0x83F, 0x0}, {0x840, 0x71}, {0x859, 0x50}, {0x85C, 0x0}, {0x85E, 0x10},
    {0x85F, 0x0}, {0x860, 0x71}, {0x86B, 0x0}, {0x870, 0x71}, {0x888, 0x10}, {0x889, 0x71},
    {0x88F, 0x0}, {0x898, 0x50}, {0x8A0, 0x71}, {0x8CA, 0x50}, {0x8E2, 0x0}, {0x8E3, 0x50},
    {0x904, 0x71}, {0x93A, 0x50}, {0x93D, 0x71}, {0x93E, 0x50}, {0x950, 0x71}, {0x951, 0x50},
    {0x958, 0x71}, {0x962, 0x50}, {0x964, 0x10}, {0x966, 0x5E}, {0x970, 0x10}, {0x971, 0x71},
    {0x981, 0x50}, {0x984, 0x0}, {0x985, 0x71}, {0x98D, 0x0}, {0x98F, 0x71}, {0x991, 0x0},
    {0x993, 0x71}, {0x9A9, 0x0}, {0x9AA, 0x71}, {0x9B1, 0x0}, {0x9B2, 0x71}, {0x9B3, 0x0},
    {0x9B6, 0x71}, {0x9BA, 0x0}, {0x9BC, 0x50}, {0x9BD, 0x71}, {0x9BE, 0x50}, {0x9C5, 0x0},
    {0x9C7, 0x50}, {0x9C9, 0x0}, {0x9CB, 0x50}, {0x9CE, 0x71}, {0x9CF, 0x0}, {0x9D7, 0x50},
    {0x9D8, 0x0}, {0x9DC, 0x71}, {0x9DE, 0x0}, {0x9DF, 0x71}, {0x9E2, 0x50}, {0x9E4, 0x0},
    {0x9E6, 0x5E}, {0x9F0, 0x71}, {0x9F2, 0x10}, {0x9F4, 0x18}, {0x9FA, 0x10}, {0x9FC, 0x71},
    {0x9FD, 0x10}, {0x9FE, 0x50}, {0x9FF, 0x0}, {0xA01, 0x50}, {0xA04, 0x0}, {0xA05, 0x71},
    {0xA0B, 0x0}, {0xA0F, 0x71}, {0xA11, 0x0}, {0xA13, 0x71}, {0xA29, 0x0}, {0xA2A, 0x71},
    {0xA31, 0x0}, {0xA32, 0x71}, {0xA34, 0x0}, {0xA35, 0x71}, {0xA37, 0x0}, {0xA38, 0x71},
    {0xA3A, 0x0}, {0xA3C, 0x50}, {0xA3D, 0x0}, {0xA3E, 0x50}, {0xA43, 0x0}, {0xA47, 0x50},
    {0xA49, 0x0}, {0xA4B, 0x50}, {0xA4E, 0x0}, {0xA51, 0x50}, {0xA52, 0x0}, {0xA59, 0x71},
    {0xA5D, 0x0}, {0xA5E, 0x71}, {0xA5F, 0x0}, {0xA66, 0x5E}, {0xA70, 0x50}, {0xA72, 0x71},
    {0xA75, 0x50}, {0xA76, 0x10}, {0xA77, 0x0}, {0xA81, 0x50}, {0xA84, 0x0}, {0xA85, 0x71},
    {0xA8E, 0x0}, {0xA8F, 0x71}, {0xA92, 0x0}, {0xA93, 0x71}, {0xAA9, 0x0}, {0xAAA, 0x71},
    {0xAB1, 0x0}, {0xAB2, 0x71}, {0xAB4, 0x0}, {0xAB5, 0x71}, {0xABA, 0x0}, {0xABC, 0x50},
    {0xABD, 0x71}, {0xABE, 0x50}, {0xAC6, 0x0}, {0xAC7, 0x50}, {0xACA, 0x0}, {0xACB, 0x50},
    {0xACE, 0x0}, {0xAD0, 0x71}, {0xAD1, 0x0}, {0xAE0, 0x71}, {0xAE2, 0x50}, {0xAE4, 0x0},
    {0xAE6, 0x5E}, {0xAF0, 0x10}, {0xAF2, 0x0}, {0xAF9, 0x71}, {0xAFA, 0x50}, {0xB00, 0x0},
    {0xB01, 0x50}, {0xB04, 0x0}, {0xB05, 0x71}, {0xB0D, 0x0}, {0xB0F, 0x71}, {0xB11, 0x0},
    {0xB13, 0x71}, {0xB29, 0x0}, {0xB2A, 0x71}, {0xB31, 0x0}, {0xB32, 0x71}, {0xB34, 0x0},
    {0xB35, 0x71}, {0xB3A, 0x0}, {0xB3C, 0x50}, {0xB3D, 0x71}, {0xB3E, 0x50}, {0xB45, 0x0},
    {0xB47, 0x50}, {0xB49, 0x0}, {0xB4B, 0x50}, {0xB4E, 0x0}, {0xB55, 0x50}, {0xB58, 0x0},
    {0xB5C, 0x71}, {0xB5E, 0x0}, {0xB5F, 0x71}, {0xB62, 0x50}, {0xB64, 0x0}, {0xB66, 0x5E},
    {0xB70, 0x10}, {0xB71, 0x71}, {0xB72, 0x18}, {0xB78, 0x0}, {0xB82, 0x50}, {0xB83, 0x71},
    {0xB84, 0x0}, {0xB85, 0x71}, {0xB8B, 0x0}, {0xB8E, 0x71}, {0xB91, 0x0}, {0xB92, 0x71},
    {0xB96, 0x0}, {0xB99, 0x71}, {0xB9B, 0x0}, {0xB9C, 0x71}, {0xB9D, 0x0}, {0xB9E, 0x71},
    {0xBA0, 0x0}, {0xBA3, 0x71}, {0xBA5, 0x0}, {0xBA8, 0x71}, {0xBAB, 0x0}, {0xBAE, 0x71},
    {0xBBA, 0x0}, {0xBBE, 0x50}, {0xBC3, 0x0}, {0xBC6, 0x50}, {0xBC9, 0x0}, {0xBCA, 0x50},
    {0xBCE, 0x0}, {0xBD0, 0x71}, {0xBD1, 0x0}, {0xBD7, 0x50}, {0xBD8, 0x0}, {0xBE6, 0x5E},
    {0xBF0, 0x18}, {0xBF3, 0x10}, {0xBFB, 0x0}, {0xC00, 0x50}, {0xC05, 0x71}, {0xC0D, 0x0},
    {0xC0E, 0x71}, {0xC11, 0x0}, {0xC12, 0x71}, {0xC29, 0x0}, {0xC2A, 0x71}, {0xC3A, 0x0},
    {0xC3C, 0x50}, {0xC3D, 0x71}, {0xC3E, 0x50}, {0xC45, 0x0}, {0xC46, 0x50}, {0xC49, 0x0},
    {0xC4A, 0x50}, {0xC4E, 0x0}, {0xC55, 0x50}, {0xC57, 0x0}, {0xC58, 0x71}, {0xC5B, 0x0},
    {0xC5D, 0x71}, {0xC5E, 0x0}, {0xC60, 0x71}, {0xC62, 0x50}, {0xC64, 0x0}, {0xC66, 0x5E},
    {0xC70, 0x0}, {0xC77, 0x10}, {0xC78, 0x18}, {0xC7F, 0x10}, {0xC80, 0x71}, {0xC81, 0x50},
    {0xC84, 0x10}, {0xC85, 0x71}, {0xC8D, 0x0}, {0xC8E, 0x71}, {0xC91, 0x0}, {0xC92, 0x71},
    {0xCA9, 0x0}, {0xCAA, 0x71}, {0xCB4, 0x0}, {0xCB5, 0x71}, {0xCBA, 0x0}, {0xCBC, 0x50},
    {0xCBD, 0x71}, {0xCBE, 0x50}, {0xCC5, 0x0}, {0xCC6, 0x50}, {0xCC9, 0x0}, {0xCCA, 0x50},
    {0xCCE, 0x0}, {0xCD5, 0x50}, {0xCD7, 0x0}, {0xCDD, 0x71}, {0xCDF, 0x0}, {0xCE0, 0x71},
    {0xCE2, 0x50}, {0xCE4, 0x0}, {0xCE6, 0x5E}, {0xCF0, 0x0}, {0xCF1, 0x71}, {0xCF3, 0x0},
    {0xD00, 0x50}, {0xD04, 0x71}, {0xD0D, 0x0}, {0xD0E, 0x71}, {0xD11, 0x0}, {0xD12, 0x71},
    {0xD3B, 0x50}, {0xD3D, 0x71}, {0xD3E, 0x50}, {0xD45, 0x0}, {0xD46, 0x50}, {0xD49, 0x0},
    {0xD4A, 0x50}, {0xD4E, 0x71}, {0xD4F, 0x10}, {0xD50, 0x0}, {0xD54, 0x71}, {0xD57, 0x50},
    {0xD58, 0x18}, {0xD5F, 0x71}, {0xD62, 0x50}, {0xD64, 0x0}, {0xD66, 0x5E}, {0xD70, 0x18},
    {0xD79, 0x10}, {0xD7A, 0x71}, {0xD80, 0x0}, {0xD81, 0x50}, {0xD84, 0x0}, {0xD85, 0x71},
    {0xD97, 0x0}, {0xD9A, 0x71}, {0xDB2, 0x0}, {0xDB3, 0x71}, {0xDBC, 0x0}, {0xDBD, 0x71},
    {0xDBE, 0x0}, {0xDC0, 0x71}, {0xDC7, 0x0}, {0xDCA, 0x50}, {0xDCB, 0x0}, {0xDCF, 0x50},
    {0xDD5, 0x0}, {0xDD6, 0x50}, {0xDD7, 0x0}, {0xDD8, 0x50}, {0xDE0, 0x0}, {0xDE6, 0x5E},
    {0xDF0, 0x0}, {0xDF2, 0x50}, {0xDF4, 0x10}, {0xDF5, 0x0}, {0xE01, 0x71}, {0xE31, 0x50},
    {0xE32, 0x71}, {0xE33, 0x51}, {0xE34, 0x50}, {0xE3B, 0x0}, {0xE3F, 0x10}, {0xE40, 0x71},
    {0xE47, 0x50}, {0xE4F, 0x10}, {0xE50, 0x5E}, {0xE5A, 0x10}, {0xE5C, 0x0}, {0xE81, 0x71},
    {0xE83, 0x0}, {0xE84, 0x71}, {0xE85, 0x0}, {0xE86, 0x71}, {0xE8B, 0x0}, {0xE8C, 0x71},
    {0xEA4, 0x0}, {0xEA5, 0x71}, {0xEA6, 0x0}, {0xEA7, 0x71}, {0xEB1, 0x50}, {0xEB2, 0x71},
    {0xEB3, 0x51}, {0xEB4, 0x50}, {0xEBD, 0x71}, {0xEBE, 0x0}, {0xEC0, 0x71}, {0xEC5, 0x0},
    {0xEC6, 0x71}, {0xEC7, 0x0}, {0xEC8, 0x50}, {0xECE, 0x0}, {0xED0, 0x5E}, {0xEDA, 0x0},
    {0xEDC, 0x71}, {0xEE0, 0x0}, {0xF00, 0x71}, {0xF01, 0x10}, {0xF18, 0x50}, {0xF1A, 0x10},
    {0xF20, 0x5E}, {0xF2A, 0x18}, {0xF34, 0x10}, {0xF35, 0x50}, {0xF36, 0x10}, {0xF37, 0x50},
    {0xF38, 0x10}, {0xF39, 0x50}, {0xF3A, 0x10}, {0xF3E, 0x50}, {0xF40, 0x71}, {0xF48, 0x0},
    {0xF49, 0x71}, {0xF6D, 0x0}, {0xF71, 0x50}, {0xF85, 0x10}, {0xF86, 0x50}, {0xF88, 0x71},
    {0xF8D, 0x50}, {0xF98, 0x0}, {0xF99, 0x50}, {0xFBD, 0x0}, {0xFBE, 0x10}, {0xFC6, 0x50},
    {0xFC7, 0x10}, {0xFCD, 0x0}, {0xFCE, 0x10}, {0xFDB, 0x0}, {0x1000, 0x71}, {0x102B, 0x50},
    {0x103F, 0x71}, {0x1040, 0x5E}, {0x104A, 0x10}, {0x1050, 0x71}, {0x1056, 0x50}, {0x105A, 0x71},
    {0x105E, 0x50}, {0x1061, 0x71}, {0x1062, 0x50}, {0x1065, 0x71}, {0x1067, 0x50}, {0x106E, 0x71},
    {0x1071, 0x50}, {0x1075, 0x71}, {0x1082, 0x50}, {0x108E, 0x71}, {0x108F, 0x50}, {0x1090, 0x5E},
    {0x109A, 0x50}, {0x109E, 0x10}, {0x10A0, 0x71}, {0x10C6, 0x0}, {0x10C7, 0x71}, {0x10C8, 0x0},
    {0x10CD, 0x71}, {0x10CE, 0x0}, {0x10D0, 0x71}, {0x10FB, 0x10}, {0x10FC, 0x71}, {0x1249, 0x0},
    {0x124A, 0x71}, {0x124E, 0x0}, {0x1250, 0x71}, {0x1257, 0x0}, {0x1258, 0x71}, {0x1259, 0x0},
    {0x125A, 0x71}, {0x125E, 0x0}, {0x1260, 0x71}, {0x1289, 0x0}, {0x128A, 0x71}, {0x128E, 0x0},
    {0x1290, 0x71}, {0x12B1, 0x0}, {0x12B2, 0x71}, {0x12B6, 0x0}, {0x12B8, 0x71}, {0x12BF, 0x0},
    {0x12C0, 0x71}, {0x12C1, 0x0}, {0x12C2, 0x71}, {0x12C6, 0x0}, {0x12C8, 0x71}, {0x12D7, 0x0},
    {0x12D8, 0x71}, {0x1311, 0x0}, {0x1312, 0x71}, {0x1316, 0x0}, {0x1318, 0x71}, {0x135B, 0x0},
    {0x135D, 0x50}, {0x1360, 0x10}, {0x1369, 0x5C}, {0x1372, 0x18}, {0x137D, 0x0}, {0x1380, 0x71},
    {0x1390, 0x10}, {0x139A, 0x0}, {0x13A0, 0x71}, {0x13F6, 0x0}, {0x13F8, 0x71}, {0x13FE, 0x0},
    {0x1400, 0x10}, {0x1401, 0x71}, {0x166D, 0x10}, {0x166F, 0x71}, {0x1680, 0x0}, {0x1681, 0x71},
    {0x169B, 0x10}, {0x169D, 0x0}, {0x16A0, 0x71}, {0x16EB, 0x10}, {0x16EE, 0x78}, {0x16F1, 0x71},
    {0x16F9, 0x0}, {0x1700, 0x71}, {0x1712, 0x50}, {0x1716, 0x0}, {0x171F, 0x71}, {0x1732, 0x50},
    {0x1735, 0x10}, {0x1737, 0x0}, {0x1740, 0x71}, {0x1752, 0x50}, {0x1754, 0x0}, {0x1760, 0x71},
    {0x176D, 0x0}, {0x176E, 0x71}, {0x1771, 0x0}, {0x1772, 0x50}, {0x1774, 0x0}, {0x1780, 0x71},
    {0x17B4, 0x50}, {0x17D4, 0x10}, {0x17D7, 0x71}, {0x17D8, 0x10}, {0x17DC, 0x71}, {0x17DD, 0x50},
    {0x17DE, 0x0}, {0x17E0, 0x5E}, {0x17EA, 0x0}, {0x17F0, 0x18}, {0x17FA, 0x0}, {0x1800, 0x10},
    {0x180B, 0x50}, {0x180E, 0x0}, {0x180F, 0x50}, {0x1810, 0x5E}, {0x181A, 0x0}, {0x1820, 0x71},
    {0x1879, 0x0}, {0x1880, 0x71}, {0x1885, 0x70}, {0x1887, 0x71}, {0x18A9, 0x50}, {0x18AA, 0x71},
    {0x18AB, 0x0}, {0x18B0, 0x71}, {0x18F6, 0x0}, {0x1900, 0x71}, {0x191F, 0x0}, {0x1920, 0x50},
    {0x192C, 0x0}, {0x1930, 0x50}, {0x193C, 0x0}, {0x1940, 0x10}, {0x1941, 0x0}, {0x1944, 0x10},
    {0x1946, 0x5E}, {0x1950, 0x71}, {0x196E, 0x0}, {0x1970, 0x71}, {0x1975, 0x0}, {0x1980, 0x71},
    {0x19AC, 0x0}, {0x19B0, 0x71}, {0x19CA, 0x0}, {0x19D0, 0x5E}, {0x19DA, 0x5C}, {0x19DB, 0x0},
    {0x19DE, 0x10}, {0x1A00, 0x71}, {0x1A17, 0x50}, {0x1A1C, 0x0}, {0x1A1E, 0x10}, {0x1A20, 0x71},
    {0x1A55, 0x50}, {0x1A5F, 0x0}, {0x1A60, 0x50}, {0x1A7D, 0x0}, {0x1A7F, 0x50}, {0x1A80, 0x5E},
    {0x1A8A, 0x0}, {0x1A90, 0x5E}, {0x1A9A, 0x0}, {0x1AA0, 0x10}, {0x1AA7, 0x71}, {0x1AA8, 0x10},
    {0x1AAE, 0x0}, {0x1AB0, 0x50}, {0x1ABE, 0x10}, {0x1ABF, 0x50}, {0x1ACF, 0x0}, {0x1B00, 0x50},
    {0x1B05, 0x71}, {0x1B34, 0x50}, {0x1B45, 0x71}, {0x1B4D, 0x0}, {0x1B50, 0x5E}, {0x1B5A, 0x10},
    {0x1B6B, 0x50}, {0x1B74, 0x10}, {0x1B7F, 0x0}, {0x1B80, 0x50}, {0x1B83, 0x71}, {0x1BA1, 0x50},
    {0x1BAE, 0x71}, {0x1BB0, 0x5E}, {0x1BBA, 0x71}, {0x1BE6, 0x50}, {0x1BF4, 0x0}, {0x1BFC, 0x10},
    {0x1C00, 0x71}, {0x1C24, 0x50}, {0x1C38, 0x0}, {0x1C3B, 0x10}, {0x1C40, 0x5E}, {0x1C4A, 0x0},
    {0x1C4D, 0x71}, {0x1C50, 0x5E}, {0x1C5A, 0x71}, {0x1C7E, 0x10}, {0x1C80, 0x71}, {0x1C89, 0x0},
    {0x1C90, 0x71}, {0x1CBB, 0x0}, {0x1CBD, 0x71}, {0x1CC0, 0x10}, {0x1CC8, 0x0}, {0x1CD0, 0x50},
    {0x1CD3, 0x10}, {0x1CD4, 0x50}, {0x1CE9, 0x71}, {0x1CED, 0x50}, {0x1CEE, 0x71}, {0x1CF4, 0x50},
    {0x1CF5, 0x71}, {0x1CF7, 0x50}, {0x1CFA, 0x71}, {0x1CFB, 0x0}, {0x1D00, 0xF1}, {0x1D79, 0x71},
    {0x1D7A, 0xF1}, {0x1D7D, 0x71}, {0x1D7E, 0xF1}, {0x1D8E, 0x71}, {0x1D8F, 0xF1}, {0x1DC0, 0x50},
    {0x1E00, 0x71}, {0x1E9C, 0xF1}, {0x1E9E, 0x71}, {0x1E9F, 0xF1}, {0x1EA0, 0x71}, {0x1F16, 0x0},
    {0x1F18, 0x71}, {0x1F1E, 0x0}, {0x1F20, 0x71}, {0x1F46, 0x0}, {0x1F48, 0x71}, {0x1F4E, 0x0},
    {0x1F50, 0x71}, {0x1F58, 0x0}, {0x1F59, 0x71}, {0x1F5A, 0x0}, {0x1F5B, 0x71}, {0x1F5C, 0x0},
    {0x1F5D, 0x71}, {0x1F5E, 0x0}, {0x1F5F, 0x71}, {0x1F7E, 0x0}, {0x1F80, 0x71}, {0x1FB5, 0x0},
    {0x1FB6, 0x71}, {0x1FBD, 0x10}, {0x1FBE, 0x71}, {0x1FBF, 0x10}, {0x1FC2, 0x71}, {0x1FC5, 0x0},
    {0x1FC6, 0x71}, {0x1FCD, 0x10}, {0x1FD0, 0x71}, {0x1FD4, 0x0}, {0x1FD6, 0x71}, {0x1FDC, 0x0},
    {0x1FDD, 0x10}, {0x1FE0, 0x71}, {0x1FED, 0x10}, {0x1FF0, 0x0}, {0x1FF2, 0x71}, {0x1FF5, 0x0},
    {0x1FF6, 0x71}, {0x1FFD, 0x10}, {0x1FFF, 0x0}, {0x2010, 0x10}, {0x2028, 0x0}, {0x2030, 0x10},
    {0x203F, 0x50}, {0x2041, 0x10}, {0x2054, 0x50}, {0x2055, 0x10}, {0x205F, 0x0}, {0x2070, 0x1C},
    {0x2071, 0xF1}, {0x2072, 0x0}, {0x2074, 0x1C}, {0x207A, 0x10}, {0x207F, 0xF1}, {0x2080, 0x1C},
    {0x208A, 0x10}, {0x208F, 0x0}, {0x2090, 0xF1}, {0x209D, 0x0}, {0x20A0, 0x10}, {0x20C1, 0x0},
    {0x20D0, 0x50}, {0x20DD, 0x10}, {0x20E1, 0x50}, {0x20E2, 0x10}, {0x20E5, 0x50}, {0x20F1, 0x0},
    {0x2100, 0x10}, {0x2102, 0x171}, {0x2103, 0x10}, {0x2107, 0x171}, {0x2108, 0x10},
    {0x210A, 0xF1}, {0x210B, 0x171}, {0x210E, 0xF1}, {0x2110, 0x171}, {0x2113, 0xF1},
    {0x2114, 0x10}, {0x2115, 0x171}, {0x2116, 0x10}, {0x2118, 0x70}, {0x2119, 0x171},
    {0x211E, 0x10}, {0x2124, 0x171}, {0x2125, 0x10}, {0x2126, 0x71}, {0x2127, 0x10},
    {0x2128, 0x171}, {0x2129, 0x10}, {0x212A, 0x71}, {0x212C, 0x171}, {0x212E, 0x70},
    {0x212F, 0xF1}, {0x2130, 0x171}, {0x2132, 0x71}, {0x2133, 0x171}, {0x2134, 0xF1},
    {0x2135, 0x71}, {0x2139, 0xF1}, {0x213A, 0x10}, {0x213C, 0xF1}, {0x213E, 0x171}, {0x2140, 0x10},
    {0x2145, 0x171}, {0x2146, 0xF1}, {0x214A, 0x10}, {0x214E, 0x71}, {0x214F, 0x10}, {0x2150, 0x18},
    {0x2160, 0x78}, {0x2183, 0x71}, {0x2185, 0x78}, {0x2189, 0x18}, {0x218A, 0x10}, {0x218C, 0x0},
    {0x2190, 0x10}, {0x2427, 0x0}, {0x2440, 0x10}, {0x244B, 0x0}, {0x2460, 0x1C}, {0x2469, 0x18},
    {0x2474, 0x1C}, {0x247D, 0x18}, {0x2488, 0x1C}, {0x2491, 0x18}, {0x249C, 0x10}, {0x24EA, 0x1C},
    {0x24EB, 0x18}, {0x24F5, 0x1C}, {0x24FE, 0x18}, {0x24FF, 0x1C}, {0x2500, 0x10}, {0x2776, 0x1C},
    {0x277F, 0x18}, {0x2780, 0x1C}, {0x2789, 0x18}, {0x278A, 0x1C}, {0x2793, 0x18}, {0x2794, 0x10},
    {0x2B74, 0x0}, {0x2B76, 0x10}, {0x2B96, 0x0}, {0x2B97, 0x10}, {0x2C00, 0x71}, {0x2C71, 0xF1},
    {0x2C72, 0x71}, {0x2C74, 0xF1}, {0x2C75, 0x71}, {0x2C77, 0xF1}, {0x2C7E, 0x71}, {0x2CE4, 0xF1},
    {0x2CE5, 0x10}, {0x2CEB, 0x71}, {0x2CEF, 0x50}, {0x2CF2, 0x71}, {0x2CF4, 0x0}, {0x2CF9, 0x10},
    {0x2CFD, 0x18}, {0x2CFE, 0x10}, {0x2D00, 0x71}, {0x2D26, 0x0}, {0x2D27, 0x71}, {0x2D28, 0x0},
    {0x2D2D, 0x71}, {0x2D2E, 0x0}, {0x2D30, 0x71}, {0x2D68, 0x0}, {0x2D6F, 0x71}, {0x2D70, 0x10},
    {0x2D71, 0x0}, {0x2D7F, 0x50}, {0x2D80, 0x71}, {0x2D97, 0x0}, {0x2DA0, 0x71}, {0x2DA7, 0x0},
    {0x2DA8, 0x71}, {0x2DAF, 0x0}, {0x2DB0, 0x71}, {0x2DB7, 0x0}, {0x2DB8, 0x71}, {0x2DBF, 0x0},
    {0x2DC0, 0x71}, {0x2DC7, 0x0}, {0x2DC8, 0x71}, {0x2DCF, 0x0}, {0x2DD0, 0x71}, {0x2DD7, 0x0},
    {0x2DD8, 0x71}, {0x2DDF, 0x0}, {0x2DE0, 0x50}, {0x2E00, 0x10}, {0x2E2F, 0x11}, {0x2E30, 0x10},
    {0x2E5E, 0x0}, {0x2E80, 0x10}, {0x2E9A, 0x0}, {0x2E9B, 0x10}, {0x2EF4, 0x0}, {0x2F00, 0x10},
    {0x2FD6, 0x0}, {0x2FF0, 0x10}, {0x2FFC, 0x0}, {0x3001, 0x10}, {0x3005, 0x71}, {0x3007, 0x78},
    {0x3008, 0x10}, {0x3021, 0x78}, {0x302A, 0x50}, {0x3030, 0x10}, {0x3031, 0x71}, {0x3036, 0x10},
    {0x3038, 0x78}, {0x303B, 0x71}, {0x303D, 0x10}, {0x3040, 0x0}, {0x3041, 0x71}, {0x3097, 0x0},
    {0x3099, 0x50}, {0x309B, 0x10}, {0x309D, 0x71}, {0x30A0, 0x10}, {0x30A1, 0x71}, {0x30FB, 0x10},
    {0x30FC, 0x71}, {0x3100, 0x0}, {0x3105, 0x71}, {0x3130, 0x0}, {0x3131, 0x71}, {0x318F, 0x0},
    {0x3190, 0x10}, {0x3192, 0x18}, {0x3196, 0x10}, {0x31A0, 0x71}, {0x31C0, 0x10}, {0x31E4, 0x0},
    {0x31F0, 0x71}, {0x3200, 0x10}, {0x321F, 0x0}, {0x3220, 0x18}, {0x322A, 0x10}, {0x3248, 0x18},
    {0x3250, 0x10}, {0x3251, 0x18}, {0x3260, 0x10}, {0x3280, 0x18}, {0x328A, 0x10}, {0x32B1, 0x18},
    {0x32C0, 0x10}, {0x3400, 0x71}, {0x3405, 0x79}, {0x3406, 0x71}, {0x3483, 0x79}, {0x3484, 0x71},
    {0x382A, 0x79}, {0x382B, 0x71}, {0x3B4D, 0x79}, {0x3B4E, 0x71}, {0x4DC0, 0x10}, {0x4E00, 0x79},
    {0x4E01, 0x71}, {0x4E03, 0x79}, {0x4E04, 0x71}, {0x4E07, 0x79}, {0x4E08, 0x71}, {0x4E09, 0x79},
    {0x4E0A, 0x71}, {0x4E5D, 0x79}, {0x4E5E, 0x71}, {0x4E8C, 0x79}, {0x4E8D, 0x71}, {0x4E94, 0x79},
    {0x4E95, 0x71}, {0x4E96, 0x79}, {0x4E97, 0x71}, {0x4EBF, 0x79}, {0x4EC1, 0x71}, {0x4EDF, 0x79},
    {0x4EE0, 0x71}, {0x4EE8, 0x79}, {0x4EE9, 0x71}, {0x4F0D, 0x79}, {0x4F0E, 0x71}, {0x4F70, 0x79},
    {0x4F71, 0x71}, {0x5104, 0x79}, {0x5105, 0x71}, {0x5146, 0x79}, {0x5147, 0x71}, {0x5169, 0x79},
    {0x516A, 0x71}, {0x516B, 0x79}, {0x516C, 0x71}, {0x516D, 0x79}, {0x516E, 0x71}, {0x5341, 0x79},
    {0x5342, 0x71}, {0x5343, 0x79}, {0x5346, 0x71}, {0x534C, 0x79}, {0x534D, 0x71}, {0x53C1, 0x79},
    {0x53C5, 0x71}, {0x56DB, 0x79}, {0x56DC, 0x71}, {0x58F1, 0x79}, {0x58F2, 0x71}, {0x58F9, 0x79},
    {0x58FA, 0x71}, {0x5E7A, 0x79}, {0x5E7B, 0x71}, {0x5EFE, 0x79}, {0x5F00, 0x71}, {0x5F0C, 0x79},
    {0x5F0F, 0x71}, {0x5F10, 0x79}, {0x5F11, 0x71}, {0x62FE, 0x79}, {0x62FF, 0x71}, {0x634C, 0x79},
    {0x634D, 0x71}, {0x67D2, 0x79}, {0x67D3, 0x71}, {0x6F06, 0x79}, {0x6F07, 0x71}, {0x7396, 0x79},
    {0x7397, 0x71}, {0x767E, 0x79}, {0x767F, 0x71}, {0x8086, 0x79}, {0x8087, 0x71}, {0x842C, 0x79},
    {0x842D, 0x71}, {0x8CAE, 0x79}, {0x8CAF, 0x71}, {0x8CB3, 0x79}, {0x8CB4, 0x71}, {0x8D30, 0x79},
    {0x8D31, 0x71}, {0x9621, 0x79}, {0x9622, 0x71}, {0x9646, 0x79}, {0x9647, 0x71}, {0x964C, 0x79},
    {0x964D, 0x71}, {0x9678, 0x79}, {0x9679, 0x71}, {0x96F6, 0x79}, {0x96F7, 0x71}, {0xA48D, 0x0},
    {0xA490, 0x10}, {0xA4C7, 0x0}, {0xA4D0, 0x71}, {0xA4FE, 0x10}, {0xA500, 0x71}, {0xA60D, 0x10},
    {0xA610, 0x71}, {0xA620, 0x5E}, {0xA62A, 0x71}, {0xA62C, 0x0}, {0xA640, 0x71}, {0xA66F, 0x50},
    {0xA670, 0x10}, {0xA674, 0x50}, {0xA67E, 0x10}, {0xA67F, 0x71}, {0xA69C, 0xF1}, {0xA69E, 0x50},
    {0xA6A0, 0x71}, {0xA6E6, 0x78}, {0xA6F0, 0x50}, {0xA6F2, 0x10}, {0xA6F8, 0x0}, {0xA700, 0x10},
    {0xA717, 0x71}, {0xA720, 0x10}, {0xA722, 0x71}, {0xA730, 0xF1}, {0xA732, 0x71}, {0xA770, 0xF1},
    {0xA779, 0x71}, {0xA789, 0x10}, {0xA78B, 0x71}, {0xA78E, 0xF1}, {0xA78F, 0x71}, {0xA795, 0xF1},
    {0xA796, 0x71}, {0xA7AF, 0xF1}, {0xA7B0, 0x71}, {0xA7CB, 0x0}, {0xA7D0, 0x71}, {0xA7D2, 0x0},
    {0xA7D3, 0xF1}, {0xA7D4, 0x0}, {0xA7D5, 0xF1}, {0xA7D6, 0x71}, {0xA7DA, 0x0}, {0xA7F2, 0x71},
    {0xA7F8, 0xF1}, {0xA7FB, 0x71}, {0xA802, 0x50}, {0xA803, 0x71}, {0xA806, 0x50}, {0xA807, 0x71},
    {0xA80B, 0x50}, {0xA80C, 0x71}, {0xA823, 0x50}, {0xA828, 0x10}, {0xA82C, 0x50}, {0xA82D, 0x0},
    {0xA830, 0x18}, {0xA836, 0x10}, {0xA83A, 0x0}, {0xA840, 0x71}, {0xA874, 0x10}, {0xA878, 0x0},
    {0xA880, 0x50}, {0xA882, 0x71}, {0xA8B4, 0x50}, {0xA8C6, 0x0}, {0xA8CE, 0x10}, {0xA8D0, 0x5E},
    {0xA8DA, 0x0}, {0xA8E0, 0x50}, {0xA8F2, 0x71}, {0xA8F8, 0x10}, {0xA8FB, 0x71}, {0xA8FC, 0x10},
    {0xA8FD, 0x71}, {0xA8FF, 0x50}, {0xA900, 0x5E}, {0xA90A, 0x71}, {0xA926, 0x50}, {0xA92E, 0x10},
    {0xA930, 0x71}, {0xA947, 0x50}, {0xA954, 0x0}, {0xA95F, 0x10}, {0xA960, 0x71}, {0xA97D, 0x0},
    {0xA980, 0x50}, {0xA984, 0x71}, {0xA9B3, 0x50}, {0xA9C1, 0x10}, {0xA9CE, 0x0}, {0xA9CF, 0x71},
    {0xA9D0, 0x5E}, {0xA9DA, 0x0}, {0xA9DE, 0x10}, {0xA9E0, 0x71}, {0xA9E5, 0x50}, {0xA9E6, 0x71},
    {0xA9F0, 0x5E}, {0xA9FA, 0x71}, {0xA9FF, 0x0}, {0xAA00, 0x71}, {0xAA29, 0x50}, {0xAA37, 0x0},
    {0xAA40, 0x71}, {0xAA43, 0x50}, {0xAA44, 0x71}, {0xAA4C, 0x50}, {0xAA4E, 0x0}, {0xAA50, 0x5E},
    {0xAA5A, 0x0}, {0xAA5C, 0x10}, {0xAA60, 0x71}, {0xAA77, 0x10}, {0xAA7A, 0x71}, {0xAA7B, 0x50},
    {0xAA7E, 0x71}, {0xAAB0, 0x50}, {0xAAB1, 0x71}, {0xAAB2, 0x50}, {0xAAB5, 0x71}, {0xAAB7, 0x50},
    {0xAAB9, 0x71}, {0xAABE, 0x50}, {0xAAC0, 0x71}, {0xAAC1, 0x50}, {0xAAC2, 0x71}, {0xAAC3, 0x0},
    {0xAADB, 0x71}, {0xAADE, 0x10}, {0xAAE0, 0x71}, {0xAAEB, 0x50}, {0xAAF0, 0x10}, {0xAAF2, 0x71},
    {0xAAF5, 0x50}, {0xAAF7, 0x0}, {0xAB01, 0x71}, {0xAB07, 0x0}, {0xAB09, 0x71}, {0xAB0F, 0x0},
    {0xAB11, 0x71}, {0xAB17, 0x0}, {0xAB20, 0x71}, {0xAB27, 0x0}, {0xAB28, 0x71}, {0xAB2F, 0x0},
    {0xAB30, 0xF1}, {0xAB53, 0x71}, {0xAB54, 0xF1}, {0xAB5B, 0x10}, {0xAB5C, 0xF1}, {0xAB69, 0x71},
    {0xAB6A, 0x10}, {0xAB6C, 0x0}, {0xAB70, 0x71}, {0xABE3, 0x50}, {0xABEB, 0x10}, {0xABEC, 0x50},
    {0xABEE, 0x0}, {0xABF0, 0x5E}, {0xABFA, 0x0}, {0xAC00, 0x71}, {0xD7A4, 0x0}, {0xD7B0, 0x71},
    {0xD7C7, 0x0}, {0xD7CB, 0x71}, {0xD7FC, 0x0}, {0xF900, 0x71}, {0xF96B, 0x79}, {0xF96C, 0x71},
    {0xF973, 0x79}, {0xF974, 0x71}, {0xF978, 0x79}, {0xF979, 0x71}, {0xF9B2, 0x79}, {0xF9B3, 0x71},
    {0xF9D1, 0x79}, {0xF9D2, 0x71}, {0xF9D3, 0x79}, {0xF9D4, 0x71}, {0xF9FD, 0x79}, {0xF9FE, 0x71},
    {0xFA6E, 0x0}, {0xFA70, 0x71}, {0xFADA, 0x0}, {0xFB00, 0x71}, {0xFB07, 0x0}, {0xFB13, 0x71},
    {0xFB18, 0x0}, {0xFB1D, 0x71}, {0xFB1E, 0x50}, {0xFB1F, 0x71}, {0xFB29, 0x10}, {0xFB2A, 0x71},
    {0xFB37, 0x0}, {0xFB38, 0x71}, {0xFB3D, 0x0}, {0xFB3E, 0x71}, {0xFB3F, 0x0}, {0xFB40, 0x71},
    {0xFB42, 0x0}, {0xFB43, 0x71}, {0xFB45, 0x0}, {0xFB46, 0x71}, {0xFBB2, 0x10}, {0xFBC3, 0x0},
    {0xFBD3, 0x71}, {0xFC5E, 0x11}, {0xFC64, 0x71}, {0xFD3E, 0x10}, {0xFD50, 0x71}, {0xFD90, 0x0},
    {0xFD92, 0x71}, {0xFDC8, 0x0}, {0xFDCF, 0x10}, {0xFDD0, 0x0}, {0xFDF0, 0x71}, {0xFDFA, 0x11},
    {0xFDFC, 0x10}, {0xFE00, 0x50}, {0xFE10, 0x10}, {0xFE1A, 0x0}, {0xFE20, 0x50}, {0xFE30, 0x10},
    {0xFE33, 0x50}, {0xFE35, 0x10}, {0xFE4D, 0x50}, {0xFE50, 0x10}, {0xFE53, 0x0}, {0xFE54, 0x10},
    {0xFE67, 0x0}, {0xFE68, 0x10}, {0xFE6C, 0x0}, {0xFE70, 0x11}, {0xFE71, 0x71}, {0xFE72, 0x11},
    {0xFE73, 0x71}, {0xFE74, 0x11}, {0xFE75, 0x0}, {0xFE76, 0x11}, {0xFE77, 0x71}, {0xFE78, 0x11},
    {0xFE79, 0x71}, {0xFE7A, 0x11}, {0xFE7B, 0x71}, {0xFE7C, 0x11}, {0xFE7D, 0x71}, {0xFE7E, 0x11},
    {0xFE7F, 0x71}, {0xFEFD, 0x0}, {0xFF01, 0x10}, {0xFF10, 0x5E}, {0xFF1A, 0x10}, {0xFF21, 0x71},
    {0xFF3B, 0x10}, {0xFF3F, 0x50}, {0xFF40, 0x10}, {0xFF41, 0x71}, {0xFF5B, 0x10}, {0xFF66, 0x71},
    {0xFF9E, 0x51}, {0xFFA0, 0x71}, {0xFFBF, 0x0}, {0xFFC2, 0x71}, {0xFFC8, 0x0}, {0xFFCA, 0x71},
    {0xFFD0, 0x0}, {0xFFD2, 0x71}, {0xFFD8, 0x0}, {0xFFDA, 0x71}, {0xFFDD, 0x0}, {0xFFE0, 0x10},
    {0xFFE7, 0x0}, {0xFFE8, 0x10}, {0xFFEF, 0x0}, {0xFFFC, 0x10}, {0xFFFE, 0x0}, {0x10000, 0x71},
    {0x1000C, 0x0}, {0x1000D, 0x71}, {0x10027, 0x0}, {0x10028, 0x71}, {0x1003B, 0x0},
    {0x1003C, 0x71}, {0x1003E, 0x0}, {0x1003F, 0x71}, {0x1004E, 0x0}, {0x10050, 0x71},
    {0x1005E, 0x0}, {0x10080, 0x71}, {0x100FB, 0x0}, {0x10100, 0x10}, {0x10103, 0x0},
    {0x10107, 0x18}, {0x10134, 0x0}, {0x10137, 0x10}, {0x10140, 0x78}, {0x10175, 0x18},
    {0x10179, 0x10}, {0x1018A, 0x18}, {0x1018C, 0x10}, {0x1018F, 0x0}, {0x10190, 0x10},
    {0x1019D, 0x0}, {0x101A0, 0x10}, {0x101A1, 0x0}, {0x101D0, 0x10}, {0x101FD, 0x50},
    {0x101FE, 0x0}, {0x10280, 0x71}, {0x1029D, 0x0}, {0x102A0, 0x71}, {0x102D1, 0x0},
    {0x102E0, 0x50}, {0x102E1, 0x18}, {0x102FC, 0x0}, {0x10300, 0x71}, {0x10320, 0x18},
    {0x10324, 0x0}, {0x1032D, 0x71}, {0x10341, 0x78}, {0x10342, 0x71}, {0x1034A, 0x78},
    {0x1034B, 0x0}, {0x10350, 0x71}, {0x10376, 0x50}, {0x1037B, 0x0}, {0x10380, 0x71},
    {0x1039E, 0x0}, {0x1039F, 0x10}, {0x103A0, 0x71}, {0x103C4, 0x0}, {0x103C8, 0x71},
    {0x103D0, 0x10}, {0x103D1, 0x78}, {0x103D6, 0x0}, {0x10400, 0x71}, {0x1049E, 0x0},
    {0x104A0, 0x5E}, {0x104AA, 0x0}, {0x104B0, 0x71}, {0x104D4, 0x0}, {0x104D8, 0x71},
    {0x104FC, 0x0}, {0x10500, 0x71}, {0x10528, 0x0}, {0x10530, 0x71}, {0x10564, 0x0},
    {0x1056F, 0x10}, {0x10570, 0x71}, {0x1057B, 0x0}, {0x1057C, 0x71}, {0x1058B, 0x0},
    {0x1058C, 0x71}, {0x10593, 0x0}, {0x10594, 0x71}, {0x10596, 0x0}, {0x10597, 0x71},
    {0x105A2, 0x0}, {0x105A3, 0x71}, {0x105B2, 0x0}, {0x105B3, 0x71}, {0x105BA, 0x0},
    {0x105BB, 0x71}, {0x105BD, 0x0}, {0x10600, 0x71}, {0x10737, 0x0}, {0x10740, 0x71},
    {0x10756, 0x0}, {0x10760, 0x71}, {0x10768, 0x0}, {0x10780, 0xF1}, {0x10781, 0x71},
    {0x10783, 0xF1}, {0x10786, 0x0}, {0x10787, 0xF1}, {0x107B1, 0x0}, {0x107B2, 0xF1},
    {0x107BB, 0x0}, {0x10800, 0x71}, {0x10806, 0x0}, {0x10808, 0x71}, {0x10809, 0x0},
    {0x1080A, 0x71}, {0x10836, 0x0}, {0x10837, 0x71}, {0x10839, 0x0}, {0x1083C, 0x71},
    {0x1083D, 0x0}, {0x1083F, 0x71}, {0x10856, 0x0}, {0x10857, 0x10}, {0x10858, 0x18},
    {0x10860, 0x71}, {0x10877, 0x10}, {0x10879, 0x18}, {0x10880, 0x71}, {0x1089F, 0x0},
    {0x108A7, 0x18}, {0x108B0, 0x0}, {0x108E0, 0x71}, {0x108F3, 0x0}, {0x108F4, 0x71},
    {0x108F6, 0x0}, {0x108FB, 0x18}, {0x10900, 0x71}, {0x10916, 0x18}, {0x1091C, 0x0},
    {0x1091F, 0x10}, {0x10920, 0x71}, {0x1093A, 0x0}, {0x1093F, 0x10}, {0x10940, 0x0},
    {0x10980, 0x71}, {0x109B8, 0x0}, {0x109BC, 0x18}, {0x109BE, 0x71}, {0x109C0, 0x18},
    {0x109D0, 0x0}, {0x109D2, 0x18}, {0x10A00, 0x71}, {0x10A01, 0x50}, {0x10A04, 0x0},
    {0x10A05, 0x50}, {0x10A07, 0x0}, {0x10A0C, 0x50}, {0x10A10, 0x71}, {0x10A14, 0x0},
    {0x10A15, 0x71}, {0x10A18, 0x0}, {0x10A19, 0x71}, {0x10A36, 0x0}, {0x10A38, 0x50},
    {0x10A3B, 0x0}, {0x10A3F, 0x50}, {0x10A40, 0x1C}, {0x10A44, 0x18}, {0x10A49, 0x0},
    {0x10A50, 0x10}, {0x10A59, 0x0}, {0x10A60, 0x71}, {0x10A7D, 0x18}, {0x10A7F, 0x10},
    {0x10A80, 0x71}, {0x10A9D, 0x18}, {0x10AA0, 0x0}, {0x10AC0, 0x71}, {0x10AC8, 0x10},
    {0x10AC9, 0x71}, {0x10AE5, 0x50}, {0x10AE7, 0x0}, {0x10AEB, 0x18}, {0x10AF0, 0x10},
    {0x10AF7, 0x0}, {0x10B00, 0x71}, {0x10B36, 0x0}, {0x10B39, 0x10}, {0x10B40, 0x71},
    {0x10B56, 0x0}, {0x10B58, 0x18}, {0x10B60, 0x71}, {0x10B73, 0x0}, {0x10B78, 0x18},
    {0x10B80, 0x71}, {0x10B92, 0x0}, {0x10B99, 0x10}, {0x10B9D, 0x0}, {0x10BA9, 0x18},
    {0x10BB0, 0x0}, {0x10C00, 0x71}, {0x10C49, 0x0}, {0x10C80, 0x71}, {0x10CB3, 0x0},
    {0x10CC0, 0x71}, {0x10CF3, 0x0}, {0x10CFA, 0x18}, {0x10D00, 0x71}, {0x10D24, 0x50},
    {0x10D28, 0x0}, {0x10D30, 0x5E}, {0x10D3A, 0x0}, {0x10E60, 0x1C}, {0x10E69, 0x18},
    {0x10E7F, 0x0}, {0x10E80, 0x71}, {0x10EAA, 0x0}, {0x10EAB, 0x50}, {0x10EAD, 0x10},
    {0x10EAE, 0x0}, {0x10EB0, 0x71}, {0x10EB2, 0x0}, {0x10F00, 0x71}, {0x10F1D, 0x18},
    {0x10F27, 0x71}, {0x10F28, 0x0}, {0x10F30, 0x71}, {0x10F46, 0x50}, {0x10F51, 0x18},
    {0x10F55, 0x10}, {0x10F5A, 0x0}, {0x10F70, 0x71}, {0x10F82, 0x50}, {0x10F86, 0x10},
    {0x10F8A, 0x0}, {0x10FB0, 0x71}, {0x10FC5, 0x18}, {0x10FCC, 0x0}, {0x10FE0, 0x71},
    {0x10FF7, 0x0}, {0x11000, 0x50}, {0x11003, 0x71}, {0x11038, 0x50}, {0x11047, 0x10},
    {0x1104E, 0x0}, {0x11052, 0x1C}, {0x1105B, 0x18}, {0x11066, 0x5E}, {0x11070, 0x50},
    {0x11071, 0x71}, {0x11073, 0x50}, {0x11075, 0x71}, {0x11076, 0x0}, {0x1107F, 0x50},
    {0x11083, 0x71}, {0x110B0, 0x50}, {0x110BB, 0x10}, {0x110BD, 0x0}, {0x110BE, 0x10},
    {0x110C2, 0x50}, {0x110C3, 0x0}, {0x110D0, 0x71}, {0x110E9, 0x0}, {0x110F0, 0x5E},
    {0x110FA, 0x0}, {0x11100, 0x50}, {0x11103, 0x71}, {0x11127, 0x50}, {0x11135, 0x0},
    {0x11136, 0x5E}, {0x11140, 0x10}, {0x11144, 0x71}, {0x11145, 0x50}, {0x11147, 0x71},
    {0x11148, 0x0}, {0x11150, 0x71}, {0x11173, 0x50}, {0x11174, 0x10}, {0x11176, 0x71},
    {0x11177, 0x0}, {0x11180, 0x50}, {0x11183, 0x71}, {0x111B3, 0x50}, {0x111C1, 0x71},
    {0x111C5, 0x10}, {0x111C9, 0x50}, {0x111CD, 0x10}, {0x111CE, 0x50}, {0x111D0, 0x5E},
    {0x111DA, 0x71}, {0x111DB, 0x10}, {0x111DC, 0x71}, {0x111DD, 0x10}, {0x111E0, 0x0},
    {0x111E1, 0x18}, {0x111F5, 0x0}, {0x11200, 0x71}, {0x11212, 0x0}, {0x11213, 0x71},
    {0x1122C, 0x50}, {0x11238, 0x10}, {0x1123E, 0x50}, {0x1123F, 0x0}, {0x11280, 0x71},
    {0x11287, 0x0}, {0x11288, 0x71}, {0x11289, 0x0}, {0x1128A, 0x71}, {0x1128E, 0x0},
    {0x1128F, 0x71}, {0x1129E, 0x0}, {0x1129F, 0x71}, {0x112A9, 0x10}, {0x112AA, 0x0},
    {0x112B0, 0x71}, {0x112DF, 0x50}, {0x112EB, 0x0}, {0x112F0, 0x5E}, {0x112FA, 0x0},
    {0x11300, 0x50}, {0x11304, 0x0}, {0x11305, 0x71}, {0x1130D, 0x0}, {0x1130F, 0x71},
    {0x11311, 0x0}, {0x11313, 0x71}, {0x11329, 0x0}, {0x1132A, 0x71}, {0x11331, 0x0},
    {0x11332, 0x71}, {0x11334, 0x0}, {0x11335, 0x71}, {0x1133A, 0x0}, {0x1133B, 0x50},
    {0x1133D, 0x71}, {0x1133E, 0x50}, {0x11345, 0x0}, {0x11347, 0x50}, {0x11349, 0x0},
    {0x1134B, 0x50}, {0x1134E, 0x0}, {0x11350, 0x71}, {0x11351, 0x0}, {0x11357, 0x50},
    {0x11358, 0x0}, {0x1135D, 0x71}, {0x11362, 0x50}, {0x11364, 0x0}, {0x11366, 0x50},
    {0x1136D, 0x0}, {0x11370, 0x50}, {0x11375, 0x0}, {0x11400, 0x71}, {0x11435, 0x50},
    {0x11447, 0x71}, {0x1144B, 0x10}, {0x11450, 0x5E}, {0x1145A, 0x10}, {0x1145C, 0x0},
    {0x1145D, 0x10}, {0x1145E, 0x50}, {0x1145F, 0x71}, {0x11462, 0x0}, {0x11480, 0x71},
    {0x114B0, 0x50}, {0x114C4, 0x71}, {0x114C6, 0x10}, {0x114C7, 0x71}, {0x114C8, 0x0},
    {0x114D0, 0x5E}, {0x114DA, 0x0}, {0x11580, 0x71}, {0x115AF, 0x50}, {0x115B6, 0x0},
    {0x115B8, 0x50}, {0x115C1, 0x10}, {0x115D8, 0x71}, {0x115DC, 0x50}, {0x115DE, 0x0},
    {0x11600, 0x71}, {0x11630, 0x50}, {0x11641, 0x10}, {0x11644, 0x71}, {0x11645, 0x0},
    {0x11650, 0x5E}, {0x1165A, 0x0}, {0x11660, 0x10}, {0x1166D, 0x0}, {0x11680, 0x71},
    {0x116AB, 0x50}, {0x116B8, 0x71}, {0x116B9, 0x10}, {0x116BA, 0x0}, {0x116C0, 0x5E},
    {0x116CA, 0x0}, {0x11700, 0x71}, {0x1171B, 0x0}, {0x1171D, 0x50}, {0x1172C, 0x0},
    {0x11730, 0x5E}, {0x1173A, 0x18}, {0x1173C, 0x10}, {0x11740, 0x71}, {0x11747, 0x0},
    {0x11800, 0x71}, {0x1182C, 0x50}, {0x1183B, 0x10}, {0x1183C, 0x0}, {0x118A0, 0x71},
    {0x118E0, 0x5E}, {0x118EA, 0x18}, {0x118F3, 0x0}, {0x118FF, 0x71}, {0x11907, 0x0},
    {0x11909, 0x71}, {0x1190A, 0x0}, {0x1190C, 0x71}, {0x11914, 0x0}, {0x11915, 0x71},
    {0x11917, 0x0}, {0x11918, 0x71}, {0x11930, 0x50}, {0x11936, 0x0}, {0x11937, 0x50},
    {0x11939, 0x0}, {0x1193B, 0x50}, {0x1193F, 0x71}, {0x11940, 0x50}, {0x11941, 0x71},
    {0x11942, 0x50}, {0x11944, 0x10}, {0x11947, 0x0}, {0x11950, 0x5E}, {0x1195A, 0x0},
    {0x119A0, 0x71}, {0x119A8, 0x0}, {0x119AA, 0x71}, {0x119D1, 0x50}, {0x119D8, 0x0},
    {0x119DA, 0x50}, {0x119E1, 0x71}, {0x119E2, 0x10}, {0x119E3, 0x71}, {0x119E4, 0x50},
    {0x119E5, 0x0}, {0x11A00, 0x71}, {0x11A01, 0x50}, {0x11A0B, 0x71}, {0x11A33, 0x50},
    {0x11A3A, 0x71}, {0x11A3B, 0x50}, {0x11A3F, 0x10}, {0x11A47, 0x50}, {0x11A48, 0x0},
    {0x11A50, 0x71}, {0x11A51, 0x50}, {0x11A5C, 0x71}, {0x11A8A, 0x50}, {0x11A9A, 0x10},
    {0x11A9D, 0x71}, {0x11A9E, 0x10}, {0x11AA3, 0x0}, {0x11AB0, 0x71}, {0x11AF9, 0x0},
    {0x11C00, 0x71}, {0x11C09, 0x0}, {0x11C0A, 0x71}, {0x11C2F, 0x50}, {0x11C37, 0x0},
    {0x11C38, 0x50}, {0x11C40, 0x71}, {0x11C41, 0x10}, {0x11C46, 0x0}, {0x11C50, 0x5E},
    {0x11C5A, 0x18}, {0x11C6D, 0x0}, {0x11C70, 0x10}, {0x11C72, 0x71}, {0x11C90, 0x0},
    {0x11C92, 0x50}, {0x11CA8, 0x0}, {0x11CA9, 0x50}, {0x11CB7, 0x0}, {0x11D00, 0x71},
    {0x11D07, 0x0}, {0x11D08, 0x71}, {0x11D0A, 0x0}, {0x11D0B, 0x71}, {0x11D31, 0x50},
    {0x11D37, 0x0}, {0x11D3A, 0x50}, {0x11D3B, 0x0}, {0x11D3C, 0x50}, {0x11D3E, 0x0},
    {0x11D3F, 0x50}, {0x11D46, 0x71}, {0x11D47, 0x50}, {0x11D48, 0x0}, {0x11D50, 0x5E},
    {0x11D5A, 0x0}, {0x11D60, 0x71}, {0x11D66, 0x0}, {0x11D67, 0x71}, {0x11D69, 0x0},
    {0x11D6A, 0x71}, {0x11D8A, 0x50}, {0x11D8F, 0x0}, {0x11D90, 0x50}, {0x11D92, 0x0},
    {0x11D93, 0x50}, {0x11D98, 0x71}, {0x11D99, 0x0}, {0x11DA0, 0x5E}, {0x11DAA, 0x0},
    {0x11EE0, 0x71}, {0x11EF3, 0x50}, {0x11EF7, 0x10}, {0x11EF9, 0x0}, {0x11FB0, 0x71},
    {0x11FB1, 0x0}, {0x11FC0, 0x18}, {0x11FD5, 0x10}, {0x11FF2, 0x0}, {0x11FFF, 0x10},
    {0x12000, 0x71}, {0x1239A, 0x0}, {0x12400, 0x78}, {0x1246F, 0x0}, {0x12470, 0x10},
    {0x12475, 0x0}, {0x12480, 0x71}, {0x12544, 0x0}, {0x12F90, 0x71}, {0x12FF1, 0x10},
    {0x12FF3, 0x0}, {0x13000, 0x71}, {0x1342F, 0x0}, {0x14400, 0x71}, {0x14647, 0x0},
    {0x16800, 0x71}, {0x16A39, 0x0}, {0x16A40, 0x71}, {0x16A5F, 0x0}, {0x16A60, 0x5E},
    {0x16A6A, 0x0}, {0x16A6E, 0x10}, {0x16A70, 0x71}, {0x16ABF, 0x0}, {0x16AC0, 0x5E},
    {0x16ACA, 0x0}, {0x16AD0, 0x71}, {0x16AEE, 0x0}, {0x16AF0, 0x50}, {0x16AF5, 0x10},
    {0x16AF6, 0x0}, {0x16B00, 0x71}, {0x16B30, 0x50}, {0x16B37, 0x10}, {0x16B40, 0x71},
    {0x16B44, 0x10}, {0x16B46, 0x0}, {0x16B50, 0x5E}, {0x16B5A, 0x0}, {0x16B5B, 0x18},
    {0x16B62, 0x0}, {0x16B63, 0x71}, {0x16B78, 0x0}, {0x16B7D, 0x71}, {0x16B90, 0x0},
    {0x16E40, 0x71}, {0x16E80, 0x18}, {0x16E97, 0x10}, {0x16E9B, 0x0}, {0x16F00, 0x71},
    {0x16F4B, 0x0}, {0x16F4F, 0x50}, {0x16F50, 0x71}, {0x16F51, 0x50}, {0x16F88, 0x0},
    {0x16F8F, 0x50}, {0x16F93, 0x71}, {0x16FA0, 0x0}, {0x16FE0, 0x71}, {0x16FE2, 0x10},
    {0x16FE3, 0x71}, {0x16FE4, 0x50}, {0x16FE5, 0x0}, {0x16FF0, 0x50}, {0x16FF2, 0x0},
    {0x17000, 0x71}, {0x187F8, 0x0}, {0x18800, 0x71}, {0x18CD6, 0x0}, {0x18D00, 0x71},
    {0x18D09, 0x0}, {0x1AFF0, 0x71}, {0x1AFF4, 0x0}, {0x1AFF5, 0x71}, {0x1AFFC, 0x0},
    {0x1AFFD, 0x71}, {0x1AFFF, 0x0}, {0x1B000, 0x71}, {0x1B123, 0x0}, {0x1B150, 0x71},
    {0x1B153, 0x0}, {0x1B164, 0x71}, {0x1B168, 0x0}, {0x1B170, 0x71}, {0x1B2FC, 0x0},
    {0x1BC00, 0x71}, {0x1BC6B, 0x0}, {0x1BC70, 0x71}, {0x1BC7D, 0x0}, {0x1BC80, 0x71},
    {0x1BC89, 0x0}, {0x1BC90, 0x71}, {0x1BC9A, 0x0}, {0x1BC9C, 0x10}, {0x1BC9D, 0x50},
    {0x1BC9F, 0x10}, {0x1BCA0, 0x0}, {0x1CF00, 0x50}, {0x1CF2E, 0x0}, {0x1CF30, 0x50},
    {0x1CF47, 0x0}, {0x1CF50, 0x10}, {0x1CFC4, 0x0}, {0x1D000, 0x10}, {0x1D0F6, 0x0},
    {0x1D100, 0x10}, {0x1D127, 0x0}, {0x1D129, 0x10}, {0x1D165, 0x50}, {0x1D16A, 0x10},
    {0x1D16D, 0x50}, {0x1D173, 0x0}, {0x1D17B, 0x50}, {0x1D183, 0x10}, {0x1D185, 0x50},
    {0x1D18C, 0x10}, {0x1D1AA, 0x50}, {0x1D1AE, 0x10}, {0x1D1EB, 0x0}, {0x1D200, 0x10},
    {0x1D242, 0x50}, {0x1D245, 0x10}, {0x1D246, 0x0}, {0x1D2E0, 0x18}, {0x1D2F4, 0x0},
    {0x1D300, 0x10}, {0x1D357, 0x0}, {0x1D360, 0x18}, {0x1D379, 0x0}, {0x1D400, 0x171},
    {0x1D41A, 0xF1}, {0x1D434, 0x171}, {0x1D44E, 0xF1}, {0x1D455, 0x0}, {0x1D456, 0xF1},
    {0x1D468, 0x171}, {0x1D482, 0xF1}, {0x1D49C, 0x171}, {0x1D49D, 0x0}, {0x1D49E, 0x171},
    {0x1D4A0, 0x0}, {0x1D4A2, 0x171}, {0x1D4A3, 0x0}, {0x1D4A5, 0x171}, {0x1D4A7, 0x0},
    {0x1D4A9, 0x171}, {0x1D4AD, 0x0}, {0x1D4AE, 0x171}, {0x1D4B6, 0xF1}, {0x1D4BA, 0x0},
    {0x1D4BB, 0xF1}, {0x1D4BC, 0x0}, {0x1D4BD, 0xF1}, {0x1D4C4, 0x0}, {0x1D4C5, 0xF1},
    {0x1D4D0, 0x171}, {0x1D4EA, 0xF1}, {0x1D504, 0x171}, {0x1D506, 0x0}, {0x1D507, 0x171},
    {0x1D50B, 0x0}, {0x1D50D, 0x171}, {0x1D515, 0x0}, {0x1D516, 0x171}, {0x1D51D, 0x0},
    {0x1D51E, 0xF1}, {0x1D538, 0x171}, {0x1D53A, 0x0}, {0x1D53B, 0x171}, {0x1D53F, 0x0},
    {0x1D540, 0x171}, {0x1D545, 0x0}, {0x1D546, 0x171}, {0x1D547, 0x0}, {0x1D54A, 0x171},
    {0x1D551, 0x0}, {0x1D552, 0xF1}, {0x1D56C, 0x171}, {0x1D586, 0xF1}, {0x1D5A0, 0x171},
    {0x1D5BA, 0xF1}, {0x1D5D4, 0x171}, {0x1D5EE, 0xF1}, {0x1D608, 0x171}, {0x1D622, 0xF1},
    {0x1D63C, 0x171}, {0x1D656, 0xF1}, {0x1D670, 0x171}, {0x1D68A, 0xF1}, {0x1D6A6, 0x0},
    {0x1D6A8, 0x171}, {0x1D6C1, 0x10}, {0x1D6C2, 0xF1}, {0x1D6DB, 0x10}, {0x1D6DC, 0xF1},
    {0x1D6E2, 0x171}, {0x1D6FB, 0x10}, {0x1D6FC, 0xF1}, {0x1D715, 0x10}, {0x1D716, 0xF1},
    {0x1D71C, 0x171}, {0x1D735, 0x10}, {0x1D736, 0xF1}, {0x1D74F, 0x10}, {0x1D750, 0xF1},
    {0x1D756, 0x171}, {0x1D76F, 0x10}, {0x1D770, 0xF1}, {0x1D789, 0x10}, {0x1D78A, 0xF1},
    {0x1D790, 0x171}, {0x1D7A9, 0x10}, {0x1D7AA, 0xF1}, {0x1D7C3, 0x10}, {0x1D7C4, 0xF1},
    {0x1D7CA, 0x171}, {0x1D7CB, 0xF1}, {0x1D7CC, 0x0}, {0x1D7CE, 0x5E}, {0x1D800, 0x10},
    {0x1DA00, 0x50}, {0x1DA37, 0x10}, {0x1DA3B, 0x50}, {0x1DA6D, 0x10}, {0x1DA75, 0x50},
    {0x1DA76, 0x10}, {0x1DA84, 0x50}, {0x1DA85, 0x10}, {0x1DA8C, 0x0}, {0x1DA9B, 0x50},
    {0x1DAA0, 0x0}, {0x1DAA1, 0x50}, {0x1DAB0, 0x0}, {0x1DF00, 0xF1}, {0x1DF0A, 0x71},
    {0x1DF0B, 0xF1}, {0x1DF1F, 0x0}, {0x1E000, 0x50}, {0x1E007, 0x0}, {0x1E008, 0x50},
    {0x1E019, 0x0}, {0x1E01B, 0x50}, {0x1E022, 0x0}, {0x1E023, 0x50}, {0x1E025, 0x0},
    {0x1E026, 0x50}, {0x1E02B, 0x0}, {0x1E100, 0x71}, {0x1E12D, 0x0}, {0x1E130, 0x50},
    {0x1E137, 0x71}, {0x1E13E, 0x0}, {0x1E140, 0x5E}, {0x1E14A, 0x0}, {0x1E14E, 0x71},
    {0x1E14F, 0x10}, {0x1E150, 0x0}, {0x1E290, 0x71}, {0x1E2AE, 0x50}, {0x1E2AF, 0x0},
    {0x1E2C0, 0x71}, {0x1E2EC, 0x50}, {0x1E2F0, 0x5E}, {0x1E2FA, 0x0}, {0x1E2FF, 0x10},
    {0x1E300, 0x0}, {0x1E7E0, 0x71}, {0x1E7E7, 0x0}, {0x1E7E8, 0x71}, {0x1E7EC, 0x0},
    {0x1E7ED, 0x71}, {0x1E7EF, 0x0}, {0x1E7F0, 0x71}, {0x1E7FF, 0x0}, {0x1E800, 0x71},
    {0x1E8C5, 0x0}, {0x1E8C7, 0x18}, {0x1E8D0, 0x50}, {0x1E8D7, 0x0}, {0x1E900, 0x71},
    {0x1E944, 0x50}, {0x1E94B, 0x71}, {0x1E94C, 0x0}, {0x1E950, 0x5E}, {0x1E95A, 0x0},
    {0x1E95E, 0x10}, {0x1E960, 0x0}, {0x1EC71, 0x18}, {0x1ECAC, 0x10}, {0x1ECAD, 0x18},
    {0x1ECB0, 0x10}, {0x1ECB1, 0x18}, {0x1ECB5, 0x0}, {0x1ED01, 0x18}, {0x1ED2E, 0x10},
    {0x1ED2F, 0x18}, {0x1ED3E, 0x0}, {0x1EE00, 0x71}, {0x1EE04, 0x0}, {0x1EE05, 0x71},
    {0x1EE20, 0x0}, {0x1EE21, 0x71}, {0x1EE23, 0x0}, {0x1EE24, 0x71}, {0x1EE25, 0x0},
    {0x1EE27, 0x71}, {0x1EE28, 0x0}, {0x1EE29, 0x71}, {0x1EE33, 0x0}, {0x1EE34, 0x71},
    {0x1EE38, 0x0}, {0x1EE39, 0x71}, {0x1EE3A, 0x0}, {0x1EE3B, 0x71}, {0x1EE3C, 0x0},
    {0x1EE42, 0x71}, {0x1EE43, 0x0}, {0x1EE47, 0x71}, {0x1EE48, 0x0}, {0x1EE49, 0x71},
    {0x1EE4A, 0x0}, {0x1EE4B, 0x71}, {0x1EE4C, 0x0}, {0x1EE4D, 0x71}, {0x1EE50, 0x0},
    {0x1EE51, 0x71}, {0x1EE53, 0x0}, {0x1EE54, 0x71}, {0x1EE55, 0x0}, {0x1EE57, 0x71},
    {0x1EE58, 0x0}, {0x1EE59, 0x71}, {0x1EE5A, 0x0}, {0x1EE5B, 0x71}, {0x1EE5C, 0x0},
    {0x1EE5D, 0x71}, {0x1EE5E, 0x0}, {0x1EE5F, 0x71}, {0x1EE60, 0x0}, {0x1EE61, 0x71},
    {0x1EE63, 0x0}, {0x1EE64, 0x71}, {0x1EE65, 0x0}, {0x1EE67, 0x71}, {0x1EE6B, 0x0},
    {0x1EE6C, 0x71}, {0x1EE73, 0x0}, {0x1EE74, 0x71}, {0x1EE78, 0x0}, {0x1EE79, 0x71},
    {0x1EE7D, 0x0}, {0x1EE7E, 0x71}, {0x1EE7F, 0x0}, {0x1EE80, 0x71}, {0x1EE8A, 0x0},
    {0x1EE8B, 0x71}, {0x1EE9C, 0x0}, {0x1EEA1, 0x71}, {0x1EEA4, 0x0}, {0x1EEA5, 0x71},
    {0x1EEAA, 0x0}, {0x1EEAB, 0x71}, {0x1EEBC, 0x0}, {0x1EEF0, 0x10}, {0x1EEF2, 0x0},
    {0x1F000, 0x10}, {0x1F02C, 0x0}, {0x1F030, 0x10}, {0x1F094, 0x0}, {0x1F0A0, 0x10},
    {0x1F0AF, 0x0}, {0x1F0B1, 0x10}, {0x1F0C0, 0x0}, {0x1F0C1, 0x10}, {0x1F0D0, 0x0},
    {0x1F0D1, 0x10}, {0x1F0F6, 0x0}, {0x1F100, 0x1C}, {0x1F10B, 0x18}, {0x1F10D, 0x10},
    {0x1F130, 0x110}, {0x1F14A, 0x10}, {0x1F150, 0x110}, {0x1F16A, 0x10}, {0x1F170, 0x110},
    {0x1F18A, 0x10}, {0x1F1AE, 0x0}, {0x1F1E6, 0x10}, {0x1F203, 0x0}, {0x1F210, 0x10},
    {0x1F23C, 0x0}, {0x1F240, 0x10}, {0x1F249, 0x0}, {0x1F250, 0x10}, {0x1F252, 0x0},
    {0x1F260, 0x10}, {0x1F266, 0x0}, {0x1F300, 0x10}, {0x1F6D8, 0x0}, {0x1F6DD, 0x10},
    {0x1F6ED, 0x0}, {0x1F6F0, 0x10}, {0x1F6FD, 0x0}, {0x1F700, 0x10}, {0x1F774, 0x0},
    {0x1F780, 0x10}, {0x1F7D9, 0x0}, {0x1F7E0, 0x10}, {0x1F7EC, 0x0}, {0x1F7F0, 0x10},
    {0x1F7F1, 0x0}, {0x1F800, 0x10}, {0x1F80C, 0x0}, {0x1F810, 0x10}, {0x1F848, 0x0},
    {0x1F850, 0x10}, {0x1F85A, 0x0}, {0x1F860, 0x10}, {0x1F888, 0x0}, {0x1F890, 0x10},
    {0x1F8AE, 0x0}, {0x1F8B0, 0x10}, {0x1F8B2, 0x0}, {0x1F900, 0x10}, {0x1FA54, 0x0},
    {0x1FA60, 0x10}, {0x1FA6E, 0x0}, {0x1FA70, 0x10}, {0x1FA75, 0x0}, {0x1FA78, 0x10},
    {0x1FA7D, 0x0}, {0x1FA80, 0x10}, {0x1FA87, 0x0}, {0x1FA90, 0x10}, {0x1FAAD, 0x0},
    {0x1FAB0, 0x10}, {0x1FABB, 0x0}, {0x1FAC0, 0x10}, {0x1FAC6, 0x0}, {0x1FAD0, 0x10},
    {0x1FADA, 0x0}, {0x1FAE0, 0x10}, {0x1FAE8, 0x0}, {0x1FAF0, 0x10}, {0x1FAF7, 0x0},
    {0x1FB00, 0x10}, {0x1FB93, 0x0}, {0x1FB94, 0x10}, {0x1FBCB, 0x0}, {0x1FBF0, 0x5E},
    {0x1FBFA, 0x0}, {0x20000, 0x71}, {0x20001, 0x79}, {0x20002, 0x71}, {0x20064, 0x79},
    {0x20065, 0x71}, {0x200E2, 0x79}, {0x200E3, 0x71}, {0x20121, 0x79}, {0x20122, 0x71},
    {0x2092A, 0x79}, {0x2092B, 0x71}, {0x20983, 0x79}, {0x20984, 0x71}, {0x2098C, 0x79},
    {0x2098D, 0x71}, {0x2099C, 0x79}, {0x2099D, 0x71}, {0x20AEA, 0x79}, {0x20AEB, 0x71},
    {0x20AFD, 0x79}, {0x20AFE, 0x71}, {0x20B19, 0x79}, {0x20B1A, 0x71}, {0x22390, 0x79},
    {0x22391, 0x71}, {0x22998, 0x79}, {0x22999, 0x71}, {0x23B1B, 0x79}, {0x23B1C, 0x71},
    {0x2626D, 0x79}, {0x2626E, 0x71}, {0x2A6E0, 0x0}, {0x2A700, 0x71}, {0x2B739, 0x0},
    {0x2B740, 0x71}, {0x2B81E, 0x0}, {0x2B820, 0x71}, {0x2CEA2, 0x0}, {0x2CEB0, 0x71},
    {0x2EBE1, 0x0}, {0x2F800, 0x71}, {0x2F890, 0x79}, {0x2F891, 0x71}, {0x2FA1E, 0x0},
    {0x30000, 0x71}, {0x3134B, 0x0}, {0xE0100, 0x50}, {0xE01F0, 0x0},
};
// clang-format on

// Varints, for the tables below as the binary holds them: 7 bits a byte, low bits first, the
// high bit set on every byte but the last.
constexpr std::size_t varint_size(std::uint32_t n) {
  std::size_t size = 1;
  for (; n >= 0x80; n >>= 7) ++size;
  return size;
}
template <std::size_t N>
constexpr void put_varint(std::array<std::uint8_t, N>& out, std::size_t& at, std::uint32_t n) {
  for (; n >= 0x80; n >>= 7) out[at++] = std::uint8_t((n & 0x7F) | 0x80);
  out[at++] = std::uint8_t(n);
}
std::uint32_t get_varint(const std::uint8_t* in, std::size_t& at) {
  std::uint32_t n = 0;
  for (int shift = 0;; shift += 7) {
    std::uint8_t byte = in[at++];
    n |= std::uint32_t(byte & 0x7F) << shift;
    if (!(byte & 0x80)) return n;
  }
}

// A CaseRule table as the binary holds it. As written, 16 bytes a rule, mostly zeros and small
// numbers (6.8 KB for the four tables, 2.5 KB gzipped). Computed from it at compile time
// instead: per rule, the distance of its first from the previous rule's as a varint,
// (last - first) / stride * 2 + stride - 1 in one byte, and delta as a varint with its sign in
// the lowest bit. 1.5 KB, 1.1 KB gzipped.
constexpr std::uint32_t zigzag(std::int32_t delta) {
  return delta < 0 ? (std::uint32_t(-delta) << 1) - 1 : std::uint32_t(delta) << 1;
}
template <const auto& kRules>
constexpr std::size_t kPackedRulesSize = [] {
  std::size_t bytes = 0;
  char32_t previous = 0;
  for (const CaseRule& rule : kRules) {
    bytes += varint_size(rule.first - previous) + 1 + varint_size(zigzag(rule.delta));
    previous = rule.first;
  }
  return bytes;
}();
template <const auto& kRules>
constexpr std::array<std::uint8_t, kPackedRulesSize<kRules>> kPackedRules = [] {
  std::array<std::uint8_t, kPackedRulesSize<kRules>> packed{};
  std::size_t at = 0;
  char32_t previous = 0;
  for (const CaseRule& rule : kRules) {
    if (rule.first < previous) throw "the rules are in code point order";
    if (rule.stride != 1 && rule.stride != 2) throw "a stride is 1 or 2";
    if ((rule.last - rule.first) % rule.stride != 0) throw "a rule ends on its stride";
    if ((rule.last - rule.first) / rule.stride >= 128) throw "a rule spans at most 127 strides";
    put_varint(packed, at, rule.first - previous);
    packed[at++] = std::uint8_t((rule.last - rule.first) / rule.stride * 2 + rule.stride - 1);
    put_varint(packed, at, zigzag(rule.delta));
    previous = rule.first;
  }
  return packed;
}();

// Out of line: one copy for the four tables.
[[gnu::noinline]] void expand_rules(const std::uint8_t* packed, CaseRule* rules,
                                    std::size_t count) {
  std::size_t at = 0;
  char32_t first = 0;
  for (std::size_t i = 0; i < count; ++i) {
    first += get_varint(packed, at);
    std::uint8_t span = packed[at++];
    std::uint8_t stride = (span & 1) + 1;
    std::uint32_t delta = get_varint(packed, at);
    rules[i] = {first, first + (span >> 1) * stride, stride,
                delta & 1 ? -std::int32_t(delta >> 1) - 1 : std::int32_t(delta >> 1)};
  }
}

// The rule of kRules that maps c, or null. The table is expanded from kPackedRules by the first
// lookup, into zero-initialised memory the binary does not hold.
template <const auto& kRules>
const CaseRule* find_rule(char32_t c) {
  constexpr std::size_t kCount = std::size(kRules);
  static CaseRule rules[kCount];
  static bool expanded = false;
  if (!expanded) {
    expand_rules(kPackedRules<kRules>.data(), rules, kCount);
    expanded = true;
  }
  const CaseRule* it = std::upper_bound(
      rules, rules + kCount, c, [](char32_t x, const CaseRule& rule) { return x < rule.first; });
  if (it == rules) return nullptr;
  --it;
  return c <= it->last && (c - it->first) % it->stride == 0 ? it : nullptr;
}

template <std::size_t N>
const SpecialCase* find_special(const SpecialCase (&table)[N], char32_t c) {
  const SpecialCase* it = std::lower_bound(
      table, table + N, c, [](const SpecialCase& entry, char32_t x) { return entry.c < x; });
  return it != table + N && it->c == c ? it : nullptr;
}

Mapped single(char32_t c) {
  return Mapped{{c, 0, 0}, 1};
}

Mapped from_special(const SpecialCase& entry) {
  Mapped m;
  while (m.size < 3 && entry.to[m.size]) {
    m.chars[m.size] = entry.to[m.size];
    ++m.size;
  }
  return m;
}

char32_t apply_rule(const CaseRule& rule, char32_t c) {
  return static_cast<char32_t>(static_cast<std::int32_t>(c) + rule.delta);
}
template <const auto& kRules>
char32_t apply_rules(char32_t c) {
  const CaseRule* rule = find_rule<kRules>(c);
  return rule ? apply_rule(*rule, c) : c;
}

// kPropertyRuns, as the binary holds it. The table as written takes 8 bytes a run (2 of them
// padding), 19.8 KB that gzip to 5.7 KB; packed into 4 bytes a run, the gzipped wasm engine
// was 1 KB larger still (gzip had made light of the zeros, less of the shifted bits).
// What the binary holds instead, computed from kPropertyRuns at compile time (kPropertyRuns
// itself is read only then): each run's distance from the one before as a varint (7 bits a
// byte, low bits first; most distances are below 128), then one byte per run, the index of
// its bits in kRunBitSets (the runs have 17 distinct sets). 5 KB, 2.5 KB gzipped. The first
// lookup above ASCII expands them into the array the binary search reads (expand_runs()).
constexpr std::size_t kRunCount = std::size(kPropertyRuns);
constexpr int kRunBitsWidth = 9;  // the PropertyBits

constexpr std::size_t kMaxRunBitSets = 64;
constexpr std::array<std::uint16_t, kMaxRunBitSets> kRunBitSets = [] {
  std::array<std::uint16_t, kMaxRunBitSets> sets{};
  std::size_t count = 0;
  for (const PropertyRun& run : kPropertyRuns) {
    if (run.bits >> kRunBitsWidth) throw "a PropertyBit beyond kRunBitsWidth";
    if (std::find(sets.begin(), sets.begin() + count, run.bits) != sets.begin() + count) continue;
    if (count == kMaxRunBitSets) throw "more distinct sets of PropertyBits than kMaxRunBitSets";
    sets[count++] = run.bits;
  }
  return sets;
}();

constexpr std::size_t kRunDistanceBytes = [] {
  std::size_t bytes = 0;
  char32_t previous = 0;
  for (const PropertyRun& run : kPropertyRuns) {
    bytes += varint_size(run.first - previous);
    previous = run.first;
  }
  return bytes;
}();

constexpr std::array<std::uint8_t, kRunDistanceBytes + kRunCount> kPackedRuns = [] {
  static_assert(kPropertyRuns[0].first == 0, "the runs cover every code point");
  std::array<std::uint8_t, kRunDistanceBytes + kRunCount> packed{};
  std::size_t at = 0;
  char32_t previous = 0;
  for (std::size_t i = 0; i < kRunCount; ++i) {
    const PropertyRun& run = kPropertyRuns[i];
    if (i > 0 && run.first <= previous) throw "the runs are in code point order";
    put_varint(packed, at, run.first - previous);
    previous = run.first;
    packed[kRunDistanceBytes + i] = std::uint8_t(
        std::find(kRunBitSets.begin(), kRunBitSets.end(), run.bits) - kRunBitSets.begin());
  }
  return packed;
}();

// The runs as first << kRunBitsWidth | bits, in order: a binary search for c's run compares
// one integer. Expanded from kPackedRuns by the first lookup, into zero-initialised memory the
// binary does not hold. (Not a static initialised by a lambda: that would be a constant
// expression, which the compiler evaluates and stores, 10 KB of data.)
std::array<std::uint32_t, kRunCount> expanded_runs;
bool runs_expanded = false;

// Out of line, so that property_run() stays a small leaf function.
[[gnu::noinline]] void expand_runs() {
  std::size_t at = 0;
  std::uint32_t first = 0;
  for (std::size_t i = 0; i < kRunCount; ++i) {
    first += get_varint(kPackedRuns.data(), at);
    expanded_runs[i] = first << kRunBitsWidth | kRunBitSets[kPackedRuns[kRunDistanceBytes + i]];
  }
  runs_expanded = true;
}

// The run that holds c: the last whose first is at most c, as first << kRunBitsWidth | bits.
// A binary search whose steps compile to conditional moves: no branch to mispredict.
std::uint32_t property_run(char32_t c) {
  if (!runs_expanded) expand_runs();
  std::uint32_t key =
      std::min<std::uint32_t>(c, 0x10FFFF) << kRunBitsWidth | ((1u << kRunBitsWidth) - 1);
  const std::uint32_t* run = expanded_runs.data();  // the first run starts at 0: run[0] <= key
  for (std::size_t size = kRunCount; size > 1;) {
    std::size_t half = size / 2;
    if (run[half] <= key) run += half;
    size -= half;
  }
  return *run;
}
std::uint16_t run_bits(std::uint32_t run) {
  return run & ((1u << kRunBitsWidth) - 1);
}
char32_t run_first(std::uint32_t run) {
  return run >> kRunBitsWidth;
}

// The ASCII range, looked up once at compile time.
constexpr std::array<std::uint16_t, 128> kAsciiProperties = [] {
  std::array<std::uint16_t, 128> bits{};
  for (std::size_t i = 0; kPropertyRuns[i].first < 128; ++i) {
    char32_t end = std::min<char32_t>(kPropertyRuns[i + 1].first, 128);
    for (char32_t c = kPropertyRuns[i].first; c < end; ++c) bits[c] = kPropertyRuns[i].bits;
  }
  return bits;
}();

std::uint16_t properties(char32_t c) {
  return c < 128 ? kAsciiProperties[c] : run_bits(property_run(c));
}

bool has_lower_mapping(char32_t c) {
  return c == 0x130 || find_rule<kLowerRules>(c);
}
bool has_upper_mapping(char32_t c) {
  return find_special(kUpperSpecial, c) || find_rule<kUpperRules>(c);
}

Mapped lower_full(char32_t c) {
  if (c < 0x80) return single(ascii_lower(static_cast<char>(c)));
  if (c == 0x130) return Mapped{{'i', 0x307, 0}, 2};  // 'İ' -> 'i̇'
  return single(apply_rules<kLowerRules>(c));
}

Mapped upper_full(char32_t c) {
  if (c < 0x80) return single(ascii_upper(static_cast<char>(c)));
  if (const SpecialCase* special = find_special(kUpperSpecial, c)) return from_special(*special);
  return single(apply_rules<kUpperRules>(c));
}

Mapped title_full(char32_t c) {
  if (const SpecialCase* special = find_special(kTitleSpecial, c)) return from_special(*special);
  if (const CaseRule* rule = find_rule<kTitleRules>(c)) return single(apply_rule(*rule, c));
  return upper_full(c);
}

Mapped fold_full(char32_t c) {
  if (const SpecialCase* special = find_special(kFoldSpecial, c)) return from_special(*special);
  if (const CaseRule* rule = find_rule<kFoldRules>(c)) return single(apply_rule(*rule, c));
  return lower_full(c);
}

bool is_title_char(char32_t c) {
  return c == 0x1C5 || c == 0x1C8 || c == 0x1CB || c == 0x1F2 || (c >= 0x1F88 && c <= 0x1F8F) ||
         (c >= 0x1F98 && c <= 0x1F9F) || (c >= 0x1FA8 && c <= 0x1FAF) || c == 0x1FBC ||
         c == 0x1FCC || c == 0x1FFC;
}

bool is_cased(char32_t c) {
  return unicode::is_lower(c) || unicode::is_upper(c) || is_title_char(c);
}

// Case_Ignorable, for the final sigma rule: apostrophes, periods, modifier letters and the
// combining marks of the Latin, Greek and Cyrillic blocks (an approximation of the full set).
bool is_case_ignorable(char32_t c) {
  return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xA8 || c == 0xAD ||
         c == 0xAF || c == 0xB4 || c == 0xB7 || c == 0xB8 || (c >= 0x2B0 && c <= 0x36F) ||
         c == 0x374 || c == 0x375 || c == 0x37A || c == 0x384 || c == 0x385 || c == 0x387 ||
         (c >= 0x483 && c <= 0x489) || (c >= 0x200B && c <= 0x200F) || c == 0x2018 || c == 0x2019 ||
         c == 0x2024 || c == 0x2027;
}

// The line boundaries of str.splitlines.
bool is_line_break(char32_t c) {
  return (c >= 0x0A && c <= 0x0D) || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 ||
         c == 0x2029;
}

}  // namespace

namespace unicode {

bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_printable(char32_t c) {
  return properties(c) & kPrintable;
}
bool is_alpha(char32_t c) {
  return properties(c) & kAlpha;
}
bool is_decimal(char32_t c) {
  return properties(c) & kDecimal;
}
bool is_digit(char32_t c) {
  return properties(c) & kDigit;
}
bool is_numeric(char32_t c) {
  return properties(c) & kNumeric;
}
bool is_xid_start(char32_t c) {
  return properties(c) & kXidStart;
}
bool is_xid_continue(char32_t c) {
  return properties(c) & kXidContinue;
}

bool is_lower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return (properties(c) & kOtherLower) || (has_upper_mapping(c) && !has_lower_mapping(c));
}

bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return (properties(c) & kOtherUpper) || (has_lower_mapping(c) && !has_upper_mapping(c));
}

int decimal_value(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9' ? static_cast<int>(c - '0') : -1;
  std::uint32_t run = property_run(c);
  // Decimal digits come in runs of ten, from zero to nine.
  return run_bits(run) & kDecimal ? static_cast<int>((c - run_first(run)) % 10) : -1;
}

}  // namespace unicode

}  // namespace py
