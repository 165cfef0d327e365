// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "llm/jsonextract.h"

#include <QRegularExpression>

namespace Dialogsmith::Llm {

namespace {

QJsonDocument parse(const QString &candidate, QJsonParseError *error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(candidate.trimmed().toUtf8(), error);
    return error->error == QJsonParseError::NoError && (doc.isObject() || doc.isArray()) ? doc : QJsonDocument();
}

// Reasoning models put their thinking first; it may itself contain braces.
QString withoutReasoning(QString text)
{
    static const QRegularExpression closed(QStringLiteral("<(think|thinking|reasoning)>.*?</\\1>"),
                                           QRegularExpression::DotMatchesEverythingOption
                                               | QRegularExpression::CaseInsensitiveOption);
    text.remove(closed);
    // An unclosed reasoning block runs to the end: keep what follows its last closing tag, if any.
    static const QRegularExpression closing(QStringLiteral("</(think|thinking|reasoning)>"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch last = [&] {
        QRegularExpressionMatch m;
        for (auto it = closing.globalMatch(text); it.hasNext();)
            m = it.next();
        return m;
    }();
    if (last.hasMatch())
        text = text.mid(last.capturedEnd());
    return text;
}

// The outermost balanced {...} or [...] starting at `start`, skipping braces inside strings.
QString balancedFrom(const QString &text, qsizetype start)
{
    const QChar open = text.at(start);
    const QChar close = open == u'{' ? u'}' : u']';
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == u'\\')
                escaped = true;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c == u'"')
            inString = true;
        else if (c == open)
            ++depth;
        else if (c == close && --depth == 0)
            return text.mid(start, i - start + 1);
    }
    return {};
}

} // namespace

QJsonDocument extractJson(const QString &text, QString *error)
{
    QJsonParseError parseError;
    const QString body = withoutReasoning(text);

    if (QJsonDocument doc = parse(body, &parseError); !doc.isNull())
        return doc;

    static const QRegularExpression fence(QStringLiteral("```(?:json|JSON)?[ \\t]*\\n(.*?)```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    for (auto it = fence.globalMatch(body); it.hasNext();) {
        if (QJsonDocument doc = parse(it.next().captured(1), &parseError); !doc.isNull())
            return doc;
    }

    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body.at(i) != u'{' && body.at(i) != u'[')
            continue;
        const QString candidate = balancedFrom(body, i);
        if (candidate.isEmpty())
            continue;
        if (QJsonDocument doc = parse(candidate, &parseError); !doc.isNull())
            return doc;
    }

    if (error) {
        *error = body.trimmed().isEmpty() ? QStringLiteral("the reply contains no JSON (it is empty)")
                                          : QStringLiteral("the reply contains no valid JSON object or array");
    }
    return {};
}

} // namespace Dialogsmith::Llm
