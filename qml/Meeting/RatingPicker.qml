pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme

// A rating from 1 to 5 as five large buttons; tapping the chosen one again clears it.
RowLayout {
    id: root

    property int value: 0
    property string namePrefix: "rating"
    signal picked(int value)

    spacing: Theme.spaceS

    Repeater {
        model: 5
        QQC2.AbstractButton {
            id: ratingButton
            required property int index
            readonly property int rating: index + 1
            readonly property bool chosen: root.value === rating

            objectName: root.namePrefix + "_" + rating
            implicitWidth: Theme.touchTarget + Theme.spaceS
            implicitHeight: Theme.touchTarget + Theme.spaceS
            focusPolicy: Qt.StrongFocus
            checkable: false
            text: rating
            Accessible.role: Accessible.RadioButton
            //: Screen-reader name of a rating button, e.g. "4 of 5"
            Accessible.name: qsTr("%1 of 5").arg(rating)
            Accessible.checked: chosen
            onClicked: root.picked(chosen ? 0 : rating)

            background: Rectangle {
                radius: width / 2
                color: ratingButton.chosen ? Theme.primary : (ratingButton.rating <= root.value ? Theme.primaryContainer : Theme.surface)
                border.width: ratingButton.visualFocus ? 3 : 1
                border.color: ratingButton.visualFocus ? Theme.text : (ratingButton.chosen ? Theme.primary : Theme.outline)
            }
            contentItem: Text {
                text: ratingButton.rating
                color: ratingButton.chosen ? Theme.textOnPrimary : Theme.text
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
}
