import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// The adept's journal. A phone shows the list or one entry; a tablet or desktop shows the
// list and the entry side by side.
QQC2.Page {
    id: root

    property bool compact: width < Theme.compactBreakpoint
    /// The entry shown in the detail pane ("" for none).
    property string selectedId: ""
    property bool editing: false
    /// The entry being edited; "" while writing a new one.
    property string editingId: ""
    readonly property bool detailShown: editing || selectedId.length > 0

    objectName: "journalPage"
    title: qsTr("Journal")
    background: Rectangle { color: Theme.background }

    function newReflection() {
        editingId = "";
        editing = true;
    }
    function edit(id) {
        editingId = id;
        editing = true;
    }
    function show(id) {
        editing = false;
        selectedId = id;
    }
    function back() {
        if (editing)
            editing = false;
        else
            selectedId = "";
    }
    function focusSearch() {
        if (compact)
            back();
        list.focusSearch();
    }
    function selectFirstIfWide() {
        if (!compact && !editing && selectedId.length === 0 && Journal.model.count > 0)
            selectedId = Journal.model.idAt(0);
    }

    Connections {
        target: Journal
        function onRemoved(id) {
            if (root.selectedId === id)
                root.selectedId = "";
            root.selectFirstIfWide();
        }
    }
    Connections {
        target: Journal.model
        function onModelReset() { root.selectFirstIfWide(); }
    }
    Component.onCompleted: selectFirstIfWide()
    onCompactChanged: selectFirstIfWide()

    RowLayout {
        anchors.fill: parent
        spacing: 0

        JournalList {
            id: list
            Layout.fillHeight: true
            Layout.fillWidth: root.compact
            Layout.preferredWidth: root.compact ? -1 : Math.min(Theme.listPaneWidth, root.width * 0.42)
            visible: !root.compact || !root.detailShown
            compact: root.compact
            selectedId: root.selectedId
            onOpened: id => root.show(id)
            onNewRequested: root.newReflection()
        }
        Rectangle {
            Layout.fillHeight: true
            implicitWidth: 1
            visible: !root.compact
            color: Theme.divider
        }
        Loader {
            id: detail
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !root.compact || root.detailShown
            sourceComponent: root.editing ? editorComponent
                           : root.selectedId.length > 0 ? readerComponent : emptyComponent
        }
    }

    Component {
        id: readerComponent
        ReflectionPage {
            reflectionId: root.selectedId
            showBack: root.compact
            onBackRequested: root.back()
            onEditRequested: root.edit(root.selectedId)
        }
    }
    Component {
        id: editorComponent
        ReflectionEditorPage {
            reflectionId: root.editingId
            showBack: root.compact
            onFinished: savedId => {
                root.editing = false;
                if (savedId.length > 0)
                    root.selectedId = savedId;
                else
                    root.selectFirstIfWide();
            }
        }
    }
    Component {
        id: emptyComponent
        Item {
            EmptyState {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.spaceXl, 420)
                title: Journal.totalCount > 0 ? qsTr("Choose a reflection to read it") : qsTr("Your journal is empty")
                message: qsTr("Write down what happened, how it felt and what you want to bring up with your mentor.")
            }
        }
    }
}
