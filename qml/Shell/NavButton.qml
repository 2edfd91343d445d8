import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components

// One destination in the navigation rail (wide) or the bottom bar (phone).
QQC2.AbstractButton {
    id: root

    required property string iconName
    property bool current: false

    implicitWidth: Math.max(72, implicitContentWidth + 2 * Theme.spaceS)
    implicitHeight: Math.max(Theme.touchTarget + Theme.spaceM, implicitContentHeight + 2 * Theme.spaceS)
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.PageTab
    Accessible.name: text
    Accessible.selected: current

    background: Rectangle {
        color: root.visualFocus ? Theme.surfaceAlt : "transparent"
        radius: Theme.radius
    }
    contentItem: ColumnLayout {
        spacing: Theme.spaceXxs
        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: 56
            implicitHeight: 32
            radius: 16
            color: root.current ? Theme.primaryContainer : "transparent"
            AppIcon {
                anchors.centerIn: parent
                iconName: root.iconName
                color: root.current ? Theme.textOnPrimaryContainer : Theme.textMuted
            }
        }
        Text {
            Layout.fillWidth: true
            text: root.text
            color: root.current ? Theme.text : Theme.textMuted
            font.pixelSize: Theme.captionSize
            font.weight: root.current ? Font.DemiBold : Font.Normal
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight
        }
    }
}
