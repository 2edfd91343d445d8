#pragma once

#include <QString>
#include <QVariantMap>

#include <optional>

namespace bollplank {

class Store;

/// What open editors held when the app lost focus, was suspended, locked or closed, one per
/// editor key, local to this device (never synced). The fields are whatever the editor needs to
/// come back as it was (CBOR in the encrypted database).
class EditorDraftRepository
{
public:
    explicit EditorDraftRepository(Store &store)
        : m_store(store)
    {
    }

    /// Replaces the draft under key. Throws StoreError InvalidInput for an empty or overlong key,
    /// or fields larger than MaxBytes.
    void keep(const QString &key, const QVariantMap &fields);
    [[nodiscard]] std::optional<QVariantMap> find(const QString &key);
    /// Removing a draft that is not there is not an error: saving and cancelling both call it.
    void discard(const QString &key);

    static constexpr qsizetype MaxBytes = 4 * 1024 * 1024;

private:
    Store &m_store;
};

} // namespace bollplank
