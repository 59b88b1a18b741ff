#pragma once

#include <string_view>
#include <vector>

namespace gc::schema {

/// Migration N (1-based) takes a store from user_version N-1 to N. Each runs in
/// its own transaction together with the user_version bump. Never edit a
/// released step: add a new one.
const std::vector<std::string_view>& migrations();

} // namespace gc::schema
