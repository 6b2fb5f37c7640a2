// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "officer/WorkspaceModel.h"

#include "gui/StateIcons.h"
#include "officer/Workspace.h"

#include "call/CallDefinition.h"

#include <QBrush>
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

#include <algorithm>

namespace shenbao {

namespace {

using State = DossierReadResult::State;

const QString kRowMime = QStringLiteral("application/x-shenbao-workspace-row");

QString integrityText(const WorkspaceEntry &e)
{
    if (!e.loaded)
        return WorkspaceModel::tr("Not read yet");
    switch (e.state) {
    case State::Ok:
        return WorkspaceModel::tr("OK");
    case State::Mismatch:
        return WorkspaceModel::tr("Mismatch");
    case State::NotShenbao:
        return WorkspaceModel::tr("Not a Shenbao dossier");
    case State::Unreadable:
        break;
    }
    return WorkspaceModel::tr("Unreadable");
}

Mark integrityMark(const WorkspaceEntry &e)
{
    if (!e.loaded)
        return Mark::Incomplete;
    switch (e.state) {
    case State::Ok:
        return Mark::Met;
    case State::NotShenbao:
        return Mark::Warning;
    case State::Mismatch:
    case State::Unreadable:
        break;
    }
    return Mark::NotMet;
}

QString integrityTip(const WorkspaceEntry &e)
{
    QStringList lines{QDir::toNativeSeparators(e.path)};
    if (!e.loaded)
        lines << WorkspaceModel::tr("The dossier is being read, or reading was cancelled.");
    else if (e.state == State::Ok)
        lines << WorkspaceModel::tr(
            "The file is the one Shenbao exported for these data, unchanged: one revision, every "
            "page as bound, the fingerprint printed on the cover and in every footer, and the "
            "recomputed conditions agree. This does not prove the data true, nor that nobody "
            "re-exported edited data with Shenbao: only a digital signature could show who made "
            "the file.");
    else if (e.state == State::NotShenbao)
        lines << WorkspaceModel::tr(
            "This PDF carries no Shenbao data: its figures must be entered by hand.");
    lines << e.errors << e.warnings;
    return lines.join(u'\n');
}

QString averageText(const SummaryRow &row)
{
    const auto hundredths = averageHundredthsOfWan(
        row.mainRevenueSum3y, int(CallDefinition::bundled().financeYears.size()));
    if (!hundredths)
        return QString();
    const qint64 v = *hundredths;
    const qint64 a = v < 0 ? -v : v;
    return QStringLiteral("%1%2.%3")
        .arg(v < 0 ? QStringLiteral("-") : QString())
        .arg(a / 100)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

bool WorkspaceModel::isDossier(const WorkspaceEntry &e)
{
    return !e.loaded || e.state == State::Ok || e.state == State::Mismatch;
}

int WorkspaceModel::dossierNumber(int row) const
{
    int n = 0;
    for (int i = 0; i <= row && i < m_workspace->count(); ++i)
        n += isDossier(m_workspace->entry(i)) ? 1 : 0;
    return n;
}

int WorkspaceModel::dossierCount() const
{
    return dossierNumber(m_workspace->count() - 1);
}

WorkspaceModel::WorkspaceModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(workspace, &Workspace::aboutToReset, this, &WorkspaceModel::beginResetModel);
    connect(workspace, &Workspace::reset, this, &WorkspaceModel::endResetModel);
    connect(workspace, &Workspace::entryChanged, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

int WorkspaceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_workspace->count();
}

int WorkspaceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkspaceModel::display(int row, int column) const
{
    const WorkspaceEntry &e = m_workspace->entry(row);
    const SummaryRow &r = e.row;
    const bool data = e.loaded && (e.state == State::Ok || e.state == State::Mismatch);
    switch (Column(column)) {
    case Order:
        // Files that are not dossiers have no place in the recommendation order.
        return isDossier(e) ? QVariant(dossierNumber(row)) : QVariant(QStringLiteral("—"));
    case Name:
        return r.name.isEmpty() ? QFileInfo(e.path).fileName() : r.name;
    case Uscc:
        return r.uscc;
    case District:
        return r.district.isEmpty() ? r.city : r.district;
    case Domain:
        return r.domain;
    case Route:
        return r.route;
    case Condition:
        return r.conditionState;
    case Integrity:
        return integrityText(e);
    case Pages:
        return e.loaded && e.state != State::Unreadable ? QVariant(e.pageCount) : QVariant();
    case AverageRevenue:
        return averageText(r);
    case CorePatents:
        return data ? QVariant(r.coreInventionPatents) : QVariant();
    case RdStaff:
        return r.rdStaff ? QVariant(*r.rdStaff) : QVariant();
    case GdCases:
        return data ? QVariant(r.gdCasesInCaseYear) : QVariant();
    case Remarks:
        return e.remarks;
    case ColumnCount:
        break;
    }
    return {};
}

QString WorkspaceModel::displayText(int row, int column) const
{
    return display(row, column).toString();
}

QVariant WorkspaceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_workspace->count())
        return {};
    const int row = index.row();
    const int column = index.column();
    const WorkspaceEntry &e = m_workspace->entry(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return display(row, column);
    case SortRole: {
        // Not dossiers: listed apart, after every dossier.
        if (column == Order)
            return isDossier(e) ? row : m_workspace->count() + row;
        if (column == AverageRevenue)
            return e.row.mainRevenueSum3y ? QVariant(*e.row.mainRevenueSum3y)
                                          : QVariant(qint64(-1));
        const QVariant v = display(row, column);
        return v.isValid() ? v : QVariant(-1);
    }
    case Qt::TextAlignmentRole:
        if (column == Order || column == Pages || column == AverageRevenue ||
            column == CorePatents || column == RdStaff || column == GdCases)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
        if (column == Integrity)
            return markIcon(integrityMark(e));
        if (column == Condition && e.verdict)
            return markIcon(markFor(*e.verdict));
        if (column == Name && !m_workspace->duplicateReason(row).isEmpty())
            return markIcon(Mark::Warning);
        return {};
    case Qt::BackgroundRole:
        if ((column == Name || column == Uscc) && !m_workspace->duplicateReason(row).isEmpty())
            return QBrush(QColor(255, 228, 196));
        if (column == Integrity && e.loaded && e.state != State::Ok)
            return QBrush(QColor(255, 220, 220));
        return {};
    case Qt::ToolTipRole: {
        if (column == Integrity)
            return integrityTip(e);
        const QString dup = m_workspace->duplicateReason(row);
        if ((column == Name || column == Uscc) && !dup.isEmpty())
            return dup;
        if (column == Name)
            return QDir::toNativeSeparators(e.path);
        if (column == Remarks)
            return tr("Preliminary review remarks (初审意见): double-click to edit; exported as "
                      "column 16.");
        return {};
    }
    default:
        return {};
    }
}

QVariant WorkspaceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Order:
        return tr("Order");
    case Name:
        return tr("Applicant");
    case Uscc:
        return tr("Unified social credit code");
    case District:
        return tr("District");
    case Domain:
        return tr("Domain");
    case Route:
        return tr("Route");
    case Condition:
        return tr("Conditions (recomputed)");
    case Integrity:
        return tr("Integrity");
    case Pages:
        return tr("Pages");
    case AverageRevenue:
        return tr("Avg. main revenue, 3 years (10k yuan)");
    case CorePatents:
        return tr("Core invention patents");
    case RdStaff:
        return tr("R&D staff");
    case GdCases:
        return tr("Typical cases in Guangdong, %1").arg(CallDefinition::bundled().caseYear);
    case Remarks:
        return tr("Remarks");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags WorkspaceModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index) | Qt::ItemIsDropEnabled;
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    if (index.isValid() && index.column() == Remarks)
        f |= Qt::ItemIsEditable;
    return f;
}

bool WorkspaceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Remarks || role != Qt::EditRole)
        return false;
    m_workspace->setRemarks(index.row(), value.toString().trimmed());
    return true;
}

Qt::DropActions WorkspaceModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList WorkspaceModel::mimeTypes() const
{
    return {kRowMime, QStringLiteral("text/uri-list")};
}

QMimeData *WorkspaceModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    // One dossier at a time: the recommendation order is decided one place at a time.
    data->setData(kRowMime, QByteArray::number(indexes.first().row()));
    return data;
}

bool WorkspaceModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                  const QModelIndex &parent)
{
    if (!data || action == Qt::IgnoreAction)
        return false;
    if (!data->hasFormat(kRowMime)) {
        QStringList paths;
        const auto urls = data->urls();
        for (const QUrl &url : urls) {
            if (url.isLocalFile())
                paths << url.toLocalFile();
        }
        if (paths.isEmpty())
            return false;
        m_workspace->addPaths(paths);
        return true;
    }
    bool ok = false;
    const int from = data->data(kRowMime).toInt(&ok);
    if (!ok || from < 0 || from >= m_workspace->count())
        return false;
    // Between rows: `row` is the insertion point; on a row: that row's place.
    int to = row >= 0 ? row : (parent.isValid() ? parent.row() : m_workspace->count());
    if (to > from && row >= 0)
        --to; // the insertion point counted the dragged row itself
    to = std::clamp(to, 0, m_workspace->count() - 1);
    m_workspace->move(from, to);
    emit rowDropped(to);
    // removeRows() is not implemented, so the view's "move" cannot delete anything afterwards.
    return true;
}

} // namespace shenbao
