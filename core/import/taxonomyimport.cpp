// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "import/taxonomyimport.h"

#include "design/projectspec.h"
#include "documents/importer.h"
#include "import/yamlsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <yaml-cpp/yaml.h>

namespace Dialogsmith::Import {

namespace {

constexpr qint64 maxQnaSize = qint64(16) << 20;
constexpr int maxDocumentsPerReference = 200;

QString topicName(const QString &folder)
{
    QString name = folder;
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    return name;
}

// The folder a document reference points at on this machine, or an empty string.
QString localRoot(const QnaDocumentReference &reference, const QString &taxonomyRoot, const QString &qnaFolder)
{
    auto existing = [](const QString &path) { return !path.isEmpty() && QFileInfo(path).isDir() ? path : QString(); };
    auto resolve = [&](const QString &path) {
        if (QDir::isAbsolutePath(path))
            return existing(path);
        QString found = existing(QDir(qnaFolder).filePath(path));
        if (found.isEmpty())
            found = existing(QDir(taxonomyRoot).filePath(path));
        return found;
    };
    if (!reference.folder.isEmpty()) {
        if (const QString found = resolve(reference.folder); !found.isEmpty())
            return found;
    }
    if (reference.repo.isEmpty())
        return {};
    const QUrl url(reference.repo);
    if (url.isLocalFile())
        return existing(url.toLocalFile());
    if (url.scheme().isEmpty() || url.scheme().size() == 1) { // a path (or a Windows drive letter)
        if (const QString found = resolve(reference.repo); !found.isEmpty())
            return found;
    }
    // A checkout of the repository next to the taxonomy, or inside it, named as the repository.
    QString name = url.path().section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
    if (name.endsWith(QLatin1StringView(".git")))
        name.chop(4);
    if (name.isEmpty() || name == QLatin1StringView("..") || name == QLatin1StringView("."))
        return {};
    const QDir root(taxonomyRoot);
    for (const QString &candidate : {root.filePath(QStringLiteral("../") + name), root.filePath(name)}) {
        if (const QString found = existing(QDir::cleanPath(candidate)); !found.isEmpty())
            return found;
    }
    return {};
}

bool matches(const QString &pattern, const QString &relativePath)
{
    const QRegularExpression glob(QRegularExpression::wildcardToRegularExpression(pattern));
    if (glob.isValid() && glob.match(relativePath).hasMatch())
        return true;
    // Early taxonomies wrote regular expressions ('.*\.md$').
    if (pattern.contains(QLatin1Char('$')) || pattern.contains(QLatin1StringView(".*"))) {
        const QRegularExpression regex(pattern);
        return regex.isValid() && regex.match(relativePath).hasMatch();
    }
    return false;
}

} // namespace

std::optional<QnaFile> TaxonomyImport::readQna(const QByteArray &yaml, const QString &where, QString *error)
{
    YAML::Node loaded;
    if (!Yaml::load(yaml, where, &loaded, error))
        return std::nullopt;
    try {
        return readQnaNode(loaded, where, error);
    } catch (const YAML::Exception &e) {
        *error = Yaml::Messages::at(where, e.mark) + QStringLiteral(": ") + QString::fromStdString(e.msg);
        return std::nullopt;
    }
}

std::optional<QnaFile> TaxonomyImport::readQnaNode(const YAML::Node &root, const QString &where, QString *error)
{
    Yaml::Reader r(where);
    QnaFile file;
    if (!root.IsMap()) {
        *error = tr("%1: a qna.yaml holds a mapping (version, created_by, seed_examples, …).").arg(where);
        return std::nullopt;
    }
    const YAML::Node version = root["version"];
    if (version) {
        bool ok = false;
        file.version = r.text(version, QStringLiteral("version")).toInt(&ok);
        if (!ok)
            r.problem(version, tr("version must be a whole number."));
    }
    file.createdBy = r.text(root["created_by"], QStringLiteral("created_by"));
    file.domain = r.text(root["domain"], QStringLiteral("domain"));
    file.taskDescription = r.text(root["task_description"], QStringLiteral("task_description"));
    file.documentOutline = r.text(root["document_outline"], QStringLiteral("document_outline"));
    const YAML::Node document = root["document"];
    file.knowledge = root["domain"] || document || root["document_outline"];
    if (document) {
        if (!document.IsMap()) {
            r.problem(document, tr("document must be a mapping (repo, commit, patterns)."));
        } else {
            QnaDocumentReference reference;
            reference.repo = r.text(document["repo"], QStringLiteral("document.repo"));
            reference.commit = r.text(document["commit"], QStringLiteral("document.commit"));
            reference.folder = r.text(document["folder"], QStringLiteral("document.folder"));
            reference.patterns = r.texts(document["patterns"], QStringLiteral("document.patterns"));
            file.document = reference;
        }
    }
    const YAML::Node seeds = root["seed_examples"];
    if (!seeds) {
        r.problem(root, tr("seed_examples is missing."));
    } else if (!seeds.IsSequence()) {
        r.problem(seeds, tr("seed_examples must be a list."));
    } else {
        for (std::size_t i = 0; i < seeds.size(); ++i) {
            const YAML::Node seed = seeds[i];
            const QString path = QStringLiteral("seed_examples[%1]").arg(i);
            if (!seed.IsMap()) {
                r.problem(seed, tr("%1 must be a mapping.").arg(path));
                continue;
            }
            QnaSeed example;
            example.context = r.text(seed["context"], path + QStringLiteral(".context"));
            const YAML::Node pairs = seed["questions_and_answers"];
            if (pairs) {
                file.knowledge = true;
                if (!pairs.IsSequence()) {
                    r.problem(pairs, tr("%1.questions_and_answers must be a list.").arg(path));
                    continue;
                }
                for (std::size_t j = 0; j < pairs.size(); ++j) {
                    const QString pairPath = path + QStringLiteral(".questions_and_answers[%1]").arg(j);
                    if (!pairs[j].IsMap()) {
                        r.problem(pairs[j], tr("%1 must be a mapping (question, answer).").arg(pairPath));
                        continue;
                    }
                    QuestionAnswer qa {r.required(pairs[j], "question", pairPath),
                                       r.required(pairs[j], "answer", pairPath)};
                    example.questionsAndAnswers.append(qa);
                }
            } else {
                example.questionsAndAnswers.append(
                    {r.required(seed, "question", path), r.required(seed, "answer", path)});
            }
            file.seeds.append(example);
        }
    }
    if (!r.ok()) {
        *error = r.problems().join(QLatin1Char('\n'));
        return std::nullopt;
    }
    return file;
}

bool TaxonomyImport::isTaxonomy(const QString &folder)
{
    QDirIterator it(folder, {QStringLiteral("qna.yaml")}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext();
}

std::optional<DesignAdditions> TaxonomyImport::read(const QString &folder, QString *error,
                                                    const std::function<bool()> &cancelled)
{
    const QDir root(folder);
    if (!root.exists()) {
        *error = tr("%1 is not a folder.").arg(QDir::toNativeSeparators(folder));
        return std::nullopt;
    }
    QStringList files;
    QDirIterator it(folder, {QStringLiteral("qna.yaml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    if (files.isEmpty()) {
        *error
            = tr("%1 has no qna.yaml files: it is not an InstructLab taxonomy.").arg(QDir::toNativeSeparators(folder));
        return std::nullopt;
    }
    DesignAdditions additions;
    additions.source = QDir::toNativeSeparators(folder);
    QStringList errors;
    for (const QString &path : std::as_const(files)) {
        if (cancelled && cancelled())
            return std::nullopt;
        const QString relative = root.relativeFilePath(path);
        const QString shown = QDir::toNativeSeparators(relative);
        QFile file(path);
        if (file.size() > maxQnaSize) {
            errors.append(tr("%1 is larger than %2 MiB.").arg(shown).arg(maxQnaSize >> 20));
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            errors.append(tr("Cannot read %1: %2").arg(shown, file.errorString()));
            continue;
        }
        QString readError;
        const std::optional<QnaFile> qna = readQna(file.readAll(), shown, &readError);
        if (!qna) {
            errors.append(readError);
            continue;
        }
        // The topic tree follows the folders below the taxonomy's kind (knowledge/, compositional_skills/).
        QStringList steps = QFileInfo(relative).path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        steps.removeAll(QStringLiteral("."));
        static const QStringList kinds {QStringLiteral("knowledge"), QStringLiteral("compositional_skills"),
                                        QStringLiteral("foundational_skills")};
        if (!steps.isEmpty() && kinds.contains(steps.constFirst()))
            steps.removeFirst();
        if (!steps.isEmpty()) {
            Design::Topic leaf;
            leaf.name = topicName(steps.constLast());
            leaf.description = !qna->taskDescription.isEmpty() ? qna->taskDescription
                : !qna->documentOutline.isEmpty()              ? qna->documentOutline
                                                               : qna->domain;
            for (qsizetype i = steps.size() - 2; i >= 0; --i) {
                Design::Topic parent;
                parent.name = topicName(steps.at(i));
                parent.children.append(leaf);
                leaf = parent;
            }
            additions.topics.append(leaf);
        }
        QStringList contexts;
        for (const QnaSeed &seed : qna->seeds) {
            if (!seed.context.trimmed().isEmpty() && !contexts.contains(seed.context))
                contexts.append(seed.context);
            for (const QuestionAnswer &qa : seed.questionsAndAnswers) {
                QString text = qa.question.trimmed();
                if (!qna->knowledge && !seed.context.trimmed().isEmpty())
                    text += QStringLiteral("\n\n") + seed.context.trimmed();
                if (!text.isEmpty() && !additions.seeds.contains(text))
                    additions.seeds.append(text);
            }
        }
        if (!qna->knowledge)
            continue;
        int documentsRead = 0;
        if (qna->document) {
            const QnaDocumentReference &reference = *qna->document;
            const QString named = !reference.repo.isEmpty() ? reference.repo : reference.folder;
            const QString local = localRoot(reference, folder, QFileInfo(path).path());
            if (local.isEmpty()) {
                additions.warnings.append(
                    tr("%1: its documents are in %2, which is not on this machine; nothing is downloaded. Clone it "
                       "next to the taxonomy (or name a local folder) and import again to add them; the seed "
                       "examples' contexts were added instead.")
                        .arg(shown, named));
            } else {
                const QDir base(local);
                QDirIterator candidates(local, QDir::Files, QDirIterator::Subdirectories);
                QStringList found;
                while (candidates.hasNext()) {
                    const QString candidate = candidates.next();
                    const QString inside = base.relativeFilePath(candidate);
                    if (inside.startsWith(QLatin1StringView(".git/")))
                        continue;
                    for (const QString &pattern : reference.patterns) {
                        if (matches(pattern, inside)) {
                            found.append(candidate);
                            break;
                        }
                    }
                }
                found.sort();
                if (found.size() > maxDocumentsPerReference) {
                    additions.warnings.append(tr("%1: %2 files match its patterns; the first %3 were read.")
                                                  .arg(shown)
                                                  .arg(found.size())
                                                  .arg(maxDocumentsPerReference));
                    found = found.mid(0, maxDocumentsPerReference);
                }
                if (found.isEmpty())
                    additions.warnings.append(tr("%1: no file in %2 matches its patterns (%3).")
                                                  .arg(shown, QDir::toNativeSeparators(local),
                                                       reference.patterns.join(QStringLiteral(", "))));
                else if (!reference.commit.isEmpty())
                    additions.warnings.append(tr("%1: the documents were read as they are in %2, whatever its "
                                                 "checked-out commit (the taxonomy names %3).")
                                                  .arg(shown, QDir::toNativeSeparators(local), reference.commit));
                Documents::ImportOptions options;
                options.maxTextLength = Design::ProjectSpec::maxReferencedFileSize;
                for (const QString &documentPath : std::as_const(found)) {
                    const Documents::ImportResult imported = Documents::importFile(documentPath, options);
                    if (!imported) {
                        additions.warnings.append(imported.error);
                        continue;
                    }
                    Design::Document document = imported.imported->document;
                    document.title = base.relativeFilePath(documentPath);
                    document.source = QDir::toNativeSeparators(documentPath);
                    additions.documents.append(document);
                    ++documentsRead;
                }
            }
        }
        if (documentsRead == 0 && !contexts.isEmpty()) {
            Design::Document document;
            document.title = tr("%1 (seed contexts)").arg(steps.isEmpty() ? qna->domain : steps.join(QLatin1Char('/')));
            document.source = shown;
            document.text = contexts.join(QStringLiteral("\n\n"));
            additions.documents.append(document);
        }
    }
    if (!errors.isEmpty()) {
        *error = errors.join(QLatin1Char('\n'));
        return std::nullopt;
    }
    return additions;
}

} // namespace Dialogsmith::Import
