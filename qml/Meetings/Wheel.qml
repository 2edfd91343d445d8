pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme

// One wheel of the date and time picker: a tumbler of labels drawn in theme colours, turned
// by touch, mouse wheel or the arrow keys.
QQC2.Tumbler {
    id: wheel
    property var labels: []

    /// Shows index at once, without turning the wheel there (a dialog opens on its values).
    function setIndex(index) {
        currentIndex = index;
        positionViewAtIndex(index, QQC2.Tumbler.Center);
    }
    Layout.fillWidth: true
    Layout.preferredWidth: 64
    implicitHeight: 3 * 44
    visibleItemCount: 3
    model: labels.length
    focusPolicy: Qt.StrongFocus
    delegate: Text {
        id: entry
        required property int index
        text: wheel.labels[index]
        color: Theme.text
        opacity: 1.0 - Math.abs(QQC2.Tumbler.displacement) / (wheel.visibleItemCount / 2 + 0.5)
        font.pixelSize: Theme.bodyLargeSize
        font.weight: index === wheel.currentIndex ? Font.DemiBold : Font.Normal
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        // A tap picks the entry and gives the wheel the keyboard, as a tap on a field would.
        TapHandler {
            onTapped: {
                wheel.forceActiveFocus(Qt.MouseFocusReason);
                wheel.currentIndex = entry.index;
            }
        }
    }
    background: Item {
        Rectangle {
            width: parent.width
            y: parent.height / 3
            height: parent.height / 3
            radius: Theme.radiusSmall
            color: Theme.selection
            border.width: wheel.visualFocus ? 2 : 0
            border.color: Theme.primary
        }
    }
}
