// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "conversation/reviewpanel.h"

#include "shell/icons.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dialogsmith {

namespace {

constexpr int notesIdleMs = 800;

QString reviewText(Store::Review review)
{
    switch (review) {
    case Store::Review::Generated:
        return ReviewPanel::tr("Not reviewed yet");
    case Store::Review::Edited:
        return ReviewPanel::tr("Edited, not reviewed yet");
    case Store::Review::Approved:
        return ReviewPanel::tr("Approved");
    case Store::Review::Rejected:
        return ReviewPanel::tr("Rejected");
    }
    return {};
}

QToolButton *verdictButton(QWidget *parent, const QString &name, const QString &text, const QString &tip,
                           const QIcon &icon)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(tip);
    button->setCheckable(true);
    button->setIcon(icon);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

} // namespace

ReviewPanel::ReviewPanel(QWidget *parent)
    : FittingScrollArea(parent)
    , m_notesTimer(this)
{
    setObjectName(u"reviewPanel"_s);
    auto *panel = new QWidget(this);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(12, 12, 12, 12);

    auto *review = new QGroupBox(tr("Review"), panel);
    auto *reviewLayout = new QVBoxLayout(review);
    auto *verdicts = new QHBoxLayout;
    m_approve = verdictButton(review, u"approve"_s, tr("Approve"), tr("Approve this conversation for export (A)"),
                              Icons::themed(u"dialog-ok-apply"_s, Icons::Drawn::Apply));
    m_reject = verdictButton(review, u"reject"_s, tr("Reject"),
                             tr("Reject this conversation: it is left out of every export (R)"),
                             Icons::themed(u"dialog-cancel"_s, Icons::Drawn::Reject));
    verdicts->addWidget(m_approve);
    verdicts->addWidget(m_reject);
    reviewLayout->addLayout(verdicts);
    m_reviewState = new QLabel(review);
    m_reviewState->setObjectName(u"reviewState"_s);
    m_reviewState->setWordWrap(true);
    reviewLayout->addWidget(m_reviewState);

    auto *stars = new QHBoxLayout;
    stars->setSpacing(0);
    auto *ratingLabel = new QLabel(tr("Rating:"), review);
    ratingLabel->setToolTip(tr("Keys 1 to 5 rate, 0 clears the rating"));
    stars->addWidget(ratingLabel);
    stars->addSpacing(4);
    for (int i = 1; i <= 5; ++i) {
        auto *star = new QToolButton(review);
        star->setObjectName(u"star%1"_s.arg(i));
        star->setAutoRaise(true);
        star->setText(u"☆"_s);
        star->setToolTip(tr("Rate %1 of 5 (key %1); click the current rating again to clear it").arg(i));
        QFont starFont = star->font();
        starFont.setPointSizeF(starFont.pointSizeF() * 1.4);
        star->setFont(starFont);
        connect(star, &QToolButton::clicked, this, [this, i] { Q_EMIT ratingChosen(m_rating == i ? 0 : i); });
        m_stars.append(star);
        stars->addWidget(star);
    }
    stars->addStretch(1);
    reviewLayout->addLayout(stars);
    // The keys, where a reviewer looks first; quiet, and wrapped when the panel is narrow.
    auto *keys = new QLabel(tr("Keys: A approve · R reject · 1–5 rate · N notes · J / K next and previous"), review);
    keys->setObjectName(u"reviewKeys"_s);
    keys->setWordWrap(true);
    keys->setForegroundRole(QPalette::PlaceholderText);
    QFont keysFont = keys->font();
    keysFont.setPointSizeF(keysFont.pointSizeF() * 0.9);
    keys->setFont(keysFont);
    reviewLayout->addWidget(keys);
    panelLayout->addWidget(review);

    auto *notesBox = new QGroupBox(tr("Notes"), panel);
    auto *notesLayout = new QVBoxLayout(notesBox);
    m_notes = new QPlainTextEdit(notesBox);
    m_notes->setObjectName(u"notes"_s);
    m_notes->setPlaceholderText(tr("Notes on this conversation: what is good, what to fix…"));
    m_notes->setToolTip(tr("Kept as you type; Edit ▸ Undo takes a change back (N puts the cursor here)"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(fontMetrics().lineSpacing() * 3 + 12);
    m_notes->setMaximumHeight(fontMetrics().lineSpacing() * 7 + 12);
    m_notes->installEventFilter(this);
    notesLayout->addWidget(m_notes);
    panelLayout->addWidget(notesBox);

    m_sampleBox = new QGroupBox(tr("Sample"), panel);
    m_sampleBox->setObjectName(u"sampleBox"_s);
    auto *sampleLayout = new QVBoxLayout(m_sampleBox);
    m_sample = new SampleDetails(m_sampleBox);
    sampleLayout->addWidget(m_sample);
    connect(m_sample, &SampleDetails::preferRequested, this, &ReviewPanel::preferRequested);
    m_sampleBox->setVisible(false);
    panelLayout->addWidget(m_sampleBox);

    auto *detailsBox = new QGroupBox(tr("Drawn from"), panel);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    m_details = new QLabel(detailsBox);
    m_details->setObjectName(u"details"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    detailsLayout->addWidget(m_details);
    m_groundingList = new QLabel(detailsBox);
    m_groundingList->setObjectName(u"groundingChunks"_s);
    m_groundingList->setWordWrap(true);
    m_groundingList->setTextFormat(Qt::RichText);
    m_groundingList->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_groundingList->setToolTip(tr("The document chunks this conversation drew on: click one to see it, with the "
                                   "passages its messages share marked"));
    m_groundingList->setVisible(false);
    connect(m_groundingList, &QLabel::linkActivated, this, [this](const QString &link) {
        bool ok = false;
        const int index = link.mid(6).toInt(&ok); // "chunk:N"
        if (ok)
            Q_EMIT groundingChunkActivated(index);
    });
    detailsLayout->addWidget(m_groundingList);
    m_groundingHeading = new QLabel(detailsBox);
    m_groundingHeading->setObjectName(u"groundingHeading"_s);
    m_groundingHeading->setWordWrap(true);
    m_groundingHeading->setVisible(false);
    detailsLayout->addWidget(m_groundingHeading);
    m_grounding = new QPlainTextEdit(detailsBox);
    m_grounding->setObjectName(u"grounding"_s);
    m_grounding->setReadOnly(true);
    m_grounding->setToolTip(tr("The document chunk, as the run cut it; the passages the message shares with it "
                               "are marked"));
    m_grounding->setMinimumHeight(fontMetrics().lineSpacing() * 6 + 12);
    m_grounding->setVisible(false);
    detailsLayout->addWidget(m_grounding, 1);
    panelLayout->addWidget(detailsBox);
    panelLayout->addStretch(1);
    setContent(panel);

    m_notesTimer.setSingleShot(true);
    m_notesTimer.setInterval(notesIdleMs);
    connect(&m_notesTimer, &QTimer::timeout, this, &ReviewPanel::commitNotes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loadingNotes)
            m_notesTimer.start();
    });
    connect(m_approve, &QToolButton::clicked, this, [this] {
        m_approve->setChecked(m_review == Store::Review::Approved); // the editor's answer sets it
        Q_EMIT verdictClicked(Store::Review::Approved);
    });
    connect(m_reject, &QToolButton::clicked, this, [this] {
        m_reject->setChecked(m_review == Store::Review::Rejected);
        Q_EMIT verdictClicked(Store::Review::Rejected);
    });
    connect(m_details, &QLabel::linkActivated, this, [this](const QString &link) {
        bool ok = false;
        const qint64 id = link.toLongLong(&ok);
        if (ok)
            Q_EMIT conversationLinkActivated(id);
    });
}

ReviewPanel::~ReviewPanel() = default;

QString ReviewPanel::notes() const
{
    return m_notes->toPlainText();
}

void ReviewPanel::commitNotes()
{
    if (!m_notesTimer.isActive())
        return;
    m_notesTimer.stop();
    Q_EMIT notesEdited(m_notes->toPlainText());
}

void ReviewPanel::focusNotes()
{
    m_notes->setFocus(Qt::ShortcutFocusReason);
    m_notes->moveCursor(QTextCursor::End);
    ensureWidgetVisible(m_notes);
}

void ReviewPanel::setEditable(bool editable)
{
    m_approve->setEnabled(editable);
    m_reject->setEnabled(editable);
    for (QToolButton *star : std::as_const(m_stars))
        star->setEnabled(editable);
    m_notes->setReadOnly(!editable);
    m_sample->setEditable(editable);
}

void ReviewPanel::showConversation(const Store::StoredConversation *conversation,
                                   const QHash<qint64, QString> &documentTitles)
{
    if (!conversation) {
        m_review = Store::Review::Generated;
        m_rating.reset();
        m_approve->setChecked(false);
        m_reject->setChecked(false);
        m_reviewState->clear();
        m_details->clear();
        m_sampleBox->setVisible(false);
        showGroundingChunks({}, -1);
        showGroundingMessage(QString());
        return;
    }
    const Store::StoredConversation &c = *conversation;
    m_sample->showSample(c, documentTitles);
    m_sampleBox->setVisible(m_sample->hasContent());
    m_review = c.review;
    m_rating = c.rating;
    m_approve->setChecked(c.review == Store::Review::Approved);
    m_reject->setChecked(c.review == Store::Review::Rejected);
    m_reviewState->setText(reviewText(c.review));
    updateVerdictColor();
    for (int i = 0; i < m_stars.size(); ++i) {
        const bool filled = c.rating && i < *c.rating;
        m_stars.at(i)->setText(filled ? u"★"_s : u"☆"_s);
        m_stars.at(i)->setStyleSheet(filled ? u"QToolButton { color: #e0a800; }"_s : QString());
    }
    // Notes being typed stay, and so do notes the project refused to store (to try again or copy).
    const QString shown = m_notes->toPlainText();
    const bool unsaved = c.id == m_notesConversation && shown != m_loadedNotes;
    if (shown != c.notes && !m_notesTimer.isActive() && !unsaved) {
        m_loadingNotes = true;
        m_notes->setPlainText(c.notes);
        m_loadingNotes = false;
    }
    if (m_notes->toPlainText() == c.notes)
        m_loadedNotes = c.notes;
    m_notesConversation = c.id;

    const auto row = [](const QString &label, const QString &value) {
        return u"<tr><td style='padding-right:8px'><b>%1</b></td><td>%2</td></tr>"_s.arg(label.toHtmlEscaped(),
                                                                                         value.toHtmlEscaped());
    };
    QString html = u"<table>"_s;
    html += row(tr("Topic"), c.topicPath);
    html += row(tr("User"), c.userPersona);
    html += row(tr("Assistant"), c.assistantPersona);
    if (!c.scenario.isEmpty())
        html += row(tr("Scenario"), c.scenario);
    if (!c.structure.isEmpty())
        html += row(tr("Structure"), c.structure);
    html += row(tr("Run"), QString::number(c.runId));
    if (c.judgeScore)
        html += row(tr("Judge score"), QLocale().toString(*c.judgeScore, 'f', 2));
    if (!c.failure.isEmpty())
        html += row(tr("Failure"), c.failure);
    html += u"</table>"_s;
    if (c.parentId)
        html += u"<p><a href='%1'>%2</a></p>"_s.arg(*c.parentId)
                    .arg(tr("Open the original (conversation %1)").arg(*c.parentId).toHtmlEscaped());
    m_details->setText(html);
}

void ReviewPanel::showGroundingChunks(const QList<GroundingChunk> &chunks, int current)
{
    m_groundingList->setVisible(!chunks.isEmpty());
    if (chunks.isEmpty()) {
        m_groundingList->clear();
        return;
    }
    QStringList lines;
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        const GroundingChunk &chunk = chunks.at(i);
        QString label = tr("§%1 · %2").arg(QLocale().toString(chunk.chunkIndex + 1), chunk.title).toHtmlEscaped();
        if (i == current)
            label = u"<b>"_s + label + u"</b>"_s;
        QStringList turns;
        for (int seq : chunk.turnSeqs)
            turns.append(QLocale().toString(seq + 1));
        const QString used = turns.isEmpty() ? tr("the conversation's")
                                             : tr("%n message(s): %1", "", int(turns.size())).arg(turns.join(u", "_s));
        lines.append(u"<a href=\"chunk:%1\">%2</a> <span>(%3)</span>"_s.arg(i).arg(label, used.toHtmlEscaped()));
    }
    m_groundingList->setText(tr("<b>Chunks used</b>") + u"<br>"_s + lines.join(u"<br>"_s));
}

void ReviewPanel::showGroundingMessage(const QString &heading)
{
    m_groundingHeading->setVisible(!heading.isEmpty());
    m_groundingHeading->setText(heading);
    m_grounding->setExtraSelections({});
    m_grounding->clear();
    m_grounding->setVisible(false);
}

void ReviewPanel::showGroundingChunk(const QString &heading, const QString &text,
                                     const QList<PassageMatch::Range> &passages)
{
    m_groundingHeading->setVisible(true);
    m_groundingHeading->setText(heading);
    m_grounding->setVisible(!text.isEmpty());
    if (m_grounding->toPlainText() != text)
        m_grounding->setPlainText(text);
    QTextCharFormat shared;
    shared.setBackground(palette().color(QPalette::Highlight));
    shared.setForeground(palette().color(QPalette::HighlightedText));
    QList<QTextEdit::ExtraSelection> selections;
    for (const auto &[start, length] : passages) {
        if (start < 0 || start + length > text.size())
            continue;
        QTextCursor cursor(m_grounding->document());
        cursor.setPosition(int(start));
        cursor.setPosition(int(start + length), QTextCursor::KeepAnchor);
        selections.append({cursor, shared});
    }
    m_grounding->setExtraSelections(selections);
    QTextCursor at(m_grounding->document());
    if (!selections.isEmpty())
        at.setPosition(selections.constFirst().cursor.selectionStart());
    m_grounding->setTextCursor(at);
    m_grounding->ensureCursorVisible();
}

void ReviewPanel::updateVerdictColor()
{
    // Green and red that read on a light and on a dark background alike.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QString color = m_review == Store::Review::Approved ? (dark ? u"#81c784"_s : u"#2e7d32"_s)
        : m_review == Store::Review::Rejected                 ? (dark ? u"#e57373"_s : u"#c62828"_s)
                                                              : QString();
    m_reviewState->setStyleSheet(color.isEmpty() ? QString()
                                                 : u"QLabel { color: %1; font-weight: bold; }"_s.arg(color));
}

bool ReviewPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        commitNotes();
    return FittingScrollArea::eventFilter(watched, event);
}

void ReviewPanel::changeEvent(QEvent *event)
{
    FittingScrollArea::changeEvent(event);
    // The system switched between a light and a dark look: the verdict's colour follows.
    if (event->type() == QEvent::PaletteChange && m_reviewState)
        updateVerdictColor();
}

} // namespace Dialogsmith
