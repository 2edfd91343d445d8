import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// When and where the next meeting is, and how far the mentorship has come.
Card {
    id: root

    title: qsTr("Next meeting")

    Text {
        Layout.fillWidth: true
        visible: !MeetingPrep.hasNextMeeting
        text: qsTr("No meeting is booked yet. Agree on a date with your mentor.")
        color: Theme.textMuted
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    Text {
        objectName: "nextMeetingDay"
        Layout.fillWidth: true
        visible: MeetingPrep.hasNextMeeting
        text: MeetingPrep.nextMeeting.dayText || ""
        color: Theme.text
        font.pixelSize: Theme.bodyLargeSize
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
    }
    Text {
        Layout.fillWidth: true
        visible: MeetingPrep.hasNextMeeting
        text: [MeetingPrep.nextMeeting.timeText, MeetingPrep.nextMeeting.weekText,
               MeetingPrep.nextMeeting.inDaysText].filter(t => !!t).join("  ·  ")
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    Text {
        Layout.fillWidth: true
        visible: MeetingPrep.hasNextMeeting && (MeetingPrep.nextMeeting.place || "").length > 0
        //: Where the meeting is, e.g. "Place: Hotel Eggers"
        text: qsTr("Place: %1").arg(MeetingPrep.nextMeeting.place || "")
        color: Theme.textMuted
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    Text {
        Layout.fillWidth: true
        visible: MeetingPrep.mentorName.length > 0
        //: e.g. "With Anders Berg"
        text: qsTr("With %1").arg(MeetingPrep.mentorName)
        color: Theme.textMuted
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    Text {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spaceS
        text: MeetingPrep.progressText
        color: Theme.text
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
    }
    QQC2.ProgressBar {
        Layout.fillWidth: true
        value: MeetingPrep.progress
        Accessible.name: MeetingPrep.progressText
    }
}
