#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace bollplank {

class Settings;

/// The method's six focus areas in the language shown, from the core's catalogue.
class FocusCatalog : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// [{ areaId, name, points }] in the method's order.
    Q_PROPERTY(QVariantList areas READ areas NOTIFY areasChanged)

public:
    explicit FocusCatalog(Settings *settings, QObject *parent = nullptr);
    static FocusCatalog *create(QQmlEngine *engine, QJSEngine *);

    [[nodiscard]] QVariantList areas() const;
    Q_INVOKABLE QString name(int areaId) const;
    /// Names of several areas, in catalogue order.
    [[nodiscard]] QStringList names(const QList<int> &areaIds) const;

signals:
    void areasChanged();

private:
    Settings *m_settings;
};

} // namespace bollplank
