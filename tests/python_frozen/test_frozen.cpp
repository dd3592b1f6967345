#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <span>
#include <string>
#include <string_view>

#include "compiler/compiler.hpp"
#include "modules/library.hpp"
#include "modules/modules.hpp"
#include "parser.hpp"
#include "vm/frozen_code.hpp"
#include "vm/vm.hpp"

namespace {

class SilentHost final : public py::Host {
 public:
  void write_stdout(std::string_view) override {}
  void write_stderr(std::string_view) override {}
};

std::shared_ptr<py::Code> compile(py::VM& vm, const std::shared_ptr<const py::Source>& source) {
  py::ParseResult parsed = py::parse_module(source->text);
  REQUIRE(parsed.module);
  py::CompileResult compiled = py::compile_parsed(vm, source, *parsed.module, {});
  REQUIRE(compiled.code);
  return compiled.code;
}

std::span<const unsigned char> bytes_of(const std::string& text) {
  return {reinterpret_cast<const unsigned char*>(text.data()), text.size()};
}

// Two constants made by different VMs are the same when they have the same kind and value.
void check_same_constant(py::VM& a_vm, const py::Value& a, py::VM& b_vm, const py::Value& b);

void check_same_code(py::VM& a_vm, const py::Code& a, py::VM& b_vm, const py::Code& b) {
  CAPTURE(a.qualname);
  CHECK(a.name == b.name);
  CHECK(a.qualname == b.qualname);
  CHECK(a.first_line == b.first_line);
  CHECK(a.flags == b.flags);
  CHECK(a.argcount == b.argcount);
  CHECK(a.posonlyargcount == b.posonlyargcount);
  CHECK(a.kwonlyargcount == b.kwonlyargcount);
  CHECK(a.stacksize == b.stacksize);
  CHECK(a.blocksize == b.blocksize);
  CHECK(a.hidden == b.hidden);
  CHECK(a.instructions == b.instructions);
  REQUIRE(a.positions.size() == b.positions.size());
  for (std::size_t i = 0; i < a.positions.size(); ++i) {
    CHECK(a.positions[i].line == b.positions[i].line);
    CHECK(a.positions[i].column == b.positions[i].column);
    CHECK(a.positions[i].end_line == b.positions[i].end_line);
    CHECK(a.positions[i].end_column == b.positions[i].end_column);
  }
  REQUIRE(a.constants.size() == b.constants.size());
  for (std::size_t i = 0; i < a.constants.size(); ++i)
    check_same_constant(a_vm, a.constants[i], b_vm, b.constants[i]);
  for (auto [x, y] : {std::pair{&a.names, &b.names},
                      {&a.varnames, &b.varnames},
                      {&a.cellvars, &b.cellvars},
                      {&a.freevars, &b.freevars}}) {
    REQUIRE(x->size() == y->size());
    for (std::size_t i = 0; i < x->size(); ++i) {
      CHECK(py::VM::str_text((*x)[i]) == py::VM::str_text((*y)[i]));
      CHECK((*y)[i].is(b_vm.intern(py::VM::str_text((*y)[i]))));  // interned, as compiled
    }
  }
  CHECK(a.cell_from_arg == b.cell_from_arg);
  check_same_constant(a_vm, a.doc, b_vm, b.doc);
}

void check_same_constant(py::VM& a_vm, const py::Value& a, py::VM& b_vm, const py::Value& b) {
  REQUIRE(bool(a) == bool(b));
  if (!a) return;
  REQUIRE(a_vm.type_index(a) == b_vm.type_index(b));
  if (a_vm.type_index(a) == py::kCodeType) {
    check_same_code(a_vm, *a.as<py::CodeObject>()->code, b_vm, *b.as<py::CodeObject>()->code);
    return;
  }
  if (a_vm.type_index(a) == py::kTupleType) {
    const auto& x = a.as<py::Tuple>()->items;
    const auto& y = b.as<py::Tuple>()->items;
    REQUIRE(x.size() == y.size());
    for (std::size_t i = 0; i < x.size(); ++i) check_same_constant(a_vm, x[i], b_vm, y[i]);
    return;
  }
  CHECK(a_vm.repr_text(a) == b_vm.repr_text(b));
  if (a_vm.type_index(a) == py::kStrType) {
    const std::string& text = py::VM::str_text(b);
    CHECK(a.is(a_vm.intern(text)) == b.is(b_vm.intern(text)));
  }
}

constexpr std::string_view kEveryConstant = R"(
"""The module's docstring."""
import math

BIG = 2 ** 100
NEGATIVE_BIG = -(2 ** 70)
SMALL = (-1, 0, 1, 1 << 40)
FLOATS = (0.1, -0.0, 1e300, float('inf'))
COMPLEX = 3 + 4j
TEXT = ('plain', 'ünïcödé', 'ab' * 3, '')
DATA = (b'\x00\xff', b'')
NESTED = ((1, (2, ('three', None)), ...), True, False)


def outer(a, /, b=2, *args, c, d=4, **kwargs):
    """A function's docstring."""
    total = a + b

    def inner(x):
        nonlocal total
        total += x
        return total

    return inner


class Thing:
    value = 1

    def method(self):
        return [i * 2 for i in range(self.value) if i % 2 == 0]

    async def later(self):
        try:
            return await something()
        except ValueError as error:
            raise RuntimeError('no') from error
        finally:
            print('done')


def gen():
    yield from range(3)
)";

}  // namespace

TEST_CASE("frozen code thaws into the code the compiler made") {
  SilentHost host;
  py::VM freezing_vm(host);
  auto source = py::make_source("<frozen test>", std::string(kEveryConstant));
  std::shared_ptr<py::Code> compiled = compile(freezing_vm, source);
  std::optional<std::string> frozen = py::freeze_code(freezing_vm, *compiled, source->text);
  REQUIRE(frozen);

  py::VM vm(host);  // another VM, as each program run gets one
  std::shared_ptr<py::Code> thawed = py::thaw_code(vm, bytes_of(*frozen), source);
  REQUIRE(thawed);
  CHECK(thawed->source == source);
  check_same_code(freezing_vm, *compiled, vm, *thawed);
}

TEST_CASE("the asyncio prelude freezes and thaws") {
  SilentHost host;
  py::VM vm(host);
  std::optional<std::string> frozen = py::freeze_asyncio_prelude(vm);
  REQUIRE(frozen);
  CHECK(frozen->size() > 1000);
}

TEST_CASE("bytes that are not frozen code of the text are refused") {
  SilentHost host;
  py::VM vm(host);
  auto source = py::make_source("<frozen test>", std::string(kEveryConstant));
  std::optional<std::string> frozen = py::freeze_code(vm, *compile(vm, source), source->text);
  REQUIRE(frozen);

  SUBCASE("another text (a stale file)") {
    auto edited = py::make_source("<frozen test>", std::string(kEveryConstant) + "\n");
    CHECK_FALSE(py::thaw_code(vm, bytes_of(*frozen), edited));
  }
  SUBCASE("every cut") {
    for (std::size_t size = 0; size < frozen->size(); size += 7)
      CHECK_FALSE(py::thaw_code(vm, bytes_of(frozen->substr(0, size)), source));
  }
  SUBCASE("bytes after the code") {
    CHECK_FALSE(py::thaw_code(vm, bytes_of(*frozen + "x"), source));
  }
  SUBCASE("another format version") {
    std::string other = *frozen;
    other[4] = static_cast<char>(other[4] + 1);
    CHECK_FALSE(py::thaw_code(vm, bytes_of(other), source));
  }
  SUBCASE("any byte changed") {
    for (std::size_t at = 0; at < frozen->size(); at += 3) {
      std::string flipped = *frozen;
      flipped[at] = static_cast<char>(flipped[at] ^ 0x5a);
      CHECK_FALSE(py::thaw_code(vm, bytes_of(flipped), source));
    }
  }
}

TEST_CASE("a frozenset constant is not frozen") {
  SilentHost host;
  py::VM vm(host);
  auto source = py::make_source("<frozen test>", "x = 1 in {1, 2, 3}\n");
  CHECK_FALSE(py::freeze_code(vm, *compile(vm, source), source->text));
}

#ifndef __EMSCRIPTEN__
TEST_CASE("the native engine links the prelude frozen") {
  CHECK_FALSE(py::frozen_asyncio_prelude().empty());
}
#endif
