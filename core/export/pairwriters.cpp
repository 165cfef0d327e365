// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "export/pairwriters.h"

#include "llm/wire/jsonwriter.h"

namespace Dialogsmith::Export {

int PreferenceWriter::write(const Sample &sample, RecordSink &sink, QString *skipReason)
{
    const ChatPath path = chatPath(sample);
    if (path.messages.isEmpty()) {
        *skipReason = noExchange();
        return 0;
    }
    const SampleMessage &chosen = *path.messages.constLast();
    QList<const SampleAlternative *> rejected;
    for (const SampleAlternative &a : sample.alternatives) {
        if (a.seq == chosen.seq && a.kind == QLatin1StringView("rejected"))
            rejected.append(&a);
    }
    if (rejected.isEmpty()) {
        *skipReason = tr("no rejected response");
        return 0;
    }
    std::stable_sort(rejected.begin(), rejected.end(),
                     [](const SampleAlternative *a, const SampleAlternative *b) { return a->rank < b->rank; });
    if (m_options.preferencePairs == PreferencePairs::BestVsWorst)
        rejected = {rejected.constLast()};

    QString textPrompt;
    if (!m_conversational) {
        const qsizetype before = path.messages.size() - 1;
        if (before == 1) {
            textPrompt = path.messages.constFirst()->text();
        } else {
            QStringList parts;
            for (qsizetype i = 0; i < before; ++i) {
                const SampleMessage *m = path.messages.at(i);
                parts.append((m->role == QLatin1StringView("assistant") ? QStringLiteral("Assistant: ")
                                                                        : QStringLiteral("User: "))
                             + m->text());
            }
            textPrompt = parts.join(QStringLiteral("\n\n"));
        }
    }
    const QByteArray metadata = m_options.includeMetadata ? metadataJson(sample) : QByteArray();
    for (const SampleAlternative *r : std::as_const(rejected)) {
        Llm::JsonWriter json(4096);
        json.beginObject();
        if (m_conversational) {
            json.key("prompt").beginArray();
            if (!path.system.isEmpty())
                message(json, u"system", path.system);
            for (qsizetype i = 0; i + 1 < path.messages.size(); ++i)
                message(json, path.messages.at(i)->role, path.messages.at(i)->content);
            json.endArray();
            json.key("chosen").beginArray();
            message(json, u"assistant", chosen.content);
            json.endArray();
            json.key("rejected").beginArray();
            message(json, u"assistant", r->content);
            json.endArray();
        } else {
            json.key("prompt").string(textPrompt);
            json.key("chosen");
            utf8String(json, chosen.content);
            json.key("rejected").string(r->content);
        }
        if (m_options.includeMetadata)
            json.key("metadata").raw(metadata);
        json.endObject();
        sink.out.append(json.take());
        sink.endRecord("\n");
    }
    return int(rejected.size());
}

int TripletWriter::write(const Sample &sample, RecordSink &sink, QString *skipReason)
{
    const SampleMessage *anchor = nullptr;
    const SampleMessage *positive = nullptr;
    for (const SampleMessage &m : sample.messages) {
        if (anchor == nullptr && m.role == QLatin1StringView("user"))
            anchor = &m;
        else if (anchor != nullptr && positive == nullptr && m.role == QLatin1StringView("assistant"))
            positive = &m;
    }
    if (anchor == nullptr || positive == nullptr) {
        *skipReason = tr("no query and positive");
        return 0;
    }
    QList<const SampleAlternative *> negatives;
    for (const char16_t *kind : {u"hard_negative", u"easy_negative"}) {
        if (m_options.negatives == Negatives::HardOnly && kind != std::u16string_view(u"hard_negative"))
            break;
        QList<const SampleAlternative *> ofKind;
        for (const SampleAlternative &a : sample.alternatives) {
            if (a.seq == positive->seq && a.kind == QStringView(kind))
                ofKind.append(&a);
        }
        std::stable_sort(ofKind.begin(), ofKind.end(),
                         [](const SampleAlternative *a, const SampleAlternative *b) { return a->rank < b->rank; });
        negatives += ofKind;
    }
    if (negatives.isEmpty()) {
        *skipReason = m_options.negatives == Negatives::HardOnly ? tr("no hard negative") : tr("no negative");
        return 0;
    }
    const QByteArray metadata = m_options.includeMetadata ? metadataJson(sample) : QByteArray();
    for (const SampleAlternative *n : std::as_const(negatives)) {
        Llm::JsonWriter json(4096);
        json.beginObject();
        json.key("anchor");
        utf8String(json, anchor->content);
        json.key("positive");
        utf8String(json, positive->content);
        json.key("negative").string(n->content);
        if (m_options.includeMetadata)
            json.key("metadata").raw(metadata);
        json.endObject();
        sink.out.append(json.take());
        sink.endRecord("\n");
    }
    return int(negatives.size());
}

} // namespace Dialogsmith::Export
