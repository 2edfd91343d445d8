import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components

// Date, time, length and place of a meeting, with a line saying what was understood. Labels
// sit above their fields at every width, which reads well on a tablet and fits a phone.
ColumnLayout {
    id: root

    property string date
    property string time
    property int durationMinutes: 150
    property string place
    property string summary
    property bool valid: true
    property string namePrefix: "next"

    signal dateEdited(string text)
    signal timeEdited(string text)
    signal durationPicked(int minutes)
    signal placeEdited(string text)

    spacing: Theme.spaceXs

    Label { text: qsTr("Date") }
    QQC2.TextField {
        objectName: root.namePrefix + "Date"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        text: root.date
        inputMethodHints: Qt.ImhDate
        placeholderText: qsTr("YYYY-MM-DD")
        Accessible.name: qsTr("Date")
        onTextEdited: root.dateEdited(text)
    }
    Label { text: qsTr("Time") }
    QQC2.TextField {
        objectName: root.namePrefix + "Time"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        text: root.time
        inputMethodHints: Qt.ImhTime
        //: Placeholder of a time field: the format to type
        placeholderText: qsTr("HH:MM")
        Accessible.name: qsTr("Time")
        onTextEdited: root.timeEdited(text)
    }
    Label { text: qsTr("Length") }
    AppComboBox {
        id: length
        objectName: root.namePrefix + "Duration"
        readonly property var minutes: [60, 90, 120, 150, 180, 240]
        Layout.fillWidth: true
        model: minutes.map(m => m % 60 === 0
            //: A meeting's length in whole hours
            ? qsTr("%n hour(s)", "", m / 60)
            //: A meeting's length in hours, e.g. "2.5 hours" / "2,5 timmar"
            : qsTr("%1 hours").arg(Number(m / 60).toLocaleString(Qt.locale(), "f", 1)))
        currentIndex: Math.max(0, minutes.indexOf(root.durationMinutes))
        Accessible.name: qsTr("Length")
        onActivated: index => root.durationPicked(minutes[index])
    }
    Label { text: qsTr("Place") }
    QQC2.TextField {
        objectName: root.namePrefix + "Place"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        text: root.place
        placeholderText: qsTr("A quiet place away from work")
        Accessible.name: qsTr("Place")
        onTextEdited: root.placeEdited(text)
    }
    Text {
        objectName: root.namePrefix + "Summary"
        Layout.topMargin: Theme.spaceS
        Layout.fillWidth: true
        text: root.summary
        color: root.valid ? Theme.text : Theme.danger
        font.pixelSize: Theme.bodySize
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
    }

    component Label: Text {
        Layout.topMargin: Theme.spaceS
        color: Theme.text
        font.pixelSize: Theme.bodySize
        font.weight: Font.DemiBold
        elide: Text.ElideRight
    }
}
