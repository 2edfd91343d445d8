import QtQuick
import Bollplank.Theme

// "Moved" or "Cancelled" on an occurrence: coloured text on a quiet surface, never colour alone.
Rectangle {
    id: root

    required property string text
    property color textColor: Theme.text

    implicitWidth: Math.min(label.implicitWidth + 2 * Theme.spaceS, 240)
    implicitHeight: label.implicitHeight + Theme.spaceXs
    radius: Theme.radiusSmall / 2
    color: Theme.surfaceAlt
    border.width: 1
    border.color: root.textColor

    Text {
        id: label
        anchors.fill: parent
        anchors.leftMargin: Theme.spaceS
        anchors.rightMargin: Theme.spaceS
        verticalAlignment: Text.AlignVCenter
        text: root.text
        color: root.textColor
        font.pixelSize: Theme.captionSize
        font.weight: Font.DemiBold
        elide: Text.ElideRight
    }
}
