// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "import/fountainimport.h"

#include "import/mermaid.h"
#include "import/yamlsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Dialogsmith::Import {

namespace {

constexpr qint64 maxFileSize = qint64(16) << 20;

enum class Slot { Scenario, Delimiter, Direction, UserRole, AssistantRole, Conversation, Unknown };

Slot slotFromHint(const QString &hint)
{
    const QString h = hint.toLower();
    if (h.contains(QLatin1StringView("diagram")) || h.contains(QLatin1StringView("mermaid")))
        return Slot::Scenario;
    if (h.contains(QLatin1StringView("delimiter")))
        return Slot::Delimiter;
    if (h.contains(QLatin1StringView("direction")))
        return Slot::Direction;
    if (h.contains(QLatin1StringView("assistant")))
        return Slot::AssistantRole;
    if (h.contains(QLatin1StringView("user")))
        return Slot::UserRole;
    if (h.contains(QLatin1StringView("conversation")))
        return Slot::Conversation;
    return Slot::Unknown;
}

// Literal prompt text for a template: every "{{" becomes the escape "\\{{" (a run of braces keeps an odd one
// first, so an escape never ends next to a brace). A backslash or brace that would touch what follows is
// kept apart from it by a space, so text never joins the tags around it into another tag.
QString templateText(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i) != QLatin1Char('{')) {
            out += text.at(i++);
            continue;
        }
        qsizetype run = 0;
        while (i + run < text.size() && text.at(i + run) == QLatin1Char('{'))
            ++run;
        if (!out.isEmpty() && out.back() == QLatin1Char('\\'))
            out += QLatin1Char(' ');
        if (run % 2)
            out += QLatin1Char('{');
        for (qsizetype k = 0; k < run / 2; ++k)
            out += QStringLiteral("\\{{");
        i += run;
    }
    return out;
}

void appendTag(QString &out, const QString &tag)
{
    if (!out.isEmpty() && (out.back() == QLatin1Char('{') || out.back() == QLatin1Char('\\')))
        out += QLatin1Char(' ');
    out += tag;
}

void appendText(QString &out, const QString &text)
{
    const QString converted = templateText(text);
    if (!out.isEmpty() && !converted.isEmpty() && (out.back() == QLatin1Char('{') || out.back() == QLatin1Char('\\'))
        && (converted.front() == QLatin1Char('{') || converted.front() == QLatin1Char('\\')))
        out += QLatin1Char(' ');
    out += converted;
}

bool readFile(const QString &path, const QString &shown, QByteArray *bytes, QString *error)
{
    QFile file(path);
    if (file.size() > maxFileSize) {
        *error = FountainImport::tr("%1 is larger than %2 MiB.").arg(shown).arg(maxFileSize >> 20);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = FountainImport::tr("Cannot read %1: %2").arg(shown, file.errorString());
        return false;
    }
    *bytes = file.readAll();
    return true;
}

} // namespace

std::optional<FountainSetup> FountainImport::readSetup(const QByteArray &yaml, const QString &where, QString *error)
{
    YAML::Node loaded;
    if (!Yaml::load(yaml, where, &loaded, error))
        return std::nullopt;
    try {
        const YAML::Node root = loaded;
        if (!root.IsMap()) {
            *error = tr("%1: a setup.yaml holds a mapping (initial_prompt, user_role, …).").arg(where);
            return std::nullopt;
        }
        Yaml::Reader r(where);
        FountainSetup setup;
        setup.category = r.text(root["category"], QStringLiteral("category"));
        setup.initialPrompt = r.text(root["initial_prompt"], QStringLiteral("initial_prompt"));
        setup.derivationalPrompt = r.text(root["derivational_prompt"], QStringLiteral("derivational_prompt"));
        setup.outputFormat = r.text(root["output_format"], QStringLiteral("output_format"));
        setup.delimiter = r.text(root["delimiter"], QStringLiteral("delimiter"));
        setup.userRole = r.required(root, "user_role", QStringLiteral("setup"));
        setup.assistantRole = r.required(root, "assistant_role", QStringLiteral("setup"));
        setup.seedDirections = r.texts(root["seed_evolving_directions"], QStringLiteral("seed_evolving_directions"));
        setup.derivationalDirections
            = r.texts(root["derivational_evolving_directions"], QStringLiteral("derivational_evolving_directions"));
        if (!r.ok()) {
            *error = r.problems().join(QLatin1Char('\n'));
            return std::nullopt;
        }
        return setup;
    } catch (const YAML::Exception &e) {
        *error = Yaml::Messages::at(where, e.mark) + QStringLiteral(": ") + QString::fromStdString(e.msg);
        return std::nullopt;
    }
}

QString FountainImport::convertPrompt(const QString &prompt, bool derivational, const QString &delimiter,
                                      const QString &where, QStringList *warnings)
{
    // Janus' default prompt constructors fill the placeholders in this order.
    const QList<Slot> order = derivational
        ? QList<Slot> {Slot::Scenario,  Slot::Delimiter, Slot::Conversation,
                       Slot::Direction, Slot::UserRole,  Slot::AssistantRole}
        : QList<Slot> {Slot::Scenario, Slot::Delimiter, Slot::Direction, Slot::UserRole, Slot::AssistantRole};
    int placeholder = 0;
    QStringList out;
    const QStringList lines = prompt.split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n);
        const qsizetype last = line.lastIndexOf(QLatin1StringView("%s"));
        QString hint;
        if (last >= 0) {
            // "%s # erDiagram": the comment says what the placeholder holds; it is no part of the prompt.
            const qsizetype hash = line.indexOf(QLatin1Char('#'), last);
            if (hash >= 0) {
                hint = line.mid(hash + 1).trimmed();
                line = line.left(hash);
                while (line.endsWith(QLatin1Char(' ')) || line.endsWith(QLatin1Char('\t')))
                    line.chop(1);
            }
        }
        const int onLine = int(line.count(QLatin1StringView("%s")));
        QString converted;
        QString pending; // literal text not written yet
        auto tag = [&](const QString &t) {
            appendText(converted, pending);
            pending.clear();
            appendTag(converted, t);
        };
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (line.at(i) == QLatin1Char('%') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('%')) {
                pending += QLatin1Char('%');
                ++i;
                continue;
            }
            if (line.at(i) == QLatin1Char('%') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('s')) {
                ++i;
                Slot slot = onLine == 1 && !hint.isEmpty() ? slotFromHint(hint) : Slot::Unknown;
                if (slot == Slot::Unknown && placeholder < order.size())
                    slot = order.at(placeholder);
                ++placeholder;
                const QString what = hint.isEmpty() ? tr("placeholder %1").arg(placeholder) : hint;
                switch (slot) {
                case Slot::Scenario:
                    tag(QStringLiteral("{{scenario}}"));
                    break;
                case Slot::Delimiter:
                    pending += delimiter;
                    break;
                case Slot::UserRole:
                    tag(QStringLiteral("{{user_persona.name}}"));
                    break;
                case Slot::AssistantRole:
                    tag(QStringLiteral("{{assistant_persona.name}}"));
                    break;
                case Slot::Conversation:
                    tag(QStringLiteral("{{#each history}}{{role}}: {{content}}\n{{/each}}"));
                    break;
                case Slot::Direction:
                    warnings->append(tr("%1, line %2: the evolving direction (%3) has no template variable in a "
                                        "conversation's templates; it was left out (a comment marks the place). "
                                        "The directions became Evol-Instruct directions.")
                                         .arg(where)
                                         .arg(n + 1)
                                         .arg(what));
                    tag(QStringLiteral("{{! evolving direction }}"));
                    break;
                case Slot::Unknown:
                    warnings->append(tr("%1, line %2: the placeholder (%3) has no template variable; it was left "
                                        "out (a comment marks the place).")
                                         .arg(where)
                                         .arg(n + 1)
                                         .arg(what));
                    tag(QStringLiteral("{{! unknown placeholder }}"));
                    break;
                }
                continue;
            }
            pending += line.at(i);
        }
        appendText(converted, pending);
        out.append(converted);
    }
    while (!out.isEmpty() && out.constLast().trimmed().isEmpty())
        out.removeLast();
    return out.join(QLatin1Char('\n'));
}

std::optional<Design::EvolDirection> FountainImport::evolDirection(const QString &word)
{
    const QString w = word.trimmed().toLower();
    auto any = [&](std::initializer_list<const char *> words) {
        for (const char *candidate : words) {
            if (w.contains(QLatin1StringView(candidate)))
                return true;
        }
        return false;
    };
    if (any({"constraint", "requirement"}))
        return Design::EvolDirection::Constraints;
    if (any({"reason", "analytic", "step"}))
        return Design::EvolDirection::Reasoning;
    if (any({"concret", "specific", "detail", "technical"}))
        return Design::EvolDirection::Concretise;
    if (any({"depth", "deep", "complex", "intricate", "sophisticat", "elaborat", "nuanc", "multilayer"}))
        return Design::EvolDirection::Deepen;
    if (any({"breadth", "broad", "general", "divers", "varied", "wide", "overview", "creative", "novel", "alternative",
             "unique", "eclectic", "mixed"}))
        return Design::EvolDirection::Breadth;
    return std::nullopt;
}

bool FountainImport::isFountain(const QString &folder)
{
    return QFileInfo(QDir(folder).filePath(QStringLiteral("setup.yaml"))).isFile();
}

std::optional<DesignAdditions> FountainImport::read(const QString &folder, QString *error)
{
    const QDir dir(folder);
    const QString setupPath = dir.filePath(QStringLiteral("setup.yaml"));
    const QString shownSetup = QDir::toNativeSeparators(setupPath);
    if (!QFileInfo(setupPath).isFile()) {
        *error
            = tr("%1 has no setup.yaml: it is not an Auto Data Fountain folder.").arg(QDir::toNativeSeparators(folder));
        return std::nullopt;
    }
    QByteArray bytes;
    if (!readFile(setupPath, shownSetup, &bytes, error))
        return std::nullopt;
    const std::optional<FountainSetup> setup = readSetup(bytes, shownSetup, error);
    if (!setup)
        return std::nullopt;

    DesignAdditions additions;
    additions.source = QDir::toNativeSeparators(folder);
    MermaidDiagram diagram;
    const QString diagramPath = dir.filePath(QStringLiteral("diagram.mermaid"));
    const QString shownDiagram = QDir::toNativeSeparators(diagramPath);
    if (QFileInfo(diagramPath).isFile()) {
        QByteArray mermaid;
        if (!readFile(diagramPath, shownDiagram, &mermaid, error))
            return std::nullopt;
        diagram = MermaidReader::read(QString::fromUtf8(mermaid));
        for (const QString &warning : std::as_const(diagram.warnings))
            additions.warnings.append(shownDiagram + QStringLiteral(": ") + warning);
        const QString scenario = MermaidReader::describe(diagram);
        if (!scenario.isEmpty())
            additions.scenarios.append({scenario, 1.0});
    } else {
        additions.warnings.append(tr("%1 has no diagram.mermaid: no scenario was added.").arg(additions.source));
    }

    auto persona = [&](const QString &role, Design::Side side) {
        Design::Persona p;
        p.name = role.trimmed();
        p.side = side;
        for (const MermaidEntity &e : std::as_const(diagram.entities)) {
            if (e.id.compare(p.name, Qt::CaseInsensitive) != 0)
                continue;
            QStringList about;
            if (!e.label.isEmpty())
                about.append(e.label);
            about.append(e.attributes);
            p.description = about.join(QStringLiteral("; "));
        }
        for (const MermaidRelation &r : std::as_const(diagram.relations)) {
            if (r.from.compare(p.name, Qt::CaseInsensitive) == 0 && !r.label.isEmpty()) {
                p.relationship = r.label + QLatin1Char(' ') + r.to;
                break;
            }
            if (r.to.compare(p.name, Qt::CaseInsensitive) == 0 && !r.label.isEmpty() && p.relationship.isEmpty())
                p.relationship = r.from + QLatin1Char(' ') + r.label + QStringLiteral(" them");
        }
        if (p.description.isEmpty())
            p.description = side == Design::Side::User ? tr("The user's role in the Auto Data Fountain set-up.")
                                                       : tr("The assistant's role in the Auto Data Fountain set-up.");
        return p;
    };
    additions.personas.append(persona(setup->userRole, Design::Side::User));
    additions.personas.append(persona(setup->assistantRole, Design::Side::Assistant));

    if (!setup->category.trimmed().isEmpty()) {
        Design::Topic topic;
        topic.name = setup->category.trimmed();
        additions.topics.append(topic);
    }
    if (!setup->initialPrompt.trimmed().isEmpty())
        additions.starter = convertPrompt(setup->initialPrompt, false, setup->delimiter,
                                          shownSetup + QStringLiteral(" (initial_prompt)"), &additions.warnings);
    if (!setup->derivationalPrompt.trimmed().isEmpty())
        additions.userTurn = convertPrompt(setup->derivationalPrompt, true, setup->delimiter,
                                           shownSetup + QStringLiteral(" (derivational_prompt)"), &additions.warnings);
    if (!setup->outputFormat.trimmed().isEmpty())
        additions.warnings.append(tr("%1: output_format was left out: Dialogsmith asks for one message at a time, not "
                                     "whole conversations as JSON. Read the starter and user turn templates through: "
                                     "they now ask the user simulator for its next message.")
                                      .arg(shownSetup));

    QList<Design::EvolDirection> directions;
    for (const QString &word : setup->seedDirections + setup->derivationalDirections) {
        const std::optional<Design::EvolDirection> direction = evolDirection(word);
        if (!direction) {
            additions.warnings.append(
                tr("%1: the evolving direction \"%2\" matches no Evol-Instruct direction; it was left out.")
                    .arg(shownSetup, word));
            continue;
        }
        if (!directions.contains(*direction))
            directions.append(*direction);
    }
    if (!directions.isEmpty())
        additions.evolDirections = directions;
    return additions;
}

} // namespace Dialogsmith::Import
