// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace Dialogsmith {

namespace Llm {
class LlmClient;
struct ConnectionReport;
} // namespace Llm

/// "Test connection": asks a profile's server for its models, a streamed answer and JSON output, and reports
/// what works, line by line.
class ConnectionTest final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    /// `probe` makes the client know the profile as the form has it now and returns the name to ask under.
    ConnectionTest(Llm::LlmClient &client, std::function<QString()> probe, QWidget *parent = nullptr);
    ~ConnectionTest() override;

    /// Whether the server can be asked (the profile has a name and an address).
    void setAskable(bool askable);
    /// Forgets the report (another profile is shown).
    void clear();
    void test();

Q_SIGNALS:
    /// The server listed these models while being tested.
    void modelsReported(const QStringList &models);

private:
    void showReport(const Llm::ConnectionReport &report);

    Llm::LlmClient &m_client;
    std::function<QString()> m_probe;
    quint64 m_request = 0;
    bool m_askable = false;
    QPushButton *m_button = nullptr;
    QLabel *m_report = nullptr;
};

} // namespace Dialogsmith
