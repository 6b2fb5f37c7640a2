// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "call/CallDefinition.h"
#include "rules/Evaluation.h"

#include <QWidget>

class QLabel;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace shenbao {

// The verdict and route on top, then every applicable rule with its state, figure and
// missing evidence, then field and evidence problems. The clause text of the selected entry
// is shown below the list. Clicking an entry asks to jump to the data it is about.
class ChecksView : public QWidget
{
    Q_OBJECT

public:
    explicit ChecksView(QWidget *parent = nullptr);

    void setEvaluation(const Evaluation &evaluation, const Problems &problems,
                       const CallDefinition &call);
    QTreeWidget *tree() const { return m_tree; }
    // The text shown for a rule (tests read it back to see what the user sees).
    QString ruleText(const QString &ruleId) const;
    QString verdictText() const;
    // The entries of 「To do before export」, top to bottom (empty when nothing blocks).
    QList<QTreeWidgetItem *> todoItems() const;

signals:
    void jumpTo(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void showDetail(QTreeWidgetItem *item);
    QTreeWidgetItem *addGroup(const QString &title);

    QLabel *m_verdict;
    QLabel *m_route;
    QTreeWidget *m_tree;
    QTextBrowser *m_detail;
    Evaluation m_evaluation;
    Problems m_problems;
    const CallDefinition *m_call = nullptr;
};

} // namespace shenbao
