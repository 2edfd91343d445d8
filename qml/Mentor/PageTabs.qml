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

    background: Rectangle { color: Theme.background }

    Repeater {
        model: root.tabs
        QQC2.TabButton {
            id: tab
            required property var modelData
            objectName: root.namePrefix + modelData.key
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
                elide: Text.ElideRight
            }
        }
    }
}
