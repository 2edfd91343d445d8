import QtQuick
import QtQuick.Layouts
import Bollplank.Theme

// The 60-digit safety number in twelve groups of five, large, for reading aloud.
GridLayout {
    id: root

    property var groups: []

    objectName: "safetyNumber"
    columns: width >= 520 ? 4 : 3
    columnSpacing: Theme.spaceL
    rowSpacing: Theme.spaceS
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Safety number: %1").arg(root.groups.join(" "))

    Repeater {
        model: root.groups
        delegate: Text {
            required property string modelData
            Layout.alignment: Qt.AlignHCenter
            text: modelData
            color: Theme.text
            font.family: "monospace"
            font.pixelSize: Theme.displaySize
            font.weight: Font.DemiBold
            font.letterSpacing: 2
        }
    }
}
