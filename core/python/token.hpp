// Tokens of Python 3.11 source, named as CPython's `token` module names them.
#pragma once

#include <cstdint>
#include <string_view>

namespace py {

enum class TokenKind : std::uint8_t {
  EndMarker,
  Name,
  Number,
  String,
  Newline,
  Indent,
  Dedent,
  // Operators and delimiters (CPython's exact token types).
  LPar,
  RPar,
  LSqb,
  RSqb,
  Colon,
  Comma,
  Semi,
  Plus,
  Minus,
  Star,
  Slash,
  VBar,
  Amper,
  Less,
  Greater,
  Equal,
  Dot,
  Percent,
  LBrace,
  RBrace,
  EqEqual,
  NotEqual,
  LessEqual,
  GreaterEqual,
  Tilde,
  Circumflex,
  LeftShift,
  RightShift,
  DoubleStar,
  PlusEqual,
  MinEqual,
  StarEqual,
  SlashEqual,
  PercentEqual,
  AmperEqual,
  VBarEqual,
  CircumflexEqual,
  LeftShiftEqual,
  RightShiftEqual,
  DoubleStarEqual,
  DoubleSlash,
  DoubleSlashEqual,
  At,
  AtEqual,
  RArrow,
  Ellipsis,
  ColonEqual,
};

// "NAME", "LPAR", ... as tokenize.tok_name prints them.
std::string_view token_kind_name(TokenKind kind);

// A position in the source: 1-based line, 0-based column in bytes of UTF-8 (CPython's
// col_offset convention).
struct SourcePosition {
  std::uint32_t line = 1;
  std::uint32_t column = 0;
};

struct Token {
  TokenKind kind = TokenKind::EndMarker;
  std::string_view text;  // points into the source
  SourcePosition start;
  SourcePosition end;
};

}  // namespace py
