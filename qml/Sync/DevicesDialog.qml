import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// The device roster, over the whole window: for each collection this profile syncs, every device
// that can read it, whose it is, since when, and the safety number to compare with its owner (the
// same digits the owner's screen shows for this device). A device nobody recognises, or a number
// that differs, is the sign of a key that should not be there. This person's other devices can be
// revoked from here (a lost or given-away phone).
QQC2.Popup {
    id: root

    function openRoster() {
        Sync.clearError();
        Sync.reload();
        open();
    }

    objectName: "devicesDialog"
    parent: QQC2.Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 400
    height: parent ? parent.height : 600
    modal: true
    padding: 0
    closePolicy: QQC2.Popup.CloseOnEscape
    background: Rectangle { color: Theme.background }

    // A child rather than contentItem: the ids inside (flick, body) would make a deferred
    // contentItem assignment immediate.
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spaceS
            Layout.rightMargin: Theme.spaceL
            spacing: Theme.spaceS
            IconButton {
                objectName: "closeDevices"
                iconName: "close"
                label: qsTr("Close")
                onClicked: root.close()
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Devices and safety numbers")
                color: Theme.text
                font.pixelSize: Theme.headlineSize
                font.weight: Font.DemiBold
                // Two lines rather than a cut-off title on a phone in Swedish.
                wrapMode: Text.Wrap
                maximumLineCount: 2
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
        }

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: width
            contentHeight: body.implicitHeight + 2 * Theme.spaceL
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

            ColumnLayout {
                id: body
                x: Math.max(Theme.spaceL, (flick.width - width) / 2)
                y: Theme.spaceS
                width: Math.min(flick.width - 2 * Theme.spaceL, Theme.readingWidth)
                spacing: Theme.spaceM

                Text {
                    Layout.fillWidth: true
                    text: qsTr("Only the devices listed under a heading can read what is in it. Compare a device's safety number with the one its owner's screen shows for this device: if you do not know a device, or the numbers differ, stop syncing with that person and pair again in person.")
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
                ErrorBanner {
                    objectName: "devicesError"
                    Layout.fillWidth: true
                    visible: text.length > 0 && !revokeDialog.opened
                    text: Sync.errorText
                }

                Repeater {
                    objectName: "deviceCollections"
                    model: Sync.devices
                    Card {
                        id: card
                        required property var modelData
                        required property int index
                        objectName: "deviceCollection" + index
                        Layout.fillWidth: true
                        title: modelData.title

                        Repeater {
                            model: card.modelData.devices
                            DeviceRow {
                                required property var modelData
                                Layout.fillWidth: true
                                device: modelData
                                onRevokeRequested: revokeDialog.openFor(modelData.key)
                            }
                        }
                    }
                }
            }
        }
    }

    RevokeDeviceDialog {
        id: revokeDialog
    }
}
