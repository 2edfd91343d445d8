// sync (once, or --watch), sync serve (the direct endpoint on this device), sync audit (who the
// server lets into this device's collections).
#include "commands.h"
#include "context.h"
#include "syncsetup.h"

#include "relaystore.h"
#include "relaytransport.h"
#include "sync/engine.h"
#include "sync/memberstatement.h"
#include "syncserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace bollplank::cli {

namespace {

QJsonObject reportJson(const sync::SyncReport &r)
{
    QJsonArray withheld;
    for (const sync::Withheld &w : r.withheld)
        withheld.append(QJsonObject { { u"device"_s, w.deviceId }, { u"role"_s, w.role }, { u"missing"_s, w.missing } });
    QJsonArray erased;
    for (const sync::Erasure &e : r.erased)
        erased.append(QJsonObject { { u"collection"_s, QString::fromLatin1(e.collectionId.left(8).toHex()) },
            { u"kind"_s, sync::toString(e.kind) }, { u"by"_s, e.byOwnDevice ? u"own-device"_s : u"other-person"_s },
            { u"records"_s, e.records } });
    return QJsonObject { { u"pushed"_s, r.pushed }, { u"pulled"_s, r.pulled }, { u"applied"_s, r.applied },
        { u"merged"_s, r.merged }, { u"conflicts"_s, r.conflicts }, { u"waiting"_s, r.waiting },
        { u"notPaired"_s, r.notPaired }, { u"refused"_s, QJsonArray::fromStringList(r.refused) },
        { u"withheld"_s, withheld }, { u"forks"_s, r.forks }, { u"erased"_s, erased } };
}

// One line per collection this device was cut off from and erased: who did it and how much went,
// never what.
QString erasureText(const sync::Erasure &e)
{
    const QString what = e.kind == sync::CollectionKind::Journal ? u"the journal"_s
        : e.kind == sync::CollectionKind::Notes                  ? u"the mentor's notes"_s
                                                                 : u"a shared space"_s;
    return e.byOwnDevice
        ? u"\nerased: another of your devices revoked this one from %1; the %2 record(s) it held only there were erased here"_s
              .arg(what)
              .arg(e.records)
        : u"\nerased: the other person ended the pairing (%1); their %2 record(s) were erased here, your own words stay"_s
              .arg(what)
              .arg(e.records);
}

QString reportText(const sync::SyncReport &r)
{
    QString text = u"Synced: %1 sent, %2 received, %3 applied"_s.arg(r.pushed).arg(r.pulled).arg(r.applied);
    if (r.merged)
        text += u", %1 merged"_s.arg(r.merged);
    if (r.conflicts)
        text += u", %1 kept as conflict copies"_s.arg(r.conflicts);
    if (r.notPaired)
        text += u"; %1 collection(s) not paired on the server"_s.arg(r.notPaired);
    for (const QString &why : r.refused)
        text += u"\nrefused: "_s + why;
    // Never trusted away: a change the server holds back shows on every sync until it arrives.
    for (const sync::Withheld &w : r.withheld)
        text += u"\nwarning: the sync server is holding back %1 change(s) from the %2's device %3"_s.arg(w.missing)
                    .arg(w.role.isEmpty() ? u"other"_s : w.role, w.deviceId.left(8));
    if (r.forks)
        text += u"\nwarning: %1 change(s) came with a forked history and were refused"_s.arg(r.forks);
    for (const sync::Erasure &e : r.erased)
        text += erasureText(e);
    return text + u'.';
}

struct Connection
{
    std::unique_ptr<net::RelayTransport> transport;
    QList<QByteArray> watched;
};

void syncNow(Context &ctx)
{
    const QList<QUrl> endpoints = endpointsInUse(ctx);
    withSyncErrors([&] {
        // Each server gets only the collections whose readers meet there (sync/routes.h).
        std::vector<Connection> connections;
        for (const QUrl &url : endpoints)
            connections.push_back({ openTransport(ctx.store(), url), {} });
        const auto engine = engineFor(ctx);
        std::vector<sync::Transport *> servers;
        for (Connection &c : connections)
            servers.push_back(c.transport.get());
        // A server that cannot be reached (the mentor's direct endpoint, out of the room) keeps
        // the others from nothing; only when none answers does the command fail.
        const auto syncAll = [&] { return engine->syncEach(servers); };
        const auto text = [](const sync::SyncReport &report) {
            QString out = reportText(report);
            for (const QString &server : report.unreachable)
                out += u"\nunreachable: %1 (its collections sync next time)"_s.arg(server);
            return out;
        };
        const auto json = [](const sync::SyncReport &report) {
            QJsonObject out = reportJson(report);
            out.insert(u"unreachable"_s, QJsonArray::fromStringList(report.unreachable));
            return out;
        };
        sync::SyncReport report = syncAll();
        if (!ctx.args.flag(u"watch"_s)) {
            ctx.out.result(json(report), text(report));
            return;
        }
        // Watch: hear about every collection this device may use, each at its own server, sync on
        // each announcement (and every half minute, for changes the server could not announce),
        // until a signal.
        watchForStop();
        for (Connection &c : connections) {
            for (const sync::Collection &collection : engine->collections().all()) {
                if (!engine->syncsThrough(collection, c.transport->endpointName()))
                    continue;
                try {
                    c.transport->watch(collection.id);
                } catch (const sync::SyncError &e) {
                    if (e.kind() != sync::SyncErrorKind::NotPaired)
                        throw;
                }
            }
        }
        Output::printText(ctx.out.json()
                ? QString::fromUtf8(QJsonDocument(json(report)).toJson(QJsonDocument::Compact))
                : text(report));
        QElapsedTimer sinceSync;
        sinceSync.start();
        const int slice = std::max(100, 500 / int(connections.size()));
        while (!stopRequested()) {
            bool news = false;
            for (Connection &c : connections)
                news = !c.transport->waitForNews(slice).empty() || news;
            if (!news && sinceSync.elapsed() < 30000)
                continue;
            report = syncAll();
            sinceSync.restart();
            if (report.pushed || report.pulled || !report.refused.isEmpty() || !report.erased.isEmpty())
                Output::printText(ctx.out.json()
                        ? QString::fromUtf8(QJsonDocument(json(report)).toJson(QJsonDocument::Compact))
                        : text(report));
        }
    });
}

void serve(Context &ctx)
{
    net::ServerOptions options;
    const QString listen = ctx.args.value(u"listen"_s).value_or(u"127.0.0.1"_s);
    if (!options.address.setAddress(listen))
        throw usageError(u"--listen takes an IP address of this device"_s);
    const int port = ctx.number(u"port"_s).value_or(8765);
    if (port < 0 || port > 65535)
        throw usageError(u"--port takes a number from 0 to 65535"_s);
    options.port = quint16(port);
    options.allowPlainOnLan = ctx.args.flag(u"allow-plain-lan"_s);
    // Only envelopes and mailbox messages (ciphertext) live here, the same file as the app's
    // direct endpoint.
    options.database = QDir(ctx.session.folder()).filePath(u"direct-endpoint.sqlite"_s);
    if (!QDir(ctx.session.folder()).exists())
        throw CliError(
            ExitCode::Invalid, u"no profile in %1"_s.arg(QDir::toNativeSeparators(ctx.session.folder())));
    // The file is encrypted under a key from the profile's device identity, so the profile is
    // unlocked for that key alone and locked again before serving: this device's own "sync" (another
    // process) then reaches the endpoint like any other client.
    options.databaseKey = sync::DeviceIdentity::load(ctx.store()).directEndpointKey();
    ctx.session.close();
    // Before the "listening" line: a script may send SIGTERM as soon as it reads it.
    watchForStop();
    net::SyncServer server(options);
    try {
        server.start();
    } catch (const net::RelayStoreError &e) {
        // The database: no SQLCipher, a key that does not open it, a file that cannot be written.
        throw CliError(ExitCode::Io, QString::fromUtf8(e.what()));
    } catch (const std::exception &e) {
        throw CliError(ExitCode::Unreachable, QString::fromUtf8(e.what()));
    }
    Output::printText(u"listening on %1"_s.arg(server.url().toString()));
    std::fflush(stdout);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [] {
        if (stopRequested())
            QCoreApplication::quit();
    });
    poll.start(200);
    QCoreApplication::exec();
    server.close();
}

/// Compares each collection's members at the server with this device's own roster: a device the
/// server lets in that the roster does not know (or holds no statement signed by a known member
/// for) is reported, and the command fails, so scripts notice.
void audit(Context &ctx)
{
    const QList<QUrl> endpoints = endpointsInUse(ctx);
    withSyncErrors([&] {
        const auto engine = engineFor(ctx);
        const QByteArray self = sync::DeviceIdentity::load(ctx.store()).signPublicKey();
        QJsonArray unexpected;
        QStringList lines;
        int checked = 0;
        for (const QUrl &url : endpoints) {
            auto transport = openTransport(ctx.store(), url);
            for (const sync::Collection &c : engine->collections().all()) {
                // Asking a server about a collection names it there: only where it syncs.
                if (!engine->syncsThrough(c, transport->endpointName()))
                    continue;
                std::vector<QByteArray> roster { self };
                for (const sync::Member &m : engine->collections().members(c.id))
                    roster.push_back(m.signPublicKey);
                std::vector<sync::MemberStatement> listed;
                try {
                    listed = transport->members(c.id);
                } catch (const sync::SyncError &e) {
                    if (e.kind() != sync::SyncErrorKind::NotPaired)
                        throw;
                    continue; // not (or no longer) on this server
                }
                ++checked;
                for (const QByteArray &device : sync::unexpectedMembers(c.id, listed, roster)) {
                    const QString collection = QString::fromLatin1(c.id.left(8).toHex());
                    const QString key = QString::fromLatin1(device.toHex());
                    unexpected.append(QJsonObject { { u"collection"_s, collection }, { u"device"_s, key },
                        { u"server"_s, transport->endpointName() } });
                    lines.append(u"collection %1 (%2) at %3: unexpected device %4"_s.arg(
                        collection, sync::toString(c.kind), transport->endpointName(), key));
                }
            }
        }
        if (!unexpected.isEmpty())
            throw CliError(ExitCode::SyncRefused,
                u"the server lets in %1 device(s) this device's roster does not vouch for: %2"_s.arg(
                    unexpected.size()).arg(lines.join(u"; "_s)));
        ctx.out.result(QJsonObject { { u"checked"_s, checked }, { u"unexpected"_s, unexpected } },
            u"Audited %1 collection(s): the server lets in only devices this device knows."_s.arg(checked));
    });
}

} // namespace

void addSyncCommands(QList<Command> &commands)
{
    commands.append({
        // "sync serve" first: the command table matches the longest name it meets first.
        { u"sync serve"_s, u"[--listen ADDRESS] [--port N] [--allow-plain-lan]"_s,
            u"serve the direct sync endpoint from this device (put its address in invites with --relay)"_s, 0,
            0, &serve },
        { u"sync audit"_s, u"[--relay URL]"_s,
            u"check that the server lets into this device's collections only the devices it knows"_s, 0, 0,
            &audit },
        { u"sync"_s, u"[--relay URL] [--watch]"_s,
            u"send and receive changes once; with --watch, keep syncing as changes arrive until stopped"_s, 0,
            0, &syncNow },
    });
}

} // namespace bollplank::cli
