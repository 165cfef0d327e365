// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
//
// Fuzzes the JSONL record reader of dataset import (Import::DatasetReader) in every format. Besides the
// sanitizers' findings it checks that a line either gives a record that alternates user and assistant,
// starts with the user and ends with an answer, or a reason; never both, never neither (blank lines aside).
#include "import/datasetimport.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Dialogsmith;

namespace {

void fail(const char *what)
{
    std::fprintf(stderr, "jsonl_record_fuzz: invariant broken: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray line(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)Import::DatasetReader::detect(line);
    for (Import::DatasetFormat format :
         {Import::DatasetFormat::OpenAi, Import::DatasetFormat::ShareGpt, Import::DatasetFormat::Alpaca}) {
        const Import::RecordResult result = Import::DatasetReader::read(line, format);
        if (result.blank) {
            if (result.record || !result.error.isEmpty())
                fail("a blank line with a record or an error");
            continue;
        }
        if (result.record.has_value() == !result.error.isEmpty())
            fail("a line gave both a record and an error, or neither");
        if (!result.record)
            continue;
        const auto &messages = result.record->messages;
        if (messages.isEmpty() || messages.size() % 2 != 0)
            fail("a record without whole exchanges");
        for (qsizetype i = 0; i < messages.size(); ++i) {
            if (messages.at(i).role != (i % 2 == 0 ? Llm::Role::User : Llm::Role::Assistant))
                fail("a record whose roles do not alternate from the user");
            if (messages.at(i).content.trimmed().isEmpty())
                fail("a record with an empty message");
        }
    }
    return 0;
}
