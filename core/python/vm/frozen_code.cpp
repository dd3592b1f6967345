// Frozen code (vm/frozen_code.hpp). The format, all integers unsigned LEB128 unless said:
//
//   "ATFZ", a format version byte, the last opcode's number, the FNV-1a 64-bit hash of the source
//   text (8 bytes, little endian), the module's code, and the FNV-1a hash of all the bytes before
//   it: the interpreter trusts bytecode, so a file changed in any byte is refused as a whole. The
//   code: code     = name qualname first_line flags argcount posonlyargcount kwonlyargcount
//   stacksize
//              blocksize hidden-byte
//              count, count x instruction (4 bytes, little endian)
//              the positions, one per instruction: line, column, end line, end column, each the
//              zigzag difference from the previous instruction's
//              count, count x constant; names; varnames; cellvars; freevars (each count, count x
//              string); count, count x zigzag cell_from_arg; the docstring (a constant: null or
//              a str)
//   string   = length, UTF-8 bytes
//   constant = a tag byte (Tag), then: a zigzag int; an int's decimal text (a string); a
//              float's 8 bytes (little endian); a complex's two; a string; count, count x
//              constant (tuple); code
#include "vm/frozen_code.hpp"

#include <cstring>

#include "compiler/compiler.hpp"
#include "num/bigint.hpp"
#include "objects/complex.hpp"
#include "vm/vm.hpp"

namespace py {

namespace {

constexpr char kMagic[4] = {'A', 'T', 'F', 'Z'};
// Bumped whenever the format or the bytecode changes meaning: an older file is then refused.
constexpr unsigned char kFormatVersion = 1;

enum class Tag : unsigned char {
  Null,  // no docstring
  None,
  False,
  True,
  Ellipsis,
  SmallInt,
  BigInt,
  Float,
  Complex,
  InternedStr,
  Str,  // a str the compiler did not intern (one folded from constants)
  Bytes,
  Tuple,
  Code,
};

// A double's bits and back (std::bit_cast, which Emscripten's libc++ 13 lacks).
std::uint64_t bits_of(double d) {
  std::uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  return bits;
}
double double_of(std::uint64_t bits) {
  double d;
  std::memcpy(&d, &bits, sizeof d);
  return d;
}

std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return hash;
}

class Writer {
 public:
  Writer(VM& vm, std::string& out) : vm_(vm), out_(out) {}

  void unsigned_int(std::uint64_t n) {
    do {
      unsigned char byte = n & 0x7f;
      n >>= 7;
      if (n) byte |= 0x80;
      out_.push_back(static_cast<char>(byte));
    } while (n);
  }
  void signed_int(std::int64_t n) {
    unsigned_int((static_cast<std::uint64_t>(n) << 1) ^ static_cast<std::uint64_t>(n >> 63));
  }
  void fixed(std::uint64_t n, int bytes) {
    for (int i = 0; i < bytes; ++i) out_.push_back(static_cast<char>((n >> (8 * i)) & 0xff));
  }
  void string(std::string_view text) {
    unsigned_int(text.size());
    out_.append(text);
  }
  void strings(const std::vector<Value>& values) {
    unsigned_int(values.size());
    for (const Value& v : values) string(VM::str_text(v));
  }

  bool code(const Code& code) {
    if (code.positions.size() != code.instructions.size()) return false;
    string(code.name);
    string(code.qualname);
    for (std::uint32_t field : {code.first_line, code.flags, code.argcount, code.posonlyargcount,
                                code.kwonlyargcount, code.stacksize, code.blocksize})
      unsigned_int(field);
    out_.push_back(code.hidden ? 1 : 0);
    unsigned_int(code.instructions.size());
    for (std::uint32_t word : code.instructions) fixed(word, 4);
    ast::Range previous;
    for (const ast::Range& range : code.positions) {
      signed_int(std::int64_t{range.line} - previous.line);
      signed_int(std::int64_t{range.column} - previous.column);
      signed_int(std::int64_t{range.end_line} - previous.end_line);
      signed_int(std::int64_t{range.end_column} - previous.end_column);
      previous = range;
    }
    unsigned_int(code.constants.size());
    for (const Value& v : code.constants)
      if (!constant(v)) return false;
    strings(code.names);
    strings(code.varnames);
    strings(code.cellvars);
    strings(code.freevars);
    unsigned_int(code.cell_from_arg.size());
    for (std::int32_t from : code.cell_from_arg) signed_int(from);
    return constant(code.doc);
  }

  bool constant(const Value& v) {
    if (!v) return tag(Tag::Null);
    if (v.is(vm_.none())) return tag(Tag::None);
    if (v.is(vm_.false_value())) return tag(Tag::False);
    if (v.is(vm_.true_value())) return tag(Tag::True);
    if (v.is(vm_.ellipsis())) return tag(Tag::Ellipsis);
    if (v.is_small()) {
      tag(Tag::SmallInt);
      signed_int(v.small_value());
      return true;
    }
    switch (vm_.type_index(v)) {
      case kIntType:
        tag(Tag::BigInt);
        string(vm_.to_bigint(v).to_string());
        return true;
      case kFloatType:
        tag(Tag::Float);
        fixed(bits_of(vm_.float_value(v)), 8);
        return true;
      case kComplexType:
        tag(Tag::Complex);
        fixed(bits_of(v.as<ComplexObject>()->real), 8);
        fixed(bits_of(v.as<ComplexObject>()->imag), 8);
        return true;
      case kStrType: {
        const std::string& text = VM::str_text(v);
        tag(vm_.intern(text).is(v) ? Tag::InternedStr : Tag::Str);
        string(text);
        return true;
      }
      case kBytesType:
        tag(Tag::Bytes);
        string(v.as<BytesObject>()->data);
        return true;
      case kTupleType: {
        tag(Tag::Tuple);
        const std::vector<Value>& items = v.as<Tuple>()->items;
        unsigned_int(items.size());
        for (const Value& item : items)
          if (!constant(item)) return false;
        return true;
      }
      case kCodeType:
        tag(Tag::Code);
        return code(*v.as<CodeObject>()->code);
      default:
        return false;
    }
  }

 private:
  bool tag(Tag t) {
    out_.push_back(static_cast<char>(t));
    return true;
  }

  VM& vm_;
  std::string& out_;
};

// Reads what Writer wrote; any read past the end or value out of range makes it fail, and the
// caller drops what was made.
class Reader {
 public:
  Reader(VM& vm, std::span<const unsigned char> bytes, std::shared_ptr<const Source> source)
      : vm_(vm), bytes_(bytes), source_(std::move(source)) {}

  bool ok() const { return ok_; }
  bool at_end() const { return at_ == bytes_.size(); }

  bool expect(std::span<const unsigned char> expected) {
    if (bytes_.size() - at_ < expected.size() ||
        std::memcmp(bytes_.data() + at_, expected.data(), expected.size()) != 0)
      return ok_ = false;
    at_ += expected.size();
    return true;
  }
  std::uint64_t unsigned_int() {
    std::uint64_t n = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (!ok_ || at_ == bytes_.size()) return fail();
      const unsigned char byte = bytes_[at_++];
      n |= std::uint64_t{byte & 0x7fu} << shift;
      if (!(byte & 0x80)) return n;
    }
    return fail();
  }
  std::uint32_t u32() {
    const std::uint64_t n = unsigned_int();
    return n > UINT32_MAX ? static_cast<std::uint32_t>(fail()) : static_cast<std::uint32_t>(n);
  }
  std::int64_t signed_int() {
    const std::uint64_t n = unsigned_int();
    return static_cast<std::int64_t>(n >> 1) ^ -static_cast<std::int64_t>(n & 1);
  }
  std::uint64_t fixed(int count) {
    if (!ok_ || bytes_.size() - at_ < static_cast<std::size_t>(count)) return fail();
    std::uint64_t n = 0;
    for (int i = 0; i < count; ++i) n |= std::uint64_t{bytes_[at_++]} << (8 * i);
    return n;
  }
  // A count of items each at least one byte long: no larger than what is left.
  std::size_t count() {
    const std::uint64_t n = unsigned_int();
    return n > bytes_.size() - at_ ? static_cast<std::size_t>(fail()) : static_cast<std::size_t>(n);
  }
  std::string_view string() {
    const std::size_t length = count();
    if (!ok_) return {};
    std::string_view text(reinterpret_cast<const char*>(bytes_.data() + at_), length);
    at_ += length;
    return text;
  }
  std::vector<Value> interned_strings() {
    std::vector<Value> values(count());
    for (Value& v : values) v = vm_.intern(string());
    return values;
  }

  std::shared_ptr<Code> code(int depth) {
    if (depth > kMaxDepth) return fail(), nullptr;
    auto code = std::make_shared<Code>();
    code->source = source_;
    code->name = string();
    code->qualname = string();
    for (std::uint32_t* field :
         {&code->first_line, &code->flags, &code->argcount, &code->posonlyargcount,
          &code->kwonlyargcount, &code->stacksize, &code->blocksize})
      *field = u32();
    code->hidden = fixed(1) != 0;
    const std::size_t instructions = count();
    if (!ok_) return nullptr;
    code->instructions.resize(instructions);
    for (std::uint32_t& word : code->instructions) word = static_cast<std::uint32_t>(fixed(4));
    code->positions.resize(instructions);
    ast::Range previous;
    for (ast::Range& range : code->positions) {
      range.line = position(previous.line);
      range.column = position(previous.column);
      range.end_line = position(previous.end_line);
      range.end_column = position(previous.end_column);
      previous = range;
    }
    code->constants.resize(count());
    for (Value& v : code->constants) v = constant(depth);
    code->names = interned_strings();
    code->varnames = interned_strings();
    code->cellvars = interned_strings();
    code->freevars = interned_strings();
    code->cell_from_arg.resize(count());
    for (std::int32_t& from : code->cell_from_arg) {
      const std::int64_t n = signed_int();
      from = n < -1 || n > INT32_MAX ? static_cast<std::int32_t>(fail())
                                     : static_cast<std::int32_t>(n);
    }
    code->doc = constant(depth);
    if (!ok_ || !valid(*code)) return fail(), nullptr;
    return code;
  }

 private:
  static constexpr int kMaxDepth = 100;

  std::uint64_t fail() {
    ok_ = false;
    return 0;
  }
  std::uint32_t position(std::uint32_t previous) {
    const std::int64_t n = std::int64_t{previous} + signed_int();
    return n < 0 || n > UINT32_MAX ? static_cast<std::uint32_t>(fail())
                                   : static_cast<std::uint32_t>(n);
  }
  // What the interpreter trusts a code object with: its arguments' counts and cells.
  static bool valid(const Code& code) {
    const std::size_t parameters = std::size_t{code.argcount} + code.kwonlyargcount +
                                   ((code.flags & kVarArgs) != 0) +
                                   ((code.flags & kVarKeywords) != 0);
    return code.posonlyargcount <= code.argcount &&
           (parameters <= code.varnames.size() || (code.flags & kModuleLevel) ||
            (code.flags & kClassBody)) &&
           code.cell_from_arg.size() == code.cellvars.size();
  }

  Value constant(int depth) {
    if (depth > kMaxDepth) return fail(), Value();
    const Tag tag = static_cast<Tag>(fixed(1));
    if (!ok_) return Value();
    switch (tag) {
      case Tag::Null:
        return Value();
      case Tag::None:
        return vm_.none();
      case Tag::False:
        return vm_.false_value();
      case Tag::True:
        return vm_.true_value();
      case Tag::Ellipsis:
        return vm_.ellipsis();
      case Tag::SmallInt:
        return vm_.make_int(signed_int());
      case Tag::BigInt: {
        num::ParsedInt parsed = num::BigInt::parse(string());
        if (!parsed.ok()) return fail(), Value();
        return vm_.make_int(std::move(parsed.value));
      }
      case Tag::Float:
        return vm_.make_float(double_of(fixed(8)));
      case Tag::Complex: {
        const double real = double_of(fixed(8));
        const double imag = double_of(fixed(8));
        return make_complex(vm_, real, imag);
      }
      case Tag::InternedStr:
        return vm_.intern(string());
      case Tag::Str:
        return vm_.make_str(string());
      case Tag::Bytes:
        return vm_.make_bytes(std::string(string()));
      case Tag::Tuple: {
        std::vector<Value> items(count());
        for (Value& item : items) item = constant(depth + 1);
        return vm_.make_tuple(std::move(items));
      }
      case Tag::Code: {
        std::shared_ptr<Code> nested = code(depth + 1);
        return nested ? make_code_object(vm_, std::move(nested)) : Value();
      }
    }
    return fail(), Value();
  }

  VM& vm_;
  std::span<const unsigned char> bytes_;
  std::shared_ptr<const Source> source_;
  std::size_t at_ = 0;
  bool ok_ = true;
};

void write_header(std::string& out, std::string_view source_text) {
  out.append(kMagic, sizeof kMagic);
  out.push_back(static_cast<char>(kFormatVersion));
  // The instruction set's last opcode: an engine with other opcodes refuses the file even if
  // kFormatVersion was not bumped.
  out.push_back(static_cast<char>(Op::Match));
  for (int i = 0; i < 8; ++i)
    out.push_back(static_cast<char>((fnv1a(source_text) >> (8 * i)) & 0xff));
}

}  // namespace

std::optional<std::string> freeze_code(VM& vm, const Code& code, std::string_view source_text) {
  std::string out;
  write_header(out, source_text);
  Writer writer(vm, out);
  if (!writer.code(code)) return std::nullopt;
  writer.fixed(fnv1a(out), 8);
  return out;
}

std::shared_ptr<Code> thaw_code(VM& vm, std::span<const unsigned char> bytes,
                                const std::shared_ptr<const Source>& source) {
  if (bytes.size() < sizeof kMagic + 2 + 8 + 8) return nullptr;
  std::string header;
  write_header(header, source->text);
  const std::span<const unsigned char> body = bytes.first(bytes.size() - 8);
  std::uint64_t checksum = 0;
  for (int i = 0; i < 8; ++i) checksum |= std::uint64_t{bytes[body.size() + i]} << (8 * i);
  if (checksum != fnv1a({reinterpret_cast<const char*>(body.data()), body.size()})) return nullptr;
  Reader reader(vm, body, source);
  if (!reader.expect({reinterpret_cast<const unsigned char*>(header.data()), header.size()}))
    return nullptr;
  std::shared_ptr<Code> code = reader.code(0);
  if (!code || !reader.at_end()) return nullptr;
  return code;
}

}  // namespace py
