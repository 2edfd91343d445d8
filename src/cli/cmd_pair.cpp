// pair invite/accept/confirm/finish/list, unpair: pairing in person through the sync endpoint's
// mailbox (docs/pairing.md). The steps that cross the network are the app's too
// (sync/pairingflow.h): an answer or grant whose post did not get through goes again.
#include "commands.h"
#include "context.h"
#include "syncsetup.h"

#include "qrcode.h"
#include "relaytransport.h"
#include "sync/engine.h"
#include "sync/pairing.h"
#include "sync/pairingflow.h"
#include "sync/rotation.h"
#include "sync/routes.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace bollplank::cli {

namespace {

using sync::Pairing;
using sync::PairingPurpose;

QString digitsOnly(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
        else if (!c.isSpace())
            return {};
    }
    return digits;
}

struct InviteRow
{
    QByteArray mailbox;
    QByteArray peerSign; ///< empty until the answer was opened
    bool used = false;
};

/// This device's invites in one role ('issued' or 'accepted') that are not completed.
QList<InviteRow> openInvites(Store &store, const char *role)
{
    auto query = store.db().prepare("SELECT mailbox, peer_sign_public, used_at IS NOT NULL FROM sync_invite "
                                    "WHERE role = ? AND completed_at IS NULL ORDER BY expires_at");
    query.bind(1, role);
    QList<InviteRow> rows;
    while (query.step())
        rows.append({ query.blob(0), query.isNull(1) ? QByteArray() : query.blob(1), query.int64(2) != 0 });
    return rows;
}

/// One sync round with every server in use after a pairing step, so each learns its new members
/// at once. A server out of reach is skipped: the next sync tells it.
sync::SyncReport syncOnce(Context &ctx)
{
    const auto engine = engineFor(ctx);
    sync::SyncReport total;
    for (const QUrl &url : endpointsInUse(ctx)) {
        try {
            const sync::SyncReport r = engine->sync(*openTransport(ctx.store(), url));
            total.pushed += r.pushed;
            total.pulled += r.pulled;
        } catch (const sync::SyncError &e) {
            if (e.kind() != sync::SyncErrorKind::Unreachable)
                throw;
        }
    }
    return total;
}

/// This person's own endpoint as transports name it, for binding a pairing (sync/routes.h).
QStringList ownNames(Context &ctx)
{
    const std::optional<QUrl> own = ownEndpoint(ctx);
    return own ? QStringList { net::RelayTransport::nameOf(*own) } : QStringList();
}

void invite(Context &ctx)
{
    const bool ownDevice = ctx.args.flag(u"own-device"_s);
    const QString mentorship = ownDevice ? QString() : ctx.mentorshipId();
    const int minutes = ctx.number(u"valid"_s).value_or(15);
    if (minutes < 1 || minutes > 24 * 60)
        throw usageError(u"--valid takes minutes from 1 to 1440"_s);
    const QUrl endpoint = syncEndpoint(ctx);
    withSyncErrors([&] {
        Pairing pairing(ctx.store());
        const sync::Invite made
            = pairing.createInvite(ownDevice ? PairingPurpose::OwnDevice : PairingPurpose::Partner,
                mentorship, { endpoint.toString() }, qint64(minutes) * 60 * 1000);
        const QString text = made.toText();
        if (const auto qr = ctx.args.value(u"qr"_s)) {
            if (!qr::image(text).save(*qr, "PNG"))
                throw CliError(ExitCode::Io, u"cannot write the QR code to %1"_s.arg(*qr));
        }
        ctx.out.result(
            QJsonObject { { u"invite"_s, text }, { u"expiresAt"_s, jsonTime(made.expiresAt) },
                { u"endpoint"_s, endpoint.toString() },
                { u"purpose"_s, ownDevice ? u"own-device"_s : u"partner"_s },
                { u"qr"_s,
                    ctx.args.value(u"qr"_s) ? QJsonValue(QDir::toNativeSeparators(*ctx.args.value(u"qr"_s)))
                                            : QJsonValue() } },
            u"%1\n\nShow this invite (or its QR code) to the other device; it is valid until %2 and works "
            u"once.\n"
            "Then run \"pair confirm\" here to compare the safety number."_s.arg(
                text, textTime(made.expiresAt)));
    });
}

void accept(Context &ctx)
{
    QString text = ctx.params.value(0);
    if (text == u"-"_s) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            throw CliError(ExitCode::Io, u"cannot read the invite from standard input"_s);
        text = QString::fromUtf8(in.readAll());
    }
    std::optional<QString> mentorship;
    if (ctx.args.has(u"mentorship"_s))
        mentorship = ctx.mentorshipId();
    withSyncErrors([&] {
        QStringList preferred;
        if (ctx.args.has(u"relay"_s))
            preferred.append(parseEndpoint(*ctx.args.value(u"relay"_s), u"relay"_s).toString());
        const sync::AcceptedInvite accepted = sync::acceptInvite(
            ctx.store(), net::transportFactory(ctx.store()), text, mentorship.value_or(QString()), preferred);
        const QUrl reached = net::parseEndpoint(accepted.endpoint);
        // Linking one's own device: its server becomes this device's own. The other person's
        // server never does: only the mentorship's shared space will sync there.
        if (accepted.ownDevice)
            rememberEndpoint(ctx, reached);
        const QString number = sync::formatSafetyNumber(accepted.safetyNumber);
        ctx.out.result(QJsonObject { { u"safetyNumber"_s, accepted.safetyNumber },
                           { u"endpoint"_s, reached.toString() } },
            u"Safety number:\n  %1\n\nCompare it aloud with the other device. When it matches there, the "
            u"other"
            " device confirms; then run \"pair finish\" here."_s.arg(number));
    });
}

bool askYes(const QString &number)
{
    std::fprintf(stderr,
        "Safety number:\n  %s\nDoes the other device show the same number? Type yes to pair: ",
        qPrintable(number));
    std::fflush(stderr);
    char line[64] = {};
    if (!std::fgets(line, sizeof line, stdin))
        return false;
    return QString::fromLocal8Bit(line).trimmed().compare(u"yes"_s, Qt::CaseInsensitive) == 0;
}

void confirm(Context &ctx)
{
    std::optional<QString> given;
    if (const auto value = ctx.args.value(u"safety-number"_s)) {
        given = digitsOnly(*value);
        if (given->size() != 60)
            throw usageError(
                u"--safety-number takes the 60 digits the other device shows (spaces allowed)"_s);
    }
    const QUrl endpoint = syncEndpoint(ctx);
    withSyncErrors([&] {
        auto transport = openTransport(ctx.store(), endpoint);
        const sync::DeviceIdentity self = sync::DeviceIdentity::load(ctx.store());
        // A grant confirmed before whose post did not get through goes now.
        (void)sync::sendWaitingPairingMessages(ctx.store(), *transport);

        // Open the answers that arrived for this device's invites.
        for (const InviteRow &row : openInvites(ctx.store(), "issued")) {
            if (!row.used)
                (void)sync::openAnswer(ctx.store(), *transport, row.mailbox);
        }
        const QList<InviteRow> answered = [&] {
            QList<InviteRow> rows;
            for (const InviteRow &row : openInvites(ctx.store(), "issued")) {
                if (row.used && !row.peerSign.isEmpty())
                    rows.append(row);
            }
            return rows;
        }();
        if (answered.isEmpty())
            throw CliError(ExitCode::Invalid,
                u"no answer to an invite yet: the other device runs \"pair accept\" first"_s);

        QJsonArray results;
        QStringList lines;
        for (const InviteRow &row : answered) {
            const QString digits = sync::safetyNumber(self.signPublicKey(), row.peerSign);
            const QString number = sync::formatSafetyNumber(digits);
            bool confirmed = false;
            if (given) {
                if (*given != digits)
                    throw CliError(ExitCode::Invalid,
                        u"the safety numbers differ: do not pair (someone else may have answered the invite)"_s);
                confirmed = true;
            } else if (!ctx.out.json() && ::isatty(STDIN_FILENO)) {
                confirmed = askYes(number);
            }
            if (confirmed)
                sync::confirmPairing(ctx.store(), *transport, row.mailbox, ownNames(ctx));
            results.append(QJsonObject { { u"safetyNumber"_s, digits }, { u"confirmed"_s, confirmed } });
            lines.append(confirmed ? u"Paired (safety number %1)."_s.arg(number)
                                   : u"Safety number:\n  %1\nNot confirmed yet: compare it aloud, then run"
                                     " \"pair confirm --safety-number DIGITS\"."_s.arg(number));
        }
        if (std::any_of(results.cbegin(), results.cend(),
                [](const QJsonValue &v) { return v.toObject().value(u"confirmed"_s).toBool(); }))
            (void)syncOnce(ctx);
        ctx.out.result(QJsonObject { { u"answers"_s, results } }, lines.join(u'\n'));
    });
}

void finish(Context &ctx)
{
    const int wait = ctx.number(u"wait"_s).value_or(0);
    if (wait < 0 || wait > 3600)
        throw usageError(u"--wait takes seconds from 0 to 3600"_s);
    const std::optional<QUrl> own = ownEndpoint(ctx);
    withSyncErrors([&] {
        const QList<InviteRow> pending = openInvites(ctx.store(), "accepted");
        if (pending.isEmpty())
            throw CliError(ExitCode::Invalid, u"no accepted invite is waiting: run \"pair accept\" first"_s);
        // Each grant is read where its answer went ("pair accept"), which may be the other
        // person's server rather than this person's own.
        std::vector<std::unique_ptr<net::RelayTransport>> transports;
        for (const InviteRow &row : pending) {
            const QString where = sync::pairingEndpoint(ctx.store(), row.mailbox);
            const QUrl url = where.isEmpty() ? own.value_or(QUrl()) : QUrl(where);
            if (url.isEmpty())
                throw usageError(u"this profile has no sync address yet: give --relay ws://HOST:PORT"_s);
            transports.push_back(openTransport(ctx.store(), url));
        }
        int collections = 0;
        bool granted = false;
        QStringList refused;
        const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(wait);
        for (;;) {
            for (qsizetype i = 0; i < pending.size(); ++i) {
                const InviteRow &row = pending.at(i);
                if (const auto received = sync::receiveGrant(
                        ctx.store(), *transports.at(std::size_t(i)), row.mailbox, ownNames(ctx), &refused)) {
                    collections += *received;
                    granted = true;
                }
            }
            if (granted || QDateTime::currentDateTimeUtc() >= until || stopRequested())
                break;
            QThread::msleep(500);
        }
        if (!granted && !refused.isEmpty())
            throw sync::SyncError(sync::SyncErrorKind::InvalidInvite, refused.last());
        if (!granted)
            throw CliError(ExitCode::Invalid,
                u"the other device has not confirmed yet: compare the safety number, let it run"
                " \"pair confirm\", then run \"pair finish\" again"_s);
        const sync::SyncReport report = syncOnce(ctx);
        ctx.out.result(QJsonObject { { u"paired"_s, true }, { u"collections"_s, collections },
                           { u"pulled"_s, report.pulled }, { u"pushed"_s, report.pushed } },
            u"Paired: %1 collection(s) now sync with the other device."_s.arg(collections));
    });
}

void list(Context &ctx)
{
    withSyncErrors([&] {
        sync::Collections collections(ctx.store());
        const sync::DeviceIdentity self = sync::DeviceIdentity::load(ctx.store());
        QJsonArray array;
        QStringList lines;
        for (const sync::Collection &c : collections.all()) {
            if (c.frozen)
                continue; // replaced after a revocation; read-only history
            QJsonArray members;
            QStringList names;
            for (const sync::Member &m : collections.members(c.id)) {
                if (m.signPublicKey == self.signPublicKey())
                    continue;
                const QString number = sync::safetyNumber(self.signPublicKey(), m.signPublicKey);
                members.append(QJsonObject {
                    { u"device"_s, m.deviceId }, { u"role"_s, m.role }, { u"safetyNumber"_s, number } });
                names.append(u"    %1's device %2, safety number %3"_s.arg(
                    m.role, m.deviceId.left(8), sync::formatSafetyNumber(number)));
            }
            array.append(QJsonObject { { u"collection"_s, QString::fromLatin1(c.id.toHex()) },
                { u"kind"_s, sync::toString(c.kind) }, { u"mentorship"_s, jsonText(c.mentorshipId) },
                { u"devices"_s, members } });
            lines.append(u"%1 %2%3"_s.arg(sync::toString(c.kind), QString::fromLatin1(c.id.toHex().left(8)),
                names.isEmpty() ? u" (this device only)"_s : QString()));
            lines.append(names);
        }
        ctx.out.result(array, lines.isEmpty() ? u"Not paired with any device."_s : lines.join(u'\n'));
    });
}

// Revoking happens here first (a new collection and key for those who remain, the old one
// frozen), then travels with the next sync; without a connection now it goes out with the next.
QString sendRevocation(Context &ctx)
{
    try {
        const auto engine = engineFor(ctx);
        for (const QUrl &url : endpointsInUse(ctx))
            (void)engine->sync(*openTransport(ctx.store(), url));
        return QString();
    } catch (const sync::SyncError &e) {
        return u" The sync server could not be told yet (%1); the next sync tells it."_s.arg(QString::fromUtf8(e.what()));
    }
}

void unpair(Context &ctx)
{
    const QString mentorship = ctx.mentorshipId();
    (void)endpointsInUse(ctx); // a usage error before anything changes when there is nowhere to tell
    withSyncErrors([&] {
        const int revoked = sync::endPairing(ctx.store(), mentorship);
        const QString later = sendRevocation(ctx);
        ctx.out.result(QJsonObject { { u"revoked"_s, revoked }, { u"sent"_s, later.isEmpty() } },
            u"Unpaired: %1 device(s) of the other person receive nothing written from now on; the shared space "
            "goes on under a new key among your own devices. The next time their devices connect, they erase what you "
            "wrote there (best effort: a device that never connects again, or a modified app, keeps it); what they "
            "already read stays read."_s.arg(revoked)
                + later);
    });
}

void revoke(Context &ctx)
{
    const QString device = ctx.args.value(u"device"_s).value_or(QString());
    if (device.size() < 8)
        throw usageError(u"name the device with --device and at least 8 characters of its id (see pair list)"_s);
    (void)endpointsInUse(ctx);
    withSyncErrors([&] {
        sync::Collections collections(ctx.store());
        const sync::DeviceIdentity self = sync::DeviceIdentity::load(ctx.store());
        QByteArray key;
        for (const sync::Collection &c : collections.all())
            for (const sync::Member &m : collections.members(c.id))
                if (!c.frozen && m.signPublicKey != self.signPublicKey() && m.role == sync::ownRole(ctx.store())
                    && m.deviceId.startsWith(device, Qt::CaseInsensitive)) {
                    if (!key.isEmpty() && key != m.signPublicKey)
                        throw CliError(ExitCode::Invalid, u"more than one device starts with that id; give more of it"_s);
                    key = m.signPublicKey;
                }
        if (key.isEmpty())
            throw CliError(ExitCode::Invalid, u"no other device of yours has that id (see pair list)"_s);
        const int replaced = sync::revokeDeviceEverywhere(ctx.store(), key);
        const QString later = sendRevocation(ctx);
        ctx.out.result(QJsonObject { { u"collections"_s, replaced }, { u"sent"_s, later.isEmpty() } },
            u"Revoked: that device receives nothing written from now on (%1 collection(s) under new keys). It erases "
            "what it holds the next time it connects (best effort: a device that never connects again, or a modified app, "
            "keeps it); what it already showed stays read."_s.arg(replaced)
                + later);
    });
}

} // namespace

void addPairCommands(QList<Command> &commands)
{
    commands.append({
        { u"pair invite"_s, u"[--mentorship ID] [--own-device] [--relay URL] [--qr FILE] [--valid MINUTES]"_s,
            u"make a one-time invite for the other device (text, and a QR code PNG with --qr)"_s, 0, 0,
            &invite },
        { u"pair accept"_s, u"TEXT|- [--mentorship ID] [--relay URL]"_s,
            u"answer an invite and show the safety number to compare"_s, 1, 1, &accept },
        { u"pair confirm"_s, u"[--safety-number DIGITS] [--relay URL]"_s,
            u"show the safety number of an answer; with the matching number, pair"_s, 0, 0, &confirm },
        { u"pair finish"_s, u"[--wait SECONDS] [--relay URL]"_s,
            u"receive the keys once the other device confirmed, and sync"_s, 0, 0, &finish },
        { u"pair list"_s, QString(), u"list the collections and the devices they sync with"_s, 0, 0, &list },
        { u"unpair"_s, u"[--mentorship ID] [--relay URL]"_s,
            u"end the pairing: the other person's devices receive nothing written from now on"_s, 0, 0, &unpair },
        { u"pair revoke"_s, u"--device ID [--relay URL]"_s,
            u"cut off a lost device of yours: new keys for everything it could read"_s, 0, 0, &revoke },
    });
}

} // namespace bollplank::cli
