import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.App

// "Remember on this device", offered only where the OS has a key store, with what it means.
// Where there is none, the page says so: the passphrase is never kept anywhere else.
ColumnLayout {
    id: root

    property alias checked: box.checked

    spacing: Theme.spaceXxs

    QQC2.CheckBox {
        id: box
        objectName: "rememberCheck"
        Layout.fillWidth: true
        visible: Session.keyStoreAvailable
        text: qsTr("Remember on this device")
        Accessible.name: text
    }
    Text {
        Layout.fillWidth: true
        leftPadding: Session.keyStoreAvailable ? box.indicator.width + box.spacing : 0
        text: Session.keyStoreAvailable
              ? qsTr("A key that opens the journal (not your passphrase) is kept in this computer's key store. Anyone who can sign in to your account here can open the journal without typing the passphrase.")
              : qsTr("This device has no secure key store, so you will type your passphrase each time.")
        color: Theme.textMuted
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
    }
}
