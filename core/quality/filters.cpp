// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "quality/filters.h"

#include "quality/textfingerprint.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cld2/public/compact_lang_det.h>

#include <algorithm>
#include <limits>

namespace Dialogsmith::Quality {

QString filterRuleName(FilterRule rule)
{
    switch (rule) {
    case FilterRule::Refusal:
        return QStringLiteral("refusal");
    case FilterRule::Truncated:
        return QStringLiteral("truncated");
    case FilterRule::WrongLanguage:
        return QStringLiteral("wrong-language");
    case FilterRule::TooShort:
        return QStringLiteral("too-short");
    case FilterRule::TooLong:
        return QStringLiteral("too-long");
    }
    return {};
}

QList<FilterRule> allFilterRules()
{
    return {FilterRule::Refusal, FilterRule::Truncated, FilterRule::WrongLanguage, FilterRule::TooShort,
            FilterRule::TooLong};
}

std::optional<FilterRule> parseFilterRule(QStringView name)
{
    for (FilterRule rule : allFilterRules()) {
        if (filterRuleName(rule) == name)
            return rule;
    }
    return std::nullopt;
}

QList<FilterRule> enabledRules(const Design::FilterSettings &settings)
{
    QList<FilterRule> rules;
    if (settings.refusals)
        rules.append(FilterRule::Refusal);
    if (settings.truncated)
        rules.append(FilterRule::Truncated);
    if (settings.wrongLanguage)
        rules.append(FilterRule::WrongLanguage);
    if (settings.tooShort)
        rules.append(FilterRule::TooShort);
    if (settings.tooLong)
        rules.append(FilterRule::TooLong);
    return rules;
}

namespace {

// Phrases of refusals and of a model talking about itself, which have no place in training data. Each is
// specific enough that an ordinary answer does not say it: "I'm sorry, but I can't" only with what an
// assistant refuses to do ("... make it on Friday" is a person's answer), "cannot assist with" only after
// "I". Matched on whole normalised words, so "I can't" and "I can’t" are the same and "I cannot assist"
// does not match in "AI cannot assist".
QStringList phraseList()
{
    QStringList phrases = {
        // English: boilerplate
        QStringLiteral("As an AI language model"),
        QStringLiteral("As a language model, I"),
        QStringLiteral("As a large language model"),
        QStringLiteral("As an AI developed by"),
        QStringLiteral("As an AI assistant, I"),
        QStringLiteral("As an AI, I"),
        QStringLiteral("I am an AI language model"),
        QStringLiteral("I'm an AI language model"),
        QStringLiteral("I'm just an AI"),
        QStringLiteral("I am just an AI"),
        QStringLiteral("I don't have personal opinions"),
        QStringLiteral("I do not have personal opinions"),
        QStringLiteral("I don't have personal feelings"),
        QStringLiteral("I do not have personal feelings"),
        QStringLiteral("I don't have personal experiences"),
        QStringLiteral("I do not have personal experiences"),
        QStringLiteral("I don't have the ability to browse"),
        QStringLiteral("as of my last knowledge update"),
        QStringLiteral("as of my knowledge cutoff"),
        QStringLiteral("my knowledge cutoff date"),
        QStringLiteral("I was trained by OpenAI"),
        // English: refusals
        QStringLiteral("I cannot assist with"),
        QStringLiteral("I can't assist with"),
        QStringLiteral("I can not assist with"),
        QStringLiteral("I'm unable to assist with"),
        QStringLiteral("I am unable to assist with"),
        QStringLiteral("I cannot fulfill this request"),
        QStringLiteral("I can't fulfill this request"),
        QStringLiteral("I cannot comply with"),
        QStringLiteral("I can't comply with"),
        QStringLiteral("I must decline to"),
        // German
        QStringLiteral("Als KI-Sprachmodell"),
        QStringLiteral("Als ein KI-Sprachmodell"),
        QStringLiteral("Als Sprachmodell"),
        QStringLiteral("Als großes Sprachmodell"),
        QStringLiteral("Als ein großes Sprachmodell"),
        QStringLiteral("Als künstliche Intelligenz habe ich"),
        QStringLiteral("Als KI habe ich"),
        QStringLiteral("Ich habe keine persönlichen Meinungen"),
        QStringLiteral("Ich habe keine persönliche Meinung"),
        QStringLiteral("Ich habe keine persönlichen Gefühle"),
        QStringLiteral("Ich kann dabei nicht helfen"),
        QStringLiteral("Ich kann Ihnen dabei nicht helfen"),
        QStringLiteral("Ich kann dir dabei nicht helfen"),
        QStringLiteral("Ich kann Ihnen bei dieser Anfrage nicht helfen"),
        QStringLiteral("Es tut mir leid, aber ich kann diese Anfrage nicht"),
        // Indonesian
        QStringLiteral("Sebagai model bahasa AI"),
        QStringLiteral("Sebagai model bahasa besar"),
        QStringLiteral("Sebagai sebuah model bahasa"),
        QStringLiteral("Sebagai AI, saya"),
        QStringLiteral("Sebagai asisten AI, saya"),
        QStringLiteral("Saya tidak memiliki pendapat pribadi"),
        QStringLiteral("Saya tidak punya pendapat pribadi"),
        QStringLiteral("Saya tidak memiliki perasaan pribadi"),
        QStringLiteral("Maaf, saya tidak dapat membantu dengan"),
        QStringLiteral("Maaf, tetapi saya tidak dapat membantu"),
        QStringLiteral("Maaf, saya tidak bisa membantu dengan"),
        QStringLiteral("Saya tidak dapat membantu dengan permintaan"),
        // Chinese
        QStringLiteral("作为一个人工智能语言模型"),
        QStringLiteral("作为人工智能语言模型"),
        QStringLiteral("作为一个AI语言模型"),
        QStringLiteral("作为AI语言模型"),
        QStringLiteral("作为一个大型语言模型"),
        QStringLiteral("作为大型语言模型"),
        QStringLiteral("作为一个语言模型"),
        QStringLiteral("作为一个人工智能，我"),
        QStringLiteral("作为人工智能，我"),
        QStringLiteral("我没有个人观点"),
        QStringLiteral("我没有个人意见"),
        QStringLiteral("我没有个人感情"),
        QStringLiteral("抱歉，我无法协助"),
        QStringLiteral("抱歉，我无法提供"),
        QStringLiteral("抱歉，我不能协助"),
        QStringLiteral("很抱歉，我无法满足"),
        QStringLiteral("我无法协助"),
    };
    // "I'm sorry, but I can't" followed by what an assistant refuses to do.
    const QStringList sorry = {QStringLiteral("I'm sorry, but I can't"),    QStringLiteral("I'm sorry, but I cannot"),
                               QStringLiteral("I am sorry, but I cannot"),  QStringLiteral("I apologize, but I can't"),
                               QStringLiteral("I apologize, but I cannot"), QStringLiteral("Sorry, but I can't")};
    const QStringList refused
        = {QStringLiteral("assist"),   QStringLiteral("help with that"), QStringLiteral("help you with that"),
           QStringLiteral("provide"),  QStringLiteral("comply"),         QStringLiteral("fulfill"),
           QStringLiteral("fulfil"),   QStringLiteral("generate"),       QStringLiteral("create that"),
           QStringLiteral("engage"),   QStringLiteral("do that"),        QStringLiteral("answer that"),
           QStringLiteral("continue"), QStringLiteral("support that")};
    for (const QString &prefix : sorry) {
        for (const QString &verb : refused)
            phrases.append(prefix + u' ' + verb);
    }
    return phrases;
}

struct PhraseIndex {
    QStringList phrases; ///< as written
    // Normalised phrases as word lists, by their first word.
    QHash<QString, QList<std::pair<QStringList, qsizetype>>> byFirstWord;

    PhraseIndex()
    {
        phrases = phraseList();
        for (qsizetype i = 0; i < phrases.size(); ++i) {
            QStringList words = normalizedForComparison(phrases[i]).split(u' ', Qt::SkipEmptyParts);
            if (words.isEmpty())
                continue;
            const QString first = words.constFirst();
            byFirstWord[first].append({std::move(words), i});
        }
    }
};

const PhraseIndex &phraseIndex()
{
    static const PhraseIndex index;
    return index;
}

// ISO 639-1 codes the detector cannot tell apart reliably, and old codes it still uses.
QString foldCode(QString code)
{
    code = code.toLower();
    if (const qsizetype dash = code.indexOf(u'-'); dash > 0)
        code.truncate(dash);
    if (const qsizetype underscore = code.indexOf(u'_'); underscore > 0)
        code.truncate(underscore);
    static const QHash<QString, QString> folds = {
        {QStringLiteral("ms"), QStringLiteral("id")},  {QStringLiteral("in"), QStringLiteral("id")},
        {QStringLiteral("bs"), QStringLiteral("hr")},  {QStringLiteral("sr"), QStringLiteral("hr")},
        {QStringLiteral("nb"), QStringLiteral("no")},  {QStringLiteral("nn"), QStringLiteral("no")},
        {QStringLiteral("iw"), QStringLiteral("he")},  {QStringLiteral("jw"), QStringLiteral("jv")},
        {QStringLiteral("fil"), QStringLiteral("tl")},
    };
    return folds.value(code, code);
}

const QHash<QString, QString> &languageNames()
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> map;
        for (int l = int(QLocale::AnyLanguage) + 1; l <= int(QLocale::LastLanguage); ++l) {
            const auto language = QLocale::Language(l);
            const QString code = QLocale::languageToCode(language, QLocale::ISO639Part1);
            if (code.isEmpty())
                continue;
            map.insert(QLocale::languageToString(language).toCaseFolded(), code);
            const QString native = QLocale(language).nativeLanguageName().toCaseFolded();
            if (!native.isEmpty() && !map.contains(native))
                map.insert(native, code);
        }
        // What people also call them.
        const std::pair<const char16_t *, const char16_t *> aliases[] = {
            {u"bahasa indonesia", u"id"},
            {u"bahasa", u"id"},
            {u"mandarin", u"zh"},
            {u"simplified chinese", u"zh"},
            {u"traditional chinese", u"zh"},
            {u"cantonese", u"zh"},
            {u"中文", u"zh"},
            {u"普通话", u"zh"},
            {u"汉语", u"zh"},
            {u"farsi", u"fa"},
            {u"flemish", u"nl"},
            {u"castilian", u"es"},
        };
        for (const auto &[alias, code] : aliases)
            map.insert(QString::fromUtf16(alias), QString::fromUtf16(code));
        return map;
    }();
    return names;
}

// The text the language detector reads: fenced and inline code left out (identifiers are English
// whatever language the prose is in).
QString proseOf(QStringView text)
{
    QString prose;
    prose.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.mid(i, 3) == u"```") {
            const qsizetype end = text.indexOf(u"```", i + 3);
            i = end < 0 ? text.size() : end + 3;
            prose.append(u'\n');
            continue;
        }
        if (text[i] == u'`') {
            const qsizetype end = text.indexOf(u'`', i + 1);
            const qsizetype newline = text.indexOf(u'\n', i + 1);
            if (end > 0 && (newline < 0 || end < newline)) {
                i = end + 1;
                prose.append(u' ');
                continue;
            }
        }
        prose.append(text[i]);
        ++i;
    }
    return prose;
}

bool isTruncation(const QString &finishReason)
{
    return finishReason.compare(QLatin1StringView("length"), Qt::CaseInsensitive) == 0
        || finishReason.compare(QLatin1StringView("max_tokens"), Qt::CaseInsensitive) == 0;
}

} // namespace

QStringList refusalPhrases()
{
    return phraseIndex().phrases;
}

std::optional<QString> refusalPhrase(QStringView text)
{
    const PhraseIndex &index = phraseIndex();
    const QString normalized = normalizedForComparison(text);
    QList<QStringView> words;
    for (const QStringView word : QStringView(normalized).tokenize(u' ', Qt::SkipEmptyParts))
        words.append(word);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const auto it = index.byFirstWord.constFind(words[i].toString());
        if (it == index.byFirstWord.cend())
            continue;
        for (const auto &[phrase, at] : *it) {
            if (i + phrase.size() > words.size())
                continue;
            bool all = true;
            for (qsizetype w = 1; w < phrase.size() && all; ++w)
                all = words[i + w] == phrase[w];
            if (all)
                return index.phrases[at];
        }
    }
    return std::nullopt;
}

QString languageCode(const QString &name)
{
    QString text = name.trimmed();
    // "Chinese (simplified)", "German, formal"
    for (const QChar stop : {u'(', u',', u';', u'/'}) {
        if (const qsizetype at = text.indexOf(stop); at > 0)
            text = text.left(at).trimmed();
    }
    if (text.isEmpty())
        return {};
    if (const auto it = languageNames().constFind(text.toCaseFolded()); it != languageNames().cend())
        return foldCode(*it);
    // A code: "de", "de_CH", "zh-Hans", "deu".
    static const QRegularExpression codeLike(QStringLiteral("^[A-Za-z]{2,3}([-_][A-Za-z0-9]+)*$"));
    if (codeLike.match(text).hasMatch()) {
        const QString base = text.left(text.indexOf(QRegularExpression(QStringLiteral("[-_]")))).toLower();
        const QString primary = base.isEmpty() ? text.toLower() : base;
        const QLocale::Language language = QLocale::codeToLanguage(primary, QLocale::AnyLanguageCode);
        if (language != QLocale::AnyLanguage && language != QLocale::C) {
            const QString code = QLocale::languageToCode(language, QLocale::ISO639Part1);
            if (!code.isEmpty())
                return foldCode(code);
        }
    }
    return {};
}

LanguageGuess detectLanguage(QStringView text)
{
    const QByteArray utf8 = proseOf(text).toUtf8();
    CLD2::Language languages[3];
    int percents[3] = {0, 0, 0};
    int textBytes = 0;
    bool reliable = false;
    const CLD2::Language language = CLD2::DetectLanguageSummary(utf8.constData(), int(utf8.size()), true, languages,
                                                                percents, &textBytes, &reliable);
    LanguageGuess guess;
    if (language == CLD2::UNKNOWN_LANGUAGE)
        return guess;
    guess.code = foldCode(QString::fromLatin1(CLD2::LanguageCode(language)));
    // Mixed text (a German question about an English quote) is not a wrong language.
    guess.reliable = reliable && textBytes >= minLanguageBytes && percents[0] >= 80;
    return guess;
}

TextFacts examine(const QList<FilterMessage> &messages)
{
    TextFacts facts;
    if (messages.isEmpty()) {
        facts.truncated = QStringLiteral("none");
        return facts;
    }
    facts.shortest = std::numeric_limits<int>::max();
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const FilterMessage &m = messages[i];
        const int length = int(m.content.trimmed().size());
        facts.shortest = std::min(facts.shortest, length);
        facts.longest = std::max(facts.longest, length);
        if (facts.truncated.isEmpty()) {
            if (length == 0)
                facts.truncated = QStringLiteral("empty:%1").arg(i + 1);
            else if (isTruncation(m.finishReason))
                facts.truncated = QStringLiteral("length:%1").arg(i + 1);
        }
        if (facts.refusal.isEmpty()) {
            if (const auto phrase = refusalPhrase(m.content))
                facts.refusal = *phrase;
        }
        const LanguageGuess guess = detectLanguage(m.content);
        if (guess.reliable && !facts.languages.contains(guess.code))
            facts.languages.append(guess.code);
    }
    std::sort(facts.languages.begin(), facts.languages.end());
    return facts;
}

FilterInputs FilterInputs::fromDesign(const Design::ProjectDesign &design)
{
    FilterInputs inputs;
    const Design::FilterSettings &filters = design.quality.filters;
    inputs.minCharacters = filters.minCharacters;
    inputs.maxCharacters = filters.maxCharacters;
    inputs.fallbackLanguage = languageCode(filters.language);
    for (const Design::Persona &persona : design.personas) {
        if (persona.side != Design::Side::User)
            continue;
        if (const QString code = languageCode(persona.language); !code.isEmpty())
            inputs.personaLanguages.insert(persona.name, code);
    }
    return inputs;
}

QString FilterInputs::expectedLanguage(const QString &userPersona) const
{
    return personaLanguages.value(userPersona, fallbackLanguage);
}

QString FilterInputs::key() const
{
    QJsonObject personas;
    for (auto it = personaLanguages.cbegin(); it != personaLanguages.cend(); ++it)
        personas.insert(it.key(), it.value());
    const QJsonObject key {{QStringLiteral("min"), minCharacters},
                           {QStringLiteral("max"), maxCharacters},
                           {QStringLiteral("fallback"), fallbackLanguage},
                           {QStringLiteral("personas"), personas}};
    return QString::fromUtf8(QJsonDocument(key).toJson(QJsonDocument::Compact));
}

namespace {

// What tells that a sample changed since it was checked: curation sets `updated_at` on every change to a
// conversation's text, and the engine adds turns (new ids) before it marks the conversation done.
const QLatin1StringView stampSql("c.updated_at || '/' || (SELECT count(*) || '/' || coalesce(max(t.id), 0) "
                                 "FROM turns t WHERE t.conversation_id = c.id)");
const QLatin1StringView staleSql(" FROM conversations c LEFT JOIN filter_checks f ON f.conversation_id = c.id "
                                 "WHERE c.state <> 'running' AND (f.stamp IS NULL OR f.stamp <> ");

QString idList(const QList<qint64> &ids)
{
    QString list;
    for (qint64 id : ids) {
        if (!list.isEmpty())
            list += u',';
        list += QString::number(id);
    }
    return list;
}

QString sqlFailure(const QSqlQuery &q)
{
    return FilterChecker::tr("Cannot check the samples against the filters: %1").arg(q.lastError().text());
}

// The settings-dependent hits of the samples `where` selects from filter_checks, worked out again.
bool applyInputs(QSqlQuery &q, const FilterInputs &inputs, const QString &where)
{
    QJsonObject personas;
    for (auto it = inputs.personaLanguages.cbegin(); it != inputs.personaLanguages.cend(); ++it)
        personas.insert(it.key(), it.value());
    const QString personaJson = QString::fromUtf8(QJsonDocument(personas).toJson(QJsonDocument::Compact));
    const QString scope = where.isEmpty() ? QString() : QStringLiteral(" AND f.conversation_id IN (") + where + u')';
    const QString hitScope = where.isEmpty() ? QString() : QStringLiteral(" AND conversation_id IN (") + where + u')';
    if (!q.exec(QStringLiteral("DELETE FROM filter_hits WHERE rule IN ('too-short', 'too-long', 'wrong-language')")
                + hitScope))
        return false;
    q.prepare(QStringLiteral("INSERT INTO filter_hits (conversation_id, rule, detail) SELECT f.conversation_id, "
                             "'too-short', f.shortest FROM filter_checks f WHERE f.shortest < ?")
              + scope);
    q.addBindValue(inputs.minCharacters);
    if (!q.exec())
        return false;
    q.prepare(QStringLiteral("INSERT INTO filter_hits (conversation_id, rule, detail) SELECT f.conversation_id, "
                             "'too-long', f.longest FROM filter_checks f WHERE f.longest > ?")
              + scope);
    q.addBindValue(inputs.maxCharacters);
    if (!q.exec())
        return false;
    // Languages are stored as " de en ": a sample in its expected language alone has " <code> ".
    q.prepare(QStringLiteral(
                  "INSERT INTO filter_hits (conversation_id, rule, detail) SELECT conversation_id, 'wrong-language', "
                  "trim(languages) FROM (SELECT f.conversation_id, f.languages, coalesce((SELECT value FROM "
                  "json_each(?) WHERE key = c.user_persona), ?) AS expected FROM filter_checks f JOIN conversations c "
                  "ON c.id = f.conversation_id WHERE f.languages <> ''")
              + scope + QStringLiteral(") WHERE expected <> '' AND languages <> ' ' || expected || ' '"));
    q.addBindValue(personaJson);
    q.addBindValue(inputs.fallbackLanguage);
    return q.exec();
}

bool begin(QSqlQuery &q, bool write)
{
    return q.exec(write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
}

} // namespace

FilterChecker::FilterChecker(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<qint64> FilterChecker::pending(QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*)") + staleSql + stampSql + u')') || !q.next()) {
        *error = sqlFailure(q);
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<FilterChecker::Outcome>
FilterChecker::update(const FilterInputs &inputs, const std::function<bool(qint64, qint64)> &progress, QString *error)
{
    Outcome outcome;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QList<qint64> stale;
    if (!q.exec(QStringLiteral("SELECT c.id") + staleSql + stampSql + QStringLiteral(") ORDER BY c.id"))) {
        *error = sqlFailure(q);
        return std::nullopt;
    }
    while (q.next())
        stale.append(q.value(0).toLongLong());
    q.finish();

    const qint64 total = stale.size();
    if (progress && !progress(0, total)) {
        outcome.cancelled = true;
        return outcome;
    }
    for (qsizetype from = 0; from < stale.size(); from += batchSize) {
        const QList<qint64> batch = stale.mid(from, batchSize);
        const QString list = idList(batch);
        // Read in one snapshot: the stamp stored with the facts is the one of the text they come from (a
        // sample that changes meanwhile then has another stamp and is checked again next time).
        QHash<qint64, QString> stamps;
        QHash<qint64, QList<FilterMessage>> messages;
        if (!begin(q, false)
            || !q.exec(QStringLiteral("SELECT c.id, ") + stampSql
                       + QStringLiteral(" FROM conversations c WHERE c.id IN (") + list + u')')) {
            *error = sqlFailure(q);
            q.exec(QStringLiteral("ROLLBACK"));
            return std::nullopt;
        }
        while (q.next())
            stamps.insert(q.value(0).toLongLong(), q.value(1).toString());
        if (!q.exec(QStringLiteral("SELECT conversation_id, role, content, finish_reason FROM turns WHERE "
                                   "conversation_id IN (")
                    + list + QStringLiteral(") AND role <> 'system' ORDER BY conversation_id, seq"))) {
            *error = sqlFailure(q);
            q.exec(QStringLiteral("ROLLBACK"));
            return std::nullopt;
        }
        while (q.next())
            messages[q.value(0).toLongLong()].append(
                {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
        q.exec(QStringLiteral("COMMIT"));

        QHash<qint64, TextFacts> facts;
        for (qint64 id : batch) {
            if (stamps.contains(id))
                facts.insert(id, examine(messages.value(id)));
        }

        if (!begin(q, true)) {
            *error = sqlFailure(q);
            return std::nullopt;
        }
        QSqlQuery check(m_db);
        QSqlQuery hit(m_db);
        bool ok = check.prepare(QStringLiteral("INSERT OR REPLACE INTO filter_checks (conversation_id, stamp, "
                                               "shortest, longest, languages) SELECT ?, ?, ?, ?, ? WHERE EXISTS "
                                               "(SELECT 1 FROM conversations WHERE id = ?)"))
            && hit.prepare(QStringLiteral("INSERT INTO filter_hits (conversation_id, rule, detail) SELECT ?, ?, ? "
                                          "WHERE EXISTS (SELECT 1 FROM conversations WHERE id = ?)"))
            && q.exec(QStringLiteral("DELETE FROM filter_hits WHERE conversation_id IN (") + list + u')');
        for (auto it = facts.cbegin(); ok && it != facts.cend(); ++it) {
            const TextFacts &f = *it;
            check.addBindValue(it.key());
            check.addBindValue(stamps.value(it.key()));
            check.addBindValue(f.shortest);
            check.addBindValue(f.longest);
            check.addBindValue(f.languages.isEmpty() ? QString() : u' ' + f.languages.join(u' ') + u' ');
            check.addBindValue(it.key());
            ok = check.exec();
            for (const auto &[rule, detail] :
                 {std::pair {FilterRule::Refusal, f.refusal}, std::pair {FilterRule::Truncated, f.truncated}}) {
                if (!ok || detail.isEmpty())
                    continue;
                hit.addBindValue(it.key());
                hit.addBindValue(filterRuleName(rule));
                hit.addBindValue(detail);
                hit.addBindValue(it.key());
                ok = hit.exec();
            }
        }
        ok = ok && applyInputs(q, inputs, list);
        if (!ok) {
            *error = sqlFailure(check.lastError().isValid() ? check : hit.lastError().isValid() ? hit : q);
            q.exec(QStringLiteral("ROLLBACK"));
            return std::nullopt;
        }
        if (!q.exec(QStringLiteral("COMMIT"))) {
            *error = sqlFailure(q);
            q.exec(QStringLiteral("ROLLBACK"));
            return std::nullopt;
        }
        outcome.checked += facts.size();
        if (progress && !progress(std::min<qint64>(from + batch.size(), total), total)) {
            outcome.cancelled = true;
            return outcome;
        }
    }

    // The settings changed since the hits were worked out: all of them again, in SQL (no text is read).
    const QString key = inputs.key();
    if (!q.exec(QStringLiteral("SELECT value FROM filter_state WHERE key = 'inputs'"))) {
        *error = sqlFailure(q);
        return std::nullopt;
    }
    const bool same = q.next() && q.value(0).toString() == key;
    q.finish();
    if (!same) {
        QSqlQuery store(m_db);
        store.prepare(QStringLiteral("INSERT OR REPLACE INTO filter_state (key, value) VALUES ('inputs', ?)"));
        store.addBindValue(key);
        if (!begin(q, true) || !applyInputs(q, inputs, QString()) || !store.exec()
            || !q.exec(QStringLiteral("COMMIT"))) {
            *error = sqlFailure(store.lastError().isValid() ? store : q);
            q.exec(QStringLiteral("ROLLBACK"));
            return std::nullopt;
        }
        outcome.settingsApplied = true;
    }
    return outcome;
}

} // namespace Dialogsmith::Quality
