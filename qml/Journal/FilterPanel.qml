import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// Filters for the journal: focus area, stakeholder lens and visibility.
ColumnLayout {
    id: root

    spacing: Theme.spaceXs

    Text {
        text: qsTr("Focus area")
        color: Theme.textMuted
        font.pixelSize: Theme.captionSize
    }
    AppComboBox {
        objectName: "focusFilter"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        textRole: "name"
        valueRole: "areaId"
        model: {
            const choices = [{ areaId: 0, name: qsTr("All focus areas") }];
            return choices.concat(FocusCatalog.areas);
        }
        currentIndex: count > 0 ? Math.max(0, indexOfValue(Journal.focusArea)) : -1
        onActivated: Journal.focusArea = currentValue
        Accessible.name: qsTr("Focus area")
    }
    Text {
        text: qsTr("Stakeholder lens")
        color: Theme.textMuted
        font.pixelSize: Theme.captionSize
    }
    AppComboBox {
        objectName: "lensFilter"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        textRole: "text"
        valueRole: "value"
        model: {
            const choices = [{ value: "", text: qsTr("All lenses") }];
            return choices.concat(Journal.lensChoices);
        }
        currentIndex: count > 0 ? Math.max(0, indexOfValue(Journal.lens)) : -1
        onActivated: Journal.lens = currentValue
        Accessible.name: qsTr("Stakeholder lens")
    }
    Text {
        text: qsTr("Visibility")
        color: Theme.textMuted
        font.pixelSize: Theme.captionSize
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spaceXs
        Repeater {
            model: [
                { value: "", text: qsTr("All") },
                { value: "private", text: qsTr("Private") },
                { value: "shared", text: qsTr("Shared") }
            ]
            FocusChip {
                required property var modelData
                objectName: "visibilityFilter_" + (modelData.value.length > 0 ? modelData.value : "all")
                text: modelData.text
                checked: Journal.visibility === modelData.value
                onClicked: Journal.visibility = modelData.value
            }
        }
    }
    QQC2.Button {
        objectName: "clearFilters"
        visible: Journal.filtered
        flat: true
        text: qsTr("Clear filters")
        Accessible.name: text
        Layout.minimumHeight: Theme.touchTarget
        onClicked: Journal.clearFilters()
    }
}
