#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <chrono>

class QQmlEngine;
class QJSEngine;

namespace bollplank {

class Session;

/// Copies a secret (the pairing code) to the clipboard and takes it back: after a minute, and
/// when the profile locks, if the clipboard still holds it. A pairing code left there could be
/// pasted into a chat or read by any app long after the pairing; what another app copied over
/// it in the meantime is left alone.
class SecretClipboard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool holding READ holding NOTIFY holdingChanged)

public:
    static constexpr std::chrono::milliseconds DefaultHold { std::chrono::seconds(60) };

    explicit SecretClipboard(Session *session, std::chrono::milliseconds hold = DefaultHold, QObject *parent = nullptr);
    static SecretClipboard *create(QQmlEngine *engine, QJSEngine *);

    /// Puts secret on the clipboard and starts the countdown to clear it.
    Q_INVOKABLE void copy(const QString &secret);
    /// Empties the clipboard if it still holds what copy() put there.
    Q_INVOKABLE void clear();
    /// True while the clipboard may still hold the copied secret.
    [[nodiscard]] bool holding() const { return !m_secret.isEmpty(); }

signals:
    void holdingChanged();

private:
    QTimer m_timer;
    QString m_secret;
};

} // namespace bollplank
