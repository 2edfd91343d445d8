// Runs the QML tests against the app's real modules, with a fresh AppContext per engine:
// in-memory key store and lifecycle, a settings file and profile folder of its own, English.

#include "appoptions.h"
#include "startup.h"
#include "staticqml.h"

#include <QGuiApplication>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQuickTest>


class Setup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        bollplank::Startup::configureApplication(*qGuiApp);
        // Keep QSettings of the test away from the person's own.
        QCoreApplication::setOrganizationName(QStringLiteral("BollplankTests"));
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        bollplank::AppOptions options;
        const QString fixed = qEnvironmentVariable("BOLLPLANK_TEST_PROFILE");
        options.profileFolder = fixed.isEmpty() ? m_dir.filePath(QStringLiteral("profile-%1").arg(++m_engines)) : fixed;
        options.settingsFile = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(m_engines));
        options.fakePlatform = true;
        options.fakeKeyStoreAvailable = qEnvironmentVariable("BOLLPLANK_TEST_NO_KEYSTORE").isEmpty();
        options.fastKdf = true;
        // Milliseconds of idle before the lock, for the idle-lock test only.
        options.idleTimeout = std::chrono::milliseconds(qEnvironmentVariableIntValue("BOLLPLANK_TEST_IDLE_MS"));
        options.forcedLanguage = QStringLiteral("en");
        options.forcedTheme = QStringLiteral("light");
        bollplank::Startup::prepareEngine(*engine, options);
    }

private:
    QTemporaryDir m_dir;
    int m_engines = 0;
};

QUICK_TEST_MAIN_WITH_SETUP(bollplank_qml, Setup)

#include "tst_qml.moc"
