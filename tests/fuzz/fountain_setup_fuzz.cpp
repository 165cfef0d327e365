// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
//
// Fuzzes the Auto Data Fountain setup.yaml reader and the conversion of its prompts into templates: a setup
// either reads or fails naming the file, and every prompt it converts parses as a template.
#include "import/fountainimport.h"
#include "prompt/template.h"

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
    const auto setup = Import::FountainImport::readSetup(yaml, QStringLiteral("setup.yaml"), &error);
    if (!setup) {
        if (!error.startsWith(QStringLiteral("setup.yaml"))) {
            std::fprintf(stderr, "fountain_setup_fuzz: an error that does not name the file: %s\n", qPrintable(error));
            std::abort();
        }
        return 0;
    }
    for (const auto &[prompt, derivational] :
         {std::pair {setup->initialPrompt, false}, std::pair {setup->derivationalPrompt, true}}) {
        QStringList warnings;
        const QString converted = Import::FountainImport::convertPrompt(prompt, derivational, setup->delimiter,
                                                                        QStringLiteral("setup.yaml"), &warnings);
        const Prompt::Template parsed = Prompt::Template::parse(converted);
        if (!parsed.isValid()) {
            std::fprintf(stderr, "fountain_setup_fuzz: a converted prompt is no valid template:\n%s\n",
                         qPrintable(converted));
            std::abort();
        }
    }
    for (const QString &word : setup->seedDirections + setup->derivationalDirections)
        (void)Import::FountainImport::evolDirection(word);
    return 0;
}
