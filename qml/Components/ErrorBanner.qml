import QtQuick
import Bollplank.Theme

// A plain sentence saying what went wrong; takes no room when there is nothing to say.
Rectangle {
    id: root

    property string text

    visible: text.length > 0
    implicitHeight: visible ? label.implicitHeight + 2 * Theme.spaceS : 0
    implicitWidth: label.implicitWidth + 2 * Theme.spaceM
    radius: Theme.radiusSmall
    color: "transparent"
    border.width: 1
    border.color: Theme.danger

    Text {
        id: label
        anchors.fill: parent
        anchors.margins: Theme.spaceS
        anchors.leftMargin: Theme.spaceM
        anchors.rightMargin: Theme.spaceM
        text: root.text
        color: Theme.danger
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
