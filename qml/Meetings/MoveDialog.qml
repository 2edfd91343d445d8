import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// Moves one meeting of the rhythm to another date and time; the rest of the rhythm stays.
QQC2.Dialog {
    id: root

    property var occurrence: ({})

    function openFor(o) {
        occurrence = o;
        Meetings.clearError();
        picker.setTo(o.year, o.month, o.day, o.hour, o.minute);
        open();
    }

    objectName: "moveDialog"
    modal: true
    background: DialogBackground {}
    Material.background: Theme.surface
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spaceL : 420, 440)
    title: qsTr("Move the meeting")

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spaceS

        Text {
            Layout.fillWidth: true
            text: qsTr("Planned for %1, %2").arg(root.occurrence.dayText || "").arg(root.occurrence.timeText || "")
            color: Theme.textMuted
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        DateTimePicker {
            id: picker
            Layout.fillWidth: true
        }
        Text {
            Layout.fillWidth: true
            text: Meetings.timeZoneText
            color: Theme.textMuted
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }
        ErrorBanner {
            objectName: "moveError"
            Layout.fillWidth: true
            text: Meetings.errorText
        }
    }

    footer: QQC2.DialogButtonBox {
        QQC2.Button {
            objectName: "moveCancel"
            text: qsTr("Keep as it was")
            flat: true
            Accessible.name: text
            onClicked: root.close()
        }
        QQC2.Button {
            objectName: "moveConfirm"
            text: qsTr("Move")
            flat: true
            Accessible.name: text
            onClicked: {
                if (Meetings.moveOccurrence(root.occurrence.key, picker.year, picker.month, picker.day,
                                            picker.hour, picker.minute))
                    root.close();
            }
        }
    }
}
