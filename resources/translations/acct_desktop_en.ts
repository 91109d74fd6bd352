<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountCommands</name>
    <message numerus="yes">
        <source>%1 has %n active accounts below it. Archive them too?</source>
        <translation>
            <numerusform>%1 has %n active account below it. Archive it too?</numerusform>
            <numerusform>%1 has %n active accounts below it. Archive them too?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarFiles</name>
    <message numerus="yes">
        <source>%n visit(s) written to %1</source>
        <translation>
            <numerusform>%n visit written to %1</numerusform>
            <numerusform>%n visits written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more; see the details.</source>
        <translation>
            <numerusform>… and %n more; see the details.</numerusform>
            <numerusform>… and %n more; see the details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactMapCommands</name>
    <message numerus="yes">
        <source>move %n cards on the contact map</source>
        <translation>
            <numerusform>move %n card on the contact map</numerusform>
            <numerusform>move %n cards on the contact map</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlobalHitsModel</name>
    <message numerus="yes">
        <source>%1 — %Ln found</source>
        <translation>
            <numerusform>%1 — %Ln found</numerusform>
            <numerusform>%1 — %Ln found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all %Ln</source>
        <translation>
            <numerusform>Show all %Ln</numerusform>
            <numerusform>Show all %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%Ln row(s) · %1</source>
        <translation>
            <numerusform>%Ln row · %1</numerusform>
            <numerusform>%Ln rows · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n change(s) to a quote, typed while the database could not be reached, are not saved yet. Opening another database now loses them; staying on this one, they are saved as soon as the database answers.</source>
        <translation>
            <numerusform>%n change to a quote, typed while the database could not be reached, is not saved yet. Opening another database now loses it; staying on this one, it is saved as soon as the database answers.</numerusform>
            <numerusform>%n changes to a quote, typed while the database could not be reached, are not saved yet. Opening another database now loses them; staying on this one, they are saved as soon as the database answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to a quote, typed while the database could not be reached, are not saved yet. Closing now loses them; kept open, they are saved as soon as the database answers.</source>
        <translation>
            <numerusform>%n change to a quote, typed while the database could not be reached, is not saved yet. Closing now loses it; kept open, it is saved as soon as the database answers.</numerusform>
            <numerusform>%n changes to a quote, typed while the database could not be reached, are not saved yet. Closing now loses them; kept open, they are saved as soon as the database answers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapCounts</name>
    <message numerus="yes">
        <source>Visit overdue by %n day(s)</source>
        <translation>
            <numerusform>Visit overdue by %n day</numerusform>
            <numerusform>Visit overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next visit due in %n day(s)</source>
        <translation>
            <numerusform>Next visit due in %n day</numerusform>
            <numerusform>Next visit due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) past deadline</source>
        <translation>
            <numerusform>%n issue past deadline</numerusform>
            <numerusform>%n issues past deadline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) here</source>
        <translation>
            <numerusform>%n account here</numerusform>
            <numerusform>%n accounts here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) without latitude and longitude.</source>
        <translation>
            <numerusform>%n account without latitude and longitude.</numerusform>
            <numerusform>%n accounts without latitude and longitude.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotPlannedList</name>
    <message numerus="yes">
        <source>%1 (%n account(s))</source>
        <translation>
            <numerusform>%1 (%n account)</numerusform>
            <numerusform>%1 (%n accounts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message numerus="yes">
        <source>For the %n chosen account(s).</source>
        <translation>
            <numerusform>For the chosen account.</numerusform>
            <numerusform>For the %n chosen accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not planned (%n)</source>
        <translation>
            <numerusform>Not planned (%n)</numerusform>
            <numerusform>Not planned (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new visit(s)</source>
        <translation>
            <numerusform>%n new visit</numerusform>
            <numerusform>%n new visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) not planned</source>
        <translation>
            <numerusform>%n account not planned</numerusform>
            <numerusform>%n accounts not planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the accounts is due for a visit in this period (%n account(s) checked). Choose a later period, or have them visited more often (Print &amp; Outlook → Visit cycles…).</source>
        <translation>
            <numerusform>The account is not due for a visit in this period (%n account checked). Choose a later period, or have it visited more often (Print &amp; Outlook → Visit cycles…).</numerusform>
            <numerusform>None of the accounts is due for a visit in this period (%n accounts checked). Choose a later period, or have them visited more often (Print &amp; Outlook → Visit cycles…).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No new visits could be proposed: on %n day(s) the visits already booked cannot all be kept, and such days take no new ones. Move or cancel the clashing visits (see Why), or choose another period.</source>
        <translation>
            <numerusform>No new visits could be proposed: on %n day the visits already booked cannot all be kept, and such a day takes no new ones. Move or cancel the clashing visits (see Why), or choose another period.</numerusform>
            <numerusform>No new visits could be proposed: on %n days the visits already booked cannot all be kept, and such days take no new ones. Move or cancel the clashing visits (see Why), or choose another period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No new visits could be proposed (%n account(s) not planned). Most of those due were left out because of: %1.</source>
        <translation>
            <numerusform>No new visits could be proposed (%n account not planned). It was left out because of: %1.</numerusform>
            <numerusform>No new visits could be proposed (%n accounts not planned). Most of those due were left out because of: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Besides, on %n day(s) the visits already booked cannot all be kept: move or cancel the clashing visits (see Why).</source>
        <translation>
            <numerusform>Besides, on %n day the visits already booked cannot all be kept: move or cancel the clashing visits (see Why).</numerusform>
            <numerusform>Besides, on %n days the visits already booked cannot all be kept: move or cancel the clashing visits (see Why).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanSettingsForm</name>
    <message numerus="yes">
        <source>Days off… (%n)</source>
        <translation>
            <numerusform>Days off… (%n)</numerusform>
            <numerusform>Days off… (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message numerus="yes">
        <source>The price list marks %n price(s) higher than for a smaller quantity:</source>
        <translation>
            <numerusform>The price list marks %n price higher than for a smaller quantity:</numerusform>
            <numerusform>The price list marks %n prices higher than for a smaller quantity:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteCommands</name>
    <message numerus="yes">
        <source>In %1, %n line(s) lose the price their policy gives in %2:</source>
        <translation>
            <numerusform>In %1, %n line loses the price its policy gives in %2:</numerusform>
            <numerusform>In %1, %n lines lose the price their policy gives in %2:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message numerus="yes">
        <source>● %n change(s) not saved yet: the database cannot be reached. They are saved as soon as it answers, and the totals worked out again.</source>
        <translation>
            <numerusform>● %n change not saved yet: the database cannot be reached. It is saved as soon as it answers, and the totals worked out again.</numerusform>
            <numerusform>● %n changes not saved yet: the database cannot be reached. They are saved as soon as it answers, and the totals worked out again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>● %n line(s) outside the price policy: an approval must be recorded before sending.</source>
        <translation>
            <numerusform>● %n line outside the price policy: an approval must be recorded before sending.</numerusform>
            <numerusform>● %n lines outside the price policy: an approval must be recorded before sending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>● %n line(s) priced by a policy that ends %1, before the quote&apos;s validity ends (%2).</source>
        <translation>
            <numerusform>● %n line priced by a policy that ends %1, before the quote&apos;s validity ends (%2).</numerusform>
            <numerusform>● %n lines priced by a policy that ends %1, before the quote&apos;s validity ends (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>● Sent — expires %1 (%n day(s) left): follow up.</source>
        <translation>
            <numerusform>● Sent — expires %1 (%n day left): follow up.</numerusform>
            <numerusform>● Sent — expires %1 (%n days left): follow up.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterCheckDialog</name>
    <message numerus="yes">
        <source>%n problem(s) in the price-policy register on %1:</source>
        <translation>
            <numerusform>%n problem in the price-policy register on %1:</numerusform>
            <numerusform>%n problems in the price-policy register on %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TerritoryMap</name>
    <message numerus="yes">
        <source>%Ln account(s) shown</source>
        <translation>
            <numerusform>%Ln account shown</numerusform>
            <numerusform>%Ln accounts shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without coordinates</source>
        <translation>
            <numerusform>%Ln without coordinates</numerusform>
            <numerusform>%Ln without coordinates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitCalendarDock</name>
    <message numerus="yes">
        <source>⚠ %n visit(s) with a conflict</source>
        <translation>
            <numerusform>⚠ %n visit with a conflict</numerusform>
            <numerusform>⚠ %n visits with a conflict</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned visit(s)</source>
        <translation>
            <numerusform>%n planned visit</numerusform>
            <numerusform>%n planned visits</numerusform>
        </translation>
    </message>
</context>
</TS>
