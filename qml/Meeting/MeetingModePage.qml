import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// Meeting mode, for a tablet lying on the table: one step at a time, large targets, the
// steps always in view. Leaving keeps a draft; "End meeting" saves everything at once.
QQC2.Page {
    id: root

    /// The mentorship whose meeting this is.
    property string mentorshipId
    /// A booked meeting to hold; empty for a new regular meeting from now.
    property string meetingId
    readonly property bool compact: width < Theme.compactBreakpoint
    readonly property bool lastStep: MeetingSession.step === MeetingSession.StepCount - 1
    readonly property var stackView: QQC2.StackView.view

    /// After the meeting was ended (saved) or left (kept as a draft) or discarded.
    signal finished(bool saved)

    function close(saved) {
        root.finished(saved);
        if (root.stackView)
            root.stackView.pop();
    }

    objectName: "meetingModePage"
    title: qsTr("Meeting")
    background: Rectangle { color: Theme.background }
    Component.onCompleted: MeetingSession.begin(mentorshipId, meetingId)
    // Popped some other way (the shell, a lock): the meeting stays a draft.
    QQC2.StackView.onRemoved: if (MeetingSession.active) MeetingSession.leave()

    header: QQC2.ToolBar {
        leftPadding: Theme.spaceS
        rightPadding: Theme.spaceM
        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 0
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spaceS
                IconButton {
                    objectName: "leaveMeetingButton"
                    iconName: "back"
                    label: qsTr("Leave the meeting")
                    onClicked: leaveDialog.open()
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spaceS
                    Layout.bottomMargin: Theme.spaceS
                    spacing: 0
                    Text {
                        Layout.fillWidth: true
                        text: MeetingSession.adHoc
                            //: Title of meeting mode; %1 is the adept's name
                            ? qsTr("Ad-hoc meeting with %1").arg(MeetingSession.adeptName)
                            //: Title of meeting mode; %1 is the adept's name
                            : qsTr("Meeting with %1").arg(MeetingSession.adeptName)
                        color: Theme.text
                        font.pixelSize: Theme.titleSize
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Text {
                        Layout.fillWidth: true
                        text: MeetingSession.whenText
                        color: Theme.textMuted
                        font.pixelSize: Theme.captionSize
                        elide: Text.ElideRight
                    }
                    Text {
                        objectName: "resumedTag"
                        Layout.fillWidth: true
                        visible: MeetingSession.resumed
                        text: qsTr("Resumed from the draft: everything written so far is here.")
                        color: Theme.primary
                        font.pixelSize: Theme.captionSize
                        elide: Text.ElideRight
                    }
                }
            }
            StepBar {
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spaceXs
                compact: root.compact
            }
        }
        background: Rectangle {
            color: Theme.surface
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.divider
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ErrorBanner {
            objectName: "meetingError"
            Layout.fillWidth: true
            Layout.margins: MeetingSession.errorText.length > 0 ? Theme.spaceM : 0
            text: MeetingSession.errorText
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: MeetingSession.step
            LookBackStep {}
            CoachingStep {}
            FocusStep {}
            ActionsStep {}
            EvaluationStep {}
            NextMeetingStep {}
        }
    }

    footer: QQC2.ToolBar {
        leftPadding: Theme.spaceL
        rightPadding: Theme.spaceL
        topPadding: Theme.spaceS
        bottomPadding: Theme.spaceS
        background: Rectangle {
            color: Theme.surface
            Rectangle {
                width: parent.width
                height: 1
                color: Theme.divider
            }
        }
        RowLayout {
            anchors.fill: parent
            spacing: Theme.spaceM
            AppButton {
                objectName: "previousStepButton"
                text: qsTr("Back")
                enabled: MeetingSession.step > 0
                onClicked: MeetingSession.step = MeetingSession.step - 1
            }
            Item { Layout.fillWidth: true }
            AppButton {
                objectName: "nextStepButton"
                visible: !root.lastStep
                primary: true
                text: qsTr("Next")
                onClicked: MeetingSession.step = MeetingSession.step + 1
            }
            AppButton {
                objectName: "endMeetingButton"
                visible: root.lastStep
                primary: true
                text: qsTr("End meeting")
                onClicked: if (MeetingSession.end()) root.close(true)
            }
        }
    }

    LeaveMeetingDialog {
        id: leaveDialog
        parent: QQC2.Overlay.overlay
        onKeep: {
            MeetingSession.leave();
            root.close(false);
        }
        onDiscard: {
            MeetingSession.discard();
            root.close(false);
        }
    }
}
