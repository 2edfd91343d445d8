import QtQuick
import Bollplank.Theme
import Bollplank.Components

// A labelled drop-down of choices ([{ value, text }]) bound to one setting. A Column, not a
// ColumnLayout: Qt 6.4 layouts can keep a stale position after wrapped text changes height.
Column {
    id: root

    property string label
    property var choices: []
    property var value
    property alias combo: combo
    signal chosen(var value)

    spacing: Theme.spaceXs

    Text {
        width: parent.width
        text: root.label
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    AppComboBox {
        id: combo
        objectName: root.objectName + "Combo"
        width: parent.width
        textRole: "text"
        valueRole: "value"
        model: root.choices
        // Depends on count too, so it is right once the model is in place.
        currentIndex: count > 0 ? Math.max(0, indexOfValue(root.value)) : -1
        Accessible.name: root.label
        onActivated: root.chosen(currentValue)
    }
}
