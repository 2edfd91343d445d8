#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace bollplank {

class AppContext;

/// Conflicts for QML tests: a reflection with a conflict copy in the app's profile, as sync leaves
/// one (tests/core/paperconflict.h), and what the store holds afterwards.
class ConflictSupport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit ConflictSupport(AppContext *context, QObject *parent = nullptr);
    static ConflictSupport *create(QQmlEngine *engine, QJSEngine *);

    /// A reflection reading mine here and theirs in its conflict copy; returns the reflection's id.
    /// The app's conflict list is read again.
    Q_INVOKABLE QString makeConflict(const QString &mine, const QString &theirs);
    /// The stored text of a reflection, or "" when it is deleted.
    Q_INVOKABLE QString body(const QString &id) const;
    /// Live reflections in the store.
    Q_INVOKABLE int reflections() const;

private:
    AppContext *m_context;
};

} // namespace bollplank
