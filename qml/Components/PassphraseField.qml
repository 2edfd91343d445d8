import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme

// A passphrase entry with a show/hide button. Never logged, never kept beyond the field.
RowLayout {
    id: root

    property alias text: field.text
    property alias placeholderText: field.placeholderText
    property alias field: field
    property string accessibleName
    property bool revealed: false

    signal accepted()

    spacing: Theme.spaceXs

    QQC2.TextField {
        id: field
        objectName: root.objectName + "Input"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        echoMode: root.revealed ? TextInput.Normal : TextInput.Password
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        font.pixelSize: Theme.bodyLargeSize
        Accessible.name: root.accessibleName
        Accessible.passwordEdit: !root.revealed
        onAccepted: root.accepted()
    }
    IconButton {
        iconName: root.revealed ? "visibility_off" : "visibility"
        label: root.revealed
               //: Button beside a passphrase field
               ? qsTr("Hide passphrase")
               //: Button beside a passphrase field
               : qsTr("Show passphrase")
        onClicked: root.revealed = !root.revealed
    }
}
