#pragma once

// The QML modules are static libraries; each binary that loads them imports their plugins once.
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Bollplank_AppPlugin)
Q_IMPORT_QML_PLUGIN(Bollplank_ThemePlugin)
Q_IMPORT_QML_PLUGIN(Bollplank_ComponentsPlugin)
Q_IMPORT_QML_PLUGIN(Bollplank_LockPlugin)
Q_IMPORT_QML_PLUGIN(Bollplank_JournalPlugin)
Q_IMPORT_QML_PLUGIN(Bollplank_MeetingPrepPlugin)
Q_IMPORT_QML_PLUGIN(Bollplank_MeetingsPlugin)
Q_IMPORT_QML_PLUGIN(Bollplank_SettingsPlugin)
Q_IMPORT_QML_PLUGIN(Bollplank_SyncPlugin)
Q_IMPORT_QML_PLUGIN(Bollplank_ShellPlugin)
