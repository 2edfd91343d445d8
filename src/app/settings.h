#pragma once

#include "appoptions.h"

#include <QLocale>
#include <QObject>
#include <QTranslator>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QQmlEngine;
class QJSEngine;
class QSettings;

namespace bollplank {

/// What a person chooses about the app itself: language, theme and lock timeout. Kept in
/// QSettings, which is fine because none of it is confidential. Switching the language
/// reloads the translator and retranslates every qsTr() binding at run time.
class Settings : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(AppSettings)
    QML_SINGLETON
    /// "system", "sv" or "en".
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// The language actually shown: "sv" or "en".
    Q_PROPERTY(QString effectiveLanguage READ effectiveLanguage NOTIFY languageChanged)
    /// "system", "light" or "dark".
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(bool dark READ dark NOTIFY themeChanged)
    Q_PROPERTY(int lockTimeoutMinutes READ lockTimeoutMinutes WRITE setLockTimeoutMinutes NOTIFY
            lockTimeoutMinutesChanged)
    Q_PROPERTY(QVariantList lockTimeoutChoices READ lockTimeoutChoices CONSTANT)
    /// The locale dates and numbers follow, e.g. "sv_SE".
    Q_PROPERTY(QString localeName READ localeName NOTIFY languageChanged)

public:
    Settings(const AppOptions &options, QQmlEngine *engine, QObject *parent = nullptr);
    ~Settings() override;
    static Settings *create(QQmlEngine *engine, QJSEngine *);

    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    [[nodiscard]] QString effectiveLanguage() const;
    [[nodiscard]] QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    [[nodiscard]] bool dark() const;
    [[nodiscard]] int lockTimeoutMinutes() const { return m_lockTimeoutMinutes; }
    void setLockTimeoutMinutes(int minutes);
    [[nodiscard]] QVariantList lockTimeoutChoices() const;
    [[nodiscard]] QString localeName() const { return locale().name(); }
    [[nodiscard]] QLocale locale() const;

    /// Remembered-on-this-device flags live here too: they say only that a key-store entry exists.
    [[nodiscard]] bool flag(const QString &key) const;
    void setFlag(const QString &key, bool value);

signals:
    void languageChanged();
    void themeChanged();
    void lockTimeoutMinutesChanged();

private:
    void applyLanguage();

    QQmlEngine *m_engine;
    std::unique_ptr<QSettings> m_store;
    QString m_forcedLanguage;
    QString m_forcedTheme;
    QString m_language;
    QString m_theme;
    int m_lockTimeoutMinutes = 5;
    QTranslator m_translator;
    bool m_translatorInstalled = false;
};

} // namespace bollplank
