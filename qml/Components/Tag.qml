import QtQuick
import Bollplank.Theme

// A small read-only label, e.g. a focus area on a list entry.
Rectangle {
    id: root

    required property string text

    implicitWidth: Math.min(label.implicitWidth + 2 * Theme.spaceS, 320)
    implicitHeight: label.implicitHeight + Theme.spaceXs
    radius: Theme.radiusSmall / 2
    color: Theme.surfaceAlt

    Text {
        id: label
        anchors.fill: parent
        anchors.leftMargin: Theme.spaceS
        anchors.rightMargin: Theme.spaceS
        verticalAlignment: Text.AlignVCenter
        text: root.text
        color: Theme.textMuted
        font.pixelSize: Theme.captionSize
        elide: Text.ElideRight
    }
}
