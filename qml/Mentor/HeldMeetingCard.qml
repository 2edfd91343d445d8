import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// A held meeting on the adept's side: its minutes, both evaluations, and the adept's own
// evaluation to give or revise.
Card {
    id: root

    required property var meeting
    required property int rowIndex
    property bool evaluating: false

    objectName: "heldMeeting_" + rowIndex
    title: meeting.dateText

    Text {
        Layout.fillWidth: true
        text: [root.meeting.kindText, root.meeting.areasText].filter(t => !!t).join("  ·  ")
        color: Theme.textMuted
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
    }
    Repeater {
        model: root.meeting.minutes
        ColumnLayout {
            id: minutesItem
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.spaceXxs
            SectionHeading {
                Layout.fillWidth: true
                topPadding: Theme.spaceS
                text: minutesItem.modelData.title
            }
            Text {
                Layout.fillWidth: true
                text: minutesItem.modelData.body
                textFormat: Text.MarkdownText
                color: Theme.text
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
        }
    }
    SectionHeading {
        Layout.fillWidth: true
        topPadding: Theme.spaceS
        visible: root.meeting.evaluations.length > 0
        text: qsTr("Evaluations")
    }
    Repeater {
        model: root.meeting.evaluations
        Text {
            required property var modelData
            Layout.fillWidth: true
            //: An evaluation of a meeting: who, the rating out of 5, and what they wrote
            text: qsTr("%1: %2 of 5").arg(modelData.partyText).arg(modelData.rating) + (modelData.body ? " – " + modelData.body : "")
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        visible: root.evaluating
        spacing: Theme.spaceS
        Text {
            Layout.fillWidth: true
            text: qsTr("How was this meeting for you?")
            color: Theme.text
            font.pixelSize: Theme.bodySize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spaceXs
            Repeater {
                model: 5
                FocusChip {
                    required property int index
                    objectName: "rating_" + (index + 1)
                    // The rating below decides what is checked, so re-opening shows the saved one.
                    checkable: false
                    //: A rating from 1 (poor) to 5 (very good)
                    text: index === 0 ? qsTr("1 poor") : index === 4 ? qsTr("5 very good") : String(index + 1)
                    checked: ratingGroup.rating === index + 1
                    onClicked: ratingGroup.rating = index + 1
                }
            }
        }
        QtObject {
            id: ratingGroup
            property int rating: 0
        }
        QQC2.TextArea {
            id: evaluationText
            objectName: "evaluationField"
            Layout.fillWidth: true
            Layout.minimumHeight: 72
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("What was good, what could be better? (optional)")
            Accessible.name: qsTr("Your evaluation")
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spaceS
            AppButton {
                objectName: "cancelEvaluation"
                text: qsTr("Cancel")
                onClicked: root.evaluating = false
            }
            AppButton {
                objectName: "saveEvaluation"
                primary: true
                enabled: ratingGroup.rating > 0
                text: qsTr("Save evaluation")
                onClicked: {
                    if (AdeptSide.evaluate(root.meeting.meetingId, ratingGroup.rating, evaluationText.text))
                        root.evaluating = false;
                }
            }
        }
    }
    AppButton {
        objectName: "evaluate_" + root.rowIndex
        visible: !root.evaluating
        text: root.meeting.evaluated ? qsTr("Change my evaluation") : qsTr("Evaluate the meeting")
        onClicked: {
            ratingGroup.rating = root.meeting.myRating;
            evaluationText.text = root.meeting.myEvaluation;
            root.evaluating = true;
        }
    }
}
