import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components

// A labelled drop-down of choices ([{ value, text }]) bound to one setting.
ColumnLayout {
    id: root

    property string label
    property var choices: []
    property var value
    property alias combo: combo
    signal chosen(var value)

    spacing: Theme.spaceXs

    Text {
        Layout.fillWidth: true
        text: root.label
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    AppComboBox {
        id: combo
        objectName: root.objectName + "Combo"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        textRole: "text"
        valueRole: "value"
        model: root.choices
        // Depends on count too, so it is right once the model is in place.
        currentIndex: count > 0 ? Math.max(0, indexOfValue(root.value)) : -1
        Accessible.name: root.label
        onActivated: root.chosen(currentValue)
    }
}
