// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "design/design.h"
#include "store/curationstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Dialogsmith::Store {

/// What the quality settings keep out of the dataset view and exports: samples a filter rule that is
/// switched on caught (`filter_hits`, see Quality::FilterChecker), samples a judge scored below the
/// threshold, and duplicates (`signatures.duplicate_of`: the first of each group stays; a sample without a
/// signature row is no duplicate). Samples no judge has scored pass the threshold: setting one before
/// judging hides nothing.
struct QualityFilter {
    QStringList rules; ///< names of the rules switched on (Quality::filterRuleName)
    std::optional<double> minJudgeScore; ///< on the scale [scaleMin, scaleMax]
    double scaleMin = 1;
    double scaleMax = 10;
    /// Rubric name → its scale: a score given on another rubric is compared in proportion to its scale.
    QHash<QString, std::pair<double, double>> rubricScales;
    bool hideDuplicates = false;

    /// As `settings` say (the threshold on the scale of the rubric judging uses).
    static QualityFilter fromDesign(const Design::QualitySettings &settings);
    /// Keeps everything.
    bool isEmpty() const { return rules.isEmpty() && !minJudgeScore && !hideDuplicates; }
    friend bool operator==(const QualityFilter &, const QualityFilter &) = default;
};

/// How many samples each part of a QualityFilter catches (a sample can be caught by several).
struct QualityCounts {
    QHash<QString, qint64> byRule; ///< rule name → samples it catches (every rule, switched on or off)
    qint64 belowJudge = 0; ///< judged below the threshold (0 without one)
    qint64 unjudged = 0; ///< never judged: they pass a threshold
    qint64 duplicates = 0; ///< repeats of an earlier sample
    qint64 removed = 0; ///< caught by anything the filter switches on
    qint64 total = 0; ///< samples counted
};

/// Which conversations the dataset view lists. Empty fields do not filter.
struct DatasetFilter {
    std::optional<ConversationState> state;
    std::optional<Review> review;
    QString topic; ///< conversations whose topic path contains this
    QString persona; ///< user or assistant persona name contains this
    std::optional<int> minRating;
    std::optional<double> minJudgeScore;
    QString search; ///< full-text search over the turns' text, as typed (see DatasetQuery::ftsQuery())
    std::optional<qint64> runId;
    QString mode; ///< conversations.mode, empty: any
    QualityFilter quality; ///< what is left out, unless showRemoved
    bool showRemoved = false; ///< list what `quality` would leave out too (DatasetRow says why)
    bool groupDuplicates = false; ///< each duplicate right after the sample it repeats
};

enum class DatasetColumn {
    Id,
    State,
    Review,
    Topic,
    UserPersona,
    AssistantPersona,
    Turns,
    Tokens,
    Rating,
    JudgeScore,
    Updated,
    Mode
};

/// One row of the dataset view.
struct DatasetRow {
    qint64 id = 0;
    qint64 runId = 0;
    ConversationState state = ConversationState::Running;
    Review review = Review::Generated;
    QString topicPath;
    QString userPersona;
    QString assistantPersona;
    int messages = 0;
    qint64 tokens = 0;
    std::optional<int> rating;
    std::optional<double> judgeScore;
    QString failure;
    QDateTime updatedAt;
    QString mode;
    QString judgeRubric;
    std::optional<qint64> duplicateOf; ///< the earlier sample this one repeats
    QString duplicateKind; ///< exact or near
    std::optional<double> similarity;
    QList<std::pair<QString, QString>> hits; ///< filter rule name and what it found, by rule name
};

/// Where the project's data is: it differs after any commit, by this connection or another one (the engine's).
struct DatasetStamp {
    qint64 dataVersion = 0; ///< PRAGMA data_version: commits by other connections
    qint64 ownChanges = 0; ///< total_changes(): rows this connection changed
    friend bool operator==(const DatasetStamp &, const DatasetStamp &) = default;
};

/// Reads the dataset for the dataset view: the ids of the conversations a filter selects, in the order a
/// column sorts them (fast on 100,000 conversations: the view then fetches rows by id, a page at a time),
/// and the rows of given ids. A row's `tokens` are the tokens of its messages as the models wrote them
/// (the sum of the turns' output tokens); `messages` counts its turns. Sorting puts missing ratings and
/// judge scores last in either order; ties are broken by id.
class DatasetQuery final
{
    Q_DECLARE_TR_FUNCTIONS(DatasetQuery)

public:
    explicit DatasetQuery(QSqlDatabase db);

    std::optional<QList<qint64>> ids(const DatasetFilter &filter, DatasetColumn sortBy, Qt::SortOrder order,
                                     QString *error) const;
    /// The rows of `ids`, in the order of `ids`; ids that no longer exist are left out.
    std::optional<QList<DatasetRow>> rows(const QList<qint64> &ids, QString *error) const;
    /// How many conversations the project has.
    std::optional<qint64> count(QString *error) const;
    /// Cheap to ask often: compare with an earlier stamp to know whether anything was written since.
    std::optional<DatasetStamp> stamp(QString *error) const;

    /// Turns text a person typed into FTS5 queries that are always valid, one per word or "quoted phrase"
    /// (a conversation matches when each is found in one of its turns, ignoring case as the tokenizer
    /// folds it); the last word is also a prefix while it is still being typed (no space after it). Empty
    /// when the text has nothing to search for.
    static QStringList ftsTerms(const QString &text);

    /// Adds the turns written since the full-text index was last used to it (they wait in
    /// `turns_fts_pending`, so that writing a turn stays cheap). ids() does it before a search; false, with
    /// `error`, when it cannot write (a read-only project: its search then misses the turns not yet indexed).
    bool indexPendingTurns(QString *error) const;
    /// Indexes at most `limit` of the waiting turns, in one short transaction (for a background task that
    /// keeps the index filled without holding the project for long). How many it indexed: 0 when none wait.
    std::optional<qint64> indexPendingTurns(int limit, QString *error) const;
    /// How many turns wait to be indexed.
    std::optional<qint64> pendingTurns(QString *error) const;

    /// What `quality` catches among the conversations `scope` selects (SQL on alias `c`, empty: all).
    std::optional<QualityCounts> qualityCounts(const QualityFilter &quality, const QString &scope,
                                               QString *error) const;
    /// An SQL condition on alias `c`, true when `quality` leaves the conversation out; its values are
    /// appended to `binds`. "0" for an empty filter.
    static QString removedCondition(const QualityFilter &quality, QVariantList *binds);
    /// An SQL condition on alias `c`, true when dedup found the conversation to repeat another one (the
    /// samples the dataset hides when it hides duplicates).
    static QString duplicateCondition();
    /// ftsTerms() as one query (all terms in one row).
    static QString ftsQuery(const QString &text);

private:
    QSqlDatabase m_db;
};

} // namespace Dialogsmith::Store
