import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// How far the mentorship has come toward its planned length, and the focus areas over time.
Flickable {
    id: root

    readonly property bool twoColumns: width >= 1000

    component Fact: Text {
        Layout.fillWidth: true
        visible: text.length > 0
        color: Theme.textMuted
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }

    objectName: "progressPane"
    contentWidth: width
    contentHeight: grid.implicitHeight + 2 * Theme.spaceL
    boundsBehavior: Flickable.StopAtBounds
    clip: true
    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

    GridLayout {
        id: grid
        x: (root.width - width) / 2
        y: Theme.spaceL
        width: Math.min(root.width - 2 * Theme.spaceL, root.twoColumns ? 1200 : Theme.readingWidth)
        columns: root.twoColumns ? 2 : 1
        columnSpacing: Theme.spaceL
        rowSpacing: Theme.spaceL

        Card {
            objectName: "progressCard"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            title: qsTr("Progress")
            Text {
                Layout.fillWidth: true
                text: AdeptReview.progress.stageText || ""
                color: Theme.text
                font.pixelSize: Theme.titleSize
                wrapMode: Text.Wrap
            }
            QQC2.ProgressBar {
                Layout.fillWidth: true
                value: AdeptReview.progress.fraction || 0
                Accessible.name: AdeptReview.progress.stageText || ""
            }
            Fact { text: AdeptReview.progress.meetingsText || "" }
            Fact { text: AdeptReview.progress.lastMeetingText || "" }
            Fact { text: AdeptReview.progress.startText || "" }
            Fact { text: AdeptReview.progress.endText || "" }
            Fact { text: AdeptReview.progress.cadenceText || "" }
        }
        Card {
            objectName: "focusChartCard"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            title: qsTr("Focus areas over time")
            Text {
                Layout.fillWidth: true
                text: qsTr("Reflections and meetings that took up each area, month by month.")
                color: Theme.textMuted
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
            FocusChart {
                Layout.fillWidth: true
                months: AdeptReview.chart
                textAlternative: AdeptReview.chartText
            }
        }
    }
}
