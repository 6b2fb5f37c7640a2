// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QLabel;
class QLineEdit;
class QTabWidget;
class QTextBrowser;
class QTableWidget;

namespace shenbao {

// 帮助: the call's notice as published (bundled, searchable), a short guide through the steps,
// and the keyboard shortcuts of the window that opened it.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    enum Page
    {
        Notice,
        Guide,
        Shortcuts
    };
    using Shortcut = QPair<QString, QString>; // what it does, keys

    HelpDialog(Page page, const QList<Shortcut> &shortcuts, QWidget *parent = nullptr);

    // Finds `text` in the notice after the current match (wrapping); false if it is not there.
    bool findInNotice(const QString &text);
    QTextBrowser *notice() const { return m_notice; }
    QTableWidget *shortcuts() const { return m_shortcuts; }
    QTabWidget *tabs() const { return m_tabs; }
    // The bundled notice text (Markdown), as shipped in resources/notice/.
    static QString noticeMarkdown();

private:
    QWidget *noticeTab();
    void fillGuide();
    void fillShortcuts(const QList<Shortcut> &shortcuts);

    QTabWidget *m_tabs;
    QTextBrowser *m_notice;
    QLineEdit *m_search;
    QLabel *m_searchResult;
    QTextBrowser *m_guide;
    QTableWidget *m_shortcuts;
};

} // namespace shenbao
