import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components

// One party's evaluation: a rating from 1 to 5 and a few words.
Card {
    id: root

    property string party
    property int rating: 0
    property string body
    signal ratingPicked(int value)
    signal bodyEdited(string text)

    objectName: "evaluation_" + party

    Text {
        Layout.fillWidth: true
        text: qsTr("How was the meeting? 1 is poor, 5 is very good.")
        color: Theme.textMuted
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    RatingPicker {
        namePrefix: root.party + "Rating"
        value: root.rating
        onPicked: value => root.ratingPicked(value)
    }
    QQC2.TextArea {
        objectName: root.party + "EvaluationText"
        Layout.fillWidth: true
        Layout.minimumHeight: 96
        wrapMode: TextEdit.Wrap
        placeholderText: qsTr("What worked, what could be better")
        font.pixelSize: Theme.bodyLargeSize
        Accessible.name: qsTr("Evaluation")
        Component.onCompleted: text = root.body
        onTextChanged: if (text !== root.body) root.bodyEdited(text)
    }
}
