// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// Puts the planned pages together in one qpdf document: Shenbao's generated parts, the
// evidence pages, blanks, footers, and the copies for copy marks. Knows nothing about
// projects or rules; the binder hands it a plan, rendered parts and opened evidence.

#include "dossier/DossierCatalog.h"
#include "dossier/DossierIntegrityDigest.h"
#include "dossier/DossierPages.h"
#include "dossier/DossierPlan.h"
#include "dossier/EvidenceImport.h"
#include "dossier/FooterStamp.h"
#include "model/Problem.h"

#include <QList>
#include <QStringList>

#include <qpdf/QPDF.hh>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace shenbao {

struct RenderedParts
{
    // One per copy (one when copy marks are off); empty until the fingerprint is known: the
    // assembler then holds the cover's place with blank pages.
    QList<RenderedPart> covers;
    RenderedPart toc, form, pledge, evidenceIndex, blank;
    QList<RenderedPart> separators; // binding order
};

struct AssemblyInput
{
    const DossierPlan *plan = nullptr;
    const RenderedParts *parts = nullptr;
    std::vector<EvidenceSource *> sources; // binding order, one per plan item
    bool duplex = true;
    FooterText footer;
    QList<OutlineEntry> outline; // of one copy, physical indexes within the copy
    int copies = 1;              // copies one after the other in the file
    // renderFooterFingerprint(footer.fingerprintHex) when the caller drew it already;
    // empty: finish() draws it.
    QByteArray footerFingerprint;
};

// Called before each evidence item is appended; false cancels.
using AssemblyStep = std::function<bool(int item)>;

class DossierAssembler
{
public:
    explicit DossierAssembler(QPDF &out)
        : m_out(out)
    {
    }
    ~DossierAssembler();
    DossierAssembler(const DossierAssembler &) = delete;
    DossierAssembler &operator=(const DossierAssembler &) = delete;

    // The evidence pages of `plan`, appended to the output in binding order, each laid out for
    // the physical page the plan gives it, with its footer band reserved and its digest taken.
    // It touches only the output document and the sources, so the binder runs it on another
    // thread while it lays out and draws the generated parts, with the plan it has by then;
    // assemble() does it itself when nobody did. False with the reason in *problems.
    bool prepareEvidence(const DossierPlan &plan, const std::vector<EvidenceSource *> &sources,
                         bool duplex, const AssemblyStep &step, Problems *problems,
                         bool *cancelled);
    // Whether the prepared evidence pages are the ones `plan` needs. An evidence page depends on
    // where it is bound only through the side of the sheet it is printed on (the binding margin
    // of an image, EvidenceSource::appendTo) and whether it is numbered (its footer band), so
    // pages prepared for an earlier plan fit a later one that moved them by whole sheets.
    bool preparedEvidenceFits(const DossierPlan &plan, bool duplex) const;

    // Builds every page of one copy, in plan order, with the footer band reserved on numbered
    // pages (no footers yet). On failure returns false with the reason in *problems (nothing
    // is appended when cancelled: *cancelled).
    bool assemble(const AssemblyInput &input, const AssemblyStep &step, Problems *problems,
                  bool *cancelled);

    // The shenbao-page/1 digest of every page of the copy just assembled, before the footers
    // (DossierIntegrityDigest.h); empty for the cover, which prints the fingerprint.
    QStringList pageDigests(const DossierPlan &plan);

    // Places the footer of every numbered page of the copy (FooterStamper::stamp) from the
    // number strips of renderFooterNumberStripsFor: all of it but the fingerprint it prints,
    // which finish() fills in. After the page digests, which leave the footers out. It touches
    // only the output document, so the binder runs it on another thread while it draws the
    // covers (and nothing else uses this assembler meanwhile).
    bool placeFooters(const AssemblyInput &input, ParsedFooterStrips numberStrips,
                      Problems *problems);

    // Completes the footers with the fingerprint (input.footer; placing them first when
    // placeFooters has not), replaces the cover by input.parts->covers (rendered with the final
    // fingerprint), adds copies 2 … N, the outline and the page labels.
    bool finish(const AssemblyInput &input, Problems *problems);

    // The number strips placeFooters takes (FooterStamp.h) for input.plan and input.footer.
    // Only Qt drawing, no qpdf: safe on another thread while this assembler is in use; the plan
    // is final once the generated parts are drawn, so the binder draws them then.
    static QByteArray renderFooterNumberStripsFor(const AssemblyInput &input);

private:
    // The pages one step of the plan appended, the span the plan expects of them, and the
    // name of what they are (for the message when the two differ).
    struct Appended
    {
        std::vector<QPDFPageObjectHelper> pages;
        PlanSpan span;
        QString what;
    };
    // nullopt (with the reason in *problems) when the step cannot be appended at all.
    std::optional<Appended> appendPlanned(const AssemblyInput &input, int physical,
                                          Problems *problems);
    bool appendBlank(const RenderedPart &blank, Problems *problems);
    std::vector<QPDFPageObjectHelper> appendRendered(const RenderedPart &part, const QString &what);
    // The parsed document holding `part` (parsed once per shared document), and its pages.
    QPDF &documentOf(const RenderedPart &part, const QString &what);
    std::vector<QPDFObjectHandle> pagesOf(const RenderedPart &part, const QString &what);
    void reserveFooterBands(const AssemblyInput &input);
    // What an evidence page's layout depends on, per page of `span` (preparedEvidenceFits).
    static std::vector<bool> layoutOf(const DossierPlan &plan, PlanSpan span, bool duplex);
    FooterStamper &bandReserver();
    // Rewrites the page tree's page order (evidence is appended first, see prepareEvidence).
    bool putPagesInOrder(const std::vector<QPDFObjectHandle> &ordered, Problems *problems);
    bool replaceCover(const AssemblyInput &input, Problems *problems);
    // Throws when the strips had no place for the fingerprint (FooterStamper::fillFingerprint).
    void fillFooterFingerprint(const AssemblyInput &input);
    bool appendCopies(const AssemblyInput &input, Problems *problems);
    void writeNavigation(const AssemblyInput &input);
    void fixCopiedAnnotations(QPDFObjectHandle page);

    QPDF &m_out;
    // Evidence streams holding a file's bytes verbatim, by their SHA-256 (checked while written).
    KnownStreamData m_verbatim;
    std::vector<std::unique_ptr<QPDF>> m_generated; // parts: sources of pages copied more than once
    // Shared documents (RenderedPart::sharesDocument): their bytes, held while their pages are
    // copied, and the parsed document (owned by m_generated).
    std::vector<std::pair<QByteArray, QPDF *>> m_shared;
    std::optional<QPDFObjectHandle> m_blankPage; // the blank page in its source document
    std::unique_ptr<FooterStamper> m_footers;
    bool m_footersPlaced = false;
    // prepareEvidence: each item's pages in the output (not yet in plan order), what their
    // layout depended on (preparedEvidenceFits), and their digests by page object.
    bool m_evidencePrepared = false;
    std::vector<std::vector<QPDFPageObjectHelper>> m_evidencePages;
    std::vector<std::vector<bool>> m_preparedLayout; // per item, per page: {front side, numbered}
    std::map<QPDFObjGen, QString> m_evidenceDigests;
    StreamDigestCache m_digestCache; // shared by all pages: fonts and images are read once
};

} // namespace shenbao
