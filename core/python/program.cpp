#include "program.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <utility>

#include "compiler/compiler.hpp"
#include "modules/asyncio.hpp"
#include "num/float_format.hpp"
#include "parser.hpp"
#include "vm/builtin_types.hpp"
#include "vm/runtime_support.hpp"

namespace py {

std::string suggest_name(std::string_view name, const std::vector<std::string>& candidates);

namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\f';
}

// The source line without its indentation (trailing blanks stay, as in CPython's display), and
// how much indentation was removed.
std::string_view stripped_line(const Source& source, std::uint32_t line, std::uint32_t& removed) {
  std::string_view text = source.line(line);
  removed = 0;
  while (removed < text.size() && is_blank(text[removed])) ++removed;
  text.remove_prefix(removed);
  return text;
}

std::uint32_t columns(std::string_view utf8) {
  std::uint32_t n = 0;
  for (unsigned char c : utf8)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

// The characters CPython 3.11's traceback printer draws two columns wide (East Asian Wide and
// Fullwidth: its _display_width), made by scripts/gen_wide_chars.py.
constexpr std::pair<char32_t, char32_t> kWideRanges[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},
    {0x23F0, 0x23F0},   {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},
    {0x2648, 0x2653},   {0x267F, 0x267F},   {0x2693, 0x2693},   {0x26A1, 0x26A1},
    {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},   {0x26CE, 0x26CE},
    {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},
    {0x2728, 0x2728},   {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},
    {0x2757, 0x2757},   {0x2795, 0x2797},   {0x27B0, 0x27B0},   {0x27BF, 0x27BF},
    {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x2E80, 0x303E},
    {0x3041, 0x3247},   {0x3250, 0x4DBF},   {0x4E00, 0xA4C6},   {0xA960, 0xA97C},
    {0xAC00, 0xD7A3},   {0xF900, 0xFAD9},   {0xFE10, 0xFE19},   {0xFE30, 0xFE6B},
    {0xFF01, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x1B2FB}, {0x1F004, 0x1F004},
    {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F320},
    {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA},
    {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E},
    {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E},
    {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4},
    {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2},
    {0x1F6D5, 0x1F6DF}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7F0},
    {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAF6},
    {0x20000, 0x3134A},
};

// The columns a terminal gives a piece of source (valid UTF-8: the source was checked).
std::uint32_t display_width(std::string_view utf8) {
  std::uint32_t width = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    const unsigned char lead = static_cast<unsigned char>(utf8[i]);
    const int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t code = length == 1 ? lead : lead & (0x3F >> (length - 1));
    for (int k = 1; k < length && i + k < utf8.size(); ++k)
      code = (code << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    i += static_cast<std::size_t>(length);
    const auto* range = std::upper_bound(std::begin(kWideRanges), std::end(kWideRanges), code,
                                         [](char32_t c, const auto& r) { return c < r.first; });
    width += range != std::begin(kWideRanges) && code <= (range - 1)->second ? 2 : 1;
  }
  return width;
}

// Where a SyntaxError with an int lineno was found, as CPython's print_exception shows it: the
// file and line, the line's text without its indentation and carets from offset to end_offset
// (1-based, clipped to the text). False for others, which print as other exceptions do.
bool syntax_error_location(VM& vm, const Value& exception, std::string& out, Value& msg) {
  auto field = [&](const char* name) {
    Value v = vm.get_attr(exception, name);
    if (!v) vm.take_exception();
    return v;
  };
  auto int_field = [&](const char* name) {
    std::int64_t n = -1;
    Value v = field(name);
    if (v && vm.is_int(v) && !vm.to_int64(v, n)) n = -1;
    return n;
  };
  Value lineno = field("lineno");
  if (!lineno || vm.type_of(lineno) != vm.type(kIntType)) return false;
  Value filename = field("filename"), text = field("text");
  msg = field("msg");
  if (!msg) msg = vm.none();
  out = "  File \"" + (filename && vm.is_str(filename) ? VM::str_text(filename) : "<string>") +
        "\", line " + VM::str_text(vm.str(lineno)) + "\n";
  if (!text || !vm.is_str(text)) return true;
  std::string line = VM::str_text(text);
  if (!line.empty() && line.back() == '\n') line.pop_back();
  auto length = static_cast<std::int64_t>(columns(line));
  std::size_t indent = std::min(line.find_first_not_of(" \t\f"), line.size());
  line.erase(0, indent);
  std::int64_t offset = std::min(int_field("offset"), length + 1);
  // pythonrun.c's parse_syntax_error and print_exception: only SyntaxError itself has a range
  // (its subclasses one caret), one over several lines runs to the end of the first, and the
  // range stops one past the text's UTF-8 size (its newline included).
  const auto text_size = static_cast<std::int64_t>(VM::str_text(text).size());
  std::int64_t end = -1;
  if (vm.type_of(exception) == vm.exc().SyntaxError)
    end = int_field("end_lineno") > int_field("lineno") ? text_size : int_field("end_offset");
  end = std::min(end, text_size + 1);
  std::int64_t column = offset - 1 - static_cast<std::int64_t>(indent);
  out += "    " + line + "\n";
  if (column >= 0) {
    out += "    " + std::string(static_cast<std::size_t>(column), ' ') +
           std::string(static_cast<std::size_t>(end > offset ? end - offset : 1), '^') + "\n";
  }
  return true;
}

// "ValueError: message", "__main__.MyError", "KeyError: 'k'", with 3.11's suggestions; a
// SyntaxError's location before it.
std::string exception_line(VM& vm, const Value& exception) {
  Type* type = vm.type_of(exception);
  std::string name = type->qualname;
  if (type->module != "builtins" && type->module != "__main__") name = type->module + "." + name;
  std::string location;
  Value shown = exception;
  if (vm.is_instance(exception, vm.exc().SyntaxError)) {
    Value msg;
    if (syntax_error_location(vm, exception, location, msg)) shown = msg;
  }
  std::optional<std::string> text = vm.str_text_of(shown);
  if (!text) vm.take_exception();
  std::string message = text.value_or("<exception str() failed>");
  ExceptionObject* e = vm.as_exception(exception);
  if (e && e->dict && vm.is_instance(exception, vm.exc().NameError)) {
    if (Value hint = vm.dict_get_item(*e->dict.as<Dict>(), "__suggestion__"))
      message += ". Did you mean: '" + VM::str_text(hint) + "'?";
  } else if (e && e->dict && vm.is_instance(exception, vm.exc().AttributeError)) {
    Value name_value = vm.dict_get_item(*e->dict.as<Dict>(), "name");
    Value object = vm.dict_get_item(*e->dict.as<Dict>(), "obj");
    if (name_value && object && vm.is_str(name_value)) {
      std::vector<std::string> candidates;
      Value names = vm.call(vm.dict_get_item(*vm.builtins().as<Dict>(), "dir"), {object});
      if (names && vm.type_index(names) == kListType) {
        for (const Value& n : names.as<List>()->items)
          if (vm.is_str(n)) candidates.push_back(VM::str_text(n));
      } else if (vm.has_pending_exception()) {
        vm.take_exception();
      }
      std::string hint = suggest_name(VM::str_text(name_value), candidates);
      if (!hint.empty()) message += ". Did you mean: '" + hint + "'?";
    }
  }
  if (message.empty()) return location + name + "\n";
  return location + name + ": " + message + "\n";
}

// CPython 3.11's anchors in a failing segment that is a binary operation or a subscript
// (traceback.py's _extract_caret_anchors_from_line_segment): the operator, or the brackets and
// what they hold, are drawn with '^' and the rest of the segment with '~'. Byte offsets in the
// segment; false when it is neither.
bool caret_anchors(std::string_view segment, std::size_t& left, std::size_t& right) {
  ParseResult parsed = parse_module(segment);
  if (!parsed.module || parsed.module->body.size() != 1 ||
      parsed.module->body[0]->kind != ast::StmtKind::Expr)
    return false;
  const ast::Expr& expr = *static_cast<const ast::ExprStmt&>(*parsed.module->body[0]).value;
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f'; };
  if (expr.kind == ast::ExprKind::BinOp) {
    const auto& binop = static_cast<const ast::BinOp&>(expr);
    if (binop.left->range.end_line != 1 || binop.right->range.line != 1) return false;
    const std::size_t operator_start = binop.left->range.end_column;
    const std::string_view between =
        segment.substr(operator_start, binop.right->range.column - operator_start);
    std::size_t offset = 0;
    while (offset < between.size() && is_space(between[offset])) ++offset;
    left = operator_start + offset;
    right = left + 1;
    if (offset + 1 < between.size() && !is_space(between[offset + 1])) ++right;
    while (left < segment.size() &&
           (is_space(segment[left]) || segment[left] == ')' || segment[left] == '#')) {
      ++left;
      ++right;
    }
    return true;
  }
  if (expr.kind == ast::ExprKind::Subscript) {
    const auto& subscript = static_cast<const ast::Subscript&>(expr);
    if (subscript.value->range.end_line != 1 || subscript.slice->range.end_line != 1) return false;
    left = subscript.value->range.end_column;
    right = subscript.slice->range.end_column + 1;
    while (left < segment.size() && segment[left] != '[') ++left;
    while (right < segment.size() && segment[right] != ']') ++right;
    if (right < segment.size()) ++right;
    return true;
  }
  return false;
}

void format_traceback(const ExceptionObject& e, std::string& out) {
  // As CPython's, a run of more than three entries for the same file, line and function (a
  // recursion) shows its first three, then "[Previous line repeated N more times]".
  constexpr int kRecursiveCutoff = 3;
  const Code* last_code = nullptr;
  std::uint32_t last_line = 0;
  int count = 0;
  auto report_repeats = [&] {
    if (count <= kRecursiveCutoff) return;
    const int more = count - kRecursiveCutoff;
    out += "  [Previous line repeated " + std::to_string(more) + " more time" +
           (more > 1 ? "s" : "") + "]\n";
  };
  // Entries were appended while unwinding: innermost first.
  for (auto it = e.traceback.rbegin(); it != e.traceback.rend(); ++it) {
    const Code& code = *it->code;
    std::uint32_t line = code.line_of(it->instruction);
    const bool same = last_code && last_line == line && last_code->name == code.name &&
                      (last_code->source == code.source ||
                       (last_code->source && code.source &&
                        last_code->source->filename == code.source->filename));
    if (!same) {
      report_repeats();
      last_code = &code;
      last_line = line;
      count = 0;
    }
    if (++count > kRecursiveCutoff) continue;
    std::string filename = code.source ? code.source->filename : "<unknown>";
    out += "  File \"" + filename + "\", line " + std::to_string(line) + ", in " + code.name + "\n";
    if (!code.source) continue;
    std::uint32_t removed;
    std::string_view text = stripped_line(*code.source, line, removed);
    if (text.empty()) continue;
    out += "    " + std::string(text) + "\n";
    // 3.11's carets (traceback.c's tb_displayline), unless they would cover the whole line.
    if (it->instruction >= code.positions.size()) continue;
    const ast::Range& r = code.positions[it->instruction];
    const std::string_view full = code.source->line(line);
    if (r.line != line || r.end_line < line || r.column < removed || r.column > full.size())
      continue;
    // Columns as a terminal shows them: wide characters take two, and two marks.
    const std::uint32_t start = display_width(full.substr(removed, r.column - removed));
    std::uint32_t end;
    std::size_t left = 0, right = 0;
    bool anchored = false;
    std::string_view segment;
    if (r.end_line == line) {
      const std::size_t segment_end =
          std::max<std::size_t>(r.column, std::min<std::size_t>(r.end_column, full.size()));
      segment = full.substr(r.column, segment_end - r.column);
      end = start + display_width(segment);
      anchored = caret_anchors(segment, left, right);
    } else {
      // An expression over several lines: up to the end of this one.
      std::size_t last = full.size();
      while (last > 0 && is_blank(full[last - 1])) --last;
      end = display_width(full.substr(removed, std::max<std::size_t>(last, removed) - removed));
    }
    if (end <= start && !anchored) continue;
    if (anchored) {
      // '^' inside the anchors, '~' around them, one per column.
      std::string marks;
      for (std::size_t i = 0; i < segment.size(); ++i) {
        if ((static_cast<unsigned char>(segment[i]) & 0xC0) == 0x80) continue;
        std::size_t next = i + 1;
        while (next < segment.size() && (static_cast<unsigned char>(segment[next]) & 0xC0) == 0x80)
          ++next;
        marks.append(display_width(segment.substr(i, next - i)),
                     i >= left && i < right ? '^' : '~');
      }
      out += "    " + std::string(start, ' ') + marks + "\n";
    } else if (!(start == 0 && end == display_width(text))) {
      out += "    " + std::string(start, ' ') + std::string(end - start, '^') + "\n";
    }
  }
  report_repeats();
}

// traceback.py's _ExceptionPrintContext: exception groups nest their members' reports in
// boxes, each line of a nested report prefixed by the group depth's indent and a margin.
struct PrintContext {
  bool chain = true;  // false: the exception alone (sys.unraisablehook's report)
  std::vector<const Object*> seen;
  int group_depth = 0;
  bool need_close = false;

  std::string indent() const { return std::string(2 * group_depth, ' '); }
  void emit(std::string& out, const std::string& text, char margin = '|') const {
    std::string prefix = indent();
    if (group_depth) prefix += std::string(1, margin) + " ";
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size() - 1;
      out += prefix;
      out.append(text, start, end - start + 1);
      start = end + 1;
    }
  }
};

constexpr std::size_t kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;

void format_chain(VM& vm, const Value& exception, PrintContext& ctx, std::string& out) {
  // The chain, outermost cause first (TracebackException.format with chain=True).
  std::vector<std::pair<const char*, Value>> chain;
  Value current = exception;
  const char* message = nullptr;
  while (current) {
    ctx.seen.push_back(current.object());
    if (!ctx.chain) {
      chain.emplace_back(nullptr, current);
      break;
    }
    chain.emplace_back(message, current);
    ExceptionObject* e = vm.as_exception(current);
    auto unseen = [&](const Value& v) {
      return v && std::find(ctx.seen.begin(), ctx.seen.end(), v.object()) == ctx.seen.end();
    };
    if (e && unseen(e->cause)) {
      message = "\nThe above exception was the direct cause of the following exception:\n\n";
      current = e->cause;
    } else if (e && !e->suppress_context && unseen(e->context)) {
      message = "\nDuring handling of the above exception, another exception occurred:\n\n";
      current = e->context;
    } else {
      current = Value();
    }
  }
  // An entry's message leads from it to the exception it caused, printed next.
  for (std::size_t i = chain.size(); i-- > 0;) {
    const Value& exc = chain[i].second;
    ExceptionObject* e = vm.as_exception(exc);
    std::string notes;
    if (e && e->notes && vm.type_index(e->notes) == kListType)
      for (const Value& note : e->notes.as<List>()->items)
        if (vm.is_str(note)) notes += VM::str_text(note) + "\n";
    bool is_group = e && e->exceptions && vm.type_index(e->exceptions) == kTupleType;
    if (!is_group) {
      if (e && !e->traceback.empty()) {
        std::string tb = "Traceback (most recent call last):\n";
        format_traceback(*e, tb);
        ctx.emit(out, tb);
      }
      ctx.emit(out, exception_line(vm, exc) + notes);
    } else if (ctx.group_depth > kMaxGroupDepth) {
      ctx.emit(out, "... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n");
    } else {
      bool top_level = ctx.group_depth == 0;
      if (top_level) ++ctx.group_depth;
      if (!e->traceback.empty()) {
        ctx.emit(out, "Exception Group Traceback (most recent call last):\n",
                 top_level ? '+' : '|');
        std::string tb;
        format_traceback(*e, tb);
        ctx.emit(out, tb);
      }
      ctx.emit(out, exception_line(vm, exc) + notes);
      const auto& members = e->exceptions.as<Tuple>()->items;
      std::size_t n = members.size() <= kMaxGroupWidth ? members.size() : kMaxGroupWidth + 1;
      ctx.need_close = false;
      for (std::size_t m = 0; m < n; ++m) {
        bool last = m == n - 1;
        if (last) ctx.need_close = true;
        bool truncated = m >= kMaxGroupWidth;
        std::string title = truncated ? "..." : std::to_string(m + 1);
        out += ctx.indent() + (m == 0 ? "+-" : "  ") + "+---------------- " + title +
               " ----------------\n";
        ++ctx.group_depth;
        if (!truncated) {
          format_chain(vm, members[m], ctx, out);
        } else {
          std::size_t remaining = members.size() - kMaxGroupWidth;
          ctx.emit(out, "and " + std::to_string(remaining) + " more exception" +
                            (remaining > 1 ? "s" : "") + "\n");
        }
        if (last && ctx.need_close) {
          out += ctx.indent() + "+------------------------------------\n";
          ctx.need_close = false;
        }
        --ctx.group_depth;
      }
      if (top_level) ctx.group_depth = 0;
    }
    if (chain[i].first) ctx.emit(out, chain[i].first);
  }
}

// CPython 3.11's display of where a SyntaxError is (pythonrun.c's print_exception and
// print_error_text): the line without its indentation, then carets from the error's offset — a
// range only for SyntaxError itself (its subclasses get one caret), to the end of the line when
// the error spans lines. Offsets count characters from 1, as SyntaxError.offset does.
std::string syntax_error_text(const Source& source, const SyntaxErrorInfo& error) {
  if (error.start.line == 0 || error.start.line > source.line_starts.size()) return "";
  const std::string_view full = source.line(error.start.line);
  const std::size_t line_end = source.line_starts[error.start.line - 1] + full.size();
  const std::int64_t line_size = full.size() + (line_end < source.text.size() ? 1 : 0);
  auto offset_of = [&](std::uint32_t column) {
    return std::int64_t{columns(full.substr(0, std::min<std::size_t>(column, full.size())))} + 1;
  };
  std::int64_t offset = offset_of(error.start.column);
  std::int64_t end_offset = -1;
  if (error.type == "SyntaxError")
    end_offset = error.end.line > error.start.line ? line_size : offset_of(error.end.column);
  end_offset = std::min(end_offset, line_size + 1);
  const std::int64_t carets = end_offset > offset ? end_offset - offset : 1;
  std::size_t indent = 0;
  while (indent < full.size() &&
         (full[indent] == ' ' || full[indent] == '\t' || full[indent] == '\f'))
    ++indent;
  const std::string_view text = full.substr(indent);
  offset = std::min<std::int64_t>(offset - 1 - static_cast<std::int64_t>(indent), text.size());
  std::string out = "    " + std::string(text) + "\n";
  if (offset >= 0)
    out += "    " + std::string(static_cast<std::size_t>(offset), ' ') +
           std::string(static_cast<std::size_t>(carets), '^') + "\n";
  return out;
}

// Where a source stops being UTF-8, as CPython's tokenizer checks it before anything else: the
// offset of the first byte of the first invalid sequence, or npos.
std::size_t first_invalid_utf8(const std::string& text) {
  std::size_t end = 0;
  const char* reason = nullptr;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = utf8_sequence(text, i, end, reason);
    if (length == 0) return i;
    i += length;
  }
  return std::string::npos;
}

}  // namespace

std::string format_exception(VM& vm, const Value& exception, bool chain) {
  PrintContext ctx;
  ctx.chain = chain;
  std::string out;
  format_chain(vm, exception, ctx, out);
  return out;
}

// _traceback.anchors(segment): the printer's anchors in a failing segment, as character offsets
// (traceback.py's _extract_caret_anchors_from_line_segment), or None.
Value traceback_anchors(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "_traceback.anchors", 1, 1)) return {};
  if (!vm.is_str(args[0])) return vm.type_error("_traceback.anchors() argument must be str");
  const std::string text = VM::str_text(args[0]);
  std::size_t left = 0, right = 0;
  if (!caret_anchors(text, left, right)) return vm.none();
  const std::string_view segment = text;
  return vm.make_tuple({vm.make_int(columns(segment.substr(0, left))),
                        vm.make_int(columns(segment.substr(0, std::min(right, text.size()))))});
}

// _traceback.width(text): the columns a terminal gives it (traceback.py's _display_width).
Value traceback_width(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "_traceback.width", 1, 1)) return {};
  if (!vm.is_str(args[0])) return vm.type_error("_traceback.width() argument must be str");
  return vm.make_int(display_width(VM::str_text(args[0])));
}

// ---- The driver ---------------------------------------------------------------------------------
//
// Phases of a run:
//   Script    a plain script's module frame runs outside the loop; asyncio.run() or
//             loop.run_until_complete() suspend it (HostRequest::RunUntilComplete) and hand
//             over to the loop;
//   Loop      the loop runs until `main_` (asyncio.run's task, or the top-level-await cell's)
//             is done — like CPython, through a done-callback that stops the loop after the
//             iteration it runs in;
//   Shutdown  asyncio.run's epilogue: the tasks left are cancelled and run until done, then
//             the script resumes with main's result;
//   Drain     after the code ends, pending tasks run until none is left (notebook semantics);
//   Done.
// In any phase a time.sleep() or input() (in the script or in a task) makes the run wait for
// the host; a task that does so has paused the loop mid-iteration (aio::EventLoop::pause).
class ProgramDriver {
 public:
  ProgramDriver(VM& vm, Program& program, ProgramOptions options)
      : vm_(vm),
        program_(program),
        options_(options),
        loop_(std::make_shared<aio::EventLoop>(aio::LoopOptions{
            options.virtual_time ? aio::ClockKind::Virtual : aio::ClockKind::Real})) {
    set_asyncio_vm(&vm);
    install_asyncio_loop(vm, *loop_);
    vm.set_finalizers_enabled(true);
  }

  ~ProgramDriver() {
    // A program stopped before its end: what it held goes without running Python.
    vm_.set_finalizers_enabled(false);
    if (script_) vm_.interpreter().discard_chain(script_);
    script_ = nullptr;
    main_ = Value();
    waiting_ = HostRequest{};
    cancelled_.clear();
    draining_.clear();
    // Tasks that never finished: drop their coroutines, which breaks task <-> future cycles;
    // and the callbacks and timers still scheduled.
    loop_->discard_pending();
    // The module's namespace goes now, while the loop can still report what it held ("Task
    // exception was never retrieved"); classes keep their functions' globals alive until the VM
    // goes, which would be too late.
    if (globals_) vm_.dict_clear(*globals_.as<Dict>());
    globals_ = Value();
    if (vm_.has_pending_exception()) vm_.take_exception();
    // Whatever the VM still holds is dropped with it: the loop stays alive (and quiet) until then.
    loop_->set_exception_handler([](const aio::ExceptionContext&) {});
    vm_.keep_until_destroyed(loop_);
    vm_.loop = nullptr;
    set_asyncio_vm(nullptr);
  }

  Program::State start(std::string filename, std::string text);
  Program::State run(double slice_seconds);
  void provide_input(std::optional<std::string> line) {
    input_line_ = std::move(line);
    input_ready_ = true;
  }

 private:
  enum class Phase { Script, Loop, Shutdown, Drain, Done };

  Program::State finish() {
    // The interpreter's exit: then nothing more runs (a Stop skips it).
    if (globals_ && !exited_ && !vm_.host().interrupt_requested()) vm_.finalize_reachable(globals_);
    exited_ = true;
    vm_.set_finalizers_enabled(false);
    phase_ = Phase::Done;
    return program_.state_ = Program::State::Finished;
  }
  Program::State answer_or_wait();
  void handle_script(RunResult result);
  void wait_for_host(HostRequest request, Frame* script_frame);
  void enter_loop(Value main, bool shutdown);
  void main_done();
  void resume_script_with_main();
  bool loop_step(double pause_at);
  void report_uncaught(Value exception);
  // CPython's error when run_until_complete's future can no longer complete.
  Value loop_stopped_error() {
    return vm_.new_exception(vm_.exc().RuntimeError,
                             {vm_.make_str("Event loop stopped before Future completed.")});
  }

  VM& vm_;
  Program& program_;
  ProgramOptions options_;
  std::shared_ptr<aio::EventLoop> loop_;  // shared with the VM at the end (see ~ProgramDriver)
  Phase phase_ = Phase::Done;
  bool exited_ = false;            // finish() ran
  bool asyncgens_closed_ = false;  // Shutdown: shutdown_asyncgens() has run
  std::shared_ptr<Code> code_;
  Value globals_;
  Frame* script_ = nullptr;  // the script's suspended frame chain (innermost)

  Value main_;              // the future the loop runs for
  bool top_level_ = false;  // main_ is the top-level-await cell
  bool shutdown_ = false;   // main_ is asyncio.run's: cancel the rest afterwards
  bool stop_loop_ = false;  // main_'s done-callback ran: stop after this iteration
  Value escaping_;          // KeyboardInterrupt / SystemExit out of a task or callback
  std::vector<aio::Ref<aio::TaskBase>> cancelled_;  // Shutdown: the tasks asyncio.run cancelled
  std::vector<aio::Ref<aio::TaskBase>> draining_;   // Drain: the tasks of this round

  // An outstanding host request (time.sleep, input), from the script or from a task.
  bool host_wait_ = false;
  HostRequest waiting_;
  double sleep_until_ = 0;
  bool input_ready_ = false;
  std::optional<std::string> input_line_;
  bool yield_now_ = false;  // a computation stopped at its slice's end: return Running
};

Program::State ProgramDriver::start(std::string filename, std::string text) {
  if (std::size_t bad = first_invalid_utf8(text); bad != std::string::npos) {
    // CPython's message, and nothing runs.
    auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(bad), '\n');
    vm_.host().write_stderr(
        "SyntaxError: Non-UTF-8 code starting with '\\x" +
        num::hex_digits(static_cast<unsigned char>(text[bad]), 2) + "' in file " + filename +
        " on line " + std::to_string(line) +
        ", but no encoding declared; see https://peps.python.org/pep-0263/ for details\n");
    program_.exit_status_ = 1;
    return finish();
  }
  auto source = make_source(filename, std::move(text));
  CompileOptions compile_options;
  compile_options.display = options_.display;
  CompileResult compiled = compile_program(vm_, source, compile_options);
  // The compiler's SyntaxWarnings, as the warnings module shows them.
  for (const CompileWarning& warning : compiled.warnings) {
    std::string_view line = source->line(warning.line);
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.front())))
      line.remove_prefix(1);
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back())))
      line.remove_suffix(1);
    vm_.host().write_stderr(filename + ":" + std::to_string(warning.line) +
                            ": SyntaxWarning: " + warning.message + "\n" +
                            (line.empty() ? "" : "  " + std::string(line) + "\n"));
  }
  if (!compiled.code) {
    const SyntaxErrorInfo& error = *compiled.error;
    std::string out = "  File \"" + filename + "\", line " + std::to_string(error.start.line) +
                      "\n" + syntax_error_text(*source, error);
    out += error.type + ": " + error.message + "\n";
    vm_.host().write_stderr(out);
    program_.exit_status_ = 1;
    return finish();
  }
  code_ = compiled.code;
  globals_ = vm_.make_dict();
  Dict& globals = *globals_.as<Dict>();
  // A script's module attributes, in CPython's order (its loader object is None here).
  vm_.dict_set_item(globals, "__name__", vm_.make_str("__main__"));
  vm_.dict_set_item(globals, "__doc__", code_->doc ? code_->doc : vm_.none());
  for (const char* name : {"__package__", "__loader__", "__spec__"})
    vm_.dict_set_item(globals, name, vm_.none());
  vm_.dict_set_item(globals, "__annotations__", vm_.make_dict());
  Value builtins = vm_.import_module(vm_.intern("builtins"));
  if (builtins) vm_.dict_set_item(globals, "__builtins__", builtins);
  // The path the host named the program by (the command line's, as given).
  vm_.dict_set_item(globals, "__file__", vm_.make_str(filename));
  vm_.dict_set_item(globals, "__cached__", vm_.none());
  // sys.modules['__main__'] is the program's module, whose namespace is these globals.
  Value main_module = vm_.make_module("__main__");
  main_module.as<Module>()->dict = globals_;
  vm_.dict_set_item(*vm_.sys_modules().as<Dict>(), "__main__", std::move(main_module));
  Frame* frame = new_frame(code_.get());
  frame->globals = globals_;
  frame->locals = globals_;
  frame->mode = FrameMode::Entry;
  if (code_->flags & kTopLevelAwait) {
    // A notebook cell: the module body is the coroutine of the first task.
    Value cell = make_generator(vm_, frame);
    cell.object()->set_user_tag(kCoroutineType);
    enter_loop(new_task(vm_, std::move(cell)), false);
    top_level_ = true;
  } else {
    phase_ = Phase::Script;
    script_ = frame;
  }
  return program_.state_ = Program::State::Running;
}

void ProgramDriver::enter_loop(Value main, bool shutdown) {
  main_ = std::move(main);
  shutdown_ = shutdown;
  stop_loop_ = false;
  phase_ = Phase::Loop;
  if (!main_) return;  // run_forever(): until loop.stop()
  auto& future = *static_cast<aio::FutureBase*>(main_.object());
  if (shutdown_ && future.done()) {
    // Runner.close(): straight to asyncio.run's epilogue, before any iteration.
    stop_loop_ = true;
    return;
  }
  // run_until_complete's _run_until_complete_cb: the first callback added to the future.
  future.add_done_callback([this](aio::FutureBase&) { stop_loop_ = true; });
}

void ProgramDriver::wait_for_host(HostRequest request, Frame* script_frame) {
  if (script_frame) script_ = script_frame;
  host_wait_ = true;
  waiting_ = std::move(request);
  if (waiting_.kind == HostRequest::Kind::Sleep) {
    sleep_until_ = aio::EventLoop::steady_seconds() + waiting_.seconds;
  } else if (waiting_.kind == HostRequest::Kind::Yield) {
    yield_now_ = true;
  } else if (waiting_.kind == HostRequest::Kind::Input) {
    input_ready_ = false;
    input_line_.reset();
    vm_.host().write_stdout(waiting_.prompt);
    program_.input_prompt_ = waiting_.prompt;
  }
}

void ProgramDriver::handle_script(RunResult result) {
  switch (result.status) {
    case RunStatus::Returned:
      // A plain script's end is the program's: tasks a stopped loop still holds (left by
      // run_until_complete, or made with no loop running) never run, as in CPython.
      phase_ = Phase::Done;
      break;
    case RunStatus::Raised:
      // Drained: a KeyboardInterrupt out of asyncio.run leaves the tasks it cancelled to run
      // (CPython runs them in asyncio.run's shutdown, before the exception reaches the top).
      report_uncaught(vm_.take_exception());
      phase_ = Phase::Drain;
      break;
    case RunStatus::HostRequest: {
      HostRequest request = std::move(vm_.interpreter().host_request);
      vm_.interpreter().host_request = HostRequest{};
      script_ = result.innermost;
      if (request.kind == HostRequest::Kind::RunUntilComplete) {
        enter_loop(std::move(request.task), request.shutdown);
      } else {
        wait_for_host(std::move(request), nullptr);
      }
      break;
    }
    default:
      vm_.interpreter().discard_chain(result.innermost);
      vm_.host().write_stderr("RuntimeError: the program waited outside the event loop\n");
      program_.exit_status_ = 1;
      phase_ = Phase::Drain;
      break;
  }
}

// Outstanding host request: answered (the run goes on), or still to wait for.
Program::State ProgramDriver::answer_or_wait() {
  Value answer;
  Value thrown;
  if (vm_.host().interrupt_requested()) {
    thrown = vm_.new_exception(vm_.exc().KeyboardInterrupt, {});
  } else if (waiting_.kind == HostRequest::Kind::Sleep) {
    double left = sleep_until_ - aio::EventLoop::steady_seconds();
    if (left > 0) {
      program_.wait_seconds_ = left;
      return program_.state_ = Program::State::Sleeping;
    }
    answer = vm_.none();
  } else if (waiting_.kind == HostRequest::Kind::Yield) {
    // The host had its turn: go on where the computation stopped (nothing to push).
  } else if (waiting_.kind == HostRequest::Kind::Input) {
    if (!input_ready_) return program_.state_ = Program::State::WaitingInput;
    if (input_line_) {
      answer = vm_.make_str(*input_line_);
    } else {
      thrown = vm_.new_exception(vm_.exc().EOFError, {vm_.make_str("EOF when reading a line")});
    }
    input_ready_ = false;
  } else {
    thrown = vm_.new_exception(vm_.exc().RuntimeError,
                               {vm_.make_str("unsupported request to the host")});
  }
  host_wait_ = false;
  Value task = std::move(waiting_.waiting_task);
  waiting_ = HostRequest{};
  if (task) {
    static_cast<TaskObject*>(task.object())
        ->resume_after_host(std::move(answer), std::move(thrown));
    if (vm_.interpreter().host_request.kind != HostRequest::Kind::None) {
      HostRequest request = std::move(vm_.interpreter().host_request);
      vm_.interpreter().host_request = HostRequest{};
      wait_for_host(std::move(request), nullptr);
    }
    if (vm_.has_pending_exception() && !escaping_) escaping_ = vm_.take_exception();
  } else {
    Frame* frame = script_;
    script_ = nullptr;
    vm_.interpreter().set_suspendable();
    handle_script(vm_.interpreter().resume(frame, std::move(answer), std::move(thrown)));
  }
  return program_.state_ = Program::State::Running;
}

// One (possibly partial) loop iteration; false when the loop has nothing it could ever run.
bool ProgramDriver::loop_step(double pause_at) {
  loop_->run_once(pause_at);
  if (vm_.interpreter().host_request.kind != HostRequest::Kind::None) {
    HostRequest request = std::move(vm_.interpreter().host_request);
    vm_.interpreter().host_request = HostRequest{};
    if (request.kind == HostRequest::Kind::RunUntilComplete) {
      // asyncio.run() inside a running loop is refused before it asks; nothing else asks this.
      request.task = Value();
    }
    wait_for_host(std::move(request), nullptr);
  }
  if (vm_.has_pending_exception() && !escaping_) escaping_ = vm_.take_exception();
  return true;
}

void ProgramDriver::report_uncaught(Value exception) {
  if (vm_.is_instance(exception, vm_.exc().SystemExit)) {
    ExceptionObject* e = vm_.as_exception(exception);
    auto& args = e->args.as<Tuple>()->items;
    std::int64_t code = 0;
    if (args.empty() || vm_.is_none(args[0])) {
      program_.exit_status_ = 0;
    } else if (vm_.to_int64(args[0], code)) {
      program_.exit_status_ = static_cast<int>(code & 0xff);
    } else {
      vm_.host().write_stderr(vm_.str_text_of(args[0]).value_or("") + "\n");
      program_.exit_status_ = 1;
    }
    return;
  }
  vm_.host().write_stderr(format_exception(vm_, exception));
  program_.exit_status_ = 1;
}

// main_ is done (or an exception escaped the loop): what comes next.
void ProgramDriver::main_done() {
  if (top_level_) {
    top_level_ = false;
    auto& task = *static_cast<TaskObject*>(main_.object());
    Value exception = escaping_ ? escaping_ : Value();
    if (escaping_) task.mark_exception_retrieved();
    if (!exception && task.cancelled())
      exception = Value(static_cast<Object*>(task.make_cancelled_error().get()));
    if (!exception) exception = task_exception(task);
    main_ = Value();
    bool interrupted = static_cast<bool>(escaping_);
    escaping_ = Value();
    if (exception) report_uncaught(exception);
    phase_ = interrupted ? Phase::Done : Phase::Drain;
    return;
  }
  if (shutdown_) {
    // asyncio.run's _cancel_all_tasks.
    // Green threads are not cancelled; asyncio.run waits for them as for its executor's.
    cancelled_ = loop_->all_tasks();
    for (auto& task : cancelled_)
      if (!static_cast<TaskObject*>(task.get())->is_thread) task->cancel();
    phase_ = Phase::Shutdown;
    asyncgens_closed_ = false;
    return;
  }
  resume_script_with_main();
}

void ProgramDriver::resume_script_with_main() {
  Value answer;
  Value thrown;
  auto* future = main_ ? static_cast<aio::FutureBase*>(main_.object()) : nullptr;
  if (escaping_) {
    // KeyboardInterrupt or SystemExit out of a task: it ends asyncio.run, the task keeps it.
    if (future) future->mark_exception_retrieved();
    thrown = std::move(escaping_);
    escaping_ = Value();
  } else if (!future) {
    // run_forever() returns None once stopped, or once nothing can ever happen again (where
    // CPython would wait forever).
    answer = vm_.none();
  } else if (!future->done()) {
    thrown = loop_stopped_error();
  } else if (future->cancelled()) {
    thrown = Value(static_cast<Object*>(future->make_cancelled_error().get()));
  } else if (aio::Error error = future->result_error()) {
    thrown = Value(static_cast<Object*>(error.get()));
  } else {
    answer = future_result_value(*future);
    if (!answer) answer = vm_.none();
  }
  main_ = Value();
  phase_ = Phase::Script;
  Frame* frame = script_;
  script_ = nullptr;
  vm_.interpreter().set_suspendable();
  handle_script(vm_.interpreter().resume(frame, std::move(answer), std::move(thrown)));
}

Program::State ProgramDriver::run(double slice_seconds) {
  const double pause_at =
      std::isinf(slice_seconds) ? slice_seconds : aio::EventLoop::steady_seconds() + slice_seconds;
  vm_.interpreter().yield_at = pause_at;
  for (;;) {
    if (phase_ == Phase::Done) return finish();
    if (yield_now_) {
      yield_now_ = false;
      return program_.state_ = Program::State::Running;
    }
    if (host_wait_) {
      Program::State state = answer_or_wait();
      if (state != Program::State::Running) return state;
      continue;
    }
    if (phase_ == Phase::Script) {
      Frame* frame = script_;
      script_ = nullptr;
      vm_.interpreter().set_suspendable();
      handle_script(vm_.interpreter().run(frame));
      continue;
    }
    if (!loop_->in_iteration()) {
      // Between iterations: has the phase reached its end?
      if (phase_ == Phase::Loop && (stop_loop_ || escaping_ || loop_->stop_requested())) {
        loop_->clear_stop();
        main_done();
        continue;
      }
      if (phase_ == Phase::Shutdown) {
        // Done when every cancelled task is, or when none of them can ever go on.
        bool all_done = escaping_ || !loop_->time_until_next_event() ||
                        std::all_of(cancelled_.begin(), cancelled_.end(),
                                    [](auto& task) { return task->done(); });
        if (all_done) {
          for (auto& task : cancelled_) {
            if (task->cancelled() || !task->failed()) continue;
            report_loop_error(vm_, "unhandled exception during asyncio.run() shutdown",
                              task_exception(*static_cast<TaskObject*>(task.get())), task.get(),
                              nullptr, "task");
          }
          cancelled_.clear();
          // Then asyncio.run's shutdown_asyncgens() and shutdown_default_executor(), both
          // tasks: the first closes the loop's async generators still alive.
          if (!asyncgens_closed_) {
            asyncgens_closed_ = true;
            if (Value task = start_asyncgen_shutdown(vm_)) {
              cancelled_.emplace_back(static_cast<aio::TaskBase*>(task.object()));
              continue;
            }
            loop_->next_task_name();
          }
          loop_->next_task_name();
          resume_script_with_main();
          continue;
        }
      }
      if (phase_ == Phase::Drain) {
        if (escaping_) return finish();
        bool round_done = std::all_of(draining_.begin(), draining_.end(),
                                      [](auto& task) { return task->done(); });
        if (round_done) {
          draining_ = loop_->all_tasks();
          if (draining_.empty()) return finish();
          loop_->next_task_name();  // the oracle waits for them with asyncio.wait(), a task
        }
      }
      // Wait for the next event, or find that nothing can ever happen again.
      std::optional<double> delay = loop_->time_until_next_event();
      if (!delay) {
        // Nothing can ever happen again: what waits for the loop waits for nothing.
        if (phase_ == Phase::Drain) return finish();
        if (top_level_) {
          escaping_ = loop_stopped_error();
        } else if (shutdown_) {
          main_done();  // asyncio.run: cancel what is left; main_ ends cancelled or not at all
        } else {
          resume_script_with_main();  // run_until_complete raises loop_stopped_error()
        }
        continue;
      }
      if (*delay > 0) {
        if (vm_.host().interrupt_requested()) {
          escaping_ = vm_.new_exception(vm_.exc().KeyboardInterrupt, {});
          continue;
        }
        program_.wait_seconds_ = *delay;
        return program_.state_ = Program::State::Sleeping;
      }
    }
    // Python code polls the host's interrupt flag in its loops; a loop that only switches tasks
    // must poll it too.
    if (vm_.host().interrupt_requested() && !escaping_) {
      escaping_ = vm_.new_exception(vm_.exc().KeyboardInterrupt, {});
      continue;
    }
    loop_step(pause_at);
    if (aio::EventLoop::steady_seconds() >= pause_at && !host_wait_)
      return program_.state_ = Program::State::Running;
  }
}

// ---- Program
// -------------------------------------------------------------------------------------

Program::Program(VM& vm, ProgramOptions options)
    : driver_(std::make_unique<ProgramDriver>(vm, *this, options)) {}

Program::~Program() = default;

Program::State Program::start(std::string filename, std::string text) {
  return driver_->start(std::move(filename), std::move(text));
}

Program::State Program::run(double slice_seconds) {
  if (state_ == State::Finished) return state_;
  return driver_->run(slice_seconds);
}

void Program::provide_input(std::optional<std::string> line) {
  driver_->provide_input(std::move(line));
}

}  // namespace py
