#pragma once

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace bollplank {

class Session;

/// Nothing a person typed is lost on the way out (issue #13): every open editor keeps its unsaved
/// text as a draft (in the encrypted database, never synced) when its field loses focus, when the
/// app stops being the active one (another window, the background, suspended), when the profile
/// locks and when the app closes, and brings it back when it opens again. The editors listen to
/// keepNow, which is emitted synchronously, before the profile closes.
class Drafts : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Drafts(Session *session, QObject *parent = nullptr);
    static Drafts *create(QQmlEngine *engine, QJSEngine *);

    /// Keeps an editor's fields under its key ("reflection:new", "comment:<id>"). False (and a
    /// warning in the log, never the text) when there is no open profile or it cannot be written.
    Q_INVOKABLE bool keep(const QString &key, const QVariantMap &fields);
    /// The draft under key, or an empty map.
    Q_INVOKABLE QVariantMap find(const QString &key) const;
    Q_INVOKABLE void discard(const QString &key);

signals:
    /// Open editors keep what they hold now.
    void keepNow();

private:
    Session *m_session;
};

} // namespace bollplank
