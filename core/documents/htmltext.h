// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Dialogsmith::Documents {

/// The readable text of an HTML document and its title.
struct HtmlText {
    QString title; ///< from `<title>`, else the first `<h1>`; white space collapsed; may be empty
    QString text;
    /// The page nests elements deeper than maxNesting: it was not parsed, and text and title are empty.
    bool tooDeep = false;
};

/// How deep a page may nest its elements. The parser's time grows with the square of the depth (a million
/// nested `div` take minutes); real pages stay below a few hundred, and browsers flatten beyond 512.
constexpr int maxHtmlNesting = 5000;

/// The text of an HTML document as a browser shows it, parsed as browsers do (gumbo, the WHATWG
/// algorithm): entities decoded, white space collapsed, blocks (`p`, `div`, headings, `pre`, tables,
/// `blockquote`) as paragraphs and list items, table rows and `br` as lines; `pre` keeps its white space.
/// What a reader does not see is left out: `head`, `script`, `style`, `noscript`, `template`, embedded
/// objects, SVG and form controls. `utf8` must be UTF-8 (decodeHtml() makes it so). Thread-safe.
HtmlText htmlToText(QByteArrayView utf8);

/// HTML's bytes decoded as a browser would: by a byte order mark, else the `<meta charset>` or
/// `http-equiv` declaration, else UTF-8.
struct DecodedHtml {
    QString text;
    bool unknownEncoding = false; ///< it declares an encoding Qt cannot decode; read as UTF-8
    bool invalidBytes = false; ///< some bytes were not valid in the encoding and became U+FFFD
};
DecodedHtml decodeHtml(QByteArrayView bytes);

/// Decodes one character reference (`&amp;`, `&#x2014;`, `&eacute;`) as HTML does; returns it unchanged
/// when it is not one.
QString decodeHtmlEntity(QByteArrayView entity);

} // namespace Dialogsmith::Documents
