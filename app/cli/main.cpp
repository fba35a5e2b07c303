// xynapctl: the console's core from a shell. Exit codes are listed in `xynapctl --help`.
#include "cli/CoverageCommand.h"
#include "esl/EslConnection.h"
#include "esl/SofiaStatus.h"
#include "lint/LintEngine.h"
#include "platform/ApiClient.h"
#include "platform/ConnectionProfile.h"
#include "platform/SecretStore.h"
#include "session/ApplyJob.h"
#include "session/CoverageMatrixModel.h"
#include "session/GatewayMonitor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace xynap;

namespace {

// Exit codes (README, "xynapctl"): monitoring-plugin style where it applies.
enum Exit {
    Ok = 0,
    Warning = 1,
    Critical = 2,
    Unknown = 3,
    Usage = 64,
    DataError = 65,
    Unavailable = 69,
    NoPermission = 77
};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int complain(int code, const QString &message)
{
    std::fprintf(stderr, "xynapctl: %s\n", qPrintable(message));
    return code;
}

struct Target {
    QString profile;
    QString token;
    QUrl apiUrl;
    bool allowInsecure = false;
    QString caFile;
    QString publicKeyPin;
    QList<platform::EslEndpoint> esl;
    QHash<QString, QString> eslPasswords; // by HOST:PORT, from the keychain

    // XYNAP_ESL_PASSWORD, else the keychain's for this node, else FreeSWITCH's default.
    QString eslPassword(const platform::EslEndpoint &e) const
    {
        const QString env = qEnvironmentVariable("XYNAP_ESL_PASSWORD");
        return !env.isEmpty() ? env : eslPasswords.value(e.toString(), u"ClueCon"_s);
    }
};

int trunksExportApply(const QStringList &args, const Target &target);

// Every command talks to the Platform API the same way: the target's URL, its plain-HTTP
// permission and the token found for it.
void configure(platform::ApiClient &client, const Target &target)
{
    client.setBaseUrl(target.apiUrl);
    client.setAllowInsecureHttp(target.allowInsecure);
    client.setToken(target.token);
    QString ignored; // both were checked when the command line was read
    client.setCaFile(target.caFile, &ignored);
    client.setPublicKeyPin(target.publicKeyPin, &ignored);
}

int exitFor(const platform::ApiResult &r)
{
    switch (r.error) {
    case platform::ApiError::Unauthorized:
    case platform::ApiError::Forbidden:
        return NoPermission;
    case platform::ApiError::BadReply:
    case platform::ApiError::Invalid:
        return DataError;
    default:
        return Unavailable;
    }
}

int trunksCommand(const QStringList &args, const Target &target, bool json)
{
    const QString sub = args.value(1, u"list"_s);
    if (target.apiUrl.isEmpty())
        return complain(Usage, u"no Platform API: give --api URL or --profile NAME"_s);
    platform::ApiClient client;
    configure(client, target);
    if (!client.hasToken())
        return complain(NoPermission,
            u"no API token: store one with `xynapctl token set --profile NAME`, or set XYNAP_TOKEN"_s);
    if (sub == u"export"_s || sub == u"apply"_s)
        return trunksExportApply(args, target);
    QString path;
    if (sub == u"list"_s)
        path = u"/api/v1/sip/trunks"_s;
    else if (sub == u"get"_s && args.size() >= 3)
        path = u"/api/v1/sip/trunks/"_s + args.at(2);
    else
        return complain(Usage, u"usage: xynapctl trunks list | trunks get ID"_s);

    int code = Ok;
    platform::ApiJob *job = client.get(path);
    QObject::connect(
        job, &platform::ApiJob::finished, qApp, [&code, json, sub](const platform::ApiResult &r) {
            if (!r.ok()) {
                code = complain(exitFor(r), platform::operatorMessage(r));
            } else if (json) {
                out() << r.json.toJson(QJsonDocument::Indented);
            } else if (sub == u"list"_s) {
                QString error;
                const QList<Trunk> trunks = platform::trunksFromReply(r.json, &error);
                if (!error.isEmpty()) {
                    code = complain(DataError, error);
                } else {
                    out() << u"%1  %2  %3  %4  %5  %6\n"_s.arg(u"ID"_s, -4)
                                 .arg(u"GATEWAY"_s, -12)
                                 .arg(u"PROVIDER"_s, -9)
                                 .arg(u"PROFILE"_s, -14)
                                 .arg(u"REGISTER"_s, -8)
                                 .arg(u"PROXY"_s);
                    for (const Trunk &t : trunks)
                        out() << u"%1  %2  %3  %4  %5  %6\n"_s.arg(t.id, -4)
                                     .arg(t.gatewayName, -12)
                                     .arg(t.provider, -9)
                                     .arg(t.profile, -14)
                                     .arg(t.registerEnabled ? u"yes"_s : u"no"_s, -8)
                                     .arg(t.proxy);
                }
            } else {
                const QJsonObject o = r.json.object();
                for (auto it = o.begin(); it != o.end(); ++it)
                    out() << it.key() << u": "_s
                          << (it.value().isString()
                                     ? it.value().toString()
                                     : QString::fromUtf8(QJsonDocument(QJsonArray {it.value()})
                                                             .toJson(QJsonDocument::Compact))
                                           .mid(1)
                                           .chopped(1))
                          << u'\n';
            }
            QCoreApplication::exit(code);
        });
    QCoreApplication::exec();
    return code;
}

int statusCommand(const Target &target, bool json)
{
    if (target.esl.isEmpty())
        return complain(Usage, u"no Event Socket: give --esl HOST:PORT or --profile NAME"_s);
    int remaining = int(target.esl.size());
    int code = Ok;
    QJsonArray nodes;
    QStringList lines;
    QList<esl::Connection *> connections;
    for (const platform::EslEndpoint &endpoint : target.esl) {
        auto *c = new esl::Connection(qApp);
        connections.append(c);
        const QString node = endpoint.toString();
        const auto finish = [&remaining, &code] {
            if (--remaining == 0)
                QCoreApplication::exit(code);
        };
        QObject::connect(c, &esl::Connection::failed, qApp,
            [&, node, finish](esl::LinkError, const QString &detail) {
                code = qMax<int>(code, Unavailable);
                std::fprintf(stderr, "xynapctl: %s: %s\n", qPrintable(node), qPrintable(detail));
                nodes.append(QJsonObject {{u"node"_s, node}, {u"error"_s, detail}});
                finish();
            });
        QObject::connect(c, &esl::Connection::ready, qApp, [&, c, node, finish] {
            c->api(u"sofia xmlstatus gateway"_s, [&, c, node, finish](const esl::ApiResult &r) {
                const esl::GatewayStatusParse parsed = esl::parseGatewayXmlStatus(r.body);
                QJsonArray gateways;
                if (!r.ok || !parsed.error.isEmpty()) {
                    code = qMax<int>(code, Unavailable);
                    std::fprintf(stderr, "xynapctl: %s: %s\n", qPrintable(node),
                        qPrintable(r.ok ? parsed.error : r.error));
                }
                for (const GatewayStatus &g : parsed.gateways) {
                    gateways.append(QJsonObject {{u"gateway"_s, g.name}, {u"profile"_s, g.profile},
                        {u"state"_s, g.state}, {u"ping_status"_s, g.pingStatus},
                        {u"realm"_s, g.realm}, {u"proxy"_s, g.proxy}});
                    lines.append(u"%1  %2  %3  %4  %5"_s.arg(node, -16)
                                     .arg(g.profile, -14)
                                     .arg(g.name, -12)
                                     .arg(g.state, -10)
                                     .arg(g.pingStatus));
                }
                nodes.append(QJsonObject {{u"node"_s, node}, {u"gateways"_s, gateways}});
                c->disconnectFromServer();
                finish();
            });
        });
        c->connectToServer(endpoint.host, endpoint.port, target.eslPassword(endpoint));
    }
    QCoreApplication::exec();
    if (json) {
        out() << QJsonDocument(QJsonObject {{u"nodes"_s, nodes}}).toJson(QJsonDocument::Indented);
    } else {
        out() << u"%1  %2  %3  %4  %5\n"_s.arg(u"NODE"_s, -16)
                     .arg(u"PROFILE"_s, -14)
                     .arg(u"GATEWAY"_s, -12)
                     .arg(u"STATE"_s, -10)
                     .arg(u"PING"_s);
        for (const QString &l : std::as_const(lines))
            out() << l << u'\n';
    }
    qDeleteAll(connections);
    return code;
}

// The ACL as FreeSWITCH sees it (`xml_locate configuration configuration name acl.conf`), from
// the target's first Event Socket node.
int fetchAclOverEsl(const Target &target, QString *xml)
{
    esl::Connection c;
    const platform::EslEndpoint e = target.esl.first();
    int rc = Ok;
    QObject::connect(
        &c, &esl::Connection::failed, qApp, [&rc](esl::LinkError, const QString &detail) {
            rc = complain(Unavailable, detail);
            QCoreApplication::exit(0);
        });
    QObject::connect(&c, &esl::Connection::ready, qApp, [&c, &rc, xml] {
        c.api(u"xml_locate configuration configuration name acl.conf"_s,
            [&rc, xml](const esl::ApiResult &r) {
                if (r.ok)
                    *xml = QString::fromUtf8(r.body);
                else
                    rc = complain(
                        Unavailable, u"the Event Socket did not answer: %1"_s.arg(r.error));
                QCoreApplication::exit(0);
            });
    });
    c.connectToServer(e.host, e.port, target.eslPassword(e));
    QCoreApplication::exec();
    return rc;
}

void printFindings(const QList<lint::Finding> &findings, bool json)
{
    if (json) {
        QJsonArray list;
        for (const lint::Finding &f : findings) {
            QJsonObject o {{u"rule"_s, f.ruleId}, {u"severity"_s, lint::severityName(f.severity)},
                {u"gateway"_s, f.gatewayName}, {u"trunk_id"_s, f.trunkId},
                {u"subject"_s, f.subject}, {u"fix_lines"_s, QJsonArray::fromStringList(f.fixLines)},
                {u"fields"_s, QJsonArray::fromStringList(f.fields)}, {u"message"_s, f.message},
                {u"why"_s, f.why}};
            if (!f.fixLabel.isEmpty())
                o.insert(u"fix"_s, f.fixLabel);
            if (f.fixedTrunk)
                o.insert(u"fixed_trunk"_s, trunkToJson(*f.fixedTrunk));
            list.append(o);
        }
        out() << QJsonDocument(
            QJsonObject {{u"findings"_s, list}, {u"exit_code"_s, lint::exitCodeFor(findings)}})
                     .toJson(QJsonDocument::Indented);
        return;
    }
    for (const lint::Finding &f : findings) {
        out() << lint::severityName(f.severity).toUpper() << u"  "_s << f.ruleId << u"  "_s
              << (f.gatewayName.isEmpty() ? f.subject : f.gatewayName);
        if (!f.fields.isEmpty())
            out() << u" ("_s << f.fields.join(u", "_s) << u')';
        out() << u"\n  "_s << f.message << u"\n  why: "_s << f.why << u'\n';
        if (!f.fixLines.isEmpty()) {
            out() << u"  fix:\n"_s;
            for (const QString &line : f.fixLines)
                out() << u"    "_s << line << u'\n';
        } else if (!f.fixLabel.isEmpty()) {
            out() << u"  fix: "_s << f.fixLabel << u'\n';
        }
    }
    int errors = 0, warnings = 0;
    for (const lint::Finding &f : findings) {
        errors += f.severity == lint::Severity::Error;
        warnings += f.severity == lint::Severity::Warning;
    }
    out() << u"%1 error(s), %2 warning(s), %3 finding(s) in all\n"_s.arg(errors).arg(warnings).arg(
        findings.size());
}

// Reads {"trunks": [...], "profiles": [...]} — an export, a scenario file or the API's list.
int lintFile(const QString &path, lint::Snapshot &snapshot)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return complain(DataError, u"%1: %2"_s.arg(path, f.errorString()));
    const QByteArray data = f.readAll();
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return complain(DataError,
            u"%1:%2: %3"_s.arg(path)
                .arg(data.left(error.offset).count('\n') + 1)
                .arg(error.errorString()));
    const QJsonArray trunks
        = doc.isArray() ? doc.array() : doc.object().value(u"trunks"_s).toArray();
    for (qsizetype i = 0; i < trunks.size(); ++i) {
        const TrunkParseResult r = trunkFromJson(trunks.at(i).toObject());
        if (!r.ok())
            return complain(DataError,
                u"%1: trunks[%2].%3: %4"_s.arg(path).arg(i).arg(
                    r.errors.first().field, r.errors.first().message));
        Trunk t = r.trunk;
        if (t.id == 0)
            t.id = int(i) + 1;
        snapshot.trunks.append(t);
    }
    for (const QJsonValue &p : doc.object().value(u"profiles"_s).toArray())
        snapshot.profiles.append(profileFromJson(p.toObject()));
    return Ok;
}

// Where `lint` reads the firewall and the ACL from when they do not come from the platform.
struct CoverageFiles {
    QString ufw;
    QString ufw6;
    QString acl;
};

// Trunks and profiles from a file or the Platform API; the firewall from --ufw/--ufw6 or the API;
// the ACL from --acl or the first Event Socket node. What cannot be had is said on stderr and
// left out (unknown, not "empty"); an unreadable file is an error.
int lintCommand(const Target &target, const QString &file, const CoverageFiles &files, bool json)
{
    lint::Snapshot snapshot;
    snapshot.catalog = ProviderCatalog::builtIn();
    QTextStream err(stderr);
    if (!files.ufw.isEmpty() || !files.ufw6.isEmpty()) {
        QString source;
        const auto ufw = cli::readUfwFiles(files.ufw, files.ufw6, err, &source);
        if (!ufw || cli::reportParseIssues(ufw->errors, err))
            return DataError;
        snapshot.ufw = coverage::UfwConfiguration::from(*ufw);
    }
    if (!file.isEmpty()) {
        if (const int rc = lintFile(file, snapshot); rc != Ok)
            return rc;
    } else {
        if (target.apiUrl.isEmpty())
            return complain(Usage, u"lint what? give --file FILE, or --api URL / --profile NAME"_s);
        platform::ApiClient client;
        configure(client, target);
        int code = Ok;
        int pending = snapshot.ufw ? 2 : 3;
        const auto done = [&pending] {
            if (--pending == 0)
                QCoreApplication::exit(0);
        };
        QObject::connect(client.get(u"/api/v1/sip/trunks"_s), &platform::ApiJob::finished, qApp,
            [&](const platform::ApiResult &r) {
                if (!r.ok())
                    code = complain(exitFor(r), platform::operatorMessage(r));
                else
                    snapshot.trunks = platform::trunksFromReply(r.json);
                done();
            });
        QObject::connect(client.get(u"/api/v1/sip/profiles"_s), &platform::ApiJob::finished, qApp,
            [&](const platform::ApiResult &r) {
                if (!r.ok())
                    code = complain(exitFor(r), platform::operatorMessage(r));
                else
                    for (const QJsonValue &p : r.json.object().value(u"profiles"_s).toArray())
                        snapshot.profiles.append(profileFromJson(p.toObject()));
                done();
            });
        if (!snapshot.ufw) {
            QObject::connect(client.get(u"/api/v1/firewall/ufw"_s), &platform::ApiJob::finished,
                qApp, [&](const platform::ApiResult &r) {
                    QString error = r.ok() ? QString() : platform::operatorMessage(r);
                    const auto ufw = r.ok() ? session::CoverageMatrixModel::parseUfwApiReply(
                                         r.json.object(), u"Platform API"_s, &error)
                                            : std::nullopt;
                    if (ufw && !cli::reportParseIssues(ufw->errors, err))
                        snapshot.ufw = coverage::UfwConfiguration::from(*ufw);
                    else
                        complain(Ok, u"firewall not checked: %1"_s.arg(error));
                    done();
                });
        }
        QCoreApplication::exec();
        if (code != Ok)
            return code;
    }
    if (!files.acl.isEmpty() || !target.esl.isEmpty()) {
        QString xml;
        // The live ACL is a bonus: without it the rest is still linted (and that is said).
        const bool fetched = !files.acl.isEmpty() || fetchAclOverEsl(target, &xml) == Ok;
        if (fetched) {
            QString source;
            const auto acl = cli::readAcl(files.acl, xml, err, &source);
            if (!acl || cli::reportParseIssues(acl->errors, err)) {
                if (!files.acl.isEmpty())
                    return DataError;
                complain(Ok, u"ACL not checked: FreeSWITCH's answer could not be read"_s);
            } else {
                snapshot.acl = acl->lists;
            }
        } else {
            complain(Ok, u"ACL not checked"_s);
        }
    } else if (file.isEmpty()) {
        complain(Ok,
            u"ACL not checked: no Event Socket (give --esl HOST:PORT, --acl FILE or a "
            "profile with an Event Socket)"_s);
    }
    const QList<lint::Finding> findings = lint::LintEngine().run(snapshot);
    printFindings(findings, json);
    return lint::exitCodeFor(findings);
}

// Connects a monitor to every node and returns once each has a snapshot or has failed once.
struct MonitorRun {
    session::GatewayMonitor monitor;
    QStringList failures;
};

bool startMonitor(MonitorRun &run, const Target &target, int timeoutMs = 10'000)
{
    int remaining = int(target.esl.size());
    for (const platform::EslEndpoint &e : target.esl) {
        const QString password = target.eslPassword(e);
        esl::Link::Options options;
        options.initialBackoffMs = 500;
        esl::Link *link = run.monitor.addNode(e.toString(), e.host, e.port, password, options);
        auto *once = new QObject(link);
        QObject::connect(link, &esl::Link::snapshotTaken, once, [&remaining, once] {
            delete once;
            if (--remaining == 0)
                QCoreApplication::exit(0);
        });
        QObject::connect(link, &esl::Link::stateChanged, once,
            [&remaining, &run, once, node = e.toString()](
                esl::Link::State state, const QString &detail) {
                if (state != esl::Link::State::Down)
                    return;
                run.failures.append(node + u": "_s + detail);
                delete once;
                if (--remaining == 0)
                    QCoreApplication::exit(0);
            });
    }
    QTimer::singleShot(timeoutMs, qApp, [] { QCoreApplication::exit(0); });
    QCoreApplication::exec();
    return run.failures.isEmpty();
}

void loadTrunksInto(session::GatewayMonitor &monitor, const Target &target)
{
    if (target.apiUrl.isEmpty() || target.token.isEmpty())
        return;
    platform::ApiClient client;
    configure(client, target);
    QObject::connect(client.get(u"/api/v1/sip/trunks"_s), &platform::ApiJob::finished, qApp,
        [&monitor](const platform::ApiResult &r) {
            if (r.ok())
                monitor.setTrunks(platform::trunksFromReply(r.json));
            QCoreApplication::exit(0);
        });
    QCoreApplication::exec();
}

// Monitoring-plugin output: one status line with performance data, exit 0/1/2/3.
int checkCommand(const Target &target)
{
    if (target.esl.isEmpty()) {
        out()
            << u"XYNAP GATEWAYS UNKNOWN - no Event Socket given (--esl HOST:PORT or --profile)\n"_s;
        return Unknown;
    }
    MonitorRun run;
    loadTrunksInto(run.monitor, target);
    startMonitor(run, target);
    int healthy = 0, degraded = 0, down = 0;
    QStringList problems;
    for (int row = 0; row < run.monitor.rowCount(); ++row) {
        const session::GatewayRecord *r = run.monitor.recordAt(row);
        const session::Diagnosis d = run.monitor.diagnosisAt(row);
        if (d.health == session::Health::Healthy) {
            ++healthy;
            continue;
        }
        (d.health == session::Health::Down ? down : degraded)++;
        problems.append(u"%1@%2 %3: %4"_s.arg(r->name, r->node, r->state, d.summary));
    }
    int code = Ok;
    QString label = u"OK"_s;
    if (!run.failures.isEmpty()) {
        code = down > 0 ? Critical : Unknown;
        label = down > 0 ? u"CRITICAL"_s : u"UNKNOWN"_s;
        problems.prepend(run.failures.join(u"; "_s));
    } else if (down > 0) {
        code = Critical;
        label = u"CRITICAL"_s;
    } else if (degraded > 0) {
        code = Warning;
        label = u"WARNING"_s;
    }
    const int total = healthy + degraded + down;
    out()
        << u"XYNAP GATEWAYS %1 - "_s.arg(label)
        << (problems.isEmpty() ? u"%1 gateway(s) healthy"_s.arg(total) : problems.join(u"; "_s))
        << u" | healthy=%1;;;0;%4 degraded=%2;;;0;%4 down=%3;;;0;%4 nodes_unreachable=%5;;;0;%6\n"_s
               .arg(healthy)
               .arg(degraded)
               .arg(down)
               .arg(total)
               .arg(run.failures.size())
               .arg(target.esl.size());
    return code;
}

// Live transitions, one line each, until interrupted.
int watchCommand(const Target &target)
{
    if (target.esl.isEmpty())
        return complain(Usage, u"no Event Socket: give --esl HOST:PORT or --profile NAME"_s);
    session::GatewayMonitor monitor;
    loadTrunksInto(monitor, target);
    for (const platform::EslEndpoint &e : target.esl) {
        esl::Link *link = monitor.addNode(e.toString(), e.host, e.port, target.eslPassword(e));
        QObject::connect(link, &esl::Link::stateChanged, qApp,
            [node = e.toString()](esl::Link::State state, const QString &detail) {
                const char *name = state == esl::Link::State::Up ? "UP"
                    : state == esl::Link::State::Down            ? "DOWN"
                                                                 : "CONNECTING";
                out() << QDateTime::currentDateTime().toString(u"HH:mm:ss"_s) << u"  "_s << node
                      << u"  link "_s << QString::fromLatin1(name) << u"  "_s << detail << Qt::endl;
            });
    }
    QObject::connect(&monitor, &session::GatewayMonitor::gatewayChanged, qApp,
        [&monitor](const QString &node, const QString &gw) {
            for (int row = 0; row < monitor.rowCount(); ++row) {
                const session::GatewayRecord *r = monitor.recordAt(row);
                if (r->node != node || r->name != gw || r->transitions.isEmpty())
                    continue;
                const session::Transition &t = r->transitions.last();
                out() << t.at.toLocalTime().toString(u"HH:mm:ss"_s) << u"  "_s << node << u"  "_s
                      << gw << u"  "_s << t.state << u"  ping "_s << t.pingStatus
                      << (t.status ? u"  %1 %2"_s.arg(t.status).arg(t.phrase) : QString())
                      << u"  — "_s << monitor.diagnosisAt(row).summary << Qt::endl;
            }
        });
    QObject::connect(&monitor, &session::GatewayMonitor::gatewayDeleted, qApp,
        [](const QString &node, const QString &gw) {
            out() << QDateTime::currentDateTime().toString(u"HH:mm:ss"_s) << u"  "_s << node
                  << u"  "_s << gw << u"  deleted"_s << Qt::endl;
        });
    return QCoreApplication::exec();
}

int reloadCommand(const Target &target, const QString &sofiaProfile, const QString &gateway,
    bool restart, bool yes)
{
    if (target.esl.isEmpty())
        return complain(Usage, u"no Event Socket: give --esl HOST:PORT or --profile NAME"_s);
    if (sofiaProfile.isEmpty())
        return complain(
            Usage, u"reload needs --sofia-profile P (the Sofia profile, e.g. internal)"_s);
    MonitorRun run;
    loadTrunksInto(run.monitor, target);
    if (!startMonitor(run, target))
        return complain(Unavailable, run.failures.join(u"; "_s));
    int code = Ok;
    for (const platform::EslEndpoint &e : target.esl) {
        const QString node = e.toString();
        if (restart) {
            if (!yes)
                return complain(Usage,
                    u"a profile restart drops every call on %1: add --yes to confirm"_s.arg(
                        sofiaProfile));
            run.monitor.link(node)->api(u"sofia profile %1 restart"_s.arg(sofiaProfile),
                [&code, node](const esl::ApiResult &r) {
                    out() << node << u": "_s
                          << QString::fromUtf8(r.ok ? r.body.trimmed() : r.error.toUtf8()) << u'\n';
                    if (!r.ok)
                        code = Unavailable;
                    QCoreApplication::exit(0);
                });
            QCoreApplication::exec();
            continue;
        }
        session::ApplyJob job(&run.monitor, node, sofiaProfile, gateway);
        QObject::connect(&job, &session::ApplyJob::progress, qApp,
            [node](const QString &step) { out() << node << u": "_s << step << Qt::endl; });
        QObject::connect(&job, &session::ApplyJob::finished, qApp,
            [&code, node](bool ok, const QString &, const QString &message) {
                out() << node << u": "_s << message << Qt::endl;
                if (!ok)
                    code = Critical;
                QCoreApplication::exit(0);
            });
        job.start();
        QCoreApplication::exec();
    }
    return code;
}

// Runs one keychain operation and waits for it (the CLI has nothing else to do meanwhile).
platform::SecretResult keychain(
    const std::function<void(platform::SecretStore &, QObject *, platform::SecretStore::Callback)>
        &op)
{
    platform::SecretStore store;
    platform::SecretResult result;
    op(store, qApp, [&result](const platform::SecretResult &r) {
        result = r;
        QCoreApplication::exit(0);
    });
    QCoreApplication::exec();
    return result;
}

// The API token: XYNAP_TOKEN wins, then the keychain entry of the connection profile.
QString apiToken(const QString &profileName)
{
    const QString env = qEnvironmentVariable("XYNAP_TOKEN");
    if (!env.isEmpty() || profileName.isEmpty())
        return env;
    const platform::SecretResult r = keychain(
        [&](platform::SecretStore &s, QObject *ctx, platform::SecretStore::Callback done) {
            s.read(platform::SecretStore::apiTokenKey(profileName), ctx, std::move(done));
        });
    if (!r.ok() && r.status != platform::SecretResult::Status::NotFound)
        std::fprintf(stderr, "xynapctl: keychain: %s\n", qPrintable(r.error));
    return r.ok() ? r.secret : QString();
}

// The API token, or with --esl-password the Event Socket password of each of the profile's nodes
// (or of --esl): set (from standard input), clear, status.
int tokenCommand(const QStringList &args, const Target &target, bool eslPassword)
{
    const QString sub = args.value(1);
    const QString profileName = target.profile;
    if (profileName.isEmpty())
        return complain(Usage, u"token %1 needs --profile NAME"_s.arg(sub));
    // Each secret: its keychain key and how to name it.
    QList<std::pair<QString, QString>> secrets;
    if (eslPassword) {
        if (target.esl.isEmpty())
            return complain(Usage,
                u"token --esl-password: profile %1 has no Event Socket; give --esl HOST:PORT"_s.arg(
                    profileName));
        for (const platform::EslEndpoint &e : target.esl)
            secrets.append({platform::SecretStore::eslPasswordKey(profileName, e.toString()),
                u"the Event Socket password for %1"_s.arg(e.toString())});
    } else {
        secrets.append({platform::SecretStore::apiTokenKey(profileName), u"the API token"_s});
    }
    if (sub == u"set"_s) {
        // From standard input, never from the command line where other users can read it.
        QTextStream in(stdin);
        const QString secret = in.readLine().trimmed();
        if (secret.isEmpty())
            return complain(
                Usage, u"token set reads the secret from standard input; got nothing"_s);
        for (const auto &[key, what] : std::as_const(secrets)) {
            const platform::SecretResult r = keychain(
                [&](platform::SecretStore &s, QObject *ctx, platform::SecretStore::Callback done) {
                    s.write(key, secret, ctx, std::move(done));
                });
            if (!r.ok())
                return complain(Unavailable, u"%1 was not stored: %2"_s.arg(what, r.error));
            out() << u"%1 stored in the keychain for profile %2\n"_s.arg(what, profileName);
        }
        return Ok;
    }
    if (sub == u"clear"_s) {
        for (const auto &[key, what] : std::as_const(secrets)) {
            const platform::SecretResult r = keychain(
                [&](platform::SecretStore &s, QObject *ctx, platform::SecretStore::Callback done) {
                    s.remove(key, ctx, std::move(done));
                });
            if (!r.ok())
                return complain(Unavailable, u"%1 was not removed: %2"_s.arg(what, r.error));
            out() << u"%1 removed for profile %2\n"_s.arg(what, profileName);
        }
        return Ok;
    }
    if (sub == u"status"_s) {
        int code = Ok;
        for (const auto &[key, what] : std::as_const(secrets)) {
            const platform::SecretResult r = keychain(
                [&](platform::SecretStore &s, QObject *ctx, platform::SecretStore::Callback done) {
                    s.read(key, ctx, std::move(done));
                });
            switch (r.status) {
            case platform::SecretResult::Status::Ok:
                out() << u"profile %1: %2 is stored in the keychain\n"_s.arg(profileName, what);
                break;
            case platform::SecretResult::Status::NotFound:
                out() << u"profile %1: %2 is not stored\n"_s.arg(profileName, what);
                code = std::max(code, int(Warning));
                break;
            default:
                return complain(Unavailable, u"the keychain cannot be read: %1"_s.arg(r.error));
            }
        }
        return code;
    }
    return complain(Usage,
        u"usage: xynapctl token set|clear|status --profile NAME [--esl-password [--esl H:P]]"_s);
}

int profileCommand(const QStringList &args, const QString &name, const Target &target)
{
    QSettings settings;
    platform::ProfileStore store(&settings);
    const QString sub = args.value(1, u"list"_s);
    if (sub == u"list"_s) {
        for (const platform::ConnectionProfile &p : store.profiles()) {
            QStringList esl;
            for (const platform::EslEndpoint &e : p.eslEndpoints)
                esl.append(e.toString());
            out() << p.name << u"  "_s << p.apiUrl.toString() << u"  esl: "_s << esl.join(u", "_s);
            if (!p.caFile.isEmpty())
                out() << u"  ca: "_s << p.caFile;
            if (!p.publicKeyPin.isEmpty())
                out() << u"  pin: "_s << p.publicKeyPin;
            if (p.allowInsecureHttp)
                out() << u"  PLAIN HTTP ALLOWED"_s;
            out() << u'\n';
        }
        return Ok;
    }
    const QString profileName = args.value(2, name);
    if (profileName.isEmpty())
        return complain(Usage,
            u"usage: xynapctl profile add NAME --api URL [--esl HOST:PORT]… | profile remove NAME"_s);
    if (sub == u"add"_s) {
        if (target.apiUrl.isEmpty())
            return complain(Usage, u"profile add needs --api URL"_s);
        store.save({profileName, target.apiUrl, target.esl, target.allowInsecure, target.caFile,
            target.publicKeyPin});
        out() << u"profile %1 saved\n"_s.arg(profileName);
        return Ok;
    }
    if (sub == u"remove"_s) {
        if (!store.remove(profileName))
            return complain(Usage, u"no connection profile named \"%1\""_s.arg(profileName));
        out() << u"profile %1 removed\n"_s.arg(profileName);
        return Ok;
    }
    return complain(Usage, u"usage: xynapctl profile list|add|remove"_s);
}

// export: every trunk with its ETag; apply: PUT each with If-Match, refuse on 412.
int trunksExportApply(const QStringList &args, const Target &target)
{
    platform::ApiClient client;
    configure(client, target);
    if (args.value(1) == u"export"_s) {
        int code = Ok;
        QObject::connect(client.get(u"/api/v1/sip/trunks"_s), &platform::ApiJob::finished, qApp,
            [&code](const platform::ApiResult &r) {
                if (!r.ok())
                    code = complain(exitFor(r), platform::operatorMessage(r));
                else
                    out() << r.json.toJson(QJsonDocument::Indented);
                QCoreApplication::exit(0);
            });
        QCoreApplication::exec();
        return code;
    }
    const QString path = args.value(2);
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
        return complain(Usage,
            path.isEmpty() ? u"usage: xynapctl trunks apply FILE"_s
                           : u"%1: %2"_s.arg(path, f.errorString()));
    QJsonParseError error {};
    const QByteArray data = f.readAll();
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return complain(DataError,
            u"%1:%2: %3"_s.arg(path)
                .arg(data.left(error.offset).count('\n') + 1)
                .arg(error.errorString()));
    const QJsonArray trunks = doc.object().value(u"trunks"_s).toArray();
    int code = Ok;
    for (qsizetype i = 0; i < trunks.size(); ++i) {
        QJsonObject t = trunks.at(i).toObject();
        const int id = t.value(u"id"_s).toInt();
        const QByteArray etag = t.value(u"etag"_s).toString().toUtf8();
        const QString name = t.value(u"gateway_name"_s).toString();
        if (id <= 0 || etag.isEmpty()) {
            code = complain(DataError,
                u"%1: trunks[%2] (%3) has no id or etag: export it with `xynapctl trunks export`"_s
                    .arg(path)
                    .arg(i)
                    .arg(name));
            continue;
        }
        for (const char *k : {"id", "etag", "version", "password_set"})
            t.remove(QString::fromLatin1(k));
        QObject::connect(client.put(u"/api/v1/sip/trunks/%1"_s.arg(id), QJsonDocument(t), etag),
            &platform::ApiJob::finished, qApp, [&code, name](const platform::ApiResult &r) {
                if (r.error == platform::ApiError::Conflict)
                    code = complain(Critical,
                        u"%1: changed on the platform since this file was exported; nothing overwritten (export again and merge)"_s
                            .arg(name));
                else if (r.error == platform::ApiError::Invalid) {
                    QStringList fields;
                    for (const FieldError &fe : r.fields)
                        fields.append(fe.field + u": "_s + fe.message);
                    code = complain(
                        DataError, u"%1: rejected: %2"_s.arg(name, fields.join(u"; "_s)));
                } else if (!r.ok())
                    code
                        = complain(exitFor(r), u"%1: %2"_s.arg(name, platform::operatorMessage(r)));
                else
                    out() << name << u": applied\n"_s;
                QCoreApplication::exit(0);
            });
        QCoreApplication::exec();
    }
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"xynap"_s);
    QCoreApplication::setApplicationName(u"xynap-console"_s); // the GUI's settings: same profiles
    QCoreApplication::setApplicationVersion(QStringLiteral(XYNAP_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"xynapctl — the xynap console from a shell.\n\n"
        "Commands:\n"
        "  trunks list | get ID | export trunks from the Platform API (export: with ETags)\n"
        "  trunks apply FILE             send an exported file back with If-Match: a trunk "
        "changed\n"
        "                                since the export is refused, nothing is overwritten\n"
        "  status                        gateway states from every Event Socket\n"
        "  check                         monitoring-plugin check of every gateway (0/1/2/3)\n"
        "  watch                         live gateway transitions, one line each\n"
        "  reload --sofia-profile P [--gateway G] [--restart --yes]\n"
        "                                apply a saved trunk without dropping calls\n"
        "  coverage --ufw FILE [--ufw6 FILE] [--acl FILE | --esl H:P]\n"
        "                                firewall and ACL coverage of the provider ranges\n"
        "                                (exit 0 clean, 1 warnings, 2 errors)\n"
        "  lint [--file FILE] [--ufw FILE] [--ufw6 FILE] [--acl FILE]\n"
        "                                misconfigurations of the trunks, the firewall and the\n"
        "                                ACL, from the API and Event Socket or from files\n"
        "                                (exit 0 clean, 1 warnings, 2 errors)\n"
        "  profile list | add NAME --api URL [--esl H:P]... [--ca-file F] [--pin P]\n"
        "                                [--allow-insecure-http] | remove NAME\n"
        "  token set|clear|status --profile NAME [--esl-password]\n"
        "                                the API token (or the Event Socket password of the\n"
        "                                profile's nodes) in the system keychain; set reads it\n"
        "                                from standard input\n\n"
        "Secrets never go on the command line: the API token comes from XYNAP_TOKEN or the\n"
        "keychain entry of --profile, the Event Socket password from XYNAP_ESL_PASSWORD or\n"
        "the profile's keychain entry for the node (default ClueCon). HTTPS trusts the\n"
        "system's CAs, plus --ca-file, or a --pin of the server's key (both kept by\n"
        "profile add).\n\n"
        "Exit codes: 0 ok, 1 warning, 2 critical, 3 unknown, 64 usage, 65 bad data,\n"
        "69 platform unavailable, 77 not permitted."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(u"profile"_s, u"Saved connection profile."_s, u"NAME"_s);
    const QCommandLineOption api(u"api"_s, u"Platform API base URL."_s, u"URL"_s);
    const QCommandLineOption esl(
        u"esl"_s, u"Event Socket HOST:PORT (repeatable)."_s, u"HOST:PORT"_s);
    const QCommandLineOption json(u"json"_s, u"Machine-readable output."_s);
    const QCommandLineOption fileOption(u"file"_s,
        u"lint: read trunks (and profiles) from a JSON file instead of the API."_s, u"FILE"_s);
    const QCommandLineOption sofiaProfile(
        u"sofia-profile"_s, u"reload: the Sofia profile (e.g. internal)."_s, u"P"_s);
    const QCommandLineOption gatewayOption(
        u"gateway"_s, u"reload: apply this gateway (killgw + rescan)."_s, u"G"_s);
    const QCommandLineOption restartOption(
        u"restart"_s, u"reload: restart the profile (drops its calls; needs --yes)."_s);
    const QCommandLineOption yesOption(u"yes"_s, u"Confirm a disruptive action."_s);
    const QCommandLineOption ufwOption(u"ufw"_s,
        u"coverage, lint: UFW rules (user.rules, `ufw status numbered` or `ufw show added`)."_s,
        u"FILE"_s);
    const QCommandLineOption ufw6Option(
        u"ufw6"_s, u"coverage, lint: user6.rules, read together with --ufw."_s, u"FILE"_s);
    const QCommandLineOption aclOption(u"acl"_s,
        u"coverage, lint: FreeSWITCH acl.conf.xml (otherwise the live ACL over --esl)."_s,
        u"FILE"_s);
    const QCommandLineOption insecure(
        u"allow-insecure-http"_s, u"Allow plain HTTP to a host other than loopback."_s);
    const QCommandLineOption caFile(u"ca-file"_s,
        u"Trust the Platform API's certificate through this CA (PEM or DER)."_s, u"FILE"_s);
    const QCommandLineOption pin(u"pin"_s,
        u"The Platform API's public-key pin: SHA-256 of its SubjectPublicKeyInfo, base64."_s,
        u"SHA256"_s);
    const QCommandLineOption eslPasswordOption(u"esl-password"_s,
        u"token: the Event Socket password of the profile's nodes (or of --esl) instead of the "
        "API token."_s);
    parser.addOptions(
        {profile, api, esl, json, insecure, caFile, pin, fileOption, sofiaProfile, gatewayOption,
            restartOption, yesOption, ufwOption, ufw6Option, aclOption, eslPasswordOption});
    parser.addPositionalArgument(u"command"_s, u"trunks, status, profile"_s);
    parser.process(app);

    Target target;
    const QString command0 = parser.positionalArguments().value(0);
    if (parser.isSet(profile) && command0 != u"profile"_s) {
        QSettings settings;
        platform::ProfileStore store(&settings);
        const auto p = store.find(parser.value(profile));
        if (!p && command0 != u"token"_s) // a token may be stored before its profile exists
            return complain(
                Usage, u"no connection profile named \"%1\""_s.arg(parser.value(profile)));
        if (p) {
            target.apiUrl = p->apiUrl;
            target.esl = p->eslEndpoints;
            target.allowInsecure = p->allowInsecureHttp;
            target.caFile = p->caFile;
            target.publicKeyPin = p->publicKeyPin;
        }
    }
    if (parser.isSet(caFile)) // kept absolute: the profile is used from any directory
        target.caFile = QFileInfo(parser.value(caFile)).absoluteFilePath();
    if (parser.isSet(pin))
        target.publicKeyPin = parser.value(pin);
    {
        platform::ApiClient check;
        QString error;
        if (!check.setCaFile(target.caFile, &error))
            return complain(DataError, u"CA file: %1"_s.arg(error));
        if (!check.setPublicKeyPin(target.publicKeyPin, &error))
            return complain(Usage, u"pin: %1"_s.arg(error));
    }
    if (parser.isSet(api)) {
        target.apiUrl = QUrl(parser.value(api));
        if (!target.apiUrl.isValid()
            || (target.apiUrl.scheme() != u"http"_s && target.apiUrl.scheme() != u"https"_s))
            return complain(Usage, u"--api: \"%1\" is not an http(s) URL"_s.arg(parser.value(api)));
    }
    if (parser.isSet(insecure))
        target.allowInsecure = true;
    if (parser.isSet(esl)) {
        target.esl.clear();
        for (const QString &value : parser.values(esl)) {
            const auto endpoint = platform::EslEndpoint::parse(value);
            if (!endpoint)
                return complain(Usage, u"--esl: \"%1\" is not HOST:PORT"_s.arg(value));
            target.esl.append(*endpoint);
        }
    }

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    target.profile = parser.value(profile);
    if (command == u"token"_s)
        return tokenCommand(args, target, parser.isSet(eslPasswordOption));
    const bool usesEventSocket = command == u"status"_s || command == u"check"_s
        || command == u"watch"_s || command == u"reload"_s || command == u"coverage"_s
        || command == u"lint"_s;
    if (usesEventSocket && !target.profile.isEmpty()
        && qEnvironmentVariable("XYNAP_ESL_PASSWORD").isEmpty()) {
        for (const platform::EslEndpoint &e : target.esl) {
            const platform::SecretResult r = keychain(
                [&](platform::SecretStore &s, QObject *ctx, platform::SecretStore::Callback done) {
                    s.read(platform::SecretStore::eslPasswordKey(target.profile, e.toString()), ctx,
                        std::move(done));
                });
            if (r.ok())
                target.eslPasswords.insert(e.toString(), r.secret);
            else if (r.status != platform::SecretResult::Status::NotFound)
                std::fprintf(stderr, "xynapctl: keychain: %s\n", qPrintable(r.error));
        }
    }
    if (command == u"profile"_s)
        return profileCommand(args, {}, target);
    if (command == u"trunks"_s || command == u"lint"_s || command == u"check"_s
        || command == u"watch"_s || command == u"reload"_s)
        target.token = apiToken(target.profile);
    if (command == u"trunks"_s)
        return trunksCommand(args, target, parser.isSet(json));
    if (command == u"coverage"_s) {
        QString liveAcl;
        if (!parser.isSet(aclOption) && !target.esl.isEmpty()) {
            if (const int rc = fetchAclOverEsl(target, &liveAcl); rc != Ok)
                return rc;
        }
        QTextStream err(stderr);
        return cli::runCoverageCommand(parser.value(ufwOption), parser.value(ufw6Option),
            parser.value(aclOption), liveAcl, parser.isSet(json), out(), err);
    }
    if (command == u"check"_s)
        return checkCommand(target);
    if (command == u"watch"_s)
        return watchCommand(target);
    if (command == u"reload"_s)
        return reloadCommand(target, parser.value(sofiaProfile), parser.value(gatewayOption),
            parser.isSet(restartOption), parser.isSet(yesOption));
    if (command == u"lint"_s)
        return lintCommand(target, parser.value(fileOption),
            {parser.value(ufwOption), parser.value(ufw6Option), parser.value(aclOption)},
            parser.isSet(json));
    if (command == u"status"_s)
        return statusCommand(target, parser.isSet(json));
    if (command.isEmpty())
        return complain(Usage, u"no command given; see xynapctl --help"_s);
    return complain(Usage, u"unknown command \"%1\"; see xynapctl --help"_s.arg(command));
}
