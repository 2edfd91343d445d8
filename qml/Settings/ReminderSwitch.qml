import QtQuick
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// One reminder option bound to the stored settings: a switch and a line saying what it does.
ColumnLayout {
    id: root

    required property string key
    property alias text: toggle.text
    property string detail
    readonly property bool on: Reminders[key]

    spacing: 0
    AppSwitch {
        id: toggle
        objectName: "reminder_" + root.key
        Layout.fillWidth: true
        checked: root.on
        enabled: Reminders.available
        onToggled: {
            Reminders.setOption(root.key, checked);
            // Show what was stored, also when saving failed.
            checked = Qt.binding(() => root.on);
        }
    }
    Text {
        Layout.fillWidth: true
        Layout.leftMargin: toggle.indicator.width + toggle.spacing + toggle.leftPadding
        visible: root.detail.length > 0
        text: root.detail
        color: Theme.textMuted
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
    }
}
