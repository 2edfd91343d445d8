import QtQuick
import QtQuick.Layouts
import Bollplank.Components
import Bollplank.App

// Step 6: book the next meeting before you part: by default a month later, the same weekday
// and time, two and a half hours, the same place.
StepFrame {
    id: root

    objectName: "nextMeetingStep"
    heading: qsTr("Next meeting")
    intro: MeetingSession.nextAlreadyBooked
        ? qsTr("The next meeting is already booked. Change it here if you agreed on something else.")
        : qsTr("Book the next meeting while you are both here. Ending the meeting saves everything at once.")

    AppSwitch {
        objectName: "bookNextSwitch"
        Layout.fillWidth: true
        text: MeetingSession.nextAlreadyBooked ? qsTr("Change the next meeting") : qsTr("Book the next meeting")
        checked: MeetingSession.bookNext
        onToggled: MeetingSession.bookNext = checked
    }

    MeetingTimeFields {
        Layout.fillWidth: true
        visible: MeetingSession.bookNext
        namePrefix: "next"
        date: MeetingSession.nextDate
        time: MeetingSession.nextTime
        durationMinutes: MeetingSession.nextDurationMinutes
        place: MeetingSession.nextPlace
        summary: MeetingSession.nextSummary
        valid: MeetingSession.nextValid
        onDateEdited: text => MeetingSession.nextDate = text
        onTimeEdited: text => MeetingSession.nextTime = text
        onDurationPicked: minutes => MeetingSession.nextDurationMinutes = minutes
        onPlaceEdited: text => MeetingSession.nextPlace = text
    }
}
