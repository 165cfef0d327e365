// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "conversation/sampledetails.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dialogsmith {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString number(double value)
{
    return QString::number(value, 'g', 4);
}

QString directionTitle(const QString &direction)
{
    if (direction == u"constraints")
        return SampleDetails::tr("a constraint added");
    if (direction == u"deepen")
        return SampleDetails::tr("deepened");
    if (direction == u"concretise")
        return SampleDetails::tr("made concrete");
    if (direction == u"reasoning")
        return SampleDetails::tr("more reasoning required");
    if (direction == u"breadth")
        return SampleDetails::tr("in breadth: a new instruction of the same domain");
    return direction.toHtmlEscaped();
}

QString kindTitle(const QString &kind)
{
    if (kind == u"rejected")
        return SampleDetails::tr("Rejected response");
    if (kind == u"candidate")
        return SampleDetails::tr("Response not ranked yet");
    if (kind == u"hard_negative")
        return SampleDetails::tr("Hard negative");
    if (kind == u"easy_negative")
        return SampleDetails::tr("Easy negative");
    return kind.toHtmlEscaped();
}

QString purposeTitle(const QString &purpose)
{
    if (purpose == u"quality")
        return SampleDetails::tr("Quality");
    if (purpose == u"faithfulness")
        return SampleDetails::tr("Faithfulness");
    if (purpose == u"preference")
        return SampleDetails::tr("Ranking");
    if (purpose == u"negative")
        return SampleDetails::tr("Negative check");
    return purpose.toHtmlEscaped();
}

} // namespace

SampleDetails::SampleDetails(QWidget *parent)
    : QWidget(parent)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"sampleDetails"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addWidget(m_summary);
}

SampleDetails::~SampleDetails() = default;

SampleDetails::Row &SampleDetails::row(qsizetype index)
{
    while (m_rows.size() <= index) {
        Row r;
        r.widget = new QWidget(this);
        auto *layout = new QVBoxLayout(r.widget);
        layout->setContentsMargins(0, 0, 0, 0);
        r.label = new QLabel(r.widget);
        r.label->setObjectName(u"alternative"_s);
        r.label->setWordWrap(true);
        r.label->setTextFormat(Qt::RichText);
        r.label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(r.label);
        r.prefer = new QPushButton(r.widget);
        r.prefer->setObjectName(u"preferResponse"_s);
        r.prefer->setText(tr("&Prefer This Response"));
        r.prefer->setToolTip(tr("Make this response the chosen answer; the current answer becomes a rejected "
                                "response in its place (Ctrl+Z undoes)"));
        r.prefer->setAutoDefault(false);
        layout->addWidget(r.prefer, 0, Qt::AlignLeft);
        m_layout->addWidget(r.widget);
        const qsizetype i = m_rows.size();
        connect(r.prefer, &QPushButton::clicked, this,
                [this, i] { Q_EMIT preferRequested(m_rows.at(i).alternativeId); });
        m_rows.append(r);
    }
    return m_rows[index];
}

QString SampleDetails::text() const
{
    QString html = m_summary->text();
    for (qsizetype i = 0; i < m_shownRows; ++i)
        html += m_rows.at(i).label->text();
    return html;
}

void SampleDetails::setEditable(bool editable)
{
    m_editable = editable;
    for (const Row &r : std::as_const(m_rows))
        r.prefer->setEnabled(editable);
}

QList<QPushButton *> SampleDetails::preferButtons() const
{
    QList<QPushButton *> buttons;
    for (qsizetype i = 0; i < m_shownRows; ++i) {
        if (!m_rows.at(i).prefer->isHidden())
            buttons.append(m_rows.at(i).prefer);
    }
    return buttons;
}

QString SampleDetails::modeTitle(const QString &mode)
{
    if (mode == u"conversation")
        return tr("Conversation");
    if (mode == u"instruction")
        return tr("Instruction");
    if (mode == u"evol")
        return tr("Evolved instruction");
    if (mode == u"knowledge-qa")
        return tr("Knowledge Q&A");
    if (mode == u"preference")
        return tr("Preference pair");
    if (mode == u"embedding")
        return tr("Embedding triplet");
    return mode;
}

void SampleDetails::showSample(const Store::StoredConversation &c, const QHash<qint64, QString> &documentTitles)
{
    const QJsonObject details = QJsonDocument::fromJson(c.details).object();
    QString html = u"<p><b>%1</b></p>"_s.arg(modeTitle(c.mode).toHtmlEscaped());
    if (c.state == Store::ConversationState::Dropped)
        html += u"<p style=\"color:#d35400\">%1</p>"_s.arg(tr("Dropped: %1").arg(c.failure).toHtmlEscaped());

    if (c.mode == u"evol") {
        html += u"<p>"_s
            + tr("Generation %1, %2.")
                  .arg(details.value(u"generation"_s).toInt())
                  .arg(directionTitle(details.value(u"direction"_s).toString()))
            + u"</p>"_s;
        if (const QString parent = details.value(u"parent"_s).toString(); !parent.isEmpty())
            html += u"<p>%1<br><i>%2</i></p>"_s.arg(tr("Evolved from:"), escaped(parent));
    }
    if (details.contains(u"faithful"_s)) {
        const bool faithful = details.value(u"faithful"_s).toBool();
        html += u"<p>%1</p>"_s.arg(faithful ? tr("The judge found the answer faithful to its chunk.")
                                            : tr("The judge found the answer unfaithful to its chunk."));
    }
    if (const QJsonObject source = details.value(u"source"_s).toObject(); !source.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(tr("Answers message %1 of conversation %2 again: the messages before it are "
                                      "copied from there, and its own answer was one of the responses.")
                                       .arg(source.value(u"seq"_s).toInt() + 1)
                                       .arg(source.value(u"conversation"_s).toInteger()));
    }
    if (details.contains(u"ranking"_s)) {
        QStringList order;
        for (const QJsonValue &n : details.value(u"ranking"_s).toArray())
            order.append(QString::number(n.toInt()));
        html += u"<p>%1</p>"_s.arg(tr("The judge ranked the responses %1, best first.").arg(order.join(u", "_s)));
    }

    if (!c.judgments.isEmpty()) {
        html += u"<p><b>%1</b></p><ul>"_s.arg(tr("Judges' verdicts"));
        for (const Store::StoredJudgment &j : c.judgments) {
            QString verdict;
            if (j.score)
                verdict = j.scaleMax ? tr("%1 of %2").arg(number(*j.score), number(*j.scaleMax)) : number(*j.score);
            else if (j.verdict == u"pass")
                verdict = tr("passed");
            else if (j.verdict == u"fail")
                verdict = tr("failed");
            const QString where = j.seq ? tr("message %1").arg(*j.seq + 1) : tr("the whole sample");
            html += u"<li>%1 (%2, %3): <b>%4</b>"_s.arg(purposeTitle(j.purpose), j.rubric.toHtmlEscaped(), where,
                                                        verdict.toHtmlEscaped());
            if (!j.reason.isEmpty())
                html += u" — "_s + escaped(j.reason);
            html += u"</li>"_s;
        }
        html += u"</ul>"_s;
    }

    if (!c.alternatives.isEmpty())
        html += u"<p><b>%1</b></p>"_s.arg(tr("Alternatives"));
    m_summary->setText(html);

    // Rows are reused rather than made anew: the button a person just pressed (perhaps with the keyboard)
    // stays where it was, with the focus, when the swap shows the sample again.
    qsizetype shown = 0;
    for (const Store::StoredAlternative &a : c.alternatives) {
        QString head = tr("%1 %2").arg(kindTitle(a.kind)).arg(a.rank);
        if (a.documentId && a.chunkIndex)
            head += u" · "_s
                + tr("chunk %1 of %2")
                      .arg(*a.chunkIndex + 1)
                      .arg(documentTitles.value(*a.documentId, tr("a removed document")).toHtmlEscaped());
        else if (!a.model.isEmpty())
            head += u" · "_s + a.model.toHtmlEscaped();
        QString item = u"<p><i>%1</i><br>%2"_s.arg(head, escaped(a.content));
        if (!a.reason.isEmpty())
            item += u"<br><small>%1</small>"_s.arg(tr("Judge: %1").arg(a.reason).toHtmlEscaped());
        item += u"</p>"_s;
        Row &r = row(shown++);
        r.alternativeId = a.id;
        r.label->setText(item);
        // A response a person may prefer to the answer; a negative is not an answer to anything.
        r.prefer->setVisible(a.kind == u"rejected");
        r.prefer->setEnabled(m_editable);
        r.widget->setVisible(true);
    }
    for (qsizetype i = shown; i < m_rows.size(); ++i)
        m_rows.at(i).widget->setVisible(false);
    m_shownRows = shown;
    m_hasContent = c.mode != u"conversation" || !c.judgments.isEmpty() || !c.alternatives.isEmpty();
}

} // namespace Dialogsmith
