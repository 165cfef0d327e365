// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "providers/connectiontest.h"

#include "llm/llmclient.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Dialogsmith {

namespace {

QString mark(bool ok)
{
    return ok ? u"✔"_s : u"✘"_s;
}

} // namespace

ConnectionTest::ConnectionTest(Llm::LlmClient &client, std::function<QString()> probe, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_probe(std::move(probe))
{
    m_button = new QPushButton(tr("&Test Connection"), this);
    m_button->setObjectName(u"testConnection"_s);
    m_button->setToolTip(tr("Ask the server for its models, a streamed answer and JSON output (Ctrl+T)"));
    m_button->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_report = new QLabel(this);
    m_report->setObjectName(u"connectionReport"_s);
    m_report->setWordWrap(true);
    m_report->setTextFormat(Qt::RichText);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button, 0, Qt::AlignTop);
    layout->addWidget(m_report, 1);

    connect(m_button, &QPushButton::clicked, this, &ConnectionTest::test);
    connect(&m_client, &Llm::LlmClient::connectionTested, this,
            [this](quint64 id, const Llm::ConnectionReport &report) {
                if (id != m_request)
                    return;
                m_request = 0;
                m_button->setEnabled(m_askable);
                showReport(report);
            });
}

ConnectionTest::~ConnectionTest() = default;

void ConnectionTest::setAskable(bool askable)
{
    m_askable = askable;
    m_button->setEnabled(askable && m_request == 0);
}

void ConnectionTest::clear()
{
    m_request = 0; // an answer about another profile is not shown here
    m_report->clear();
    m_button->setEnabled(m_askable);
}

void ConnectionTest::test()
{
    if (!m_askable || m_request != 0)
        return;
    m_button->setEnabled(false);
    m_report->setText(tr("Testing the connection…"));
    m_request = m_client.testConnection(m_probe());
}

void ConnectionTest::showReport(const Llm::ConnectionReport &r)
{
    QStringList lines;
    lines << tr("%1 Reachable").arg(mark(r.reachable));
    if (r.reachable) {
        lines << tr("%1 Key accepted").arg(mark(r.authorized));
        if (!r.models.isEmpty()) {
            lines << tr("%1 Model listed by the server (%n model(s) offered)", "", int(r.models.size()))
                         .arg(mark(r.modelListed));
        }
        lines << tr("%1 Streaming").arg(mark(r.streams)) << tr("%1 Reports token usage").arg(mark(r.reportsUsage))
              << tr("%1 JSON output").arg(mark(r.jsonOutput));
        if (r.firstByteMs > 0)
            lines << tr("First byte after %1 ms").arg(r.firstByteMs);
    }
    QString html = lines.join(u"<br>"_s);
    if (!r.error.isEmpty())
        html += u"<br><span style=\"color:#c0392b\">%1</span>"_s.arg(r.error.toHtmlEscaped());
    m_report->setText(html);
    Q_EMIT modelsReported(r.models);
}

} // namespace Dialogsmith
