#include "cli/ServeCommand.h"

#include "cli/CoverageCommand.h"
#include "coverage/CoverageAnalyzer.h"
#include "lint/LintEngine.h"
#include "model/FileRead.h"
#include "platform/LimitedTcpServer.h"
#include "platform/PlatformApi.h"
#include "platform/StopSignals.h"
#include "session/CoverageSources.h"
#include "session/GatewayFindings.h"
#include "session/SnapshotBuilder.h"
#include "session/SofiaActions.h"

#include <QAbstractHttpServer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <csignal>

using namespace Qt::StringLiterals;

namespace xynap::cli {

namespace {

// What a scraper is told when its request is larger than any scrape (MaxRequestBytes).
QByteArray tooLargeAnswer()
{
    return platform::payloadTooLargeAnswer("text/plain; charset=utf-8",
        "The request is larger than a scrape of the metrics can be.\n");
}

} // namespace

// The HTTP side: every request goes to ServeCommand::answer().
class MetricsHttpServer final : public QAbstractHttpServer {
public:
    explicit MetricsHttpServer(ServeCommand *serve)
        : m_serve(serve)
    {
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        QByteArray method;
        switch (request.method()) {
        case QHttpServerRequest::Method::Get:
            method = "GET";
            break;
        case QHttpServerRequest::Method::Head:
            method = "HEAD";
            break;
        default:
            method = "OTHER";
        }
        if (m_serve->isWriting()) {
            // A second request on the socket being written to (read while it waited for the
            // scraper): not answered, and the connection ends after the answer being written,
            // so that the scraper is not left waiting for it.
            m_unanswered = true;
            return true;
        }
        ServeCommand::Answer a
            = m_serve->answer(method, request.url().path(), request.value("Authorization"));
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(a.status));
        responder.writeHeader("Content-Type", a.contentType);
        if (!a.authenticate.isEmpty())
            responder.writeHeader("WWW-Authenticate", a.authenticate);
        if (!a.exposition) {
            responder.writeHeader("Content-Length", QByteArray::number(a.body.size()));
            responder.writeBody(a.body);
            return true;
        }
        // Its length is known only once it is written: in chunks (RFC 9112, 7.1), each piece as
        // it is made; the next is made only once the socket has taken most of what waits.
        responder.writeHeader("Transfer-Encoding", "chunked");
        if (method == "HEAD") {
            responder.writeBody(QByteArray());
            return true;
        }
        QPointer<QTcpSocket> to(socket);
        // What still waits to go out: over TLS also what is encrypted and not yet sent.
        const auto waiting = [&to] {
            const auto *tls = qobject_cast<const QSslSocket *>(to.data());
            return to->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0);
        };
        qint64 waitedMs = 0; // for the scraper, not for the making
        m_unanswered = false;
        const bool written = m_serve->writeExposition([&](const QByteArray &piece) {
            if (!to || to->state() != QAbstractSocket::ConnectedState)
                return false;
            responder.writeBody(QByteArray::number(piece.size(), 16) + "\r\n");
            // The piece straight to the socket: QIODevice::write(const QByteArray &) keeps the
            // piece itself in the socket's buffer, where the responder's writeBody would copy
            // it (300 MB a scrape at 250,000 gateways, into memory touched for the first time).
            to->write(piece);
            responder.writeBody("\r\n");
            // Nothing else runs meanwhile (the nodes' links wait): a scraper that takes nothing
            // for ScrapeStallMs, or keeps serve waiting ScrapeSendMs in all, is cut off.
            while (to && waiting() > ServeCommand::SendBufferBytes) {
                const qint64 left = ServeCommand::ScrapeSendMs - waitedMs;
                QElapsedTimer waited;
                waited.start();
                const bool took = left > 0
                    && to->waitForBytesWritten(
                        int(qMin<qint64>(left, ServeCommand::ScrapeStallMs)));
                waitedMs += waited.elapsed();
                if (!took)
                    return false;
            }
            return bool(to);
        });
        if (!to)
            return true;
        if (!written) {
            to->abort(); // a scraper too slow or gone: cut off, never a short answer
            return true;
        }
        responder.writeBody("0\r\n\r\n");
        if (m_unanswered)
            to->disconnectFromHost();
        return true;
    }
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        handleRequest(request, socket);
    }

private:
    ServeCommand *m_serve;
    bool m_unanswered = false; // a request came while an answer was written
};

std::optional<std::pair<QHostAddress, quint16>> ServeOptions::parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon < 0)
        return std::nullopt;
    QString host = text.left(colon);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    if (host.isEmpty())
        return std::pair {QHostAddress(QHostAddress::Any), quint16(port)};
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(u':'))
        return std::nullopt; // an IPv6 address goes in brackets
    if (host == u"localhost"_s)
        return std::pair {QHostAddress(QHostAddress::LocalHost), quint16(port)};
    QHostAddress address;
    if (!address.setAddress(host))
        return std::nullopt;
    return std::pair {address, quint16(port)};
}

ServeCommand::ServeCommand(Target target, Io io, Options options, QObject *parent)
    : Command(std::move(target), io, parent)
    , m_options(std::move(options))
    , m_run(m_target, io, this)
{
}

ServeCommand::~ServeCommand() = default;

int ServeCommand::run(const Target &target, Io io, const Options &options)
{
    ServeCommand serve(target, io, options);
    return serve.Command::run(0);
}

namespace {
QByteArray digest(const QByteArray &authorization)
{
    return QCryptographicHash::hash(authorization, QCryptographicHash::Sha256);
}

// The first line of a credentials file, without its line end; the error names the file.
std::optional<QByteArray> firstLine(const QString &path, const char *what, QString *error)
{
    const FileReadResult file = readInputFile(path, qint64(64) * 1024);
    if (!file.ok()) {
        *error = file.error;
        return std::nullopt;
    }
    QByteArray line = file.data;
    const qsizetype end = line.indexOf('\n');
    if (end >= 0)
        line.truncate(end);
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty()) {
        *error = u"%1: no %2 on its first line"_s.arg(path, QString::fromLatin1(what));
        return std::nullopt;
    }
    return line;
}
} // namespace

bool ServeCommand::readCredentials()
{
    QString error;
    if (!m_options.bearerTokenFile.isEmpty()) {
        const auto token = firstLine(m_options.bearerTokenFile, "token", &error);
        if (!token) {
            complain(DataError, u"--auth-file %1"_s.arg(error));
            return false;
        }
        m_bearerDigest = digest("Bearer " + *token);
    }
    if (!m_options.basicAuthFile.isEmpty()) {
        const auto pair = firstLine(m_options.basicAuthFile, "USER:PASSWORD", &error);
        if (!pair || !pair->contains(':')) {
            complain(DataError,
                u"--basic-auth-file %1"_s.arg(pair
                        ? u"%1: the first line is not USER:PASSWORD"_s.arg(m_options.basicAuthFile)
                        : error));
            return false;
        }
        m_basicDigest = digest("Basic " + pair->toBase64());
    }
    return true;
}

bool ServeCommand::authorized(const QByteArray &authorization) const
{
    if (m_bearerDigest.isEmpty() && m_basicDigest.isEmpty())
        return true;
    // Digests of equal length, compared whole: no early exit tells how much of a token matched.
    const QByteArray given = digest(authorization.trimmed());
    const auto same = [&given](const QByteArray &expected) {
        if (expected.isEmpty())
            return false;
        unsigned char diff = 0;
        for (qsizetype i = 0; i < given.size(); ++i)
            diff |= static_cast<unsigned char>(given.at(i) ^ expected.at(i));
        return diff == 0;
    };
    return same(m_bearerDigest) || same(m_basicDigest);
}

void ServeCommand::start()
{
    if (m_target.esl.isEmpty()) {
        finish(complain(Usage, u"no Event Socket: give --esl HOST:PORT or --profile NAME"_s));
        return;
    }
    const bool anyCredentials
        = !m_options.bearerTokenFile.isEmpty() || !m_options.basicAuthFile.isEmpty();
    if (!m_options.address.isLoopback() && !anyCredentials) {
        finish(complain(Usage,
            u"--listen %1: beyond loopback, scrapers must authenticate; give --auth-file or "
            "--basic-auth-file"_s.arg(m_options.address.toString())));
        return;
    }
    if (m_options.tlsCertificate.isEmpty() != m_options.tlsKey.isEmpty()) {
        finish(complain(Usage, u"--tls-cert and --tls-key go together"_s));
        return;
    }
    if (!readCredentials()) {
        finish(DataError);
        return;
    }
    auto server = std::make_unique<MetricsHttpServer>(this);
    QTcpServer *listener = nullptr;
    if (!m_options.tlsCertificate.isEmpty()) {
        const FileReadResult cert = readInputFile(m_options.tlsCertificate, qint64(1024) * 1024);
        const FileReadResult key = readInputFile(m_options.tlsKey, qint64(1024) * 1024);
        if (!cert.ok() || !key.ok()) {
            finish(complain(DataError, cert.ok() ? key.error : cert.error));
            return;
        }
        const QSslCertificate certificate(cert.data, QSsl::Pem);
        QSslKey privateKey(key.data, QSsl::Rsa, QSsl::Pem);
        if (privateKey.isNull())
            privateKey = QSslKey(key.data, QSsl::Ec, QSsl::Pem);
        if (certificate.isNull() || privateKey.isNull()) {
            finish(complain(DataError,
                certificate.isNull()
                    ? u"--tls-cert %1: not a PEM certificate"_s.arg(m_options.tlsCertificate)
                    : u"--tls-key %1: not a PEM RSA or EC private key"_s.arg(m_options.tlsKey)));
            return;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(privateKey);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        server->sslSetup(tls);
        auto *ssl = new QSslServer(server.get());
        ssl->setSslConfiguration(tls);
        // Before the HTTP server sees the socket (it takes it on newConnection, later).
        connect(ssl, &QSslServer::startedEncryptionHandshake, ssl, [](QSslSocket *socket) {
            platform::limitRequestSize(socket, MaxRequestBytes, tooLargeAnswer());
        });
        listener = ssl;
    } else {
        listener = new platform::LimitedTcpServer(MaxRequestBytes, tooLargeAnswer(), server.get());
    }
    if (!listener->listen(m_options.address, m_options.port)) {
        finish(complain(Unavailable,
            u"--listen %1:%2: %3"_s.arg(m_options.address.toString())
                .arg(m_options.port)
                .arg(listener->errorString())));
        return;
    }
    server->bind(listener);
    m_serverPort = listener->serverPort();
    m_server = std::move(server);

    // SIGTERM (systemctl stop) and SIGINT end the watch in order: the port closed, exit 0.
    m_stopSignals = std::make_unique<platform::StopSignals>();
    connect(m_stopSignals.get(), &platform::StopSignals::stopRequested, this, [this](int signal) {
        err() << u"xynapctl: %1 received, no longer serving"_s.arg(
            signal == SIGTERM ? u"SIGTERM"_s : u"SIGINT"_s)
              << Qt::endl;
        m_server.reset();
        finish(Ok);
    });

    m_run.setRetryTrunks(true);
    m_run.start();
    for (const platform::EslEndpoint &e : std::as_const(m_target.esl)) {
        const QString node = e.toString();
        m_nodes.insert(node, {});
        connect(m_run.monitor().link(node), &esl::Link::stateChanged, this,
            [this, node](esl::Link::State state, const QString &) {
                if (state != esl::Link::State::Up)
                    return;
                if (m_everUp.contains(node))
                    ++m_nodes[node].reconnects;
                m_everUp.insert(node);
            });
    }
    m_apiRefresh.setInterval(m_options.apiRefreshSeconds * 1000);
    connect(&m_apiRefresh, &QTimer::timeout, &m_run, &MonitorRun::refreshTrunks);
    connect(&m_apiRefresh, &QTimer::timeout, this, &ServeCommand::refreshCoverage);
    m_apiRefresh.start();
    // The first coverage once the nodes and trunks are read (the ACL comes from a node).
    connect(&m_run, &MonitorRun::ready, this, &ServeCommand::refreshCoverage);
    // What the lint reads changed: a lint after the burst.
    m_lintPool.setMaxThreadCount(1);
    m_lintDelay.setSingleShot(true);
    m_lintDelay.setInterval(LintDelayMs);
    connect(&m_lintDelay, &QTimer::timeout, this, &ServeCommand::startLint);
    const auto changed = [this] { lintChanged(); };
    connect(&m_run.monitor(), &session::GatewayMonitor::runningChanged, this, changed);
    connect(&m_run.monitor(), &session::GatewayMonitor::appliedVersionsChanged, this, changed);
    connect(&m_run.monitor(), &session::GatewayMonitor::nodesChanged, this, changed);
    connect(&m_run.monitor(), &session::GatewayMonitor::modelReset, this, changed);
    err() << u"xynapctl: serving the metrics of %1 node(s) on %2://%3:%4/metrics"_s
                 .arg(m_target.esl.size())
                 .arg(m_options.tlsCertificate.isEmpty() ? u"http"_s : u"https"_s)
                 .arg(m_options.address.protocol() == QAbstractSocket::IPv6Protocol
                         ? u"[%1]"_s.arg(m_options.address.toString())
                         : m_options.address.toString())
                 .arg(m_serverPort)
          << Qt::endl;
}

void ServeCommand::refreshCoverage()
{
    if (m_coveragePending > 0)
        return;
    const auto done = [this] {
        if (--m_coveragePending == 0)
            analyzeCoverage();
    };
    ++m_coveragePending; // until every request below is on its way
    if (m_run.apiGiven()) {
        if (!m_coverageClient) {
            m_coverageClient = new platform::ApiClient(this);
            configure(*m_coverageClient, m_target);
        }
        platform::ApiClient *client = m_coverageClient;
        m_coveragePending += 2;
        connect(platform::PlatformApi(client).profiles(), &platform::ApiJob::finished, this,
            [this, done](const platform::ApiResult &r) {
                if (r.ok()) {
                    m_profiles.clear();
                    for (const auto &p : r.json.object().value(u"profiles"_s).toArray())
                        m_profiles.append(profileFromJson(p.toObject()));
                }
                done();
            });
        connect(platform::PlatformApi(client).ufw(), &platform::ApiJob::finished, this,
            [this, done](const platform::ApiResult &r) {
                QString error = r.ok() ? QString() : platform::operatorMessage(r);
                const auto ufw = r.ok() ? session::CoverageSources::parseUfwApiReply(
                                     r.json.object(), u"Platform API"_s, &error)
                                        : std::nullopt;
                // Rules the parser could not read would look like missing rules: not checked.
                if (ufw && ufw->ok())
                    m_ufw = ufw;
                else
                    m_ufw.reset();
                done();
            });
    }
    const QStringList running = m_run.monitor().runningNodes();
    if (!running.isEmpty()) {
        ++m_coveragePending;
        session::SofiaActions(&m_run.monitor())
            .fetchAcl(
                running.first(), [this, done](bool ok, const QByteArray &xml, const QString &) {
                    QString source, ignored;
                    QTextStream quiet(&ignored);
                    const auto acl
                        = ok ? readAcl({}, QString::fromUtf8(xml), quiet, &source) : std::nullopt;
                    if (acl && acl->ok())
                        m_acl = acl;
                    else
                        m_acl.reset();
                    done();
                });
    } else {
        m_acl.reset();
    }
    done();
}

void ServeCommand::analyzeCoverage()
{
    coverage::CoverageInput input;
    input.targets = coverage::CoverageTarget::forPlatform(
        m_target.catalog, m_profiles, m_run.monitor().trunks());
    if (m_ufw)
        input.ufw = coverage::UfwConfiguration::from(*m_ufw);
    if (m_acl)
        input.acl = m_acl->lists;
    input.profiles = m_profiles;
    m_coverage.targets = input.targets;
    m_coverage.ufwKnown = m_ufw.has_value();
    m_coverage.aclKnown = m_acl.has_value();
    m_coverage.report.reset();
    if (m_ufw || m_acl)
        m_coverage.report = coverage::CoverageAnalyzer::analyze(input);
    lintChanged();
}

void ServeCommand::lintChanged()
{
    ++m_changes;
    scheduleLint();
}

void ServeCommand::scheduleLint()
{
    if (m_lintInFlight || m_lintDelay.isActive() || m_linted == m_changes)
        return;
    // LintDelayMs after the change, and at least as long after the last lint as it took: changes
    // that never stop (a node flapping) keep the lint to half a core, and each lint's shared lists
    // are copied at most once per lint.
    qint64 waitMs = LintDelayMs;
    if (m_sinceLint.isValid())
        waitMs = qMax(waitMs, m_lastLintMs - m_sinceLint.elapsed());
    m_lintDelay.start(int(waitMs));
}

std::optional<lint::Snapshot> ServeCommand::lintSnapshot() const
{
    const session::GatewayMonitor &monitor = m_run.monitor();
    if (!monitor.trunksKnown())
        return std::nullopt;
    // Values of implicitly shared containers (the trunks, each node's running list): the lint's
    // thread reads its own copy, made only of what changes while it runs.
    session::SnapshotBuilder snapshot(m_target.catalog);
    snapshot.setTrunks(monitor.trunks()).setProfiles(m_profiles);
    snapshot.setFirewall(m_ufw);
    snapshot.setAcl(m_acl);
    snapshot.setRunning(monitor);
    return snapshot.snapshot();
}

void ServeCommand::startLint()
{
    if (m_lintInFlight || m_linted == m_changes)
        return;
    LintDone done {m_changes, QDateTime::currentDateTimeUtc(), 0};
    std::optional<lint::Snapshot> snapshot = lintSnapshot();
    if (!snapshot) {
        done.readAt = {}; // nothing read: no lint to speak of
        applyLint(done, {});
        return;
    }
    m_lintInFlight = true;
    m_lintPool.start([this, done, input = std::move(*snapshot)]() mutable {
        metrics::LintView lint = timedLint(input, done);
        // Back on serve's thread; serve waits for this job before it goes (the pool is
        // destroyed first), and a call queued to a destroyed object is dropped.
        QMetaObject::invokeMethod(
            this,
            [this, done, lint = std::move(lint)]() mutable { lintFinished(done, std::move(lint)); },
            Qt::QueuedConnection);
    });
}

metrics::LintView ServeCommand::timedLint(const lint::Snapshot &snapshot, LintDone &done)
{
    QElapsedTimer timer;
    timer.start();
    metrics::LintView lint = metrics::lintView(snapshot);
    done.seconds = double(timer.nsecsElapsed()) / 1e9;
    return lint;
}

void ServeCommand::lintFinished(const LintDone &done, metrics::LintView lint)
{
    m_lintInFlight = false;
    // A lint started before one a scrape ran itself is older: dropped.
    if (done.generation > m_linted)
        applyLint(done, std::move(lint));
    scheduleLint(); // something changed while it ran
}

void ServeCommand::applyLint(const LintDone &done, metrics::LintView lint)
{
    m_lint = std::move(lint);
    m_linted = done.generation;
    m_lintedTrunks = done.readAt.isValid();
    m_stats.lastLintSeconds = done.seconds;
    m_stats.lintAt = done.readAt;
    m_lastLintMs = qint64(done.seconds * 1000);
    m_sinceLint.start();
    m_run.monitor().setConfigFindings(m_lint.byGateway);
}

bool ServeCommand::writeExposition(const metrics::PieceSink &sink)
{
    QElapsedTimer timer;
    timer.start();
    m_writing = true;
    if (!m_lintedTrunks && m_run.monitor().trunksKnown()) {
        // No lint has read the trunks yet (serve just started, or the Platform API answered
        // since): the scrape does not go without the causes and the findings.
        LintDone done {m_changes, QDateTime::currentDateTimeUtc(), 0};
        if (const std::optional<lint::Snapshot> snapshot = lintSnapshot()) {
            metrics::LintView lint = timedLint(*snapshot, done);
            applyLint(done, std::move(lint));
        }
    }
    const bool written = metrics::writeExposition(m_run, m_lint, m_nodes, m_stats,
        m_run.trunksLoadedAt(), QDateTime::currentDateTimeUtc(), m_coverage, sink);
    m_writing = false;
    m_stats.lastRenderSeconds = double(timer.nsecsElapsed()) / 1e9;
    return written;
}

ServeCommand::Answer ServeCommand::answer(
    const QByteArray &method, const QString &path, const QByteArray &authorization)
{
    const QByteArray plain = "text/plain; charset=utf-8";
    if (!authorized(authorization)) {
        ++m_stats.errors[u"unauthorized"_s];
        return {401, plain, "credentials required\n",
            m_basicDigest.isEmpty() ? QByteArray("Bearer") : QByteArray("Basic realm=\"xynap\"")};
    }
    if (method != "GET" && method != "HEAD") {
        ++m_stats.errors[u"method"_s];
        return {405, plain, "only GET and HEAD\n", {}};
    }
    if (path == u"/metrics"_s) {
        ++m_stats.scrapes;
        return {200, "text/plain; version=0.0.4; charset=utf-8", {}, {}, true};
    }
    if (path == u"/"_s)
        return {200, plain, "xynapctl serve: the metrics are at /metrics\n", {}};
    ++m_stats.errors[u"not_found"_s];
    return {404, plain, "not found; the metrics are at /metrics\n", {}};
}

CommandHelp ServeCommand::help()
{
    return {u"serve"_s,
        u"[--listen ADDRESS:PORT] [--auth-file FILE | --basic-auth-file FILE] [--tls-cert "
        "FILE --tls-key FILE] [--api-refresh SECONDS]"_s,
        u"Prometheus metrics of every gateway, for as long as it runs"_s,
        u"Watches every Event Socket node of the profile (or --esl) like watch, reads the "
        "trunks from the Platform API every --api-refresh seconds, and answers GET /metrics "
        "with the Prometheus text exposition: per gateway up, state, seconds in state, last "
        "SIP code, ping round trip, calls, and the console's diagnosis with its likely cause; "
        "per trunk saved changes not applied and lint findings; per node up, last data and "
        "reconnects. The README's \"Monitoring with Prometheus\" lists every metric. "
        "Credentials come from files only. Runs until stopped.\n\n"
        "Exit 64 for a bad option, 65 when a credentials or TLS file cannot be read, 69 when "
        "the address cannot be listened on."_s};
}

Secrets ServeCommand::secrets(const QCommandLineParser &)
{
    return {true, true};
}

int ServeCommand::execute(const Invocation &in)
{
    const QCommandLineParser &parser = in.parser;
    Options options;
    if (parser.isSet(u"listen"_s)) {
        const auto listen = Options::parseListen(parser.value(u"listen"_s));
        if (!listen)
            return cli::complain(in.io, Usage,
                u"--listen: \"%1\" is not ADDRESS:PORT"_s.arg(parser.value(u"listen"_s)));
        options.address = listen->first;
        options.port = listen->second;
    }
    options.bearerTokenFile = parser.value(u"auth-file"_s);
    options.basicAuthFile = parser.value(u"basic-auth-file"_s);
    options.tlsCertificate = parser.value(u"tls-cert"_s);
    options.tlsKey = parser.value(u"tls-key"_s);
    if (parser.isSet(u"api-refresh"_s)) {
        bool ok = false;
        options.apiRefreshSeconds = parser.value(u"api-refresh"_s).toInt(&ok);
        if (!ok || options.apiRefreshSeconds < 5 || options.apiRefreshSeconds > 86'400)
            return cli::complain(in.io, Usage,
                u"--api-refresh: \"%1\" is not a number of seconds (5-86400)"_s.arg(
                    parser.value(u"api-refresh"_s)));
    }
    return run(in.target, in.io, options);
}

} // namespace xynap::cli
