import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// An adept's "I need a sounding board" request becomes an ad-hoc meeting: the mentor books a
// time and place (the request is then handled) and can start it at once in meeting mode.
QQC2.Page {
    id: root

    /// The open ad-hoc request to answer.
    property string requestId
    property var proposal: ({})
    property string bookedMeetingId
    property string date
    property string time
    property int durationMinutes: 90
    property string place
    readonly property var stackView: QQC2.StackView.view

    /// After the meeting was booked and the request answered.
    signal booked(string meetingId)

    objectName: "adHocBookingPage"
    title: qsTr("Ad-hoc meeting")
    background: Rectangle { color: Theme.background }

    Component.onCompleted: {
        MeetingSession.clearError();
        proposal = MeetingSession.adHocProposal(requestId);
        date = proposal.date || "";
        time = proposal.time || "";
        durationMinutes = proposal.durationMinutes || 90;
        place = proposal.place || "";
    }

    header: QQC2.ToolBar {
        Material.background: Theme.background
        Material.elevation: 0
        leftPadding: Theme.spaceS
        RowLayout {
            anchors.fill: parent
            IconButton {
                objectName: "adHocBackButton"
                iconName: "back"
                label: qsTr("Back")
                onClicked: if (root.stackView) root.stackView.pop()
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Ad-hoc meeting")
                color: Theme.text
                font.pixelSize: Theme.headlineSize
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.spaceL
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.spaceL, (flick.width - width) / 2)
            y: Theme.spaceS
            width: Math.min(flick.width - 2 * Theme.spaceL, Theme.readingWidth)
            spacing: Theme.spaceL

            ErrorBanner {
                Layout.fillWidth: true
                text: MeetingSession.errorText
            }
            Card {
                objectName: "adHocRequestCard"
                Layout.fillWidth: true
                //: %1 is the adept's name
                title: qsTr("%1 needs a sounding board").arg(root.proposal.adeptName || "")
                Text {
                    Layout.fillWidth: true
                    text: root.proposal.urgencyText || ""
                    color: Theme.warning
                    font.pixelSize: Theme.bodySize
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                }
                Text {
                    objectName: "adHocReason"
                    Layout.fillWidth: true
                    text: root.proposal.reason || ""
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.pixelSize: Theme.bodyLargeSize
                    wrapMode: Text.Wrap
                }
            }
            Card {
                Layout.fillWidth: true
                visible: root.bookedMeetingId.length === 0
                title: qsTr("When and where")
                MeetingTimeFields {
                    Layout.fillWidth: true
                    namePrefix: "adHoc"
                    date: root.date
                    time: root.time
                    durationMinutes: root.durationMinutes
                    place: root.place
                    summary: MeetingSession.describe(root.date, root.time, root.durationMinutes)
                    valid: MeetingSession.validMeetingTime(root.date, root.time, root.durationMinutes)
                    onDateEdited: text => root.date = text
                    onTimeEdited: text => root.time = text
                    onDurationPicked: minutes => root.durationMinutes = minutes
                    onPlaceEdited: text => root.place = text
                }
                AppButton {
                    objectName: "bookAdHocButton"
                    Layout.alignment: Qt.AlignRight
                    primary: true
                    text: qsTr("Book the meeting")
                    onClicked: {
                        root.bookedMeetingId = MeetingSession.bookAdHoc(root.requestId, root.date, root.time,
                                                                        root.durationMinutes, root.place);
                        if (root.bookedMeetingId.length > 0)
                            root.booked(root.bookedMeetingId);
                    }
                }
            }
            Card {
                objectName: "adHocBookedCard"
                Layout.fillWidth: true
                visible: root.bookedMeetingId.length > 0
                title: qsTr("Booked")
                Text {
                    Layout.fillWidth: true
                    text: qsTr("%1. The request is answered; it shows with your meetings.")
                        .arg(MeetingSession.describe(root.date, root.time, root.durationMinutes))
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spaceM
                    AppButton {
                        objectName: "startAdHocButton"
                        primary: true
                        text: qsTr("Start the meeting now")
                        // By URL, not a Component of this page: this page goes away, and what
                        // it created would lose its QML context (and every handler) with it.
                        onClicked: root.stackView.replace(Qt.resolvedUrl("MeetingModePage.qml"), {
                            mentorshipId: root.proposal.mentorshipId, meetingId: root.bookedMeetingId })
                    }
                    AppButton {
                        objectName: "adHocDoneButton"
                        text: qsTr("Done")
                        onClicked: root.stackView.pop()
                    }
                }
            }
        }
    }
}
