#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace bollplank {

class AppContext;

/// What QML tests need beyond the app's own API: seeding a mentorship, reading the store
/// directly (to check that the UI really wrote), and playing the OS.
class TestSupport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit TestSupport(AppContext *context, QObject *parent = nullptr);
    static TestSupport *create(QQmlEngine *engine, QJSEngine *);

    /// A mentorship with a planned meeting next week and two open action items.
    Q_INVOKABLE void seedMentorship();
    /// Reflections in the store (not the list): count and the newest one's fields.
    Q_INVOKABLE int storedReflections() const;
    Q_INVOKABLE QString newestBody() const;
    Q_INVOKABLE bool newestShared() const;
    /// Focus areas stored for the next planned meeting.
    Q_INVOKABLE QVariantList storedMeetingAreas() const;
    Q_INVOKABLE int storedOpenRequests() const;
    /// The OS sends the app to the background.
    Q_INVOKABLE void simulateBackground();
    /// The system clipboard's text, as another app would paste it.
    Q_INVOKABLE QString clipboardText() const;
    /// Profile folder of this engine's context.
    Q_INVOKABLE QString profileFolder() const;
    /// The OS tells the app its state changed (Qt::ApplicationState), as the platform would.
    Q_INVOKABLE void simulateApplicationState(int state);
    /// The app is about to quit (QCoreApplication::aboutToQuit), without quitting.
    Q_INVOKABLE void simulateQuit();
    /// The text field of the editor draft under key, "" when none is kept.
    Q_INVOKABLE QString draftText(const QString &key, const QString &field) const;
    /// Files under the profile folder whose bytes hold marker (UTF-8): none may, outside the
    /// encrypted database.
    Q_INVOKABLE QStringList filesHolding(const QString &marker) const;

private:
    AppContext *m_context;
};

} // namespace bollplank
