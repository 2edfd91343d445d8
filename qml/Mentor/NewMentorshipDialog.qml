import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// Starting a mentorship: the other party's name, the start date, the planned length and how
// often the formal meetings are held.
QQC2.Dialog {
    id: root

    readonly property bool mentor: Session.role === "mentor"

    signal created(string mentorshipId)

    objectName: "newMentorshipDialog"
    modal: true
    background: DialogBackground {}
    Material.background: Theme.surface
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spaceL : 480, 520)
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.spaceL : implicitHeight)
    title: qsTr("New mentorship")
    onOpened: {
        otherName.text = "";
        startDate.text = Qt.formatDate(new Date(), "yyyy-MM-dd");
        months.value = 18;
        cadence.currentIndex = 0;
        otherName.forceActiveFocus();
    }

    contentItem: Flickable {
        id: flick
        implicitHeight: form.implicitHeight
        contentWidth: width
        contentHeight: form.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: form
            width: flick.width
            spacing: Theme.spaceS

            Text {
                Layout.fillWidth: true
                text: root.mentor ? qsTr("Adept's name") : qsTr("Your mentor's name")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            QQC2.TextField {
                id: otherName
                objectName: "otherNameField"
                Layout.fillWidth: true
                Accessible.name: root.mentor ? qsTr("Adept's name") : qsTr("Your mentor's name")
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Start date")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            QQC2.TextField {
                id: startDate
                objectName: "startDateField"
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhDate
                //: Format hint for the start date
                placeholderText: qsTr("YYYY-MM-DD")
                Accessible.name: qsTr("Start date")
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Planned length in months")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            QQC2.SpinBox {
                id: months
                objectName: "monthsField"
                from: 1
                to: 120
                value: 18
                editable: true
                Accessible.name: qsTr("Planned length in months")
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("At least 18 months is recommended: development takes time.")
                color: Theme.textMuted
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Formal meetings")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            AppComboBox {
                id: cadence
                objectName: "cadenceCombo"
                Layout.fillWidth: true
                textRole: "text"
                valueRole: "value"
                model: MentorshipSetup.cadenceChoices
                Accessible.name: qsTr("Formal meetings")
            }
            ErrorBanner {
                Layout.fillWidth: true
                text: root.visible ? MentorshipSetup.errorText : ""
            }
        }
    }

    footer: QQC2.DialogButtonBox {
        background: Item {}
        AppButton {
            objectName: "cancelMentorship"
            text: qsTr("Cancel")
            QQC2.DialogButtonBox.buttonRole: QQC2.DialogButtonBox.RejectRole
        }
        AppButton {
            objectName: "createMentorship"
            primary: true
            text: qsTr("Create")
            QQC2.DialogButtonBox.buttonRole: QQC2.DialogButtonBox.ApplyRole
            onClicked: {
                const id = MentorshipSetup.createMentorship(otherName.text, startDate.text, months.value, cadence.currentValue);
                if (id.length > 0) {
                    root.close();
                    root.created(id);
                }
            }
        }
    }
}
