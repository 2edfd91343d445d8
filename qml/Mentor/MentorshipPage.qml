import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// The adept's side of the mentorship: minutes and evaluations of the meetings held, the action
// items, and the agreement.
QQC2.Page {
    id: root

    readonly property var tabs: [
        { key: "meetings", text: qsTr("Meetings") },
        { key: "actions", text: qsTr("Action items") },
        { key: "agreement", text: qsTr("Agreement") }
    ]

    function showTab(key) {
        newMentorship.close();
        tabBar.currentIndex = Math.max(0, tabs.findIndex(t => t.key === key));
    }

    function openNewMentorship() {
        newMentorship.open();
    }

    objectName: "mentorshipPage"
    title: qsTr("Mentorship")
    background: Rectangle { color: Theme.background }
    onVisibleChanged: if (visible) AdeptSide.refresh()

    header: QQC2.ToolBar {
        Material.background: Theme.background
        Material.elevation: 0
        leftPadding: Theme.spaceL
        implicitHeight: headerColumn.implicitHeight + Theme.spaceM
        ColumnLayout {
            id: headerColumn
            anchors.fill: parent
            spacing: 0
            Text {
                Layout.fillWidth: true
                text: qsTr("Mentorship")
                color: Theme.text
                font.pixelSize: Theme.headlineSize
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                Layout.fillWidth: true
                visible: AdeptSide.hasMentorship
                //: %1 is the mentor's name, %2 a progress text like "Month 14 of 18"
                text: qsTr("With %1 · %2").arg(AdeptSide.mentorName).arg(MeetingPrep.progressText)
                color: Theme.textMuted
                font.pixelSize: Theme.bodySize
                elide: Text.ElideRight
            }
        }
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spaceXl, 440)
        visible: !AdeptSide.hasMentorship
        spacing: Theme.spaceL
        EmptyState {
            Layout.fillWidth: true
            title: qsTr("No mentorship yet")
            message: qsTr("Set up your mentorship to write its agreement with your mentor. Minutes and action items from your meetings show up here.")
        }
        AppButton {
            objectName: "setUpMentorship"
            Layout.alignment: Qt.AlignHCenter
            primary: true
            text: qsTr("Set up the mentorship")
            onClicked: newMentorship.open()
        }
    }

    NewMentorshipDialog {
        id: newMentorship
        parent: QQC2.Overlay.overlay
        onCreated: root.showTab("agreement")
    }

    ColumnLayout {
        anchors.fill: parent
        visible: AdeptSide.hasMentorship
        spacing: 0

        ErrorBanner {
            Layout.fillWidth: true
            Layout.margins: visible ? Theme.spaceS : 0
            text: AdeptSide.errorText
        }
        PageTabs {
            id: tabBar
            objectName: "mentorshipTabs"
            namePrefix: "mentorshipTabs_"
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
                id: meetings
                objectName: "heldMeetings"
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                spacing: Theme.spaceM
                topMargin: Theme.spaceL
                bottomMargin: Theme.spaceL
                model: AdeptSide.meetings
                QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
                delegate: HeldMeetingCard {
                    required property var modelData
                    required property int index
                    x: (meetings.width - width) / 2
                    width: Math.min(meetings.width - 2 * Theme.spaceL, Theme.readingWidth)
                    meeting: modelData
                    rowIndex: index
                }
                EmptyState {
                    anchors.centerIn: parent
                    width: Math.min(parent.width - 2 * Theme.spaceXl, 440)
                    visible: meetings.count === 0
                    title: qsTr("No meetings held yet")
                    message: qsTr("The minutes of each meeting show up here afterwards.")
                }
            }
            AdeptActionsPane {}
            Loader {
                active: AdeptSide.hasMentorship
                sourceComponent: AgreementPane {
                    mentorshipId: AdeptSide.mentorshipId
                }
            }
        }
    }
}
