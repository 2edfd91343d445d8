pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Bollplank.Theme

// Four bars and a word for how strong a new passphrase is (0-4).
ColumnLayout {
    id: root

    property int strength: 0
    property bool empty: true

    readonly property var words: [
        //: Passphrase strength
        qsTr("Very weak"),
        //: Passphrase strength
        qsTr("Weak"),
        //: Passphrase strength
        qsTr("Fair"),
        //: Passphrase strength
        qsTr("Strong"),
        //: Passphrase strength
        qsTr("Very strong")
    ]
    readonly property color tone: strength <= 1 ? Theme.danger : (strength === 2 ? Theme.warning : Theme.primary)

    spacing: Theme.spaceXs
    Accessible.role: Accessible.StaticText
    Accessible.name: strengthText.text

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spaceXs
        Repeater {
            model: 4
            Rectangle {
                required property int index
                Layout.fillWidth: true
                implicitHeight: 6
                radius: 3
                color: !root.empty && index < Math.max(1, root.strength) ? root.tone : Theme.divider
            }
        }
    }
    Text {
        id: strengthText
        Layout.fillWidth: true
        text: root.empty ? " " : qsTr("Strength: %1").arg(root.words[root.strength])
        color: root.empty ? Theme.textMuted : root.tone
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
    }
}
