// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class StartPage;
}

namespace shenbao {

// What the window shows with no project open: the call, its deadlines, and the ways in.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);
    ~StartPage() override;

    void setRecent(const QStringList &paths);

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void officerRequested();
    void recentRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::StartPage> ui;
    QStringList m_recent;
};

} // namespace shenbao
