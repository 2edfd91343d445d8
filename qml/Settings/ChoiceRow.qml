import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme

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
    QQC2.ComboBox {
        id: combo
        objectName: root.objectName + "Combo"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        textRole: "text"
        valueRole: "value"
        model: root.choices
        currentIndex: Math.max(0, indexOfValue(root.value))
        Accessible.name: root.label
        onActivated: root.chosen(currentValue)
    }
}
