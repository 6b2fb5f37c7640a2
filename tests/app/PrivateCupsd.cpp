// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "PrivateCupsd.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <cups/cups.h>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace shenbao::test {

namespace {

bool writeText(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           f.write(text.toUtf8()) == text.toUtf8().size();
}

QString tempBase()
{
    // A Unix socket path must stay under 108 bytes; a long TMPDIR falls back to /tmp.
    const QString base = QDir::tempPath();
    return base.size() < 60 ? base : QStringLiteral("/tmp");
}

} // namespace

PrivateCupsd::PrivateCupsd()
    : m_dir(tempBase() + QStringLiteral("/shenbao-cupsd-XXXXXX"))
{
    const QString cupsd = QStringLiteral("/usr/sbin/cupsd");
    if (!QFileInfo(cupsd).isExecutable()) {
        m_whyNot = QStringLiteral("no %1 (Debian package cups-daemon)").arg(cupsd);
        return;
    }
    for (const QString &tool : {QStringLiteral("lpadmin"), QStringLiteral("cupsdisable")}) {
        if (QStandardPaths::findExecutable(
                tool, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")})
                .isEmpty()) {
            m_whyNot = QStringLiteral("no %1 (Debian package cups-client)").arg(tool);
            return;
        }
    }
    if (!QFileInfo(QStringLiteral("/usr/lib/cups/filter/pdftopdf")).isExecutable()) {
        m_whyNot = QStringLiteral("no pdftopdf filter (Debian package cups-filters)");
        return;
    }
    if (!m_dir.isValid()) {
        m_whyNot = QStringLiteral("no temporary directory: %1").arg(m_dir.errorString());
        return;
    }
    // Run as root, cupsd runs its filters as the user lp: they must reach the spool.
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::ExeOther);
    const QDir root(m_dir.path());
    for (const char *sub : {"spool", "spool/tmp", "cache", "state", "log", "out", "ppd"})
        root.mkpath(QString::fromLatin1(sub));

    const QString conf = root.filePath(QStringLiteral("cupsd.conf"));
    const QString files = root.filePath(QStringLiteral("cups-files.conf"));
    writeText(conf, QStringLiteral(
                        "LogLevel debug\n"
                        "Listen %1\n"
                        "Browsing Off\n"
                        "DefaultAuthType None\n"
                        "WebInterface No\n"
                        "PreserveJobFiles Yes\n"
                        "PreserveJobHistory Yes\n"
                        "ErrorPolicy abort-job\n"
                        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                        "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"
                        "<Policy default>\n  <Limit All>\n    Order allow,deny\n    Allow all\n"
                        "  </Limit>\n</Policy>\n")
                        .arg(server()));
    QString filesText = QStringLiteral("FileDevice Yes\n"
                                       "ServerRoot %1\n"
                                       "RequestRoot %1/spool\n"
                                       "TempDir %1/spool/tmp\n"
                                       "CacheDir %1/cache\n"
                                       "StateDir %1/state\n"
                                       "AccessLog %1/log/access_log\n"
                                       "ErrorLog %1/log/error_log\n"
                                       "PageLog %1/log/page_log\n"
                                       "Printcap %1/printcap\n"
                                       "Sandboxing Relaxed\n")
                            .arg(root.path());
    if (geteuid() != 0) {
        // Not root: cupsd cannot change user, so it runs the filters as the caller.
        if (const passwd *pw = getpwuid(geteuid()))
            filesText += QStringLiteral("User %1\n").arg(QString::fromLocal8Bit(pw->pw_name));
        if (const group *gr = getgrgid(getegid()))
            filesText += QStringLiteral("Group %1\nSystemGroup %1\n")
                             .arg(QString::fromLocal8Bit(gr->gr_name));
    }
    writeText(files, filesText);

    m_daemon.setProcessChannelMode(QProcess::MergedChannels);
    // Whatever happens to the test process, its daemon goes with it.
    m_daemon.setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_daemon.start(cupsd,
                   {QStringLiteral("-f"), QStringLiteral("-c"), conf, QStringLiteral("-s"), files});
    if (!m_daemon.waitForStarted(5000)) {
        m_whyNot = QStringLiteral("cupsd does not start: %1").arg(m_daemon.errorString());
        return;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        if (m_daemon.state() != QProcess::Running) {
            m_whyNot = QStringLiteral("cupsd stopped at once: %1 %2")
                           .arg(QString::fromLocal8Bit(m_daemon.readAll()), errorLog().right(2000));
            return;
        }
        QString out;
        if (QFileInfo::exists(server()) &&
            run(QStringLiteral("lpstat"), {QStringLiteral("-r")}, &out) &&
            out.contains(QStringLiteral("is running")))
            return;
        QThread::msleep(50);
    }
    m_whyNot = QStringLiteral("cupsd does not answer on %1 within 10 s: %2")
                   .arg(server(), errorLog().right(2000));
}

PrivateCupsd::~PrivateCupsd()
{
    if (m_daemon.state() == QProcess::NotRunning)
        return;
    m_daemon.terminate();
    if (!m_daemon.waitForFinished(5000)) {
        m_daemon.kill();
        m_daemon.waitForFinished(2000);
    }
}

bool PrivateCupsd::run(const QString &tool, const QStringList &args, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(tool, QStringList{QStringLiteral("-h"), server()} + args);
    const bool ok =
        p.waitForFinished(15000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return ok;
}

QString PrivateCupsd::addQueue(const QString &name, const QString &ppd, QString *error)
{
    const QString device = m_dir.filePath(QStringLiteral("out/") + name + QStringLiteral(".out"));
    QString out;
    if (!run(QStringLiteral("lpadmin"),
             {QStringLiteral("-p"), name, QStringLiteral("-E"), QStringLiteral("-v"),
              QStringLiteral("file://") + device, QStringLiteral("-P"), ppd},
             &out)) {
        if (error)
            *error = out;
        return {};
    }
    return device;
}

QString PrivateCupsd::spooledDocument(int jobId) const
{
    return m_dir.filePath(QStringLiteral("spool/d%1-001").arg(jobId, 5, 10, QLatin1Char('0')));
}

QMap<QString, QString> PrivateCupsd::jobAttributes(int jobId) const
{
    QMap<QString, QString> attributes;
    const QByteArray host = server().toUtf8();
    http_t *http = httpConnect2(host.constData(), ippPort(), nullptr, AF_UNSPEC,
                                HTTP_ENCRYPTION_NEVER, 1, 5000, nullptr);
    if (!http)
        return attributes;
    ipp_t *request = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
    const QByteArray uri = "ipp://localhost/jobs/" + QByteArray::number(jobId);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nullptr, uri.constData());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr,
                 cupsUser());
    const char *all = "all";
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 1, nullptr,
                  &all);
    ipp_t *response = cupsDoRequest(http, request, "/");
    for (ipp_attribute_t *a = ippFirstAttribute(response); a; a = ippNextAttribute(response)) {
        if (!ippGetName(a))
            continue;
        char value[2048];
        ippAttributeString(a, value, sizeof value);
        attributes.insert(QString::fromUtf8(ippGetName(a)), QString::fromUtf8(value));
    }
    ippDelete(response);
    httpClose(http);
    return attributes;
}

int PrivateCupsd::waitForJob(int jobId, int ms) const
{
    QElapsedTimer timer;
    timer.start();
    int state = 0;
    while (timer.elapsed() < ms) {
        // job-state is an enum; ippAttributeString gives its keyword ("completed").
        const QString keyword = jobAttributes(jobId).value(QStringLiteral("job-state"));
        state = keyword.isEmpty() ? 0 : ippEnumValue("job-state", keyword.toUtf8().constData());
        if (state >= IPP_JSTATE_CANCELED)
            return state;
        QThread::msleep(50);
    }
    return state;
}

QString PrivateCupsd::errorLog() const
{
    QFile f(m_dir.filePath(QStringLiteral("log/error_log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace shenbao::test
