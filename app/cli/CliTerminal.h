#pragma once

#include <QString>

#include <optional>

namespace gc::cli {

[[nodiscard]] bool stdinIsTerminal();
[[nodiscard]] bool stderrIsTerminal();

/// Asks on the terminal (prompt on stderr, answer from stdin) without echoing
/// what is typed. nullopt when stdin is not a terminal or input ended.
std::optional<QString> promptHidden(const QString& prompt);
/// Same, with echo (user names).
std::optional<QString> promptLine(const QString& prompt);

} // namespace gc::cli
