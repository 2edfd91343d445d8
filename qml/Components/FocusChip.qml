import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme

// A checkable chip for a focus area (or any choice among a few). 48 px tall for touch.
QQC2.AbstractButton {
    id: root

    checkable: true
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: Math.min(implicitContentWidth + leftPadding + rightPadding, 420)
    leftPadding: Theme.spaceM
    rightPadding: Theme.spaceM
    topPadding: Theme.spaceS
    bottomPadding: Theme.spaceS
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: checked

    background: Rectangle {
        anchors.fill: parent
        anchors.topMargin: Theme.spaceXs
        anchors.bottomMargin: Theme.spaceXs
        radius: Theme.radiusSmall
        color: root.checked ? Theme.primaryContainer : Theme.surface
        border.width: root.visualFocus ? 2 : 1
        border.color: root.visualFocus ? Theme.primary : (root.checked ? Theme.primary : Theme.outline)
    }

    contentItem: RowLayout {
        spacing: Theme.spaceXs

        AppIcon {
            iconName: "check"
            visible: root.checked
            color: Theme.textOnPrimaryContainer
            sourceSize.width: 18
            sourceSize.height: 18
        }
        Text {
            Layout.fillWidth: true
            text: root.text
            color: root.checked ? Theme.textOnPrimaryContainer : Theme.text
            font.pixelSize: Theme.bodySize
            elide: Text.ElideRight
            verticalAlignment: Text.AlignVCenter
        }
    }
}
