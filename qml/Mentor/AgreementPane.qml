import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// The agreement of a mentorship: goals, what each side undertakes, confidentiality, and each
// party's acknowledgement with its date. Either party may edit it; a changed text is
// acknowledged anew by both.
Flickable {
    id: root

    required property string mentorshipId
    readonly property var agreement: MentorshipSetup.agreement
    readonly property bool loaded: agreement.mentorshipId === mentorshipId
    property bool editing: false

    function edit() {
        goals.text = agreement.goals;
        adeptPart.text = agreement.adeptExpectations;
        mentorPart.text = agreement.mentorExpectations;
        confidentiality.text = agreement.confidentiality;
        editing = true;
    }

    component Section: ColumnLayout {
        id: section
        property string heading
        property string body
        Layout.fillWidth: true
        spacing: Theme.spaceXxs
        SectionHeading {
            Layout.fillWidth: true
            text: section.heading
        }
        Text {
            Layout.fillWidth: true
            text: section.body || qsTr("Not written yet.")
            textFormat: section.body ? Text.MarkdownText : Text.PlainText
            color: section.body ? Theme.text : Theme.textMuted
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
    }
    component AckRow: RowLayout {
        id: ack
        property string key
        property bool done
        property string text
        Layout.fillWidth: true
        spacing: Theme.spaceS
        AppIcon {
            iconName: ack.done ? "check" : "close"
            color: ack.done ? Theme.primary : Theme.textMuted
        }
        Text {
            objectName: "ack_" + ack.key
            Layout.fillWidth: true
            text: ack.text
            color: ack.done ? Theme.text : Theme.textMuted
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
    }

    objectName: "agreementPane"
    contentWidth: width
    contentHeight: column.implicitHeight + 2 * Theme.spaceL
    boundsBehavior: Flickable.StopAtBounds
    clip: true
    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

    Component.onCompleted: if (!loaded) MentorshipSetup.load(mentorshipId)
    onAgreementChanged: if (loaded && !agreement.exists && !editing) edit()

    ColumnLayout {
        id: column
        x: (root.width - width) / 2
        y: Theme.spaceL
        width: Math.min(root.width - 2 * Theme.spaceL, Theme.readingWidth)
        spacing: Theme.spaceM

        ErrorBanner {
            Layout.fillWidth: true
            text: MentorshipSetup.errorText
        }

        // Reading.
        Card {
            objectName: "agreementView"
            Layout.fillWidth: true
            visible: !root.editing && root.loaded
            title: qsTr("Agreement")
            // Fixed sections rather than a Repeater over an array: a Repeater re-creating its
            // rows while the layout polishes crashed Qt 6.4's layout engine here.
            Section {
                heading: qsTr("Goals")
                body: root.agreement.goalsShown || ""
            }
            Section {
                heading: qsTr("%1, adept").arg(root.agreement.adeptName || "")
                body: root.agreement.adeptExpectationsShown || ""
            }
            Section {
                heading: qsTr("%1, mentor").arg(root.agreement.mentorName || "")
                body: root.agreement.mentorExpectationsShown || ""
            }
            Section {
                heading: qsTr("Confidentiality")
                body: root.agreement.confidentialityShown || ""
            }
            AppButton {
                objectName: "editAgreement"
                Layout.topMargin: Theme.spaceS
                text: qsTr("Edit agreement")
                onClicked: root.edit()
            }
        }

        Card {
            objectName: "acknowledgements"
            Layout.fillWidth: true
            visible: !root.editing && root.loaded && root.agreement.exists
            title: qsTr("Acknowledged")
            AckRow {
                key: "adept"
                done: root.agreement.adeptAcknowledged === true
                text: root.agreement.adeptAckText || ""
            }
            AckRow {
                key: "mentor"
                done: root.agreement.mentorAcknowledged === true
                text: root.agreement.mentorAckText || ""
            }
            Text {
                Layout.fillWidth: true
                visible: !root.agreement.mineAcknowledged
                text: qsTr("By acknowledging, you say you have read the agreement and will keep to it.")
                color: Theme.textMuted
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
            AppButton {
                objectName: "acknowledgeButton"
                visible: !root.agreement.mineAcknowledged
                primary: true
                text: qsTr("I acknowledge the agreement")
                onClicked: MentorshipSetup.acknowledge()
            }
        }

        // Writing.
        Card {
            objectName: "agreementEditor"
            Layout.fillWidth: true
            visible: root.editing
            title: root.agreement.exists ? qsTr("Edit the agreement") : qsTr("Write the agreement")
            Text {
                Layout.fillWidth: true
                visible: root.agreement.adeptAcknowledged || root.agreement.mentorAcknowledged
                text: qsTr("Changing the text asks both of you to acknowledge it again.")
                color: Theme.warning
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Goals")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            QQC2.TextArea {
                id: goals
                objectName: "goalsField"
                Layout.fillWidth: true
                Layout.minimumHeight: 96
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("What the adept wants to have achieved when the mentorship ends")
                Accessible.name: qsTr("Goals")
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("What the adept undertakes")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            QQC2.TextArea {
                id: adeptPart
                objectName: "adeptExpectationsField"
                Layout.fillWidth: true
                Layout.minimumHeight: 96
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("What the adept undertakes")
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("What the mentor undertakes")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            QQC2.TextArea {
                id: mentorPart
                objectName: "mentorExpectationsField"
                Layout.fillWidth: true
                Layout.minimumHeight: 96
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("What the mentor undertakes")
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Confidentiality")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            QQC2.TextArea {
                id: confidentiality
                objectName: "confidentialityField"
                Layout.fillWidth: true
                Layout.minimumHeight: 96
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("Confidentiality")
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: Theme.spaceS
                AppButton {
                    objectName: "cancelAgreement"
                    visible: root.agreement.exists === true
                    text: qsTr("Cancel")
                    onClicked: root.editing = false
                }
                AppButton {
                    objectName: "saveAgreement"
                    primary: true
                    text: qsTr("Save agreement")
                    onClicked: {
                        if (MentorshipSetup.saveAgreement(goals.text, adeptPart.text, mentorPart.text, confidentiality.text))
                            root.editing = false;
                    }
                }
            }
        }
    }
}
