// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "dataset/exportdialog.h"

#include "dataset/datasetmodel.h"
#include "dataset/workerconnection.h"
#include "design/design.h"
#include "dialogs/userdialogs.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "quality/filters.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrentRun>

#include <climits>

namespace Dialogsmith {

namespace {

constexpr int previewRecords = 5;

qint64 selectedCount(const QSqlDatabase &db, bool approvedOnly)
{
    Export::ExportOptions options;
    options.approvedOnly = approvedOnly;
    QString error;
    const auto count = Export::Exporter(db, options).count(&error);
    return count ? count->selected : 0;
}

} // namespace

ExportDialog::ExportDialog(ProjectSession &session, UserDialogs &dialogs, Export::Format format,
                           const QList<qint64> &selection, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_dialogs(dialogs)
    , m_selection(selection)
    , m_designFilter(Store::QualityFilter::fromDesign(session.design().quality))
{
    const QSqlDatabase db = session.file().database();
    const qint64 approved = selectedCount(db, true);
    const qint64 all = selectedCount(db, false);

    QWidget *formatRow = makeFormatRow();
    auto *optionsColumn = new QWidget(this);
    auto *optionsLayout = new QVBoxLayout(optionsColumn);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    optionsLayout->addWidget(makeSamplesBox(approved, all));
    optionsLayout->addWidget(makeLeaveOutBox());
    optionsLayout->addWidget(makeRecordsBox());
    optionsLayout->addWidget(makeFilesBox());
    optionsLayout->addStretch(1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(optionsColumn);
    splitter->addWidget(makePreviewPane());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setFormat(tr("%v of %m"));
    m_progress->hide();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (all == 0 && m_selection.isEmpty())
        m_status->setText(tr("The project has no complete sample to export yet."));

    m_buttons = new QDialogButtonBox(this);
    m_export = m_buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("exportCloseButton"));
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::chooseDestination);
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(formatRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(&m_watcher, &QFutureWatcher<Outcome>::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ExportDialog::finished);

    // Options change in bursts (typing a seed, spinning the ratio): the counts and the preview follow once
    // the burst is over.
    m_updateTimer.setSingleShot(true);
    m_updateTimer.setInterval(150);
    connect(&m_updateTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);

    m_format->setCurrentIndex(std::max(0, int(Export::allFormats().indexOf(format))));
    formatChosen();
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChosen);

    if (!session.file().isReadOnly() && !m_designFilter.rules.isEmpty()) {
        // Samples written or edited since the dataset view last checked them are checked now, in the
        // background; the counts follow.
        m_checking = true;
        QtConcurrent::run([project = session.file().path(),
                           inputs = Quality::FilterInputs::fromDesign(session.design())] {
            WorkerConnection connection(project, WorkerConnection::Access::ReadWrite);
            QString error;
            if (connection.isOpen())
                Quality::FilterChecker(connection.database()).update(inputs, {}, &error);
        }).then(this, [this] {
            m_checking = false;
            updatePreview();
        });
    }
    updatePreview();

    const int em = fontMetrics().averageCharWidth();
    resize(em * 150, fontMetrics().height() * 44);
}

ExportDialog::~ExportDialog()
{
    // The worker has its own connection and writes only through QSaveFile: told to stop, it stops at its
    // next progress report and leaves no file.
    if (m_exporting)
        m_watcher.future().cancel();
}

QWidget *ExportDialog::makeFormatRow()
{
    auto *row = new QWidget(this);
    m_format = new QComboBox(row);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (const Export::Format f : Export::allFormats())
        m_format->addItem(Export::formatDisplayName(f), int(f));
    m_format->setToolTip(tr("The format trainers read: each writes the samples of the kinds it takes"));
    m_description = new QLabel(row);
    m_description->setObjectName(QStringLiteral("exportDescription"));
    m_description->setWordWrap(true);
    auto *label = new QLabel(tr("&Format:"), row);
    label->setBuddy(m_format);
    auto *layout = new QGridLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label, 0, 0);
    layout->addWidget(m_format, 0, 1);
    layout->addWidget(m_description, 1, 1);
    layout->setColumnStretch(1, 1);
    m_inputs.append(m_format);
    return row;
}

QGroupBox *ExportDialog::makeSamplesBox(qint64 approved, qint64 all)
{
    auto *box = new QGroupBox(tr("Samples"), this);
    m_approvedOnly = new QRadioButton(tr("&Approved only (%Ln)", nullptr, int(approved)), box);
    m_approvedOnly->setObjectName(QStringLiteral("exportApprovedOnly"));
    m_approvedOnly->setToolTip(tr("The complete samples a reviewer approved"));
    m_all = new QRadioButton(tr("All that are not &rejected (%Ln)", nullptr, int(all)), box);
    m_all->setObjectName(QStringLiteral("exportAll"));
    m_all->setToolTip(tr("Every complete sample except the rejected ones; failed and unfinished samples never "
                         "are exported"));
    m_selected = new QRadioButton(tr("Selected in the &dataset (%Ln)", nullptr, int(m_selection.size())), box);
    m_selected->setObjectName(QStringLiteral("exportSelected"));
    m_selected->setToolTip(m_selection.isEmpty() ? tr("Select samples in the dataset view first")
                                                 : tr("The complete samples selected in the dataset view"));
    m_selected->setEnabled(!m_selection.isEmpty());
    (approved > 0 ? m_approvedOnly : m_all)->setChecked(true);
    auto *layout = new QVBoxLayout(box);
    for (QRadioButton *button : {m_approvedOnly, m_all, m_selected}) {
        layout->addWidget(button);
        connect(button, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                scheduleUpdate();
        });
    }
    m_inputs << m_approvedOnly << m_all;
    return box;
}

QGroupBox *ExportDialog::makeLeaveOutBox()
{
    const Design::QualitySettings &quality = m_session.design().quality;
    auto *box = new QGroupBox(tr("Leave out"), this);
    m_leaveOutFiltered = new QCheckBox(tr("Samples the filter r&ules catch"), box);
    m_leaveOutFiltered->setObjectName(QStringLiteral("exportLeaveOutFiltered"));
    QStringList rules;
    for (const QString &rule : m_designFilter.rules)
        rules.append(DatasetModel::ruleTitle(rule));
    m_leaveOutFiltered->setToolTip(
        rules.isEmpty() ? tr("No filter rule is switched on (the dataset view's Quality bar)")
                        : tr("The rules switched on in the dataset view: %1").arg(rules.join(QStringLiteral(", "))));
    m_leaveOutFiltered->setEnabled(!rules.isEmpty());
    m_leaveOutFiltered->setChecked(!rules.isEmpty());
    m_leaveOutDuplicates = new QCheckBox(tr("D&uplicates (the first of each group stays)"), box);
    m_leaveOutDuplicates->setObjectName(QStringLiteral("exportLeaveOutDuplicates"));
    m_leaveOutDuplicates->setToolTip(tr("Exact and near copies of an earlier sample, as dedup found them"));
    m_leaveOutDuplicates->setChecked(quality.hideDuplicates);
    m_minScore = new QCheckBox(tr("Samples &judged below:"), box);
    m_minScore->setObjectName(QStringLiteral("exportMinScore"));
    m_minScore->setToolTip(tr("A minimum judge score; samples not judged yet are kept"));
    m_minScoreValue = new QDoubleSpinBox(box);
    m_minScoreValue->setObjectName(QStringLiteral("exportMinScoreValue"));
    m_minScoreValue->setRange(m_designFilter.scaleMin, m_designFilter.scaleMax);
    m_minScoreValue->setDecimals(1);
    m_minScoreValue->setSingleStep(0.5);
    m_minScoreValue->setValue(quality.minJudgeScore.value_or(
        m_designFilter.scaleMin + 0.7 * (m_designFilter.scaleMax - m_designFilter.scaleMin)));
    m_minScore->setChecked(quality.minJudgeScore.has_value());
    m_minScoreValue->setEnabled(m_minScore->isChecked());
    connect(m_minScore, &QCheckBox::toggled, m_minScoreValue, &QWidget::setEnabled);
    m_qualityCounts = new QLabel(box);
    m_qualityCounts->setObjectName(QStringLiteral("exportQualityCounts"));
    m_qualityCounts->setWordWrap(true);

    auto *scoreRow = new QHBoxLayout;
    scoreRow->addWidget(m_minScore);
    scoreRow->addWidget(m_minScoreValue);
    scoreRow->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_leaveOutFiltered);
    layout->addWidget(m_leaveOutDuplicates);
    layout->addLayout(scoreRow);
    layout->addWidget(m_qualityCounts);
    for (QCheckBox *check : {m_leaveOutFiltered, m_leaveOutDuplicates, m_minScore})
        connect(check, &QCheckBox::toggled, this, &ExportDialog::scheduleUpdate);
    connect(m_minScoreValue, &QDoubleSpinBox::valueChanged, this, &ExportDialog::scheduleUpdate);
    m_inputs << m_leaveOutDuplicates << m_minScore << m_minScoreValue;
    return box;
}

QGroupBox *ExportDialog::makeRecordsBox()
{
    auto *box = new QGroupBox(tr("Records"), this);
    m_includeSystem = new QCheckBox(tr("Include the &system prompt"), box);
    m_includeSystem->setObjectName(QStringLiteral("exportIncludeSystem"));
    m_includeSystem->setToolTip(tr("Starts each record with the system prompt its first answer was written under"));
    m_includeSystem->setChecked(true);
    m_includeMetadata = new QCheckBox(tr("Include &metadata"), box);
    m_includeMetadata->setObjectName(QStringLiteral("exportIncludeMetadata"));
    m_includeMetadata->setToolTip(tr("Adds a \"metadata\" object to each record (CSV: columns): topic, personas, "
                                     "scenario, structure, document, judge score, the run and the models that wrote "
                                     "it"));
    m_pairs = new QComboBox(box);
    m_pairs->setObjectName(QStringLiteral("exportPairs"));
    m_pairs->addItem(tr("One per rejected response"), int(Export::PreferencePairs::EachRejected));
    m_pairs->addItem(tr("Best against worst only"), int(Export::PreferencePairs::BestVsWorst));
    m_pairs->setToolTip(tr("Which pairs a preference sample gives: the chosen answer against each response the "
                           "judge ranked lower, or only against the lowest"));
    m_negatives = new QComboBox(box);
    m_negatives->setObjectName(QStringLiteral("exportNegatives"));
    m_negatives->addItem(tr("All, hard ones first"), int(Export::Negatives::All));
    m_negatives->addItem(tr("Hard negatives only"), int(Export::Negatives::HardOnly));
    m_negatives->setToolTip(tr("One triplet per negative: the verified hard negatives from related chunks, and the "
                               "easy ones from other documents"));
    auto *layout = new QFormLayout(box);
    layout->addRow(m_includeSystem);
    layout->addRow(m_includeMetadata);
    m_pairsLabel = new QLabel(tr("&Pairs:"), box);
    m_pairsLabel->setBuddy(m_pairs);
    layout->addRow(m_pairsLabel, m_pairs);
    m_negativesLabel = new QLabel(tr("&Negatives:"), box);
    m_negativesLabel->setBuddy(m_negatives);
    layout->addRow(m_negativesLabel, m_negatives);
    for (QCheckBox *check : {m_includeSystem, m_includeMetadata})
        connect(check, &QCheckBox::toggled, this, &ExportDialog::scheduleUpdate);
    for (QComboBox *combo : {m_pairs, m_negatives})
        connect(combo, &QComboBox::currentIndexChanged, this, &ExportDialog::scheduleUpdate);
    m_inputs << m_includeSystem << m_includeMetadata << m_pairs << m_negatives;
    return box;
}

QGroupBox *ExportDialog::makeFilesBox()
{
    auto *box = new QGroupBox(tr("Files"), this);
    m_shuffle = new QCheckBox(tr("S&huffle"), box);
    m_shuffle->setObjectName(QStringLiteral("exportShuffle"));
    m_shuffle->setToolTip(tr("Writes the records in a random order; the same seed gives the same order"));
    m_split = new QCheckBox(tr("S&plit into train and validation:"), box);
    m_split->setObjectName(QStringLiteral("exportSplit"));
    m_split->setToolTip(tr("Draws a share of the samples at random (with the seed) into validation.jsonl; every "
                           "record of a sample goes to the same file"));
    m_trainPercent = new QSpinBox(box);
    m_trainPercent->setObjectName(QStringLiteral("exportTrainPercent"));
    m_trainPercent->setRange(1, 99);
    m_trainPercent->setValue(90);
    m_trainPercent->setSuffix(tr(" % train"));
    m_stratify = new QCheckBox(tr("Stratified &by topic"), box);
    m_stratify->setObjectName(QStringLiteral("exportStratify"));
    m_stratify->setToolTip(tr("Draws the validation share from each topic, so both files cover every topic"));
    m_seed = new QSpinBox(box);
    m_seed->setObjectName(QStringLiteral("exportSeed"));
    m_seed->setRange(0, INT_MAX);
    m_seed->setValue(1);
    m_seed->setToolTip(tr("The random seed of the shuffle and the split"));
    m_card = new QCheckBox(tr("Write a dataset &card (README.md)"), box);
    m_card->setObjectName(QStringLiteral("exportCard"));
    m_card->setToolTip(tr("A README.md as the Hugging Face Hub reads it: licence, task, languages, files and "
                          "splits, and how the data was made (models, settings, counts, filters)"));
    m_license = new QComboBox(box);
    m_license->setObjectName(QStringLiteral("exportLicense"));
    m_license->setEditable(true);
    m_license->addItems({QStringLiteral("other"), QStringLiteral("apache-2.0"), QStringLiteral("mit"),
                         QStringLiteral("cc-by-4.0"), QStringLiteral("cc-by-sa-4.0"), QStringLiteral("cc0-1.0"),
                         QStringLiteral("odc-by")});
    m_license->setToolTip(tr("The licence id the Hub knows; check the terms of the models that wrote the data"));
    m_languages = new QLineEdit(QStringLiteral("en"), box);
    m_languages->setObjectName(QStringLiteral("exportLanguages"));
    m_languages->setToolTip(tr("The languages of the data, as ISO 639-1 codes separated by spaces or commas"));

    auto *splitRow = new QHBoxLayout;
    splitRow->addWidget(m_split);
    splitRow->addWidget(m_trainPercent);
    splitRow->addStretch(1);
    auto *folderNote = new QLabel(tr("With a split or a card, the export is a folder."), box);
    folderNote->setWordWrap(true);
    folderNote->setEnabled(false);
    auto *layout = new QFormLayout(box);
    layout->addRow(m_shuffle);
    layout->addRow(splitRow);
    layout->addRow(QString(), m_stratify);
    auto *seedLabel = new QLabel(tr("S&eed:"), box);
    seedLabel->setBuddy(m_seed);
    layout->addRow(seedLabel, m_seed);
    layout->addRow(m_card);
    auto *licenseLabel = new QLabel(tr("&Licence:"), box);
    licenseLabel->setBuddy(m_license);
    layout->addRow(licenseLabel, m_license);
    auto *languagesLabel = new QLabel(tr("Lan&guages:"), box);
    languagesLabel->setBuddy(m_languages);
    layout->addRow(languagesLabel, m_languages);
    layout->addRow(folderNote);

    const auto enable = [this] {
        m_trainPercent->setEnabled(m_split->isChecked() && !m_exporting);
        m_stratify->setEnabled(m_split->isChecked() && !m_exporting);
        m_seed->setEnabled((m_split->isChecked() || m_shuffle->isChecked()) && !m_exporting);
        m_license->setEnabled(m_card->isChecked() && !m_exporting);
        m_languages->setEnabled(m_card->isChecked() && !m_exporting);
    };
    for (QCheckBox *check : {m_shuffle, m_split, m_stratify, m_card}) {
        connect(check, &QCheckBox::toggled, this, enable);
        connect(check, &QCheckBox::toggled, this, &ExportDialog::scheduleUpdate);
    }
    connect(m_trainPercent, &QSpinBox::valueChanged, this, &ExportDialog::scheduleUpdate);
    connect(m_seed, &QSpinBox::valueChanged, this, &ExportDialog::scheduleUpdate);
    enable();
    m_inputs << m_shuffle << m_split << m_card;
    return box;
}

QWidget *ExportDialog::makePreviewPane()
{
    auto *pane = new QWidget(this);
    auto *title = new QLabel(tr("Preview of the first records"), pane);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_summary = new QLabel(pane);
    m_summary->setObjectName(QStringLiteral("exportSummary"));
    m_summary->setWordWrap(true);
    m_preview = new QPlainTextEdit(pane);
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_preview->setPlaceholderText(tr("Nothing to write with these options."));
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    return pane;
}

void ExportDialog::formatChosen()
{
    const auto format = Export::Format(m_format->currentData().toInt());
    setWindowTitle(tr("Export as %1").arg(Export::formatDisplayName(format)));
    m_description->setText(Export::formatSummary(format));
    const bool dpo = format == Export::Format::Dpo || format == Export::Format::DpoText;
    const bool triplets = format == Export::Format::Triplets;
    m_pairsLabel->setVisible(dpo);
    m_pairs->setVisible(dpo);
    m_negativesLabel->setVisible(triplets);
    m_negatives->setVisible(triplets);
    // Triplets have no system prompt.
    m_includeSystem->setVisible(!triplets);
    scheduleUpdate();
}

Store::QualityFilter ExportDialog::qualityFilter() const
{
    Store::QualityFilter filter = m_designFilter;
    if (!m_leaveOutFiltered->isChecked())
        filter.rules.clear();
    filter.hideDuplicates = m_leaveOutDuplicates->isChecked();
    filter.minJudgeScore = m_minScore->isChecked() ? std::optional<double>(m_minScoreValue->value()) : std::nullopt;
    return filter;
}

Export::ExportOptions ExportDialog::options() const
{
    Export::ExportOptions options;
    options.format = Export::Format(m_format->currentData().toInt());
    if (m_selected->isChecked())
        options.ids = m_selection;
    options.approvedOnly = m_approvedOnly->isChecked();
    options.includeSystem = m_includeSystem->isChecked();
    options.includeMetadata = m_includeMetadata->isChecked();
    const Store::QualityFilter filter = qualityFilter();
    if (!filter.isEmpty())
        options.quality = filter;
    options.preferencePairs = Export::PreferencePairs(m_pairs->currentData().toInt());
    options.negatives = Export::Negatives(m_negatives->currentData().toInt());
    options.shuffle = m_shuffle->isChecked();
    options.seed = quint64(m_seed->value());
    if (m_split->isChecked())
        options.split = Export::SplitOptions {m_trainPercent->value() / 100.0, m_stratify->isChecked()};
    if (m_card->isChecked()) {
        Export::CardOptions card;
        card.license = m_license->currentText().trimmed().toLower();
        if (card.license.isEmpty())
            card.license = QStringLiteral("other");
        static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
        card.languages = m_languages->text().split(separators, Qt::SkipEmptyParts);
        card.prettyName = m_session.design().name;
        options.card = card;
    }
    return options;
}

void ExportDialog::scheduleUpdate()
{
    m_updateTimer.start();
}

void ExportDialog::updatePreview()
{
    const int generation = ++m_generation;
    QtConcurrent::run([project = m_session.file().path(), options = options(), generation] {
        Preview preview;
        preview.generation = generation;
        WorkerConnection connection(project);
        if (!connection.isOpen()) {
            preview.error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(project), connection.errorText());
            return preview;
        }
        const Export::Exporter exporter(connection.database(), options);
        preview.count = exporter.count(&preview.error);
        if (preview.count)
            preview.preview = exporter.preview(previewRecords, &preview.error);
        return preview;
    }).then(this, [this](const Preview &preview) {
        if (preview.generation == m_generation)
            showPreview(preview);
    });
}

void ExportDialog::showPreview(const Preview &preview)
{
    const QLocale locale;
    if (!preview.count || !preview.preview) {
        m_summary->setText(preview.error);
        m_preview->clear();
        Q_EMIT previewUpdated();
        return;
    }
    const Export::ExportCount &count = *preview.count;
    const Export::ExportOptions current = options();

    // What the leave-out options catch.
    const Store::QualityFilter filter = qualityFilter();
    if (!count.quality || filter.isEmpty()) {
        m_qualityCounts->setText(tr("Nothing is left out but rejected, failed and unfinished samples."));
    } else if (count.quality->removed == 0) {
        m_qualityCounts->setText(tr("None of the selected samples is caught."));
    } else {
        QString text = tr("Leaves out %Ln sample(s): %1.", nullptr, int(count.quality->removed))
                           .arg(leftOutText(filter, *count.quality));
        if (count.quality->unjudged > 0 && filter.minJudgeScore)
            text += u' ' + tr("%Ln not judged yet (kept).", nullptr, int(count.quality->unjudged));
        m_qualityCounts->setText(text);
    }
    if (m_checking)
        m_qualityCounts->setText(m_qualityCounts->text() + u' ' + tr("(checking the latest samples…)"));

    QStringList summary;
    summary.append(
        tr("Writes %1 from %2.")
            .arg(tr("%Ln record(s)", nullptr, int(count.records)), tr("%Ln sample(s)", nullptr, int(count.samples))));
    if (current.split)
        summary.append(tr("Train: %Ln sample(s), validation: %1.", nullptr, int(count.trainSamples))
                           .arg(locale.toString(count.samples - count.trainSamples)));
    QStringList skipped;
    for (auto it = count.skippedModes.cbegin(); it != count.skippedModes.cend(); ++it)
        skipped.append(tr("%1 — %2").arg(it.key(), locale.toString(it.value())));
    if (!skipped.isEmpty())
        summary.append(tr("Samples of kinds this format does not take are not written: %1.")
                           .arg(skipped.join(QStringLiteral(", "))));
    m_summary->setText(summary.join(u' '));

    QStringList lines;
    if (!preview.preview->header.isEmpty())
        lines.append(QString::fromUtf8(preview.preview->header));
    for (const QByteArray &record : preview.preview->records)
        lines.append(QString::fromUtf8(record));
    // A blank line between records: a long JSON line wraps over several.
    m_preview->setPlainText(
        lines.join(current.format == Export::Format::Csv ? QStringLiteral("\n") : QStringLiteral("\n\n")));
    Q_EMIT previewUpdated();
}

void ExportDialog::chooseDestination()
{
    const Export::ExportOptions current = options();
    const QString title = tr("Export as %1").arg(Export::formatDisplayName(current.format));
    QPointer<ExportDialog> self(this);
    const auto chosen = [self](const QString &path) {
        ExportDialog *dialog = self.data();
        if (dialog != nullptr && !dialog->isExporting())
            dialog->confirmAndStart(path);
    };
    if (current.writesFolder()) {
        m_dialogs.chooseDirectory(this, title, chosen);
        return;
    }
    const QString suffix = Export::fileSuffix(current.format);
    const QString filter = (suffix == QLatin1StringView("csv") ? tr("CSV (*.csv)") : tr("JSON Lines (*.jsonl)"))
        + QStringLiteral(";;") + tr("All files (*)");
    m_dialogs.chooseFileToSave(this, title, filter, suffix, chosen);
}

void ExportDialog::confirmAndStart(const QString &path)
{
    const Export::ExportOptions current = options();
    if (!current.writesFolder()) {
        // The file dialog asked about replacing the file.
        start(path);
        return;
    }
    QStringList existing;
    for (const QString &file : Export::Exporter::outputFiles(current, path)) {
        if (QFileInfo::exists(file))
            existing.append(QDir::toNativeSeparators(file));
    }
    if (existing.isEmpty()) {
        start(path);
        return;
    }
    QPointer<ExportDialog> self(this);
    m_dialogs.confirm(this, tr("Export"),
                      tr("%Ln file(s) of this export are already in %1. Replace them?", nullptr, int(existing.size()))
                          .arg(QDir::toNativeSeparators(path)),
                      existing.join(u'\n'), tr("&Replace"), [self, path](bool replace) {
                          ExportDialog *dialog = self.data();
                          if (replace && dialog != nullptr && !dialog->isExporting())
                              dialog->start(path);
                      });
}

void ExportDialog::start(const QString &path)
{
    const Export::ExportOptions current = options();
    const Quality::FilterInputs inputs = Quality::FilterInputs::fromDesign(m_session.design());
    const bool writable = !m_session.file().isReadOnly();
    m_path = path;
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_status->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    setExporting(true);

    const QString project = m_session.file().path();
    m_watcher.setFuture(QtConcurrent::run([project, path, current, inputs, writable](QPromise<Outcome> &promise) {
        Outcome outcome;
        const bool check = current.quality && !current.quality->rules.isEmpty() && writable;
        WorkerConnection connection(project,
                                    check ? WorkerConnection::Access::ReadWrite : WorkerConnection::Access::ReadOnly);
        if (!connection.isOpen()) {
            outcome.error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(project), connection.errorText());
        } else if (check
                   && !Quality::FilterChecker(connection.database())
                           .update(
                               inputs, [&promise](qint64, qint64) { return !promise.isCanceled(); }, &outcome.error)) {
            // The verdicts on samples written since the last check come first (cancellable too).
        } else if (promise.isCanceled()) {
            return;
        } else {
            bool rangeSet = false;
            outcome.result = Export::Exporter(connection.database(), current)
                                 .write(
                                     path,
                                     [&promise, &rangeSet](qint64 done, qint64 total) {
                                         if (!rangeSet) {
                                             promise.setProgressRange(0, int(std::min<qint64>(total, INT_MAX)));
                                             rangeSet = true;
                                         }
                                         promise.setProgressValue(int(std::min<qint64>(done, INT_MAX)));
                                         return !promise.isCanceled();
                                     },
                                     &outcome.error);
        }
        promise.addResult(std::move(outcome));
    }));
}

void ExportDialog::finished()
{
    setExporting(false);
    const QString shown = QDir::toNativeSeparators(m_path);
    const QFuture<Outcome> future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        m_progress->hide();
        m_status->setText(tr("The export was cancelled; nothing was written to %1.").arg(shown));
        return;
    }
    const Outcome outcome = future.result();
    if (!outcome.result) {
        m_progress->hide();
        m_status->setText(tr("The export failed: %1").arg(outcome.error));
        m_dialogs.showError(this, tr("Export"), outcome.error);
        return;
    }
    const Export::ExportResult &result = *outcome.result;
    const QLocale locale;
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_progress->setFormat(tr("Done"));
    QString summary
        = tr("Wrote %1 from %2 to %3 (%4).")
              .arg(tr("%Ln record(s)", nullptr, int(result.records)), tr("%Ln sample(s)", nullptr, int(result.written)),
                   shown, locale.formattedDataSize(result.bytes));
    if (!result.splitRecords.isEmpty())
        summary += u' '
            + tr("Train: %1 records, validation: %2.")
                  .arg(locale.toString(result.splitRecords.value(QStringLiteral("train"))),
                       locale.toString(result.splitRecords.value(QStringLiteral("validation"))));
    QStringList skipped;
    for (auto it = result.skippedReasons.cbegin(); it != result.skippedReasons.cend(); ++it)
        skipped.append(tr("%1 — %2").arg(it.key(), locale.toString(it.value())));
    if (!skipped.isEmpty())
        summary += u' ' + tr("Not written: %1.").arg(skipped.join(QStringLiteral(", ")));
    if (result.quality && result.quality->removed > 0)
        summary += u' '
            + tr("Left out %Ln: %1.", nullptr, int(result.quality->removed))
                  .arg(leftOutText(options().quality.value_or(Store::QualityFilter()), *result.quality));
    m_status->setText(summary);
    m_close->setFocus();
    Q_EMIT exported(m_path, result.written);
}

QString ExportDialog::leftOutText(const Store::QualityFilter &filter, const Store::QualityCounts &counts)
{
    const QLocale locale;
    QStringList parts;
    for (const QString &rule : filter.rules) {
        if (const qint64 n = counts.byRule.value(rule); n > 0)
            parts.append(tr("%1 — %2").arg(DatasetModel::ruleTitle(rule), locale.toString(n)));
    }
    if (filter.minJudgeScore && counts.belowJudge > 0)
        parts.append(
            tr("judged below %1 — %2").arg(locale.toString(*filter.minJudgeScore), locale.toString(counts.belowJudge)));
    if (filter.hideDuplicates && counts.duplicates > 0)
        parts.append(tr("duplicates — %1").arg(locale.toString(counts.duplicates)));
    return parts.join(QStringLiteral(", "));
}

void ExportDialog::reject()
{
    if (m_exporting) {
        m_status->setText(tr("Cancelling…"));
        m_close->setEnabled(false);
        m_watcher.future().cancel();
        return;
    }
    QDialog::reject();
}

void ExportDialog::setExporting(bool exporting)
{
    m_exporting = exporting;
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setVisible(true);
    m_export->setEnabled(!exporting);
    for (QWidget *input : std::as_const(m_inputs))
        input->setEnabled(!exporting);
    m_selected->setEnabled(!exporting && !m_selection.isEmpty());
    m_leaveOutFiltered->setEnabled(!exporting && !m_designFilter.rules.isEmpty());
    m_minScoreValue->setEnabled(!exporting && m_minScore->isChecked());
    m_trainPercent->setEnabled(!exporting && m_split->isChecked());
    m_stratify->setEnabled(!exporting && m_split->isChecked());
    m_seed->setEnabled(!exporting && (m_split->isChecked() || m_shuffle->isChecked()));
    m_license->setEnabled(!exporting && m_card->isChecked());
    m_languages->setEnabled(!exporting && m_card->isChecked());
    m_close->setEnabled(true);
    m_close->setText(exporting ? tr("Cancel") : tr("Close"));
    m_close->setToolTip(exporting ? tr("Stop the export; no file is written") : QString());
}

} // namespace Dialogsmith
