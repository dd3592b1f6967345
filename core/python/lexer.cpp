#include "lexer.hpp"

#include "num/float_format.hpp"

namespace py {
namespace {

struct Operator {
  std::string_view text;
  TokenKind kind;
};

// Longest first, so that the first match is the longest.
constexpr Operator kOperators[] = {
    {"**=", TokenKind::DoubleStarEqual},
    {"...", TokenKind::Ellipsis},
    {"//=", TokenKind::DoubleSlashEqual},
    {"<<=", TokenKind::LeftShiftEqual},
    {">>=", TokenKind::RightShiftEqual},
    {"!=", TokenKind::NotEqual},
    {"%=", TokenKind::PercentEqual},
    {"&=", TokenKind::AmperEqual},
    {"**", TokenKind::DoubleStar},
    {"*=", TokenKind::StarEqual},
    {"+=", TokenKind::PlusEqual},
    {"-=", TokenKind::MinEqual},
    {"->", TokenKind::RArrow},
    {"//", TokenKind::DoubleSlash},
    {"/=", TokenKind::SlashEqual},
    {":=", TokenKind::ColonEqual},
    {"<<", TokenKind::LeftShift},
    {"<=", TokenKind::LessEqual},
    {"==", TokenKind::EqEqual},
    {">=", TokenKind::GreaterEqual},
    {">>", TokenKind::RightShift},
    {"@=", TokenKind::AtEqual},
    {"^=", TokenKind::CircumflexEqual},
    {"|=", TokenKind::VBarEqual},
    {"%", TokenKind::Percent},
    {"&", TokenKind::Amper},
    {"(", TokenKind::LPar},
    {")", TokenKind::RPar},
    {"*", TokenKind::Star},
    {"+", TokenKind::Plus},
    {",", TokenKind::Comma},
    {"-", TokenKind::Minus},
    {".", TokenKind::Dot},
    {"/", TokenKind::Slash},
    {":", TokenKind::Colon},
    {";", TokenKind::Semi},
    {"<", TokenKind::Less},
    {"=", TokenKind::Equal},
    {">", TokenKind::Greater},
    {"@", TokenKind::At},
    {"[", TokenKind::LSqb},
    {"]", TokenKind::RSqb},
    {"^", TokenKind::Circumflex},
    {"{", TokenKind::LBrace},
    {"|", TokenKind::VBar},
    {"}", TokenKind::RBrace},
    {"~", TokenKind::Tilde},
};

// The code point of the UTF-8 sequence at `text` (and its length in bytes).
std::uint32_t decode(std::string_view text, int* length) {
  unsigned char c = static_cast<unsigned char>(text[0]);
  *length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (*length > static_cast<int>(text.size())) *length = 1;
  std::uint32_t code = *length == 1 ? c : c & (0xFF >> (*length + 1));
  for (int i = 1; i < *length; ++i) code = (code << 6) | (text[i] & 0x3F);
  return code;
}

// Non-ASCII letters may appear in names (é, ß, π...). Rather than Unicode's full XID tables, this
// rejects the symbol and punctuation blocks students paste by accident — curly quotes, €, «»,
// non-breaking spaces, arrows, emoji — so they get CPython's "invalid character" message.
bool is_identifier_code_point(std::uint32_t code) {
  if (code < 0x80) return false;
  if (code <= 0xBF) return code == 0xAA || code == 0xB5 || code == 0xBA;
  if (code == 0xD7 || code == 0xF7) return false;
  if (code >= 0x2000 && code <= 0x2BFF) return false;
  if (code >= 0x3000 && code <= 0x303F) return false;
  if (code >= 0xFE30 && code <= 0xFE4F) return false;
  if (code >= 0xFF00 && code <= 0xFF0F) return false;
  if (code >= 0x1F000 && code <= 0x1FAFF) return false;
  return true;
}

bool is_ascii_identifier_start(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_string_prefix(std::string_view word) {
  if (word.empty() || word.size() > 2) return false;
  std::string lower;
  for (char c : word) lower += static_cast<char>(c | 0x20);
  return lower == "r" || lower == "u" || lower == "b" || lower == "f" || lower == "br" ||
         lower == "rb" || lower == "fr" || lower == "rf";
}

}  // namespace

std::string_view token_kind_name(TokenKind kind) {
  static constexpr std::string_view kNames[] = {"ENDMARKER",
                                                "NAME",
                                                "NUMBER",
                                                "STRING",
                                                "NEWLINE",
                                                "INDENT",
                                                "DEDENT",
                                                "LPAR",
                                                "RPAR",
                                                "LSQB",
                                                "RSQB",
                                                "COLON",
                                                "COMMA",
                                                "SEMI",
                                                "PLUS",
                                                "MINUS",
                                                "STAR",
                                                "SLASH",
                                                "VBAR",
                                                "AMPER",
                                                "LESS",
                                                "GREATER",
                                                "EQUAL",
                                                "DOT",
                                                "PERCENT",
                                                "LBRACE",
                                                "RBRACE",
                                                "EQEQUAL",
                                                "NOTEQUAL",
                                                "LESSEQUAL",
                                                "GREATEREQUAL",
                                                "TILDE",
                                                "CIRCUMFLEX",
                                                "LEFTSHIFT",
                                                "RIGHTSHIFT",
                                                "DOUBLESTAR",
                                                "PLUSEQUAL",
                                                "MINEQUAL",
                                                "STAREQUAL",
                                                "SLASHEQUAL",
                                                "PERCENTEQUAL",
                                                "AMPEREQUAL",
                                                "VBAREQUAL",
                                                "CIRCUMFLEXEQUAL",
                                                "LEFTSHIFTEQUAL",
                                                "RIGHTSHIFTEQUAL",
                                                "DOUBLESTAREQUAL",
                                                "DOUBLESLASH",
                                                "DOUBLESLASHEQUAL",
                                                "AT",
                                                "ATEQUAL",
                                                "RARROW",
                                                "ELLIPSIS",
                                                "COLONEQUAL"};
  return kNames[static_cast<int>(kind)];
}

Lexer::Lexer(std::string_view source) : source_(source) {
  if (source_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = line_start_ = 3;  // UTF-8 byte order mark
}

SourcePosition Lexer::here() const {
  return {line_, static_cast<std::uint32_t>(pos_ - line_start_)};
}

char Lexer::peek(std::size_t ahead) const {
  return pos_ + ahead < source_.size() ? source_[pos_ + ahead] : '\0';
}

Token Lexer::make(TokenKind kind, std::size_t begin, SourcePosition start) {
  emitted_anything_on_line_ = true;
  return Token{kind, source_.substr(begin, pos_ - begin), start, here()};
}

Token Lexer::fail(std::string message, SourcePosition start, SourcePosition end, std::string type) {
  error_ = SyntaxErrorInfo{std::move(type), std::move(message), start, end};
  finished_ = true;
  return Token{TokenKind::EndMarker, {}, start, start};
}

bool Lexer::start_of_line() {
  int column = 0;
  int alt_column = 0;
  while (!at_end()) {
    char c = peek();
    if (c == ' ') {
      ++column;
      ++alt_column;
    } else if (c == '\t') {
      column = (column / 8 + 1) * 8;
      ++alt_column;
    } else if (c == '\f') {
      column = alt_column = 0;
    } else {
      break;
    }
    ++pos_;
  }
  if (at_end()) return true;  // end of file: handled by next()
  char c = peek();
  if (c == '#' || c == '\n' || c == '\r' || (c == '\\' && peek(1) == '\n')) {
    // A blank or comment-only line (or a continuation of one): no token at all.
    while (!at_end() && peek() != '\n') ++pos_;
    if (!at_end()) ++pos_;
    ++line_;
    line_start_ = pos_;
    return false;
  }
  at_line_start_ = false;
  auto tab_error = [&] {
    fail("inconsistent use of tabs and spaces in indentation", {line_, 0}, {line_, 0}, "TabError");
  };
  if (column > indents_.back().column) {
    if (alt_column <= indents_.back().alt_column) tab_error();
    indents_.push_back({column, alt_column});
    pending_indent_ = 1;
  } else {
    while (column < indents_.back().column) {
      indents_.pop_back();
      ++pending_dedents_;
    }
    if (column != indents_.back().column) {  // CPython points past the end of the line
      std::size_t end = source_.find('\n', pos_);
      if (end == std::string_view::npos) end = source_.size();
      SourcePosition line_end{line_, static_cast<std::uint32_t>(end - line_start_)};
      fail("unindent does not match any outer indentation level", line_end, line_end,
           "IndentationError");
    } else if (alt_column != indents_.back().alt_column) {
      tab_error();
    }
  }
  return true;
}

Token Lexer::next() {
  while (true) {
    if (finished_) return Token{TokenKind::EndMarker, {}, here(), here()};
    if (pending_indent_) {
      pending_indent_ = 0;
      return Token{
          TokenKind::Indent, source_.substr(line_start_, pos_ - line_start_), {line_, 0}, here()};
    }
    if (pending_dedents_ > 0) {
      --pending_dedents_;
      return Token{TokenKind::Dedent, {}, here(), here()};
    }
    if (at_line_start_ && brackets_.empty()) {
      if (!start_of_line()) continue;
      if (error_) return Token{TokenKind::EndMarker, {}, here(), here()};
      if (pending_indent_ || pending_dedents_) continue;
    }
    at_line_start_ = false;

    while (!at_end() && (peek() == ' ' || peek() == '\t' || peek() == '\f')) ++pos_;
    if (peek() == '#') {
      while (!at_end() && peek() != '\n' && peek() != '\r') ++pos_;
    }

    if (at_end()) {
      if (!brackets_.empty()) {
        const Bracket& open = brackets_.back();
        SourcePosition end{open.position.line, open.position.column + 1};
        return fail(std::string("'") + open.open + "' was never closed", open.position, end);
      }
      if (emitted_anything_on_line_) {  // the last line has no newline: end it anyway
        emitted_anything_on_line_ = false;
        SourcePosition start = here();
        return Token{TokenKind::Newline, {}, start, {start.line, start.column + 1}};
      }
      if (pos_ > line_start_) {  // report what follows at the start of the next line
        ++line_;
        line_start_ = pos_;
      }
      if (indents_.size() > 1) {
        indents_.pop_back();
        return Token{TokenKind::Dedent, {}, here(), here()};
      }
      finished_ = true;
      return Token{TokenKind::EndMarker, {}, here(), here()};
    }

    const std::size_t begin = pos_;
    const SourcePosition start = here();
    const unsigned char c = static_cast<unsigned char>(peek());

    if (c == '\\') {
      if (peek(1) == '\n' || (peek(1) == '\r' && peek(2) == '\n')) {
        const SourcePosition after = {line_, static_cast<std::uint32_t>(pos_ + 1 - line_start_)};
        pos_ += peek(1) == '\n' ? 2 : 3;
        if (at_end()) return fail("unexpected EOF while parsing", after, after);
        ++line_;
        line_start_ = pos_;
        continue;
      }
      ++pos_;
      return fail("unexpected character after line continuation character", here(), here());
    }
    if (c == '\n' || c == '\r') {
      pos_ += (c == '\r' && peek(1) == '\n') ? 2 : 1;
      bool logical = brackets_.empty() && emitted_anything_on_line_;
      Token token{TokenKind::Newline,
                  source_.substr(begin, pos_ - begin),
                  start,
                  {start.line, start.column + 1}};
      ++line_;
      line_start_ = pos_;
      if (!logical) continue;  // a newline inside brackets joins the lines
      emitted_anything_on_line_ = false;
      at_line_start_ = true;
      return token;
    }
    if (identifier_length(true) > 0) {
      while (std::size_t length = identifier_length(false)) pos_ += length;
      if ((peek() == '\'' || peek() == '"') &&
          is_string_prefix(source_.substr(begin, pos_ - begin))) {
        return string(begin, start, pos_);
      }
      return make(TokenKind::Name, begin, start);
    }
    if (is_digit(static_cast<char>(c)) || (c == '.' && is_digit(peek(1)))) {
      return number(begin, start);
    }
    if (c == '\'' || c == '"') return string(begin, start, pos_);
    return operator_token(begin, start);
  }
}

std::size_t Lexer::identifier_length(bool first) const {
  if (at_end()) return 0;
  unsigned char c = static_cast<unsigned char>(peek());
  if (c < 0x80) return (is_ascii_identifier_start(c) || (!first && is_digit(c))) ? 1 : 0;
  int length = 1;
  std::uint32_t code = decode(source_.substr(pos_), &length);
  return is_identifier_code_point(code) ? static_cast<std::size_t>(length) : 0;
}

Token Lexer::number(std::size_t begin, SourcePosition start) {
  auto wrong_digit = [&](const char* name) {
    SourcePosition at = here();
    return fail(std::string("invalid digit '") + peek() + "' in " + name + " literal", at, at);
  };
  auto digits = [&](auto accept) {
    while (!at_end() && (accept(peek()) || (peek() == '_' && accept(peek(1))))) ++pos_;
  };
  auto decimal = [](char ch) { return is_digit(ch); };
  if (peek() == '0' && (peek(1) == 'x' || peek(1) == 'X' || peek(1) == 'o' || peek(1) == 'O' ||
                        peek(1) == 'b' || peek(1) == 'B')) {
    char base = static_cast<char>(peek(1) | 0x20);
    pos_ += 2;
    if (peek() == '_') ++pos_;
    auto in_base = [base](char ch) {
      if (base == 'x') return is_digit(ch) || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'f');
      if (base == 'o') return ch >= '0' && ch <= '7';
      return ch == '0' || ch == '1';
    };
    const char* name = base == 'x' ? "hexadecimal" : base == 'o' ? "octal" : "binary";
    // CPython's tokenizer: a digit of the wrong base is named; anything else that is not a
    // digit where one must be points at the character before it.
    do {
      if (peek() == '_') ++pos_;
      if (!in_base(peek())) {
        if (base != 'x' && is_digit(peek())) return wrong_digit(name);
        SourcePosition before{line_, static_cast<std::uint32_t>(pos_ - 1 - line_start_)};
        return fail(std::string("invalid ") + name + " literal", before, before);
      }
      while (in_base(peek())) ++pos_;
    } while (peek() == '_');
    if (base != 'x' && is_digit(peek())) return wrong_digit(name);
    if (identifier_length(false) > 0) {  // CPython points at the last digit
      SourcePosition last{line_, static_cast<std::uint32_t>(pos_ - 1 - line_start_)};
      return fail(std::string("invalid ") + name + " literal", last, last);
    }
    return make(TokenKind::Number, begin, start);
  }
  // Digits with single underscores between them (CPython's tok_decimal_tail): an underscore
  // that no digit follows is an error pointing at it.
  auto decimal_tail = [&] {
    digits(decimal);
    return peek() != '_';
  };
  if (!decimal_tail()) return fail("invalid decimal literal", here(), here());
  bool is_float = false;
  if (peek() == '.') {
    is_float = true;
    ++pos_;
    if (!decimal_tail()) return fail("invalid decimal literal", here(), here());
  }
  if ((peek() == 'e' || peek() == 'E') &&
      (is_digit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && is_digit(peek(2))))) {
    is_float = true;
    pos_ += is_digit(peek(1)) ? 1 : 2;
    if (!decimal_tail()) return fail("invalid decimal literal", here(), here());
  }
  if (peek() == 'j' || peek() == 'J') ++pos_;
  std::string_view text = source_.substr(begin, pos_ - begin);
  if (!is_float && text.size() > 1 && text[0] == '0' &&
      text.find_first_not_of("0_") != std::string_view::npos && text.back() != 'j' &&
      text.back() != 'J') {
    // CPython marks the leading zeros.
    SourcePosition zeros_end{
        start.line, start.column + static_cast<std::uint32_t>(text.find_first_not_of("0_"))};
    return fail(
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
        "octal integers",
        start, zeros_end);
  }
  if (identifier_length(true) > 0) {  // CPython points at the last digit
    SourcePosition last{line_, static_cast<std::uint32_t>(pos_ - 1 - line_start_)};
    return fail("invalid decimal literal", last, here());
  }
  return make(TokenKind::Number, begin, start);
}

Token Lexer::string(std::size_t begin, SourcePosition start, std::size_t quote) {
  pos_ = quote;
  const char q = peek();
  const bool triple = peek(1) == q && peek(2) == q;
  pos_ += triple ? 3 : 1;
  while (true) {
    if (at_end()) {
      // CPython's tokenizer counts a line when it reads it: a final newline starts none.
      const bool ends_with_newline = pos_ > 0 && source_[pos_ - 1] == '\n';
      std::uint32_t last_line = ends_with_newline ? line_ - 1 : line_;
      // CPython points at the literal's first character only.
      if (triple) {
        return fail("unterminated triple-quoted string literal (detected at line " +
                        std::to_string(last_line) + ")",
                    start, start);
      }
      return fail(
          "unterminated string literal (detected at line " + std::to_string(last_line) + ")", start,
          start);
    }
    char c = peek();
    if (c == '\\') {
      pos_ += 1;
      if (peek() == '\r' && peek(1) == '\n') ++pos_;
      if (peek() == '\n') {
        ++pos_;
        ++line_;
        line_start_ = pos_;
      } else if (!at_end()) {
        ++pos_;
      }
      continue;
    }
    if (c == '\n' || c == '\r') {
      if (!triple) {
        return fail("unterminated string literal (detected at line " + std::to_string(line_) + ")",
                    start, start);
      }
      pos_ += (c == '\r' && peek(1) == '\n') ? 2 : 1;
      ++line_;
      line_start_ = pos_;
      continue;
    }
    if (c == q && (!triple || (peek(1) == q && peek(2) == q))) {
      pos_ += triple ? 3 : 1;
      return make(TokenKind::String, begin, start);
    }
    ++pos_;
  }
}

Token Lexer::operator_token(std::size_t begin, SourcePosition start) {
  const char first = peek();
  for (const Operator& op : kOperators) {
    // The first character rules out almost every operator without a call to compare().
    if (op.text[0] != first || source_.compare(pos_, op.text.size(), op.text) != 0) continue;
    pos_ += op.text.size();
    char c = op.text[0];
    if (op.text.size() == 1 && (c == '(' || c == '[' || c == '{')) {
      if (brackets_.size() >= kMaxNesting)
        return fail("too many nested parentheses", start, here());
      brackets_.push_back({c, start});
    } else if (op.text.size() == 1 && (c == ')' || c == ']' || c == '}')) {
      if (brackets_.empty()) return fail(std::string("unmatched '") + c + "'", start, here());
      Bracket open = brackets_.back();
      char expected = open.open == '(' ? ')' : open.open == '[' ? ']' : '}';
      if (c != expected) {
        std::string message = std::string("closing parenthesis '") + c +
                              "' does not match opening parenthesis '" + open.open + "'";
        if (open.position.line != start.line) {
          message += " on line " + std::to_string(open.position.line);
        }
        return fail(message, start, here());
      }
      brackets_.pop_back();
    }
    return make(op.kind, begin, start);
  }
  // Not a token of Python.
  unsigned char c = static_cast<unsigned char>(peek());
  if (c < 0x80) {
    ++pos_;
    return fail("invalid syntax", start, here());
  }
  // A non-ASCII character that is not part of an identifier.
  int length = 1;
  std::uint32_t code = decode(source_.substr(pos_), &length);
  pos_ += length;
  return fail("invalid character '" + std::string(source_.substr(begin, length)) + "' (U+" +
                  num::hex_digits(code, 4, true) + ")",
              start, here());
}

Tokenized tokenize(std::string_view source) {
  Tokenized result;
  Lexer lexer(source);
  while (true) {
    Token token = lexer.next();
    if (lexer.error()) {
      result.error = lexer.error();
      break;
    }
    result.tokens.push_back(token);
    if (token.kind == TokenKind::EndMarker) break;
  }
  return result;
}

std::uint32_t character_column(std::string_view source, SourcePosition position) {
  std::size_t offset = 0;
  for (std::uint32_t line = 1; line < position.line && offset < source.size(); ++line) {
    std::size_t newline = source.find('\n', offset);
    if (newline == std::string_view::npos) break;
    offset = newline + 1;
  }
  std::uint32_t characters = 0;
  for (std::size_t i = offset; i < offset + position.column && i < source.size(); ++i) {
    if ((static_cast<unsigned char>(source[i]) & 0xC0) != 0x80) ++characters;
  }
  return characters;
}

}  // namespace py
