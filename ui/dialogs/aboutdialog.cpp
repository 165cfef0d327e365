// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "dialogs/aboutdialog.h"

#include "product/productinfo.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace Dialogsmith {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About %1").arg(ProductInfo::name()));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/dialogsmith.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(ProductInfo::name()), this);
    auto *version = new QLabel(tr("Version %1").arg(ProductInfo::version()), this);
    version->setObjectName(QStringLiteral("aboutVersion"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *description = new QLabel(tr("A studio for synthetic training data: design conversations, generate them "
                                      "with teacher models, curate them and export them for fine-tuning."),
                                   this);
    description->setWordWrap(true);
    auto *license = new QLabel(
        tr("Licensed under the <a href=\"%1\">%2</a>.").arg(ProductInfo::licenseUrl(), ProductInfo::licenseName()),
        this);
    license->setObjectName(QStringLiteral("aboutLicense"));
    license->setOpenExternalLinks(true);
    auto *built = new QLabel(
        tr("Built with Qt %1, running on Qt %2.").arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
        this);
    built->setEnabled(false);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(version);
    text->addSpacing(8);
    text->addWidget(description);
    text->addWidget(license);
    text->addStretch();
    text->addWidget(built);

    auto *body = new QHBoxLayout;
    body->addWidget(icon);
    body->addSpacing(12);
    body->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace Dialogsmith
