pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// The six focus areas as chips; chosen holds the ids picked.
ColumnLayout {
    id: root

    property var chosen: []
    property string title: qsTr("Focus areas")
    property string namePrefix: "focusChip"
    signal changedByUser(int areaId, bool isChosen)

    function toggle(areaId, on) {
        const next = chosen.filter(a => a !== areaId);
        if (on)
            next.push(areaId);
        next.sort((a, b) => a - b);
        chosen = next;
        changedByUser(areaId, on);
    }

    spacing: Theme.spaceXs

    Text {
        Layout.fillWidth: true
        visible: root.title.length > 0
        text: root.title
        color: Theme.text
        font.pixelSize: Theme.bodySize
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spaceXs
        Repeater {
            model: FocusCatalog.areas
            FocusChip {
                required property var modelData
                objectName: root.namePrefix + modelData.areaId
                width: Math.min(implicitWidth, root.width)
                text: modelData.name
                checked: root.chosen.indexOf(modelData.areaId) >= 0
                Accessible.description: modelData.points
                onClicked: root.toggle(modelData.areaId, checked)
            }
        }
    }
}
