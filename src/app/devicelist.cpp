#include "devicelist.h"

#include "profile/store.h"
#include "repo/mentorships.h"
#include "sync/collections.h"
#include "sync/pairing.h"
#include "sync/roster.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace bollplank {

namespace {

/// Five-digit groups, as the pairing screen shows them, so the two can be compared side by side.
QStringList groups(const QString &digits)
{
    QStringList out;
    for (qsizetype i = 0; i < digits.size(); i += 5)
        out.append(digits.mid(i, 5));
    return out;
}

} // namespace

QVariantList DeviceList::read(Store &store, bool mentor)
{
    QHash<QString, QString> partnerNames; // mentorship id -> the other person's name
    for (const Mentorship &m : MentorshipRepository(store).list())
        partnerNames.insert(m.meta.id, mentor ? m.adeptName : m.mentorName);
    const QString mine = sync::ownRole(store);

    QVariantList out;
    QSet<QByteArray> offered; // one "Revoke" per device: it cuts the device off from every collection
    for (const sync::RosterCollection &c : sync::roster(store)) {
        const QString partner = partnerNames.value(c.collection.mentorshipId);
        QString title;
        switch (c.collection.kind) {
        case sync::CollectionKind::Journal:
            title = tr("Your journal");
            break;
        case sync::CollectionKind::Notes:
            //: %1 is the adept's name: the mentor's private notes about them.
            title = tr("Your notes on %1").arg(partner);
            break;
        case sync::CollectionKind::Shared:
            //: %1 is the other person's name: what the two of them share.
            title = tr("Shared with %1").arg(partner);
            break;
        }
        QVariantList devices;
        for (const sync::RosterDevice &d : c.devices) {
            QString name;
            if (d.self)
                name = tr("This device");
            else if (d.role == mine)
                name = tr("Your other device");
            else
                //: %1 is the other person's name.
                name = tr("%1's device").arg(partner);
            const QString tag = d.deviceId.left(8);
            const QString detail = d.addedAt > 0
                ? tr("Added %1 · %2").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(d.addedAt).date(),
                                              QLocale::ShortFormat),
                      tag)
                : tag;
            const bool revocable = !d.self && d.role == mine && !offered.contains(d.signPublicKey);
            if (revocable)
                offered.insert(d.signPublicKey);
            devices.append(QVariantMap { { u"key"_s, QString::fromLatin1(d.signPublicKey.toHex()) },
                { u"name"_s, name }, { u"detail"_s, detail }, { u"safetyGroups"_s, groups(d.safetyNumber) },
                { u"revocable"_s, revocable }, { u"self"_s, d.self } });
        }
        out.append(QVariantMap { { u"title"_s, title }, { u"devices"_s, devices } });
    }
    return out;
}

} // namespace bollplank
