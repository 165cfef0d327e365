// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "dataset/datasetview.h"

#include "dataset/datasetmodel.h"
#include "dataset/datasetupkeep.h"
#include "dataset/flowlayout.h"
#include "dataset/qualitybar.h"
#include "dataset/workerconnection.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "shell/icons.h"
#include "store/curationstore.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSqlQuery>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace Dialogsmith {

namespace {

// Keeps a filter field from asking the database on every key.
constexpr int typingDelayMs = 250;
// The columns' widths, order and the sort, as the user left them (versioned: a new column starts afresh).
const QString headerKey = QStringLiteral("headers/datasetTable/v3");

QAction *makeAction(QWidget *owner, const QString &name, const QString &text, const QKeySequence &key,
                    Qt::ShortcutContext context, const QString &tip)
{
    auto *action = new QAction(text, owner);
    action->setObjectName(name);
    action->setShortcut(key);
    action->setShortcutContext(context);
    action->setToolTip(key.isEmpty() ? tip
                                     : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    owner->addAction(action);
    return action;
}

} // namespace

DatasetView::DatasetView(ProjectSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_model = new DatasetModel(session.file().database(), session.file().path(), this);
    m_model->setObjectName(QStringLiteral("datasetModel"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("datasetTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DatasetModel::IdColumn, Qt::AscendingOrder);

    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    // Every column can be made wider or narrower (and is remembered so); the last one takes what is left.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    {
        // Wide enough for the header (any language) and for typical content.
        const QFontMetrics fm = m_table->fontMetrics();
        const QLocale locale;
        const int pad = fm.horizontalAdvance(u'M') + 14; // cell margins and the sort arrow
        const QHash<int, QString> samples = {
            {DatasetModel::IdColumn, QStringLiteral("000000")},
            {DatasetModel::StatusColumn, QStringLiteral("MM") + tr("Generated")},
            {DatasetModel::ModeColumn, DatasetModel::modeTitle(QStringLiteral("knowledge-qa"))},
            {DatasetModel::QualityColumn, QString(18, u'n')},
            {DatasetModel::TopicColumn, QString(22, u'n')},
            {DatasetModel::PersonasColumn, QString(16, u'n')},
            {DatasetModel::TurnsColumn, QStringLiteral("000")},
            {DatasetModel::TokensColumn, locale.toString(100000)},
            {DatasetModel::RatingColumn, QString(5, QChar(0x2605))},
            {DatasetModel::JudgeScoreColumn, locale.toString(10.5, 'g', 3)},
            {DatasetModel::UpdatedColumn, locale.toString(QDate(2026, 12, 30), QLocale::ShortFormat)},
        };
        for (auto it = samples.cbegin(); it != samples.cend(); ++it) {
            const QString title = m_model->headerData(it.key(), Qt::Horizontal).toString();
            header->resizeSection(it.key(),
                                  std::max(fm.horizontalAdvance(title), fm.horizontalAdvance(it.value())) + pad);
        }
    }

    // Nothing writes judge scores yet: the column is there for who wants it (the header's context menu).
    header->setSectionHidden(DatasetModel::JudgeScoreColumn, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &DatasetView::showColumnMenu);

    // As the user left them last time: widths, order, hidden columns, sort column and order.
    if (header->restoreState(QSettings().value(headerKey).toByteArray()))
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    // Kept a moment after the user stops dragging, and when the view closes.
    m_saveHeader = new QTimer(this);
    m_saveHeader->setSingleShot(true);
    m_saveHeader->setInterval(500);
    connect(m_saveHeader, &QTimer::timeout, this, &DatasetView::saveHeader);
    connect(header, &QHeaderView::sectionResized, m_saveHeader, qOverload<>(&QTimer::start));
    connect(header, &QHeaderView::sectionMoved, m_saveHeader, qOverload<>(&QTimer::start));
    connect(header, &QHeaderView::sortIndicatorChanged, m_saveHeader, qOverload<>(&QTimer::start));

    // The empty-state hint, over the table.
    m_empty = new QLabel(m_table->viewport());
    m_empty->setObjectName(QStringLiteral("datasetEmptyHint"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setContentsMargins(24, 24, 24, 24);
    m_empty->hide();
    connect(m_empty, &QLabel::linkActivated, this, [this] { clearFilters(); });
    auto *emptyLayout = new QVBoxLayout(m_table->viewport());
    emptyLayout->addWidget(m_empty);

    m_refresh
        = makeAction(this, QStringLiteral("actionDatasetRefresh"), tr("&Refresh"), QKeySequence(Qt::CTRL | Qt::Key_R),
                     Qt::WidgetWithChildrenShortcut, tr("Read the conversations again"));
    m_refresh->setIcon(Icons::themed(QIcon::ThemeIcon::ViewRefresh, QStyle::SP_BrowserReload));
    connect(m_refresh, &QAction::triggered, this, &DatasetView::refresh);
    m_find = makeAction(this, QStringLiteral("actionDatasetFind"), tr("&Search"), QKeySequence::Find,
                        Qt::WidgetWithChildrenShortcut, tr("Search the conversations' text"));
    connect(m_find, &QAction::triggered, this, &DatasetView::focusSearch);
    // Shortcuts of the table only, so typing an "a" in a filter never approves anything.
    m_open = makeAction(m_table, QStringLiteral("actionDatasetOpen"), tr("&Open"), QKeySequence(), Qt::WidgetShortcut,
                        tr("Open the conversation in the editor (Return, double-click)"));
    connect(m_open, &QAction::triggered, this, [this] {
        if (const QModelIndex current = m_table->currentIndex(); current.isValid())
            Q_EMIT conversationActivated(m_model->idAt(current.row()));
    });
    m_approve = makeAction(m_table, QStringLiteral("actionDatasetApprove"), tr("&Approve"), QKeySequence(Qt::Key_A),
                           Qt::WidgetShortcut, tr("Approve the selected conversations for export"));
    connect(m_approve, &QAction::triggered, this, [this] { setReview(int(Store::Review::Approved)); });
    m_reject = makeAction(m_table, QStringLiteral("actionDatasetReject"), tr("&Reject"), QKeySequence(Qt::Key_R),
                          Qt::WidgetShortcut, tr("Reject the selected conversations: they are never exported"));
    connect(m_reject, &QAction::triggered, this, [this] { setReview(int(Store::Review::Rejected)); });

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(typingDelayMs);
    connect(m_typing, &QTimer::timeout, this, &DatasetView::applyFilter);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("datasetSearch"));
    m_search->setPlaceholderText(tr("Search the conversations' text (%1)")
                                     .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setToolTip(tr("Conversations that contain every word, in any of their turns; \"quoted words\" "
                            "must occur together. The last word also matches longer words while you type."));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::themed(QIcon::ThemeIcon::EditFind, Icons::Drawn::Find), QLineEdit::LeadingPosition);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typing->stop();
        applyFilter();
    });

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("datasetCount"));
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *refreshButton = new QToolButton(this);
    refreshButton->setObjectName(QStringLiteral("datasetRefreshButton"));
    refreshButton->setDefaultAction(m_refresh);
    refreshButton->setAutoRaise(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addSpacing(8);
    top->addWidget(m_count);
    top->addWidget(refreshButton);

    // The filters wrap onto a second row when the view is narrow (or the words long).
    buildFilterBar();
    auto *filterBar = new QWidget(this);
    auto *filters = new FlowLayout(filterBar);
    filters->setContentsMargins(0, 0, 0, 0);
    for (QWidget *filter :
         std::initializer_list<QWidget *> {m_state, m_review, m_mode, m_rating, m_judge, m_topic, m_persona, m_clear})
        filters->addWidget(filter);

    // The project's quality settings, and the work that keeps their verdicts, the counts and the full-text
    // index up to date while the view is shown.
    m_quality = new QualityBar(session, this);
    m_quality->setObjectName(QStringLiteral("datasetQualityBar"));
    m_upkeep = new DatasetUpkeep(session.file().path(), !session.file().isReadOnly(), this);
    readQualityInputs();
    connect(m_quality, &QualityBar::viewOptionsChanged, this, &DatasetView::applyFilter);
    connect(&session, &ProjectSession::designChanged, this, [this] {
        readQualityInputs();
        applyFilter();
        if (isVisible())
            m_upkeep->poke();
    });
    connect(m_upkeep, &DatasetUpkeep::progressed, m_quality, &QualityBar::setChecking);
    connect(m_upkeep, &DatasetUpkeep::finished, this, [this](const Store::QualityCounts &counts, bool hitsChanged) {
        m_quality->setCounts(counts);
        if (hitsChanged) {
            m_model->reloadRows();
            m_model->refresh();
        }
    });
    connect(m_upkeep, &DatasetUpkeep::failed, this, [this](const QString &message) {
        m_quality->setChecking(0, 0);
        m_quality->setToolTip(tr("The quality filters could not be brought up to date: %1").arg(message));
    });
    connect(m_model, &DatasetModel::loaded, this, [this] {
        if (isVisible())
            m_upkeep->poke();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(filterBar);
    layout->addWidget(m_quality);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT conversationActivated(m_model->idAt(index.row()));
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(m_open);
        menu.addSeparator();
        menu.addAction(m_approve);
        menu.addAction(m_reject);
        menu.addSeparator();
        menu.addAction(m_refresh);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DatasetView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &DatasetView::updateActions);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &DatasetView::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DatasetView::restoreSelection);
    connect(m_model, &DatasetModel::loaded, this, &DatasetView::updateCount);
    connect(m_model, &DatasetModel::loadingChanged, this, &DatasetView::updateCount);
    connect(m_model, &DatasetModel::readFailed, this, [this](const QString &message) {
        m_count->setText(tr("Cannot read the conversations"));
        m_count->setToolTip(message);
        m_empty->setText(message.toHtmlEscaped());
        m_empty->setVisible(m_model->rowCount() == 0);
    });

    updateCount();
    updateActions();
    applyFilter(); // with the quality settings; sorting above asked for a read too: one read
}

DatasetView::~DatasetView()
{
    if (m_saveHeader->isActive())
        saveHeader();
}

void DatasetView::showColumnMenu(const QPoint &pos)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    // The number and the topic always show: a row without them names nothing.
    for (int column = DatasetModel::StatusColumn; column < DatasetModel::ColumnCount; ++column) {
        if (column == DatasetModel::TopicColumn)
            continue;
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setToolTip(m_model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            saveHeader();
        });
    }
    menu.exec(header->viewport()->mapToGlobal(pos));
}

void DatasetView::readQualityInputs()
{
    m_upkeep->setInputs(Quality::FilterInputs::fromDesign(m_session.design()),
                        Store::QualityFilter::fromDesign(m_session.design().quality));
}

void DatasetView::saveHeader()
{
    m_saveHeader->stop();
    QSettings().setValue(headerKey, m_table->horizontalHeader()->saveState());
}

void DatasetView::buildFilterBar()
{
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("datasetStateFilter"));
    m_state->setToolTip(tr("Where generation is"));
    m_state->addItem(tr("Any state"));
    m_state->addItem(tr("Complete"), int(Store::ConversationState::Complete));
    m_state->addItem(tr("Running"), int(Store::ConversationState::Running));
    m_state->addItem(tr("Failed"), int(Store::ConversationState::Failed));
    m_state->addItem(tr("Dropped"), int(Store::ConversationState::Dropped));

    m_review = new QComboBox(this);
    m_review->setObjectName(QStringLiteral("datasetReviewFilter"));
    m_review->setToolTip(tr("Where curation is"));
    m_review->addItem(tr("Any review"));
    m_review->addItem(tr("Not reviewed"), int(Store::Review::Generated));
    m_review->addItem(tr("Edited"), int(Store::Review::Edited));
    m_review->addItem(tr("Approved"), int(Store::Review::Approved));
    m_review->addItem(tr("Rejected"), int(Store::Review::Rejected));

    m_rating = new QComboBox(this);
    m_rating->setObjectName(QStringLiteral("datasetRatingFilter"));
    m_rating->setToolTip(tr("The least rating a conversation has"));
    m_rating->addItem(tr("Any rating"));
    for (int stars = 1; stars <= 5; ++stars) {
        const QString shown = QString(stars, QChar(0x2605)) + QString(5 - stars, QChar(0x2606));
        m_rating->addItem(stars == 5 ? shown : tr("%1 or more").arg(shown), stars);
    }

    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("datasetModeFilter"));
    m_mode->setToolTip(tr("The kind of sample"));
    m_mode->addItem(tr("Any kind"));
    for (const Design::Mode mode : Design::allModes()) {
        const QString name = Design::modeName(mode);
        m_mode->addItem(DatasetModel::modeTitle(name), name);
    }

    m_judge = new QDoubleSpinBox(this);
    m_judge->setObjectName(QStringLiteral("datasetJudgeFilter"));
    m_judge->setToolTip(tr("The least score the judge model gave"));
    m_judge->setRange(0, 10);
    m_judge->setDecimals(1);
    m_judge->setSingleStep(0.5);
    m_judge->setPrefix(tr("Judge ≥ "));
    m_judge->setSpecialValueText(tr("Any judge score"));
    m_judge->setAccelerated(true);

    // The text filters take the width the row has left.
    QSizePolicy textPolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    textPolicy.setHorizontalStretch(1);
    m_topic = new QLineEdit(this);
    m_topic->setObjectName(QStringLiteral("datasetTopicFilter"));
    m_topic->setPlaceholderText(tr("Topic contains…"));
    m_topic->setToolTip(tr("Conversations whose topic path contains this text"));
    m_topic->setClearButtonEnabled(true);
    m_topic->setMinimumWidth(fontMetrics().averageCharWidth() * 16);
    m_topic->setSizePolicy(textPolicy);

    m_persona = new QLineEdit(this);
    m_persona->setObjectName(QStringLiteral("datasetPersonaFilter"));
    m_persona->setPlaceholderText(tr("Persona contains…"));
    m_persona->setToolTip(tr("Conversations where the user or the assistant persona's name contains this text"));
    m_persona->setClearButtonEnabled(true);
    m_persona->setMinimumWidth(fontMetrics().averageCharWidth() * 16);
    m_persona->setSizePolicy(textPolicy);

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("datasetClearFilters"));
    m_clear->setText(tr("Clear Filters"));
    m_clear->setToolTip(tr("Show every conversation"));
    m_clear->setAutoRaise(true);
    m_clear->setEnabled(false);
    connect(m_clear, &QToolButton::clicked, this, &DatasetView::clearFilters);

    for (QComboBox *combo : {m_state, m_review, m_mode, m_rating}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::currentIndexChanged, this, &DatasetView::applyFilter);
    }
    connect(m_judge, &QDoubleSpinBox::valueChanged, m_typing, qOverload<>(&QTimer::start));
    for (QLineEdit *edit : {m_topic, m_persona}) {
        connect(edit, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            m_typing->stop();
            applyFilter();
        });
    }
}

QList<qint64> DatasetView::listedConversations() const
{
    return m_model->ids();
}

QList<qint64> DatasetView::selectedConversations() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (int row : std::as_const(rows))
        ids.append(m_model->idAt(row));
    return ids;
}

void DatasetView::refresh()
{
    m_model->refresh();
}

void DatasetView::setOwnFindShortcut(bool enabled)
{
    m_find->setEnabled(enabled);
}

void DatasetView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void DatasetView::clearFilters()
{
    const QSignalBlocker blockers[]
        = {QSignalBlocker(m_search), QSignalBlocker(m_state), QSignalBlocker(m_review), QSignalBlocker(m_mode),
           QSignalBlocker(m_rating), QSignalBlocker(m_judge), QSignalBlocker(m_topic),  QSignalBlocker(m_persona)};
    m_search->clear();
    m_state->setCurrentIndex(0);
    m_review->setCurrentIndex(0);
    m_mode->setCurrentIndex(0);
    m_rating->setCurrentIndex(0);
    m_judge->setValue(m_judge->minimum());
    m_topic->clear();
    m_persona->clear();
    m_typing->stop();
    applyFilter();
}

void DatasetView::applyFilter()
{
    Store::DatasetFilter filter;
    if (const QVariant state = m_state->currentData(); state.isValid())
        filter.state = Store::ConversationState(state.toInt());
    if (const QVariant review = m_review->currentData(); review.isValid())
        filter.review = Store::Review(review.toInt());
    if (const QVariant rating = m_rating->currentData(); rating.isValid())
        filter.minRating = rating.toInt();
    if (m_judge->value() > m_judge->minimum())
        filter.minJudgeScore = m_judge->value();
    filter.topic = m_topic->text();
    filter.persona = m_persona->text();
    filter.search = m_search->text();
    filter.mode = m_mode->currentData().toString();
    filter.quality = m_quality->filter();
    filter.showRemoved = m_quality->showRemoved();
    filter.groupDuplicates = m_quality->groupDuplicates();
    m_clear->setEnabled(filter.state || filter.review || !filter.mode.isEmpty() || filter.minRating
                        || filter.minJudgeScore || !filter.topic.trimmed().isEmpty()
                        || !filter.persona.trimmed().isEmpty()
                        || !Store::DatasetQuery::ftsTerms(filter.search).isEmpty());
    m_model->setFilter(filter);
}

void DatasetView::updateCount()
{
    const QLocale locale;
    const qint64 shown = m_model->rowCount();
    const qint64 total = m_model->total();
    if (!m_model->isLoaded()) {
        m_count->setText(tr("Reading…"));
        m_empty->hide();
        return;
    }
    m_count->setToolTip(QString());
    if (shown == total)
        m_count->setText(tr("%Ln conversation(s)", nullptr, int(total)));
    else
        m_count->setText(tr("%1 of %Ln conversation(s)", nullptr, int(total)).arg(locale.toString(shown)));
    if (m_model->isLoading())
        m_count->setText(m_count->text() + QStringLiteral(" …"));

    if (total == 0) {
        m_empty->setText(tr("<p><b>No conversations yet</b></p><p>Start a run with Run ▸ Start (%1). Conversations "
                            "appear here as they are written.</p>")
                             .arg(QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText)));
    } else {
        m_empty->setText(tr("<p><b>No conversation matches</b></p><p><a href=\"clear\">Clear the filters</a> to see "
                            "all %Ln conversation(s).</p>",
                            nullptr, int(total)));
    }
    m_empty->setVisible(shown == 0);
    updateActions();
}

void DatasetView::updateActions()
{
    const bool any = m_table->selectionModel()->hasSelection();
    const bool writable = !m_session.file().isReadOnly();
    m_open->setEnabled(m_table->currentIndex().isValid());
    m_approve->setEnabled(any && writable && !m_reviewing);
    m_reject->setEnabled(any && writable && !m_reviewing);
}

void DatasetView::setReview(int review)
{
    const QList<qint64> ids = selectedConversations();
    if (ids.isEmpty() || m_reviewing)
        return;
    // Each verdict is a transaction of its own: a few are written at once, many on a pool thread.
    constexpr qsizetype atOnce = 16;
    if (ids.size() > atOnce) {
        m_reviewing = true;
        updateActions();
        m_count->setText(review == int(Store::Review::Approved)
                             ? tr("Approving %Ln conversation(s)…", nullptr, int(ids.size()))
                             : tr("Rejecting %Ln conversation(s)…", nullptr, int(ids.size())));
        QtConcurrent::run([path = m_session.file().path(), ids, review] {
            WorkerConnection connection(path, WorkerConnection::Access::ReadWrite);
            if (!connection.isOpen())
                return connection.errorText();
            // Without waiting for the disk after each one: WAL keeps them whole and in order.
            QSqlQuery(connection.database()).exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
            Store::CurationStore store(connection.database());
            QString error;
            for (qint64 id : ids) {
                if (!store.setReview(id, Store::Review(review), &error))
                    return error;
            }
            return QString();
        }).then(this, [this](const QString &error) {
            m_reviewing = false;
            if (!error.isEmpty())
                showWriteError(error);
            m_model->reloadRows();
            m_model->refresh();
            updateActions();
        });
        return;
    }
    Store::CurationStore store(m_session.file().database());
    QString error;
    for (qint64 id : ids) {
        if (!store.setReview(id, Store::Review(review), &error)) {
            showWriteError(error);
            break;
        }
    }
    // One at a time, the next one comes up, as in the conversation editor.
    if (ids.size() == 1) {
        const int next = m_table->currentIndex().row() + 1;
        if (next < m_model->rowCount())
            m_table->selectionModel()->setCurrentIndex(m_model->index(next, DatasetModel::StatusColumn),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_model->reloadRows();
    m_model->refresh(); // a review filter may leave them out now
}

void DatasetView::showWriteError(const QString &error)
{
    m_count->setText(tr("Cannot change the review"));
    m_count->setToolTip(error);
}

void DatasetView::rememberSelection()
{
    m_keptSelection = selectedConversations();
    const QModelIndex current = m_table->currentIndex();
    m_keptCurrent = current.isValid() ? m_model->idAt(current.row()) : 0;
    m_keptScroll = m_table->verticalScrollBar()->value();
}

void DatasetView::restoreSelection()
{
    QItemSelectionModel *selection = m_table->selectionModel();
    const QSet<qint64> kept(m_keptSelection.cbegin(), m_keptSelection.cend());
    QItemSelection restored;
    int currentRow = -1;
    if (!kept.isEmpty() || m_keptCurrent) {
        const QList<qint64> &ids = m_model->ids();
        int start = -1;
        for (int row = 0; row <= ids.size(); ++row) {
            const bool in = row < ids.size() && kept.contains(ids[row]);
            if (row < ids.size() && ids[row] == m_keptCurrent)
                currentRow = row;
            if (in && start < 0)
                start = row;
            if (!in && start >= 0) {
                restored.select(m_model->index(start, 0), m_model->index(row - 1, DatasetModel::ColumnCount - 1));
                start = -1;
            }
        }
    }
    if (currentRow >= 0)
        selection->setCurrentIndex(m_model->index(currentRow, 0), QItemSelectionModel::NoUpdate);
    if (!restored.isEmpty())
        selection->select(restored, QItemSelectionModel::ClearAndSelect);
    if (currentRow >= 0 && m_model->sortColumn() == DatasetModel::IdColumn)
        m_table->verticalScrollBar()->setValue(m_keptScroll);
    else if (currentRow >= 0)
        m_table->scrollTo(m_model->index(currentRow, 0));
    m_keptSelection.clear();
    m_keptCurrent = 0;
    updateActions();
}

void DatasetView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->setWatching(true);
    m_upkeep->poke();
}

void DatasetView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_model->setWatching(false);
    m_upkeep->cancel();
}

} // namespace Dialogsmith
