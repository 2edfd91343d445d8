import QtQuick
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.App

// A date and time picked on wheels, as phones do: day, month, year; hour, minute (5-minute
// steps). The wheels can show a day the month lacks (31 April); whoever reads the value checks
// it and says so, rather than the picker silently moving to another date.
ColumnLayout {
    id: root

    property bool showTime: true
    /// The earliest year on the wheel: last year, or the year of an older date it was set to.
    property int firstYear: new Date().getFullYear() - 1
    readonly property int year: firstYear + yearWheel.currentIndex
    readonly property int month: monthWheel.currentIndex + 1
    readonly property int day: dayWheel.currentIndex + 1
    readonly property int hour: hourWheel.currentIndex
    readonly property int minute: minuteWheel.currentIndex * 5

    function setTo(y, m, d, h, min) {
        firstYear = Math.min(new Date().getFullYear() - 1, y);
        yearWheel.setIndex(Math.max(0, Math.min(y - firstYear, yearWheel.count - 1)));
        monthWheel.setIndex(m - 1);
        dayWheel.setIndex(d - 1);
        hourWheel.setIndex(h);
        minuteWheel.setIndex(Math.round(min / 5) % 12);
    }

    spacing: Theme.spaceXs

    Text {
        text: qsTr("Date")
        color: Theme.text
        font.pixelSize: Theme.bodySize
        font.weight: Font.DemiBold
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spaceXs
        Wheel {
            id: dayWheel
            objectName: "dayWheel"
            labels: Array.from({ length: 31 }, (_, i) => String(i + 1))
            Accessible.name: qsTr("Day")
        }
        Wheel {
            id: monthWheel
            objectName: "monthWheel"
            Layout.preferredWidth: 88
            labels: Meetings.monthNames
            Accessible.name: qsTr("Month")
        }
        Wheel {
            id: yearWheel
            objectName: "yearWheel"
            Layout.preferredWidth: 80
            wrap: false
            labels: Array.from({ length: new Date().getFullYear() + 6 - root.firstYear }, (_, i) => String(root.firstYear + i))
            Accessible.name: qsTr("Year")
        }
    }
    Text {
        visible: root.showTime
        text: qsTr("Time")
        color: Theme.text
        font.pixelSize: Theme.bodySize
        font.weight: Font.DemiBold
    }
    RowLayout {
        Layout.fillWidth: true
        visible: root.showTime
        spacing: Theme.spaceXs
        Wheel {
            id: hourWheel
            objectName: "hourWheel"
            labels: Array.from({ length: 24 }, (_, i) => (i < 10 ? "0" : "") + i)
            Accessible.name: qsTr("Hour")
        }
        Text {
            text: ":"
            color: Theme.text
            font.pixelSize: Theme.bodyLargeSize
        }
        Wheel {
            id: minuteWheel
            objectName: "minuteWheel"
            labels: Array.from({ length: 12 }, (_, i) => (i < 2 ? "0" : "") + i * 5)
            Accessible.name: qsTr("Minute")
        }
    }
}
