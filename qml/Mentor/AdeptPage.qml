import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// One adept, for the mentor: what they shared (with the mentor's comments), the mentor's
// private notes, the meetings, the agreement, and progress with the focus areas over time.
QQC2.Page {
    id: root

    property string mentorshipId
    /// The tab to open with (a key of tabs), or "" for the first.
    property string initialTab: ""
    readonly property var tabs: [
        { key: "shared", text: qsTr("Shared") },
        { key: "notes", text: qsTr("My notes") },
        { key: "meetings", text: qsTr("Meetings") },
        { key: "agreement", text: qsTr("Agreement") },
        { key: "progress", text: qsTr("Progress") }
    ]

    signal back()
    signal startMeeting(string mentorshipId, string meetingId)

    objectName: "adeptPage"
    title: AdeptReview.adeptName
    background: Rectangle { color: Theme.background }

    Component.onCompleted: {
        AdeptReview.open(mentorshipId);
        MentorshipSetup.load(mentorshipId);
        const i = tabs.findIndex(t => t.key === initialTab);
        tabBar.currentIndex = Math.max(0, i);
    }

    header: QQC2.ToolBar {
        Material.background: Theme.background
        Material.elevation: 0
        rightPadding: Theme.spaceS
        implicitHeight: headerRow.implicitHeight + Theme.spaceS
        RowLayout {
            id: headerRow
            anchors.fill: parent
            spacing: Theme.spaceXs
            IconButton {
                objectName: "adeptBack"
                iconName: "back"
                label: qsTr("Back to adepts")
                onClicked: root.back()
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Text {
                    Layout.fillWidth: true
                    text: AdeptReview.adeptName
                    color: Theme.text
                    font.pixelSize: Theme.headlineSize
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Text {
                    Layout.fillWidth: true
                    text: AdeptReview.progress.stageText || ""
                    color: Theme.textMuted
                    font.pixelSize: Theme.captionSize
                    elide: Text.ElideRight
                }
            }
            AppButton {
                objectName: "startMeetingButton"
                primary: true
                text: qsTr("Start meeting")
                onClicked: root.startMeeting(root.mentorshipId, AdeptReview.nextMeetingId)
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ErrorBanner {
            Layout.fillWidth: true
            Layout.margins: visible ? Theme.spaceS : 0
            text: AdeptReview.errorText
        }
        PageTabs {
            id: tabBar
            objectName: "adeptTabs"
            namePrefix: "adeptTabs_"
            Layout.fillWidth: true
            tabs: root.tabs
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.divider
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabBar.currentIndex

            ListView {
                id: reflections
                objectName: "sharedReflections"
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                spacing: Theme.spaceM
                topMargin: Theme.spaceL
                bottomMargin: Theme.spaceL
                model: AdeptReview.reflections
                QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
                delegate: ReflectionReview {
                    required property var modelData
                    required property int index
                    x: (reflections.width - width) / 2
                    width: Math.min(reflections.width - 2 * Theme.spaceL, Theme.readingWidth)
                    reflection: modelData
                    rowIndex: index
                }
                EmptyState {
                    anchors.centerIn: parent
                    width: Math.min(parent.width - 2 * Theme.spaceXl, 440)
                    visible: reflections.count === 0
                    title: qsTr("Nothing shared yet")
                    message: qsTr("Reflections your adept chooses to share with you show up here.")
                }
            }
            NotesPane {}
            MeetingHistoryPane {}
            AgreementPane {
                mentorshipId: root.mentorshipId
            }
            ProgressPane {}
        }
    }
}
