// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QtGlobal>

#include <algorithm>

namespace Dialogsmith::Engine {

inline quint64 splitMix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// A small generator whose sequence is fixed by its seed on every platform and standard library.
class Draw
{
public:
    Draw(quint64 seed, quint64 stream, quint64 step = 0)
        : m_state(splitMix(splitMix(splitMix(seed) ^ stream) ^ (step * 0xD1B54A32D192ED03ULL)))
    { }
    quint64 next()
    {
        m_state = splitMix(m_state);
        return m_state;
    }
    /// In [0, 1).
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    /// In [0, n).
    int below(int n) { return n <= 1 ? 0 : int(next() % quint64(n)); }

    template<typename T, typename Weight>
    int weighted(const QList<T> &items, Weight weight)
    {
        double total = 0;
        for (const T &item : items)
            total += std::max(0.0, weight(item));
        if (!(total > 0))
            return below(int(items.size()));
        double at = unit() * total;
        for (int i = 0; i < items.size(); ++i) {
            at -= std::max(0.0, weight(items.at(i)));
            if (at < 0)
                return i;
        }
        return int(items.size()) - 1;
    }

private:
    quint64 m_state;
};

} // namespace Dialogsmith::Engine
