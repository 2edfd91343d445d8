#include "focuscatalog.h"

#include "appcontext.h"
#include "settings.h"

#include "domain/focusareas.h"

namespace bollplank {

FocusCatalog::FocusCatalog(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    connect(settings, &Settings::languageChanged, this, &FocusCatalog::areasChanged);
}

FocusCatalog *FocusCatalog::create(QQmlEngine *engine, QJSEngine *)
{
    return singletonFrom(engine, &AppContext::focusCatalog);
}

QVariantList FocusCatalog::areas() const
{
    const QString lang = m_settings->effectiveLanguage();
    QVariantList list;
    for (const FocusArea &area : FocusAreas::all()) {
        list.append(QVariantMap { { QStringLiteral("areaId"), area.id }, { QStringLiteral("name"), area.name(lang) },
            { QStringLiteral("points"), area.points(lang).join(QStringLiteral(", ")) } });
    }
    return list;
}

QString FocusCatalog::name(int areaId) const
{
    return FocusAreas::isValid(areaId) ? FocusAreas::byId(areaId).name(m_settings->effectiveLanguage()) : QString();
}

QStringList FocusCatalog::names(const QList<int> &areaIds) const
{
    QStringList list;
    for (int id : areaIds)
        list.append(name(id));
    return list;
}

} // namespace bollplank
