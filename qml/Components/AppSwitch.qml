import QtQuick
import QtQuick.Controls as QQC2
import Bollplank.Theme

// A switch drawn from theme colours only (Material's handle uses a shader effect the software
// renderer cannot draw). On: filled track, handle right; off: outlined track, handle left.
QQC2.Switch {
    id: root

    /// The track colour when on.
    property color checkedColor: Theme.primary

    focusPolicy: Qt.StrongFocus
    implicitHeight: Theme.touchTarget
    Accessible.name: text

    indicator: Rectangle {
        implicitWidth: 52
        implicitHeight: 32
        x: root.leftPadding
        y: (root.height - height) / 2
        radius: height / 2
        color: root.checked ? root.checkedColor : Theme.surface
        border.width: root.visualFocus ? 3 : 2
        border.color: root.visualFocus ? (Theme.dark ? "#ffffff" : "#000000") : (root.checked ? root.checkedColor : Theme.outline)

        Rectangle {
            width: root.checked ? 24 : 16
            height: width
            radius: width / 2
            anchors.verticalCenter: parent.verticalCenter
            x: root.checked ? parent.width - width - 4 : 8
            color: root.checked ? Theme.surface : Theme.outline
            Behavior on x { NumberAnimation { duration: 120 } }
        }
    }
    contentItem: Text {
        leftPadding: root.indicator.width + root.spacing
        text: root.text
        color: Theme.text
        font.pixelSize: Theme.bodySize
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        visible: root.text.length > 0
    }
}
