#include "syncerrors.h"

#include <QCoreApplication>

namespace bollplank {

QString syncErrorText(sync::SyncErrorKind kind)
{
    switch (kind) {
    case sync::SyncErrorKind::Unreachable:
        return QCoreApplication::translate("Sync",
            "The sync server cannot be reached. Check the internet connection and the server address, then try again.");
    case sync::SyncErrorKind::InvalidInvite:
        return QCoreApplication::translate("Sync",
            "This pairing code does not work: it has expired, was already used, or is incomplete. Ask for a new code.");
    case sync::SyncErrorKind::NotPaired:
        return QCoreApplication::translate("Sync",
            "This device is not paired (any more). Pair again to sync.");
    case sync::SyncErrorKind::Unauthorized:
        return QCoreApplication::translate("Sync",
            "The sync server did not accept this device. Pair again to sync.");
    case sync::SyncErrorKind::Refused:
        return QCoreApplication::translate("Sync",
            "The sync server refused the request. Try again later.");
    case sync::SyncErrorKind::Tampered:
        return QCoreApplication::translate("Sync",
            "Something that arrived had been altered on the way and was not accepted. Your notes are unchanged.");
    case sync::SyncErrorKind::Protocol:
        return QCoreApplication::translate("Sync",
            "The other side uses a version of Bollplank this one does not understand. Update the app on both devices.");
    }
    return {};
}

} // namespace bollplank
