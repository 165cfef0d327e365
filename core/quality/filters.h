// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "design/design.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Dialogsmith::Quality {

/// The named rules that keep samples out of the dataset view and exports (Design::FilterSettings switches
/// each on or off).
enum class FilterRule {
    Refusal, ///< a refusal or AI boilerplate ("As an AI language model")
    Truncated, ///< an empty message, or one cut off at the token limit
    WrongLanguage, ///< a message reliably detected in another language than the expected one
    TooShort, ///< the shortest message is shorter than FilterSettings::minCharacters
    TooLong, ///< the longest message is longer than FilterSettings::maxCharacters
};
/// "refusal", "truncated", "wrong-language", "too-short", "too-long": the rule's name in `filter_hits`.
QString filterRuleName(FilterRule rule);
std::optional<FilterRule> parseFilterRule(QStringView name);
QList<FilterRule> allFilterRules();
/// The rules `settings` switches on.
QList<FilterRule> enabledRules(const Design::FilterSettings &settings);

/// The refusal or boilerplate phrase `text` contains, as the phrase list writes it, or nothing. Matched on
/// normalised text (normalizedForComparison: case, punctuation and spacing do not matter) and on whole
/// words, in English, German, Indonesian and Chinese.
std::optional<QString> refusalPhrase(QStringView text);
/// Every phrase refusalPhrase() looks for.
QStringList refusalPhrases();

/// The ISO 639-1 code of a language as a person names it: "German", "Deutsch", "de", "de_CH",
/// "Chinese (simplified)", "Bahasa Indonesia" — folded so that languages the detector cannot tell apart
/// reliably compare equal (Malay is Indonesian, Bosnian and Serbian are Croatian, Bokmål and Nynorsk are
/// Norwegian). Empty when the name is not a language.
QString languageCode(const QString &name);

/// A language detection (Compact Language Detector 2) of one text.
struct LanguageGuess {
    QString code; ///< folded as languageCode() folds it; empty when unknown
    bool reliable = false; ///< true only when the detector is sure, on enough text, and most of it is one language
};
/// Shorter texts (in UTF-8 bytes of letters) are never reliable: a few words say little about a language.
constexpr int minLanguageBytes = 80;
LanguageGuess detectLanguage(QStringView text);

/// One message of a sample as the rules read it.
struct FilterMessage {
    QString role;
    QString content;
    QString finishReason;
};

/// What the rules found in a sample's text that does not depend on the settings: refusal, truncation, the
/// lengths and the languages reliably detected. The settings-dependent hits (too short, too long, wrong
/// language) follow from it and the settings (FilterChecker stores it in `filter_checks`).
struct TextFacts {
    QString refusal; ///< the phrase found, or empty
    QString truncated; ///< "empty:N" or "length:N" (message N, from 1), "none" for no message; empty when whole
    int shortest = 0; ///< characters of the shortest message (0 without messages)
    int longest = 0;
    QStringList languages; ///< codes reliably detected, sorted, without repeats
};
TextFacts examine(const QList<FilterMessage> &messages);

/// What the settings-dependent rules compare with.
struct FilterInputs {
    int minCharacters = 20;
    int maxCharacters = 20000;
    QHash<QString, QString> personaLanguages; ///< user persona name → language code, for those that name one
    QString fallbackLanguage; ///< code of FilterSettings::language; empty: none
    static FilterInputs fromDesign(const Design::ProjectDesign &design);
    /// The expected language of a conversation of `userPersona`, or empty.
    QString expectedLanguage(const QString &userPersona) const;
    /// Changes when a settings-dependent hit may change.
    QString key() const;
};

/// Keeps `filter_hits` up to date (one row per sample and rule that catches it, whether or not the rule is
/// switched on: switching one on or off changes no stored hit, and counts stay instant) with the project's samples and
/// the filter settings: checks the samples written or changed since their last check (the conversation's `updated_at`
/// and its turns tell) and those never checked, a batch per transaction, and works out the settings-dependent hits of
/// all samples again when the settings change. Running conversations wait until they end. Works on the connection it is
/// given (a worker's: hundreds of thousands of samples take a while); does nothing when nothing changed.
class FilterChecker final
{
    Q_DECLARE_TR_FUNCTIONS(FilterChecker)

public:
    explicit FilterChecker(QSqlDatabase db);

    struct Outcome {
        qint64 checked = 0; ///< samples whose text was examined
        bool settingsApplied = false; ///< the settings-dependent hits were worked out again
        bool cancelled = false;
    };
    /// Samples per transaction.
    static constexpr int batchSize = 256;
    /// `progress(done, total)` before the first batch and after each; returning false cancels (what is
    /// done stays done). Nothing on error.
    std::optional<Outcome> update(const FilterInputs &inputs, const std::function<bool(qint64, qint64)> &progress,
                                  QString *error);
    /// How many samples update() would examine (cheap enough to ask before an export).
    std::optional<qint64> pending(QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace Dialogsmith::Quality
