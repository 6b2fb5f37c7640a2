// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "gui/CupsPrintJob.h"

#include <QFile>
#include <QFileInfo>

#include <cups/cups.h>

#include <memory>
#include <utility>

namespace shenbao {

namespace {

struct HttpClose
{
    void operator()(http_t *http) const { httpClose(http); }
};
using Http = std::unique_ptr<http_t, HttpClose>;

struct DestFree
{
    void operator()(cups_dest_t *dest) const { cupsFreeDests(1, dest); }
};
using Dest = std::unique_ptr<cups_dest_t, DestFree>;

Http connectToServer()
{
    return Http(httpConnect2(cupsServer(), ippPort(), nullptr, AF_UNSPEC, cupsEncryption(), 1,
                             30000, nullptr));
}

QString lastError()
{
    return QString::fromUtf8(cupsLastErrorString());
}

QString destOption(const cups_dest_t *dest, const char *name)
{
    return QString::fromUtf8(cupsGetOption(name, dest->num_options, dest->options));
}

const char *sidesKeyword(PrintSettings::Sides sides)
{
    switch (sides) {
    case PrintSettings::Sides::OneSided:
        return "one-sided";
    case PrintSettings::Sides::TwoSidedShortEdge:
        return "two-sided-short-edge";
    case PrintSettings::Sides::TwoSidedLongEdge:
        break;
    }
    return "two-sided-long-edge";
}

// The IPP job template the dialog's choices map to. `multiple-document-handling` is what keeps
// bound copies apart: with separate-documents-collated-copies every copy is a set of its own,
// so a duplex copy never starts on the back of the previous copy's last sheet (cups-filters
// pads odd-length copies with a blank back when it makes the copies itself).
int buildOptions(const PrintSettings &s, cups_option_t **options)
{
    int count = 0;
    count = cupsAddIntegerOption("copies", std::max(1, s.copies), count, options);
    count = cupsAddOption("collate", s.collate ? "true" : "false", count, options);
    count = cupsAddOption("multiple-document-handling",
                          s.collate ? "separate-documents-collated-copies"
                                    : "separate-documents-uncollated-copies",
                          count, options);
    count = cupsAddOption("sides", sidesKeyword(s.sides), count, options);
    if (!s.media.isEmpty())
        count = cupsAddOption("media", s.media.toUtf8().constData(), count, options);
    const QString ranges = s.pageRangesText();
    if (!ranges.isEmpty())
        count = cupsAddOption("page-ranges", ranges.toUtf8().constData(), count, options);
    // The dossier's pages are A4 with their own margins: never scale them to "fit".
    count = cupsAddOption("print-scaling", "none", count, options);
    return count;
}

// A destination named "queue/instance" (lpoptions instances) is the queue with saved options;
// jobs go to the queue.
std::pair<QByteArray, QByteArray> queueAndInstance(const QString &printer)
{
    const qsizetype slash = printer.indexOf(u'/');
    if (slash < 0)
        return {printer.toUtf8(), {}};
    return {printer.left(slash).toUtf8(), printer.mid(slash + 1).toUtf8()};
}

const char *orNull(const QByteArray &text)
{
    return text.isEmpty() ? nullptr : text.constData();
}

// Why the destination cannot take the job now, or empty.
QString refusal(const cups_dest_t *dest, const QString &printer)
{
    if (destOption(dest, "printer-is-accepting-jobs") == QLatin1String("false"))
        return CupsPrintJob::tr(
                   "The printer “%1” is not accepting jobs. Enable it in the system’s printer "
                   "settings (or ask the administrator), then print again.")
            .arg(printer);
    if (destOption(dest, "printer-state") == QLatin1String("5")) { // IPP_PSTATE_STOPPED
        QString reasons = destOption(dest, "printer-state-reasons");
        if (reasons.isEmpty() || reasons == QLatin1String("none"))
            reasons = CupsPrintJob::tr("no reason given");
        return CupsPrintJob::tr(
                   "The printer “%1” is stopped (%2). Resume it in the system’s printer "
                   "settings, then print again; nothing was sent.")
            .arg(printer, reasons);
    }
    return {};
}

} // namespace

bool CupsPrintJob::hasDestination(const QString &printer)
{
    if (printer.isEmpty())
        return false;
    Http http = connectToServer();
    if (!http)
        return false;
    const auto [queue, instance] = queueAndInstance(printer);
    Dest dest(cupsGetNamedDest(http.get(), queue.constData(), orNull(instance)));
    return dest != nullptr;
}

PrintOutcome CupsPrintJob::submit(const QString &pdfPath, int documentPages,
                                  const PrintSettings &settings, const ProgressFn &progress)
{
    PrintOutcome out;
    out.viaPrintSystem = true;
    out.printer = settings.printer;
    out.copies = std::max(1, settings.copies);
    out.pages = settings.pagesPerCopy(documentPages);
    out.sheets = settings.sheets(documentPages);
    auto fail = [&out](const QString &error) {
        out.ok = false;
        out.error = error;
        return out;
    };

    QFile file(pdfPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1: cannot be read (%2)").arg(pdfPath, file.errorString()));
    if (out.pages < 1)
        return fail(tr("The page range selects no page of %1 (it has %2 pages).")
                        .arg(QFileInfo(pdfPath).fileName())
                        .arg(documentPages));

    Http http = connectToServer();
    if (!http)
        return fail(
            tr("The print system (CUPS) cannot be reached at %1. Is the cups service running?")
                .arg(QString::fromUtf8(cupsServer())));
    const auto [name, instance] = queueAndInstance(settings.printer);
    Dest dest(cupsGetNamedDest(http.get(), name.constData(), orNull(instance)));
    if (!dest)
        return fail(tr("The print system has no printer “%1”.").arg(settings.printer));
    if (const QString why = refusal(dest.get(), settings.printer); !why.isEmpty())
        return fail(why);

    cups_option_t *options = nullptr;
    const int optionCount = buildOptions(settings, &options);
    const QByteArray title =
        (settings.title.isEmpty() ? QFileInfo(pdfPath).completeBaseName() : settings.title)
            .toUtf8();
    const int job =
        cupsCreateJob(http.get(), name.constData(), title.constData(), optionCount, options);
    cupsFreeOptions(optionCount, options);
    if (job == 0)
        return fail(tr("The printer “%1” refused the job: %2").arg(settings.printer, lastError()));
    out.jobId = job;

    const QByteArray docName = QFileInfo(pdfPath).fileName().toUtf8();
    if (cupsStartDocument(http.get(), name.constData(), job, docName.constData(), CUPS_FORMAT_PDF,
                          1) != HTTP_STATUS_CONTINUE) {
        const QString error = lastError();
        cupsCancelJob2(http.get(), name.constData(), job, 0);
        return fail(tr("The printer “%1” refused the document: %2").arg(settings.printer, error));
    }
    const qint64 total = std::max<qint64>(1, file.size());
    qint64 sent = 0;
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    bool cancelled = false;
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return fail(tr("%1: cannot be read (%2)").arg(pdfPath, file.errorString()));
        if (n == 0)
            break;
        if (cupsWriteRequestData(http.get(), buffer.constData(), size_t(n)) !=
            HTTP_STATUS_CONTINUE) {
            const QString error = lastError();
            http.reset(); // the request is broken; the job is cancelled on a fresh connection
            cupsCancelJob2(nullptr, name.constData(), job, 0);
            return fail(tr("Sending to the printer “%1” failed: %2").arg(settings.printer, error));
        }
        sent += n;
        if (progress &&
            !progress(double(sent) / total, tr("Sending to %1").arg(settings.printer))) {
            cancelled = true;
            break;
        }
    }
    if (cancelled) {
        // Closing the connection aborts the unfinished document; the job itself must go too,
        // or it would wait in the queue for a document that never comes.
        http.reset();
        cupsCancelJob2(nullptr, name.constData(), job, 0);
        return fail(tr("Printing was cancelled; job %1 was removed from the queue.").arg(job));
    }
    if (cupsFinishDocument(http.get(), name.constData()) > IPP_STATUS_OK_EVENTS_COMPLETE)
        return fail(
            tr("The printer “%1” refused the document: %2").arg(settings.printer, lastError()));
    if (progress)
        progress(1.0, QString());
    out.ok = true;
    return out;
}

} // namespace shenbao
