// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "review/ReceivedDossier.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace shenbao {

bool WorkspaceEntry::isStale() const
{
    const QFileInfo info(path);
    return !loaded || info.size() != size || info.lastModified() != modified;
}

ReceivedDossierRead readReceivedDossier(const QString &path)
{
    const QFileInfo info(path);
    ReceivedDossierRead r;
    r.path = path;
    r.size = info.size();
    r.modified = info.lastModified();
    r.result =
        std::make_shared<const DossierReadResult>(readDossier(path, CallDefinition::bundled()));
    return r;
}

void applyRead(WorkspaceEntry &e, const ReceivedDossierRead &read)
{
    const DossierReadResult &r = *read.result;
    e.size = read.size;
    e.modified = read.modified;
    e.loaded = true;
    e.state = r.state;
    e.errors.clear();
    e.warnings.clear();
    for (const Problem &p : r.findings)
        (p.isError() ? e.errors : e.warnings) << p.toString();
    e.pageCount = r.pageCount;
    e.fingerprint = r.project ? r.fingerprint : QString();
    e.row = r.project ? summaryRowFor(*r.project, r.recomputed, CallDefinition::bundled())
                      : SummaryRow{};
    e.verdict = r.project ? std::optional<Verdict>(r.recomputed.verdict) : std::nullopt;
    e.result = read.result;
}

QStringList expandDossierPaths(const QStringList &paths)
{
    QStringList out;
    QSet<QString> seen;
    const auto add = [&](const QString &p) {
        const QString abs = QDir::cleanPath(QFileInfo(p).absoluteFilePath());
        if (!seen.contains(abs)) {
            seen.insert(abs);
            out << abs;
        }
    };
    for (const QString &p : paths) {
        const QFileInfo info(p);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(p, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString f = it.next();
                if (f.endsWith(QLatin1StringView(".pdf"), Qt::CaseInsensitive))
                    found << f;
            }
            // A stable, readable order for the officer: by path, as a file manager lists them.
            std::sort(found.begin(), found.end());
            for (const QString &f : found)
                add(f);
        } else if (info.isFile()) {
            add(p);
        }
    }
    return out;
}

} // namespace shenbao
