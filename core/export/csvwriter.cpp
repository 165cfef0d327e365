// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "export/csvwriter.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Dialogsmith::Export {

void CsvWriter::appendField(QByteArray &out, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r')) {
        out.append(utf8);
        return;
    }
    out.append('"');
    for (const char c : utf8) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

QByteArray CsvWriter::header() const
{
    QByteArray out("\xEF\xBB\xBF");
    QByteArrayList names {"id", "mode", "topic", "user_persona", "assistant_persona"};
    if (m_options.includeSystem)
        names.append("system");
    for (int i = 1; i <= m_exchanges; ++i) {
        names.append("user_" + QByteArray::number(i));
        names.append("assistant_" + QByteArray::number(i));
    }
    if (m_options.includeMetadata)
        names += QByteArrayList {"scenario", "structure", "judge_score", "models", "details"};
    out.append(names.join(','));
    out.append("\r\n");
    return out;
}

int CsvWriter::write(const Sample &sample, RecordSink &sink, QString *skipReason)
{
    const ChatPath path = chatPath(sample);
    if (path.messages.isEmpty()) {
        *skipReason = noExchange();
        return 0;
    }
    QByteArray &out = sink.out;
    out.append(QByteArray::number(sample.id));
    out.append(',');
    appendField(out, sample.mode);
    out.append(',');
    appendField(out, sample.topicPath);
    out.append(',');
    appendField(out, sample.userPersona);
    out.append(',');
    appendField(out, sample.assistantPersona);
    if (m_options.includeSystem) {
        out.append(',');
        appendField(out, path.system);
    }
    // User and assistant columns side by side; consecutive user messages share a cell.
    QList<std::pair<QString, QString>> exchanges;
    QString question;
    for (const SampleMessage *m : path.messages) {
        if (m->role == QLatin1StringView("assistant")) {
            exchanges.append({question, m->text()});
            question.clear();
        } else {
            question = question.isEmpty() ? m->text() : question + QStringLiteral("\n\n") + m->text();
        }
    }
    for (int i = 0; i < m_exchanges; ++i) {
        out.append(',');
        if (i < exchanges.size())
            appendField(out, exchanges.at(i).first);
        out.append(',');
        if (i < exchanges.size())
            appendField(out, exchanges.at(i).second);
    }
    if (m_options.includeMetadata) {
        out.append(',');
        appendField(out, sample.scenario);
        out.append(',');
        appendField(out, sample.structure);
        out.append(',');
        if (sample.judgeScore)
            out.append(QByteArray::number(*sample.judgeScore));
        QStringList models;
        for (const SampleMessage &m : sample.messages) {
            if (!m.model.isEmpty() && !models.contains(m.model))
                models.append(m.model);
        }
        out.append(',');
        appendField(out, models.join(QStringLiteral("; ")));
        out.append(',');
        const QJsonObject details = QJsonDocument::fromJson(sample.details).object();
        appendField(out,
                    details.isEmpty() ? QString()
                                      : QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    }
    sink.endRecord("\r\n");
    return 1;
}

} // namespace Dialogsmith::Export
