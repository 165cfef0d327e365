// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace Dialogsmith {

/// "Paste as Document": a title and the text, filled from the clipboard, for a new document.
class PasteDocumentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasteDocumentDialog)

public:
    explicit PasteDocumentDialog(QWidget *parent = nullptr);

    QString title() const;
    QString text() const;

private:
    void updateOk();

    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_titleTouched = false;
};

} // namespace Dialogsmith
