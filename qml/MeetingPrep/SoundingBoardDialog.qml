import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// The ad-hoc meeting request: how urgent, and a short reason.
QQC2.Dialog {
    id: root

    objectName: "soundingBoardDialog"
    modal: true
    background: DialogBackground {}
    Material.background: Theme.surface
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spaceL : 480, 520)
    title: qsTr("I need a sounding board")
    onOpened: {
        reason.text = "";
        urgency.currentIndex = 1;
        reason.forceActiveFocus();
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spaceS

        Text {
            Layout.fillWidth: true
            text: qsTr("How soon?")
            color: Theme.text
            font.pixelSize: Theme.bodySize
            font.weight: Font.DemiBold
        }
        AppComboBox {
            id: urgency
            objectName: "urgencyCombo"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            textRole: "text"
            valueRole: "value"
            model: MeetingPrep.urgencyChoices
            currentIndex: 1
            Accessible.name: qsTr("How soon?")
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("In a sentence or two, what is it about?")
            color: Theme.text
            font.pixelSize: Theme.bodySize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        QQC2.TextArea {
            id: reason
            objectName: "reasonField"
            Layout.fillWidth: true
            Layout.minimumHeight: 96
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("Only your mentor sees this.")
            Accessible.name: qsTr("Reason")
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("%1 of %2 characters").arg(reason.length).arg(MeetingPrep.maxReasonLength)
            color: reason.length > MeetingPrep.maxReasonLength ? Theme.danger : Theme.textMuted
            font.pixelSize: Theme.captionSize
        }
        ErrorBanner {
            Layout.fillWidth: true
            text: MeetingPrep.errorText
        }
    }

    footer: QQC2.DialogButtonBox {
        QQC2.Button {
            objectName: "cancelRequest"
            text: qsTr("Cancel")
            flat: true
            Accessible.name: text
            onClicked: root.close()
        }
        QQC2.Button {
            objectName: "sendRequest"
            text: qsTr("Send request")
            flat: true
            enabled: reason.text.trim().length > 0 && reason.length <= MeetingPrep.maxReasonLength
            Accessible.name: text
            onClicked: if (MeetingPrep.requestSoundingBoard(urgency.currentValue, reason.text)) root.close()
        }
    }
}
