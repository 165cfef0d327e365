// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/recipe.h"
#include "store/runstore.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace Dialogsmith::Engine {

/// What the recipes share: the calls every mode makes the same way and the reading of what came back.
class RecipeBase : public Recipe
{
    Q_DECLARE_TR_FUNCTIONS(RecipeBase)

public:
    bool prepare(const RecipeContext &context, const QJsonObject &snapshot, QString *error) override;

protected:
    /// After the context is set: the mode's own checks.
    virtual bool check(const QJsonObject &snapshot, QString *error)
    {
        Q_UNUSED(snapshot);
        Q_UNUSED(error);
        return true;
    }

    const Design::ProjectDesign &design() const { return *m_context.design; }
    /// The conversation variables for a sample's next step (TurnContext), grounded in `chunk`.
    QVariantMap variables(const Sample &sample, ChunkRef chunk, const QString &question = {}, int turn = 1) const;
    /// A call of the user simulator's profile and sampling, written from `step`.
    std::optional<CallSpec> userCall(const QString &step, const QVariantMap &variables, ChunkRef chunk,
                                     std::optional<Llm::Role> message, QString *failure) const;
    /// The assistant's answer to the sample's last user message, with the system prompt, grounded in `chunk`.
    std::optional<CallSpec> answerCall(const Sample &sample, ChunkRef chunk, QString *failure, int turn = 1) const;
    /// A judge's call: the mode's judge profile (or the assistant's), temperature 0.
    std::optional<CallSpec> judgeCall(const QString &step, const QVariantMap &variables, QString *failure) const;
    QString judgeProfile() const;
    QString modelOf(const QString &profile) const;

    /// A user message as the model wrote it, cleaned (quotes, the persona's name in front).
    static QString cleanMessage(const QString &text, const Sample &sample);
    /// Where a chunk is stored from: the project's id of its document.
    qint64 documentId(ChunkRef chunk) const;
    /// The chunk walked to by sample `index` when a mode goes through every chunk in order.
    ChunkRef chunkInOrder(int index) const;
    int chunkCount() const;

    /// A judgment row for the sample, written with the reply's messages.
    static ExtraWrite judgment(Store::NewJudgment judgment);
    static ExtraWrite details(const Sample &sample);
};

} // namespace Dialogsmith::Engine
