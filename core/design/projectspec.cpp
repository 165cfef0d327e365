// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "design/projectspec.h"

#include "prompt/template.h"
#include "prompt/variableschema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSaveFile>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <span>

using namespace Qt::StringLiterals;

namespace Dialogsmith::Design {

namespace {

// ---------------------------------------------------------------------------------------------------------
// Limits. Integers a spec holds must survive a trip through JavaScript and other readers that keep every
// number as a double, hence 2^53 - 1 as the largest.

constexpr auto formatName = "dialogsmith-spec"_L1;
constexpr qint64 maxSafeInteger = (qint64(1) << 53) - 1;
constexpr double maxWeight = 1'000'000; // sums of sibling weights stay far from overflowing
constexpr int minCount = 1;
constexpr int maxCount = 10'000'000;
constexpr int minTurns = 1;
constexpr int maxTurns = 100;
constexpr int minChunkSize = 100;
constexpr int maxChunkSize = 1'000'000;
constexpr int minConcurrency = 1;
constexpr int maxConcurrency = 4096;
constexpr int minMaxTokens = 1;
constexpr int maxMaxTokens = 1'000'000;
constexpr double maxTemperature = 2; // the widest any provider accepts (OpenAI, Gemini)
constexpr int maxSeedsPerPrompt = 20;
constexpr int maxEvolGenerations = 10;
constexpr int maxResponses = 8;
constexpr int maxQueriesPerChunk = 20;
constexpr int maxNegatives = 10;
constexpr int maxCharacters = 10'000'000;
constexpr double minDuplicateThreshold = 0.3; // below it, MinHash bands cannot tell related texts from copies
constexpr double maxRubricScale = 1000;

// ---------------------------------------------------------------------------------------------------------
// Migration. A spec of an older version is upgraded one version at a time before it is read: the step at
// index n - 1 takes the JSON of version n to version n + 1, in place, and reports what it cannot carry
// over with the JSON paths of version n. Version 1 is the first, so the chain is empty. To change the
// format incompatibly: raise ProjectSpec::currentVersion, append the step from the old version here,
// read and write only the new shape below, and describe the change in docs/spec.md.

class Problems;
using Migration = void (*)(QJsonObject &spec, Problems &problems);
constexpr std::array<Migration, ProjectSpec::currentVersion - 1> migrations {};
static_assert(std::ranges::none_of(migrations, [](Migration step) { return step == nullptr; }),
              "every version before the current one needs its step to the next");

// ---------------------------------------------------------------------------------------------------------
// Messages

// Control characters escaped, so every message stays on its one line.
QString escaped(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n')
            result += u"\\n"_s;
        else if (c == u'\t')
            result += u"\\t"_s;
        else if (c.unicode() < 0x20 || c.unicode() == 0x7F || c == QChar::LineSeparator
                 || c == QChar::ParagraphSeparator)
            result += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
        else
            result += c;
    }
    return result;
}

// Text from a spec as a message shows it: escaped, and shortened when long, so a hostile value cannot make
// a message of megabytes.
QString printable(QStringView text)
{
    constexpr qsizetype shown = 60;
    return text.size() <= shown ? escaped(text) : escaped(text.first(shown)) + u'…';
}

QString quoted(QStringView text)
{
    return u'"' + printable(text) + u'"';
}

/// The problems found so far, at most maxReportedProblems of them, and how many more there were: a hostile
/// spec with a million bad entries must not build a million messages.
class Problems final
{
public:
    void add(const QString &message)
    {
        // Messages of other parts (template and provider errors) can quote what the spec holds.
        if (m_messages.size() < ProjectSpec::maxReportedProblems)
            m_messages.append(escaped(message));
        else
            ++m_more;
    }
    void add(const QString &path, const QString &message) { add(path.isEmpty() ? message : path + u": "_s + message); }
    bool isEmpty() const { return m_messages.isEmpty(); }
    bool isFull() const { return m_messages.size() >= ProjectSpec::maxReportedProblems; }
    int count() const { return int(m_messages.size()) + m_more; }
    QStringList messages() const
    {
        QStringList all = m_messages;
        if (m_more > 0)
            all.append(ProjectSpec::tr("… and %n more problem(s).", nullptr, m_more));
        return all;
    }

private:
    QStringList m_messages;
    int m_more = 0;
};

QString member(const QString &path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path + u'.' + key;
}

QString member(const QString &path, QLatin1StringView key)
{
    return path.isEmpty() ? QString(key) : path + u'.' + key;
}

QString element(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString numberText(double value)
{
    // Whole numbers in full up to 10^18, which a qint64 holds exactly ("9007199254740992", not "9.007e+15").
    if (std::isfinite(value) && value == std::floor(value) && std::abs(value) < 1e18)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return quoted(value.toString());
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Array:
        return ProjectSpec::tr("a list");
    case QJsonValue::Object:
        return ProjectSpec::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return ProjectSpec::tr("nothing");
}

QString notBetween(const QString &value, qint64 minimum, qint64 maximum)
{
    return ProjectSpec::tr("%1 is not between %2 and %3.")
        .arg(value, QString::number(minimum), QString::number(maximum));
}

// Edit distance counting a swap of neighbours as one edit (optimal string alignment), for "did you mean"
// hints on misspelt keys: "topcis", "temprature", "modle".
int editDistance(QStringView a, QStringView b)
{
    const qsizetype width = b.size() + 1;
    QList<int> d((a.size() + 1) * width);
    const auto at = [&](qsizetype i, qsizetype j) -> int & { return d[i * width + j]; };
    for (qsizetype i = 0; i <= a.size(); ++i)
        at(i, 0) = int(i);
    for (qsizetype j = 0; j <= b.size(); ++j)
        at(0, j) = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
        }
    }
    return at(a.size(), b.size());
}

QString unknownKey(QStringView key, std::initializer_list<QLatin1StringView> known)
{
    if (key.size() <= 64) {
        for (QLatin1StringView candidate : known) {
            const QString name = candidate.toString();
            if (editDistance(key.toString().toLower(), name) <= std::max<qsizetype>(1, name.size() / 4))
                return ProjectSpec::tr("unknown key; did you mean \"%1\"?").arg(name);
        }
    }
    return ProjectSpec::tr("unknown key.");
}

// ---------------------------------------------------------------------------------------------------------
// Reading JSON values, each reporting a wrong type or value at its path

/// One JSON object of the spec: reports keys it does not know on construction and reads its members.
/// A member with a problem is reported and left as it was, so reading goes on and finds the next problem.
class ObjectReader final
{
public:
    ObjectReader(QJsonObject object, QString path, Problems &problems, std::initializer_list<QLatin1StringView> keys)
        : m_object(std::move(object))
        , m_path(std::move(path))
        , m_problems(problems)
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            const QString key = it.key();
            // The hint costs an edit distance per known key: none for problems that will not be shown.
            if (std::find(keys.begin(), keys.end(), key) == keys.end())
                m_problems.add(member(m_path, printable(key)), m_problems.isFull() ? QString() : unknownKey(key, keys));
        }
    }

    bool has(QLatin1StringView key) const { return m_object.contains(key); }
    QJsonValue value(QLatin1StringView key) const { return m_object.value(key); }
    QString path(QLatin1StringView key) const { return member(m_path, key); }
    const QString &path() const { return m_path; }

    bool text(QLatin1StringView key, QString *out) const
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return false;
        if (!v.isString()) {
            m_problems.add(path(key), ProjectSpec::tr("expected text in double quotes, found %1.").arg(describe(v)));
            return false;
        }
        *out = v.toString();
        return true;
    }

    bool number(QLatin1StringView key, double *out) const
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return false;
        if (!v.isDouble()) {
            m_problems.add(path(key), ProjectSpec::tr("expected a number, found %1.").arg(describe(v)));
            return false;
        }
        *out = v.toDouble();
        return true;
    }

    /// A number or null (the server's default).
    void optionalNumber(QLatin1StringView key, std::optional<double> *out) const
    {
        const QJsonValue v = value(key);
        if (v.isNull()) {
            *out = std::nullopt;
            return;
        }
        if (!v.isUndefined() && !v.isDouble()) {
            m_problems.add(path(key), ProjectSpec::tr("expected a number or null, found %1.").arg(describe(v)));
            return;
        }
        if (v.isDouble())
            *out = v.toDouble();
    }

    template<typename Int>
    bool whole(QLatin1StringView key, qint64 minimum, qint64 maximum, Int *out) const
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return false;
        qint64 read = 0;
        if (!readWhole(v, path(key), minimum, maximum, &read, m_problems))
            return false;
        *out = Int(read);
        return true;
    }

    static bool readWhole(const QJsonValue &v, const QString &path, qint64 minimum, qint64 maximum, qint64 *out,
                          Problems &problems)
    {
        if (!v.isDouble()) {
            problems.add(path,
                         ProjectSpec::tr("expected a whole number from %1 to %2, found %3.")
                             .arg(QString::number(minimum), QString::number(maximum), describe(v)));
            return false;
        }
        // Compared as a double first: converting one out of range to an integer is undefined.
        const double d = v.toDouble();
        if (d != std::floor(d)) {
            problems.add(path, ProjectSpec::tr("%1 is not a whole number.").arg(numberText(d)));
            return false;
        }
        if (d < double(minimum) || d > double(maximum)) {
            problems.add(path, notBetween(numberText(d), minimum, maximum));
            return false;
        }
        *out = qint64(d);
        return true;
    }

    /// The member as an object; an error when it is something else.
    std::optional<QJsonObject> object(QLatin1StringView key) const
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isObject()) {
            m_problems.add(path(key), ProjectSpec::tr("expected an object {…}, found %1.").arg(describe(v)));
            return std::nullopt;
        }
        return v.toObject();
    }

    std::optional<QJsonArray> list(QLatin1StringView key) const
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isArray()) {
            m_problems.add(path(key), ProjectSpec::tr("expected a list […], found %1.").arg(describe(v)));
            return std::nullopt;
        }
        return v.toArray();
    }

    void boolean(QLatin1StringView key) const
    {
        const QJsonValue v = value(key);
        if (!v.isUndefined() && !v.isBool())
            m_problems.add(path(key), ProjectSpec::tr("expected true or false, found %1.").arg(describe(v)));
    }

    bool flag(QLatin1StringView key, bool *out) const
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return false;
        if (!v.isBool()) {
            m_problems.add(path(key), ProjectSpec::tr("expected true or false, found %1.").arg(describe(v)));
            return false;
        }
        *out = v.toBool();
        return true;
    }

    /// A list of texts.
    bool texts(QLatin1StringView key, QStringList *out) const
    {
        const auto items = list(key);
        if (!items)
            return false;
        QStringList read;
        for (qsizetype i = 0; i < items->size(); ++i) {
            const QJsonValue item = items->at(i);
            if (!item.isString()) {
                m_problems.add(element(path(key), i),
                               ProjectSpec::tr("expected text in double quotes, found %1.").arg(describe(item)));
                continue;
            }
            read.append(item.toString());
        }
        *out = read;
        return true;
    }

    /// A list of numbers.
    bool numbers(QLatin1StringView key, QList<double> *out) const
    {
        const auto items = list(key);
        if (!items)
            return false;
        QList<double> read;
        for (qsizetype i = 0; i < items->size(); ++i) {
            const QJsonValue item = items->at(i);
            if (!item.isDouble()) {
                m_problems.add(element(path(key), i),
                               ProjectSpec::tr("expected a number, found %1.").arg(describe(item)));
                continue;
            }
            read.append(item.toDouble());
        }
        *out = read;
        return true;
    }

private:
    QJsonObject m_object;
    QString m_path;
    Problems &m_problems;
};

// ---------------------------------------------------------------------------------------------------------
// Files a spec refers to

/// Reads a document or template file the spec names relative to its folder. Errors are reported at
/// `path`; nothing outside baseDir is read, not even through a symbolic link.
std::optional<QString> readReferencedFile(const QString &reference, const QString &baseDir, const QString &path,
                                          Problems &problems)
{
    if (reference.isEmpty()) {
        problems.add(path, ProjectSpec::tr("names no file."));
        return std::nullopt;
    }
    const QString shown = quoted(reference);
    if (baseDir.isEmpty()) {
        problems.add(path,
                     ProjectSpec::tr("%1 cannot be read: only a spec read from a file can refer to files.").arg(shown));
        return std::nullopt;
    }
    if (QDir::isAbsolutePath(reference) || reference.startsWith(u'/') || reference.startsWith(u'\\')) {
        problems.add(
            path, ProjectSpec::tr("%1 is an absolute path: files are named relative to the spec's folder.").arg(shown));
        return std::nullopt;
    }
    const QString cleaned = QDir::cleanPath(reference);
    if (cleaned == u".."_s || cleaned.startsWith(u"../"_s)) {
        problems.add(path, ProjectSpec::tr("%1 is outside the spec's folder.").arg(shown));
        return std::nullopt;
    }
    const QFileInfo info(QDir(baseDir).filePath(cleaned));
    if (!info.exists()) {
        problems.add(path, ProjectSpec::tr("there is no file %1 in %2.").arg(shown, QDir::toNativeSeparators(baseDir)));
        return std::nullopt;
    }
    QString base = QFileInfo(baseDir).canonicalFilePath();
    if (!base.endsWith(u'/'))
        base += u'/';
    if (!info.canonicalFilePath().startsWith(base)) {
        problems.add(path, ProjectSpec::tr("%1 leads outside the spec's folder.").arg(shown));
        return std::nullopt;
    }
    // Not a FIFO or device: reading one could block or never end.
    if (!info.isFile()) {
        problems.add(path, ProjectSpec::tr("%1 is not a file.").arg(shown));
        return std::nullopt;
    }
    const QString tooLarge
        = ProjectSpec::tr("%1 is larger than %2 MiB.").arg(shown).arg(ProjectSpec::maxReferencedFileSize >> 20);
    if (info.size() > ProjectSpec::maxReferencedFileSize) {
        problems.add(path, tooLarge);
        return std::nullopt;
    }
    // The path checked above, so a link swapped in since leads nowhere new.
    QFile file(info.canonicalFilePath());
    if (!file.open(QIODevice::ReadOnly)) {
        problems.add(path, ProjectSpec::tr("%1 cannot be read: %2").arg(shown, file.errorString()));
        return std::nullopt;
    }
    // The size can change between the check and the read: never read more than the limit.
    const QByteArray bytes = file.read(ProjectSpec::maxReferencedFileSize + 1);
    if (bytes.size() > ProjectSpec::maxReferencedFileSize) {
        problems.add(path, tooLarge);
        return std::nullopt;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError() || bytes.contains('\0')) {
        problems.add(
            path, ProjectSpec::tr("%1 is not UTF-8 text (documents are read as plain text or Markdown).").arg(shown));
        return std::nullopt;
    }
    return text;
}

// ---------------------------------------------------------------------------------------------------------
// The spec's sections

constexpr std::array templateKeys {"system"_L1,
                                   "starter"_L1,
                                   "user_turn"_L1,
                                   "assistant_turn"_L1,
                                   "instruction"_L1,
                                   "evol"_L1,
                                   "knowledge_question"_L1,
                                   "faithfulness"_L1,
                                   "preference_judge"_L1,
                                   "embedding_queries"_L1,
                                   "negative_check"_L1,
                                   "judge"_L1};
constexpr std::array templateMembers {&PromptTemplates::system,
                                      &PromptTemplates::starter,
                                      &PromptTemplates::userTurn,
                                      &PromptTemplates::assistantTurn,
                                      &PromptTemplates::instruction,
                                      &PromptTemplates::evol,
                                      &PromptTemplates::knowledgeQuestion,
                                      &PromptTemplates::faithfulness,
                                      &PromptTemplates::preferenceJudge,
                                      &PromptTemplates::embeddingQueries,
                                      &PromptTemplates::negativeCheck,
                                      &PromptTemplates::judge};
static_assert(templateKeys.size() == templateMembers.size());

template<typename Templates>
auto &templateField(Templates &templates, QLatin1StringView key)
{
    for (std::size_t i = 0; i < templateKeys.size(); ++i) {
        if (key == templateKeys[i])
            return templates.*templateMembers[i];
    }
    return templates.assistantTurn;
}

/// Where read() found what check() looks at, so messages name the file a template or document came from.
struct Origins {
    QHash<QString, QString> templateFiles; ///< "user_turn" → the file reference as written
    QHash<qsizetype, QString> documentFiles; ///< document index → the file reference as written
};

/// Reads the members of a spec into a design. Types, keys, whole numbers and file references are checked
/// here; the rest (ranges of fractions, names, templates, references between sections) by Checker.
class Reader final
{
public:
    Reader(QString baseDir, Problems &problems)
        : m_baseDir(std::move(baseDir))
        , m_problems(problems)
    { }

    const Origins &origins() const { return m_origins; }

    ProjectDesign read(const QJsonObject &root)
    {
        ProjectDesign design;
        const ObjectReader spec(root, {}, m_problems,
                                {"format"_L1, "version"_L1, "name"_L1, "description"_L1, "topics"_L1, "personas"_L1,
                                 "scenarios"_L1, "structures"_L1, "documents"_L1, "chunking"_L1, "templates"_L1,
                                 "providers"_L1, "prices"_L1, "generation"_L1, "modes"_L1, "quality"_L1});
        spec.text("name"_L1, &design.name);
        spec.text("description"_L1, &design.description);
        if (const auto topics = spec.list("topics"_L1))
            design.topics = readTopics(*topics, spec.path("topics"_L1), 1);
        if (const auto personas = spec.list("personas"_L1)) {
            for (qsizetype i = 0; i < personas->size(); ++i)
                readPersona(personas->at(i), element(spec.path("personas"_L1), i), &design.personas);
        }
        if (const auto scenarios = spec.list("scenarios"_L1)) {
            for (qsizetype i = 0; i < scenarios->size(); ++i)
                readScenario(scenarios->at(i), element(spec.path("scenarios"_L1), i), &design.scenarios);
        }
        if (const auto structures = spec.list("structures"_L1)) {
            for (qsizetype i = 0; i < structures->size(); ++i)
                readStructure(structures->at(i), element(spec.path("structures"_L1), i), &design.structures);
        }
        if (const auto documents = spec.list("documents"_L1)) {
            for (qsizetype i = 0; i < documents->size(); ++i)
                readDocument(documents->at(i), element(spec.path("documents"_L1), i), &design.documents);
        }
        if (const auto chunking = spec.object("chunking"_L1)) {
            const ObjectReader o(*chunking, spec.path("chunking"_L1), m_problems, {"size"_L1, "overlap"_L1});
            o.whole("size"_L1, minChunkSize, maxChunkSize, &design.chunking.size);
            o.whole("overlap"_L1, 0, maxChunkSize - 1, &design.chunking.overlap);
        }
        if (const auto templates = spec.object("templates"_L1))
            readTemplates(*templates, spec.path("templates"_L1), &design.templates);
        if (const auto providers = spec.list("providers"_L1)) {
            for (qsizetype i = 0; i < providers->size(); ++i)
                readProvider(providers->at(i), element(spec.path("providers"_L1), i), &design.providers);
        }
        if (const auto prices = spec.object("prices"_L1))
            readPrices(*prices, spec.path("prices"_L1), &design.prices);
        if (const auto generation = spec.object("generation"_L1))
            readGeneration(*generation, spec.path("generation"_L1), &design.generation);
        if (const auto modes = spec.object("modes"_L1))
            readModes(*modes, spec.path("modes"_L1), &design.modes);
        if (const auto quality = spec.object("quality"_L1))
            readQuality(*quality, spec.path("quality"_L1), &design.quality);
        return design;
    }

private:
    bool isObject(const QJsonValue &value, const QString &path, const QString &what)
    {
        if (value.isObject())
            return true;
        m_problems.add(path, ProjectSpec::tr("expected %1, found %2.").arg(what, describe(value)));
        return false;
    }

    QList<Topic> readTopics(const QJsonArray &list, const QString &path, int depth)
    {
        QList<Topic> topics;
        if (list.isEmpty())
            return topics;
        // Checked before descending: the JSON parser allows 1024 levels of nesting.
        if (depth > ProjectSpec::maxTopicDepth) {
            m_problems.add(path,
                           ProjectSpec::tr("topics are nested more than %1 deep.").arg(ProjectSpec::maxTopicDepth));
            return topics;
        }
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString itemPath = element(path, i);
            const QJsonValue value = list.at(i);
            Topic topic;
            if (value.isString()) {
                topic.name = value.toString();
            } else if (!value.isObject()) {
                m_problems.add(
                    itemPath,
                    ProjectSpec::tr("expected a topic (its name in double quotes, or an object {\"name\": …}), "
                                    "found %1.")
                        .arg(describe(value)));
                continue;
            } else {
                const ObjectReader o(value.toObject(), itemPath, m_problems,
                                     {"name"_L1, "description"_L1, "weight"_L1, "children"_L1});
                o.text("name"_L1, &topic.name);
                o.text("description"_L1, &topic.description);
                o.number("weight"_L1, &topic.weight);
                if (const auto children = o.list("children"_L1))
                    topic.children = readTopics(*children, o.path("children"_L1), depth + 1);
            }
            topics.append(std::move(topic));
        }
        return topics;
    }

    void readPersona(const QJsonValue &value, const QString &path, QList<Persona> *personas)
    {
        if (!isObject(value, path, ProjectSpec::tr("a persona, an object {\"name\": …}")))
            return;
        const ObjectReader o(value.toObject(), path, m_problems,
                             {"name"_L1, "side"_L1, "description"_L1, "relationship"_L1, "mood"_L1,
                              "knowledge_level"_L1, "goal"_L1, "speaking_style"_L1, "language"_L1, "weight"_L1});
        Persona persona;
        o.text("name"_L1, &persona.name);
        QString side;
        if (o.text("side"_L1, &side)) {
            if (side == sideName(Side::User))
                persona.side = Side::User;
            else if (side == sideName(Side::Assistant))
                persona.side = Side::Assistant;
            else
                m_problems.add(o.path("side"_L1),
                               ProjectSpec::tr("%1 is not \"user\" or \"assistant\".").arg(quoted(side)));
        }
        o.text("description"_L1, &persona.description);
        o.text("relationship"_L1, &persona.relationship);
        o.text("mood"_L1, &persona.mood);
        o.text("knowledge_level"_L1, &persona.knowledgeLevel);
        o.text("goal"_L1, &persona.goal);
        o.text("speaking_style"_L1, &persona.speakingStyle);
        o.text("language"_L1, &persona.language);
        o.number("weight"_L1, &persona.weight);
        personas->append(std::move(persona));
    }

    void readScenario(const QJsonValue &value, const QString &path, QList<Scenario> *scenarios)
    {
        Scenario scenario;
        if (value.isString()) {
            scenario.description = value.toString();
        } else if (isObject(value, path,
                            ProjectSpec::tr("a scenario (its description in double quotes, or an object)"))) {
            const ObjectReader o(value.toObject(), path, m_problems, {"description"_L1, "weight"_L1});
            o.text("description"_L1, &scenario.description);
            o.number("weight"_L1, &scenario.weight);
        } else {
            return;
        }
        scenarios->append(std::move(scenario));
    }

    void readStructure(const QJsonValue &value, const QString &path, QList<Structure> *structures)
    {
        Structure structure;
        if (value.isString()) {
            structure.name = value.toString();
        } else if (isObject(value, path, ProjectSpec::tr("a structure (its name in double quotes, or an object)"))) {
            const ObjectReader o(value.toObject(), path, m_problems, {"name"_L1, "description"_L1, "weight"_L1});
            o.text("name"_L1, &structure.name);
            o.text("description"_L1, &structure.description);
            o.number("weight"_L1, &structure.weight);
        } else {
            return;
        }
        structures->append(std::move(structure));
    }

    void readDocument(const QJsonValue &value, const QString &path, QList<Document> *documents)
    {
        if (!isObject(value, path, ProjectSpec::tr("a document, an object {\"title\": …, \"text\": …}")))
            return;
        const ObjectReader o(value.toObject(), path, m_problems, {"title"_L1, "source"_L1, "text"_L1, "file"_L1});
        Document document;
        o.text("title"_L1, &document.title);
        o.text("source"_L1, &document.source);
        QString file;
        if (o.has("text"_L1) && o.has("file"_L1)) {
            m_problems.add(path, ProjectSpec::tr("give either \"text\" or \"file\", not both."));
        } else if (o.has("text"_L1)) {
            o.text("text"_L1, &document.text);
        } else if (!o.has("file"_L1)) {
            m_problems.add(path, ProjectSpec::tr("a document needs its \"text\" or a \"file\" to read it from."));
        } else if (o.text("file"_L1, &file)) {
            if (const auto text = readReferencedFile(file, m_baseDir, o.path("file"_L1), m_problems)) {
                document.text = *text;
                if (!o.has("title"_L1))
                    document.title = QFileInfo(file).fileName();
                if (!o.has("source"_L1))
                    document.source = file;
                m_origins.documentFiles.insert(documents->size(), file);
            }
        }
        documents->append(std::move(document));
    }

    void readTemplates(const QJsonObject &json, const QString &path, PromptTemplates *templates)
    {
        const ObjectReader o(json, path, m_problems,
                             {templateKeys[0], templateKeys[1], templateKeys[2], templateKeys[3], templateKeys[4],
                              templateKeys[5], templateKeys[6], templateKeys[7], templateKeys[8], templateKeys[9],
                              templateKeys[10], templateKeys[11]});
        for (QLatin1StringView key : templateKeys) {
            const QJsonValue value = o.value(key);
            if (value.isUndefined())
                continue;
            if (value.isString()) {
                templateField(*templates, key) = value.toString();
                continue;
            }
            if (!isObject(value, o.path(key), ProjectSpec::tr("the template's text, or an object {\"file\": …}")))
                continue;
            const ObjectReader file(value.toObject(), o.path(key), m_problems, {"file"_L1});
            QString reference;
            if (!file.text("file"_L1, &reference)) {
                if (!file.has("file"_L1))
                    m_problems.add(o.path(key), ProjectSpec::tr("needs \"file\": the template file to read."));
                continue;
            }
            if (const auto text = readReferencedFile(reference, m_baseDir, file.path("file"_L1), m_problems)) {
                templateField(*templates, key) = *text;
                m_origins.templateFiles.insert(key.toString(), reference);
            }
        }
    }

    // ProviderProfile::fromJson() reads leniently (a wrong type reads as empty, unknown keys are skipped),
    // so the shape is checked here first.
    void readProvider(const QJsonValue &value, const QString &path, QList<Llm::ProviderProfile> *providers)
    {
        if (!isObject(value, path, ProjectSpec::tr("a provider profile, an object {\"name\": …}")))
            return;
        const int before = m_problems.count();
        const ObjectReader o(
            value.toObject(), path, m_problems,
            {"name"_L1, "kind"_L1, "model"_L1, "endpoints"_L1, "key"_L1, "allowInsecureHttp"_L1, "limits"_L1});
        QString ignored;
        o.text("name"_L1, &ignored);
        o.text("kind"_L1, &ignored);
        o.text("model"_L1, &ignored);
        o.boolean("allowInsecureHttp"_L1);
        if (const auto endpoints = o.list("endpoints"_L1)) {
            for (qsizetype i = 0; i < endpoints->size(); ++i) {
                const QString endpointPath = element(o.path("endpoints"_L1), i);
                if (!isObject(endpoints->at(i), endpointPath,
                              ProjectSpec::tr("an endpoint, an object {\"baseUrl\": …}")))
                    continue;
                const ObjectReader endpoint(endpoints->at(i).toObject(), endpointPath, m_problems,
                                            {"baseUrl"_L1, "key"_L1});
                endpoint.text("baseUrl"_L1, &ignored);
                checkKeySource(endpoint);
            }
        }
        checkKeySource(o);
        if (const auto limits = o.object("limits"_L1)) {
            const ObjectReader l(*limits, o.path("limits"_L1), m_problems,
                                 {"maxConcurrent"_L1, "requestsPerMinute"_L1, "tokensPerMinute"_L1, "maxAttempts"_L1,
                                  "firstByteTimeoutMs"_L1, "idleTimeoutMs"_L1});
            double number = 0;
            for (QLatin1StringView key : {"maxConcurrent"_L1, "requestsPerMinute"_L1, "tokensPerMinute"_L1,
                                          "maxAttempts"_L1, "firstByteTimeoutMs"_L1, "idleTimeoutMs"_L1})
                l.number(key, &number);
        }
        if (m_problems.count() != before)
            return;
        Llm::ProviderProfile profile;
        QString error;
        if (!Llm::ProviderProfile::fromJson(value.toObject(), &profile, &error)) {
            m_problems.add(member(path, error) + (error.endsWith(u'.') ? QString() : u"."_s));
            return;
        }
        providers->append(std::move(profile));
    }

    void checkKeySource(const ObjectReader &owner)
    {
        const auto key = owner.object("key"_L1);
        if (!key)
            return;
        const ObjectReader o(*key, owner.path("key"_L1), m_problems, {"from"_L1, "name"_L1});
        QString ignored;
        o.text("from"_L1, &ignored);
        o.text("name"_L1, &ignored);
    }

    void readPrices(const QJsonObject &json, const QString &path, Llm::PriceTable *prices)
    {
        const int before = m_problems.count();
        for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
            const QString modelPath = member(path, printable(it.key()));
            if (!isObject(it.value(), modelPath,
                          ProjectSpec::tr("the model's prices, an object {\"input\": …, \"output\": …}")))
                continue;
            const ObjectReader o(it.value().toObject(), modelPath, m_problems,
                                 {"input"_L1, "output"_L1, "cachedInput"_L1, "cacheWrite"_L1});
            double number = 0;
            for (QLatin1StringView key : {"input"_L1, "output"_L1, "cachedInput"_L1, "cacheWrite"_L1})
                o.number(key, &number);
        }
        if (m_problems.count() != before)
            return;
        QString error;
        if (!Llm::PriceTable::fromJson(json, prices, &error))
            m_problems.add(error + (error.endsWith(u'.') ? QString() : u"."_s));
    }

    void readSampling(const ObjectReader &generation, QLatin1StringView key, Sampling *sampling)
    {
        const auto json = generation.object(key);
        if (!json)
            return;
        const ObjectReader o(*json, generation.path(key), m_problems, {"temperature"_L1, "top_p"_L1, "max_tokens"_L1});
        o.optionalNumber("temperature"_L1, &sampling->temperature);
        o.optionalNumber("top_p"_L1, &sampling->topP);
        o.whole("max_tokens"_L1, minMaxTokens, maxMaxTokens, &sampling->maxTokens);
    }

    void readGeneration(const QJsonObject &json, const QString &path, GenerationSettings *generation)
    {
        const ObjectReader o(json, path, m_problems,
                             {"count"_L1, "turns"_L1, "grounding_probability"_L1, "drift_probability"_L1,
                              "user_profile"_L1, "assistant_profile"_L1, "user_sampling"_L1, "assistant_sampling"_L1,
                              "concurrency"_L1, "budget"_L1, "seed"_L1, "end_marker"_L1, "mode"_L1});
        QString mode;
        if (o.text("mode"_L1, &mode)) {
            if (const auto parsed = parseMode(mode)) {
                generation->mode = *parsed;
            } else {
                QStringList names;
                for (Mode m : allModes())
                    names.append(quoted(modeName(m)));
                m_problems.add(
                    o.path("mode"_L1),
                    ProjectSpec::tr("%1 is not a mode; the modes are %2.").arg(quoted(mode), names.join(u", "_s)));
            }
        }
        o.whole("count"_L1, minCount, maxCount, &generation->count);
        const QJsonValue turns = o.value("turns"_L1);
        if (turns.isDouble()) {
            qint64 n = 0;
            if (ObjectReader::readWhole(turns, o.path("turns"_L1), minTurns, maxTurns, &n, m_problems))
                generation->minTurns = generation->maxTurns = int(n);
        } else if (turns.isObject()) {
            const ObjectReader range(turns.toObject(), o.path("turns"_L1), m_problems, {"min"_L1, "max"_L1});
            if (!range.has("min"_L1) || !range.has("max"_L1)) {
                m_problems.add(
                    range.path(),
                    ProjectSpec::tr("give both \"min\" and \"max\", or one number for a fixed number of turns."));
            } else {
                range.whole("min"_L1, minTurns, maxTurns, &generation->minTurns);
                range.whole("max"_L1, minTurns, maxTurns, &generation->maxTurns);
            }
        } else if (!turns.isUndefined()) {
            m_problems.add(
                o.path("turns"_L1),
                ProjectSpec::tr("expected a number of turns or an object {\"min\": …, \"max\": …}, found %1.")
                    .arg(describe(turns)));
        }
        o.number("grounding_probability"_L1, &generation->groundingProbability);
        o.number("drift_probability"_L1, &generation->driftProbability);
        o.text("user_profile"_L1, &generation->userProfile);
        o.text("assistant_profile"_L1, &generation->assistantProfile);
        readSampling(o, "user_sampling"_L1, &generation->userSampling);
        readSampling(o, "assistant_sampling"_L1, &generation->assistantSampling);
        o.whole("concurrency"_L1, minConcurrency, maxConcurrency, &generation->concurrency);
        if (const auto budget = o.object("budget"_L1)) {
            const ObjectReader b(*budget, o.path("budget"_L1), m_problems, {"tokens"_L1, "usd"_L1});
            b.whole("tokens"_L1, 0, maxSafeInteger, &generation->budgetTokens);
            b.number("usd"_L1, &generation->budgetUsd);
        }
        o.whole("seed"_L1, 0, maxSafeInteger, &generation->seed);
        o.text("end_marker"_L1, &generation->endMarker);
    }

    void readModes(const QJsonObject &json, const QString &path, ModeSettings *modes)
    {
        const ObjectReader o(
            json, path, m_problems,
            {"instruction"_L1, "evol"_L1, "knowledge_qa"_L1, "preference"_L1, "embedding"_L1, "judge_profile"_L1});
        if (const auto instruction = o.object("instruction"_L1)) {
            const ObjectReader i(*instruction, o.path("instruction"_L1), m_problems,
                                 {"seeds"_L1, "seeds_per_prompt"_L1});
            i.texts("seeds"_L1, &modes->seeds);
            i.whole("seeds_per_prompt"_L1, 1, maxSeedsPerPrompt, &modes->seedsPerPrompt);
        }
        if (const auto evol = o.object("evol"_L1)) {
            const ObjectReader e(*evol, o.path("evol"_L1), m_problems, {"directions"_L1, "generations"_L1});
            QStringList directions;
            if (e.texts("directions"_L1, &directions)) {
                modes->evolDirections.clear();
                for (qsizetype i = 0; i < directions.size(); ++i) {
                    if (const auto direction = parseEvolDirection(directions.at(i))) {
                        if (!modes->evolDirections.contains(*direction))
                            modes->evolDirections.append(*direction);
                        continue;
                    }
                    QStringList names;
                    for (EvolDirection d : allEvolDirections())
                        names.append(quoted(evolDirectionName(d)));
                    m_problems.add(element(e.path("directions"_L1), i),
                                   ProjectSpec::tr("%1 is not a direction; the directions are %2.")
                                       .arg(quoted(directions.at(i)), names.join(u", "_s)));
                }
            }
            e.whole("generations"_L1, 1, maxEvolGenerations, &modes->evolGenerations);
        }
        if (const auto knowledge = o.object("knowledge_qa"_L1)) {
            const ObjectReader k(*knowledge, o.path("knowledge_qa"_L1), m_problems, {"check_faithfulness"_L1});
            k.flag("check_faithfulness"_L1, &modes->checkFaithfulness);
        }
        if (const auto preference = o.object("preference"_L1)) {
            const ObjectReader p(*preference, o.path("preference"_L1), m_problems,
                                 {"source"_L1, "responses"_L1, "profiles"_L1, "temperatures"_L1});
            QString source;
            if (p.text("source"_L1, &source)) {
                if (const auto parsed = parsePreferenceSource(source))
                    modes->preferenceSource = *parsed;
                else
                    m_problems.add(p.path("source"_L1),
                                   ProjectSpec::tr("%1 is not a source of prompts; it is \"prompts\" or "
                                                   "\"conversations\".")
                                       .arg(quoted(source)));
            }
            p.whole("responses"_L1, 2, maxResponses, &modes->responses);
            p.texts("profiles"_L1, &modes->responseProfiles);
            p.numbers("temperatures"_L1, &modes->responseTemperatures);
        }
        if (const auto embedding = o.object("embedding"_L1)) {
            const ObjectReader e(
                *embedding, o.path("embedding"_L1), m_problems,
                {"queries_per_chunk"_L1, "hard_negatives"_L1, "easy_negatives"_L1, "verify_negatives"_L1});
            e.whole("queries_per_chunk"_L1, 1, maxQueriesPerChunk, &modes->queriesPerChunk);
            e.whole("hard_negatives"_L1, 0, maxNegatives, &modes->hardNegatives);
            e.whole("easy_negatives"_L1, 0, maxNegatives, &modes->easyNegatives);
            e.flag("verify_negatives"_L1, &modes->verifyNegatives);
        }
        o.text("judge_profile"_L1, &modes->judgeProfile);
    }

    void readQuality(const QJsonObject &json, const QString &path, QualitySettings *quality)
    {
        const ObjectReader o(json, path, m_problems, {"filters"_L1, "duplicates"_L1, "judge"_L1});
        if (const auto filters = o.object("filters"_L1)) {
            const ObjectReader f(*filters, o.path("filters"_L1), m_problems,
                                 {"refusals"_L1, "truncated"_L1, "wrong_language"_L1, "language"_L1, "too_short"_L1,
                                  "min_characters"_L1, "too_long"_L1, "max_characters"_L1});
            FilterSettings &s = quality->filters;
            f.flag("refusals"_L1, &s.refusals);
            f.flag("truncated"_L1, &s.truncated);
            f.flag("wrong_language"_L1, &s.wrongLanguage);
            f.text("language"_L1, &s.language);
            f.flag("too_short"_L1, &s.tooShort);
            f.whole("min_characters"_L1, 0, maxCharacters, &s.minCharacters);
            f.flag("too_long"_L1, &s.tooLong);
            f.whole("max_characters"_L1, 1, maxCharacters, &s.maxCharacters);
        }
        if (const auto duplicates = o.object("duplicates"_L1)) {
            const ObjectReader d(*duplicates, o.path("duplicates"_L1), m_problems, {"threshold"_L1, "hide"_L1});
            d.number("threshold"_L1, &quality->duplicateThreshold);
            d.flag("hide"_L1, &quality->hideDuplicates);
        }
        if (const auto judge = o.object("judge"_L1)) {
            const ObjectReader j(*judge, o.path("judge"_L1), m_problems,
                                 {"min_score"_L1, "rubric"_L1, "rubrics"_L1, "profile"_L1, "per_turn"_L1});
            j.optionalNumber("min_score"_L1, &quality->minJudgeScore);
            j.text("rubric"_L1, &quality->rubric);
            j.text("profile"_L1, &quality->judgeProfile);
            j.flag("per_turn"_L1, &quality->judgeTurns);
            if (const auto rubrics = j.list("rubrics"_L1)) {
                quality->rubrics.clear();
                for (qsizetype i = 0; i < rubrics->size(); ++i) {
                    const QString itemPath = element(j.path("rubrics"_L1), i);
                    if (!isObject(rubrics->at(i), itemPath, ProjectSpec::tr("a rubric, an object {\"name\": …}")))
                        continue;
                    const ObjectReader r(rubrics->at(i).toObject(), itemPath, m_problems,
                                         {"name"_L1, "min"_L1, "max"_L1, "text"_L1});
                    Rubric rubric;
                    r.text("name"_L1, &rubric.name);
                    r.number("min"_L1, &rubric.minimum);
                    r.number("max"_L1, &rubric.maximum);
                    r.text("text"_L1, &rubric.text);
                    quality->rubrics.append(std::move(rubric));
                }
            }
        }
    }

    QString m_baseDir;
    Problems &m_problems;
    Origins m_origins;
};

// ---------------------------------------------------------------------------------------------------------
// Checking a design

class Checker final
{
public:
    Checker(Problems &problems, const Origins &origins)
        : m_problems(problems)
        , m_origins(origins)
    { }

    void check(const ProjectDesign &design)
    {
        checkTopics(design.topics, u"topics"_s, 1);

        QList<double> userWeights;
        QList<double> assistantWeights;
        for (qsizetype i = 0; i < design.personas.size(); ++i) {
            const Persona &persona = design.personas[i];
            const QString path = element(u"personas"_s, i);
            checkName(persona.name, path, ProjectSpec::tr("a persona needs a name."));
            checkWeight(persona.weight, path);
            (persona.side == Side::User ? userWeights : assistantWeights).append(persona.weight);
        }
        for (const Side side : {Side::User, Side::Assistant}) {
            if (allZero(side == Side::User ? userWeights : assistantWeights))
                m_problems.add(
                    u"personas"_s,
                    ProjectSpec::tr("every %1 persona has weight 0: at least one must have more.").arg(sideName(side)));
        }

        QList<double> weights;
        for (qsizetype i = 0; i < design.scenarios.size(); ++i) {
            const QString path = element(u"scenarios"_s, i);
            checkName(design.scenarios[i].description, path, ProjectSpec::tr("a scenario needs a description."), false);
            checkWeight(design.scenarios[i].weight, path);
            weights.append(design.scenarios[i].weight);
        }
        checkSomeWeight(weights, u"scenarios"_s);

        weights.clear();
        for (qsizetype i = 0; i < design.structures.size(); ++i) {
            const QString path = element(u"structures"_s, i);
            checkName(design.structures[i].name, path, ProjectSpec::tr("a structure needs a name."));
            checkWeight(design.structures[i].weight, path);
            weights.append(design.structures[i].weight);
        }
        checkSomeWeight(weights, u"structures"_s);

        for (qsizetype i = 0; i < design.documents.size(); ++i) {
            const Document &document = design.documents[i];
            const QString path = element(u"documents"_s, i);
            if (document.title.trimmed().isEmpty())
                m_problems.add(member(path, u"title"), ProjectSpec::tr("a document needs a title."));
            if (document.text.trimmed().isEmpty()) {
                const auto file = m_origins.documentFiles.constFind(i);
                if (file != m_origins.documentFiles.cend())
                    m_problems.add(member(path, u"file"), ProjectSpec::tr("%1 holds no text.").arg(quoted(*file)));
                else
                    m_problems.add(member(path, u"text"), ProjectSpec::tr("the document has no text."));
            }
        }

        const ChunkSettings &chunking = design.chunking;
        if (chunking.size < minChunkSize || chunking.size > maxChunkSize)
            m_problems.add(u"chunking.size"_s, notBetween(QString::number(chunking.size), minChunkSize, maxChunkSize));
        else if (chunking.overlap < 0 || chunking.overlap >= chunking.size)
            m_problems.add(u"chunking.overlap"_s,
                           ProjectSpec::tr("%1 is not between 0 and %2: the overlap must be less than the chunk size.")
                               .arg(chunking.overlap)
                               .arg(chunking.size - 1));

        checkTemplates(design.templates);
        checkProviders(design.providers);
        checkPrices(design.prices);
        checkGeneration(design.generation, design.providers);
        checkModes(design.modes, design.providers);
        checkQuality(design.quality, design.providers);
    }

private:
    void checkName(const QString &name, const QString &path, const QString &message, bool isName = true)
    {
        if (name.trimmed().isEmpty())
            m_problems.add(isName ? member(path, u"name") : path, message);
    }

    void checkWeight(double weight, const QString &path)
    {
        if (!(weight >= 0 && weight <= maxWeight)) // also NaN
            m_problems.add(member(path, u"weight"),
                           ProjectSpec::tr("%1 is not a weight: a weight is a number from 0 to %2.")
                               .arg(numberText(weight), numberText(maxWeight)));
    }

    static bool allZero(const QList<double> &weights)
    {
        return !weights.isEmpty() && std::all_of(weights.cbegin(), weights.cend(), [](double w) { return w == 0; });
    }

    void checkSomeWeight(const QList<double> &weights, const QString &path)
    {
        if (allZero(weights))
            m_problems.add(path,
                           ProjectSpec::tr("every weight is 0: at least one must be more, or nothing can be drawn."));
    }

    void checkTopics(const QList<Topic> &topics, const QString &path, int depth)
    {
        if (topics.isEmpty())
            return;
        // A design built in code can nest without limit: stop before the stack does.
        if (depth > ProjectSpec::maxTopicDepth) {
            m_problems.add(path,
                           ProjectSpec::tr("topics are nested more than %1 deep.").arg(ProjectSpec::maxTopicDepth));
            return;
        }
        QList<double> weights;
        for (qsizetype i = 0; i < topics.size(); ++i) {
            const QString itemPath = element(path, i);
            checkName(topics[i].name, itemPath, ProjectSpec::tr("a topic needs a name."));
            checkWeight(topics[i].weight, itemPath);
            weights.append(topics[i].weight);
            checkTopics(topics[i].children, member(itemPath, u"children"), depth + 1);
        }
        checkSomeWeight(weights, path);
    }

    void checkTemplates(const PromptTemplates &templates)
    {
        for (QLatin1StringView key : templateKeys) {
            const Prompt::VariableSchema schema = Prompt::VariableSchema::forTemplate(key.toString());
            QString path = member(u"templates"_s, key);
            if (const auto file = m_origins.templateFiles.constFind(key.toString());
                file != m_origins.templateFiles.cend())
                path += u" ("_s + printable(*file) + u')';
            const QString &source = templateField(templates, key);
            // The system prompt may be empty (no system message); every other step needs a prompt.
            if (key != templateKeys[0] && source.trimmed().isEmpty()) {
                m_problems.add(path, ProjectSpec::tr("the template is empty."));
                continue;
            }
            for (const Prompt::TemplateError &error : Prompt::Template::parse(source).validate(schema))
                m_problems.add(path + u", "_s + error.toString());
        }
    }

    void checkProviders(const QList<Llm::ProviderProfile> &providers)
    {
        QHash<QString, qsizetype> seen;
        for (qsizetype i = 0; i < providers.size(); ++i) {
            const QString path = element(u"providers"_s, i);
            // The rules fromJson() applies when reading, for designs made in code too.
            Llm::ProviderProfile copy;
            QString error;
            if (!Llm::ProviderProfile::fromJson(providers[i].toJson(), &copy, &error))
                m_problems.add(member(path, error) + (error.endsWith(u'.') ? QString() : u"."_s));
            const QString &name = providers[i].name;
            if (const auto first = seen.constFind(name); first != seen.cend())
                m_problems.add(
                    member(path, u"name"),
                    ProjectSpec::tr("%1 is also the name of providers[%2]: every profile needs a name of its own.")
                        .arg(quoted(name))
                        .arg(*first));
            else
                seen.insert(name, i);
        }
    }

    void checkPrices(const Llm::PriceTable &prices)
    {
        QStringList models = prices.prices().keys();
        models.sort(); // a hash's order changes from run to run; messages must not
        for (const QString &model : models) {
            const QString path = member(u"prices"_s, printable(model));
            if (model.trimmed().isEmpty())
                m_problems.add(u"prices"_s, ProjectSpec::tr("a price needs the name of its model."));
            const Llm::ModelPrice price = prices.prices().value(model);
            for (const auto &[key, value] :
                 {std::pair {u"input", price.inputPerMTok}, std::pair {u"output", price.outputPerMTok},
                  std::pair {u"cachedInput", price.cachedInputPerMTok},
                  std::pair {u"cacheWrite", price.cacheWritePerMTok}}) {
                if (!(value >= 0) || !std::isfinite(value))
                    m_problems.add(member(path, key),
                                   ProjectSpec::tr("%1 is not a price: dollars per million tokens, at least 0.")
                                       .arg(numberText(value)));
            }
        }
    }

    void checkRange(double value, double minimum, double maximum, const QString &path)
    {
        if (!(value >= minimum && value <= maximum))
            m_problems.add(path,
                           ProjectSpec::tr("%1 is not between %2 and %3.")
                               .arg(numberText(value), numberText(minimum), numberText(maximum)));
    }

    void checkWhole(qint64 value, qint64 minimum, qint64 maximum, const QString &path)
    {
        if (value < minimum || value > maximum)
            m_problems.add(path, notBetween(QString::number(value), minimum, maximum));
    }

    void checkSampling(const Sampling &sampling, const QString &path)
    {
        if (sampling.temperature)
            checkRange(*sampling.temperature, 0, maxTemperature, member(path, u"temperature"));
        if (sampling.topP)
            checkRange(*sampling.topP, 0, 1, member(path, u"top_p"));
        checkWhole(sampling.maxTokens, minMaxTokens, maxMaxTokens, member(path, u"max_tokens"));
    }

    void checkProfile(const QString &profile, const QList<Llm::ProviderProfile> &providers, const QString &path)
    {
        if (profile.isEmpty() || providers.isEmpty())
            return;
        QStringList names;
        for (const Llm::ProviderProfile &provider : providers) {
            if (provider.name == profile)
                return;
            if (names.size() < 10)
                names.append(quoted(provider.name));
        }
        if (providers.size() > names.size())
            names.append(u"…"_s);
        m_problems.add(path,
                       ProjectSpec::tr("%1 is none of the spec's provider profiles (%2).")
                           .arg(quoted(profile), names.join(u", "_s)));
    }

    void checkGeneration(const GenerationSettings &generation, const QList<Llm::ProviderProfile> &providers)
    {
        const QString path = u"generation"_s;
        checkWhole(generation.count, minCount, maxCount, member(path, u"count"));
        // As write() writes it: one number when the two are the same.
        const QString turns = member(path, u"turns");
        if (generation.minTurns == generation.maxTurns) {
            checkWhole(generation.minTurns, minTurns, maxTurns, turns);
        } else {
            checkWhole(generation.minTurns, minTurns, maxTurns, member(turns, u"min"));
            checkWhole(generation.maxTurns, minTurns, maxTurns, member(turns, u"max"));
            if (generation.minTurns > generation.maxTurns)
                m_problems.add(
                    member(turns, u"min"),
                    ProjectSpec::tr("%1 is more than max (%2).").arg(generation.minTurns).arg(generation.maxTurns));
        }
        checkRange(generation.groundingProbability, 0, 1, member(path, u"grounding_probability"));
        checkRange(generation.driftProbability, 0, 1, member(path, u"drift_probability"));
        checkProfile(generation.userProfile, providers, member(path, u"user_profile"));
        checkProfile(generation.assistantProfile, providers, member(path, u"assistant_profile"));
        checkSampling(generation.userSampling, member(path, u"user_sampling"));
        checkSampling(generation.assistantSampling, member(path, u"assistant_sampling"));
        checkWhole(generation.concurrency, minConcurrency, maxConcurrency, member(path, u"concurrency"));
        checkWhole(generation.budgetTokens, 0, maxSafeInteger, member(path, u"budget.tokens"));
        if (!(generation.budgetUsd >= 0) || !std::isfinite(generation.budgetUsd))
            m_problems.add(
                member(path, u"budget.usd"),
                ProjectSpec::tr("%1 is not an amount of dollars of at least 0.").arg(numberText(generation.budgetUsd)));
        if (generation.seed > quint64(maxSafeInteger))
            m_problems.add(member(path, u"seed"), notBetween(QString::number(generation.seed), 0, maxSafeInteger));
        if (generation.endMarker.trimmed().isEmpty())
            m_problems.add(
                member(path, u"end_marker"),
                ProjectSpec::tr("the end marker is empty: the user simulator could not end a conversation."));
    }

    void checkModes(const ModeSettings &modes, const QList<Llm::ProviderProfile> &providers)
    {
        const QString path = u"modes"_s;
        for (qsizetype i = 0; i < modes.seeds.size(); ++i) {
            if (modes.seeds.at(i).trimmed().isEmpty())
                m_problems.add(element(member(path, u"instruction.seeds"), i),
                               ProjectSpec::tr("a seed instruction is empty."));
        }
        checkWhole(modes.seedsPerPrompt, 1, maxSeedsPerPrompt, member(path, u"instruction.seeds_per_prompt"));
        if (modes.evolDirections.isEmpty())
            m_problems.add(member(path, u"evol.directions"),
                           ProjectSpec::tr("choose at least one direction to evolve in."));
        checkWhole(modes.evolGenerations, 1, maxEvolGenerations, member(path, u"evol.generations"));
        checkWhole(modes.responses, 2, maxResponses, member(path, u"preference.responses"));
        for (qsizetype i = 0; i < modes.responseProfiles.size(); ++i)
            checkProfile(modes.responseProfiles.at(i), providers, element(member(path, u"preference.profiles"), i));
        if (modes.responseTemperatures.isEmpty())
            m_problems.add(member(path, u"preference.temperatures"),
                           ProjectSpec::tr("give at least one temperature for the responses."));
        for (qsizetype i = 0; i < modes.responseTemperatures.size(); ++i)
            checkRange(modes.responseTemperatures.at(i), 0, maxTemperature,
                       element(member(path, u"preference.temperatures"), i));
        checkWhole(modes.queriesPerChunk, 1, maxQueriesPerChunk, member(path, u"embedding.queries_per_chunk"));
        checkWhole(modes.hardNegatives, 0, maxNegatives, member(path, u"embedding.hard_negatives"));
        checkWhole(modes.easyNegatives, 0, maxNegatives, member(path, u"embedding.easy_negatives"));
        checkProfile(modes.judgeProfile, providers, member(path, u"judge_profile"));
    }

    void checkQuality(const QualitySettings &quality, const QList<Llm::ProviderProfile> &providers)
    {
        const QString path = u"quality"_s;
        const FilterSettings &f = quality.filters;
        checkWhole(f.minCharacters, 0, maxCharacters, member(path, u"filters.min_characters"));
        checkWhole(f.maxCharacters, 1, maxCharacters, member(path, u"filters.max_characters"));
        if (f.minCharacters >= f.maxCharacters)
            m_problems.add(
                member(path, u"filters.min_characters"),
                ProjectSpec::tr("%1 is not less than max_characters (%2).").arg(f.minCharacters).arg(f.maxCharacters));
        checkRange(quality.duplicateThreshold, minDuplicateThreshold, 1, member(path, u"duplicates.threshold"));
        const QString rubrics = member(path, u"judge.rubrics");
        QHash<QString, qsizetype> seen;
        const Rubric *active = nullptr;
        for (qsizetype i = 0; i < quality.rubrics.size(); ++i) {
            const Rubric &rubric = quality.rubrics.at(i);
            const QString itemPath = element(rubrics, i);
            checkName(rubric.name, itemPath, ProjectSpec::tr("a rubric needs a name."));
            if (const auto first = seen.constFind(rubric.name); first != seen.cend())
                m_problems.add(
                    member(itemPath, u"name"),
                    ProjectSpec::tr("%1 is also the name of rubrics[%2]: every rubric needs a name of its own.")
                        .arg(quoted(rubric.name))
                        .arg(*first));
            else
                seen.insert(rubric.name, i);
            checkRange(rubric.minimum, -maxRubricScale, maxRubricScale, member(itemPath, u"min"));
            checkRange(rubric.maximum, -maxRubricScale, maxRubricScale, member(itemPath, u"max"));
            if (!(rubric.minimum < rubric.maximum))
                m_problems.add(member(itemPath, u"max"),
                               ProjectSpec::tr("%1 is not more than min (%2).")
                                   .arg(numberText(rubric.maximum), numberText(rubric.minimum)));
            if (rubric.text.trimmed().isEmpty())
                m_problems.add(member(itemPath, u"text"), ProjectSpec::tr("a rubric needs its criteria."));
            if (rubric.name == quality.rubric)
                active = &rubric;
        }
        if (!active) {
            QStringList names;
            for (const Rubric &rubric : quality.rubrics)
                names.append(quoted(rubric.name));
            m_problems.add(member(path, u"judge.rubric"),
                           quality.rubrics.isEmpty()
                               ? ProjectSpec::tr("there is no rubric to judge with: add one to judge.rubrics.")
                               : ProjectSpec::tr("%1 is none of the rubrics (%2).")
                                     .arg(quoted(quality.rubric), names.join(u", "_s)));
        } else if (quality.minJudgeScore) {
            checkRange(*quality.minJudgeScore, active->minimum, active->maximum, member(path, u"judge.min_score"));
        }
        checkProfile(quality.judgeProfile, providers, member(path, u"judge.profile"));
    }

    Problems &m_problems;
    const Origins &m_origins;
};

// ---------------------------------------------------------------------------------------------------------
// JSON syntax

QString invalidEscape()
{
    return ProjectSpec::tr("this is not an escape sequence JSON allows (a backslash in text is written \\\\).");
}

struct Position {
    qsizetype line = 1;
    qsizetype column = 1;
};

/// Line and column of a byte offset, both from 1; columns count characters (code points), not bytes.
Position positionOf(const QByteArray &json, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, json.size());
    Position position;
    for (qsizetype i = 0; i < offset; ++i) {
        const char c = json[i];
        if (c == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++position.column;
        }
    }
    return position;
}

// Whether the bytes from `offset` on are the start of a UTF-8 sequence that the end of the input cuts off.
bool cutSequence(const QByteArray &json, qsizetype offset)
{
    const qsizetype rest = json.size() - offset;
    if (rest < 1 || rest > 3)
        return false;
    const auto byte = [&](qsizetype i) { return static_cast<unsigned char>(json[offset + i]); };
    const qsizetype length = byte(0) >= 0xF0 ? 4 : byte(0) >= 0xE0 ? 3 : byte(0) >= 0xC0 ? 2 : 0;
    for (qsizetype i = 1; i < rest; ++i) {
        if ((byte(i) & 0xC0) != 0x80)
            return false;
    }
    return rest < length;
}

/// The message for a syntax error, and in *offset where to point. The parser reports the byte after the
/// one it stumbled on; this points at that byte, or at the start of the word or number it ends.
QString syntaxMessage(const QJsonParseError &error, const QByteArray &json, qsizetype *offset)
{
    *offset = std::clamp<qsizetype>(error.offset, 0, json.size());
    // Most errors at the very end mean the file was cut short, whatever the parser calls them.
    const bool atEnd = json.sliced(*offset).trimmed().isEmpty()
        || (error.error == QJsonParseError::IllegalUTF8String && cutSequence(json, *offset))
        || (error.error == QJsonParseError::IllegalEscapeSequence && json.size() - *offset <= 6) // "\u00|"
        || (error.error == QJsonParseError::IllegalValue && json.size() - *offset <= 4
            && std::all_of(json.cbegin() + *offset, json.cend(), [](char c) { return c >= 'a' && c <= 'z'; })); // "tr|"
    if (atEnd)
        return ProjectSpec::tr("the JSON ends too early: the file is cut short, or a bracket, brace or quote is "
                               "not closed.");
    switch (error.error) {
    case QJsonParseError::GarbageAtEnd:
        return ProjectSpec::tr("there is more after the spec's closing brace.");
    case QJsonParseError::IllegalUTF8String:
        return ProjectSpec::tr("this text is not valid UTF-8.");
    default:
        break;
    }
    if (*offset > 0) {
        const auto partOfWord = [&](qsizetype i) {
            const char c = json[i];
            return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '+' || c == '-';
        };
        const qsizetype stumbled = *offset - 1;
        *offset = stumbled;
        while (*offset > 0 && partOfWord(*offset - 1) && (partOfWord(*offset) || *offset == stumbled))
            --*offset;
    }
    switch (error.error) {
    case QJsonParseError::DeepNesting:
        return ProjectSpec::tr("the JSON is nested too deeply.");
    case QJsonParseError::DocumentTooLarge:
        return ProjectSpec::tr("the JSON is too large.");
    case QJsonParseError::UnterminatedObject:
        return ProjectSpec::tr("expected a key in double quotes, a ',' between members, or the '}' that closes the "
                               "object.");
    case QJsonParseError::MissingNameSeparator:
        return ProjectSpec::tr("expected ':' after a key.");
    case QJsonParseError::UnterminatedArray:
        return ProjectSpec::tr("expected a ',' between items, or the ']' that closes the list.");
    case QJsonParseError::MissingValueSeparator:
        return ProjectSpec::tr("expected ',' between two values.");
    case QJsonParseError::IllegalValue:
    case QJsonParseError::MissingObject:
        return ProjectSpec::tr("expected a value: text in double quotes, a number, true, false, null, a list or an "
                               "object (keys need double quotes too).");
    case QJsonParseError::TerminationByNumber:
    case QJsonParseError::IllegalNumber:
        return ProjectSpec::tr("this is not a number JSON allows (or it is too large).");
    case QJsonParseError::IllegalEscapeSequence:
        return invalidEscape();
    case QJsonParseError::UnterminatedString:
        return ProjectSpec::tr("the text is not closed by '\"'.");
    default:
        return error.errorString();
    }
}

/// What QJsonDocument accepts but JSON does not allow, or should not: a key that repeats an earlier key of
/// the same object (it keeps the last silently, which would hide an edit made to the first), escape
/// sequences JSON does not have (it reads "C:\Users" as "C:Users") and unescaped control characters in
/// text. Returns the message and sets *offset; empty when there is none. Runs only on JSON the parser
/// accepted, so it can skip everything but brackets, commas and strings.
QString laxJson(const QByteArray &json, qsizetype *offset)
{
    struct Level {
        bool isObject = false;
        bool expectKey = false;
        QSet<QString> keys;
    };
    QList<Level> levels;
    for (qsizetype i = 0; i < json.size(); ++i) {
        switch (json[i]) {
        case '{':
            levels.append({true, true, {}});
            break;
        case '[':
            levels.append({false, false, {}});
            break;
        case '}':
        case ']':
            if (!levels.isEmpty())
                levels.removeLast();
            break;
        case ',':
            if (!levels.isEmpty() && levels.last().isObject)
                levels.last().expectKey = true;
            break;
        case '"': {
            const qsizetype start = i;
            for (++i; i < json.size() && json[i] != '"'; ++i) {
                if (static_cast<unsigned char>(json[i]) < 0x20) {
                    *offset = i;
                    return ProjectSpec::tr("text cannot hold a line break or other control character as it is: "
                                           "write \\n for a line break, \\t for a tab.");
                }
                if (json[i] != '\\')
                    continue;
                ++i;
                if (i < json.size() && !QByteArrayView("\"\\/bfnrtu").contains(json[i])) {
                    *offset = i - 1;
                    return invalidEscape();
                }
            }
            if (levels.isEmpty() || !levels.last().expectKey)
                break;
            levels.last().expectKey = false;
            const QByteArray raw = json.sliced(start, std::min(i + 1, json.size()) - start);
            if (raw.size() < 2)
                break;
            // Escapes make different spellings of one key ("\u0061" and "a"): compare them decoded.
            const QString name = raw.contains('\\')
                ? QJsonDocument::fromJson(QByteArray('[' + raw + ']')).array().at(0).toString()
                : QString::fromUtf8(raw.sliced(1, raw.size() - 2));
            if (levels.last().keys.contains(name)) {
                *offset = start;
                return ProjectSpec::tr("the key %1 appears twice in the same object.").arg(quoted(name));
            }
            levels.last().keys.insert(name);
            break;
        }
        default:
            break;
        }
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------
// Writing

QJsonValue topicToJson(const Topic &topic)
{
    if (topic.description.isEmpty() && topic.weight == 1 && topic.children.isEmpty())
        return topic.name;
    QJsonObject json {{u"name"_s, topic.name}};
    if (!topic.description.isEmpty())
        json.insert(u"description"_s, topic.description);
    if (topic.weight != 1)
        json.insert(u"weight"_s, topic.weight);
    if (!topic.children.isEmpty()) {
        QJsonArray children;
        for (const Topic &child : topic.children)
            children.append(topicToJson(child));
        json.insert(u"children"_s, children);
    }
    return json;
}

QJsonObject personaToJson(const Persona &persona)
{
    QJsonObject json {{u"name"_s, persona.name}, {u"side"_s, sideName(persona.side)}};
    for (const auto &[key, value] :
         {std::pair {u"description", &persona.description}, std::pair {u"relationship", &persona.relationship},
          std::pair {u"mood", &persona.mood}, std::pair {u"knowledge_level", &persona.knowledgeLevel},
          std::pair {u"goal", &persona.goal}, std::pair {u"speaking_style", &persona.speakingStyle},
          std::pair {u"language", &persona.language}}) {
        if (!value->isEmpty())
            json.insert(QString::fromUtf16(key), *value);
    }
    if (persona.weight != 1)
        json.insert(u"weight"_s, persona.weight);
    return json;
}

QJsonValue optionalToJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject samplingToJson(const Sampling &sampling)
{
    return {{u"temperature"_s, optionalToJson(sampling.temperature)},
            {u"top_p"_s, optionalToJson(sampling.topP)},
            {u"max_tokens"_s, sampling.maxTokens}};
}

QJsonObject toJson(const ProjectDesign &design)
{
    QJsonObject json {{u"format"_s, QString(formatName)},
                      {u"version"_s, ProjectSpec::currentVersion},
                      {u"name"_s, design.name},
                      {u"description"_s, design.description}};

    QJsonArray topics;
    for (const Topic &topic : design.topics)
        topics.append(topicToJson(topic));
    json.insert(u"topics"_s, topics);

    QJsonArray personas;
    for (const Persona &persona : design.personas)
        personas.append(personaToJson(persona));
    json.insert(u"personas"_s, personas);

    QJsonArray scenarios;
    for (const Scenario &scenario : design.scenarios) {
        if (scenario.weight == 1)
            scenarios.append(scenario.description);
        else
            scenarios.append(QJsonObject {{u"description"_s, scenario.description}, {u"weight"_s, scenario.weight}});
    }
    json.insert(u"scenarios"_s, scenarios);

    QJsonArray structures;
    for (const Structure &structure : design.structures) {
        if (structure.weight == 1 && structure.description.isEmpty()) {
            structures.append(structure.name);
            continue;
        }
        QJsonObject s {{u"name"_s, structure.name}};
        if (!structure.description.isEmpty())
            s.insert(u"description"_s, structure.description);
        if (structure.weight != 1)
            s.insert(u"weight"_s, structure.weight);
        structures.append(s);
    }
    json.insert(u"structures"_s, structures);

    QJsonArray documents;
    for (const Document &document : design.documents) {
        QJsonObject d {{u"title"_s, document.title}, {u"text"_s, document.text}};
        if (!document.source.isEmpty())
            d.insert(u"source"_s, document.source);
        documents.append(d);
    }
    json.insert(u"documents"_s, documents);

    json.insert(u"chunking"_s,
                QJsonObject {{u"size"_s, design.chunking.size}, {u"overlap"_s, design.chunking.overlap}});

    const PromptTemplates defaults = PromptTemplates::defaults();
    QJsonObject templates;
    for (QLatin1StringView key : templateKeys) {
        if (templateField(design.templates, key) != templateField(defaults, key))
            templates.insert(key, templateField(design.templates, key));
    }
    if (!templates.isEmpty())
        json.insert(u"templates"_s, templates);

    QJsonArray providers;
    for (const Llm::ProviderProfile &provider : design.providers)
        providers.append(provider.toJson());
    json.insert(u"providers"_s, providers);
    json.insert(u"prices"_s, design.prices.toJson());

    const GenerationSettings &g = design.generation;
    QJsonObject generation {
        {u"count"_s, g.count},
        {u"grounding_probability"_s, g.groundingProbability},
        {u"drift_probability"_s, g.driftProbability},
        {u"user_profile"_s, g.userProfile},
        {u"assistant_profile"_s, g.assistantProfile},
        {u"user_sampling"_s, samplingToJson(g.userSampling)},
        {u"assistant_sampling"_s, samplingToJson(g.assistantSampling)},
        {u"concurrency"_s, g.concurrency},
        {u"budget"_s, QJsonObject {{u"tokens"_s, g.budgetTokens}, {u"usd"_s, g.budgetUsd}}},
        {u"seed"_s, qint64(g.seed)},
        {u"end_marker"_s, g.endMarker},
    };
    if (g.minTurns == g.maxTurns)
        generation.insert(u"turns"_s, g.minTurns);
    else
        generation.insert(u"turns"_s, QJsonObject {{u"min"_s, g.minTurns}, {u"max"_s, g.maxTurns}});
    if (g.mode != Mode::Conversation)
        generation.insert(u"mode"_s, modeName(g.mode));
    json.insert(u"generation"_s, generation);

    // Modes and quality are written only where they differ from the defaults, so a conversation project's
    // spec stays as short as it was.
    const ModeSettings defaultModes;
    const ModeSettings &m = design.modes;
    QJsonObject modes;
    if (m.seeds != defaultModes.seeds || m.seedsPerPrompt != defaultModes.seedsPerPrompt)
        modes.insert(
            u"instruction"_s,
            QJsonObject {{u"seeds"_s, QJsonArray::fromStringList(m.seeds)}, {u"seeds_per_prompt"_s, m.seedsPerPrompt}});
    if (m.evolDirections != defaultModes.evolDirections || m.evolGenerations != defaultModes.evolGenerations) {
        QJsonArray directions;
        for (EvolDirection d : m.evolDirections)
            directions.append(evolDirectionName(d));
        modes.insert(u"evol"_s, QJsonObject {{u"directions"_s, directions}, {u"generations"_s, m.evolGenerations}});
    }
    if (m.checkFaithfulness != defaultModes.checkFaithfulness)
        modes.insert(u"knowledge_qa"_s, QJsonObject {{u"check_faithfulness"_s, m.checkFaithfulness}});
    if (m.preferenceSource != defaultModes.preferenceSource || m.responses != defaultModes.responses
        || m.responseProfiles != defaultModes.responseProfiles
        || m.responseTemperatures != defaultModes.responseTemperatures) {
        QJsonArray temperatures;
        for (double t : m.responseTemperatures)
            temperatures.append(t);
        modes.insert(u"preference"_s,
                     QJsonObject {{u"source"_s, preferenceSourceName(m.preferenceSource)},
                                  {u"responses"_s, m.responses},
                                  {u"profiles"_s, QJsonArray::fromStringList(m.responseProfiles)},
                                  {u"temperatures"_s, temperatures}});
    }
    if (m.queriesPerChunk != defaultModes.queriesPerChunk || m.hardNegatives != defaultModes.hardNegatives
        || m.easyNegatives != defaultModes.easyNegatives || m.verifyNegatives != defaultModes.verifyNegatives)
        modes.insert(u"embedding"_s,
                     QJsonObject {{u"queries_per_chunk"_s, m.queriesPerChunk},
                                  {u"hard_negatives"_s, m.hardNegatives},
                                  {u"easy_negatives"_s, m.easyNegatives},
                                  {u"verify_negatives"_s, m.verifyNegatives}});
    if (!m.judgeProfile.isEmpty())
        modes.insert(u"judge_profile"_s, m.judgeProfile);
    if (!modes.isEmpty())
        json.insert(u"modes"_s, modes);

    const QualitySettings defaultQuality;
    const QualitySettings &q = design.quality;
    QJsonObject quality;
    if (q.filters != defaultQuality.filters) {
        const FilterSettings &f = q.filters;
        quality.insert(u"filters"_s,
                       QJsonObject {{u"refusals"_s, f.refusals},
                                    {u"truncated"_s, f.truncated},
                                    {u"wrong_language"_s, f.wrongLanguage},
                                    {u"language"_s, f.language},
                                    {u"too_short"_s, f.tooShort},
                                    {u"min_characters"_s, f.minCharacters},
                                    {u"too_long"_s, f.tooLong},
                                    {u"max_characters"_s, f.maxCharacters}});
    }
    if (q.duplicateThreshold != defaultQuality.duplicateThreshold || q.hideDuplicates != defaultQuality.hideDuplicates)
        quality.insert(u"duplicates"_s,
                       QJsonObject {{u"threshold"_s, q.duplicateThreshold}, {u"hide"_s, q.hideDuplicates}});
    if (q.minJudgeScore != defaultQuality.minJudgeScore || q.rubrics != defaultQuality.rubrics
        || q.rubric != defaultQuality.rubric || q.judgeProfile != defaultQuality.judgeProfile
        || q.judgeTurns != defaultQuality.judgeTurns) {
        QJsonObject judge {{u"rubric"_s, q.rubric}};
        judge.insert(u"min_score"_s, optionalToJson(q.minJudgeScore));
        if (!q.judgeProfile.isEmpty())
            judge.insert(u"profile"_s, q.judgeProfile);
        if (q.judgeTurns)
            judge.insert(u"per_turn"_s, true);
        if (q.rubrics != defaultQuality.rubrics) {
            QJsonArray rubrics;
            for (const Rubric &r : q.rubrics)
                rubrics.append(QJsonObject {
                    {u"name"_s, r.name}, {u"min"_s, r.minimum}, {u"max"_s, r.maximum}, {u"text"_s, r.text}});
            judge.insert(u"rubrics"_s, rubrics);
        }
        quality.insert(u"judge"_s, judge);
    }
    if (!quality.isEmpty())
        json.insert(u"quality"_s, quality);
    return json;
}

/// The order keys are written in, wherever they appear, so a spec reads top-down: what it is, what
/// conversations are about, who speaks, then how they are generated. Keys not listed (model names in
/// "prices") follow in alphabetical order.
constexpr std::array keyOrder {u"format",
                               u"version",
                               u"from",
                               u"name",
                               u"title",
                               u"kind",
                               u"model",
                               u"endpoints",
                               u"baseUrl",
                               u"key",
                               u"allowInsecureHttp",
                               u"limits",
                               u"maxConcurrent",
                               u"requestsPerMinute",
                               u"tokensPerMinute",
                               u"maxAttempts",
                               u"firstByteTimeoutMs",
                               u"idleTimeoutMs",
                               u"side",
                               u"source",
                               u"description",
                               u"relationship",
                               u"mood",
                               u"knowledge_level",
                               u"goal",
                               u"speaking_style",
                               u"language",
                               u"weight",
                               u"text",
                               u"file",
                               u"children",
                               u"topics",
                               u"personas",
                               u"scenarios",
                               u"structures",
                               u"documents",
                               u"chunking",
                               u"size",
                               u"overlap",
                               u"templates",
                               u"system",
                               u"starter",
                               u"user_turn",
                               u"assistant_turn",
                               u"instruction",
                               u"evol",
                               u"knowledge_question",
                               u"faithfulness",
                               u"preference_judge",
                               u"embedding_queries",
                               u"negative_check",
                               u"judge",
                               u"providers",
                               u"prices",
                               u"input",
                               u"output",
                               u"cachedInput",
                               u"cacheWrite",
                               u"generation",
                               u"count",
                               u"turns",
                               u"min",
                               u"max",
                               u"grounding_probability",
                               u"drift_probability",
                               u"user_profile",
                               u"assistant_profile",
                               u"user_sampling",
                               u"assistant_sampling",
                               u"temperature",
                               u"top_p",
                               u"max_tokens",
                               u"concurrency",
                               u"budget",
                               u"tokens",
                               u"usd",
                               u"seed",
                               u"end_marker",
                               u"mode",
                               u"modes",
                               u"seeds",
                               u"seeds_per_prompt",
                               u"directions",
                               u"generations",
                               u"knowledge_qa",
                               u"check_faithfulness",
                               u"preference",
                               u"responses",
                               u"profiles",
                               u"temperatures",
                               u"embedding",
                               u"queries_per_chunk",
                               u"hard_negatives",
                               u"easy_negatives",
                               u"verify_negatives",
                               u"judge_profile",
                               u"quality",
                               u"filters",
                               u"refusals",
                               u"truncated",
                               u"wrong_language",
                               u"too_short",
                               u"min_characters",
                               u"too_long",
                               u"max_characters",
                               u"duplicates",
                               u"threshold",
                               u"hide",
                               u"min_score",
                               u"rubric",
                               u"rubrics",
                               u"profile",
                               u"per_turn"};

qsizetype keyRank(QStringView key)
{
    const auto it = std::find_if(keyOrder.cbegin(), keyOrder.cend(), [key](const char16_t *k) { return key == k; });
    return it - keyOrder.cbegin();
}

void writeString(QByteArray &out, QStringView text)
{
    out += '"';
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\' && !QChar::isSurrogate(c))
            continue;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        out += text.sliced(runStart, i - runStart).toUtf8();
        switch (c) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\t':
            out += "\\t";
            break;
        case u'\r':
            out += "\\r";
            break;
        default:
            // Other control characters, and a surrogate without its pair, which UTF-8 cannot carry.
            out += "\\u" + QByteArray::number(c, 16).rightJustified(4, '0');
            break;
        }
        runStart = i + 1;
    }
    out += text.sliced(runStart).toUtf8();
    out += '"';
}

void writeValue(QByteArray &out, const QJsonValue &value, int depth)
{
    const QByteArray indent((depth + 1) * 2, ' ');
    const QByteArray closingIndent(depth * 2, ' ');
    switch (value.type()) {
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        out += std::isfinite(d) ? numberText(d).toLatin1() : QByteArray("null");
        break;
    }
    case QJsonValue::String:
        writeString(out, value.toString());
        break;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out += "[]";
            break;
        }
        out += "[\n";
        for (qsizetype i = 0; i < array.size(); ++i) {
            out += indent;
            writeValue(out, array.at(i), depth + 1);
            out += i + 1 < array.size() ? ",\n" : "\n";
        }
        out += closingIndent + ']';
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out += "{}";
            break;
        }
        QStringList keys = object.keys();
        std::stable_sort(keys.begin(), keys.end(),
                         [](const QString &a, const QString &b) { return keyRank(a) < keyRank(b); });
        out += "{\n";
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += indent;
            writeString(out, keys[i]);
            out += ": ";
            writeValue(out, object.value(keys[i]), depth + 1);
            out += i + 1 < keys.size() ? ",\n" : "\n";
        }
        out += closingIndent + '}';
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    }
}

QString located(const QString &where, const QString &message)
{
    return where.isEmpty() ? message : where + u": "_s + message;
}

} // namespace

std::optional<ProjectDesign> ProjectSpec::read(const QByteArray &json, const QString &where, const QString &baseDir,
                                               QString *error, QStringList *designProblems)
{
    const auto fail = [&](const QStringList &messages) {
        if (error) {
            QStringList lines;
            for (const QString &message : messages)
                lines.append(located(where, message));
            *error = lines.join(u'\n');
        }
        return std::nullopt;
    };
    const auto failAt = [&](qsizetype offset, const QByteArray &text, const QString &message) {
        const Position position = positionOf(text, offset);
        const QString at = tr("line %1, column %2: %3").arg(position.line).arg(position.column).arg(message);
        if (error)
            *error = where.isEmpty() ? at : where + u", "_s + at;
        return std::nullopt;
    };

    if (json.size() > maxSpecSize)
        return fail({tr("the spec is larger than %1 MiB.").arg(maxSpecSize >> 20)});
    // Editors on Windows like to start UTF-8 files with a byte order mark, which JSON does not allow.
    const QByteArray text = json.startsWith("\xEF\xBB\xBF") ? json.sliced(3) : json;
    if (text.trimmed().isEmpty())
        return fail({tr("the spec is empty.")});

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        qsizetype offset = 0;
        const QString message = syntaxMessage(parseError, text, &offset);
        return failAt(offset, text, message);
    }
    if (!document.isObject())
        return fail({tr("the spec is a list; a spec is an object {\"format\": \"%1\", …}.").arg(formatName)});
    qsizetype laxOffset = 0;
    if (const QString message = laxJson(text, &laxOffset); !message.isEmpty())
        return failAt(laxOffset, text, message);

    QJsonObject root = document.object();
    const QJsonValue format = root.value("format"_L1);
    if (format.isUndefined())
        return fail(
            {located(u"format"_s, tr("missing: a Dialogsmith spec starts with \"format\": \"%1\".").arg(formatName))});
    if (format.toString() != formatName)
        return fail({located(
            u"format"_s, tr("%1 is not \"%2\": this is not a Dialogsmith spec.").arg(describe(format), formatName))});

    const QJsonValue versionValue = root.value("version"_L1);
    if (versionValue.isUndefined())
        return fail({located(u"version"_s,
                             tr("missing: a spec says which version of the format it is written in, "
                                "such as \"version\": %1.")
                                 .arg(currentVersion))});
    const double version = versionValue.toDouble();
    if (!versionValue.isDouble() || version < 1 || version != std::floor(version))
        return fail(
            {located(u"version"_s,
                     tr("%1 is not a spec version: versions are whole numbers from 1.").arg(describe(versionValue)))});
    if (version > currentVersion)
        return fail({located(u"version"_s,
                             tr("written by a newer Dialogsmith: spec version %1, this version reads "
                                "up to %2.")
                                 .arg(numberText(version))
                                 .arg(currentVersion))});

    Problems problems;
    for (const Migration step : std::span(migrations).subspan(std::size_t(version) - 1)) {
        step(root, problems);
        if (!problems.isEmpty())
            return fail(problems.messages());
    }

    Reader reader(baseDir, problems);
    ProjectDesign design = reader.read(root);
    if (!problems.isEmpty())
        return fail(problems.messages());
    Checker(problems, reader.origins()).check(design);
    if (!problems.isEmpty()) {
        if (!designProblems)
            return fail(problems.messages());
        *designProblems = problems.messages();
    }
    return design;
}

std::optional<ProjectDesign> ProjectSpec::readFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!info.exists())
        return fail(tr("Cannot open %1: there is no such file.").arg(shown));
    if (!info.isFile())
        return fail(tr("Cannot open %1: it is not a file.").arg(shown));
    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot open %1: %2").arg(shown, file.errorString()));
    if (info.size() > maxSpecSize)
        return fail(located(info.fileName(), tr("the spec is larger than %1 MiB.").arg(maxSpecSize >> 20)));
    // One byte more than allowed, so read() sees a file that grew past the limit after the check above.
    const QByteArray json = file.read(maxSpecSize + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(tr("Cannot read %1: %2").arg(shown, file.errorString()));
    return read(json, info.fileName(), info.absolutePath(), error);
}

QByteArray ProjectSpec::write(const ProjectDesign &design)
{
    QByteArray out;
    writeValue(out, toJson(design), 0);
    out += '\n';
    return out;
}

bool ProjectSpec::writeFile(const QString &path, const ProjectDesign &design, QString *error)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(shown, file.errorString());
        return false;
    }
    const QByteArray json = write(design);
    if (file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(shown, file.errorString());
        return false;
    }
    return true;
}

QStringList ProjectSpec::check(const ProjectDesign &design)
{
    Problems problems;
    const Origins none;
    Checker(problems, none).check(design);
    return problems.messages();
}

} // namespace Dialogsmith::Design
