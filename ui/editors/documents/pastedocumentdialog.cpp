// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "editors/documents/pastedocumentdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Dialogsmith {

namespace {

// A title from the text's first line, as a person would name it.
QString titleFromText(const QString &text)
{
    constexpr qsizetype maxLength = 60;
    QString line = text.trimmed().section(u'\n', 0, 0).trimmed();
    while (line.startsWith(u'#'))
        line.remove(0, 1);
    line = line.trimmed();
    if (line.size() > maxLength)
        line = line.left(maxLength).trimmed() + u'…';
    return line;
}

} // namespace

PasteDocumentDialog::PasteDocumentDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("pasteDocumentDialog"));
    setWindowTitle(tr("Paste as Document"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("pasteTitle"));
    m_title->setPlaceholderText(tr("A title for the document"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("pasteText"));
    m_text->setPlaceholderText(tr("Paste or type the document's text here."));
    m_text->setTabChangesFocus(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Document"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Te&xt:"), m_text);
    form->addRow(m_buttons);
    resize(640, 480);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textEdited, this, [this] {
        m_titleTouched = true;
        updateOk();
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_titleTouched)
            m_title->setText(titleFromText(m_text->toPlainText()));
        updateOk();
    });

    if (const QClipboard *clipboard = QApplication::clipboard())
        m_text->setPlainText(clipboard->text());
    updateOk();
    m_title->setFocus();
    m_title->selectAll();
}

QString PasteDocumentDialog::title() const
{
    return m_title->text().trimmed();
}

QString PasteDocumentDialog::text() const
{
    return m_text->toPlainText();
}

void PasteDocumentDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!title().isEmpty() && !text().trimmed().isEmpty());
}

} // namespace Dialogsmith
