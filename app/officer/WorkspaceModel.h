// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace shenbao {

class Workspace;
struct WorkspaceEntry;

// The workspace's dossiers as the officer's table: one row per dossier in recommendation
// order, the key figures of Attachment 3, the recomputed verdict and the integrity state.
// Qt::UserRole gives sort keys (numbers sort as numbers); only the remarks are editable.
class WorkspaceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Order,
        Name,
        Uscc,
        District,
        Domain,
        Route,
        Condition,
        Integrity,
        Pages,
        AverageRevenue,
        CorePatents,
        RdStaff,
        GdCases,
        Remarks,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    explicit WorkspaceModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // Rows are reordered by dragging them; files dropped on the table are added.
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // A received file that is (or may be, while unread) a Shenbao dossier; readable PDFs
    // without Shenbao data and unreadable files are listed apart, after the dossiers, without
    // an order number, and are not counted.
    static bool isDossier(const WorkspaceEntry &entry);
    // The place of `row` among the dossiers (1-based), and how many dossiers there are.
    int dossierNumber(int row) const;
    int dossierCount() const;

    // The text of every cell as shown, for printing the table.
    QString displayText(int row, int column) const;

signals:
    // A dragged row landed at `row` of the recommendation order.
    void rowDropped(int row);

private:
    QVariant display(int row, int column) const;

    Workspace *m_workspace;
};

} // namespace shenbao
