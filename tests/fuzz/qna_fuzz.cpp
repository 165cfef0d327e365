// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
//
// Fuzzes the InstructLab qna.yaml reader (Import::TaxonomyImport::readQna, yaml-cpp underneath). It checks
// that a file either reads or fails with a message that names it, and that a read file's examples have
// their questions and answers.
#include "import/taxonomyimport.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Dialogsmith;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto qna = Import::TaxonomyImport::readQna(yaml, QStringLiteral("qna.yaml"), &error);
    if (!qna) {
        if (!error.startsWith(QStringLiteral("qna.yaml"))) {
            std::fprintf(stderr, "qna_fuzz: an error that does not name the file: %s\n", qPrintable(error));
            std::abort();
        }
        return 0;
    }
    for (const Import::QnaSeed &seed : qna->seeds) {
        for (const Import::QuestionAnswer &qa : seed.questionsAndAnswers) {
            if (qa.question.trimmed().isEmpty() || qa.answer.trimmed().isEmpty()) {
                std::fprintf(stderr, "qna_fuzz: a seed example read without its question or answer\n");
                std::abort();
            }
        }
    }
    return 0;
}
