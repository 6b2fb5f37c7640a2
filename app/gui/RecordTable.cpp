// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "gui/RecordTable.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shenbao {

RecordTable::RecordTable(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(150);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    layout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    retranslate();

    connect(m_add, &QPushButton::clicked, this, [this] {
        auto current = rows();
        QVariantList blank;
        for (const auto &c : m_columns)
            blank << (c.checkbox ? QVariant(false) : QVariant(QString()));
        current << blank;
        emit edited(current);
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->currentItem());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        auto current = rows();
        current.removeAt(row);
        emit edited(current);
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_updating)
            emit edited(rows());
    });
}

void RecordTable::setColumns(const QList<Column> &columns)
{
    m_columns = columns;
    m_table->setColumnCount(int(columns.size()));
    QStringList headers;
    for (const auto &c : columns)
        headers << c.header;
    m_table->setHorizontalHeaderLabels(headers);
    for (int i = 0; i < columns.size(); ++i) {
        m_table->horizontalHeader()->setSectionResizeMode(
            i, columns[i].checkbox ? QHeaderView::ResizeToContents : QHeaderView::Stretch);
    }
}

void RecordTable::setRows(const QList<QVariantList> &rows)
{
    if (rows == this->rows())
        return;
    m_updating = true;
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < m_columns.size(); ++c) {
            const QVariant v = c < rows[r].size() ? rows[r][c] : QVariant();
            auto *item = new QTableWidgetItem;
            if (m_columns[c].checkbox) {
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                item->setCheckState(v.toBool() ? Qt::Checked : Qt::Unchecked);
            } else {
                item->setText(v.toString());
            }
            m_table->setItem(r, c, item);
        }
    }
    m_updating = false;
}

QList<QVariantList> RecordTable::rows() const
{
    QList<QVariantList> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QVariantList row;
        for (int c = 0; c < m_columns.size(); ++c) {
            const QTableWidgetItem *item = m_table->item(r, c);
            if (m_columns[c].checkbox)
                row << QVariant(item && item->checkState() == Qt::Checked);
            else
                row << QVariant(item ? item->text() : QString());
        }
        out << row;
    }
    return out;
}

void RecordTable::retranslate()
{
    m_add->setText(tr("&Add row"));
    m_remove->setText(tr("Remove row"));
}

void RecordTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace shenbao
