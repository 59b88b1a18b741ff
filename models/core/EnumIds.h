#pragma once

#include <QString>

#include <optional>

namespace gc {

/// Reverse of an enum's `xxxId()` function: the value among `all` whose id is
/// `id`, or nullopt. Each enum keeps its id in one exhaustive switch (so the
/// compiler flags a new value without an id); this lookup derives from that
/// switch, so parsing can never disagree with printing.
template<typename Range, typename ToId>
auto enumFromId(const QString& id, const Range& all, ToId toId,
                Qt::CaseSensitivity cs = Qt::CaseSensitive) -> std::optional<std::decay_t<decltype(*std::begin(all))>>
{
    for (const auto& value : all) {
        if (toId(value).compare(id, cs) == 0)
            return value;
    }
    return std::nullopt;
}

} // namespace gc
