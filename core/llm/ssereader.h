// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Dialogsmith::Llm {

/// One server-sent event, as the WHATWG "event stream" format defines it.
struct SseEvent {
    QString type; ///< the `event:` field; "message" when the event named none
    QString data; ///< the `data:` lines joined with "\n"
    QString id; ///< the last `id:` seen so far in the stream
    friend bool operator==(const SseEvent &, const SseEvent &) = default;
};

/// A byte-level reader of text/event-stream bodies. Bytes are fed as the network delivers them, split
/// anywhere (inside a line, inside a UTF-8 sequence, between CR and LF); the reader keeps its state across
/// feeds and returns each event once its terminating blank line has arrived.
class SseReader final
{
public:
    /// Lines longer than this (a hostile or broken server) put the reader in the failed state.
    static constexpr qsizetype defaultMaxLineBytes = 8 * 1024 * 1024;

    explicit SseReader(qsizetype maxLineBytes = defaultMaxLineBytes);

    /// Consumes `bytes` and returns the events they complete, in order.
    QList<SseEvent> feed(QByteArrayView bytes);

    /// True once a line exceeded the limit; the reader then ignores further input.
    bool failed() const;
    /// How many comment lines (`:` keep-alives) were seen; they never produce events.
    qsizetype commentCount() const;

private:
    void readLine(QByteArrayView line, QList<SseEvent> &events);
    void dispatch(QList<SseEvent> &events);

    // Buffers hold bytes, not text: UTF-8 is decoded once per event. That gives the same text as decoding
    // each line, because an ASCII byte (line end, colon) never joins a UTF-8 sequence, not even a broken one.
    QByteArray m_partialLine; ///< the start of a line whose end has not arrived yet
    QByteArray m_data; ///< the data buffer: each data line's value followed by "\n"
    QByteArray m_type; ///< the event type buffer
    QByteArray m_cachedTypeBytes;
    QString m_cachedType; ///< m_cachedTypeBytes decoded: streams repeat a handful of types
    QString m_lastEventId;
    qsizetype m_maxLineBytes;
    qsizetype m_commentCount = 0;
    int m_bomBytesSeen = 0; ///< how much of a leading byte order mark has arrived
    bool m_bomDecided = false; ///< past the point where a byte order mark could start the stream
    bool m_afterCr = false; ///< the last byte fed was a CR, so a leading LF ends no further line
    bool m_failed = false;
};

} // namespace Dialogsmith::Llm
