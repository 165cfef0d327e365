// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArrayView>
#include <QString>

namespace Dialogsmith::Documents {

/// The plain text of a Markdown document and its title.
struct MarkdownText {
    QString title; ///< the front matter's `title:`, else the first heading's text; may be empty
    QString text;
};

/// The text of a Markdown document (CommonMark with GitHub's tables, strikethrough, task lists and
/// autolinks, parsed by md4c) as a reader sees it once rendered: headings, paragraphs, quotes and code
/// blocks as paragraphs, list items (with "- " or their number) and table rows (cells between " | ") as
/// lines. Emphasis and code markers go, link texts stay without their URLs, images go, entities are decoded,
/// and HTML blocks pass through htmlToText(). A YAML front matter block at the top is left out. `utf8`
/// must be UTF-8. Thread-safe.
MarkdownText markdownToText(QByteArrayView utf8);

} // namespace Dialogsmith::Documents
