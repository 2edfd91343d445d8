import QtQuick
import QtQuick.Layouts
import Bollplank.App

// Step 5: each party evaluates the meeting.
StepFrame {
    id: root

    objectName: "evaluationStep"
    heading: qsTr("Evaluation")
    intro: qsTr("Each of you says how the meeting was. It opens the next look back.")
    twoColumns: true

    EvaluationEditor {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.alignment: Qt.AlignTop
        party: "adept"
        title: MeetingSession.adeptName
        rating: MeetingSession.adeptRating
        body: MeetingSession.adeptEvaluation
        onRatingPicked: value => MeetingSession.adeptRating = value
        onBodyEdited: text => MeetingSession.adeptEvaluation = text
    }
    EvaluationEditor {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.alignment: Qt.AlignTop
        party: "mentor"
        title: qsTr("You, the mentor")
        rating: MeetingSession.mentorRating
        body: MeetingSession.mentorEvaluation
        onRatingPicked: value => MeetingSession.mentorRating = value
        onBodyEdited: text => MeetingSession.mentorEvaluation = text
    }
}
