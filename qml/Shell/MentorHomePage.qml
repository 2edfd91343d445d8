import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.Mentor
import Bollplank.Meeting
import Bollplank.App

// The mentor's start page: open requests for a sounding board on top, then every adept with
// what is new since their last meeting. An adept opens their own page on the same stack.
QQC2.Page {
    id: root

    /// Opens one adept's page (tests and the screenshot program use it too). tab: a PageTabs key.
    function showAdept(mentorshipId, tab) {
        stack.pop(null, QQC2.StackView.Immediate);
        stack.push(adeptPage, { mentorshipId: mentorshipId, initialTab: tab || "" }, QQC2.StackView.Immediate);
    }
    function openNewMentorship() {
        newMentorship.open();
    }
    function showHome() {
        newMentorship.close();
        stack.pop(null, QQC2.StackView.Immediate);
    }

    objectName: "mentorHomePage"
    title: qsTr("Adepts")
    background: Rectangle { color: Theme.background }

    QQC2.StackView {
        id: stack
        objectName: "mentorStack"
        anchors.fill: parent
        initialItem: home
    }

    Component {
        id: adeptPage
        AdeptPage {
            onBack: {
                stack.pop();
                MentorHome.refresh();
            }
            onStartMeeting: (mentorshipId, meetingId) => stack.push(meetingMode, { mentorshipId: mentorshipId, meetingId: meetingId })
        }
    }
    Component {
        id: adHocBooking
        AdHocBookingPage {
            onBooked: MentorHome.refresh()
        }
    }
    Component {
        id: meetingMode
        MeetingModePage {
            // What the meeting wrote shows on the adept's page and the home's counts.
            onFinished: {
                AdeptReview.refresh();
                MentorHome.refresh();
            }
        }
    }

    NewMentorshipDialog {
        id: newMentorship
        parent: QQC2.Overlay.overlay
        onCreated: id => root.showAdept(id, "agreement")
    }

    Component {
        id: home
        QQC2.Page {
            objectName: "mentorHomeList"
            background: Rectangle { color: Theme.background }

            header: QQC2.ToolBar {
                Material.background: Theme.background
                Material.elevation: 0
                leftPadding: Theme.spaceL
                rightPadding: Theme.spaceS
                RowLayout {
                    anchors.fill: parent
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Your adepts")
                        color: Theme.text
                        font.pixelSize: Theme.headlineSize
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    AppButton {
                        objectName: "newMentorshipButton"
                        text: qsTr("New mentorship")
                        onClicked: newMentorship.open()
                    }
                }
            }

            EmptyState {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.spaceXl, 440)
                visible: MentorHome.adepts.length === 0
                title: qsTr("No adepts yet")
                message: qsTr("Start a mentorship to write its agreement. What your adept shares and your notes about them show up here.")
            }

            ListView {
                id: list
                objectName: "adeptList"
                anchors.fill: parent
                visible: MentorHome.adepts.length > 0
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                spacing: Theme.spaceM
                bottomMargin: Theme.spaceL
                model: MentorHome.adepts
                QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

                readonly property real columnWidth: Math.min(width - 2 * Theme.spaceL, Theme.readingWidth + 120)

                header: ColumnLayout {
                    x: (list.width - width) / 2
                    width: list.columnWidth
                    spacing: Theme.spaceM
                    ErrorBanner {
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spaceS
                        text: MentorHome.errorText
                    }
                    SectionHeading {
                        Layout.fillWidth: true
                        visible: MentorHome.requests.length > 0
                        text: qsTr("Asking for a meeting")
                    }
                    Repeater {
                        model: MentorHome.requests
                        RequestCard {
                            required property var modelData
                            required property int index
                            objectName: "request_" + index
                            Layout.fillWidth: true
                            request: modelData
                            // Answering the request: book the ad-hoc meeting (Bollplank.Meeting).
                            onClicked: stack.push(adHocBooking, { requestId: modelData.requestId })
                        }
                    }
                    SectionHeading {
                        Layout.fillWidth: true
                        text: qsTr("Adepts")
                    }
                }
                delegate: AdeptCard {
                    required property var modelData
                    required property int index
                    objectName: "adept_" + index
                    x: (list.width - width) / 2
                    width: list.columnWidth
                    adept: modelData
                    onClicked: root.showAdept(modelData.mentorshipId, "")
                }
            }
        }
    }
}
