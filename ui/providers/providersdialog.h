// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "llm/pricetable.h"
#include "llm/providerprofile.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace Dialogsmith {

class ModelAccess;
class ProfileForm;
class ProjectSession;

/// Tools ▸ Providers…: the project's provider profiles (kind, base URL, model picked from the server's list,
/// limits, prices), API keys written to the OS keychain and never shown again, and "Test connection". The
/// list of profiles is here; one profile's form is a ProfileForm.
///
/// The dialog edits a copy of the profiles and prices: OK applies them to the design as one undoable step
/// ("Undo Edit Providers"), Cancel leaves the design as it was. Keys are not part of the design: "Store" writes
/// a key to the keychain at once, and neither OK nor Cancel nor Undo takes it back (Remove does).
class ProvidersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvidersDialog)

public:
    ProvidersDialog(ProjectSession &session, ModelAccess &models, QWidget *parent = nullptr);
    ~ProvidersDialog() override;

    /// The profiles as edited so far.
    const QList<Llm::ProviderProfile> &profiles() const { return m_profiles; }

    void accept() override;

private:
    void buildUi(ModelAccess &models);
    void addProfile();
    void duplicateProfile();
    void removeProfile();
    void showProfile(int row);
    void formEdited();
    void refreshList();
    void validate();
    QString uniqueName(const QString &base) const;

    ProjectSession &m_session;
    QList<Llm::ProviderProfile> m_profiles;
    QStringList m_origins; ///< each profile's name in the design when the dialog opened; empty for new ones
    Llm::PriceTable m_prices;
    int m_row = -1;

    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_remove = nullptr;
    QStackedWidget *m_stack = nullptr;
    ProfileForm *m_form = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Dialogsmith
