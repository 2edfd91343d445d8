import QtQuick
import QtQuick.Controls as QQC2
import Bollplank.Theme

// Tabs that share the width when they fit and scroll sideways on a phone when they do not.
QQC2.TabBar {
    id: root

    /// [{ key, text }]
    property var tabs: []
    /// Prefix of each tab's objectName, followed by its key.
    property string namePrefix: "tab_"

    // A fixed implicit width: the layout gives the bar its width, and the tabs below take theirs
    // from it (with the default, the bar's width and the tabs' would depend on each other).
    implicitWidth: 200
    background: Rectangle { color: Theme.background }

    Repeater {
        model: root.tabs
        QQC2.TabButton {
            id: tab
            required property var modelData
            objectName: root.namePrefix + modelData.key
            // Shares the width when the names fit; otherwise each keeps its own and the bar scrolls.
            width: Math.max(implicitWidth, root.width / Math.max(1, root.tabs.length))
            implicitHeight: Theme.touchTarget
            text: modelData.text
            Accessible.name: text
            contentItem: Text {
                text: tab.text
                color: tab.checked ? Theme.primary : Theme.textMuted
                font.pixelSize: Theme.bodySize
                font.weight: tab.checked ? Font.DemiBold : Font.Normal
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
}
