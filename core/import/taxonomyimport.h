// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "import/designimport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace YAML {
class Node;
}

namespace Dialogsmith::Import {

struct QuestionAnswer {
    QString question;
    QString answer;
};

/// One seed example of a qna.yaml: a knowledge example (a context with several questions and answers) or a
/// skill example (one question and answer, a context when the skill is grounded).
struct QnaSeed {
    QString context;
    QList<QuestionAnswer> questionsAndAnswers;
};

/// Where a knowledge qna.yaml says its documents are: a Git repository at a commit, or a local folder
/// (schema version 3), and the file patterns in it.
struct QnaDocumentReference {
    QString repo;
    QString commit;
    QString folder;
    QStringList patterns;
};

/// An InstructLab taxonomy file (qna.yaml): knowledge (version 3: domain, document_outline, document) or a
/// compositional skill (version 2 and later: task_description).
struct QnaFile {
    bool knowledge = false;
    int version = 0;
    QString createdBy;
    QString domain;
    QString taskDescription;
    QString documentOutline;
    QList<QnaSeed> seeds;
    std::optional<QnaDocumentReference> document;
};

/// Reads InstructLab taxonomies with yaml-cpp. Plain value functions: the fuzz target calls readQna().
class TaxonomyImport final
{
    Q_DECLARE_TR_FUNCTIONS(TaxonomyImport)

public:
    /// Reads one qna.yaml. Errors name `where` and, for YAML syntax, the line and column.
    static std::optional<QnaFile> readQna(const QByteArray &yaml, const QString &where, QString *error);
    /// True when `folder` holds a qna.yaml somewhere below it.
    static bool isTaxonomy(const QString &folder);
    /// Reads every qna.yaml below `folder`: skill questions become instruction seeds, knowledge questions
    /// seeds too, the folders the topic tree (below knowledge/ and compositional_skills/), the knowledge
    /// documents documents when they are on this machine (a local repo or folder, or a checkout of the
    /// repo next to the taxonomy), otherwise the examples' contexts. Nothing is downloaded. `cancelled`
    /// is asked between files.
    static std::optional<DesignAdditions> read(const QString &folder, QString *error,
                                               const std::function<bool()> &cancelled = {});

private:
    static std::optional<QnaFile> readQnaNode(const YAML::Node &root, const QString &where, QString *error);
};

} // namespace Dialogsmith::Import
