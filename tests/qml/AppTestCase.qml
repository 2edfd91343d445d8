import QtQuick
import QtTest

// A TestCase with the steps every page test takes: find a control by objectName, scroll it
// into view like a person would, click it, type into it, pick from a combo box.
TestCase {
    id: root

    width: 1180
    height: 820
    visible: true
    when: windowShown

    // A layout that keeps changing its own size hints while it polishes is a bug (Qt 6.4 gives up
    // after two passes and leaves items where clicks miss them), so it fails every test.
    function init() {
        failOnWarning(/Polish loop detected/);
    }

    function typeText(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i]);
    }

    function scrollIntoView(item) {
        for (let p = item.parent; p; p = p.parent) {
            if (p instanceof Flickable) {
                const pos = item.mapToItem(p.contentItem, 0, 0);
                if (pos.y < p.contentY || pos.y + item.height > p.contentY + p.height)
                    p.contentY = Math.max(0, Math.min(pos.y - p.height / 3, p.contentHeight - p.height));
            }
        }
    }

    // Waits until no layout around the item still has a polish pending. An item a Repeater has
    // just created sits where it was born until its layout places it, so a click computed from
    // its geometry before then lands on whatever is there (once: a focus chip above the field).
    function waitForLayout(item) {
        tryVerify(() => {
            for (let p = item; p; p = p.parent) {
                if (isPolishScheduled(p))
                    return false;
            }
            return true;
        }, 3000, "the layout around " + item.objectName + " never settled");
    }

    function clickOn(parentItem, name) {
        const item = findChild(parentItem, name);
        verify(item, "no item named " + name);
        tryVerify(() => item.visible && item.enabled, 3000, name + " not clickable");
        waitForLayout(item);
        scrollIntoView(item);
        wait(0);
        mouseClick(item);
        return item;
    }

    // Clicks a text field, once its layout has placed it, until it holds the focus, then types;
    // the typed text is then checked on the field itself.
    function typeInto(parentItem, name, text) {
        let item = null;
        tryVerify(() => {
            item = findChild(parentItem, name);
            if (!item || !item.visible)
                return false;
            if (!item.activeFocus) {
                waitForLayout(item);
                scrollIntoView(item);
                mouseClick(item);
            }
            return item.activeFocus;
        }, 3000, name + " never took the focus");
        const before = item.text;
        typeText(text);
        compare(item.text, before + text);
        return item;
    }

    function chooseInCombo(parentItem, name, index) {
        const combo = clickOn(parentItem, name);
        tryCompare(combo.popup, "opened", true);
        const delegate = combo.popup.contentItem.itemAtIndex(index);
        verify(delegate, "no entry " + index + " in " + name);
        mouseClick(delegate);
        tryCompare(combo.popup, "visible", false);
    }
}
