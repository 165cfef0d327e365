// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "dataset/datasetmodel.h"

#include "dataset/workerconnection.h"

#include <QApplication>
#include <QFutureWatcher>
#include <QIcon>
#include <QLocale>
#include <QLoggingCategory>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QTimer>
#include <QtConcurrentRun>

Q_LOGGING_CATEGORY(lcDataset, "dialogsmith.ui.dataset")

namespace Dialogsmith {

namespace {

struct IdsResult {
    std::optional<QList<qint64>> ids;
    qint64 total = 0;
    QString error;
    qint64 openNs = 0;
    qint64 idsNs = 0;
    qint64 countNs = 0;
};

Store::DatasetColumn queryColumn(int column)
{
    switch (column) {
    case DatasetModel::StatusColumn:
        return Store::DatasetColumn::State;
    case DatasetModel::TopicColumn:
        return Store::DatasetColumn::Topic;
    case DatasetModel::PersonasColumn:
        return Store::DatasetColumn::UserPersona;
    case DatasetModel::TurnsColumn:
        return Store::DatasetColumn::Turns;
    case DatasetModel::TokensColumn:
        return Store::DatasetColumn::Tokens;
    case DatasetModel::RatingColumn:
        return Store::DatasetColumn::Rating;
    case DatasetModel::JudgeScoreColumn:
        return Store::DatasetColumn::JudgeScore;
    case DatasetModel::UpdatedColumn:
        return Store::DatasetColumn::Updated;
    case DatasetModel::ModeColumn:
        return Store::DatasetColumn::Mode;
    default:
        return Store::DatasetColumn::Id;
    }
}

enum class Status { Running, Failed, Dropped, Generated, Edited, Approved, Rejected };

Status statusOf(const Store::DatasetRow &row)
{
    // Curation's verdict says most once a person gave one; before, where generation is.
    switch (row.review) {
    case Store::Review::Approved:
        return Status::Approved;
    case Store::Review::Rejected:
        return Status::Rejected;
    case Store::Review::Edited:
        return Status::Edited;
    case Store::Review::Generated:
        break;
    }
    switch (row.state) {
    case Store::ConversationState::Running:
        return Status::Running;
    case Store::ConversationState::Failed:
        return Status::Failed;
    case Store::ConversationState::Dropped:
        return Status::Dropped;
    case Store::ConversationState::Complete:
        break;
    }
    return Status::Generated;
}

QString statusText(Status status)
{
    switch (status) {
    case Status::Running:
        return DatasetModel::tr("Running");
    case Status::Failed:
        return DatasetModel::tr("Failed");
    case Status::Dropped:
        return DatasetModel::tr("Dropped");
    case Status::Generated:
        return DatasetModel::tr("Generated");
    case Status::Edited:
        return DatasetModel::tr("Edited");
    case Status::Approved:
        return DatasetModel::tr("Approved");
    case Status::Rejected:
        return DatasetModel::tr("Rejected");
    }
    return {};
}

QIcon statusIcon(Status status)
{
    // A dot in the status's colour; a ring for a failure (something went wrong, nobody judged it).
    static QHash<int, QIcon> icons;
    if (auto it = icons.constFind(int(status)); it != icons.cend())
        return *it;
    QColor color;
    switch (status) {
    case Status::Running:
        color = QColor(0x2e, 0x86, 0xc1);
        break;
    case Status::Failed:
    case Status::Rejected:
        color = QColor(0xc0, 0x39, 0x2b);
        break;
    case Status::Generated:
    case Status::Dropped:
        color = QColor(0x95, 0xa5, 0xa6);
        break;
    case Status::Edited:
        color = QColor(0xd6, 0x89, 0x10);
        break;
    case Status::Approved:
        color = QColor(0x27, 0xae, 0x60);
        break;
    }
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal inset = size * 0.25;
        const QRectF dot(inset, inset, size - 2 * inset, size - 2 * inset);
        if (status == Status::Failed || status == Status::Dropped) {
            painter.setPen(QPen(color, size / 8.0));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(dot.adjusted(size / 16.0, size / 16.0, -size / 16.0, -size / 16.0));
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            painter.drawEllipse(dot);
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    icons.insert(int(status), icon);
    return icon;
}

QString stars(int rating)
{
    const int filled = std::clamp(rating, 0, 5);
    return QString(filled, QChar(0x2605)) + QString(5 - filled, QChar(0x2606));
}

} // namespace

QString DatasetModel::modeTitle(const QString &mode)
{
    if (mode == QLatin1StringView("conversation"))
        return tr("Conversation");
    if (mode == QLatin1StringView("instruction"))
        return tr("Instruction");
    if (mode == QLatin1StringView("evol"))
        return tr("Evol-Instruct");
    if (mode == QLatin1StringView("knowledge-qa"))
        return tr("Knowledge Q&A");
    if (mode == QLatin1StringView("preference"))
        return tr("Preference");
    if (mode == QLatin1StringView("embedding"))
        return tr("Embedding");
    return mode;
}

QString DatasetModel::ruleTitle(const QString &rule)
{
    if (rule == QLatin1StringView("refusal"))
        return tr("Refusals and boilerplate");
    if (rule == QLatin1StringView("truncated"))
        return tr("Empty or truncated");
    if (rule == QLatin1StringView("wrong-language"))
        return tr("Wrong language");
    if (rule == QLatin1StringView("too-short"))
        return tr("Too short");
    if (rule == QLatin1StringView("too-long"))
        return tr("Too long");
    return rule;
}

namespace {

// What a rule found, as the user reads it.
QString hitDetail(const QString &rule, const QString &detail)
{
    const QLocale locale;
    if (rule == QLatin1StringView("truncated")) {
        const QString kind = detail.section(u':', 0, 0);
        const int message = detail.section(u':', 1, 1).toInt();
        if (kind == QLatin1StringView("empty"))
            return DatasetModel::tr("message %1 is empty").arg(message);
        if (kind == QLatin1StringView("length"))
            return DatasetModel::tr("message %1 stopped at the token limit").arg(message);
        return DatasetModel::tr("no messages");
    }
    if (rule == QLatin1StringView("too-short") || rule == QLatin1StringView("too-long"))
        return DatasetModel::tr("%Ln character(s)", nullptr, detail.toInt());
    if (rule == QLatin1StringView("wrong-language")) {
        QStringList names;
        for (const QString &code : detail.split(u' ', Qt::SkipEmptyParts)) {
            const QLocale::Language language = QLocale::codeToLanguage(code);
            names.append(language == QLocale::AnyLanguage ? code : QLocale::languageToString(language));
        }
        return names.join(QStringLiteral(", "));
    }
    return u'"' + detail + u'"';
}

} // namespace

QStringList DatasetModel::removedReasons(const Store::DatasetRow &row) const
{
    const Store::QualityFilter &quality = m_filter.quality;
    QStringList reasons;
    for (const auto &[rule, detail] : row.hits) {
        if (quality.rules.contains(rule))
            reasons.append(ruleTitle(rule));
    }
    if (quality.minJudgeScore && row.judgeScore) {
        // A score on another rubric counts in proportion to its scale, as DatasetQuery compares it.
        const std::pair<double, double> scale = quality.rubricScales.contains(row.judgeRubric)
            ? quality.rubricScales.value(row.judgeRubric)
            : std::pair<double, double>(quality.scaleMin, quality.scaleMax);
        const double span = scale.second - scale.first;
        const double ownSpan = quality.scaleMax - quality.scaleMin;
        const double fraction = span > 0 ? (*row.judgeScore - scale.first) / span : 0;
        const double threshold = ownSpan > 0 ? (*quality.minJudgeScore - quality.scaleMin) / ownSpan : 0;
        if (fraction < threshold - 1e-9)
            reasons.append(tr("Judged below %1").arg(QLocale().toString(*quality.minJudgeScore)));
    }
    if (quality.hideDuplicates && row.duplicateOf)
        reasons.append(tr("Duplicate of #%1").arg(*row.duplicateOf));
    return reasons;
}

DatasetModel::DatasetModel(QSqlDatabase db, QString path, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_path(std::move(path))
    , m_watch(new QTimer(this))
{
    m_watch->setInterval(1000);
    connect(m_watch, &QTimer::timeout, this, &DatasetModel::checkForChanges);
}

DatasetModel::~DatasetModel() = default;

int DatasetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int DatasetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int DatasetModel::rowOf(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

qsizetype DatasetModel::cachedRows() const
{
    qsizetype n = 0;
    for (const Page &page : std::as_const(m_pages))
        n += page.rows.size();
    return n;
}

const Store::DatasetRow *DatasetModel::row(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int number = row / pageSize;
    auto it = m_pages.find(number);
    if (it == m_pages.end()) {
        if (m_pages.size() >= maxPages) {
            auto oldest = m_pages.begin();
            for (auto p = m_pages.begin(); p != m_pages.end(); ++p) {
                if (p->lastUse < oldest->lastUse)
                    oldest = p;
            }
            m_pages.erase(oldest);
        }
        const qsizetype from = qsizetype(number) * pageSize;
        const QList<qint64> ids = m_ids.mid(from, pageSize);
        QString error;
        const auto rows = Store::DatasetQuery(m_db).rows(ids, &error);
        Page page;
        page.rows.resize(ids.size());
        if (rows) {
            qsizetype at = 0;
            for (const Store::DatasetRow &r : *rows) {
                // rows() keeps the order of `ids` and leaves out the ones gone since.
                while (at < ids.size() && ids[at] != r.id)
                    ++at;
                if (at < ids.size())
                    page.rows[at++] = r;
            }
        } else if (!m_reportedRowError) {
            m_reportedRowError = true;
            QMetaObject::invokeMethod(
                const_cast<DatasetModel *>(this),
                [this, error] { Q_EMIT const_cast<DatasetModel *>(this)->readFailed(error); }, Qt::QueuedConnection);
        }
        it = m_pages.insert(number, std::move(page));
    }
    it->lastUse = ++m_useClock;
    const Store::DatasetRow &r = it->rows.at(row - qsizetype(number) * pageSize);
    return r.id ? &r : nullptr;
}

QVariant DatasetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return m_ids.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case IdColumn:
        case TurnsColumn:
        case TokensColumn:
        case JudgeScoreColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::DecorationRole && role != Qt::ForegroundRole)
        return {};

    const Store::DatasetRow *r = row(index.row());
    if (!r) {
        // Gone since the ids were read; the next read drops it.
        if (role == Qt::DisplayRole && index.column() == IdColumn)
            return QString::number(m_ids.at(index.row()));
        if (role == Qt::DisplayRole && index.column() == StatusColumn)
            return tr("Deleted");
        return {};
    }
    const QLocale locale;
    const Status status = statusOf(*r);
    if (role == Qt::ForegroundRole) {
        if (status == Status::Rejected || (m_filter.showRemoved && !removedReasons(*r).isEmpty()))
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    }
    if (role == Qt::DecorationRole)
        return index.column() == StatusColumn ? QVariant(statusIcon(status)) : QVariant();

    const bool tip = role == Qt::ToolTipRole;
    switch (index.column()) {
    case IdColumn:
        return tip ? tr("Conversation %1 of run %2").arg(r->id).arg(r->runId) : QString::number(r->id);
    case StatusColumn:
        if (!tip)
            return statusText(status);
        if (r->state == Store::ConversationState::Failed)
            return r->failure.isEmpty() ? tr("Generation failed.") : tr("Generation failed: %1").arg(r->failure);
        if (r->state == Store::ConversationState::Dropped)
            return r->failure.isEmpty() ? tr("Dropped by a rule of its mode.") : tr("Dropped: %1").arg(r->failure);
        if (r->state == Store::ConversationState::Running)
            return tr("Still being generated, or waiting for the run to resume.");
        return {};
    case TopicColumn:
        return r->topicPath;
    case PersonasColumn:
        return tip ? tr("User: %1\nAssistant: %2").arg(r->userPersona, r->assistantPersona)
                   : tr("%1 → %2").arg(r->userPersona, r->assistantPersona);
    case TurnsColumn:
        return tip ? QVariant() : QVariant(locale.toString(r->messages));
    case TokensColumn:
        return tip ? QVariant() : QVariant(locale.toString(r->tokens));
    case RatingColumn:
        if (!r->rating)
            return tip ? QVariant(tr("Not rated")) : QVariant();
        return tip ? tr("Rated %1 of 5").arg(*r->rating) : stars(*r->rating);
    case JudgeScoreColumn:
        if (!r->judgeScore)
            return tip ? QVariant(tr("Not judged")) : QVariant();
        return tip ? QVariant() : QVariant(locale.toString(*r->judgeScore, 'g', 3));
    case ModeColumn:
        return tip ? QVariant() : QVariant(modeTitle(r->mode));
    case QualityColumn: {
        const QStringList reasons = removedReasons(*r);
        if (!tip) {
            if (!reasons.isEmpty())
                return reasons.join(QStringLiteral(" · "));
            // Not left out, but a repeat all the same (duplicates shown).
            return r->duplicateOf ? QVariant(tr("Duplicate of #%1").arg(*r->duplicateOf)) : QVariant();
        }
        QStringList lines;
        for (const auto &[rule, detail] : r->hits) {
            lines.append(tr("%1: %2%3")
                             .arg(ruleTitle(rule), hitDetail(rule, detail),
                                  m_filter.quality.rules.contains(rule) ? QString() : tr(" (rule switched off)")));
        }
        if (r->duplicateOf) {
            lines.append(r->similarity && r->duplicateKind != QLatin1StringView("exact")
                             ? tr("Near duplicate of #%1 (similarity %2)")
                                   .arg(*r->duplicateOf)
                                   .arg(locale.toString(*r->similarity, 'f', 2))
                             : tr("Exact duplicate of #%1").arg(*r->duplicateOf));
        }
        return lines.isEmpty() ? QVariant(tr("No filter rule catches it")) : QVariant(lines.join(u'\n'));
    }
    case UpdatedColumn: {
        // Today's by the time, older ones by the day; the tooltip has both.
        const QDateTime local = r->updatedAt.toLocalTime();
        if (tip)
            return locale.toString(local, QLocale::LongFormat);
        return local.date() == QDate::currentDate() ? locale.toString(local.time(), QLocale::ShortFormat)
                                                    : locale.toString(local.date(), QLocale::ShortFormat);
    }
    default:
        return {};
    }
}

QVariant DatasetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn:
            return tr("#");
        case StatusColumn:
            return tr("Status");
        case TopicColumn:
            return tr("Topic");
        case PersonasColumn:
            return tr("Personas");
        case TurnsColumn:
            return tr("Turns");
        case TokensColumn:
            return tr("Tokens");
        case RatingColumn:
            return tr("Rating");
        case JudgeScoreColumn:
            return tr("Judge");
        case ModeColumn:
            return tr("Mode");
        case QualityColumn:
            return tr("Quality");
        case UpdatedColumn:
            return tr("Updated");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case IdColumn:
            return tr("The conversation's number in the project");
        case StatusColumn:
            return tr("Generation (running, failed) or, once complete, curation (generated, edited, approved, "
                      "rejected)");
        case PersonasColumn:
            return tr("The simulated user → the assistant");
        case TurnsColumn:
            return tr("Messages in the conversation");
        case TokensColumn:
            return tr("Tokens of the conversation's messages, as the models counted them when writing them");
        case RatingColumn:
            return tr("A reviewer's rating, 1 to 5");
        case JudgeScoreColumn:
            return tr("The judge model's score");
        case ModeColumn:
            return tr("The kind of sample: conversation, instruction, Evol-Instruct, knowledge Q&A, preference, "
                      "embedding");
        case QualityColumn:
            return tr("What the quality settings leave out the sample for (filter rules, judge threshold, "
                      "duplicates)");
        case UpdatedColumn:
            return tr("When the conversation last changed");
        default:
            return {};
        }
    }
    if (role == Qt::InitialSortOrderRole) {
        // The largest numbers and the latest changes are what one looks for first.
        const bool number = section == TurnsColumn || section == TokensColumn || section == RatingColumn
            || section == JudgeScoreColumn || section == UpdatedColumn;
        return number ? Qt::DescendingOrder : Qt::AscendingOrder;
    }
    if (role == Qt::TextAlignmentRole) {
        if (section == IdColumn || section == TurnsColumn || section == TokensColumn || section == JudgeScoreColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags DatasetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

void DatasetModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder && m_loaded)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

void DatasetModel::setFilter(const Store::DatasetFilter &filter)
{
    m_filter = filter;
    refresh();
}

void DatasetModel::setWatchedBy(const QObject *watcher, bool watching)
{
    if (watching)
        m_watchers.insert(watcher);
    else
        m_watchers.remove(watcher);
    if (!m_watchers.isEmpty() && !m_watch->isActive()) {
        m_watch->start();
        checkForChanges();
    } else if (m_watchers.isEmpty()) {
        m_watch->stop();
    }
}

void DatasetModel::checkForChanges()
{
    if (m_loading)
        return;
    QString error;
    const auto stamp = Store::DatasetQuery(m_db).stamp(&error);
    if (!stamp || stamp != m_stamp)
        refresh();
}

void DatasetModel::refresh()
{
    // Several changes in one go (a sort and a filter as the view is set up) make one read.
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
    if (m_readQueued)
        return;
    m_readQueued = true;
    QTimer::singleShot(0, this, &DatasetModel::startRead);
}

void DatasetModel::startRead()
{
    m_readQueued = false;
    const quint64 generation = ++m_generation;
    // Taken before the read, so that a write during it is noticed by the next check.
    QString stampError;
    m_stamp = Store::DatasetQuery(m_db).stamp(&stampError);
    m_queryTime.start();
    auto future = QtConcurrent::run([path = m_path, filter = m_filter, column = queryColumn(m_sortColumn),
                                     order = m_sortOrder] {
        IdsResult result;
        QElapsedTimer timer;
        timer.start();
        // A search first adds the turns written since the last one to the full-text index
        // (DatasetQuery::indexPendingTurns): that writes. SQLite opens a read-only file for reading all
        // the same, and the search then runs on the index as it is.
        WorkerConnection connection(
            path, filter.search.isEmpty() ? WorkerConnection::Access::ReadOnly : WorkerConnection::Access::ReadWrite);
        result.openNs = timer.nsecsElapsed();
        if (!connection.isOpen()) {
            result.error = tr("Cannot read %1: %2").arg(path, connection.errorText());
            return result;
        }
        const Store::DatasetQuery query(connection.database());
        result.ids = query.ids(filter, column, order, &result.error);
        result.idsNs = timer.nsecsElapsed();
        if (result.ids) {
            const auto total = query.count(&result.error);
            result.countNs = timer.nsecsElapsed();
            if (total)
                result.total = *total;
            else
                result.ids.reset();
        }
        return result;
    });
    future.then(this, [this, generation](const IdsResult &result) {
        if (generation != m_generation || m_readQueued)
            return; // a newer read is under way
        // A project that changes all the time (a run) is read again at most every few query times.
        m_watch->setInterval(int(std::clamp<qint64>(m_queryTime.elapsed() * 5, 1000, 10000)));
        m_loading = false;
        if (result.ids) {
            m_loaded = true;
            m_reportedRowError = false;
            QElapsedTimer applying;
            applying.start();
            apply(*result.ids, result.total);
            qCDebug(lcDataset,
                    "read %lld of %lld ids in %.1f ms (connection %.1f, ids %.1f, count %.1f, applied in %.1f)",
                    qlonglong(m_ids.size()), m_total, double(m_queryTime.nsecsElapsed()) / 1e6,
                    double(result.openNs) / 1e6, double(result.idsNs - result.openNs) / 1e6,
                    double(result.countNs - result.idsNs) / 1e6, double(applying.nsecsElapsed()) / 1e6);
        } else {
            Q_EMIT readFailed(result.error);
        }
        Q_EMIT loadingChanged(false);
        if (result.ids)
            Q_EMIT loaded();
    });
}

void DatasetModel::reloadRows()
{
    m_pages.clear();
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
}

void DatasetModel::apply(QList<qint64> ids, qint64 total)
{
    m_total = total;
    if (ids == m_ids) {
        reloadRows();
        return;
    }
    // New conversations at the end (a run, the default order) keep the view where it is.
    if (ids.size() > m_ids.size() && !m_ids.isEmpty() && std::equal(m_ids.cbegin(), m_ids.cend(), ids.cbegin())) {
        const int first = int(m_ids.size());
        beginInsertRows({}, first, int(ids.size()) - 1);
        m_ids = std::move(ids);
        m_pages.clear();
        endInsertRows();
        Q_EMIT dataChanged(index(0, 0), index(first - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_ids = std::move(ids);
    m_pages.clear();
    endResetModel();
}

} // namespace Dialogsmith
