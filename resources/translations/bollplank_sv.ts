<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>ActionItemEditor</name>
    <message>
        <location filename="../../qml/Meeting/ActionItemEditor.qml" line="+29"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove this action item</source>
        <translation>Ta bort åtgärden</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>What is to be done</source>
        <translation>Vad ska göras</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>YYYY-MM-DD</source>
        <extracomment>Placeholder of a date field: the format to type</extracomment>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Klart senast</translation>
    </message>
</context>
<context>
    <name>ActionItemsCard</name>
    <message>
        <location filename="../../qml/MeetingPrep/ActionItemsCard.qml" line="+12"/>
        <source>Open action items</source>
        <translation>Öppna åtgärdspunkter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing open. Well done.</source>
        <translation>Inget öppet. Bra jobbat.</translation>
    </message>
</context>
<context>
    <name>ActionsStep</name>
    <message>
        <location filename="../../qml/Meeting/ActionsStep.qml" line="+14"/>
        <source>Action items</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who does what, and by when. They come back in the next meeting&apos;s look back.</source>
        <translation>Vem gör vad, och till när. De kommer tillbaka i nästa mötes återblick.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No action items yet.</source>
        <translation>Inga åtgärder ännu.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add for %1</source>
        <extracomment>Adds an action item owned by the adept; %1 is the adept&apos;s name</extracomment>
        <translation>Lägg till för %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add for me</source>
        <translation>Lägg till för mig</translation>
    </message>
</context>
<context>
    <name>AdHocBookingPage</name>
    <message>
        <location filename="../../qml/Meeting/AdHocBookingPage.qml" line="+28"/>
        <location line="+26"/>
        <source>Ad-hoc meeting</source>
        <translation>Extra möte</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 needs a sounding board</source>
        <extracomment>%1 is the adept&apos;s name</extracomment>
        <translation>%1 behöver ett bollplank</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>When and where</source>
        <translation>När och var</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Book the meeting</source>
        <translation>Boka mötet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Booked</source>
        <translation>Bokat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. The request is answered; it shows with your meetings.</source>
        <translation>%1. Förfrågan är besvarad och mötet finns bland era möten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start the meeting now</source>
        <translation>Starta mötet nu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
</context>
<context>
    <name>AdeptActionsPane</name>
    <message>
        <location filename="../../qml/Mentor/AdeptActionsPane.qml" line="+50"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No action items</source>
        <translation>Inga åtgärdspunkter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you and your mentor agree to do shows up here after a meeting.</source>
        <translation>Det du och din mentor kommer överens om att göra visas här efter ett möte.</translation>
    </message>
</context>
<context>
    <name>AdeptCard</name>
    <message numerus="yes">
        <location filename="../../qml/Mentor/AdeptCard.qml" line="+20"/>
        <source>%n new shared reflection(s)</source>
        <extracomment>Count of reflections the adept shared since the last meeting</extracomment>
        <translation>
            <numerusform>%n ny delad reflektion</numerusform>
            <numerusform>%n nya delade reflektioner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue action item(s)</source>
        <translation>
            <numerusform>%n försenad åtgärdspunkt</numerusform>
            <numerusform>%n försenade åtgärdspunkter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n month(s) without a meeting</source>
        <translation>
            <numerusform>%n månad utan möte</numerusform>
            <numerusform>%n månader utan möte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdeptPage</name>
    <message>
        <location filename="../../qml/Mentor/AdeptPage.qml" line="+18"/>
        <source>Shared</source>
        <translation>Delat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My notes</source>
        <translation>Mina anteckningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Back to adepts</source>
        <translation>Tillbaka till adepterna</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Start meeting</source>
        <translation>Starta mötet</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Nothing shared yet</source>
        <translation>Inget delat ännu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflections your adept chooses to share with you show up here.</source>
        <translation>Reflektioner som din adept väljer att dela med dig visas här.</translation>
    </message>
</context>
<context>
    <name>AgreementPane</name>
    <message>
        <location filename="../../qml/Mentor/AgreementPane.qml" line="+94"/>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+71"/>
        <location line="+13"/>
        <source>Goals</source>
        <translation>Mål</translation>
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
        <translation>Sekretess</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Not written yet.</source>
        <translation>Inte skrivet ännu.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Edit agreement</source>
        <translation>Ändra överenskommelsen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Acknowledged</source>
        <translation>Bekräftad</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>By acknowledging, you say you have read the agreement and will keep to it.</source>
        <translation>Genom att bekräfta säger du att du har läst överenskommelsen och kommer att hålla dig till den.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I acknowledge the agreement</source>
        <translation>Jag bekräftar överenskommelsen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit the agreement</source>
        <translation>Ändra överenskommelsen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the agreement</source>
        <translation>Skriv överenskommelsen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changing the text asks both of you to acknowledge it again.</source>
        <translation>Om texten ändras behöver ni båda bekräfta den på nytt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What the adept wants to have achieved when the mentorship ends</source>
        <translation>Vad adepten vill ha uppnått när mentorskapet är slut</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>What the adept undertakes</source>
        <translation>Vad adepten åtar sig</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>What the mentor undertakes</source>
        <translation>Vad mentorn åtar sig</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save agreement</source>
        <translation>Spara överenskommelsen</translation>
    </message>
</context>
<context>
    <name>CalendarCard</name>
    <message>
        <location filename="../../qml/Meetings/CalendarCard.qml" line="+13"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the meetings as a calendar file for any calendar app. It holds only the times and the rhythm, no names and no notes.</source>
        <translation>Spara mötena som en kalenderfil för valfri kalenderapp. Den innehåller bara tiderna och rytmen, inga namn och inga anteckningar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export to calendar</source>
        <translation>Exportera till kalender</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import an invitation</source>
        <translation>Importera en inbjudan</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../qml/Settings/ChangePassphraseDialog.qml" line="+23"/>
        <source>Change passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+1"/>
        <source>Current passphrase</source>
        <translation>Nuvarande lösenfras</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Repeat the new passphrase</source>
        <translation>Upprepa den nya lösenfrasen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A lost passphrase cannot be recovered.</source>
        <translation>En förlorad lösenfras går inte att återskapa.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change</source>
        <translation>Byt</translation>
    </message>
</context>
<context>
    <name>CoachingStep</name>
    <message>
        <location filename="../../qml/Meeting/CoachingStep.qml" line="+14"/>
        <source>Coaching</source>
        <translation>Coachning</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>At least %n minutes of pure coaching: listen, ask, let your adept think aloud. Notes can wait.</source>
        <translation>
            <numerusform>Minst %n minut ren coachning: lyssna, fråga, låt adepten tänka högt. Anteckningarna kan vänta.</numerusform>
            <numerusform>Minst %n minuter ren coachning: lyssna, fråga, låt adepten tänka högt. Anteckningarna kan vänta.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Coaching time left: %1</source>
        <extracomment>Screen-reader text of the coaching clock</extracomment>
        <translation>Kvar av coachningen: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start the clock when the coaching begins.</source>
        <translation>Starta klockan när coachningen börjar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The coaching half hour is done. Go on when you are both ready.</source>
        <translation>Coachningens halvtimme är slut. Gå vidare när ni båda är redo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clock keeps running if you leave this page or lock the app.</source>
        <translation>Klockan går vidare även om du lämnar sidan eller låser appen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start coaching</source>
        <translation>Starta coachningen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start the clock again</source>
        <translation>Starta om klockan</translation>
    </message>
</context>
<context>
    <name>CommentEditor</name>
    <message>
        <location filename="../../qml/Mentor/CommentEditor.qml" line="+14"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>DateTimePicker</name>
    <message>
        <location filename="../../qml/Meetings/DateTimePicker.qml" line="+33"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hour</source>
        <translation>Timme</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Minute</source>
        <translation>Minut</translation>
    </message>
</context>
<context>
    <name>DeviceList</name>
    <message>
        <location filename="../../src/app/devicelist.cpp" line="+45"/>
        <source>Your journal</source>
        <translation>Din dagbok</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your notes on %1</source>
        <extracomment>%1 is the adept&apos;s name: the mentor&apos;s private notes about them.</extracomment>
        <translation>Dina anteckningar om %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shared with %1</source>
        <extracomment>%1 is the other person&apos;s name: what the two of them share.</extracomment>
        <translation>Delat med %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device</source>
        <translation>Den här enheten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your other device</source>
        <translation>Din andra enhet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s device</source>
        <extracomment>%1 is the other person&apos;s name.</extracomment>
        <translation>Enhet som tillhör %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added %1 · %2</source>
        <translation>Tillagd %1 · %2</translation>
    </message>
</context>
<context>
    <name>DeviceRow</name>
    <message>
        <location filename="../../qml/Sync/DeviceRow.qml" line="+51"/>
        <source>Safety number: %1</source>
        <translation>Säkerhetsnummer: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Revoke this device…</source>
        <translation>Spärra den här enheten&#xa0;…</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <location filename="../../qml/Sync/DevicesDialog.qml" line="+47"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Devices and safety numbers</source>
        <translation>Enheter och säkerhetsnummer</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Only the devices listed under a heading can read what is in it. Compare a device&apos;s safety number with the one its owner&apos;s screen shows for this device: if you do not know a device, or the numbers differ, stop syncing with that person and pair again in person.</source>
        <translation>Bara enheterna under en rubrik kan läsa det som finns där. Jämför en enhets säkerhetsnummer med det som dess ägares skärm visar för den här enheten: känner du inte igen en enhet, eller skiljer sig numren åt, sluta synka med den personen och para ihop er igen när ni ses.</translation>
    </message>
</context>
<context>
    <name>DiscardDialog</name>
    <message>
        <location filename="../../qml/Journal/DiscardDialog.qml" line="+18"/>
        <source>Discard your changes?</source>
        <translation>Kasta dina ändringar?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you wrote since the last save will be lost.</source>
        <translation>Det du skrivit sedan du sparade senast försvinner.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep writing</source>
        <translation>Fortsätt skriva</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discard</source>
        <translation>Kasta</translation>
    </message>
</context>
<context>
    <name>EvaluationEditor</name>
    <message>
        <location filename="../../qml/Meeting/EvaluationEditor.qml" line="+21"/>
        <source>How was the meeting? 1 is poor, 5 is very good.</source>
        <translation>Hur var mötet? 1 är dåligt, 5 är mycket bra.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What worked, what could be better</source>
        <translation>Vad fungerade, vad kunde bli bättre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation</source>
        <translation>Utvärdering</translation>
    </message>
</context>
<context>
    <name>EvaluationStep</name>
    <message>
        <location filename="../../qml/Meeting/EvaluationStep.qml" line="+10"/>
        <source>Evaluation</source>
        <translation>Utvärdering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each of you says how the meeting was. It opens the next look back.</source>
        <translation>Ni säger var för sig hur mötet var. Det inleder nästa återblick.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>You, the mentor</source>
        <translation>Du, mentorn</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../qml/Journal/FilterPanel.qml" line="+15"/>
        <location line="+16"/>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>All focus areas</source>
        <translation>Alla fokusområden</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+16"/>
        <source>Stakeholder lens</source>
        <translation>Intressentperspektiv</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>All lenses</source>
        <translation>Alla perspektiv</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Visibility</source>
        <translation>Synlighet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared</source>
        <translation>Delad</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../qml/Lock/FirstRunPage.qml" line="+20"/>
        <location line="+11"/>
        <source>Welcome to Bollplank</source>
        <translation>Välkommen till Bollplank</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A private journal for your mentorship. Everything stays encrypted on this device.</source>
        <translation>En privat dagbok för ditt mentorskap. Allt förblir krypterat på den här enheten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your role</source>
        <translation>Din roll</translation>
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
        <translation>Jag skriver dagbok mellan mötena och väljer vad jag delar med min mentor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I follow one or more adepts and read what they share with me.</source>
        <translation>Jag följer en eller flera adepter och läser det de delar med mig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>As your mentor knows you</source>
        <translation>Som din mentor känner dig</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few words only you know</source>
        <translation>Några ord som bara du kan</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Repeat the passphrase</source>
        <translation>Upprepa lösenfrasen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases are not the same.</source>
        <translation>De två lösenfraserna är inte likadana.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>If you lose this passphrase, your journal cannot be recovered. Nobody can reset it: not your mentor, not us. Write it down somewhere safe.</source>
        <translation>Om du tappar bort lösenfrasen går dagboken inte att återskapa. Ingen kan återställa den, varken din mentor eller vi. Skriv ner den på ett säkert ställe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>I understand that a lost passphrase cannot be recovered</source>
        <translation>Jag förstår att en förlorad lösenfras inte går att återskapa</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Create my journal</source>
        <translation>Skapa min dagbok</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating your encrypted journal…</source>
        <translation>Skapar din krypterade dagbok…</translation>
    </message>
</context>
<context>
    <name>FocusAreaPicker</name>
    <message>
        <location filename="../../qml/Journal/FocusAreaPicker.qml" line="+14"/>
        <source>Focus areas</source>
        <translation>Fokusområden</translation>
    </message>
</context>
<context>
    <name>FocusChart</name>
    <message>
        <location filename="../../qml/Mentor/FocusChart.qml" line="+37"/>
        <source>Focus areas over time</source>
        <translation>Fokusområden över tid</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Hide the text version</source>
        <translation>Dölj textversionen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show as text</source>
        <translation>Visa som text</translation>
    </message>
</context>
<context>
    <name>FocusStep</name>
    <message>
        <location filename="../../qml/Meeting/FocusStep.qml" line="+14"/>
        <source>Focus areas</source>
        <translation>Fokusområden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The areas your adept chose for today. Change them if the conversation goes elsewhere; write the minutes under each.</source>
        <translation>Områdena adepten valde för i dag. Ändra dem om samtalet tar en annan väg, och skriv anteckningarna under vart och ett.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What you talked about, what your adept takes with them</source>
        <translation>Vad ni pratade om, vad adepten tar med sig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The meeting as a whole</source>
        <translation>Mötet som helhet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anything that belongs to no single area</source>
        <translation>Sådant som inte hör till något enskilt område</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Minutes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>HeldMeetingCard</name>
    <message>
        <location filename="../../qml/Mentor/HeldMeetingCard.qml" line="+53"/>
        <source>Evaluations</source>
        <translation>Utvärderingar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 of 5</source>
        <extracomment>An evaluation of a meeting: who, the rating out of 5, and what they wrote</extracomment>
        <translation>%1: %2 av 5</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How was this meeting for you?</source>
        <translation>Hur var mötet för dig?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>1 poor</source>
        <extracomment>A rating from 1 (poor) to 5 (very good)</extracomment>
        <translation>1 dåligt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5 very good</source>
        <translation>5 mycket bra</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What was good, what could be better? (optional)</source>
        <translation>Vad var bra, vad kunde ha varit bättre? (frivilligt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your evaluation</source>
        <translation>Din utvärdering</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save evaluation</source>
        <translation>Spara utvärderingen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change my evaluation</source>
        <translation>Ändra min utvärdering</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evaluate the meeting</source>
        <translation>Utvärdera mötet</translation>
    </message>
</context>
<context>
    <name>JournalList</name>
    <message>
        <location filename="../../qml/Journal/JournalList.qml" line="+40"/>
        <source>Journal</source>
        <translation>Dagbok</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New reflection</source>
        <translation>Ny reflektion</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <source>Search the journal</source>
        <translation>Sök i dagboken</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n matching reflection(s)</source>
        <translation>
            <numerusform>%n reflektion matchar</numerusform>
            <numerusform>%n reflektioner matchar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reflections</source>
        <translation>Reflektioner</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing matches</source>
        <translation>Inget matchar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No reflections yet</source>
        <translation>Inga reflektioner än</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try other words or clear the filters.</source>
        <translation>Prova andra ord eller rensa filtren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap + to write your first one.</source>
        <translation>Tryck på + för att skriva din första.</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../qml/Journal/JournalPage.qml" line="+22"/>
        <source>Journal</source>
        <translation>Dagbok</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Choose a reflection to read it</source>
        <translation>Välj en reflektion för att läsa den</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your journal is empty</source>
        <translation>Din dagbok är tom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down what happened, how it felt and what you want to bring up with your mentor.</source>
        <translation>Skriv ner vad som hände, hur det kändes och vad du vill ta upp med din mentor.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/app/labels.cpp" line="+15"/>
        <source>Customers</source>
        <extracomment>Stakeholder lens on a reflection</extracomment>
        <translation>Kunder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Employees</source>
        <extracomment>Stakeholder lens on a reflection</extracomment>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partners</source>
        <extracomment>Stakeholder lens on a reflection</extracomment>
        <translation>Samarbetspartner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owners</source>
        <extracomment>Stakeholder lens on a reflection</extracomment>
        <translation>Ägare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Board</source>
        <extracomment>Stakeholder lens on a reflection (the company&apos;s board of directors)</extracomment>
        <translation>Styrelse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When it suits</source>
        <extracomment>Urgency of a request for an ad-hoc meeting</extracomment>
        <translation>När det passar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Within a week</source>
        <extracomment>Urgency of a request for an ad-hoc meeting</extracomment>
        <translation>Inom en vecka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As soon as possible</source>
        <extracomment>Urgency of a request for an ad-hoc meeting</extracomment>
        <translation>Så snart som möjligt</translation>
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
        <translation>Du</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Week %1</source>
        <extracomment>ISO week number of a date, e.g. &quot;Week 16&quot;</extracomment>
        <translation>Vecka %1</translation>
    </message>
</context>
<context>
    <name>LeaveMeetingDialog</name>
    <message>
        <location filename="../../qml/Meeting/LeaveMeetingDialog.qml" line="+23"/>
        <source>Leave the meeting?</source>
        <translation>Lämna mötet?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it as a draft to resume later: nothing is lost, the coaching clock keeps running. Or discard it: nothing of it is saved.</source>
        <translation>Spara det som utkast och fortsätt senare: inget går förlorat och coachningsklockan går vidare. Eller släng det: inget av mötet sparas.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Keep as draft</source>
        <translation>Spara som utkast</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discard</source>
        <translation>Släng</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stay</source>
        <translation>Stanna kvar</translation>
    </message>
</context>
<context>
    <name>LookBackStep</name>
    <message>
        <location filename="../../qml/Meeting/LookBackStep.qml" line="+16"/>
        <source>Look back</source>
        <translation>Återblick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the first meeting: there is nothing to look back on yet.</source>
        <translation>Det här är ert första möte, så det finns inget att blicka tillbaka på ännu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last meeting, an ad-hoc one, was held on %1.</source>
        <extracomment>%1 is the date of the last meeting, e.g. &quot;Tuesday 14 April 2026&quot;</extracomment>
        <translation>Förra mötet, ett extra möte, hölls %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last meeting was held on %1.</source>
        <extracomment>%1 is the date of the last meeting, e.g. &quot;Tuesday 14 April 2026&quot;</extracomment>
        <translation>Förra mötet hölls %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Minutes of the last meeting</source>
        <translation>Anteckningar från förra mötet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No minutes were written.</source>
        <translation>Inga anteckningar skrevs.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>How it was evaluated</source>
        <translation>Så utvärderades det</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 of 5</source>
        <extracomment>An earlier evaluation: who, and the rating, e.g. &quot;Karin: 4 of 5&quot;</extracomment>
        <translation>%1: %2 av 5</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open action items</source>
        <translation>Öppna åtgärder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing open.</source>
        <translation>Inget öppet.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Shared since</source>
        <translation>Delat sedan dess</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was shared since the last meeting.</source>
        <translation>Inget har delats sedan förra mötet.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>and %n more</source>
        <extracomment>More shared reflections than the look back shows</extracomment>
        <translation>
            <numerusform>och %n till</numerusform>
            <numerusform>och %n till</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingHistoryPane</name>
    <message>
        <location filename="../../qml/Mentor/MeetingHistoryPane.qml" line="+70"/>
        <source>No meetings yet</source>
        <translation>Inga möten ännu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book the first meeting from meeting mode.</source>
        <translation>Boka det första mötet i mötesläget.</translation>
    </message>
</context>
<context>
    <name>MeetingModePage</name>
    <message>
        <location filename="../../qml/Meeting/MeetingModePage.qml" line="+31"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Leave the meeting</source>
        <translation>Lämna mötet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ad-hoc meeting with %1</source>
        <extracomment>Title of meeting mode; %1 is the adept&apos;s name</extracomment>
        <translation>Extra möte med %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting with %1</source>
        <extracomment>Title of meeting mode; %1 is the adept&apos;s name</extracomment>
        <translation>Möte med %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Resumed from the draft: everything written so far is here.</source>
        <translation>Återupptaget från utkastet: allt som skrivits hittills finns kvar.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End meeting</source>
        <translation>Avsluta mötet</translation>
    </message>
</context>
<context>
    <name>MeetingPrepPage</name>
    <message>
        <location filename="../../qml/MeetingPrep/MeetingPrepPage.qml" line="+18"/>
        <source>Next meeting</source>
        <translation>Nästa möte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before the next meeting</source>
        <translation>Inför nästa möte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No mentorship yet</source>
        <translation>Inget mentorskap än</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you and your mentor have connected, your meetings and action items show up here.</source>
        <translation>När du och din mentor har kopplats ihop visas era möten och åtgärdspunkter här.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>What do you want to talk about?</source>
        <translation>Vad vill du prata om?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the focus areas for this meeting. Your mentor sees your choice.</source>
        <translation>Välj fokusområden för mötet. Din mentor ser ditt val.</translation>
    </message>
</context>
<context>
    <name>MeetingTimeFields</name>
    <message>
        <location filename="../../qml/Meeting/MeetingTimeFields.qml" line="+27"/>
        <location line="+8"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>HH:MM</source>
        <extracomment>Placeholder of a time field: the format to type</extracomment>
        <translation>TT:MM</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Length</source>
        <translation>Längd</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>%n hour(s)</source>
        <extracomment>A meeting&apos;s length in whole hours</extracomment>
        <translation>
            <numerusform>%n timme</numerusform>
            <numerusform>%n timmar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 hours</source>
        <extracomment>A meeting&apos;s length in hours, e.g. &quot;2.5 hours&quot; / &quot;2,5 timmar&quot;</extracomment>
        <translation>%1 timmar</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>A quiet place away from work</source>
        <translation>En lugn plats en bit från jobbet</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../qml/Meetings/MeetingsPage.qml" line="+31"/>
        <location line="+15"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meetings with %1</source>
        <translation>Möten med %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Adept</source>
        <translation>Adept</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No mentorship yet</source>
        <translation>Inget mentorskap ännu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the mentorship has started, its meeting rhythm and the next meetings show up here.</source>
        <translation>När mentorskapet har börjat visas mötesrytmen och de närmaste mötena här.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Next meetings</source>
        <translation>Kommande möten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rhythm gives no more meetings.</source>
        <translation>Rytmen ger inga fler möten.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set a rhythm to see the next meetings.</source>
        <translation>Välj en rytm för att se de kommande mötena.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Booked meetings</source>
        <translation>Bokade möten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No single meetings booked ahead.</source>
        <translation>Inga enskilda möten bokade framåt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Held meetings</source>
        <translation>Genomförda möten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No meetings held yet.</source>
        <translation>Inga genomförda möten ännu.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Export the meetings</source>
        <translation>Exportera mötena</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Import a meeting invitation</source>
        <translation>Importera en mötesinbjudan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>MentorHomePage</name>
    <message>
        <location filename="../../qml/Shell/MentorHomePage.qml" line="+30"/>
        <location line="+124"/>
        <source>Adepts</source>
        <translation>Adepter</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Your adepts</source>
        <translation>Dina adepter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New mentorship</source>
        <translation>Nytt mentorskap</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No adepts yet</source>
        <translation>Inga adepter än</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a mentorship to write its agreement. What your adept shares and your notes about them show up here.</source>
        <translation>Starta ett mentorskap och skriv er överenskommelse. Det din adept delar och dina anteckningar om adepten visas här.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Asking for a meeting</source>
        <translation>Vill träffas</translation>
    </message>
</context>
<context>
    <name>MentorshipPage</name>
    <message>
        <location filename="../../qml/Mentor/MentorshipPage.qml" line="+15"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action items</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <source>Mentorship</source>
        <translation>Mentorskap</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>With %1 · %2</source>
        <extracomment>%1 is the mentor&apos;s name, %2 a progress text like &quot;Month 14 of 18&quot;</extracomment>
        <translation>Med %1 · %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No mentorship yet</source>
        <translation>Inget mentorskap ännu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up your mentorship to write its agreement with your mentor. Minutes and action items from your meetings show up here.</source>
        <translation>Lägg upp ditt mentorskap och skriv er överenskommelse. Minnesanteckningar och åtgärdspunkter från era möten visas här.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set up the mentorship</source>
        <translation>Lägg upp mentorskapet</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No meetings held yet</source>
        <translation>Inga möten hållna ännu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The minutes of each meeting show up here afterwards.</source>
        <translation>Minnesanteckningarna från varje möte visas här efteråt.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../qml/Meetings/MoveDialog.qml" line="+28"/>
        <source>Move the meeting</source>
        <translation>Flytta mötet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Planned for %1, %2</source>
        <translation>Planerat till %1, %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Keep as it was</source>
        <translation>Behåll som det var</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
</context>
<context>
    <name>NewMentorshipDialog</name>
    <message>
        <location filename="../../qml/Mentor/NewMentorshipDialog.qml" line="+25"/>
        <source>New mentorship</source>
        <translation>Nytt mentorskap</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+10"/>
        <source>Adept&apos;s name</source>
        <translation>Adeptens namn</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>Your mentor&apos;s name</source>
        <translation>Din mentors namn</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>YYYY-MM-DD</source>
        <extracomment>Format hint for the start date</extracomment>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Planned length in months</source>
        <translation>Planerad längd i månader</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least 18 months is recommended: development takes time.</source>
        <translation>Minst 18 månader rekommenderas: utveckling tar tid.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <source>Formal meetings</source>
        <translation>Formella möten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
</context>
<context>
    <name>NextMeetingCard</name>
    <message>
        <location filename="../../qml/MeetingPrep/NextMeetingCard.qml" line="+12"/>
        <source>Next meeting</source>
        <translation>Nästa möte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No meeting is booked yet. Agree on a date with your mentor.</source>
        <translation>Inget möte är bokat än. Kom överens med din mentor om ett datum.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Place: %1</source>
        <extracomment>Where the meeting is, e.g. &quot;Place: Hotel Eggers&quot;</extracomment>
        <translation>Plats: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>With %1</source>
        <extracomment>e.g. &quot;With Anders Berg&quot;</extracomment>
        <translation>Med %1</translation>
    </message>
</context>
<context>
    <name>NextMeetingStep</name>
    <message>
        <location filename="../../qml/Meeting/NextMeetingStep.qml" line="+12"/>
        <source>Next meeting</source>
        <translation>Nästa möte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next meeting is already booked. Change it here if you agreed on something else.</source>
        <translation>Nästa möte är redan bokat. Ändra det här om ni kom överens om något annat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book the next meeting while you are both here. Ending the meeting saves everything at once.</source>
        <translation>Boka nästa möte medan ni båda är här. När du avslutar mötet sparas allt på en gång.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the next meeting</source>
        <translation>Ändra nästa möte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Book the next meeting</source>
        <translation>Boka nästa möte</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <location filename="../../qml/Mentor/NotesPane.qml" line="+47"/>
        <source>Private: only you see these notes. They are never shared with your adept.</source>
        <translation>Privat: bara du ser de här anteckningarna. De delas aldrig med din adept.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A private note about your adept</source>
        <translation>En privat anteckning om din adept</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New note</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No notes yet.</source>
        <translation>Inga anteckningar ännu.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Edit note</source>
        <translation>Ändra anteckningen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete note</source>
        <translation>Ta bort anteckningen</translation>
    </message>
</context>
<context>
    <name>OccurrenceRow</name>
    <message>
        <location filename="../../qml/Meetings/OccurrenceRow.qml" line="+55"/>
        <source>Cancelled</source>
        <translation>Inställt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved</source>
        <translation>Flyttat</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the meeting of %1</source>
        <translation>Flytta mötet %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel meeting</source>
        <translation>Ställ in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the meeting of %1</source>
        <translation>Ställ in mötet %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo move</source>
        <translation>Ångra flytten</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <location filename="../../qml/Sync/PairingDialog.qml" line="+66"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link your other device</source>
        <translation>Koppla din andra enhet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pair with your adept</source>
        <translation>Koppla ihop med din adept</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pair with your mentor</source>
        <translation>Koppla ihop med din mentor</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Have both devices at hand. One shows a code, the other enters it. Then both show the same safety number, which you compare.</source>
        <translation>Ha båda enheterna till hands. Den ena visar en kod, den andra tar emot den. Sedan visar båda samma säkerhetsnummer, som du jämför.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meet in person. This device shows a code that your adept enters in the app. Then both screens show the same safety number, which you read aloud to each other.</source>
        <translation>Träffas på riktigt. Den här enheten visar en kod som din adept matar in i appen. Sedan visar båda skärmarna samma säkerhetsnummer, som ni läser upp för varandra.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+15"/>
        <source>Which adept is this code for?</source>
        <translation>Vilken adept gäller koden?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the sync server&apos;s address in Settings, or turn on direct sync on this network, first.</source>
        <translation>Ange först synkserverns adress under Inställningar, eller slå på direktsynk i det här nätverket.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the sync server&apos;s address in Settings first.</source>
        <translation>Fyll först i synkserverns adress under Inställningar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show a pairing code</source>
        <translation>Visa en kopplingskod</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter a code from the other device</source>
        <translation>Mata in en kod från den andra enheten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On your other device, choose &quot;Link your other device&quot; and &quot;Show a pairing code&quot;. Copy its code and paste it here.</source>
        <translation>Välj ”Koppla din andra enhet” och ”Visa en kopplingskod” på din andra enhet. Kopiera koden därifrån och klistra in den här.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your mentor shows a pairing code. Paste or type it here; spaces and line breaks do not matter.</source>
        <translation>Din mentor visar en kopplingskod. Klistra in eller skriv den här; mellanslag och radbrytningar spelar ingen roll.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+46"/>
        <source>Pairing code</source>
        <translation>Kopplingskod</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Connecting…</source>
        <translation>Ansluter&#xa0;…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Let the other device scan this code, or copy the text below to it. The code works once and for 15 minutes.</source>
        <translation>Låt den andra enheten skanna koden, eller för över texten nedan till den. Koden fungerar en gång och i 15 minuter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the same network as this device, it syncs with this device directly.</source>
        <translation>I samma nätverk som den här enheten synkar den direkt med den här.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pairing code as a QR code</source>
        <translation>Kopplingskoden som QR-kod</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Copy code</source>
        <translation>Kopiera koden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied. The clipboard is cleared in a minute, or when the journal locks.</source>
        <translation>Kopierad. Urklippet töms om en minut, eller när dagboken låses.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Waiting for the other device to enter the code…</source>
        <translation>Väntar på att den andra enheten matar in koden&#xa0;…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the number aloud. When it matches, the other device confirms, and this one finishes by itself.</source>
        <translation>Jämför numret högt. När det stämmer bekräftar den andra enheten, och den här gör klart kopplingen av sig själv.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Safety number</source>
        <translation>Säkerhetsnummer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read the number aloud, group by group. Both screens must show exactly the same digits. If one differs, someone else may have entered the code: do not pair.</source>
        <translation>Läs upp numret grupp för grupp. Båda skärmarna måste visa exakt samma siffror. Skiljer sig någon kan någon annan ha matat in koden: koppla då inte ihop.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The numbers match</source>
        <translation>Numren stämmer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The numbers differ</source>
        <translation>Numren skiljer sig</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Linked. Both devices now sync your notes.</source>
        <translation>Kopplad. Båda enheterna synkar nu dina anteckningar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paired. Shared notes now sync between you, end-to-end encrypted.</source>
        <translation>Ihopkopplade. Det ni delar synkas nu mellan er, krypterat hela vägen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../qml/Components/PassphraseField.qml" line="+36"/>
        <source>Hide passphrase</source>
        <extracomment>Button beside a passphrase field</extracomment>
        <translation>Dölj lösenfrasen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show passphrase</source>
        <extracomment>Button beside a passphrase field</extracomment>
        <translation>Visa lösenfrasen</translation>
    </message>
</context>
<context>
    <name>ProgressPane</name>
    <message>
        <location filename="../../qml/Mentor/ProgressPane.qml" line="+43"/>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Focus areas over time</source>
        <translation>Fokusområden över tid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reflections and meetings that took up each area, month by month.</source>
        <translation>Reflektioner och möten som tog upp varje område, månad för månad.</translation>
    </message>
</context>
<context>
    <name>RatingPicker</name>
    <message>
        <location filename="../../qml/Meeting/RatingPicker.qml" line="+34"/>
        <source>%1 of 5</source>
        <extracomment>Screen-reader name of a rating button, e.g. &quot;4 of 5&quot;</extracomment>
        <translation>%1 av 5</translation>
    </message>
</context>
<context>
    <name>ReflectionDelegate</name>
    <message>
        <location filename="../../qml/Journal/ReflectionDelegate.qml" line="+31"/>
        <source>Shared</source>
        <translation>Delad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Lens: %1</source>
        <extracomment>Stakeholder lens shown on a list entry, e.g. &quot;Lens: Board&quot;</extracomment>
        <translation>Perspektiv: %1</translation>
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
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit reflection</source>
        <translation>Redigera reflektion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New reflection</source>
        <translation>Ny reflektion</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Your unsaved text from last time is back.</source>
        <translation>Din osparade text från förra gången är tillbaka.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write</source>
        <translation>Skriv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What happened, and how did it feel?</source>
        <translation>Vad hände? Hur kändes det? Vad vill du ta upp?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflection text</source>
        <translation>Reflektionens text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown: *italic*, **bold**, - lists, # headings</source>
        <translation>Markdown: *kursiv*, **fet**, - listor, # rubriker</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tip: *italic*, **bold**, - lists and # headings are shown formatted when you read.</source>
        <translation>Tips: *kursiv*, **fet**, - listor och # rubriker visas formaterade när du läser.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Stakeholder lens (optional)</source>
        <translation>Intressentperspektiv (valfritt)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No particular lens</source>
        <translation>Inget särskilt perspektiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stakeholder lens</source>
        <translation>Intressentperspektiv</translation>
    </message>
</context>
<context>
    <name>ReflectionPage</name>
    <message>
        <location filename="../../qml/Journal/ReflectionPage.qml" line="+56"/>
        <source>Back to the journal</source>
        <translation>Tillbaka till dagboken</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Lens: %1</source>
        <translation>Perspektiv: %1</translation>
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
        <translation>Din kommentar, %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit comment</source>
        <translation>Ändra kommentaren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete comment</source>
        <translation>Ta bort kommentaren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your comment. Your adept sees it.</source>
        <translation>Din kommentar. Din adept ser den.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Comment</source>
        <translation>Kommentera</translation>
    </message>
</context>
<context>
    <name>RememberOption</name>
    <message>
        <location filename="../../qml/Lock/RememberOption.qml" line="+21"/>
        <source>Remember on this device</source>
        <translation>Kom ihåg på den här enheten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A key that opens the journal (not your passphrase) is kept in this computer&apos;s key store. Anyone who can sign in to your account here can open the journal without typing the passphrase.</source>
        <translation>En nyckel som öppnar dagboken (inte din lösenfras) sparas i datorns nyckelring. Den som kan logga in på ditt konto här kan öppna dagboken utan att skriva lösenfrasen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device has no secure key store, so you will type your passphrase each time.</source>
        <translation>Den här enheten har ingen säker nyckelring, så du skriver lösenfrasen varje gång.</translation>
    </message>
</context>
<context>
    <name>RequestCard</name>
    <message>
        <location filename="../../qml/Mentor/RequestCard.qml" line="+16"/>
        <source>%1 asks for a meeting: %2. %3</source>
        <extracomment>Screen-reader name of a request card: who, how urgent, why</extracomment>
        <translation>%1 vill träffas: %2. %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 needs a sounding board</source>
        <extracomment>A request for an ad-hoc meeting; %1 is the adept&apos;s name</extracomment>
        <translation>%1 behöver ett bollplank</translation>
    </message>
</context>
<context>
    <name>RevokeDeviceDialog</name>
    <message>
        <location filename="../../qml/Sync/RevokeDeviceDialog.qml" line="+29"/>
        <source>Revoke this device?</source>
        <translation>Spärra den här enheten?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From now on, nothing written on your devices or shared with you reaches that device: everything it could read moves to new keys that only your remaining devices get. The next time it connects, it erases what it holds, if it still runs Bollplank as published. A device that never connects again, or runs a modified app, keeps what it already received, and what it showed stays read. To use it again later, link it again and compare the new safety number.</source>
        <translation>Från och med nu når inget som skrivs på dina enheter eller delas med dig den enheten: allt den kunde läsa flyttas till nya nycklar som bara dina kvarvarande enheter får. Nästa gång den ansluter raderar den det den har, om den fortfarande kör Bollplank som vi ger ut den. En enhet som aldrig ansluter igen, eller kör en ändrad app, behåller det den redan tagit emot, och det den visat är redan läst. Vill du använda den igen senare, koppla den på nytt och jämför det nya säkerhetsnumret.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Revoke</source>
        <translation>Spärra</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep it</source>
        <translation>Behåll den</translation>
    </message>
</context>
<context>
    <name>RhythmCard</name>
    <message>
        <location filename="../../qml/Meetings/RhythmCard.qml" line="+13"/>
        <source>Rhythm</source>
        <translation>Rytm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No rhythm yet. Set one, and the next meetings follow from it.</source>
        <translation>Ingen rytm ännu. Välj en, så följer de kommande mötena av den.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change rhythm</source>
        <translation>Ändra rytm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set the rhythm</source>
        <translation>Välj rytm</translation>
    </message>
</context>
<context>
    <name>RhythmDialog</name>
    <message>
        <location filename="../../qml/Meetings/RhythmDialog.qml" line="+54"/>
        <source>Meeting rhythm</source>
        <translation>Mötesrytm</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+16"/>
        <source>How often</source>
        <translation>Hur ofta</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>On a weekday each month</source>
        <translation>En veckodag varje månad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every few weeks</source>
        <translation>Med några veckors mellanrum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rule as written (iCalendar)</source>
        <translation>En egen regel (iCalendar)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Which one in the month</source>
        <translation>Vilken i månaden</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Varje vecka</numerusform>
            <numerusform>Var %n:e vecka</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many weeks apart</source>
        <translation>Hur många veckor emellan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Weekday</source>
        <translation>Veckodag</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first meeting is on the date below; the rule gives the rest.</source>
        <translation>Det första mötet är på datumet nedan; regeln ger resten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first meeting is the first day on or after the date below that fits.</source>
        <translation>Det första mötet blir den första passande dagen från och med datumet nedan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+12"/>
        <source>Length</source>
        <translation>Längd</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Time zone</source>
        <translation>Tidszon</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save rhythm</source>
        <translation>Spara rytmen</translation>
    </message>
</context>
<context>
    <name>RhythmText</name>
    <message>
        <location filename="../../src/app/meetingsrule.cpp" line="+148"/>
        <source>first</source>
        <translation>första</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>second</source>
        <translation>andra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>third</source>
        <translation>tredje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fourth</source>
        <translation>fjärde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last</source>
        <translation>sista</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The %1 %2 of every month at %3</source>
        <extracomment>e.g. &quot;The first Tuesday of every month at 14:00&quot;; %1 ordinal, %2 weekday, %3 time</extracomment>
        <translation>Den %1 %2en i varje månad kl. %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Every %n week(s) on %1 at %2</source>
        <extracomment>e.g. &quot;Every 4 weeks on Thursday at 14:00&quot;; %1 weekday, %2 time</extracomment>
        <translation>
            <numerusform>Varje vecka, %1ar kl. %2</numerusform>
            <numerusform>Med %n veckors mellanrum, %1ar kl. %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By the rule %1, at %2</source>
        <extracomment>A rule the editor has no words for, shown as written; %1 rule, %2 time</extracomment>
        <translation>Enligt regeln %1, kl. %2</translation>
    </message>
</context>
<context>
    <name>SafetyNumberView</name>
    <message>
        <location filename="../../qml/Sync/SafetyNumberView.qml" line="+16"/>
        <source>Safety number: %1</source>
        <translation>Säkerhetsnummer: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/Settings/SettingsPage.qml" line="+15"/>
        <location line="+9"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Appearance</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Same as the system</source>
        <translation>Samma som systemet</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock after this long without use</source>
        <translation>Lås efter så här lång tid utan användning</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minuter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal also locks when the app goes to the background.</source>
        <translation>Dagboken låses också när appen hamnar i bakgrunden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop remembering the journal on this device</source>
        <translation>Sluta komma ihåg dagboken på den här enheten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lock now</source>
        <translation>Lås nu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reminders</source>
        <translation>Påminnelser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders show only the time and the kind of reminder, never anything you have written.</source>
        <translation>Påminnelser visar bara tiden och vad de gäller, aldrig något du har skrivit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meeting: the day before</source>
        <translation>Möte: dagen före</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meeting: an hour before</source>
        <translation>Möte: en timme före</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prepare for the meeting</source>
        <translation>Förbered mötet</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) before: read what your adept has shared.</source>
        <translation>
            <numerusform>%n dag före: läs det din adept har delat.</numerusform>
            <numerusform>%n dagar före: läs det din adept har delat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) before: choose focus areas and share reflections.</source>
        <translation>
            <numerusform>%n dag före: välj fokusområden och dela reflektioner.</numerusform>
            <numerusform>%n dagar före: välj fokusområden och dela reflektioner.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A nudge to reflect between meetings</source>
        <translation>En påminnelse om att reflektera mellan mötena</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No next meeting booked with an adept</source>
        <translation>Inget nästa möte bokat med en adept</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An adept asks for an extra meeting</source>
        <translation>En adept ber om ett extra möte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quiet hours</source>
        <translation>Tysta timmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reminders show then; they wait until the quiet hours end.</source>
        <translation>Då visas inga påminnelser; de väntar tills de tysta timmarna är slut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Until</source>
        <translation>Till</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discreet</source>
        <translation>Diskret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out the adept&apos;s name and the place: only &quot;Mentorship meeting&quot; and the time.</source>
        <translation>Utan adeptens namn och platsen: bara ”Mentorsmöte” och tiden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out your mentor&apos;s name and the place: only &quot;Mentorship meeting&quot; and the time.</source>
        <translation>Utan din mentors namn och platsen: bara ”Mentorsmöte” och tiden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed in as %1</source>
        <translation>Inloggad som %1</translation>
    </message>
</context>
<context>
    <name>SharedSinceCard</name>
    <message>
        <location filename="../../qml/MeetingPrep/SharedSinceCard.qml" line="+13"/>
        <source>Shared since the last meeting</source>
        <translation>Delat sedan förra mötet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing shared yet. Open a reflection and switch it to shared if you want your mentor to read it before you meet.</source>
        <translation>Inget delat än. Öppna en reflektion och gör den delad om du vill att din mentor ska läsa den före mötet.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>and %n more</source>
        <translation>
            <numerusform>och %n till</numerusform>
            <numerusform>och %n till</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SoundingBoardCard</name>
    <message>
        <location filename="../../qml/MeetingPrep/SoundingBoardCard.qml" line="+12"/>
        <source>Between meetings</source>
        <translation>Mellan mötena</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sometimes everything piles up at once. Ask your mentor for an extra meeting.</source>
        <translation>Ibland kör det ihop sig. Be din mentor om ett extra möte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I need a sounding board</source>
        <translation>Jag behöver ett bollplank</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Requested %1 (%2): %3</source>
        <extracomment>An open request: date, urgency, reason</extracomment>
        <translation>Begärt %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>SoundingBoardDialog</name>
    <message>
        <location filename="../../qml/MeetingPrep/SoundingBoardDialog.qml" line="+19"/>
        <source>I need a sounding board</source>
        <translation>Jag behöver ett bollplank</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+14"/>
        <source>How soon?</source>
        <translation>Hur snart?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In a sentence or two, what is it about?</source>
        <translation>Vad gäller det, med en eller två meningar?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only your mentor sees this.</source>
        <translation>Bara din mentor ser det här.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 characters</source>
        <translation>%1 av %2 tecken</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send request</source>
        <translation>Skicka förfrågan</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../../qml/Meeting/StepBar.qml" line="+15"/>
        <source>Look back</source>
        <translation>Återblick</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coaching</source>
        <translation>Coachning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Focus areas</source>
        <translation>Fokusområden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action items</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evaluation</source>
        <translation>Utvärdering</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next meeting</source>
        <translation>Nästa möte</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../qml/Components/StrengthMeter.qml" line="+16"/>
        <source>Very weak</source>
        <extracomment>Passphrase strength</extracomment>
        <translation>Mycket svag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak</source>
        <extracomment>Passphrase strength</extracomment>
        <translation>Svag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair</source>
        <extracomment>Passphrase strength</extracomment>
        <translation>Godkänd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strong</source>
        <extracomment>Passphrase strength</extracomment>
        <translation>Stark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Very strong</source>
        <extracomment>Passphrase strength</extracomment>
        <translation>Mycket stark</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Strength: %1</source>
        <translation>Styrka: %1</translation>
    </message>
</context>
<context>
    <name>StressPicker</name>
    <message>
        <location filename="../../qml/Journal/StressPicker.qml" line="+18"/>
        <source>Stress level (optional)</source>
        <translation>Stressnivå (valfritt)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stress level %1 of 5</source>
        <translation>Stressnivå %1 av 5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 is calm, 5 is very stressed. Tap again to leave it out.</source>
        <translation>1 är lugn, 5 är mycket stressad. Tryck igen för att utelämna den.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../src/app/syncerrors.cpp" line="+11"/>
        <source>The sync server cannot be reached. Check the internet connection and the server address, then try again.</source>
        <translation>Synkservern går inte att nå. Kontrollera internetanslutningen och serverns adress och försök igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This pairing code does not work: it has expired, was already used, or is incomplete. Ask for a new code.</source>
        <translation>Kopplingskoden fungerar inte: den har gått ut, är redan använd eller är ofullständig. Be om en ny kod.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This device is not paired (any more). Pair again to sync.</source>
        <translation>Den här enheten är inte (längre) ihopkopplad. Koppla ihop igen för att synka.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sync server did not accept this device. Pair again to sync.</source>
        <translation>Synkservern godtog inte den här enheten. Koppla ihop igen för att synka.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sync server refused the request. Try again later.</source>
        <translation>Synkservern avvisade begäran. Försök igen senare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something that arrived had been altered on the way and was not accepted. Your notes are unchanged.</source>
        <translation>Något som kom in hade ändrats på vägen och togs inte emot. Dina anteckningar är oförändrade.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other side uses a version of Bollplank this one does not understand. Update the app on both devices.</source>
        <translation>Andra sidan använder en version av Bollplank som den här inte förstår. Uppdatera appen på båda enheterna.</translation>
    </message>
</context>
<context>
    <name>SyncProgressView</name>
    <message>
        <location filename="../../qml/Sync/SyncProgressView.qml" line="+23"/>
        <source>Changes received: %1</source>
        <translation>Mottagna ändringar: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops the sync; what arrived is kept and the next sync goes on from here</source>
        <translation>Stoppar synkroniseringen; det som kommit behålls och nästa synkronisering fortsätter härifrån</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync progress</source>
        <translation>Synkroniseringens förlopp</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <location filename="../../qml/Sync/SyncSection.qml" line="+39"/>
        <source>Sync server</source>
        <translation>Synkserver</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sync server address</source>
        <translation>Synkserverns adress</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync directly on this network</source>
        <translation>Synka direkt i det här nätverket</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Direct sync address</source>
        <translation>Adress för direktsynk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your adept&apos;s device reaches this one at the address above while this profile is unlocked. Pairing codes you show now carry it. Meanwhile this device syncs only this way, not through the sync server.</source>
        <translation>Din adepts enhet når den här på adressen ovan så länge profilen är upplåst. Kopplingskoder du visar nu innehåller adressen. Under tiden synkar den här enheten bara på det här sättet, inte via synkservern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For when you and your adept are on the same Wi-Fi: your devices sync with each other, with no sync server. Notes travel end-to-end encrypted.</source>
        <translation>För när du och din adept är på samma wifi: era enheter synkar med varandra, utan synkserver. Anteckningarna är krypterade hela vägen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>I have read this</source>
        <translation>Jag har läst detta</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pair with your adept</source>
        <translation>Koppla ihop med din adept</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pair with your mentor</source>
        <translation>Koppla ihop med din mentor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link your other device</source>
        <translation>Koppla din andra enhet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncing…</source>
        <translation>Synkar&#xa0;…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync now</source>
        <translation>Synka nu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Devices and safety numbers</source>
        <translation>Enheter och säkerhetsnummer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop syncing with %1…</source>
        <translation>Sluta synka med %1&#xa0;…</translation>
    </message>
</context>
<context>
    <name>SyncWarnings</name>
    <message numerus="yes">
        <location filename="../../src/app/syncwarnings.cpp" line="+19"/>
        <source>The sync server is holding back %n change(s) from your other device. They show here once they arrive.</source>
        <translation>
            <numerusform>Synkservern håller inne %n ändring från din andra enhet. Den syns här när den kommer fram.</numerusform>
            <numerusform>Synkservern håller inne %n ändringar från din andra enhet. De syns här när de kommer fram.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The sync server is holding back %n change(s) from the other person&apos;s device. They show here once they arrive.</source>
        <translation>
            <numerusform>Synkservern håller inne %n ändring från den andra personens enhet. Den syns här när den kommer fram.</numerusform>
            <numerusform>Synkservern håller inne %n ändringar från den andra personens enhet. De syns här när de kommer fram.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) arrived with a history that contradicts what was received before and were refused. Sync again; if this stays, tell the other person.</source>
        <translation>
            <numerusform>%n ändring kom med en historik som motsäger det som tagits emot tidigare och avvisades. Synka igen; om det består, säg till den andra personen.</numerusform>
            <numerusform>%n ändringar kom med en historik som motsäger det som tagits emot tidigare och avvisades. Synka igen; om det består, säg till den andra personen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new device of yours joined. If you did not link it, revoke it in Settings → Sync → Devices and safety numbers.</source>
        <translation>En ny enhet som är din har anslutit. Om du inte kopplade den, spärra den under Inställningar → Synkronisering → Enheter och säkerhetsnummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The other person added a new device. Compare its safety number with them when you next meet (Settings → Sync → Devices and safety numbers).</source>
        <translation>Den andra personen har lagt till en ny enhet. Jämför dess säkerhetsnummer med hen nästa gång ni ses (Inställningar → Synkronisering → Enheter och säkerhetsnummer).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Another of your devices revoked this one: it receives nothing written from now on, and it erased the %n record(s) it held only for that.</source>
        <translation>
            <numerusform>En annan av dina enheter har spärrat den här: den får inget som skrivs från och med nu, och den har raderat %n post som den hade bara för det.</numerusform>
            <numerusform>En annan av dina enheter har spärrat den här: den får inget som skrivs från och med nu, och den har raderat %n poster som den hade bara för det.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A device was revoked: it receives nothing written from now on. The next time it connects, it erases what it holds; what it already showed stays read.</source>
        <translation>En enhet har spärrats: den får inget som skrivs från och med nu. Nästa gång den ansluter raderar den det den har; det den redan visat är redan läst.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The other person stopped syncing with you: nothing more travels between you. As they asked, %n record(s) they wrote were erased from this device; what you wrote stays.</source>
        <translation>
            <numerusform>Den andra personen har slutat synka med dig: inget mer går mellan er. Som hen bad om har %n post som hen skrev raderats från den här enheten; det du skrev finns kvar.</numerusform>
            <numerusform>Den andra personen har slutat synka med dig: inget mer går mellan er. Som hen bad om har %n poster som hen skrev raderats från den här enheten; det du skrev finns kvar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The other person stopped syncing with you: nothing more travels between you. What you both already have stays.</source>
        <translation>Den andra personen har slutat synka med dig: inget mer går mellan er. Det ni båda redan har finns kvar.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../qml/Lock/UnlockPage.qml" line="+14"/>
        <location line="+74"/>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Your journal is locked</source>
        <translation>Din dagbok är låst</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unlock with this device&apos;s key store</source>
        <translation>Lås upp med enhetens nyckelring</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlocking…</source>
        <translation>Låser upp…</translation>
    </message>
</context>
<context>
    <name>UnlockedShell</name>
    <message>
        <location filename="../../qml/Shell/UnlockedShell.qml" line="+23"/>
        <source>Adepts</source>
        <translation>Adepter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Journal</source>
        <translation>Dagbok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next meeting</source>
        <translation>Nästa möte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentorship</source>
        <translation>Mentorskap</translation>
    </message>
    <message>
        <location line="+113"/>
        <location line="+63"/>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reflection deleted</source>
        <translation>Reflektionen raderades</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
</context>
<context>
    <name>UnpairDialog</name>
    <message>
        <location filename="../../qml/Sync/UnpairDialog.qml" line="+30"/>
        <source>Stop syncing with %1?</source>
        <translation>Sluta synka med %1?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From now on, nothing you write reaches %1&apos;s devices: your shared space moves to a new key that only your own devices get. The next time %1&apos;s devices connect, they erase what you wrote there; what %1 wrote and what you planned together stay with %1. A device that never connects again, or runs a modified app, keeps what it received, and what %1 already read stays read. Nothing is deleted on this device. To share with %1 again, pair again and compare the new safety number.</source>
        <extracomment>%1 is the other person&apos;s name. Says exactly what unpairing does and does not do.</extracomment>
        <translation>Från och med nu når inget du skriver enheter som tillhör %1: ert delade utrymme flyttas till en ny nyckel som bara dina egna enheter får. Nästa gång enheter som tillhör %1 ansluter raderar de det du skrev där; det %1 skrev och det ni planerat tillsammans finns kvar hos %1. En enhet som aldrig ansluter igen, eller kör en ändrad app, behåller det den tagit emot, och det %1 redan läst är redan läst. Inget raderas på den här enheten. Vill ni dela igen, para ihop er på nytt och jämför det nya säkerhetsnumret.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stop syncing</source>
        <translation>Sluta synka</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep syncing</source>
        <translation>Fortsätt synka</translation>
    </message>
</context>
<context>
    <name>VisibilityBadge</name>
    <message>
        <location filename="../../qml/Components/VisibilityBadge.qml" line="+35"/>
        <source>Shared</source>
        <extracomment>Badge on a reflection the mentor can read</extracomment>
        <translation>Delad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private</source>
        <extracomment>Badge on a reflection only the adept can read</extracomment>
        <translation>Privat</translation>
    </message>
</context>
<context>
    <name>VisibilitySwitch</name>
    <message>
        <location filename="../../qml/Journal/VisibilitySwitch.qml" line="+36"/>
        <source>Shared with your mentor</source>
        <translation>Delad med din mentor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private: only you can read this</source>
        <translation>Privat: bara du kan läsa den</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your mentor can read it. Making it private again removes it from what they see, but what they already read, they read.</source>
        <translation>Din mentor kan läsa den. Gör du den privat igen försvinner den för mentorn, men det som redan är läst är läst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your mentor cannot see it until you share it.</source>
        <translation>Din mentor ser den inte förrän du delar den.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Share with my mentor</source>
        <translation>Dela med min mentor</translation>
    </message>
</context>
<context>
    <name>bollplank::AdeptReview</name>
    <message>
        <location filename="../../src/app/adeptreview.cpp" line="+35"/>
        <source>Booked</source>
        <extracomment>Status of a meeting</extracomment>
        <translation>Bokat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held</source>
        <extracomment>Status of a meeting</extracomment>
        <translation>Hållet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <extracomment>Status of a meeting</extracomment>
        <translation>Inställt</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Month %1 of %2</source>
        <translation>Månad %1 av %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 planned meetings held</source>
        <extracomment>Meetings held so far against what the cadence planned up to today</extracomment>
        <translation>%1 av %2 planerade möten hållna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last meeting %1</source>
        <translation>Senaste mötet %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meeting held yet</source>
        <translation>Inget möte hållet ännu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started %1</source>
        <translation>Började %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned to end in %1</source>
        <translation>Planerat slut i %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Ad-hoc</source>
        <extracomment>Kind of meeting: a monthly one or one asked for in between</extracomment>
        <translation>Extramöte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly</source>
        <translation>Månadsmöte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This adept&apos;s page could not be read.</source>
        <translation>Adeptens sida gick inte att läsa.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>nothing</source>
        <translation>inget</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No focus areas chosen yet.</source>
        <extracomment>Summary of the focus-area chart; %1 is a list like &quot;Leadership (12), Staff matters (4)&quot;</extracomment>
        <translation>Inga fokusområden valda ännu.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Most often: %1.</source>
        <translation>Oftast: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+41"/>
        <source>Write something first.</source>
        <translation>Skriv något först.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The comment could not be saved. Try again.</source>
        <translation>Kommentaren gick inte att spara. Försök igen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The comment could not be deleted. Try again.</source>
        <translation>Kommentaren gick inte att ta bort. Försök igen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The note could not be saved. Try again.</source>
        <translation>Anteckningen gick inte att spara. Försök igen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The note could not be deleted. Try again.</source>
        <translation>Anteckningen gick inte att ta bort. Försök igen.</translation>
    </message>
</context>
<context>
    <name>bollplank::AdeptSide</name>
    <message>
        <location filename="../../src/app/adeptside.cpp" line="+85"/>
        <source>The meeting</source>
        <extracomment>Heading of the minutes about the meeting as a whole</extracomment>
        <translation>Mötet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ad-hoc meeting</source>
        <extracomment>Kind of meeting: a monthly one or one asked for in between</extracomment>
        <translation>Extramöte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly meeting</source>
        <translation>Månadsmöte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You</source>
        <extracomment>Who owns an action item</extracomment>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due %1</source>
        <translation>Klart senast %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your mentorship could not be read.</source>
        <translation>Ditt mentorskap gick inte att läsa.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only the one who owns an action item ticks it off.</source>
        <translation>Bara den som äger en åtgärdspunkt bockar av den.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That could not be saved. Try again.</source>
        <translation>Det gick inte att spara. Försök igen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a rating from 1 to 5.</source>
        <translation>Välj ett betyg från 1 till 5.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a meeting that was held can be evaluated.</source>
        <translation>Bara ett möte som har hållits kan utvärderas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The evaluation could not be saved. Try again.</source>
        <translation>Utvärderingen gick inte att spara. Försök igen.</translation>
    </message>
</context>
<context>
    <name>bollplank::Journal</name>
    <message>
        <location filename="../../src/app/journal.cpp" line="+32"/>
        <source>The disk is full, so the reflection was not saved.</source>
        <translation>Disken är full, så reflektionen sparades inte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reflection needs some text, and at most 200,000 characters.</source>
        <translation>Reflektionen behöver lite text, och högst 200 000 tecken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reflection could not be saved. Try again.</source>
        <translation>Reflektionen gick inte att spara. Försök igen.</translation>
    </message>
</context>
<context>
    <name>bollplank::JournalModel</name>
    <message>
        <location filename="../../src/app/journalmodel.cpp" line="+19"/>
        <source>The journal could not be read. Lock and unlock to try again.</source>
        <translation>Dagboken gick inte att läsa. Lås och lås upp för att försöka igen.</translation>
    </message>
</context>
<context>
    <name>bollplank::MeetingPrep</name>
    <message>
        <location filename="../../src/app/meetingprep.cpp" line="+29"/>
        <source>That could not be saved. Try again.</source>
        <translation>Det gick inte att spara. Försök igen.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Month %1 of %2</source>
        <extracomment>Progress of the mentorship, e.g. &quot;Month 14 of 18&quot;</extracomment>
        <translation>Månad %1 av %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>I morgon</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>In %n days</source>
        <extracomment>How far away the next meeting is</extracomment>
        <translation>
            <numerusform>Om %n dag</numerusform>
            <numerusform>Om %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Due %1</source>
        <translation>Klart senast %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The meeting details could not be read.</source>
        <translation>Mötesuppgifterna gick inte att läsa.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Write a short reason, at most %1 characters.</source>
        <translation>Skriv en kort anledning, högst %1 tecken.</translation>
    </message>
</context>
<context>
    <name>bollplank::MeetingSession</name>
    <message>
        <location filename="../../src/app/meetingsession.cpp" line="+31"/>
        <source>The disk is full, so the meeting was not saved. Free some space and end it again.</source>
        <translation>Disken är full, så mötet sparades inte. Frigör lite utrymme och avsluta det igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of this meeting was removed on another device, so it was not saved.</source>
        <translation>En del av mötet togs bort på en annan enhet, så det sparades inte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting could not be saved. Nothing was changed; try again.</source>
        <translation>Mötet kunde inte sparas. Inget ändrades; försök igen.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>That meeting cannot be started: it belongs to someone else or was already held.</source>
        <translation>Mötet kan inte startas: det hör till någon annan eller är redan hållet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The meeting could not be opened.</source>
        <translation>Mötet kunde inte öppnas.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The meeting as a whole</source>
        <translation>Mötet som helhet</translation>
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
        <translation>Klart senast %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The look back could not be read.</source>
        <translation>Återblicken kunde inte läsas.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The meeting could not be kept as a draft. Do not lock the app until it is ended.</source>
        <translation>Mötet kunde inte sparas som utkast. Lås inte appen förrän mötet är avslutat.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The draft could not be removed.</source>
        <translation>Utkastet kunde inte tas bort.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Action item %1: the due date is not a date (YYYY-MM-DD).</source>
        <translation>Åtgärd %1: slutdatumet är inget datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give each evaluation a rating from 1 to 5.</source>
        <translation>Ge varje utvärdering ett betyg från 1 till 5.</translation>
    </message>
    <message>
        <location filename="../../src/app/meetingsession_fields.cpp" line="-58"/>
        <source>Adept</source>
        <translation>Adept</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No due date</source>
        <translation>Inget slutdatum</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The next meeting must come after this one.</source>
        <translation>Nästa möte måste ligga efter det här.</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+116"/>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the time as HH:MM.</source>
        <translation>Skriv tiden som TT:MM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A meeting lasts from 15 minutes to 24 hours.</source>
        <translation>Ett möte är mellan 15 minuter och 24 timmar långt.</translation>
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
        <translation>Mötena kunde inte läsas.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>That request is no longer there.</source>
        <translation>Förfrågan finns inte längre.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That request was already handled.</source>
        <translation>Förfrågan är redan besvarad.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The ad-hoc meeting could not be booked. Nothing was changed; try again.</source>
        <translation>Det extra mötet kunde inte bokas. Inget ändrades; försök igen.</translation>
    </message>
</context>
<context>
    <name>bollplank::Meetings</name>
    <message>
        <location filename="../../src/app/meetings.cpp" line="+56"/>
        <source>That file is too large to be a meeting invitation (at most 1 MB).</source>
        <translation>Filen är för stor för att vara en mötesinbjudan (högst 1 MB).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That file is not a calendar invitation (.ics) Bollplank can read.</source>
        <translation>Filen är ingen kalenderinbjudan (.ics) som Bollplank kan läsa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The invitation uses a time zone this device does not know.</source>
        <translation>Inbjudan använder en tidszon som den här enheten inte känner till.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The invitation is for a whole day, not a meeting at a time.</source>
        <translation>Inbjudan gäller en hel dag, inte ett möte på en viss tid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The invitation holds too many events (at most %1).</source>
        <translation>Inbjudan innehåller för många händelser (högst %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file holds no meeting.</source>
        <translation>Filen innehåller inget möte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The invitation could not be read: it has an invalid date, rule or length.</source>
        <translation>Inbjudan kunde inte läsas: den har ett ogiltigt datum, en ogiltig regel eller längd.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The meetings could not be read.</source>
        <translation>Mötena kunde inte läsas.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Moved from %1 at %2</source>
        <extracomment>A moved meeting: when the rhythm had it; %1 date, %2 time</extracomment>
        <translation>Flyttat från %1 kl. %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ad-hoc meeting</source>
        <translation>Extra möte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Formal meeting</source>
        <translation>Ordinarie möte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Times in %1</source>
        <extracomment>%1 is an IANA time zone such as Europe/Stockholm</extracomment>
        <translation>Tider i %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+81"/>
        <source>There is no %1 %2 %3. Pick a day the month has.</source>
        <translation>Det finns ingen %1 %2 %3. Välj en dag som månaden har.</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+81"/>
        <source>Pick a time of day between 00:00 and 23:59.</source>
        <translation>Välj en tid mellan 00:00 och 23:59.</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>That meeting could not be moved. Try again.</source>
        <translation>Mötet kunde inte flyttas. Försök igen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>That meeting could not be cancelled. Try again.</source>
        <translation>Mötet kunde inte ställas in. Försök igen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>That meeting could not be restored. Try again.</source>
        <translation>Mötet kunde inte återställas. Försök igen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose which weekday and how often.</source>
        <translation>Välj veckodag och hur ofta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a time zone this device knows. Write one such as Europe/Stockholm.</source>
        <extracomment>%1 is what the person typed</extracomment>
        <translation>”%1” är ingen tidszon som den här enheten känner till. Skriv en som Europe/Stockholm.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That rule is not one Bollplank understands. Write an iCalendar rule such as FREQ=MONTHLY;BYDAY=1TU.</source>
        <translation>Den regeln förstår inte Bollplank. Skriv en iCalendar-regel som FREQ=MONTHLY;BYDAY=1TU.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That rhythm gives no meeting after the first date. Check the rule and the date.</source>
        <translation>Den rytmen ger inget möte efter det första datumet. Kontrollera regeln och datumet.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The rhythm could not be saved. Try again.</source>
        <translation>Rytmen kunde inte sparas. Försök igen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, from %2</source>
        <extracomment>The rhythm in words, then the first meeting&apos;s date</extracomment>
        <translation>%1, från %2</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n timme</numerusform>
            <numerusform>%n timmar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 tim %2 min</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>mentorship-meetings</source>
        <extracomment>File name of the exported calendar, without the .ics; no names in it, a calendar file travels</extracomment>
        <translation>mentorsmoten</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The meetings could not be read for the calendar file.</source>
        <translation>Mötena kunde inte läsas till kalenderfilen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save %1. Choose another folder.</source>
        <translation>Kunde inte spara %1. Välj en annan mapp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the meetings to %1</source>
        <translation>Mötena sparades i %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not open %1.</source>
        <translation>Kunde inte öppna %1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The invitation could not be imported; nothing was changed.</source>
        <translation>Inbjudan kunde inte importeras; inget ändrades.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported the meeting rhythm.</source>
        <translation>Mötesrytmen importerades.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported %n meeting(s).</source>
        <translation>
            <numerusform>%n möte importerades.</numerusform>
            <numerusform>%n möten importerades.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bollplank::MentorHome</name>
    <message>
        <location filename="../../src/app/mentorhome.cpp" line="+97"/>
        <source>Month %1 of %2</source>
        <extracomment>Progress of a mentorship, e.g. &quot;Month 14 of 18&quot;</extracomment>
        <translation>Månad %1 av %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last met %1</source>
        <translation>Sågs senast %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meeting yet</source>
        <translation>Inget möte ännu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your adepts could not be read.</source>
        <translation>Dina adepter gick inte att läsa.</translation>
    </message>
</context>
<context>
    <name>bollplank::MentorshipSetup</name>
    <message>
        <location filename="../../src/app/mentorshipsetup.cpp" line="+75"/>
        <source>Monthly</source>
        <extracomment>How often the formal meetings are held</extracomment>
        <translation>En gång i månaden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every six weeks</source>
        <extracomment>How often the formal meetings are held</extracomment>
        <translation>Var sjätte vecka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every two months</source>
        <extracomment>How often the formal meetings are held</extracomment>
        <translation>Varannan månad</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Write the adept&apos;s name.</source>
        <translation>Skriv adeptens namn.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write your mentor&apos;s name.</source>
        <translation>Skriv din mentors namn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the start date as %1.</source>
        <extracomment>The date format is shown as an example</extracomment>
        <translation>Skriv startdatumet som %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The planned length must be %1 to %2 months.</source>
        <translation>Den planerade längden måste vara %1 till %2 månader.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose how often you meet.</source>
        <translation>Välj hur ofta ni ses.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The mentorship could not be saved. Try again.</source>
        <translation>Mentorskapet gick inte att spara. Försök igen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 has not acknowledged it yet</source>
        <extracomment>%1 is a person&apos;s name</extracomment>
        <translation>%1 har inte bekräftat den ännu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledged by %1 on %2</source>
        <extracomment>%1 is a person&apos;s name, %2 a date</extracomment>
        <translation>Bekräftad av %1 den %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The agreement could not be read.</source>
        <translation>Överenskommelsen gick inte att läsa.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The agreement needs goals and a confidentiality clause.</source>
        <translation>Överenskommelsen behöver mål och en sekretessklausul.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The agreement could not be saved. Try again.</source>
        <translation>Överenskommelsen gick inte att spara. Försök igen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the agreement before acknowledging it.</source>
        <translation>Spara överenskommelsen innan du bekräftar den.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The acknowledgement could not be saved. Try again.</source>
        <translation>Bekräftelsen gick inte att spara. Försök igen.</translation>
    </message>
</context>
<context>
    <name>bollplank::ReminderPreferences</name>
    <message>
        <location filename="../../src/app/remindersettings.cpp" line="+48"/>
        <source>The reminder settings could not be read.</source>
        <translation>Inställningarna för påminnelser kunde inte läsas.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Quiet hours need a start and a different end, such as 22:00 to 07:00.</source>
        <translation>Tysta timmar behöver en början och ett annat slut, till exempel 22:00 till 07:00.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>That could not be saved. Try again.</source>
        <translation>Det kunde inte sparas. Försök igen.</translation>
    </message>
</context>
<context>
    <name>bollplank::Session</name>
    <message>
        <location filename="../../src/app/session.cpp" line="+33"/>
        <source>That passphrase is not right. Try again.</source>
        <translation>Lösenfrasen stämmer inte. Försök igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bollplank is already open in another window on this device.</source>
        <translation>Bollplank är redan öppet i ett annat fönster på den här enheten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This journal was saved by a newer version of Bollplank. Update the app to open it.</source>
        <translation>Dagboken sparades av en nyare version av Bollplank. Uppdatera appen för att öppna den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal&apos;s files are damaged and cannot be opened.</source>
        <translation>Dagbokens filer är skadade och kan inte öppnas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Disken är full. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That could not be saved. Check what you entered and try again.</source>
        <translation>Det gick inte att spara. Kontrollera det du skrev och försök igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This installation of Bollplank cannot encrypt the journal (its database library is not SQLCipher), so it was not opened.</source>
        <translation>Den här installationen av Bollplank kan inte kryptera dagboken (dess databasbibliotek är inte SQLCipher), så den öppnades inte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong while opening the journal. Try again.</source>
        <translation>Något gick fel när dagboken skulle öppnas. Försök igen.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Choose a name and a stronger passphrase.</source>
        <translation>Välj ett namn och en starkare lösenfras.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter your passphrase.</source>
        <translation>Skriv din lösenfras.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The system key store did not accept this device&apos;s key, so the journal is not remembered here.</source>
        <translation>Systemets nyckelring tog inte emot enhetens nyckel, så dagboken är inte ihågkommen här.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The system key store refused to delete the passphrase an older version of Bollplank kept there. Delete the entry &quot;%1&quot; in the key store yourself.</source>
        <translation>Systemets nyckelring vägrade ta bort lösenfrasen som en äldre version av Bollplank sparade där. Ta bort posten &quot;%1&quot; i nyckelringen själv.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The system key store did not give the passphrase back. Type it instead.</source>
        <translation>Systemets nyckelring lämnade inte tillbaka lösenfrasen. Skriv den i stället.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>The system key store did not give this device&apos;s key back. Type your passphrase instead.</source>
        <translation>Systemets nyckelring lämnade inte tillbaka enhetens nyckel. Skriv din lösenfras i stället.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This device&apos;s key no longer opens the journal. Type your passphrase instead.</source>
        <translation>Enhetens nyckel öppnar inte längre dagboken. Skriv din lösenfras i stället.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The journal is still remembered on this device: %1</source>
        <translation>Dagboken är fortfarande ihågkommen på den här enheten: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The journal is no longer remembered on this device, but the system key store refused to delete this device&apos;s key. It opens nothing now; you can delete the entry &quot;%1&quot; in the key store yourself.</source>
        <translation>Dagboken är inte längre ihågkommen på den här enheten, men systemets nyckelring vägrade ta bort enhetens nyckel. Den öppnar ingenting nu; du kan ta bort posten &quot;%1&quot; i nyckelringen själv.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a stronger passphrase.</source>
        <translation>Välj en starkare lösenfras.</translation>
    </message>
</context>
<context>
    <name>bollplank::Sync</name>
    <message>
        <location filename="../../src/app/sync.cpp" line="+466"/>
        <source>Direct sync needs a local network (Wi-Fi or cable). Connect this device to the network your adept uses, then turn it on again.</source>
        <translation>Direktsynk behöver ett lokalt nätverk (wifi eller kabel). Anslut den här enheten till samma nätverk som din adept och slå sedan på den igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direct sync could not start: this device would not let it accept connections. Another program may be using the network port; try again, or restart the device.</source>
        <translation>Direktsynk kunde inte starta: enheten tillät inte att den tog emot anslutningar. Ett annat program kanske använder nätverksporten. Försök igen eller starta om enheten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direct sync could not start: its file in the profile folder cannot be opened.</source>
        <translation>Direktsynk kunde inte starta: dess fil i profilmappen går inte att öppna.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not synced yet</source>
        <translation>Inte synkat än</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last synced %1</source>
        <translation>Senast synkat %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not paired. Everything stays on this device.</source>
        <translation>Inte ihopkopplad. Allt stannar på den här enheten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pairing started, waiting for the other device.</source>
        <translation>Kopplingen har börjat och väntar på den andra enheten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paired. Shared notes sync end-to-end encrypted.</source>
        <translation>Ihopkopplad. Det du delar synkas krypterat hela vägen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A sync server address looks like wss://relay.example.org:443 or ws://192.168.1.10:8765.</source>
        <translation>En synkserveradress ser ut som wss://relay.example.org:443 eller ws://192.168.1.10:8765.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sync server address could not be saved.</source>
        <translation>Synkserverns adress gick inte att spara.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter the sync server address first, or turn on direct sync on this network.</source>
        <translation>Ange först synkserverns adress, eller slå på direktsynk i det här nätverket.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the sync server address first.</source>
        <translation>Fyll i synkserverns adress först.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start a mentorship first; the pairing code is for it.</source>
        <translation>Starta ett mentorskap först; kopplingskoden hör till det.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose whom the pairing code is for.</source>
        <translation>Välj vem kopplingskoden är till.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That mentorship no longer exists on this device.</source>
        <translation>Det mentorskapet finns inte längre på den här enheten.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped. What arrived is kept; the next sync goes on from here.</source>
        <translation>Stoppad. Det som kommit behålls; nästa synkronisering fortsätter härifrån.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receiving changes…</source>
        <translation>Tar emot ändringar…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Ungefär %n sekund kvar</numerusform>
            <numerusform>Ungefär %n sekunder kvar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Ungefär %n minut kvar</numerusform>
            <numerusform>Ungefär %n minuter kvar</numerusform>
        </translation>
    </message>
    <message>
        <location line="-454"/>
        <source>The other device could not reach this one on the network and answered through the sync server. Connect both to the same network and pair again, or turn off direct sync to pair through the server.</source>
        <translation>Den andra enheten nådde inte den här i nätverket och svarade via synkservern. Anslut båda till samma nätverk och koppla ihop på nytt, eller stäng av direktsynk för att koppla ihop via servern.</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+108"/>
        <location line="+363"/>
        <source>Sync failed. Try again; if it keeps failing, pair again.</source>
        <translation>Synken misslyckades. Försök igen; om det fortsätter att misslyckas, koppla ihop på nytt.</translation>
    </message>
</context>
</TS>
