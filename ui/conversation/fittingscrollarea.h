// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QScrollArea>

namespace Dialogsmith {

/// A scroll area that scrolls up and down only and is never narrower than what it shows needs: its minimum
/// width follows its widget's as that changes (a longer label, a translation), so a splitter or a layout
/// makes room for it instead of cutting its right edge off.
class FittingScrollArea : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FittingScrollArea)

public:
    explicit FittingScrollArea(QWidget *parent = nullptr);
    ~FittingScrollArea() override;

    /// Takes `widget` (as QScrollArea::setWidget()) and follows its minimum width.
    void setContent(QWidget *widget);

    QSize minimumSizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace Dialogsmith
