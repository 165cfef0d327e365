// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
//
// Fuzzes the project spec reader (ProjectSpec::read) with no folder, so no input reaches the file system.
// Besides the sanitizers' findings it checks that a spec either reads or fails with messages that name
// the source, that a position it reports lies inside the input, that what it reads passes check(), and
// that writing it and reading that back gives the same design and the same bytes.
#include "design/projectspec.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Dialogsmith::Design;

namespace {

void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "spec_fuzz: invariant broken: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString where = QStringLiteral("fuzz.json");
    QString error;
    const auto design = ProjectSpec::read(json, where, QString(), &error);

    if (!design) {
        if (error.isEmpty())
            fail("read() failed without a message");
        static const QRegularExpression position(QStringLiteral(R"(^fuzz\.json, line (\d+), column (\d+): .)"));
        const QList<QByteArray> lines = json.split('\n');
        for (const QString &message : error.split(u'\n')) {
            if (!message.startsWith(where + u':') && !message.startsWith(where + u','))
                fail("a message does not name the source", message);
            if (const QRegularExpressionMatch m = position.match(message); m.hasMatch()) {
                const qsizetype line = m.captured(1).toLongLong();
                const qsizetype column = m.captured(2).toLongLong();
                // Columns count characters, so the line's length in bytes bounds them (a byte order mark,
                // which read() skips, adds three).
                if (line < 1 || line > lines.size() || column < 1 || column > lines[line - 1].size() + 1)
                    fail("a position lies outside the input", message);
            }
        }
        return 0;
    }

    if (!error.isEmpty())
        fail("read() succeeded with a message", error);
    const QStringList problems = ProjectSpec::check(*design);
    if (!problems.isEmpty())
        fail("read() returned a design check() rejects", problems.join(u'\n'));

    const QByteArray written = ProjectSpec::write(*design);
    QString again;
    const auto reread = ProjectSpec::read(written, where, QString(), &again);
    if (!reread)
        fail("write() wrote a spec read() rejects", again + u'\n' + QString::fromUtf8(written));
    if (!(*reread == *design))
        fail("read(write(design)) differs from design", QString::fromUtf8(written));
    if (ProjectSpec::write(*reread) != written)
        fail("write() is not stable", QString::fromUtf8(written));
    return 0;
}
