import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// Step 2: at least half an hour of pure coaching. The clock counts from the moment it was
// started, so it keeps time while the tablet sleeps or the page is left.
StepFrame {
    id: root

    objectName: "coachingStep"
    heading: qsTr("Coaching")
    intro: qsTr("At least %n minutes of pure coaching: listen, ask, let your adept think aloud. Notes can wait.", "",
                MeetingSession.coachingMinutes)

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: clockColumn.implicitHeight + 2 * Theme.spaceXl
        radius: Theme.radius
        color: Theme.surface
        border.width: 1
        border.color: MeetingSession.coachingOver ? Theme.primary : Theme.divider

        ColumnLayout {
            id: clockColumn
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.margins: Theme.spaceXl
            spacing: Theme.spaceM

            Text {
                objectName: "coachingClock"
                Layout.alignment: Qt.AlignHCenter
                text: MeetingSession.coachingClock
                color: MeetingSession.coachingOver ? Theme.primary : Theme.text
                // Big enough to read from across the table on a tablet.
                font.pixelSize: Math.max(Theme.displaySize * 2.5, Math.min(root.width / 6, 144))
                font.weight: Font.DemiBold
                Accessible.role: Accessible.StaticText
                //: Screen-reader text of the coaching clock
                Accessible.name: qsTr("Coaching time left: %1").arg(text)
            }
            QQC2.ProgressBar {
                objectName: "coachingProgress"
                Layout.fillWidth: true
                from: 0
                to: 1
                value: MeetingSession.coachingProgress
            }
            Text {
                objectName: "coachingStatus"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: !MeetingSession.coachingStarted ? qsTr("Start the clock when the coaching begins.")
                    : MeetingSession.coachingOver ? qsTr("The coaching half hour is done. Go on when you are both ready.")
                    : qsTr("The clock keeps running if you leave this page or lock the app.")
                color: Theme.textMuted
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.alignment: Qt.AlignHCenter
                spacing: Theme.spaceM
                AppButton {
                    objectName: "startCoachingButton"
                    visible: !MeetingSession.coachingStarted
                    primary: true
                    text: qsTr("Start coaching")
                    onClicked: MeetingSession.startCoaching()
                }
                AppButton {
                    objectName: "restartCoachingButton"
                    visible: MeetingSession.coachingStarted
                    text: qsTr("Start the clock again")
                    onClicked: MeetingSession.restartCoaching()
                }
            }
        }
    }
}
