import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// A sync bringing in many changes (a first sync, a device linked to a long journal): how many
// arrived of how many, about how long is left, and a way to stop it. Stopped, it says the next
// sync goes on from there; what arrived stays.
ColumnLayout {
    id: root

    visible: Sync.progressExpected > 0
    spacing: Theme.spaceXs

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spaceS
        Text {
            objectName: "syncProgressText"
            Layout.fillWidth: true
            text: qsTr("Changes received: %1").arg(Sync.progressText)
            color: Theme.text
            font.pixelSize: Theme.bodySize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        AppButton {
            objectName: "stopSync"
            visible: !Sync.progressStopped && Sync.progressReceived < Sync.progressExpected
            text: qsTr("Stop")
            Accessible.description: qsTr("Stops the sync; what arrived is kept and the next sync goes on from here")
            onClicked: Sync.cancelSync()
        }
    }
    QQC2.ProgressBar {
        objectName: "syncProgressBar"
        Layout.fillWidth: true
        from: 0
        to: Math.max(1, Sync.progressExpected)
        value: Sync.progressReceived
        Accessible.name: qsTr("Sync progress")
    }
    Text {
        objectName: "syncProgressDetail"
        Layout.fillWidth: true
        text: Sync.progressDetail
        color: Theme.textMuted
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
    }
}
