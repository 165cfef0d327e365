// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "project/projectfile.h"
#include "quality/filters.h"
#include "store/designstore.h"
#include "store/runstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace Dialogsmith::Test {

/// The samples every export test reads: one of each kind a format takes, and the ones an export leaves out.
/// Ids are fixed (a new project numbers from 1).
struct ExportFixture {
    enum Id : qint64 {
        Conversation = 1, ///< two exchanges, approved, with a system prompt
        Instruction = 2, ///< judged 3 of 10
        Preference = 3, ///< chosen answer and two rejected ones, ranked
        Embedding = 4, ///< a query, its chunk, two hard negatives and an easy one
        Knowledge = 5, ///< grounded in chunk 0 of "Moon facts"
        Rejected = 6, ///< rejected by a reviewer
        Filtered = 7, ///< AI boilerplate: the refusal rule catches it
        Duplicate = 8, ///< the same text as Conversation
        Failed = 9, ///< generation failed
        Instruction2 = 10, ///< a second topic for the split tests ("Cooking")
    };

    /// Fills the project at `path` (created new). False with `error` when something cannot be written.
    static bool build(const QString &path, QString *error)
    {
        using namespace Qt::StringLiterals;
        if (!ProjectFile::create(path, error))
            return false;
        auto project = ProjectFile::open(path, error);
        if (!project)
            return false;
        QSqlDatabase db = project->database();

        Design::ProjectDesign design;
        design.name = u"Tides demo"_s;
        design.description = u"Questions about tides, for a tutoring model."_s;
        design.documents.append({u"Moon facts"_s, u"moon.md"_s,
                                 u"The moon pulls the oceans. Spring tides come with new and full moons."_s});
        design.generation.userProfile = u"local"_s;
        design.generation.assistantProfile = u"local"_s;
        design.quality.minJudgeScore = std::nullopt;
        if (!Store::DesignStore(db).save(design, error))
            return false;
        const auto stored = Store::DesignStore(db).load(error);
        if (!stored)
            return false;
        const qint64 documentId = stored->documentIds.constFirst();
        QSqlQuery q(db);
        if (!q.exec(u"INSERT INTO chunks (document_id, chunk_index, start, length, text) VALUES (%1, 0, 0, 26, "
                    u"'The moon pulls the oceans.')"_s.arg(documentId))) {
            *error = q.lastError().text();
            return false;
        }

        Store::RunStore runs(db);
        if (!runs.begin(error))
            return false;
        const auto run = runs.createRun(10, 7, "{}", error);
        if (!run || !runs.storeTemplate(u"v-user"_s, u"starter"_s, u"Ask."_s, error))
            return false;
        int plan = 0;
        const auto sample = [&](const QString &mode, const QString &topic, const QByteArray &draw,
                                const QList<std::pair<QString, QString>> &exchanges, const QString &system,
                                std::optional<qint64> chunkDocument = std::nullopt) -> std::optional<qint64> {
            Store::NewConversation c;
            c.runId = *run;
            c.planIndex = plan++;
            c.turnsPlanned = int(exchanges.size());
            c.topicPath = topic;
            c.userPersona = u"Mia"_s;
            c.assistantPersona = u"Tutor"_s;
            c.draw = draw;
            c.mode = mode;
            const auto id = runs.insertConversation(c, error);
            if (!id)
                return std::nullopt;
            int seq = 0;
            for (const auto &[question, answer] : exchanges) {
                Store::NewTurn user = turn(*id, seq++, question);
                if (!runs.insertTurn(user, error))
                    return std::nullopt;
                Store::NewTurn assistant = turn(*id, seq++, answer);
                if (seq == 2)
                    assistant.systemPrompt = system;
                if (chunkDocument) {
                    assistant.documentId = chunkDocument;
                    assistant.chunkIndex = 0;
                }
                if (!runs.insertTurn(assistant, error))
                    return std::nullopt;
            }
            if (!runs.finishConversation(*id, Store::ConversationState::Complete, {}, false, error))
                return std::nullopt;
            return id;
        };
        const QByteArray draw
            = R"({"index":0,"topic_path":["Oceans","Tides"],"user_persona":{"name":"Mia","mood":"curious"},)"
              R"("assistant_persona":{"name":"Tutor"},"turns":2,"scenario":"Homework help"})";
        const QString tutor = u"You are a patient tutor."_s;
        const QList<std::pair<QString, QString>> tides = {
            {u"Why are there tides?"_s, u"The moon's pull raises the oceans on the side facing it."_s},
            {u"And spring tides, \"big\" ones?"_s, u"They come with new and full moons,\nwhen sun and moon align."_s}};
        bool ok = sample(u"conversation"_s, u"Oceans › Tides"_s, draw, tides, tutor).has_value();
        ok = ok
            && sample(u"instruction"_s, u"Oceans › Waves"_s, "{}",
                      {{u"Explain how waves form, in two sentences."_s,
                        u"Wind pushes the water's surface. The energy travels on as waves."_s}},
                      tutor);
        ok = ok
            && sample(u"preference"_s, u"Oceans › Tides"_s, "{}",
                      {{u"How often are there high tides?"_s, u"About twice a day, every 12 hours and 25 minutes."_s}},
                      tutor);
        ok = ok
            && sample(u"embedding"_s, u"Oceans › Tides"_s, "{}",
                      {{u"what pulls the oceans"_s, u"The moon pulls the oceans."_s}}, {});
        ok = ok
            && sample(u"knowledge-qa"_s, u"Moon facts"_s, "{}",
                      {{u"What does the moon do to the oceans?"_s, u"It pulls them, which makes the tides."_s}},
                      u"Answer from this text: The moon pulls the oceans."_s, documentId);
        ok = ok
            && sample(u"conversation"_s, u"Oceans › Tides"_s, "{}", {{u"Is the moon cheese?"_s, u"Yes, entirely."_s}},
                      tutor);
        ok = ok
            && sample(u"conversation"_s, u"Oceans › Tides"_s, "{}",
                      {{u"What causes tides?"_s, u"As an AI language model, I cannot answer that."_s}}, tutor);
        ok = ok && sample(u"conversation"_s, u"Oceans › Tides"_s, draw, tides, tutor);
        ok = ok
            && sample(u"conversation"_s, u"Oceans › Tides"_s, "{}", {{u"Tell me about tides."_s, u"Tides are"_s}},
                      tutor);
        ok = ok
            && sample(u"instruction"_s, u"Cooking"_s, "{}",
                      {{u"How long do I boil an egg?"_s, u"Seven minutes for a firm yolk."_s}}, tutor);
        if (!ok)
            return false;

        const auto alternative = [&](qint64 id, int seq, const QString &kind, int rank, const QString &content) {
            Store::NewAlternative a;
            a.conversationId = id;
            a.seq = seq;
            a.kind = kind;
            a.rank = rank;
            a.content = content;
            a.model = u"local-model"_s;
            return runs.insertAlternative(a, error);
        };
        ok = alternative(Preference, 1, u"rejected"_s, 1, u"Twice a day."_s)
            && alternative(Preference, 1, u"rejected"_s, 2, u"Once a week, on Sundays."_s)
            && alternative(Embedding, 1, u"hard_negative"_s, 2, u"The sun warms the oceans."_s)
            && alternative(Embedding, 1, u"hard_negative"_s, 1, u"Winds push the waves."_s)
            && alternative(Embedding, 1, u"easy_negative"_s, 1, u"Boil eggs for seven minutes."_s)
            && runs.setJudgeScore(Instruction, 3, u"1-10"_s, error)
            && runs.finishConversation(Failed, Store::ConversationState::Failed, u"timeout"_s, false, error)
            && runs.commit(error);
        if (!ok)
            return false;
        for (const QString &sql :
             {u"UPDATE conversations SET review = 'approved' WHERE id IN (1, 4)"_s,
              u"UPDATE conversations SET review = 'rejected' WHERE id = 6"_s,
              u"INSERT INTO signatures (conversation_id, text_hash, fingerprint, minhash, duplicate_of, "
              u"duplicate_kind, similarity) VALUES (8, 'h', x'00', x'00', 1, 'exact', 1)"_s}) {
            if (!q.exec(sql)) {
                *error = q.lastError().text();
                return false;
            }
        }
        return Quality::FilterChecker(db).update(Quality::FilterInputs::fromDesign(design), {}, error).has_value();
    }

    static Store::NewTurn turn(qint64 conversationId, int seq, const QString &content)
    {
        using namespace Qt::StringLiterals;
        Store::NewTurn t;
        t.conversationId = conversationId;
        t.seq = seq;
        t.role = seq % 2 == 0 ? Llm::Role::User : Llm::Role::Assistant;
        t.content = content;
        t.profile = seq % 2 == 0 ? u"simulator"_s : u"local"_s;
        t.model = seq % 2 == 0 ? u"sim-model"_s : u"local-model"_s;
        t.params = R"({"max_tokens":300})";
        t.finishReason = u"stop"_s;
        t.templateVersion = u"v-user"_s;
        return t;
    }
};

} // namespace Dialogsmith::Test
