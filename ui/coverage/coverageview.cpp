// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "coverage/coverageview.h"

#include "coverage/coveragemodel.h"
#include "dataset/workerconnection.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "shell/uisettings.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <functional>

namespace Dialogsmith {

namespace {

const QString splitterName = QStringLiteral("coverage");

} // namespace

CoverageView::CoverageView(ProjectSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new CoverageModel(this))
    , m_crossing(new CrossingModel(this))
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("coverageSummary"));
    m_summary->setWordWrap(true);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("coverageTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setSectionResizeMode(CoverageModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    for (int column = 1; column < CoverageModel::ColumnCount; ++column)
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_down = new QComboBox(this);
    m_down->setObjectName(QStringLiteral("crossingRows"));
    m_across = new QComboBox(this);
    m_across->setObjectName(QStringLiteral("crossingColumns"));
    for (CoverageFactor factor : allCoverageFactors()) {
        m_down->addItem(coverageFactorName(factor), int(factor));
        m_across->addItem(coverageFactorName(factor), int(factor));
    }
    m_down->setCurrentIndex(m_down->findData(int(CoverageFactor::Topic)));
    m_across->setCurrentIndex(m_across->findData(int(CoverageFactor::UserPersona)));
    m_down->setToolTip(tr("The factor whose values make the rows of the heat map"));
    m_across->setToolTip(tr("The factor whose values make the columns of the heat map"));
    auto *downLabel = new QLabel(tr("C&ross:"), this);
    downLabel->setBuddy(m_down);
    auto *acrossLabel = new QLabel(tr("&with:"), this);
    acrossLabel->setBuddy(m_across);
    auto *choice = new QHBoxLayout;
    choice->addWidget(downLabel);
    choice->addWidget(m_down);
    choice->addWidget(acrossLabel);
    choice->addWidget(m_across);
    choice->addStretch(1);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("crossingTable"));
    m_table->setModel(m_crossing);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *crossingBox = new QWidget(this);
    auto *crossingLayout = new QVBoxLayout(crossingBox);
    crossingLayout->setContentsMargins(0, 0, 0, 0);
    crossingLayout->addLayout(choice);
    crossingLayout->addWidget(m_table, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(splitterName);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(crossingBox);
    m_splitter->restoreState(UiSettings::splitterState(splitterName));
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { UiSettings::setSplitterState(splitterName, m_splitter->saveState()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);

    connect(m_down, &QComboBox::currentIndexChanged, this, &CoverageView::updateCrossing);
    connect(m_across, &QComboBox::currentIndexChanged, this, &CoverageView::updateCrossing);
    connect(&m_session, &ProjectSession::designChanged, this, [this] {
        if (m_session.design().quality.hideDuplicates != m_withoutDuplicates)
            refresh();
        else
            rebuild();
    });
    m_watch.setInterval(watchIntervalMs);
    connect(&m_watch, &QTimer::timeout, this, &CoverageView::checkForChanges);
    m_watch.start();
    m_summary->setText(tr("Counting the samples…"));
    refresh();
}

CoverageView::~CoverageView() = default;

void CoverageView::checkForChanges()
{
    if (m_loading)
        return;
    QString error;
    const auto stamp = Store::DatasetQuery(m_session.file().database()).stamp(&error);
    if (stamp && stamp != m_stamp)
        refresh();
}

void CoverageView::refresh()
{
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    m_again = false;
    // Taken before the read, so that a write during it is read the next time.
    QString stampError;
    m_stamp = Store::DatasetQuery(m_session.file().database()).stamp(&stampError);
    struct Read {
        std::optional<QList<CoverageRow>> rows;
        QString error;
    };
    // What the dataset hides is not counted: the duplicates of other samples, when it hides them.
    m_withoutDuplicates = m_session.design().quality.hideDuplicates;
    QtConcurrent::run([path = m_session.file().path(), withoutDuplicates = m_withoutDuplicates] {
        Read read;
        WorkerConnection connection(path);
        if (!connection.isOpen())
            read.error = connection.errorText();
        else
            read.rows = readCoverage(connection.database(), withoutDuplicates, &read.error);
        return read;
    }).then(this, [this](const Read &read) {
        m_loading = false;
        if (read.rows) {
            m_rows = *read.rows;
            rebuild();
        } else {
            m_summary->setText(tr("Cannot count the samples: %1").arg(read.error));
        }
        Q_EMIT refreshed();
        if (m_again)
            refresh();
    });
}

void CoverageView::rebuild()
{
    // What the user opened stays open: by factor and value.
    QSet<QString> expanded;
    // A row by its factor (the root's row) and value.
    const auto key = [](QModelIndex index) -> QString {
        const QString value = index.data(CoverageModel::KeyRole).toString();
        while (index.parent().isValid())
            index = index.parent();
        return QString::number(index.row()) + u'\x1f' + value;
    };
    const std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (m_tree->isExpanded(index))
                expanded.insert(key(index));
            collect(index);
        }
    };
    const bool first = m_model->rowCount() == 0;
    collect({});
    CoverageTree tree = buildCoverage(m_session.design(), m_rows);
    const qint64 samples = tree.samples;
    int under = 0;
    for (const CoverageNode &n : std::as_const(tree.nodes))
        under += n.underRepresented() ? 1 : 0;
    m_model->setTree(std::move(tree));
    if (first) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_tree->expand(m_model->index(row, 0));
    } else {
        const std::function<void(const QModelIndex &)> restore = [&](const QModelIndex &parent) {
            for (int row = 0; row < m_model->rowCount(parent); ++row) {
                const QModelIndex index = m_model->index(row, 0, parent);
                if (expanded.contains(key(index)))
                    m_tree->expand(index);
                restore(index);
            }
        };
        restore({});
    }
    const QLocale locale;
    if (samples == 0)
        m_summary->setText(
            tr("No complete samples yet. Start a run (Run ▸ Start): this view fills as samples arrive."));
    else if (under == 0)
        m_summary->setText(tr("%1 complete samples; every value of the design has at least half its planned share.")
                               .arg(locale.toString(samples)));
    else
        m_summary->setText(
            tr("%1 complete samples; %n value(s) have less than half their planned share (tinted).", nullptr, under)
                .arg(locale.toString(samples)));
    updateCrossing();
}

void CoverageView::updateCrossing()
{
    m_crossing->setCrossing(m_session.design(), m_rows, CoverageFactor(m_across->currentData().toInt()),
                            CoverageFactor(m_down->currentData().toInt()));
}

} // namespace Dialogsmith
