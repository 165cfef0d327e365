// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "duplicates/duplicateswindow.h"

#include "dataset/workerconnection.h"
#include "dialogs/userdialogs.h"
#include "duplicates/duplicatefinder.h"
#include "duplicates/duplicatesmodel.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "shell/uisettings.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace Dialogsmith {

namespace {

const QString splitterName = QStringLiteral("duplicates");
const QString panesName = QStringLiteral("duplicatesPanes");
// A merge key field of its own: steps of the spin box in a row are one design step. ProjectSession::mergeKey()
// keeps a field's low 8 bits, so it is below 256 and apart from the other editors of Part::Generation: the
// run settings take 1–39 (ui/run/runsettingseditor.cpp), the mode settings 40–59 (ui/run/modesettingsbox.cpp),
// the judge's rubrics 60–63 (ui/run/judgesettings.cpp), the dataset's quality bar 133–136
// (ui/dataset/qualitybar.cpp) and this window 140.
constexpr int thresholdField = 140;
static_assert(thresholdField < 256, "ProjectSession::mergeKey() keeps 8 bits of a field");

} // namespace

/// One verdict of the window: the reviews it set, and the ones they replaced.
class DuplicatesWindow::ReviewCommand final : public QUndoCommand
{
public:
    ReviewCommand(const QString &text, Reviews before, Reviews after, DuplicatesWindow *window)
        : QUndoCommand(text)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_window(window)
    { }
    Q_DISABLE_COPY_MOVE(ReviewCommand)

    void undo() override { m_window->apply(m_before); }
    void redo() override { m_window->apply(m_after); }

private:
    Reviews m_before;
    Reviews m_after;
    DuplicatesWindow *m_window;
};

DuplicatesWindow::DuplicatesWindow(ProjectSession &session, UserDialogs &dialogs, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_dialogs(dialogs)
    , m_model(new DuplicatesModel(this))
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("duplicatesWindow"));
    setWindowTitle(tr("Duplicates — %1").arg(session.file().displayName()));
    resize(1100, 680);
    m_finder = DuplicateFinder::of(session);
    if (!m_finder)
        m_finder = new DuplicateFinder(session);
    const bool writable = !session.file().isReadOnly();

    // Top: what was found, the threshold, and the finder's progress.
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("duplicatesStatus"));
    m_status->setWordWrap(true);
    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("duplicateThreshold"));
    // The range the project's spec accepts (quality.duplicates.threshold).
    m_threshold->setRange(0.3, 1.0);
    m_threshold->setSingleStep(0.05);
    m_threshold->setDecimals(2);
    m_threshold->setKeyboardTracking(false);
    m_threshold->setValue(session.design().quality.duplicateThreshold);
    m_threshold->setEnabled(writable);
    m_threshold->setToolTip(tr("How similar two samples must be to count as near duplicates: the estimated share "
                               "of word sequences they have in common. Higher finds fewer, closer copies."));
    auto *thresholdLabel = new QLabel(tr("Near-duplicate &threshold:"), this);
    thresholdLabel->setBuddy(m_threshold);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("duplicatesProgress"));
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(320);
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_progress);
    top->addWidget(thresholdLabel);
    top->addWidget(m_threshold);

    // The groups, and the two samples side by side.
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("duplicatesTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(DuplicatesModel::SampleColumn, QHeaderView::ResizeToContents);
    auto *panes = new QSplitter(Qt::Horizontal, this);
    panes->setObjectName(panesName);
    const QString keepTips[2] = {tr("Keep the original and reject the other samples of its group (Ctrl+1)"),
                                 tr("Keep this duplicate and reject the other samples of its group (Ctrl+2)")};
    for (int pane = 0; pane < 2; ++pane) {
        auto *box = new QWidget(panes);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        m_titles[pane] = new QLabel(box);
        m_titles[pane]->setObjectName(pane == 0 ? QStringLiteral("leftTitle") : QStringLiteral("rightTitle"));
        m_texts[pane] = new QPlainTextEdit(box);
        m_texts[pane]->setObjectName(pane == 0 ? QStringLiteral("leftText") : QStringLiteral("rightText"));
        m_texts[pane]->setReadOnly(true);
        m_keep[pane] = new QPushButton(tr("Keep This One"), box);
        m_keep[pane]->setObjectName(pane == 0 ? QStringLiteral("keepLeft") : QStringLiteral("keepRight"));
        m_keep[pane]->setShortcut(QKeySequence(Qt::CTRL | (pane == 0 ? Qt::Key_1 : Qt::Key_2)));
        m_keep[pane]->setToolTip(keepTips[pane]);
        m_keep[pane]->setAutoDefault(false);
        connect(m_keep[pane], &QPushButton::clicked, this, [this, pane] { keep(pane); });
        layout->addWidget(m_titles[pane]);
        layout->addWidget(m_texts[pane], 1);
        layout->addWidget(m_keep[pane], 0, Qt::AlignRight);
    }
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(splitterName);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(panes);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->restoreState(UiSettings::splitterState(splitterName));
    panes->restoreState(UiSettings::splitterState(panesName));
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { UiSettings::setSplitterState(splitterName, m_splitter->saveState()); });
    connect(panes, &QSplitter::splitterMoved, this,
            [panes] { UiSettings::setSplitterState(panesName, panes->saveState()); });

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("duplicatesEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_splitter);

    // Bottom: the verdict for every group, undo and redo, close.
    m_rejectAll = new QPushButton(tr("&Reject All Duplicates"), this);
    m_rejectAll->setObjectName(QStringLiteral("rejectAllDuplicates"));
    m_rejectAll->setToolTip(tr("Keep the original of every group and reject its duplicates"));
    m_rejectAll->setAutoDefault(false);
    connect(m_rejectAll, &QPushButton::clicked, this, &DuplicatesWindow::rejectAllDuplicates);
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("duplicatesUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("duplicatesRedo"));
    redo->setShortcut(QKeySequence::Redo);
    addAction(undo);
    addAction(redo);
    auto *undoButton = new QToolButton(this);
    undoButton->setDefaultAction(undo);
    auto *redoButton = new QToolButton(this);
    redoButton->setDefaultAction(redo);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_rejectAll);
    bottom->addWidget(undoButton);
    bottom->addWidget(redoButton);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bottom);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &DuplicatesWindow::showSelection);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, &DuplicatesWindow::setThreshold);
    connect(&m_session, &ProjectSession::designChanged, this, [this] {
        const QSignalBlocker block(m_threshold);
        m_threshold->setValue(m_session.design().quality.duplicateThreshold);
    });
    connect(m_finder, &DuplicateFinder::started, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Looking for duplicates…"));
        m_progress->setVisible(true);
    });
    connect(m_finder, &DuplicateFinder::progressed, this,
            [this](Quality::Deduplicator::Phase phase, qint64 done, qint64 total) {
                // A progress bar counts in int: hundreds of thousands of samples fit.
                m_progress->setRange(0, int(std::max<qint64>(total, 1)));
                m_progress->setValue(int(std::min(done, total)));
                m_progress->setFormat(phase == Quality::Deduplicator::Phase::Signing
                                          ? tr("Reading samples: %v of %m")
                                          : tr("Comparing samples: %v of %m"));
            });
    connect(m_finder, &DuplicateFinder::finished, this, [this](const Quality::DuplicateSummary &, bool changed) {
        m_progress->setVisible(false);
        updateStatus();
        if (changed || m_model->groups().isEmpty())
            reload();
    });
    connect(m_finder, &DuplicateFinder::failed, this, [this](const QString &) {
        m_progress->setVisible(false);
        updateStatus();
    });
    if (m_finder->isBusy())
        Q_EMIT m_finder->started();
    updateStatus();
    updateActions();
    reload();
}

DuplicatesWindow::~DuplicatesWindow() = default;

void DuplicatesWindow::keyPressEvent(QKeyEvent *event)
{
    // Return confirms a threshold typed in; it does not close the window (Escape does).
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

DuplicatesWindow *DuplicatesWindow::showFor(ProjectSession &session, UserDialogs &dialogs, QWidget *parent)
{
    auto *window
        = parent->findChild<DuplicatesWindow *>(QStringLiteral("duplicatesWindow"), Qt::FindDirectChildrenOnly);
    if (!window || &window->m_session != &session) {
        delete window;
        window = new DuplicatesWindow(session, dialogs, parent);
        window->setAttribute(Qt::WA_DeleteOnClose);
        // Its samples belong to the project: another project, or none, closes it.
        connect(&session, &QObject::destroyed, window, [window] { delete window; });
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void DuplicatesWindow::reload()
{
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    m_reloadAgain = false;
    updateActions();
    struct Loaded {
        std::optional<QList<DuplicateGroupRows>> groups;
        QString error;
    };
    QtConcurrent::run([path = m_session.file().path()] {
        Loaded loaded;
        WorkerConnection connection(path);
        if (!connection.isOpen())
            loaded.error = connection.errorText();
        else
            loaded.groups = DuplicatesModel::loadGroups(connection.database(), &loaded.error);
        return loaded;
    }).then(this, [this](const Loaded &loaded) {
        m_loading = false;
        if (loaded.groups) {
            // The samples on show stay on show when they are still listed.
            const QModelIndex current = m_tree->currentIndex();
            const qint64 selected = current.isValid() ? current.data(DuplicatesModel::SampleIdRole).toLongLong() : 0;
            QSet<qint64> expanded;
            for (int g = 0; g < m_model->rowCount(); ++g) {
                if (m_tree->isExpanded(m_model->index(g, 0)))
                    expanded.insert(m_model->groups().at(g).original.id);
            }
            m_model->setGroups(*loaded.groups);
            for (int g = 0; g < m_model->rowCount(); ++g) {
                if (expanded.contains(m_model->groups().at(g).original.id) || m_model->rowCount() <= 20)
                    m_tree->expand(m_model->index(g, 0));
            }
            QModelIndex again = selected ? m_model->indexOf(selected) : QModelIndex();
            if (!again.isValid() && m_model->rowCount() > 0)
                again = m_model->index(0, 0);
            if (again.isValid())
                m_tree->setCurrentIndex(again);
            else
                showSelection();
        } else {
            m_status->setText(tr("Cannot read the duplicates: %1").arg(loaded.error));
        }
        updateStatus();
        updateActions();
        Q_EMIT groupsLoaded();
        if (m_reloadAgain)
            reload();
    });
}

void DuplicatesWindow::showSelection()
{
    const QModelIndex current = m_tree->currentIndex();
    const DuplicateGroupRows *group = m_model->groupAt(current);
    const DuplicateSample *selected = m_model->sampleAt(current);
    const DuplicateSample *right = nullptr;
    if (group)
        right = selected && selected->kind ? selected
                                           : (group->duplicates.isEmpty() ? nullptr : &group->duplicates.first());
    const DuplicateSample *shown[2] = {group ? &group->original : nullptr, right};
    Quality::Deduplicator deduplicator(m_session.file().database());
    for (int pane = 0; pane < 2; ++pane) {
        const DuplicateSample *sample = shown[pane];
        m_shown[pane] = sample ? sample->id : 0;
        if (!sample) {
            m_titles[pane]->setText(pane == 0 ? tr("Original") : tr("Duplicate"));
            m_texts[pane]->clear();
            continue;
        }
        const QString review = DuplicatesModel::reviewText(sample->review);
        if (!sample->kind)
            m_titles[pane]->setText(tr("<b>Original</b> · conversation %1 · %2").arg(sample->id).arg(review));
        else
            m_titles[pane]->setText(tr("<b>%1 duplicate</b> · conversation %2 · similarity %3 % · %4")
                                        .arg(*sample->kind == Quality::DuplicateKind::Exact ? tr("Exact") : tr("Near"))
                                        .arg(sample->id)
                                        .arg(QLocale().toString(sample->similarity * 100, 'f', 0), review));
        QString error;
        // One sample's messages: a few kilobytes by its index.
        m_texts[pane]->setPlainText(deduplicator.sampleText(sample->id, &error).value_or(error));
    }
    updateActions();
}

void DuplicatesWindow::keep(int pane)
{
    const qint64 kept = m_shown[pane];
    const DuplicateGroupRows *group = m_model->groupAt(m_model->indexOf(kept));
    if (!kept || !group || m_session.file().isReadOnly())
        return;
    Reviews after;
    const auto reject = [&](const DuplicateSample &s) {
        if (s.id != kept && s.review != Store::Review::Rejected)
            after.append({s.id, Store::Review::Rejected});
    };
    reject(group->original);
    for (const DuplicateSample &s : group->duplicates)
        reject(s);
    if (after.isEmpty())
        return;
    push(tr("Keep Conversation %1, Reject %n Other(s)", nullptr, int(after.size())).arg(kept), after);
}

void DuplicatesWindow::rejectAllDuplicates()
{
    if (m_session.file().isReadOnly())
        return;
    Reviews after;
    for (const DuplicateGroupRows &group : m_model->groups()) {
        for (const DuplicateSample &s : group.duplicates) {
            if (s.review != Store::Review::Rejected)
                after.append({s.id, Store::Review::Rejected});
        }
    }
    if (after.isEmpty())
        return;
    push(tr("Reject %n Duplicate(s)", nullptr, int(after.size())), after);
}

void DuplicatesWindow::push(const QString &text, const Reviews &after)
{
    QHash<qint64, Store::Review> known;
    for (const DuplicateGroupRows &group : m_model->groups()) {
        known.insert(group.original.id, group.original.review);
        for (const DuplicateSample &s : group.duplicates)
            known.insert(s.id, s.review);
    }
    Reviews before;
    for (const auto &[id, review] : after)
        before.append({id, known.value(id, Store::Review::Generated)});
    m_undo->push(new ReviewCommand(text, before, after, this));
}

void DuplicatesWindow::apply(const Reviews &reviews)
{
    m_queue.append(reviews);
    applyNext();
}

void DuplicatesWindow::applyNext()
{
    if (m_applying || m_queue.isEmpty())
        return;
    m_applying = true;
    updateActions();
    const Reviews reviews = m_queue.takeFirst();
    // Each verdict is a transaction of the curation store; thousands of them on a pool thread.
    QtConcurrent::run([path = m_session.file().path(), reviews] {
        WorkerConnection connection(path, WorkerConnection::Access::ReadWrite);
        if (!connection.isOpen())
            return connection.errorText();
        QSqlQuery(connection.database()).exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        Store::CurationStore store(connection.database());
        QString error;
        for (const auto &[id, review] : reviews) {
            if (!store.setReview(id, review, &error))
                return error;
        }
        return QString();
    }).then(this, [this](const QString &error) {
        m_applying = false;
        if (!error.isEmpty())
            m_dialogs.showError(this, tr("Duplicates"), tr("Cannot change the review: %1").arg(error));
        Q_EMIT reviewsApplied();
        reload();
        applyNext();
    });
}

void DuplicatesWindow::updateStatus()
{
    const QLocale locale;
    const Quality::DuplicateSummary &s = m_finder->summary();
    QString text;
    if (!m_finder->lastError().isEmpty())
        text = tr("Cannot find duplicates: %1").arg(m_finder->lastError());
    else if (m_finder->threshold() < 0)
        text = tr("Looking for duplicates…");
    else
        text = tr("%1 samples: %2 exact and %3 near duplicates in %n group(s).", nullptr, int(s.groups))
                   .arg(locale.toString(s.samples), locale.toString(s.exact), locale.toString(s.near));
    if (m_session.file().isReadOnly())
        text = tr("The project is read-only: duplicates cannot be looked for or rejected.");
    m_status->setText(text);
    m_empty->setText(m_finder->threshold() < 0 && !m_session.file().isReadOnly()
                         ? tr("Looking for duplicates…")
                         : tr("No duplicates among the %n complete sample(s). Samples are compared as runs complete "
                              "them and as you edit them.",
                              nullptr, int(s.samples)));
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_splitter) : m_empty);
}

void DuplicatesWindow::updateActions()
{
    const bool writable = !m_session.file().isReadOnly();
    for (int pane = 0; pane < 2; ++pane)
        m_keep[pane]->setEnabled(writable && !m_applying && m_shown[pane] != 0 && m_shown[1] != 0);
    m_rejectAll->setEnabled(writable && !m_applying && m_model->rowCount() > 0);
}

void DuplicatesWindow::setThreshold(double threshold)
{
    if (m_session.design().quality.duplicateThreshold == threshold)
        return;
    m_session.edit(
        tr("Change Duplicate Threshold"), ProjectSession::Part::Generation,
        [threshold](Design::ProjectDesign &design) { design.quality.duplicateThreshold = threshold; },
        ProjectSession::mergeKey(ProjectSession::Part::Generation, thresholdField));
}

} // namespace Dialogsmith
