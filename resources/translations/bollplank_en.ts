<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionItemEditor</name>
    <message>
        <location filename="../../qml/Meeting/ActionItemEditor.qml" line="+29"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove this action item</source>
        <translation>Remove this action item</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>What is to be done</source>
        <translation>What is to be done</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>YYYY-MM-DD</source>
        <extracomment>Placeholder of a date field: the format to type</extracomment>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>ActionItemsCard</name>
    <message>
        <location filename="../../qml/MeetingPrep/ActionItemsCard.qml" line="+12"/>
        <source>Open action items</source>
        <translation>Open action items</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing open. Well done.</source>
        <translation>Nothing open. Well done.</translation>
    </message>
</context>
<context>
    <name>ActionsStep</name>
    <message>
        <location filename="../../qml/Meeting/ActionsStep.qml" line="+14"/>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who does what, and by when. They come back in the next meeting&apos;s look back.</source>
        <translation>Who does what, and by when. They come back in the next meeting&apos;s look back.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No action items yet.</source>
        <translation>No action items yet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add for %1</source>
        <extracomment>Adds an action item owned by the adept; %1 is the adept&apos;s name</extracomment>
        <translation>Add for %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add for me</source>
        <translation>Add for me</translation>
    </message>
</context>
<context>
    <name>AdHocBookingPage</name>
    <message>
        <location filename="../../qml/Meeting/AdHocBookingPage.qml" line="+28"/>
        <location line="+26"/>
        <source>Ad-hoc meeting</source>
        <translation>Ad-hoc meeting</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 needs a sounding board</source>
        <extracomment>%1 is the adept&apos;s name</extracomment>
        <translation>%1 needs a sounding board</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>When and where</source>
        <translation>When and where</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Book the meeting</source>
        <translation>Book the meeting</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. The request is answered; it shows with your meetings.</source>
        <translation>%1. The request is answered; it shows with your meetings.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start the meeting now</source>
        <translation>Start the meeting now</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>AdeptActionsPane</name>
    <message>
        <location filename="../../qml/Mentor/AdeptActionsPane.qml" line="+50"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No action items</source>
        <translation>No action items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you and your mentor agree to do shows up here after a meeting.</source>
        <translation>What you and your mentor agree to do shows up here after a meeting.</translation>
    </message>
</context>
<context>
    <name>AdeptCard</name>
    <message numerus="yes">
        <location filename="../../qml/Mentor/AdeptCard.qml" line="+20"/>
        <source>%n new shared reflection(s)</source>
        <extracomment>Count of reflections the adept shared since the last meeting</extracomment>
        <translation>
            <numerusform>%n new shared reflection</numerusform>
            <numerusform>%n new shared reflections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue action item(s)</source>
        <translation>
            <numerusform>%n overdue action item</numerusform>
            <numerusform>%n overdue action items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n month(s) without a meeting</source>
        <translation>
            <numerusform>%n month without a meeting</numerusform>
            <numerusform>%n months without a meeting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdeptPage</name>
    <message>
        <location filename="../../qml/Mentor/AdeptPage.qml" line="+18"/>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My notes</source>
        <translation>My notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Back to adepts</source>
        <translation>Back to adepts</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Start meeting</source>
        <translation>Start meeting</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Nothing shared yet</source>
        <translation>Nothing shared yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflections your adept chooses to share with you show up here.</source>
        <translation>Reflections your adept chooses to share with you show up here.</translation>
    </message>
</context>
<context>
    <name>AgreementPane</name>
    <message>
        <location filename="../../qml/Mentor/AgreementPane.qml" line="+94"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+71"/>
        <location line="+13"/>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>%1, adept</source>
        <translation>%1, adept</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, mentor</source>
        <translation>%1, mentor</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+108"/>
        <location line="+12"/>
        <source>Confidentiality</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Not written yet.</source>
        <translation>Not written yet.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Edit agreement</source>
        <translation>Edit agreement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>By acknowledging, you say you have read the agreement and will keep to it.</source>
        <translation>By acknowledging, you say you have read the agreement and will keep to it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I acknowledge the agreement</source>
        <translation>I acknowledge the agreement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit the agreement</source>
        <translation>Edit the agreement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the agreement</source>
        <translation>Write the agreement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changing the text asks both of you to acknowledge it again.</source>
        <translation>Changing the text asks both of you to acknowledge it again.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What the adept wants to have achieved when the mentorship ends</source>
        <translation>What the adept wants to have achieved when the mentorship ends</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>What the adept undertakes</source>
        <translation>What the adept undertakes</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>What the mentor undertakes</source>
        <translation>What the mentor undertakes</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save agreement</source>
        <translation>Save agreement</translation>
    </message>
</context>
<context>
    <name>CalendarCard</name>
    <message>
        <location filename="../../qml/Meetings/CalendarCard.qml" line="+13"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the meetings as a calendar file for any calendar app. It holds only the times and the rhythm, no names and no notes.</source>
        <translation>Save the meetings as a calendar file for any calendar app. It holds only the times and the rhythm, no names and no notes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export to calendar</source>
        <translation>Export to calendar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import an invitation</source>
        <translation>Import an invitation</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../qml/Settings/ChangePassphraseDialog.qml" line="+23"/>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+1"/>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Repeat the new passphrase</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A lost passphrase cannot be recovered.</source>
        <translation>A lost passphrase cannot be recovered.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>CoachingStep</name>
    <message>
        <location filename="../../qml/Meeting/CoachingStep.qml" line="+14"/>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>At least %n minutes of pure coaching: listen, ask, let your adept think aloud. Notes can wait.</source>
        <translation>
            <numerusform>At least %n minute of pure coaching: listen, ask, let your adept think aloud. Notes can wait.</numerusform>
            <numerusform>At least %n minutes of pure coaching: listen, ask, let your adept think aloud. Notes can wait.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Coaching time left: %1</source>
        <extracomment>Screen-reader text of the coaching clock</extracomment>
        <translation>Coaching time left: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start the clock when the coaching begins.</source>
        <translation>Start the clock when the coaching begins.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The coaching half hour is done. Go on when you are both ready.</source>
        <translation>The coaching half hour is done. Go on when you are both ready.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clock keeps running if you leave this page or lock the app.</source>
        <translation>The clock keeps running if you leave this page or lock the app.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start coaching</source>
        <translation>Start coaching</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start the clock again</source>
        <translation>Start the clock again</translation>
    </message>
</context>
<context>
    <name>CommentEditor</name>
    <message>
        <location filename="../../qml/Mentor/CommentEditor.qml" line="+14"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DateTimePicker</name>
    <message>
        <location filename="../../qml/Meetings/DateTimePicker.qml" line="+33"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Minute</source>
        <translation>Minute</translation>
    </message>
</context>
<context>
    <name>DeviceList</name>
    <message>
        <location filename="../../src/app/devicelist.cpp" line="+45"/>
        <source>Your journal</source>
        <translation>Your journal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your notes on %1</source>
        <extracomment>%1 is the adept&apos;s name: the mentor&apos;s private notes about them.</extracomment>
        <translation>Your notes on %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shared with %1</source>
        <extracomment>%1 is the other person&apos;s name: what the two of them share.</extracomment>
        <translation>Shared with %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device</source>
        <translation>This device</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your other device</source>
        <translation>Your other device</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s device</source>
        <extracomment>%1 is the other person&apos;s name.</extracomment>
        <translation>%1&apos;s device</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added %1 · %2</source>
        <translation>Added %1 · %2</translation>
    </message>
</context>
<context>
    <name>DeviceRow</name>
    <message>
        <location filename="../../qml/Sync/DeviceRow.qml" line="+51"/>
        <source>Safety number: %1</source>
        <translation>Safety number: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Revoke this device…</source>
        <translation>Revoke this device…</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <location filename="../../qml/Sync/DevicesDialog.qml" line="+47"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Devices and safety numbers</source>
        <translation>Devices and safety numbers</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Only the devices listed under a heading can read what is in it. Compare a device&apos;s safety number with the one its owner&apos;s screen shows for this device: if you do not know a device, or the numbers differ, stop syncing with that person and pair again in person.</source>
        <translation>Only the devices listed under a heading can read what is in it. Compare a device&apos;s safety number with the one its owner&apos;s screen shows for this device: if you do not know a device, or the numbers differ, stop syncing with that person and pair again in person.</translation>
    </message>
</context>
<context>
    <name>DiscardDialog</name>
    <message>
        <location filename="../../qml/Journal/DiscardDialog.qml" line="+18"/>
        <source>Discard your changes?</source>
        <translation>Discard your changes?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you wrote since the last save will be lost.</source>
        <translation>What you wrote since the last save will be lost.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep writing</source>
        <translation>Keep writing</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>EvaluationEditor</name>
    <message>
        <location filename="../../qml/Meeting/EvaluationEditor.qml" line="+21"/>
        <source>How was the meeting? 1 is poor, 5 is very good.</source>
        <translation>How was the meeting? 1 is poor, 5 is very good.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What worked, what could be better</source>
        <translation>What worked, what could be better</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
</context>
<context>
    <name>EvaluationStep</name>
    <message>
        <location filename="../../qml/Meeting/EvaluationStep.qml" line="+10"/>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each of you says how the meeting was. It opens the next look back.</source>
        <translation>Each of you says how the meeting was. It opens the next look back.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>You, the mentor</source>
        <translation>You, the mentor</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../qml/Journal/FilterPanel.qml" line="+15"/>
        <location line="+16"/>
        <source>Focus area</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>All focus areas</source>
        <translation>All focus areas</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+16"/>
        <source>Stakeholder lens</source>
        <translation>Stakeholder lens</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>All lenses</source>
        <translation>All lenses</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Visibility</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../qml/Lock/FirstRunPage.qml" line="+20"/>
        <location line="+11"/>
        <source>Welcome to Bollplank</source>
        <translation>Welcome to Bollplank</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A private journal for your mentorship. Everything stays encrypted on this device.</source>
        <translation>A private journal for your mentorship. Everything stays encrypted on this device.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your role</source>
        <translation>Your role</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adept</source>
        <extracomment>The mentee in a mentorship</extracomment>
        <translation>Adept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I keep a journal between meetings and choose what to share with my mentor.</source>
        <translation>I keep a journal between meetings and choose what to share with my mentor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I follow one or more adepts and read what they share with me.</source>
        <translation>I follow one or more adepts and read what they share with me.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>As your mentor knows you</source>
        <translation>As your mentor knows you</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few words only you know</source>
        <translation>A few words only you know</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>If you lose this passphrase, your journal cannot be recovered. Nobody can reset it: not your mentor, not us. Write it down somewhere safe.</source>
        <translation>If you lose this passphrase, your journal cannot be recovered. Nobody can reset it: not your mentor, not us. Write it down somewhere safe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>I understand that a lost passphrase cannot be recovered</source>
        <translation>I understand that a lost passphrase cannot be recovered</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Create my journal</source>
        <translation>Create my journal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating your encrypted journal…</source>
        <translation>Creating your encrypted journal…</translation>
    </message>
</context>
<context>
    <name>FocusAreaPicker</name>
    <message>
        <location filename="../../qml/Journal/FocusAreaPicker.qml" line="+14"/>
        <source>Focus areas</source>
        <translation>Focus areas</translation>
    </message>
</context>
<context>
    <name>FocusChart</name>
    <message>
        <location filename="../../qml/Mentor/FocusChart.qml" line="+37"/>
        <source>Focus areas over time</source>
        <translation>Focus areas over time</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Hide the text version</source>
        <translation>Hide the text version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show as text</source>
        <translation>Show as text</translation>
    </message>
</context>
<context>
    <name>FocusStep</name>
    <message>
        <location filename="../../qml/Meeting/FocusStep.qml" line="+14"/>
        <source>Focus areas</source>
        <translation>Focus areas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The areas your adept chose for today. Change them if the conversation goes elsewhere; write the minutes under each.</source>
        <translation>The areas your adept chose for today. Change them if the conversation goes elsewhere; write the minutes under each.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What you talked about, what your adept takes with them</source>
        <translation>What you talked about, what your adept takes with them</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The meeting as a whole</source>
        <translation>The meeting as a whole</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anything that belongs to no single area</source>
        <translation>Anything that belongs to no single area</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>HeldMeetingCard</name>
    <message>
        <location filename="../../qml/Mentor/HeldMeetingCard.qml" line="+53"/>
        <source>Evaluations</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 of 5</source>
        <extracomment>An evaluation of a meeting: who, the rating out of 5, and what they wrote</extracomment>
        <translation>%1: %2 of 5</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How was this meeting for you?</source>
        <translation>How was this meeting for you?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>1 poor</source>
        <extracomment>A rating from 1 (poor) to 5 (very good)</extracomment>
        <translation>1 poor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5 very good</source>
        <translation>5 very good</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What was good, what could be better? (optional)</source>
        <translation>What was good, what could be better? (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your evaluation</source>
        <translation>Your evaluation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save evaluation</source>
        <translation>Save evaluation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change my evaluation</source>
        <translation>Change my evaluation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evaluate the meeting</source>
        <translation>Evaluate the meeting</translation>
    </message>
</context>
<context>
    <name>JournalList</name>
    <message>
        <location filename="../../qml/Journal/JournalList.qml" line="+40"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New reflection</source>
        <translation>New reflection</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <source>Search the journal</source>
        <translation>Search the journal</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n matching reflection(s)</source>
        <translation>
            <numerusform>%n matching reflection</numerusform>
            <numerusform>%n matching reflections</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reflections</source>
        <translation>Reflections</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing matches</source>
        <translation>Nothing matches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No reflections yet</source>
        <translation>No reflections yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try other words or clear the filters.</source>
        <translation>Try other words or clear the filters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap + to write your first one.</source>
        <translation>Tap + to write your first one.</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../qml/Journal/JournalPage.qml" line="+22"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Choose a reflection to read it</source>
        <translation>Choose a reflection to read it</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your journal is empty</source>
        <translation>Your journal is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down what happened, how it felt and what you want to bring up with your mentor.</source>
        <translation>Write down what happened, how it felt and what you want to bring up with your mentor.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/app/labels.cpp" line="+15"/>
        <source>Customers</source>
        <extracomment>Stakeholder lens on a reflection</extracomment>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Employees</source>
        <extracomment>Stakeholder lens on a reflection</extracomment>
        <translation>Employees</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partners</source>
        <extracomment>Stakeholder lens on a reflection</extracomment>
        <translation>Partners</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owners</source>
        <extracomment>Stakeholder lens on a reflection</extracomment>
        <translation>Owners</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Board</source>
        <extracomment>Stakeholder lens on a reflection (the company&apos;s board of directors)</extracomment>
        <translation>Board</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When it suits</source>
        <extracomment>Urgency of a request for an ad-hoc meeting</extracomment>
        <translation>When it suits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Within a week</source>
        <extracomment>Urgency of a request for an ad-hoc meeting</extracomment>
        <translation>Within a week</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As soon as possible</source>
        <extracomment>Urgency of a request for an ad-hoc meeting</extracomment>
        <translation>As soon as possible</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mentor</source>
        <extracomment>Who owns an action item</extracomment>
        <translation>Mentor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Week %1</source>
        <extracomment>ISO week number of a date, e.g. &quot;Week 16&quot;</extracomment>
        <translation>Week %1</translation>
    </message>
</context>
<context>
    <name>LeaveMeetingDialog</name>
    <message>
        <location filename="../../qml/Meeting/LeaveMeetingDialog.qml" line="+23"/>
        <source>Leave the meeting?</source>
        <translation>Leave the meeting?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it as a draft to resume later: nothing is lost, the coaching clock keeps running. Or discard it: nothing of it is saved.</source>
        <translation>Keep it as a draft to resume later: nothing is lost, the coaching clock keeps running. Or discard it: nothing of it is saved.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Keep as draft</source>
        <translation>Keep as draft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
</context>
<context>
    <name>LookBackStep</name>
    <message>
        <location filename="../../qml/Meeting/LookBackStep.qml" line="+16"/>
        <source>Look back</source>
        <translation>Look back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the first meeting: there is nothing to look back on yet.</source>
        <translation>This is the first meeting: there is nothing to look back on yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last meeting, an ad-hoc one, was held on %1.</source>
        <extracomment>%1 is the date of the last meeting, e.g. &quot;Tuesday 14 April 2026&quot;</extracomment>
        <translation>The last meeting, an ad-hoc one, was held on %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last meeting was held on %1.</source>
        <extracomment>%1 is the date of the last meeting, e.g. &quot;Tuesday 14 April 2026&quot;</extracomment>
        <translation>The last meeting was held on %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Minutes of the last meeting</source>
        <translation>Minutes of the last meeting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No minutes were written.</source>
        <translation>No minutes were written.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>How it was evaluated</source>
        <translation>How it was evaluated</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 of 5</source>
        <extracomment>An earlier evaluation: who, and the rating, e.g. &quot;Karin: 4 of 5&quot;</extracomment>
        <translation>%1: %2 of 5</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open action items</source>
        <translation>Open action items</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing open.</source>
        <translation>Nothing open.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Shared since</source>
        <translation>Shared since</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was shared since the last meeting.</source>
        <translation>Nothing was shared since the last meeting.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>and %n more</source>
        <extracomment>More shared reflections than the look back shows</extracomment>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingHistoryPane</name>
    <message>
        <location filename="../../qml/Mentor/MeetingHistoryPane.qml" line="+70"/>
        <source>No meetings yet</source>
        <translation>No meetings yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book the first meeting from meeting mode.</source>
        <translation>Book the first meeting from meeting mode.</translation>
    </message>
</context>
<context>
    <name>MeetingModePage</name>
    <message>
        <location filename="../../qml/Meeting/MeetingModePage.qml" line="+31"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Leave the meeting</source>
        <translation>Leave the meeting</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ad-hoc meeting with %1</source>
        <extracomment>Title of meeting mode; %1 is the adept&apos;s name</extracomment>
        <translation>Ad-hoc meeting with %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting with %1</source>
        <extracomment>Title of meeting mode; %1 is the adept&apos;s name</extracomment>
        <translation>Meeting with %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Resumed from the draft: everything written so far is here.</source>
        <translation>Resumed from the draft: everything written so far is here.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End meeting</source>
        <translation>End meeting</translation>
    </message>
</context>
<context>
    <name>MeetingPrepPage</name>
    <message>
        <location filename="../../qml/MeetingPrep/MeetingPrepPage.qml" line="+18"/>
        <source>Next meeting</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before the next meeting</source>
        <translation>Before the next meeting</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No mentorship yet</source>
        <translation>No mentorship yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you and your mentor have connected, your meetings and action items show up here.</source>
        <translation>When you and your mentor have connected, your meetings and action items show up here.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>What do you want to talk about?</source>
        <translation>What do you want to talk about?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the focus areas for this meeting. Your mentor sees your choice.</source>
        <translation>Choose the focus areas for this meeting. Your mentor sees your choice.</translation>
    </message>
</context>
<context>
    <name>MeetingTimeFields</name>
    <message>
        <location filename="../../qml/Meeting/MeetingTimeFields.qml" line="+27"/>
        <location line="+8"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>HH:MM</source>
        <extracomment>Placeholder of a time field: the format to type</extracomment>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>%n hour(s)</source>
        <extracomment>A meeting&apos;s length in whole hours</extracomment>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 hours</source>
        <extracomment>A meeting&apos;s length in hours, e.g. &quot;2.5 hours&quot; / &quot;2,5 timmar&quot;</extracomment>
        <translation>%1 hours</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>A quiet place away from work</source>
        <translation>A quiet place away from work</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../qml/Meetings/MeetingsPage.qml" line="+31"/>
        <location line="+15"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meetings with %1</source>
        <translation>Meetings with %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Adept</source>
        <translation>Adept</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No mentorship yet</source>
        <translation>No mentorship yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the mentorship has started, its meeting rhythm and the next meetings show up here.</source>
        <translation>When the mentorship has started, its meeting rhythm and the next meetings show up here.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Next meetings</source>
        <translation>Next meetings</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rhythm gives no more meetings.</source>
        <translation>The rhythm gives no more meetings.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set a rhythm to see the next meetings.</source>
        <translation>Set a rhythm to see the next meetings.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Booked meetings</source>
        <translation>Booked meetings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No single meetings booked ahead.</source>
        <translation>No single meetings booked ahead.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Held meetings</source>
        <translation>Held meetings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No meetings held yet.</source>
        <translation>No meetings held yet.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Export the meetings</source>
        <translation>Export the meetings</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Import a meeting invitation</source>
        <translation>Import a meeting invitation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>MentorHomePage</name>
    <message>
        <location filename="../../qml/Shell/MentorHomePage.qml" line="+30"/>
        <location line="+124"/>
        <source>Adepts</source>
        <translation>Adepts</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Your adepts</source>
        <translation>Your adepts</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New mentorship</source>
        <translation>New mentorship</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No adepts yet</source>
        <translation>No adepts yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a mentorship to write its agreement. What your adept shares and your notes about them show up here.</source>
        <translation>Start a mentorship to write its agreement. What your adept shares and your notes about them show up here.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Asking for a meeting</source>
        <translation>Asking for a meeting</translation>
    </message>
</context>
<context>
    <name>MentorshipPage</name>
    <message>
        <location filename="../../qml/Mentor/MentorshipPage.qml" line="+15"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <source>Mentorship</source>
        <translation>Mentorship</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>With %1 · %2</source>
        <extracomment>%1 is the mentor&apos;s name, %2 a progress text like &quot;Month 14 of 18&quot;</extracomment>
        <translation>With %1 · %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No mentorship yet</source>
        <translation>No mentorship yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up your mentorship to write its agreement with your mentor. Minutes and action items from your meetings show up here.</source>
        <translation>Set up your mentorship to write its agreement with your mentor. Minutes and action items from your meetings show up here.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set up the mentorship</source>
        <translation>Set up the mentorship</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No meetings held yet</source>
        <translation>No meetings held yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The minutes of each meeting show up here afterwards.</source>
        <translation>The minutes of each meeting show up here afterwards.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../qml/Meetings/MoveDialog.qml" line="+28"/>
        <source>Move the meeting</source>
        <translation>Move the meeting</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Planned for %1, %2</source>
        <translation>Planned for %1, %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Keep as it was</source>
        <translation>Keep as it was</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move</source>
        <translation>Move</translation>
    </message>
</context>
<context>
    <name>NewMentorshipDialog</name>
    <message>
        <location filename="../../qml/Mentor/NewMentorshipDialog.qml" line="+25"/>
        <source>New mentorship</source>
        <translation>New mentorship</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+10"/>
        <source>Adept&apos;s name</source>
        <translation>Adept&apos;s name</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>Your mentor&apos;s name</source>
        <translation>Your mentor&apos;s name</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>YYYY-MM-DD</source>
        <extracomment>Format hint for the start date</extracomment>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Planned length in months</source>
        <translation>Planned length in months</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least 18 months is recommended: development takes time.</source>
        <translation>At least 18 months is recommended: development takes time.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <source>Formal meetings</source>
        <translation>Formal meetings</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>NextMeetingCard</name>
    <message>
        <location filename="../../qml/MeetingPrep/NextMeetingCard.qml" line="+12"/>
        <source>Next meeting</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No meeting is booked yet. Agree on a date with your mentor.</source>
        <translation>No meeting is booked yet. Agree on a date with your mentor.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Place: %1</source>
        <extracomment>Where the meeting is, e.g. &quot;Place: Hotel Eggers&quot;</extracomment>
        <translation>Place: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>With %1</source>
        <extracomment>e.g. &quot;With Anders Berg&quot;</extracomment>
        <translation>With %1</translation>
    </message>
</context>
<context>
    <name>NextMeetingStep</name>
    <message>
        <location filename="../../qml/Meeting/NextMeetingStep.qml" line="+12"/>
        <source>Next meeting</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next meeting is already booked. Change it here if you agreed on something else.</source>
        <translation>The next meeting is already booked. Change it here if you agreed on something else.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book the next meeting while you are both here. Ending the meeting saves everything at once.</source>
        <translation>Book the next meeting while you are both here. Ending the meeting saves everything at once.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the next meeting</source>
        <translation>Change the next meeting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Book the next meeting</source>
        <translation>Book the next meeting</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <location filename="../../qml/Mentor/NotesPane.qml" line="+47"/>
        <source>Private: only you see these notes. They are never shared with your adept.</source>
        <translation>Private: only you see these notes. They are never shared with your adept.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A private note about your adept</source>
        <translation>A private note about your adept</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No notes yet.</source>
        <translation>No notes yet.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete note</source>
        <translation>Delete note</translation>
    </message>
</context>
<context>
    <name>OccurrenceRow</name>
    <message>
        <location filename="../../qml/Meetings/OccurrenceRow.qml" line="+55"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the meeting of %1</source>
        <translation>Move the meeting of %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel meeting</source>
        <translation>Cancel meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the meeting of %1</source>
        <translation>Cancel the meeting of %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo move</source>
        <translation>Undo move</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <location filename="../../qml/Sync/PairingDialog.qml" line="+66"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link your other device</source>
        <translation>Link your other device</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pair with your adept</source>
        <translation>Pair with your adept</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pair with your mentor</source>
        <translation>Pair with your mentor</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Have both devices at hand. One shows a code, the other enters it. Then both show the same safety number, which you compare.</source>
        <translation>Have both devices at hand. One shows a code, the other enters it. Then both show the same safety number, which you compare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meet in person. This device shows a code that your adept enters in the app. Then both screens show the same safety number, which you read aloud to each other.</source>
        <translation>Meet in person. This device shows a code that your adept enters in the app. Then both screens show the same safety number, which you read aloud to each other.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+15"/>
        <source>Which adept is this code for?</source>
        <translation>Which adept is this code for?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the sync server&apos;s address in Settings, or turn on direct sync on this network, first.</source>
        <translation>Enter the sync server&apos;s address in Settings, or turn on direct sync on this network, first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the sync server&apos;s address in Settings first.</source>
        <translation>Enter the sync server&apos;s address in Settings first.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show a pairing code</source>
        <translation>Show a pairing code</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter a code from the other device</source>
        <translation>Enter a code from the other device</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On your other device, choose &quot;Link your other device&quot; and &quot;Show a pairing code&quot;. Copy its code and paste it here.</source>
        <translation>On your other device, choose &quot;Link your other device&quot; and &quot;Show a pairing code&quot;. Copy its code and paste it here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your mentor shows a pairing code. Paste or type it here; spaces and line breaks do not matter.</source>
        <translation>Your mentor shows a pairing code. Paste or type it here; spaces and line breaks do not matter.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+46"/>
        <source>Pairing code</source>
        <translation>Pairing code</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Let the other device scan this code, or copy the text below to it. The code works once and for 15 minutes.</source>
        <translation>Let the other device scan this code, or copy the text below to it. The code works once and for 15 minutes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the same network as this device, it syncs with this device directly.</source>
        <translation>On the same network as this device, it syncs with this device directly.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pairing code as a QR code</source>
        <translation>Pairing code as a QR code</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Copy code</source>
        <translation>Copy code</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied. The clipboard is cleared in a minute, or when the journal locks.</source>
        <translation>Copied. The clipboard is cleared in a minute, or when the journal locks.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Waiting for the other device to enter the code…</source>
        <translation>Waiting for the other device to enter the code…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the number aloud. When it matches, the other device confirms, and this one finishes by itself.</source>
        <translation>Compare the number aloud. When it matches, the other device confirms, and this one finishes by itself.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Safety number</source>
        <translation>Safety number</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read the number aloud, group by group. Both screens must show exactly the same digits. If one differs, someone else may have entered the code: do not pair.</source>
        <translation>Read the number aloud, group by group. Both screens must show exactly the same digits. If one differs, someone else may have entered the code: do not pair.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The numbers match</source>
        <translation>The numbers match</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The numbers differ</source>
        <translation>The numbers differ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Linked. Both devices now sync your notes.</source>
        <translation>Linked. Both devices now sync your notes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paired. Shared notes now sync between you, end-to-end encrypted.</source>
        <translation>Paired. Shared notes now sync between you, end-to-end encrypted.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../qml/Components/PassphraseField.qml" line="+36"/>
        <source>Hide passphrase</source>
        <extracomment>Button beside a passphrase field</extracomment>
        <translation>Hide passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show passphrase</source>
        <extracomment>Button beside a passphrase field</extracomment>
        <translation>Show passphrase</translation>
    </message>
</context>
<context>
    <name>ProgressPane</name>
    <message>
        <location filename="../../qml/Mentor/ProgressPane.qml" line="+43"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Focus areas over time</source>
        <translation>Focus areas over time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reflections and meetings that took up each area, month by month.</source>
        <translation>Reflections and meetings that took up each area, month by month.</translation>
    </message>
</context>
<context>
    <name>RatingPicker</name>
    <message>
        <location filename="../../qml/Meeting/RatingPicker.qml" line="+34"/>
        <source>%1 of 5</source>
        <extracomment>Screen-reader name of a rating button, e.g. &quot;4 of 5&quot;</extracomment>
        <translation>%1 of 5</translation>
    </message>
</context>
<context>
    <name>ReflectionDelegate</name>
    <message>
        <location filename="../../qml/Journal/ReflectionDelegate.qml" line="+31"/>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Lens: %1</source>
        <extracomment>Stakeholder lens shown on a list entry, e.g. &quot;Lens: Board&quot;</extracomment>
        <translation>Lens: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stress %1/5</source>
        <extracomment>Stress level shown on a list entry, e.g. &quot;Stress 4/5&quot;</extracomment>
        <translation>Stress %1/5</translation>
    </message>
</context>
<context>
    <name>ReflectionEditorPage</name>
    <message>
        <location filename="../../qml/Journal/ReflectionEditorPage.qml" line="+115"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit reflection</source>
        <translation>Edit reflection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New reflection</source>
        <translation>New reflection</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Your unsaved text from last time is back.</source>
        <translation>Your unsaved text from last time is back.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write</source>
        <translation>Write</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What happened, and how did it feel?</source>
        <translation>What happened, and how did it feel?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflection text</source>
        <translation>Reflection text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown: *italic*, **bold**, - lists, # headings</source>
        <translation>Markdown: *italic*, **bold**, - lists, # headings</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tip: *italic*, **bold**, - lists and # headings are shown formatted when you read.</source>
        <translation>Tip: *italic*, **bold**, - lists and # headings are shown formatted when you read.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Stakeholder lens (optional)</source>
        <translation>Stakeholder lens (optional)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No particular lens</source>
        <translation>No particular lens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stakeholder lens</source>
        <translation>Stakeholder lens</translation>
    </message>
</context>
<context>
    <name>ReflectionPage</name>
    <message>
        <location filename="../../qml/Journal/ReflectionPage.qml" line="+56"/>
        <source>Back to the journal</source>
        <translation>Back to the journal</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Lens: %1</source>
        <translation>Lens: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stress %1/5</source>
        <translation>Stress %1/5</translation>
    </message>
</context>
<context>
    <name>ReflectionReview</name>
    <message>
        <location filename="../../qml/Mentor/ReflectionReview.qml" line="+74"/>
        <source>Your comment, %1</source>
        <extracomment>Above a comment the mentor wrote; %1 is a date</extracomment>
        <translation>Your comment, %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit comment</source>
        <translation>Edit comment</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete comment</source>
        <translation>Delete comment</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your comment. Your adept sees it.</source>
        <translation>Your comment. Your adept sees it.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>RememberOption</name>
    <message>
        <location filename="../../qml/Lock/RememberOption.qml" line="+21"/>
        <source>Remember on this device</source>
        <translation>Remember on this device</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A key that opens the journal (not your passphrase) is kept in this computer&apos;s key store. Anyone who can sign in to your account here can open the journal without typing the passphrase.</source>
        <translation>A key that opens the journal (not your passphrase) is kept in this computer&apos;s key store. Anyone who can sign in to your account here can open the journal without typing the passphrase.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device has no secure key store, so you will type your passphrase each time.</source>
        <translation>This device has no secure key store, so you will type your passphrase each time.</translation>
    </message>
</context>
<context>
    <name>RequestCard</name>
    <message>
        <location filename="../../qml/Mentor/RequestCard.qml" line="+16"/>
        <source>%1 asks for a meeting: %2. %3</source>
        <extracomment>Screen-reader name of a request card: who, how urgent, why</extracomment>
        <translation>%1 asks for a meeting: %2. %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 needs a sounding board</source>
        <extracomment>A request for an ad-hoc meeting; %1 is the adept&apos;s name</extracomment>
        <translation>%1 needs a sounding board</translation>
    </message>
</context>
<context>
    <name>RevokeDeviceDialog</name>
    <message>
        <location filename="../../qml/Sync/RevokeDeviceDialog.qml" line="+29"/>
        <source>Revoke this device?</source>
        <translation>Revoke this device?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From now on, nothing written on your devices or shared with you reaches that device: everything it could read moves to new keys that only your remaining devices get. The next time it connects, it erases what it holds, if it still runs Bollplank as published. A device that never connects again, or runs a modified app, keeps what it already received, and what it showed stays read. To use it again later, link it again and compare the new safety number.</source>
        <translation>From now on, nothing written on your devices or shared with you reaches that device: everything it could read moves to new keys that only your remaining devices get. The next time it connects, it erases what it holds, if it still runs Bollplank as published. A device that never connects again, or runs a modified app, keeps what it already received, and what it showed stays read. To use it again later, link it again and compare the new safety number.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
</context>
<context>
    <name>RhythmCard</name>
    <message>
        <location filename="../../qml/Meetings/RhythmCard.qml" line="+13"/>
        <source>Rhythm</source>
        <translation>Rhythm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No rhythm yet. Set one, and the next meetings follow from it.</source>
        <translation>No rhythm yet. Set one, and the next meetings follow from it.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change rhythm</source>
        <translation>Change rhythm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set the rhythm</source>
        <translation>Set the rhythm</translation>
    </message>
</context>
<context>
    <name>RhythmDialog</name>
    <message>
        <location filename="../../qml/Meetings/RhythmDialog.qml" line="+54"/>
        <source>Meeting rhythm</source>
        <translation>Meeting rhythm</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+16"/>
        <source>How often</source>
        <translation>How often</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>On a weekday each month</source>
        <translation>On a weekday each month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every few weeks</source>
        <translation>Every few weeks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rule as written (iCalendar)</source>
        <translation>A rule as written (iCalendar)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Which one in the month</source>
        <translation>Which one in the month</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Every week</numerusform>
            <numerusform>Every %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many weeks apart</source>
        <translation>How many weeks apart</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first meeting is on the date below; the rule gives the rest.</source>
        <translation>The first meeting is on the date below; the rule gives the rest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first meeting is the first day on or after the date below that fits.</source>
        <translation>The first meeting is the first day on or after the date below that fits.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+12"/>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save rhythm</source>
        <translation>Save rhythm</translation>
    </message>
</context>
<context>
    <name>RhythmText</name>
    <message>
        <location filename="../../src/app/meetingsrule.cpp" line="+148"/>
        <source>first</source>
        <translation>first</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>second</source>
        <translation>second</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>third</source>
        <translation>third</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fourth</source>
        <translation>fourth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last</source>
        <translation>last</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The %1 %2 of every month at %3</source>
        <extracomment>e.g. &quot;The first Tuesday of every month at 14:00&quot;; %1 ordinal, %2 weekday, %3 time</extracomment>
        <translation>The %1 %2 of every month at %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Every %n week(s) on %1 at %2</source>
        <extracomment>e.g. &quot;Every 4 weeks on Thursday at 14:00&quot;; %1 weekday, %2 time</extracomment>
        <translation>
            <numerusform>Every week on %1 at %2</numerusform>
            <numerusform>Every %n weeks on %1 at %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By the rule %1, at %2</source>
        <extracomment>A rule the editor has no words for, shown as written; %1 rule, %2 time</extracomment>
        <translation>By the rule %1, at %2</translation>
    </message>
</context>
<context>
    <name>SafetyNumberView</name>
    <message>
        <location filename="../../qml/Sync/SafetyNumberView.qml" line="+16"/>
        <source>Safety number: %1</source>
        <translation>Safety number: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/Settings/SettingsPage.qml" line="+15"/>
        <location line="+9"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock after this long without use</source>
        <translation>Lock after this long without use</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal also locks when the app goes to the background.</source>
        <translation>The journal also locks when the app goes to the background.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop remembering the journal on this device</source>
        <translation>Stop remembering the journal on this device</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lock now</source>
        <translation>Lock now</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders show only the time and the kind of reminder, never anything you have written.</source>
        <translation>Reminders show only the time and the kind of reminder, never anything you have written.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meeting: the day before</source>
        <translation>Meeting: the day before</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meeting: an hour before</source>
        <translation>Meeting: an hour before</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prepare for the meeting</source>
        <translation>Prepare for the meeting</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) before: read what your adept has shared.</source>
        <translation>
            <numerusform>%n day before: read what your adept has shared.</numerusform>
            <numerusform>%n days before: read what your adept has shared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) before: choose focus areas and share reflections.</source>
        <translation>
            <numerusform>%n day before: choose focus areas and share reflections.</numerusform>
            <numerusform>%n days before: choose focus areas and share reflections.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A nudge to reflect between meetings</source>
        <translation>A nudge to reflect between meetings</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No next meeting booked with an adept</source>
        <translation>No next meeting booked with an adept</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An adept asks for an extra meeting</source>
        <translation>An adept asks for an extra meeting</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quiet hours</source>
        <translation>Quiet hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reminders show then; they wait until the quiet hours end.</source>
        <translation>No reminders show then; they wait until the quiet hours end.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discreet</source>
        <translation>Discreet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out the adept&apos;s name and the place: only &quot;Mentorship meeting&quot; and the time.</source>
        <translation>Leave out the adept&apos;s name and the place: only &quot;Mentorship meeting&quot; and the time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out your mentor&apos;s name and the place: only &quot;Mentorship meeting&quot; and the time.</source>
        <translation>Leave out your mentor&apos;s name and the place: only &quot;Mentorship meeting&quot; and the time.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
</context>
<context>
    <name>SharedSinceCard</name>
    <message>
        <location filename="../../qml/MeetingPrep/SharedSinceCard.qml" line="+13"/>
        <source>Shared since the last meeting</source>
        <translation>Shared since the last meeting</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing shared yet. Open a reflection and switch it to shared if you want your mentor to read it before you meet.</source>
        <translation>Nothing shared yet. Open a reflection and switch it to shared if you want your mentor to read it before you meet.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SoundingBoardCard</name>
    <message>
        <location filename="../../qml/MeetingPrep/SoundingBoardCard.qml" line="+12"/>
        <source>Between meetings</source>
        <translation>Between meetings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sometimes everything piles up at once. Ask your mentor for an extra meeting.</source>
        <translation>Sometimes everything piles up at once. Ask your mentor for an extra meeting.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I need a sounding board</source>
        <translation>I need a sounding board</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Requested %1 (%2): %3</source>
        <extracomment>An open request: date, urgency, reason</extracomment>
        <translation>Requested %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>SoundingBoardDialog</name>
    <message>
        <location filename="../../qml/MeetingPrep/SoundingBoardDialog.qml" line="+19"/>
        <source>I need a sounding board</source>
        <translation>I need a sounding board</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+14"/>
        <source>How soon?</source>
        <translation>How soon?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In a sentence or two, what is it about?</source>
        <translation>In a sentence or two, what is it about?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only your mentor sees this.</source>
        <translation>Only your mentor sees this.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send request</source>
        <translation>Send request</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../../qml/Meeting/StepBar.qml" line="+15"/>
        <source>Look back</source>
        <translation>Look back</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Focus areas</source>
        <translation>Focus areas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next meeting</source>
        <translation>Next meeting</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../qml/Components/StrengthMeter.qml" line="+16"/>
        <source>Very weak</source>
        <extracomment>Passphrase strength</extracomment>
        <translation>Very weak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak</source>
        <extracomment>Passphrase strength</extracomment>
        <translation>Weak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair</source>
        <extracomment>Passphrase strength</extracomment>
        <translation>Fair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strong</source>
        <extracomment>Passphrase strength</extracomment>
        <translation>Strong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Very strong</source>
        <extracomment>Passphrase strength</extracomment>
        <translation>Very strong</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Strength: %1</source>
        <translation>Strength: %1</translation>
    </message>
</context>
<context>
    <name>StressPicker</name>
    <message>
        <location filename="../../qml/Journal/StressPicker.qml" line="+18"/>
        <source>Stress level (optional)</source>
        <translation>Stress level (optional)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stress level %1 of 5</source>
        <translation>Stress level %1 of 5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 is calm, 5 is very stressed. Tap again to leave it out.</source>
        <translation>1 is calm, 5 is very stressed. Tap again to leave it out.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../src/app/syncerrors.cpp" line="+11"/>
        <source>The sync server cannot be reached. Check the internet connection and the server address, then try again.</source>
        <translation>The sync server cannot be reached. Check the internet connection and the server address, then try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This pairing code does not work: it has expired, was already used, or is incomplete. Ask for a new code.</source>
        <translation>This pairing code does not work: it has expired, was already used, or is incomplete. Ask for a new code.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This device is not paired (any more). Pair again to sync.</source>
        <translation>This device is not paired (any more). Pair again to sync.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sync server did not accept this device. Pair again to sync.</source>
        <translation>The sync server did not accept this device. Pair again to sync.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sync server refused the request. Try again later.</source>
        <translation>The sync server refused the request. Try again later.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something that arrived had been altered on the way and was not accepted. Your notes are unchanged.</source>
        <translation>Something that arrived had been altered on the way and was not accepted. Your notes are unchanged.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other side uses a version of Bollplank this one does not understand. Update the app on both devices.</source>
        <translation>The other side uses a version of Bollplank this one does not understand. Update the app on both devices.</translation>
    </message>
</context>
<context>
    <name>SyncProgressView</name>
    <message>
        <location filename="../../qml/Sync/SyncProgressView.qml" line="+23"/>
        <source>Changes received: %1</source>
        <translation>Changes received: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops the sync; what arrived is kept and the next sync goes on from here</source>
        <translation>Stops the sync; what arrived is kept and the next sync goes on from here</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <location filename="../../qml/Sync/SyncSection.qml" line="+39"/>
        <source>Sync server</source>
        <translation>Sync server</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sync server address</source>
        <translation>Sync server address</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync directly on this network</source>
        <translation>Sync directly on this network</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Direct sync address</source>
        <translation>Direct sync address</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your adept&apos;s device reaches this one at the address above while this profile is unlocked. Pairing codes you show now carry it. Meanwhile this device syncs only this way, not through the sync server.</source>
        <translation>Your adept&apos;s device reaches this one at the address above while this profile is unlocked. Pairing codes you show now carry it. Meanwhile this device syncs only this way, not through the sync server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For when you and your adept are on the same Wi-Fi: your devices sync with each other, with no sync server. Notes travel end-to-end encrypted.</source>
        <translation>For when you and your adept are on the same Wi-Fi: your devices sync with each other, with no sync server. Notes travel end-to-end encrypted.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>I have read this</source>
        <translation>I have read this</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pair with your adept</source>
        <translation>Pair with your adept</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pair with your mentor</source>
        <translation>Pair with your mentor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link your other device</source>
        <translation>Link your other device</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Devices and safety numbers</source>
        <translation>Devices and safety numbers</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop syncing with %1…</source>
        <translation>Stop syncing with %1…</translation>
    </message>
</context>
<context>
    <name>SyncWarnings</name>
    <message numerus="yes">
        <location filename="../../src/app/syncwarnings.cpp" line="+19"/>
        <source>The sync server is holding back %n change(s) from your other device. They show here once they arrive.</source>
        <translation>
            <numerusform>The sync server is holding back %n change from your other device. It shows here once it arrives.</numerusform>
            <numerusform>The sync server is holding back %n changes from your other device. They show here once they arrive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The sync server is holding back %n change(s) from the other person&apos;s device. They show here once they arrive.</source>
        <translation>
            <numerusform>The sync server is holding back %n change from the other person&apos;s device. It shows here once it arrives.</numerusform>
            <numerusform>The sync server is holding back %n changes from the other person&apos;s device. They show here once they arrive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) arrived with a history that contradicts what was received before and were refused. Sync again; if this stays, tell the other person.</source>
        <translation>
            <numerusform>%n change arrived with a history that contradicts what was received before and was refused. Sync again; if this stays, tell the other person.</numerusform>
            <numerusform>%n changes arrived with a history that contradicts what was received before and were refused. Sync again; if this stays, tell the other person.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new device of yours joined. If you did not link it, revoke it in Settings → Sync → Devices and safety numbers.</source>
        <translation>A new device of yours joined. If you did not link it, revoke it in Settings → Sync → Devices and safety numbers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The other person added a new device. Compare its safety number with them when you next meet (Settings → Sync → Devices and safety numbers).</source>
        <translation>The other person added a new device. Compare its safety number with them when you next meet (Settings → Sync → Devices and safety numbers).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Another of your devices revoked this one: it receives nothing written from now on, and it erased the %n record(s) it held only for that.</source>
        <translation>
            <numerusform>Another of your devices revoked this one: it receives nothing written from now on, and it erased the %n record it held only for that.</numerusform>
            <numerusform>Another of your devices revoked this one: it receives nothing written from now on, and it erased the %n records it held only for that.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A device was revoked: it receives nothing written from now on. The next time it connects, it erases what it holds; what it already showed stays read.</source>
        <translation>A device was revoked: it receives nothing written from now on. The next time it connects, it erases what it holds; what it already showed stays read.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The other person stopped syncing with you: nothing more travels between you. As they asked, %n record(s) they wrote were erased from this device; what you wrote stays.</source>
        <translation>
            <numerusform>The other person stopped syncing with you: nothing more travels between you. As they asked, %n record they wrote was erased from this device; what you wrote stays.</numerusform>
            <numerusform>The other person stopped syncing with you: nothing more travels between you. As they asked, %n records they wrote were erased from this device; what you wrote stays.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The other person stopped syncing with you: nothing more travels between you. What you both already have stays.</source>
        <translation>The other person stopped syncing with you: nothing more travels between you. What you both already have stays.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../qml/Lock/UnlockPage.qml" line="+14"/>
        <location line="+74"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Your journal is locked</source>
        <translation>Your journal is locked</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unlock with this device&apos;s key store</source>
        <translation>Unlock with this device&apos;s key store</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
</context>
<context>
    <name>UnlockedShell</name>
    <message>
        <location filename="../../qml/Shell/UnlockedShell.qml" line="+23"/>
        <source>Adepts</source>
        <translation>Adepts</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next meeting</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentorship</source>
        <translation>Mentorship</translation>
    </message>
    <message>
        <location line="+113"/>
        <location line="+63"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reflection deleted</source>
        <translation>Reflection deleted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>UnpairDialog</name>
    <message>
        <location filename="../../qml/Sync/UnpairDialog.qml" line="+30"/>
        <source>Stop syncing with %1?</source>
        <translation>Stop syncing with %1?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From now on, nothing you write reaches %1&apos;s devices: your shared space moves to a new key that only your own devices get. The next time %1&apos;s devices connect, they erase what you wrote there; what %1 wrote and what you planned together stay with %1. A device that never connects again, or runs a modified app, keeps what it received, and what %1 already read stays read. Nothing is deleted on this device. To share with %1 again, pair again and compare the new safety number.</source>
        <extracomment>%1 is the other person&apos;s name. Says exactly what unpairing does and does not do.</extracomment>
        <translation>From now on, nothing you write reaches %1&apos;s devices: your shared space moves to a new key that only your own devices get. The next time %1&apos;s devices connect, they erase what you wrote there; what %1 wrote and what you planned together stay with %1. A device that never connects again, or runs a modified app, keeps what it received, and what %1 already read stays read. Nothing is deleted on this device. To share with %1 again, pair again and compare the new safety number.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stop syncing</source>
        <translation>Stop syncing</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep syncing</source>
        <translation>Keep syncing</translation>
    </message>
</context>
<context>
    <name>VisibilityBadge</name>
    <message>
        <location filename="../../qml/Components/VisibilityBadge.qml" line="+35"/>
        <source>Shared</source>
        <extracomment>Badge on a reflection the mentor can read</extracomment>
        <translation>Shared</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private</source>
        <extracomment>Badge on a reflection only the adept can read</extracomment>
        <translation>Private</translation>
    </message>
</context>
<context>
    <name>VisibilitySwitch</name>
    <message>
        <location filename="../../qml/Journal/VisibilitySwitch.qml" line="+36"/>
        <source>Shared with your mentor</source>
        <translation>Shared with your mentor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private: only you can read this</source>
        <translation>Private: only you can read this</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your mentor can read it. Making it private again removes it from what they see, but what they already read, they read.</source>
        <translation>Your mentor can read it. Making it private again removes it from what they see, but what they already read, they read.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your mentor cannot see it until you share it.</source>
        <translation>Your mentor cannot see it until you share it.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Share with my mentor</source>
        <translation>Share with my mentor</translation>
    </message>
</context>
<context>
    <name>bollplank::AdeptReview</name>
    <message>
        <location filename="../../src/app/adeptreview.cpp" line="+35"/>
        <source>Booked</source>
        <extracomment>Status of a meeting</extracomment>
        <translation>Booked</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held</source>
        <extracomment>Status of a meeting</extracomment>
        <translation>Held</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <extracomment>Status of a meeting</extracomment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Month %1 of %2</source>
        <translation>Month %1 of %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 planned meetings held</source>
        <extracomment>Meetings held so far against what the cadence planned up to today</extracomment>
        <translation>%1 of %2 planned meetings held</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last meeting %1</source>
        <translation>Last meeting %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meeting held yet</source>
        <translation>No meeting held yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started %1</source>
        <translation>Started %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned to end in %1</source>
        <translation>Planned to end in %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Ad-hoc</source>
        <extracomment>Kind of meeting: a monthly one or one asked for in between</extracomment>
        <translation>Ad-hoc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This adept&apos;s page could not be read.</source>
        <translation>This adept&apos;s page could not be read.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No focus areas chosen yet.</source>
        <extracomment>Summary of the focus-area chart; %1 is a list like &quot;Leadership (12), Staff matters (4)&quot;</extracomment>
        <translation>No focus areas chosen yet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Most often: %1.</source>
        <translation>Most often: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+41"/>
        <source>Write something first.</source>
        <translation>Write something first.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The comment could not be saved. Try again.</source>
        <translation>The comment could not be saved. Try again.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The comment could not be deleted. Try again.</source>
        <translation>The comment could not be deleted. Try again.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The note could not be saved. Try again.</source>
        <translation>The note could not be saved. Try again.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The note could not be deleted. Try again.</source>
        <translation>The note could not be deleted. Try again.</translation>
    </message>
</context>
<context>
    <name>bollplank::AdeptSide</name>
    <message>
        <location filename="../../src/app/adeptside.cpp" line="+85"/>
        <source>The meeting</source>
        <extracomment>Heading of the minutes about the meeting as a whole</extracomment>
        <translation>The meeting</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ad-hoc meeting</source>
        <extracomment>Kind of meeting: a monthly one or one asked for in between</extracomment>
        <translation>Ad-hoc meeting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly meeting</source>
        <translation>Monthly meeting</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You</source>
        <extracomment>Who owns an action item</extracomment>
        <translation>You</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your mentorship could not be read.</source>
        <translation>Your mentorship could not be read.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only the one who owns an action item ticks it off.</source>
        <translation>Only the one who owns an action item ticks it off.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That could not be saved. Try again.</source>
        <translation>That could not be saved. Try again.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a rating from 1 to 5.</source>
        <translation>Choose a rating from 1 to 5.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a meeting that was held can be evaluated.</source>
        <translation>Only a meeting that was held can be evaluated.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The evaluation could not be saved. Try again.</source>
        <translation>The evaluation could not be saved. Try again.</translation>
    </message>
</context>
<context>
    <name>bollplank::Journal</name>
    <message>
        <location filename="../../src/app/journal.cpp" line="+32"/>
        <source>The disk is full, so the reflection was not saved.</source>
        <translation>The disk is full, so the reflection was not saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reflection needs some text, and at most 200,000 characters.</source>
        <translation>The reflection needs some text, and at most 200,000 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reflection could not be saved. Try again.</source>
        <translation>The reflection could not be saved. Try again.</translation>
    </message>
</context>
<context>
    <name>bollplank::JournalModel</name>
    <message>
        <location filename="../../src/app/journalmodel.cpp" line="+19"/>
        <source>The journal could not be read. Lock and unlock to try again.</source>
        <translation>The journal could not be read. Lock and unlock to try again.</translation>
    </message>
</context>
<context>
    <name>bollplank::MeetingPrep</name>
    <message>
        <location filename="../../src/app/meetingprep.cpp" line="+29"/>
        <source>That could not be saved. Try again.</source>
        <translation>That could not be saved. Try again.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Month %1 of %2</source>
        <extracomment>Progress of the mentorship, e.g. &quot;Month 14 of 18&quot;</extracomment>
        <translation>Month %1 of %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>In %n days</source>
        <extracomment>How far away the next meeting is</extracomment>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The meeting details could not be read.</source>
        <translation>The meeting details could not be read.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Write a short reason, at most %1 characters.</source>
        <translation>Write a short reason, at most %1 characters.</translation>
    </message>
</context>
<context>
    <name>bollplank::MeetingSession</name>
    <message>
        <location filename="../../src/app/meetingsession.cpp" line="+31"/>
        <source>The disk is full, so the meeting was not saved. Free some space and end it again.</source>
        <translation>The disk is full, so the meeting was not saved. Free some space and end it again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of this meeting was removed on another device, so it was not saved.</source>
        <translation>Part of this meeting was removed on another device, so it was not saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting could not be saved. Nothing was changed; try again.</source>
        <translation>The meeting could not be saved. Nothing was changed; try again.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>That meeting cannot be started: it belongs to someone else or was already held.</source>
        <translation>That meeting cannot be started: it belongs to someone else or was already held.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The meeting could not be opened.</source>
        <translation>The meeting could not be opened.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The meeting as a whole</source>
        <translation>The meeting as a whole</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <location filename="../../src/app/meetingsession_fields.cpp" line="+125"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/app/meetingsession_fields.cpp" line="+57"/>
        <source>Due %1</source>
        <extracomment>When an action item is due, e.g. &quot;Due Tuesday 12 May 2026&quot;</extracomment>
        <translation>Due %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The look back could not be read.</source>
        <translation>The look back could not be read.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The meeting could not be kept as a draft. Do not lock the app until it is ended.</source>
        <translation>The meeting could not be kept as a draft. Do not lock the app until it is ended.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The draft could not be removed.</source>
        <translation>The draft could not be removed.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Action item %1: the due date is not a date (YYYY-MM-DD).</source>
        <translation>Action item %1: the due date is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give each evaluation a rating from 1 to 5.</source>
        <translation>Give each evaluation a rating from 1 to 5.</translation>
    </message>
    <message>
        <location filename="../../src/app/meetingsession_fields.cpp" line="-58"/>
        <source>Adept</source>
        <translation>Adept</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No due date</source>
        <translation>No due date</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The next meeting must come after this one.</source>
        <translation>The next meeting must come after this one.</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+116"/>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>Write the date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the time as HH:MM.</source>
        <translation>Write the time as HH:MM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A meeting lasts from 15 minutes to 24 hours.</source>
        <translation>A meeting lasts from 15 minutes to 24 hours.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2 · %3–%4</source>
        <extracomment>A meeting&apos;s day and time, e.g. &quot;Tuesday 12 May 2026 · Week 20 · 09:00–11:30&quot;</extracomment>
        <translation>%1 · %2 · %3–%4</translation>
    </message>
    <message>
        <location filename="../../src/app/meetingsession_overview.cpp" line="+84"/>
        <source>The meetings could not be read.</source>
        <translation>The meetings could not be read.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>That request is no longer there.</source>
        <translation>That request is no longer there.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That request was already handled.</source>
        <translation>That request was already handled.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The ad-hoc meeting could not be booked. Nothing was changed; try again.</source>
        <translation>The ad-hoc meeting could not be booked. Nothing was changed; try again.</translation>
    </message>
</context>
<context>
    <name>bollplank::Meetings</name>
    <message>
        <location filename="../../src/app/meetings.cpp" line="+56"/>
        <source>That file is too large to be a meeting invitation (at most 1 MB).</source>
        <translation>That file is too large to be a meeting invitation (at most 1 MB).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That file is not a calendar invitation (.ics) Bollplank can read.</source>
        <translation>That file is not a calendar invitation (.ics) Bollplank can read.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The invitation uses a time zone this device does not know.</source>
        <translation>The invitation uses a time zone this device does not know.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The invitation is for a whole day, not a meeting at a time.</source>
        <translation>The invitation is for a whole day, not a meeting at a time.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The invitation holds too many events (at most %1).</source>
        <translation>The invitation holds too many events (at most %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file holds no meeting.</source>
        <translation>The file holds no meeting.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The invitation could not be read: it has an invalid date, rule or length.</source>
        <translation>The invitation could not be read: it has an invalid date, rule or length.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The meetings could not be read.</source>
        <translation>The meetings could not be read.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Moved from %1 at %2</source>
        <extracomment>A moved meeting: when the rhythm had it; %1 date, %2 time</extracomment>
        <translation>Moved from %1 at %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ad-hoc meeting</source>
        <translation>Ad-hoc meeting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Formal meeting</source>
        <translation>Formal meeting</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Times in %1</source>
        <extracomment>%1 is an IANA time zone such as Europe/Stockholm</extracomment>
        <translation>Times in %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+81"/>
        <source>There is no %1 %2 %3. Pick a day the month has.</source>
        <translation>There is no %1 %2 %3. Pick a day the month has.</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+81"/>
        <source>Pick a time of day between 00:00 and 23:59.</source>
        <translation>Pick a time of day between 00:00 and 23:59.</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>That meeting could not be moved. Try again.</source>
        <translation>That meeting could not be moved. Try again.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>That meeting could not be cancelled. Try again.</source>
        <translation>That meeting could not be cancelled. Try again.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>That meeting could not be restored. Try again.</source>
        <translation>That meeting could not be restored. Try again.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose which weekday and how often.</source>
        <translation>Choose which weekday and how often.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a time zone this device knows. Write one such as Europe/Stockholm.</source>
        <extracomment>%1 is what the person typed</extracomment>
        <translation>&quot;%1&quot; is not a time zone this device knows. Write one such as Europe/Stockholm.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That rule is not one Bollplank understands. Write an iCalendar rule such as FREQ=MONTHLY;BYDAY=1TU.</source>
        <translation>That rule is not one Bollplank understands. Write an iCalendar rule such as FREQ=MONTHLY;BYDAY=1TU.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That rhythm gives no meeting after the first date. Check the rule and the date.</source>
        <translation>That rhythm gives no meeting after the first date. Check the rule and the date.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The rhythm could not be saved. Try again.</source>
        <translation>The rhythm could not be saved. Try again.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, from %2</source>
        <extracomment>The rhythm in words, then the first meeting&apos;s date</extracomment>
        <translation>%1, from %2</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>mentorship-meetings</source>
        <extracomment>File name of the exported calendar, without the .ics; no names in it, a calendar file travels</extracomment>
        <translation>mentorship-meetings</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The meetings could not be read for the calendar file.</source>
        <translation>The meetings could not be read for the calendar file.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save %1. Choose another folder.</source>
        <translation>Could not save %1. Choose another folder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the meetings to %1</source>
        <translation>Saved the meetings to %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not open %1.</source>
        <translation>Could not open %1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The invitation could not be imported; nothing was changed.</source>
        <translation>The invitation could not be imported; nothing was changed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported the meeting rhythm.</source>
        <translation>Imported the meeting rhythm.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported %n meeting(s).</source>
        <translation>
            <numerusform>Imported %n meeting.</numerusform>
            <numerusform>Imported %n meetings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bollplank::MentorHome</name>
    <message>
        <location filename="../../src/app/mentorhome.cpp" line="+97"/>
        <source>Month %1 of %2</source>
        <extracomment>Progress of a mentorship, e.g. &quot;Month 14 of 18&quot;</extracomment>
        <translation>Month %1 of %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last met %1</source>
        <translation>Last met %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meeting yet</source>
        <translation>No meeting yet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your adepts could not be read.</source>
        <translation>Your adepts could not be read.</translation>
    </message>
</context>
<context>
    <name>bollplank::MentorshipSetup</name>
    <message>
        <location filename="../../src/app/mentorshipsetup.cpp" line="+75"/>
        <source>Monthly</source>
        <extracomment>How often the formal meetings are held</extracomment>
        <translation>Monthly</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every six weeks</source>
        <extracomment>How often the formal meetings are held</extracomment>
        <translation>Every six weeks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every two months</source>
        <extracomment>How often the formal meetings are held</extracomment>
        <translation>Every two months</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Write the adept&apos;s name.</source>
        <translation>Write the adept&apos;s name.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write your mentor&apos;s name.</source>
        <translation>Write your mentor&apos;s name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the start date as %1.</source>
        <extracomment>The date format is shown as an example</extracomment>
        <translation>Write the start date as %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The planned length must be %1 to %2 months.</source>
        <translation>The planned length must be %1 to %2 months.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose how often you meet.</source>
        <translation>Choose how often you meet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The mentorship could not be saved. Try again.</source>
        <translation>The mentorship could not be saved. Try again.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 has not acknowledged it yet</source>
        <extracomment>%1 is a person&apos;s name</extracomment>
        <translation>%1 has not acknowledged it yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledged by %1 on %2</source>
        <extracomment>%1 is a person&apos;s name, %2 a date</extracomment>
        <translation>Acknowledged by %1 on %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The agreement could not be read.</source>
        <translation>The agreement could not be read.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The agreement needs goals and a confidentiality clause.</source>
        <translation>The agreement needs goals and a confidentiality clause.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The agreement could not be saved. Try again.</source>
        <translation>The agreement could not be saved. Try again.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the agreement before acknowledging it.</source>
        <translation>Save the agreement before acknowledging it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The acknowledgement could not be saved. Try again.</source>
        <translation>The acknowledgement could not be saved. Try again.</translation>
    </message>
</context>
<context>
    <name>bollplank::ReminderPreferences</name>
    <message>
        <location filename="../../src/app/remindersettings.cpp" line="+48"/>
        <source>The reminder settings could not be read.</source>
        <translation>The reminder settings could not be read.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Quiet hours need a start and a different end, such as 22:00 to 07:00.</source>
        <translation>Quiet hours need a start and a different end, such as 22:00 to 07:00.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>That could not be saved. Try again.</source>
        <translation>That could not be saved. Try again.</translation>
    </message>
</context>
<context>
    <name>bollplank::Session</name>
    <message>
        <location filename="../../src/app/session.cpp" line="+33"/>
        <source>That passphrase is not right. Try again.</source>
        <translation>That passphrase is not right. Try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bollplank is already open in another window on this device.</source>
        <translation>Bollplank is already open in another window on this device.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This journal was saved by a newer version of Bollplank. Update the app to open it.</source>
        <translation>This journal was saved by a newer version of Bollplank. Update the app to open it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal&apos;s files are damaged and cannot be opened.</source>
        <translation>The journal&apos;s files are damaged and cannot be opened.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full. Free some space and try again.</source>
        <translation>The disk is full. Free some space and try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That could not be saved. Check what you entered and try again.</source>
        <translation>That could not be saved. Check what you entered and try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This installation of Bollplank cannot encrypt the journal (its database library is not SQLCipher), so it was not opened.</source>
        <translation>This installation of Bollplank cannot encrypt the journal (its database library is not SQLCipher), so it was not opened.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong while opening the journal. Try again.</source>
        <translation>Something went wrong while opening the journal. Try again.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Choose a name and a stronger passphrase.</source>
        <translation>Choose a name and a stronger passphrase.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter your passphrase.</source>
        <translation>Enter your passphrase.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The system key store did not accept this device&apos;s key, so the journal is not remembered here.</source>
        <translation>The system key store did not accept this device&apos;s key, so the journal is not remembered here.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The system key store refused to delete the passphrase an older version of Bollplank kept there. Delete the entry &quot;%1&quot; in the key store yourself.</source>
        <translation>The system key store refused to delete the passphrase an older version of Bollplank kept there. Delete the entry &quot;%1&quot; in the key store yourself.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The system key store did not give the passphrase back. Type it instead.</source>
        <translation>The system key store did not give the passphrase back. Type it instead.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>The system key store did not give this device&apos;s key back. Type your passphrase instead.</source>
        <translation>The system key store did not give this device&apos;s key back. Type your passphrase instead.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This device&apos;s key no longer opens the journal. Type your passphrase instead.</source>
        <translation>This device&apos;s key no longer opens the journal. Type your passphrase instead.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The journal is still remembered on this device: %1</source>
        <translation>The journal is still remembered on this device: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The journal is no longer remembered on this device, but the system key store refused to delete this device&apos;s key. It opens nothing now; you can delete the entry &quot;%1&quot; in the key store yourself.</source>
        <translation>The journal is no longer remembered on this device, but the system key store refused to delete this device&apos;s key. It opens nothing now; you can delete the entry &quot;%1&quot; in the key store yourself.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a stronger passphrase.</source>
        <translation>Choose a stronger passphrase.</translation>
    </message>
</context>
<context>
    <name>bollplank::Sync</name>
    <message>
        <location filename="../../src/app/sync.cpp" line="+466"/>
        <source>Direct sync needs a local network (Wi-Fi or cable). Connect this device to the network your adept uses, then turn it on again.</source>
        <translation>Direct sync needs a local network (Wi-Fi or cable). Connect this device to the network your adept uses, then turn it on again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direct sync could not start: this device would not let it accept connections. Another program may be using the network port; try again, or restart the device.</source>
        <translation>Direct sync could not start: this device would not let it accept connections. Another program may be using the network port; try again, or restart the device.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direct sync could not start: its file in the profile folder cannot be opened.</source>
        <translation>Direct sync could not start: its file in the profile folder cannot be opened.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last synced %1</source>
        <translation>Last synced %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not paired. Everything stays on this device.</source>
        <translation>Not paired. Everything stays on this device.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pairing started, waiting for the other device.</source>
        <translation>Pairing started, waiting for the other device.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paired. Shared notes sync end-to-end encrypted.</source>
        <translation>Paired. Shared notes sync end-to-end encrypted.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A sync server address looks like wss://relay.example.org:443 or ws://192.168.1.10:8765.</source>
        <translation>A sync server address looks like wss://relay.example.org:443 or ws://192.168.1.10:8765.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sync server address could not be saved.</source>
        <translation>The sync server address could not be saved.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter the sync server address first, or turn on direct sync on this network.</source>
        <translation>Enter the sync server address first, or turn on direct sync on this network.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the sync server address first.</source>
        <translation>Enter the sync server address first.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start a mentorship first; the pairing code is for it.</source>
        <translation>Start a mentorship first; the pairing code is for it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose whom the pairing code is for.</source>
        <translation>Choose whom the pairing code is for.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That mentorship no longer exists on this device.</source>
        <translation>That mentorship no longer exists on this device.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped. What arrived is kept; the next sync goes on from here.</source>
        <translation>Stopped. What arrived is kept; the next sync goes on from here.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receiving changes…</source>
        <translation>Receiving changes…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>About %n second left</numerusform>
            <numerusform>About %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>About %n minute left</numerusform>
            <numerusform>About %n minutes left</numerusform>
        </translation>
    </message>
    <message>
        <location line="-454"/>
        <source>The other device could not reach this one on the network and answered through the sync server. Connect both to the same network and pair again, or turn off direct sync to pair through the server.</source>
        <translation>The other device could not reach this one on the network and answered through the sync server. Connect both to the same network and pair again, or turn off direct sync to pair through the server.</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+108"/>
        <location line="+363"/>
        <source>Sync failed. Try again; if it keeps failing, pair again.</source>
        <translation>Sync failed. Try again; if it keeps failing, pair again.</translation>
    </message>
</context>
</TS>
