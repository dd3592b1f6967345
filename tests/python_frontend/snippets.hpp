// The snippet files of the front-end tests: `NAME.input` holds snippets separated by a
// "\n----\n" line, `NAME.expected` one line per snippet, the answer wanted for it.
#pragma once

#include <sstream>
#include <string>
#include <utility>
#include <vector>

struct Snippet {
  std::string text;
  std::string expected;
};

inline std::vector<Snippet> read_snippets(const std::string& inputs, const std::string& answers) {
  std::vector<Snippet> snippets;
  std::istringstream expected(answers);
  std::size_t begin = 0;
  while (begin <= inputs.size()) {
    std::size_t end = inputs.find("\n----\n", begin);
    if (end == std::string::npos) end = inputs.size();
    Snippet snippet{inputs.substr(begin, end - begin), {}};
    std::getline(expected, snippet.expected);
    snippets.push_back(std::move(snippet));
    begin = end + 6;
  }
  return snippets;
}
