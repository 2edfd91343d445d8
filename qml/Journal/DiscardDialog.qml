import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import Bollplank.Theme
import Bollplank.Components

// Asks before throwing away unsaved writing.
QQC2.Dialog {
    id: root

    signal discard()

    modal: true
    background: DialogBackground {}
    Material.background: Theme.surface
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spaceL : 400, 420)
    title: qsTr("Discard your changes?")

    Text {
        width: parent.width
        text: qsTr("What you wrote since the last save will be lost.")
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    footer: QQC2.DialogButtonBox {
        QQC2.Button {
            objectName: "keepEditing"
            text: qsTr("Keep writing")
            flat: true
            Accessible.name: text
            onClicked: root.close()
        }
        QQC2.Button {
            objectName: "confirmDiscard"
            text: qsTr("Discard")
            flat: true
            Accessible.name: text
            onClicked: {
                root.close();
                root.discard();
            }
        }
    }
}
