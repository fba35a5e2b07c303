#include "RealFreeSwitch.h"

#include "sandbox/GatewayDirectory.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <QUrlQuery>
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace xynap::testsupport {

namespace {

constexpr int StartTimeoutMs = 90'000;
constexpr int StopTimeoutMs = 40'000;

QString bundleIn(const QString &dir)
{
    if (QFileInfo::exists(dir + u"/bin/freeswitch"_s) && QFileInfo::exists(dir + u"/start.sh"_s))
        return dir;
    QDirIterator it(dir, {u"freeswitch"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo bin(it.next());
        if (bin.dir().dirName() == u"bin"_s) {
            const QString root = QFileInfo(bin.dir().absolutePath()).absolutePath();
            if (QFileInfo::exists(root + u"/start.sh"_s))
                return root;
        }
    }
    return {};
}

QString runnableError(const QString &dir)
{
    QProcess p;
    p.start(dir + u"/bin/freeswitch"_s, {u"-version"_s});
    if (!p.waitForFinished(20'000) || p.exitCode() != 0
        || !p.readAllStandardOutput().contains("FreeSWITCH version")) {
        return u"%1/bin/freeswitch -version does not run (%2): install the runtime packages its "
               "README lists (./setup.sh test does when XYNAP_FREESWITCH is set)"_s.arg(
                   dir, QString::fromLocal8Bit(p.readAllStandardError()).trimmed().left(300));
    }
    return {};
}

QString extract(const QString &tarball, QString *error)
{
    const QFileInfo info(tarball);
    const QString cacheRoot = QStringLiteral(XYNAP_FREESWITCH_CACHE);
    QDir().mkpath(cacheRoot);
    const QString target = u"%1/%2-%3-%4"_s.arg(cacheRoot, info.completeBaseName())
                               .arg(info.size())
                               .arg(info.lastModified().toSecsSinceEpoch());
    QLockFile lock(target + u".lock"_s);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(120'000)) {
        *error = u"cannot lock %1.lock to extract the bundle"_s.arg(target);
        return {};
    }
    if (QFileInfo::exists(target + u"/.complete"_s))
        return bundleIn(target);
    QDir(target).removeRecursively();
    QDir().mkpath(target);
    QProcess tar;
    tar.start(u"tar"_s, {u"-xJf"_s, tarball, u"-C"_s, target});
    if (!tar.waitForFinished(120'000) || tar.exitStatus() != QProcess::NormalExit
        || tar.exitCode() != 0) {
        *error = u"cannot extract %1: %2"_s.arg(
            tarball, QString::fromLocal8Bit(tar.readAllStandardError()).trimmed());
        return {};
    }
    QFile done(target + u"/.complete"_s);
    if (!done.open(QIODevice::WriteOnly)) {
        *error = u"cannot write into %1"_s.arg(target);
        return {};
    }
    return bundleIn(target);
}

bool isLoopbackHost(QString value)
{
    value = value.trimmed();
    if (value.startsWith(u"sip:"_s, Qt::CaseInsensitive) || value.startsWith(u"sips:"_s))
        value = value.mid(value.indexOf(u':') + 1);
    value = value.section(u';', 0, 0);
    if (const qsizetype at = value.indexOf(u'@'); at >= 0)
        value = value.mid(at + 1);
    QString host;
    if (value.startsWith(u'[')) {
        const qsizetype end = value.indexOf(u']');
        if (end < 0)
            return false;
        host = value.mid(1, end - 1);
    } else {
        // A bare IPv6 literal is cut at its last colon by FreeSWITCH: never loopback-safe.
        if (value.count(u':') > 1)
            return false;
        host = value.section(u':', 0, 0);
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QString freeSwitchNotConfiguredLine()
{
    return u"not run: XYNAP_FREESWITCH is not set. Point it at a FreeSWITCH 1.10.12 bundle (a "
           "directory holding bin/freeswitch, or the bundle's .tar.xz), e.g. "
           "XYNAP_FREESWITCH=../shared/freeswitch ./setup.sh test"_s;
}

BundleLocation locateFreeSwitchBundle()
{
    BundleLocation b;
    const QString configured = qEnvironmentVariable("XYNAP_FREESWITCH");
    if (configured.isEmpty()) {
        b.configured = false;
        b.error = freeSwitchNotConfiguredLine();
        return b;
    }
    const QFileInfo info(configured);
    QString tarball;
    if (info.isDir()) {
        b.dir = bundleIn(info.absoluteFilePath());
        if (b.dir.isEmpty()) {
            const QStringList tars
                = QDir(info.absoluteFilePath())
                      .entryList({u"freeswitch-*.tar.xz"_s}, QDir::Files, QDir::Name);
            if (!tars.isEmpty())
                tarball = info.absoluteFilePath() + u'/' + tars.last();
        }
    } else if (info.isFile() && info.fileName().endsWith(u".tar.xz"_s)) {
        tarball = info.absoluteFilePath();
    }
    if (b.dir.isEmpty() && !tarball.isEmpty())
        b.dir = extract(tarball, &b.error);
    if (b.dir.isEmpty()) {
        if (b.error.isEmpty())
            b.error = u"XYNAP_FREESWITCH=%1 holds neither bin/freeswitch nor a "
                      "freeswitch-*.tar.xz bundle"_s.arg(configured);
        return b;
    }
    b.error = runnableError(b.dir);
    return b;
}

quint16 freeLoopbackPort()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QUdpSocket udp;
        if (!udp.bind(QHostAddress::LocalHost, 0))
            continue;
        const quint16 port = udp.localPort();
        QUdpSocket udp6;
        QTcpServer tcp;
        QTcpServer tcp6;
        if (udp6.bind(QHostAddress::LocalHostIPv6, port)
            && tcp.listen(QHostAddress::LocalHost, port)
            && tcp6.listen(QHostAddress::LocalHostIPv6, port))
            return port;
    }
    return 0;
}

LoopbackCheck checkXmlCurlServesLoopbackOnly(const QUrl &xmlCurlUrl, const QStringList &profiles)
{
    LoopbackCheck check;
    if (!QHostAddress(xmlCurlUrl.host()).isLoopback()) {
        check.error = u"the xml-curl URL %1 is not on loopback"_s.arg(xmlCurlUrl.toString());
        return check;
    }
    QNetworkAccessManager network;
    for (const QString &profile : profiles) {
        QNetworkRequest request(xmlCurlUrl);
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        QUrlQuery form;
        form.addQueryItem(u"hostname"_s, u"xynap-test"_s);
        form.addQueryItem(u"section"_s, u"directory"_s);
        form.addQueryItem(u"purpose"_s, u"gateways"_s);
        form.addQueryItem(u"profile"_s, profile);
        std::unique_ptr<QNetworkReply> reply(
            network.post(request, form.toString(QUrl::FullyEncoded).toUtf8()));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10'000)) {
            check.error = u"the xml-curl did not answer for profile %1"_s.arg(profile);
            return check;
        }
        if (reply->error() == QNetworkReply::ConnectionRefusedError)
            continue; // nothing listens: nothing is served, FreeSWITCH runs without gateways
        if (reply->error() != QNetworkReply::NoError) {
            check.error
                = u"the xml-curl failed for profile %1: %2"_s.arg(profile, reply->errorString());
            return check;
        }
        const sandbox::GatewayDirectory dir = sandbox::parseGatewayDirectory(reply->readAll());
        if (!dir.error.isEmpty()) {
            check.error = u"the xml-curl's answer for %1 is not XML: %2"_s.arg(profile, dir.error);
            return check;
        }
        for (const sandbox::GatewayDefinition &gw : dir.gateways) {
            ++check.gateways;
            bool anyProxy = false;
            for (const QString &param : {u"proxy"_s, u"register-proxy"_s, u"outbound-proxy"_s}) {
                if (!gw.params.contains(param))
                    continue;
                anyProxy = true;
                if (!isLoopbackHost(gw.params.value(param))) {
                    check.error = u"refusing: gateway %1 (profile %2) has %3 %4, not a loopback "
                                  "address"_s.arg(gw.name, profile, param, gw.params.value(param));
                    return check;
                }
            }
            if (!anyProxy) {
                // FreeSWITCH sends to the realm, else to the gateway's name.
                const QString target = gw.params.value(u"realm"_s, gw.name);
                if (!isLoopbackHost(target)) {
                    check.error = u"refusing: gateway %1 (profile %2) has no proxy and would be "
                                  "sent to %3"_s.arg(gw.name, profile, target);
                    return check;
                }
            }
        }
    }
    return check;
}

RealFreeSwitch::RealFreeSwitch() = default;

RealFreeSwitch::~RealFreeSwitch()
{
    if (m_pid > 0 && !stop() && m_pid > 0) {
        ::kill(pid_t(m_pid), SIGKILL);
        m_pid = 0;
    }
    if (m_reaper.state() != QProcess::NotRunning) {
        m_reaper.kill();
        m_reaper.waitForFinished(2000);
    }
}

bool RealFreeSwitch::start(const Options &options)
{
    m_options = options;
    m_bundle = locateFreeSwitchBundle();
    if (!m_bundle.ok()) {
        m_error = m_bundle.error;
        return false;
    }
    const LoopbackCheck check = checkXmlCurlServesLoopbackOnly(options.xmlCurlUrl);
    if (!check.ok()) {
        m_error = check.error;
        return false;
    }
    if (!prepareRunDir())
        return false;
    return launch();
}

bool RealFreeSwitch::prepareRunDir()
{
    const QString base = QStringLiteral(XYNAP_FREESWITCH_RUNS);
    QDir().mkpath(base);
    m_run = std::make_unique<QTemporaryDir>(base + u"/fs-XXXXXX"_s);
    if (!m_run->isValid()) {
        m_error = u"cannot create a run directory under %1"_s.arg(base);
        return false;
    }
    QProcess cp;
    QDir().mkpath(m_run->path() + u"/conf"_s);
    cp.start(u"cp"_s, {u"-a"_s, m_bundle.dir + u"/conf/."_s, m_run->path() + u"/conf/"_s});
    if (!cp.waitForFinished(20'000) || cp.exitCode() != 0) {
        m_error = u"cannot copy the bundle's configuration"_s;
        return false;
    }
    // Short SIP timers on both profiles: a REGISTER or ping nobody answers fails in seconds.
    const QString timers
        = u"    <param name=\"timer-T1\" value=\"%1\"/>\n"
          "    <param name=\"timer-T1X64\" value=\"%2\"/>\n  </settings>"_s.arg(m_options.timerT1Ms)
              .arg(m_options.timerT1x64Ms);
    for (const QString &profile : {u"external-ipv4"_s, u"internal"_s}) {
        QFile f(m_run->path() + u"/conf/sip_profiles/"_s + profile + u".xml"_s);
        if (!f.open(QIODevice::ReadOnly)) {
            m_error = u"the bundle has no profile %1"_s.arg(profile);
            return false;
        }
        QString xml = QString::fromUtf8(f.readAll());
        f.close();
        xml.replace(u"</settings>"_s, timers);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(xml.toUtf8()) < 0) {
            m_error = u"cannot write %1"_s.arg(f.fileName());
            return false;
        }
    }
    m_eslPort = freeLoopbackPort();
    m_ipv4Port = freeLoopbackPort();
    m_ipv6Port = freeLoopbackPort();
    if (!m_eslPort || !m_ipv4Port || !m_ipv6Port || m_eslPort == m_ipv4Port
        || m_ipv4Port == m_ipv6Port || m_eslPort == m_ipv6Port) {
        m_error = u"no free loopback ports"_s;
        return false;
    }
    return true;
}

bool RealFreeSwitch::launch()
{
    QProcess start;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"FS_ESL_PORT"_s, QString::number(m_eslPort));
    env.insert(u"FS_ESL_PASSWORD"_s, m_options.eslPassword);
    env.insert(u"FS_EXTERNAL_SIP_PORT"_s, QString::number(m_ipv4Port));
    env.insert(u"FS_INTERNAL_SIP_PORT"_s, QString::number(m_ipv6Port));
    env.insert(u"FS_XML_CURL_URL"_s, m_options.xmlCurlUrl.toString());
    env.insert(u"FS_START_TIMEOUT"_s, u"60"_s);
    start.setProcessEnvironment(env);
    start.start(m_bundle.dir + u"/start.sh"_s, {m_run->path()});
    const bool finished = start.waitForFinished(StartTimeoutMs);
    const QString out = QString::fromLocal8Bit(start.readAllStandardOutput());
    const QString err = QString::fromLocal8Bit(start.readAllStandardError());
    for (const QString &line : out.split(u'\n')) {
        if (line.startsWith(u"FS_PID="_s))
            m_pid = line.mid(7).toLongLong();
    }
    if (!finished || start.exitCode() != 0 || m_pid <= 0) {
        m_error = u"FreeSWITCH did not start: %1\n%2"_s.arg(err.trimmed(), logTail(15));
        if (m_pid > 0)
            ::kill(pid_t(m_pid), SIGKILL);
        m_pid = 0;
        return false;
    }
    startReaper();
    return true;
}

void RealFreeSwitch::startReaper()
{
    if (m_reaper.state() != QProcess::NotRunning)
        return;
    // Stops FreeSWITCH when the test process is gone, however it ended (a ctest timeout too).
    const QString script = uR"(
        trap '' TERM INT HUP
        while kill -0 "$1" 2>/dev/null; do sleep 1; done
        pid=$(cat "$3/run/freeswitch.pid" 2>/dev/null) && kill -CONT "$pid" 2>/dev/null
        "$2" "$3" >/dev/null 2>&1 || { [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null; }
        exit 0)"_s;
    m_reaper.setProgram(u"sh"_s);
    m_reaper.setArguments({u"-c"_s, script, u"reaper"_s, QString::number(::getpid()),
        m_bundle.dir + u"/stop.sh"_s, m_run->path()});
    m_reaper.setStandardOutputFile(QProcess::nullDevice());
    m_reaper.setStandardErrorFile(QProcess::nullDevice());
    // In its own session, so a signal to the test's process group does not end it first.
    m_reaper.setChildProcessModifier([] { ::setsid(); });
    m_reaper.start();
    m_reaper.waitForStarted(5000);
}

bool RealFreeSwitch::stop()
{
    if (m_pid <= 0)
        return true;
    if (m_hung)
        resume();
    QProcess stop;
    stop.start(m_bundle.dir + u"/stop.sh"_s, {m_run->path()});
    const bool ok = stop.waitForFinished(StopTimeoutMs) && stop.exitCode() == 0;
    if (!ok) {
        ::kill(pid_t(m_pid), SIGKILL);
        m_error = u"FreeSWITCH did not stop: %1"_s.arg(
            QString::fromLocal8Bit(stop.readAllStandardError()).trimmed());
    }
    m_pid = 0;
    return ok;
}

void RealFreeSwitch::hang()
{
    if (m_pid > 0 && ::kill(pid_t(m_pid), SIGSTOP) == 0)
        m_hung = true;
}

void RealFreeSwitch::resume()
{
    if (m_pid > 0 && ::kill(pid_t(m_pid), SIGCONT) == 0)
        m_hung = false;
}

bool RealFreeSwitch::restart()
{
    if (m_pid > 0 || !m_run)
        return false;
    const LoopbackCheck check = checkXmlCurlServesLoopbackOnly(m_options.xmlCurlUrl);
    if (!check.ok()) {
        m_error = check.error;
        return false;
    }
    return launch();
}

QString RealFreeSwitch::api(const QString &command, int timeoutMs) const
{
    if (m_pid <= 0)
        return {};
    QProcess cli;
    cli.start(m_bundle.dir + u"/bin/fs_cli"_s,
        {u"-H"_s, u"127.0.0.1"_s, u"-P"_s, QString::number(m_eslPort), u"-p"_s,
            m_options.eslPassword, u"-T"_s, u"2000"_s, u"-t"_s, QString::number(timeoutMs), u"-x"_s,
            command});
    if (!cli.waitForFinished(timeoutMs + 5000)) {
        cli.kill();
        cli.waitForFinished(2000);
        return {};
    }
    QString out = QString::fromUtf8(cli.readAllStandardOutput());
    while (out.endsWith(u'\n') || out.endsWith(u'\r'))
        out.chop(1);
    return out;
}

bool RealFreeSwitch::rescan(const QString &profile)
{
    const LoopbackCheck check = checkXmlCurlServesLoopbackOnly(m_options.xmlCurlUrl);
    if (!check.ok()) {
        m_error = check.error;
        return false;
    }
    return api(u"sofia profile %1 rescan"_s.arg(profile)).contains(u"+OK"_s);
}

QString RealFreeSwitch::logTail(int lines) const
{
    if (!m_run)
        return {};
    QFile f(m_run->path() + u"/log/freeswitch.log"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> all = f.readAll().split('\n');
    return QString::fromUtf8(all.mid(qMax<qsizetype>(0, all.size() - lines)).join('\n'));
}

QString RealFreeSwitch::runDir() const
{
    return m_run ? m_run->path() : QString();
}

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(10'000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool SandboxProcess::start(const QByteArray &scenarioJson, quint16 apiPort)
{
    m_dir = std::make_unique<QTemporaryDir>();
    QFile scenario(scenarioPath());
    if (!m_dir->isValid() || !scenario.open(QIODevice::WriteOnly)
        || scenario.write(scenarioJson) != scenarioJson.size()) {
        m_error = u"cannot write the scenario"_s;
        return false;
    }
    scenario.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XYNAP_SANDBOX_OPERATOR_TOKEN"_s, m_token);
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // It dies with the test, however the test ends.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start(QStringLiteral(XYNAP_SANDBOX_BIN),
        {u"--api-port"_s, QString::number(apiPort), u"--esl-port"_s, u"0"_s, u"--scenario"_s,
            scenarioPath()});
    QByteArray line;
    while (!line.contains('\n') && m_process.waitForReadyRead(15'000))
        line += m_process.readAllStandardOutput();
    const QJsonObject info = QJsonDocument::fromJson(line.left(line.indexOf('\n'))).object();
    m_apiUrl = QUrl(info.value(u"api_url"_s).toString());
    if (!m_apiUrl.isValid() || m_apiUrl.isEmpty()) {
        m_error = u"xynap-sandbox did not start: %1 %2"_s.arg(
            QString::fromUtf8(line), QString::fromLocal8Bit(m_process.readAllStandardError()));
        return false;
    }
    return true;
}

QUrl SandboxProcess::xmlCurlUrl() const
{
    QUrl url = m_apiUrl;
    url.setPath(u"/api/v1/sip/xml-curl"_s);
    return url;
}

QString SandboxProcess::scenarioPath() const
{
    return m_dir ? m_dir->filePath(u"scenario.json"_s) : QString();
}

} // namespace xynap::testsupport
