// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "SyntheticDossier.h"

#include "rules/RulesEngine.h"
#include "store/ProjectJson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <stdexcept>
#include <string>

namespace shenbao::test {

namespace {

std::string utf8(const QString &s)
{
    return s.toStdString();
}

QPDFObjectHandle text(const QString &s)
{
    return QPDFObjectHandle::newUnicodeString(utf8(s));
}

} // namespace

QByteArray makeSyntheticPdf(const SyntheticPdf &spec)
{
    QPDF pdf;
    pdf.emptyPDF();
    QPDFPageDocumentHelper pages(pdf);
    QPDFObjectHandle font = pdf.makeIndirectObject(
        QPDFObjectHandle::parse("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
    quint32 seed = 2463534242u;
    for (int i = 0; i < spec.pageCount; ++i) {
        std::string content = "BT /F1 24 Tf 72 720 Td (Page " + std::to_string(i + 1) + ") Tj ET\n";
        // Filler that does not compress away, in comment lines the content parser skips: the
        // file then has the size of a real dossier with scanned pages.
        for (int n = 0; n < spec.pagePadding; n += 64) {
            content += '%';
            for (int k = 0; k < 62; ++k) {
                seed ^= seed << 13, seed ^= seed >> 17, seed ^= seed << 5;
                content += char('!' + seed % 90);
            }
            content += '\n';
        }
        QPDFObjectHandle fonts = QPDFObjectHandle::newDictionary();
        fonts.replaceKey("/F1", font);
        QPDFObjectHandle resources = QPDFObjectHandle::newDictionary();
        resources.replaceKey("/Font", fonts);
        QPDFObjectHandle page = pdf.makeIndirectObject(
            QPDFObjectHandle::parse("<< /Type /Page /MediaBox [0 0 595 842] >>"));
        page.replaceKey("/Resources", resources);
        page.replaceKey("/Contents", QPDFObjectHandle::newStream(&pdf, content));
        pages.addPage(QPDFPageObjectHelper(page), false);
    }

    QPDFObjectHandle root = pdf.getRoot();
    if (!spec.labels.isEmpty()) {
        QPDFObjectHandle nums = QPDFObjectHandle::newArray();
        for (const auto &range : spec.labels) {
            QPDFObjectHandle d = QPDFObjectHandle::newDictionary();
            if (!range.prefix.isEmpty())
                d.replaceKey("/P", text(range.prefix));
            if (range.style)
                d.replaceKey("/S", QPDFObjectHandle::newName(std::string("/") + range.style));
            if (range.start != 1)
                d.replaceKey("/St", QPDFObjectHandle::newInteger(range.start));
            nums.appendItem(QPDFObjectHandle::newInteger(range.first));
            nums.appendItem(d);
        }
        QPDFObjectHandle labels = QPDFObjectHandle::newDictionary();
        labels.replaceKey("/Nums", nums);
        root.replaceKey("/PageLabels", labels);
    }
    if (!spec.info.isEmpty()) {
        QPDFObjectHandle info = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        for (auto it = spec.info.cbegin(); it != spec.info.cend(); ++it)
            info.replaceKey("/" + utf8(it.key()), text(it.value()));
        pdf.getTrailer().replaceKey("/Info", info);
    }
    if (spec.attachment) {
        auto stream = QPDFEFStreamObjectHelper::createEFStream(
            pdf, std::string(spec.attachment->constData(), std::size_t(spec.attachment->size())));
        stream.setSubtype("application/json");
        if (!spec.declareAttachmentSize)
            stream.getObjectHandle().getDict().removeKey("/Params");
        auto fs = QPDFFileSpecObjectHelper::createFileSpec(pdf, "shenbao-dossier.json", stream);
        QPDFEmbeddedFileDocumentHelper(pdf).replaceEmbeddedFile("shenbao-dossier.json", fs);
    }

    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.setStaticID(true);
    writer.setCompressStreams(spec.compress);
    writer.setObjectStreamMode(spec.compress ? qpdf_o_generate : qpdf_o_disable);
    writer.write();
    auto buffer = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()),
                      qsizetype(buffer->getSize()));
}

QString fingerprintOf(QJsonObject embedded)
{
    embedded.remove(QLatin1StringView("fingerprint"));
    return QString::fromLatin1(
        QCryptographicHash::hash(ProjectJson::canonical(embedded), QCryptographicHash::Sha256)
            .toHex());
}

SyntheticDossier makeSyntheticDossier(const DossierSpec &spec)
{
    SyntheticDossier out;
    out.project = spec.project;
    int number = spec.formPages; // last numbered page so far
    for (auto &e : out.project.evidence) {
        e.file.reset();
        e.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(e.id.toUtf8(), QCryptographicHash::Sha256).toHex());
        e.pages = spec.pagesPerEvidence;
        e.firstPage = number + 2; // after its separator
        number += 1 + spec.pagesPerEvidence;
    }
    number += spec.extraPages;
    out.pageCount = spec.frontPages + number;
    out.evaluation = RulesEngine().evaluate(out.project);

    QJsonObject embedded = ProjectJson::toObject(out.project, ProjectJson::Flavor::Dossier);
    QJsonArray rules;
    for (const auto &r : out.evaluation.rules) {
        rules.append(QJsonObject{{QStringLiteral("id"), r.id},
                                 {QStringLiteral("state"), toKey(r.state)},
                                 {QStringLiteral("figure"), r.figure}});
    }
    embedded.insert(QStringLiteral("rules"), rules);
    out.fingerprint = fingerprintOf(embedded);
    embedded.insert(QStringLiteral("fingerprint"), out.fingerprint);
    if (spec.tamper)
        spec.tamper(embedded);
    out.embedded = embedded;

    SyntheticPdf pdf;
    pdf.pageCount = out.pageCount;
    if (spec.pageLabels) {
        pdf.labels << SyntheticPdf::LabelRange{0, QStringLiteral("封面"), 0, 1};
        if (spec.frontPages > 1)
            pdf.labels << SyntheticPdf::LabelRange{1, QString(), 'r', 1};
        pdf.labels << SyntheticPdf::LabelRange{spec.frontPages, QString(), 'D', 1};
    }
    const QString name = out.project.applicant.name.value_or(QString());
    pdf.info = {
        {QStringLiteral("Title"), QStringLiteral("广东省智能制造生态合作伙伴申报书 — ") + name},
        {QStringLiteral("Author"), name},
        {QStringLiteral("Keywords"),
         QStringLiteral("智能制造生态合作伙伴, ") + out.project.applicant.uscc.value_or(QString())},
        {QStringLiteral("Creator"), QStringLiteral("Shenbao test fixture")},
        {QStringLiteral("ShenbaoFingerprint"), spec.infoFingerprint.value_or(out.fingerprint)}};
    pdf.attachment = QJsonDocument(embedded).toJson(QJsonDocument::Compact);
    pdf.declareAttachmentSize = spec.declareAttachmentSize;
    pdf.pagePadding = spec.pagePadding;
    pdf.compress = spec.compress;
    out.pdf = makeSyntheticPdf(pdf);
    return out;
}

QByteArray editEmbeddedJson(const QByteArray &pdf, const std::function<void(QJsonObject &)> &edit)
{
    QPDF q;
    q.processMemoryFile("dossier", pdf.constData(), std::size_t(pdf.size()));
    auto fs = QPDFEmbeddedFileDocumentHelper(q).getEmbeddedFile("shenbao-dossier.json");
    if (!fs)
        throw std::runtime_error("no shenbao-dossier.json");
    QPDFObjectHandle stream = fs->getEmbeddedFileStream();
    auto data = stream.getStreamData(qpdf_dl_generalized);
    QJsonObject o =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data->getBuffer()),
                                           qsizetype(data->getSize())))
            .object();
    edit(o);
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Indented);
    stream.replaceStreamData(std::string(json.constData(), std::size_t(json.size())),
                             QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
    QPDFObjectHandle params = stream.getDict().getKey("/Params");
    if (params.isDictionary()) {
        params.replaceKey("/Size", QPDFObjectHandle::newInteger(json.size()));
        params.removeKey("/CheckSum");
    }
    QPDFWriter writer(q);
    writer.setOutputMemory();
    writer.write();
    auto buffer = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()),
                      qsizetype(buffer->getSize()));
}

} // namespace shenbao::test
