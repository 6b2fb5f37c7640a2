// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/StartPage.h"

#include "call/CallDefinition.h"
#include "ui_StartPage.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QIcon>

namespace shenbao {

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::StartPage>())
{
    ui->setupUi(this);
    ui->recentList->setWordWrap(true); // name on one line, folder on the next
    ui->recentList->setSpacing(3);
    ui->logoLabel->setPixmap(
        QIcon(QStringLiteral(":/icons/shenbao-256.png")).pixmap(QSize(96, 96)));
    connect(ui->newButton, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(ui->openButton, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(ui->demoButton, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(ui->recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recentRequested(item->data(Qt::UserRole).toString());
    });
    connect(ui->recentList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        emit recentRequested(item->data(Qt::UserRole).toString());
    });
    connect(ui->officerButton, &QPushButton::clicked, this, &StartPage::officerRequested);
    retranslate();
}

StartPage::~StartPage() = default;

void StartPage::retranslate()
{
    ui->retranslateUi(this);
    const CallDefinition &call = CallDefinition::bundled();
    ui->titleLabel->setText(call.title);
    ui->subtitleLabel->setText(call.noticeTitle);
    QStringList deadlines;
    for (const Deadline &d : call.deadlines) {
        const QString date =
            QStringLiteral("%1年%2月%3日").arg(d.date.year()).arg(d.date.month()).arg(d.date.day());
        deadlines << (d.stage == u"districtToCity"
                          ? tr("Districts pass the applications to %1 by %2").arg(d.city, date)
                          : tr("Cities report to the province by %1").arg(date));
    }
    ui->deadlineLabel->setText(deadlines.join(QStringLiteral("  ·  ")));
    ui->officerButton->setToolTip(
        tr("For district and city officers: check received dossiers, put them in "
           "recommendation order and export Attachment 3."));
    setRecent(m_recent);
}

void StartPage::setRecent(const QStringList &paths)
{
    m_recent.clear();
    for (const QString &path : paths) {
        if (QFileInfo::exists(path))
            m_recent << path; // moved or deleted files are of no use on the start page
    }
    ui->recentList->clear();
    for (const QString &path : std::as_const(m_recent)) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(info.completeBaseName() + QLatin1Char('\n') +
                                             QDir::toNativeSeparators(info.absolutePath()),
                                         ui->recentList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setSizeHint(QSize(0, 2 * ui->recentList->fontMetrics().lineSpacing() + 8));
    }
    if (m_recent.isEmpty()) {
        auto *item = new QListWidgetItem(
            tr("No applications yet. Start a new one, or open the example to look around."),
            ui->recentList);
        item->setFlags(Qt::NoItemFlags);
    }
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace shenbao
