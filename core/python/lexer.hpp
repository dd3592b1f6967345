// The lexer: Python source → tokens, following CPython 3.11's tokenizer (Parser/tokenizer.c).
//
// Indentation becomes INDENT/DEDENT tokens (tabs advance to the next multiple of 8); newlines
// inside brackets and after a backslash join lines; blank and comment-only lines produce
// nothing; an f-string is one STRING token, as in 3.11 (the parser reads inside it). Errors are
// values — a SyntaxError or IndentationError with CPython's message and position — never C++
// exceptions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "token.hpp"

namespace py {

struct SyntaxErrorInfo {
  std::string type = "SyntaxError";  // or "IndentationError", "TabError"
  std::string message;
  SourcePosition start;
  SourcePosition end;
};

class Lexer {
 public:
  explicit Lexer(std::string_view source);

  // The next token; after an error, an EndMarker (see error()).
  Token next();
  const std::optional<SyntaxErrorInfo>& error() const noexcept { return error_; }

  // Nesting limit of brackets, as CPython's tokenizer (MAXLEVEL).
  static constexpr std::size_t kMaxNesting = 200;

 private:
  struct Bracket {
    char open;
    SourcePosition position;
  };

  Token make(TokenKind kind, std::size_t begin, SourcePosition start);
  Token fail(std::string message, SourcePosition start, SourcePosition end,
             std::string type = "SyntaxError");
  SourcePosition here() const;
  char peek(std::size_t ahead = 0) const;
  bool at_end() const { return pos_ >= source_.size(); }
  bool start_of_line();  // handles indentation; false if the line is blank
  // Bytes of the identifier character at pos_ (0 if none); `first` excludes digits.
  std::size_t identifier_length(bool first) const;
  Token number(std::size_t begin, SourcePosition start);
  Token string(std::size_t begin, SourcePosition start, std::size_t quote);
  Token operator_token(std::size_t begin, SourcePosition start);
  std::uint32_t line_count_until(std::size_t end) const;

  std::string_view source_;
  std::size_t pos_ = 0;
  std::uint32_t line_ = 1;
  std::size_t line_start_ = 0;
  bool at_line_start_ = true;
  bool emitted_anything_on_line_ = false;
  // Each indentation level's column with tabs to multiples of 8, and with tabs counting 1 (two
  // lines whose columns agree one way but not the other mix tabs and spaces: a TabError).
  struct Indentation {
    int column;
    int alt_column;
  };
  std::vector<Indentation> indents_{{0, 0}};
  int pending_dedents_ = 0;
  int pending_indent_ = 0;
  std::vector<Bracket> brackets_;
  std::optional<SyntaxErrorInfo> error_;
  bool finished_ = false;
};

// All tokens up to and including EndMarker, or the error.
struct Tokenized {
  std::vector<Token> tokens;
  std::optional<SyntaxErrorInfo> error;
};
Tokenized tokenize(std::string_view source);

// The column of `position` counted in characters (code points), as CPython's tokenize module
// and SyntaxError offsets count.
std::uint32_t character_column(std::string_view source, SourcePosition position);

}  // namespace py
