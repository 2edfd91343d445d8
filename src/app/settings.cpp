#include "settings.h"

#include "appcontext.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>
#include <QQmlEngine>
#include <QSettings>

namespace bollplank {

namespace {

const QString LanguageKey = QStringLiteral("ui/language");
const QString ThemeKey = QStringLiteral("ui/theme");
const QString TimeoutKey = QStringLiteral("security/lockTimeoutMinutes");
const QList<int> TimeoutChoices = { 1, 2, 5, 10, 15, 30 };

QString oneOf(const QString &value, const QStringList &allowed)
{
    return allowed.contains(value) ? value : allowed.first();
}

} // namespace

Settings::Settings(const AppOptions &options, QQmlEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_store(options.settingsFile.isEmpty() ? std::make_unique<QSettings>()
                                             : std::make_unique<QSettings>(options.settingsFile, QSettings::IniFormat))
    , m_forcedLanguage(options.forcedLanguage)
    , m_forcedTheme(options.forcedTheme)
{
    m_language = oneOf(m_store->value(LanguageKey).toString(), { QStringLiteral("system"), QStringLiteral("sv"),
                                                                   QStringLiteral("en") });
    m_theme = oneOf(m_store->value(ThemeKey).toString(), { QStringLiteral("system"), QStringLiteral("light"),
                                                             QStringLiteral("dark") });
    const int timeout = m_store->value(TimeoutKey, 5).toInt();
    m_lockTimeoutMinutes = TimeoutChoices.contains(timeout) ? timeout : 5;
    applyLanguage();
}

Settings::~Settings()
{
    if (m_translatorInstalled)
        QCoreApplication::removeTranslator(&m_translator);
}

Settings *Settings::create(QQmlEngine *engine, QJSEngine *)
{
    return singletonFrom(engine, &AppContext::settings);
}

void Settings::setLanguage(const QString &language)
{
    const QString value = oneOf(language, { QStringLiteral("system"), QStringLiteral("sv"), QStringLiteral("en") });
    // Choosing a language in the app ends a --lang override for this run.
    if (value == m_language && m_forcedLanguage.isEmpty())
        return;
    m_language = value;
    m_forcedLanguage.clear();
    m_store->setValue(LanguageKey, value);
    applyLanguage();
}

QString Settings::effectiveLanguage() const
{
    const QString chosen = m_forcedLanguage.isEmpty() ? m_language : m_forcedLanguage;
    if (chosen == QLatin1String("sv") || chosen == QLatin1String("en"))
        return chosen;
    return QLocale::system().language() == QLocale::Swedish ? QStringLiteral("sv") : QStringLiteral("en");
}

QLocale Settings::locale() const
{
    if (effectiveLanguage() == QLatin1String("sv"))
        return QLocale(QLocale::Swedish, QLocale::Sweden);
    // English follows the system's English variant (12- or 24-hour clock) when there is one.
    const QLocale system = QLocale::system();
    return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

void Settings::applyLanguage()
{
    if (m_translatorInstalled) {
        QCoreApplication::removeTranslator(&m_translator);
        m_translatorInstalled = false;
    }
    const QString lang = effectiveLanguage();
    if (m_translator.load(QStringLiteral(":/i18n/bollplank_%1.qm").arg(lang)))
        m_translatorInstalled = QCoreApplication::installTranslator(&m_translator);
    QLocale::setDefault(locale());
    if (m_engine) {
        m_engine->setUiLanguage(lang);
        m_engine->retranslate();
    }
    emit languageChanged();
}

void Settings::setTheme(const QString &theme)
{
    const QString value = oneOf(theme, { QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark") });
    if (value == m_theme && m_forcedTheme.isEmpty())
        return;
    m_theme = value;
    m_forcedTheme.clear();
    m_store->setValue(ThemeKey, value);
    emit themeChanged();
}

bool Settings::dark() const
{
    const QString chosen = m_forcedTheme.isEmpty() ? m_theme : m_forcedTheme;
    if (chosen == QLatin1String("dark"))
        return true;
    if (chosen == QLatin1String("light"))
        return false;
    // Qt 6.4 has no colour-scheme hint; a dark system palette is the best sign there is.
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

void Settings::setLockTimeoutMinutes(int minutes)
{
    if (!TimeoutChoices.contains(minutes) || minutes == m_lockTimeoutMinutes)
        return;
    m_lockTimeoutMinutes = minutes;
    m_store->setValue(TimeoutKey, minutes);
    emit lockTimeoutMinutesChanged();
}

QVariantList Settings::lockTimeoutChoices() const
{
    QVariantList choices;
    for (int minutes : TimeoutChoices)
        choices.append(minutes);
    return choices;
}

bool Settings::flag(const QString &key) const
{
    return m_store->value(QStringLiteral("flags/") + key, false).toBool();
}

void Settings::setFlag(const QString &key, bool value)
{
    if (value)
        m_store->setValue(QStringLiteral("flags/") + key, true);
    else
        m_store->remove(QStringLiteral("flags/") + key);
}

} // namespace bollplank
