// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/HelpDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace shenbao {

QString HelpDialog::noticeMarkdown()
{
    QFile file(QStringLiteral(":/notice/gd-2022-batch2-notice.zh.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

HelpDialog::HelpDialog(Page page, const QList<Shortcut> &shortcuts, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_notice(new QTextBrowser(this))
    , m_search(new QLineEdit(this))
    , m_searchResult(new QLabel(this))
    , m_guide(new QTextBrowser(this))
    , m_shortcuts(new QTableWidget(this))
{
    setWindowTitle(tr("Shenbao help"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    m_tabs->addTab(noticeTab(), tr("The notice"));
    fillGuide();
    m_tabs->addTab(m_guide, tr("Guide"));
    fillShortcuts(shortcuts);
    m_tabs->addTab(m_shortcuts, tr("Keyboard shortcuts"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_tabs->setCurrentIndex(int(page));
    resize(820, 620);
}

QWidget *HelpDialog::noticeTab()
{
    // The notice, with a search line: officers and applicants quote it by its words.
    auto *noticePage = new QWidget(this);
    auto *noticeLayout = new QVBoxLayout(noticePage);
    auto *searchRow = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Find in the notice:"), noticePage);
    searchLabel->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("noticeSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("e.g. 研发投入"));
    auto *next = new QPushButton(tr("Find &next"), noticePage);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(next);
    searchRow->addWidget(m_searchResult);
    noticeLayout->addLayout(searchRow);
    m_notice->setObjectName(QStringLiteral("noticeText"));
    m_notice->setOpenExternalLinks(false);
    m_notice->setMarkdown(noticeMarkdown());
    noticeLayout->addWidget(m_notice, 1);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findInNotice(m_search->text()); });
    connect(next, &QPushButton::clicked, this, [this] { findInNotice(m_search->text()); });
    connect(m_search, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Search as one types, from the top.
        QTextCursor c = m_notice->textCursor();
        c.movePosition(QTextCursor::Start);
        m_notice->setTextCursor(c);
        findInNotice(text);
    });
    return noticePage;
}

void HelpDialog::fillGuide()
{
    m_guide->setObjectName(QStringLiteral("guideText"));
    m_guide->setHtml(
        tr("<h3>Preparing an application in ten steps</h3>"
           "<ol>"
           "<li><b>Domain</b>: choose one of the eight domains; its conditions are listed under "
           "each.</li>"
           "<li><b>Basic information</b> and <b>Operations</b>: the unit and its last three years, "
           "in 万元 "
           "(「1250」, 「1,250.5」 and 「1250万元」 are all understood).</li>"
           "<li><b>Intellectual property</b>, <b>Typical cases</b> and the <b>domain-specific "
           "information</b>: "
           "what the domain's conditions count.</li>"
           "<li><b>Profile and plan</b>: the texts of the form, with their length limits.</li>"
           "<li><b>Evidence</b>: attach the licence, the credit report, the audit reports and a "
           "certificate "
           "for every counted patent and case.</li>"
           "<li><b>Check</b>: 「To do before export」 lists every condition not met and every "
           "problem in the "
           "form; click an entry to go to its field.</li>"
           "<li><b>Export and print</b>: bind the dossier, check it in the viewer, print four "
           "copies.</li>"
           "</ol>"
           "<p>Everything is saved as you type; Ctrl+Z undoes the typing in a field, then earlier "
           "edits.</p>"
           "<p>Officers open received dossiers in the officers' workspace (start page, or "
           "<code>shenbao --officer</code>), order them and export Attachment 3.</p>"));
}

void HelpDialog::fillShortcuts(const QList<Shortcut> &shortcuts)
{
    m_shortcuts->setObjectName(QStringLiteral("shortcutTable"));
    m_shortcuts->setColumnCount(2);
    m_shortcuts->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_shortcuts->verticalHeader()->hide();
    m_shortcuts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_shortcuts->horizontalHeader()->setStretchLastSection(true);
    m_shortcuts->setRowCount(int(shortcuts.size()));
    for (int i = 0; i < shortcuts.size(); ++i) {
        m_shortcuts->setItem(i, 0, new QTableWidgetItem(shortcuts.at(i).first));
        m_shortcuts->setItem(i, 1, new QTableWidgetItem(shortcuts.at(i).second));
    }
    m_shortcuts->resizeColumnToContents(0);
}

bool HelpDialog::findInNotice(const QString &text)
{
    if (text.isEmpty()) {
        m_searchResult->clear();
        return false;
    }
    bool found = m_notice->find(text);
    if (!found) {
        // Wrap around to the top once.
        QTextCursor c = m_notice->textCursor();
        c.movePosition(QTextCursor::Start);
        m_notice->setTextCursor(c);
        found = m_notice->find(text);
    }
    m_searchResult->setText(found ? QString() : tr("Not found"));
    return found;
}

} // namespace shenbao
