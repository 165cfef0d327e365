// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
//
// Fuzzes the Mermaid reader of Auto Data Fountain folders (Import::MermaidReader): it never fails, every
// relation names entities it knows, and describing the diagram works on anything it read.
#include "import/mermaid.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Dialogsmith;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Import::MermaidDiagram diagram = Import::MermaidReader::read(text);
    for (const Import::MermaidRelation &relation : diagram.relations) {
        bool from = false;
        bool to = false;
        for (const Import::MermaidEntity &entity : diagram.entities) {
            from = from || entity.id == relation.from;
            to = to || entity.id == relation.to;
        }
        if (!from || !to) {
            std::fprintf(stderr, "mermaid_fuzz: a relation between entities the diagram does not have\n");
            std::abort();
        }
    }
    (void)Import::MermaidReader::describe(diagram);
    return 0;
}
