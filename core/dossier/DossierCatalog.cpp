// SPDX-FileCopyrightText: 2026 The Shenbao authors
#include "dossier/DossierCatalog.h"

#include <algorithm>

#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>

namespace shenbao {

namespace {

using OH = QPDFObjectHandle;

OH text(const QString &s)
{
    return OH::newUnicodeString(s.toStdString());
}

// [page /XYZ left top 0]: the page's top-left corner at the viewer's current zoom. /Fit would
// do for most viewers, but PDFium (QtPdf, Chrome) gives no location for it and QtPdf's
// bookmark model then reports the entry as invalid.
OH topOfPage(OH page)
{
    double left = 0, top = 842;
    OH box = page.getKey("/MediaBox");
    if (box.isArray() && box.getArrayNItems() == 4) {
        double v[4] = {0, 0, 0, 0};
        for (int i = 0; i < 4; ++i) {
            OH n = box.getArrayItem(i);
            v[i] = n.isNumber() ? n.getNumericValue() : 0;
        }
        left = std::min(v[0], v[2]);
        top = std::max(v[1], v[3]);
    }
    return OH::newArray(
        {page, OH::newName("/XYZ"), OH::newReal(left, 2), OH::newReal(top, 2), OH::newInteger(0)});
}

// Builds the items of one level; returns the number of visible descendants (all open).
int buildLevel(QPDF &out, OH parent, const QList<OutlineEntry> &entries,
               const std::vector<OH> &pages)
{
    OH prev;
    int visible = 0;
    for (const auto &e : entries) {
        if (e.physical < 0 || e.physical >= int(pages.size()))
            continue;
        OH item = out.makeIndirectObject(OH::newDictionary());
        item.replaceKey("/Title", text(e.title));
        item.replaceKey("/Parent", parent);
        item.replaceKey("/Dest", topOfPage(pages.at(size_t(e.physical))));
        if (prev.isInitialized()) {
            prev.replaceKey("/Next", item);
            item.replaceKey("/Prev", prev);
        } else {
            parent.replaceKey("/First", item);
        }
        parent.replaceKey("/Last", item);
        prev = item;
        ++visible;
        if (!e.children.isEmpty()) {
            const int below = buildLevel(out, item, e.children, pages);
            if (below > 0)
                item.replaceKey("/Count", OH::newInteger(below));
            visible += below;
        }
    }
    return visible;
}

OH fileSpec(QPDF &out, const QString &name, QPDFEFStreamObjectHelper efs, const QString &mimeType,
            const QString &description, const QDateTime &date)
{
    efs.setSubtype(mimeType.toStdString());
    if (date.isValid()) {
        efs.setCreationDate(pdfDate(date));
        efs.setModDate(pdfDate(date));
    }
    auto fs = QPDFFileSpecObjectHelper::createFileSpec(out, name.toStdString(), efs);
    fs.setDescription(description.toStdString());
    OH spec = fs.getObjectHandle();
    spec.replaceKey("/AFRelationship", OH::newName("/Data"));
    QPDFEmbeddedFileDocumentHelper(out).replaceEmbeddedFile(name.toStdString(), fs);
    OH root = out.getRoot();
    OH af = root.getKey("/AF");
    if (!af.isArray()) {
        af = OH::newArray();
        root.replaceKey("/AF", af);
    }
    af.appendItem(spec);
    return spec;
}

} // namespace

std::string pdfDate(const QDateTime &when)
{
    const QDateTime cst = when.toOffsetFromUtc(8 * 3600);
    return "D:" + cst.toString(QStringLiteral("yyyyMMddHHmmss")).toStdString() + "+08'00'";
}

void writeOutline(QPDF &out, const QList<OutlineEntry> &entries)
{
    const std::vector<OH> &pages = out.getAllPages();
    OH outlines = out.makeIndirectObject(OH::newDictionary());
    outlines.replaceKey("/Type", OH::newName("/Outlines"));
    const int visible = buildLevel(out, outlines, entries, pages);
    outlines.replaceKey("/Count", OH::newInteger(visible));
    OH root = out.getRoot();
    root.replaceKey("/Outlines", outlines);
    root.replaceKey("/PageMode", OH::newName("/UseOutlines"));
}

void writePageLabels(QPDF &out, const QList<PageLabelRange> &ranges)
{
    std::vector<OH> nums;
    for (const auto &r : ranges) {
        OH label = OH::newDictionary();
        if (r.style != 0)
            label.replaceKey("/S", OH::newName(std::string("/") + r.style));
        if (!r.prefix.isEmpty())
            label.replaceKey("/P", text(r.prefix));
        if (r.start != 1)
            label.replaceKey("/St", OH::newInteger(r.start));
        nums.push_back(OH::newInteger(r.first));
        nums.push_back(label);
    }
    OH labels = OH::newDictionary();
    labels.replaceKey("/Nums", OH::newArray(nums));
    out.getRoot().replaceKey("/PageLabels", out.makeIndirectObject(labels));
}

void writeDocumentInfo(QPDF &out, const DocumentInfo &info)
{
    OH dict = OH::newDictionary();
    auto put = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            dict.replaceKey(key, text(value));
    };
    put("/Title", info.title);
    put("/Author", info.author);
    put("/Subject", info.subject);
    put("/Keywords", info.keywords);
    put("/Creator", info.creator);
    put("/Producer", info.producer);
    put("/ShenbaoFingerprint", info.fingerprint);
    if (info.date.isValid()) {
        dict.replaceKey("/CreationDate", OH::newString(pdfDate(info.date)));
        dict.replaceKey("/ModDate", OH::newString(pdfDate(info.date)));
    }
    out.getTrailer().replaceKey("/Info", out.makeIndirectObject(dict));
}

void embedFile(QPDF &out, const QString &name, const QByteArray &data, const QString &mimeType,
               const QString &description, const QDateTime &date)
{
    fileSpec(out, name, QPDFEFStreamObjectHelper::createEFStream(out, data.toStdString()), mimeType,
             description, date);
}

void embedFile(QPDF &out, const QString &name, std::function<void(Pipeline *)> provider,
               const QString &mimeType, const QString &description, const QDateTime &date)
{
    fileSpec(out, name, QPDFEFStreamObjectHelper::createEFStream(out, std::move(provider)),
             mimeType, description, date);
}

} // namespace shenbao
