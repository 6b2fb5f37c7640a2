// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QVariantList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace shenbao {

// A small editable list of records (partner enterprises, programmes, financial products):
// text cells edited in place, yes/no cells as check boxes, add and remove buttons. It holds
// no data of its own: every change is reported whole, and the owner turns it into one edit.
class RecordTable : public QWidget
{
    Q_OBJECT

public:
    struct Column
    {
        QString header;
        bool checkbox = false;
    };

    explicit RecordTable(QWidget *parent = nullptr);

    void setColumns(const QList<Column> &columns);
    // Shows `rows` unless they are what the table shows already (keeps the cursor in place).
    void setRows(const QList<QVariantList> &rows);
    QList<QVariantList> rows() const;
    QTableWidget *table() const { return m_table; }

signals:
    void edited(const QList<QVariantList> &rows);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QList<Column> m_columns;
    bool m_updating = false;
};

} // namespace shenbao
