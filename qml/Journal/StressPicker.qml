pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components

// An optional stress level, 1 (calm) to 5 (very high); 0 means not recorded.
ColumnLayout {
    id: root

    property int value: 0

    spacing: Theme.spaceXs

    Text {
        Layout.fillWidth: true
        text: qsTr("Stress level (optional)")
        color: Theme.text
        font.pixelSize: Theme.bodySize
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spaceXs
        Repeater {
            model: 5
            FocusChip {
                required property int index
                objectName: "stress" + (index + 1)
                implicitWidth: Theme.touchTarget + Theme.spaceS
                text: String(index + 1)
                checked: root.value === index + 1
                Accessible.name: qsTr("Stress level %1 of 5").arg(index + 1)
                onClicked: root.value = checked ? index + 1 : 0
            }
        }
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("1 is calm, 5 is very stressed. Tap again to leave it out.")
        color: Theme.textMuted
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
    }
}
